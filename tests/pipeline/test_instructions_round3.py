"""Client instructions, third probe (issue 14 item 6): wordings a tester found unhonoured, in the team's own posts.
Openers in more quote styles and placements (a subject line, a bare word "at the very start", 'single quotes',
«guillemets», „low-high quotes“), an opener that is itself a greeting standing in for "Hi,", and a word limit
asked with "Respond in under N words"."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.instructions import resolve
from service.drafting.proposal import draft_proposal
from service.fit.assess import assess_fit
from service.intake.extract import extract_brief
from service.intake.parse import parse_job

DEMO = load_workspace(DEMO_WORKSPACE)
POST = ("Next.js storefront for a tea subscription\nWe sell loose-leaf tea by subscription and need a Next.js storefront "
        "with a plan picker, Stripe checkout and a customer account page. Designs are ready in Figma.")


def _draft(extra: str, post: str = POST):
    brief = extract_brief(parse_job(f"{post}\n\n{extra}"))
    return brief, draft_proposal(brief, assess_fit(brief, DEMO), DEMO)


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


# ------------------------------------------------------------------ the first line
@pytest.mark.parametrize("instruction, first", [
    ('Write "green lantern" as the subject line of your proposal.', "green lantern"),
    ("pls type teapot-77 at the very start of ur proposal so i know ur a person", "teapot-77"),
    ("Begin with 'I went through every line' or I will skip your bid.", "I went through every line"),
    ("Please begin your proposal with «Hola equipo».", "Hola equipo,"),
    ("Bitte: start your proposal with „Hallo Team“.", "Hallo Team,"),
    ("Start your proposal with “Good morning Ines”.", "Good morning Ines,"),
])
def test_the_letter_opens_with_the_words_asked_for(db, instruction, first):
    _, draft = _draft(instruction)
    assert _lines(draft.text)[0] == first or len(first.split()) > 2 and draft.text.startswith(first + ". "), draft.text[:200]


@pytest.mark.parametrize("instruction", ["Please begin your proposal with «Hola equipo».",
                                         "Start your proposal with “Good morning Ines”."])
def test_an_opener_that_is_a_greeting_is_the_only_greeting(db, instruction):
    _, draft = _draft(instruction)
    assert "Hi," not in draft.text and "Hi " not in draft.text.split("\n\n")[1][:4]


# ------------------------------------------------------------------ the letter's length
def test_respond_in_under_n_words_is_a_limit(db):
    from service.drafting.lint import letter_body, word_count

    brief, draft = _draft("Respond in under 90 words.")
    assert resolve(brief, DEMO).max_words == 90
    assert word_count(letter_body(draft.text)) <= 90
