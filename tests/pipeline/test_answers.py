"""Screening answers that answer (issue 14, Build 5): the team-written know-how bank (answer_bank.py) is
grammatical and claims nothing the workspace lacks, its triggers fire on the questions it is for (written here by
the team, not copied from posts) and not on others, "how would you approach it" answers with the letter's own
plan, a deferral is the last resort and never repeats its words, and a fact only the freelancer knows is raised to
the reviewer instead of being invented."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief, ProposalParts, ScreeningAnswer
from service.core.workspace import load_workspace
from service.drafting.answer_bank import BANK, know_how
from service.drafting.frames import grammar_problems
from service.drafting.lint import lint_proposal, sentences
from service.drafting.offline_phrases import domains_for
from service.drafting.proposal import draft_proposal
from service.drafting.voice import Voice

OLD_DEFERRALS = ("I would rather answer this one precisely than in general terms: I will confirm it", "This depends on details I have not seen yet; once you have shown me", "I will give you a firm answer to this one on our first call")  # the deferral, retired in the third probe

EVAL_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces"
WORKSPACES = {"demo": load_workspace(DEMO_WORKSPACE), "data": load_workspace(EVAL_WS / "data-analytics.yaml"),
              "copy": load_workspace(EVAL_WS / "copywriter.yaml")}

# team-written screening questions, one or more per bank entry (modelled on what clients ask, not copied)
QUESTIONS = {
    "large_files": ["How do you handle large datasets in pandas?","How do you process a 5 GB CSV export without running out of memory?",
                    "What's the biggest file you have parsed, and how did you keep memory usage down?"],
    "tenant": ["How would you keep each customer's data separate in a multi-tenant Django app?"],
    "rate_limits": ["The supplier API allows 60 calls a minute. How would you deal with its rate limit?"],
    "scraping_blocks": ["What do you do when a site starts showing captchas or blocks your scraper?"],
    "many_sites": ["How would you approach scraping prices from several competitor websites?",
                   "How do you structure a crawler that collects listings from 12 different portals?"],
    "model_eval": ["How would you evaluate the model before we rely on it?"],
    "hallucination": ["How will you stop the chatbot from hallucinating answers about our products?"],
    # third probe (found trying the product): each had drawn a neighbouring entry's answer
    "webhook_duplicates": ["Walk me through how you would debug duplicate webhook events.",
                           "Our order events sometimes arrive twice. How would you stop double processing?"],
    "statistics": ["Which statistical tests would you use to compare the rating questions across regions?"],
    "free_text": ["How would you analyse the free-text comments in the survey?"],
    "forecast_accuracy": ["How accurate do you think the demand forecast can get?"],
    "app_removal": ["Which apps would you remove first?", "What Shopify apps would you uninstall to speed the store up?"],
    "cutover": ["How would you handle the cutover with minimal downtime?", "What's your plan for go-live weekend?"],
    "redirects": ["How would you handle the URL redirects so we don't lose our rankings?"],
    "data_quality": ["How would you make sure the report numbers match our finance team's?", "How do you make sure the numbers in the report are accurate?",
                     "What checks do you run for duplicate records?"],
    "missing_values": ["How do you treat outliers and missing values in survey data?"],
    "refresh": ["Can the dashboard refresh automatically every morning?"],
    "kpis": ["Which KPIs would you put on the sales dashboard?"],
    "rag": ["How would you build a knowledge base assistant over our PDFs?"],
    "lead_quality": ["How would you score leads so sales only calls the good ones?"],
    "automation_split": ["Which steps would you leave semi-automated, with a person approving them?"],
    "transactions": ["How would you set up a ledger of stock movements in the sheet?"],
    "migration": ["How would you migrate our customer records to the new CRM without losing any?"],
    "crm_setup": ["What are the biggest mistakes you see in HubSpot setups?",
                  "What common pitfalls do teams hit when they roll out Pipedrive?"],
    "integration_tools": ["Would you choose Zapier or custom code for this, and why?"],
    "update_safe": ["How will you make sure your changes survive theme updates?"],
    "security": ["How would you store user passwords?", "How do you handle authentication and user permissions?",
                 "How would you keep our API keys and customer data secure?"],
    "compliance": ["Our clinic data falls under HIPAA. How would you approach compliance?"],
    "page_speed": ["Our store is slow on mobile. How would you improve the page speed?",
                   "What would you do about the load times of our website?"],
    "store_testing": ["How do you test theme changes without breaking the live store?"],
    "render_performance": ["How would you keep the 3D room planner smooth on older phones?"],
    "performance": ["The admin pages are slow with 50,000 orders. How would you improve performance?"],
    "testing": ["How do you test your code before handing it over?"],
    "deployment": ["How would you set up CI/CD and deployments for this app?"],
    "scraper_changes": ["How do you ensure your scraper keeps working when the site changes?"],
    "get_started": ["What would you need from us to get started?"],
    "errors": ["What would you do if the API goes down?","What happens when a sync job fails at night? How do you handle error handling and alerts?"],
    "schema": ["How would you design the database schema for bookings and payments?"],
    "api_integration": ["How would you connect our booking system to the accounting API?"],
    "existing_code": ["You'd be picking up an existing codebase from a previous developer. How do you start?"],
    "responsive": ["How do you make sure the site is mobile-friendly and works across browsers?"],
    "accessibility": ["How do you make sure the site meets WCAG accessibility standards?"],
    "version_control": ["Do you work with Git and pull requests?"],
    "seo": ["How would you improve our organic search rankings?"],
    "conversion": ["Our cart abandonment is high. How would you improve conversions?"],
    "writing_process": ["What is your writing process for a new client?"],
    "estimates": ["How long would it take to finish the first version?"],
    "scope_changes": ["How do you handle scope changes in the middle of a project?"],
    "unclear": ["How do you deal with unclear requirements?"],
    "confidentiality": ["Are you willing to sign an NDA before seeing the code?"],
    "communication": ["How would you keep us updated on progress?"],
    "audit": ["What would you audit first in our current automations?"],
    "ai_tools": ["Do you use AI tools like ChatGPT in your work?"],
}
NOT_TECHNICAL = ["What is your hourly rate?", "When can you start?", "What is your favourite colour?",
                 "Please share your portfolio.", "How many years have you been freelancing?"]


def _ws_for(entry) -> tuple[str, object, object]:
    for name, ws in WORKSPACES.items():
        for line in ws.service_lines:
            if entry.domains & domains_for(ws.model_dump(), line.model_dump()):
                return name, ws, line
    raise AssertionError(f"no test workspace does {entry.id}'s kinds of work")


def test_every_entry_has_team_written_questions():
    assert {e.id for e in BANK} == set(QUESTIONS)
    assert len({e.id for e in BANK}) == len(BANK)


@pytest.mark.parametrize("entry_id, question", [(k, q) for k, qs in QUESTIONS.items() for q in qs])
def test_triggers_fire_on_the_questions_they_are_for(entry_id, question):
    entry = next(e for e in BANK if e.id == entry_id)
    _, ws, line = _ws_for(entry)
    found = know_how(question, domains_for(ws.model_dump(), line.model_dump()))
    assert found is not None and found.id == entry_id, (question, found and found.id)


@pytest.mark.parametrize("question", NOT_TECHNICAL)
def test_triggers_stay_quiet_on_other_questions(question):
    assert know_how(question, frozenset({"dev", "data", "shop", "copy"})) is None, question


def test_an_entry_is_used_only_for_a_workspace_that_does_that_work():
    copy_only = frozenset({"copy"})
    assert know_how(QUESTIONS["tenant"][0], copy_only) is None
    assert know_how(QUESTIONS["large_files"][0], copy_only) is None


@pytest.mark.parametrize("entry", BANK, ids=lambda e: e.id)
@pytest.mark.parametrize("plural", [False, True])
def test_bank_answers_are_grammatical_supported_and_count_as_answers(entry, plural):
    _, ws, line = _ws_for(entry)
    question = QUESTIONS[entry.id][0]
    answer = Voice(plural=plural).speak(entry.answer)
    for s in sentences(answer):
        assert not grammar_problems(s), (s, grammar_problems(s))
    b = JobBrief(title="Help with our project", description="We need help with a project for our business.",
                 screening_questions=[question])
    text = ("Hi,\n\nI read your post and would start by agreeing the details with you.\n\nMaya\n"
            "Answers to your questions:\n\n1. " + question + "\n" + answer + "\n")
    parts = ProposalParts(hook="x", diagnosis="x", next_step="x", call_to_action="x",
                          screening_answers=[ScreeningAnswer(question=question, answer=answer)])
    checks = {c.id: c for c in lint_proposal(text, b, ws, parts, line).checks}
    for cid in ("no_unsupported_claims", "answers_answer", "screening_answered", "no_placeholders", "fluent"):
        assert checks[cid].passed, (entry.id, cid, checks[cid].message)


SAAS = JobBrief(
    title="Backend developer for a multi-tenant compliance SaaS",
    description="We are building a B2B SaaS platform in FastAPI and PostgreSQL that parses large XML filings.\n"
                "Responsibilities:\n- Build streaming parsers for the filings\n- Design the rules engine\n"
                "- Set up CI/CD with GitHub Actions for every merge\n"
                "- Expose the results through a REST API\n\nPlease answer:\n"
                "1. How big was the biggest XML file you have parsed, and how did you keep memory use down?\n"
                "2. How would you keep each tenant's data isolated from the others, and at which layers?\n"
                "3. How would you approach this project?",
    skills=["Python", "FastAPI", "PostgreSQL"],
    screening_questions=["How big was the biggest XML file you have parsed, and how did you keep memory use down?",
                         "How would you keep each tenant's data isolated from the others, and at which layers?",
                         "How would you approach this project?"])


def test_a_finished_letter_answers_technical_questions_and_flags_the_missing_fact(db):
    out = draft_proposal(SAAS, None, WORKSPACES["demo"])
    answers = [a["answer"] for a in out.parts["screening_answers"]]
    assert "stream" in answers[0] and "memory" in answers[0]
    assert "tenant id" in answers[1] and "row-level security" in answers[1]
    for a in answers:
        assert not any(d.split(":")[0][:40] in a for d in OLD_DEFERRALS), a
    # the largest file is the freelancer's to give: the answer states the method, the reviewer is told
    assert any(f.startswith("fact_needed") and "largest file" in f for f in out.parts["reviewer_flags"])
    assert out.lint.passed, [c.message for c in out.lint.failures]


def test_how_would_you_approach_it_uses_the_letters_own_plan(db):
    out = draft_proposal(SAAS, None, WORKSPACES["demo"])
    plan_items = re.findall(r"^\d\. \u201c([^\u201d]+)\u201d", out.parts["diagnosis"], re.MULTILINE)
    answer = out.parts["screening_answers"][2]["answer"]
    if len(plan_items) >= 2:  # the plan quotes the post's own items: the answer follows them in order
        positions = [answer.find(f"\u201c{i}\u201d") for i in plan_items]
        assert all(p >= 0 for p in positions) and positions == sorted(positions), (answer, plan_items)
    else:
        assert answer.startswith(("I would", "We would")), answer


def test_unanswerable_questions_go_to_the_reviewer_and_the_clients_own_to_the_call(db):
    """Nothing in the workspace answers the applicant's own record or taste: a placeholder the reviewer fills (it blocks
    approval until then), never "I would rather answer this one precisely …" (third probe: read as a dodge); the
    client's own needs are asked on the first call, each in its own words."""
    qs = ["How many of your past clients came back for a second project?",
          "What would a perfect Tuesday look like on this project?",
          "What is the single most surprising thing about our market?",
          "Which specific features do you want to add first?",
          "Which pages are you looking to change?", "What colours do you want on the new screens?",
          "How critical is this dashboard to your overall business?", "What tasks do you want to hand over first?",
          "What would a perfect Friday look like on this project?"]
    b = JobBrief(title="Inventory dashboard for bike rental shops", description="We run bike rental shops and need "
                 "an inventory dashboard in React that shows which bikes are out for repair.", skills=["React"],
                 screening_questions=qs)
    out = draft_proposal(b, None, WORKSPACES["demo"])
    answers = [a["answer"] for a in out.parts["screening_answers"]]
    clients = answers[3:8]
    assert len(set(clients)) == len(clients), clients
    for a in clients:
        assert re.search(r"ask it|ask you|bring it|take it through|yours to answer", a) and "first call" in a, a
    for a in answers[:3] + answers[8:]:
        assert a.startswith("[Your answer") and not any(d[-30:] in a for d in OLD_DEFERRALS), a
    assert any(n.startswith("own_answer_needed") for n in out.notes + list(out.parts.get("flags") or [])), out.notes
    assert "answers_answer" not in {c.id for c in out.lint.failures}


def test_a_question_about_the_clients_own_needs_goes_to_the_first_call(db):
    b = JobBrief(title="Shopify theme changes", description="We need changes to our Shopify theme product pages.",
                 skills=["Shopify"], screening_questions=["What specific features do you want to change?"])
    out = draft_proposal(b, None, WORKSPACES["demo"])
    answer = out.parts["screening_answers"][0]["answer"]
    assert "first call" in answer and "yes" not in answer.lower().split()[:1]
