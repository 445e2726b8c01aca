"""Webhook payloads from job-alert tools → job JSON objects that ``parse_job`` reads (docs/intake.md).

Two sources:

* ``generic``: one job ``{id, title, description, url, budget: {type, amount | min, max, currency},
  skills, client: {country, payment_verified, total_spent, ...}, posted_at}`` or ``{"jobs": [job, ...]}``.
* ``vollna``: Vollna's job-notification webhook ``{total, results_url, filter, filters, projects: [...]}``;
  each project as in Vollna's project API (``title, description, skills, url, publishedAt,
  clientQuestions, budget: {type, amount}, clientDetails: {...}``). Vollna's docs show the envelope; the
  project fields are assumed to match their project API (see docs/intake.md, "assumptions").

Each item is validated on its own: a bad item becomes a ``Rejected`` naming its field and the fix, and
the good items of the same delivery still go through."""
from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from service.core.errors import InvalidInput

SOURCES = ("vollna", "generic")
SIGNATURE_HEADER = "X-Draftroom-Signature"
_UPWORK_ID = re.compile(r"~0[0-9a-zA-Z]{8,30}")
_FIX = "see docs/intake.md for the payload shape"


@dataclass
class Accepted:
    index: int
    job: dict  # a job JSON that service.intake.parse.parse_job reads
    meta: dict = field(default_factory=dict)


@dataclass
class Rejected:
    index: int
    field: str
    message: str
    fix: str
    item: Any = None

    def as_dict(self) -> dict:
        return {"index": self.index, "field": self.field, "message": self.message, "fix": self.fix}


# ---------------------------------------------------------------- signatures
def sign(secret: str, body: bytes) -> str:
    """The ``X-Draftroom-Signature`` value for a raw request body: ``sha256=<hex HMAC-SHA256>``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def signature_ok(secret: str, body: bytes, header: str) -> bool:
    return bool(secret) and hmac.compare_digest(sign(secret, body), header.strip())


def secret_ok(secret: str, token: str) -> bool:
    return bool(secret) and hmac.compare_digest(secret.encode("utf-8"), token.strip().encode("utf-8"))


# ---------------------------------------------------------------- generic
class GenericBudget(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["fixed", "hourly"] = Field(description="'fixed' (send amount) or 'hourly' (send min and/or max).")
    amount: float | None = Field(None, ge=0, description="Fixed price.")
    min: float | None = Field(None, ge=0, description="Lowest hourly rate.")
    max: float | None = Field(None, ge=0, description="Highest hourly rate.")
    currency: str | None = Field(None, max_length=3, description="ISO 4217 code; default USD.")

    @model_validator(mode="after")
    def _amounts(self):
        if self.type == "fixed" and self.amount is None:
            raise ValueError("a fixed budget needs amount (or send type 'hourly' with min/max)")
        if self.type == "hourly" and self.min is None and self.max is None:
            raise ValueError("an hourly budget needs min and/or max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is above max ({self.max:g})")
        return self


class GenericClient(BaseModel):
    model_config = ConfigDict(extra="allow")
    country: str | None = None
    payment_verified: bool | None = None
    total_spent: float | None = Field(None, ge=0)
    rating: float | None = Field(None, ge=0, le=5)
    reviews: int | None = Field(None, ge=0)
    hire_rate: float | None = Field(None, ge=0, le=100)
    jobs_posted: int | None = Field(None, ge=0)
    member_since: str | None = None


class GenericJob(BaseModel):
    """The ``generic`` webhook job. Unknown top-level fields are refused (a typo is caught, not dropped)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=64, description="The job's Upwork id (e.g. ~01a2b3...): idempotency key.")
    title: str = Field(min_length=1, max_length=500)
    description: str = Field(min_length=1)
    url: str | None = Field(None, max_length=2000)
    budget: GenericBudget | None = None
    skills: list[str] = Field(default_factory=list)
    client: GenericClient | None = None
    posted_at: str | None = Field(None, description="ISO time the job was posted.")
    experience_level: str | None = None
    questions: list[str] = Field(default_factory=list, description="Screening questions, verbatim.")

    @model_validator(mode="before")
    @classmethod
    def _id_as_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("id"), int) and not isinstance(data.get("id"), bool):
            data = {**data, "id": str(data["id"])}
        return data


def _generic_job(job: GenericJob) -> dict:
    out: dict[str, Any] = {"upwork_job_id": job.id.strip(), "title": job.title,
                           "description": _with_questions(job.description, job.questions)}
    if job.url:
        out["url"] = job.url
    if job.budget:
        b = job.budget
        out["budget_type"] = b.type
        if b.type == "fixed":
            out["budget"] = b.amount
        else:
            out["budget_min"], out["budget_max"] = b.min, b.max
        if b.currency:
            out["currency"] = b.currency
    if job.skills:
        out["skills"] = job.skills
    if job.client:
        out["client"] = {k: v for k, v in job.client.model_dump().items() if v is not None}
    for name in ("posted_at", "experience_level"):
        if getattr(job, name):
            out[name] = getattr(job, name)
    return out


# ---------------------------------------------------------------- vollna
class VollnaBudget(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str | None = None  # "Fixed price" | "Hourly"
    amount: str | float | None = None


class VollnaProject(BaseModel):
    model_config = ConfigDict(extra="allow")
    title: str = Field(min_length=1, max_length=500)
    description: str = Field(min_length=1)
    url: str | None = None
    skills: str | list | None = None
    publishedAt: str | None = None
    clientQuestions: list[str] = Field(default_factory=list)
    budget: VollnaBudget | None = None
    clientDetails: dict | None = None
    ciphertext: str | None = None
    uid: str | None = None


def _vollna_job(p: VollnaProject) -> dict:
    extra = p.model_extra or {}
    out: dict[str, Any] = {"title": p.title, "description": _with_questions(p.description, p.clientQuestions)}
    uid = p.ciphertext or _upwork_id_in(p.url, *(str(v) for v in extra.values() if isinstance(v, str)))
    if uid:
        out["upwork_job_id"] = uid
    elif p.uid:
        out["upwork_job_id"] = str(p.uid)
    if p.url:
        out["url"] = p.url
    if p.skills:
        out["skills"] = p.skills
    if p.publishedAt:
        out["posted_at"] = p.publishedAt
    if p.budget and p.budget.amount not in (None, ""):
        kind = (p.budget.type or "").lower()
        out["budget_type"] = "hourly" if "hour" in kind else "fixed" if "fix" in kind else None
        out["budget"] = p.budget.amount
        if out["budget_type"] is None:
            out.pop("budget_type")
    if p.clientDetails:
        client = dict(p.clientDetails)
        rate = client.get("hireRate")
        if isinstance(rate, (int, float)) and not isinstance(rate, bool) and 0 <= rate <= 1:
            client["hireRate"] = round(rate * 100, 1)  # Vollna sends a fraction (0.6); the brief keeps percent
        out["client"] = client
    return out


def _upwork_id_in(*texts: str | None) -> str | None:
    for text in texts:
        if text and (m := _UPWORK_ID.search(text)):
            return m.group(0)
    return None


def _with_questions(description: str, questions: list[str]) -> str:
    qs = [q.strip() for q in questions if isinstance(q, str) and q.strip()]
    if not qs:
        return description
    return description.rstrip() + "\n\nQuestions from the client:\n" + "\n".join(f"{i}. {q}" for i, q in enumerate(qs, 1))


# ---------------------------------------------------------------- entry point
def _first_error(exc: ValidationError, prefix: str) -> tuple[str, str]:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"] if p not in ("function-after",))
    path = prefix + ("." + loc if loc else "")
    return path.strip("."), err["msg"].removeprefix("Value error, ")


def split_payload(source: str, body: Any) -> tuple[list[Accepted], list[Rejected]]:
    """Validate a webhook body; every item is either accepted (as a job JSON) or rejected with its field."""
    if source not in SOURCES:
        raise InvalidInput(f"unknown webhook source '{source}'", field="source", fix="use one of: " + ", ".join(SOURCES))
    if source == "vollna":
        if not isinstance(body, dict) or not isinstance(body.get("projects"), list):
            raise InvalidInput("a Vollna payload is an object with a 'projects' list", field="projects",
                               fix="send Vollna's job notification body unchanged; " + _FIX)
        items, prefix, model, convert = body["projects"], "projects", VollnaProject, _vollna_job
        meta = {"filter": (body.get("filter") or {}).get("name") if isinstance(body.get("filter"), dict) else None}
    else:
        if isinstance(body, dict) and "jobs" in body and "title" not in body:
            if not isinstance(body["jobs"], list):
                raise InvalidInput("jobs must be a list of job objects", field="jobs", fix=_FIX)
            items, prefix = body["jobs"], "jobs"
        elif isinstance(body, dict):
            items, prefix = [body], ""
        else:
            raise InvalidInput("the body must be a JSON object (one job, or {\"jobs\": [...]})", field="body", fix=_FIX)
        model, convert, meta = GenericJob, _generic_job, {}
    if not items:
        raise InvalidInput(f"{prefix or 'jobs'} is empty: nothing to take in", field=prefix or "jobs", fix=_FIX)
    accepted: list[Accepted] = []
    rejected: list[Rejected] = []
    for i, item in enumerate(items):
        where = f"{prefix}[{i}]" if prefix else ""
        if not isinstance(item, dict):
            rejected.append(Rejected(i, where or "body", f"item {i} is {type(item).__name__}, not an object",
                                     "send each job as a JSON object", item))
            continue
        try:
            job = convert(model.model_validate(item))
        except ValidationError as exc:
            path, msg = _first_error(exc, where)
            rejected.append(Rejected(i, path, msg, f"fix {path or 'the job'}; {_FIX}", item))
            continue
        accepted.append(Accepted(i, job, {k: v for k, v in meta.items() if v}))
    return accepted, rejected
