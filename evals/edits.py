"""Human edits and call costs from the review database: the signal no offline dataset has.

* edit distance (words) between the AI original (version 1) and the approved text, by template version,
  model and reviewer, with the share of words changed;
* untouched-approval rate (approved exactly as drafted);
* rejection rate, overall and by reason code;
* time in review (queued -> approved / rejected);
* cost, tokens and latency per draft from the ledger (calls of the draft, and of its job's intake).
Groups with fewer than 3 drafts are marked "low sample"."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from service.core.stats import mean, median, percentile
from service.text.diff import levenshtein

LOW_SAMPLE = 3
DECIDED = ("approved", "exported", "rejected")


def _words(text: str) -> list[str]:
    return text.split()


def _minutes(a: datetime | None, b: datetime | None) -> float | None:
    if not a or not b:
        return None
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return (b - a).total_seconds() / 60


def collect(since: datetime | None = None) -> list[dict]:
    """One row per draft that reached a human decision, with its edit and cost figures."""
    from sqlmodel import select

    from service.core.db import session_scope
    from service.core.models import Draft, DraftVersion, LlmCall, User
    from service.llm import ledger

    ledger.flush()
    rows = []
    with session_scope() as s:
        users = {u.id: u.name for u in s.exec(select(User))}
        q = select(Draft)
        if since:
            q = q.where(Draft.created_at >= since)
        drafts = list(s.exec(q))
        calls_by_draft, calls_by_job = defaultdict(list), defaultdict(list)
        for c in s.exec(select(LlmCall)):
            if c.draft_id:
                calls_by_draft[c.draft_id].append(c)
            elif c.job_id:
                calls_by_job[c.job_id].append(c)
        for d in drafts:
            versions = {v.number: v for v in s.exec(select(DraftVersion).where(DraftVersion.draft_id == d.id))}
            original = versions.get(1)
            row = {"draft_id": d.id, "kind": d.kind, "status": d.status, "template": (d.template_id or "?") + "@" + (d.template_hash or "?")[:8],
                   "model": d.model or "?", "reviewer": users.get(d.approved_by, "?") if d.approved_by else None,
                   "reject_reason": d.reject_reason, "edit_words": None, "edit_share": None, "untouched": None,
                   "review_minutes": None}
            if d.status in ("approved", "exported") and d.approved_version and original:
                approved = versions.get(d.approved_version)
                if approved:
                    a, b = _words(original.text), _words(approved.text)
                    dist = levenshtein(a, b)
                    row.update(edit_words=dist, edit_share=dist / max(len(a), len(b), 1),
                               untouched=approved.content_hash == original.content_hash,
                               review_minutes=_minutes(d.created_at, d.approved_at))
            elif d.status == "rejected":
                row["review_minutes"] = _minutes(d.created_at, d.updated_at)
            calls = calls_by_draft.get(d.id, []) + (calls_by_job.get(d.job_id, []) if d.job_id else [])
            row.update(calls=len(calls), cost_usd=sum(c.cost_usd or 0 for c in calls),
                       latency_ms=sum(c.latency_ms or 0 for c in calls),
                       tokens=sum((c.input_tokens or 0) + (c.output_tokens or 0) for c in calls))
            rows.append(row)
    return rows


def _group(rows: list[dict], key: str) -> dict[str, dict]:
    groups = defaultdict(list)
    for r in rows:
        if r["edit_words"] is not None:
            groups[r[key] or "?"].append(r)
    return {k: {"n": len(v), "edit_words_median": median([r["edit_words"] for r in v]),
                "edit_share_mean": mean([r["edit_share"] for r in v]),
                "untouched_rate": mean([1.0 if r["untouched"] else 0.0 for r in v]),
                "low_sample": len(v) < LOW_SAMPLE} for k, v in sorted(groups.items())}


def summarise(rows: list[dict]) -> dict:
    decided = [r for r in rows if r["status"] in DECIDED]
    approved = [r for r in rows if r["edit_words"] is not None]
    rejected = [r for r in decided if r["status"] == "rejected"]
    reasons = defaultdict(int)
    for r in rejected:
        reasons[r["reject_reason"] or "unspecified"] += 1
    minutes = [r["review_minutes"] for r in decided if r["review_minutes"] is not None]
    costed = [r for r in rows if r["calls"]]
    return {"drafts": len(rows), "decided": len(decided), "approved": len(approved), "rejected": len(rejected),
            "untouched_approval_rate": mean([1.0 if r["untouched"] else 0.0 for r in approved]),
            "edit_words_median": median([r["edit_words"] for r in approved]),
            "edit_share_mean": mean([r["edit_share"] for r in approved]),
            "rejection_rate": len(rejected) / len(decided) if decided else None,
            "rejection_by_reason": {k: {"n": v, "share_of_decided": v / len(decided)} for k, v in sorted(reasons.items())},
            "review_minutes_median": median(minutes), "review_minutes_p90": percentile(minutes, 0.9),
            "by_template": _group(approved, "template"), "by_model": _group(approved, "model"),
            "by_reviewer": _group(approved, "reviewer"),
            "cost_usd_per_draft": mean([r["cost_usd"] for r in costed]),
            "latency_ms_per_draft": mean([r["latency_ms"] for r in costed]),
            "tokens_per_draft": mean([r["tokens"] for r in costed]),
            "low_sample": len(decided) < LOW_SAMPLE}


def markdown(s: dict) -> str:
    def f(v):
        return "n/a" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))

    lines = ["# Human edits and draft cost (review database)", "",
             f"{s['drafts']} draft(s), {s['decided']} decided: {s['approved']} approved, {s['rejected']} rejected"
             + (" — low sample" if s["low_sample"] else ""), "", "| metric | value |", "|---|---|"]
    for k in ("untouched_approval_rate", "edit_words_median", "edit_share_mean", "rejection_rate", "review_minutes_median",
              "review_minutes_p90", "cost_usd_per_draft", "latency_ms_per_draft", "tokens_per_draft"):
        lines.append(f"| {k} | {f(s[k])} |")
    if s["rejection_by_reason"]:
        lines += ["", "## Rejections by reason", "", "| reason | n | share of decided |", "|---|---|---|"]
        lines += [f"| {k} | {v['n']} | {f(v['share_of_decided'])} |" for k, v in s["rejection_by_reason"].items()]
    for title, key in (("template version", "by_template"), ("model", "by_model"), ("reviewer", "by_reviewer")):
        if s[key]:
            lines += ["", f"## Edits by {title}", "", f"| {title} | n | median words edited | mean share edited | untouched |",
                      "|---|---|---|---|---|"]
            lines += [f"| {k}{' (low sample)' if v['low_sample'] else ''} | {v['n']} | {f(v['edit_words_median'])} | "
                      f"{f(v['edit_share_mean'])} | {f(v['untouched_rate'])} |" for k, v in s[key].items()]
    return "\n".join(lines) + "\n"
