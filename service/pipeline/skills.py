"""Skill vocabulary with aliases (ReactJS -> React): normalise client tags, find tools in free text.

The vocabulary lives in ``skills_vocab.py``; this module builds the lookup tables once and offers
three functions the pipeline uses: ``normalise_skill``, ``normalise_skills``, ``find_skills_in_text``."""
from __future__ import annotations

import re
from functools import lru_cache

from .skills_vocab import CASE_SENSITIVE_IN_TEXT, NOT_IN_TEXT, VOCAB


def _key(name: str) -> str:
    return " ".join(name.lower().replace("\u00a0", " ").split()).strip(" .,;:")


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canon, aliases in VOCAB.items():
        for alias in (canon, *aliases):
            table.setdefault(_key(alias), canon)
    return table


def _boundary(alias: str) -> str:
    # a word boundary that also treats ".", "+", "#" and "/" as part of a name (Node.js, C++, C#, UI/UX)
    return r"(?<![\w.+#/-])" + re.escape(alias) + r"(?![\w+#]|\.\w|/\w)"


@lru_cache(maxsize=1)
def _text_patterns() -> tuple[re.Pattern, dict[str, str], re.Pattern | None, dict[str, str]]:
    """One alternation for case-insensitive aliases, one for case-sensitive canonical names."""
    lower: dict[str, str] = {}
    exact: dict[str, str] = {}
    for canon, aliases in VOCAB.items():
        if canon in CASE_SENSITIVE_IN_TEXT:
            exact[canon] = canon
        for alias in (canon, *aliases):
            k = _key(alias)
            if k in NOT_IN_TEXT or len(k) < 2 or (alias == canon and canon in CASE_SENSITIVE_IN_TEXT):
                continue
            lower.setdefault(k, canon)
    alts = sorted(lower, key=len, reverse=True)
    low_re = re.compile("|".join(_boundary(a) for a in alts))
    exact_re = re.compile("|".join(_boundary(a) for a in sorted(exact, key=len, reverse=True))) if exact else None
    return low_re, lower, exact_re, exact


def normalise_skill(name: str) -> str | None:
    """The canonical vocabulary name for ``name`` (any alias, any case), or None if unknown."""
    if not isinstance(name, str):
        return None
    key = _key(name)
    if not key:
        return None
    table = _alias_table()
    if key in table:
        return table[key]
    # "React.js developer" / "Python programming" style tags: try without a trailing role word
    trimmed = re.sub(r"\s+(developer|development|programming|expert|framework|engineer)$", "", key)
    return table.get(trimmed)


def normalise_skills(names: list[str]) -> list[str]:
    """Canonical names for known skills, the cleaned original for unknown ones; order kept, no duplicates."""
    out: list[str] = []
    seen: set[str] = set()
    for n in names or []:
        if not isinstance(n, str):
            continue
        canon = normalise_skill(n) or " ".join(n.split())
        if canon and canon.lower() not in seen:
            seen.add(canon.lower())
            out.append(canon)
    return out


def find_skills_in_text(text: str) -> list[str]:
    """Vocabulary skills named in free text, in order of first mention."""
    if not text:
        return []
    low_re, lower, exact_re, exact = _text_patterns()
    hits: list[tuple[int, str]] = []
    for m in low_re.finditer(text.lower()):
        hits.append((m.start(), lower[m.group(0)]))
    if exact_re is not None:
        for m in exact_re.finditer(text):
            hits.append((m.start(), exact[m.group(0)]))
    out: list[str] = []
    for _, canon in sorted(hits):
        if canon not in out:
            out.append(canon)
    return out
