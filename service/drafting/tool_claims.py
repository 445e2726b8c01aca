"""Which of the tools we share with a post the letter may name as everyday work ("SQL and Python are part of my
everyday work"). ``facts.claimable_tools`` holds every tool that is both in the workspace and anywhere in the
brief, client tags included; blind readers marked the sentence untrue or odd when it named a tag the post's text
never mentions ("Python and JavaScript" on a UiPath post), a kind of work written as a tag in running text ("Data
Analysis is core to what we do every week"), or a tool the post asks applicants NOT to use ("LLM" on "please don't
use an LLM to write your reply"). Kept: named tools the post's own title or description mentions, at least once
in a sentence that does not negate it; kinds of work (``CONCEPTS``) are never kept. Pure."""
from __future__ import annotations

import re

from service.drafting.claimable import claimable
from service.drafting.work_kinds import post_tools, said_plainly
from service.text.skills import find_skills_in_text, normalise_skill
from service.text.skills_vocab import CONCEPTS

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


def named_tools(question: str, facts: dict) -> list[str]:
    """The tools a screening question names: the vocabulary's reading of it, then the post's tools it mentions."""
    tools = set(facts.get("post_tools", [])) | set(facts.get("unclaimable_tools", []))
    named = list((facts.get("question_tools") or {}).get(question, []))
    return named + [t for t in sorted(tools) if t not in named and re.search(rf"(?<!\w){re.escape(t.lower())}(?!\w)", question.lower())]


def canon(names) -> set[str]:
    """Tool names as the vocabulary writes them, in lower case."""
    return {(normalise_skill(n) or n).lower() for n in names}


_CONCEPTS = canon(CONCEPTS)


def kind_of_work(name: str) -> bool:
    """A kind of work ("Business Intelligence", "Financial Modeling"), never disclaimed as a tool the workspace lacks
    (pool readers: "Business Intelligence is not something I have used" under a BI question to a dashboard shop)."""
    return (normalise_skill(name) or name).lower() in _CONCEPTS


def our_tools(ws: dict) -> set[str]:
    """The tools the workspace can claim (``canon``): its profile's skills, its proof library's and what they imply
    (``claimable``)."""
    return canon(claimable(ws["profile"].get("skills", []), (p["skills"] for p in ws.get("proof", []))))


def proof_mentions(ws: dict) -> dict[str, dict]:
    """Tools (``canon``) a case study's title or summary names ("joined Shopify, Google Ads and Facebook Ads data"), each
    with the first case study that names it: the tool or its data was worked with there, so an answer never says it
    was not used at all (tuning readers: "contradicts itself")."""
    out: dict[str, dict] = {}
    for p in ws.get("proof", []):
        for t in canon(find_skills_in_text(f"{p.get('title', '')}. {p.get('summary', '')}")):
            out.setdefault(t, p)
    return out


def disclaimed_tools(facts: dict, ws: dict) -> set[str]:
    """The tools (canonical, lower case) some screening answer will say we have not used: named in its question and
    neither in the profile, in the proof library's skills nor in a case study's text (``answer_question``'s
    ``lack``)."""
    ours = our_tools(ws) | set(proof_mentions(ws))
    return {t for q in facts.get("screening_questions", []) for t in canon(named_tools(q, facts))
            if t not in ours and not kind_of_work(t)}
