"""The worker's restart policy: ``draftroom worker --max-tasks N`` (``DRAFTROOM_WORKER_MAX_TASKS``).

A long-running worker's memory grows slowly after its caches are full (allocator fragmentation plus about 200
bytes per draft held in C; docs/benchmarks.md, "Worker memory"). Like gunicorn's ``max_requests`` and Celery's
``max_tasks_per_child``, the worker stops taking tasks after about N, lets the running ones finish and replaces
itself with a fresh copy of the same command (Huey's graceful restart, SIGHUP: ``os.execl`` of the original command
line, so the same PID and environment, fresh memory). Tasks still queued stay in the queue and the new
process takes them; nothing is lost or run twice (a draft is filled once under its lease).

A planned restart does not re-queue stranded placeholders (the queue still holds their tasks: re-queueing them
would deliver every waiting task twice); a worker started by a person or a supervisor still does."""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading

from huey import Huey
from huey.signals import SIGNAL_COMPLETE, SIGNAL_ERROR

log = logging.getLogger("draftroom.tasks")
RESTARTS_ENV = "_DRAFTROOM_WORKER_RESTARTS"  # set by the restart itself: how many planned restarts so far


def planned_restarts() -> int:
    """How many times this worker process replaced itself (0 for a worker someone started)."""
    try:
        return max(0, int(os.environ.get(RESTARTS_ENV, "0")))
    except ValueError:
        return 0


class RestartPolicy:
    """Counts the tasks this consumer ran (finished or failed); at ``max_tasks`` it asks the consumer for Huey's
    graceful restart (SIGHUP: running tasks finish, then the process re-executes ``sys.argv``, here the original
    command line). A SIGTERM or Ctrl-C meanwhile turns the restart into a plain stop (Huey's own rule).
    ``max_tasks`` 0 never restarts."""

    def __init__(self, huey: Huey, max_tasks: int):
        self.max_tasks = max_tasks
        self.done = 0
        self.due = False
        self._lock = threading.Lock()
        self._consumer_pid = os.getpid()  # with --type process, task processes signal the consumer, not themselves
        self._huey = huey
        if max_tasks > 0:
            huey.signal(SIGNAL_COMPLETE, SIGNAL_ERROR)(self._task_ran)

    def detach(self) -> None:
        if self.max_tasks > 0:
            self._huey.disconnect_signal(self._task_ran, SIGNAL_COMPLETE, SIGNAL_ERROR)

    def _task_ran(self, _signal: str, _task, *_args) -> None:
        with self._lock:
            self.done += 1
            if self.due or self.done < self.max_tasks:
                return
            self.due = True
        log.info("ran %d tasks (--max-tasks %d): finishing the running ones, then restarting with fresh memory",
                 self.done, self.max_tasks)
        os.environ[RESTARTS_ENV] = str(planned_restarts() + 1)
        # Huey re-executes ``python *sys.argv``: make that the command this process was started with (a console
        # script, ``python -m …`` or ``python -c …`` alike)
        sys.argv = list(sys.orig_argv[1:])
        os.kill(self._consumer_pid, signal.SIGHUP)
