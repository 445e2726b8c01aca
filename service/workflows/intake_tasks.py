"""Task bodies for intake, bound to the Huey instance by ``workflows.tasks`` (which owns the queue):
one task per delivered job, and one periodic task (every minute) that requeues stranded deliveries,
polls the saved searches that are due and sends SLA-breach alerts for drafts waiting too long. Tasks are idempotent: a processed delivery is never redone."""
from __future__ import annotations

import logging

from huey import crontab

from service.core.errors import DraftroomError
from service.workflows import alerts, polling, sources

log = logging.getLogger("draftroom.tasks")


def register(huey) -> None:
    huey.intake_task = huey.task(retries=2, retry_delay=5, name="intake_delivery")(sources.process_delivery)

    def intake_periodic() -> int:
        ids = sources.stranded()
        if ids:
            log.warning("re-enqueued %d stranded intake deliveries", len(ids))
        ids += polling.poll_due()
        for delivery_id in ids:
            huey.intake_task(delivery_id)
        try:
            alerts.sla_breaches()
        except DraftroomError as exc:  # a bad DRAFTROOM_SLA_MINUTES / ALERT_URLS must not stop intake
            log.warning("SLA alerts skipped: %s", exc.one_line())
        return len(ids)

    huey.intake_periodic_task = huey.periodic_task(crontab(minute="*"), name="intake_periodic")(intake_periodic)
