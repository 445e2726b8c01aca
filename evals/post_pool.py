"""A pool of real posts from a public scrape, for reading letters on posts no rule was written from.

    .venv/bin/python -m evals.post_pool --csv DIR_OR_FILE [...] --out /work/scratch/pool/jobs.jsonl

The diagnostics in docs/evals.md read letters drafted for posts outside ``../shared/data/jobs.jsonl`` (a fresh pool,
tuning material only). This builds that pool, OUTSIDE the repository, from CSV files of scraped Upwork posts (for
instance a fetched snapshot of a public scrape such as ``Raoina/EDA_Upwork_Jobs``; nothing is downloaded here):

1. Reads every ``*.csv`` given (a folder is read file by file, in name order) with the columns such scrapes use:
   ``title``, ``description``, ``url``, ``job_type`` ("Hourly" / "Fixed-price"), ``avg_budget`` or ``max_budget`` or
   ``fixed_price``, ``skills`` (a Python or JSON list), ``experience_level``, ``client_location`` or ``location``,
   ``proposals``. A file without ``title`` and ``description`` is skipped with a note.
2. Keeps posts with a description of at least ``--min-chars`` characters, and drops every post ``--known`` (default
   ``../shared/data/jobs.jsonl``) already holds: the same title, the same Upwork job id (``~0123…`` in the URL), or the
   same opening 200 characters. Repeats inside the pool go too (title or opening 300 characters).
3. Writes one JSON object per post in the ``jobs.jsonl`` shape (``id`` = ``pool:<file stem>:<row>``, ``title``,
   ``description``, ``url``, ``upwork_job_id``, ``budget_type``, ``budget_min``, ``budget_max``, ``skills``,
   ``experience_level``, ``country``, ``proposals``), ready for ``evals/blind_packet.py --jobs … --half all``.

Pure apart from reading the CSV files and writing ``--out``."""
from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KNOWN = ROOT.parent / "shared" / "data" / "jobs.jsonl"
MIN_CHARS = 300
_JOB_ID = re.compile(r"~(\d{6,})")


def _csv_files(paths: Iterable[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from sorted(p.glob("*.csv"))
        else:
            yield p


def _job_id(url: str | None) -> str | None:
    found = _JOB_ID.search(url or "")
    return found.group(1) if found else None


def _skills(raw: str | None) -> list[str]:
    if not raw:
        return []
    for parse in (json.loads, ast.literal_eval):
        try:
            value = parse(raw)
        except (ValueError, SyntaxError):
            continue
        return [str(s) for s in value] if isinstance(value, list) else []
    return []


def _budget(row: dict) -> float | None:
    for key in ("avg_budget", "max_budget", "fixed_price"):
        try:
            value = float(str(row.get(key) or "").replace("$", "").replace(",", ""))
        except ValueError:
            continue
        if value > 0:
            return value
    return None


def _budget_type(job_type: str | None) -> str | None:
    low = (job_type or "").lower()
    return "hourly" if "hour" in low else "fixed" if "fixed" in low else None


class Known:
    """What the reference set already holds: titles, Upwork job ids and description openings."""

    def __init__(self, records: Iterable[dict]):
        self.titles: set[str] = set()
        self.ids: set[str] = set()
        self.openings: set[str] = set()
        for r in records:
            self.titles.add((r.get("title") or "").strip().lower())
            self.openings.add((r.get("description") or "")[:200])
            for key in ("upwork_job_id", "url"):
                if (job_id := _job_id(str(r.get(key) or ""))) is not None:
                    self.ids.add(job_id)

    def holds(self, title: str, description: str, job_id: str | None) -> bool:
        return (title.strip().lower() in self.titles or description[:200] in self.openings
                or job_id is not None and job_id in self.ids)


def pool(files: Iterable[Path], known: Known, min_chars: int = MIN_CHARS) -> Iterator[dict]:
    """The pool's posts, in file and row order (see the module docstring)."""
    seen_titles: set[str] = set()
    seen_openings: set[str] = set()
    csv.field_size_limit(sys.maxsize)
    for path in files:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            if not {"title", "description"} <= set(reader.fieldnames or ()):
                print(f"{path}: no title and description columns; skipped", file=sys.stderr)
                continue
            for row_no, row in enumerate(reader):
                title, desc = (row.get("title") or "").strip(), (row.get("description") or "").strip()
                job_id = _job_id(row.get("url"))
                if len(desc) < min_chars or known.holds(title, desc, job_id):
                    continue
                if title.lower() in seen_titles or desc[:300] in seen_openings:
                    continue
                seen_titles.add(title.lower())
                seen_openings.add(desc[:300])
                budget = _budget(row)
                yield {"id": f"pool:{path.stem}:{row_no}", "title": title, "description": desc,
                       "url": row.get("url") or None, "upwork_job_id": job_id,
                       "budget_type": _budget_type(row.get("job_type")), "budget_min": budget, "budget_max": budget,
                       "skills": _skills(row.get("skills")), "experience_level": row.get("experience_level") or None,
                       "country": row.get("client_location") or row.get("location") or None,
                       "proposals": row.get("proposals") or None}


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build a pool of real posts outside jobs.jsonl from scraped CSV files.")
    ap.add_argument("--csv", type=Path, nargs="+", required=True, help="CSV files or folders of them")
    ap.add_argument("--out", type=Path, required=True, help="the pool's jobs.jsonl, outside the repository")
    ap.add_argument("--known", type=Path, default=KNOWN, help="posts the pool must not repeat (default: jobs.jsonl)")
    ap.add_argument("--min-chars", type=int, default=MIN_CHARS, help="shortest description kept")
    args = ap.parse_args(argv)
    missing = [str(p) for p in args.csv if not p.exists()]
    if missing:
        print(f"error: --csv {', '.join(missing)} does not exist", file=sys.stderr)
        return 2
    if args.out.resolve().is_relative_to(ROOT):
        print("error: --out must be outside the repository (real posts are never copied into it)", file=sys.stderr)
        return 2
    known = Known(_read_jsonl(args.known) if args.known.exists() else [])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with args.out.open("w", encoding="utf-8") as out:
        for post in pool(_csv_files(args.csv), known, args.min_chars):
            out.write(json.dumps(post) + "\n")
            n += 1
    print(f"wrote {n} posts to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
