"""Service fit: which service line a job belongs to, how well, and which skills match or are missing.

Score = skill overlap after normalisation (30%) + the line's skills or keywords in the *title* (25%)
+ service-line keywords in the post (20%) + bag-of-words cosine between the post and the line's document
(15%) + the share of the post's must-have requirements that name a skill the line or profile covers (10%).
The line's document is its name, skills and keywords, plus the proof items that share its skills.

Two checks then cap the score (docs/fit.md): the post's *main skill* (the first vocabulary skill in its
title) compared with the line (a Java, Unity or technical-writing post is not a Shopify job: if the line
covers none of the title's skills, service fit is capped at ``MAIN_MISMATCH_CAP``; if it covers some but
not the first, ``main_ok`` is False and the job cannot be strong), and the line's optional ``exclude``
words (in the title: capped at ``EXCLUDED_CAP``; in the body: score x ``EXCLUDE_BODY_FACTOR``)."""
from __future__ import annotations

import inspect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from service.core.schemas import JobBrief
from service.core.workspace import ServiceLine, Workspace
from service.fit.main_need import (
    TAIL_WEIGHT,
    in_main,
    main_text,
    ours_in_title,
    own_generic_tags,
    role_check,
)
from service.fit.text import (
    NOT_STATED,
    bag,
    cosine,
    find_quote,
    stem,
    term_pattern,
    tokens,
)
from service.text.linear_re import compile as linear
from service.text.skills import find_skills_in_text, normalise_skill, normalise_skills
from service.text.skills_vocab import CONCEPTS

SKILL_W, TITLE_W, KEYWORD_W, SIMILARITY_W, MUST_W = 0.30, 0.25, 0.20, 0.15, 0.10
MAIN_MISMATCH_CAP = 25.0  # the line covers none of the skills the title names, and they are another trade
ADJACENT_CAP = 45.0  # ... but the main skill is in a field the line or profile works in (Vue for a React shop)
_BROAD_FIELDS = {"languages", "broad skill tags clients use", "payments / platforms / cms / e-commerce"}  # too broad
EXCLUDED_CAP = 10.0  # an exclude word in the title
EXCLUDE_BODY_FACTOR = 0.6
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
    main_skill: str | None = None
    main_ok: bool = True  # the line covers the post's main skill (or the title names no skill)
    main_note: str = ""  # why main_ok is False, when the post's role (not its skill) decided it
    notes: list[str] = field(default_factory=list)


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


@lru_cache(maxsize=1)
def _fields() -> dict[str, str]:
    """Skill (lower case) -> its field in the vocabulary ("front-end", "mobile", ...), read from the
    "# ---- field" headings of service/text/skills_vocab.py."""
    from service.text import skills_vocab

    out: dict[str, str] = {}
    current = ""
    for line in inspect.getsource(skills_vocab).splitlines():
        head = re.match(r"\s*# ---- ([^(;]+)", line)
        if head:
            current = head.group(1).strip()
            continue
        key = re.match(r'\s*"([^"]+)":', line)
        if key and current:
            out[key.group(1).lower()] = current
    return out


def field_of(skill: str) -> str | None:
    f = _fields().get(skill.lower())
    return None if f in _BROAD_FIELDS else f


@lru_cache(maxsize=256)
def _spelled(raw: str):
    """The workspace's own spelling of a skill, case-sensitive ("Excel"): the vocabulary never finds a word that is
    also plain English in free text ("excel at"), so "Excel macro broke" named no skill the data workspace sells."""
    return linear(r"(?:^|[^\w])(" + re.escape(raw) + r")(?:[^\w+#]|$)")


# kinds of work a post names by what is done rather than by the skill's name (fit only: a letter never names them):
# "Clean and dedupe customer list" is data cleaning (third probe: the data workspace that sells it lost the post to a
# web agency)
WORK_WORDS = {"data cleaning": linear(r"(?i)\b(?:de-?dup\w*|de-?duplicat\w*|data cleans\w*|data clean-?up)\b"),
              "data scraping": linear(r"(?i)\b(?:scrap(?:e|er|ers|ing)|crawlers?)\b")}


def own_spellings(line: ServiceLine) -> list[tuple[str, str]]:
    """(the line's spelling, its vocabulary name) of each line skill the workspace writes otherwise than the
    vocabulary ("Excel" for Microsoft Excel)."""
    out = []
    for raw in line.skills:
        canon = normalise_skill(raw)
        if canon and canon != raw:
            out.append((raw, canon))
    return out


def in_other_form(keyword: str, stems: set[str]) -> bool:
    """A one-word keyword in another form of the same word ("scraping" for "a scraper"): the stems ``fit.text.bag``
    compares. Read in the title only (third probe: "Python scraper for …" matched no keyword of a data workspace that
    lists scraping; a body's "reports" would only repeat its "reporting")."""
    return " " not in keyword.strip() and len(keyword) >= 5 and stem(keyword.lower()) in stems


def line_keywords(line: ServiceLine, text: str, title: str, stems: set[str]) -> list[str]:
    """The line's keywords the post names: anywhere as written, or in the title in another form of the word (``stems``:
    the title's word stems); one per word stem ("report" and "reporting" are one keyword found)."""
    out: list[str] = []
    seen: set[str] = set()
    for k in line.keywords:
        if term_pattern(k).search(text) or title and in_other_form(k, stems):
            key = " ".join(stem(w) for w in k.lower().split())
            if key not in seen:
                seen.add(key)
                out.append(k)
    return out


def _covers(line: ServiceLine, line_lower: set[str], skill: str) -> bool:
    if skill.lower() in line_lower:
        return True
    return any(term_pattern(k).search(skill) or term_pattern(skill).search(k) for k in line.keywords)


def _line_terms(line: ServiceLine, line_sk: list[str]) -> set[str]:
    """The line's skills and the vocabulary names of its keywords ("web app" -> "web application"), lower case."""
    terms = {s.lower() for s in line_sk}
    terms.update(s.lower() for s in normalise_skills(list(line.keywords)))
    return terms


def must_have_coverage(brief: JobBrief, covered: set[str]) -> float | None:
    """Share of the must-have requirements naming a vocabulary skill whose skills are covered; None if none do."""
    named = [find_skills_in_text(r.text) for r in brief.requirements if r.must]
    named = [n for n in named if n]
    if not named:
        return None
    return sum(1 for n in named if any(s.lower() in covered for s in n)) / len(named)


def _score_line(line: ServiceLine, doc: Counter, skills: list[str], text: str, text_bag: Counter,
                profile_skills: set[str], brief: JobBrief, title_skills: list[str], main: tuple[str, set[str], str | None],
                role_for) -> ServiceMatch:
    line_sk = normalise_skills(line.skills)
    line_lower = {s.lower() for s in line_sk}
    main_txt, main_sk, title_role = main
    matched = [s for s in skills if s.lower() in line_lower]
    for s in line_sk:  # line skills outside the shared vocabulary ("B2B copywriting") found in the text
        if s not in matched and term_pattern(s).search(text):
            matched.append(s)
    own = own_spellings(line)
    for raw, canon in own:  # ... or in the workspace's own spelling ("Excel")
        if canon not in matched and _spelled(raw).search(text):
            matched.append(canon)
    matched += [s for s in line_sk if s not in matched and s.lower() in WORK_WORDS and WORK_WORDS[s.lower()].search(text)]
    if title_role:  # the title names our trade ("Product descriptions for …"): a kind of work named inside a line
        line_text = " | ".join(line_sk)  # skill is the line's ("SEO" is what "SEO Writing" sells); elsewhere it may be
        matched += [s for s in skills if s in CONCEPTS and s not in matched  # another trade's (an SEO specialist)
                    and term_pattern(s).search(line_text)]
    covered = line_lower | profile_skills | {m.lower() for m in matched}
    covered_text = " | ".join(sorted(covered))
    missing = [s for s in skills if s.lower() not in covered
               and not term_pattern(s).search(covered_text)]  # "SEO" is covered by "SEO Writing"
    title_stems = {stem(t) for t in tokens(brief.title or "")}
    kws = line_keywords(line, text, brief.title or "", title_stems)
    sim = cosine(text_bag, doc)

    def weight(term: str) -> float:  # the main need (title, lead, deliverables) counts fully, tags and the rest less
        return 1.0 if term.lower() in main_sk or in_main(term, main_txt) else TAIL_WEIGHT

    w_matched = sum(weight(s) for s in matched)
    w_known = w_matched + sum(weight(s) for s in missing)
    coverage = w_matched / w_known if w_known else 0.0
    skill_part = 0.6 * min(1.0, w_matched / 3) + 0.4 * coverage
    kw_part = min(1.0, sum(weight(k) for k in kws) / 2)
    sim_part = min(1.0, sim / SIM_FULL)
    title = brief.title or ""
    in_title = [t for t in line_sk if title and (term_pattern(t).search(title) or t.lower() in WORK_WORDS
                                                 and WORK_WORDS[t.lower()].search(title))]
    in_title += [k for k in line.keywords if title and (term_pattern(k).search(title) or in_other_form(k, title_stems))]
    own_in_title = [raw for raw, _ in own if title and _spelled(raw).search(title)]
    in_title += own_in_title
    title_part = 1.0 if in_title or title_role else 0.0  # "Copywriter for website" names what the line sells
    must = must_have_coverage(brief, covered)
    must_part = coverage if must is None else must
    score = 100 * (SKILL_W * skill_part + TITLE_W * title_part + KEYWORD_W * kw_part + SIMILARITY_W * sim_part
                   + MUST_W * must_part)
    m = ServiceMatch(line_id=line.id, line_name=line.name, score=0.0, matched=matched, missing=missing,
                     keywords=kws, similarity=round(sim, 3))
    if must is not None:
        m.notes.append(f"must-haves covered {must:.0%}")
    if title_skills:
        m.main_skill = title_skills[0]
        terms = _line_terms(line, line_sk)
        ours = [t for t in title_skills if _covers(line, terms, t)]
        if not ours and own_in_title:  # "Excel financial model": the line's own tool is in the title too, so the
            m.main_ok = False  # title's other skill is work next to the line's, not another trade
            score = min(score, ADJACENT_CAP)
            m.notes.append(f"the title asks for {title_skills[0]} in {own_in_title[0]}, which {line.id} works in")
        elif not ours:
            m.main_ok = False
            near = {field_of(x) for x in [*line_sk, *profile_skills]} - {None}
            if field_of(title_skills[0]) in near:
                score = min(score, ADJACENT_CAP)
                m.notes.append(f"the title asks for {title_skills[0]}, next to what {line.id} sells (same field)")
            else:
                score = min(score, MAIN_MISMATCH_CAP)
                m.notes.append(f"the title asks for {', '.join(title_skills[:3])}, which {line.id} does not sell")
        elif ours[0] != title_skills[0]:
            m.main_ok = False
            m.notes.append(f"the post's main skill {title_skills[0]} is not in {line.id}")
    role = role_for(bool(in_title))
    if role.cap is not None:
        m.main_ok = False
        if score > role.cap:
            score = role.cap
        m.notes.append(role.note)
        m.main_note = role.note
    for word in line.exclude:
        rx = term_pattern(word)
        if title and rx.search(title):
            score = min(score, EXCLUDED_CAP)
            m.notes.append(f"title mentions '{word}', excluded by {line.id}")
            break
        if rx.search(text):
            score *= EXCLUDE_BODY_FACTOR
            m.notes.append(f"mentions '{word}', excluded by {line.id}")
            break
    m.score = round(score, 1)
    return m


def match_service(brief: JobBrief, ws: Workspace) -> ServiceMatch:
    text = post_text(brief)
    skills = job_skills(brief, text)
    text_bag = bag(text + " " + " ".join(skills))
    profile_skills = {s.lower() for s in normalise_skills(ws.profile.skills)}
    generic = own_generic_tags(ws)  # "Full-Stack Development" in a web agency's title is not another trade
    title_skills = [t for t in (find_skills_in_text(brief.title) if brief.title else []) if t.lower() not in generic]
    main_txt = main_text(brief)
    main = (main_txt.lower(), {s.lower() for s in normalise_skills(find_skills_in_text(main_txt))}, ours_in_title(brief, ws))
    roles: dict[bool, object] = {}

    def role_for(title_names_line: bool):  # the role check depends on the line only through this flag
        if title_names_line not in roles:
            roles[title_names_line] = role_check(brief, ws, title_names_line)
        return roles[title_names_line]

    results = [_score_line(line, doc, skills, text, text_bag, profile_skills, brief, title_skills, main, role_for)
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
    parts.extend(best.notes)
    if not best.matched and not best.keywords:
        parts.append(f"nothing in the post matches any service line (text similarity {best.similarity:.2f})")
    best.reason = f"best line {best.line_id}: " + "; ".join(parts)
    return best
