"""Small doses: does a reader who sees many of our letters rate each one lower than a reader who sees a few?

A client reads one letter from us among other freelancers' letters; a reader of a ``blind_packet.py`` packet reads
40 of ours in a row, and learns the writer's shape by the fifth. ``build`` deals the offline letters of one packet
into small reader packets (``--per-reader`` letters each, every letter given to ``--reads`` readers), each with all
the packet's real anchors, shuffled; ``score`` maps those ratings back onto the packet's items and prints the small-dose
figures in the shape of ``blind_score.py``, and, given the ratings of readers of the whole packet (``--whole``), the
per-letter difference small dose − whole packet with a 95 % bootstrap interval over letters. Same letters, other
readers: the difference is how much reading 40 of them in a row costs each letter.

    .venv/bin/python evals/blind_doses.py build --packet DIR --out DOSES [--per-reader 8] [--reads 2] [--seed 1]
    .venv/bin/python evals/blind_doses.py score --packet DIR --out DOSES DOSES/reader_*.jsonl \
        [--whole r1.jsonl r2.jsonl r3.jsonl]

``build`` writes ``DOSES/reader_<r>/packet.md`` and ``key.json`` (item -> the packet's item number); give reader r
only its packet.md and name its ratings file ``reader_<r>.jsonl``."""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evals.blind_crossover import _boot_ci, _f, read_packet  # noqa: E402
from evals.blind_packet import write_packet  # noqa: E402
from evals.blind_score import (  # noqa: E402
    RatingError,
    guarded,
    load_ratings,
    reader_names,
    summarise,
)
from service.core.stats import mean  # noqa: E402


def build(packet: Path, out: Path, per_reader: int, reads: int, seed: int) -> list[Path]:
    items = [{**it, "packet_item": n} for n, it in enumerate(read_packet(packet), 1)]
    offline = [it for it in items if it["source"] == "offline"]
    anchors = [it for it in items if it["source"] != "offline"]
    if not offline:
        raise ValueError(f"{packet}: the packet holds no offline letters")
    random.Random(seed).shuffle(offline)
    groups = [offline[i:i + per_reader] for i in range(0, len(offline), per_reader)]
    folders, r = [], 0
    for group in groups:
        for _ in range(reads):
            r += 1
            dealt = group + anchors
            random.Random(seed * 1009 + r).shuffle(dealt)
            folder = out / f"reader_{r}"
            write_packet(dealt, folder, seed)
            folders.append(folder)
    return folders


def score(packet: Path, out: Path, files: list[Path], whole: list[Path]) -> dict:
    key = json.loads((packet / "key.json").read_text(encoding="utf-8"))
    small: dict[str, dict[str, dict]] = {}
    for f in files:
        m = re.search(r"reader_(\d+)", f.stem)
        if not m:
            raise RatingError(f"{f.name}: name each ratings file reader_<r>.jsonl after its packet folder")
        dealt = json.loads((out / f"reader_{m[1]}" / "key.json").read_text(encoding="utf-8"))["items"]
        small[f.stem] = {str(dealt[i]["packet_item"]): {**r, "item": str(dealt[i]["packet_item"])}
                         for i, r in load_ratings(f, set(dealt)).items()}
    res = {"small": summarise(key, small)}
    if whole:
        big = {name: load_ratings(f, set(key["items"])) for name, f in zip(reader_names(whole), whole, strict=True)}
        res["whole"] = summarise(key, big)
        diffs = []
        for item, meta in key["items"].items():
            if meta["source"] != "offline":
                continue
            s = mean([rs[item]["rating"] for rs in small.values() if item in rs])
            b = mean([rs[item]["rating"] for rs in big.values() if item in rs])
            if s is not None and b is not None:
                diffs.append(s - b)
        res["per_letter_diff"] = mean(diffs)
        res["per_letter_ci95"] = _boot_ci(diffs) if len(diffs) > 1 else None
        res["letters_paired"] = len(diffs)
    return res


def _print(name: str, s: dict) -> None:
    for src, m in s["by_source"].items():
        print(f"{name} {src}: {m['items']} letters, {m['ratings']} ratings, rating {_f(m['mean_rating'])}, accuracy "
              f"{_f(m['mean_accuracy'])}, garbled/letter {_f(m['garbled_per_letter'])} ({m['letters_with_garbled']} "
              f"letters with any), past line 2 {_f(m['read_past_line2_pct'], 0)}%")
    print(f"{name}: mean pairwise quadratic kappa {_f(s['mean_kappa'])} over readers who share items")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="deal one packet's offline letters into small reader packets")
    b.add_argument("--packet", required=True, type=Path, help="a blind_packet.py folder")
    b.add_argument("--out", required=True, type=Path)
    b.add_argument("--per-reader", type=int, default=8, help="offline letters in each small packet")
    b.add_argument("--reads", type=int, default=2, help="readers per letter")
    b.add_argument("--seed", type=int, default=1)
    s = sub.add_parser("score", help="score the small packets, and compare them with readers of the whole packet")
    s.add_argument("--packet", required=True, type=Path)
    s.add_argument("--out", required=True, type=Path, help="the folder `build` wrote")
    s.add_argument("ratings", nargs="+", type=Path, help="reader_<r>.jsonl files of the small packets")
    s.add_argument("--whole", nargs="*", type=Path, default=[], help="ratings of readers of the whole packet")
    s.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "build":
        if args.per_reader < 1 or args.reads < 1:
            print("error: --per-reader and --reads must be at least 1", file=sys.stderr)
            return 2
        folders = guarded(lambda: build(args.packet, args.out, args.per_reader, args.reads, args.seed))
        for folder in folders or []:
            print(f"wrote {folder / 'packet.md'}")
        return 0 if folders is not None else 2
    res = guarded(lambda: score(args.packet, args.out, args.ratings, args.whole))
    if res is None:
        return 2
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    _print("small doses", res["small"])
    if "whole" in res:
        _print("whole packet", res["whole"])
        ci = res["per_letter_ci95"]
        print(f"small - whole per letter ({res['letters_paired']} letters): {res['per_letter_diff']:+.2f}"
              + (f" (95 % interval {ci[0]:+.2f} to {ci[1]:+.2f})" if ci else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
