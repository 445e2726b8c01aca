"""Main-need labels (issue 14 item 3): precision and recall of the strong+possible tiers against
"can the workspace do the post's main need: yes / partly / no" labels kept OUTSIDE the repository
(they name real post ids). No post text and no label is committed; both are read at run time.

Labels: one JSON object a line, ``{"ws": "data-analytics"|"demo"|"copywriter", "id": <post id>, "half": 0|1,
"label": "yes"|"partly"|"no"}``; posts from ``../shared/data/jobs.jsonl``. Half = sha256(post id) % 2
(0 tuning, 1 test). Reported per workspace: precision = share of the posts scored strong or possible that
are labelled yes or partly; recall = share of the yes posts scored strong or possible.

Run (offline engine, a throw-away SQLite ledger):
  .venv/bin/python evals/datasets/fit_main_need/measure_main_need.py --labels LABELS.jsonl --half 1
  ... --root /path/to/another/checkout     # score with that checkout's code (the "before" figures)"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
WORKSPACES = ("data-analytics", "demo", "copywriter")


def _setup(root: Path) -> None:
    sys.path.insert(0, str(root))
    home = Path(tempfile.mkdtemp(prefix="draftroom-mainneed-"))
    os.environ.update(DRAFTROOM_HOME=str(home), DRAFTROOM_DATABASE_URL=f"sqlite:///{home / 'm.db'}",
                      DRAFTROOM_MODEL="offline")
    from service.core.db import upgrade

    upgrade()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", required=True, type=Path)
    ap.add_argument("--half", type=int, choices=(0, 1), default=1)
    ap.add_argument("--root", type=Path, default=HERE.parents[3], help="checkout whose code scores the posts")
    ap.add_argument("--jobs", type=Path, default=HERE.parents[4] / "shared" / "data" / "jobs.jsonl")
    ap.add_argument("--misses", action="store_true", help="list the disagreements (post titles, tiers, reasons)")
    args = ap.parse_args()
    if not args.labels.is_file() or not args.jobs.is_file():
        sys.exit(f"not found: {args.labels if not args.labels.is_file() else args.jobs}")
    _setup(args.root.resolve())
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace
    from service.workflows.triage import score_record

    spaces = {"demo": load_workspace(DEMO_WORKSPACE)}
    for name in WORKSPACES[:1] + WORKSPACES[2:]:
        spaces[name] = load_workspace(args.root / "evals" / "workspaces" / f"{name}.yaml")
    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    labels = [lab for lab in labels if lab["half"] == args.half]
    wanted = {lab["id"] for lab in labels}
    rows = {}
    for line in args.jobs.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["id"] in wanted:
                rows[row["id"]] = row
    scored = []
    for lab in labels:
        _, a = score_record(rows[lab["id"]], spaces[lab["ws"]])
        scored.append((lab, a))
    print(f"half {args.half} ({'test' if args.half else 'tuning'}), code from {args.root.resolve()}")
    for ws in (*WORKSPACES, "all"):
        part = [(lab, a) for lab, a in scored if ws == "all" or lab["ws"] == ws]
        kept = [(lab, a) for lab, a in part if a.tier != "poor"]
        good = [1 for lab, _ in kept if lab["label"] != "no"]
        yes = [(lab, a) for lab, a in part if lab["label"] == "yes"]
        found = [1 for _, a in yes if a.tier != "poor"]
        print(f"{ws:15} n={len(part):3}  precision(strong+possible) {len(good)}/{len(kept)}"
              f"={len(good) / max(1, len(kept)):.3f}  recall(yes) {len(found)}/{len(yes)}={len(found) / max(1, len(yes)):.3f}")
    if args.misses:
        for lab, a in scored:
            if (a.tier != "poor") == (lab["label"] == "no") or (a.tier == "poor" and lab["label"] == "yes"):
                print(f"  {lab['ws']:14} {lab['label']:6} {a.tier:8} {rows[lab['id']]['title'][:60]} | {a.tier_reason[:100]}")


if __name__ == "__main__":
    main()
