"""Offline heuristics for ``judge_fit``: brief clarity, communication quality, strategic value.

Transparent rules, no model. Each criterion starts at the workspace's neutral score and moves by
named signals (a phrase in the post or a client field); the evidence is the verbatim sentence of
the strongest text signal. With no signal at all the criterion stays neutral with "not stated"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from service.fit.schemas import FitJudgement, JudgedCriterion
from service.fit.text import (
    NOT_STATED,
    quote_around,
    sentences,
    term_pattern,
    word_count,
)
from service.llm.engines import offline_task as task
from service.text.linear_re import compile as linear


@dataclass
class _Signal:
    delta: float
    label: str
    quote: str | None = None  # verbatim, or None for a client-field signal


def _rx(words: str):
    return linear(r"(?i)\b(?:" + words + r")\b")


_VAGUE = _rx(r"details (?:later|in chat|via chat|will be shared)|will discuss|dm (?:me )?for details|more details later|simple app like"
             r"|something like|not sure (?:what|how)|open to ideas|need help with something|etc\.? etc|to be discussed|tbd"
             r"|will explain (?:more )?(?:later|in chat|to the selected)|we'll share details|message me for (?:more )?details")
_ASSETS = _rx(r"figma|mock-?ups?|wireframes?|attached|specs?|specification|documentation|style ?guide|brand guide|existing (?:site|app|code|codebase|copy|content)"
              r"|current (?:site|website|app|stack)|repo(?:sitory)?|acceptance criteria|examples? (?:of|below)|sample (?:of|below)|staging|api docs?")
_HEADINGS = _rx(r"deliverables?|scope|requirements?|responsibilities|what you(?:'ll| will) do|must[- ]haves?|nice to have|tech stack|goals?")
_BULLET = linear(r"(?m)^[ \t]*(?:[-*•▪●]|\d{1,2}[.)])[ \t]+\S")
_DIGITS = linear(r"\b\d[\d,.]*%?")

_POLITE = _rx(r"thank(?:s| you)|please|looking forward|appreciate|hi there|hello")
_PROCESS = _rx(r"weekly|daily (?:update|stand-?up)s?|stand-?ups?|milestones?|progress updates?|updates|time ?zone|overlap|feedback|"
               r"communicat\w+|respond(?:s|ing)?|report(?:s|ing)? (?:back|progress)|check-?ins?|slack|loom|async")
_SCREEN = _rx(r"in your proposal|when you apply|when applying|start your (?:proposal|reply|application) with|answer (?:the|these|this) questions?"
              r"|please (?:include|share|tell us|describe)|to apply,")
_CHEAP = _rx(r"cheap(?:est)?|lowest (?:price|bid|rate)|low budget|tight budget|budget is (?:very )?small|bargain")
_DEMANDING = _rx(r"available 24/7|no excuses|don'?t waste my time|serious (?:applicants|freelancers|people) only|only serious|no beginners"
                 r"|do not apply unless|must respond within|immediately available or|no time wasters")
_SHOUT = linear(r"\b[A-Z]{4,}\b")
_EMOJI = linear("[\U0001F300-\U0001FAFF\u2600-\u27BF]")

_LONG_TERM = _rx(r"long[- ]term|ongoing|retainer|more projects|future projects|future work|monthly|full[- ]time|multiple projects"
                 r"|phase (?:1|one)|first phase|long term relationship|recurring|regular work|continued work|repeat")
_GROWTH = _rx(r"funded|series [ab]|seed round|established|growing|our clients|scale|scaling|launch(?:ing)?|investors?|revenue")
_SMALL = _rx(r"quick fix|small fix|one[- ]time|simple task|few hours|minor (?:change|fix|tweak)s?|small task|quick task|tiny|one[- ]off")
_EQUITY = _rx(r"equity|revenue share|rev share|commission only|profit share|paid after launch|pay (?:you )?later")


def _find(rx, text: str) -> str | None:
    m = rx.search(text)
    return quote_around(text, m.start(), m.end()) if m else None


def _combine(name: str, neutral: float, signals: list[_Signal], what: str) -> JudgedCriterion:
    if not signals:
        return JudgedCriterion(name=name, score=neutral, evidence=NOT_STATED, reason=f"no {what} signals in the post; neutral value")
    score = max(0.0, min(100.0, neutral + sum(s.delta for s in signals)))
    quoted = [s for s in signals if s.quote]
    lead = max(quoted, key=lambda s: abs(s.delta)) if quoted else None
    parts = sorted(signals, key=lambda s: -abs(s.delta))
    reason = "; ".join(f"{s.label} ({s.delta:+g})" for s in parts[:4])
    return JudgedCriterion(name=name, score=round(score, 1), evidence=lead.quote if lead else NOT_STATED, reason=reason)


def _clarity(brief: dict, text: str, neutral: float) -> JudgedCriterion:
    sig: list[_Signal] = []
    desc = brief.get("description") or ""
    words = word_count(desc)
    if words < 25:
        sig.append(_Signal(-30, f"very short post ({words} words)", None))
    elif words < 45:
        sig.append(_Signal(-12, f"short post ({words} words)", None))
    elif words <= 450:
        sig.append(_Signal(+8, f"{words} words of description", None))
    bullets = len(_BULLET.findall(desc))
    if bullets >= 3:
        m = _BULLET.search(desc)
        sig.append(_Signal(+12, f"{bullets} listed items", quote_around(text, text.find(desc) + m.start(), text.find(desc) + m.end())))
    asks = len(brief.get("deliverables") or []) + len(brief.get("requirements") or [])
    if asks >= 3:
        sig.append(_Signal(+8, f"{asks} deliverables/requirements extracted", None))
    q = _find(_ASSETS, text)
    if q:
        sig.append(_Signal(+10, "points at concrete material (designs, specs, existing code)", q))
    q = _find(_HEADINGS, desc)
    if q:
        sig.append(_Signal(+5, "organised under headings", q))
    specifics = [(len(_DIGITS.findall(text[s:e])), s, e) for s, e in sentences(text)]
    best = max(specifics, default=(0, 0, 0))
    if best[0] >= 2:
        sig.append(_Signal(+6, "states numbers (quantities, versions, dates)", text[best[1]:best[2]][:200].strip()))
    vague = list(_VAGUE.finditer(text))
    if vague:
        m = vague[0]
        sig.append(_Signal(-15 * min(2, len(vague)), "vague or deferred details", quote_around(text, m.start(), m.end())))
    return _combine("brief_clarity", neutral, sig, "clarity")


def _communication(brief: dict, text: str, neutral: float) -> JudgedCriterion:
    sig: list[_Signal] = []
    for rx, delta, label in ((_CHEAP, -15, "asks for cheap work"), (_DEMANDING, -12, "demanding or hostile tone"),
                             (_PROCESS, +10, "describes how work and updates will run"),
                             (_SCREEN, +8, "tells applicants what to include"), (_POLITE, +4, "polite, personal wording")):
        q = _find(rx, text)
        if q:
            sig.append(_Signal(delta, label, q))
    shouts = _SHOUT.findall(text)
    shouts = [w for w in shouts if w not in {"HTML", "JSON", "HTTP", "HTTPS", "AWS", "REST", "SAAS", "CRUD", "UIUX", "SEO"}]
    if len(shouts) >= 4:
        sig.append(_Signal(-10, f"{len(shouts)} words in capitals", _find(linear(re.escape(shouts[0])), text)))
    if "!!!" in text:
        sig.append(_Signal(-8, "repeated exclamation marks", _find(linear(r"!!!"), text)))
    if len(_EMOJI.findall(text)) >= 5:
        sig.append(_Signal(-4, "many emojis", None))
    client = brief.get("client") or {}
    rating, reviews = client.get("rating"), client.get("reviews") or 0
    if rating is not None and (reviews >= 3 or brief.get("source_format") == "json"):
        if rating >= 4.7:
            sig.append(_Signal(+10, f"client rated {rating:g}/5 by freelancers", None))
        elif rating < 4.0:
            sig.append(_Signal(-12, f"client rated only {rating:g}/5", None))
    return _combine("communication_quality", neutral, sig, "communication")


def _strategic(brief: dict, text: str, neutral: float, inputs: dict) -> JudgedCriterion:
    sig: list[_Signal] = []
    for rx, delta, label in ((_EQUITY, -20, "pay in equity or later"), (_LONG_TERM, +15, "long-term or repeat work"),
                             (_SMALL, -12, "small one-off task"), (_GROWTH, +5, "growing or funded business"),
                             (_CHEAP, -8, "price-driven client")):
        q = _find(rx, text)
        if q:
            sig.append(_Signal(delta, label, q))
    for ind in inputs.get("industries") or []:
        q = _find(term_pattern(ind), text)
        if q:
            sig.append(_Signal(+8, f"in a target industry ({ind})", q))
            break
    proofs = inputs.get("proof_matches") or 0
    if proofs >= 2:
        sig.append(_Signal(+6, f"{proofs} proof items to show for it", None))
    client = brief.get("client") or {}
    spent, hire = client.get("total_spent"), client.get("hire_rate")
    if spent is not None:
        if spent >= 10_000:
            sig.append(_Signal(+12, f"client has spent ${spent:,.0f} on Upwork", None))
        elif spent >= 1_000:
            sig.append(_Signal(+6, f"client has spent ${spent:,.0f}", None))
        elif spent <= 0:
            sig.append(_Signal(-6, "client has not spent anything yet", None))
    if hire is not None and hire >= 60:
        sig.append(_Signal(+4, f"hire rate {hire:g}%", None))
    if (brief.get("experience_level") or "") == "expert":
        sig.append(_Signal(+4, "asks for expert level", None))
    return _combine("strategic_value", neutral, sig, "strategic-value")


@task("judge_fit")
def judge_fit(inputs: dict) -> FitJudgement:
    brief = inputs["brief"]
    text = inputs["post"]
    neutral = float(inputs.get("neutral", 60))
    return FitJudgement(criteria=[_clarity(brief, text, neutral), _communication(brief, text, neutral),
                                  _strategic(brief, text, neutral, inputs)])
