"""LLM commands: ``draftroom llm usage`` and ``draftroom retry``."""
from __future__ import annotations

from typing import Optional

import typer

from service.cli.common import cli_actor, key_option, print_json

llm_app = typer.Typer(help="Model calls: usage and cost from the ledger.", no_args_is_help=True)


@llm_app.command("usage")
def llm_usage(since: str = typer.Option("7d", "--since", help="Period: 30m, 24h, 7d, 2w or all"),
              as_json: bool = typer.Option(False, "--json", help="Print JSON rows")) -> None:
    """Calls, tokens, cost and p50/p95 latency by task and model."""
    from service.core.db import ensure_schema
    from service.llm.usage import format_table, parse_since, usage

    start = parse_since(since)
    ensure_schema()
    rows = usage(start)
    if as_json:
        print_json([r.as_dict() for r in rows])
    else:
        print(format_table(rows))


def retry(item_id: int = typer.Argument(..., help="Draft id (or job id with --job)"),
          job: bool = typer.Option(False, "--job", help="ID is a job: re-run its brief and fit"),
          key: Optional[str] = key_option()) -> None:
    """Re-run an AI step that failed (a draft or job in needs_attention)."""
    from service.core.db import ensure_schema
    from service.workflows.retry import retry as do_retry

    ensure_schema()
    actor = cli_actor(key)
    actor.require("draft")
    out = do_retry(item_id, job=job, user=actor)
    if job:
        print(f"job #{item_id}: brief and fit done (tier {out.fit.tier}, score {out.fit.score:g})")
    else:
        print(f"draft #{out.id}: drafted (version {out.version}), now {out.status}")


def register(app: typer.Typer) -> None:
    app.add_typer(llm_app, name="llm")
    app.command("retry")(retry)
