"""``draftroom profile audit [--since 30d]``: what approved letters claim against the profile and proof
library, proof usage, service lines missing from the profile, and suggested profile changes."""
from __future__ import annotations

import typer

from service.cli.common import one_line_errors, print_json

profile_app = typer.Typer(help="The profile as the letters use it.", no_args_is_help=True)


@profile_app.command("audit")
@one_line_errors
def profile_audit(since: str = typer.Option("30d", "--since", help="Period: 30d, 8w, 12h"),
                  as_json: bool = typer.Option(False, "--json")) -> None:
    """Audit the letters approved in the period against the profile and proof library."""
    from service.core.db import ensure_schema
    from service.workflows.profile_audit import audit, format_audit

    ensure_schema()
    report = audit(since)
    print_json(report) if as_json else print(format_audit(report))


def register(app: typer.Typer) -> None:
    app.add_typer(profile_app, name="profile")
