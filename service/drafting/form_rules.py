"""The shape the client prescribes for the whole proposal (issue 14, third probe): a template or format to fill in
("Use this template for your proposal, nothing else:" then "Name:", "Rate:" …; "Reply using exactly this format:" then
"Name -" …; "FORMAT YOUR ANSWER LIKE THIS:" then "Recommendation: web / mobile / both" …; "Reply with:" then "1) your
rate" …) and "bullet points only". ``form_fields`` reads the fields; ``fill_field`` fills one from the workspace
profile and the case study that fits, or leaves a "[Your …]" placeholder the reviewer fills in (the lint refuses it
until then). Nothing here invents: a rate, a start, a time zone and years come from the profile; an example is a
proof item that fits the post."""
from __future__ import annotations

import re
from dataclasses import dataclass

# the heading that introduces a form: the client's own words, on a line of its own ending in a colon
_HEAD = re.compile(r"^\W*(?:please )?(?:(?:use|follow|fill(?: in| out)?|copy|answer (?:in|with)|reply (?:in|with)|respond (?:in|"
                   r"with)|apply (?:in|with)|using) (?:exactly )?(?:this|the following|the below|my|our) (?:template|format|"
                   r"form|structure)|(?:reply|respond|answer|apply)(?: to this (?:post|job))? (?:using|in|with|following) "
                   r"(?:exactly )?(?:this|the following|the below) (?:template|format|structure)|format (?:your|the) "
                   r"(?:answer|reply|proposal|response|application|bid)s? (?:exactly )?(?:like this|as follows|this way)|"
                   r"(?P<reply>(?:please )?(?:reply|respond|answer) with))\b[^:\n]{0,60}:\s*$", re.IGNORECASE)
_STRICT = re.compile(r"\b(?:nothing else|exactly|only this|no other text|and nothing more)\b", re.IGNORECASE)
# a field: "Name:", "Name -", "Why (2-3 sentences):", "Recommendation: web / mobile / both", "1) your rate per case study"
_FIELD = re.compile(r"^\s*(?P<num>\d{1,2}[.)]\s*|[-*•]\s+)?(?P<label>[A-Za-z][^:\n]{0,50}?)(?:(?P<sep>\s*:|\s+[-–—])"
                    r"(?:\s+(?P<hint>[^\n]{0,80}?))?)?\s*$")
_SENTENCE = re.compile(r"[.!?]\s*$|^(?:then|also|and|please|note|we|i|our|budget)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Field:
    label: str        # "Rate", "Why (2-3 sentences)", "your rate per case study"
    sep: str = ":"    # how the client wrote it: ":" or " -"; a numbered item keeps its number
    hint: str = ""    # "web / mobile / both"
    num: str = ""     # "1) "


@dataclass(frozen=True)
class Form:
    head: str
    fields: tuple[Field, ...]
    only: bool        # "nothing else", "exactly this format": the letter is the form and nothing more


def form_fields(description: str) -> Form | None:
    """The first form the post prescribes, with at least two fields, or None. A "Reply with:" list counts only when
    numbered (the client maps the answers to its numbers); a bulleted one is a list of asks (``client_asks``)."""
    lines = (description or "").splitlines()
    for i, line in enumerate(lines):
        head = _HEAD.match(line.strip())
        if not head:
            continue
        fields: list[Field] = []
        for nxt in lines[i + 1:i + 12]:
            m = _FIELD.match(nxt)
            if not nxt.strip():
                if fields:
                    break
                continue
            if not m or _SENTENCE.search(m.group("label")) and not m.group("sep") or len(nxt) > 120:
                break
            fields.append(Field(m.group("label").strip(), (m.group("sep") or "").strip(), (m.group("hint") or "").strip(),
                                (m.group("num") or "").strip()))
        if len(fields) >= 2 and (not head.group("reply") or all(re.match(r"\d", f.num) for f in fields)):
            return Form(line.strip(), tuple(fields), bool(_STRICT.search(line)))
    return None


_BULLETS = re.compile(r"\bbullet(?:ed)?(?: points?| list)? only\b|\bonly (?:in )?bullet(?:ed)?\b|\b(?:answer|reply|respond)"
                      r"(?: to (?:this|me|us))?(?: in|:)\s*(?:short )?bullet|\bformat\s*:\s*(?:short )?bullet|\b(?:proposals?|"
                      r"applications?|cover letters?|bids?|replies|reply|answers?|responses?)\b[^.!?\n]{0,30}\bbullet",
                      re.IGNORECASE)


def bullets_only(sentence: str) -> bool:
    """"Bullet points only please", "Format: bullet points only", "Answer in bullet points": the letter as bullets."""
    return bool(_BULLETS.search(sentence))


# ------------------------------------------------------------------ filling a field from the workspace
_KINDS = (
    ("name", re.compile(r"^(?:your )?(?:full |first )?name$", re.IGNORECASE)),
    ("rate", re.compile(r"\b(?:hourly )?rate\b(?! per (?!hour))", re.IGNORECASE)),
    ("start", re.compile(r"\b(?:availability|available|start(?: date)?|when can you start|hours (?:per|a) week)\b",
                         re.IGNORECASE)),
    ("zone", re.compile(r"\b(?:time ?zone|location|based|country|where)\b", re.IGNORECASE)),
    ("years", re.compile(r"\byears?\b|\bexperience$", re.IGNORECASE)),
    ("example", re.compile(r"\b(?:portfolio|links?|similar|examples?|samples?|case stud(?:y|ies)|past work|previous work|"
                           r"you(?:'ve|’ve| have)? built)\b", re.IGNORECASE)),
)


def field_kind(label: str) -> str:
    return next((kind for kind, pat in _KINDS if pat.search(label)), "other")


def fill_field(f: Field, profile, example: str = "") -> str:
    """The value for one field from the profile (``example``: the fitting case study, with its link if it has one),
    or a "[Your …]" placeholder in the field's own words."""
    kind = field_kind(f.label)
    sig = profile.signature or ""
    if kind == "name":
        return f"{sig} ({profile.name})" if sig and sig.lower() not in profile.name.lower() else profile.name
    if kind == "rate" and profile.hourly_rate:
        return f"${profile.hourly_rate:g} per hour"
    if kind == "start" and profile.availability:
        return profile.availability[:1].upper() + profile.availability[1:]
    if kind == "zone" and profile.timezone:
        return profile.timezone
    if kind == "years" and profile.years_experience:
        return f"{profile.years_experience} years"
    if kind == "example" and example and not re.search(r"\bportfolio\b", f.label, re.IGNORECASE):
        return example
    if f.hint or not re.fullmatch(r"(?:your )?[A-Za-z][\w-]*(?: [\w-]+){0,2}", f.label) or \
            re.match(r"(?i)(?:why|how|what|which|when|who|one|a|an|the)\b", f.label):
        return "[Your answer" + (f": {f.hint}" if f.hint else "") + "]"  # "Why (2-3 sentences)", "Recommendation: web / …"
    return f"[Your {re.sub(r'(?i)^your ', '', f.label).lower()}]"  # "Portfolio" -> "[Your portfolio]"


def form_text(form: Form, profile, example: str = "") -> tuple[str, list[str]]:
    """The filled form, one field a line as the client wrote it, and the fields left for the reviewer."""
    out, left = [], []
    for f in form.fields:
        value = fill_field(f, profile, example)
        if value.startswith("["):
            left.append(f.label)
        label = f.label[:1].upper() + f.label[1:] if f.num else f.label
        sep = " -" if f.sep and f.sep in "-–—" else ":"
        out.append(f"{f.num + ' ' if f.num else ''}{label}{sep} {value}")
    return "\n".join(out), left
