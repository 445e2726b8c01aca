"""Truth fixes from letters for a fresh pool of real posts (2026-12-07, twenty-third session; pool diagnostics,
tuning material), each on a team-written post and each failing on 69f9c39: a side duty (working with another team,
something done "occasionally") or a requirement ("Strong DAX …") led a letter whose post's main duty was elsewhere; a head-count reduction study drew a
remark on staff turnover."""
from __future__ import annotations

from service.core.config import PACKAGE_DIR
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.lead_checks import reads_as_lead
from service.drafting.proposal import draft_proposal
from service.drafting.work_kinds import find_topic

DATA_WS = load_workspace(PACKAGE_DIR.parent / "evals" / "workspaces" / "data-analytics.yaml")
DATA = frozenset({"data"})


def _letter(title: str, post: str, ws=DATA_WS) -> str:
    return draft_proposal(JobBrief(title=title, description=post), None, ws).text


_BI_ROLE = ("We run a small marketing-analytics company and are hiring a Power BI analyst, full time and remote.\n\n"
            "Key Responsibilities:\n\n"
            "- Lead the build of the Power BI model behind our main client dashboard, with clear and fast visuals,\n"
            "- Collaborating with our product team to keep improving the analytics product for our clients.\n"
            "- Occasionally build one-off dashboards and reports for single clients on request.\n\n"
            "Who we want:\n\n- Strong DAX and data modelling in Power BI\n- Good SQL\n")


def test_a_side_duty_or_a_requirement_never_leads_the_letter():
    letter = _letter("Power BI analyst for our analytics product", _BI_ROLE)
    first = letter.split("\n\n")[1]
    assert "Collaborating with our product team" not in first
    assert "Occasionally build" not in first
    assert "Strong DAX" not in first
    assert "Lead the build of the Power BI model" in first


def test_side_duties_are_no_lead_but_the_work_is():
    assert not reads_as_lead("Collaborating with our product team to keep improving the analytics product")
    assert not reads_as_lead("Occasionally build one-off dashboards and reports for single clients")
    assert not reads_as_lead("Work closely with the finance team on the month-end figures")
    assert not reads_as_lead("Strong DAX and data modelling in Power BI")
    assert not reads_as_lead("Proven experience with Looker Studio and BigQuery")
    assert not reads_as_lead("3+ years building dashboards in Tableau")
    assert reads_as_lead("Lead the build of the Power BI model behind our main client dashboard")
    assert reads_as_lead("Build a strong data model for our sales team in Power BI")


def test_a_head_count_reduction_study_gets_no_turnover_remark():
    title, post = "Spans and layers review", ("We need a consultant to go through our employee census file and "
                                              "count spans and layers, then model the savings of a 10% headcount "
                                              "reduction against industry benchmarks.")
    topic = find_topic(title, post, DATA, "analysis")
    assert topic is None or topic.id != "people_data"
    assert "turnover" not in _letter(title, post)
