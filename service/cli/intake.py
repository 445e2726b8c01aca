"""Intake commands: ``intake mail FILE.eml|MAILDIR``, ``intake imap``, ``intake search add|list``,
``intake poll`` and ``intake deliveries``. Jobs go through the same path as webhook deliveries."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from service.cli.common import cli_actor, key_option, one_line_errors, print_json
from service.core.errors import InvalidInput

intake_app = typer.Typer(help="Jobs that arrive by themselves: alert e-mails, IMAP, Upwork saved searches.",
                         no_args_is_help=True)
search_app = typer.Typer(help="Saved searches on Upwork's GraphQL API (read-only), polled by the worker.",
                         no_args_is_help=True)
_QUEUE = typer.Option(False, "--queue", help="Enqueue for the worker instead of processing here")


def _ready(key: str | None = None) -> None:
    from service.core.db import ensure_schema

    ensure_schema()
    actor = cli_actor(key)
    actor.require("intake")


def _runner(queue: bool):
    if queue:
        from service.workflows.intake_queue import enqueue_delivery

        return lambda delivery_id: (enqueue_delivery(delivery_id), "queued")[1]
    from service.workflows.sources import process_delivery

    return process_delivery


def _report(results) -> int:
    """One line per job; returns how many jobs were found."""
    found = 0
    for r in results:
        if r.error and not r.stored:
            print(f"{r.name}: skipped: {r.error}")
            continue
        for s in r.stored:
            found += 1
            status = "duplicate (delivered before)" if s.duplicate else r.statuses.get(s.delivery_id, s.status)
            print(f"{r.name}: job {s.upwork_id or '-'} delivery #{s.delivery_id}: {status}")
        if r.error:
            print(f"{r.name}: {r.error}")
    return found


@intake_app.command("mail")
@one_line_errors
def mail(path: Path = typer.Argument(..., metavar="FILE.eml|MAILDIR", help="An alert e-mail, a Maildir or a folder of .eml"),
         queue: bool = _QUEUE, key: str | None = key_option()) -> None:
    """Take in the jobs of Upwork job-alert e-mails (one or many jobs per mail)."""
    from service.workflows.mail_intake import ingest_mail, mail_files

    _ready(key)
    run = _runner(queue)
    results = [ingest_mail(raw, name, run=run) for name, raw in mail_files(path)]
    if not _report(results):
        raise InvalidInput("no Upwork job found in the given mail", field="FILE",
                           fix="give Upwork job-alert e-mails (each job links to upwork.com/jobs/~0…)")


@intake_app.command("imap")
@one_line_errors
def imap(url: str | None = typer.Option(None, "--url", help="imaps://user:password@host/Folder (default: DRAFTROOM_IMAP_URL)"),
         limit: int = typer.Option(100, min=1, max=1000), queue: bool = _QUEUE, key: str | None = key_option()) -> None:
    """Read unseen alert e-mails from an IMAP folder; taken-in mails are marked seen."""
    from service.core.config import get_settings
    from service.workflows.mail_intake import fetch_imap

    _ready(key)
    results = fetch_imap(url or get_settings().imap_url, run=_runner(queue), limit=limit)
    if not _report(results):
        print("no new alert e-mails")


@search_app.command("add")
@one_line_errors
def search_add(name: str, query: str = typer.Option("", "--query", help="Upwork search expression"),
               filters: str | None = typer.Option(None, "--filters", help='JSON, e.g. {"verifiedPaymentOnly_eq": true}'),
               key: str | None = key_option()) -> None:
    """Add a saved search (polled every DRAFTROOM_UPWORK_POLL_MINUTES by the worker)."""
    from service.workflows.polling import add_search

    _ready(key)
    try:
        parsed = json.loads(filters) if filters else None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--filters is not JSON: {exc.msg}", field="--filters", fix='e.g. {"jobType_eq": "HOURLY"}') from None
    if parsed is not None and not isinstance(parsed, dict):
        raise InvalidInput("--filters must be a JSON object", field="--filters")
    row = add_search(name, query, parsed)
    print(f"saved search #{row.id} '{row.name}'")


@search_app.command("list")
@one_line_errors
def search_list(key: str | None = key_option()) -> None:
    from service.workflows.polling import list_searches

    _ready(key)
    print_json([{"id": s.id, "name": s.name, "query": s.query, "filters": s.filters, "enabled": s.enabled,
                 "last_polled_at": s.last_polled_at, "last_status": s.last_status, "last_error": s.last_error,
                 "jobs_found": s.jobs_found} for s in list_searches()])


@intake_app.command("poll")
@one_line_errors
def poll(queue: bool = _QUEUE, key: str | None = key_option()) -> None:
    """Poll the saved searches that are due now, and process what they found."""
    from service.core.config import get_settings
    from service.core.errors import ConfigError
    from service.workflows.polling import due, poll_due

    _ready(key)
    if due() and not get_settings().upwork_token:
        raise ConfigError("saved searches are due but no Upwork token is set", field="DRAFTROOM_UPWORK_TOKEN",
                          fix="set an OAuth2 access token with the read-only job search scope (docs/intake.md)")
    run = _runner(queue)
    ids = poll_due()
    for delivery_id in ids:
        print(f"delivery #{delivery_id}: {run(delivery_id)}")
    print(f"{len(ids)} new job(s)")


@intake_app.command("deliveries")
@one_line_errors
def deliveries(limit: int = typer.Option(20, min=1, max=500), status: str | None = None,
               source: str | None = None, key: str | None = key_option()) -> None:
    """Recent deliveries and what became of them."""
    from service.workflows.sources import deliveries as recent

    _ready(key)
    print_json([{"id": d.id, "source": d.source, "status": d.status, "received_at": d.received_at,
                 "upwork_id": d.upwork_id, "job_id": d.job_id, "draft_id": d.draft_id, "tier": d.tier,
                 "score": d.score, "error": d.error} for d in recent(limit=limit, source=source, status=status)])


@intake_app.command("speed")
@one_line_errors
def speed(days: int = typer.Option(28, min=1, max=366), key: str | None = key_option()) -> None:
    """Speed to lead: posting → intake → draft → approval, p50/p95 per tier and per person (JSON)."""
    from service.workflows.speed import speed_to_lead

    _ready(key)
    print_json(speed_to_lead(days))


def register(app: typer.Typer) -> None:
    intake_app.add_typer(search_app, name="search")
    app.add_typer(intake_app, name="intake")
