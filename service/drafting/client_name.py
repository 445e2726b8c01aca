"""The client's first name, when the post gives it, for the greeting ("Hi Ben,"): a reader who signed the post
"Thanks, Ben" or asked to have the proposal addressed to Jamie notices a letter that opens "Hi,".

Only three places count, each a pattern a person uses to name themself: an instruction to address the proposal
to someone ("… to Jamie", "… to me (Jamie)"), "my name is …" / "I'm Lucia, …", and a sign-off at the very end of the post ("Thanks, Ben" / "Best regards,\\nBen
Smith"). A candidate must look like a first name (one capitalised word of 2-15 letters) and not be a word that
is often capitalised for another reason (a role, a greeting, a weekday, a skill from the vocabulary)."""
from __future__ import annotations

import re

from service.text.skills import normalise_skill

_NAME = r"([A-Z][a-z]{1,14})"
_TITLE = r"(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+)?"
_ADDRESS = re.compile(r"\b(?i:address(?:ed)?\s+(?:it|this|them|your\s+(?:proposal|application|cover\s+letter|bid|"
                      r"message|reply)|the\s+(?:proposal|application|cover\s+letter))\s+to)\s+(?:me\s*\(\s*)?" + _TITLE + _NAME + r"\b")
_MY_NAME = re.compile(r"\b(?:(?i:my\s+name\s+is)\s+" + _NAME + r"\b|(?:I'm|I’m|I am)\s+" + _NAME + r"(?=,|\s+(?:and|from|here)\b))")
_SIGN_OFF = re.compile(r"(?:^|[\n.!?])\s*(?i:thanks(?:\s+(?:again|in\s+advance))?|thank\s+you|many\s+thanks|best(?:\s+regards|\s+wishes)?|"
                       r"kind\s+regards|warm\s+regards|regards|cheers|sincerely|all\s+the\s+best)\s*[,!.]?\s*(?:[-–—]\s*)?"
                       + _NAME + r"(?:\s+[A-Z][a-zA-Z'-]{1,20})?\s*\.?\s*$")
_NOT_NAMES = frozenset("""
team hiring manager founder owner ceo cto admin support sales marketing upwork please hello hi hey dear the we our
your good happy excited available ready sure just not new also here thanks thank regards best cheers sincerely
looking project client company agency startup recruiter developer designer engineer analyst everyone all you
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december asap urgent note bonus budget today tomorrow
""".split())


def _name(candidate: str | None) -> str | None:
    if not candidate or candidate.lower() in _NOT_NAMES or normalise_skill(candidate) is not None:
        return None
    return candidate


def client_first_name(post: str) -> str | None:
    """The first name the client gives in the post, else None."""
    text = post or ""
    for pattern in (_ADDRESS, _MY_NAME):
        m = pattern.search(text)
        name = m and next((g for g in m.groups() if g), None)
        if name and _name(name):
            return name
    m = _SIGN_OFF.search(text.rstrip()[-160:])
    return _name(m.group(1)) if m else None
