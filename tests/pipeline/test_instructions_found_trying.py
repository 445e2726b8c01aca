"""Client instructions about the proposal in wordings found unhonoured by trying the product (2026-12-07, team-written
posts): a quoted word to "start with" when the letter is not named, "the words", a first line that "must say" a
code, a fixed price in the first line, "your first name", a fact asked for at the top, and a personal detail asked
for at the end of the same sentence as a first-sentence word."""
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
POST = "Shopify theme changes for our candle shop\nWe need a sticky add-to-cart button and a size chart popup on our Dawn theme."


def _draft(extra: str):
    brief = extract_brief(parse_job(f"{POST} {extra}"))
    return brief, draft_proposal(brief, assess_fit(brief, DEMO), DEMO)


@pytest.mark.parametrize("instruction, first_line", [
    ('Start with "Lantern" as the first word of your bid.', "Lantern"),
    ('- Open with the words "Stores that convert"', "Stores that convert."),
    ('Rules: 1) first line must say "CANDLE-77" 2) be brief.', "CANDLE-77"),
    ("Please start the proposal with your first name.", "Maya"),
])
def test_the_letter_opens_as_asked(db, instruction, first_line):
    _, draft = _draft(instruction)
    assert draft.text.splitlines()[0].startswith(first_line), draft.text[:200]


def test_a_fixed_price_in_the_first_line_is_a_placeholder_there(db):
    brief, draft = _draft("Put your fixed price in the first line of your proposal.")
    assert draft.text.startswith("[Your price for the whole job].")
    assert "$65 per hour" not in draft.text.splitlines()[0]
    assert any("price in the first line" in f for f in resolve(brief, DEMO).flags)


def test_a_fact_asked_for_at_the_top_opens_the_letter(db):
    _, draft = _draft("Start your reply with the number of Shopify stores you have built.")
    assert draft.text.startswith("As you asked, “the number of Shopify stores you have built”: [Your answer].")
    _, draft = _draft("Before anything else, tell me in one line how many theme migrations you've done.")
    assert draft.text.startswith("As you asked, “how many theme migrations you've done”: [Your answer].")


def test_the_word_to_start_with_is_no_fact_to_ask(db):
    brief, draft = _draft("Start your proposal with the word WICK so I know you read this.")
    r = resolve(brief, DEMO)
    assert r.opener == "WICK" and r.personal_first == [] and r.personal == []


def test_a_detail_asked_for_at_the_end_stays_at_the_end(db):
    brief, draft = _draft('Please include the word "wax" in the first sentence of your proposal and finish your '
                          'proposal with your favourite scent.')
    r = resolve(brief, DEMO)
    assert r.personal == ["your favourite scent"] and r.personal_first == []
    assert "“your favourite scent”: [Your answer]" in draft.text
    assert "scent" not in draft.text.split("\n\n")[0] + draft.text.split("\n\n")[1]


def test_a_personal_fact_after_a_required_word_follows_it(db):
    _, draft = _draft('Start your proposal with "WICK". Before anything else, tell me how many stores you run.')
    assert draft.text.startswith("WICK. As you asked, “how many stores you run”: [Your answer].")


@pytest.mark.parametrize("sentence, limit", [
    ("Keep it under 100 words.", 100),
    ("Rules for applying: 1) be on time 2) less than 150 words 3) state your rate.", 150),
    ("Answer in bullet points only and under 80 words.", 80),
    ("Proposals over 200 words will not be read.", 200),
    ("Keep your proposal short - 3 sentences max.", 60),
    ("Do NOT write a long proposal.", 120),
    ("Articles should be under 800 words.", None),                  # the deliverable's length, not the letter's
    ("We need 10 product descriptions, 100 words max each.", None),
    ("Write blog posts of more than 800 words, anything shorter will be rejected.", None),
])
def test_a_limit_on_the_proposals_length_is_read(sentence, limit):
    from service.drafting.length_rules import word_limit

    assert word_limit(sentence) == limit


@pytest.mark.parametrize("instruction, limit", [("Keep it under 100 words.", 100), ("Do NOT write a long proposal.", 120),
                                                ("Keep your proposal short - 3 sentences max.", 60)])
def test_the_letter_keeps_within_the_clients_limit_and_the_lint_holds_it(db, instruction, limit):
    from service.drafting.lint import letter_body, word_count

    brief, draft = _draft(instruction)
    assert word_count(letter_body(draft.text)) <= limit
    check = next(c for c in draft.lint.checks if c.id == "word_bounds")
    assert check.passed and f"-{limit}" in check.message
    assert not any(f.startswith("instruction_check") for f in resolve(brief, DEMO).flags)


def test_the_lint_fails_a_letter_over_the_clients_limit(db):
    from service.drafting.lint import lint_proposal

    brief, draft = _draft("Keep it under 60 words.")
    long = draft.text.replace("Maya", "We have built many stores like yours for small shops, and we would be glad to "
                              "show you several of them on a call whenever it suits you this week.\n\nMaya")
    assert not next(c for c in lint_proposal(long, brief, DEMO).checks if c.id == "word_bounds").passed


def test_a_word_the_client_forbids_is_never_inserted(db):
    """A second probe: "Do not use the word "expert"" had come out as "As you asked, “expert”."."""
    brief, draft = _draft('Do not use the word "expert" in your proposal.')
    assert "expert" not in draft.text.lower()
    assert "expert" not in [w.lower() for w in resolve(brief, DEMO).required]


def test_a_word_asked_for_in_the_first_line_opens_the_letter(db):
    _, draft = _draft('To prove you read this, put the word "lantern" somewhere in your first line.')
    assert draft.text.splitlines()[0].startswith("lantern")
    assert "As you asked, “lantern”" not in draft.text


def test_keep_your_proposal_to_n_words_is_a_limit():
    from service.drafting.length_rules import word_limit

    assert word_limit("Please keep your proposal to 100 words and put CLIMATE first.") == 100
