"""A second precise remark (issue 14): a post about two things the team has know-how on (a WooCommerce checkout on
WordPress, a React app in TypeScript) gets a remark on each; never the same remark twice in other words, never a
fallback remark as the second, and the second is grounded in the post's words for the reviewer."""
from __future__ import annotations

import re

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.work_kinds import classify, find_topic, second_topic

DOMAINS = frozenset({"dev", "shop", "data"})
WOO = ("WooCommerce Custom Checkout Development from Figma to WordPress",
       ("We are seeking an experienced developer to transform our custom checkout design from Figma into a fully "
        "functioning WooCommerce checkout page on WordPress. Experience with plugins and custom coding is essential."))
SHEETS = ("Google Sheets Data Collection Program Development",
          ("We are seeking a skilled freelancer to develop a series of programs for efficient data collection using Google "
          "Sheets as the user entry form. The user data entry forms will have logic for data validation, overnight "
          "saving and updating in different Google Sheets database sheets, and referencing support tabs to populate "
          "dropdown lists."))


def _topics(title: str, desc: str):
    kind = classify(title, desc, DOMAINS)
    first = find_topic(title, desc, DOMAINS, kind.id)
    return first, second_topic(title, desc, DOMAINS, kind.id, first)


def test_a_post_about_two_things_gets_a_second_remark():
    first, second = _topics(*WOO)
    assert first is not None and second is not None and first.id != second.id
    assert "WooCommerce" in first.insight or "checkout" in first.insight
    assert "WordPress" in second.insight and not second.fallback


def test_a_second_remark_never_repeats_the_first_in_other_words():
    first, second = _topics(*SHEETS)
    assert first is not None and second is None  # two Google Sheets topics share their sentence


def test_a_second_remark_never_repeats_a_sentence_already_in_the_letter():
    title, desc = WOO
    kind = classify(title, desc, DOMAINS)
    first = find_topic(title, desc, DOMAINS, kind.id)
    second = second_topic(title, desc, DOMAINS, kind.id, first)
    assert second_topic(title, desc, DOMAINS, kind.id, first, said=f"Hi,\n\n{second.insight}") is None


def test_no_second_remark_without_a_first_or_after_a_fallback():
    assert second_topic(*WOO, DOMAINS, "theme", None) is None


def test_the_letter_carries_both_remarks_and_grounds_the_second(db):
    title, desc = WOO
    out = draft_proposal(JobBrief(title=title, description=desc, skills=["WooCommerce", "WordPress"]), None,
                         load_workspace(DEMO_WORKSPACE))
    assert re.search(r"On WordPress (?:we|I) would work on a staging copy", out.text), out.text
    grounded = [g for g in out.parts["grounding"] if g["sentence"].startswith("On WordPress")]
    assert grounded and grounded[0]["quote"].lower() in desc.lower()
    assert out.text.count("staging copy") == 1
