"""A post's sentences, for quoting (``quotes``): split at sentence ends, line breaks and inline bullets, and where a
post flattened to one line runs a heading into the next sentence. Scraped posts lose their line breaks: "Extract
statistics for future infographics We will also need you to …", "… our marketing strategies Data Metrics We Want to
Track: - Total Revenue"; readers counted lead quotes taken across such a join as garbled. A new sentence starts at a
capitalised "We", "Our", "Please", "You" after a word that ends in lower case (and at "I want to know", "I need
someone" after a lower-case word that joins no clauses), and a heading at a run of three or more capitalised
words ending in a colon after a lower-case word that is not a function word ("Create the Monthly Billing Report Pipeline:"
is one label). Pure functions."""
from __future__ import annotations

import re

from service.drafting.quote_bounds import WAITS

_SENT_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[\"“‘'*•-])|\n+|\s[•*]\s")
_STARTER = frozenset(["We", "We're", "We’re", "Our", "Please", "You", "Your", "I'm", "I’m"])
_FUNCTION = WAITS | {"using"}  # a word that waits for what follows: no sentence or heading starts after it
# "I want to know", "I need someone" open a sentence ("… referral data in excel I want to know why …") unless a word
# that joins clauses comes before ("and I want"); "the considerations I will need to make" is a relative clause
_I_OPENS = re.compile(r"I (?:want|need) (?:to know|to understand|someone|somebody|an? |help)")
_JOINS_I = _FUNCTION | frozenset("but so that if because when which where while since once then what how why who "
                                 "whether unless until after before than".split())
# section words a flattened post runs into their first line, at the start of a sentence ("… clients.
# Responsibilities Develop and keep up a library …"; "Key Responsibilities Build …")
_SECTIONS = frozenset("Responsibilities Requirements Qualifications Deliverables Duties Tasks Overview".split())
_SECTION_LEADS = frozenset("Key Main Core Job Primary Project".split())
_SMALL = frozenset("to of and for the a in on &".split())
_LOWER = re.compile(r"[a-z][a-z0-9'’-]*\)?")
_CAPITAL = re.compile(r"[A-Z][\w'’&/-]*:?")
_LABEL = re.compile(r"^[\w ()/&-]{1,30}:\s")


def _heading_at(words: list[str], i: int) -> bool:
    """``words[i:]`` opens a title-case heading: three to six capitalised words (small words between) and a colon."""
    capitals = 0
    for w in words[i:i + 12]:
        if w in _SMALL and capitals:
            continue
        if not _CAPITAL.fullmatch(w):
            return False
        capitals += 1
        if w.endswith(":"):
            return 3 <= capitals <= 6
    return False


def run_on_breaks(chunk: str) -> list[str]:
    """``chunk`` cut where a flattened post runs a new sentence or a heading on after a lower-case word, and after a
    bare section word that runs into its first line ("Responsibilities Develop and keep up …")."""
    words = chunk.split()
    out, start = [], 0
    for i in range(1, len(words)):
        prev = words[i - 1]
        if prev in _SECTIONS and words[i][:1].isupper() and (i - 1 == start or i - 2 == start and
                                                              words[start] in _SECTION_LEADS):
            out.append(" ".join(words[start:i]))  # the section word (and "Key") alone: dropped as under three words
            start = i
            continue
        starts = (words[i] in _STARTER and i + 1 < len(words) and re.search(r"[a-z0-9)]$", prev) and prev != "Thank"
                  or _I_OPENS.match(" ".join(words[i:i + 4])) and _LOWER.fullmatch(prev) and prev not in _JOINS_I)
        if starts or _LOWER.fullmatch(prev) and prev not in _FUNCTION and _heading_at(words, i):
            out.append(" ".join(words[start:i]))
            start = i
    out.append(" ".join(words[start:]))
    return [p for p in out if p]


def post_sentences(text: str) -> list[str]:
    """The post's sentences of three words or more, a short label ("Scope: ") taken off a longer one."""
    out = []
    for chunk in (part for piece in _SENT_BREAK.split(text or "") for part in run_on_breaks(piece)):
        chunk = chunk.strip(" \t-•*")
        chunk = _LABEL.sub("", chunk) if len(chunk.split()) > 6 else chunk
        if len(chunk.split()) >= 3:
            out.append(chunk)
    return out
