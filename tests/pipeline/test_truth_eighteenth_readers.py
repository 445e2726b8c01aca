"""Truth fixes from readers of a fresh pool of real posts (2026-12-06, eighteenth session), each on a team-written
post: a reading test phrased "write X in the first sentence of your bid" is honoured and never becomes a plan
item; what an app's users log ("Meal logging") is a feature, not the system's logging; a mobile app planned for later
is no mobile app now; a marketplace seller's storage fees are no transport costs; "Apple and Google developer
accounts" is not asked of a one-store app; a tax analyst, a fractional CTO and academic publication support are other
trades than data or software work; a twelve-month part-time seat on a team is a role; an industry word ("AgTech") is
no product name."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.instructions import resolve
from service.drafting.item_know_how import item_how
from service.drafting.job_type import job_type
from service.drafting.kind_table import KINDS
from service.drafting.post_items import kind_step
from service.drafting.post_plan import work_items
from service.drafting.proposal import draft_proposal
from service.drafting.question_check import presumes_missing
from service.drafting.work_kinds import find_topic, product_names
from service.fit.main_need import role_check

DEMO = load_workspace(DEMO_WORKSPACE)
DATA_WS = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")
KIND = {k.id: k for k in KINDS}


@pytest.mark.parametrize("wording, word", [
    ("Please write otter in the first sentence of your bid.", "otter"),
    ("Please use the word LANTERN in the first line of your proposal.", "LANTERN"),
    ("Include the word 'harbour' in the first sentence of the cover letter.", "harbour"),
])
def test_a_word_asked_for_in_the_first_sentence_is_honoured(wording, word):
    brief = JobBrief(title="Habit tracker app in Flutter", description=f"Build the habit screens in Flutter.\n{wording}")
    assert resolve(brief, DEMO).opener == word


@pytest.mark.parametrize("wording", [
    "We used React for the first release of our app.",
    "Write the tests in the first week of the project.",
])
def test_work_in_the_first_week_or_version_is_no_opener(wording):
    brief = JobBrief(title="Habit tracker app in Flutter", description=f"Build the habit screens.\n{wording}")
    assert resolve(brief, DEMO).opener is None


def test_an_instruction_about_the_application_is_no_plan_item():
    desc = ("Features:\n- Build the streak calendar screen\n- Add reminders for each habit\n"
            "- Please write otter in the first sentence of your bid\n")
    items = [it.quote.text for it in work_items(desc)]
    assert items and not any("otter" in t for t in items), items
    own = [it.quote.text for it in work_items("Features:\n- Build the admin screens of your application\n"
                                             "- Add a login page to the mobile application\n")]
    assert any("login page" in t for t in own), own


def test_what_an_apps_users_log_is_no_system_logging():
    assert item_how("Meal Logging", set(), post="A calorie app: meal logging and barcode scans.") is None
    assert item_how("Workout logging with sets and reps", set()) is None
    real = item_how("Set up logging and alerting for the API", set())
    assert real is not None and real.id == "monitoring"
    step = kind_step("Meal Logging", KIND["ai"], set(), first=True)
    assert step is None or "logging" not in step


_GROOMING = ("Build a web app for our dog-grooming salon where customers book a slot online and pay a deposit.\n"
             "- Admin panel for staff and bookings\n- Room for future mobile app development (iOS and Android)\n"
             "We would eventually like a mobile app as well.")


@pytest.mark.parametrize("title, desc, domain, kind, topic_id, expected", [
    # a mobile app planned for later is no mobile app now
    ("Web app for online grooming bookings", _GROOMING, "dev", "webapp", "new_app_stores", False),
    ("Mobile app for our grooming salon", "Build a new mobile app (iOS and Android) for bookings.", "dev", "mobile",
     "new_app_stores", True),
    # a seller's storage fees are no transport costs
    ("Amazon storage fee analyst", "Analyse our FBA storage fees and inventory logistics, and cut the costs of "
     "slow-moving stock in Amazon warehouses.", "data", "analysis", "logistics", False),
    ("Freight cost analysis", "Compare our freight costs per shipment across three carriers.", "data", "analysis",
     "logistics", True),
    # the site a build is only embedded in is its host, not the work
    ("Clickable training quiz for our staff", "Build a clickable quiz from our slides, with branching from our "
     "flowchart. Deliver a solution that can be embedded or linked from our Shopify site.\n- Familiarity with Shopify "
     "for linking and embedding", "dev shop", "theme", "shopify", False),
    ("Shopify size chart", "Add a size chart to our Shopify product pages with an app or a theme change.", "dev shop",
     "theme", "shopify", True),
])
def test_a_remark_needs_its_subject_in_the_post_now(title, desc, domain, kind, topic_id, expected):
    topic = find_topic(title, desc, frozenset(domain.split()), kind)
    assert (topic is not None and topic.id == topic_id) == expected, topic


def test_both_stores_are_asked_about_only_for_an_app_on_both():
    q = "Do you already have Apple and Google developer accounts?"
    assert presumes_missing(q, "Reskin our Android app and publish it on the Google Play Store.")
    assert presumes_missing(q, "Build an iPhone app in SwiftUI and ship it through TestFlight.")
    assert not presumes_missing(q, "Build a React Native app for iOS and Android.")


@pytest.mark.parametrize("title, family, ws", [
    ("International Tax Analyst", "accounting", DATA_WS),
    ("Fractional CTO for our fintech start-up", "management", DEMO),
    ("Publication support for a linguistics paper", "writing", DATA_WS),
])
def test_another_trade_under_a_data_or_software_word_is_not_ours(title, family, ws):
    check = role_check(JobBrief(title=title, description="Join our team for a few hours a week."), ws)
    assert check.family == family and not check.main_ok, (title, check)


def test_a_data_analyst_and_a_developer_stay_ours():
    assert role_check(JobBrief(title="Tax data analyst for our sales reports", description="Build weekly reports."),
                      DATA_WS).main_ok
    assert role_check(JobBrief(title="Data analyst for churn reports", description="Build weekly reports."),
                      DATA_WS).main_ok
    assert role_check(JobBrief(title="React developer for our CTO's dashboard", description="Build the screens."),
                      DEMO).main_ok


@pytest.mark.parametrize("title, desc, role", [
    # a long seat, or one beside the client's analysts, is a role
    ("Tableau developer for a long term project", "Join the team on a 12-month project. It is a part-time position: you "
     "build and maintain the Tableau reports our account managers send to clients.", True),
    ("Data analysis and AI", "The mission for this role: turn data into reports in Looker for our clients. You will work "
     "closely with our lead analyst, and you are eager to learn.", True),
    # a defined build is not
    ("Build a Tableau sales dashboard", "A 3-month project: one dashboard of our weekly sales, delivered with its "
     "workbook.", False),
    ("Looker dashboard for our clinics", "Build one Looker dashboard of weekly bookings. Fixed scope, one delivery.", False),
])
def test_a_long_seat_or_one_beside_the_clients_analysts_is_a_role_and_a_defined_build_is_not(title, desc, role):
    assert (job_type(JobBrief(title=title, description=desc)) == "role") is role


def test_an_industry_word_is_no_product_name():
    names = product_names("Smart contracts for AgTech payouts to farmers, tracked in HubSpot and KuCoin.")
    assert "AgTech" not in names and "KuCoin" in names


def test_a_writing_tool_to_build_is_software():
    check = role_check(JobBrief(title="Academic writing tool with an AI editor", description="Build the web app."), DEMO)
    assert check.main_ok, check


def test_a_3d_rendering_question_gets_rendering_know_how_not_database_tuning():
    from service.drafting.answer_bank import know_how

    dev = frozenset({"dev"})
    for q in ("Why might big furniture models render slowly in the browser, and what would you change?",
              "How do you keep the WebGL scene smooth on older phones?",
              "How would you add transparency controls for each layer while keeping performance optimal?"):
        entry = know_how(q, dev)
        assert entry is not None and entry.id == "render_performance", (q, entry)
    backend = know_how("How would you keep the API fast under high traffic?", dev)
    assert backend is not None and backend.id == "performance"
    assert know_how("How would you approach building a 3D product viewer?", dev) is None or \
        know_how("How would you approach building a 3D product viewer?", dev).id != "render_performance"


def test_a_know_how_answer_is_given_once_and_later_questions_point_to_it():
    questions = ["Where does the frame rate suffer when big sofa models are shown in a web page on older laptops, and "
                 "what would you do about it in our product viewer?",
                 "How would you keep the fabric textures sharp while the scene stays smooth on phones?",
                 "How would you add transparency for the cushions while keeping performance optimal?"]
    desc = ("We sell sofas online and need a 3D viewer in Three.js where shoppers rotate each sofa and switch fabrics.\n"
            "Please answer these questions in your proposal:\n" + "\n".join(f"{n}. {q}" for n, q in enumerate(questions, 1)))
    brief = JobBrief(title="Three.js 3D sofa viewer for our store", description=desc, skills=["Three.js", "React"],
                     screening_questions=questions)
    draft = draft_proposal(brief, None, DEMO)
    answers = [a["answer"] for a in draft.parts["screening_answers"]]
    assert len(answers) == 3, answers
    assert "draw calls" in answers[0] and "missing index" not in " ".join(answers)
    assert sum("draw calls" in a for a in answers) == 1, answers
    assert all("question 1" in a for a in answers[1:]), answers


def test_a_profile_tool_is_claimable_under_the_vocabularys_name():
    from service.drafting.claimable import claimable

    ours = claimable(["Power BI", "Excel"], [])
    assert "microsoft power bi" in ours and "power bi" in ours
    brief = JobBrief(title="Power BI developer for our sales dashboards",
                     description="Build and maintain Power BI dashboards of our weekly sales for the store managers.")
    flags = " ".join(draft_proposal(brief, None, DATA_WS).parts["reviewer_flags"])
    assert "Power BI" not in flags.split("tools_not_in_profile", 1)[-1] or "tools_not_in_profile" not in flags


def test_cells_to_fill_in_or_records_to_collect_are_research_not_analysis():
    from service.drafting.work_kinds import classify

    data = frozenset({"data"})
    fill = classify("Data analyst needed for a Google Sheets task", "Read our supplier price lists and fill in the "
                    "designated cells of our Google Sheets tracker, accurately and by Friday.", data)
    collect = classify("Data research job", "Help us collect and organise bakery opening hours from their websites "
                       "into a spreadsheet.", data)
    assert fill.id == "research" and collect.id == "research", (fill.id, collect.id)
    study = classify("Survey data analysis for our gym members", "Collect and organise the survey answers, then "
                     "analyse which classes members value most.", data)
    assert study.id == "analysis", study.id


def test_a_process_analyst_gets_no_data_cleaning_steps():
    from service.drafting.work_kinds import classify

    kind = classify("Process analyst and SOP documentation specialist",
                    "Document our onboarding workflows as SOPs and process maps, and suggest improvements.",
                    frozenset({"data"}))
    assert kind.id == "general", kind.id


def test_questions_inside_a_quoted_message_are_examples_not_screening_questions():
    from service.intake.extraction_rules import screening_questions

    desc = ("Build a booking assistant for our holiday flats that replies to guests.\nExample guest message:\n"
            '"Hi, is there a kettle in the flat? Can you send your cancellation policy?"\n'
            '"Do you allow dogs in the garden flat?\n'
            "Also, how would you keep the replies in the flat owner's tone?")
    qs = screening_questions(desc)
    assert not any("kettle" in q or "cancellation" in q or "dogs" in q for q in qs), qs
    assert any("owner's tone" in q for q in qs), qs


def test_a_stack_references_and_testimonials_get_their_own_answers():
    from service.drafting.answer_bank import know_how
    from service.drafting.answer_kinds import question_kind
    from service.drafting.offline_answers import REFERENCES

    assert question_kind("Your team’s tech stack and why you chose it") == "stack"
    assert question_kind("References or client testimonials") == "references"
    assert question_kind("Can you share two references from past clients?") == "references"
    assert know_how("References or client testimonials", frozenset({"dev"})) is None
    questions = ["Your team’s tech stack and why you chose it", "References or client testimonials"]
    brief = JobBrief(title="Parcel tracking app for our courier firm",
                     description="Build a Django back end and a React Native app to track parcels live.",
                     skills=["Django", "React Native"], screening_questions=questions)
    answers = [a["answer"] for a in draft_proposal(brief, None, DEMO).parts["screening_answers"]]
    assert "Django" in answers[0] and "confirm it in writing" not in answers[0], answers
    assert answers[1] == REFERENCES


def test_back_end_work_is_never_named_after_a_front_end_framework():
    from service.drafting.work_kinds import need_sentence

    api = KIND["api"]
    assert "React" not in need_sentence(api, ["React", "Node.js"]), need_sentence(api, ["React", "Node.js"])
    assert "Node.js" in need_sentence(api, ["React", "Node.js"])


@pytest.mark.parametrize("title, desc, kind", [
    ("Image model installation and training for our studio", "Help me install Stable Diffusion on my PC and show me how to "
     "use it, with hands-on training.", "teaching"),
    ("Marketing analyst training and skills development", "Train me to become a marketing analyst: analysis of "
     "campaign data, dashboards and reporting, and how analysts present insights.", "teaching"),
    ("Data analyst for daily JSON ingestion", "We receive 40 GB of JSON logs a day and need them ingested and "
     "analysed in our warehouse.", "pipeline"),
])
def test_a_person_to_train_or_data_to_ingest_is_read_as_such(title, desc, kind):
    from service.drafting.work_kinds import classify

    assert classify(title, desc, frozenset({"data", "dev"})).id == kind


def test_a_solo_build_with_no_outsourcing_is_answered_by_one_person():
    from service.drafting.voice import solo_only

    assert solo_only("You will build it yourself. No outsourcing.")
    assert solo_only("No outsourcing of any part.")
    assert solo_only("No subcontracting.")
    assert not solo_only("Our app lets each walker work alone on their own route.")
    assert not solo_only("We want to build this solo founder tool quickly.")


def test_which_tools_names_our_tools_the_post_names_before_the_method():
    questions = ["What tools would you use to organise large files of council records?"]
    brief = JobBrief(title="Collect and structure council planning data",
                     description="Gather and organise planning decisions from council websites into CSV files, using "
                                 "Python and SQL where it helps.", skills=["Python", "SQL"],
                     screening_questions=questions)
    answer = draft_proposal(brief, None, DATA_WS).parts["screening_answers"][0]["answer"]
    assert "Python" in answer.split(".")[0] and "SQL" in answer.split(".")[0], answer


def test_data_collection_under_an_analyst_title_is_research():
    from service.drafting.work_kinds import classify

    kind = classify("Data collection and structuring", "We need a careful data analyst with research skills "
                    "to gather and organise official data from ministries into formats that are easy to analyse.\n"
                    "- Organise the data for analysis\n- Structure it for later analysis and insights\n"
                    "- Statistics and trends from national reports\nData analysis experience is a plus.",
                    frozenset({"data"}))
    assert kind.id == "research", kind.id


def test_half_done_work_is_existing_work():
    from service.drafting.existing_work import existing_work

    assert existing_work("THE FLUTTER APP IS HALF DONE AND NEEDS FINISHING", "mobile")
    assert existing_work("The booking site is half built by our last freelancer.", "webapp")
    assert not existing_work("We already have the Figma files for a new app.", "mobile")


def test_a_shouted_line_is_never_quoted():
    from service.drafting.quotes import make_quote

    post = "PLEASE ADD A SNOOZE BUTTON FOR EACH ALARM AND A RINGTONE PICKER. Keep the design as in Figma."
    assert make_quote("PLEASE ADD A SNOOZE BUTTON FOR EACH ALARM".split(), post) is None
    assert make_quote("Keep the design as in Figma".split(), post) is not None


@pytest.mark.parametrize("ask, answered", [
    ("Show me what you have made- leave links to your GitHub or live projects in your proposal.", r"\[Your GitHub"),
    ("Drop your portfolio and availability if interested.", r"availability: new work can start"),
])
def test_links_or_a_portfolio_asked_with_leave_or_drop_are_answered(ask, answered):
    brief = JobBrief(title="Next.js developer for our booking app",
                     description=f"Build the booking pages of our Next.js app on Vercel.\n{ask}")
    text = draft_proposal(brief, None, DEMO).text
    assert re.search(answered, text), text
