"""The client's instructions about the proposal: honoured from the workspace, or raised to the reviewer.

Sources: the brief's ``client_instructions`` (intake reads them) plus a fallback scan of the post for the
common wordings ("start your proposal with the word X", "include your hourly rate in the first line",
"mention your favourite colour", "write 'I read this' at the top"). An instruction whose text is also
flagged as an injection attempt is never honoured; the reviewer is told so. Patterns are linear (no
nested quantifiers) and run sentence by sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.core.schemas import JobBrief
from service.core.workspace import Workspace

_DOC = r"(?:proposal|application|bid|cover letter|message|reply|response|answer)"
_VALUE = r"(?:[\"'“‘](?P<q>[^\"'”’\n]{1,40})[\"'”’]|(?P<w>[A-Za-z0-9][\w-]{0,30}))"
_OPENER = re.compile(rf"\b(?:start|begin|open)\w* (?:your|the|each) {_DOC} (?:with|by (?:writing|saying|typing)) "
                     rf"(?:the (?:word|phrase|sentence) )?{_VALUE}", re.IGNORECASE)
_TOP = re.compile(rf"\b(?:write|put|type|add) {_VALUE} (?:at the (?:very )?(?:top|start|beginning)|as the first (?:word|line))",
                  re.IGNORECASE)
_RATE_FIRST = re.compile(r"\b(?:hourly )?rate\b[^.!?\n]{0,40}\b(?:first line|first sentence|top|beginning|subject)\b", re.IGNORECASE)
_PERSONAL = re.compile(r"\b(?:mention|tell us|tell me|include|state|write)\b[^.!?\n]{0,30}\byour "
                       r"(?:favou?rite [a-z]+|star sign|zodiac sign|pet'?s name|middle name)\b", re.IGNORECASE)


@dataclass
class Resolved:
    opener: str | None = None
    first_line: str | None = None
    required: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


def _flagged(text: str, brief: JobBrief) -> bool:
    low = " ".join(text.lower().split())
    for f in brief.injection_flags:
        q = " ".join(f.quote.lower().split())
        if q and (q in low or low in q):
            return True
    return False


def _value(m: re.Match) -> str:
    return (m.group("q") or m.group("w") or "").strip()


def _scan(description: str) -> list[tuple[str, str, str | None]]:
    """(kind, sentence, value) for the common wordings, sentence by sentence."""
    out = []
    for s in re.split(r"(?<=[.!?])\s+|\n+", description or ""):
        if len(s) > 600:
            s = s[:600]
        for pat in (_OPENER, _TOP):
            m = pat.search(s)
            if m:
                out.append(("opener", s.strip(), _value(m)))
        if _RATE_FIRST.search(s):
            out.append(("rate_first", s.strip(), None))
        m = _PERSONAL.search(s)
        if m:
            out.append(("personal", s.strip(), m.group(0)))
    return out


def resolve(brief: JobBrief, ws: Workspace) -> Resolved:
    r = Resolved()
    items = [(c.kind, c.text, c.value) for c in brief.client_instructions] + _scan(brief.description)
    seen: set[tuple[str, str]] = set()
    for kind, text, value in items:
        key = (kind if kind != "required_word" else "word", (value or text).lower())
        if key in seen:
            continue
        seen.add(key)
        if _flagged(text, brief) or (value and _flagged(value, brief)):
            r.flags.append(f"instruction_not_honoured: \"{text[:120]}\" is also flagged as an attempt to steer the AI, "
                           f"so the draft does not follow it; decide yourself whether it is a real request")
            continue
        if kind == "opener" and value:
            if r.opener is None:
                r.opener = value
            elif value.lower() != r.opener.lower():
                r.flags.append(f"instruction_conflict: the post asks for two openers (\"{r.opener}\", \"{value}\"); "
                               f"the draft uses the first")
        elif kind == "rate_first":
            if ws.profile.hourly_rate:
                r.first_line = f"Our rate is ${ws.profile.hourly_rate:g} per hour"
            else:
                r.flags.append("instruction_needs_you: the client wants the hourly rate in the first line, and the "
                               "workspace has no hourly rate; add it before sending")
        elif kind == "personal":
            r.flags.append(f"instruction_needs_you: the client asks you to {value[0].lower() + value[1:]}; the "
                           f"workspace cannot answer that, so add it yourself before sending (\"{text[:120]}\")")
        elif kind in ("required_word", "other", "format") and value:
            if value.lower() not in {w.lower() for w in r.required}:
                r.required.append(value)
        elif kind in ("other", "format") and not value:
            if re.search(r"\brate\b", text, re.IGNORECASE) and re.search(r"\bfirst (?:line|sentence)\b|\btop\b", text, re.IGNORECASE):
                continue  # handled by the scan above
            r.flags.append(f"instruction_check: the client wrote \"{text[:160]}\"; check the draft follows it")
    if r.opener and r.opener.lower() in {w.lower() for w in r.required}:
        r.required = [w for w in r.required if w.lower() != r.opener.lower()]
    return r
