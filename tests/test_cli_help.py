"""`--help` for every command reads like ordinary CLI help (issue 21, item 6): no Python type artefacts such
as `<bool>` beside flags or `<str>` / `<int range>` beside values, no `{file}` in usage lines."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from service.cli import app
from service.cli.help_format import type_label

ROOT = Path(__file__).resolve().parents[1]
ARTEFACT = re.compile(r"<(?:bool|str|int|float|path|int range|float range|datetime|list\[[^\]]*\])>|\{[A-Za-z_]+\}")


def _commands() -> list[list[str]]:
    out: list[list[str]] = []

    def walk(cmd, path):
        out.append(path)
        for name, sub in sorted(getattr(cmd, "commands", {}).items()):
            walk(sub, [*path, name])

    walk(get_command(app), [])
    return out


COMMANDS = _commands()


def test_every_command_is_walked():
    names = {" ".join(c) for c in COMMANDS}
    assert len(COMMANDS) > 60 and {"", "queue", "contract milestone add", "intake search add"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "draftroom")
def test_help_has_no_type_artefacts(path):
    out = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert out.exit_code == 0, out.output
    assert "Usage:" in out.output
    assert not ARTEFACT.findall(out.output), (" ".join(path), ARTEFACT.findall(out.output))


def test_usage_names_arguments_in_capitals():
    out = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"}).output
    assert "extract [OPTIONS] FILE" in out
    out = CliRunner().invoke(app, ["reject", "--help"], env={"COLUMNS": "200"}).output
    assert "DRAFT_IDS..." in out and "INTEGER..." in out


def test_the_installed_command_too():
    exe = Path(sys.executable).parent / "draftroom"
    out = subprocess.run([str(exe), "claim", "--help"], capture_output=True, text=True, cwd=ROOT,
                         env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.returncode == 0 and "claim [OPTIONS] DRAFT_ID" in out.stdout
    assert "<bool>" not in out.stdout and "<int range>" not in out.stdout and "INTEGER [1<=x<=1440]" in out.stdout


@pytest.mark.parametrize("raw, label", [("<bool>", None), ("<int>", "INTEGER"), ("<str>", "TEXT"),
                                        ("<int range>", "INTEGER"), ("<list[str]>", "TEXT..."),
                                        ("<a|b>", "[a|b]"), ("<path>", "PATH"), ("<str>...", "TEXT...")])
def test_type_labels(raw, label):
    assert type_label(raw) == label
