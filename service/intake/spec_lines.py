"""A post's technical facts written as "Label: value" lines under "Project Details" ("Backend: Django", "Auth:
Auth0", "Session store: Redis", "Hosting: one small VPS for now"): the setup the work happens in, not a deliverable or
a piece of work. One rule for the brief's deliverables (``offline_extraction``) and the letter's plan
(``drafting.post_plan``); pool readers marked a plan step that began at a session-storage label, and a first line that
quoted an authentication label, on a post about a session bug."""
from __future__ import annotations

import re

from service.text.task_verbs import BASE_VERBS

_SPEC_LABEL = re.compile(r"^(?:back-?end|front-?end|database|db|auth(?:entication)?(?: (?:flow|method|provider))?|"
                         r"session (?:management|storage|store)|hosting|host|server|(?:tech(?:nology)? )?stack|"
                         r"languages?|frameworks?|platforms?|os|environment|deployment|cms|ci/cd|version control|"
                         r"repo(?:sitory)?|cloud|infrastructure|storage|state management|styling|current (?:setup|status)|"
                         r"status|tools?|libraries|runtime|orm)$", re.IGNORECASE)
# a value that leads with a verb is work ("Hosting: set up a VPS and deploy the app"): the task verbs every layer reads,
# and a few that open a setting to change ("Auth: allow Google sign-in")
_LEADS_WORK = BASE_VERBS | frozenset(["ensure", "allow", "switch", "enable"])


def spec_line(line: str) -> bool:
    """A "Label: value" line stating the technical setup: a spec label over a short value that does not lead with a
    verb."""
    label, colon, value = line.partition(":")
    words = value.split()
    return bool(words and colon and _SPEC_LABEL.match(label.strip(" *_-•#")) and words[0].lower() not in _LEADS_WORK
                and len(words) <= 12)
