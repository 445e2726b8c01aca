"""Truth fixes from readers of a fresh pool of real posts (2026-12-06, seventeenth session), each on a team-written
post: a reading test phrased "if you read the whole thing begin your bid with …" (no comma) is honoured; help with the
client's own CV or career is no data-analytics work, whatever profession the title names; a clock range is not
extended by "and"; "since when has it been happening?" and the fix job type need a fault, not only urgency; design
apps do not fill "software built with …"; "Looker" beside Looker Studio gets no LookML remark; a job search is no
search feature; a bot's "indexing" is no SQL tuning; a fixed-price post gets a price, not an hourly rate; partnering
with teams is not built in "a first working piece"; no quote from inside "As our …, …"; a security review is a
review; a sheet to clean gets cleaning steps and one to document is documented; "Plus …" is no lead quote; what the
client will provide is no plan item."""
from __future__ import annotations

from pathlib import Path

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.instructions import resolve
from service.drafting.item_know_how import item_how
from service.drafting.job_type import job_type
from service.drafting.kind_table import KINDS
from service.drafting.proposal import draft_proposal
from service.drafting.question_check import presumes_missing
from service.drafting.role_shape import clock_hours
from service.drafting.work_kinds import find_topic, need_sentence
from service.fit.main_need import role_check

DEMO = load_workspace(DEMO_WORKSPACE)
DATA_WS = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")
KIND = {k.id: k for k in KINDS}


def test_a_reading_test_without_a_comma_is_honoured():
    brief = JobBrief(title="Flutter app for a dog-walking service",
                     description="Build the booking screens in Flutter.\n- if you read the whole thing begin your bid "
                                 "with the word 'LEASH'")
    assert resolve(brief, DEMO).opener == "LEASH"
    plain = JobBrief(title="Flutter app", description="We started the application with React Native last year.")
    assert resolve(plain, DEMO).opener is None


def test_help_with_the_clients_own_cv_is_not_the_profession_it_names():
    for title in ("Marketing Analyst resume improvement", "Experienced business analyst for CV review and career advice",
                  "Urgent requirement for SQL trainers"):
        check = role_check(JobBrief(title=title, description="Help me get more interviews."), DATA_WS)
        assert not check.main_ok and check.cap is not None and check.cap <= 25, (title, check)
    app = role_check(JobBrief(title="Resume writing app for job seekers", description="Build the web app."), DEMO)
    assert app.family != "career"
    own = role_check(JobBrief(title="Data analyst for our sales reports", description="Build weekly reports."),
                     DATA_WS)
    assert own.main_ok


def test_a_clock_range_is_not_extended_by_the_next_word():
    assert clock_hours("Please be reachable between 9am to 6pm and reply within a day.") == "9am to 6pm"
    assert clock_hours("Work 9 AM-5 PM CST on weekdays.") == "9 AM-5 PM CST"


def test_since_when_needs_a_fault():
    q = "Since when has it been happening, and did anything change around that time?"
    assert presumes_missing(q, "Urgently move our Express app from Replit to Render and set up deploys from GitHub.")
    assert not presumes_missing(q, "Our Express app stopped working after we moved it to Render.")


def test_urgency_alone_is_no_fix():
    move = JobBrief(title="Urgent Express app move to Render",
                    description="Move our Express app from Replit to Render ASAP, set up the database connection "
                                "and deploys from GitHub. Needed today if possible.")
    assert job_type(move) != "fix"
    broken = JobBrief(title="Urgent: checkout broken", description="Our checkout shows an error since this morning. "
                                                                 "Fix ASAP.", budget_type="fixed", budget_max=100)
    assert job_type(broken) == "fix"


def test_design_apps_do_not_fill_software_built_with():
    sentence = need_sentence(KIND["webapp"], ["Adobe Photoshop", "HTML", "CSS", "Figma"])
    assert "Photoshop" not in sentence and "Figma" not in sentence and "HTML" in sentence, sentence


def test_looker_beside_looker_studio_gets_no_lookml_remark():
    desc = ("Build an automated Looker dashboard of our bookings. We already use Looker Studio for the marketing "
            "reports and want the same here.")
    topic = find_topic("Looker dashboard for bookings", desc, frozenset({"data"}), "dashboard")
    assert topic is None or topic.id != "lookml"
    real = find_topic("LookML model clean-up", "Refactor our Looker explores and LookML views.", frozenset({"data"}),
                      "dashboard")
    assert real is not None and real.id == "lookml"


def test_a_job_search_is_no_search_feature():
    desc = "I want to improve my job search as a data analyst and get more interviews."
    topic = find_topic("Career help", desc, frozenset({"dev", "data"}), "webapp")
    assert topic is None or topic.id != "search_filters"


def test_a_bots_indexing_is_no_sql_tuning():
    assert item_how("crawling, indexing and summarising the forum posts", set()) is None or \
        item_how("crawling, indexing and summarising the forum posts", set()).id != "sql_tuning"
    hit = item_how("Add database indexes for the slow monthly report", set())
    assert hit is not None and hit.id == "sql_tuning"


def test_a_fixed_price_post_gets_a_price_not_an_hourly_rate():
    brief = JobBrief(title="Stripe payment page for a yoga studio", budget_type="fixed", budget_max=400,
                     skills=["Stripe", "React"],
                     description="Add a Stripe payment page to our React site for class passes. Please include your "
                                 "rate and a short timeline in your proposal.")
    text = draft_proposal(brief, None, DEMO).text
    assert "per hour" not in text and "fixed price" in text.lower(), text


def test_no_quote_starts_inside_a_subordinate_clause():
    from service.drafting.quotes import make_quote

    post = "As our bakery grows, we want a weekly sales report for each shop."
    assert make_quote("As our bakery grows, we want a weekly sales report".split(), post) is None
    plain = make_quote("we want a weekly sales report for each shop".split(), post)
    assert plain is not None and plain.text.startswith("want a weekly")


def test_a_security_review_is_a_review():
    from service.drafting.work_kinds import classify

    kind = classify("Urgent Firebase rules and Node.js security review", "Review our Firebase rules and the Node.js "
                    "API and add rate limiting.", frozenset({"dev"}))
    assert kind.id == "review"


def _kind_steps(title: str, desc: str) -> tuple[str, ...]:
    from service.drafting.work_kinds import for_post

    return for_post(KIND["spreadsheet"], f"{title}\n{desc}").steps


def test_a_sheet_to_clean_gets_cleaning_steps_and_one_to_document_gets_documented():
    clean = _kind_steps("Excel list clean-up", "Our mailing list in Excel needs deduping and first name extraction.")
    assert "duplicate" in clean[0] and not any("calculation" in s for s in clean)
    doc = _kind_steps("Spreadsheet documentation", "We need someone to reverse-engineer and document our pricing "
                      "spreadsheet: every formula and where its data comes from.")
    assert "formula" in doc[0] and "document" in doc[2]
    build = _kind_steps("Budget tracker in Google Sheets", "Build a new monthly budget tracker with categories.")
    assert not any("duplicate" in s for s in build) and "document" not in build[2]


def test_an_add_on_sentence_is_no_lead_quote():
    from service.drafting.quotes import need_quotes

    desc = ("We need our customer list in Excel merged into one clean sheet for the mailing. Plus some research on "
            "missing postcodes may be required from public sources.")
    found = need_quotes(desc, desc)
    assert found and all(not f.sentence.startswith("Plus") for f in found)


def test_what_the_client_will_provide_is_no_plan_item():
    from service.drafting.post_plan import work_items

    desc = ("Milestones:\n- Ingest all the dashboards with the Python client\n- Store each dashboard in Postgres\n"
            "- Full access to the AI model will be provided\n")
    items = [it.quote.text for it in work_items(desc)]
    assert items and not any("provided" in t for t in items), items


def test_a_quoted_phrase_to_apply_with_is_the_opener():
    brief = JobBrief(title="Find the first buyers of a token", description="If you have tracked wallets before, apply "
                     "with \"Hello I am the Chain Detective\" (it helps me filter) and list your tools.")
    assert resolve(brief, DEMO).opener == "Hello I am the Chain Detective"
    assert resolve(JobBrief(title="Shop fixes", description="Please apply with your portfolio."), DEMO).opener is None


def test_a_challenge_to_the_reader_is_no_lead_quote():
    from service.drafting.quotes import need_quotes

    desc = ("If you’re after an easy side gig, please skip us. You will value land parcels from recent "
            "sales in three counties each week.")
    assert all("easy side gig" not in f.quote.text for f in need_quotes(desc, desc))


def test_an_analyst_of_another_trade_is_not_a_data_analyst():
    for title, family in (("Help Desk Analyst", "it_support"), ("AML Analyst for a payments start-up", "security"),
                          ("GIS Analyst for utility asset maps", "gis"), ("Real Estate Analyst for land comps", "finance")):
        check = role_check(JobBrief(title=title, description="Join our team."), DATA_WS)
        assert check.family == family and not check.main_ok, (title, check)
    assert role_check(JobBrief(title="Credit risk data analyst", description="Build our risk reports."),
                      DATA_WS).main_ok


def test_a_line_in_another_script_is_never_quoted():
    from service.drafting.quotes import make_quote

    line = "Построение отчетов по продажам с использованием SQL"
    assert make_quote(line.split(), line) is None


def test_an_ongoing_duty_last_in_the_plan_is_kept_running_not_handed_over():
    from service.drafting.post_plan import plan_steps

    post = ("Scope:\n- Analyse our booking data for the last year\n- Build a pricing model for each listing\n"
            "- Implement and manage the weekly price changes\n")
    for step in plan_steps(post, post, KIND["analysis"], None, frozenset({"data"})) or ():
        if "Implement and manage" in step:
            assert "hand it over" not in step and "walk you through" not in step, step


def test_a_full_time_seat_on_the_team_is_a_role():
    seat = JobBrief(title="React and Next.js developer for our shop apps", budget_type="fixed", budget_max=4000,
                    description="Join our team full-time on the shop apps; expect 45 hours per week "
                                "with monthly earnings, and share your screen during shifts.")
    assert job_type(seat) == "role"
    reporting = JobBrief(title="Reporting analyst", description="Remote. Why join us? The analyst is to work closely with our "
                         "support team and write the weekly and monthly reports.")
    assert job_type(reporting) == "role"
    one_off = JobBrief(title="Build a React booking page", budget_type="fixed", budget_max=600,
                       description="Build one booking page in React with a form and an email confirmation.")
    assert job_type(one_off) == "project"


def test_a_recruiter_analyst_or_a_study_participant_is_no_data_work():
    for title, family in (("Recruiter analyst for our hiring insights", "recruiting"),
                          ("Marketing analyst to participate in our usability study", "participant")):
        check = role_check(JobBrief(title=title, description="Thirty minutes on a call."), DATA_WS)
        assert check.family == family and not check.main_ok and check.cap <= 25, (title, check)


def test_a_job_ads_headings_are_no_screening_questions():
    from service.intake.extraction_rules import _RHETORICAL

    assert _RHETORICAL.search("What you will do at Acme Bakery?")
    assert _RHETORICAL.search("Why join us?")
    assert not _RHETORICAL.search("What tools would you use to model the sales data?")


def test_a_warning_to_applicants_is_no_lead_quote():
    from service.drafting.quotes import need_quotes

    desc = ("If you paste a generated reply we will ignore it. We need a React Native journal app with daily "
            "prompts and a calendar view.")
    assert all(not f.quote.text.lower().startswith(("if you", "paste")) for f in need_quotes(desc, desc))


def test_fixed_fee_only_in_the_text_gets_a_price_not_an_hourly_rate():
    brief = JobBrief(title="X bot that posts our news", skills=["Python"],
                     description="Build a bot that posts our news to X each morning. Fixed fee only, no hourly. "
                                 "Please include your price and timeline.")
    text = draft_proposal(brief, None, DEMO).text
    assert "per hour" not in text, text
