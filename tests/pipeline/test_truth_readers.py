"""Truth fixes from tuning readers (2026-12-05, tenth session): a letter never shows know-how on a tool its own
screening answer says we have not used ("contradicts itself", rated 1 by two readers); GA that is still to be set
up has no GA4 data to export; a new theme whose mockup is attached is not asked for "any designs you have"."""
from __future__ import annotations

from pathlib import Path

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal

DATA_WS = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")
GA_REMARK = "GA4 numbers are only as good as the event setup"


def _letter(title: str, desc: str, ws=DATA_WS, questions: list[str] = ()) -> str:
    return draft_proposal(JobBrief(title=title, description=desc, screening_questions=list(questions)), None, ws).text


def test_no_know_how_on_a_tool_the_answers_disclaim():
    desc = ("We need a marketing analyst to report on our GA4 data and Google Ads campaigns every week, with a "
            "dashboard of spend, conversions and revenue by channel.")
    asked = ["How many years of experience do you have with Google Analytics?"]
    assert GA_REMARK in _letter("Marketing analyst (GA4)", desc)  # the workspace cannot claim GA: not asked, kept
    letter = _letter("Marketing analyst (GA4)", desc, questions=asked)
    assert "Google Analytics" in letter.split("Answers to your questions")[1]  # the answer still says so
    assert GA_REMARK not in letter, letter


def test_ga_still_to_be_set_up_is_not_asked_where_its_data_is_exported():
    desc = ("I need Google Analytics set up properly and a dashboard with the following setup, as I am not using GA "
            "at the moment:\n\nTotal visits: Metric - Sessions\n\nBounce rate: Metric - Bounce Rate\n\nDevices: Pie "
            "Chart - Device Category\n\nForm Submissions")
    letter = _letter("Set up Google Analytics and a dashboard", desc)
    assert GA_REMARK in letter and "exported anywhere today" not in letter, letter


def test_a_new_theme_with_its_mockup_attached_asks_for_those_designs():
    desc = ("We are seeking an experienced Shopify developer to create a modular Shopify theme for our clothing brand, "
            "easily editable from the backend. See attached file for mockup and full description of project scope.")
    letter = _letter("Shopify developer for a modular theme", desc, load_workspace(DEMO_WORKSPACE))
    assert "the designs you have" in letter and "any designs you have" not in letter, letter
