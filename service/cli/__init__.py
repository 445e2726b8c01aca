"""The ``draftroom`` command. Each area registers its commands from its own module: every module
in this package that defines ``register(app)`` is loaded (sorted by name, ``core`` first)."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from service.cli import help_format
from service.core.errors import DraftroomError

help_format.apply()  # conventional --help: no <bool> beside flags, no {file} in usage lines
app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Draftroom: AI-prepared Upwork drafts, human-approved.")


def _register_all() -> None:
    names = sorted((m.name for m in pkgutil.iter_modules(__path__)), key=lambda n: (n != "core", n))
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(app)


_register_all()


def main() -> None:
    try:
        rc = app(standalone_mode=False)  # returns the exit code of typer.Exit in this mode
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except DraftroomError as exc:
        print(f"error: {exc.one_line()}", file=sys.stderr)
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        print("aborted", file=sys.stderr)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click usage errors and anything unexpected: one line, no traceback
        if _is_usage_error(exc):
            hint = getattr(exc, "format_message", lambda: str(exc))()
            print(f"error: {' '.join(hint.split())} (see 'draftroom --help')", file=sys.stderr)
            sys.exit(2)
        print(f"error: unexpected {exc.__class__.__name__}: {' '.join(str(exc).split())[:300]}", file=sys.stderr)
        sys.exit(1)


def _is_usage_error(exc: Exception) -> bool:
    """Click usage errors, whether raised by click itself or by typer's vendored copy."""
    import click

    kinds: tuple[type, ...] = (click.exceptions.ClickException,)
    try:
        from typer._click import exceptions as typer_click

        kinds += (typer_click.ClickException,)
    except ImportError:
        pass
    return isinstance(exc, kinds)
