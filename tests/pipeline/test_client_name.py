"""The greeting names the client when the post gives a first name (issue 14: "the greeting uses the client's
name correctly"), and only then."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.client_name import client_first_name
from service.drafting.proposal import draft_proposal


@pytest.mark.parametrize("post, name", [
    ("We need a Shopify theme fixed.\n\nThanks,\nBen", "Ben"),
    ("We need a Shopify theme fixed. Best regards, Priya Natarajan", "Priya"),
    ("Build a Power BI report.\nCheers - Tom.", "Tom"),
    ("Please address your proposal to Jamie and include a Loom video.", "Jamie"),
    ("Address your application to Dr. Amara Obi.", "Amara"),
    ("- Address the proposal to me (Jamie)\n- Keep it under 150 words", "Jamie"),
    ("Hi, I'm Marta, founder of a small agency. We need a landing page.", "Marta"),
    ("Hi freelancers, my name is Lucia and I run a bakery. We need a website.", "Lucia"),
    # a title before the name is greeted as the contract messages greet it, never "Hi Dr," (found trying the product)
    ("My name is Dr. Okoro and I run a dental clinic. We need a booking page.", "Dr. Okoro"),
    ("We need a booking page for the clinic.\n\nKind regards,\nDr. Ines Varga", "Ines"),
    ("Please address your proposal to Prof. Lindqvist.", "Prof. Lindqvist"),
    ("Landing page for our studio.\nThanks, Bright Studio", "Bright Studio team"),
])
def test_a_first_name_the_post_gives_is_found(post, name):
    assert client_first_name(post) == name


@pytest.mark.parametrize("post", [
    "We need a Shopify theme fixed. Thanks!",
    "We need a Shopify theme fixed.\n\nThanks,\nThe Acme Team",
    "Looking for the best Python developer",              # 'best' inside a sentence is not a sign-off
    "We need a dashboard. Regards, Hiring Manager",
    "Address your proposal to the hiring manager.",
    "Thanks in advance, Monday is the deadline",
    "My name is not important; the code is.",
    "I'm Looking for someone who can start now, and fast.",
    "Fix our checkout. Thanks, Shopify",                  # a skill from the vocabulary, not a person
    "We need a dashboard.\n\nBest regards,\nDr.",          # a title alone names no one
])
def test_no_name_is_invented(post):
    assert client_first_name(post) is None


def test_the_letter_greets_the_client_by_name_only_when_the_post_gives_one(db):
    ws = load_workspace(DEMO_WORKSPACE)
    signed = JobBrief(title="Power BI sales dashboard", description="We need a Power BI sales dashboard built on our "
                      "SQL Server tables, refreshed daily.\n\nThanks,\nBen", skills=["Power BI", "SQL"])
    out = draft_proposal(signed, None, ws)
    assert out.text.startswith("Hi Ben,\n"), out.text[:80]
    assert out.parts["greeting"] == "Ben"
    unsigned = signed.model_copy(update={"description": "We need a Power BI sales dashboard built on our SQL Server "
                                                        "tables, refreshed daily."})
    assert draft_proposal(unsigned, None, ws).text.startswith("Hi,\n")
