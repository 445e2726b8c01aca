"""The topic table (service/drafting/topic_table.py): every sentence is grammatical, names no tool the post did
not name, and a topic is picked only on real evidence and for a kind of work it reads right for."""
from __future__ import annotations

import re

import pytest

from service.drafting.frames import grammar_problems
from service.drafting.kind_table import KINDS
from service.drafting.topic_model import TOOL_NAMES
from service.drafting.topic_table import TOPIC_KINDS, TOPICS
from service.drafting.work_kinds import find_topic
from service.text.skills import find_skills_in_text

ALL = frozenset({"data", "dev", "shop", "copy"})
_NOT_A_VERB = {"so", "then", "and", "or", "but", "with", "since", "before", "after", "which", "because", "as", "from",
               "for", "not", "in", "on", "at", "by", "to", "while", "once", "until", "where", "when", "if", "like", "over",
               "during", "within", "through", "across"}


def unjoined_verb_list(text: str) -> bool:
    """'I would put …, drive …, so …': a list of verb phrases whose last one lacks its "and" (a sentence audit marked
    the financial-model remark garbled)."""
    for m in re.finditer(r"\bI would \w+ [^,.;:()]*, (\w+) (?:the|every|each|only|a|an)\b", text):
        if m.group(1).lower() not in _NOT_A_VERB and not re.search(r"\band\b", text[m.end():].split(", so ")[0]):
            return True
    return False


def test_a_verb_list_needs_its_and():
    assert unjoined_verb_list("In a model I would put every input on one sheet with its source, drive the totals only "
                              "from those cells, so a change flows through.")
    assert not unjoined_verb_list("I would state the hypotheses up front, check each test first, and report sizes.")


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.id)
def test_sentences_are_grammatical_and_name_only_what_the_trigger_saw(topic):
    # a remark that names the client's tool ("In {tool} I would …") is checked with every tool its trigger takes
    said = [topic.named(t).insight for t in TOOL_NAMES if topic.pattern.search(t)] if "{tool}" in topic.insight \
        else [topic.insight]
    assert said and all("{" not in x for x in said), topic.id
    for text in (*said, topic.question):
        if not text:
            continue
        assert text[0].isupper() and text.rstrip()[-1] in ".?", text
        assert not grammar_problems(text), (topic.id, grammar_problems(text))
        assert not unjoined_verb_list(text), (topic.id, text)
        for skill in find_skills_in_text(text):  # the trigger, or what ``needs`` requires of the post, names it
            assert topic.pattern.search(skill) or skill.lower() in topic.trigger.lower() or (
                topic.needs and re.search(topic.needs, skill, re.IGNORECASE)), \
                f"{topic.id} names {skill!r}, which its trigger does not require"
    assert topic.id in TOPIC_KINDS and TOPIC_KINDS[topic.id] <= {k.id for k in KINDS} | {"general"}


def test_every_topic_id_is_unique():
    ids = [t.id for t in TOPICS]
    assert len(ids) == len(set(ids))


def test_a_title_mention_picks_the_topic():
    assert find_topic("Power BI dashboard for our sales team", "We need a report.", ALL, "dashboard").id == "powerbi"


def test_one_passing_mention_deep_in_a_long_post_is_not_enough():
    desc = "We need a monthly report built for our team. " * 20 + "Nice to have: Tableau."
    assert find_topic("Monthly reporting", desc, ALL, "dashboard") is None


def test_the_kind_of_work_must_fit_the_topic():
    # a dashboard fed by scraped sites may hear the scraping remark (issue 14); an analysis letter may not
    title = "Analysis of listing performance"
    desc = "Our data comes from a scraper we run; we scrape listings every night and need an analysis of it."
    topic = find_topic(title, desc, ALL, "analysis")
    assert topic is None or topic.id != "scraping"
    assert find_topic("Web scraping of permit sites", desc, ALL, "scraping").id == "scraping"


def test_the_workspace_domain_must_fit_the_topic():
    assert find_topic("Shopify theme changes", "Update our Shopify theme sections.", frozenset({"data"}), "theme") is None
