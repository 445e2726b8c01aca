"""A quote ends at a natural phrase boundary of the post, never inside a noun phrase (blind readers counted "Your
post mentions “build a dashboard in Power Bi to provide a graphical”" as garbled), and a purpose clause is never
quoted without its "To"."""
from __future__ import annotations

import pytest

from service.drafting.quote_bounds import ends_mid_phrase, phrase_end
from service.drafting.quotes import evidence_quote, make_quote, starts_cleanly

POST = ("I keep a simple Excel sheet with a sales ledger and I would like to build a dashboard in Power BI to give "
        "a visual overview of figures such as monthly revenue, open balance and new accounts per month.")


def test_an_evidence_window_does_not_stop_on_an_adjective():
    f = evidence_quote(POST, POST, ("dashboard",), set())
    assert f is not None
    words = f.quote.text.split()
    assert words[-1] not in ("visual", "a", "to", "give"), f.quote.text
    assert not ends_mid_phrase(f.quote.text, POST), f.quote.text


@pytest.mark.parametrize("quote, mid", [
    ("build a dashboard in Power BI to give a visual", True),     # "overview" carries the phrase on
    ("I keep a simple Excel sheet with a sales", True),             # "ledger" carries the noun phrase on
    ("build a dashboard in Power BI", False),                      # "to give …" starts a new phrase
    ("I keep a simple Excel sheet with a sales ledger", False),    # "and …"
    ("figures such as monthly revenue", False),                    # a comma follows
])
def test_ends_mid_phrase(quote, mid):
    assert ends_mid_phrase(quote, POST) is mid


def test_phrase_end_cuts_back_to_a_phrase_start_or_gives_up():
    words = str.split("I keep a simple Excel sheet with a sales")
    assert phrase_end(words, POST) == words[:6]
    assert phrase_end(["a", "visual"], POST) is None


def test_make_quote_never_ends_inside_a_noun_phrase():
    q = make_quote(str.split("to build a dashboard in Power BI to give a visual"), POST)
    assert q is not None and q.text == "build a dashboard in Power BI", q


def test_a_purpose_clause_is_not_quoted_without_its_to():
    post = ("Looker seems to fetch every row first. To speed this up, I'm thinking of custom SQL queries with date "
            "parameters that filter rows in the database.")
    assert not starts_cleanly("speed this up, I'm thinking of custom SQL queries", post)
    assert starts_cleanly("build custom SQL queries", "We need someone to build custom SQL queries.")


@pytest.mark.parametrize("words, post, want", [
    # never cut between a relative word and its verb, or after a verb that needs what follows
    ("We want an expert in SQL and dbt who can provide",
     "We want an expert in SQL and dbt who can provide a review of our models.", "We want an expert in SQL and dbt"),
    ("we will look to update", "Once scope is agreed we will look to update the layout of each page.", None),
    # an adverb after the verb is a natural end; punctuation after a stranded preposition too
    ("make sure the GA4 accounts are set up", "Make sure the GA4 accounts are set up correctly for each client.",
     "make sure the GA4 accounts are set up"),
    ("help with a project I am working on", "I need help with a project I am working on. It is urgent.",
     "help with a project I am working on"),
])
def test_phrase_end_cases(words, post, want):
    out = phrase_end(words.split(), post)
    assert (" ".join(out) if out else None) == want
