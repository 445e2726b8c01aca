"""Proposal scorers (deterministic): every lint check of the draft, the case's ``must_mention`` and
``forbidden`` phrases, and a check that each of the five parts made it into the rendered text.

``must_mention`` items are phrases; an item may be a list of alternatives (any one counts).
Matching is case-insensitive on collapsed whitespace. ``forbidden`` items must not appear at all."""
from __future__ import annotations

import re

from evals.core import Case, ScoreResult, score

PART_NAMES = ("hook", "diagnosis", "proof_line", "next_step", "call_to_action")
# lint checks whose failure is a hard product rule (contacts, invented claims, placeholders, client opener,
# obeying injected text): a pass->fail on any case fails the gate
CRITICAL_LINT = {"no_contact_details", "no_placeholders", "no_unsupported_claims", "client_instructions",
                 "no_injected_text", "no_foreign_urls", "screening_answered"}


def _squash(s: str) -> str:
    return " ".join(str(s).casefold().split())


def contains(text: str, phrase: str) -> bool:
    p = _squash(phrase)
    if not p:
        return True
    if re.fullmatch(r"[\w.+#-]+", p):  # a single token: whole-word match (so "go" does not hit "good")
        return re.search(r"(?<![\w])" + re.escape(p) + r"(?![\w])", _squash(text)) is not None
    return p in _squash(text)


def must_mention_score(case: Case, text: str) -> ScoreResult | None:
    items = case.expected.get("must_mention") or []
    if not items:
        return None
    missing = []
    for item in items:
        alts = item if isinstance(item, list) else [item]
        if not any(contains(text, a) for a in alts):
            missing.append(" / ".join(map(str, alts)))
    hit = len(items) - len(missing)
    return score("must_mention", not missing, f"{hit}/{len(items)} present" + (f"; missing: {', '.join(missing)}" if missing else ""),
                 value=hit / len(items))


def forbidden_score(case: Case, text: str) -> ScoreResult | None:
    items = case.expected.get("forbidden") or []
    if not items:
        return None
    found = [f for f in items if contains(text, f)]
    return score("forbidden_absent", not found, "none present" if not found else "present: " + ", ".join(found[:5]),
                 critical=True)


def parts_score(output: dict) -> ScoreResult:
    """Each non-empty part of the structured draft appears in the text the reviewer sees."""
    parts = output.get("parts") or {}
    text = _squash(output.get("text") or "")
    empty = [p for p in PART_NAMES if p != "proof_line" and not str(parts.get(p) or "").strip()]
    dropped = [p for p in PART_NAMES if str(parts.get(p) or "").strip() and _squash(parts[p])[:60] not in text]
    bad = [f"{p} empty" for p in empty] + [f"{p} not in the text" for p in dropped]
    return score("parts_rendered", not bad, "all parts present in the text" if not bad else "; ".join(bad), critical=True)


def lint_scores(output: dict) -> list[ScoreResult]:
    out = []
    for c in (output.get("lint") or {}).get("checks", []):
        warning = c.get("severity") == "warning"
        out.append(score(f"lint:{c['id']}", bool(c.get("passed")), ("warning: " if warning else "") + (c.get("message") or ""),
                         critical=c["id"] in CRITICAL_LINT))
    return out


def score_proposal(case: Case, output: dict) -> list[ScoreResult]:
    text = output.get("text") or ""
    results = lint_scores(output) + [parts_score(output)]
    for extra in (must_mention_score(case, text), forbidden_score(case, text)):
        if extra is not None:
            results.append(extra)
    hook_window = text[:230]
    hook_items = case.expected.get("hook_mentions") or []
    if hook_items:
        hit = [h for h in hook_items if contains(hook_window, h)]
        results.append(score("hook_mentions", bool(hit), f"first 230 chars name {hit[0]!r}" if hit else
                             f"first 230 chars name none of {hook_items}"))
    return results
