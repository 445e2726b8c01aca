"""The proof a letter cites, read from the text as it is now, and whether it overlaps the post.

A reviewer edits the letter after drafting: they may swap the case study for another one from the library, or delete
it. ``ProposalParts.proof_id`` still names the writer's choice, so the lint reads the text: the library item whose
title the letter names (exactly, or most of its distinctive words in one sentence); the parts' item while a trace of it
is left (its title, a figure of its outcome, or a sentence made of its summary's words); none when the letter no
longer shows any. Token-based, linear in the text."""
from __future__ import annotations

import re
from dataclasses import replace

from service.core.schemas import JobBrief, LintCheck, ProposalParts
from service.core.workspace import ProofItem, ServiceLine, Workspace
from service.drafting.facts import distinctive

_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_FIGURE = re.compile(r"\d[\d,.]*\s?(?:%|k\b|x\b|s\b)|\d{2,}[\d,]*")


def _norm(s: str) -> str:
    return " " + " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split()) + " "


def _title_at(item: ProofItem, sents: list[str]) -> int | None:
    """Where the letter names the item's title (the offset of the sentence), or None."""
    title = _norm(item.title)
    words = set(distinctive(item.title))
    pos = 0
    for s in sents:
        ns = _norm(s)
        if title in ns:
            return pos
        if len(words) >= 3 and len(words & set(distinctive(s))) >= 0.75 * len(words):
            return pos
        pos += len(s) + 1
    return None


def _traces(item: ProofItem, sents: list[str]) -> bool:
    figures = {f.strip().rstrip(".,") for f in _FIGURE.findall(item.outcome)}
    own = set(distinctive(f"{item.summary} {item.outcome}"))
    for s in sents:
        if any(f and f in s for f in figures):
            return True
        if len(own & set(distinctive(s))) >= 4:
            return True
    return False


def cited_proofs(text: str, ws: Workspace, parts: ProposalParts | None, marker: str) -> list[str]:
    """The library items the letter body cites, in the order it names them."""
    idx = text.find(marker) if marker else -1
    body = text if idx < 0 else text[:idx]
    sents = [s for s in _SPLIT.split(body) if s.strip()]
    at = {p.id: _title_at(p, sents) for p in ws.proof}
    named = sorted((pid for pid, pos in at.items() if pos is not None), key=lambda pid: at[pid])
    parts_id = parts.proof_id if parts and parts.proof_id and ws.proof_item(parts.proof_id) else None
    if not named and parts_id and _traces(ws.proof_item(parts_id), sents):
        return [parts_id]
    return named


def proof_overlap_check(text: str, brief: JobBrief, ws: Workspace, parts: ProposalParts | None,
                        line: ServiceLine | None, marker: str) -> LintCheck:
    """Each case study the letter cites overlaps the post (``proof.overlaps``) on more than words every post shares
    ("weekly", "report" in common is no evidence that a past project solved this one), or meets its main need (the
    writer's own bar, ``proof.meets_need``)."""
    cited = cited_proofs(text, ws, parts, marker)
    if not cited:
        return LintCheck(id="proof_overlaps", passed=True, message="no proof item cited")
    from service.drafting.proof import (
        COMMON_PROBLEM_WORDS,
        meets_need,
        overlaps,
        rank_proof,
    )

    def fits(m) -> bool:
        rare = replace(m, problem_terms=[w for w in m.problem_terms if w not in COMMON_PROBLEM_WORDS])
        return overlaps(m) and (overlaps(rare) or meets_need(m, brief.title))

    matches = {m.proof_id: m for m in rank_proof(brief, ws, line)}
    bad = [pid for pid in cited if pid not in matches or not fits(matches[pid])]
    edited = " (the case study the letter now names)" if parts and parts.proof_id and parts.proof_id not in cited else ""
    if not bad:
        return LintCheck(id="proof_overlaps", passed=True, message=f"the proof '{cited[0]}'{edited} overlaps the post "
                         f"({matches[cited[0]].reason})")
    return LintCheck(id="proof_overlaps", passed=False, severity="error",
                     message=f"the proof '{bad[0]}'{edited} does not meet the post's need ("
                     f"{matches[bad[0]].reason if bad[0] in matches else 'no overlap'}); cite a case study on the same "
                     f"tools or problem, or use a plain experience line from the profile instead")
