"""Deterministic fit checks: budget fit and timeline realism (the disqualifiers: ``fit.disqualifiers``).

They are cheap and run before any model call; a job that is poor by these rules costs no call."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from service.core.schemas import DisqualifierHit, JobBrief
from service.core.workspace import ServiceLine, Workspace
from service.fit.text import (
    NOT_STATED,
    quote_around,
    word_count,
)
from service.text.linear_re import compile as linear


# ------------------------------------------------------------------ shared result type
@dataclass
class RuleScore:
    name: str
    score: float
    evidence: str = NOT_STATED
    reason: str = ""
    source: str = "rules"  # rules | neutral


def _clamp(x: float) -> float:
    return round(max(0.0, min(100.0, x)), 1)


# ------------------------------------------------------------------ budget
_MONEY = r"\$\s?(\d[\d,]*(?:\.\d+)?)\s*(k\b)?"
_HOURLY_TEXT = linear("(?i)" + _MONEY + r"\s*(?:usd\s*)?(?:/|per|an|a)\s*(?:hr|hour|h)\b")
_FIXED_TEXT = linear("(?i)" + r"\b(?:budget|fixed(?:[- ]price)?|pay(?:ing)?|total)\b[^$\n]{0,30}" + _MONEY)


def _amount(m: re.Match) -> float:
    value = float(m.group(1).replace(",", ""))
    return value * 1000 if m.group(2) else value


_SALARY = linear("(?i)" + _MONEY + r"\s{0,3}(?:usd\s{0,3})?(?:/|per|an?)?\s{0,3}(annual|yearly|year|yr|monthly|month|mo)\b"
                     r"[^.\n]{0,20}?\bsalary\b|\bsalary\b[^$.\n]{0,20}" + _MONEY + r"\s{0,3}(?:/|per|an?)\s{0,3}"
                     r"(year|yr|annum|month|mo)\b")
_SALARY_HOURS = {"a": 2080, "y": 2080, "m": 173}  # full-time hours a year / a month


def _text_budget(text: str) -> tuple[str, float, str] | None:
    """(kind, amount, quote) for a rate or budget the post states in words. A salary ("$6,000 annual
    salary", "salary $900 per month") is turned into the hourly rate of full-time work."""
    if "salary" in text.lower():
        m = _SALARY.search(text)
        if m:
            amount_s, k, unit = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
            amount = float(amount_s.replace(",", "")) * (1000 if k else 1)
            return "hourly", round(amount / _SALARY_HOURS[unit[0].lower()], 2), quote_around(text, m.start(), m.end())
    m = _HOURLY_TEXT.search(text)
    if m:
        return "hourly", _amount(m), quote_around(text, m.start(), m.end())
    m = _FIXED_TEXT.search(text)
    if m:
        return "fixed", _amount(m), quote_around(text, m.start(), m.end())
    return None


def _score_amount(kind: str, amount: float, line: ServiceLine, ws: Workspace) -> tuple[float | None, str]:
    if kind == "hourly":
        floor = line.min_hourly_rate
        target = ws.profile.hourly_rate or (floor * 1.5 if floor else None)
        if floor and amount < floor:
            return 30 * amount / floor, f"${amount:g}/h is below the ${floor:g}/h floor of {line.id}"
        if target is None:
            return None, "no rate floor or profile rate to compare with"
        if amount >= target:
            return 100, f"${amount:g}/h meets the ${target:g}/h profile rate"
        low = floor or 0
        return 50 + 45 * (amount - low) / max(1e-9, target - low), f"${amount:g}/h is between floor ${low:g} and rate ${target:g}"
    floor = line.min_fixed_budget
    if not floor:
        return None, "no fixed-budget floor to compare with"
    if amount < floor:
        return 30 * amount / floor, f"${amount:g} fixed is below the ${floor:g} minimum of {line.id}"
    return 55 + 45 * min(1.0, math.log10(amount / floor)), f"${amount:g} fixed is {amount / floor:.1f}x the ${floor:g} minimum"


def _field_budget(brief: JobBrief) -> tuple[str, float] | None:
    amount = brief.budget_max if brief.budget_max else brief.budget_min
    if brief.budget_type and amount and amount > 0:
        return brief.budget_type, float(amount)
    return None


def budget_fit(brief: JobBrief, text: str, line: ServiceLine, ws: Workspace) -> tuple[RuleScore, bool]:
    """The budget criterion and whether every stated budget signal is below the line's floor."""
    neutral = ws.icp.neutral_score
    field_b = _field_budget(brief)
    text_b = _text_budget(text)
    scored: list[tuple[float, str, str]] = []  # (score, reason, evidence)
    below: list[bool] = []
    if field_b:
        kind, amount = field_b
        score, why = _score_amount(kind, amount, line, ws)
        ev = text_b[2] if text_b and text_b[0] == kind and abs(text_b[1] - amount) < 0.01 * amount + 1 else \
            f"[budget field] {kind} " + (f"${brief.budget_min:g}-${brief.budget_max:g}" if kind == "hourly" and brief.budget_min
                                         and brief.budget_max and brief.budget_min != brief.budget_max else f"${amount:g}")
        if score is not None:
            scored.append((score, why, ev))
            below.append(score < 30)
    if text_b and not (field_b and text_b[0] == field_b[0] and abs(text_b[1] - field_b[1]) <= 0.5 * field_b[1]):
        score, why = _score_amount(text_b[0], text_b[1], line, ws)
        if score is not None:
            scored.append((score, why + " (stated in the post)", text_b[2]))
            below.append(score < 30)
    if not scored:
        return RuleScore("budget_fit", neutral, NOT_STATED, "budget not stated (or nothing to compare it with); neutral value",
                         "neutral"), False
    if len(scored) == 2:
        low = min(scored, key=lambda s: s[0])
        reason = f"contradictory budget signals ({scored[0][1]} vs {scored[1][1]}); scored on the lower"
        return RuleScore("budget_fit", _clamp(low[0]), low[2], reason), all(below)
    score, why, ev = scored[0]
    return RuleScore("budget_fit", _clamp(score), ev, why), all(below)


FIXED_FAR_BELOW = 0.25  # a fixed budget under a quarter of the line's minimum project size
HOURLY_FAR_BELOW = 0.5  # an hourly maximum under half the line's minimum rate


def budget_cap(brief: JobBrief, text: str, line: ServiceLine) -> DisqualifierHit | None:
    """Every stated budget far below the line's minimum (fixed < 1/4 of ``min_fixed_budget``, hourly maximum
    < 1/2 of ``min_hourly_rate``): caps the tier at possible (``rate_below_floor``, when the ICP lists it,
    already makes such a job poor)."""
    signals = []
    field_b = _field_budget(brief)
    if field_b:
        signals.append((*field_b, f"[budget field] {field_b[0]} ${field_b[1]:g}"))
    text_b = _text_budget(text)
    if text_b:
        signals.append(text_b)
    far, why = [], []
    for kind, amount, evidence in signals:
        floor = line.min_hourly_rate if kind == "hourly" else line.min_fixed_budget
        share = HOURLY_FAR_BELOW if kind == "hourly" else FIXED_FAR_BELOW
        if not floor:
            continue
        far.append(amount < share * floor)
        unit = "/h" if kind == "hourly" else " fixed"
        why.append((f"${amount:g}{unit} is {floor / max(amount, 0.01):.0f}x below the ${floor:g}{unit} minimum of "
                    f"{line.id}", evidence))
    if not far or not all(far):
        return None
    return DisqualifierHit(id="budget_far_below", reason="budget far below the minimum: " + why[0][0], evidence=why[0][1])


# ------------------------------------------------------------------ timeline
_WORDNUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10,
            "few": 3, "couple": 2}
_DEADLINE = linear("(?i)" + r"\b(?:within|in|by|next|under|only|timeline|deadline|turnaround|duration|delivery)"
                       r"\s*(?:is|of|:|-)?\s*(?:the\s+)?(?:next\s+)?(?:about|around|approximately|~)?\s*(?:a\s+)?"
                       r"(\d+|a|an|one|two|three|four|five|six|eight|ten|few|couple of)"
                       r"[\s-]*(hours?|hrs?|days?|weeks?|months?)\b")
_SAME_DAY = linear("(?i)" + r"\b(by tomorrow|today|tonight|by end of (?:the )?day|by eod|by monday|this weekend|24 hours|48 hours)\b")
_URGENT = linear("(?i)" + r"\b(asap|urgent(?:ly)?|immediately|right away|rush job|tight deadline|need it fast)\b")
_BIG_SCOPE = linear("(?i)" + r"\b(from scratch|full[- ]stack|platform|marketplace|mvp|end[- ]to[- ]end|complete (?:website|app|system|platform)"
                        r"|entire|ios and android|android and ios|multi[- ]vendor|saas|clone of|like uber|like airbnb|e-?commerce (?:site|store|website)"
                        r"|ebook|white ?paper|content strategy|rebrand(?:ing)?|\d{2,} (?:pages|articles|posts|screens|products))\b")
_LENGTH_DAYS = {"less than 1 month": 20, "1 to 3 months": 60, "3 to 6 months": 135, "more than 6 months": 200}
_UNIT_DAYS = {"h": 1 / 24, "d": 1, "w": 7, "m": 30}


def _scope(brief: JobBrief, text: str) -> int:
    big = len(_BIG_SCOPE.findall(text))
    size = len(brief.deliverables) + len(brief.requirements) // 2
    return big * 2 + (1 if word_count(text) > 250 else 0) + (1 if size >= 5 else 0)


def timeline_realism(brief: JobBrief, text: str, ws: Workspace) -> RuleScore:
    scope = _scope(brief, text)
    big = scope >= 2
    days, quote = None, None
    m = _DEADLINE.search(text)
    if m:
        n = m.group(1).lower().replace(" of", "")
        num = float(n) if n.isdigit() else _WORDNUM.get(n, 1)
        days = num * _UNIT_DAYS[m.group(2)[0].lower()]
        quote = quote_around(text, m.start(), m.end())
    sd = _SAME_DAY.search(text)
    if sd and (days is None or days > 2):
        days, quote = 1.0, quote_around(text, sd.start(), sd.end())
    urgent = _URGENT.search(text)
    length = (brief.project_length or "").strip().lower()
    if days is not None:
        if days <= 3:
            score, why = (15, "a very big scope in ≤ 3 days") if big else (55, "a small task on a very short deadline")
        elif days <= 10:
            score, why = (35, "a big scope in about a week") if big else (75, "a clear, short deadline for a small task")
        else:
            score, why = (80, f"a deadline of about {days:.0f} days leaves room") if big else (85, "a relaxed deadline")
        return RuleScore("timeline_realism", score, quote, why + f" (deadline ≈ {days:g} day(s), scope signals {scope})")
    if urgent:
        quote = quote_around(text, urgent.start(), urgent.end())
        return RuleScore("timeline_realism", 35 if big else 55, quote,
                         "urgency on a big scope" if big else "urgent but the task looks small")
    if length in _LENGTH_DAYS:
        if big and _LENGTH_DAYS[length] <= 20:
            return RuleScore("timeline_realism", 45, f"[project length field] {brief.project_length}",
                             "big scope expected in under a month")
        return RuleScore("timeline_realism", 75, f"[project length field] {brief.project_length}",
                         "stated project length fits the scope")
    return RuleScore("timeline_realism", ws.icp.neutral_score, NOT_STATED, "no deadline or project length stated; neutral value",
                     "neutral")
