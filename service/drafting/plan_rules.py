"""Which lines of a post read as a work item in a letter's plan (used by ``post_plan``): a list that names the
contents of a deliverable (the data points a report covers, the metrics it shows) is not a list of work; an item
that only says which tool to use ("Leverage AI coding tools") is not a piece of work; an item that describes what
a system does ("Pulls pending URLs", "Updates the status") is a spec line, not a task we would take on. Pure
functions over one line each."""
from __future__ import annotations

import re

# a heading over what a deliverable contains ("Key Data Points for the Report", "Metrics to include", "Sections") or
# over the client's problems ("The problems I'm facing", "My current setup has issues"): not a list of work
CONTENTS_HEAD = re.compile(r"\b(?:data points|metrics|kpis|indicators|sections|fields|columns|issues|problems|"
                           r"challenges|pain points|report (?:contents|"
                           r"structure|outline)|contents|topics to cover|what the report (?:should|must|will) "
                           r"(?:include|cover|contain))\b", re.IGNORECASE)


def contents_heading(line: str) -> bool:
    """A short unpunctuated line over a list of a deliverable's contents ("Key Data Points for the Report")."""
    return len(line.split()) <= 9 and bool(CONTENTS_HEAD.search(line))


# the tool to use, not work to do (weighted like admin lines)
TOOL_USE = re.compile(r"^(?:leverag\w*|utili[sz]\w*|use|using|employ\w*|apply|applying)\b", re.IGNORECASE)
_LINKS = frozenset(["and", "&", "or", "for", "of", "on", "in", "with", "to", "from", "by", "as", "at"])


def describes_behaviour(text: str, verbs: frozenset[str]) -> bool:
    """The item opens with a third-person verb and its object ("Pulls N pending URLs", "Updates URL status"):
    what a system does, not an item of work. A plural noun that happens to share a verb's stem ("Reports for
    management", "Maps and charts") is followed by a link word and is not taken."""
    words = re.findall(r"[\w'-]+|&", text.lower())
    if len(words) < 2 or not words[0].endswith("s") or words[0] in verbs or words[1] in _LINKS:
        return False
    first = words[0]
    stems = {first[:-1], first[:-2] if first.endswith("es") else "", first[:-3] + "y" if first.endswith("ies") else ""}
    return bool(stems & verbs)
