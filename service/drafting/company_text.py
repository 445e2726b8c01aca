"""The parts of a post that describe the client's company rather than the work: an "About us" / "About the Client"
section, the company's values, culture and benefits, what "everyone" at the company is expected to do. A letter
that quotes them as the client's need ("create unforgettable performances for audiences, presented in our landmark
venues and delivered") or plans a step from them ("Playing your part") reads as if the post was not read (tuning
readers said so). ``without_company_text`` drops those sections, and those the post says are out of scope, from
their heading to the next heading, before the writer looks for the need and the work items. Pure and linear in the post."""
from __future__ import annotations

import re

_I = re.IGNORECASE
# a heading over the company, not the job ("About the Role", "About the project" are the job: kept)
_COMPANY_HEAD = re.compile(
    r"^(?:about (?:us|the (?:client|company|business|organi[sz]ation|team|brand|employer)|our (?:company|client|"
    r"business|organi[sz]ation|team|brand)|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})|who we are|our (?:story|mission|"
    r"vision|values|culture|company|organi[sz]ation)|(?:the )?(?:company|client|organi[sz]ation) (?:overview|"
    r"profile|background)|company|(?:client|company|core)(?:'s|’s)? values|values|culture|why (?:join|work with) us|"
    r"what we offer|benefits|perks|everyone(?:'s|’s) responsibilit(?:y|ies)|life at [\w .&'’-]+)\s*:?$", _I)
# what the post says is not the work ("Out of scope: the SQL that pulls the data"; pool readers marked a letter that
# opened by quoting a line of the post's out-of-scope list): dropped however little is left
_NOT_WORK_HEAD = re.compile(r"^(?:(?:out of|not in) scope|not included|excluded|exclusions|what (?:we|i) (?:do not|"
                            r"don't|don’t) need)\s*:?$", _I)
# "About Acme" is about the company; "About the Role" / "About the job" is not
_JOB_ABOUT = re.compile(r"^about (?:the |this )?(?:role|job|position|project|work|opportunity|task|gig|contract)\b", _I)
_BULLET = re.compile(r"^\s*(?:[-•●▪◦·‣○■□►▶➤→✓✔]|\*(?!\*)|\d{1,2}[.)])\s")
_MARK = re.compile(r"^[\s\-*•●▪◦·‣○■□►▶➤→✓✔#>\uf0b7]+")


def _heading(line: str) -> str | None:
    """The text of a short heading line ("About the Client", "### Our Values", "Benefits:"), else None. A list item
    is no heading unless it ends with a colon ("- Arrears / Aging reports" under "Out of Scope:" had ended the
    out-of-scope section, and a tuning letter promised the item)."""
    if _BULLET.match(line) and not line.rstrip().endswith(":"):
        return None
    text = _MARK.sub("", line).replace("**", "").replace("__", "").strip()
    words = text.rstrip(":").split()
    if not words or len(words) > 6 or text[-1] in ".!?,;" or not (text[0].isupper() or text[0].isdigit()):
        return None
    return text


def company_heading(line: str) -> bool:
    """The line is a heading over the company rather than the job ("About the Client", "Client’s Values")."""
    head = _heading(line)
    return bool(head) and not _JOB_ABOUT.match(head) and bool(_COMPANY_HEAD.match(head))


MIN_LEFT = 30  # words: a post that is all one "About us" section keeps its text (the need may be in it)


def without_company_text(description: str) -> str:
    """The description without its sections about the company (each from its heading to the next heading), kept when
    too little would be left, and without what it puts out of scope, always."""
    out, skipping, scoped = [], "", []
    for line in (description or "").splitlines():
        if (head := _heading(line)) is not None:
            skipping = "scope" if _NOT_WORK_HEAD.match(head) else "company" if company_heading(line) else ""
        if skipping != "scope":
            scoped.append(line)  # the fallback: the whole post but what it puts out of scope
        if not skipping:
            out.append(line)
    left = "\n".join(out)
    return left if len(left.split()) >= MIN_LEFT else "\n".join(scoped)
