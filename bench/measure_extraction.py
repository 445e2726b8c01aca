"""Score the extractor on the team-written labelled set and the injection corpus, offline engine.

Prints screening-question and client-instruction recall (and precision), injection detection,
parsed-field accuracy and tool recall. Run: .venv/bin/python bench/measure_extraction.py [-v]"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evals.extraction_set import EXTRACTION_SET, INJECTION_SET, load, score  # noqa: E402


def setup_offline_db() -> None:
    """The gateway writes a ledger row per call: point it at a throwaway SQLite file."""
    home = tempfile.mkdtemp(prefix="draftroom-bench-")
    os.environ["DRAFTROOM_HOME"] = home
    os.environ["DRAFTROOM_DATABASE_URL"] = f"sqlite:///{home}/bench.db"
    os.environ["DRAFTROOM_MODEL"] = "offline"
    from service.core import db
    from service.core.config import reset_settings

    reset_settings()
    db.reset_engines()
    db.ensure_schema()


def main() -> int:
    setup_offline_db()
    for name, folder in (("extraction", EXTRACTION_SET), ("injection", INJECTION_SET)):
        rows = load(folder)
        if not rows:
            continue
        res = score(rows)
        print(f"== {name} set: {res['posts']} posts (offline engine)")
        for key, value in res.items():
            if key.startswith("question") and not res["questions_expected"]:
                continue
            if key not in ("misses", "posts") and value is not None:
                print(f"  {key}: {value}")
        if "-v" in sys.argv or len(res["misses"]) <= 15:
            for m in res["misses"]:
                print("  MISS", m)
        else:
            print(f"  {len(res['misses'])} misses (-v to list)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
