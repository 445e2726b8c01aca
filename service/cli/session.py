"""Who the CLI acts as: ``draftroom login`` stores your key (in $DRAFTROOM_HOME/credentials, mode 0600),
``draftroom logout`` removes it, ``draftroom whoami`` names the person. Every command that reads drafts
or changes them acts as the person whose key it is given (``--key``, ``DRAFTROOM_API_KEY`` or the stored
login); audit rows name that key."""
from __future__ import annotations

from typing import Optional

import typer

from service.cli.common import cli_actor, credentials_path, key_option, save_key


def login(key: Optional[str] = typer.Option(None, "--key", envvar="DRAFTROOM_API_KEY",
                                            help="Your API key (prompted, hidden, when not given)")) -> None:
    """Check your API key and store it for later commands (mode 0600 under DRAFTROOM_HOME)."""
    from service.core.db import ensure_schema

    ensure_schema()
    if not key:
        key = typer.prompt("API key", hide_input=True)
    me = cli_actor(key)
    path = save_key(key)
    print(f"signed in as {me.name} ({me.role}); key stored in {path} (mode 600). 'draftroom logout' removes it.")


def logout() -> None:
    """Forget the stored key."""
    path = credentials_path()
    if path.exists():
        path.unlink()
        print(f"signed out: removed {path}")
    else:
        print("not signed in (no stored key)")


def whoami(key: Optional[str] = key_option()) -> None:
    """Name the person the CLI acts as, with their role and key prefix."""
    from service.accounts.auth import list_keys
    from service.core.db import ensure_schema

    ensure_schema()
    me = cli_actor(key)
    prefix = next((k["prefix"] for k in list_keys(me.user_id) if k["id"] == me.api_key_id), "?")
    print(f"{me.name} ({me.role}) via key {prefix}…")


def register(app: typer.Typer) -> None:
    for fn in (login, logout, whoami):
        app.command()(fn)
