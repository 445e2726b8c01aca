"""Steps, questions and offers that presume only what the post says: a new build gets no "current file", work that
already runs is not "built", the kind is read right for titles that name another job, and the small offers (the
working-hours line, the rush next step) need real evidence. Team-written posts, modelled on tuning-post shapes."""
from __future__ import annotations

import re

import pytest

from service.drafting.constraints import rush_words
from service.drafting.frames import grammar_problems, sentence
from service.drafting.kind_table import KINDS, NEED_LINES
from service.drafting.kind_variants import VARIANTS
from service.drafting.work_kinds import classify

DATA = frozenset({"data"})
ALL = frozenset({"data", "dev", "shop", "copy"})


def _said(kind) -> str:
    return " ".join((*kind.steps, kind.start, kind.question)).lower()


def test_a_sheet_built_from_scratch_is_not_about_a_current_file():
    kind = classify("Google Sheets pricing calculator", "We want a Google Sheets calculator built from scratch: staff "
                    "enter the order size and the sheet works out the price and the margin.", DATA)
    assert kind.id == "spreadsheet"
    assert "current file" not in _said(kind) and "rebuild" not in _said(kind), kind.steps


def test_a_sheet_the_client_already_has_keeps_the_current_file_steps():
    kind = classify("Fix our Excel workbook", "Our current workbook breaks when we add rows; fix the formulas.", DATA)
    assert kind.id == "spreadsheet" and "current file" in _said(kind)


def test_models_that_already_run_are_read_and_changed_not_built():
    kind = classify("dbt and BigQuery data engineer", "Our current models run on dbt Cloud. Revamp the restock "
                    "models and add tests. The pipeline and warehouse are in BigQuery.", DATA)
    assert kind.id == "pipeline"
    assert "current models" in _said(kind) and "build the loads" not in _said(kind), kind.steps


def test_a_new_pipeline_keeps_the_build_steps():
    kind = classify("ETL pipeline into BigQuery", "Build a new ETL pipeline that loads our shop orders into "
                    "BigQuery every night.", DATA)
    assert kind.id == "pipeline" and "build the loads" in _said(kind)


def test_a_database_designed_from_scratch_has_no_current_schema():
    kind = classify("PostgreSQL database design", "Design a new database from scratch for our clinic's patients, "
                    "visits and invoices in PostgreSQL.", DATA)
    assert kind.id == "database"
    assert "current schema" not in _said(kind) and "slowest" not in _said(kind), kind.steps
    slow = classify("PostgreSQL tuning", "Our PostgreSQL database is slow; optimise the slow queries.", DATA)
    assert "current schema" in _said(slow)


@pytest.mark.parametrize("kid", sorted(VARIANTS))
def test_every_variant_sentence_is_grammatical(kid):
    v = VARIANTS[kid]
    for step in (*(v.steps_new or ()), *(v.steps_existing or ())):
        text = sentence("I would " + step)
        assert not grammar_problems(text), (text, grammar_problems(text))
    for start in (v.start_new, v.start_existing):
        if start:
            assert not grammar_problems(sentence(f"I would start with {start}")), start
    for q in (v.question_new, v.question_existing):
        if q:
            assert q.endswith("?") and not grammar_problems(q), q
    assert kid in {k.id for k in KINDS}


def test_a_systems_analyst_is_not_data_analysis():
    kind = classify("Information Systems Analyst", "We need a systems analyst to design, build and test software "
                    "for our court records; maintain and upgrade existing systems. Python and SQL.", ALL)
    assert kind.id != "analysis"


def test_a_woocommerce_checkout_page_is_not_a_store_build():
    kind = classify("WooCommerce custom checkout from Figma", "Turn our Figma checkout design into a working "
                    "WooCommerce checkout page on WordPress.", ALL)
    assert kind.id != "store"
    assert classify("Build a WooCommerce store", "Set up a new WooCommerce store for our tea shop.", ALL).id == "store"


def test_the_working_hours_offer_needs_hours_or_a_time_zone():
    pattern = NEED_LINES["Working-hours overlap with the client"][0]
    assert not re.search(pattern, "Parse XML and PDF files of 500 MB", re.IGNORECASE)
    assert not re.search(pattern, "use SQL and the AWS API every day", re.IGNORECASE)
    assert re.search(pattern, "Available 10 am - 5 pm EST, five days a week", re.IGNORECASE)
    assert re.search(pattern, "EU timezone preferred", re.IGNORECASE)


@pytest.mark.parametrize("evidence, existing", [
    ("it's not essential if you can pick up the logic and learn quickly", False),  # a fresh-pool post, no code yet
    ("we have an existing client base in retail", False),
    ("take over our existing app from the previous developer", True),
    ("pick up where the last freelancer left off", True),
    ("a legacy PHP system", True),
])
def test_the_existing_codebase_offer_needs_existing_code(evidence, existing):
    pattern = NEED_LINES["Comfortable working in an existing codebase"][0]
    assert bool(re.search(pattern, evidence, re.IGNORECASE)) is existing


def test_the_ai_kind_reads_for_any_ai_work_not_only_an_assistant():
    """Fresh-pool and tuning readers: "dependable answers on your own data" and "the three questions or tasks you see
    most often" misread a voice pipeline, an agent platform and a trading bot as a question-answering assistant."""
    ai = next(k for k in KINDS if k.id == "ai")
    text = " ".join((ai.need, *ai.steps, ai.question, ai.start)).lower()
    assert not re.search(r"\b(?:answers?|questions or tasks)\b", text), text


def test_a_dated_weekday_is_a_deadline_not_a_rush():
    assert rush_words("Start before Monday 10th March. Completed Monday 24th March. Daily check-ins.") is None
    assert rush_words("The report must be done by Friday, 14 June.") is None
    assert rush_words("We need it done by Friday.") == "done by Friday"


def test_access_with_vba_is_database_work_not_a_spreadsheet():
    kind = classify("Developer for Access, VBA and SQL databases", "Work with our development manager to make "
                    "changes, fix bugs and build modules for our Access application and its SQL Server back end.", ALL)
    assert kind.id == "database", kind.id
    assert classify("Excel VBA macro for invoices", "Build an Excel workbook with a VBA macro.", ALL).id == "spreadsheet"


def test_no_step_leans_on_another_step():
    """The plan uses a kind's step on its own for one item: "test it against those examples" then points at nothing."""
    steps = [s for k in KINDS for s in k.steps]
    steps += [s for v in VARIANTS.values() for s in (*(v.steps_new or ()), *(v.steps_existing or ()))]
    for step in steps:
        assert not re.search(r"\b(?:those|these) (?:examples|cases|inputs|questions)\b", step), step


def test_a_tool_the_post_rules_out_does_not_fill_the_need_sentence():
    from service.drafting.work_kinds import need_sentence, post_tools
    scraping = next(k for k in KINDS if k.id == "scraping")
    title, desc = "Scrape fund reports", "Scrape the fund reports from a members-only site. Selenium will not work here."
    post = f"{title}\n{desc}"
    assert "Selenium" not in need_sentence(scraping, post_tools(title, desc), post=post)
    ok = "Scrape the fund reports with Selenium from a members-only site."
    assert "Selenium" in need_sentence(scraping, post_tools(title, ok), post=f"{title}\n{ok}")


def test_changes_to_a_database_are_not_speed_work_unless_the_post_says_so():
    kind = classify("MySQL developer", "Add tables and stored procedures for our new loyalty feature to our "
                    "MySQL database, and fix two bugs in the existing queries.", ALL)
    assert kind.id == "database" and "slowest" not in _said(kind), kind.steps
    slow = classify("MySQL developer", "Our MySQL database is slow at month end; the reports time out.", ALL)
    assert "slowest" in _said(slow)


def test_a_list_ending_in_etc_keeps_its_negation():
    from service.drafting.work_kinds import said_plainly
    text = "This is a dynamic page, so the usual Selenium, headless tricks, cURLs etc. might not work."
    assert not said_plainly("Selenium", text)
    assert said_plainly("Node.js", "We build it in Node.js. Deploy on Vercel.")


def test_an_automation_the_post_specifies_is_not_a_manual_process_taken_over(db):
    # a sentence audit marked "You want a manual process taken off your team's plate", "walk through the current
    # process" and "the steps you do by hand" untrue where the post specifies a new workflow and names no manual work
    from service.core.config import DEMO_WORKSPACE
    from service.core.schemas import JobBrief
    from service.core.workspace import load_workspace
    from service.drafting.proposal import draft_proposal

    brief = JobBrief(title="n8n workflow: Typeform answers to Jira tickets",
                     description="Set up an n8n workflow: when a Typeform answer arrives, create a Jira ticket with "
                                 "its fields and post a link to our Slack channel. Include error handling.",
                     skills=["n8n"])
    text = draft_proposal(brief, None, load_workspace(DEMO_WORKSPACE)).text.lower()
    for untrue in ("manual process", "current process", "by hand", "workflow your post describes"):
        assert untrue not in text, text
    manual = brief.model_copy(update={"description": "We copy every Typeform answer into Jira by hand each day and "
                                                     "want n8n to do it for us."})
    assert "current process" in draft_proposal(manual, None, load_workspace(DEMO_WORKSPACE)).text.lower()


def test_no_kind_step_says_your_x_for_a_thing_the_post_may_not_name():
    """"against your own records" under a post that names no records fails the writer's own grounded check (found
    when a real post was drafted over the API, 2026-12-06): a kind's steps speak of the client's things only in words
    true of any client (``lint_letters.YOUR_OK``: data, store, team, site …)."""
    from service.drafting.lint_letters import YOUR_OK
    said = [(k.id, m.group(1)) for k in KINDS for t in (*k.steps, k.start, k.question)
            for m in re.finditer(r"\byour (?:own |real |current |existing )?(\w+)", t)]
    assert said and all(w.lower() in YOUR_OK for _, w in said), [x for x in said if x[1].lower() not in YOUR_OK]
