"""Background work on Huey: the 202 path of POST /v1/drafts, regeneration, batch drafting.

Backends (``DRAFTROOM_TASK_BACKEND``):
- ``sqlite`` (default): ``SqliteHuey`` in ``$DRAFTROOM_HOME/tasks.db``; no server, survives a restart.
- ``redis``: ``RedisHuey`` at ``DRAFTROOM_REDIS_URL``; run ``draftroom worker`` on as many machines as you like.
- ``immediate``: tasks run inline in the caller (tests, one-off scripts).

Durability does not depend on the queue alone: the request is stored first (the job via
``jobs.receive`` and a ``drafting`` placeholder draft), then enqueued. ``requeue_stranded`` re-enqueues
placeholders whose task was lost (a crash between commit and enqueue, a flushed Redis); it runs when a
worker starts. Tasks are idempotent: filling an already filled placeholder is a no-op.

A worker that dies mid-draft (kill -9, OOM) stops extending the draft's lease
(``ai_versions.DRAFTING_LEASE``, extended every ``LEASE_BEAT``); once it is over, the next queue or draft
read moves the draft to needs_attention with the reason, where retry drafts it again: no worker restart
is needed."""
from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from huey import Huey, RedisHuey, SqliteHuey

from service.accounts.auth import signature_of
from service.core.config import get_settings
from service.core.errors import ConfigError, DraftroomError
from service.review import ai_versions
from service.workflows.proposals import regenerate

log = logging.getLogger("draftroom.tasks")
QUEUE_NAME = "draftroom"
BACKENDS = ("sqlite", "redis", "immediate")


@lru_cache(maxsize=8)
def _build(backend: str, location: str, name: str) -> Huey:
    if backend == "sqlite":
        from pathlib import Path

        Path(location).parent.mkdir(parents=True, exist_ok=True)
        huey = SqliteHuey(name, filename=location, results=False)
    elif backend == "redis":
        huey = RedisHuey(name, url=location, results=False)
    elif backend == "immediate":
        huey = Huey(name, immediate=True, results=False)
    else:
        raise ConfigError(f"unknown task backend '{backend}'", field="DRAFTROOM_TASK_BACKEND",
                          fix="use one of: " + ", ".join(BACKENDS))
    _register(huey)
    return huey


def get_huey(name: str | None = None) -> Huey:
    s = get_settings()
    name = name or QUEUE_NAME
    backend = s.task_backend.strip().lower()
    location = {"sqlite": str((s.home / "tasks.db").resolve()), "redis": s.redis_url}.get(backend, "")
    return _build(backend, location, name)


def reset_huey() -> None:
    _build.cache_clear()


def _register(huey: Huey) -> None:
    """Bind the task functions to one Huey instance (one per backend/location)."""
    huey.draft_task = huey.task(retries=2, retry_delay=5, name="draft_placeholder")(run_draft)
    huey.regenerate_task = huey.task(retries=1, retry_delay=5, name="regenerate")(run_regenerate)
    from service.workflows.intake_tasks import register as register_intake  # webhooks, saved searches

    register_intake(huey)
    from service.workflows.due_drafts import register_periodic  # the Due list scan, every 15 minutes

    register_periodic(huey)


# ----------------------------------------------------------------- task bodies (plain functions)
def run_draft(draft_id: int) -> str:
    """Brief + fit + draft for a ``drafting`` placeholder. Failures land in ``needs_attention`` with the
    reason (the job text is already stored, so ``regenerate`` or the retry endpoint can run it again)."""
    from service.core.db import session_scope
    from service.core.models import Draft
    from service.core.workspace import current_workspace
    from service.drafting.proposal import draft_proposal
    from service.workflows.jobs import process

    with session_scope() as s:
        draft = s.get(Draft, draft_id)
        if draft is None or draft.status != "drafting":
            return "skipped"
        job_id, line, instructions, requested_by = draft.job_id, draft.service_line, draft.instructions, draft.created_by
    if not ai_versions.start_drafting(draft_id):  # another live worker holds its lease
        return "skipped"
    worker = worker_name()
    try:
        with _lease_kept(draft_id):
            ws = current_workspace()
            result = process(job_id, ws=ws)
            outcome = draft_proposal(result.brief, result.fit, ws, service_line=line, instructions=instructions,
                                     job_id=job_id, draft_id=draft_id, signed_by=signature_of(requested_by))
    except DraftroomError as exc:
        ai_versions.mark_attention(draft_id, f"{exc.code}: {exc.one_line()}", worker=worker)
        return "needs_attention"
    except Exception as exc:  # unexpected: keep the reason visible, never lose the draft
        # The log names the type and where, never the message (it may quote the job post).
        log.error("background drafting of draft %s failed: %s", draft_id, exc.__class__.__name__)
        ai_versions.mark_attention(draft_id, f"unexpected {exc.__class__.__name__}: {' '.join(str(exc).split())[:300]}",
                                   worker=worker)
        return "needs_attention"
    try:
        filled = ai_versions.fill_placeholder(draft_id, outcome, tier=result.fit.tier,
                                              assessment_id=result.assessment_id, worker=worker)
    except Exception:
        # the save failed (a database blip): give the lease back so the task's retry can draft it now, rather
        # than find its own lease live, skip, and leave the draft to expire as "worker stopped answering"
        try:
            ai_versions.release_lease(draft_id)
        except Exception:  # noqa: BLE001  (the database is still down: the lease expires on its own)
            log.warning("could not release the lease of draft %s", draft_id)
        raise
    return "drafted" if filled else "skipped"


def worker_name() -> str:
    """``host:pid`` of the process running a task: recorded in the audit row of the draft it settled
    (``drafted`` / ``needs_attention``), so an operator sees which worker did what."""
    import os
    import socket

    return f"{socket.gethostname()}:{os.getpid()}"


@contextmanager
def _lease_kept(draft_id: int):
    """Extend the draft's lease every LEASE_BEAT while the body runs (a daemon thread)."""
    stop = threading.Event()

    def beat():
        while not stop.wait(ai_versions.LEASE_BEAT.total_seconds()):
            try:
                ai_versions.extend_lease(draft_id)
            except DraftroomError:  # a missed beat is not a failure; the lease is generous
                pass

    thread = threading.Thread(target=beat, name=f"lease-{draft_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def run_regenerate(draft_id: int, user_id: int, instructions: str | None = None, api_key_id: int | None = None) -> str:
    """Regenerate as the person who asked, with the key they used (the audit row names it); a key
    revoked or a user disabled since the request was queued stops it."""
    from service.accounts.auth import Principal
    from service.core.db import session_scope
    from service.core.models import ApiKey, User

    with session_scope() as s:
        user = s.get(User, user_id)
        if user is None or user.disabled:
            return "skipped"
        if api_key_id is not None:
            key = s.get(ApiKey, api_key_id)
            if key is None or key.revoked_at is not None or key.user_id != user.id:
                return "skipped"
        actor = Principal(user_id=user.id, name=user.name, role=user.role, api_key_id=api_key_id)
    try:
        regenerate(draft_id, actor, instructions)
    except DraftroomError as exc:
        log.warning("regenerate of draft %s refused: %s", draft_id, exc.one_line())
        return "refused"
    return "regenerated"


# ----------------------------------------------------------------- enqueue API
@dataclass
class Submitted:
    draft: object  # the placeholder Draft (or the job's open draft when ``existing`` is set)
    task_id: str | None = None
    existing: str | None = None  # the note when the job's open draft was returned instead


def submit(raw: str | dict, actor, *, service_line: str | None = None, instructions: str | None = None,
           kind: str = "proposal", force: bool = False) -> Submitted:
    """Store the job, store a ``drafting`` placeholder, enqueue it. The same job again returns its open
    draft (nothing enqueued) unless ``force``."""
    from service.workflows.jobs import receive
    from service.workflows.proposals import existing_note, open_draft

    if service_line:
        from service.core.workspace import current_workspace

        current_workspace().service_line(service_line)  # unknown line: a 422 now, not a failed task later
    received = receive(raw, user_id=getattr(actor, "user_id", None))
    if received.duplicate and not force:
        existing = open_draft(received.job.id)
        if existing is not None:
            return Submitted(existing, None, existing_note(existing))
    draft = ai_versions.create_placeholder(received.job.id, kind=kind, service_line=service_line,
                                           instructions=instructions, actor=actor, intake_at=received.job.created_at)
    return Submitted(draft, enqueue_draft(draft.id))


def submit_draft(raw: str | dict, actor, *, service_line: str | None = None, instructions: str | None = None,
                 kind: str = "proposal", force: bool = True):
    """``submit`` returning only the draft (a new placeholder unless ``force`` is False and the job has
    an open draft)."""
    return submit(raw, actor, service_line=service_line, instructions=instructions, kind=kind, force=force).draft


def enqueue_draft(draft_id: int) -> str:
    """Enqueue the drafting task; returns the Huey task id."""
    huey = get_huey()
    task = huey.draft_task.s(draft_id)
    huey.enqueue(task)
    return task.id


# ----------------------------------------------------------------- worker heartbeat
# A running consumer writes this key in the task store every HEARTBEAT_EVERY; the API and the UI read it
# to tell a caller whether a queued draft will be picked up ("waiting for a worker" vs none running).
HEARTBEAT_KEY = "draftroom:worker-heartbeat"
HEARTBEAT_EVERY = timedelta(seconds=15)
HEARTBEAT_STALE = timedelta(seconds=60)


def beat(huey: Huey | None = None) -> None:
    import os
    import socket

    from service.core.models import utcnow

    (huey or get_huey()).put(HEARTBEAT_KEY, {"at": utcnow().isoformat(), "pid": os.getpid(),
                                              "host": socket.gethostname()})


def worker_status() -> dict:
    """Where background drafts are queued and whether a worker is alive (heartbeat newer than
    HEARTBEAT_STALE). The ``immediate`` backend runs tasks inline: always "running"."""
    from datetime import datetime

    from service.core.models import utcnow

    s = get_settings()
    backend = s.task_backend.strip().lower()
    out = {"queue": QUEUE_NAME, "backend": backend, "running": backend == "immediate", "last_heartbeat": None}
    if backend == "immediate":
        return out
    try:
        seen = get_huey().get(HEARTBEAT_KEY, peek=True)
    except Exception:  # the task store is unreachable: no worker can be confirmed
        log.warning("could not read the worker heartbeat from the %s task store", backend)
        return out
    at = seen.get("at") if isinstance(seen, dict) else None
    if at:
        when = datetime.fromisoformat(at)
        out["last_heartbeat"] = at
        out["running"] = utcnow() - when <= HEARTBEAT_STALE
    return out


def _heartbeat_thread(huey: Huey) -> threading.Event:
    stop = threading.Event()

    def loop():
        while True:
            try:
                beat(huey)
            except Exception:  # a missed beat is not fatal; the next one may succeed
                log.warning("worker heartbeat failed", exc_info=True)
            if stop.wait(HEARTBEAT_EVERY.total_seconds()):
                return

    threading.Thread(target=loop, name="worker-heartbeat", daemon=True).start()
    return stop


def enqueue_regenerate(draft_id: int, actor, instructions: str | None = None) -> str:
    actor.require("review")
    huey = get_huey()
    task = huey.regenerate_task.s(draft_id, actor.user_id, instructions, getattr(actor, "api_key_id", None))
    huey.enqueue(task)
    return task.id


def requeue_stranded(older_than_minutes: int = 5) -> list[int]:
    """Re-enqueue ``drafting`` placeholders older than the cut-off (their task may have been lost)."""
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import Draft, utcnow

    cutoff = utcnow() - timedelta(minutes=older_than_minutes)
    with session_scope() as s:
        ids = list(s.exec(select(Draft.id).where(Draft.status == "drafting", Draft.created_at < cutoff)))
    for draft_id in ids:
        enqueue_draft(draft_id)
    return ids


def pending_count() -> int:
    huey = get_huey()
    return 0 if huey.immediate else huey.pending_count()


def run_worker(workers: int = 2, worker_type: str = "thread", requeue: bool = True, max_tasks: int | None = None) -> None:
    """Run a consumer in this process until interrupted (``draftroom worker``). After ``max_tasks`` tasks
    (default ``DRAFTROOM_WORKER_MAX_TASKS``; 0 = never) the process replaces itself with a fresh copy
    (``worker_restart``)."""
    from service.workflows.worker_restart import RestartPolicy, planned_restarts

    huey = get_huey()
    if huey.immediate:
        raise ConfigError("the 'immediate' task backend runs tasks inline; there is nothing for a worker to do",
                          field="DRAFTROOM_TASK_BACKEND", fix="use 'sqlite' or 'redis'")
    restarts = planned_restarts()
    if restarts:
        log.info("worker restarted with fresh memory (planned restart %d)", restarts)
    elif requeue:
        stranded = requeue_stranded()
        if stranded:
            log.warning("re-enqueued %d stranded drafts: %s", len(stranded), stranded[:20])
    s = get_settings()
    policy = RestartPolicy(huey, s.worker_max_tasks if max_tasks is None else max_tasks)
    stop = _heartbeat_thread(huey)
    try:
        huey.create_consumer(workers=workers, worker_type=worker_type, periodic=s.worker_periodic).run()
    finally:
        stop.set()
        policy.detach()
