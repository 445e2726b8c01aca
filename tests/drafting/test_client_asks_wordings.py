"""The wordings of a client's ask for examples of past work or a CV that the letter used to miss ("Share relevant case
studies", "Show us work you're proud of", "Resume required"), and an apply list that ends at the first line that is no
item ("Join our team!", a sentence about the client, a heading). Post text written by the team (no post records
copied)."""
from __future__ import annotations

import pytest

from service.drafting.client_asks import ask_kinds
from service.drafting.instructions import _listed_asks, _scan


def _asks(text: str) -> list[list[str]]:
    return [ask_kinds(s) for kind, s, _v in _scan(f"We need a Shopify store rebuilt.\n{text}") if kind == "other"]


@pytest.mark.parametrize("text", [
    "Please share relevant case studies.",
    "Show us work you're proud of.",
    "Submit a case study of a successful previous project.",
    "Please get in touch with some examples of your research.",
    "Please only apply if you have working examples of similar configurators that you have built.",
    "Candidates are invited to apply with a portfolio or case studies of previous analysis projects.",
    "Please be prepared to provide examples of your work.",
    "If you have a portfolio or examples of previous work, we would be interested in seeing them.",
    "Just show us some of your hobby projects / portfolio.",
])
def test_each_wording_of_an_examples_ask_is_read(text):
    assert ["examples"] in _asks(text), _scan(text)


@pytest.mark.parametrize("text", ["Resume required.", "A CV is mandatory."])
def test_a_cv_required_is_an_ask(text):
    assert ["cv"] in _asks(text)


@pytest.mark.parametrize("text", [
    "We will provide samples of the input files.",
    "Once we begin I will provide examples of the content you will write.",
    "You will answer the questions outlined in the case study and provide the examples as tables.",
])
def test_what_the_client_sends_or_the_work_itself_is_no_ask(text):
    assert not any("examples" in k for k in _asks(text))


@pytest.mark.parametrize("after", [
    "Join our team!",
    "We're a fast-growing agency of twelve people.",
    "BUDGET & ENGAGEMENT",
    "## Scope",
    "Shortlisted candidates will receive a detailed brief.",
])
def test_an_apply_list_after_a_blank_line_ends_at_the_first_line_that_is_no_item(after):
    post = f"To apply, please include:\n\n- Your hourly rate\n- Examples of similar stores\n\n{after}\nPrice is flexible."
    items = _listed_asks(post)
    assert items == ["To apply, please include: Your hourly rate",
                     "To apply, please include: Examples of similar stores"], items


def test_a_list_under_a_second_heading_and_bullets_on_their_own_lines_are_read():
    assert _listed_asks("To Apply:\nPlease submit:\nA short note on your experience\nExamples of similar projects") == [
        "Please submit: A short note on your experience", "Please submit: Examples of similar projects"]
    assert _listed_asks("Reply with:\n•\n“I’m your Shopify expert”\n•\nPortfolio of relevant work") == [
        "Reply with: “I’m your Shopify expert”", "Reply with: Portfolio of relevant work"]


@pytest.mark.parametrize("text, kinds", [
    ("Please propose your fixed-price offer based on the described scope.", {"rate"}),
    ("Additionally, provide an estimated timeline and pricing for the project.", {"rate", "timeline"}),
    ("Also, let us know the cost per screen as well as the price for the full project.", {"rate"}),
    ("Developer to provide a quote and estimated timeline for completion.", {"rate", "timeline"}),
    ("4-6 weeks (Open to proposals – include cost & estimated timeline)", {"rate", "timeline"}),
    ("Please outline your availability and an estimated completion timeframe in your proposal.",
     {"availability", "timeline"}),
])
def test_a_quote_or_a_timeline_asked_in_other_words_is_an_ask(text, kinds):
    found = [set(k) for k in _asks(text)]
    assert any(kinds <= k for k in found), (found, _scan(text))


@pytest.mark.parametrize("text", [
    "Editable fields include cost, quantity, unit price, markup, and descriptions.",
    "The dashboard must include metrics such as Ad Spend, Cost Per Lead and booking rate.",
    "Provide a price estimate to customers before they book.",
    "We will provide a budget for ads once the campaign starts.",
])
def test_a_feature_that_shows_prices_is_no_ask(text):
    assert not any(_asks(text)), _scan(text)
