"""Letters found wrong by trying the product on team-written posts (2026-12-07): a personal detail asked for "in
the first line" was answered in the last paragraph, and "advice on whether to move to AWS" was quoted as the work
("You want someone to “move to AWS and what it would cost”")."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.instructions import resolve
from service.drafting.proposal import draft_proposal
from service.drafting.quotes import need_quote
from service.fit.assess import assess_fit
from service.intake.extract import extract_brief
from service.intake.parse import parse_job

DEMO = load_workspace(DEMO_WORKSPACE)
CLOUD = ("Need advice: should we leave Heroku for AWS?\nLooking for a 1-hour consultation with a cloud expert. We run a "
         "Rails app on Heroku with Postgres and Redis and costs keep rising. We want advice on whether to move to AWS and "
         "what it would cost. Mention your favorite cloud provider in the first line.")


def _draft(text: str):
    brief = extract_brief(parse_job(text))
    return brief, draft_proposal(brief, assess_fit(brief, DEMO), DEMO)


def test_a_personal_detail_asked_for_in_the_first_line_opens_the_letter(db):
    brief, draft = _draft(CLOUD)
    r = resolve(brief, DEMO)
    assert r.personal_first == ["your favorite cloud provider"] and r.personal == []
    first = draft.text.strip().splitlines()[0]
    assert first.startswith("As you asked, “your favorite cloud provider”: [Your answer].")
    assert draft.text.count("your favorite cloud provider") == 1


def test_a_personal_detail_asked_for_anywhere_stays_at_the_end(db):
    brief, draft = _draft(CLOUD.replace(" in the first line", ""))
    assert resolve(brief, DEMO).personal == ["your favorite cloud provider"]
    assert not draft.text.startswith("As you asked")
    assert "“your favorite cloud provider”: [Your answer]" in draft.text


def test_whether_to_is_no_work_to_quote_after_someone_to():
    post = "We want advice on whether to move to AWS and what it would cost."
    found = need_quote(post, post)
    assert found is None or found.role != "vp"
    post = "We want someone to move our Rails app to AWS with zero downtime."
    assert need_quote(post, post).role == "vp"


def test_the_consultation_letter_does_not_say_the_client_wants_the_move(db):
    _, draft = _draft(CLOUD)
    assert "someone to “move to AWS" not in draft.text


SITE_DOWN = ("URGENT: Flask shop down after upgrade\nOur Flask shop returns a 502 error on every page since we moved it to "
             "a new server this morning. Need someone right now who can log in, find the cause and get it back up. We "
             "run it with Nginx and uWSGI on Debian.")


def test_a_site_down_post_is_a_fix_and_its_letter_leads_with_the_fault_not_the_stack(db):
    from service.drafting.job_type import job_type, names_fault

    assert names_fault("Our store is down since the theme update") and names_fault("a 503 error on checkout")
    assert not names_fault("We need it done right now") and not names_fault("Sales went down last quarter")
    brief, draft = _draft(SITE_DOWN)
    assert job_type(brief) == "fix"
    assert "first release" not in draft.text and "first milestone" not in draft.text
    lead = draft.text.split("\n\n")[1] if draft.text.startswith("Hi") else draft.text
    assert "Nginx and uWSGI" not in lead.split(".")[0]


def test_since_when_is_not_asked_when_the_post_says_what_changed(db):
    _, draft = _draft(SITE_DOWN)
    assert "since when" not in draft.text.lower()
    _, draft = _draft("Contact form stopped sending emails\nOur contact form plugin stopped sending emails after a "
                      "hosting move. Please fix it today.")
    assert "since when" not in draft.text.lower()


def test_what_changed_settles_since_when():
    from service.drafting.question_check import already_answered

    q = "Since when has it been happening, and did anything change around that time?"
    for post in ("The site shows a 500 error since we upgraded to Django 4.2.", "Emails stopped after a hosting move.",
                 "Checkout broke after the plugin update."):
        assert already_answered(q, post), post
    assert not already_answered(q, "The checkout page shows an error for some customers.")


def test_begin_your_proposal_with_your_favourite_thing_opens_with_a_placeholder(db):
    data_ws = load_workspace(__import__("pathlib").Path(__file__).resolve().parents[2] / "evals" / "workspaces" /
                             "data-analytics.yaml")
    text = ("Excel expert to tidy a supplier list\nOur workbook has 5,000 supplier rows with duplicates and mixed date "
            "formats. Merge the duplicates and make the dates consistent. Start your application with your favourite "
            "spreadsheet shortcut.")
    brief = extract_brief(parse_job(text))
    r = resolve(brief, data_ws)
    assert r.personal_first == ["your favourite spreadsheet shortcut"]
    assert not any(f.startswith("instruction_check") for f in r.flags)  # one note, not two
    draft = draft_proposal(brief, assess_fit(brief, data_ws), data_ws)
    assert draft.text.startswith("As you asked, “your favourite spreadsheet shortcut”: [Your answer].")


def test_the_keyword_list_question_is_settled_when_the_client_sends_keyword_briefs():
    from service.drafting.question_check import already_answered

    q = "Do you have a keyword list already, or should I start with the research?"
    assert already_answered(q, "You'll get keyword briefs from our SEO lead every month.")
    assert already_answered(q, "Keyword research is done; we need the writing.")
    assert not already_answered(q, "We want four SEO articles a month on remote work.")


@pytest.mark.parametrize("title, description, expected", [
    ("Pick your brain on BI tools", "We keep our data in Google Sheets and want to book an hour with someone who has used "
     "Power BI and Looker Studio to talk through the pros and cons.", "consultation"),
    ("Quick review of my Excel model", "I built a three-statement model and want someone to sanity-check it, ideally on "
     "a call where you walk me through your feedback.", "consultation"),
    ("Checkout payments failing since this morning", "Every card payment on our Next.js store fails with a server "
     "error since this morning, and customers are writing in.", "fix"),
    ("DAX measure showing wrong totals", "Our YTD measure is right per month but the total row is roughly double, and "
     "I need it sorted today before the board meeting.", "fix"),
    ("Power BI dashboard for our sales team", "Build a dashboard from our CRM export with revenue by rep and region, "
     "with a call at the end to walk through it.", "project"),
])
def test_job_types_found_trying(title, description, expected):
    from service.core.schemas import JobBrief
    from service.drafting.job_type import job_type

    assert job_type(JobBrief(title=title, description=description)) == expected


def test_excel_functions_name_excel():
    from service.text.skills import find_skills_in_text

    assert "Microsoft Excel" in find_skills_in_text("Fix broken VLOOKUP / SUMIFS in our pricing workbook")
    assert "Microsoft Excel" not in find_skills_in_text("Fix the lookup on our pricing page")


def test_since_when_is_settled_by_someone_having_changed_something():
    from service.drafting.question_check import already_answered

    q = "Since when has it been happening, and did anything change around that time?"
    assert already_answered(q, "The workbook stopped calculating after someone inserted columns in the Rates tab.")


def test_a_next_step_that_presumes_existing_work_is_not_offered_for_new_work():
    from service.drafting.next_steps import project_next

    step = "a review of the current sequence and one rewritten email as the first milestone"
    new_post = "We need a 5-email follow-up sequence for webinar attendees."
    assert "current sequence" not in " ".join(project_next("copy", step, "", 1, new_post))
    old_post = "Our current onboarding sequence has low activation; rewrite it."
    assert "current sequence" in " ".join(project_next("copy", step, "", 1, old_post))
