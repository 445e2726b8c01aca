"""Role letters and scrapes of a named site, true to the post (issue 14; tuning readers' comments of 2026-12-05, 9th
session): a full-time or salaried role hires one person, so a team's letter answers as that person; pay asked as a
salary or by the month is not answered with an hourly rate; clock hours the post sets are a requirement to confirm,
not hours to "confirm against on a call"; a team that meets daily is not promised a weekly written update; a site the
post names is not asked for again; an NDA is offered only when the post speaks of one."""
from __future__ import annotations

import re

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.answer_kinds import pay_period, rate_answer
from service.drafting.kind_table import NEED_LINES, ROLE_STEPS
from service.drafting.next_steps import offer_for
from service.drafting.proposal import draft_proposal
from service.drafting.question_check import already_answered
from service.drafting.role_shape import (
    clock_hours,
    requirements_sentence,
    role_next,
    role_steps,
)
from service.drafting.voice import solo_flag, voice_for

WS = load_workspace(DEMO_WORKSPACE)  # a three-person studio
FULL_TIME = ("We are hiring a full-time Frontend Developer to join our team. Salary: competitive, paid time off. Build "
             "new React screens for our booking platform and review pull requests. Must be available 9 AM-5 PM CST.")


def _body(text: str) -> str:
    return text.split("Answers to your questions:")[0]


def test_a_role_is_answered_by_one_person_with_a_note(db):
    out = draft_proposal(JobBrief(title="Frontend Developer (full-time)", description=FULL_TIME,
                                  skills=["React", "TypeScript"]), None, WS)
    body = re.sub(r"“[^”]*”|before we start", " ", _body(out.text))  # the client's words; the inclusive "we"
    assert not re.search(r"\bmy team\b|\bwe\b|\bour\b", body, re.IGNORECASE), body
    assert any(f.startswith("individual_hire") for f in out.parts["reviewer_flags"]), out.parts["reviewer_flags"]
    assert voice_for(WS.profile.model_dump(), "role", FULL_TIME).plural is False
    assert solo_flag("Build our app.", WS.profile.model_dump()) is None  # a project keeps the team's voice


def test_a_freelance_role_is_answered_by_one_person_too(db):
    post = ("Ongoing part-time role, 20 hours a week: maintain our Looker Studio dashboards, add new charts when the "
            "team asks and keep the BigQuery sources clean. Long-term collaboration.")
    out = draft_proposal(JobBrief(title="Looker Studio analyst (ongoing)", description=post,
                                  skills=["Looker Studio", "BigQuery"]), None, WS)
    assert out.parts["job_type"] == "role"
    assert not re.search(r"\bmy team\b", _body(out.text)), out.text


@pytest.mark.parametrize("question, per", [
    ("What is your expected monthly salary?", "monthly salary"),
    ("Salary expectations?", "salary expectations"),
    ("Please share your weekly rate.", "weekly rate"),
    ("What is your hourly rate?", ""),
])
def test_pay_by_another_period_is_a_placeholder_not_an_hourly_figure(question, per):
    assert pay_period(question) == per
    answer = rate_answer(question, 45)
    if per:
        assert f"[Your {per}]" in answer and "$45" not in answer, answer
    else:
        assert "$45 per hour" in answer


def test_clock_hours_are_a_requirement_to_confirm_once():
    assert clock_hours(FULL_TIME) == "9 AM-5 PM CST"
    assert "“9 AM-5 PM CST”: [confirm" in requirements_sentence(FULL_TIME, "")
    post = "Ongoing data engineering role, working 9 am-6 pm English time, on Mac."
    step, _cta = role_next({}, post, None, 0)
    assert "9 am-6 pm" not in step and "confirm my weekly availability" not in step, step
    letter = draft_proposal(JobBrief(title="Data engineer (ongoing role)", description=post), None, WS).text
    assert letter.count("[confirm") == 1 and "“9 am-6 pm English time”: [confirm" in letter, letter


def test_a_team_that_meets_daily_is_not_promised_a_weekly_update():
    daily = role_steps("40+ hours a week; you join scrum with our team each morning at 9am EST.", "build the features")
    assert "daily stand-up" in daily[2] and "weekly" not in daily[2]
    assert role_steps("Ongoing Node.js work for our SaaS.", "build the features")[2] == ROLE_STEPS[1]


@pytest.mark.parametrize("post", [
    "Scrape application-level data from the Bromley planning portal (https://planningaccess.bromley.gov.uk).",
    "We need a web scraper who can extract torrent listings from a specific website.",
    "Build a bot that collects profile data from LinkedIn.",
])
def test_a_site_the_post_names_is_not_asked_for_again(post):
    for seed in range(2):
        offer = offer_for("scraping", seed, post) or ""
        assert "target URL" not in offer and "sample rows" in offer, offer
    assert already_answered("Roughly how many sites and records per run, and how often should it run?", post)
    assert "target URL" in (offer_for("scraping", 0, "Scrape prices from five supplier sites daily.") or "")


@pytest.mark.parametrize("evidence, offered", [("Must sign an NDA before access.", True),
                                               ("Confidential client data.", True),
                                               ("Implement security best practices and SOC 2 compliance.", False),
                                               ("Handles sensitive data under GDPR.", False)])
def test_an_nda_is_offered_only_when_the_post_speaks_of_one(evidence, offered):
    rule = NEED_LINES["Trustworthy handling of data and access"][0]
    assert bool(re.search(rule, evidence, re.IGNORECASE)) is offered
