"""The word diff and edit distance behind GET /v1/drafts/{id}/diff and approve, on hostile sizes.

Prints CPU seconds per call of the current implementation (service.text.diff: rapidfuzz Levenshtein
opcodes + distance, word cap) and, for comparison, of the previous one (difflib.SequenceMatcher with
autojunk=False + a pure-Python Levenshtein DP) on the same inputs. The old one is run only up to
--old-max words (it is quadratic in Python). Texts are generated (team-written vocabulary), never
copied from real data. Nothing here asserts time.

    .venv/bin/python bench/bench_diff.py [--sizes 500,2000,8000,25000] [--old-max 2000]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.text.diff import diff_summary  # noqa: E402

VOCAB = ("the dashboard api react data model chart weekly delivery client scope budget milestone ship test "
         "deploy review design feature fix bug query report export page user team call plan week day").split()


def texts(n: int, seed: int, shape: str) -> tuple[str, str]:
    rng = random.Random(seed)
    if shape == "rewrite":  # two unrelated texts: the worst case for a DP
        return " ".join(rng.choice(VOCAB) for _ in range(n)), " ".join(rng.choice(VOCAB) for _ in range(n))
    if shape == "repeat":  # one word repeated: a worst case for difflib without autojunk
        return " ".join(["a"] * n), " ".join(["a"] * (n - 1) + ["b"])
    a = [rng.choice(VOCAB) for _ in range(n)]  # a light edit: ~5 % of words changed
    b = [w if rng.random() > 0.05 else rng.choice(VOCAB) for w in a]
    return " ".join(a), " ".join(b)


def old_diff(before: str, after: str) -> int:
    a, b = before.split(), after.split()
    SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def cpu(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="500,2000,8000,25000")
    ap.add_argument("--old-max", type=int, default=2000, help="largest size the old quadratic code is run on")
    args = ap.parse_args()
    print(f"{'shape':<8} {'words':>7} {'new CPU s':>10} {'old CPU s':>10} {'edit distance':>14}")
    for shape in ("edit", "rewrite", "repeat"):
        for n in (int(x) for x in args.sizes.split(",")):
            before, after = texts(n, n, shape)
            new = cpu(diff_summary, before, after)
            dist = diff_summary(before, after)["edit_distance"]
            old = f"{cpu(old_diff, before, after):10.3f}" if n <= args.old_max else f"{'(skipped)':>10}"
            print(f"{shape:<8} {n:>7} {new:10.4f} {old} {dist:>14}")


if __name__ == "__main__":
    main()
