"""Skip / apply / boost: a suggestion on each queued proposal, with its reason. Advice only: nothing
here spends Connects, sends or changes a draft; a person decides.

Inputs: the fit tier and score, how many proposals the job already has (the post's "Proposals" tier),
the job's age (posted time, else when it was pasted), and the reply rate of similar proposals (same
service line and tier, sent in the last 26 weeks; postings that never hired and never replied are left
out of the denominator, as in the scorecard). The rules, first match wins:

1. fit ``poor``                                              → skip
2. 50+ proposals and the fit is not ``strong``               → skip
3. older than 72 h, unless strong with fewer than 15 proposals → skip
4. 3+ similar proposals, none replied, fit not ``strong``    → skip
5. ``strong``, at most 24 h old, 15+ proposals               → boost
6. otherwise                                                 → apply"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from service.core.db import get_or_404, session_scope
from service.core.errors import InvalidInput
from service.core.models import Draft, FitAssessment, Job, PipelineEvent, utcnow
from service.outcomes.connects import REPLY_STAGES

QUEUED = ("pending_review", "in_review", "approved")
DEAD_ENDS = ("closed_no_hire", "expired", "unknown")
SENT_STAGES = ("proposed", "viewed", *REPLY_STAGES, "lost")
SIMILAR_WINDOW = timedelta(weeks=26)


@dataclass(frozen=True)
class Similar:
    sent: int
    denominator: int
    replies: int

    @property
    def rate(self) -> float | None:
        return round(self.replies / self.denominator, 4) if self.denominator else None


@dataclass(frozen=True)
class Advice:
    draft_id: int
    action: str  # skip | apply | boost
    reason: str
    tier: str | None
    score: float | None
    proposals: int | None
    age_hours: float | None
    similar: Similar

    def json(self) -> dict:
        body = asdict(self)
        body["similar"] = {**asdict(self.similar), "rate": self.similar.rate}
        return body


def proposals_floor(label: str | None) -> int | None:
    """The lower bound of Upwork's proposals tier: 'Less than 5' → 0, '20 to 50' → 20, '50+' → 50."""
    if not label:
        return None
    low = str(label).lower()
    if "less than" in low:
        return 0
    m = re.search(r"\d+", low)
    return int(m.group()) if m else None


def decide(tier: str | None, proposals: int | None, age_hours: float | None, similar: Similar) -> tuple[str, str]:
    tier = tier or "unscored"
    strong = tier == "strong"
    if tier == "poor":
        return "skip", "the fit is poor: the Connects are better spent on a stronger fit"
    if proposals is not None and proposals >= 50 and not strong:
        return "skip", f"{proposals}+ proposals already and the fit is only {tier}"
    if age_hours is not None and age_hours > 72 and not (strong and proposals is not None and proposals < 15):
        return "skip", f"posted {age_hours / 24:.0f} days ago: most clients have a shortlist by now"
    if similar.denominator >= 3 and similar.replies == 0 and not strong:
        return "skip", f"0 of {similar.denominator} similar proposals ({tier} fit, same service line) got a reply"
    if strong and age_hours is not None and age_hours <= 24 and proposals is not None and proposals >= 15:
        return "boost", f"strong fit on a fresh job ({age_hours:.0f} h old) that already has {proposals}+ proposals"
    parts = [f"{tier} fit"]
    if proposals is not None:
        parts.append(f"{proposals}+ proposals" if proposals else "fewer than 5 proposals")
    if age_hours is not None:
        parts.append(f"{age_hours:.0f} h old")
    if similar.rate is not None:
        parts.append(f"similar proposals replied {similar.replies}/{similar.denominator}")
    return "apply", ", ".join(parts)


def _aware(dt: datetime | None) -> datetime | None:
    return None if dt is None else (dt if dt.tzinfo else dt.replace(tzinfo=UTC))


def _posted(job: Job) -> datetime:
    raw = (job.brief or {}).get("posted_at") if isinstance(job.brief, dict) else None
    try:
        return _aware(datetime.fromisoformat(str(raw))) if raw else _aware(job.created_at)
    except ValueError:
        return _aware(job.created_at)


def similar_for(s, draft: Draft, now: datetime) -> Similar:
    """Sent proposals with the same service line and tier in the window (this job excluded)."""
    q = select(Draft.job_id).where(Draft.kind == "proposal", Draft.job_id.is_not(None), Draft.job_id != draft.job_id,
                                   Draft.tier == draft.tier, Draft.service_line == draft.service_line)
    job_ids = set(s.exec(q))
    if not job_ids:
        return Similar(0, 0, 0)
    stages: dict[int, set] = {}
    for job_id, stage in s.exec(select(PipelineEvent.job_id, PipelineEvent.stage).where(
            PipelineEvent.job_id.in_(job_ids), PipelineEvent.stage.in_(SENT_STAGES),
            PipelineEvent.at >= now - SIMILAR_WINDOW)):
        stages.setdefault(job_id, set()).add(stage)
    outcomes = dict(s.exec(select(Job.id, Job.outcome).where(Job.id.in_(list(stages) or [-1]))).all())
    sent = replies = denominator = 0
    for job_id, seen in stages.items():
        replied = bool(seen & set(REPLY_STAGES))
        sent += 1
        if outcomes.get(job_id) in DEAD_ENDS and not replied:
            continue
        denominator += 1
        replies += replied
    return Similar(sent, denominator, replies)


def _advise(s, draft: Draft, now: datetime) -> Advice:
    job = s.get(Job, draft.job_id) if draft.job_id else None
    score = None
    if draft.assessment_id:
        fa = s.get(FitAssessment, draft.assessment_id)
        score = fa.score if fa else None
    proposals = proposals_floor((job.brief or {}).get("proposals") if job and isinstance(job.brief, dict) else None)
    age = round((now - _posted(job)).total_seconds() / 3600, 1) if job else None
    similar = similar_for(s, draft, now)
    action, reason = decide(draft.tier, proposals, age, similar)
    return Advice(draft.id, action, reason, draft.tier, score, proposals, age, similar)


def advise(draft_id: int, now: datetime | None = None) -> Advice:
    now = _aware(now) or utcnow()
    with session_scope() as s:
        draft = get_or_404(s, Draft, draft_id, what="draft", field="draft_id")
        if draft.kind != "proposal" or draft.job_id is None:
            raise InvalidInput(f"draft {draft_id} is a {draft.kind} message: Connects advice is for proposals",
                               field="draft_id", fix="give the id of a proposal draft")
        return _advise(s, draft, now)


def queue_advice(now: datetime | None = None, limit: int = 200) -> list[Advice]:
    """Advice for every queued proposal (pending review, in review, approved and not yet exported)."""
    now = _aware(now) or utcnow()
    with session_scope() as s:
        drafts = list(s.exec(select(Draft).where(Draft.kind == "proposal", Draft.job_id.is_not(None),
                                                 Draft.status.in_(QUEUED))
                             .order_by(Draft.tier_rank, Draft.intake_at, Draft.id).limit(limit)))
        return [_advise(s, d, now) for d in drafts]


def advice_for(draft_ids: list[int], now: datetime | None = None) -> dict[int, Advice]:
    """Advice for these drafts (proposals for a job only; others are left out), in one session: the
    queue page's column."""
    now = _aware(now) or utcnow()
    if not draft_ids:
        return {}
    with session_scope() as s:
        drafts = s.exec(select(Draft).where(Draft.id.in_(draft_ids), Draft.kind == "proposal",
                                            Draft.job_id.is_not(None)))
        return {d.id: _advise(s, d, now) for d in drafts}
