"""Parser accuracy on the real pasted pages of ../shared/data/jobs.jsonl (rows with raw_text).

For every field the dataset states (non-null) we compare the parser's value: right / wrong / missed.
For every field the dataset leaves null we check the parser left it null too; a value there is
"extra". An extra is a *hallucination* unless the parser's recorded evidence for it is text that
really appears on the page (the dataset's labels are incomplete: e.g. a detail page states the
client's country but the row leaves it null). Used by the tests and by
``bench/measure_parser.py``."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "jobs.jsonl"

# dataset column -> (ParsedFields attribute path)
FIELDS = {
    "title": "title", "budget_type": "budget_type", "budget_min": "budget_min", "budget_max": "budget_max",
    "currency": "currency", "skills": "skills", "experience_level": "experience_level",
    "project_length": "project_length", "hours_per_week": "hours_per_week", "country": "client.country",
    "location_restriction": "location_restriction", "client_payment_verified": "client.payment_verified",
    "client_total_spent": "client.total_spent", "client_hire_rate": "client.hire_rate",
    "client_rating": "client.rating", "client_reviews": "client.reviews", "client_jobs_posted": "client.jobs_posted",
    "client_member_since": "client.member_since", "proposals": "proposals", "posted_raw": "posted_raw",
}


def _get(parsed, path: str):
    obj = parsed
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _same(expected, got) -> bool:
    if isinstance(expected, float) or isinstance(got, float):
        try:
            return abs(float(expected) - float(got)) < 0.011
        except (TypeError, ValueError):
            return False
    if isinstance(expected, str) and isinstance(got, str):
        return " ".join(expected.split()).casefold() == " ".join(got.split()).casefold()
    return expected == got


def measure(rows: list[dict], verbose: bool = False) -> dict:
    from service.intake.parse import parse_job

    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    stated = right = 0
    wrong: list[str] = []
    extra_supported: list[str] = []
    hallucinated: list[str] = []
    layouts: dict[str, list[int]] = {}  # layout -> [rows, stated, right, hallucinated]
    for row in rows:
        kind = str(row.get("raw_text_kind") or "unknown").split(":")[0].split("(")[0].strip()
        per = layouts.setdefault(kind, [0, 0, 0, 0])
        per[0] += 1
        parsed = parse_job(row["raw_text"], now=now)
        from service.intake.parse_text import clean
        page = "\n".join(clean(ln) for ln in row["raw_text"].splitlines())
        for col, path in FIELDS.items():
            expected, got = row.get(col), _get(parsed, path)
            empty = got is None or got == []
            if expected is not None and expected != []:
                stated += 1
                per[1] += 1
                if _same(expected, got):
                    right += 1
                    per[2] += 1
                else:
                    wrong.append(f"{row['id']} {col}: expected {expected!r}, got {got!r}")
            elif not empty:
                ev = parsed.field_evidence.get(path) or parsed.field_evidence.get(path.split(".")[-1])
                pieces = [p for p in (ev or "").replace(" | ", "\n").split("\n") if p.strip()]
                if pieces and all(" ".join(p.split()) in " ".join(page.split()) for p in pieces):
                    extra_supported.append(f"{row['id']} {col} = {got!r}  (page: {ev[:70]!r})")
                else:
                    per[3] += 1
                    hallucinated.append(f"{row['id']} {col} = {got!r}  (evidence: {ev!r})")
    out = {"rows": len(rows), "stated_fields": stated, "right": right,
           "accuracy": round(right / stated, 4) if stated else None, "wrong": wrong,
           "extra_stated_on_page_but_unlabelled": extra_supported, "hallucinated": hallucinated,
           "layouts": {k: {"rows": v[0], "stated": v[1], "right": v[2], "hallucinated": v[3]} for k, v in layouts.items()}}
    return out
