"""The duties a role post lists, laid out so ``post_plan.work_items`` can read them. Ongoing roles got the generic
role steps ("get access, read through what exists …") because their duties often arrive flattened into one
paragraph ("Responsibilities: - Collect … - Analyze …", "Data Cleansing and Validation: Thoroughly examine …") or
are written as prose ("you will be responsible for creating indicators, configuring dashboards …"), and the work
list reader goes line by line. ``duty_lines`` breaks a flattened list back into lines and adds each "you will …"
duty as a list line of its own, verbatim, so the plan quotes the post's own duties and invents none. A project
post flattened the same way ("Scope: Define the fields … Delivery: Build the report …") is broken back into
lines too (``unflattened``), so its plan quotes its own items. Pure and linear in the post."""
from __future__ import annotations

import re

from service.drafting.post_plan import main_items, work_items
from service.drafting.quotes import BASE_VERBS

# a list flattened into a paragraph: " - Collect …", " • Analyze …", " 2. Build …" inside a line
_INLINE_BULLET = re.compile(r"[ \t]+(?:[-•●▪*]|\d{1,2}[.)])[ \t]+(?=[A-Z])")
# a label or heading that follows a sentence on the same line: "… the following: Client Data Engagement: Interact …"
_INLINE_HEAD = re.compile(r"(?<=[.!?:])[ \t]+(?=(?:(?:[A-Z][\w&/'’-]*|and|&|of|for|to|the)[ \t]){0,4}"
                          r"[A-Z][\w&/'’-]*:[ \t])")
# a duty in prose: "You will develop and deploy …", "you will be responsible for creating …, configuring …"
_YOU_WILL = re.compile(r"\byou(?: will|’ll|'ll)(?: be responsible for| also)? ((?:[a-z]+ing|[a-z]+)\b[^.;:!?]{10,200})",
                       re.IGNORECASE)
# a list flattened with the dash glued to each item: " -Design, Build and Maintain … -Own the responsibility …"
_GLUED_DASH = re.compile(r"(?<=[\w.:;!?)])[ \t]+-(?=[A-Z][a-z]+\b)")
# a duty in the present tense, at the start of a sentence: "YOUR TASKS: You implement …. You model databases …"
_YOU_DO = re.compile(r"(?:^|(?<=[.!?:])\s+)you ([a-z]+\b[^.;:!?]{10,200})", re.IGNORECASE)
_NOT_DUTY = re.compile(r"^(?:be|have|need|work(?:ing)? (?:closely|with)|report(?:ing)? to|join|get|enjoy|receive|"
                       r"thrive|love|learn|gain|bring|possess)\b", re.IGNORECASE)
FLAT_LINES = 4  # a post with fewer line breaks than this has had its layout flattened


def unflattened(description: str) -> str:
    """The description with a list flattened into one paragraph broken back into lines (any kind of post)."""
    text = description or ""
    if text.count("\n") < FLAT_LINES:
        text = _INLINE_BULLET.sub("\n- ", _INLINE_HEAD.sub("\n", text))
        if len(_GLUED_DASH.findall(text)) >= 2:  # "… every day: -Design, Build … -Own the …"
            text = _GLUED_DASH.sub("\n- ", text)
    return text


def duty_lines(description: str) -> str:
    """The description with a flattened list broken back into lines; when that gives no list of duties, its "you
    will …" duties are added as list lines under a "Duties:" heading (each verbatim from the post)."""
    text = unflattened(description)
    if main_items(work_items(text)):
        return text
    duties = [m.group(1).strip(" ,") for m in _YOU_WILL.finditer(description or "")]
    duties += [d for m in _YOU_DO.finditer(description or "")
               if (d := m.group(1).strip(" ,")).split()[0].lower() in BASE_VERBS and d not in duties]
    duties = [d for d in duties if not _NOT_DUTY.match(d)]
    if not duties:
        return text
    return text + "\n\nDuties:\n" + "\n".join(f"- {d}" for d in duties)

