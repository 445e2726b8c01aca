"""What a letter claims, and whether the workspace backs it (the profile-consistency audit, issue 19 item 4).

Per sentence of the letter, with the client's own words (runs of 4+ words copied from the post, quotes)
removed first, as the lint does:
- skill: a technology in a first-person sentence with an experience verb and no negation;
- number: a number that is not in the profile, proof library, service lines or the post (0-3 are ignored);
- client: a named client in a first-person claim (``for|with|at|clients like Name``) not in those sources;
- promise: a first-person guarantee-like promise (guarantee, money-back, unlimited revisions, 24/7,
  same-day, within N hours/days, 100% ...) whose words are not in the profile or service lines.
``backed`` says whether the sources have it. Pure: no database, no model."""
from __future__ import annotations

import re
from dataclasses import dataclass

from service.core.workspace import Workspace
from service.drafting.claimable import claimable
from service.drafting.lint import (
    _CLAIM_VERB,
    _FIRST_PERSON,
    _NEGATION,
    COMMON_CAPS,
    _numbers,
    allowed_sources,
    own_words,
    sentences,
)
from service.text.skills import find_skills_in_text

# "for Acme", "clients like Harbor Foods": a named client the letter claims to have worked for
_CLIENT_CLAIM = re.compile(r"\b(?:for|with|at|clients? like|clients? such as|including)\s+((?:[A-Z][\w&'-]+\s?){1,3})")

PROMISE = re.compile(r"\b(?:guarantee[ds]?|money[- ]back|unlimited revisions|24/7|round[- ]the[- ]clock|same[- ]day|"
                     r"within (?:\d+|one|two|three|a few) (?:hours?|days?)|100% (?:satisfaction|uptime|accuracy))",
                     re.I)
SMALL = {"0", "1", "2", "3"}


@dataclass(frozen=True)
class Claim:
    kind: str  # skill | number | client | promise
    value: str
    sentence: str
    backed: bool


def sources_text(ws: Workspace) -> str:
    return allowed_sources(ws, extra="\n".join(line.model_dump_json() for line in ws.service_lines))


def _post_grams(post: str) -> set[tuple[str, ...]]:
    toks = [re.sub(r"^[^\w+#]+|[^\w+#]+$", "", t) for t in re.findall(r"\S+", (post or "").lower())]
    return {tuple(toks[i:i + 4]) for i in range(len(toks) - 3)}


def letter_claims(text: str, post: str, ws: Workspace) -> list[Claim]:
    sources = sources_text(ws)
    low_sources = sources.lower()
    ours = claimable(ws.profile.skills, (p.skills for p in ws.proof))
    ours |= {s.lower() for s in find_skills_in_text(sources)}
    allowed_numbers = _numbers(sources + "\n" + (post or ""))
    allowed_words = set(re.findall(r"[\w&'-]+", (sources + " " + (post or "")).lower()))
    grams = _post_grams(post)
    out: list[Claim] = []
    body = re.sub(r"(?m)^\s*\d{1,2}[.)]\s", "", text or "")  # list numbering is not a claim
    for s in sentences(body):
        own = own_words(s, grams)
        first = bool(_FIRST_PERSON.search(own))
        negated = bool(_NEGATION.search(own))
        claim = first and bool(_CLAIM_VERB.search(own)) and not negated
        if claim:
            for tech in find_skills_in_text(own):
                out.append(Claim("skill", tech, s, tech.lower() in ours))
            for m in _CLIENT_CLAIM.finditer(own):
                name = m.group(1).strip()
                toks = [w for w in name.split() if w not in COMMON_CAPS]
                if toks and not find_skills_in_text(name):
                    out.append(Claim("client", " ".join(toks), s, all(w.lower() in allowed_words for w in toks)))
        for n in sorted(_numbers(own)):
            if n.rstrip("%kx") not in SMALL:
                out.append(Claim("number", n, s, n in allowed_numbers))
        if first and not negated:
            for m in PROMISE.finditer(own):
                out.append(Claim("promise", m.group(0), s, m.group(0).lower() in low_sources))
    return list(dict.fromkeys(out))


def proof_used(text: str, ws: Workspace, proof_id: str | None = None) -> set[str]:
    """Proof items a letter uses: the draft's chosen proof, or a title or outcome figure quoted in the text."""
    low = (text or "").lower()
    used = {proof_id} if proof_id and ws.proof_item(proof_id) else set()
    for p in ws.proof:
        figures = {n for n in _numbers(p.outcome) if n.rstrip("%kx") not in SMALL}
        if p.title.lower() in low or (figures and figures & _numbers(text or "")):
            used.add(p.id)
    return used
