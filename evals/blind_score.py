"""Score a blind reading: readers' ratings files against the packet's key.

    .venv/bin/python evals/blind_score.py --key /work/scratch/blind/key.json READER1.jsonl READER2.jsonl ...

Each ratings file is one reader (JSONL, one line per item):
``{"item": 3, "rating": 1-5, "garbled_sentences": int >= 0, "accuracy": 1-5 or null, "read_past_second_line": bool}``.

Prints, per source (offline / real): items, ratings, mean rating, mean accuracy, garbled sentences (total,
per letter, letters with any), % read past the second line; then inter-reader agreement: quadratic
weighted kappa of the 1-5 ratings for every pair of readers on the items both rated (``core.stats``), and
their mean. ``--json`` prints the same figures as JSON."""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from service.core.stats import mean, quadratic_kappa

T = TypeVar("T")

RATING_LABELS = ("1", "2", "3", "4", "5")


class RatingError(ValueError):
    pass


def _check(row: dict, where: str, items: set[str]) -> dict:
    item = str(row.get("item"))
    if item not in items:
        raise RatingError(f"{where}: item {row.get('item')!r} is not in the key; use the item numbers of packet.md")
    r = row.get("rating")
    if not isinstance(r, int) or isinstance(r, bool) or not 1 <= r <= 5:
        raise RatingError(f"{where}: rating must be an integer 1-5, got {r!r}")
    g = row.get("garbled_sentences")
    if not isinstance(g, int) or isinstance(g, bool) or g < 0:
        raise RatingError(f"{where}: garbled_sentences must be an integer >= 0, got {g!r}")
    a = row.get("accuracy")
    if a is not None and (not isinstance(a, int) or isinstance(a, bool) or not 1 <= a <= 5):
        raise RatingError(f"{where}: accuracy must be an integer 1-5 or null, got {a!r}")
    p = row.get("read_past_second_line")
    if not isinstance(p, bool):
        raise RatingError(f"{where}: read_past_second_line must be true or false, got {p!r}")
    return {"item": item, "rating": r, "garbled": g, "accuracy": a, "past2": p}


def load_ratings(path: Path, items: set[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RatingError(f"{path.name} line {n}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise RatingError(f"{path.name} line {n}: each line must be a JSON object")
        rec = _check(row, f"{path.name} line {n}", items)
        out[rec["item"]] = rec
    return out


def summarise(key: dict, readers: dict[str, dict[str, dict]]) -> dict:
    sources = sorted({v["source"] for v in key["items"].values()})
    by_source = {}
    for src in sources:
        rows = [r for rs in readers.values() for item, r in rs.items() if key["items"][item]["source"] == src]
        letters = {r["item"] for r in rows}
        garbled_by_letter = {i: max(r["garbled"] for r in rows if r["item"] == i) for i in letters}
        by_source[src] = {
            "items": len(letters), "ratings": len(rows),
            "mean_rating": mean([r["rating"] for r in rows]),
            "mean_accuracy": mean([r["accuracy"] for r in rows if r["accuracy"] is not None]),
            "garbled_total": sum(r["garbled"] for r in rows),
            "garbled_per_letter": mean([r["garbled"] for r in rows]),
            "letters_with_garbled": sum(1 for g in garbled_by_letter.values() if g > 0),
            "read_past_line2_pct": (100.0 * sum(r["past2"] for r in rows) / len(rows)) if rows else None,
        }
    pairs = {}
    for (na, a), (nb, b) in itertools.combinations(sorted(readers.items()), 2):
        common = sorted(set(a) & set(b), key=int)
        k = quadratic_kappa([str(a[i]["rating"]) for i in common], [str(b[i]["rating"]) for i in common],
                            RATING_LABELS) if common else None
        pairs[f"{na} vs {nb}"] = {"items": len(common), "quadratic_kappa": k}
    return {"readers": len(readers), "by_source": by_source, "agreement": pairs,
            "mean_kappa": mean([p["quadratic_kappa"] for p in pairs.values()])}


def _fmt(x, nd=2) -> str:
    return "n/a" if x is None else (f"{x:.{nd}f}" if isinstance(x, float) else str(x))


def reader_names(paths: list[Path]) -> list[str]:
    """One name per ratings file: its stem, or "folder/stem" when two files share a stem (readers who each wrote
    ``ratings.jsonl`` in their own folder are different readers, never one merged reader)."""
    stems = [p.stem for p in paths]
    return [f"{p.parent.name}/{p.stem}" if stems.count(p.stem) > 1 else p.stem for p in paths]


def guarded(call: Callable[[], T]) -> T | None:
    """``call()``, or None after a one-line error for a missing file or a malformed key, packet or ratings file (the
    CLIs then exit with 2, never with a traceback)."""
    try:
        return call()
    except FileNotFoundError as exc:
        print(f"error: {exc.filename} not found", file=sys.stderr)
    except (RatingError, ValueError, KeyError) as exc:  # a JSONDecodeError is a ValueError
        print(f"error: {exc}", file=sys.stderr)
    return None


def _load(key_path: Path, paths: list[Path]) -> tuple[dict, dict[str, dict[str, dict]]]:
    key = json.loads(key_path.read_text(encoding="utf-8"))
    items = set(key["items"])
    return key, {name: load_ratings(p, items) for name, p in zip(reader_names(paths), paths)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--key", required=True, type=Path)
    ap.add_argument("ratings", nargs="+", type=Path, help="one JSONL ratings file per reader")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    loaded = guarded(lambda: _load(args.key, args.ratings))
    if loaded is None:
        return 2
    res = summarise(*loaded)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    print(f"{res['readers']} reader(s)")
    print(f"{'source':8} {'items':>5} {'ratings':>7} {'rating':>6} {'accuracy':>8} {'garbled':>7} {'garbled/letter':>14} "
          f"{'letters w/ garbled':>18} {'past line 2':>11}")
    for src, m in res["by_source"].items():
        print(f"{src:8} {m['items']:>5} {m['ratings']:>7} {_fmt(m['mean_rating']):>6} {_fmt(m['mean_accuracy']):>8} "
              f"{m['garbled_total']:>7} {_fmt(m['garbled_per_letter']):>14} {m['letters_with_garbled']:>18} "
              f"{_fmt(m['read_past_line2_pct'], 0) + '%':>11}")
    for pair, p in res["agreement"].items():
        print(f"agreement {pair}: quadratic kappa {_fmt(p['quadratic_kappa'])} on {p['items']} items")
    print(f"mean pairwise quadratic kappa: {_fmt(res['mean_kappa'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
