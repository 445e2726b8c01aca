"""The work quoted from a sentence stating the aim ("The idea is to scrape …"), and a list in brackets quoted whole
(2026-12-06, fifteenth session): a real scraping post whose only statement of the work was "The idea is to scrape
financial information (income sheet, balance sheet and cash flow) from three tabs …" got the generic need line,
and a quote cut back at its last comma stopped inside the brackets ("scrape financial information (income sheet").
Team-written posts."""
from __future__ import annotations

import pytest

from service.drafting.quotes import need_quotes


@pytest.mark.parametrize("post, expected", [
    ("Thanks for reading. The idea is to clean and merge our three customer lists into one deduplicated list.",
     "clean and merge our three customer lists into one deduplicated list"),
    ("Hello there. Our aim is to migrate the shop's product catalogue from Magento to Shopify by June.",
     "migrate the shop's product catalogue from Magento to Shopify by June"),
    ("The idea is to scrape financial information (income sheet, balance sheet and cash flow) from three tabs "
     "(within one page) in the URL and then export them to csv for about five thousand companies.",
     "scrape financial information (income sheet, balance sheet and cash flow)"),
])
def test_the_work_is_quoted_from_a_sentence_stating_the_aim(post, expected):
    quotes = [f.quote.text for f in need_quotes(post, post)]
    assert quotes and quotes[0] == expected, quotes


@pytest.mark.parametrize("post", [
    "The goal is to build a tracker (it should cover flour, butter, sugar, eggs and milk stock levels for the bakery "
    "and its two shops in town) with alerts.",
    "We need someone to set up server side tracking on shopify stores (and occasionally other platforms) this month.",
])
def test_no_quote_stops_inside_brackets(post):
    quotes = [f.quote.text for f in need_quotes(post, post)]
    assert not any(q.count("(") != q.count(")") for q in quotes), quotes
