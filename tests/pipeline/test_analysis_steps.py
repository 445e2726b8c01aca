"""Analysis letters follow what the post says (helper "anal"): the data source it names in step 2, the deliverable it
names in the last step, no "gaps, duplicates, outliers" for clean or non-tabular data, coursework steps for an
assignment, and no "what decision will this analysis feed into?" when the post says what the work is for. Blind
readers called the stock steps "a generic analysis template"."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.analysis_steps import (
    ACADEMIC_STEPS,
    FORMATS,
    NOT_TABLES,
    SOURCES,
    for_analysis,
)
from service.drafting.frames import grammar_problems
from service.drafting.kind_table import KINDS
from service.drafting.proposal import draft_proposal
from service.drafting.work_kinds import classify

EVAL_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces"
DATA_WS = load_workspace(EVAL_WS / "data-analytics.yaml")
ANALYSIS = next(k for k in KINDS if k.id == "analysis")
DECISION = re.compile(r"what decision will this analysis feed into", re.IGNORECASE)
CLEANING = re.compile(r"gaps, duplicates, outliers", re.IGNORECASE)


def _letter(db, title: str, desc: str) -> str:
    out = draft_proposal(JobBrief(title=title, description=desc), None, DATA_WS, service_line="analysis")
    assert out.lint.passed, [c.message for c in out.lint.failures]
    return out.text


def test_excel_in_and_word_report_out(db):
    text = _letter(db, "Analyse sales spreadsheets and write a summary",
                   "We have three Excel spreadsheets with monthly figures. We need someone to analyze the data and "
                   "write a summary report in MS Word.")
    assert "Clean and check the Excel files first" in text, text
    assert "as a Word report" in text, text
    assert text.count("Excel files") == 1 and text.count("Word report") == 1, text


def test_match_video_gets_footage_steps_not_data_cleaning(db):
    text = _letter(db, "Rugby match video analysis",
                   "Looking for someone to analyze a rugby match video and produce team and player statistics "
                   "such as tackles, carries and turnovers.")
    assert not CLEANING.search(text), text
    assert "video footage" in text and "time stamp" in text, text
    assert "the data itself" not in text, text
    assert not DECISION.search(text), text


def test_clean_data_is_not_cleaned_again(db):
    text = _letter(db, "Correlation analysis on survey data",
                   "Our data is already cleaned and sits in one CSV file. We need correlations between the "
                   "variables and a short interpretation of the results.")
    assert not CLEANING.search(text), text
    assert "as prepared" in text, text


def test_cleaning_asked_keeps_the_cleaning_step():
    wk = for_analysis(ANALYSIS, "Clean and analyse a CSV", "Help me remove duplicates from a CSV file and bring "
                      "the clean data back into one sheet, then analyze the trends.")
    assert "clean and check the CSV file first" in wk.steps[1]


def test_assignment_in_r_gets_coursework_steps_and_no_decision_question(db):
    text = _letter(db, "Statistics homework in R",
                   "I need someone to run a regression analysis in R for my statistics homework assignment, with "
                   "hypothesis tests on the dataset and an interpretation of the results.")
    assert not DECISION.search(text), text
    assert "questions set" in text and "worked write-up with the code" in text, text


def test_stated_purpose_is_not_asked_for(db):
    text = _letter(db, "Analyze inventory and sales trends",
                   "We need a data analyst to analyze two years of sales and stock data to optimize inventory "
                   "levels across our stores.")
    assert not DECISION.search(text), text


def test_stated_purpose_and_date_leave_no_question_open():
    wk = for_analysis(ANALYSIS, "Sales analysis", "Analyze our sales data to reduce stock-outs; we need it by March 3.")
    assert wk.question == ""
    wk = for_analysis(ANALYSIS, "Sales analysis", "Analyze our sales data to reduce stock-outs.")
    assert not DECISION.search(wk.question) and "by when" in wk.question.lower()


def test_a_tool_wanted_or_a_negated_file_is_not_the_data():
    wk = for_analysis(ANALYSIS, "Data analyst", "Find trends in our numbers.\nRequirements:\n- Proficiency in tools such "
                      "as Excel, Google Sheets.\nYou will not need to read CSV files.")
    assert wk.steps == ANALYSIS.steps


def test_plain_post_keeps_the_kind_steps():
    wk = for_analysis(ANALYSIS, "Data analyst needed", "Looking for a data analyst to find trends in our numbers.")
    assert wk.steps == ANALYSIS.steps and wk.question == ANALYSIS.question


def test_other_kinds_are_untouched():
    other = next(k for k in KINDS if k.id == "dashboard")
    assert for_analysis(other, "Excel dashboard", "Build a dashboard from Excel files, in a Word report.") is other


@pytest.mark.parametrize("phrase", [p for _, p in SOURCES])
def test_every_source_reads_in_both_step_frames(phrase):
    for frame in (ANALYSIS.steps[1].replace("the data first", phrase + " first"),
                  "start from " + phrase + " as prepared, confirm what each field means"):
        assert phrase in frame and not grammar_problems(frame), frame


@pytest.mark.parametrize("step", [s for _, s in FORMATS] + [s for _, a, b, _ in NOT_TABLES for s in (a, b)]
                         + list(ACADEMIC_STEPS))
def test_every_written_step_is_grammatical(step):
    assert not grammar_problems(step) and step[0].islower() and not step.endswith(".")


@pytest.mark.parametrize("start", [st for *_, st in NOT_TABLES])
def test_every_start_reads_after_i_would_start_with(start):
    assert not grammar_problems(f"I would start with {start}.")


def test_a_list_of_metrics_is_checked_figure_by_figure_and_not_asked_what_it_is_for():
    desc = ("I would like you to work out HR metrics from the data I give you. Here are the metrics I would like to "
            "identify: 1. Average tenure by year and division. 2. New hire turnover. 3. Turnover by reason. "
            "4. Percentage of boomerangs.")
    kind = for_analysis(ANALYSIS, "People analytics metrics", desc)
    assert kind.steps[0].startswith("confirm with you how each figure on your list is defined"), kind.steps
    assert not DECISION.search(kind.question or ""), kind.question
    assert not grammar_problems(kind.steps[0][0].upper() + kind.steps[0][1:] + ".")


def test_a_list_of_deliverables_settles_what_the_analysis_is_for():
    desc = ("We need an analysis of crash data completeness across software vendors.\n\nDeliverables:\n"
            "- A technical paper on the gaps in data sharing\n- A mapping of the core data elements per vendor\n")
    letter = draft_proposal(JobBrief(title="Crash data research", description=desc), None, DATA_WS).text
    assert not DECISION.search(letter), letter


@pytest.mark.parametrize("desc", [
    "Grow our YouTube channel: optimise titles and thumbnails in our niche (spirituality, mindset, coaching, business). "
    "Experience with coaching channels is a plus.",
    "Build the booking pages for our coaching business and connect them to Stripe. Our coaching clients pay monthly.",
])
def test_a_coaching_niche_is_no_lesson_to_give(desc):
    assert classify("Growth specialist", desc, frozenset({"dev", "shop"})).id != "teaching"


def test_lessons_asked_for_are_still_lessons():
    desc = "I need a tutor to teach me Python, two lessons a week, with coaching on my own projects."
    assert classify("Python tutor needed", desc, frozenset({"dev"})).id == "teaching"
