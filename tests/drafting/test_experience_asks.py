"""The post body's asks about the applicant's own experience or approach ("Please confirm you have experience …",
"Tell us about your experience with …", "Have you … before?", "What is your experience with …", "Describe a similar
project you have done", "Explain how you would approach …", "How would you handle …?"): each is answered in the
letter, from the workspace when it covers what was asked, else quoted with a "[Your answer: …]" placeholder and a
reviewer flag. A requirement ("experience with Shopify is required") is no ask. Post text written by the team."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.client_asks import answer_asks
from service.drafting.experience_asks import find_asks
from service.drafting.proposal import draft_proposal
from service.intake.extraction_rules import client_instructions

WS = load_workspace(DEMO_WORKSPACE)
SCRAPE = ("We need a Python scraper that collects permit records from three county portals every night and saves "
          "them to a Postgres table, with a log of failed pages.")


def _draft(extra: str, base: str = SCRAPE, title: str = "County permit scraper"):
    description = f"{base}\n{extra}"
    brief = JobBrief(title=title, description=description, skills=["Python", "Web Scraping"],
                     client_instructions=client_instructions(description))
    return draft_proposal(brief, None, WS)


def _body(text: str) -> str:
    return text.split("Answers to your questions:")[0]


@pytest.mark.parametrize("ask, quoted", [
    ("To Apply: Please confirm you have experience bypassing CAPTCHAs on county sites.",
     "bypassing CAPTCHAs on county sites"),
    ("Please tell us about your experience with rotating residential proxies.",
     "your experience with rotating residential proxies"),
    ("Have you scraped ASP.NET portals with view state before?",
     "Have you scraped ASP.NET portals with view state before?"),
    ("What is your experience with headless browsers on slow sites?",
     "headless browsers on slow sites"),
    ("Describe a similar project you have done.", "a similar project you have done"),
    ("Explain how you would approach retries when a portal times out.",
     "how you would approach retries when a portal times out"),
    ("Let me know how you would handle pages that change their layout.",
     "how you would handle pages that change their layout"),
    ("How would you handle duplicate permits across the portals?",
     "How would you handle duplicate permits across the portals?"),
])
def test_each_wording_is_answered_with_a_quote_and_a_placeholder(db, ask, quoted):
    out = _draft(ask)
    body = _body(out.text)
    assert f"“{quoted}”" in body and "[Your answer" in body, out.text
    flag = next(f for f in out.parts["reviewer_flags"] if f.startswith("experience_ask_needs_you"))
    assert quoted in flag


def test_a_tool_the_profile_lists_is_answered_from_the_workspace(db):
    body = _body(_draft("Please share your experience with React.", base="We need our React admin dashboard sped "
                        "up: the reports table takes ten seconds to load.", title="React dashboard speed-up").text)
    assert "React is one of the tools" in body and "[Your answer" not in body, body


def test_knowing_a_tool_does_not_answer_a_narrower_question(db):
    body = _body(_draft("Please confirm you have experience with Python CAPTCHA solving on government sites.").text)
    assert "Python is one of the tools" not in body and "[Your answer" in body, body


@pytest.mark.parametrize("text", [
    "Experience with Shopify is required.",
    "You must have experience in Python scraping.",
    "We are looking for someone with 3+ years of experience with Postgres.",
    "Have you ever wanted a cleaner data pipeline? We do.",
    "What frameworks have you used?",
])
def test_requirements_are_no_ask(text):
    assert find_asks(text) == []


def test_asks_past_the_sentence_limit_are_merged_not_dropped():
    post = (f"{SCRAPE}\nIn your proposal, please include your availability and your working hours. Please confirm you "
            "have experience bypassing CAPTCHAs on county sites. Explain how you would approach retries when a portal "
            "times out.")
    asks = ["In your proposal, please include your availability and your working hours."]
    out = answer_asks(asks, {"post_text": post}, {"description": post}, WS.model_dump(), {}, None)
    assert len(out.sentences) == 4 and out.sentences[-1].startswith("Also, as you asked, "), out.sentences
    assert "[Your answer" in out.sentences[-1]
    flags = " ".join(out.flags)
    assert "bypassing CAPTCHAs" in flags and "retries when a portal times out" in flags
    out.trim()  # a letter over its word limit loses the short sentence first, then the last answer
    assert len(out.sentences) == 3 and not any(s.startswith("Also") for s in out.sentences)


def test_a_long_letter_still_answers_the_experience_ask(db):
    out = _draft("In your proposal, please include your hourly rate, your availability, your time zone and working "
                 "hours, and how many scrapers you have built. Please confirm you have experience bypassing CAPTCHAs "
                 "on county sites.")
    assert "“bypassing CAPTCHAs on county sites”: [Your answer" in _body(out.text), out.text
    assert any("bypassing CAPTCHAs" in f for f in out.parts["reviewer_flags"])


def test_a_tool_experience_ask_past_the_limit_names_the_tool():
    # audit of letters for posts no evaluation workspace fits: "my experience with the tool named: [Your answer]"
    asks = ["In your proposal, please include your hourly rate, your availability, how long it will take and your "
            "experience with Magento."]
    out = answer_asks(asks, {"post_text": f"{SCRAPE}\n{asks[0]}"}, {"description": SCRAPE}, WS.model_dump(), {}, None)
    last = out.sentences[-1]
    assert last.startswith("Also, as you asked, ") and "my experience with Magento: [Your answer]" in last, last
    assert "the tool named" not in " ".join(out.sentences + out.flags)


def test_an_approach_asked_as_a_noun_phrase_is_what_they_asked_about(db):
    # "You asked “your approach to designing …”" read as a fragment whose "your" points at the client
    body = _body(_draft("Describe your approach to designing a crawler that survives layout changes.").text)
    assert "You asked about “your approach to designing a crawler that survives layout changes”" in body, body


def test_links_to_sites_you_have_built_are_an_examples_ask():
    from service.drafting.client_asks import ask_kinds

    assert ask_kinds("Please share links to 2-3 websites you’ve built using BeTheme or similar.") == ["examples"]


def test_placeholders_go_before_answers_the_workspace_gives():
    # a case study shown for a Google Sheets dashboard had pushed out "Our rate is $45 per hour" the client asked for
    # while a timeline placeholder stayed: blanks go first, and only blanks when the case study's result is still in
    asks = ["Please include examples of similar work, your hourly rate and how long it will take."]
    out = answer_asks(asks, {"post_text": f"{SCRAPE}\n{asks[0]}"}, {"description": SCRAPE}, WS.model_dump(), {}, None)
    rate = next(s for s in out.sentences if "$65 per hour" in s)
    while out.trim(blanks_only=True):
        pass
    assert out.sentences == [rate], out.sentences
    assert out.trim() and out.sentences == []
