"""Truth fixes from a fresh pool of real data-analyst posts (2026-12-06, fourteenth session; tuning material). Scraped
posts flattened to one line ran headings into sentences ("Extract statistics for future infographics We will also
need you to …"), broke off ("… including provider...") or opened a list ("… to determine: 1) …"), and readers counted
the lead quotes taken from them as garbled; a labelled duty under a list heading was quoted with its label's first
word ("“… Reporting: Work”"). Kinds misread: a database the client wants
analysed read as schema work, a mediation model for a paper as desk research, a "Consultant" title over a body that
asks for charts as a consultation. Team-written posts."""
from __future__ import annotations

import pytest

from service.core.schemas import JobBrief
from service.drafting.analysis_steps import desk_research
from service.drafting.job_type import job_type
from service.drafting.post_plan import work_items
from service.drafting.quotes import make_quote, need_quotes
from service.drafting.work_kinds import classify

DATA = frozenset({"data"})


@pytest.mark.parametrize("post, bad", [
    ("Deliverables 1. Summary of the data in a table. 2. Extract statistics for future infographics We will also "
     "need you to pull various statistics from the data for our designer.", "infographics We"),
    ("Enable data-driven insights to optimize our marketing strategies Data Metrics We Want to Track: - Total "
     "Revenue - Revenue Per Service - Referral Source", "strategies Data"),
])
def test_a_heading_run_into_a_sentence_is_never_quoted_across(post, bad):
    quotes = [f.quote.text for f in need_quotes(post, post)]
    assert quotes and not any(bad in q for q in quotes), quotes


def test_a_capitalised_label_after_an_article_is_one_phrase():
    post = "Create the Monthly Billing Report Pipeline: load the exports in Python and check them against our ledger."
    assert any("Monthly Billing Report Pipeline" in f.quote.text or "load the exports" in f.quote.text
               for f in need_quotes(post, post))
    assert not any(f.quote.text.endswith("Create the") for f in need_quotes(post, post))


@pytest.mark.parametrize("post, words", [
    ("Load contract data for new providers. Maintain changes to current provider files including provider...",
     "Maintain changes to current provider files including provider"),
    ("We want to hire someone to analyze the data from HotJar to determine: 1) what works 2) what to improve",
     "analyze the data from HotJar to determine"),
])
def test_a_quote_where_the_post_breaks_off_or_opens_a_list_is_refused(post, words):
    assert make_quote(words.split(), post) is None


def test_a_quote_followed_by_a_sentence_end_is_kept():
    post = "Maintain changes to current provider files every week. Nothing else."
    assert make_quote("Maintain changes to current provider files every week".split(), post) is not None


def test_a_labelled_duty_under_a_list_heading_is_quoted_without_its_labels():
    post = ("Key Responsibilities: Improve Tableau and Snowflake Reporting: Work with the finance team to learn what "
            "each report is for. Review existing Tableau workbooks and Snowflake views to find slow spots.\n"
            "Dashboard Upkeep: Apply one style guide to every workbook we publish.")
    texts = [it.quote.text for it in work_items(post)]
    assert texts and not any(":" in t or t.endswith("Work") for t in texts), texts


def test_a_database_the_client_wants_analysed_is_analysis_not_schema_work():
    title, desc = "Identify correlations within the polymer database", (
        "I need an expert to analyse the database I've created and plot graphs to find correlations and trends in "
        "the test results of our pellets.")
    assert classify(title, desc, DATA).id == "analysis"
    assert classify("Optimize our PostgreSQL database", "Our database queries are slow; add indexes and tune the "
                    "schema.", DATA).id == "database"


def test_a_statistical_model_for_a_paper_is_no_desk_research():
    assert not desk_research("Statistical Analyst for Mediation Model", (
        "We are looking for a statistical analyst to conduct a moderated mediation model for our research paper."))
    assert desk_research("Market research on electric bikes", (
        "Research the electric bike market in Germany: the main brands, prices and where they sell."))


def test_a_consultant_title_over_work_to_make_is_a_project():
    assert job_type(JobBrief(title="Data Visualization Consultant needed for quick job", description=(
        "Your job is to take our instructions for Excel and create some data visualizations using dummy data."
    ))) == "project"
    assert job_type(JobBrief(title="GoHighLevel Offer Consultation", description=(
        "I want to create an offer for my agency and need an hour with an expert to go over it."))) == "consultation"


@pytest.mark.parametrize("post", [
    "Are you curious about data and keen to learn on real projects? We're seeking a junior analyst to grow with us.",
    "Do you have solid experience with budget models? We have a new project for the right person.",
])
def test_a_question_the_post_opens_on_before_its_pitch_is_a_hook_not_a_screening_question(post):
    # a letter answered "Are you passionate …?" with "Yes", and disclaimed the skill "Do you have …?" named
    from service.intake.extraction_rules import screening_questions

    assert screening_questions(post) == []


def test_an_opening_question_the_post_asks_to_answer_is_kept():
    from service.intake.extraction_rules import screening_questions

    assert screening_questions("Do you have experience with Shopify Plus?\nPlease answer that first.") == [
        "Do you have experience with Shopify Plus?"]


def test_the_platform_a_client_runs_is_no_web_app_to_build():
    assert classify("Data Analytics Specialist for a Booking Platform", (
        "We are a restaurant booking platform. We need a data analyst to use Google Analytics to create dashboards, "
        "analyze data and create insights with the marketing team."), DATA | {"dev"}).id != "webapp"


@pytest.mark.parametrize("post, quote", [
    ("I need a data analyst to perform analysis on referral data in excel I want to know why revenue dropped.",
     "perform analysis on referral data in excel"),
    ("A Proficient data analyst to perform EDA of data collected and formatted, using statistical analysis software "
     "( SPSS, R,Python). Present findings in tables.", "perform EDA of data collected and formatted"),
])
def test_the_work_is_quoted_from_a_run_on_or_role_led_sentence(post, quote):
    texts = [f.quote.text for f in need_quotes(post, post)]
    assert any(t.startswith(quote) for t in texts) and not any("excel I" in t for t in texts), texts


def test_a_relative_clause_after_a_noun_is_no_new_sentence():
    from service.drafting.post_sentences import post_sentences

    s = "I need an expert to lay out the considerations I will need to make good decisions on building this out."
    assert post_sentences(s) == [s]


def test_a_bare_section_word_run_into_its_first_line_is_no_part_of_the_sentence():
    from service.drafting.post_sentences import post_sentences

    got = post_sentences("The role is remote. Responsibilities Develop and keep up a library of report templates "
                         "for our clients. Key Responsibilities Build the dashboard in Power BI for the team.")
    assert "Develop and keep up a library of report templates for our clients." in got, got
    assert "Build the dashboard in Power BI for the team." in got, got
    assert post_sentences("Our Responsibilities Matter to us a lot, they say.") == [
        "Our Responsibilities Matter to us a lot, they say."]
