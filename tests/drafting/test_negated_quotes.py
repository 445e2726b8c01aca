"""A quote never drops the negation before it: "This is not a greenfield project and not a simple script tweak"
was quoted back as “greenfield project and not a simple script tweak”, the opposite of what the client wrote
(tuning readers marked it)."""
from __future__ import annotations

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.quotes import make_quote

POST = ("Refactor our Node.js repository. This is not a greenfield project and not a simple script tweak. "
        "Upgrade the dependencies, add tests around the billing module and document the deployment.")


WORDS = ["greenfield", "project", "and", "not", "a", "simple", "script", "tweak"]


def test_a_quote_after_a_negation_is_refused():
    assert make_quote(WORDS, POST) is None
    # the same words where the post says them without a negation are quoted
    ok = "We want a greenfield project and not a simple script tweak, built in Node.js."
    assert make_quote(WORDS, ok) is not None


def test_the_letter_never_quotes_the_negated_words(db):
    out = draft_proposal(JobBrief(title="Node.js repository refactor", description=POST), None,
                         load_workspace(DEMO_WORKSPACE))
    assert "“greenfield" not in out.text, out.text
