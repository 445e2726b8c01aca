"""The client's first name, when the post gives it, for the greeting ("Hi Ben,"): a reader who signed the post
"Thanks, Ben" or asked to have the proposal addressed to Jamie notices a letter that opens "Hi,".

Only three places count, each a pattern a person uses to name themself: an instruction to address the proposal
to someone ("… to Jamie", "… to me (Jamie)"), "my name is …" / "I'm Lucia, …", and a sign-off at the very end of the post ("Thanks, Ben" / "Best regards,\\nBen
Smith"). A candidate must look like a first name (one capitalised word of 2-15 letters) and not be a word that
is often capitalised for another reason (a role, a greeting, a weekday, a skill from the vocabulary). A title before
it is kept the way ``greeting_name`` greets ("my name is Dr. Ahmed" -> "Dr. Ahmed", never "Dr"; "Dr. Amara Obi" ->
"Amara"): one rule for the proposal's greeting and the contract messages'."""
from __future__ import annotations

import re

from service.text.skills import normalise_skill

# a person: an optional title, a first name (or, after a title, a surname) and an optional surname
_WHO = r"((?:(?:Mr|Ms|Mrs|Mx|Dr|Prof|Miss)\.?\s+)?[A-Z][a-z]{1,14}(?:\s+[A-Z][a-zA-Z'-]{1,20})?)"
_ADDRESS = re.compile(r"\b(?i:address(?:ed)?\s+(?:it|this|them|your\s+(?:proposal|application|cover\s+letter|bid|"
                      r"message|reply)|the\s+(?:proposal|application|cover\s+letter))\s+to)\s+(?:me\s*\(\s*)?" + _WHO + r"\b")
_MY_NAME = re.compile(r"\b(?:(?i:my\s+name\s+is)\s+" + _WHO + r"\b|(?:I'm|I’m|I am)\s+" + _WHO + r"(?=,|\s+(?:and|from|here)\b))")
_SIGN_OFF = re.compile(r"(?:^|[\n.!?])\s*(?i:thanks(?:\s+(?:again|in\s+advance))?|thank\s+you|many\s+thanks|best(?:\s+regards|\s+wishes)?|"
                       r"kind\s+regards|warm\s+regards|regards|cheers|sincerely|all\s+the\s+best)\s*[,!.]?\s*(?:[-–—]\s*)?"
                       + _WHO + r"\s*\.?\s*$")
_NOT_NAMES = frozenset("""
team hiring manager founder owner ceo cto admin support sales marketing upwork please hello hi hey dear the we our
your good happy excited available ready sure just not new also here thanks thank regards best cheers sincerely
looking project client company agency startup recruiter developer designer engineer analyst everyone all you
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december asap urgent note bonus budget today tomorrow
""".split())


_TITLES = {"dr", "dr.", "dra", "dra.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "prof", "prof.",
           "sir", "madam", "dame", "lord", "lady", "rev", "rev.", "capt", "capt.", "sr", "sr.", "sra", "sra.", "herr",
           "frau", "mme", "mme.", "mlle", "mlle.", "med", "med.", "hon", "hon."}
_LEGAL = {"inc", "inc.", "llc", "ltd", "ltd.", "gmbh", "co", "co.", "corp", "corp.", "plc", "sa", "bv", "ag", "pty",
          "limited", "s.a.", "b.v.", "team"}  # left out of "… team"
_COMPANY = _LEGAL | {"agency", "studio", "studios", "group", "labs", "company", "consulting", "consultants",
                     "partners", "solutions", "services", "holdings", "ventures", "associates", "media", "digital"}
_COMPANY_STEMS = {w.strip(".") for w in _COMPANY}
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "st", "st.", "bin", "al"}


def _case(words: list[str]) -> list[str]:
    """"jane smith" and "DR. JANE SMITH" as a person writes them ("Jane Smith", "Dr. Jane Smith")."""
    letters = "".join(words)
    if letters.islower() or letters.isupper():
        return [w if w.lower() in _PARTICLES and letters.islower() else w[:1].upper() + w[1:].lower() for w in words]
    return words


def greeting_name(client: str) -> str:
    """How to greet the client: the first name ("Dr. Jane Smith" -> "Jane"; "Smith, Jane" -> "Jane"), a title and
    surname when there is no first name ("Dr. Smith", "Ms. Van der Berg", "Dr. J. R. Smith" -> "Dr. Smith", "Mr. &
    Mrs. Lee" -> "Mr. and Mrs. Lee"), a company's team ("Acme Ltd" -> "Acme team", "The Smith Group" -> "Smith Group
    team"), or "there" when no name is known (names found trying the product, 2026-12-07)."""
    text = " ".join(client.split())
    if text.count(",") == 1 and all(1 <= len(p.split()) <= 2 for p in text.split(",")) and \
            not any(w.lower().strip(".") in _COMPANY_STEMS for w in text.replace(",", " ").split()):
        last, first = text.split(",")  # "Smith, Jane": the list form of a name
        text = f"{first.strip()} {last.strip()}"
    words = _case(text.replace(",", " ").split())
    if not words:
        return "there"
    if any(w.lower() in _COMPANY for w in words[1:]):
        base = [w for w in words if w.lower() not in _LEGAL]
        base = base[1:] if base and base[0].lower() == "the" else base
        return f"{' '.join(base)} team" if base else "there"
    titles = [w for w in words if w.lower() in _TITLES]
    rest = [w for w in words if w.lower() not in _TITLES and w not in ("&", "and")
            and not re.fullmatch(r"[A-Z]\.", w)]  # initials ("J.") are no first name
    if not rest:
        return "there"
    if len(titles) > 1 and any(w in ("&", "and") for w in words):  # "Mr. & Mrs. Lee"
        return f"{titles[0]} and {' '.join(titles[1:])} {' '.join(rest)}"
    if titles and (len(rest) == 1 or rest[0].lower() in _PARTICLES):  # a title and a surname: keep the title
        return f"{titles[0]} {' '.join(rest)}"
    return rest[0]


def _greet(who: str | None) -> str | None:
    """How to greet the person a pattern found, or None when the words do not look like a person's name."""
    words = (who or "").split()
    rest = [w for w in words if w.lower() not in _TITLES]
    first = rest[0] if rest else ""
    if not first or first.lower() in _NOT_NAMES or normalise_skill(first) is not None:
        return None
    if len(rest) > 1 and rest[1].lower() not in _COMPANY and (rest[1].lower() in _NOT_NAMES or normalise_skill(rest[1]) is not None):
        words = words[:words.index(first) + 1]  # "I'm Marta Shopify …" is no surname
    return greeting_name(" ".join(words))


def client_first_name(post: str) -> str | None:
    """How the greeting names the client the post names ("Ben", "Dr. Ahmed"), else None."""
    text = post or ""
    for pattern in (_ADDRESS, _MY_NAME):
        m = pattern.search(text)
        name = _greet(m and next((g for g in m.groups() if g), None))
        if name:
            return name
    m = _SIGN_OFF.search(text.rstrip()[-160:])
    return _greet(m.group(1)) if m else None
