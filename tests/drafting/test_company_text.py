"""A post's sections about the company ("About the Client", its values, what everyone there is expected to do) are
neither the client's need nor a work item (service/drafting/company_text.py): tuning readers marked down a letter
that opened on a quoted marketing blurb and planned a step called "Playing your part". All post text is
team-written."""
from __future__ import annotations

from pathlib import Path

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.company_text import company_heading, without_company_text
from service.drafting.proposal import draft_proposal
from service.drafting.quotes import need_quotes

DATA_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml"
POST = """About the Client

Our theatres and festivals bring bold new productions to audiences in historic halls across the country
and deliver memorable evenings with warm hospitality for every guest who walks through our doors.

The Data Engineer Role

We are moving our reporting from SQL Server to Snowflake and dbt, and need a data engineer for the move.

Key Responsibilities
- Build reliable data pipelines from our ticketing system into Snowflake.
- Migrate the legacy SQL Server reports to dbt models with tests.
- Monitor data quality and fix failed loads.

Everyone's Responsibility
- Playing your part in reducing our waste and energy use.
- Welcoming new colleagues and supporting the wider team.

Your Skills
- Five years of SQL and Python."""


def test_company_headings_are_told_from_job_headings():
    assert company_heading("About the Client") and company_heading("**Our Values**") and company_heading("About Us:")
    assert company_heading("Everyone’s Responsibility")
    assert not company_heading("About the Role") and not company_heading("Key Responsibilities")
    assert not company_heading("Our theatres and festivals bring bold new productions to audiences.")


def test_the_company_sections_are_dropped_and_the_job_kept():
    text = without_company_text(POST)
    assert "theatres and festivals" not in text and "Playing your part" not in text
    assert "Build reliable data pipelines" in text and "Five years of SQL" in text
    # a post that is one "About us" section keeps its text: the need may be in it
    short = "About us\nWe are a small bakery and need a price list designed for our counter."
    assert without_company_text(short) == short


def test_the_need_is_not_quoted_from_the_company_blurb():
    needs = need_quotes(POST, POST, "Senior Data Engineer")
    assert needs and all("audiences" not in f.quote.text and "hospitality" not in f.quote.text for f in needs)


def test_the_letter_neither_opens_on_the_blurb_nor_plans_the_culture_list(db):
    brief = JobBrief(title="Senior Data Engineer", description=POST, skills=["Snowflake", "dbt", "SQL", "Python"])
    text = draft_proposal(brief, None, load_workspace(DATA_WS)).text
    assert "audiences" not in text and "hospitality" not in text, text
    assert "Playing your part" not in text and "Welcoming new colleagues" not in text, text
