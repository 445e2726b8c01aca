"""Deterministic detection of text aimed at AI tools inside a job post (prompt injection).

Runs for every engine, so a flag never depends on the model. It reads every untrusted field of the
post (title, description, page questions, skill tags, client fields) *and* the hidden parts the parser
set aside (HTML comments, hidden elements). Before matching, each text is folded: zero-width characters
removed, NFKC, accents stripped, look-alike letters from other scripts mapped to Latin (the Unicode
confusables table, ``confusable_homoglyphs``), lower case. Spaced-out letters ("i g n o r e  y o u r
…") are read as words, and base64 segments are decoded and read too. Phrasings are matched in English,
German, French, Spanish and Portuguese. Each flag quotes the original text verbatim and names its field.

Client instructions written for people ("start your proposal with the word BANANA", "answer the
3 screening questions") are NOT injections; they are extracted as client_instructions. A request
becomes an injection when it addresses an AI / bot / language model, tries to override earlier
instructions or rules, asks for hidden prompts, or is hidden from the human reader.

Every pattern is RE2 (``service.text.linear_re``): linear time in the text, whatever the post holds."""
from __future__ import annotations

import base64
import binascii
import unicodedata
from functools import lru_cache

from service.core.schemas import InjectionFlag
from service.intake.injection_rules import EXCLUDE_AFTER, HIDDEN_HINT, RULES, SQUASHED
from service.text import linear_re
from service.text.confusables import fold_char

ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
_ZW = set(ZERO_WIDTH)
MAX_FLAGS = 40
MAX_BASE64 = 20_000  # a longer token is not decoded (it is no sentence anyone could read)
_BASE64 = linear_re.compile(r"[A-Za-z0-9+/_-]{20,}={0,2}")
_SPACED = linear_re.compile(r"[a-z](?:(?: {1,3}|[._*|/-] ?)[a-z]){5,}")
_GAP = linear_re.compile(r" {2,}| ?/ ")
_LEADING_BULLET = linear_re.compile(r"^[-*•·▪►]+\s+")
_LEET_TOKEN = linear_re.compile(r"[a-z][013457@$][a-z]|[013457@$][a-z]{2}")
_LEET = str.maketrans("013457@$", "oieastas")
_TAG_FIRST, _TAG_LAST = 0xE0020, 0xE007E  # Unicode tag characters: invisible copies of ASCII


def _fold(text: str) -> tuple[str, list[int] | None]:
    """Folded text and, for each of its characters, the index of the original character it came from
    (None: the identity, for plain ASCII text)."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _ZW:
            continue
        if _TAG_FIRST <= ord(ch) <= _TAG_LAST:  # invisible "ASCII smuggling": read what it spells
            out.append(chr(ord(ch) - 0xE0000).lower())
            index.append(i)
            continue
        if ord(ch) < 128:
            out.append(ch.lower())
            index.append(i)
            continue
        for c in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(c):
                continue
            for f in fold_char(c).lower():
                out.append(f)
                index.append(i)
    return "".join(out), index


def _is_end(text: str, i: int) -> bool:
    """text[i] ends a sentence: a newline, or . ! ? followed by whitespace or the end (not www.x or Next.js)."""
    ch = text[i]
    return ch == "\n" or (ch in ".!?" and (i + 1 == len(text) or text[i + 1].isspace()))


def _quote(original: str, start: int, end: int) -> str:
    """The sentence (or line) around original[start:end], verbatim, at most ~300 characters."""
    left = start
    while left > 0 and not _is_end(original, left - 1) and start - left < 200:
        left -= 1
    right = end
    while right < len(original) and not _is_end(original, right) and right - end < 200:
        right += 1
    if right < len(original) and original[right] in ".!?":
        right += 1
    q = original[left:right].strip()
    q = _LEADING_BULLET.sub("", q, count=1)
    return q if q else original[start:end]


def _any_rule() -> linear_re.Pattern | None:
    """Every rule as one RE2 alternation, compiled once: most fields of most posts match no rule, and one
    pass over the text tells so instead of one pass per rule (RE2 matches an alternation in one scan)."""
    try:
        return linear_re.compile("|".join(f"(?:{p.pattern})" for _, p, _ in RULES), multiline=True)
    except Exception:  # noqa: BLE001 - too large for RE2's memory cap: scan rule by rule
        return None


_ANY_RULE = _any_rule()


def _rule_spans(norm: str, suffix: str = "") -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    if _ANY_RULE is not None and _ANY_RULE.search(norm) is None:
        return found  # no rule matches anywhere: the loop below would find nothing
    for reason, pattern, exclude in RULES:
        for m in pattern.finditer(norm):
            if m.end() <= m.start():
                continue
            if exclude and EXCLUDE_AFTER.match(norm[m.end():m.end() + 60]):
                continue
            found.append((m.start(), m.end(), reason + suffix))
    return found


def _spans(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every rule match in folded text, with spaced-out letters read as words and
    digits standing in for letters ("1gn0re y0ur ru1es") read as letters (same length, same indexes)."""
    found = _rule_spans(norm)
    if not found and _LEET_TOKEN.search(norm):
        found = _rule_spans(norm.translate(_LEET), " (digits for letters)")
    for m in _SPACED.finditer(norm):
        run = m.group(0)
        words = " ".join(w.replace(" ", "").translate(_SEPARATORS) for w in _GAP.sub("\0", run).split("\0"))
        squashed = words.replace(" ", "")
        hit = next((reason for reason, pattern, _ in RULES if pattern.search(words)), None)
        if hit is None and SQUASHED.search(squashed):
            hit = "tries to override earlier instructions"
        if hit:
            found.append((m.start(), m.end(), hit + " (letters spaced out)"))
    return found


_SEPARATORS = str.maketrans("", "", "._*|/-")


def _decoded(token: str) -> str | None:
    """The text a base64 token stands for, if it is readable text."""
    if len(token) > MAX_BASE64:
        return None
    t = token.rstrip("=")
    t = t + "=" * (-len(t) % 4)
    try:
        raw = base64.b64decode(t, altchars=b"-_" if ("-" in t or "_" in t) else None, validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\n\t")
    return text if text and printable >= 0.9 * len(text) and any(c.isspace() for c in text) else None


def _scan(original: str, hidden: bool, field: str, depth: int = 0) -> list[InjectionFlag]:
    flags: list[InjectionFlag] = []
    if not original:
        return flags
    norm, index = _fold(original)
    suffix = " (hidden from the reader)" if hidden else ""
    for a, b, reason in _spans(norm):
        if index is None:
            start, end = a, b
        elif not index:
            continue
        else:
            start = index[min(a, len(index) - 1)]
            end = index[min(b, len(index)) - 1] + 1
        flags.append(InjectionFlag(quote=_quote(original, start, end), reason=reason + suffix, field=field))
    if depth == 0:
        for m in _BASE64.finditer(original):
            text = _decoded(m.group(0))
            inner = _scan(text, hidden, field, depth + 1) if text else []
            if inner:
                flags.append(InjectionFlag(quote=m.group(0), reason=inner[0].reason + " (base64-encoded: "
                                           + inner[0].quote[:120] + ")", field=field))
    tags = [i for i, ch in enumerate(original) if _TAG_FIRST - 0x20 <= ord(ch) <= _TAG_LAST + 1]
    if tags and not flags:
        flags.append(InjectionFlag(quote=_quote(original, tags[0], tags[0] + 1),
                                   reason="invisible Unicode tag characters (text hidden from the reader)", field=field))
    zw = [i for i, ch in enumerate(original) if ch in _ZW and ch not in "\ufeff\u00ad"]
    inside = [i for i in zw if 0 < i < len(original) - 1 and original[i - 1].isalnum() and original[i + 1].isalnum()]
    if inside:
        flags.append(InjectionFlag(quote=_quote(original, inside[0], inside[0] + 1),
                                   reason="zero-width characters hidden inside words", field=field))
    if hidden and not flags and HIDDEN_HINT.search(norm) and len(norm.split()) >= 3:
        flags.append(InjectionFlag(quote=original.strip()[:300], reason="instruction-like text hidden from the reader",
                                   field=field))
    return flags


def _dedupe(found: list[InjectionFlag]) -> list[InjectionFlag]:
    out: list[InjectionFlag] = []
    for f in found:
        if any(f.field == o.field and (f.quote == o.quote or f.quote in o.quote) for o in out):
            continue
        out = [o for o in out if not (o.field == f.field and o.quote in f.quote)]
        out.append(f)
        if len(out) >= MAX_FLAGS:
            break
    return out


def detect_injections(text: str, hidden_text: list[str] | None = None, *, field: str = "description") -> list[InjectionFlag]:
    """Flags for the visible ``text`` and each hidden chunk; one flag per distinct quote."""
    found = _scan(text or "", hidden=False, field=field)
    for chunk in hidden_text or []:
        found.extend(_scan(chunk, hidden=True, field="hidden_text"))
    return _dedupe(found)


def untrusted_fields(parsed) -> list[tuple[str, str]]:
    """(field, text) for every string of a parsed post that a stranger wrote."""
    out: list[tuple[str, str]] = [("title", parsed.title or ""), ("description", parsed.description or "")]
    out += [("page_questions", q) for q in parsed.page_questions or []]
    out += [("skills", s) for s in parsed.skills or []]
    for name, value in parsed.client.model_dump().items():
        if isinstance(value, str):
            out.append((f"client.{name}", value))
    for name in ("location_restriction", "project_length", "hours_per_week", "proposals", "posted_raw"):
        value = getattr(parsed, name, None)
        if isinstance(value, str):
            out.append((name, value))
    return [(f, t) for f, t in out if t and t.strip()]


def detect_in_post(parsed) -> list[InjectionFlag]:
    """Flags over every untrusted field of a parsed post and its hidden text."""
    found: list[InjectionFlag] = []
    for field, text in untrusted_fields(parsed):
        found.extend(_scan_once(text, False, field))
    for chunk in parsed.hidden_text or []:
        found.extend(_scan_once(chunk, True, "hidden_text"))
    return _dedupe(found)


def _scan_once(text: str, hidden: bool, field: str) -> list[InjectionFlag]:
    """``_scan`` is a pure function of its arguments and extraction asks it about the same post twice
    (the reader's view, then the brief); recent answers are kept (bounded), each caller gets copies."""
    if len(text) > 100_000:
        return _scan(text, hidden=hidden, field=field)
    return [f.model_copy() for f in _scan_cached(text, hidden, field)]


@lru_cache(maxsize=1024)
def _scan_cached(text: str, hidden: bool, field: str) -> tuple[InjectionFlag, ...]:
    return tuple(_scan(text, hidden=hidden, field=field))
