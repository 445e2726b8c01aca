"""Truth fixes from readers of a fresh pool of real posts (2026-12-06, twentieth session; diagnostic ``--seed 1901``),
each on a team-written post and each failing on 03069fb: a quote never stops on a verb whose clause is still to
come or on one participle after a comma; an app to upgrade to a newer framework version gets upgrade steps, not a
new app's screens and store accounts, and an app to rebuild is live already; a case's own question is asked even
for existing work; an employer's perks make a role and "this is a consulting assignment" a consultation; an AI
that talks with nobody gets no hand-off to a person; a teaching job's list of topics is no plan of deliverables;
a front-end remark stays out of a deployment job."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.existing_work import existing_work
from service.drafting.job_type import job_type
from service.drafting.proposal import draft_proposal
from service.drafting.quote_bounds import ends_mid_phrase, phrase_end
from service.drafting.work_kinds import classify, find_topic

DEV = frozenset({"dev"})
WS = load_workspace(DEMO_WORKSPACE)


def _letter(title: str, desc: str) -> str:
    return draft_proposal(JobBrief(title=title, description=desc), None, WS).text


@pytest.mark.parametrize("quote, post, cut", [
    # "to check" waits for its "whether …"
    ("Match our rents against the rest of the street to check",
     "Match our rents against the rest of the street to check whether we charge too little for the flats.",
     "Match our rents against the rest of the street"),
    # one participle after a comma opens a phrase the quote leaves unsaid
    ("Keep the nightly loads fast as the tables grow, coordinating",
     "Keep the nightly loads fast as the tables grow, coordinating with the finance team on timing.",
     "Keep the nightly loads fast as the tables grow"),
])
def test_a_quote_never_stops_on_a_verb_whose_clause_is_still_to_come(quote, post, cut):
    assert ends_mid_phrase(quote, post)
    assert " ".join(phrase_end(quote.split(), post)) == cut


def test_a_quote_that_ends_on_a_complete_phrase_is_kept():
    post = "Check the totals against the bank statements, then report what differs."
    assert not ends_mid_phrase("Check the totals against the bank statements", post)


_UPGRADE = ("We need to update our delivery-tracking app from version 0.68.2 to the newest stable release of React "
            "Native. Some libraries no longer build on recent Xcode and Android versions; please test it all on "
            "both platforms afterwards.")


def test_an_app_to_move_to_a_newer_framework_version_gets_upgrade_steps():
    kind = classify("React Native app to the newest version", _UPGRADE, DEV)
    assert kind.id == "mobile" and "library" in kind.steps[0], kind.steps
    assert existing_work(_UPGRADE, "mobile")
    letter = _letter("React Native app to the newest version", _UPGRADE)
    assert "developer accounts" not in letter and "main screens" not in letter, letter
    assert "offline" not in letter, letter  # the new app's offline plan is no upgrade's concern
    assert "automated tests" in letter, letter  # the upgrade's own question, not the existing app's "most pressing"
    new = classify("Flutter app for our gym", "Build a new Flutter app for our gym with class bookings.", DEV)
    assert "library" not in new.steps[0], new.steps


def test_an_app_to_rebuild_in_another_framework_is_live_already():
    post = ("We want to rebuild our native Kotlin/Swift app in Flutter. It shows drivers their daily routes and lets "
            "them message the office.")
    topic = find_topic("Flutter developer to rebuild our app", post, DEV, "mobile")
    assert topic is None or topic.id not in ("mobile", "new_app_stores"), topic
    assert "developer accounts" not in _letter("Flutter developer to rebuild our app", post)


def test_an_employers_perks_make_a_role():
    desc = ("Our studio wants a Flutter developer in the team, building apps for clients.\n\n"
            "What you will do:\n- Build and maintain apps for iOS and Android\n- Work with our designers\n\n"
            "What we offer:\n- Competitive salary\n- Paid time off and a remote-first team")
    assert job_type(JobBrief(title="Flutter Developer Wanted", description=desc)) == "role"
    once = "Build a Flutter app for our bakery. Competitive rates welcome; we pay on delivery."
    assert job_type(JobBrief(title="Flutter app for our bakery", description=once)) == "project"


def test_a_post_that_calls_itself_a_consulting_assignment_is_a_consultation():
    desc = ("This is a consulting assignment: we meet for a few sessions and ask questions.\n\nWe build software for "
            "farms and our developers are adding OpenAI features: prompt design, cost control and search over our "
            "manuals.")
    assert job_type(JobBrief(title="OpenAI expert for our farm software", description=desc)) == "consultation"


def test_an_ai_that_talks_with_nobody_gets_no_hand_off_to_a_person():
    tool = classify("AI tool that turns sketches into floor plans",
                    "Build an AI tool that turns a photo of a hand-drawn sketch into a clean floor plan image using "
                    "OpenAI.", DEV)
    assert tool.id == "ai" and "hand-off" not in tool.steps[2], tool.steps
    bot = classify("AI chatbot for our dental practice",
                   "Build an AI chatbot on OpenAI that answers patients' questions about opening hours and prices.",
                   DEV)
    assert bot.id == "ai" and "hand-off to a person" in bot.steps[2], bot.steps


def test_a_teaching_jobs_list_of_topics_is_no_plan_of_deliverables():
    desc = ("I want someone to train me as a React developer over a few weeks.\n\nWhat the training should cover:\n"
            "- Building reusable components with props and state\n- Fetching data from a REST API and showing errors\n"
            "- Writing tests for components with Jest\n\nI have a year of HTML and CSS behind me.")
    letter = _letter("React Training and Skills Development", desc)
    assert "“Building reusable components" not in letter and "“Writing tests" not in letter, letter
    assert "session" in letter, letter


def test_a_front_end_remark_stays_out_of_a_deployment_job():
    post = ("We need a DevOps engineer to set up AWS Amplify hosting for our React web app: staging and production "
            "environments, environment variables and a deploy on every merge.")
    title = "DevOps engineer for Amplify hosting of a React app"
    topic = find_topic(title, post, DEV, "general")
    assert topic is None or topic.id != "react", topic
    assert "In React" not in _letter(title, post)


# --- from a second diagnostic (--seed 1903)

def test_an_assistant_that_only_reads_a_sheet_is_no_conversation():
    kind = classify("AI assistant for our engagement report",
                    "Build a custom GPT or a similar AI assistant that reads our spreadsheet of post performance and "
                    "writes a short insights report from it.", DEV)
    assert kind.id == "ai" and "hand-off" not in kind.steps[2], kind.steps


def test_features_for_an_existing_app_are_existing_work():
    post = ("We need a mobile developer to build new features for our existing app and release them every two "
            "weeks.")
    assert existing_work(post, "mobile")
    letter = _letter("React Native developer for new features", post)
    assert "developer accounts" not in letter and "first release" not in letter, letter
    beside = "We want a mobile app for our existing web platform, built from our designs."
    assert not existing_work(beside, "mobile")


def test_an_email_template_gets_no_screen_states_remark():
    post = ("Turn our Figma mock-ups into HTML email templates for the monthly newsletter; they must look right in "
            "Outlook and Gmail. Send two templates you made before.")
    topic = find_topic("Figma to HTML email templates", post, DEV, "website")
    assert topic is None or topic.id != "designs_to_code", topic


def test_individual_developers_not_agencies_gets_a_single_voice():
    from service.drafting.voice import SOLO_ONLY

    assert SOLO_ONLY.search("WE WANT INDIVIDUAL DEVELOPERS, NOT AGENCIES.")
    assert not SOLO_ONLY.search("Open to individual developers or development studios.")


def test_an_academic_fields_research_gets_the_study_steps_and_need():
    from service.drafting.analysis_steps import for_analysis

    kind = classify("Stata expert for statistical analysis in economics research",
                    "We need someone to check our Stata code on a large panel of firms and support our research "
                    "initiatives with the regressions.", frozenset({"data"}))
    study = for_analysis(kind, "Stata expert for statistical analysis in economics research",
                         "We need someone to check our Stata code on a large panel of firms and support our "
                         "research initiatives with the regressions.")
    assert "research questions" in study.steps[0], study.steps
    assert "act on" not in study.need and "study" in study.need, study.need
    assert "decision" not in study.question, study.question


@pytest.mark.parametrize("title, desc", [
    # the duties under one heading, the candidate's qualifications under another
    ("Website Developer (PHP)", "Key Responsibilities:\n- Build and look after our websites\n- Review code with the "
     "team\n\nQualifications:\n- Experience in a call-centre business\n- HTML, CSS and JavaScript"),
    # the working hours set by the clock with minutes, and years of experience required
    ("Senior Full Stack Developer for our platform", "Join our engineering team across two continents.\n\nCore "
     "hours: 7:00 AM to 3:00 PM Eastern\n\nYou bring 6+ years of Node and React experience."),
])
def test_a_job_ads_sections_hours_and_years_make_a_role(title, desc):
    assert job_type(JobBrief(title=title, description=desc)) == "role"


def test_requirements_and_responsibilities_alone_leave_a_project_a_project():
    desc = ("Responsibilities:\n- Fine-tune an open-source language model on our support tickets\n- Deploy it behind "
            "an API\n\nRequirements:\n- Experience with Hugging Face and GPUs")
    assert job_type(JobBrief(title="Fine-tune and deploy an open-source model", description=desc,
                             budget_type="fixed")) == "project"


# --- from a third diagnostic (--seed 1905)

def test_a_job_ads_conduct_duties_are_no_plan_steps():
    from service.drafting.post_plan import work_items

    desc = ("Responsibilities:\n- Build the booking screens of our Android app in Kotlin\n- Deliver projects within "
            "the agreed timeline\n- Send a weekly status report to your supervisor\n- Write unit tests for "
            "the payment flow")
    items = [it.quote.text for it in work_items(desc)]
    assert not any("timeline" in t or "supervisor" in t for t in items), items
    assert any("booking screens" in t for t in items), items


def test_basic_qualifications_and_years_required_make_a_role():
    desc = ("We build apps for retailers.\n\nKey Responsibilities:\n- Build and maintain our Android apps\n- Fix "
            "issues our customers report\n\nBasic Qualifications:\n- 3+ years of Kotlin experience")
    assert job_type(JobBrief(title="Android Developer", description=desc)) == "role"


@pytest.mark.parametrize("post", [
    "The booking platform is already live and used by two hundred clinics. We need help with new features and bug "
    "fixes, about two days a week.",
    "You will be improving our web application on AWS: managing the services and writing code for them.",
])
def test_a_live_platform_and_work_to_enhance_ours_are_existing_work(post):
    assert existing_work(post, "webapp")


def test_a_tool_the_clients_team_handles_itself_is_not_claimed():
    from service.drafting.work_kinds import said_plainly

    post = "Stack: Angular 16, Node TS, Python for data processing. Our own team will handle the Python part in-house."
    assert not said_plainly("Python", post)
    assert said_plainly("Angular", post)


def test_a_closing_pitch_never_leads():
    from service.drafting.lead_checks import reads_as_lead

    assert not reads_as_lead("If you love hard puzzles and care about payments, talk to us")
    assert reads_as_lead("build the settlement service for our payments protocol")


def test_bootstrap_as_a_verb_is_no_css_framework():
    from service.text.skills import find_skills_in_text

    assert "Bootstrap" not in find_skills_in_text("You'll bootstrap the protocol and its apps from scratch.")
    assert "Bootstrap" in find_skills_in_text("HTML, CSS and bootstrap for the layout")


def test_the_way_any_work_is_done_is_no_plan_step():
    from service.drafting.post_plan import work_items

    desc = ("What you will do:\n- Writing clean code\n- Stay up to date with new mobile trends\n- Build the loyalty "
            "card screen of our cafe app\n- Follow best practices for app security")
    items = [it.quote.text for it in work_items(desc)]
    assert not any(t.lower().startswith(("writing clean", "stay up", "follow best")) for t in items), items
    assert any("loyalty card screen" in t for t in items), items


def test_a_working_example_asked_for_beside_a_rate_keeps_both_asks():
    from service.drafting.client_asks import ask_kinds

    assert ask_kinds("Can you show one running on a live shop?") == ["examples"]
    assert ask_kinds("Please show us one already running and include your hourly rate.") == ["examples", "rate"]
