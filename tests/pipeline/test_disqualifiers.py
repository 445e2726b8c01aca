"""Disqualifiers: free text accepted, known ones recognised from their wording, the rest by phrase matching
(which says so); off-platform contact decided by one rule that extraction and fit share."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import ClientInfo, JobBrief
from service.core.workspace import Workspace, load_workspace, workspace_problems
from service.fit.assess import assess_fit
from service.fit.disqualifiers import recognise
from service.intake.extract import extract_brief
from service.intake.off_platform import find_off_platform
from service.intake.parse import parse_job

DESC = ("We are a funded SaaS startup and need a senior React + TypeScript developer to rebuild our analytics dashboard.\n"
        "Scope:\n- 8 screens designed in Figma\n- Charts fed by our existing GraphQL API\n- Admin panel with roles\n"
        "We work in two-week milestones with weekly updates. Expect 3 months; more projects after that.")
GOOD = ClientInfo(payment_verified=True, total_spent=25000, hire_rate=80, rating=4.9, reviews=20, jobs_posted=30)


def _brief(extra: str = "", **kw) -> JobBrief:
    base = dict(budget_type="hourly", budget_min=60, budget_max=90, skills=["React", "TypeScript"], client=GOOD)
    base.update(kw)
    return JobBrief(title="Senior React developer for SaaS dashboard", description=DESC + extra, **base)


def _ws(*disq) -> Workspace:
    data = load_workspace(DEMO_WORKSPACE).model_dump(mode="json")
    data["icp"]["disqualifiers"] = list(disq)
    return Workspace.model_validate(data)


@pytest.mark.parametrize("text,kind", [
    ("unpaid test task or free sample requested", "unpaid_test"),
    ("client wants to talk on WhatsApp or Telegram", "off_platform_contact"),
    ("payment not verified and nothing spent", "unverified_payment_no_spend"),
    ("hourly rate below our minimum", "rate_below_floor"),
    ("clients who never hired anyone", "no_hire_history"),
    ("gambling or betting sites", "phrase"),
])
def test_free_text_is_recognised_from_its_wording(text, kind):
    assert recognise(text)[0] == kind
    assert workspace_problems({**load_workspace(DEMO_WORKSPACE).model_dump(mode="json"),
                               "icp": {"disqualifiers": [text]}}) == []


def test_free_text_unpaid_test_disqualifies_like_the_id(db):
    a = assess_fit(_brief("\nAll applicants must first do a free sample of one screen."),
                   _ws("unpaid test task or free sample requested"))
    assert a.tier == "poor" and a.disqualifiers[0].id == "unpaid test task or free sample requested"
    assert "read as unpaid_test" in a.disqualifiers[0].reason


def test_other_free_text_is_a_phrase_match_that_says_so(db):
    ws = _ws("gambling or betting sites")
    a = assess_fit(_brief("\nThe dashboard is for our sports betting sites in three markets."), ws)
    assert a.tier == "poor" and "phrase match" in a.disqualifiers[0].reason and "not judged by a model" in a.disqualifiers[0].reason
    assert a.disqualifiers[0].evidence in "Senior React developer for SaaS dashboard\n" + a.disqualifiers[0].evidence
    assert assess_fit(_brief(), ws).disqualifiers == []  # no such words: no hit


def test_off_platform_request_disqualifies_and_is_the_extraction_red_flag(db):
    extra = "\nPlease add me on WhatsApp so we can discuss faster."
    a = assess_fit(_brief(extra), _ws("off_platform_contact"))
    assert a.tier == "poor" and a.disqualifiers[0].id == "off_platform_contact"
    brief = extract_brief(parse_job("Senior React developer\n" + DESC + extra))
    flags = [f for f in brief.red_flags if f.text == "Contact outside Upwork requested"]
    assert flags and "WhatsApp" in flags[0].evidence


@pytest.mark.parametrize("text", ["Build a WhatsApp bot that answers order questions.",
                                  "Integrate the Telegram Bot API with our n8n flows.",
                                  "We never pay outside Upwork.", "Set up Skype for Business on 12 laptops."])
def test_naming_a_messenger_is_not_a_contact_request(text):
    assert find_off_platform(text) is None


@pytest.mark.parametrize("text", ["Send your portfolio to hiring@example.org", "WhatsApp: +44 7700 900123",
                                  "Text me on Telegram @bobdev", "Call me at +1 415 555 2671",
                                  "We can continue outside Upwork after the first milestone."])
def test_contact_requests_are_found(text):
    assert find_off_platform(text) is not None


@pytest.mark.parametrize("text", ["Cost estimate for the APIs (OpenAI + WhatsApp + others).",
                                  "Telegram: the bot must post daily summaries."])
def test_a_plus_or_colon_after_a_messenger_name_is_not_a_handle(text):
    assert find_off_platform(text) is None


class _FakeJudge:
    """A model that says the free-text disqualifier applies, with a quote (verbatim or not)."""

    name, cacheable, rate_limited = "fake-judge", False, False

    def __init__(self, quote: str) -> None:
        self.quote = quote
        self.seen: list = []

    def run(self, model, req):
        from service.fit.schemas import FitJudgement, JudgedCriterion, JudgedDisqualifier
        from service.llm.types import Answer

        self.seen.append(req)
        free = req.inputs["free_disqualifiers"]
        crit = [JudgedCriterion(name=n, score=80) for n in ("brief_clarity", "communication_quality", "strategic_value")]
        dq = [JudgedDisqualifier(id=d, hit=True, evidence=self.quote, reason="an adult-content site") for d in free]
        return Answer(value=FitJudgement(criteria=crit, disqualifiers=dq), model_resolved="fake-judge")

    async def arun(self, model, req):
        return self.run(model, req)


@pytest.mark.parametrize("quote,hit", [("The dashboard is for our members-only site.", True),
                                       ("a quote the post never says", False)])
def test_a_model_judges_free_text_disqualifiers_with_a_verbatim_quote(db, quote, hit):
    from service.core.config import overridden
    from service.llm.engines import register_engine, unregister_engine
    from service.llm.gateway import reset_gateway

    engine = _FakeJudge(quote)
    register_engine(lambda m: m == "fake-judge", engine)
    try:
        with overridden(model="fake-judge"):
            reset_gateway()
            a = assess_fit(_brief("\nThe dashboard is for our members-only site."), _ws("adult content websites"))
    finally:
        unregister_engine(engine)
        reset_gateway()
    assert "adult content websites" in engine.seen[0].messages[1]["content"]
    assert [d.id for d in a.disqualifiers] == (["adult content websites"] if hit else [])
    if hit:
        assert a.tier == "poor" and a.disqualifiers[0].reason.startswith("judged by fake-judge")
