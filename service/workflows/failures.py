"""How a failed AI step is reported and kept: one line a reviewer can act on, the ids of what was
kept, and the job marked needs_attention (its raw text untouched)."""
from __future__ import annotations

from service.core.db import session_scope
from service.core.errors import LLMFailure
from service.core.models import Job

REASON_LIMIT = 2000


def reason_for(exc: BaseException) -> str:
    """One line a reviewer can act on: which step, which error, how many attempts."""
    extra = getattr(exc, "extra", {}) or {}
    task, code, attempts = extra.get("task"), extra.get("error_code"), extra.get("attempts")
    head = f"{task} failed" if task else "AI step failed"
    if code:
        head += f": {code}"
    if attempts:
        head += f" after {attempts} model request(s)"
    msg = getattr(exc, "message", None) or str(exc)
    return f"{head} — {msg}"[:REASON_LIMIT]


def mark_job_attention(job_id: int, exc: BaseException, *, brief: dict | None = None) -> str:
    """The job in needs_attention with the reason; ``brief``: fields of a brief made before the failure
    (``brief``, ``brief_model``), stored in the same transaction so a retry does not extract it again."""
    reason = reason_for(exc)
    with session_scope() as s:
        job = s.get(Job, job_id)
        if job is not None:
            job.status = "needs_attention"
            job.attention_reason = reason
            for name, value in (brief or {}).items():
                setattr(job, name, value)
            s.add(job)
    return reason


def failure_with_ids(exc: LLMFailure, *, job_id: int | None = None, draft_id: int | None = None) -> LLMFailure:
    """The same failure, naming what was kept and how to re-run it."""
    kept = []
    if job_id is not None:
        kept.append(f"job #{job_id}")
    if draft_id is not None:
        kept.append(f"draft #{draft_id}")
    target = f"draftroom retry {draft_id}" if draft_id is not None else f"draftroom retry {job_id} --job"
    extra = {k: v for k, v in (exc.extra or {}).items() if k not in ("job_id", "draft_id")}
    return LLMFailure(f"{exc.message}; kept {' and '.join(kept) or 'the input'} in needs_attention",
                      fix=f"run `{target}` when the model is reachable", job_id=job_id, draft_id=draft_id, **extra)
