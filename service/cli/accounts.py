"""Account management commands (issue 19): ``draftroom due`` (the Due list, ``due draft KEY``, ``due scan``),
``draftroom contract schedule`` / ``contract milestone …`` and ``draftroom connects record|report|advise``."""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Optional

import typer

from service.cli.common import cli_actor, key_option, one_line_errors, print_json
from service.contracts.milestones import in_range
from service.core.errors import InvalidInput

due_app = typer.Typer(help="What is due on live contracts: check-ins, overdue milestones, quiet clients, endings.",
                      invoke_without_command=True)
milestone_app = typer.Typer(help="A contract's milestones: title, due date, status.", no_args_is_help=True)
followups_app = typer.Typer(help="Clients ranked for a follow-up or upsell (value, recency, confirmed signals).",
                            invoke_without_command=True)
signal_app = typer.Typer(help="Account signals: feedback, scope and budget changes, new needs, complaints, timing.",
                         no_args_is_help=True)
connects_app = typer.Typer(help="Connects spent per sent proposal, cost per reply / hire, skip-apply-boost advice.",
                           no_args_is_help=True)
_AS_OF = typer.Option(None, "--as-of", help="Compute as of this day, YYYY-MM-DD (default: today, UTC)")


def _ready():
    from service.core.db import ensure_schema

    ensure_schema()


def _day(value: str | None, field: str = "--as-of") -> date | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"'{value}' is not a date", field=field, fix="use YYYY-MM-DD") from None
    return in_range(day, field)


def _when(value: str | None, field: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"'{value}' is not a date or time", field=field, fix="use YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None


# ----------------------------------------------------------------- due
@due_app.callback()
@one_line_errors
def due(ctx: typer.Context, as_of: Optional[str] = _AS_OF,
        contract: Optional[int] = typer.Option(None, "--contract", help="Only this contract"),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line")) -> None:
    """List the Due list, most urgent first. 'draftroom due draft KEY' drafts an item into the review queue."""
    if ctx.invoked_subcommand is not None:
        return
    from service.workflows.due_drafts import due_view

    _ready()
    rows = due_view(_day(as_of), contract_id=contract)
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    if not rows:
        print("Nothing is due.")
        return
    for r in rows:
        drafted = f"  [draft #{r['draft_id']} {r['draft_status']}]" if r["draft_id"] else ""
        print(f"{r['status']:8} #{r['contract_id']} {r['client'][:28]:28} {r['reason']}{drafted}\n"
              f"         key {r['key']}  → draftroom due draft {r['key']}")


@due_app.command("draft")
@one_line_errors
def due_draft(item: str = typer.Argument(..., metavar="KEY", help="The item's key, as 'draftroom due' prints it"),
              as_of: Optional[str] = _AS_OF, key: Optional[str] = key_option()) -> None:
    """Draft the message for one Due item into the review queue and print the draft as JSON."""
    from service.api.serialize import draft_json
    from service.review.actions import get_draft
    from service.workflows.due_drafts import draft_item

    _ready()
    d = draft_item(item, cli_actor(key), now=_day(as_of))
    print_json(draft_json(get_draft(d.id)))


@due_app.command("scan")
@one_line_errors
def due_scan() -> None:
    """Record the Due list now (what the worker does every 15 minutes) and print what changed."""
    from service.workflows.due_drafts import scan

    _ready()
    print_json(scan())


# ----------------------------------------------------------------- contract schedule / milestones
@one_line_errors
def schedule(contract_id: int,
             days: Optional[str] = typer.Option(None, "--days", help="Check-in weekdays, e.g. 'mon,thu'"),
             contact: Optional[str] = typer.Option(None, "--contact", help="The client's contact person"),
             ends: Optional[str] = typer.Option(None, "--ends", help="Planned end date, YYYY-MM-DD ('' clears it)"),
             key: Optional[str] = key_option()) -> None:
    """Show or set a contract's check-in days, client contact and end date."""
    from service.contracts import cadence
    from service.contracts.records import get_contract
    from service.core.workspace import current_workspace

    _ready()
    if days is not None or contact is not None or ends is not None:
        cadence.set_schedule(contract_id, checkin_days=days, client_contact=contact, ends_on=_day(ends, "--ends"),
                             clear_ends_on=ends == "", user=cli_actor(key))
    print_json(cadence.schedule_json(get_contract(contract_id), cadence.get_schedule(contract_id),
                                     current_workspace().accounts.checkin_days))


@milestone_app.command("list")
@one_line_errors
def milestone_list(contract_id: int) -> None:
    """Print a contract's milestones as JSON lines."""
    from service.contracts.milestones import list_milestones

    _ready()
    for m in list_milestones(contract_id):
        print(json.dumps(m.json(), ensure_ascii=False))


@milestone_app.command("add")
@one_line_errors
def milestone_add(contract_id: int, title: str, due: Optional[str] = typer.Option(None, "--due", help="YYYY-MM-DD"),
                  status: str = typer.Option("open", "--status", help="open | in_progress | done | cancelled"),
                  key: Optional[str] = key_option()) -> None:
    """Add a milestone to a contract."""
    from service.contracts.milestones import add_milestone

    _ready()
    print_json(add_milestone(contract_id, title, due=_day(due, "--due"), status=status, user=cli_actor(key)).json())


@milestone_app.command("set")
@one_line_errors
def milestone_set(contract_id: int, milestone_id: int,
                  status: Optional[str] = typer.Option(None, "--status", help="open | in_progress | done | cancelled"),
                  due: Optional[str] = typer.Option(None, "--due", help="YYYY-MM-DD ('' clears it)"),
                  title: Optional[str] = typer.Option(None, "--title"), key: Optional[str] = key_option()) -> None:
    """Change a milestone's status, due date or title."""
    from service.contracts.milestones import update_milestone

    _ready()
    print_json(update_milestone(contract_id, milestone_id, title=title, due=_day(due, "--due"), clear_due=due == "",
                                status=status, user=cli_actor(key)).json())


# ----------------------------------------------------------------- connects
@connects_app.command("record")
@one_line_errors
def connects_record(draft_id: int, connects: int = typer.Option(..., "--connects", help="Connects the bid cost"),
                    boost: int = typer.Option(0, "--boost", help="Connects spent on a boost"),
                    at: Optional[str] = typer.Option(None, "--at", help="When it was sent (default: now)"),
                    note: Optional[str] = typer.Option(None, "--note"),
                    replace: bool = typer.Option(False, "--replace", help="Correct an earlier record"),
                    key: Optional[str] = key_option()) -> None:
    """Record the Connects spent on a sent proposal."""
    from service.outcomes.connects import record_spend

    _ready()
    print_json(record_spend(draft_id, cli_actor(key), connects=connects, boost=boost, at=_when(at, "--at"),
                            note=note, replace=replace))


@connects_app.command("report")
@one_line_errors
def connects_report(weeks: int = typer.Option(4, "--weeks", min=1, max=104),
                    as_json: bool = typer.Option(False, "--json")) -> None:
    """Connects spent, cost per reply and per hire, by tier, template version and service line."""
    from datetime import UTC, timedelta

    from service.outcomes.connects import economics, format_economics

    _ready()
    end = datetime.now(UTC)
    e = economics(end - timedelta(weeks=weeks), end)
    print_json(e) if as_json else print("\n".join(format_economics(e)))


@connects_app.command("advise")
@one_line_errors
def connects_advise(draft_id: Optional[int] = typer.Argument(None, help="One draft (default: every queued proposal)"),
                    as_json: bool = typer.Option(False, "--json")) -> None:
    """Skip / apply / boost for queued proposals, with the reason. Advice only: nothing is spent or sent."""
    from service.outcomes.bid_advice import advise, queue_advice

    _ready()
    items = [advise(draft_id)] if draft_id is not None else queue_advice()
    for a in items:
        print(json.dumps(a.json(), ensure_ascii=False) if as_json else f"#{a.draft_id:<6} {a.action:6} {a.reason}")
    if not items and not as_json:
        print("No queued proposals.")


# ----------------------------------------------------------------- signals and follow-ups
@signal_app.command("list")
@one_line_errors
def signal_list(contract_id: int, status: Optional[str] = typer.Option(None, "--status",
                                                                       help="proposed | confirmed | dismissed")) -> None:
    """Print a contract's signals as JSON lines."""
    from service.contracts.signals import list_signals, signal_json

    _ready()
    for r in list_signals(contract_id, status):
        print(json.dumps(signal_json(r), ensure_ascii=False))


@signal_app.command("add")
@one_line_errors
def signal_add(contract_id: int, kind: str, text: str, key: Optional[str] = key_option()) -> None:
    """Log a signal yourself (kind: positive_feedback, scope_change, new_need, budget_change, complaint, timing_risk)."""
    from service.contracts.signals import add_signal, signal_json

    _ready()
    print_json(signal_json(add_signal(contract_id, kind, text, user=cli_actor(key))))


@signal_app.command("propose")
@one_line_errors
def signal_propose(contract_id: int, file: str = typer.Argument(..., help="File with the client's message, or - for stdin"),
                   key: Optional[str] = key_option()) -> None:
    """Log a pasted client message and propose signals from it (confirm or dismiss each afterwards)."""
    from service.cli.common import read_input
    from service.contracts.signals import propose_from_message, signal_json

    _ready()
    message = read_input(file)
    if not isinstance(message, str):
        raise InvalidInput("the message file holds JSON; paste the message as plain text", field="FILE")
    for r in propose_from_message(contract_id, message, user=cli_actor(key)):
        print(json.dumps(signal_json(r), ensure_ascii=False))


@signal_app.command("confirm")
@one_line_errors
def signal_confirm(signal_id: int, key: Optional[str] = key_option()) -> None:
    """Confirm a proposed signal (it then counts in the follow-up queue)."""
    from service.contracts.signals import decide, signal_json

    _ready()
    print_json(signal_json(decide(signal_id, True, user=cli_actor(key))))


@signal_app.command("dismiss")
@one_line_errors
def signal_dismiss(signal_id: int, key: Optional[str] = key_option()) -> None:
    """Dismiss a proposed signal."""
    from service.contracts.signals import decide, signal_json

    _ready()
    print_json(signal_json(decide(signal_id, False, user=cli_actor(key))))


@followups_app.callback()
@one_line_errors
def followups(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="One JSON object per line")) -> None:
    """The follow-up queue, highest priority first. 'draftroom followups draft CLIENT' drafts one."""
    if ctx.invoked_subcommand is not None:
        return
    from service.contracts.followups import followup_queue

    _ready()
    rows = followup_queue()
    for f in rows:
        if as_json:
            print(json.dumps(f.json(), ensure_ascii=False))
            continue
        print(f"{f.priority:5.1f}  {f.client[:30]:30} value {f.points['value']:4} · recency {f.points['recency']:2} · "
              f"signals {f.points['signals']:3}  last activity {f.last_activity}")
        if f.next_idea:
            print(f"       next idea: {f.next_idea}")
        if f.timing_risk:
            print(f"       timing risk: {f.timing_risk}")
    if not rows and not as_json:
        print("No clients yet.")


@followups_app.command("draft")
@one_line_errors
def followups_draft(client: str = typer.Argument(..., help="The client name as 'draftroom followups' lists it"),
                    key: Optional[str] = key_option()) -> None:
    """Draft the follow-up / upsell for one client into the review queue and print it as JSON."""
    from service.api.serialize import draft_json
    from service.contracts.followups import draft_followup
    from service.review.actions import get_draft

    _ready()
    d = draft_followup(client, user=cli_actor(key))
    print_json(draft_json(get_draft(d.id)))


def register(app: typer.Typer) -> None:
    from service.cli.contracts import contract_app

    app.add_typer(due_app, name="due")
    app.add_typer(followups_app, name="followups")
    contract_app.add_typer(signal_app, name="signal")
    app.add_typer(connects_app, name="connects")
    contract_app.command("schedule")(schedule)
    contract_app.add_typer(milestone_app, name="milestone")
