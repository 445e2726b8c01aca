"""The shapes a list of questions takes when the client drops the question marks: a line that asks without one ("How
would you handle failed webhooks"), items numbered inline after a cue ("(1) which theme … (2) whether you can …") and
a one-sentence list of asks ("your rate, your availability this month, and your time zone"). ``extraction_rules``
reads the cues; these read the items (all found trying the product, 2026-12-07). All patterns are linear (RE2)."""
from __future__ import annotations

import re

from service.text import linear_re

QWORD = linear_re.compile(r"^(what|which|how|why|when|where|who|whom|whose|do|does|did|have|has|had|are|is|can|could|"
                    r"would|will|should|were|was|qu[eé]|cu[aá]l|c[oó]mo|cu[aá]nt|d[oó]nde|tienes|has|avez|quel|"
                    r"quelle|comment|combien|was|wie|welche|haben|hast|können|qual|quais|quanto|voc[eê]|"
                    r"describe|explain|tell us|list|share|briefly)\b", ignore_case=True)
YOU = linear_re.compile(r"\b(you|your|vous|votre|vos|tu|tus|te|du|dein|deine|ihr|ihre|sie|ihnen|você|voce|sua|seu|"
                         r"usted|has|puedes|tienes|hai|puoi|tuo|tua|tuoi|sei|je|jij|jouw|uw|heb)\b", ignore_case=True)


_WRAP_END = frozenset("of and or the a an to in for with on at by from that your our is are".split())


def bare_question(line: str, following: list[str]) -> bool:
    """A line that asks the applicant something without a question mark ("How would you handle failed webhooks"), not
    a hard-wrapped line of a longer sentence (it ends on "of", or the next line goes on in lower case)."""
    words = line.split()
    return (line[:1].isupper() and bool(QWORD.match(line)) and bool(YOU.search(line)) and len(words) <= 25
            and line[-1:].isalnum() and words[-1].lower() not in _WRAP_END and not (following and following[0][:1].islower()))


_NUMBERED = linear_re.compile(r"(?:^|\s)\(?[1-9][.)]\s+")


def split_numbered(text: str) -> list[str]:
    """Items numbered inline after a cue ("(1) which theme … (2) whether you can … (3) your fixed price."), or []."""
    marks = list(_NUMBERED.finditer(text))
    if len(marks) < 2 or text[:marks[0].start()].strip(" :,-"):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end():e].strip().rstrip(" ,;").removesuffix(" and").strip() for m, e in zip(marks, ends)]
    items[-1] = items[-1].split(". ")[0].rstrip(".")  # the last item ends with its sentence
    if any(re.search(r"[.?!]\s", i) for i in items):  # whole sentences, each read on its own
        return []
    return [i for i in items if len(i.split()) >= 2]


_LISTED = linear_re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ASKED_PART = linear_re.compile(r"^(?:your|whether|when|which|how|what)\b", ignore_case=True)


def split_listed(text: str) -> list[str]:
    """A one-sentence list of asks after a cue ("your rate, your availability this month, and your time zone"), or []."""
    text = text.strip().rstrip(".")
    if not text or any(ch in text for ch in ".?!"):
        return []
    parts, last = [], 0
    for m in _LISTED.finditer(text):
        parts.append(text[last:m.start()].strip())
        last = m.end()
    parts.append(text[last:].strip())
    return parts if len(parts) >= 2 and all(_ASKED_PART.match(p) and len(p.split()) >= 2 for p in parts) else []
