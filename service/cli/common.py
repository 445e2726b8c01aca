"""Helpers shared by CLI modules: reading input files, printing JSON, the person a command acts as."""
from __future__ import annotations

import json
import sys
from functools import wraps
from pathlib import Path

import typer

from service.core.errors import DraftroomError, InvalidInput, Unauthorized


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
            from service.api.security import lone_surrogate_field

            bad = lone_surrogate_field(stripped.encode("utf-8"))
            if bad is not None:
                raise InvalidInput(f"{path}: {bad} contains a lone UTF-16 surrogate (e.g. \\ud800), which is not text",
                                   field=bad, fix="save valid Unicode: an emoji as a surrogate pair or as UTF-8")
            return obj
    return text


def print_json(obj) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False, default=str))


KEY_HELP = "Your API key (default: $DRAFTROOM_API_KEY, else the key stored by 'draftroom login')"


def key_option():
    """The ``--key`` option every command that acts as a person takes (also read from DRAFTROOM_API_KEY)."""
    return typer.Option(None, "--key", envvar="DRAFTROOM_API_KEY", show_envvar=True, help=KEY_HELP)


def credentials_path() -> Path:
    from service.core.config import get_settings

    return get_settings().home / "credentials"


def stored_key() -> str | None:
    """The key saved by ``draftroom login`` (refused when other users could read the file)."""
    path = credentials_path()
    if not path.is_file():
        return None
    if path.stat().st_mode & 0o077:
        raise Unauthorized(f"{path} can be read by other users of this machine", field="credentials",
                           fix=f"run 'chmod 600 {path}' or 'draftroom login' again")
    key = path.read_text(encoding="utf-8").strip()
    return key or None


def save_key(key: str) -> Path:
    """Write the key to $DRAFTROOM_HOME/credentials, created with mode 0600 (never world-readable)."""
    import os

    path = credentials_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key.strip() + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path


def cli_actor(key: str | None):
    """The person a CLI command acts as: the one whose key is given (--key / DRAFTROOM_API_KEY) or stored
    by ``draftroom login``. No key, no action: there is no default user and no impersonation."""
    from service.accounts.auth import authenticate

    key = (key or "").strip() or stored_key()
    if not key:
        raise Unauthorized("this command acts as a person and no API key was given", field="--key",
                           fix="pass --key KEY, set DRAFTROOM_API_KEY, or run 'draftroom login'; "
                               "on an empty database 'draftroom users add NAME --role owner' prints the first key")
    try:
        return authenticate(key)
    except Unauthorized as exc:
        raise Unauthorized(exc.message, field="--key", fix="use a current key: 'draftroom login' stores one, "
                           "'draftroom users add' or Settings → Team issues one") from None


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
