"""Linear-time regular expressions for untrusted text (parser, extraction signals, fit rules).

``linear(pattern)`` compiles with RE2 (google-re2): no backtracking, so matching time grows linearly
with the text on any input. RE2 has no look-around or back-references; patterns written for it use
an explicit group instead of a look-behind. Every call on a ``linear`` pattern adds the length of the
text it scanned to ``SCANNED``, so tests can assert on the work done (characters scanned per input
character) instead of on wall time."""
from __future__ import annotations

from collections import Counter

import re2

SCANNED: Counter = Counter()  # pattern text -> characters scanned


class LinearPattern:
    __slots__ = ("pattern", "_rx", "groups")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._rx = re2.compile(pattern)
        self.groups = self._rx.groups

    def _count(self, text: str) -> None:
        SCANNED[self.pattern] += len(text)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        self._count(text)
        return self._rx.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str):
        self._count(text)
        return self._rx.match(text)

    def fullmatch(self, text: str):
        self._count(text)
        return self._rx.fullmatch(text)

    def finditer(self, text: str):
        self._count(text)
        return self._rx.finditer(text)

    def findall(self, text: str):
        self._count(text)
        return self._rx.findall(text)

    def sub(self, repl, text: str, count: int = 0):
        self._count(text)
        return self._rx.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0):
        self._count(text)
        return self._rx.split(text, maxsplit)


def linear(pattern: str) -> LinearPattern:
    return LinearPattern(pattern)


def scanned_total() -> int:
    return sum(SCANNED.values())
