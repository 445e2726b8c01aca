"""Precision and recall of the letter-quality lint checks on the team-written letters of
``evals/datasets/letter_lint`` (``cases.jsonl``: good letters and letters with one defect each).

    .venv/bin/python evals/lint_precision.py [--json] [--show-misses]

A check "flags" a letter when it fails. For each check: true positives = letters with that defect it
flags; false positives = letters without that defect it flags; false negatives = letters with the defect
it passes. Letters are linted with the demo workspace and the post's service line, as the pipeline does.
``--set holdout`` scores the second batch, written after the checks were tuned on the first; ``--set probe`` the
third (tuned on in the lint-probe session), ``--set fresh`` the fourth, written after that tuning."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "evals" / "datasets" / "letter_lint"
CHECKS = ("fluent", "grounded", "no_skill_disclaimer", "proof_overlaps", "answers_answer", "next_step_fits", "one_ask",
          "step_fits", "screening_answered", "in_scope", "not_pasted")


# tuning / holdout: the first two batches; probe: the third batch (issue 14 item 9's gaps; the lint was tuned on it);
# fresh: the fourth, written after that tuning and run once
SETS = {"tuning": ("posts.json", "cases.jsonl"), "holdout": ("holdout_posts.json", "holdout.jsonl"),
        "probe": ("probe_posts.json", "probe.jsonl"), "fresh": ("fresh_posts.json", "fresh.jsonl")}


def load(which: str = "tuning") -> tuple[dict, list[dict]]:
    posts_file, cases_file = SETS[which]
    posts = json.loads((DATA / posts_file).read_text())
    cases = [json.loads(ln) for ln in (DATA / cases_file).read_text().splitlines() if ln.strip()]
    return posts, cases


def run(which: str = "tuning") -> dict:
    from service.core.config import DEMO_WORKSPACE
    from service.core.schemas import JobBrief, ProposalParts, ScreeningAnswer
    from service.core.workspace import load_workspace
    from service.drafting.lint import lint_proposal

    ws = load_workspace(DEMO_WORKSPACE)
    posts, cases = load(which)
    rows = []
    for c in cases:
        p = dict(posts[c["post"]])
        line = ws.service_line(p.pop("service_line"))
        brief = JobBrief(**p)
        qs = brief.screening_questions
        parts = ProposalParts(hook="", diagnosis="", next_step="", call_to_action="", proof_id=c.get("proof_id"),
                              screening_answers=[ScreeningAnswer(question=q, answer=a)
                                                 for q, a in zip(qs, c.get("answers") or [])])
        res = lint_proposal(c["text"], brief, ws, parts, line)
        flagged = {ch.id for ch in res.checks if not ch.passed and ch.id in CHECKS}
        rows.append({"id": c["id"], "expected": set(c["expect_fail"]), "flagged": flagged,
                     "messages": {ch.id: ch.message for ch in res.checks if ch.id in flagged}})
    table = {}
    for chk in CHECKS:
        tp = sum(1 for r in rows if chk in r["expected"] and chk in r["flagged"])
        fp = sum(1 for r in rows if chk not in r["expected"] and chk in r["flagged"])
        fn = sum(1 for r in rows if chk in r["expected"] and chk not in r["flagged"])
        table[chk] = {"positives": tp + fn, "tp": tp, "fp": fp, "fn": fn,
                      "precision": tp / (tp + fp) if tp + fp else None, "recall": tp / (tp + fn) if tp + fn else None}
    good = [r for r in rows if not r["expected"]]
    return {"letters": len(rows), "with_defect": len(rows) - len(good), "checks": table,
            "clean_letters_flagged": sum(1 for r in good if r["flagged"]),
            "misses": [{"id": r["id"], "expected": sorted(r["expected"]), "flagged": sorted(r["flagged"]),
                        "messages": r["messages"]} for r in rows if r["expected"] != r["flagged"]]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--set", choices=tuple(SETS), default="tuning",
                    help="tuning: the first letters the checks were tuned on; holdout: letters written after tuning; "
                         "probe: the third batch (tuned on); fresh: the fourth, written after the probe tuning")
    args = ap.parse_args(argv)
    res = run(args.set)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    print(f"{res['letters']} letters, {res['with_defect']} with one defect; clean letters flagged by any check: "
          f"{res['clean_letters_flagged']}")
    print(f"{'check':22} {'defects':>7} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for chk, m in res["checks"].items():
        fmt = lambda x: "n/a" if x is None else f"{x:.2f}"  # noqa: E731
        print(f"{chk:22} {m['positives']:>7} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4} {fmt(m['precision']):>9} "
              f"{fmt(m['recall']):>7}")
    if args.show_misses:
        for miss in res["misses"]:
            print(f"- {miss['id']}: expected {miss['expected']}, flagged {miss['flagged']}: {miss['messages']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
