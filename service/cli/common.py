"""Helpers shared by CLI modules: reading input files, printing JSON, acting as a user."""
from __future__ import annotations

import json
import sys
from functools import wraps
from pathlib import Path

import typer

from service.core.errors import DraftroomError, InvalidInput


def read_input(path: str) -> str | dict:
    """Read a job from FILE or '-' (stdin). A .json file (or JSON text) becomes a dict."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.is_file():
            raise InvalidInput(f"no such file: {path}", field="FILE", fix="give a path to a job text or JSON file, or - for stdin")
        data = p.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text", field="FILE", fix="save the job post as UTF-8 text") from None
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"{path} looks like JSON but does not parse: {exc.msg} at line {exc.lineno}",
                               field="FILE") from None
        if isinstance(obj, dict):
            return obj
    return text


def print_json(obj) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False, default=str))


def cli_actor(as_user: str | None):
    """The person a CLI command acts as: --as NAME, else the first owner, else a local 'cli' owner."""
    from sqlmodel import select

    from service.accounts.auth import Principal, principal_for
    from service.core.db import session_scope
    from service.core.models import User

    if as_user:
        return principal_for(as_user)
    with session_scope() as s:
        user = s.exec(select(User).where(User.role == "owner", User.disabled == False).order_by(User.id)).first()  # noqa: E712
        if user is None:
            user = User(name="cli", role="owner")
            s.add(user)
            s.flush()
        return Principal(user_id=user.id, name=user.name, role=user.role)


def one_line_errors(fn):
    """Print a DraftroomError as one line and exit 2 (for commands also called outside ``main``)."""
    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except DraftroomError as exc:
            print(f"error: {exc.one_line()}", file=sys.stderr)
            raise typer.Exit(2) from None
    return wrapper
