"""Fit scoring around the pure scorer: job records in, assessments out (and stored).

``brief_from_record`` accepts what ``draftroom triage`` reads: a dict with title + description
(and optional structured fields, flat ``client_*`` keys as in job exports or a nested ``client``),
a dict with only ``raw_text``, or a pasted text."""
from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from service.core.errors import InvalidInput
from service.core.schemas import ClientInfo, FitAssessmentOut, JobBrief, ParsedFields
from service.core.workspace import Workspace
from service.fit.assess import assess_fit
from service.intake.extract import extract_brief
from service.intake.parse import parse_job

_FIELDS = ("budget_type", "budget_min", "budget_max", "currency", "experience_level", "project_length",
           "hours_per_week", "skills", "proposals", "location_restriction", "url")
_CLIENT_FLAT = {"client_payment_verified": "payment_verified", "client_total_spent": "total_spent",
                "client_hire_rate": "hire_rate", "client_rating": "rating", "client_reviews": "reviews",
                "client_jobs_posted": "jobs_posted", "client_member_since": "member_since", "country": "country",
                "client_hires": "hires"}


def record_id(record: dict, index: int) -> str:
    for key in ("id", "job_id", "upwork_job_id", "upwork_id"):
        if record.get(key) not in (None, ""):
            return str(record[key])
    return f"line-{index}"


def _structured(record: dict) -> dict[str, Any]:
    out: dict[str, Any] = {k: record[k] for k in _FIELDS if record.get(k) not in (None, "", [])}
    client = dict(record["client"]) if isinstance(record.get("client"), dict) else {}
    for flat, name in _CLIENT_FLAT.items():
        if record.get(flat) is not None and client.get(name) is None:
            client[name] = record[flat]
    if client:
        out["client"] = client
    return out


def parse_record(record: str | dict) -> ParsedFields:
    """Parse a job record; structured fields the parser left empty are taken from the record."""
    if isinstance(record, str):
        return parse_job(record)
    if not isinstance(record, dict):
        raise InvalidInput("a job must be a JSON object or a text", field="job", fix="give {\"title\", \"description\"} or raw_text")
    has_text = str(record.get("title") or "").strip() or str(record.get("description") or "").strip()
    if not has_text and str(record.get("raw_text") or "").strip():
        parsed = parse_job(str(record["raw_text"]))
    else:
        parsed = parse_job({k: v for k, v in record.items() if k != "raw_text"})
    extra = _structured(record)
    if not extra:
        return parsed
    data = parsed.model_dump()
    for key, value in extra.items():
        if key == "client":
            merged = {k: v for k, v in data["client"].items() if v is not None}
            data["client"] = {**value, **merged}
        elif data.get(key) in (None, "", []):
            data[key] = value
    try:
        ClientInfo.model_validate(data["client"])
        return ParsedFields.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InvalidInput(f"field {where}: {err['msg']}", field=where, fix="fix or remove that field in the job record") from None


def brief_from_record(record: str | dict, *, job_id: int | None = None) -> JobBrief:
    return extract_brief(parse_record(record), job_id=job_id)


def score_record(record: str | dict, ws: Workspace, *, job_id: int | None = None) -> tuple[JobBrief, FitAssessmentOut]:
    brief = brief_from_record(record, job_id=job_id)
    return brief, assess_fit(brief, ws, job_id=job_id)


def save_assessment(job_id: int, assessment: FitAssessmentOut, ws: Workspace) -> int:
    """Store an assessment for a stored job; returns the ``fit_assessments`` row id."""
    from service.core.db import session_scope
    from service.core.models import FitAssessment, Job

    with session_scope() as s:
        if s.get(Job, job_id) is None:
            from service.core.errors import NotFound

            raise NotFound(f"job {job_id} does not exist", field="job_id")
        row = FitAssessment(job_id=job_id, workspace_hash=ws.content_hash(), score=assessment.score,
                            tier=assessment.tier, service_line=assessment.service_line, model=assessment.model,
                            data=assessment.model_dump(mode="json"))
        s.add(row)
        s.flush()
        return row.id
