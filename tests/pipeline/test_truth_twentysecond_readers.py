"""Truth fixes from readers of a fresh pool of real posts (2026-12-07, twenty-second session; diagnostic
``--seed 2201``), each on a team-written post and each failing on 32e1675."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal

WS = load_workspace(DEMO_WORKSPACE)


def _letter(title: str, post: str, ws=WS) -> str:
    return draft_proposal(JobBrief(title=title, description=post), None, ws).text


_URGENT = ("We need a Python script that reads our subscription export and works out the churn rate for each month. "
           "This has to be finished within the next 3 hours, so reply only if you are free right now.\n\n"
           "{ask} and tell us how you would check the numbers.")


@pytest.mark.parametrize("ask", ["Please start your job with the word MANGO",
                                 "Begin your submission with the word MANGO"])
def test_a_looser_name_for_the_letter_still_asks_for_the_opener(ask):
    letter = _letter("Python script for monthly churn", _URGENT.format(ask=ask))
    assert letter.startswith("MANGO")


def test_a_job_of_the_post_is_no_opener_without_the_word():
    post = _URGENT.format(ask="Start your job with a short summary of your background")
    assert not _letter("Python script for monthly churn", post).startswith("MANGO")


def test_a_deadline_within_the_next_hours_is_acknowledged():
    letter = _letter("Python script for monthly churn", _URGENT.format(ask="Please reply with your rate"))
    assert "within the next 3 hours" in letter
