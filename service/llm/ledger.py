"""The call ledger: one ``llm_calls`` row per gateway call.

Each row carries what it takes to trace a letter or a score back to its prompt: the template id and the
template hash (template + partials, or the code-built prompt's own hash for ``judge_fit``), the hash of the
rendered prompt (``prompt_hash``: sha256 of the messages exactly as sent, with each untrusted block's random
boundary id replaced by its order of appearance so the same prompt rendered twice has the same hash), and the
job and draft ids. A proposal is drafted before its draft row exists, so the drafting workflow links its
calls to the stored draft afterwards (``link_draft``).

**Rows are written off the request path.** ``record`` hands the row to one writer thread per process and
returns at once; the writer inserts whatever has queued up in one transaction (one commit for a batch, not
one per call) ``BATCH_DELAY`` (50 ms) after a row arrives, i.e. while the request that made the call is
usually waiting on its next model call, so a row reaches the database ~50 ms after its call.
The prompt hash is computed by the writer too (from a copy of the messages taken by ``record``), so the
request thread only copies a list. Until then the row is *pending* and the call id ``record`` returns is a negative number, the row's place
in this process's queue: ``link_draft`` accepts it (a row still pending gets its draft id before it is
written; a row already written is updated by the writer, in order, after its insert). A failed call's row is
written before ``record`` returns (its id goes into the 502 the caller sends). Nothing pending is lost on a
normal exit: ``flush`` runs at interpreter exit (CLI commands, ``draftroom serve``, workers) and before the
process switches databases (``db.reset_engines``); readers of the ledger in this process call ``flush``
first (``usage``, the evals, tests). A process killed outright loses the rows of its last ~50 ms. On PostgreSQL
the writer's commits do not wait for their WAL flush either (a crash of the database server could lose the last
~0.2 s of rows; any later durable commit, such as the draft or failure of the request that made the calls, makes
them durable). A database without the ledger's table (never migrated) is named once, with the fix (`draftroom db
upgrade`), and its rows are dropped at once instead of retried."""
from __future__ import annotations

import atexit
import hashlib
import itertools
import json
import logging
import os
import threading
import time
from typing import Iterable

from sqlalchemy import update
from sqlalchemy.engine import make_url

from service.core import db
from service.core.config import get_settings
from service.core.models import LlmCall, utcnow
from service.llm.cache import stable_messages
from service.llm.types import LlmRequest

log = logging.getLogger(__name__)
_TABLE = LlmCall.__table__
RETRIES = (0.05, 0.5, 2.0)  # seconds between attempts when the database refuses a batch; then it is logged
BATCH_DELAY = 0.05  # seconds the writer waits after a row arrives, so it writes while the request waits on the model
KEEP_WRITTEN = 20_000  # pending call id -> row id, remembered for link_draft after the row is written


def prompt_hash(messages: list[dict]) -> str:
    """sha256 of the rendered messages (role and content, in order), boundary ids normalised."""
    payload = json.dumps(stable_messages(messages), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


class _Writer:
    """One thread that writes queued ledger rows and draft links, in the order they were queued."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.ops: list[tuple] = []  # ("row", url, token, row) | ("link", url, tokens, draft_id)
        self.pending: dict[int, dict] = {}  # token -> row not yet written
        self.taken: set[int] = set()  # pending rows the writer is writing now (no longer changed in memory)
        self.written: dict[int, tuple[int, int | None]] = {}  # token -> (row id, its draft_id)
        self.queued = self.done = 0
        self.hurry = 0  # flushes waiting: the writer skips its batch delay
        self.tokens = itertools.count(1)
        self.thread: threading.Thread | None = None
        self.pid = os.getpid()
        self.unmigrated: set[str] = set()  # databases found without the ledger's table (warned once each)

    # ------------------------------------------------------------ callers
    def add(self, url: str, row: dict) -> int:
        with self.cond:
            self._alive()
            token = next(self.tokens)
            self.pending[token] = row
            self._queue(("row", url, token, row))
            return token

    def link(self, url: str, tokens: list[int], draft_id: int) -> int:
        """Link pending rows in memory; queue an UPDATE for rows already written. Returns the rows linked."""
        linked, later = 0, []
        with self.cond:
            for token in tokens:
                row = self.pending.get(token)
                if row is not None and token not in self.taken:
                    linked += row["draft_id"] is None
                    row["draft_id"] = row["draft_id"] or draft_id
                    continue
                if row is not None:  # being written now: linked by the writer right after the insert
                    linked += row["draft_id"] is None
                elif token in self.written:
                    linked += self.written[token][1] is None
                later.append(token)
            if later:
                self._alive()
                self._queue(("link", url, later, draft_id))
        return linked

    def row_id(self, token: int) -> int | None:
        with self.cond:
            hit = self.written.get(token)
            return hit[0] if hit else None

    def flush(self, timeout: float = 60.0) -> None:
        """Wait until everything queued before this call is written (or given up on and logged)."""
        with self.cond:
            if self.pid != os.getpid() or self.done >= self.queued:
                return
            target = self.queued
            self.hurry += 1
            self.cond.notify_all()
            try:
                if not self.cond.wait_for(lambda: self.done >= target, timeout):
                    log.error("ledger: %d queued row(s)/link(s) not written after %.0f s", target - self.done, timeout)
            finally:
                self.hurry -= 1

    # ------------------------------------------------------------ writer thread
    def _queue(self, op: tuple) -> None:
        self.ops.append(op)
        self.queued += 1
        self.cond.notify_all()

    def _alive(self) -> None:
        if self.pid != os.getpid():  # forked child: the parent's thread and queue are not ours
            self.__init__()
        if self.thread is None or not self.thread.is_alive():
            self.thread = threading.Thread(target=self._run, name="draftroom-ledger", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        while True:
            with self.cond:
                self.cond.wait_for(lambda: bool(self.ops))
                self.cond.wait_for(lambda: self.hurry > 0, BATCH_DELAY)  # more rows may come; a flush cuts it short
                ops, self.ops = self.ops, []
                self.taken.update(op[2] for op in ops if op[0] == "row")
                target = self.done + len(ops)
            self._write_with_retries(ops)
            with self.cond:
                for op in ops:
                    if op[0] == "row":
                        self.pending.pop(op[2], None)
                        self.taken.discard(op[2])
                self.done = target
                self.cond.notify_all()

    def _write_with_retries(self, ops: list[tuple]) -> None:
        for attempt, pause in enumerate((*RETRIES, None)):
            try:
                for url, run in _runs(ops):
                    try:
                        self._write(url, run)
                    except Exception as exc:  # noqa: BLE001
                        if not _no_table(exc):
                            raise
                        self._unmigrated(url)  # never migrated: no retry helps, and the other databases go on
                return
            except Exception as exc:  # noqa: BLE001 — the writer must survive any database error
                if pause is None:
                    rows = sum(op[0] == "row" for op in ops)
                    log.error("ledger: %d row(s) could not be written after %d attempts: %s", rows, attempt + 1,
                              " ".join(str(exc).split())[:300])
                    return
                time.sleep(pause)
                ops = [op for op in ops if not (op[0] == "row" and op[2] in self.written)]  # written in an earlier run

    def _unmigrated(self, url: str) -> None:
        """Said once per database: its rows are dropped, with the fix."""
        if url not in self.unmigrated:
            self.unmigrated.add(url)
            log.warning("ledger: the database %s has no llm_calls table, so model calls are not recorded there; run "
                        "`draftroom db upgrade` to create it", make_url(url).render_as_string(hide_password=True))

    def _write(self, url: str, run: list[tuple]) -> None:
        with db.get_engine(url).begin() as conn:
            db.skip_flush_wait(conn)  # the rows trail their calls anyway
            rows = [op for op in run if op[0] == "row"]
            for op in rows:  # hashed here, not on the request path (the writer runs while requests wait on the model)
                messages = op[3].pop("messages", None)
                if messages:
                    op[3]["prompt_hash"] = prompt_hash(messages)
            if rows:
                stmt = _TABLE.insert().returning(_TABLE.c.id, sort_by_parameter_order=True)
                ids = conn.execute(stmt, [op[3] for op in rows]).scalars().all()
                written = {op[2]: (row_id, op[3]["draft_id"]) for op, row_id in zip(rows, ids)}
            else:
                written = {}
            for _kind, _url, tokens, draft_id in (op for op in run if op[0] == "link"):
                known = [written.get(t) or self.written.get(t) for t in tokens]  # only this thread changes .written
                ids = [k[0] for k in known if k is not None]
                if len(ids) < len(tokens):
                    log.error("ledger: %d call(s) to link to draft %s are unknown", len(tokens) - len(ids), draft_id)
                if ids:
                    conn.execute(update(_TABLE).where(_TABLE.c.id.in_(ids), _TABLE.c.draft_id.is_(None))
                                 .values(draft_id=draft_id))
                for t in tokens:
                    if t in written and written[t][1] is None:
                        written[t] = (written[t][0], draft_id)
        with self.cond:
            self.written.update(written)
            while len(self.written) > KEEP_WRITTEN:
                self.written.pop(next(iter(self.written)))


def _no_table(exc: Exception) -> bool:
    """The ledger's table does not exist (SQLite "no such table", PostgreSQL "relation … does not exist")."""
    text = str(exc).lower()
    return "no such table: llm_calls" in text or 'relation "llm_calls" does not exist' in text


def _runs(ops: list[tuple]) -> Iterable[tuple[str, list[tuple]]]:
    """Consecutive ops for the same database, in order."""
    for url, group in itertools.groupby(ops, key=lambda op: op[1]):
        yield url, list(group)


_writer = _Writer()


def flush() -> None:
    """Write every ledger row and link this process has queued (readers of the ledger call this first)."""
    _writer.flush()


atexit.register(flush)
db.before_reset(flush)


def record(req: LlmRequest, *, model_requested: str, model_resolved: str | None, latency_ms: float,
           input_tokens: int = 0, output_tokens: int = 0, cost_usd: float = 0.0, attempts: int = 1,
           cache_hit: bool = False, status: str = "ok", error_code: str | None = None,
           error_message: str | None = None) -> int | None:
    """Queue the call's row; returns its call id (negative while pending, see the module docstring). A failed
    call's row is written before this returns and its real id is returned."""
    row = dict(at=utcnow(), task=req.task, job_id=req.job_id, draft_id=req.draft_id, model_requested=model_requested,
               model_resolved=model_resolved, template_id=req.template_id, template_hash=req.template_hash,
               prompt_hash=None, messages=[dict(m) for m in req.messages] if req.messages else None,
               input_tokens=input_tokens, output_tokens=output_tokens, cost_usd=cost_usd,
               latency_ms=round(latency_ms, 3), attempts=attempts, cache_hit=cache_hit, status=status,
               error_code=error_code, error_message=error_message)
    token = _writer.add(get_settings().resolved_database_url, row)
    if status != "error":
        return -token
    _writer.flush()
    return _writer.row_id(token)


def link_draft(call_ids: list[int], draft_id: int) -> int:
    """Set ``draft_id`` on ledger rows made before the draft existed (never overwrites another draft's id).
    Takes the ids ``record`` returned (pending ones negative) or written rows' ids. Returns how many rows
    were linked (rows still being written count as linked: the writer links them right after the insert)."""
    if not call_ids:
        return 0
    url = get_settings().resolved_database_url
    tokens = [-c for c in call_ids if c < 0]
    linked = _writer.link(url, tokens, draft_id) if tokens else 0
    ids = [c for c in call_ids if c > 0]
    if ids:
        with db.session_scope() as s:
            t = _TABLE
            result = s.connection().execute(update(t).where(t.c.id.in_(ids), t.c.draft_id.is_(None))
                                            .values(draft_id=draft_id))
            linked += result.rowcount or 0
    return linked
