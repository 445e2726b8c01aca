"""Real posts through the generic webhook path: how many of the real Upwork jobs in
../shared/data/jobs.jsonl (the TEST half: int(sha256(id), 16) % 2 == 1; nothing was tuned on either half)
the `generic` payload accepts, what the refused ones trip on, and where the accepted ones end up
(drafted / kept / needs_attention) with the offline engine. Prints figures; the data stays outside the repo.

    .venv/bin/python bench/measure_intake_real.py [--half test|tuning] [--limit N]"""
from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter

from _harness import DATA, machine, point_at, scratch_db


def half(rec_id: str) -> str:
    return "test" if int(hashlib.sha256(rec_id.encode()).hexdigest(), 16) % 2 else "tuning"


def payload(r: dict) -> dict:
    """A real record as an alert tool would post it to /v1/intake/webhook/generic."""
    body = {"id": r.get("upwork_job_id") or "rec-" + hashlib.sha256(r["id"].encode()).hexdigest()[:16],
            "title": r.get("title") or "", "description": r.get("description") or ""}
    if r.get("url"):
        body["url"] = r["url"]
    lo, hi = r.get("budget_min"), r.get("budget_max")
    if r.get("budget_type") == "fixed" and lo:
        body["budget"] = {"type": "fixed", "amount": lo, **({"currency": r["currency"]} if r.get("currency") else {})}
    elif r.get("budget_type") == "hourly" and (lo or hi):
        body["budget"] = {"type": "hourly", **({"min": lo} if lo else {}), **({"max": hi} if hi else {}),
                          **({"currency": r["currency"]} if r.get("currency") else {})}
    if r.get("skills"):
        body["skills"] = r["skills"]
    client = {"country": r.get("country"), "payment_verified": r.get("client_payment_verified"),
              "total_spent": r.get("client_total_spent"), "rating": r.get("client_rating"),
              "reviews": r.get("client_reviews"), "hire_rate": r.get("client_hire_rate"),
              "jobs_posted": r.get("client_jobs_posted")}
    client = {k: v for k, v in client.items() if v is not None}
    if client:
        body["client"] = client
    if r.get("posted_at"):
        body["posted_at"] = r["posted_at"]
    if r.get("experience_level"):
        body["experience_level"] = r["experience_level"]
    return body


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("test", "tuning"), default="test")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    if not DATA.exists():
        raise SystemExit(f"real data not present at {DATA}")
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if half(r["id"]) == a.half][: a.limit or None]
    from service.core.errors import DraftroomError
    from service.intake.webhooks import split_payload
    from service.workflows import sources

    refused, statuses, tiers, crashes, dup = Counter(), Counter(), Counter(), Counter(), 0
    start = time.monotonic()
    with scratch_db("sqlite") as url:
        point_at(url, DRAFTROOM_TASK_BACKEND="immediate")
        for r in records:
            try:
                accepted, rejected = split_payload("generic", payload(r))
                for x in rejected:
                    refused[x.field.split("[")[0]] += 1
                for item in accepted:
                    try:
                        stored = sources.accept(item.job, source="generic")
                    except DraftroomError as exc:
                        refused[f"{exc.field} (parser)"] += 1
                        continue
                    if stored.duplicate:
                        dup += 1
                        continue
                    statuses[sources.process_delivery(stored.delivery_id)] += 1
            except Exception as exc:  # noqa: BLE001 - what would have been a 5xx
                crashes[exc.__class__.__name__] += 1
        from sqlmodel import select

        from service.core.db import session_scope
        from service.core.intake_models import IntakeDelivery

        with session_scope() as s:
            for d in s.exec(select(IntakeDelivery)):
                tiers[d.tier or "-"] += 1
    took = time.monotonic() - start
    print(f"machine: {machine()}; {len(records)} real posts, {a.half} half; offline engine; {took:.1f} s")
    print(f"refused by the payload check: {sum(refused.values())} {dict(refused.most_common())}")
    print(f"duplicates (same Upwork id or text within the half): {dup}")
    print(f"processed: {dict(statuses.most_common())}; tiers: {dict(tiers.most_common())}")
    print(f"unexpected exceptions (would be 5xx): {sum(crashes.values())} {dict(crashes)}")


if __name__ == "__main__":
    main()
