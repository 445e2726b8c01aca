#!/usr/bin/env python3
"""Build the held-out (post, workspace) pair list for ICP fit labelling.

For each workspace: ~15 posts that look relevant by a quick keyword check of title + skills
(a keyword in the title, or 2+ keywords among the listed skills),
plus 25 posts drawn uniformly at random (seed 13) from all posts. Pairs are deduplicated
(same workspace + same post, or same workspace + a post whose title/description duplicates
one already chosen). No fit score from the product is computed or read.

Usage: python3 make_pairs.py [JOBS_JSONL] [OUT_JSONL]
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

JOBS = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/jobs.jsonl")
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).with_name("pairs.jsonl"))
SEED = 13
N_RELEVANT = 15
N_RANDOM = 25

# Keyword check on title + listed skills only (lower-cased, word-ish boundaries).
KEYWORDS: dict[str, list[str]] = {
    "demo": ["react", "next.js", "nextjs", "django", "fastapi", "shopify", "liquid", "typescript",
             "node.js", "web app", "rest api", "backend", "back-end", "frontend", "front-end",
             "full stack", "full-stack"],
    "mobile-studio": ["ios", "android", "flutter", "react native", "swift", "swiftui", "kotlin", "mobile app",
                      "mobile development", "app store", "google play", "iphone", "dart", "expo"],
    "b2b-copywriter": ["copywriting", "copywriter", "case study", "case studies", "white paper", "whitepaper",
                       "landing page copy", "landing page", "email copy", "email sequence", "email copywriting",
                       "b2b copywriting", "saas copy", "content writing", "website copy", "ebook", "blog writing"],
    "data-engineer": ["data engineer", "data engineering", "etl", "elt", "airflow", "dbt", "snowflake", "spark",
                      "pyspark", "databricks", "bigquery", "redshift", "data pipeline", "data pipelines", "data warehouse",
                      "kafka", "aws glue"],
    "automation-consultant": ["zapier", "make.com", "integromat", "n8n", "airtable", "gohighlevel", "highlevel",
                              "ghl", "automation", "automate", "workflow", "ai agent", "api integration",
                              "webhook", "chatgpt", "openai"],
}
WORKSPACES = list(KEYWORDS)  # fixed order => reproducible draws


def _pattern(terms: list[str]) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![a-z0-9])")


def _dup_key(job: dict) -> str:
    text = ((job.get("title") or "") + " " + (job.get("description") or "")[:300]).lower()
    return re.sub(r"\W+", " ", text).strip()


def main() -> None:
    jobs = [json.loads(line) for line in JOBS.open(encoding="utf-8") if line.strip()]
    jobs.sort(key=lambda j: j["id"])  # stable order independent of file order
    # Collapse posts that duplicate an earlier one (same title + start of description).
    seen: dict[str, str] = {}
    canonical: list[dict] = []
    for j in jobs:
        k = _dup_key(j)
        if k in seen:
            continue
        seen[k] = j["id"]
        canonical.append(j)
    ids = [j["id"] for j in canonical]

    rng = random.Random(SEED)
    pairs: list[dict] = []
    for ws in WORKSPACES:
        pat = _pattern(KEYWORDS[ws])
        # A post "looks relevant" if a keyword is in its title, or 2+ distinct keywords are in its skills.
        matches = []
        for j in canonical:
            title_hits = set(pat.findall((j.get("title") or "").lower()))
            skill_hits = set(pat.findall(" | ".join(j.get("skills") or []).lower()))
            if title_hits or len(skill_hits) >= 2:
                matches.append(j["id"])
        relevant = rng.sample(matches, min(N_RELEVANT, len(matches)))
        chosen = set(relevant)
        random_pool = [i for i in ids if i not in chosen]
        randoms = rng.sample(random_pool, N_RANDOM)  # uniform over all (deduplicated) posts not already picked
        for source, group in (("keyword", relevant), ("random", randoms)):
            for pid in group:
                pairs.append({"pair_id": f"{ws}|{pid}", "workspace": ws, "post_id": pid, "_source": source})
        print(f"{ws}: {len(matches)} keyword matches, {len(relevant)} relevant + {len(randoms)} random",
              file=sys.stderr)

    # Final dedup on pair_id (cannot trigger with the scheme above, kept as a guard).
    out, seen_pairs = [], set()
    for p in pairs:
        if p["pair_id"] in seen_pairs:
            continue
        seen_pairs.add(p["pair_id"])
        out.append(p)
    with OUT.open("w", encoding="utf-8") as f:
        for p in out:
            f.write(json.dumps({"pair_id": p["pair_id"], "workspace": p["workspace"], "post_id": p["post_id"]}) + "\n")
    # Side file (ids only) recording how each pair was selected; kept separate so labellers can be blind to it.
    with OUT.with_name("pairs_selection.jsonl").open("w", encoding="utf-8") as f:
        for p in out:
            f.write(json.dumps({"pair_id": p["pair_id"], "selected_by": p["_source"]}) + "\n")
    print(f"wrote {len(out)} pairs to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
