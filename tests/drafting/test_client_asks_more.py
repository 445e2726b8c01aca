"""More kinds of client ask (issue 14, round 2): an estimate of time and cost, education, how many stores, the tools
you would use, experience with a named tool, years, a week-by-week plan; and the wordings clients use for them (a
list under "When applying, please include:", "Reply on the platform with:", "In your proposal, tell us"). Each is
answered in one sentence, from the workspace when it knows (a tool it lists, its years), else a "[Your …]"
placeholder; a post that only mentions the words asks nothing. Post text written by the team (no records copied)."""
from __future__ import annotations

import re

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.client_asks import ask_kinds
from service.drafting.proposal import draft_proposal
from service.intake.extraction_rules import client_instructions

WS = load_workspace(DEMO_WORKSPACE)
STORE = ("We sell handmade candles on Shopify and want the product pages rebuilt in Liquid so they load faster on "
         "phones, with a cleaner cart drawer.")


def _draft(extra: str):
    description = f"{STORE}\n{extra}"
    brief = JobBrief(title="Shopify product page rebuild", description=description, skills=["Shopify", "Liquid"],
                     client_instructions=client_instructions(description))
    return draft_proposal(brief, None, WS)


def _body(text: str) -> str:
    return text.split("Answers to your questions:")[0]


@pytest.mark.parametrize("ask, answer", [
    ("When applying, please include:\n• Estimated time and total cost", "[Your estimate: hours and total cost]"),
    ("When applying, please include:\n• Your education", "[Your education]"),
    ("In your proposal, tell us how many stores have you managed.", "stores we have managed: [Your answer"),
    ("To apply:\nYour experience with Klaviyo", "[Your experience with Klaviyo: projects and results]"),
    ("In your proposal, tell us your experience with Liquid.", "Liquid is one of the tools we work with"),
    ("Reply on the platform with: your week-by-week plan.", "[Your plan: what ships each week]"),
    ("Please tell us which tools would you use.", "The tools we would use here are"),
    ("Please send:\nYour favourite tools for sourcing products", "[Your answer: the tools you would use]"),
])
def test_each_new_kind_of_ask_is_detected_and_answered(db, ask, answer):
    out = _draft(ask)
    body = _body(out.text)
    assert answer.lower() in body.lower(), out.text
    if "[Your" in answer:
        assert any("client_ask_needs_you" in f for f in out.parts["reviewer_flags"]), out.parts["reviewer_flags"]


def test_an_estimate_gives_the_workspace_rate_and_leaves_the_total_to_the_reviewer(db):
    body = _body(_draft("When applying, please include:\n• Estimated time and total cost").text)
    assert "$65 per hour" in body and "[Your estimate: hours and total cost]" in body, body
    assert "[Your answer: how long" not in body  # the estimate answers the time too: one sentence, not two


def test_a_tool_the_workspace_does_not_list_is_never_claimed(db):
    body = _body(_draft("In your proposal, tell us your experience with Klaviyo.").text)
    assert not re.search(r"Klaviyo is one of the tools|I (?:have )?(?:used|work with) Klaviyo", body), body
    assert "[Your experience with Klaviyo" in body, body


@pytest.mark.parametrize("extra", [
    "We track total cost per order in a spreadsheet today.",
    "Our education blog gets most of its traffic from Pinterest.",
    "The team plans the launch week by week with our designer.",
    "The dashboard must include total cost and how many orders shipped.",
])
def test_a_post_that_only_mentions_the_words_asks_nothing(db, extra):
    body = _body(_draft(extra).text)
    assert "[Your estimate" not in body and "[Your education]" not in body and "[Your plan" not in body, body


@pytest.mark.parametrize("text, kind", [
    ("Please include your estimated time and total cost", "estimate"),
    ("Please include your education", "education"),
    ("Please tell us how many clients have you onboarded", "count"),
    ("Please include your years of experience", "years"),
])
def test_the_classifier_names_each_new_kind(text, kind):
    assert kind in ask_kinds(text)


def test_how_many_hours_is_availability_not_a_count():
    assert "count" not in ask_kinds("Please tell us how many hours per week you can work")


@pytest.mark.parametrize("ask, answer", [
    # "apply with" names what to send, like "include" or "send"
    ("Please apply with your updated portfolio and examples of your previous Shopify projects.",
     "we can share the case study of"),
    # a list under "Please submit your proposal including:"
    ("Please submit your Upwork proposal including:\nSamples of your previous Shopify stores\n"
     "Your availability and estimated timeline for completing this project", "we can share the case study of"),
    # a "Your availability and …" line longer than a few words is still an ask
    ("To apply:\nYour availability and estimated timeline for completing this project", "availability: new work can start"),
])
def test_apply_with_and_submit_including_are_asks(db, ask, answer):
    out = _draft(ask)
    assert answer.lower() in _body(out.text).lower(), out.text


def test_applying_with_care_is_no_ask(db):
    out = _draft("We apply with care to every detail of our brand.")
    assert "[Your" not in out.text, out.text


def test_an_inline_list_after_a_colon_is_answered_item_by_item(db):
    out = _draft("How to Apply: If you know Liquid, we would love to hear from you. "
                 "Please submit your Upwork proposal including: Samples of your previous Shopify stores. Your "
                 "availability and estimated timeline for completing this project. We are excited to hear from you.")
    body = _body(out.text).lower()
    assert "we can share the case study of" in body and "availability: new work can start" in body, out.text
    assert "excited" not in " ".join(out.parts["reviewer_flags"]).lower()


def test_a_colon_in_the_product_description_is_no_ask(db):
    out = _draft("The app includes a proposal with: charts, tables and a signature box.")
    assert "[Your" not in out.text, out.text


def test_a_tools_answer_names_tools_in_agreement_and_no_kind_of_technology():
    # tuning readers marked "The tools we would use here are LLM" as broken
    from service.drafting.client_asks import _more

    ask = ["Please tell us which tools would you use."]
    profile = {"skills": ["Python", "LLM", "n8n"]}
    one = _more("tools", ask, {"claimable_tools": ["LLM", "n8n"]}, profile)
    assert one == "The tool I would use here is n8n, which your post names.", one
    two = _more("tools", ask, {"claimable_tools": ["Python", "n8n"]}, profile)
    assert two.startswith("The tools I would use here are Python and n8n"), two
    assert "are LLM" not in _more("tools", ask, {"claimable_tools": ["LLM"]}, profile)
