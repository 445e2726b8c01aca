"""The lists of what to send under an apply heading ("To apply:", "When applying, please include:" then "• Estimated
time and total cost"), and inline after a colon ("Please submit your proposal including: …"): each item is an ask the
letter answers (``client_asks``). Moved out of ``instructions`` unchanged (third probe: that module was near its
size limit)."""
from __future__ import annotations

import re

# a heading that introduces a list of what to send ("To apply:", "When applying, please include:", "Reply with:")
_APPLY_HEAD = re.compile(r"^\W*(?:to apply|how to apply|when applying|in your (?:proposal|application)|(?:please )?"
                         r"(?:include|send|provide|share|submit)|(?:please )?(?:submit|send) your (?:upwork )?(?:proposal|application|bid) "
                         r"(?:including|with)|your (?:proposal|application) should (?:include|contain)|(?:please )?(?:reply|respond|answer) "
                         r"(?:[\w ]{0,20} )?with|application requirements?)\b[^:.!?\n]{0,60}:\s*$", re.IGNORECASE)

# a line that ends an apply list: a sentence about the client or the hiring ("We're hiring fast", "Shortlisted
# candidates will …", "Applications that do not …"), a closing or slogan line ("Join our team!"), a heading ("## Scope",
# "BUDGET & ENGAGEMENT", "Next steps"), a rule ("--", "⸻") or a bare link
_LIST_END = re.compile(r"^[^\w\"“‘']*(?:(?i:we|we're|we’re|we've|we’ve|i|i'll|i’ll|i'm|i’m|our|us|thank|thanks|looking|if|note|"
                       r"join|about|feel|this|applications?|applicants|candidates|shortlisted|next steps?|all work|"
                       r"apply now|good luck|cheers|best|regards)\b|#|(?i:https?)://)|!\W*$|^[^a-zA-Z]*$|^(?=[^a-z]*\s)[^a-z]{6,}$")
_MARKED = re.compile(r"^(?:[^\w\s\"“‘'(]|\d{1,2}[.)])")  # a bullet, a number, an emoji (not a quote)
LIST_MARK = r"(?:[-*•▪◦·–]|\d{1,2}[.)])"  # a list item's bullet or number
_BULLET = re.compile(rf"^{LIST_MARK}$")  # a bullet on its own line: the item is on the next


def _listed_items(description: str) -> list[tuple[str, str]]:
    """(heading, item) for each item of a list under an apply heading ("When applying, please include:" then
    "• Estimated time and total cost"). The list ends at the first
    line that is no item (``_LIST_END``), at an unmarked line after marked items, and at a blank line after items
    written on consecutive lines."""
    out: list[tuple[str, str]] = []
    head, left, items, marked, spaced, gap = "", 0, 0, False, False, 0
    bullet = ""
    for line in (ln.strip() for ln in (description or "").splitlines()):
        if not line:
            gap += 1
            continue
        if _BULLET.match(line):
            bullet = line
            continue
        line, bullet, gap, blank = f"{bullet} {line}".strip(), "", 0, gap
        # the heading may end a line that says more first ("If you have built one, tell us about it! Please
        # share:"; pool readers: three questions under it left unanswered)
        last = re.split(r"(?<=[.!?])\s+", line)[-1]
        clause = re.split(r",\s+", last)[-1]  # "If you're interested, please include:"
        opened = last if _APPLY_HEAD.match(line) or _APPLY_HEAD.match(last) else clause if _APPLY_HEAD.match(clause) else ""
        if opened:
            head, left, items, marked = opened.rstrip(":").strip(), 8, 0, False
            continue
        if items == 1:
            spaced = blank > 0
        ends = items and (marked and not _MARKED.match(line) or blank and not spaced)
        item = re.sub(rf"^{LIST_MARK}\s*", "", line).strip("() ")
        if left and len(line) <= 160 and not line.endswith(":") and not ends and not _LIST_END.search(item):
            marked = marked or not items and bool(_MARKED.match(line))
            if item:
                out.append((head, item))
            left, items = left - 1, items + 1
        else:
            left = 0
    return out


# a list written inline after a colon: "Please submit your proposal including: Your relevant experience in X. Samples of
# your dashboards. Your availability and estimated timeline." Each following sentence is an item until one that
# speaks of the client ("We are excited to …")
_INLINE_HEAD = re.compile(r"\b(?:(?:proposal|application|bid|reply)s? (?:including|should (?:include|contain)|with)|"
                          r"to apply|when applying|please (?:include|send|provide))\s*:\s+(?=\S)", re.IGNORECASE)
_NOT_ITEM = re.compile(r"^(?:we|i|our|us|the|this|these|thank|thanks|looking|if|note|join|about|feel)\b", re.IGNORECASE)


def _inline_items(description: str) -> list[tuple[str, str]]:
    """(heading, item) for the items of each inline list after an apply heading and a colon."""
    out: list[tuple[str, str]] = []
    for line, m in ((ln, m) for ln in (description or "").splitlines() for m in _INLINE_HEAD.finditer(ln)):
        head = line[:m.start()].split(". ")[-1] + line[m.start():m.end()].rstrip(": ")
        if not re.search(r"\b(?:your|please|kindly|submit|send|apply|applying)\b", head, re.IGNORECASE):
            continue  # "The app includes a proposal with: …" asks the applicant nothing
        for item in re.split(r"(?<=[.!?;])\s+", line[m.end():])[:5]:
            item = item.strip().rstrip(".;")
            if not item or len(item) > 160 or _NOT_ITEM.match(item):
                break
            out.append((head.strip(), item))
    return out


def _listed_asks(description: str) -> list[str]:
    """Each item of a list under an apply heading, as an ask that names its heading (so it reads as addressed to the
    applicant): "When applying, please include: Estimated time and total cost"."""
    return [f"{head}: {item}" for head, item in _listed_items(description)]


def _inline_asks(description: str) -> list[str]:
    """The items of each inline list after an apply heading, as asks naming their heading."""
    return [f"{head}: {item}" for head, item in _inline_items(description)]


def apply_list_items(description: str) -> list[str]:
    """The items of the post's apply lists (under a heading or inline after a colon), each without its heading."""
    return [item for _head, item in _listed_items(description) + _inline_items(description)]
