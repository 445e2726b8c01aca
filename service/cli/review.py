"""Review-queue commands: queue, claim, release, diff, approve, reject, export, scorecard, audit, worker.

Every command here acts as the person whose key it is given (--key, DRAFTROOM_API_KEY or
'draftroom login'); approving takes two steps, like in the UI and the API: claim (which prints the text
and its version), then approve that version."""
from __future__ import annotations

from typing import Optional

import typer

from service.cli.common import cli_actor, key_option, print_json


def _ready() -> None:
    from service.core.db import ensure_schema

    ensure_schema()


def queue(status: Optional[str] = typer.Option(None, help="Status or comma list (e.g. needs_attention); 'all' = "
                                                           "every status. Default: every open draft"),
          show_all: bool = typer.Option(False, "--all", help="Also exported and rejected drafts (= --status all)"),
          tier: Optional[str] = typer.Option(None), service_line: Optional[str] = typer.Option(None, "--service-line"),
          kind: Optional[str] = typer.Option(None), assignee: Optional[str] = typer.Option(None),
          limit: int = typer.Option(50, min=1, max=500), cursor: Optional[str] = typer.Option(None),
          as_json: bool = typer.Option(False, "--json"), key: Optional[str] = key_option()) -> None:
    """List the review queue: needs attention first (with the reason), then fit tier, then oldest intake.
    Exported and rejected drafts are left out unless --all (or --status names them)."""
    from service.api.serialize import queue_item
    from service.review.actions import list_queue

    _ready()
    me = cli_actor(key)
    me.require("read")
    if assignee == "me":
        assignee = str(me.user_id)
    page = list_queue(status="all" if show_all else status, tier=tier, service_line=service_line, kind=kind,
                      assignee=assignee, cursor=cursor, limit=limit)
    items = [queue_item(d) for d in page.items]
    if as_json:
        print_json({"items": items, "next_cursor": page.next_cursor, "needs_attention": page.needs_attention,
                    "statuses": page.statuses})
        return
    from service.review.queue import OPEN_STATUSES

    shown = ("every open draft (exported and rejected: --all)" if tuple(page.statuses) == OPEN_STATUSES else
             "every status" if set(page.statuses) >= {"exported", "rejected"} else "status " + ",".join(page.statuses))
    print(f"{page.needs_attention} need attention · {shown}")
    if not items:
        print("queue is empty")
    for i in items:
        age = i["age_seconds"] / 60
        age_s = f"{age:.0f}m" if age < 120 else f"{age / 60:.1f}h"
        lock = f" claimed by #{i['claimed_by']}" if i["claimed_by"] else ""
        flags = f" {i['open_flags']} flag(s)" if i["open_flags"] else ""
        note = f"  [{' '.join(i['status_note'].split())[:160]}]" if i["status_note"] else ""
        print(f"#{i['id']}\t{i['status']}\t{i['tier'] or '-'}\t{i['kind']}\tv{i['version']}\t{age_s}{lock}{flags}{note}")
    if page.next_cursor:
        print(f"more: --cursor {page.next_cursor}")


def next_item(tier: Optional[str] = typer.Option(None), service_line: Optional[str] = typer.Option(None, "--service-line"),
         kind: Optional[str] = typer.Option(None),
         minutes: Optional[int] = typer.Option(None, "--minutes", min=1, max=1440, help="Lock length (default 15)"),
         key: Optional[str] = key_option()) -> None:
    """Claim the next draft in queue order you may take (pending review, or an expired claim) and print it."""
    from service.review.actions import claim_next

    _ready()
    v = claim_next(cli_actor(key), minutes, tier=tier, service_line=service_line, kind=kind)
    if v is None:
        print("nothing is waiting for review")
        return
    _print_claimed(v)


def diff(draft_id: int, against: Optional[int] = typer.Option(None, help="Version to compare from"),
         key: Optional[str] = key_option()) -> None:
    """Word diff of the current text against the AI original: [-removed-] {+added+}."""
    from service.review.actions import diff as review_diff
    from service.text.diff import render_unified

    _ready()
    cli_actor(key).require("read_text")
    d = review_diff(draft_id, against)
    print(f"v{d['from_version']} → v{d['to_version']}: {d['edit_distance']} word edits "
          f"(+{d['words_added']} −{d['words_removed']})")
    print(render_unified(d["ops"]))


def claim(draft_id: int, minutes: Optional[int] = typer.Option(None, "--minutes", min=1, max=1440,
                                                                 help="Lock length (default 15)"),
          key: Optional[str] = key_option()) -> None:
    """Claim a draft for review and print its current text, version and open flags (then approve it)."""
    from service.review.actions import claim as do_claim

    _ready()
    v = do_claim(draft_id, cli_actor(key), minutes)
    _print_claimed(v)


def _print_claimed(v) -> None:
    from service.review.lint import open_flags

    d = v.draft
    flags = open_flags(d.lint)
    print(f"draft #{d.id} claimed until {d.lock_expires_at:%H:%M} UTC; version {d.version}"
          + (f"; open flags: {', '.join(flags)}" if flags else "; no open flags"))
    print("-" * 60)
    print(v.text)
    print("-" * 60)
    print(f"approve it with: draftroom approve {d.id} --version {d.version}"
          + (" --acknowledge-flags" if flags else ""))


def release(draft_id: int, key: Optional[str] = key_option()) -> None:
    """Give a claimed draft back to the queue."""
    from service.review.actions import release as do_release

    _ready()
    do_release(draft_id, cli_actor(key))
    print(f"draft #{draft_id} released to the queue")


def approve(draft_id: int, version: int = typer.Option(..., "--version", help="The version you read (printed by "
                                                                                "'draftroom claim')"),
            acknowledge_flags: bool = typer.Option(False, "--acknowledge-flags", help="Approve despite open lint flags"),
            key: Optional[str] = key_option()) -> None:
    """Approve the version you claimed and read (bound to its content hash)."""
    from service.review.actions import approve as do_approve

    _ready()
    actor = cli_actor(key)
    v = do_approve(draft_id, version, actor, acknowledge_flags=acknowledge_flags)
    print(f"draft #{draft_id} approved at version {v.draft.version} by {actor.name} "
          f"({v.draft.edit_distance} word edits from the AI original)")


def reject(draft_ids: list[int] = typer.Argument(..., help="One or more draft ids"),
           reason: str = typer.Option(..., "--reason", help="off_target|wrong_facts|tone|length|bad_fit|duplicate|other"),
           note: str = typer.Option("", "--note"), key: Optional[str] = key_option()) -> None:
    """Reject drafts with a reason code (bulk when several ids)."""
    from service.review.actions import bulk_reject

    _ready()
    result = bulk_reject(draft_ids, cli_actor(key), reason, note)
    for did in result["rejected"]:
        print(f"draft #{did} rejected ({reason})")
    for s in result["skipped"]:
        print(f"draft #{s['id']} not rejected: {s['message']}")
    if result["skipped"]:
        raise typer.Exit(1)


def export(draft_id: int, as_json: bool = typer.Option(False, "--json", help="Text plus metadata as JSON"),
           key: Optional[str] = key_option()) -> None:
    """Print exactly the approved text (the export is logged with your key)."""
    from service.review.actions import export as do_export

    _ready()
    body = do_export(draft_id, cli_actor(key))
    if as_json:
        print_json(body)
    else:
        print(body["text"])


def scorecard(weeks: int = typer.Option(4, "--weeks", min=1, max=104), as_json: bool = typer.Option(False, "--json"),
              key: Optional[str] = key_option()) -> None:
    """The weekly pipeline scorecard: outcomes per template version, speed to lead (honest denominators)."""
    from service.outcomes.scorecard import format_scorecard
    from service.workflows.speed import format_speed, scorecard_with_speed

    _ready()
    cli_actor(key).require("metrics")
    card = scorecard_with_speed(weeks)
    print_json(card) if as_json else print("\n".join([format_scorecard(card), *format_speed(card["speed_to_lead"])]))


def audit(user: Optional[str] = typer.Option(None), action: Optional[str] = typer.Option(None),
          draft: Optional[int] = typer.Option(None, help="Only events on this draft"),
          limit: int = typer.Option(50, min=1, max=1000), as_json: bool = typer.Option(False, "--json"),
          key: Optional[str] = key_option()) -> None:
    """Who did what, when, with which key (newest first)."""
    from service.accounts.audit import page

    _ready()
    cli_actor(key).require("audit")
    p = page(user=user, action=action, target_type="draft" if draft is not None else None, target_id=draft,
             limit=limit)
    if as_json:
        print_json({"items": p.items, "next_cursor": p.next_cursor})
        return
    for e in p.items:
        who = e["user"] or "system"
        via = f" via key {e['api_key_prefix']}…" if e["api_key_prefix"] else ""
        detail = " ".join(f"{k}={v}" for k, v in e["detail"].items() if k != "actor")
        print(f"{e['at'][:19]}  {who}{via}  {e['action']} {e['target_type']} #{e['target_id']}  {detail}".rstrip())


def worker(workers: int = typer.Option(2, "--workers", "-w", min=1, max=64),
           worker_type: str = typer.Option("thread", "--type", help="thread | process | greenlet"),
           max_tasks: int = typer.Option(None, "--max-tasks", min=0,
                                         help="Restart with fresh memory after about this many tasks, finishing the "
                                              "running ones first (default DRAFTROOM_WORKER_MAX_TASKS, 5000; 0 = never).")
           ) -> None:
    """Run a background worker (Huey consumer) for DRAFTROOM_TASK_BACKEND=sqlite|redis."""
    import logging

    from service.core.config import get_settings
    from service.workflows.tasks import run_worker

    _ready()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    s = get_settings()
    where = s.redis_url if s.task_backend == "redis" else str((s.home / "tasks.db").resolve())
    limit = s.worker_max_tasks if max_tasks is None else max_tasks
    every = f"a fresh process every {limit} tasks" if limit else "never restarted"
    print(f"worker: {workers} {worker_type} worker(s) on {s.task_backend} ({where}); {every}", flush=True)
    run_worker(workers=workers, worker_type=worker_type, max_tasks=max_tasks)


def register(app: typer.Typer) -> None:
    for fn in (queue, claim, release, diff, approve, reject, export, scorecard, audit, worker):
        app.command()(fn)
    app.command(name="next")(next_item)
