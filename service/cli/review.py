"""Review-queue commands: queue, diff, approve, reject, export, scorecard, audit, worker."""
from __future__ import annotations

from typing import Optional

import typer

from service.cli.common import cli_actor, print_json


def _ready() -> None:
    from service.core.db import ensure_schema

    ensure_schema()


def queue(status: Optional[str] = typer.Option("pending_review,in_review", help="Status or comma list; '' = all"),
          tier: Optional[str] = typer.Option(None), service_line: Optional[str] = typer.Option(None, "--service-line"),
          kind: Optional[str] = typer.Option(None), assignee: Optional[str] = typer.Option(None),
          limit: int = typer.Option(50, min=1, max=500), cursor: Optional[str] = typer.Option(None),
          as_json: bool = typer.Option(False, "--json")) -> None:
    """List the review queue: fit tier first, then oldest intake first."""
    from service.api.serialize import queue_item
    from service.review.actions import list_queue

    _ready()
    page = list_queue(status=status or None, tier=tier, service_line=service_line, kind=kind, assignee=assignee,
                      cursor=cursor, limit=limit)
    items = [queue_item(d) for d in page.items]
    if as_json:
        print_json({"items": items, "next_cursor": page.next_cursor})
        return
    if not items:
        print("queue is empty")
    for i in items:
        age = i["age_seconds"] / 60
        age_s = f"{age:.0f}m" if age < 120 else f"{age / 60:.1f}h"
        lock = f" claimed by #{i['claimed_by']}" if i["claimed_by"] else ""
        flags = f" {i['open_flags']} flag(s)" if i["open_flags"] else ""
        print(f"#{i['id']}\t{i['status']}\t{i['tier'] or '-'}\t{i['kind']}\tv{i['version']}\t{age_s}{lock}{flags}")
    if page.next_cursor:
        print(f"more: --cursor {page.next_cursor}")


def diff(draft_id: int, against: Optional[int] = typer.Option(None, help="Version to compare from")) -> None:
    """Word diff of the current text against the AI original: [-removed-] {+added+}."""
    from service.review.actions import diff as review_diff
    from service.text.diff import render_unified

    _ready()
    d = review_diff(draft_id, against)
    print(f"v{d['from_version']} → v{d['to_version']}: {d['edit_distance']} word edits "
          f"(+{d['words_added']} −{d['words_removed']})")
    print(render_unified(d["ops"]))


def approve(draft_id: int, version: Optional[int] = typer.Option(None, help="Version you reviewed (default: current)"),
            acknowledge_flags: bool = typer.Option(False, "--acknowledge-flags", help="Approve despite open lint flags"),
            as_user: Optional[str] = typer.Option(None, "--as")) -> None:
    """Approve a draft's current text (bound to its content hash)."""
    from service.review.actions import approve as do_approve
    from service.review.actions import get_draft

    _ready()
    actor = cli_actor(as_user)
    v = do_approve(draft_id, version if version is not None else get_draft(draft_id).draft.version, actor,
                   acknowledge_flags=acknowledge_flags)
    print(f"draft #{draft_id} approved at version {v.draft.version} by {actor.name} "
          f"({v.draft.edit_distance} word edits from the AI original)")


def reject(draft_ids: list[int] = typer.Argument(..., help="One or more draft ids"),
           reason: str = typer.Option(..., "--reason", help="off_target|wrong_facts|tone|length|bad_fit|duplicate|other"),
           note: str = typer.Option("", "--note"), as_user: Optional[str] = typer.Option(None, "--as")) -> None:
    """Reject drafts with a reason code (bulk when several ids)."""
    from service.review.actions import bulk_reject

    _ready()
    result = bulk_reject(draft_ids, cli_actor(as_user), reason, note)
    for did in result["rejected"]:
        print(f"draft #{did} rejected ({reason})")
    for s in result["skipped"]:
        print(f"draft #{s['id']} not rejected: {s['message']}")
    if result["skipped"]:
        raise typer.Exit(1)


def export(draft_id: int, as_json: bool = typer.Option(False, "--json", help="Text plus metadata as JSON"),
           as_user: Optional[str] = typer.Option(None, "--as")) -> None:
    """Print exactly the approved text (the export is logged)."""
    from service.review.actions import export as do_export

    _ready()
    body = do_export(draft_id, cli_actor(as_user))
    if as_json:
        print_json(body)
    else:
        print(body["text"])


def scorecard(weeks: int = typer.Option(4, "--weeks", min=1, max=104), as_json: bool = typer.Option(False, "--json")) -> None:
    """The weekly pipeline scorecard (honest denominators, low-sample marks)."""
    from service.outcomes.scorecard import format_scorecard
    from service.outcomes.scorecard import scorecard as build

    _ready()
    card = build(weeks)
    print_json(card) if as_json else print(format_scorecard(card))


def audit(user: Optional[str] = typer.Option(None), action: Optional[str] = typer.Option(None),
          draft: Optional[int] = typer.Option(None, help="Only events on this draft"),
          limit: int = typer.Option(50, min=1, max=1000), as_json: bool = typer.Option(False, "--json")) -> None:
    """Who did what, when, with which key (newest first)."""
    from service.accounts.audit import page

    _ready()
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
           worker_type: str = typer.Option("thread", "--type", help="thread | process | greenlet")) -> None:
    """Run a background worker (Huey consumer) for DRAFTROOM_TASK_BACKEND=sqlite|redis."""
    import logging

    from service.core.config import get_settings
    from service.workflows.tasks import run_worker

    _ready()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    s = get_settings()
    where = s.redis_url if s.task_backend == "redis" else str((s.home / "tasks.db").resolve())
    print(f"worker: {workers} {worker_type} worker(s) on {s.task_backend} ({where})", flush=True)
    run_worker(workers=workers, worker_type=worker_type)


def register(app: typer.Typer) -> None:
    for fn in (queue, diff, approve, reject, export, scorecard, audit, worker):
        app.command()(fn)
