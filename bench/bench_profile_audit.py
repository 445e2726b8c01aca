"""Profile audit on the team-written set (tests/accounts/profile_audit_set.py): sentence-level recall and
precision of the 10 planted unsupported claims, per half (0 = tuning, 1 = test). Prints figures.

    .venv/bin/python bench/bench_profile_audit.py [--half 0|1]"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.accounts.profile_audit_set import score  # noqa: E402

if __name__ == "__main__":
    which = int(sys.argv[sys.argv.index("--half") + 1]) if "--half" in sys.argv else None
    r = score(which)
    name = {0: "tuning half", 1: "test half", None: "all"}[which]
    print(f"{name}: {r['letters']} letters, {r['planted']} planted; found {r['found']}, "
          f"recall {r['recall']}, precision {r['precision']} ({r['flagged_sentences']} sentences flagged)")
    for lid, s in r["false_flags"]:
        print(f"  false flag {lid}: {s}")
