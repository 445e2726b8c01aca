"""The letter's first two sentences read as one thought: when the know-how remark is about something the title does
not name, the lead quotes the clause of the post that names it (``topic_lead``), not another part of the job."""
from __future__ import annotations

from service.core.config import PACKAGE_DIR
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.quotes import Found
from service.drafting.topic_lead import remark_clause
from service.drafting.work_kinds import find_topic

DATA_WS = load_workspace(PACKAGE_DIR.parent / "evals" / "workspaces" / "data-analytics.yaml")
DATA = frozenset({"data"})

_OPS_TITLE = "Operations Analyst for a distribution company"
_OPS = ("We need an analyst to implement and maintain inventory control processes across our two warehouses.\n\n"
        "Responsibilities:\n"
        "- Report stock write-offs and any irregularities to the warehouse manager.\n"
        "- Use historical data and market trends to create accurate demand forecasts for the next two quarters.\n"
        "- Keep the forecasting model up to date so purchasing can plan orders from it.\n")


def _opening(title: str, post: str) -> list[dict]:
    return draft_proposal(JobBrief(title=title, description=post), None, DATA_WS).parts["grounding"]


def test_the_lead_quotes_the_clause_the_remark_answers():
    grounding = _opening(_OPS_TITLE, _OPS)
    lead, remark = grounding[0], grounding[1]
    assert remark["sentence"].startswith("With time-series data"), grounding
    assert "forecast" in lead["quote"].lower(), lead  # not the inventory-control line the remark does not answer


def test_a_remark_on_the_title_leaves_the_lead_alone():
    title, post = "Demand forecasting for our distribution company", _OPS
    topic = find_topic(title, post, DATA, "analysis")
    word = topic.quote_in(f"{title}\n{post}", "")
    assert remark_clause(topic, word, title, post, post, []) is None  # the title names it: the remark answers the job


def test_a_remark_named_by_the_main_need_leaves_the_lead_alone():
    needs = [Found(quote=type("Q", (), {"text": "create accurate demand forecasts"})(), role="vp", sentence="")]
    topic = find_topic(_OPS_TITLE, _OPS, DATA, "analysis")
    assert topic is not None and topic.id == "forecast"
    assert remark_clause(topic, topic.quote_in(_OPS, ""), _OPS_TITLE, _OPS, _OPS, needs) is None


def test_a_clause_keeps_the_determiner_before_its_noun():
    post = ("We want to launch a trading bot on Uniswap v3. The bot needs to be able to fulfil basic market making "
            "functions on two pairs, with limits we set.")
    found = remark_clause(find_topic("Uniswap trading bot", post, frozenset({"dev"}), "automation"), "market making",
                          "Uniswap trading bot", post, post, [])
    assert found is not None and found.quote.text.startswith("The bot needs to"), found
