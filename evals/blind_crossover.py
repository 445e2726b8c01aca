"""Crossover A/B blind reading: is writer B better than writer A on the same posts, measured within readers?

Two packets drafted on the same posts (``blind_packet.py`` with the same ``--seed``, ``--n`` and ``--half``, once
per writer) are re-dealt into reader packets. Reader r gets every post once: from writer A when (post index + r) is
even, else from writer B, plus the real anchors, in a shuffled order. With an even number of readers every post is
read from both writers equally often and every reader reads both writers, so a reader's own strictness (readers
differ by up to 0.2 in mean rating on the very same letters) cancels out of the comparison.

    .venv/bin/python evals/blind_crossover.py build --a DIR_A --b DIR_B --out DIR [--readers 4] [--seed 1]
        [--changed-only] [--tiers strong,possible] [--limit 40]
    .venv/bin/python evals/blind_crossover.py score --out DIR DIR/reader_1.jsonl DIR/reader_2.jsonl ...

``build`` writes ``DIR/reader_<r>/packet.md`` and ``DIR/reader_<r>/key.json`` (item -> source, post id, arm) for
r = 1..N; give reader r only its packet.md, and name its ratings file ``reader_<r>.jsonl`` (the format of
``blind_score.py``). ``score`` prints, for the offline letters of each writer: mean rating, accuracy, garbled
sentences per letter and % read past the second line; the within-reader difference B - A (mean over readers,
and its range); the per-post difference with a 95 % bootstrap interval over posts; and the anchors' mean rating
per reader (a reader far from the others on the anchors reads on a different scale)."""
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

from evals.blind_packet import write_packet  # noqa: E402
from evals.blind_score import RatingError, guarded, load_ratings  # noqa: E402
from service.core.stats import mean  # noqa: E402

_ITEM = re.compile(r"\n## Item (\d+)\n")
_PARTS = re.compile(r"\*\*Job post title:\*\* (?P<title>.*?)\n\n\*\*Job post \(excerpt\):\*\*\n\n(?P<post>.*?)\n\n"
                    r"\*\*Letter:\*\*\n\n```text\n(?P<letter>.*)\n```", re.DOTALL)


def read_packet(folder: Path) -> list[dict]:
    """The items of a ``blind_packet.py`` folder: key fields plus title, post excerpt and letter."""
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))["items"]
    chunks = _ITEM.split((folder / "packet.md").read_text(encoding="utf-8"))
    out = []
    for n, body in zip(chunks[1::2], chunks[2::2]):
        m = _PARTS.search(body)
        if m is None:
            raise ValueError(f"{folder / 'packet.md'}: item {n} is not in the shape blind_packet.py writes")
        out.append({**key[n], "title": m["title"], "description": m["post"], "letter": m["letter"]})
    return out


def build(a_dir: Path, b_dir: Path, out: Path, readers: int, seed: int, changed_only: bool = False,
          tiers: tuple[str, ...] = (), limit: int = 0) -> list[Path]:
    """``changed_only``: deal only the posts whose two letters differ (a change that touches one letter in ten is
    read on the letters it touches, not diluted by identical ones); ``tiers``: only posts whose best workspace fits at
    these tiers (the reported figures are on "strong" and "possible"); ``limit``: at most this many posts, drawn at
    random with ``seed`` (a change that touches half the letters is read on a sample a reader can finish)."""
    a, b = read_packet(a_dir), read_packet(b_dir)
    a_posts = {it["post_id"]: it for it in a if it["source"] == "offline"}
    b_posts = {it["post_id"]: it for it in b if it["source"] == "offline"}
    if set(a_posts) != set(b_posts):
        raise ValueError("the two packets are not on the same posts: draft both with the same --seed, --n and --half")
    posts = sorted(p for p in a_posts if (not changed_only or a_posts[p]["letter"] != b_posts[p]["letter"])
                   and (not tiers or a_posts[p].get("tier") in tiers))
    if limit and len(posts) > limit:
        posts = sorted(random.Random(seed).sample(posts, limit))
    if not posts:
        raise ValueError("no post's letter differs between the two packets: nothing to compare")
    anchors = [it for it in a if it["source"] != "offline"]
    folders = []
    for r in range(1, readers + 1):
        items = [{**(a_posts[p] if (i + r) % 2 == 0 else b_posts[p]), "arm": "A" if (i + r) % 2 == 0 else "B"}
                 for i, p in enumerate(posts)] + [{**x, "arm": "anchor"} for x in anchors]
        random.Random(seed * 1009 + r).shuffle(items)
        folder = out / f"reader_{r}"
        write_packet(items, folder, seed)
        folders.append(folder)
    return folders


def _boot_ci(diffs: list[float], seed: int = 7, rounds: int = 2000) -> tuple[float, float]:
    rng = random.Random(seed)
    means = sorted(mean([rng.choice(diffs) for _ in diffs]) for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def score(out: Path, files: list[Path]) -> dict:
    rows = []  # (reader, arm, post id, rating record)
    anchors: dict[str, float | None] = {}
    for f in files:
        m = re.search(r"reader_(\d+)", f.stem)
        if not m:
            raise RatingError(f"{f.name}: name each ratings file reader_<r>.jsonl after its packet folder")
        key = json.loads((out / f"reader_{m[1]}" / "key.json").read_text(encoding="utf-8"))["items"]
        ratings = load_ratings(f, set(key))
        rows += [(f.stem, key[i]["arm"], key[i].get("post_id"), r) for i, r in ratings.items()]
        anchors[f.stem] = mean([r["rating"] for i, r in ratings.items() if key[i]["arm"] == "anchor"])
    arms = {}
    for arm in ("A", "B"):
        rs = [r for _, a, _, r in rows if a == arm]
        arms[arm] = {"ratings": len(rs), "mean_rating": mean([r["rating"] for r in rs]),
                     "mean_accuracy": mean([r["accuracy"] for r in rs if r["accuracy"] is not None]),
                     "garbled_per_letter": mean([r["garbled"] for r in rs]),
                     "read_past_line2_pct": 100.0 * mean([float(r["past2"]) for r in rs]) if rs else None}
    per_reader = {}
    for reader in sorted({x[0] for x in rows}):
        ra = [r["rating"] for n, a, _, r in rows if n == reader and a == "A"]
        rb = [r["rating"] for n, a, _, r in rows if n == reader and a == "B"]
        if ra and rb:
            per_reader[reader] = mean(rb) - mean(ra)
    per_post = []
    for post in sorted({p for _, a, p, _ in rows if a in ("A", "B")}):
        ra = [r["rating"] for _, a, p, r in rows if p == post and a == "A"]
        rb = [r["rating"] for _, a, p, r in rows if p == post and a == "B"]
        if ra and rb:
            per_post.append(mean(rb) - mean(ra))
    diffs = list(per_reader.values())
    return {"arms": arms, "within_reader_diff": mean(diffs), "within_reader_range": [min(diffs), max(diffs)] if diffs
            else None, "per_reader": per_reader, "posts_paired": len(per_post),
            "per_post_diff": mean(per_post), "per_post_ci95": _boot_ci(per_post) if len(per_post) > 1 else None,
            "anchor_mean_by_reader": anchors}


def _f(x, nd=2) -> str:
    return "n/a" if x is None else f"{x:.{nd}f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="deal two packets on the same posts into crossover reader packets")
    b.add_argument("--a", required=True, type=Path, help="packet folder of writer A (the baseline)")
    b.add_argument("--b", required=True, type=Path, help="packet folder of writer B (the change)")
    b.add_argument("--out", required=True, type=Path)
    b.add_argument("--readers", type=int, default=4, help="an even number: each post read from both writers")
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--changed-only", action="store_true", help="only the posts whose letter differs between A and B")
    b.add_argument("--tiers", default="", metavar="TIER[,TIER]",
                   help="only posts whose best workspace fits at these tiers, e.g. strong,possible")
    b.add_argument("--limit", type=int, default=0, help="at most this many posts, drawn at random with --seed")
    s = sub.add_parser("score", help="score the readers' files of a crossover")
    s.add_argument("--out", required=True, type=Path, help="the folder `build` wrote")
    s.add_argument("ratings", nargs="+", type=Path, help="reader_<r>.jsonl files")
    s.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "build":
        if args.readers < 2 or args.readers % 2:
            print("error: --readers must be an even number of at least 2", file=sys.stderr)
            return 2
        tiers = tuple(t.strip() for t in args.tiers.split(",") if t.strip())
        folders = guarded(lambda: build(args.a, args.b, args.out, args.readers, args.seed, args.changed_only, tiers,
                                        max(args.limit, 0)))
        for folder in folders or []:
            print(f"wrote {folder / 'packet.md'}")
        return 0 if folders is not None else 2
    res = guarded(lambda: score(args.out, args.ratings))
    if res is None:
        return 2
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    for arm, m in res["arms"].items():
        print(f"writer {arm}: {m['ratings']} ratings, rating {_f(m['mean_rating'])}, accuracy {_f(m['mean_accuracy'])}, "
              f"garbled/letter {_f(m['garbled_per_letter'])}, past line 2 {_f(m['read_past_line2_pct'], 0)}%")
    lo_hi = res["within_reader_range"]
    print(f"B - A within readers: {res['within_reader_diff']:+.2f} (readers from {lo_hi[0]:+.2f} to {lo_hi[1]:+.2f})"
          if lo_hi else "B - A within readers: n/a (no reader rated both writers)")
    ci = res["per_post_ci95"]
    print(f"B - A per post ({res['posts_paired']} posts): {res['per_post_diff']:+.2f}"
          + (f", 95% bootstrap interval {ci[0]:+.2f} to {ci[1]:+.2f}" if ci else ""))
    print("anchors' mean rating by reader: " + ", ".join(f"{k} {_f(v)}" for k, v in res["anchor_mean_by_reader"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
