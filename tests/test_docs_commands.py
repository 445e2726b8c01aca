"""Docs that run as written (the way datasette tests its docs): every ```bash block in README.md and
docs/*.md marked with a ``<!-- runnable -->`` line right above it runs, in a fresh demo database (the
state ``scripts/up`` leaves: demo users, keys and jobs), from the repository root, and must exit 0.
Every shell block, runnable or not, calls the CLI as ``.venv/bin/draftroom`` (the README's install
puts it there and activates nothing)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# Every fence is matched (whatever its language), so a ```json block's closing fence is never taken for the
# opening of the next block; only bash/sh blocks are then kept.
BLOCK = re.compile(r"^(?P<mark><!-- runnable -->\n)?```(?P<lang>[A-Za-z0-9_+-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.S | re.M)


def _blocks():
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in BLOCK.finditer(text):
            if m["lang"] in ("bash", "sh"):
                line = text[:m.start()].count("\n") + 1
                yield path, line, m["body"], bool(m["mark"])


RUNNABLE = [pytest.param(body, id=f"{path.relative_to(ROOT)}:{line}") for path, line, body, run in _blocks() if run]


def test_some_blocks_are_runnable():
    assert len(RUNNABLE) >= 8
    marked = sum(p.read_text(encoding="utf-8").count("<!-- runnable -->\n```bash") for p in DOCS)
    assert len(RUNNABLE) == marked  # every marked block is found (fences after a ```json block included)


def test_shell_blocks_call_the_installed_cli():
    bare = [f"{p.relative_to(ROOT)}:{line}" for p, line, body, _ in _blocks()
            for cmd in body.splitlines() if re.match(r"\s*(\$ )?draftroom\s", cmd)]
    assert bare == [], "write .venv/bin/draftroom (nothing is activated): " + ", ".join(bare)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("docs-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRAFTROOM_")}
    env.update(DRAFTROOM_HOME=str(home), DRAFTROOM_MODEL="offline", LITELLM_LOCAL_MODEL_COST_MAP="True")
    seed = "from service.core.db import ensure_schema; from service.workflows.demo import seed_demo; ensure_schema(); seed_demo()"
    subprocess.run([sys.executable, "-c", seed], cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    return env


@pytest.mark.parametrize("body", RUNNABLE)
def test_runnable_block_runs_as_written(body, demo_home):
    out = subprocess.run(["bash", "-euo", "pipefail", "-c", body], cwd=ROOT, env=demo_home, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, f"exit {out.returncode}\n--- stdout\n{out.stdout[-2000:]}\n--- stderr\n{out.stderr[-2000:]}"
