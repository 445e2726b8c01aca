"""One rule for the tools a workspace can claim, implied tools included (2026-12-06, fifteenth session): a data
workspace that lists pandas had a screening answer disclaim NumPy ("NumPy is not something I have used in production
work") on a question about its data stack, and readers counted the disclaimer against it. Team-written post."""
from __future__ import annotations

from pathlib import Path

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.claimable import claimable
from service.drafting.proposal import draft_proposal
from service.drafting.tool_claims import our_tools

DATA_WS = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")


def test_a_tool_implies_the_tools_it_is_built_on():
    assert {"numpy", "pandas"} <= claimable(["pandas"], [])
    assert "javascript" in claimable([], [["TypeScript"]])
    assert "numpy" not in claimable(["Python"], [])  # Python alone implies no library


def test_every_reader_of_the_rule_agrees():
    assert "numpy" in our_tools(DATA_WS.model_dump())


def test_a_data_stack_question_is_not_answered_with_a_disclaimer(db):
    question = "Describe your professional Python experience with Pandas and NumPy."
    brief = JobBrief(title="Python mentor for data science", description=(
        "I want a mentor to teach me Python for data analysis with pandas and NumPy, four sessions a week."),
        screening_questions=[question])
    draft = draft_proposal(brief, None, DATA_WS)
    answer = draft.parts["screening_answers"][0]["answer"]
    assert "NumPy is not something" not in draft.text and "NumPy" in answer, answer
