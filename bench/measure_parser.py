"""Parser accuracy on the real pasted pages of ../shared/data/jobs.jsonl (rows with raw_text); the
scoring lives in ``evals/parser_set.py``. Run: .venv/bin/python bench/measure_parser.py [-v]"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evals.parser_set import DATA, measure  # noqa: E402


def main() -> int:
    if not DATA.exists():
        print(f"data file not found: {DATA}")
        return 1
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    rows = [r for r in rows if r.get("raw_text")]
    res = measure(rows)
    verbose = "-v" in sys.argv
    print(f"rows with raw_text: {res['rows']}")
    print(f"stated fields right: {res['right']}/{res['stated_fields']} = {res['accuracy']:.1%}")
    print(f"hallucinated (value where the page states none): {len(res['hallucinated'])}")
    print(f"extra values the page states but the dataset leaves null: {len(res['extra_stated_on_page_but_unlabelled'])}")
    for kind, v in res["layouts"].items():
        print(f"  {kind[:60]:<60} rows {v['rows']:>2}  right {v['right']}/{v['stated']}  hallucinated {v['hallucinated']}")
    for w in res["wrong"]:
        print("  WRONG", w)
    for h in res["hallucinated"]:
        print("  HALLUCINATED", h)
    if verbose:
        for e in res["extra_stated_on_page_but_unlabelled"]:
            print("  extra", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
