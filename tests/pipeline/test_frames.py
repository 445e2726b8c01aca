"""Every sentence frame of the offline writer is grammatical for every slot value it accepts: slot values are
generated (hypothesis), the frames are rendered, and the mechanical checks run on the result (no empty slot,
no doubled word, a/an agreement, singular/plural agreement, one main verb per clause). A value that does not
fit a slot's grammatical role is refused by the slot, never rendered."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.drafting import frames
from service.drafting.frames import (
    NounPhrase,
    Quote,
    SkillList,
    SlotError,
    article,
    grammar_problems,
    hours_sentence,
    step_sentence,
    tools_sentence,
)
from service.text.skills_vocab import VOCAB

SKILLS = sorted(VOCAB)
WORD = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F), min_size=1,
               max_size=12)
QUOTE_TEXT = st.lists(WORD, min_size=3, max_size=20).map(" ".join)
NOUNS = st.sampled_from(["call", "audit", "one-day audit", "milestone", "review of the current sequence", "API audit",
                         "hour-long workshop", "UX review", "estimate", "outline", "SEO audit", "user interview"])
ADJ = st.sampled_from(["", "short ", "paid ", "20-minute ", "fixed ", "honest ", "written ", "useful "])


def ok(text: str) -> None:
    assert not grammar_problems(text), (text, grammar_problems(text))
    assert (text[0].isupper() or text[0].isdigit()) and text.rstrip()[-1] in ".?!", text
    assert "  " not in text and "{" not in text and "}" not in text


@given(st.lists(st.sampled_from(SKILLS), min_size=1, max_size=4, unique_by=str.lower), st.integers(0, 10))
def test_tool_frames_agree_in_number(names, variant):
    s = tools_sentence(SkillList(tuple(names)), variant)
    ok(s)
    if len(names) == 1:
        assert " are " not in s
    elif "{be}" in frames.TOOL_FRAMES[variant % len(frames.TOOL_FRAMES)] and not s.startswith("I use"):
        assert " are " in s and " is " not in s


@given(ADJ, NOUNS, st.integers(0, 10), st.booleans())
def test_step_frames_get_one_article(adj, noun, variant, with_article):
    text = (f"{article(adj + noun)} " if with_article else "") + adj + noun
    s = step_sentence(NounPhrase(text), variant)
    ok(s)
    assert not re.search(r"\b(a|an|the) (a|an|the)\b", s)


@given(st.sampled_from(["More than 30 hrs/week", "Less than 30 hrs/week", "10-20 hours", "30+ hrs/week"]))
def test_hours_frame(hours):
    ok(hours_sentence(Quote(hours)))


@pytest.mark.parametrize("bad", ["", " padded ", 'has "quotes" inside', "line\nbreak", " ".join(["w"] * 31)])
def test_quote_slot_refuses_values_that_do_not_fit(bad):
    with pytest.raises(SlotError):
        Quote(bad)


@pytest.mark.parametrize("bad", [(), ("React", "react"), ("not a skill at all",), ("A", "B", "C", "D", "E")])
def test_skill_slot_refuses_values_that_are_not_vocabulary_skills(bad):
    with pytest.raises(SlotError):
        SkillList(bad)


@pytest.mark.parametrize("bad", ["", "trailing dot.", "the the call", " lead"])
def test_noun_phrase_slot_refuses_bad_values(bad):
    with pytest.raises(SlotError):
        NounPhrase(bad)


@pytest.mark.parametrize("word, art", [("API audit", "an"), ("hour", "an"), ("user interview", "a"), ("SEO audit", "an"),
                                       ("one-day audit", "a"), ("estimate", "an"), ("UX review", "a"), ("call", "a"),
                                       ("n8n workflow", "an"), ("S3 bucket", "an"), ("b2b portal", "a")])
def test_articles(word, art):
    assert article(word) == art


@settings(max_examples=50)
@given(st.lists(WORD, min_size=2, max_size=8))
def test_grammar_checker_catches_doubled_words(words):
    text = " ".join(words)
    doubled = f"{text} {words[-1]} ok."
    assert any("doubled" in p for p in grammar_problems(doubled))


@pytest.mark.parametrize("outcome, expected", [
    ("replaced 6 hours of manual Excel reporting a week", "It replaced 6 hours of manual Excel reporting a week."),
    ("Identified the onboarding step behind 40% of early churn.", "It identified the onboarding step behind 40% of early churn."),
    ("launched on schedule and onboarded the first 300 sellers", "It launched on schedule and onboarded the first 300 sellers."),
    ("test coverage from 12% to 78%, deploys from monthly to daily",
     "The result: test coverage from 12% to 78%, deploys from monthly to daily."),
    ("activation rate up from 22% to 35%", "The result: activation rate up from 22% to 35%."),
])
def test_a_case_studys_result_is_a_whole_sentence(outcome, expected):
    from service.drafting.frames import outcome_sentence

    assert outcome_sentence(outcome) == expected


def test_a_number_word_joined_to_a_noun_takes_an_article():
    from service.drafting.frames import NounPhrase

    assert NounPhrase("seven-email onboarding sequence").with_article() == "a seven-email onboarding sequence"
    assert NounPhrase("two dashboards for the board").with_article() == "two dashboards for the board"
