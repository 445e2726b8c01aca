"""Contract commands: ``contract add|note|list|show`` and the drafts built from a contract log:
``checkin``, ``kickoff``, ``reply`` and ``followup``. Each draft is queued for review and printed as JSON."""
from __future__ import annotations

import json
import re
import sys
from typing import Optional

import typer

from service.cli.common import cli_actor, key_option, one_line_errors, print_json
from service.core.errors import InvalidInput

contract_app = typer.Typer(help="Live contracts: the record and its log of notes, tasks and client messages.",
                           no_args_is_help=True)
_KEY = key_option()


_errors = one_line_errors


def _ready():
    from service.core.db import ensure_schema

    ensure_schema()


def _draft(contract_id: int, kind: str, message: str | None, key: str | None, instructions: str | None) -> None:
    from service.api.serialize import draft_json_for
    from service.contracts.records import draft_for_contract
    from service.review.actions import get_draft

    _ready()
    actor = cli_actor(key)
    actor.require("draft")
    d = draft_for_contract(contract_id, kind, message=message, user=actor, instructions=instructions)
    print_json(draft_json_for(actor, get_draft(d.id)))


@contract_app.command("add")
@_errors
def contract_add(client: str = typer.Option(..., "--client", help="Client name as it should appear in messages"),
                 title: str = typer.Option(..., "--title"),
                 start: Optional[str] = typer.Option(None, "--start", help="Start date, YYYY-MM-DD"),
                 cadence: str = typer.Option("weekly", "--cadence", help="Update cadence, e.g. 'twice a week'"),
                 milestone: Optional[list[str]] = typer.Option(None, "--milestone", "-m",
                                                               help="'Title' or 'Title@YYYY-MM-DD'; repeat for more"),
                 service_line: Optional[str] = typer.Option(None, "--service-line", "-s"),
                 job_id: Optional[int] = typer.Option(None, "--job"),
                 key: Optional[str] = _KEY) -> None:
    """Create a contract and print it as JSON."""
    from service.contracts.records import contract_json, create_contract

    _ready()
    ms = []
    for m in milestone or []:  # "Deploy to user@staging" is a title; only a date after the last "@" is its due day
        t, at, due = m.rpartition("@")
        dated = at and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", due)
        ms.append({"title": t if dated else m, "due": due.strip() if dated else None})
    actor = cli_actor(key)
    actor.require("draft")
    c = create_contract(client_name=client, title=title, started_at=start, cadence=cadence, milestones=ms,
                        service_line=service_line, job_id=job_id, user=actor)
    print_json(contract_json(c))


@contract_app.command("note")
@_errors
def contract_note(contract_id: int, text: str,
                  task: bool = typer.Option(False, "--task", help="Log a task instead of a note"),
                  done: bool = typer.Option(False, "--done", help="The note/task is finished work"),
                  due: Optional[str] = typer.Option(None, "--due", help="Due date, YYYY-MM-DD"),
                  client_message: bool = typer.Option(False, "--client-message", help="Log a message from the client"),
                  key: Optional[str] = _KEY) -> None:
    """Add a note (or --task) to a contract's log."""
    from service.contracts.records import add_entry, entry_json

    _ready()
    if task and client_message:
        raise InvalidInput("choose --task or --client-message, not both", field="kind")
    kind = "task" if task else "client_message" if client_message else "note"
    actor = cli_actor(key)
    actor.require("draft")
    print_json(entry_json(add_entry(contract_id, text, kind=kind, done=done, due=due, user=actor)))


@contract_app.command("end")
@_errors
def contract_end(contract_id: int, key: Optional[str] = _KEY) -> None:
    """Mark a contract ended (delivered or closed by the client); its follow-up can then be drafted."""
    from service.contracts.records import contract_json, end_contract

    _ready()
    actor = cli_actor(key)
    actor.require("draft")
    print_json(contract_json(end_contract(contract_id, user=actor)))


@contract_app.command("done")
@_errors
def contract_done(contract_id: int, entry_id: int,
                  undo: bool = typer.Option(False, "--undo", help="Open the entry again"),
                  key: Optional[str] = _KEY) -> None:
    """Mark a logged note or task done (its id is in 'draftroom contract show')."""
    from service.contracts.records import entry_json, set_entry_done

    _ready()
    actor = cli_actor(key)
    actor.require("draft")
    print_json(entry_json(set_entry_done(contract_id, entry_id, done=not undo, user=actor)))


@contract_app.command("list")
@_errors
def contract_list(status: Optional[str] = typer.Option(None, "--status", help="active | ended"),
                  key: Optional[str] = _KEY) -> None:
    """List contracts as JSON lines."""
    from service.contracts.records import contract_json, list_contracts

    _ready()
    cli_actor(key).require("read")
    for c in list_contracts(status):
        print(json.dumps(contract_json(c), ensure_ascii=False))


@contract_app.command("show")
@_errors
def contract_show(contract_id: int, key: Optional[str] = _KEY) -> None:
    """Print a contract with its log."""
    from service.contracts.records import contract_json, get_contract, list_entries

    _ready()
    cli_actor(key).require("read")
    print_json(contract_json(get_contract(contract_id), list_entries(contract_id)))


@_errors
def checkin(contract_id: int, instructions: Optional[str] = typer.Option(None, "--instructions", "-i"),
            key: Optional[str] = _KEY) -> None:
    """Draft a check-in update (Completed, Current focus, Risks, Next milestone, Client action) and queue it."""
    _draft(contract_id, "checkin", None, key, instructions)


@_errors
def kickoff(contract_id: int, instructions: Optional[str] = typer.Option(None, "--instructions", "-i"),
            key: Optional[str] = _KEY) -> None:
    """Draft a kickoff / onboarding message (deliverables, timeline, communication, feedback) and queue it."""
    _draft(contract_id, "kickoff", None, key, instructions)


@_errors
def reply(contract_id: int, file: str = typer.Argument(..., help="File with the client's message, or - for stdin"),
          instructions: Optional[str] = typer.Option(None, "--instructions", "-i"), key: Optional[str] = _KEY) -> None:
    """Log a pasted client message and draft a reply to it."""
    from pathlib import Path

    if file == "-":
        message = sys.stdin.read()
    else:
        p = Path(file)
        if not p.is_file():
            raise InvalidInput(f"no such file: {file}", field="FILE", fix="give a file with the message, or - for stdin")
        try:
            message = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(f"{file} is not UTF-8 text", field="FILE") from None
    _draft(contract_id, "reply", message, key, instructions)


@_errors
def followup(contract_id: int, instructions: Optional[str] = typer.Option(None, "--instructions", "-i"),
             key: Optional[str] = _KEY) -> None:
    """Draft a post-project follow-up with one upsell tied to the delivered work."""
    _draft(contract_id, "followup", None, key, instructions)


def register(app: typer.Typer) -> None:
    app.add_typer(contract_app, name="contract")
    for fn in (checkin, kickoff, reply, followup):
        app.command()(fn)
