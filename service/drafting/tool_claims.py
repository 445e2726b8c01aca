"""Which of the tools we share with a post the letter may name as everyday work ("SQL and Python are part of my
everyday work"). ``facts.claimable_tools`` holds every tool that is both in the workspace and anywhere in the
brief, client tags included; blind readers marked the sentence untrue or odd when it named a tag the post's text
never mentions ("Python and JavaScript" on a UiPath post), a kind of work written as a tag in running text ("Data
Analysis is core to what we do every week"), or a tool the post asks applicants NOT to use ("LLM" on "please don't
use an LLM to write your reply"). Kept: named tools the post's own title or description mentions, at least once
in a sentence that does not negate it; kinds of work (``CONCEPTS``) are never kept. Pure."""
from __future__ import annotations

import re

from service.drafting.work_kinds import post_tools, said_plainly
from service.text.skills import find_skills_in_text

# names the vocabulary does not find on their own in running text ("excel" is also a verb), case-sensitive
_ALIASES = {"Microsoft Excel": re.compile(r"\b(?:MS |Microsoft )?Excel\b")}


def _names(tool: str, sentence: str) -> bool:
    alias = _ALIASES.get(tool)
    return bool(alias.search(sentence)) if alias else tool in find_skills_in_text(sentence)


def everyday_tools(claimable: list[str], title: str, description: str) -> list[str]:
    """The claimable tools a letter may name as everyday work, in ``claimable``'s order."""
    text = f"{title}\n{description}"
    named = set(post_tools(title, description)) | {t for t, alias in _ALIASES.items() if alias.search(text)}
    return [t for t in claimable if t in named and said_plainly(t, text, _names)]
