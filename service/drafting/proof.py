"""Proof selection: the most relevant item of the workspace's proof library for a post.

Scored on three signals: shared skills/tools, the client's industry, and the problem (distinctive words
the post shares with the proof's title, summary and outcome). Only items of the library are ever
returned. When nothing clears the bar, the result says so: an honest relevant-experience line built
from the profile, and a flag for the reviewer."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from service.core.schemas import JobBrief
from service.core.workspace import ProofItem, ServiceLine, Workspace
from service.drafting.facts import distinctive, post_text
from service.drafting.proof_need import (
    NOT_CORE_WORDS,
    lead_tools,
    main_need,
    open_need,
    post_need,
)
from service.text.skills import find_skills_in_text, normalise_skills

INDUSTRY_WORDS: dict[str, tuple[str, ...]] = {
    "saas": ("saas", "b2b", "subscription software", "software as a service", "startup", "platform"),
    "e-commerce": ("e-commerce", "ecommerce", "online store", "shop", "store", "retail", "dtc", "d2c", "products",
                   "direct to consumer", "direct-to-consumer"),
    "fintech": ("fintech", "payments", "payment", "banking", "finance", "financial", "lending", "invoice", "crypto"),
    "health": ("health", "healthcare", "medical", "clinic", "patient", "patients", "hospital", "wellness", "therapy"),
    "education": ("education", "edtech", "students", "course", "learning", "school", "teachers"),
    "real estate": ("real estate", "property", "properties", "realtor", "listings", "rental"),
    "marketing": ("marketing", "agency", "campaign", "leads", "seo", "ads"),
}
MIN_SCORE = 3.0
# skills too common to show that a past project is like this one on their own
BROAD_SKILLS = frozenset({"python", "javascript", "typescript", "sql", "data analysis", "microsoft excel", "excel",
                          "html", "css", "rest api", "api", "php", "java", "c#", "automation", "web development",
                          "statistics", "data visualization", "machine learning", "ai"})
NO_PROOF_FLAG = "no_matching_proof"


@dataclass
class ProofMatch:
    proof_id: str
    score: float
    skills: list[str] = field(default_factory=list)
    industry: bool = False
    problem_terms: list[str] = field(default_factory=list)
    # what meets the post's MAIN need (``proof_need.main_need``): core tools central to the post, core problem words
    central: list[str] = field(default_factory=list)
    need_terms: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        bits = []
        if self.skills:
            bits.append("shares " + ", ".join(self.skills))
        if self.industry:
            bits.append("same industry")
        if self.problem_terms:
            bits.append("similar problem (" + ", ".join(self.problem_terms[:4]) + ")")
        if self.central or self.need_terms:
            bits.append("meets the main need (" + ", ".join((self.central + self.need_terms)[:4]) + ")")
        return "; ".join(bits) or "no overlap"

    def as_dict(self) -> dict:
        return {**asdict(self), "reason": self.reason}

    @classmethod
    def from_dict(cls, d: dict) -> ProofMatch:
        """The match back from ``as_dict`` (the drafting inputs carry it as JSON); a missing field reads as empty."""
        return cls(d.get("proof_id", ""), float(d.get("score") or 0.0), list(d.get("skills") or []),
                   bool(d.get("industry")), list(d.get("problem_terms") or []), list(d.get("central") or []),
                   list(d.get("need_terms") or []))


@dataclass
class ProofChoice:
    item: ProofItem | None
    match: ProofMatch | None
    candidates: list[ProofMatch]
    experience_line: str = ""
    flag: str | None = None

    def as_dict(self) -> dict:
        return {"proof": self.item.model_dump(mode="json") if self.item else None,
                "match": self.match.as_dict() if self.match else None,
                "candidates": [c.as_dict() for c in self.candidates],
                "experience_line": self.experience_line, "flag": self.flag}


def overlaps(m: ProofMatch) -> bool:
    """A proof overlaps the post's need when it shares a specific skill (not a language or a broad tag such as
    Python or Data Analysis: every data post shares those), or two problem words, or a broad skill and a problem
    word."""
    specific = [s for s in m.skills if s.lower() not in BROAD_SKILLS]
    return bool(specific) or len(m.problem_terms) >= 2 or (bool(m.skills) and bool(m.problem_terms))


LIBRARIES = frozenset({"pandas", "numpy", "matplotlib", "jupyter", "google sheets", "microsoft excel", "excel", "git"})
# words every post of a domain shares: not evidence that a past project solved the same problem
COMMON_PROBLEM_WORDS = frozenset({"data", "analysis", "analytics", "analyst", "report", "reports", "reporting",
                                  "dashboard", "dashboards", "model", "models", "business", "app", "website", "system",
                                  "platform", "tool", "team", "company", "insights", "work", "project", "run", "runs",
                                  "weekly", "daily", "monthly", "google", "power", "query", "excel", "database"})


def convincing(m: ProofMatch) -> bool:
    """Stricter than ``overlaps``, for showing a case study in a letter: blind readers counted one as evidence only
    when it meets the post's MAIN need: a tool the job turns on (in its title, tags or opening) that the case study
    is about, or the same problem in the title's words (``proof_need``). A shared library (every data post lists
    pandas), a word every post shares ("data", "email"), a side mention (the AWS of a Django upgrade for a DevOps
    role) or a shared industry alone ("SaaS") did not convince them."""
    return bool(m.central or m.need_terms) or m.industry and len(_specific(m.skills)) >= 2


def _specific(skills: list[str]) -> list[str]:
    """The shared skills that say which kind of project it was (not a language, a library or a broad tag)."""
    return [s for s in skills if s.lower() not in BROAD_SKILLS | LIBRARIES]


def loose(m: ProofMatch) -> bool:
    """Meets the post's need through one tool alone: no problem word of its need, no shared industry (a Django upgrade
    for a QuickBooks integration in Django)."""
    return len(m.central) <= 1 and not m.need_terms and not m.industry


def close_kin(m: ProofMatch) -> bool:
    """Evidence enough for a case study of the post's own kind of work: the client's industry and a problem word that
    is no word every post shares (a payments API with webhooks for an invoicing integration with webhooks), or a tool
    central to the post."""
    specific = [w for w in m.problem_terms if w.lower() not in COMMON_PROBLEM_WORDS | NOT_CORE_WORDS]
    return bool(m.central) or m.industry and bool(specific)


def meets_need(m: ProofMatch, title: str) -> bool:
    """``convincing``; or, for a post whose title names only the trade ("Data Analyst"; ``proof_need.open_need``), a
    case study that shares a skill with it."""
    return convincing(m) or open_need(title, BROAD_SKILLS) and bool(m.skills)


def same_problem(m: ProofMatch) -> bool:
    """The case study's own problem words are in the post's main need: the only evidence left when the post's kind
    of work is unknown (a shared Node.js made a Shopify checkout the "closest project" to a Uniswap trading bot)."""
    return any(w.lower() not in COMMON_PROBLEM_WORDS for w in m.need_terms)


def _industry_hit(industry: str, text: str) -> bool:
    if not industry:
        return False
    key = industry.lower()
    terms = INDUSTRY_WORDS.get(key, (key,))
    padded = f" {text.lower()} "
    return any(f" {t} " in padded or f" {t}," in padded or f" {t}." in padded or f" {t}s " in padded for t in terms)


def rank_proof(brief: JobBrief, ws: Workspace, line: ServiceLine | None = None) -> list[ProofMatch]:
    text = post_text(brief)
    post_skills = {s.lower() for s in normalise_skills(list(brief.skills) + list(brief.tools) + find_skills_in_text(text))}
    post_words = set(distinctive(text))
    line_skills = {s.lower() for s in (line.skills if line else [])}
    need_of_post = post_need(brief)
    out = []
    for p in ws.proof:
        shared = [s for s in p.skills if s.lower() in post_skills]
        industry = _industry_hit(p.industry, text)
        proof_words = set(distinctive(f"{p.title} {p.summary} {p.outcome}"))
        problem = sorted((proof_words & post_words) - {s.lower() for s in p.skills})
        score = 2.0 * len(shared) + (2.0 if industry else 0.0) + min(len(problem), 3) * 1.0
        score += 1.5 * len({s.lower() for s in p.skills} & line_skills) / max(len(p.skills), 1)
        central, need = main_need(need_of_post, p, BROAD_SKILLS, LIBRARIES)
        out.append(ProofMatch(p.id, round(score, 2), shared, industry, problem, central, need))
    out.sort(key=lambda m: (-m.score, m.proof_id))
    return out


def experience_line(brief: JobBrief, ws: Workspace) -> str:
    """One plain line from the profile for posts that no proof item matches (no disclaimer, no case study)."""
    text = post_text(brief)
    ours = [s for s in ws.profile.skills if s.lower() in {t.lower() for t in find_skills_in_text(text) + list(brief.skills)}]
    headline = (ws.profile.headline or ws.profile.name).rstrip(".")
    line = f"Our background: {headline}."
    if ours:
        line += f" {', '.join(ours[:3])} {'is' if len(ours) == 1 else 'are'} part of our everyday work."
    return line


def select_proof(brief: JobBrief, ws: Workspace, line: ServiceLine | None = None,
                 min_score: float = MIN_SCORE) -> ProofChoice:
    candidates = rank_proof(brief, ws, line)
    best = candidates[0] if candidates else None
    # the best-scoring item that meets the post's main need, one about a tool the post's title or opening names first
    # (a Looker Studio dashboard for a Looker Studio post, not the retail Power BI one that shares "sales")
    fits = [m for m in candidates if m.score >= min_score and overlaps(m) and meets_need(m, brief.title)]
    named = lead_tools(brief)
    fit = next((m for m in fits if any(t.lower() in named for t in m.central)), fits[0] if fits else None)
    if fit:
        return ProofChoice(item=ws.proof_item(fit.proof_id), match=fit,
                           candidates=[fit] + [c for c in candidates if c is not fit][:2])
    return ProofChoice(item=None, match=None, candidates=candidates[:3], experience_line=experience_line(brief, ws),
                       flag=f"{NO_PROOF_FLAG}: no proof item meets this post's main need (a tool central to it or the same "
                            f"problem) "
                            f"(best: {best.proof_id + ', ' + best.reason if best else 'empty library'}; score "
                            f"{best.score if best else 0}, bar {min_score}); the draft uses an experience line from the "
                            f"profile instead. Consider adding a matching proof item.")
