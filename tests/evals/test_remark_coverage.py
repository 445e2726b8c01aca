"""The remark-coverage count finds a team-written remark in a letter's grounding whatever its voice, and the tool a
``{tool}`` remark was written with; a sentence that is no remark counts as none."""
from __future__ import annotations

from evals.remark_coverage import remarks_in
from service.drafting.topic_table import TOPICS

BY_ID = {t.id: t for t in TOPICS}


def test_a_remark_is_found_in_either_voice():
    insight = BY_ID["excel_analysis"].insight
    we = insight.replace("I would", "we would")
    assert [t.id for t in remarks_in([insight])] == ["excel_analysis"]
    assert [t.id for t in remarks_in([we])] == ["excel_analysis"]


def test_a_remark_named_for_the_posts_tool_is_found():
    named = BY_ID["spa_framework"].named("Build it in Vue.js").insight
    assert "Vue.js" in named and [t.id for t in remarks_in([named])] == ["spa_framework"]


def test_other_sentences_are_no_remark():
    assert remarks_in(["You want someone to “build a dashboard”.", "We would start with the data itself."]) == []
    fallback = BY_ID["analyst_metrics"]
    assert [t.fallback for t in remarks_in([fallback.insight])] == [True]
