"""Small, pure text helpers for fit scoring: verbatim quotes, tokens and cosine similarity.

Used by the deterministic fit rules (``service/fit/rules.py``) and by the offline
``judge_fit`` heuristics (``service/fit/offline.py``), so it sits below both layers.
Every quote returned here is an exact substring of the text it was taken from."""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from service.text.linear_re import compile as linear

NOT_STATED = "not stated"
MAX_QUOTE = 200

_SENTENCE_END = linear(r"[.!?]\s+|\n+")  # the punctuation stays with its sentence (see sentences())
_TOKEN = linear(r"[a-z][a-z0-9+#.]*[a-z0-9+#]|[a-z]")

STOPWORDS = frozenset("""
a an and are as at be been but by can could do does for from had has have he her his how i if in into is it its
just me my need needs of on or our out so than that the their them then there these they this to up us was we
were what when where which who will with would you your yours also any all about more most some such very only
looking someone project work job help want should must able experience experienced skills skilled please thanks
thank hello hi new get make like well who whom etc using use used based team company
""".split())


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences and lines of ``text``, whitespace-trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def quote_around(text: str, start: int, end: int, limit: int = MAX_QUOTE) -> str:
    """The sentence of ``text`` that contains [start, end), cut to ``limit`` characters at word
    boundaries around the match. Always a verbatim substring of ``text``."""
    for s, e in sentences(text):
        if s <= start < e or (s < end <= e):
            break
    else:
        s, e = start, end
    if e - s > limit:
        centre = (start + end) // 2
        s2 = max(s, centre - limit // 2)
        e2 = min(e, s2 + limit)
        s2 = max(s, e2 - limit)
        if s2 > s:
            nxt = text.find(" ", s2, start if start > s2 else e2)
            s2 = nxt + 1 if nxt != -1 else s2
        if e2 < e:
            prv = text.rfind(" ", max(end, s2), e2)
            e2 = prv if prv != -1 else e2
        s, e = s2, e2
    return text[s:e].strip()


def find_quote(text: str, patterns: Iterable[str | re.Pattern], limit: int = MAX_QUOTE) -> tuple[str, str] | None:
    """The first pattern (in the order given) that occurs in ``text``: (quote, matched text)."""
    for pat in patterns:
        rx = re.compile(pat, re.I) if isinstance(pat, str) else pat
        m = rx.search(text)
        if m:
            return quote_around(text, m.start(), m.end(), limit), m.group(0)
    return None


class TermPattern:
    """A case-insensitive whole-word pattern for a skill or keyword ("Node.js", "C#", "web app"), in RE2
    (linear time): the word boundaries are a group around the term instead of look-arounds."""

    __slots__ = ("pattern", "_rx", "_parts")

    def __init__(self, term: str) -> None:
        body = r"\s+".join(re.escape(part) for part in term.split())
        self.pattern = term
        self._rx = linear(r"(?i)(?:^|[^\w])(" + body + r")(?:[^\w+#]|$)")
        self._parts = tuple(part.casefold() for part in term.split())

    def search(self, text: str):
        # A match needs every word of the term in the text, case-folded: a substring test (C speed) skips
        # the RE2 call for the many terms a post never names (fit asks about every skill and keyword).
        folded = _casefolded(text)
        if not all(part in folded for part in self._parts):
            return None
        m = self._rx.search(text)
        return _Group1(m) if m else None


class _Group1:
    """The term's own span (group 1) of a TermPattern match."""

    __slots__ = ("_m",)

    def __init__(self, m) -> None:
        self._m = m

    def group(self, n: int = 0) -> str:
        return self._m.group(1)

    def start(self, n: int = 0) -> int:
        return self._m.start(1)

    def end(self, n: int = 0) -> int:
        return self._m.end(1)

    def span(self, n: int = 0) -> tuple[int, int]:
        return self._m.span(1)


@lru_cache(maxsize=64)
def _casefolded(text: str) -> str:
    return text.casefold()


@lru_cache(maxsize=8192)
def term_pattern(term: str) -> TermPattern:
    return TermPattern(term)


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS and len(t) > 1]


def _stem(tok: str) -> str:
    for suf in ("ing", "ers", "er", "es", "s", "ed"):
        if len(tok) > len(suf) + 3 and tok.endswith(suf):
            return tok[: -len(suf)]
    return tok


def stem(tok: str) -> str:
    """The form ``bag`` counts a word in ("scraper" and "scraping" both "scrap")."""
    return _stem(tok)


def bag(text: str) -> Counter:
    return Counter(_stem(t) for t in tokens(text))


def cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def word_count(text: str) -> int:
    return len(text.split())
