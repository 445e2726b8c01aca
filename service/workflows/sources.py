"""Jobs that arrive by themselves: store each delivered job (once), then run the one intake path on it:
parse → brief → fit → draft into the review queue when its tier is in ``DRAFTROOM_AUTODRAFT_TIERS``;
other tiers are kept with their fit reasons and not drafted. A strong job then alerts (workflows.alerts).

Storing (``accept``) is cheap and synchronous (the webhook answers 202); ``process_delivery`` is the
background task body. A delivery is claimed with a conditional UPDATE, so two workers never process it
twice; ``stranded`` finds rows whose task was lost so the periodic task can requeue them."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from service.accounts.auth import Principal
from service.core.config import get_settings
from service.core.db import session_scope
from service.core.errors import DraftroomError, InvalidInput, LLMFailure
from service.core.intake_models import IntakeDelivery
from service.core.models import Draft, User, utcnow
from service.core.workspace import current_workspace
from service.intake.parse import parse_job
from service.review import ai_versions
from service.workflows.alerts import job_landed
from service.workflows.failures import failure_with_ids, reason_for
from service.workflows.jobs import check_job_input, process, receive, text_hash
from service.workflows.proposals import draft_for_stored_job

log = logging.getLogger("draftroom.intake")
TIERS = ("strong", "possible", "poor")


def autodraft_tiers() -> set[str]:
    raw = get_settings().autodraft_tiers
    tiers = {t.strip().lower() for t in raw.replace(";", ",").split(",") if t.strip()}
    unknown = tiers - set(TIERS)
    if unknown:
        raise InvalidInput(f"unknown tier(s) {sorted(unknown)} in DRAFTROOM_AUTODRAFT_TIERS",
                           field="DRAFTROOM_AUTODRAFT_TIERS", fix="use a comma list of: strong, possible, poor")
    return tiers


@dataclass
class Stored:
    index: int
    delivery_id: int
    duplicate: bool
    status: str
    job_id: int | None = None
    upwork_id: str | None = None

    def as_dict(self) -> dict:
        return {"index": self.index, "delivery_id": self.delivery_id, "duplicate": self.duplicate,
                "status": self.status, "job_id": self.job_id, "upwork_id": self.upwork_id}


def dedupe_key(job: dict | str) -> tuple[str, str | None, object]:
    """``upwork:<id>`` when the job names its Upwork id, else ``text:<hash of title and description>``.
    Raises InvalidInput (with the field) when the job cannot be parsed."""
    check_job_input(job)
    parsed = parse_job(job, now=utcnow())
    if parsed.upwork_id:
        return f"upwork:{parsed.upwork_id}", parsed.upwork_id, parsed
    return f"text:{text_hash(parsed.title, parsed.description)}", None, parsed


def accept(job: dict | str, *, source: str, index: int = 0, auth: str = "", user_id: int | None = None,
           meta: dict | None = None) -> Stored:
    """Store one delivered job unless the same job (by Upwork id, else text) was delivered before."""
    key, upwork_id, parsed = dedupe_key(job)
    payload = job if isinstance(job, dict) else {"raw_text": job}
    try:
        with session_scope() as s:
            row = IntakeDelivery(source=source, auth=auth, received_by=user_id, dedupe_key=key, upwork_id=upwork_id,
                                 payload=payload, meta=meta or None, posted_at=parsed.posted_at)
            s.add(row)
            s.flush()
            return Stored(index, row.id, False, row.status, upwork_id=upwork_id)
    except IntegrityError:  # the unique dedupe_key: delivered before (possibly at this very moment)
        with session_scope() as s:
            first = s.exec(select(IntakeDelivery).where(IntakeDelivery.dedupe_key == key)).first()
        if first is None:  # another constraint failed (e.g. the sender's user was deleted): not a duplicate
            raise
        return Stored(index, first.id, True, first.status, job_id=first.job_id, upwork_id=upwork_id)


def refresh(stored: list[Stored]) -> list[Stored]:
    """Re-read status and job of stored deliveries (after an inline task backend already processed them)."""
    ids = [x.delivery_id for x in stored]
    with session_scope() as s:
        rows = {r.id: r for r in s.exec(select(IntakeDelivery).where(IntakeDelivery.id.in_(ids or [-1])))}
    for x in stored:
        if x.delivery_id in rows:
            x.status, x.job_id = rows[x.delivery_id].status, rows[x.delivery_id].job_id
    return stored


def reject(body, *, source: str, error: str, auth: str = "", user_id: int | None = None) -> int:
    """Keep a refused payload (status ``rejected``) so nothing a sender posted is lost."""
    if not isinstance(body, dict):
        body = {"body": body if isinstance(body, (list, str, int, float, bool)) or body is None else str(body)}
    with session_scope() as s:
        row = IntakeDelivery(source=source, auth=auth, received_by=user_id, status="rejected", payload=body,
                             error=error[:2000], processed_at=utcnow())
        s.add(row)
        s.flush()
        return row.id


def _claim(delivery_id: int) -> bool:
    with session_scope() as s:
        t = IntakeDelivery.__table__
        res = s.connection().execute(update(t).where(t.c.id == delivery_id, t.c.status == "queued")
                                     .values(status="processing", processed_at=utcnow()))  # claim time
        return res.rowcount == 1


def _finish(delivery_id: int, **values) -> None:
    with session_scope() as s:
        row = s.get(IntakeDelivery, delivery_id)
        for k, v in values.items():
            setattr(row, k, v)
        row.processed_at = utcnow()
        s.add(row)


def process_delivery(delivery_id: int) -> str:
    """Receive → brief → fit → (draft) → alert for one stored delivery. Returns its final status."""
    if not _claim(delivery_id):
        with session_scope() as s:
            row = s.get(IntakeDelivery, delivery_id)
            return row.status if row else "missing"
    with session_scope() as s:
        row = s.get(IntakeDelivery, delivery_id)
        payload, user_id = row.payload, row.received_by
    job_id = None
    try:
        raw = payload["raw_text"] if set(payload) == {"raw_text"} else payload
        received = receive(raw, user_id=user_id)
        job_id = received.job.id
        if received.duplicate and _has_draft(job_id):
            _finish(delivery_id, status="duplicate", job_id=job_id, error=received.note)
            return "duplicate"
        ws = current_workspace()
        try:
            result = process(job_id, ws=ws, parsed=None if received.duplicate else received.parsed)
        except LLMFailure as exc:  # brief or fit failed: keep a needs_attention draft so it shows in the queue
            kept = ai_versions.record_failed_draft(job_id, reason_for(exc), user=_sender(user_id))
            raise failure_with_ids(exc, job_id=job_id, draft_id=kept.id) from None
        fit = result.fit
        if fit.tier not in autodraft_tiers():
            _finish(delivery_id, status="kept", job_id=job_id, tier=fit.tier, score=fit.score,
                    error=f"not drafted ({fit.tier}): {fit.tier_reason}"[:2000])
            return "kept"
        draft = draft_for_stored_job(job_id, ws=ws, intake_result=result, user=_sender(user_id))
    except LLMFailure as exc:  # the job and a needs_attention draft are kept; `retry` can run them again
        _finish(delivery_id, status="needs_attention", job_id=job_id or exc.extra.get("job_id"),
                draft_id=exc.extra.get("draft_id"), error=exc.one_line()[:2000])
        return "needs_attention"
    except DraftroomError as exc:
        _finish(delivery_id, status="needs_attention", job_id=job_id, error=exc.one_line()[:2000])
        return "needs_attention"
    except Exception as exc:  # unexpected: keep the delivery and the reason, never lose it
        log.exception("intake delivery %s failed", delivery_id)
        _finish(delivery_id, status="needs_attention", job_id=job_id,
                error=f"unexpected {exc.__class__.__name__}: {' '.join(str(exc).split())[:300]}")
        return "needs_attention"
    _finish(delivery_id, status="drafted", job_id=job_id, draft_id=draft.id, tier=fit.tier, score=fit.score)
    job_landed(job_id=job_id, draft_id=draft.id, title=result.job.title, fit=fit)
    return "drafted"


def _sender(user_id: int | None) -> Principal | None:
    """The API key's user that delivered the job (drafts are attributed to it); None for signed deliveries."""
    if user_id is None:
        return None
    with session_scope() as s:
        user = s.get(User, user_id)
        return Principal(user_id=user.id, name=user.name, role=user.role) if user else None


def _has_draft(job_id: int) -> bool:
    with session_scope() as s:
        return s.exec(select(Draft.id).where(Draft.job_id == job_id)).first() is not None


def stranded(older_than_minutes: int = 5) -> list[int]:
    """Deliveries still ``queued`` (task lost, or still waiting in a long queue: a second task for it is a
    no-op) or ``processing`` for longer than the cut-off since they were claimed (worker died); stuck ones go
    back to ``queued`` so the requeued task can claim them."""
    cutoff = utcnow() - timedelta(minutes=older_than_minutes)
    with session_scope() as s:
        t = IntakeDelivery.__table__
        s.connection().execute(update(t).where(t.c.status == "processing", t.c.processed_at < cutoff)
                               .values(status="queued"))  # claimed more than the cut-off ago: its worker died
    with session_scope() as s:
        return list(s.exec(select(IntakeDelivery.id).where(IntakeDelivery.status == "queued",
                                                            IntakeDelivery.received_at < cutoff)))


def deliveries(limit: int = 50, source: str | None = None, status: str | None = None) -> list[IntakeDelivery]:
    with session_scope() as s:
        q = select(IntakeDelivery)
        if source:
            q = q.where(IntakeDelivery.source == source)
        if status:
            q = q.where(IntakeDelivery.status == status)
        return list(s.exec(q.order_by(IntakeDelivery.id.desc()).limit(limit)))
