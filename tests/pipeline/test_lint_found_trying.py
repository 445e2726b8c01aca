"""The letter lint on bad letters a probe wrote by hand (2026-12-07; team-written, not copied from posts): invented
clients after a wider set of claim verbs, softer skill disclaimers, placeholders in round or angle brackets, a
greeting that names the wrong person, non-answers in the letter's own answers block (no parts, or rewritten by the
reviewer), and a short same-day fix letter that is not "too short"."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.lint import lint_proposal
from service.intake.extract import extract_brief
from service.intake.parse import parse_job

WS = load_workspace(DEMO_WORKSPACE)
POST = ("Shopify theme speed-up for our tea store\nOur Shopify store on the Dawn theme loads slowly on product pages. "
        "We want the theme cleaned up and the images optimised.\n\nThanks,\nDaniel")
GOOD = ("Hi Daniel,\n\nYour post says “Our Shopify store on the Dawn theme loads slowly on product pages”. On Shopify we "
        "would measure the product pages first, then remove the apps and scripts nobody uses and serve the images at the "
        "sizes each screen needs. Shopify and Liquid are part of our everyday work.\n\nThe closest project we have done is "
        "a Shopify theme rebuild for a skincare brand, where we rebuilt product and collection pages in Liquid, with "
        "faster images and a cleaner cart drawer.\n\nOne question before we start: which apps are installed today? We "
        "would suggest a short call and a fixed first milestone.\n\nMaya")


def _failed(letter: str, post: str = POST) -> set[str]:
    brief = extract_brief(parse_job(post))
    return {c.id for c in lint_proposal(letter, brief, WS).checks if not c.passed and c.severity == "error"}


def test_the_good_letter_passes(db):
    assert _failed(GOOD) == set()


@pytest.mark.parametrize("swap, check", [
    (("The closest project we have done", "We have completed theme upgrades for Pfizer and Siemens. The closest project "
      "we have done"), "no_unsupported_claims"),
    (("Shopify and Liquid are part of our everyday work.", "Liquid is not really our home turf, but we learn fast."),
     "no_skill_disclaimer"),
    (("Shopify and Liquid are part of our everyday work.", "We are still getting comfortable with Liquid."),
     "no_skill_disclaimer"),
    (("faster images and a cleaner cart drawer.", "faster images (insert link to case study)."), "no_placeholders"),
    (("Hi Daniel,", "Hi Michael,"), "greeting_name"),
])
def test_a_bad_letter_fails_its_check(db, swap, check):
    assert check in _failed(GOOD.replace(*swap))


def test_a_greeting_names_only_someone_the_post_names(db):
    unsigned = POST.replace("\n\nThanks,\nDaniel", "")
    assert "greeting_name" in _failed(GOOD, unsigned)
    assert "greeting_name" not in _failed(GOOD.replace("Hi Daniel,", "Hi there,"), unsigned)
    assert "greeting_name" not in _failed(GOOD.replace("Hi Daniel,", "Hi,"), unsigned)


def test_non_answers_in_the_letters_own_answers_block_fail_without_parts(db):
    post = POST + "\n\nQuestions:\n1. Which apps would you remove first?"
    letter = GOOD + "\n\nAnswers to your questions:\n\n1. Which apps would you remove first?\nYes, that fits how we work."
    assert "answers_answer" in _failed(letter, post)
    fixed = letter.replace("Yes, that fits how we work.", "First the review and pop-up apps we find unused, then the "
                                                           "rest once we have measured each one's cost.")
    assert "answers_answer" not in _failed(fixed, post)


def test_a_short_same_day_fix_letter_is_not_too_short(db):
    post = ("Checkout button broken on our Shopify store\nThe checkout button stopped working this morning after an app "
            "update. We need it fixed today.")
    letter = ("Hi,\n\nYour post says “The checkout button stopped working this morning after an app update”. We would "
              "disable the updated app on a copy of the theme first, since that is the likeliest cause, and check the "
              "browser console for the script error. We can start within the hour once you share collaborator access."
              "\n\nMaya")
    brief = extract_brief(parse_job(post))
    check = next(c for c in lint_proposal(letter, brief, WS).checks if c.id == "word_bounds")
    assert check.passed, check.message
