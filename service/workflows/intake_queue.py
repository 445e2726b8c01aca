"""Enqueue intake work on the shared task queue (``DRAFTROOM_TASK_BACKEND=immediate`` runs it inline)."""
from __future__ import annotations

from service.workflows.tasks import get_huey


def enqueue_delivery(delivery_id: int) -> None:
    get_huey().intake_task(delivery_id)


def run_periodic_now() -> None:
    """Run the periodic intake task once (CLI ``draftroom intake poll``)."""
    get_huey().intake_periodic_task.call_local()
