"""Quotes of the post: verbatim, cut at sensible boundaries, the most specific statement of the need, never the
client's self-description or the qualifications they want."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from service.drafting.quotes import evidence_quote, make_quote, need_quote

POST = ("Bike Rental Inventory Dashboard\nWe are a family business founded in 1998. We need someone to build an "
        "inventory dashboard in React that shows which bikes are out for repair. Our spreadsheet breaks every "
        "Monday when staff sync it. The ideal candidate has 5 years of experience with React and a strong portfolio.")


def test_need_quote_is_the_specific_need_and_verbatim():
    f = need_quote(POST.split("\n", 1)[1], POST, "Bike Rental Inventory Dashboard")
    assert f is not None and f.role == "vp"
    assert f.quote.text.startswith("build an inventory dashboard in React") and f.quote.text in POST


def test_evidence_skips_qualifications_and_about_us():
    used: set[str] = set()
    f = evidence_quote(POST, POST, ("react",), used)
    assert f is not None and "candidate" not in f.quote.text and "portfolio" not in f.quote.text
    assert evidence_quote(POST, POST, ("founded",), set()) is None


def test_quotes_never_end_on_a_dangling_word():
    words = ("We want someone who can build out and grow our current machine learning setup to power the new search "
             "and reporting tools for our sales team").split()
    q = make_quote(words, " ".join(words), keep_lead=True)
    assert q is not None and q.text.split()[-1].lower() not in {"to", "for", "and", "the", "our", "power"}
    assert len(q.text.split()) <= 18


@given(st.lists(st.sampled_from("we need a clean React dashboard for twelve shops, with exports and alerts . ; "
                                "to the of and".split()), min_size=0, max_size=40))
def test_any_quote_is_a_verbatim_slice(words):
    post = " ".join(words)
    q = make_quote(words, post)
    if q is not None:
        assert " ".join(q.text.split()) in " ".join(post.split())
        assert q.text.split()[0].lower() not in {"to", "of", "and", "the", "a"}
