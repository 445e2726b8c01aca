"""Linear-time regular expressions for untrusted text (google-re2), with a work counter.

Python's ``re`` backtracks: a pattern such as ``^\\s*(?:...)?[A-Za-z ]{2,60}?\\s*$`` takes time that grows
with the square (or worse) of a run of spaces, so one job post could hold the API for minutes. RE2 runs
in time linear in the text for every pattern it accepts; it refuses look-arounds and back-references,
so the patterns of ``service/intake`` are written without them.

``SCANNED`` counts the characters handed to each call (the whole string: the wrapper encodes it to
UTF-8 every time). The fuzz tests compare the count for inputs of size n and 4n, so a loop that calls
a pattern once per match over the whole text (quadratic overall, even with linear patterns) fails."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import re2

__all__ = ["compile", "Pattern", "SCANNED", "MAX_MEM"]

MAX_MEM = 64 << 20


@dataclass
class _Counter:
    calls: int = 0
    chars: int = 0

    def add(self, n: int) -> None:
        self.calls += 1
        self.chars += n

    def reset(self) -> None:
        self.calls = self.chars = 0


SCANNED = _Counter()


def _options(ignore_case: bool, dotall: bool) -> re2.Options:
    opts = re2.Options()
    opts.log_errors = False
    opts.max_mem = MAX_MEM
    opts.case_sensitive = not ignore_case
    opts.dot_nl = dotall
    return opts


class Pattern:
    """The subset of ``re.Pattern`` that ``service/intake`` uses, backed by RE2."""

    __slots__ = ("pattern", "_re", "groups")

    def __init__(self, pattern: str, ignore_case: bool = False, multiline: bool = False, dotall: bool = False):
        self.pattern = pattern
        source = ("(?m)" if multiline else "") + pattern
        self._re = re2.compile(source, _options(ignore_case, dotall))
        self.groups = self._re.groups

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        SCANNED.add(len(text))
        return self._re.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        SCANNED.add(len(text))
        return self._re.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str):
        SCANNED.add(len(text))
        return self._re.fullmatch(text)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator:
        SCANNED.add(len(text))
        return self._re.finditer(text, pos, len(text) if endpos is None else endpos)

    def findall(self, text: str) -> list:
        SCANNED.add(len(text))
        return self._re.findall(text)

    def sub(self, repl, text: str, count: int = 0) -> str:
        SCANNED.add(len(text))
        return self._re.sub(repl, text, count)


def compile(pattern: str, *, ignore_case: bool = False, multiline: bool = False,  # noqa: A001
            dotall: bool = False) -> Pattern:
    """Compile with RE2; a pattern RE2 cannot run in linear time is an error at import, not at run time."""
    return Pattern(pattern, ignore_case, multiline, dotall)
