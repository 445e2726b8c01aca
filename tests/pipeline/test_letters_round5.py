"""What tuning readers marked down in the 29th session's packet (team-written posts, never copied from the data): a
lecture on causation for a client who asked for correlation matrices, and dashboards the client hands to its own
clients read as "the numbers you run the business on" for "your team"."""
from __future__ import annotations

from pathlib import Path

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.work_kinds import classify, find_topic
from service.fit.assess import assess_fit
from service.intake.extract import extract_brief
from service.intake.parse import parse_job

DEMO = load_workspace(DEMO_WORKSPACE)
DATA_WS = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")
DATA = frozenset({"data", "dev", "shop", "copy"})
LECTURE = "A correlation is a lead, not an answer"


def _draft(text: str, ws=DEMO) -> str:
    brief = extract_brief(parse_job(text))
    return draft_proposal(brief, assess_fit(brief, ws), ws).text


def _topic(title: str, description: str):
    return find_topic(title, description, DATA, classify(title, description, DATA).id)


def test_a_correlation_matrix_to_produce_gets_no_lecture_on_causation():
    title = "Correlation matrix for four sensor readings"
    desc = ("We log four sensor readings every hour. Please produce a correlation matrix of the four readings, once for "
            "the hourly values and once for daily averages, in Python.")
    topic = _topic(title, desc)
    assert topic is None or topic.id != "correlation"


def test_correlations_to_act_on_keep_the_remark():
    title = "Find what drives repeat orders"
    desc = ("We sell coffee online and want to find correlations between delivery time, discount size and repeat "
            "orders, so we know what to change first. The data is a CSV export of 20,000 orders.")
    topic = _topic(title, desc)
    assert topic is not None and topic.id == "correlation"
    assert LECTURE.lower()[2:] in topic.insight.lower()


def test_dashboards_for_the_clients_own_clients_are_not_for_its_team():
    post = ("Looker Studio dashboards for our agency's clients\nWe are a small marketing agency. We want to build a "
            "Looker Studio dashboard for each of our clients, based on each client's specific needs, easy to read for "
            "people without a data background. Data comes from Google Ads and Facebook Ads.")
    text = _draft(post)
    assert "run the business on" not in text and "your team can use the reports" not in text, text
    assert "each reader" in text, text


def test_a_dashboard_for_the_clients_own_team_keeps_the_kinds_steps():
    post = ("Sales dashboard in Looker Studio\nWe are a furniture shop with two stores. We need a Looker Studio "
            "dashboard for our managers that shows weekly sales, margin and stock from our Shopify store.")
    text = _draft(post)
    assert "each reader sees only their own data" not in text, text


def test_items_to_categorise_into_a_database_get_catalogue_steps_not_charts():
    post = ("Content analyst to categorize podcast episodes\nLooking for a detail-oriented content analyst to analyze "
            "and categorize our podcast episodes and document them in our Notion database.\n\nKey tasks:\n"
            "- Analyze and categorize 120 episodes by topic\n- Document each episode's guest and format in Notion")
    text = _draft(post, DATA_WS)
    assert "charts" not in text and "outliers" not in text, text
    assert "categor" in text.lower(), text


def test_an_analysis_that_asks_for_findings_keeps_its_steps():
    title = "Analyse which product categories sell best"
    desc = ("We want insights from our sales data: categorize products by margin and find trends by season. Data is "
            "in a Google Sheets spreadsheet.")
    assert classify(title, desc, DATA).steps[0].startswith("agree the questions the analysis must answer")
