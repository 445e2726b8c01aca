"""Workspace choice from a third probe of team-written posts (issue 14): an Excel macro, a scraper and an Excel model
scored higher for a web agency that sells none of them than for a data workspace that lists Excel and scraping, and
product descriptions went to the web agency rather than the copywriter. Causes, each fixed generally: the vocabulary
never finds "Excel" in free text (it is also English), so the workspace's own spelling of a line skill is now matched
case-sensitively; "dedupe" and "data cleansing" name data cleaning; a one-word keyword in the title is matched in another form of the word ("scraping" for "scraper");
a written piece named in the title ("product descriptions", "website copy") names the writing trade; a kind of work
inside a line skill ("SEO" in "SEO Writing") is matched, as it was already covered; and a client's own trade ("for a
B2B cybersecurity startup") is no role asked for. Posts written for this file; each test fails on 4c8ef9a."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE, PACKAGE_DIR
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.fit.assess import assess_fit
from service.fit.main_need import roles_in
from service.fit.service_match import match_service

DATA_WS = load_workspace(PACKAGE_DIR.parent / "evals" / "workspaces" / "data-analytics.yaml")
COPY_WS = load_workspace(PACKAGE_DIR.parent / "evals" / "workspaces" / "copywriter.yaml")
DEMO_WS = load_workspace(DEMO_WORKSPACE)


def _best(brief: JobBrief) -> str:
    scores = {name: assess_fit(brief, ws).score for name, ws in (("demo", DEMO_WS), ("data", DATA_WS),
                                                                 ("copy", COPY_WS))}
    return max(scores, key=scores.get)


@pytest.mark.parametrize("title, body", [
    ("Excel macro crashes when exporting invoices",
     "Our invoicing workbook has a macro that saves each invoice as a PDF. Since the Office update it stops with a "
     "runtime error. Please fix it this week."),
    ("Excel cash-flow model for a bakery expansion",
     "I run one bakery and plan a second. I need a 2-year cash-flow model in Excel with staff, rent, a loan and a "
     "break-even view, easy for me to change. I will send last year's figures."),
    ("Dedupe and tidy our supplier list (~40k rows)",
     "An export of about 40,000 suppliers with many duplicates, company names spelled five ways and missing post codes. "
     "Needs to be deduped and standardised, with a log of every merge. One-off, due in a week."),
    ("Python scraper for used-car listings",
     "Collect listings (price, mileage, year, dealer) from two car marketplaces every day and save them to a CSV. "
     "Pages load with JavaScript and paginate."),
])
def test_the_data_workspace_that_sells_the_work_drafts_it(db, title, body):
    assert _best(JobBrief(title=title, description=body)) == "data"


def test_the_workspaces_own_spelling_of_a_skill_is_matched_case_sensitively():
    m = match_service(JobBrief(title="Excel macro crashes when exporting invoices",
                               description="A macro in our workbook stopped saving PDFs."), DATA_WS)
    assert "Microsoft Excel" in m.matched
    plain = match_service(JobBrief(title="Office manager", description="You will excel at keeping our files in "
                                                                       "order."), DATA_WS)
    assert "Microsoft Excel" not in plain.matched


def test_product_descriptions_go_to_the_copywriter(db):
    brief = JobBrief(title="Product descriptions for 45 garden tools",
                     description="write product descriptions for 45 products in our shopify store (pruners, hoes, "
                                 "gloves). about 120 words each, SEO friendly. budget $350",
                     budget_type="fixed", budget_min=350, budget_max=350)
    assert _best(brief) == "copy"


def test_the_clients_own_trade_is_no_role_asked_for():
    assert not any(fam == "security" for _, fam, _ in roles_in("Website copy for a B2B cybersecurity startup"))
    assert any(fam == "security" for _, fam, _ in roles_in("Cybersecurity consultant for a SOC 2 audit"))
