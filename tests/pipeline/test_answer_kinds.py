"""Screening answers that name what was asked (issue 14, Build 5): blind readers marked down "keep your existing
setup" under "which stack would you use?", the letter's plan copied under "how would you approach X?", and "not on a
project exactly like this one" with nothing closer. Questions and posts here are invented by the team."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import ScreeningAnswer
from service.core.workspace import load_workspace
from service.drafting.answer_flags import answer_flags
from service.drafting.answer_sources import plan_answer
from service.drafting.frames import grammar_problems
from service.drafting.lint import sentences
from service.drafting.offline_answers import (
    PERSONAL,
    answer_question,
    answers_for,
)
from service.drafting.voice import Voice

EVAL_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces"
DEMO = load_workspace(DEMO_WORKSPACE).model_dump()
DATA = load_workspace(EVAL_WS / "data-analytics.yaml").model_dump()
SCRAPER = {"title": "Web scraping of plant prices from garden centre websites",
           "description": "We need a scraper in Python that collects plant prices from garden centre websites "
                          "every night. Scraping runs nightly and stores the prices for comparison."}
STEPS = ("\u201cCollect the prices every night\u201d: I would start with one site.",
         "\u201cStore them for comparison\u201d: then the table the comparison reads.",
         "\u201cSend a weekly summary\u201d: last, the summary email.")
I = Voice(plural=False)


def _answer(question, brief=SCRAPER, ws=DATA, tools=("Python",), steps=STEPS):
    facts = {"claimable_tools": list(tools), "post_tools": list(tools), "screening_questions": [question]}
    return answer_question(question, brief, ws, facts, {"proof": None}, ws["service_lines"][0], steps)


def _clean(answer):
    for s in sentences(answer):
        assert not grammar_problems(s), (s, grammar_problems(s))
    assert answer != plan_answer(STEPS) and "existing setup" not in answer, answer


@pytest.mark.parametrize("question, named", [
    ("Which libraries would you use for the price collector and why?", "For the price collector,"),
    ("What stack would you use and why?", "I would build on Python"),
])
def test_a_stack_question_names_the_posts_tools_and_a_proposal(question, named):
    a = _answer(question)
    _clean(a)
    assert a.startswith(named) and "headless browser" in a and "written plan" in a and "HTML" not in a, a


def test_a_stack_question_names_no_tool_the_post_does_not_name():
    a = _answer("Which tools would you pick for the nightly price collector?", tools=())
    _clean(a)
    assert a.startswith("For the nightly price collector, I would propose") and "Python" not in a, a


def test_how_would_you_approach_x_names_x_and_is_not_the_plan_copied():
    a = _answer("How would you approach scraping the product pages of each nursery?")
    _clean(a)
    assert a.startswith("For scraping the product pages of each nursery, I would"), a


def test_how_would_you_approach_it_still_gives_the_letters_plan():
    assert _answer("How would you approach this project?") == plan_answer(STEPS)


def test_approaching_several_sites_gets_the_team_written_method():
    a = _answer("How would you approach scraping prices from several garden centre websites?")
    _clean(a)
    assert a.startswith("For scraping prices from several garden centre websites, I would give each site its own "
                        "small adapter"), a


def test_similar_experience_without_a_case_study_names_the_closest_real_thing():
    a = _answer("Describe your experience with similar projects", ws=DATA, tools=("Python",))
    _clean(a)
    assert a.startswith("Not on a project exactly like this one; the closest is 7 years of everyday work with Python"), a


def test_price_and_delivery_time_answers_both():
    a = _answer("What is your price and the delivery time?")
    assert "$" in a and "delivery time" in a and "milestone" in a, a


def test_a_phone_number_for_the_business_is_not_a_personal_question():
    a = _answer("We are adding a phone number for a second shop; can you copy the whole workflow to it?")
    assert a != PERSONAL
    assert _answer("What is your phone number?") == PERSONAL


def test_a_fifth_question_about_the_clients_own_needs_is_still_taken_to_the_call():
    qs = ["Which pages do you want to change?", "What colours would you like on the new pages?",
          "Do you have any integrations in mind?", "What are you looking to add first?",
          "Would you like ongoing support after launch?"]
    facts = {"claimable_tools": [], "post_tools": [], "screening_questions": qs}
    answers = answers_for(facts, SCRAPER, DATA, {"proof": None}, DATA["service_lines"][0], ["Hi."], I, STEPS)
    last = answers[-1].answer
    assert "yours to answer" in last and "first call" in last and "my answer" not in last, last
    assert len({a.answer for a in answers}) == len(answers)


@pytest.mark.parametrize("question", ["How long would the whole job take?", "What is your estimated timeline?"])
def test_how_long_gets_a_placeholder_for_the_estimate_and_a_reviewer_flag(question):
    a = _answer(question)
    assert "[Your estimate:" in a and a != plan_answer(STEPS), a
    flags = answer_flags([ScreeningAnswer(question=question, answer=a)], DATA, DATA["service_lines"][0])
    assert any(f.startswith("estimate_needed") for f in flags), flags
    assert "[Your estimate:" not in _answer("When can you start?")


def test_the_usual_setups_name_no_tool():
    from service.drafting.answer_kinds import GENERAL_WAY, STACK_WAY
    from service.text.skills import find_skills_in_text
    for kind, way in {**STACK_WAY, "general": GENERAL_WAY}.items():
        assert not find_skills_in_text(way), (kind, find_skills_in_text(way))
