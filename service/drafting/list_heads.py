"""What a heading over a part of a post says the lines under it are (``post_plan.work_items``): the work itself
("Responsibilities", "I need help:", "The main tasks include:"), or everything else (the candidate, applying, the
company, money, time). Data and one pure function."""
from __future__ import annotations

import re

from service.drafting.plan_rules import CONTENTS_HEAD

# headings over the work itself, and over everything else (the candidate, applying, the company, money, time)
WORK_HEAD = re.compile(
    r"\b(?:responsibilit\w*|deliverables?|scope|tasks?|duties|what you (?:get to )?do|what (?:you(?:'ll|’ll| will)|"
    r"we need you to|i need you to) (?:do|build|deliver|work on|own|be doing|create)|what (?:i|we) need|what needs to be done|the work|work "
    r"(?:needed|required|involved|includes)|workflow|features?|functionalit\w*|milestones?|phases?|objectives?|"
    r"project (?:details|breakdown|requirements|description)|(?:technical|functional|project|system|app) "
    r"requirements?|what(?:'s| is) included|what you(?:'ll|’ll| will) (?:deliver|build)|to be done|needs to|"
    r"must|should|you will|you(?:'ll|’ll)|the role|your role|role includes|job includes|key areas|"
    r"fix(?:es)?|bugs|what the (?:app|tool|system|platform|bot|site|website|workflow) (?:should|must|will) do)\b",
    re.IGNORECASE)
OTHER_HEAD = re.compile(
    r"\b(?:qualifications?|skills?|nice[- ]to[- ]haves?|bonus|plus|about|ideal|candidates?|apply|applying|"
    r"application|please (?:include|send|submit|provide|share)|include in|preferred|must[- ]haves?|looking for|who "
    r"you are|you (?:have|bring|are)|you must have|benefits|offer|why|perks|compensation|budget|pay|payment|rate|"
    r"salary|timeline|deadline|schedule|hours|location|tools?|tech(?:nology)? stack|stack|technolog\w*|overview|"
    r"summary|job title|title|notes?|important|screening|questions?|experience|proposal|company|team|culture|"
    r"values?|problems?|issues|pain points|contract|duration|availability|start date|next steps|(?:the )?challenge|context|background|"
    r"introduction|description|details|expectations|success looks like|what we value|job type|project type|"
    r"won['’]t|will not|out of scope|not included)\b", re.IGNORECASE)
# a heading that is a sentence opening a list ("I need help:", "The main tasks include:"): only its bullets are items
SENTENCE_HEAD = re.compile(r"^(?:(?:i|we) (?:need|want|would like)(?: (?:help|you|someone))?(?: (?:to|with))?"
                           r"(?: the following)?|(?:the|our|your) (?:\w+ )?(?:tasks|duties|responsibilities) "
                           r"(?:will )?includes?)$", re.IGNORECASE)
_REQUIREMENTS = re.compile(r"^(?:key |main |basic |general )?requirements?$", re.IGNORECASE)  # the work or the candidate


def known_head(head: str) -> bool:
    """The words name a part of a job ad: the work, the candidate, applying, the company, money, time."""
    return bool(names_work(head) or OTHER_HEAD.search(head) or _REQUIREMENTS.match(head))


def names_work(head: str) -> bool:
    """The heading is over the work itself: a work heading or a sentence that opens the list of work."""
    return bool(WORK_HEAD.search(head) or SENTENCE_HEAD.match(head))


def heading_mode(head: str) -> str:
    """'work' | 'maybe' (verb-led items only: a bare "Requirements" list may be either) | 'no'."""
    if CONTENTS_HEAD.search(head) and not WORK_HEAD.search(head):  # what the report covers, not work to do
        return "no"
    if _REQUIREMENTS.match(head):
        return "maybe"
    if SENTENCE_HEAD.match(head) or re.search(r"\b(?:tasks|duties|responsibilities|deliverables|work) (?:will )?"
                                              r"includes?\b", head, re.IGNORECASE):
        return "work"  # "I need help:", "The main tasks include:" (not "Please include …")
    if re.search(r"\b(?:you(?:'ll|’ll)? (?:must|should) have|you (?:have|bring)|looking for|ideal|qualif|skills?|"
                 r"apply|include|nice|bonus|preferred|about|(?:will|must|should) have (?:\w+ )?(?:experience|knowledge|"
                 r"expertise))\b", head, re.IGNORECASE):  # "The right developer will have experience in the following"
        return "no"
    if WORK_HEAD.search(head):
        return "work"
    if len(head.split()) >= 6:  # a sentence that opens a list: "We would like a small tool that does the following:"
        if re.search(r"\b(?:you|candidate|someone|freelancer|person|applicants?)\b", head, re.IGNORECASE):
            return "no"
        return "work" if re.search(r"\b(?:need|needs|want|wants|should|must|will|would like|includes?|that)\b",
                                   head, re.IGNORECASE) else "maybe"
    return "no" if OTHER_HEAD.search(head) or len(head.split()) <= 4 else "maybe"
