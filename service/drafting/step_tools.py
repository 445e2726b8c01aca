"""The post's own tools named in the kind's approach steps: "Get access to Stripe and HubSpot, read through what
exists …", "Pin down each endpoint and integration (Airtable and Cal.com): …". Blind readers' most frequent complaint
was a letter that never names the tools the post is built around; a kind's step is where they go, since naming a
tool there says what we would do with the client's system, never that we have used it. Names come from the
vocabulary or verbatim from the post (``work_kinds.product_names``), typed slot values only."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from service.drafting.kind_tools import (
    BACKEND_TOOLS,
    DATABASES,
    MOBILE_TOOLS,
    SCRAPE_TOOLS,
    SHEET_APPS,
    SHOP_PLATFORMS,
    SHORT,
    SOURCES,
)
from service.drafting.work_kinds import named_tools, said_plainly
from service.text.skills import find_skills_in_text
from service.text.skills_vocab import VOCAB

# what a web app's front end is written in (the back end's names are BACKEND_TOOLS, less where its data is kept)
_STORES = ("PostgreSQL", "MySQL", "MongoDB", "Redis", "Firebase", "Supabase", "AWS Lambda", "GraphQL")
_FRONT_ENDS = ("React", "Next.js", "Remix", "Vue.js", "Nuxt.js", "Angular", "Svelte", "TypeScript", "Tailwind CSS")


@dataclass(frozen=True)
class StepSlot:
    plain: str                        # the words of a kind's step, as kind_table writes them
    named: str                        # the same words with the ``{tools}`` slot
    among: tuple[str, ...]            # the vocabulary names the slot takes
    products: bool = False            # it also takes product names the vocabulary lacks (Cal.com, ChannelEngine)
    theirs: bool = True               # the step presumes the client runs the tool ("get access to …"), not only wants it


# the systems an integration or an automation joins up: no database (it is where data lands) and no automation
# platform ("across Zapier": what the automation is built in, not what it connects)
_PLATFORMS = ("Zapier", "Make.com", "n8n", "Power Automate", "Google Apps Script")
_SYSTEMS = tuple(t for t in SOURCES if t not in DATABASES and t not in _PLATFORMS)
# what a new hire gets access to: where the client's data and systems live (not an editor, a language or a library)
_ACCESS = (*(t for t in SOURCES if t not in ("Microsoft Excel", "Google Sheets")), "AWS", "Google Cloud",
           "Microsoft Azure", "Databricks", "Microsoft Fabric", "Vercel", "Heroku", "DigitalOcean", "Cloudflare",
           "Tableau", "Microsoft Power BI", "Looker Studio", "Metabase", "Qlik Sense", "Sigma Computing", "Amplitude",
           "Mixpanel", "Google Tag Manager", "Retool", "Apache Airflow", "dbt")
SLOTS = (
    StepSlot("get access, read through what exists", "get access to {tools}, read through what exists", _ACCESS),
    StepSlot("connect the sources and check", "connect the sources ({tools}) and check", SOURCES),
    StepSlot("map each source, its fields", "map each source ({tools}), its fields", SOURCES),
    StepSlot("pin down each endpoint and integration:", "pin down each endpoint and integration ({tools}):",
             _SYSTEMS, True),
    StepSlot("walk through the current process with you once and write down",
             "walk through the current process with you once, across {tools}, and write down", _SYSTEMS),
    StepSlot("build the collector with retries", "build the collector ({tools}) with retries", SCRAPE_TOOLS,
             theirs=False),
    StepSlot("agree the pages, apps and integrations the store needs,",
             "agree the pages, apps and integrations the store needs ({tools}),",
             tuple(t for t in SOURCES if t not in SHOP_PLATFORMS), True),
    StepSlot("build in small milestones, each deployed", "build in small milestones with {tools}, each deployed",
             tuple(t for t in dict.fromkeys((*_FRONT_ENDS, *BACKEND_TOOLS)) if t not in _STORES), theirs=False),
    StepSlot("build in milestones you can install", "build it in {tools}, in milestones you can install",
             tuple(t for t in MOBILE_TOOLS if t not in _STORES), theirs=False),
    StepSlot("review the current schema", "review the current {tools} schema", DATABASES),
    StepSlot("go through the current file and", "go through the current file in {tools} and", SHEET_APPS),
)
_LIMITS = {"review the current schema": 1, "go through the current file and": 1,  # one schema, one file
           "build the collector with retries": 2}  # "(Node.js, JavaScript and Python)" reads as a tag list


# words just before a tool that say the client runs it ("our Shopify store", "we use HubSpot", "integrate it with
# Airtable"; a "Current Tech Stack:" heading says it for its whole list) …
_THEIRS = re.compile(r"\b(?:our|we(?:'re| are)? (?:use|using|run|running|have)|we've got|currently|existing|current|"
                     r"(?:built|runs?|hosted|lives?) (?:on|in|with)|(?:integrat|connect|sync|link)\w* (?:\w+ )?"
                     r"(?:with|to|into|from|between))\b", re.IGNORECASE)
# … and words that name it as a skill to have or as one choice among several ("experience with any database such
# as MySQL", "Python or Node.js"): no system of theirs, and no tool the work must be built with
_CHOICE_WORDS = r"or|and/or|such as|e\.g|any|similar"
_EXTRA_WORDS = r"a plus|bonus|nice to have|preferred|advantageous|ideally"
_WANTED = re.compile(r"\b(?:experience|experienced|proficien\w*|familiar\w*|knowledge|expert\w*|skills?|background|"
                     rf"{_CHOICE_WORDS}|{_EXTRA_WORDS})\b", re.IGNORECASE)
_CHOICE = re.compile(rf"\b(?:{_CHOICE_WORDS})\b", re.IGNORECASE)
_EXTRA = re.compile(rf"\b(?:{_EXTRA_WORDS}|nice-to-have|optional)\b", re.IGNORECASE)
# the tool starts a list that ends in a choice: "Django, Flask or FastAPI" (a slash is no choice: "ML/Python/NLP")
_OR_LATER = re.compile(r"(?:,\s*[\w.#+ -]{1,25}){0,4},?\s+(?:or|and/or)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
_SENT = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+")


def _find(tool: str, sentence: str) -> tuple[int, str]:
    """Where the sentence names the tool: as written, by its short form ("Excel", "Power BI"), by one of the
    vocabulary's aliases ("Postgres", "BeautifulSoup") or by its last word; (-1, "") when by none of them."""
    low = sentence.lower()
    for name in dict.fromkeys((tool, SHORT.get(tool, tool), *VOCAB.get(tool, ()), tool.split()[-1])):
        at = low.find(name.lower())
        if at >= 0 and len(name) > 2:
            return at, name
    return -1, ""


@lru_cache(maxsize=32)
def _sentences(post: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(sentence, the heading above it, the vocabulary tools it names) for each sentence of the post: read once per
    post, however many tools and steps ask."""
    out, heading = [], ""
    for line in _LINE.findall(post or ""):
        if line.rstrip().endswith(":") and len(line) < 60:
            heading = line
            continue
        out += [(s, heading, frozenset(find_skills_in_text(s))) for s in _SENT.findall(line)]
    return tuple(out)


def _mentions(tool: str, post: str) -> list[tuple[str, str, str]]:
    """(the words before the tool in its sentence, the heading above the sentence, the words after it) for each
    mention of the tool."""
    out = []
    for s, heading, skills in _sentences(post or ""):
        if tool in skills or (tool not in VOCAB and tool in s):
            at, name = _find(tool, s)
            out.append((s[max(0, at - 60):at] if at >= 0 else s, heading, s[at + len(name):] if at >= 0 else ""))
    return out


def theirs(tool: str, post: str) -> bool:
    """The client runs the tool: the words before a mention (or the heading of its list) say so, and do not ask
    for it as a skill."""
    for before, head, _ in _mentions(tool, post):
        said = [*_THEIRS.finditer(before)]  # the nearest such words, and the few before them ("experience using")
        near = before[max(0, said[-1].start() - 25):] if said else before[-40:] if _THEIRS.search(head) else None
        if near is not None and not _WANTED.search(near):
            return True
    return False


def named_in(tool: str, title: str) -> bool:
    return tool in find_skills_in_text(title) or (tool not in VOCAB and tool in title)


def chosen(tool: str, post: str) -> bool:
    """The work is to use the tool: a mention names it other than as one choice among several or as a nice-to-have
    ("Experience with Salesforce or HubSpot is a plus": no "reporting work, mainly in Salesforce and HubSpot"); a
    tool no sentence names on its own (the vocabulary read it across a line break) counts as chosen."""
    said = _mentions(tool, post)
    return not said or any(not (_CHOICE.search(before) or _OR_LATER.match(after) or _EXTRA.search(before + after))
                           for before, _, after in said)


def with_tools(steps: tuple[str, ...], tools_in_post: list[str], names: list[str], post: str,
               said: str, title: str = "") -> tuple[str, ...]:
    """``steps`` with the post's tools in the one kind step that has a slot for them; a tool the post names only in
    passing or negated is left out, and so is the list when the letter names all of it before the plan (``said``).
    A step that presumes the client runs the tool takes the ones the post says they run, or the title names ("Cal.com
    Integration Developer Needed")."""
    plain = [t for t in tools_in_post if said_plainly(t, post)]
    low = said.lower()
    out = list(steps)
    for i, step in enumerate(steps):
        slot = next((s for s in SLOTS if s.plain in step), None)
        if slot is None:
            continue
        pool = [t for t in (*plain, *(n for n in names if slot.products and n in post))
                if (theirs(t, post) or named_in(t, title) if slot.theirs else chosen(t, post))]
        tools = named_tools(pool, _LIMITS.get(slot.plain, 3), among=slot.among)
        if tools and not all(t.lower() in low for t in tools.replace(" and ", ", ").split(", ")):
            out[i] = step.replace(slot.plain, slot.named.replace("{tools}", tools))
        break  # one step names them: the same list twice reads as filler
    return tuple(out)
