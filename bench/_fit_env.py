"""Shared setup for the fit benchmarks: a throwaway SQLite database (the ledger records calls) and the offline engine."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "jobs.jsonl"


def setup() -> None:
    sys.path.insert(0, str(ROOT))
    home = Path(tempfile.mkdtemp(prefix="draftroom-bench-"))
    os.environ["DRAFTROOM_HOME"] = str(home)
    os.environ["DRAFTROOM_DATABASE_URL"] = f"sqlite:///{home / 'bench.db'}"
    os.environ["DRAFTROOM_MODEL"] = "offline"
    from service.core.db import upgrade

    upgrade()
    if not DATA.exists():
        sys.exit(f"real data not found at {DATA}")
