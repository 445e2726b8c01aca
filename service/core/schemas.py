"""Pydantic shapes shared by the pipeline, the gateway, the API and the UI.

Field names here are a public interface (API JSON, CLI JSON, eval datasets): add, don't rename."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

Tier = Literal["strong", "possible", "poor"]
DraftKind = Literal["proposal", "checkin", "kickoff", "reply", "followup"]
DRAFT_KINDS: tuple[str, ...] = ("proposal", "checkin", "kickoff", "reply", "followup")
TIER_RANK = {"strong": 0, "possible": 1, "poor": 2, None: 3}


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


# ---------------------------------------------------------------- brief
class ClientInfo(_Model):
    country: str | None = None
    payment_verified: bool | None = None
    rating: float | None = None
    reviews: int | None = None
    total_spent: float | None = None
    hire_rate: float | None = None
    jobs_posted: int | None = None
    member_since: str | None = None
    hires: int | None = None


class Requirement(_Model):
    id: str = Field(description="R1, R2, ...")
    text: str
    must: bool = True


class EvidencedItem(_Model):
    text: str = Field(description="The need, red flag or instruction, in a few words.")
    evidence: str = Field("", description="A verbatim quote from the post that supports it.")


class ClientInstruction(_Model):
    kind: Literal["required_word", "opener", "format", "answer_questions", "other"] = "other"
    text: str = Field(description="The instruction as the client wrote it (verbatim).")
    value: str | None = Field(None, description="The word/opener the proposal must contain, if any.")


class InjectionFlag(_Model):
    quote: str = Field(description="The verbatim text that tries to steer an AI.")
    reason: str = ""
    field: str = Field("description", description="Where the quote is: title, description, page_questions, skills, "
                                                   "client.<name>, hidden_text, ...")


class ParsedFields(_Model):
    """Deterministic fields: parsed from page text or taken from a job JSON. Unstated = null."""

    title: str = ""
    description: str = ""
    url: str | None = None
    upwork_id: str | None = None
    source_format: str = "text"
    budget_type: Literal["fixed", "hourly"] | None = None
    budget_min: float | None = None
    budget_max: float | None = None
    currency: str | None = None
    experience_level: Literal["entry", "intermediate", "expert"] | None = None
    project_length: str | None = None
    hours_per_week: str | None = None
    skills: list[str] = Field(default_factory=list)
    client: ClientInfo = Field(default_factory=ClientInfo)
    proposals: str | None = None
    posted_at: datetime | None = None
    location_restriction: str | None = None
    # added by issue 4 (parser): provenance and text that lives outside the description
    posted_raw: str | None = Field(None, description="Posted time as the page states it ('2 hours ago').")
    page_questions: list[str] = Field(default_factory=list,
                                      description="Screening questions the page lists outside the description.")
    hidden_text: list[str] = Field(default_factory=list,
                                   description="Text hidden from people in the input (HTML comments, hidden "
                                               "elements); kept only for the injection check.")
    field_evidence: dict[str, str] = Field(default_factory=dict,
                                           description="For each parsed field, the input text it was read from.")


class SemanticBrief(_Model):
    """What the AI step (or the offline heuristics) reads out of the post."""

    summary: str = Field("", description="At most 90 words.")
    deliverables: list[str] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)
    implicit_needs: list[EvidencedItem] = Field(default_factory=list)
    screening_questions: list[str] = Field(default_factory=list, description="Verbatim.")
    client_instructions: list[ClientInstruction] = Field(default_factory=list)
    tools: list[str] = Field(default_factory=list, description="Normalised skill names.")
    tone: str | None = None
    red_flags: list[EvidencedItem] = Field(default_factory=list)
    injection_flags: list[InjectionFlag] = Field(default_factory=list)
    missing_fields: list[str] = Field(default_factory=list)
    confidence: Literal["high", "medium", "low"] = "medium"
    language: str | None = Field(None, description="ISO 639-1 code of the post's language, if recognisable.")


class JobBrief(ParsedFields, SemanticBrief):
    model: str = "offline"
    notes: list[str] = Field(default_factory=list)
    # text covered by an injection flag: kept for the reviewer, never an order or a question to answer
    quarantined_questions: list[str] = Field(default_factory=list,
                                             description="Screening questions inside flagged text (not to answer).")
    ignored_instructions: list[ClientInstruction] = Field(default_factory=list,
                                                          description="Client instructions inside flagged text "
                                                                      "(never honoured).")


# ---------------------------------------------------------------- fit
class CriterionScore(_Model):
    name: str
    score: float = Field(ge=0, le=100)
    weight: float = 0
    evidence: str = "not stated"
    reason: str = ""
    floor: float | None = None
    below_floor: bool = False
    source: str = Field("rules", description="rules | model | offline | neutral | skipped: who produced this score.")


class DisqualifierHit(_Model):
    id: str
    reason: str
    evidence: str = "not stated"


class FitAssessmentOut(_Model):
    score: float = Field(ge=0, le=100)
    tier: Tier
    criteria: list[CriterionScore]
    service_line: str | None = None
    service_line_score: float = 0
    matched_skills: list[str] = Field(default_factory=list)
    missing_skills: list[str] = Field(default_factory=list)
    disqualifiers: list[DisqualifierHit] = Field(default_factory=list)
    decided_by_rules: bool = False
    model: str = "offline"
    tier_reason: str = Field("", description="One line: why this tier (disqualifier, floor, threshold).")
    service_line_name: str | None = None
    service_line_scores: dict[str, float] = Field(default_factory=dict, description="Match score of every service line.")


# ---------------------------------------------------------------- drafts
class ScreeningAnswer(_Model):
    question: str
    answer: str


class GroundedSentence(_Model):
    sentence: str = Field(description="A sentence of the letter that says something about the job.")
    quote: str = Field(description="The verbatim post text it answers (shown to the reviewer).")


class ProposalParts(_Model):
    hook: str = Field(description="Opening tied to a specific detail of the post (first ~230 chars).")
    diagnosis: str = Field(description="Short diagnosis of the client's problem.")
    proof_id: str | None = Field(None, description="Id of ONE proof item from the library, or null.")
    proof_line: str = Field("", description="The sentence presenting that proof (or relevant experience).")
    next_step: str = Field(description="Recommended next step.")
    call_to_action: str = Field(description="A clear, low-friction call to action.")
    screening_answers: list[ScreeningAnswer] = Field(default_factory=list)
    opener: str | None = Field(None, description="Required opening word/phrase demanded by the client, if any.")
    detail: str = Field("", description="The post-specific detail the hook names (copied from the post).")
    reviewer_flags: list[str] = Field(default_factory=list,
                                      description="Things the reviewer must look at, e.g. no matching proof.")
    grounding: list[GroundedSentence] = Field(default_factory=list,
                                              description="Each statement about the job with the post quote it answers.")
    job_type: str | None = Field(None, description="fix | project | role | consultation: shapes the next step.")
    # the client's first name from the post ("Hi Ben,"), filled in by the pipeline for every engine
    # (drafting/client_name.py); not part of the schema a model is asked to fill
    greeting: SkipJsonSchema[str] = ""
    # the client's instructions about the letter's shape, filled in by the pipeline for every engine
    # (drafting/letter_layout.py): the last line asked for, the sign-off in place of the name, and the body in the
    # client's own form (a template filled in, bullet points only, a limit in lines or sentences)
    closing: SkipJsonSchema[str] = ""
    signoff: SkipJsonSchema[str] = ""
    form: SkipJsonSchema[str] = ""
    form_only: SkipJsonSchema[bool] = False


class CheckinParts(_Model):
    completed: list[str] = Field(default_factory=list)
    completed_entry_ids: list[int] = Field(default_factory=list,
                                           description="Log entry id behind each Completed item (same order).")
    current_focus: str = ""
    risks: list[str] = Field(default_factory=list)
    next_milestone: str = ""
    client_action: str = ""


class KickoffParts(_Model):
    greeting: str = ""
    deliverables: list[str] = Field(default_factory=list)
    timeline: str = ""
    communication: str = ""
    feedback: str = ""
    first_request: str = ""


class ReplyParts(_Model):
    acknowledgement: str = ""
    answer: str = ""
    questions: list[str] = Field(default_factory=list)
    next_step: str = ""


class FollowupParts(_Model):
    recap: str = ""
    result: str = ""
    open_items: list[str] = Field(default_factory=list)
    question: str = ""
    upsell: str = ""


class LintCheck(_Model):
    id: str
    passed: bool
    message: str = ""
    severity: Literal["error", "warning"] = "error"


class LintResult(_Model):
    checks: list[LintCheck] = Field(default_factory=list)
    word_count: int = 0

    @property
    def failures(self) -> list[LintCheck]:
        return [c for c in self.checks if not c.passed]

    @property
    def passed(self) -> bool:
        return not self.failures
