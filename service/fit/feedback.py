"""Reviewer feedback on fit scores ("this score is wrong"): store, list, export as eval cases.

The API and the review UI call ``record_feedback``; ``export_eval_cases`` writes JSONL lines in
the shape of ``evals/datasets/fit/*.jsonl`` so a corrected case can join the labelled set."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import IO

from pydantic import BaseModel
from sqlmodel import select

from service.core.db import get_or_404, session_scope
from service.core.errors import InvalidInput
from service.core.models import FitAssessment, FitFeedback, Job
from service.core.workspace import CRITERIA

REASONS: dict[str, str] = {
    "tier_too_high": "the tier is too optimistic",
    "tier_too_low": "the tier is too pessimistic",
    "service_mismatch": "the service line or skill match is wrong",
    "budget_misread": "the budget or rate was misread",
    "client_signals_wrong": "client history or payment signals were judged wrongly",
    "disqualifier_wrong": "a disqualifier fired wrongly (or should have fired)",
    "evidence_wrong": "the quoted evidence does not support the score",
    "other": "something else (see the note)",
}
TIERS = ("strong", "possible", "poor")
MAX_NOTE = 2000


class FeedbackOut(BaseModel):
    id: int
    assessment_id: int
    job_id: int
    created_at: datetime
    user_id: int | None
    reasons: list[str]
    expected_tier: str | None
    criterion: str | None
    note: str
    scored_tier: str
    scored_score: float


def _validate(reasons: list[str], expected_tier: str | None, criterion: str | None, note: str) -> list[str]:
    reasons = list(dict.fromkeys(r.strip() for r in reasons if r and r.strip()))
    if not reasons:
        raise InvalidInput("give at least one reason", field="reasons", fix="choose from: " + ", ".join(REASONS))
    unknown = [r for r in reasons if r not in REASONS]
    if unknown:
        raise InvalidInput(f"unknown reason(s): {', '.join(unknown)}", field="reasons", fix="choose from: " + ", ".join(REASONS))
    if expected_tier is not None and expected_tier not in TIERS:
        raise InvalidInput(f"expected_tier '{expected_tier}' is not a tier", field="expected_tier", fix="use strong, possible or poor")
    if criterion is not None and criterion not in CRITERIA:
        raise InvalidInput(f"unknown criterion '{criterion}'", field="criterion", fix="use one of: " + ", ".join(CRITERIA))
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"note is {len(note)} characters; the limit is {MAX_NOTE}", field="note", fix="shorten the note")
    if "other" in reasons and not note.strip():
        raise InvalidInput("reason 'other' needs a note", field="note", fix="say what is wrong in the note")
    return reasons


def _out(fb: FitFeedback, a: FitAssessment) -> FeedbackOut:
    return FeedbackOut(id=fb.id, assessment_id=fb.assessment_id, job_id=a.job_id, created_at=fb.created_at, user_id=fb.user_id,
                       reasons=list(fb.reasons or []), expected_tier=fb.expected_tier, criterion=fb.criterion, note=fb.note,
                       scored_tier=a.tier, scored_score=a.score)


def record_feedback(assessment_id: int, *, reasons: list[str], expected_tier: str | None = None,
                    criterion: str | None = None, note: str = "", user_id: int | None = None) -> FeedbackOut:
    """Store one "score is wrong" report against a stored assessment."""
    reasons = _validate(reasons, expected_tier, criterion, note or "")
    with session_scope() as s:
        a = get_or_404(s, FitAssessment, assessment_id, what="fit assessment", field="assessment_id")
        if expected_tier is not None and expected_tier == a.tier:
            raise InvalidInput(f"expected_tier '{expected_tier}' is the tier already given", field="expected_tier",
                               fix="give the tier you expected, or leave it empty and explain in the note")
        fb = FitFeedback(assessment_id=assessment_id, user_id=user_id, reasons=reasons, expected_tier=expected_tier,
                         criterion=criterion, note=(note or "").strip())
        s.add(fb)
        s.flush()
        return _out(fb, a)


def assessment_for_job(job_id: int, assessment_id: int | None = None) -> int:
    """The assessment a job's feedback is about: the one named (it must belong to the job) or the latest."""
    with session_scope() as s:
        get_or_404(s, Job, job_id, what="job", field="job_id")
        if assessment_id is not None:
            a = s.get(FitAssessment, assessment_id)
            if a is None or a.job_id != job_id:
                raise InvalidInput(f"fit assessment {assessment_id} is not an assessment of job {job_id}",
                                   field="assessment_id", fix="omit it to use the job's latest assessment, or use one "
                                   "listed by GET /v1/jobs/{id}")
            return a.id
        a = s.exec(select(FitAssessment).where(FitAssessment.job_id == job_id).order_by(FitAssessment.id.desc())).first()
        if a is None:
            raise InvalidInput(f"job {job_id} has no fit assessment yet", field="job_id",
                               fix="score it first (POST /v1/jobs or `draftroom fit score`)")
        return a.id


def list_feedback(*, assessment_id: int | None = None, job_id: int | None = None, since: datetime | None = None) -> list[FeedbackOut]:
    with session_scope() as s:
        q = select(FitFeedback, FitAssessment).join(FitAssessment, FitAssessment.id == FitFeedback.assessment_id)
        if assessment_id is not None:
            q = q.where(FitFeedback.assessment_id == assessment_id)
        if job_id is not None:
            q = q.where(FitAssessment.job_id == job_id)
        if since is not None:
            q = q.where(FitFeedback.created_at >= since)
        return [_out(fb, a) for fb, a in s.exec(q.order_by(FitFeedback.id)).all()]


def _case(fb: FitFeedback, a: FitAssessment, job: Job) -> dict:
    brief = job.brief or {}
    record = dict(job.raw_json) if isinstance(job.raw_json, dict) else {}
    if not record:
        record = {"title": brief.get("title") or job.title, "description": brief.get("description") or job.raw_text}
        for key in ("budget_type", "budget_min", "budget_max", "experience_level", "project_length", "skills", "client"):
            if brief.get(key) not in (None, [], {}):
                record[key] = brief[key]
    return {"id": f"feedback-{fb.id}", "workspace": None, "workspace_hash": a.workspace_hash, "job": record,
            "expected_tier": fb.expected_tier, "scored": {"tier": a.tier, "score": a.score, "model": a.model},
            "criterion": fb.criterion, "reasons": list(fb.reasons or []), "note": fb.note, "source": "reviewer_feedback",
            "created_at": fb.created_at.isoformat()}


def export_eval_cases(dest: Path | str | IO[str]) -> int:
    """Write every feedback row as an eval case (JSONL); returns the number of cases."""
    with session_scope() as s:
        rows = s.exec(select(FitFeedback, FitAssessment, Job).join(FitAssessment, FitAssessment.id == FitFeedback.assessment_id)
                      .join(Job, Job.id == FitAssessment.job_id).order_by(FitFeedback.id)).all()
        cases = [_case(fb, a, job) for fb, a, job in rows]
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    if hasattr(dest, "write"):
        dest.write(lines)
    else:
        try:
            Path(dest).write_text(lines, encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(f"cannot write {dest}: {exc.strerror}", field="--out") from None
    return len(cases)
