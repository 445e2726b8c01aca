"""The work quoted from a sentence stating the aim ("The idea is to collect …"), and a list in brackets quoted whole
(2026-12-06, fifteenth session): a real scraping post whose only statement of the work was such a sentence, with a
list in brackets, got the generic need line, and a quote cut back at its last comma stopped inside the brackets.
Team-written posts."""
from __future__ import annotations

import pytest

from service.drafting.quotes import need_quotes


@pytest.mark.parametrize("post, expected", [
    ("Thanks for reading. The idea is to clean and merge our three customer lists into one deduplicated list.",
     "clean and merge our three customer lists into one deduplicated list"),
    ("Hello there. Our aim is to migrate the shop's product catalogue from Magento to Shopify by June.",
     "migrate the shop's product catalogue from Magento to Shopify by June"),
    ("The idea is to collect pricing data (list price, discount and stock level) from four supplier portals (all "
     "behind a login) and then export them to one sheet for our buyers every Monday morning.",
     "collect pricing data (list price, discount and stock level)"),
])
def test_the_work_is_quoted_from_a_sentence_stating_the_aim(post, expected):
    quotes = [f.quote.text for f in need_quotes(post, post)]
    assert quotes and quotes[0] == expected, quotes


@pytest.mark.parametrize("post", [
    "The goal is to build a tracker (it should cover flour, butter, sugar, eggs and milk stock levels for the bakery "
    "and its two shops in town) with alerts.",
    "We need someone to add consent banners to our shop themes (and later to other sites) before the summer sale.",
])
def test_no_quote_stops_inside_brackets(post):
    quotes = [f.quote.text for f in need_quotes(post, post)]
    assert not any(q.count("(") != q.count(")") for q in quotes), quotes


@pytest.mark.parametrize("post, expected", [
    # the work before ", then …" when the whole clause is too long to quote
    ("We need an analyst to review the ad clicks from last quarter and flag the traffic that looks fake, then put "
     "the suspicious placements and their click ids into a sheet we can send to the network with our claim.",
     "review the ad clicks from last quarter and flag the traffic that looks fake"),
    # "The objective of this work is to …", and a verb phrase before its examples (", including …")
    ("The objective of this work is to analyze our CRM deal data to understand where deals stall, including stage "
     "durations, win rates, and differences by region and deal size.",
     "analyze our CRM deal data to understand where deals stall"),
])
def test_a_long_verb_phrase_is_quoted_to_its_clause_end(post, expected):
    from service.drafting.lead_quote import lead_quote

    needs = need_quotes(post, post)
    found = lead_quote(needs, None, [], [], "", post)
    assert found is not None and found.quote.text == expected, [f.quote.text for f in needs]


def test_a_list_the_quote_would_cut_short_is_still_refused():
    post = "Our bakery wants a tracker for flour, butter, sugar and eggs, with an alert when stock runs low."
    from service.drafting.lead_quote import lead_quote

    found = lead_quote(need_quotes(post, post), None, [], [], "", post)
    assert found is None or "flour" not in found.quote.text or "butter" in found.quote.text, found
