"""The checks every set of team-written topics gets (test_topics_*.py): registered in the table with its kinds and with
both kinds of case, each insight one first-person sentence, a post with the subject gets the remark and a near miss
does not (`standard_topic_tests` gives a module all four), and the remark read back from a drafted letter with no
`grounded` or `fluent` failure."""
from __future__ import annotations

import re

import pytest

from service.core.schemas import JobBrief
from service.drafting.proposal import draft_proposal
from service.drafting.topic_model import DEV, SHOP, D
from service.drafting.topic_table import TOPIC_KINDS, TOPICS
from service.drafting.work_kinds import find_topic

DATA = D  # the workspace domains a test post is drafted for (service.drafting.topic_model)
AGENCY = DEV | SHOP  # an agency workspace selling both development and store work


def topic_id(topic):
    return topic.id if topic else None


def assert_registered(topics, kinds: dict | None, with_cases: list, without_cases: list) -> None:
    """In the table (with its own kinds when ``kinds`` is given), and each topic has a case with and without."""
    ids = [t.id for t in topics]
    assert set(ids) <= {t.id for t in TOPICS}
    if kinds is not None:
        assert set(ids) == set(kinds) and all(TOPIC_KINDS[i] == kinds[i] for i in ids)
    assert {c[0] for c in with_cases} == set(ids) == {c[0] for c in without_cases}


def assert_one_first_person_sentence(text: str) -> None:
    assert text.endswith(".") and text[0].isupper(), text
    assert len(re.findall(r"[.!?](?:\s|$)", text)) == 1 and not re.search(r"[.!?]\s+[A-Z]", text), text
    assert re.search(r"\bI would\b", text), text


def assert_remark_reads_in_letter(topic: str, title: str, desc: str, ws: dict) -> None:
    out = draft_proposal(JobBrief(title=title, description=desc), None, ws)
    insight = next(t.insight for t in TOPICS if t.id == topic)
    tail = insight.split(" would ", 1)[1]  # the voice may say "we" for "I"
    assert tail in out.text, (topic, out.parts.get("hook"), out.text[:600])
    assert not {c.id for c in out.lint.failures} & {"grounded", "fluent"}, (topic, out.lint.failures)


CASE = "topic, title, desc, domains, kind"  # each case: (topic id, post title, description, domains, kind of work)


def standard_topic_tests(topics, kinds: dict, with_cases: list, without_cases: list):
    """The four tests every topic table gets, for a test module to bind to its own names: registered with its kinds
    and both kinds of case; each insight one first-person sentence; a post with the subject and its concern gets
    the remark; a near miss (a passing mention, another concern or kind of work) does not."""
    def registered():
        assert_registered(topics, kinds, with_cases, without_cases)

    @pytest.mark.parametrize("topic", topics, ids=[t.id for t in topics])
    def one_sentence(topic):
        assert_one_first_person_sentence(topic.insight)

    @pytest.mark.parametrize(CASE, with_cases, ids=[c[0] for c in with_cases])
    def fires(topic, title, desc, domains, kind):
        assert topic_id(find_topic(title, desc, domains, kind)) == topic

    @pytest.mark.parametrize(CASE, without_cases, ids=[c[0] for c in without_cases])
    def near_miss(topic, title, desc, domains, kind):
        assert topic_id(find_topic(title, desc, domains, kind)) != topic

    return registered, one_sentence, fires, near_miss
