"""Questions the post already answers are never asked (blind readers: "asks which query is slowest when the post
names it", "asks whether a design exists when the post says it does", "asks how many sites when the post says 4-5",
"asks about brokers the post names", "asks which outcome matters when the post says profitability", "asks about
record counts the post gives"); lines about the post need the post's words for them."""
from __future__ import annotations

import re

import pytest

from service.drafting.kind_table import NEED_LINES
from service.drafting.post_claims import truthful_steps
from service.drafting.question_check import already_answered

SLOW = "Which queries or reports feel slowest today, and roughly how large are the biggest tables?"
DESIGN = "Is there a finished design to build from, or should I work from the existing screens?"
SITES = "Roughly how many sites and records per run, and how often should it run?"
BROKER = "Which exchange or broker API would it trade through, and is there a paper-trading account to test on?"
OUTCOME = "Which outcome matters most to you, so we can rank the other variables against it?"
RECORDS = "Roughly how many records will the base hold, and which other tools should it sync with?"
DECISION = "What decision will this analysis feed into, and by when do you need it?"


@pytest.mark.parametrize("question, post, settled", [
    (SLOW, "Speed up a slow report query: the execution plan shows a derived table doing a filesort.", True),
    (SLOW, "Our MySQL database has become slow; tune it and add indexes where they help.", False),
    (DESIGN, "We need a React developer. The design is already prepared and half the pages are built.", True),
    (DESIGN, "Build the admin pages of our React app.", False),
    (SITES, "Scrape listing prices from 3 to 4 different holiday rental websites into one dashboard.", True),
    (SITES, "Scrape listing prices from holiday rental websites into one dashboard.", False),
    (BROKER, "Build a Python bot for crypto; connect market data from Binance and Kraken.", True),
    (BROKER, "Build a Python bot that trades crypto on momentum signals.", False),
    (OUTCOME, "The study explains store profitability with a panel of 200 shops.", True),
    (OUTCOME, "Produce a correlation matrix of the five daily series.", True),
    (OUTCOME, "Analyse our survey results and tell us what stands out.", False),
    (RECORDS, "Our clients' Airtable bases hold hundreds of thousands of records.", True),
    (RECORDS, "Set up an Airtable base for our stock list.", False),
    (DECISION, "Answer the case study questions for an introductory statistics course in R.", True),
])
def test_questions_the_post_settles(question, post, settled):
    assert already_answered(question, post) is settled


HOURS = NEED_LINES["Working-hours overlap with the client"][0]


@pytest.mark.parametrize("evidence, real", [
    ("Tell us which platforms you've used that overlap with our stack", False),
    ("Flexible working hours and part-time options for students", False),
    ("We need it finished by Friday of UK timezone.", False),
    ("Remain available during working hours to answer questions", False),
    ("Must be available for at least 3 hours/day overlap with U.S.", True),
    ("Working hours 9am - 1pm UK.", True),
    ("You must work in the Central Time Zone.", True),
])
def test_the_hours_line_needs_hours_or_a_zone_to_work_in(evidence, real):
    assert bool(re.search(HOURS, evidence, re.IGNORECASE)) is real
    assert "noted the working hours in your post" not in NEED_LINES["Working-hours overlap with the client"][1]


STEPS = ("agree the questions the analysis must answer and the decisions that depend on them",
         "clean and check the data first (gaps, duplicates, outliers) and write down every assumption")


@pytest.mark.parametrize("post, kept", [
    ("Find public data tables online and plot them. This job does not require complex data exploration.", False),
    ("The dataset is already cleaned; we need the regression and the charts.", False),
    ("We have a messy CSV export of sales; find out what drives repeat orders.", True),
])
def test_no_cleaning_step_when_the_post_says_none_is_needed(post, kept):
    out = truthful_steps(STEPS, post)
    assert ("clean and check the data" in out[1]) is kept
    assert out[0] == STEPS[0] and out[1][0].islower()


def test_the_letter_plans_no_cleaning_the_post_rules_out(db):
    from pathlib import Path

    from service.core.schemas import JobBrief
    from service.core.workspace import load_workspace
    from service.drafting.proposal import draft_proposal

    ws = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")
    desc = ("We need a data analyst to analyse public survey results on remote work and chart the trends for our "
            "newsletter. The figures come from published tables, so the job does not require data cleaning or "
            "exploration: find the tables, analyse the numbers and plot them in matplotlib.")
    text = draft_proposal(JobBrief(title="Data analysis and charts for a newsletter", description=desc,
                                   skills=["Data Analysis", "Python"]), None, ws).text
    assert "clean and check the data" not in text.lower(), text


def test_the_letter_does_not_ask_for_the_slow_query_the_post_names(db):
    from pathlib import Path

    from service.core.schemas import JobBrief
    from service.core.workspace import load_workspace
    from service.drafting.proposal import draft_proposal

    ws = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")
    desc = ("Our order report in MySQL takes 40 seconds. The current query joins a derived table and its execution "
            "plan shows a filesort over 80,000 rows. Optimize the query and add indexes so the report loads in "
            "two seconds.")
    text = draft_proposal(JobBrief(title="MySQL query optimization", description=desc, skills=["MySQL", "SQL"]),
                          None, ws).text
    assert "feel slowest" not in text.lower(), text


@pytest.mark.parametrize("post, settled", [
    ("Our app is built with an Angular front end and a Node API; test it for security holes.", True),
    ("Collaborate with our product team to ship new features based on user feedback.", True),
    ("Show us a strong portfolio of existing apps in the App Store.", False),
    ("Build a booking app for our yoga studio.", False),
])
def test_a_first_release_question_is_not_asked_of_a_product_in_use(post, settled):
    assert already_answered("Which user flow matters most for the first release?", post) is settled
