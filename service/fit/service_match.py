"""Service fit: which service line a job belongs to, how well, and which skills match or are missing.

Score = skill overlap after normalisation (45%) + service-line keywords in the post (30%)
+ bag-of-words cosine between the post and the line's document (25%). The line's document
is its name, skills and keywords, plus the proof items that share its skills."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from service.core.schemas import JobBrief
from service.core.workspace import ServiceLine, Workspace
from service.fit.text import NOT_STATED, bag, cosine, find_quote, term_pattern
from service.text.skills import find_skills_in_text, normalise_skills

SKILL_W, KEYWORD_W, SIMILARITY_W = 0.45, 0.30, 0.25
SIM_FULL = 0.25  # a cosine of 0.25 between post and line document counts as full similarity
MISMATCH_BELOW = 15.0  # service_fit under this is a clear mismatch: poor by rules


@dataclass
class ServiceMatch:
    line_id: str
    line_name: str
    score: float
    matched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    similarity: float = 0.0
    evidence: str = NOT_STATED
    reason: str = ""
    all_scores: dict[str, float] = field(default_factory=dict)


def post_text(brief: JobBrief) -> str:
    """The text evidence may be quoted from: title, a newline, description."""
    return f"{brief.title}\n{brief.description}" if brief.title else brief.description


def job_skills(brief: JobBrief, text: str) -> list[str]:
    # The offline extractor already scanned this same title + description with the same vocabulary
    # into ``tools``; the scan is the costliest step of triage, so it is not repeated then.
    scanned = [] if brief.model == "offline" and brief.tools else find_skills_in_text(text)
    return normalise_skills(list(brief.skills) + list(brief.tools) + scanned)


_doc_cache: dict[str, tuple[Counter, ...]] = {}


def _line_docs(ws: Workspace) -> tuple[Counter, ...]:
    key = ws.content_hash()
    if key not in _doc_cache:
        if len(_doc_cache) > 32:
            _doc_cache.clear()
        docs = []
        for line in ws.service_lines:
            line_sk = {s.lower() for s in normalise_skills(line.skills)}
            proof = [f"{p.title}. {p.summary}" for p in ws.proof
                     if line_sk & {s.lower() for s in normalise_skills(p.skills)}]
            words = [line.name, line.name, *line.skills, *line.skills, *line.keywords, *line.keywords, *proof]
            docs.append(bag(" ".join(words)))
        _doc_cache[key] = tuple(docs)
    return _doc_cache[key]


def _score_line(line: ServiceLine, doc: Counter, skills: list[str], text: str, text_bag: Counter,
                profile_skills: set[str]) -> ServiceMatch:
    line_sk = normalise_skills(line.skills)
    line_lower = {s.lower() for s in line_sk}
    matched = [s for s in skills if s.lower() in line_lower]
    for s in line_sk:  # line skills outside the shared vocabulary ("B2B copywriting") found in the text
        if s not in matched and term_pattern(s).search(text):
            matched.append(s)
    covered = line_lower | profile_skills | {m.lower() for m in matched}
    covered_text = " | ".join(sorted(covered))
    missing = [s for s in skills if s.lower() not in covered
               and not term_pattern(s).search(covered_text)]  # "SEO" is covered by "SEO Writing"
    kws = [k for k in line.keywords if term_pattern(k).search(text)]
    sim = cosine(text_bag, doc)
    known = len(matched) + len(missing)
    coverage = len(matched) / known if known else 0.0
    skill_part = 0.6 * min(1.0, len(matched) / 3) + 0.4 * coverage
    kw_part = min(1.0, len(kws) / 2)
    sim_part = min(1.0, sim / SIM_FULL)
    score = round(100 * (SKILL_W * skill_part + KEYWORD_W * kw_part + SIMILARITY_W * sim_part), 1)
    return ServiceMatch(line_id=line.id, line_name=line.name, score=score, matched=matched, missing=missing,
                        keywords=kws, similarity=round(sim, 3))


def match_service(brief: JobBrief, ws: Workspace) -> ServiceMatch:
    text = post_text(brief)
    skills = job_skills(brief, text)
    text_bag = bag(text + " " + " ".join(skills))
    profile_skills = {s.lower() for s in normalise_skills(ws.profile.skills)}
    results = [_score_line(line, doc, skills, text, text_bag, profile_skills)
               for line, doc in zip(ws.service_lines, _line_docs(ws))]
    best = max(results, key=lambda m: m.score)  # first line wins ties (workspace order)
    best.all_scores = {m.line_id: m.score for m in results}
    terms = [term_pattern(t) for t in best.matched + best.keywords]
    quote = find_quote(text, terms) if terms else None
    best.evidence = quote[0] if quote else NOT_STATED
    parts = []
    if best.matched:
        parts.append("matched " + ", ".join(best.matched[:6]))
    if best.keywords:
        parts.append("keywords " + ", ".join(best.keywords[:4]))
    if best.missing:
        parts.append("missing " + ", ".join(best.missing[:5]))
    if not best.matched and not best.keywords:
        parts.append(f"nothing in the post matches any service line (text similarity {best.similarity:.2f})")
    best.reason = f"best line {best.line_id}: " + "; ".join(parts)
    return best
