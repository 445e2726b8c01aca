"""What a follow-up says about the client's confirmed signals (offline engine): the need they named ("We are thinking
about a wholesale portal for our dealers" -> "a wholesale portal for your dealers"), thanks for their feedback, an
acknowledgement of a complaint. Only signals a person confirmed reach this module (``contracts.context``).

Found trying the product (2026-12-07): a client wrote that the team was happy and that they were planning a
wholesale portal; both signals were confirmed, and the follow-up still offered "a small monthly maintenance block"."""
from __future__ import annotations

import re

_NEED = re.compile(
    r"\b(?:(?:thinking|thought|talking) about|planning(?: to (?:build|add|launch|start|get|do|make|run|have))?|"
    r"(?:we|i)(?:'ll| will| would| might)? (?:also |probably |likely )?(?:need|want|like)(?: to (?:add|build|get|have|do|"
    r"launch|start))?|help (?:us |me )?with|interested in|available for|looking (?:at|for|into)|asked about|"
    r"(?:wants?|needs?)(?: to (?:add|build|get|have|launch|start))?|next (?:project|phase|step) (?:is|will be|could be)|"
    r"(?:also )?add|new)\s+(?P<what>.+)", re.IGNORECASE)
_SWAP = {"our": "your", "ours": "yours", "us": "you", "we": "you", "my": "your", "me": "you", "their": "your",
         "theirs": "yours", "i": "you", "we're": "you're", "i'm": "you're", "ourselves": "yourselves"}
_TAIL = re.compile(r"\s*(?:,|;|\bbut\b|\bso\b|\bif\b|\bcould you\b|\bcan you\b|\band (?:we|i)\b).*$", re.IGNORECASE)


def _swap(text: str) -> str:
    return re.sub(r"\b(?:our|ours|us|we're|we|my|me|their|theirs|i'm|i|ourselves)\b",
                  lambda m: _SWAP[m.group(0).lower()], text, flags=re.IGNORECASE)


def need_phrase(text: str) -> str | None:
    """The thing a signal names as a noun phrase in the client's own words, addressed to them; None if not found."""
    m = _NEED.search(text or "")
    if not m:
        return None
    what = _TAIL.sub("", m.group("what")).strip().rstrip(".!?")
    if m.group(0).lower().startswith("new "):
        what = "a new " + what
    if len(what.split()) < 2 or len(what.split()) > 16:
        return None
    return _swap(what)


def next_need(signals: list[dict]) -> tuple[str, str] | None:
    """(kind, phrase) of the newest confirmed new need, else scope change, that names a thing."""
    for kind in ("new_need", "scope_change"):
        for s in signals:
            if s["kind"] == kind and (phrase := need_phrase(s["text"])):
                return kind, phrase
    return None


def the(phrase: str) -> str:
    """"a wholesale portal for your dealers next spring" -> "the wholesale portal for your dealers" (a question that
    names the thing the client mentioned)."""
    p = re.sub(r"^(?:a|an|another|some)\s+", "the ", phrase.strip(), flags=re.IGNORECASE)
    p = re.sub(r"\s+(?:next|this|in|by|before|from|around)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|year|month|"
               r"quarter|week|january|february|march|april|may|june|july|august|september|october|november|december)$",
               "", p, flags=re.IGNORECASE)
    return p


def has(signals: list[dict], kind: str) -> bool:
    return any(s["kind"] == kind for s in signals)
