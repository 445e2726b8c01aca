"""Check-in scorers: all five parts present and filled, and every Completed item traceable to a note
or task in the contract log (by the entry id the draft cites, else by word overlap). A completed item
that cites a task still open (not done) is untraceable too: it reports work nobody logged as finished."""
from __future__ import annotations

import re

from evals.core import Case, ScoreResult, score

SECTIONS = ("Completed", "Current focus", "Risks or blockers", "Next milestone", "Client action")
_STOP = set("a an the and or of to for in on at with by from is are was were be been this that it its our your we "
            "i you they them as into up out new".split())
NOTHING = "nothing new finished"


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'+#.-]*", s.lower()) if w not in _STOP and len(w) > 1}


def overlap(item: str, source: str) -> float:
    a = _words(item)
    return len(a & _words(source)) / len(a) if a else 0.0


def sections_score(text: str, parts: dict) -> ScoreResult:
    missing, empty = [], []
    for name in SECTIONS:
        m = re.search(re.escape(name) + r":\s*\n?(.*?)(?:\n\s*\n|\Z)", text, re.S | re.I)
        if not m:
            missing.append(name)
        elif not m.group(1).strip():
            empty.append(name)
    if not str(parts.get("client_action") or "").strip() and "Client action" not in missing:
        empty.append("Client action (parts)")
    bad = missing + [f"{e} empty" for e in empty]
    return score("five_parts", not bad, "all five parts present" if not bad else "; ".join(bad), critical=True)


def traced_score(case: Case, parts: dict) -> ScoreResult:
    entries = case.input.get("entries") or []
    # a note records something that happened; a task counts only once it is marked done
    done = {e.get("id"): e.get("text", "") for e in entries if (e.get("kind") or "note") == "note" or e.get("done")}
    all_by_id = {e.get("id"): e.get("text", "") for e in entries}
    items = [i for i in parts.get("completed") or [] if not i.lower().startswith(NOTHING)]
    ids = parts.get("completed_entry_ids") or []
    bad = []
    for n, item in enumerate(items):
        cited = ids[n] if n < len(ids) else None
        if cited is not None and cited in all_by_id and cited not in done:
            bad.append(f"{item[:50]!r} cites task {cited}, which is not done")
            continue
        ok = (cited in done and overlap(item, done[cited]) >= 0.4) or any(overlap(item, t) >= 0.6 for t in done.values())
        if not ok:
            bad.append(f"{item[:50]!r} matches no done note/task")
    return score("completed_traced", not bad, f"all {len(items)} completed item(s) trace to the log" if not bad else
                 f"{len(bad)} of {len(items)} untraced: " + "; ".join(bad[:3]), critical=True)


def expected_items_score(case: Case, parts: dict) -> ScoreResult | None:
    want = case.expected.get("completed_entry_ids")
    if want is None:
        return None
    items = [i for i in parts.get("completed") or [] if not i.lower().startswith(NOTHING)]
    entries = {e.get("id"): e.get("text", "") for e in case.input.get("entries") or []}
    found = [w for w in want if w in (parts.get("completed_entry_ids") or [])
             or any(overlap(i, entries.get(w, "")) >= 0.6 for i in items)]
    missed = sorted(set(want) - set(found))
    return score("completed_recall", not missed, f"{len(found)}/{len(want)} finished entries reported"
                 + (f"; missing entries {missed}" if missed else ""), value=len(found) / len(want) if want else 1.0)


def score_checkin(case: Case, output: dict) -> list[ScoreResult]:
    from evals.scorers.proposals import forbidden_score, must_mention_score

    text, parts = output.get("text") or "", output.get("parts") or {}
    results = [sections_score(text, parts), traced_score(case, parts)]
    for extra in (expected_items_score(case, parts), must_mention_score(case, text), forbidden_score(case, text)):
        if extra is not None:
            results.append(extra)
    results += [score(f"lint:{c['id']}", bool(c.get("passed")), c.get("message") or "")
                for c in (output.get("lint") or {}).get("checks", []) if c["id"] not in ("required_parts", "completed_traced")]
    return results
