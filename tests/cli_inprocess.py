"""Run a ``draftroom`` command in this process, the way ``main()`` runs it, for tests that check what a
command does rather than how the process starts (tests/test_cli.py keeps real processes for that). Each
call gets exactly the environment it is given (like ``subprocess.run(env=...)``), fresh settings, engines
and gateway, and its stdout, stderr and exit code back as a ``CompletedProcess``. A process start costs
~0.6 s of CPU (imports); this costs the command's own work."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout


def _reset() -> None:
    from service.core import db as dbmod
    from service.core.config import reset_settings
    from service.llm import reset_gateway

    reset_settings()
    dbmod.reset_engines()
    reset_gateway()


def run_cli(args: list[str], env: dict[str, str], stdin: bytes | None = None, text: bool = True):
    from service.cli import main

    saved_env, saved_argv, saved_stdin = dict(os.environ), sys.argv, sys.stdin
    out, err = io.StringIO(), io.StringIO()
    code: int | str | None = 0
    os.environ.clear()
    os.environ.update(env)
    sys.argv = ["draftroom", *args]
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    _reset()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        sys.argv, sys.stdin = saved_argv, saved_stdin
        _reset()
    returncode = code if isinstance(code, int) else (0 if code is None else 1)
    stdout, stderr = out.getvalue(), err.getvalue()
    if not text:
        stdout, stderr = stdout.encode(), stderr.encode()
    return subprocess.CompletedProcess(["draftroom", *args], returncode, stdout, stderr)
