"""Alerts through Apprise (Slack, Telegram, Teams, e-mail, json:// webhooks...): a strong-fit job landed, a
draft waits past its speed-to-lead target, a new item is on the Due list of live contracts.

Targets come from ``DRAFTROOM_ALERT_URLS`` (whitespace separated Apprise URLs), each optionally prefixed with
the events it wants and the tiers: ``[new,sla,due:][strong,possible=]URL`` (default: every event, strong
only; tiers do not apply to ``due``). Routing by role is routing to the channel each role watches:
``new:strong,possible=`` for the bidders' channel, ``sla,due:strong=`` for the managers'. A job alert carries the
job's title, score, tier, its top reasons with their quoted evidence and a link to its review page: no
other job text. Target URLs hold secrets (tokens, passwords): only their masked form is logged or stored."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from service.core.config import get_settings
from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.intake_models import AlertEvent
from service.core.models import Draft, Job, utcnow
from service.core.schemas import FitAssessmentOut

log = logging.getLogger("draftroom.alerts")
# Apprise logs whole URLs (tokens included) on some errors ("Unsupported URL: ..."): silence it; this module
# logs every outcome itself with the masked URL.
logging.getLogger("apprise").disabled = True
_ROUTE = re.compile(r"^(?:(?P<events>[a-z]+(?:,[a-z]+)*):(?!//))?(?:(?P<tiers>[a-z]+(?:,[a-z]+)*)=)?"
                    r"(?P<url>[A-Za-z][A-Za-z0-9+.-]*://.+)$")
TIERS = ("strong", "possible", "poor")
EVENTS = ("new", "sla", "due")  # a job of the tier was drafted | a draft waits past its SLA | a new Due item
EVIDENCE_CHARS = 160


@dataclass(frozen=True)
class Target:
    url: str
    tiers: frozenset[str]
    events: frozenset[str] = frozenset(EVENTS)

    @property
    def masked(self) -> str:
        return mask(self.url)


def targets(spec: str | None = None) -> list[Target]:
    spec = get_settings().alert_urls if spec is None else spec
    out: list[Target] = []
    for n, entry in enumerate(spec.split(), 1):
        m = _ROUTE.match(entry)
        tiers, events, url = {"strong"}, set(EVENTS), entry
        if m:
            url = m.group("url")
            tiers = set(m.group("tiers").split(",")) if m.group("tiers") else tiers
            events = set(m.group("events").split(",")) if m.group("events") else events
        if events - set(EVENTS):
            raise InvalidInput(f"unknown event(s) {sorted(events - set(EVENTS))} in alert route {n}",
                               field="DRAFTROOM_ALERT_URLS", fix="use 'new', 'sla', 'due' or a comma list such as 'new,sla' before a ':'")
        if tiers - set(TIERS):
            raise InvalidInput(f"unknown tier(s) {sorted(tiers - set(TIERS))} in an alert route",
                               field="DRAFTROOM_ALERT_URLS", fix="prefix a URL with e.g. 'strong,possible='")
        if "://" not in url:
            raise InvalidInput(f"entry {n} is not an Apprise URL", field="DRAFTROOM_ALERT_URLS",
                               fix="use e.g. json://host/path, slack://T/B/C, tgram://token/chat")
        out.append(Target(url, frozenset(tiers), frozenset(events)))
    return out


def mask(url: str) -> str:
    """The URL with its secrets hidden (Apprise's privacy form; scheme and host only if Apprise can't)."""
    if "://" not in url:
        return "***"
    try:
        import apprise

        plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
        if plugin:
            return plugin.url(privacy=True)[:300]
    except Exception:  # noqa: BLE001 - masking must never fail loudly
        pass
    scheme, _, rest = url.partition("://")
    host = rest.split("@")[-1].split("/")[0].split("?")[0]
    return f"{scheme}://***@{host}/***"[:300]


def top_reasons(fit: FitAssessmentOut, n: int = 3) -> list[str]:
    """The criteria that carried the score most, each with its quoted evidence from the post."""
    ranked = sorted(fit.criteria, key=lambda c: c.score * (c.weight or 1), reverse=True)[:n]
    lines = []
    for c in ranked:
        evidence = " ".join(c.evidence.split())
        if len(evidence) > EVIDENCE_CHARS:
            evidence = evidence[:EVIDENCE_CHARS - 1].rstrip() + "…"
        quoted = "not stated" if evidence.lower() == "not stated" else f"“{evidence}”"
        lines.append(f"{c.name.replace('_', ' ')} {c.score:.0f}: {quoted}")
    return lines


def compose(*, title: str, fit: FitAssessmentOut, draft_id: int) -> tuple[str, str]:
    link = f"{get_settings().public_ui_url.rstrip('/')}/review?draft={draft_id}"
    head = f"{fit.tier.capitalize()} fit {fit.score:.0f}/100: {' '.join(title.split())[:200]}"
    body = "\n".join([f"Score {fit.score:.0f}/100 ({fit.tier}). Top reasons:",
                      *(f"- {r}" for r in top_reasons(fit)), f"Review: {link}"])
    return head, body


def job_landed(*, job_id: int, draft_id: int, title: str, fit: FitAssessmentOut) -> list[str]:
    """Alert every target routed for this tier, once per job and target. Returns their statuses."""
    chosen = [t for t in targets() if fit.tier in t.tiers and "new" in t.events]
    if not chosen:
        return []
    head, body = compose(title=title, fit=fit, draft_id=draft_id)
    return [_send_once(t, "strong_job" if fit.tier == "strong" else f"{fit.tier}_job", job_id, draft_id, fit.tier,
                       head, body) for t in chosen]


def _send_once(target: Target, kind: str, job_id: int | None, draft_id: int | None, tier: str | None, head: str,
               body: str) -> str:
    masked = target.masked
    try:
        with session_scope() as s:
            row = AlertEvent(kind=kind, job_id=job_id, draft_id=draft_id, tier=tier, target=masked, status="sending")
            s.add(row)
            s.flush()
            event_id = row.id
    except IntegrityError:
        return "already_sent"
    status, error = "sent", None
    try:
        import apprise

        ap = apprise.Apprise()
        if not ap.add(target.url):
            status, error = "failed", "Apprise does not understand this URL"
        elif not ap.notify(title=head, body=body):
            status, error = "failed", "the service did not accept the notification"
    except Exception as exc:  # noqa: BLE001 - an alert failure never fails intake
        status, error = "failed", f"{exc.__class__.__name__}"
    with session_scope() as s:
        row = s.get(AlertEvent, event_id)
        row.status, row.error = status, error
        s.add(row)
    what = f"job {job_id}" if job_id is not None else "a Due item"
    if status == "sent":
        log.info("alert %s for %s sent to %s", kind, what, masked)
    else:
        log.warning("alert %s for %s to %s failed: %s", kind, what, masked, error)
    return status


def sent_alerts(job_id: int | None = None) -> list[AlertEvent]:
    with session_scope() as s:
        q = select(AlertEvent)
        if job_id is not None:
            q = q.where(AlertEvent.job_id == job_id)
        return list(s.exec(q.order_by(AlertEvent.id)))


# ---------------------------------------------------------------- speed to lead (SLA breach)
def sla_targets(spec: str | None = None) -> dict[str, int]:
    """``DRAFTROOM_SLA_MINUTES`` (``strong=30,possible=120``) as {tier: minutes}."""
    spec = get_settings().sla_minutes if spec is None else spec
    out: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        tier, _, minutes = part.partition("=")
        if tier.strip() not in TIERS or not minutes.strip().isdigit() or int(minutes) <= 0:
            raise InvalidInput(f"'{part}' is not tier=minutes", field="DRAFTROOM_SLA_MINUTES",
                               fix="e.g. strong=30,possible=120")
        out[tier.strip()] = int(minutes)
    return out


def sla_breaches(now: datetime | None = None) -> list[str]:
    """Alert once per draft that waits for review longer than its tier's target (to routed targets)."""
    limits = sla_targets()
    routes = targets()
    if not limits or not routes:
        return []
    now = now or utcnow()
    statuses = []
    with session_scope() as s:
        rows = list(s.exec(select(Draft, Job).where(Draft.job_id == Job.id, Draft.kind == "proposal",
                                                    Draft.status.in_(("pending_review", "in_review")),
                                                    Draft.tier.in_(list(limits)))))
        sent = {(e.job_id, e.target) for e in s.exec(select(AlertEvent).where(AlertEvent.kind == "sla_breach"))}
    for draft, job in rows:
        intake = draft.intake_at if draft.intake_at.tzinfo else draft.intake_at.replace(tzinfo=UTC)
        waited = now - intake
        limit = limits[draft.tier]
        if waited < timedelta(minutes=limit):
            continue
        link = f"{get_settings().public_ui_url.rstrip('/')}/review?draft={draft.id}"
        head = f"Waiting {waited.total_seconds() / 60:.0f} min (target {limit}): {' '.join(job.title.split())[:200]}"
        body = (f"A {draft.tier} draft has waited {waited.total_seconds() / 60:.0f} minutes since intake; the "
                f"speed-to-lead target for {draft.tier} jobs is {limit} minutes.\nReview: {link}")
        for t in routes:
            if draft.tier in t.tiers and "sla" in t.events and (job.id, t.masked) not in sent:
                statuses.append(_send_once(t, "sla_breach", job.id, draft.id, draft.tier, head, body))
    return statuses


# ---------------------------------------------------------------- the Due list (live contracts)
DUE_HEAD = {"checkin": "Check-in", "milestone": "Milestone", "quiet": "Quiet client", "ending": "Contract ending"}


def compose_due(item) -> tuple[str, str]:
    """A Due item's alert: client, contract title, why it is due, a link to the Due page. No log text."""
    link = f"{get_settings().public_ui_url.rstrip('/')}/due"
    head = (f"{DUE_HEAD.get(item.kind, 'Due')} {item.status}: {' '.join(item.client.split())[:80]} · "
            f"{' '.join(item.contract_title.split())[:120]}")
    return head, f"{item.reason}.\nDraft it from the Due list: {link}"


def due_items(items: list) -> dict[str, list[str]]:
    """Alert every target routed for ``due`` about each item (``contracts.due.DueEntry``). The caller sends
    each item once: ``workflows.due_drafts.scan`` passes only the items it saw for the first time.
    Returns {item key: [status per target]}."""
    chosen = [t for t in targets() if "due" in t.events]
    if not chosen or not items:
        return {}
    out: dict[str, list[str]] = {}
    for item in items:
        head, body = compose_due(item)
        out[item.key] = [_send_once(t, f"due_{item.kind}"[:30], None, None, None, head, body) for t in chosen]
    return out
