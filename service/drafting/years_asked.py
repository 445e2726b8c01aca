"""The years of experience a post requires ("4+ years of experience", "5-7 years of data analysis experience",
"Experience: 6+ years"), answered from the workspace's own ``years_experience``. Tuning readers marked letters down
for never saying it ("never states the 4-5 years of Node asked for", "no years of experience"): 18 of 187 fitting
tuning posts require a number of years and no letter answered. Met, in a field the profile names: the letter says so
in one short sentence; otherwise the reviewer gets a flag and the letter claims nothing, never a disclaimer. A range
the profile is past ("0-2 years", a junior post) is left alone. Pure."""
from __future__ import annotations

import re

from service.drafting.answer_kinds import question_kind
from service.drafting.frames import Quote, SlotError

_I = re.IGNORECASE
# "4+ years of experience", "5-7 years of experience in …", "5+ years of data analysis experience", "10+ Years
# Experience", "2 years or more of work experience", "at least 3 yrs experience"
_BEFORE = re.compile(r"\b(?P<low>\d{1,2}) ?(?:\+|(?:-|–|to) ?(?P<high>\d{1,2}))? ?\+? ?(?:years?|yrs)\b(?: or more)?(?: of)?"
                     r"(?: [\w&/.+#-]{1,30}){0,4}? experience\b", _I)
# "Experience: 7+ years", "experience level: 4 years": the years alone are quoted, "of experience" follows the quote
_AFTER = re.compile(r"\bexperience(?: level)?: ?(?P<years>(?P<low>\d{1,2}) ?(?:\+|(?:-|–|to) ?(?P<high>\d{1,2}))? ?\+? ?"
                    r"(?:years?|yrs)\b)", _I)
_FIELD_AFTER = re.compile(r" (?:with|in|using|on|as an?) ([\w+#.-]{1,30}(?: [\w+#.-]{1,30}){0,2})", _I)


def years_required(post: str) -> tuple[str, str, int, int | None, str] | None:
    """(the requirement in the post's words, what follows the quote, the fewest years, the most years or None, the
    field named after it or ""), the first the post states."""
    found = [m for p in (_BEFORE, _AFTER) if (m := p.search(post or ""))]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    after = m.re is _AFTER
    words = " ".join((m.group("years") if after else m.group(0)).split())
    field = _FIELD_AFTER.match(post[m.end():])  # "… experience in Excel": the years are asked in a field too
    return (words, " of experience" if after else "", int(m.group("low")), int(m.group("high")) if m.group("high") else
            None, field.group(1) if field else "")


# words that qualify experience without naming a field of it ("5+ years of hands-on professional experience")
_GENERIC = frozenset("of or more years year yrs yr experience work working professional hands-on hands on relevant "
                     "proven commercial industry dedicated solid practical overall total real-world related at least "
                     "minimum the a an and similar role roles position field".split())


def _status(post: str, years: int | None, known: str) -> tuple[str, bool, bool] | None:
    """(the requirement quoted with what follows it, whether the workspace has the years, whether the profile names
    the field they are asked in), or None (no requirement, fewer than two years, or a range the workspace is past)."""
    req = years_required(post)
    if req is None:
        return None
    words, suffix, low, high, after = req
    if low < 2 or years and high is not None and years > high:
        return None
    try:
        quoted = Quote(words).render() + suffix
    except SlotError:
        return None
    field = [w for w in re.findall(r"[a-z][\w+#-]*", f"{words} {after}".lower()) if w not in _GENERIC]
    named = all(re.search(rf"\b{re.escape(w)}s?\b", known, _I) for w in field)  # whole words: "R" is no "reporting"
    return quoted, bool(years and years >= low), named


def years_to_answer(profile_years: int | None, asked_kinds, questions: list) -> int | None:
    """The workspace's years (0 when it states none) for ``years_sentence`` and ``years_flag``, or None when the letter
    answers the years already: a client ask ("tell us your years of experience") or a screening question."""
    if "years" in asked_kinds or any(isinstance(q, str) and question_kind(q) == "years" for q in questions):
        return None
    return profile_years or 0


def years_sentence(post: str, years: int | None, known: str = "") -> str:
    """"Your post asks for “5+ years of experience”: I have 7." when the workspace's years meet the post's and the
    field it asks them in is one ``known`` (the profile's own text) names, else "" (``years_flag`` tells the
    reviewer: "3+ years of NetSuite development experience" is not the workspace's to claim, and a placeholder to
    confirm cost letters their know-how under the word limit)."""
    found = _status(post, years, known) if years is not None else None
    return f"Your post asks for {found[0]}: I have {years}." if found and found[1] and found[2] else ""


def years_flag(post: str, years: int | None, known: str = "") -> str | None:
    """A reviewer note when the post requires years of experience the letter does not claim (none when ``years`` is
    None: the letter answers them elsewhere)."""
    found = _status(post, years, known) if years is not None else None
    if not found or found[1] and found[2]:
        return None
    why = (f"the profile's {years} years are fewer" if years and not found[1] else "the profile states no years" if
           not years else "the profile does not name the field they are asked in")
    return (f"years_requirement: the post asks for {found[0]}; {why}, so the letter does not say it. Add it yourself "
            "if you meet it.")
