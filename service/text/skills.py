"""Skill vocabulary with aliases (ReactJS -> React): normalise client tags, find tools in free text.

The vocabulary lives in ``skills_vocab.py``; this module builds the lookup tables once and offers
three functions the pipeline uses: ``normalise_skill``, ``normalise_skills``, ``find_skills_in_text``."""
from __future__ import annotations

import re
from functools import lru_cache

from service.text.skills_vocab import CASE_SENSITIVE_IN_TEXT, NOT_IN_TEXT, VOCAB


def _key(name: str) -> str:
    # a leading dot is part of a name (".NET"): stripped, "net profit" was read as .NET and ".NET" never found
    return " ".join(name.lower().replace("\u00a0", " ").split()).strip(" ,;:").rstrip(".")


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canon, aliases in VOCAB.items():
        for alias in (canon, *aliases):
            table.setdefault(_key(alias), canon)
    return table


# Lower-case tool names that are also verbs, with the words that follow the verb: "a button to react with an emoji"
# names no React (a reader saw "React is core to what we do" on an Angular post that said so); "react developer" does.
VERB_SENSES: dict[str, frozenset[str]] = {  # (not in skills_vocab: service_match reads its "name": lines)
    "react": frozenset({"to", "with", "on", "when", "quickly", "fast", "in", "against", "accordingly", "differently"}),
}
# ... or the word before it makes it a verb ("you'll bootstrap the protocol from scratch": no Bootstrap CSS; pool
# readers read "back-end work, mainly in Bootstrap")
VERB_AFTER: dict[str, frozenset[str]] = {
    "bootstrap": frozenset({"to", "will", "you'll", "you’ll", "we'll", "we’ll", "i'll", "i’ll", "can", "help", "would",
                            "could", "must", "should"}),
}
_TOKEN = re.compile(r"[^\s,;:()\[\]{}\"“”‘’!?<>|*]+")
_TRAIL = ".'’-"
_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _text_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-cased alias -> canonical) for case-insensitive search, (exact name -> canonical)."""
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
    return lower, exact


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


@lru_cache(maxsize=1)
def _phrase_lengths() -> dict[str, int]:
    """First word of a multi-word name -> the most words a name starting with it has. A token that
    starts no multi-word name is looked up alone (most tokens), instead of as 4, 3, 2 and 1 words."""
    lengths: dict[str, int] = {}
    for k in _text_tables()[0]:
        words = k.split(" ")
        if len(words) > 1:
            lengths[words[0]] = max(lengths.get(words[0], 1), len(words))
    return lengths


def find_skills_in_text(text: str) -> list[str]:
    """Vocabulary skills named in free text, in order of first mention.

    Tokens are runs of non-space characters (so Node.js, C++, C#, UI/UX stay whole); up to four
    consecutive tokens are looked up as one name. A hyphenated or slashed token that is not a name
    itself is also tried part by part ("Python-based", "React/Next.js").

    A pure function of the text, and drafting asks it about the same post many times (facts, proof,
    lint, profile claims), so answers for recent texts are kept (bounded: 256 texts up to 100,000
    characters each)."""
    if not text:
        return []
    if len(text) > 100_000:
        return list(_find(text))
    return list(_find_cached(text))


@lru_cache(maxsize=256)
def _find_cached(text: str) -> tuple[str, ...]:
    return _find(text)


def _find(text: str) -> tuple[str, ...]:
    lower, exact = _text_tables()
    longest = _phrase_lengths()
    toks: list[tuple[int, str]] = []
    for m in _TOKEN.finditer(text):
        t = m.group(0).rstrip(_TRAIL)
        # "React Native/Expo": the parts of a slashed token that names nothing are words of their own, so a name
        # of several words ends inside it ("UI/UX" and "A/B testing" stay whole)
        if "/" in t and _key(t) not in lower and _key(t) not in longest and t not in exact:
            at = m.start()
            for part in t.split("/"):
                if word := part.rstrip(_TRAIL):
                    toks.append((at, word))
                at += len(part) + 1
        elif t:
            toks.append((m.start(), t))
    hits: list[tuple[int, str]] = []
    lows = [t.lower() for _, t in toks]
    for i, (pos, tok) in enumerate(toks):
        if tok in VERB_SENSES and i + 1 < len(toks) and lows[i + 1] in VERB_SENSES[tok]:
            continue  # the verb, written in lower case ("react with an emoji"), not the tool
        if tok in VERB_AFTER and i > 0 and lows[i - 1] in VERB_AFTER[tok]:
            continue
        matched = False
        for n in range(min(_MAX_WORDS, longest.get(lows[i], 1), len(toks) - i), 0, -1):
            key = " ".join(lows[i:i + n]) if n > 1 else lows[i]
            canon = lower.get(key)
            if canon is None and n == 1:
                canon = exact.get(tok)
            if canon is not None:
                hits.append((pos, canon))
                matched = True
                break
        if not matched and ("-" in tok or "/" in tok):
            for part in re.split(r"[-/]", tok):
                canon = lower.get(part.lower().rstrip(_TRAIL)) or exact.get(part.rstrip(_TRAIL))
                if canon is not None:
                    hits.append((pos, canon))
    out: list[str] = []
    for _, canon in sorted(hits, key=lambda h: h[0]):
        if canon not in out:
            out.append(canon)
    return tuple(out)
