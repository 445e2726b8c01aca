"""Job intake: parse → dedupe → extract brief → assess fit → store. The one path every surface uses."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from service.core.config import get_settings
from service.core.db import get_or_404, session_scope
from service.core.errors import InvalidInput, LLMFailure, TooLarge
from service.core.models import FitAssessment, Job, utcnow
from service.core.schemas import FitAssessmentOut, JobBrief, ParsedFields
from service.core.workspace import Workspace, current_workspace
from service.fit.assess import assess_fit
from service.intake.extract import extract_brief
from service.intake.parse import parse_job
from service.workflows.failures import mark_job_attention


@dataclass
class IntakeResult:
    job: Job
    brief: JobBrief
    fit: FitAssessmentOut
    assessment_id: int
    duplicate: bool = False
    note: str | None = None
    existing_draft: bool = False  # the job's open draft was returned instead of a new one (proposals.draft_for_job)


def check_job_input(raw: str | dict) -> None:
    """Reject input a person can fix before any work is done."""
    limit = get_settings().max_job_bytes
    if isinstance(raw, bytes):
        raise InvalidInput("job text must be UTF-8 text, not bytes", field="job_text")
    if isinstance(raw, str):
        if len(raw.encode("utf-8", "surrogatepass")) > limit:
            raise TooLarge(f"job text is {len(raw.encode('utf-8', 'surrogatepass')):,} bytes; the limit is {limit:,}",
                           field="job_text", fix="paste only the job post (set DRAFTROOM_MAX_JOB_BYTES to raise the limit)")
        if "\x00" in raw or _looks_binary(raw):
            raise InvalidInput("job text looks like binary data, not a job post", field="job_text",
                               fix="paste the text of the job post")
        if not raw.strip():
            raise InvalidInput("job text is empty", field="job_text", fix="paste the text of the job post")
    elif isinstance(raw, dict):
        try:
            json.dumps(raw, allow_nan=False)
        except ValueError:
            raise InvalidInput("the job JSON contains a non-finite number (NaN or Infinity)", field="job",
                               fix="send plain numbers or null") from None
        size = len(str(raw).encode("utf-8", "surrogatepass"))
        if size > limit:
            raise TooLarge(f"job JSON is {size:,} bytes; the limit is {limit:,}", field="job")
    else:
        raise InvalidInput(f"a job must be text or a JSON object, got {type(raw).__name__}", field="job")


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or ch == "\ufffd")
    return controls > max(8, len(sample) // 50)


def text_hash(parsed_title: str, description: str) -> str:
    norm = re.sub(r"\W+", " ", f"{parsed_title} {description}".lower()).strip()
    return hashlib.sha256(norm.encode()).hexdigest()


def find_duplicate(session: Session, upwork_id: str | None, thash: str) -> Job | None:
    if upwork_id:
        job = session.exec(select(Job).where(Job.upwork_id == upwork_id).order_by(Job.id)).first()
        if job:
            return job
    return session.exec(select(Job).where(Job.text_hash == thash).order_by(Job.id)).first()


@dataclass
class Received:
    job: Job
    parsed: ParsedFields
    duplicate: bool
    note: str | None = None


def receive(raw: str | dict, *, user_id: int | None = None, now: datetime | None = None,
            durable: bool = True) -> Received:
    """Validate, parse and store a job's raw text (or return the stored duplicate). No AI call.
    ``durable=False``: a durable commit of the same request follows (``db.session_scope``)."""
    check_job_input(raw)
    parsed = parse_job(raw, now=now or utcnow())
    thash = text_hash(parsed.title, parsed.description)
    with session_scope(durable=durable) as s:
        locked = _one_at_a_time(s, parsed.upwork_id or thash)
        existing = find_duplicate(s, parsed.upwork_id, thash)
        if existing:
            return Received(existing, parsed, True, f"same job as #{existing.id}; returning the stored job")
        job = Job(created_by=user_id, source_format=parsed.source_format, upwork_id=parsed.upwork_id,
                  text_hash=thash, title=parsed.title[:500],
                  raw_text=raw if isinstance(raw, str) else parsed.description,
                  raw_json=raw if isinstance(raw, dict) else None)
        s.add(job)
        s.flush()
        first = None if locked else find_duplicate(s, parsed.upwork_id, thash)
        if first is not None and first.id != job.id:
            # SQLite: another request stored the same post between our check and our insert (our insert waited
            # for its write lock, so its row is visible now): keep the first, drop ours
            s.delete(job)
            s.flush()
            return Received(first, parsed, True, f"same job as #{first.id}; returning the stored job")
        return Received(job, parsed, False)


def _one_at_a_time(session: Session, key: str) -> bool:
    """Identical posts arriving at once (a webhook retry, two people pasting the same job) must make one job.
    On PostgreSQL a transaction-scoped advisory lock per post serialises the check-and-insert (True); SQLite
    serialises writers itself, so ``receive`` re-checks after its insert instead (False)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    lock_id = int(hashlib.sha256(key.encode()).hexdigest()[:15], 16)
    session.connection().execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": lock_id})
    return True


def process(job_id: int, *, ws: Workspace | None = None, parsed: ParsedFields | None = None,
            new_job: Job | None = None, durable: bool = True) -> IntakeResult:
    """Brief + fit for a stored job. Reuses a stored brief (redrafting never re-extracts) and a
    stored assessment made against the same workspace. ``new_job``: the row ``receive`` has just stored
    (no brief, no assessment yet), so it is not read again. The new brief, the fit row and the job's status
    are written in one transaction; when fit fails the brief is kept all the same (with the job's
    needs_attention reason), so retrying never extracts it again."""
    ws = ws or current_workspace()
    if new_job is not None and new_job.id == job_id and not new_job.brief:
        job, brief = new_job, None
    else:
        with session_scope() as s:
            job = get_or_404(s, Job, job_id, what="job", field="job_id")
            brief = JobBrief.model_validate(job.brief) if job.brief else None
            assessment = latest_assessment(s, job_id) if brief else None
            if brief and assessment and assessment.workspace_hash == ws.content_hash():
                return IntakeResult(job, brief, FitAssessmentOut.model_validate(assessment.data), assessment.id)
    extracted = None  # a brief made now, not stored yet
    try:
        if brief is None:
            raw = job.raw_json if job.raw_json is not None else job.raw_text
            parsed = parsed or parse_job(raw, now=job.created_at)
            brief = extracted = extract_brief(parsed, job_id=job_id)
        fit = assess_fit(brief, ws, job_id=job_id)
    except LLMFailure as exc:  # after the retry budget: keep the job (and a new brief), say why, let `retry` re-run it
        mark_job_attention(job_id, exc, brief=_brief_values(extracted))
        exc.extra["job_id"] = job_id
        raise
    except Exception:  # not a model failure (a bug): the brief is still kept
        if extracted is not None:
            with session_scope() as s:
                _store_job(s, job_id, _brief_values(extracted))
        raise
    values = {**_brief_values(extracted), "status": "extracted", "attention_reason": None}
    with session_scope(durable=durable) as s:
        _store_job(s, job_id, values)
        row = FitAssessment(job_id=job_id, workspace_hash=ws.content_hash(), score=fit.score, tier=fit.tier,
                            service_line=fit.service_line, model=fit.model, data=fit.model_dump(mode="json"))
        s.add(row)
        s.flush()
    for name, value in values.items():  # the caller's copy of the row, as stored (set_committed_value: not "dirty")
        set_committed_value(job, name, value)
    return IntakeResult(job, brief, fit, row.id)


def _brief_values(brief: JobBrief | None) -> dict:
    return {} if brief is None else {"brief": brief.model_dump(mode="json"), "brief_model": brief.model}


def _store_job(session: Session, job_id: int, values: dict) -> None:
    """One UPDATE of the job's row (no read first)."""
    t = Job.__table__
    session.connection().execute(update(t).where(t.c.id == job_id).values(**values))


def intake(raw: str | dict, *, user_id: int | None = None, ws: Workspace | None = None,
           now: datetime | None = None, durable: bool = True) -> IntakeResult:
    """Store a job (or find its duplicate), then brief and fit it. ``durable=False`` when a durable commit
    of the same request follows (the draft or the failure: ``proposals.draft_for_job``)."""
    received = receive(raw, user_id=user_id, now=now, durable=durable)
    new = not received.duplicate
    result = process(received.job.id, ws=ws, parsed=received.parsed if new else None,
                     new_job=received.job if new else None, durable=durable)
    result.duplicate, result.note = received.duplicate, received.note
    return result


def latest_assessment(session: Session, job_id: int) -> FitAssessment | None:
    return session.exec(select(FitAssessment).where(FitAssessment.job_id == job_id)
                        .order_by(FitAssessment.id.desc())).first()


def get_job(job_id: int) -> Job:
    with session_scope() as s:
        job = get_or_404(s, Job, job_id, what="job", field="job_id")
        return job
