"""Core commands: db, workspace, users, extract, draft, serve, ui, up."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from service.cli.common import cli_actor, key_option, print_json, read_input

db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
ws_app = typer.Typer(help="Validate and describe workspace files.", no_args_is_help=True)
users_app = typer.Typer(help="Users, roles and API keys.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Argument("head")) -> None:
    """Apply migrations (SQLite or PostgreSQL, from DRAFTROOM_DATABASE_URL)."""
    from service.core.db import current_revision, upgrade

    upgrade(revision=revision)
    print(f"database at revision {current_revision()}")


@ws_app.command("check")
def ws_check(file: Path) -> None:
    """Print every problem in a workspace YAML (exit 1 if any): the same validation drafting and fit run."""
    from service.core.workspace import read_yaml, workspace_problems

    problems = workspace_problems(read_yaml(file), file)
    if problems:
        for p in problems:
            print(f"{file}: {p}")
        raise typer.Exit(1)
    print(f"{file}: ok")


@ws_app.command("schema")
def ws_schema() -> None:
    """Print the workspace JSON Schema."""
    from service.core.workspace import workspace_schema

    print_json(workspace_schema())


@users_app.command("add")
def users_add(name: str, role: str = typer.Option(..., "--role", help="owner|manager|bidder|viewer|api"),
              signature: Optional[str] = typer.Option(None, "--signature",
                                                      help="How this person's drafts are signed (default: the "
                                                           "workspace profile's signature)"),
              key: Optional[str] = key_option()) -> None:
    """Create a user; its API key is printed alone on the last line (shown once).

    On an empty database (no users at all) the first user is created without a key and must be an
    owner: that is how a new install gets its first key. After that, an owner's or manager's key is needed."""
    from service.accounts.auth import add_user, has_users
    from service.core.db import ensure_schema
    from service.core.errors import InvalidInput

    ensure_schema()
    if has_users():
        cli_actor(key).require("manage_users")
    elif role != "owner":
        raise InvalidInput("the first user of a new database must be an owner", field="--role",
                           fix=f"run 'draftroom users add {name} --role owner' first; add other people with its key")
    user, new_key = add_user(name, role, signature=signature)
    print(f"created user #{user.id} '{user.name}' with role {user.role}; its API key (shown once):")
    print(new_key)


@users_app.command("signature")
def users_signature(name: str = typer.Argument(..., help="The user, as 'draftroom users list' names them"),
                    signature: str = typer.Argument("", help="The sign-off of their drafts, e.g. a first name; "
                                                                "empty to fall back to the workspace profile's"),
                    key: Optional[str] = key_option()) -> None:
    """Set how a person's drafts are signed (your own with any key; anyone's with an owner's or manager's key)."""
    from service.accounts.auth import set_signature
    from service.core.db import ensure_schema

    ensure_schema()
    user = set_signature(cli_actor(key), name, signature)
    print(f"{user.name}'s drafts are signed " + (f"'{user.signature}'" if user.signature else
                                                  "with the workspace profile's signature"))


@users_app.command("list")
def users_list(key: Optional[str] = key_option()) -> None:
    """List users with their roles (needs an owner's or manager's key)."""
    from service.accounts.auth import list_users
    from service.core.db import ensure_schema

    ensure_schema()
    cli_actor(key).require("manage_users")
    for u in list_users():
        flag = "\t(disabled)" if u.disabled else ""
        signs = f"\tsigns '{u.signature}'" if u.signature else ""
        print(f"#{u.id}\t{u.name}\t{u.role}{signs}{flag}")


def extract(file: str = typer.Argument(..., help="Job text or JSON file, or - for stdin")) -> None:
    """Print the structured brief of a job post (only the call ledger is written)."""
    from service.core.db import ensure_schema
    from service.intake.extract import extract_brief
    from service.intake.parse import parse_job
    from service.workflows.jobs import check_job_input

    ensure_schema()
    raw = read_input(file)
    check_job_input(raw)
    print_json(extract_brief(parse_job(raw)).model_dump(mode="json"))


def draft(file: str = typer.Argument(..., help="Job text or JSON file, or - for stdin"),
          service_line: Optional[str] = typer.Option(None, "--service-line", "-s"),
          force: bool = typer.Option(False, "--force", help="A new draft even when the same job already has an "
                                                            "open one (default: print that one, with a note)"),
          key: Optional[str] = key_option()) -> None:
    """Parse, brief, score and draft a job; queue the draft; print it as JSON. The same job again prints
    its open draft ("existing": true, with a note) unless --force."""
    from service.api.serialize import draft_json_for
    from service.core.db import ensure_schema
    from service.review.actions import get_draft
    from service.workflows.proposals import draft_for_job

    ensure_schema()
    actor = cli_actor(key)
    actor.require("draft")
    raw = read_input(file)
    d, result = draft_for_job(raw, user=actor, service_line=service_line, force=force)
    body = draft_json_for(actor, get_draft(d.id), result.job, result.fit.model_dump(mode="json"))
    if result.note:
        body["note"] = result.note
    if result.existing_draft:
        body["existing"] = True
    print_json(body)


def serve(host: str = "127.0.0.1", port: int = 8000,
          workers: int = typer.Option(1, "--workers", min=1, max=64,
                                      help="API processes (uvicorn workers); sizes for 2 and 8 cores in docs/benchmarks.md.")) -> None:
    """Run the API (uvicorn)."""
    import uvicorn

    from service.core.db import ensure_schema

    ensure_schema()
    uvicorn.run("service.api.app:create_app", factory=True, host=host, port=port, log_level="info", workers=workers)


def ui(port: int = 8501) -> None:
    """Run the Streamlit review UI."""
    import subprocess
    import sys

    from service.core.db import ensure_schema

    ensure_schema()
    app_path = Path(__file__).resolve().parents[2] / "review_ui" / "app.py"
    raise typer.Exit(subprocess.call([sys.executable, "-m", "streamlit", "run", str(app_path),
                                      "--server.port", str(port), "--server.address", "127.0.0.1",
                                      "--server.headless", "true", "--browser.gatherUsageStats", "false"]))


def up(api_port: int = typer.Option(8000, help="Port of the API."),
       ui_port: int = typer.Option(8501, help="Port of the review UI."),
       demo: bool = typer.Option(True, help="Load demo users and jobs"),
       workers: int = typer.Option(2, min=1, max=64, help="Threads of the background worker.")) -> None:
    """Migrate, load demo data, start the API, the UI and a background worker; Ctrl-C stops all three."""
    from service.workflows.demo import run_everything

    run_everything(api_port=api_port, ui_port=ui_port, demo=demo, workers=workers)


def doctor() -> None:
    """Check this machine: Python, the database (reachable, migrated), the model and its key variable, Redis
    when the task backend uses it, the workspace. One line per check; exit code 1 when any fails."""
    from service.workflows.doctor import run_checks

    checks = run_checks()
    for c in checks:
        print(f"{'ok  ' if c.ok else 'FAIL'}  {c.name:10} {c.detail}")
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.add_typer(ws_app, name="workspace")
    app.add_typer(users_app, name="users")
    for fn in (extract, draft, serve, ui, up, doctor):
        app.command()(fn)
