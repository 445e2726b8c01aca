"""Lint for contract messages (check-in, kickoff, reply, follow-up): the generic checks of ``lint.py``
plus each kind's required parts, and for check-ins the rule that every Completed item traces to a
logged note or task. Pure: text, parts and the log in; ``LintResult`` out."""
from __future__ import annotations

import re
from typing import Any

from service.core.schemas import LintCheck, LintResult
from service.core.workspace import Workspace
from service.drafting.facts import content_words
from service.drafting.lint import (
    allowed_sources,
    banned_check,
    claims_check,
    contact_check,
    duplicate_check,
    placeholder_check,
    style_check,
    url_check,
    word_count,
)

SECTIONS = {
    "checkin": ("Completed:", "Current focus:", "Risks or blockers:", "Next milestone:", "Client action:"),
    "kickoff": ("Deliverables:", "Timeline:", "Communication:", "Feedback and approvals:"),
}
BOUNDS = {"checkin": (40, 260), "kickoff": (60, 320), "reply": (25, 220), "followup": (50, 240)}


def _get(obj: Any, name: str, default=None):
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def overlap(a: str, b: str) -> float:
    wa, wb = set(content_words(a)), set(content_words(b))
    return len(wa & wb) / len(wa) if wa else 0.0


def _completed_items(text: str) -> list[str]:
    m = re.search(r"Completed:\s*\n(.*?)(?:\n\s*\n|\Z)", text, re.DOTALL)
    if not m:
        return []
    return [ln.strip(" -•*\t") for ln in m.group(1).splitlines() if ln.strip(" -•*\t")]


def trace_check(text: str, parts: dict | None, entries: list, milestones: list | None = None) -> LintCheck:
    """Every Completed item must come from a logged note or task (by id when parts carry ids, else by words); a
    "Milestone done: X" line from a milestone the contract has marked done."""
    by_id = {_get(e, "id"): _get(e, "text", "") for e in entries}
    items = (parts or {}).get("completed") or _completed_items(text)
    ids = (parts or {}).get("completed_entry_ids") or []
    reached = {" ".join(str(_get(m, "title", "")).split()).lower() for m in milestones or [] if _get(m, "done")}
    untraced = []
    for i, item in enumerate(items):
        if item.lower().startswith("nothing new finished"):
            continue
        if item.lower().startswith("milestone done:"):  # the template lists it from the record: it must be done there
            if item.split(":", 1)[1].strip().lower() not in reached:
                untraced.append(item[:60])
            continue
        source = by_id.get(ids[i]) if i < len(ids) else None
        ok = source is not None and overlap(item, source) >= 0.5
        if not ok:
            ok = any(overlap(item, t) >= 0.6 for t in by_id.values())
        if not ok:
            untraced.append(item[:60])
    return LintCheck(id="completed_traced", passed=not untraced,
                     message=(f"all {len(items)} Completed item(s) trace to the contract log" if not untraced else
                              f"{len(untraced)} Completed item(s) not found in the contract log: "
                              + "; ".join(f'"{u}"' for u in untraced) + "; only report logged work"))


def sections_check(kind: str, text: str) -> LintCheck:
    want = SECTIONS.get(kind, ())
    missing = [s.rstrip(":") for s in want if s.lower() not in text.lower()]
    empty = []
    for s in want:
        m = re.search(re.escape(s) + r"\s*\n?(.*?)(?:\n\s*\n|\Z)", text, re.DOTALL | re.IGNORECASE)
        if m and not m.group(1).strip():
            empty.append(s.rstrip(":"))
    bad = missing + [f"{e} (empty)" for e in empty]
    return LintCheck(id="required_parts", passed=not bad,
                     message=f"all {len(want)} parts present" if not bad else "missing part(s): " + ", ".join(bad))


def parts_check(kind: str, parts: dict | None) -> LintCheck:
    need = {"reply": ("acknowledgement", "answer", "next_step"), "followup": ("recap", "question", "upsell")}.get(kind, ())
    if not need:
        return LintCheck(id="required_parts", passed=True, message="no structured parts required")
    missing = [n for n in need if not str((parts or {}).get(n) or "").strip()]
    return LintCheck(id="required_parts", passed=not missing,
                     message="all parts present" if not missing else "missing part(s): " + ", ".join(missing))


def client_action_check(parts: dict | None) -> LintCheck:
    action = str((parts or {}).get("client_action") or "")
    many = len(re.findall(r"\?", action)) > 1 or len(re.findall(r"\b(?:also|and please|plus)\b", action, re.IGNORECASE)) > 0
    return LintCheck(id="one_client_action", passed=bool(action.strip()) and not many,
                     message="one clear client action" if action.strip() and not many else
                     "Client action must be exactly one clear request (with a due date if needed)", severity="warning")


def questions_check(text: str, message: str | None) -> LintCheck:
    """Every question of the client's message is answered: the reply quotes it or shares a content word with it (a
    reply had answered only the date questions of five: found trying the product, 2026-12-07)."""
    from service.drafting.contract_replies import split_asks, words

    asks = split_asks(message or "")[0]
    said = words(text)
    missed = [q for q in asks if words(q) and q.lower() not in text.lower() and not (words(q) & said)]
    return LintCheck(id="questions_answered", passed=not missed, severity="warning",
                     message=f"all {len(asks)} question(s) of the client's message answered" if not missed else
                     f"{len(missed)} of {len(asks)} question(s) not answered: " + "; ".join(f'"{q[:60]}"' for q in missed)
                     + "; answer each, or say by when you will")


def upsell_check(parts: dict | None, delivered: str) -> LintCheck:
    upsell = str((parts or {}).get("upsell") or "")
    tied = overlap(upsell, delivered) > 0 if upsell else False
    return LintCheck(id="upsell_tied", passed=tied, severity="warning",
                     message="the upsell names the delivered work" if tied else
                     "the upsell should be ONE offer tied to the delivered work (name what was delivered)")


def lint_contract_message(kind: str, text: str, ws: Workspace, *, parts: dict | None = None,
                          entries: list | None = None, contract: Any = None, message: str | None = None) -> LintResult:
    """Checks for check-in, kickoff, reply and follow-up drafts. ``entries`` is the contract log."""
    entries = entries or []
    log_text = "\n".join(f"{_get(e, 'text', '')} {_get(e, 'due', '') or ''} {_get(e, 'created', '') or ''}"
                         for e in entries)
    # the record in plain words: each milestone's title and due day, and the start day (a kickoff's "We start on Sun 01
    # Nov 2026" and "Mailchimp setup" from a milestone title had failed as unsupported, blocking approval: found trying)
    milestones = "\n".join(f"{_get(m, 'title', '')} {_get(m, 'due', '') or ''}" if isinstance(m, dict) else str(m)
                           for m in _get(contract, "milestones", None) or [])
    context = "\n".join([str(_get(contract, "title", "") or ""), str(_get(contract, "client_name", "") or ""),
                         milestones, str(_get(contract, "started_at", "") or ""), str(_get(contract, "today", "") or ""),
                         str(_get(contract, "next_update", "") or ""),
                         log_text, message or ""])
    lo, hi = BOUNDS.get(kind, (20, 400))
    if kind == "reply" and message:  # a message with many questions gets a longer reply: 30 words more each past three
        hi += 30 * max(0, message.count("?") - 3)
        lo = lo if "?" in message else 15  # "Thanks, all good" is answered in a line ("Noted; I'll carry on as planned.")
    n = word_count(text)
    checks = [LintCheck(id="word_bounds", passed=lo <= n <= hi,
                        message=f"{n} words; bounds are {lo}-{hi}: " + ("OK" if lo <= n <= hi else
                                (f"{lo - n} short" if n < lo else f"{n - hi} over")))]
    checks.append(sections_check(kind, text) if kind in SECTIONS else parts_check(kind, parts))
    if kind == "checkin":
        checks.append(trace_check(text, parts, entries, _get(contract, "milestones", None)))
        checks.append(client_action_check(parts))
    if kind == "followup":
        checks.append(upsell_check(parts, context))
    if kind == "reply":
        checks.append(questions_check(text, message))
    checks += [placeholder_check(text), contact_check(text, context), url_check(text, ws, context),
               claims_check(text, allowed_sources(ws, None, context), context, ws),
               banned_check(text, ws), duplicate_check(text), style_check(text)]
    return LintResult(checks=checks, word_count=n)
