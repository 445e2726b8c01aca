"""The everyday-tools line names only tools the post's own text names plainly (service/drafting/tool_claims.py).
Team-written posts."""
from __future__ import annotations

from service.drafting.tool_claims import everyday_tools


def test_a_client_tag_the_text_never_mentions_is_not_named():
    desc = "Build a flow in Power Automate that logs into our billing portal and downloads the monthly invoices."
    assert everyday_tools(["Python", "JavaScript", "Power Automate"], "RPA developer", desc) == ["Power Automate"]


def test_a_kind_of_work_is_not_named_as_a_tool():
    desc = "We need data analysis and data visualization of our sales in Excel, plus some statistics."
    kept = everyday_tools(["Data Analysis", "Data Visualization", "Statistics", "Microsoft Excel"], "Sales analysis",
                          desc)
    assert kept == ["Microsoft Excel"]
    assert everyday_tools(["Microsoft Excel"], "Report", "You will excel at reporting in Tableau.") == []


def test_a_tool_the_post_asks_not_to_use_is_not_named():
    desc = ("Create the Angular front end of a chat app. Please don't use an LLM to write your proposal. "
            "React is not an option here.")
    assert everyday_tools(["LLM", "React", "Angular"], "Angular developer", desc) == ["Angular"]


def test_a_tool_named_plainly_once_is_kept_even_if_negated_elsewhere():
    desc = "The backend is Python. No Python experience needed for the front end part, but it helps."
    assert everyday_tools(["Python"], "Python backend", desc) == ["Python"]
