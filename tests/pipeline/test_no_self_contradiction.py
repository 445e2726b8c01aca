"""A letter that does not argue against itself (issue 14, Build 3 and 5). Tuning readers (2026-12-06, 12th session)
rated 1 a letter whose case study "joined Shopify, Google Ads and Facebook Ads data" while its answers said Google
Ads was "not something I have used in production work"; marked down "None of the case studies I can share matches
this closely" (the applicant's closest work is theirs to name), "Yes for …" as awkward, an ongoing role's opener "I
would take ongoing ownership of this work, starting with whatever matters most to you" as empty, and "Send us the
fields you need from the site" under a post that lists them. Posts and questions are team-written."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.answer_sources import OWN_PAST, honest_lack, proof_bit
from service.drafting.next_steps import offer_for
from service.drafting.offline_answers import answer_question, answers_for
from service.drafting.proposal import draft_proposal
from service.drafting.tool_claims import disclaimed_tools, proof_mentions
from service.drafting.voice import Voice

DATA_PATH = Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml"
DATA = load_workspace(DATA_PATH).model_dump()
MARKETING = {"title": "Marketing analyst",
             "description": "We need a marketing analyst to report on our Google Ads and Shopify results every week."}


def _answers(questions, tools):
    facts = {"claimable_tools": [], "post_tools": list(tools), "screening_questions": list(questions)}
    return [a.answer for a in answers_for(facts, MARKETING, DATA, {"proof": None}, DATA["service_lines"][0], [],
                                          Voice(plural=False))]


def test_a_tool_a_case_study_names_is_not_said_to_be_unused():
    assert "google ads" in proof_mentions(DATA) and "google ads" not in {s.lower() for s in DATA["profile"]["skills"]}
    said = honest_lack(["Google Ads", "Google Tag Manager"], DATA)
    assert "Google Tag Manager is not something I have used" in said, said
    assert "Google Ads is not" not in said and "I have used Google Ads data in a client project" in said, said
    facts = {"screening_questions": ["Have you used Google Ads?"], "post_tools": ["Google Ads"]}
    assert "google ads" not in disclaimed_tools(facts, DATA)


def test_a_second_answer_on_the_same_tool_is_not_cut_to_a_deferral():
    first, second = _answers(["Which tools have you used extensively? (Google Ads, SQL)",
                              "Have you managed Google Ads campaigns?"], ["Google Ads", "SQL"])
    assert "I have used Google Ads data" in first and "not something I have used" not in first, first
    assert second.startswith("Not directly: I have used Google Ads data"), second
    assert "Yes for" not in first and first.startswith("SQL is part of my everyday work"), first


def _one(question, tools=()):
    facts = {"screening_questions": [question], "post_tools": list(tools)}
    return answer_question(question, MARKETING, DATA, facts, {"proof": None}, DATA["service_lines"][0])


def test_no_case_study_to_show_leaves_the_closest_work_to_the_reviewer():
    assert proof_bit(None) == ""
    assert _one("Please share examples of similar work.") == OWN_PAST
    a = _one("Have you worked with Acme Ledger before?")  # honest, and no placeholder that contradicts it
    assert a.startswith("Not directly:") and "None of the case studies" not in a and "[Your" not in a, a


ROLE = ("We are hiring a full-time systems analyst for our courts team (40 hours per week, ongoing).\n\n"
        "Responsibilities:\n- Collaborate with stakeholders to understand their requirements\n"
        "- Maintain the jury management system and its reports\n- Write T-SQL queries for the monthly statistics\n\n"
        "Requirements:\n- 3+ years as a systems analyst")


def test_a_role_without_know_how_gets_no_empty_offer_line(db):
    text = draft_proposal(JobBrief(title="Jury Information Systems Analyst", description=ROLE), None,
                          load_workspace(DATA_PATH)).text
    assert "ongoing ownership" not in text and "whatever matters most" not in text, text


@pytest.mark.parametrize("post", [
    "Build a daily scraper for MassCourts.org.\n\nData Extraction:\nDocket Number\nFiling Date\nAttorney Name",
    "Set up a pipeline that extracts product titles, categories, and SEO keywords from bol.com every day.",
    "Scrape one site: the idea is to scrape financial information (income sheet, balance sheet) from finbox.com.",
])
def test_a_scrape_whose_post_lists_the_data_is_not_asked_for_the_fields(post):
    offer = offer_for("scraping", 0, post)
    assert "fields you need from the site" not in offer and "beyond those your post lists" in offer, offer


def test_a_scrape_that_names_no_data_is_still_asked_for_the_fields():
    offer = offer_for("scraping", 0, "Build a scraper for one site, bol.com, that runs every night.")
    assert "the fields you need from the site" in offer, offer


def test_the_lint_fails_an_answer_that_disclaims_a_tool_the_cited_case_study_uses():
    from service.core.schemas import ProposalParts
    from service.drafting.lint_letters import disclaimer_check

    ws = load_workspace(DATA_PATH)
    brief = JobBrief(title=MARKETING["title"], description=MARKETING["description"])
    parts = ProposalParts(hook="x", diagnosis="x", next_step="x", call_to_action="x", proof_id="looker-marketing")
    body = "Hi,\n\nThe closest project I have done is a Looker Studio marketing dashboard for a DTC brand.\n\nSam\n"
    bad = body + "Answers to your questions:\n\n1. Have you managed Google Ads?\nNot directly. Google Ads is not " \
                 "something I have used in production work, and I would rather say so now.\n"
    c = disclaimer_check(bad, brief, ws, None, "Answers to your questions", parts)
    assert not c.passed and "Google Ads (the case study you cite uses it)" in c.message, c.message
    honest = body + "Answers to your questions:\n\n1. Have you managed Google Ads?\n" + \
        honest_lack(["Google Ads"], DATA, "Not directly") + "\n"
    assert disclaimer_check(honest, brief, ws, None, "Answers to your questions", parts).passed
    # without a cited case study an honest "not used" stays allowed in an answer
    assert disclaimer_check(bad, brief, ws, None, "Answers to your questions", None).passed
