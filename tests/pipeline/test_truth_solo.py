"""A post that wants one person ("No agencies, please", "independent freelancer (not an agency)") gets a letter in
the first person singular with no team claim, even from a team's workspace, and the reviewer is told; a post that
only mentions agencies ("agency experience a plus", "we are an agency") keeps the team's "we". Team-written posts."""
from __future__ import annotations

import re

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.voice import solo_flag, solo_only

WS = load_workspace(DEMO_WORKSPACE)  # a three-person studio: a project letter says "we"
_INCLUSIVE = re.compile(r"\b(?:before we start|when we talk|so we know|we both|our first call)\b", re.IGNORECASE)


def _brief(extra: str) -> JobBrief:
    return JobBrief(title="Inventory dashboard for bike rental shops", description="We run bike rental shops and need "
                    f"an inventory dashboard in React that shows which bikes are out for repair. {extra}\n\n"
                    "Questions:\n1. Have you built dashboards before?", skills=["React", "TypeScript"])


def _mine(text: str) -> str:
    """The letter's own words: quotes of the client and the inclusive "before we start" left out."""
    return _INCLUSIVE.sub(" ", re.sub(r"\u201c[^\u201d]*\u201d", " Q ", text))


@pytest.mark.parametrize("refusal", ["No agencies, please: we want the person who writes the code.",
                                     "Independent freelancer (not an agency) only.",
                                     "We are not accepting applications from agencies or teams.",
                                     "You would train our new analyst in weekly 1-on-1 sessions.",
                                     # a fresh pool's post, answered in an agency's "we"
                                     "Please do NOT apply if you are working with an agency or working on multiple "
                                     "projects on UpWork (it is visible)."])
def test_a_post_that_refuses_agencies_gets_i_and_no_team_claim(db, refusal):
    out = draft_proposal(_brief(refusal), None, WS)
    text = _mine(out.text.replace("Answers to your questions:", ""))
    assert not re.search(r"\b(?:we|our|us|ours)\b|(?<!your )\bteam\b", text, re.IGNORECASE), text  # "your team": theirs
    assert re.search(r"\bI\b", text)
    assert any(f.startswith("individuals_only") for f in out.parts["reviewer_flags"]), out.parts["reviewer_flags"]


@pytest.mark.parametrize("mention", ["Agency experience is a plus.", "We are an agency for bike shops.",
                                     "Individual freelancers or agencies are welcome.",
                                     "Do not apply if you are not a Shopify expert."])
def test_a_post_that_only_mentions_agencies_keeps_the_teams_we(db, mention):
    out = draft_proposal(_brief(mention), None, WS)
    assert re.search(r"\bwe\b", _mine(out.text), re.IGNORECASE)
    assert not any(f.startswith("individuals_only") for f in out.parts["reviewer_flags"])


@pytest.mark.parametrize("text, wants_one", [
    ("No agencies, please.", True), ("Must be independent. Absolutely NO agencies.", True),
    ("Freelancers only.", True), ("Only individual freelancers, please.", True), ("Agencies need not apply.", True),
    ("We are not looking for an agency.", True), ("Preferably an independent freelancer.", True),
    ("Agency experience a plus.", False), ("We are a digital agency.", False), ("No agency experience needed.", False),
    ("Only freelancers located in the U.S. may apply.", False), ("A VA or independent contractor to help.", False),
    ("Open to individual developers or development studios.", False), ("Independent freelancer or small agency.", False),
])
def test_the_refusal_words(text, wants_one):
    assert bool(solo_only(text)) is wants_one


def test_a_solo_workspace_gets_no_note():
    assert solo_flag("No agencies, please.", {"headline": "Freelance copywriter", "overview": "Eight years of copy."}) \
        is None
    assert solo_flag("No agencies, please.", {"headline": "Small senior team"})


@pytest.mark.parametrize(("post", "solo"), [
    ("Seeking an expert Python mentor for 1-on-1 coaching", True),
    ("Weekly one-on-one tutoring sessions in statistics", True),
    ("Our team holds 1-on-1 meetings with every client", False),  # the client's own meetings, not the work
])
def test_one_to_one_teaching_is_one_person(post, solo):
    assert bool(solo_only(post)) is solo
