"""How long the client lets the proposal be: "Keep it under 100 words", "less than 150 words", "3 sentences max",
"Proposals over 200 words will not be read", "Do NOT write a long proposal" (found trying the product, 2026-12-07).
``instructions.resolve`` reads the limit from the post; ``letter_bounds`` puts it over the service line's bounds for
the writer and the lint alike. A deliverable's length ("articles under 800 words") is not the letter's."""
from __future__ import annotations

import re

from service.drafting.opener_rules import DOC

# a length limit on the proposal itself ("Keep it under 100 words", "less than 150 words", "80 words max"), never on a
# deliverable ("articles under 800 words", "product descriptions of 100 words max"): found trying the product
_WORD_LIMIT = re.compile(r"\b(?:under|below|less than|fewer than|no more than|not more than|max(?:imum)?(?: of)?|at most|up "
                         r"to|within|limit(?:ed)? to|(?:keep|limit)\b[^.!?\n]{0,30}?\bto)\s+(\d{2,4})\s+words\b|\b(\d{2,4})\s+words?\s*(?:max(?:imum)?|or (?:less|"
                         r"fewer)|at most|tops|limit)\b|\b(?:over|more than|longer than)\s+(\d{2,4})\s+words\b(?=[^.!?\n]{0,40}\b(?:will "
                         r"not|won't|won’t|ignored|rejected|declined|skipped|not (?:be )?read))", re.IGNORECASE)
_ABOUT_LETTER = re.compile(rf"\b(?:{DOC}s?|bids?|pitch|keep it|be brief|apply\w*|max|respond|reply|answer|lines? total)\b|\bformat\s*:|^\W*(?:\d[.)]\s*)?(?:less|under|fewer|no more)\b|"
                           r"^\W*(?:please )?(?:use|write|limit|keep|stay)\b",
                           re.IGNORECASE)
_DELIVERABLE_TEXT = re.compile(r"\b(?:articles?|blogs?|posts?|essays?|descriptions?|copy|captions?|emails?|newsletters?|"
                               r"scripts?|pages?|chapters?|books?|stor(?:y|ies)|bios?|summar(?:y|ies)|reviews?|ads?)\b",
                               re.IGNORECASE)


_SENTENCE_LIMIT = re.compile(r"\b(?:(\d{1,2}|one|two|three|four|five) sentences? (?:max(?:imum)?|or (?:less|fewer)|at most|tops)|"
                             r"(?:no more than|not more than|at most|max(?:imum)?(?: of)?|under|fewer than|less than|within|in) "
                             r"(\d{1,2}|one|two|three|four|five) sentences?)\b", re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
WORDS_PER_SENTENCE = 20
# "Do NOT write a long proposal", "keep it short", "be brief": a short letter (found trying the product)
_SHORT = re.compile(r"\b(?:do not|don't|don’t|dont|no) (?:write |send )?(?:a |me a )?long (?:proposals?|cover letters?|messages?|"
                    r"essays?|letters?)|\bkeep (?:it|your (?:proposal|reply|message)) (?:short|brief)\b|\bbe brief\b|"
                    r"\bshort (?:proposals?|messages?) only\b|\b(?:keep|limit) (?:it|your \w+) to (?:one|a single) paragraph\b",
                    re.IGNORECASE)
SHORT_LETTER = 120


# "no more than 5 lines", "5 lines max", "Format: bullet points only, no more than 5 lines total" (third probe)
_LINE_LIMIT = re.compile(r"\b(?:(\d{1,2}|one|two|three|four|five) lines? (?:max(?:imum)?|or (?:less|fewer)|at most|tops)|"
                         r"(?:no more than|not more than|at most|max(?:imum)?(?: of)?|under|fewer than|less than|within|in) "
                         r"(\d{1,2}|one|two|three|four|five) lines?)\b", re.IGNORECASE)
WORDS_PER_LINE = 15


def _number(m: re.Match) -> int:
    n = m.group(1) or m.group(2)
    return int(_NUMBER_WORDS.get(n.lower(), n))


def count_limits(text: str) -> tuple[int | None, int | None]:
    """(most lines, most sentences) the client allows the proposal, from a sentence of the post."""
    if not _ABOUT_LETTER.search(text or "") or _DELIVERABLE_TEXT.search(text or ""):
        return None, None
    lines, sentences = _LINE_LIMIT.search(text), _SENTENCE_LIMIT.search(text)
    return (_number(lines) if lines else None), (_number(sentences) if sentences else None)


def word_limit(text: str) -> int | None:
    """The most words the client allows the proposal, from a sentence of the post, or None: a word count, a number
    of sentences (``WORDS_PER_SENTENCE`` each) or "keep it short" (``SHORT_LETTER``)."""
    if not _ABOUT_LETTER.search(text or "") or _DELIVERABLE_TEXT.search(text):
        return None
    if m := _WORD_LIMIT.search(text):
        return int(m.group(1) or m.group(2) or m.group(3))
    if m := _SENTENCE_LIMIT.search(text):
        return max(40, WORDS_PER_SENTENCE * _number(m))
    if m := _LINE_LIMIT.search(text):
        return max(40, WORDS_PER_LINE * _number(m))
    return SHORT_LETTER if _SHORT.search(text) else None


def letter_bounds(bounds: tuple[int, int], max_words: int | None, margin: int = 0) -> tuple[int, int]:
    """The service line's word bounds, within the client's own limit when the post sets one (``margin`` words under
    it for a writer, whose count of its parts runs a few words short of the lint's count of the letter)."""
    lo, hi = bounds
    return (min(lo, max(30, max_words // 2)), min(hi, max_words - margin)) if max_words else (lo, hi)
