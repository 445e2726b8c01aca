"""Questions the post asks applicants in its body, without a question mark or after a cue the extractor did not know
("Please reply with:", "answers to the following:", "In your cover letter, briefly describe …", "answer the following
questions in your cover letter: Describe … How …?"), are read as screening questions; only the items that ask
something (a rate or a CV in the same list is a client ask, answered apart). Their answers never repeat the plan steps
word for word and never defer with a generic line: the workspace's answer, else a "[Your answer: …]" placeholder and
a reviewer note. Short team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import ScreeningAnswer
from service.core.workspace import load_workspace
from service.drafting.answer_direct import OWN_VIEW_HOLDER
from service.drafting.answer_flags import answer_flags
from service.drafting.offline_answers import (
    OWN_PAST,
    OWN_PLAN,
    PERSONAL,
    answers_for,
    repeats_steps,
)
from service.intake.extraction_rules import screening_questions

# an answer list after its cue: only the items that ask something (a rate, a GitHub profile, examples to send are client
# asks, answered apart); the "To apply" lists come from a fresh pool of real posts the writer was never tuned on
# (2026-12-06), where readers marked every letter that skipped them "answers none of the required points"
LISTS = [
    ("We run a small CRM.\n\nTo Apply:\nPlease reply with:\n\n1) Your experience with loyalty data\n"
     "2) A report you've automated using Airtable\n3) Your hourly rate and availability\n"
     "4) How you would set up a cheap nightly backup and what you would need from us.",
     ["Your experience with loyalty data", "A report you've automated using Airtable",
      "How you would set up a cheap nightly backup and what you would need from us."]),
    ("To Apply - REQUIRED\n\nPlease include answers to the following:\n\nYour experience with old shell "
     "scripts\n\nHow you would approach reading this repository\n\nWhat you would change first, and why\n\n"
     "Applications without answers are ignored.",  # blank lines between the items
     ["Your experience with old shell scripts", "How you would approach reading this repository",
      "What you would change first, and why"]),
    ("Build a content pipeline.\n\nTo apply, please tell us briefly:\n1. How you work with AI coding tools "
     "(which ones, how heavily)\n2. Your hourly rate",
     ["How you work with AI coding tools (which ones, how heavily)"]),
    ("We run a B2B SaaS.\n\n**When Applying, Please Include a Short Note Covering**\n\n1. Your strongest backend "
     "stack\n2. A production incident you debugged end to end\n3. Whether you are available full time and how "
     "soon you can start\n4. Your GitHub profile",
     ["Your strongest backend stack", "A production incident you debugged end to end",
      "Whether you are available full time and how soon you can start"]),
    ("Market-making bot for crypto exchanges.\n\nTo Apply\n\nPlease include:\n\n1. Examples of live systems you "
     "built\n2. Your thoughts on how you would approach minimizing losses\n3. Tech stack you would recommend\n"
     "4. Biggest risks you see in a system like this\n\nPlease do NOT apply if you only built retail bots.",
     ["Your thoughts on how you would approach minimizing losses", "Tech stack you would recommend",
      "Biggest risks you see in a system like this"]),
]


@pytest.mark.parametrize("post, questions", LISTS, ids=["reply-with", "answers-to-the-following", "to-apply-tell-us",
                                                        "short-note-covering", "please-include"])
def test_an_answer_list_keeps_its_asking_items(post, questions):
    assert screening_questions(post) == questions


def test_in_your_cover_letter_briefly_describe_is_a_question():
    post = "Build a small UI.\n\nIn your cover letter, briefly describe how you would mask the email column.\n\nThanks."
    assert screening_questions(post) == ["In your cover letter, briefly describe how you would mask the email column."]


def test_inline_questions_after_the_cue_colon_are_each_read():
    post = ("How to Apply: Send your portfolio. Also answer the following questions in your cover letter: Describe "
            "your experience with Airflow. Share examples of past work. How do you test a DAG? Thank you.")
    assert screening_questions(post) == ["Describe your experience with Airflow.", "How do you test a DAG?"]


def test_the_client_asking_how_we_would_begin_is_a_question():
    post = "Example: a bakery wants fewer no-shows. How would we begin this consultation?"
    assert screening_questions(post) == ["How would we begin this consultation?"]


def test_numbered_subheadings_inside_a_question_list_are_not_questions():
    post = ("Please clearly answer the following:\n\n1. Your Plan\n\nHow would you build it?\n\n2. Tools & Stack\n\n"
            "Which tools would you use?")
    assert screening_questions(post) == ["How would you build it?", "Which tools would you use?"]


def _answers(questions, steps=()):
    ws = load_workspace(DEMO_WORKSPACE).model_dump()
    facts = {"screening_questions": questions, "post_tools": [], "claimable_tools": [], "question_tools": {}}
    brief = {"title": "Tidy our booking data", "description": "We need our booking exports cleaned."}
    return answers_for(facts, brief, ws, {"proof": None}, {"skills": []}, [], steps=steps), ws


def test_own_past_and_own_plan_questions_get_placeholders_and_a_note():
    got, ws = _answers(["Details of your experience in mentoring juniors.",
                        "A short outline of the first 5 topics you would cover in week one."])
    assert [a.answer for a in got] == [OWN_PAST, OWN_PLAN]
    assert any(f.startswith("own_answer_needed") for f in answer_flags(got, ws, {"skills": []}))


def test_an_answer_never_repeats_the_plan_steps_word_for_word():
    steps = ("Start with a short session to see where you are and what you want to do",
             "Plan each session around a small real task so every lesson ends with something that works",
             "Share notes and exercises after each session so you can practise between them")
    said = ("For teaching, we would start with a short session to see where you are and what you want to do; then "
            "plan each session around a small real task so every lesson ends with something that works.")
    assert repeats_steps(said, steps)
    assert not repeats_steps("We would start from the API documentation and a test account.", steps)
    assert isinstance(ScreeningAnswer(question="q?", answer=OWN_PLAN).answer, str)


def test_the_applicants_own_view_is_left_to_the_reviewer_not_deferred_to_a_call():
    got, _ = _answers(["Your thoughts on how you would keep losses small", "Tech stack you would recommend",
                       "Biggest risks you see in a system like this", "Your strongest backend stack"])
    assert [a.answer for a in got] == [OWN_PLAN, OWN_PLAN, OWN_VIEW_HOLDER, PERSONAL]  # the risks: a view, not a plan


def test_a_question_is_shown_without_the_posts_bold_markers():
    got, _ = _answers(["Your recommended approach for **automating this system**"])
    assert got[0].question == "Your recommended approach for automating this system"


def test_an_invitation_to_join_is_no_screening_question():
    post = "Needs to hire 3 freelancers\nHow would you like to be part of history?\n\nWe are an eCommerce startup."
    assert screening_questions(post) == []


@pytest.mark.parametrize("courtesy", [
    "Please let me know if you need ay further explanations? Thanks in advance!",  # the post's own typo
    "Do you have any questions about the project?",
    "Let us know if you need more information?",
])
def test_an_offer_to_answer_the_applicants_questions_is_no_screening_question(courtesy):
    # pool readers: "remove the odd 'Answers to your questions' section" under a post whose only question was this
    post = f"Add two buttons to the home page of my Shopify store, in the style of the buy buttons.\n{courtesy}"
    assert screening_questions(post) == []


def test_a_question_that_asks_the_applicant_is_kept_beside_a_courtesy():
    post = ("Have you built a Shopify app before? What questions do you have about our stack?\n"
            "Let me know if you have any questions.")
    assert screening_questions(post) == ["Have you built a Shopify app before?",
                                         "What questions do you have about our stack?"]
