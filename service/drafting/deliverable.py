"""What the post asks us to hand over: something written (a specification, a report, a presentation, a list, an
analysis) or something that runs (code, a system, an automation, a dashboard). The general kind's last step, "hand
over the finished work with notes on how to run and change it", is true only for the second: tuning readers marked
it wrong under a written specification and under a service with nothing to run (submitting job applications), so it
is kept only when the post asks for something that runs. Pure functions over the post text."""
from __future__ import annotations

import re
from dataclasses import replace

from service.drafting.kind_table import WorkKind

_I = re.IGNORECASE
# up to three words before the noun, none a link word ("preparing data for analysis" prepares data)
_FILLER = r"(?:(?!(?:for|of|to|and|or|in|on|with|from|into|by|as)\b)[\w-]+\s+){0,3}"
# the work itself is to write, prepare or carry out something written: "develop a comprehensive technical
# specification", "prepare a report", "perform a confirmatory factor analysis", "compile a list"
_WRITTEN = re.compile(
    r"\b(?:write|writing|develop|developing|create|creating|prepare|preparing|produce|producing|draft|drafting|"
    r"compile|compiling|put together|assemble|perform|performing|conduct|conducting|carry out|carrying out)\s+"
    + _FILLER + r"(?:specifications?|specs|requirements documents?|documents?|documentation|reports?|presentations?|"
    r"slide decks?|pitch decks?|slides|white ?papers?|business plans?|memos?|lists?|stud(?:y|ies)|analys[ie]s)\b", _I)
# something that runs, which the client will run and change: then the step holds as written
_RUNS = re.compile(
    r"\b(?:build|building|code|coding|program|programming|implement|implementing|deploy|deploying|develop|developing|"
    r"create|creating|automate|automating|set up|setting up|maintain|maintaining)\b(?:[\s,&/]+[\w-]+){0,5}?[\s,&/]+"
    r"(?:apps?|applications?|websites?|sites?|software|systems?|platforms?|tools?|bots?|apis?|integrations?|plugins?|"
    r"extensions?|scripts?|automations?|dashboards?|databases?|pipelines?|workflows?|features?|code)\b", _I)

RUN_HANDOVER = "hand over the finished work with notes on how to run and change it"
WRITTEN_HANDOVER = ("hand over the finished work and go through it with you, with a round of changes if anything "
                    "needs another pass")


LEAD_CHARS = 400  # the title and the post's opening say what the job is; a "Prepare documentation" bullet does not


def written_deliverable(title: str, description: str) -> bool:
    """The post's lead asks for something written (a specification, a report, an analysis, a list), and nothing in
    the post asks for something that runs."""
    lead = f"{title or ''}\n{(description or '')[:LEAD_CHARS]}"
    return bool(_WRITTEN.search(lead)) and not _RUNS.search(f"{title or ''}\n{description or ''}")


def for_deliverable(kind: WorkKind, title: str, description: str) -> WorkKind:
    """The kind with its hand-over step true to the deliverable: only something that runs is handed over "with notes
    on how to run and change it"; anything else (a written result, a service such as submitting applications) is
    gone through with the client (tuning readers: "the job is submitting applications, nothing to run")."""
    if RUN_HANDOVER not in kind.steps or _RUNS.search(f"{title or ''}\n{description or ''}"):
        return kind
    return replace(kind, steps=tuple(WRITTEN_HANDOVER if s == RUN_HANDOVER else s for s in kind.steps))
