"""Truth fixes from readers of a fresh pool of real posts (2026-12-06, nineteenth session), each on a team-written
post: a run of hook questions the post answers itself ("… If so, we're looking for you!") and a Title Case section
heading ("What's On Your Plate?") are no screening questions; "what are you looking for in your next position" is the
applicant's to answer; a job ad's "Job Type: Full time" and "Salary:" fields make a role; the technical setup under
"Project Details" ("Auth Flow: Google OAuth 2.0") is no deliverable and no plan step; a crash fix or a refactor of an
app already built gets no new app's remarks; a vector database without documents is no document search, and a bot
that assesses patients no support bot; software the post names settles "which software must the study use"; fields
pulled out of a set of studies are research; a session lost after an OAuth redirect is no token-storage concern."""
from __future__ import annotations

import pytest

from service.core.schemas import JobBrief
from service.drafting.answer_kinds import question_kind
from service.drafting.job_type import job_type
from service.drafting.kind_variants import existing_work
from service.drafting.post_plan import work_items
from service.drafting.question_check import already_answered
from service.drafting.work_kinds import classify, find_topic
from service.intake.extraction_rules import screening_questions
from service.intake.offline_extraction import _deliverables

DEV, DATA = frozenset({"dev"}), frozenset({"data"})


@pytest.mark.parametrize("pitch", [
    "If so, we're looking for you!",
    "If this sounds like you, we would love to hear from you.",
    "Then read on.",
])
def test_hook_questions_the_post_answers_itself_are_no_screening_questions(pitch):
    desc = ("Please read the whole post before applying.\n\nAre you careful with spreadsheets and tidy with numbers? "
            f"Do you enjoy reading floor plans for a living? {pitch}\n\nWe value and rent out flats in Leeds.\n"
            "Do you have experience with Looker Studio dashboards?")
    qs = screening_questions(desc)
    assert not any("floor plans" in q or "tidy with numbers" in q for q in qs), qs
    assert any("Looker Studio" in q for q in qs), qs  # a question the pitch does not answer stays


def test_a_title_case_heading_is_no_screening_question():
    desc = ("We run a bike-repair booking app.\n\nWhat's On Your Plate?\n- Fix the booking calendar\n- Add SMS "
            "reminders for riders\n\nWhat is your hourly rate for this kind of work?")
    qs = screening_questions(desc)
    assert not any("Plate" in q for q in qs), qs
    assert any("hourly rate" in q for q in qs), qs


def test_what_the_applicant_wants_from_a_next_position_is_theirs_to_answer():
    assert question_kind("What are you looking for in your next position?") == "personal"
    assert question_kind("Where do you see yourself in three years?") == "personal"


def test_a_job_ads_own_type_and_salary_fields_make_a_role():
    desc = ("Location: Remote\nJob Type: Full time\nSalary: $1200 / mo\n\nWe are a small travel start-up. You will "
            "plan sprints, track delivery and keep the roadmap current.")
    brief = JobBrief(title="Project Manager (Product, Delivery)", description=desc, budget_type="fixed")
    assert job_type(brief) == "role"
    build = JobBrief(title="Project plan for our office move", description="Write a one-off project plan for moving "
                     "our office, with a timeline and a budget sheet.", budget_type="fixed")
    assert job_type(build) != "role"


_SESSION_BUG = ("My Flask app loses the login after the Google sign-in redirect.\n\nProject Details:\n"
                "- Backend: Flask (Python)\n- Auth Flow: Google OAuth 2.0\n- Session Management: Flask-Session "
                "(filesystem-based)\n- Hosting: Local development for now\n\nDeliverables:\n- Diagnose and fix the "
                "lost session after the redirect.\n- Explain the fix so I can apply it myself later.")


def test_the_technical_setup_is_no_deliverable_and_no_plan_step():
    from service.intake.spec_lines import spec_line

    items = [it.quote.text for it in work_items(_SESSION_BUG)]
    assert not any(t.startswith(("Auth Flow", "Session Management", "Local development")) for t in items), items
    assert any("Diagnose and fix" in t for t in items), items
    delivs = _deliverables(_SESSION_BUG)
    assert not any("OAuth 2.0" in d or "Flask-Session" in d for d in delivs), delivs
    assert spec_line("Hosting: Local development for now") and not spec_line("Hosting: set up a VPS and deploy it")
    assert not spec_line("Meal planner: users plan a week of meals")


@pytest.mark.parametrize("title, desc, existing", [
    ("React Native refactor", "Paid test: our partially completed React Native app needs a refactor to feature "
     "folders, then the API hookup.", True),
    ("React Native app for a bakery", "Build a new React Native app for our bakery: menu, orders and pickup times.",
     False),
])
def test_a_partly_completed_app_to_refactor_is_existing_work(title, desc, existing):
    assert existing_work(f"{title}\n{desc}", "mobile") is existing


@pytest.mark.parametrize("title, desc, topic_id, expected", [
    # an app already built, crashing or to refactor: no new app's offline plan or store accounts
    ("Expo app crashing", "Troubleshoot and resolve crashing issues in our Android and iOS app built with Expo.",
     "mobile", False),
    ("Flutter app for a gym", "Build a Flutter app for our gym: class bookings and a member card.", "mobile", True),
    # a vector database with nothing to answer from is no document search
    ("Vector database engineer, C# and MongoDB", "Design vector database solutions for our AI workloads in C# and "
     "MongoDB, and tune their performance.", "rag", False),
    ("Q&A over our handbooks", "Build a RAG assistant that answers staff questions from our PDF handbooks.", "rag",
     True),
    # a bot that assesses patients is no support bot
    ("Chatbot for patient triage scores", "Connect our chatbot for assessing patient status to lab readouts.",
     "chatbot", False),
    ("Support chatbot for our bike shop", "A chatbot that answers customer questions about repairs and bookings.",
     "chatbot", True),
])
def test_a_remark_needs_the_kind_of_app_or_bot_it_speaks_of(title, desc, topic_id, expected):
    topic = find_topic(title, desc, DEV | DATA, "mobile" if topic_id == "mobile" else "ai")
    assert (topic is not None and topic.id == topic_id) == expected, topic


def test_a_lost_session_after_an_oauth_redirect_is_no_token_storage_concern():
    post = ("Fix a Flask session lost after OAuth login\nThe session is lost after the Google redirect and a new "
            "session file is created, so each user's calendars stop syncing.")
    topic = find_topic("Fix a Flask session lost after OAuth login", post, DEV, "webapp")
    assert topic is None or topic.id not in ("oauth_tokens", "kind_webapp_model"), topic
    sync = find_topic("Contacts import for our CRM users", "Let each user connect their Microsoft accounts with OAuth "
                      "so their contacts import every night.", DEV, "api")
    assert sync is not None and sync.id == "oauth_tokens", sync


def test_software_the_post_names_settles_which_software_the_study_must_use():
    q = "Is there a method or software the study must use, and by when do you need the results?"
    assert already_answered(q, "Stata analyst for my thesis\nRun logistic regressions on survey data in Stata.")
    assert not already_answered(q, "Statistician for my thesis\nRun logistic regressions on survey data.")


def test_fields_pulled_from_a_set_of_studies_are_research():
    kind = classify("Research analyst for a literature comparison", "We are looking for a careful analyst to review "
                    "18 studies and compile a comprehensive spreadsheet of the outcome fields, so the studies can be "
                    "compared with clarity and accuracy.", DATA)
    assert kind.id == "research", kind.id
