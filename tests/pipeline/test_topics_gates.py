"""Two know-how remarks gated by what the post is about (tuning readers' comments, 2026-12-05, 9th session): the
text-classification remark needs something to classify, not a natural-language search box; the remark on what a
wrong prediction costs (a missed case against a false alarm) is no remark for a trading model or a forecast."""
from __future__ import annotations

import pytest

from service.drafting.work_kinds import classify, find_topic, second_topic

DOMAINS = frozenset({"data", "dev"})


def _ids(title: str, desc: str) -> set[str]:
    kind = classify(title, desc, DOMAINS)
    first = find_topic(title, desc, DOMAINS, kind.id)
    second = second_topic(title, desc, DOMAINS, kind.id, first)
    return {t.id for t in (first, second) if t}


@pytest.mark.parametrize("title, desc, topic, fires", [
    ("NLP developer for natural language search", ("Build natural language search for our app: users type questions "
     "in natural language and the NLP layer turns them into SQL queries."), "nlp", False),
    ("Text classification for support tickets", ("Classify incoming support tickets by topic with NLP; we have "
     "5,000 labelled tickets."), "nlp", True),
    ("Machine learning trading bot", ("Build a machine learning model that trades stocks and crypto with deep "
     "learning price prediction."), "ml", False),
    ("Churn prediction model", ("Build a machine learning model that predicts which customers will cancel next "
     "month, from our CRM history."), "ml", True),
])
def test_a_remark_fires_only_on_the_concern_it_speaks_to(title, desc, topic, fires):
    assert (topic in _ids(title, desc)) is fires, _ids(title, desc)
