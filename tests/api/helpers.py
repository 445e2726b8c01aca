"""Small builders for review-queue tests: users, jobs and drafts without running the AI pipeline."""
from __future__ import annotations

import hashlib
import itertools
from datetime import datetime

from service.accounts.auth import Principal, add_user
from service.core.db import session_scope
from service.core.models import Job, utcnow
from service.core.schemas import LintCheck, LintResult
from service.drafting.proposal import DraftOutcome
from service.review.ai_versions import store_draft

_n = itertools.count(1)
AI_TEXT = ("Your warehouse dashboard needs the delivery KPIs on one screen. I would start with the data model, "
           "then the charts, and ship a first view within a week. Shall we talk on Monday?")


def make_user(role: str, name: str | None = None) -> tuple[Principal, str]:
    user, key = add_user(name or f"{role}-{next(_n)}", role)
    return Principal(user_id=user.id, name=user.name, role=user.role), key


def make_job(title: str = "Logistics dashboard", created_at: datetime | None = None, job_type: str | None = None) -> Job:
    with session_scope() as s:
        job = Job(title=title, raw_text=f"{title}\nteam-written test post {next(_n)}",
                  text_hash=hashlib.sha256(f"{title}{next(_n)}".encode()).hexdigest(), created_at=created_at or utcnow(),
                  job_type=job_type, status="extracted")
        s.add(job)
        s.flush()
        return job


def make_draft(text: str = AI_TEXT, *, flags: tuple[str, ...] = (), tier: str | None = "strong",
               intake_at: datetime | None = None, service_line: str = "web_app", template_id: str = "proposal_web_app",
               with_job: bool = True, job: Job | None = None, kind: str = "proposal"):
    checks = [LintCheck(id="word_bounds", passed=True)] + [LintCheck(id=f, passed=False, message=f"{f} failed")
                                                          for f in flags]
    outcome = DraftOutcome(kind=kind, text=text, parts={}, lint=LintResult(checks=checks, word_count=len(text.split())),
                           template_id=template_id, template_hash="t" * 64, model="offline", service_line=service_line)
    if with_job and job is None:
        job = make_job(created_at=intake_at)
    return store_draft(outcome, job_id=job.id if job else None, tier=tier, intake_at=intake_at)
