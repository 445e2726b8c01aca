"""Offline extraction speed on real posts (../shared/data/jobs.jsonl), one core.

Measures parse_job + extract_brief (offline engine, ledger row per call on a throwaway SQLite file)
and, separately, parse + the offline task alone (no ledger I/O), in posts/second.
Also prints tools-vs-client-skill-tags precision/recall over the whole set.
Run: .venv/bin/python bench/bench_extract.py [--limit N]"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "jobs.jsonl"


def _record(row: dict):
    return row["raw_text"] if row.get("raw_text") else {"title": row["title"], "description": row["description"]}


def tools_vs_tags(rows: list[dict]) -> dict:
    """Precision: share of tools found in the post that the client also tagged (after normalising both).
    Recall: share of the client's tags found among the tools, over (a) all tags and (b) tags our
    vocabulary knows (tool-like tags; category tags such as "Data Analysis" are often unnamed in text)."""
    from service.intake.offline_extraction import extract_brief as offline_task
    from service.intake.parse import parse_job
    from service.text.skills import normalise_skill, normalise_skills

    tp = found = tags_all = hit_all = tags_known = hit_known = tags_named = hit_named = 0
    for row in rows:
        tags = [t for t in (row.get("skills") or []) if isinstance(t, str)]
        if not tags:
            continue
        parsed = parse_job({"title": row["title"], "description": row["description"]})
        tools = set(offline_task({"parsed": parsed.model_dump(mode="json")}).tools)
        tag_set = {t.lower() for t in normalise_skills(tags)}
        found += len(tools)
        tp += sum(1 for t in tools if t.lower() in tag_set)
        for t in tags:
            canon = normalise_skill(t)
            tags_all += 1
            if canon and canon in tools:
                hit_all += 1
            if canon:
                tags_known += 1
                hit_known += canon in tools
            if t.lower() in (row["title"] + " " + row["description"]).lower():
                tags_named += 1
                hit_named += bool(canon and canon in tools)
    return {"posts_with_tags": sum(1 for r in rows if r.get("skills")), "tools_found": found,
            "precision": round(tp / found, 3) if found else None,
            "recall_all_tags": round(hit_all / tags_all, 3) if tags_all else None,
            "recall_vocabulary_tags": round(hit_known / tags_known, 3) if tags_known else None,
            "tags_in_vocabulary": f"{tags_known}/{tags_all}",
            "recall_tags_named_verbatim_in_post": round(hit_named / tags_named, 3) if tags_named else None,
            "tags_named_verbatim_in_post": f"{tags_named}/{tags_all}"}


def main() -> int:
    if not DATA.exists():
        print(f"data file not found: {DATA}")
        return 1
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")][:limit]
    from bench.measure_extraction import setup_offline_db

    setup_offline_db()
    from service.intake.extract import extract_brief
    from service.intake.offline_extraction import extract_brief as offline_task
    from service.intake.parse import parse_job

    extract_brief(parse_job(_record(rows[0])))  # warm up (templates, regexes, DB)

    def timed(fn) -> tuple[float, float]:
        w0, c0 = time.perf_counter(), time.process_time()
        for row in rows:
            fn(row)
        return time.perf_counter() - w0, time.process_time() - c0

    full = timed(lambda row: extract_brief(parse_job(_record(row))))
    core = timed(lambda row: offline_task({"parsed": parse_job(_record(row)).model_dump(mode="json")}))
    parse_only = timed(lambda row: parse_job(_record(row)))
    n = len(rows)
    print(f"posts: {n} (real, from {DATA.name}), one process; CPU = this process's CPU time, wall = elapsed")
    for label, (wall, cpu) in (("parse + extract_brief (offline, ledger row per call)", full),
                               ("parse + offline heuristics (no ledger I/O)", core), ("parse only", parse_only)):
        print(f"{label:<55} {n / cpu:7,.0f} posts/s CPU  {n / wall:7,.0f} posts/s wall  ({cpu * 1000 / n:.2f} ms CPU/post)")
    print("tools vs client skill tags:", json.dumps(tools_vs_tags(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
