"""The case-study paragraph of an offline letter (issue 14, build item 3): which proof item a letter may show and how
it is written. A proof item is shown only when it overlaps the post's need (skills or problem, ``proof.overlaps``) and
is the same kind of work as the post (a dashboard for a dashboard: a shared language alone does not make a churn
analysis relevant to a chatbot); else the letter uses an experience line from the profile and the reviewer gets a
note. Pure functions."""
from __future__ import annotations

import re

from service.drafting.frames import NounPhrase, outcome_sentence, sentence
from service.drafting.kind_table import related
from service.drafting.proof import (
    ProofMatch,
    close_kin,
    loose,
    meets_need,
    overlaps,
    same_problem,
)
from service.drafting.proof_need import tools_named
from service.drafting.work_kinds import classify

# a summary that starts with a past verb ("Rewrote the homepage …") follows "where I"; as a noun phrase it read "a
# rewrote homepage …" (pool readers marked it garbled)
_PAST = re.compile(r"^(?:[A-Z][a-z]+ed|(?:Re|Co-?|Over|Out)?(?:[Bb]uilt|[Ww]rote|[Rr]an|[Mm]ade|[Ll]ed|[Ss]et|[Tt]ook|"
                   r"[Gg]rew|[Cc]ut|[Ss]hipped|[Ww]on|[Ss]old|[Dd]rew|[Tt]aught|[Bb]rought|[Ff]ound|[Gg]ave|[Kk]ept|"
                   r"[Bb]egan|[Ss]pun|[Ww]ove|[Dd]id|[Ss]pent|[Ss]ent|[Mm]et|[Hh]eld|[Ss]tood))\b")


def _said_again(title: str, summary: str) -> str | None:
    """The summary without its object ("built with Vue …"), when the object is the thing the title names ("Next.js
    marketplace MVP for …" and "Built a two-sided marketplace MVP with …": readers marked the repeat garbled)."""
    head = re.match(r"^.*?\b([\w.-]+) for\b", title) or re.search(r"([\w.-]+)$", title.strip())
    if not head:
        return None
    found = re.match(rf"^(\w+) (?:an? |the )?((?:[\w.-]+ ){{0,4}}?{re.escape(head.group(1))})\b(.*)$", summary,
                     re.IGNORECASE)
    title_words = title.lower().split()
    if not found or sum(1 for w in found.group(2).lower().split() if w in title_words) < 2:
        return None
    return found.group(1).lower() + found.group(3)


def proof_lines(proof: dict) -> tuple[list[str], str | None]:
    """The proof sentences (first person singular; a "we" letter is made plural afterwards) and the proof id, only when
    the item overlaps the post's need (skills or problem); else no lines and no id."""
    item = proof.get("proof")
    match = proof.get("match") or {}
    if item and match and overlaps(ProofMatch.from_dict(match)):
        title = NounPhrase.loose(item["title"])
        named = title.as_object() if title else "one I can walk you through"
        out = []
        summary = " ".join((item.get("summary") or "").split()).rstrip(".")
        intro = f"The closest project I have done is {named}"
        if summary and _PAST.match(summary):  # "… MVP, which I built with …", not "… where I built a … MVP with …"
            rest = _said_again(item["title"], summary)
            out.append(sentence(f"{intro}, which I {rest}" if rest else
                                f"{intro}, where I " + summary[0].lower() + summary[1:]))
        elif summary and NounPhrase.loose(summary) is not None:
            out.append(sentence(f"{intro}: {NounPhrase.loose(summary).with_article()}"))
        else:
            out.append(sentence(intro))
        if item.get("outcome"):
            out.append(outcome_sentence(item["outcome"]))
        if item.get("url"):
            out.append(f"Case study: {item['url']}")
        return out, item["id"]
    return [], None


# kinds whose past projects prove each other although the work is of another kind: a React dashboard for a React
# front-end role, a Python scraper for a Beautiful Soup CSV task, an OpenAI assistant for a GPT automation, a
# Stripe-webhook API for a Stripe invoice flow. Tuning letters dropped these for the profile's line although each is the
# closest project the workspace holds. A kin case study needs more than a related one (``kin_evidence``): readers
# marked down a payments API offered for a Docker debugging job (Docker a side tool of it)
PROOF_KIN = ({"webapp", "dashboard"}, {"import", "scraping"}, {"automation", "api"}, {"automation", "ai"},
             {"spreadsheet", "dashboard"})


def _kind_of(item: dict, domains: frozenset) -> str:
    """The case study's kind of work; its text is a few lines, so one word of a kind is evidence enough ("messaging"
    makes a homepage rewrite copywriting for a copywriter: at a post's bar of two it was of no kind, and dropped)."""
    return classify(item.get("title") or "", f"{item.get('summary') or ''} {item.get('outcome') or ''}", domains,
                    min_score=1).id


def kin_evidence(item: dict, match: ProofMatch, title: str) -> bool:
    """A case study of a kin kind meets the post when it solved the same problem, or when a tool the post's title names
    is what the case study itself is about (in its own title or summary, not only in its skill list)."""
    own = tools_named(f"{item.get('title') or ''}\n{item.get('summary') or ''}")
    wanted = tools_named(title)
    return same_problem(match) or any(t.lower() in wanted and t.lower() in own for t in match.central)


# tools that stand in for each other: a case study in one is no proof for a post whose title asks for another (pool
# readers: "the only example offered for this Tableau job is a Power BI project, which undercuts the Tableau claim")
RIVALS: tuple[dict[str, re.Pattern], ...] = tuple({name: re.compile(p, re.IGNORECASE) for name, p in family.items()} for family in (
    {"Power BI": r"\bpower ?bi\b", "Tableau": r"\btableau\b", "Looker": r"\blooker\b|\bdata studio\b", "Qlik": r"\bqlik",
     "Metabase": r"\bmetabase\b"},
    {"Shopify": r"\bshopify\b", "WooCommerce": r"\bwoocommerce\b", "Magento": r"\bmagento\b",
     "BigCommerce": r"\bbigcommerce\b"},
    {"WordPress": r"\bwordpress\b", "Webflow": r"\bwebflow\b", "Wix": r"\bwix\b", "Squarespace": r"\bsquarespace\b"},
    {"Zapier": r"\bzapier\b", "Make": r"\bmake\.com\b|\bintegromat\b", "n8n": r"\bn8n\b"},
    {"React": r"\breact(?! native)\b", "Vue": r"\bvue", "Angular": r"\bangular\b", "Svelte": r"\bsvelte"},
    {"Flutter": r"\bflutter\b", "React Native": r"\breact native\b"}))


def rival_tool(item: dict, title: str) -> bool:
    """The case study is built in a tool that stands in for the one the post's title asks for, and not in that one."""
    own = f"{item.get('title') or ''} {item.get('summary') or ''} {' '.join(item.get('skills') or [])}"
    for family in RIVALS:
        wanted = {name for name, p in family.items() if p.search(title or "")}
        done = {name for name, p in family.items() if p.search(own)}
        if wanted and done and not wanted & done:
            return True
    return False


def kind_fits(item: dict, kind, domains: frozenset, match: ProofMatch | None = None, title: str = "") -> bool:
    """The proof item is the same kind of work as the post, or a kin kind (``PROOF_KIN``) with ``kin_evidence`` from
    ``match`` (never for a post of no known kind: ``same_kind``)."""
    if kind.id == "general":
        return False
    of_item = _kind_of(item, domains)
    if related(of_item, kind.id):
        return True
    return match is not None and any(of_item in pair and kind.id in pair for pair in PROOF_KIN) \
        and kin_evidence(item, match, title)


def _shows(item: dict, match: ProofMatch, kind, domains: frozenset, title: str) -> bool:
    """The chosen case study may be shown: the same or a kin kind of work that meets the need (for a post of no known
    kind, only one on the same problem), in no rival tool."""
    return (same_problem(match) if kind.id == "general"
            else kind_fits(item, kind, domains, match, title) and meets_need(match, title)) and not rival_tool(item, title)


def _own_kind(proof: dict, kind, domains: frozenset, title: str, library: list[dict]) -> dict | None:
    """A candidate case study of the post's own kind of work that beats the chosen one, or None: the chosen one is of
    another kind and meets the need only loosely (``proof.loose``: one tool, no problem word, no industry), and the
    candidate overlaps the post with the client's industry and a specific problem word or a central tool
    (``proof.close_kin``); or none is shown, and the candidate meets the need (``proof.meets_need``). Third probe: a Django upgrade had been shown for a QuickBooks integration whose closest
    project is a payments API with webhooks for a fintech."""
    item, chosen = proof.get("proof"), ProofMatch.from_dict(proof.get("match") or {})
    if kind.id == "general":
        return None
    shown = item is not None and _shows(item, chosen, kind, domains, title)
    if shown and (_kind_of(item, domains) == kind.id or not loose(chosen)):
        return None
    by_id = {p.get("id"): p for p in library}
    for cand in proof.get("candidates") or []:
        other, m = by_id.get(cand.get("proof_id")), ProofMatch.from_dict(cand)
        if other is None or item and other.get("id") == item.get("id"):
            continue
        # in place of a shown one: the client's industry as well; where none is shown: the need met as for any
        if _kind_of(other, domains) == kind.id and overlaps(m) and not rival_tool(other, title) \
                and (m.industry and close_kin(m) if shown else meets_need(m, title)):
            return {**proof, "proof": other, "match": cand, "flag": None}
    return None


def same_kind(proof: dict, kind, domains: frozenset, title: str = "", library: list[dict] = ()) -> dict:
    """A proof item is shown only when it is the same kind of work as the post (a dashboard for a dashboard): a
    shared language alone does not make a churn analysis relevant to a chatbot. ``library``: the workspace's proof
    items, for a candidate of the post's own kind that beats a loose choice (``_own_kind``)."""
    if own := _own_kind(proof, kind, domains, title, list(library)):
        return own
    item = proof.get("proof")
    if not item:
        return proof
    if _shows(item, ProofMatch.from_dict(proof.get("match") or {}), kind, domains, title):
        return proof
    return {**proof, "proof": None, "match": None,
            "flag": f"no_matching_proof: the closest proof item ({item.get('id')}) is a different kind of work than "
                    f"this post ({kind.id}) or shares no problem or specific tool with it; the letter uses an "
                    f"experience line from the profile instead. Consider adding a proof item for this kind of work."}
