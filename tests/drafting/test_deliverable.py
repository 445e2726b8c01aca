"""The hand-over step follows the deliverable (service/drafting/deliverable.py): "notes on how to run and change it"
is for something that runs; a written specification, report or analysis is gone through with the client (tuning
readers marked the run-and-change step wrong under a spec job). All post text is team-written."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.deliverable import (
    RUN_HANDOVER,
    WRITTEN_HANDOVER,
    for_deliverable,
    written_deliverable,
)
from service.drafting.kind_table import GENERAL
from service.drafting.proposal import draft_proposal

DATA_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml"
SPEC_TITLE = "Business Analyst needed for booking site specification"
SPEC = ("We are looking for a business analyst to write a detailed functional specification for a booking site "
        "that connects to our salon software. Please include similar specification work in your application.")


@pytest.mark.parametrize("title, desc, written", [
    (SPEC_TITLE, SPEC, True),
    ("Survey study", "I need help to perform a confirmatory factor analysis on our questionnaire data.", True),
    ("Board pack", "Prepare a short presentation of last year's results for our board.", True),
    ("Booking app", "Build a booking app for our salon and write a short specification first.", False),
    ("Junior analyst", "Join us to clean raw files, preparing data for analysis by the team.", False),
    ("Data engineer", "Design, build and maintain our ETL pipelines.\n" + "x " * 300 + "\nPrepare documentation.", False),
])
def test_a_written_deliverable_is_told_from_one_that_runs(title, desc, written):
    assert written_deliverable(title, desc) is written


def test_the_general_hand_over_step_follows_the_deliverable():
    assert RUN_HANDOVER in GENERAL.steps
    assert WRITTEN_HANDOVER in for_deliverable(GENERAL, SPEC_TITLE, SPEC).steps
    assert RUN_HANDOVER not in for_deliverable(GENERAL, SPEC_TITLE, SPEC).steps
    assert for_deliverable(GENERAL, "Booking app", "Build a booking app for our salon.") == GENERAL


def test_a_specification_letter_does_not_offer_notes_on_running_it(db):
    brief = JobBrief(title=SPEC_TITLE, description=SPEC + " You will translate business requirements into technical "
                     "documentation.", skills=["Business Analysis", "Technical Writing"])
    text = draft_proposal(brief, None, load_workspace(DATA_WS)).text
    assert "how to run and change it" not in text and "documentation with the handover" not in text, text
    assert "go through it with you" in text, text


@pytest.mark.parametrize("title, desc, runs", [
    ("Job application assistance", "Help me submit job applications for I.T. and statistics roles every week.", False),
    ("Civil engineer for project reviews", "Review our drainage drawings and mark up the issues you find.", False),
    ("Booking app", "Build a booking app for our salon with online payments.", True),
])
def test_only_something_that_runs_is_handed_over_with_notes_on_running_it(title, desc, runs):
    # tuning readers: "the job is submitting applications, nothing to run"
    steps = for_deliverable(GENERAL, title, desc).steps
    assert (RUN_HANDOVER in steps) is runs and (WRITTEN_HANDOVER in steps) is not runs, steps
