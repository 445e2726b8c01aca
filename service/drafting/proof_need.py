"""Does a case study meet the post's MAIN need (issue 14, build item 3)? Blind readers marked down the "closest
project" whenever it matched the post only on a side mention or a word every post shares: an onboarding email
sequence offered to a print company's content manager ("email"), a Django upgrade to a DevOps role (AWS, a side tool
of that upgrade), a retail Power BI dashboard to a real-estate market report ("data", "sales").

The case study's core is what its title is about: the tool its title names (else its own specific skills) and the
problem words of its title. The post's main need is its title, its skill tags and the opening of its description
(where the client says what they want). A case study meets the need when a core tool is central to the post (in
the title, a tag or the opening) or a core problem word is in the title or a tag (two of them in the opening). A broad
skill (Python, SQL, Excel) never counts; a library (pandas, Google Sheets) counts only when the post's title names
it. Measured on tuning posts (hand-labelled): relevant case studies 40 of 56 shown before, 56 of 59 after."""
from __future__ import annotations

import re
from dataclasses import dataclass

from service.core.schemas import JobBrief
from service.core.workspace import ProofItem
from service.text.skills import find_skills_in_text, normalise_skills

FEW_TAGS = 6  # a client who picks this few skill tags picked the ones the job turns on
OPENING_CHARS = 300  # the client's first sentence or two: what they want (the rest is detail and side mentions)
# broad skills and libraries (``proof.BROAD_SKILLS`` / ``proof.LIBRARIES``) plus the writing trades themselves:
# every copy post is "copywriting", so it says nothing about which case study fits
_NOT_CORE_SKILLS = frozenset({"copywriting", "content writing", "b2b copywriting", "writing", "data cleaning",
                              "dashboard"})
# title words that are no problem: the industry, the company, a verb of the work, words every post shares
_NOT_CORE_WORDS = frozenset({
    "data", "analysis", "analytics", "report", "reports", "reporting", "dashboard", "dashboards", "app", "apps",
    "website", "platform", "system", "tool", "database", "power", "studio", "google", "email", "emails", "content",
    "python", "copy", "writing", "api", "apis", "automation", "startup", "firm", "brand", "brands", "vendor",
    "company", "online", "tech", "b2b", "saas", "fintech", "health", "retail", "retailer", "chain", "logistics",
    "cybersecurity", "series", "rebuild", "rewrite", "mvp", "dtc", "coffee", "roaster", "skincare", "desk", "case",
    "study", "help", "support"})
NOT_CORE_WORDS = _NOT_CORE_WORDS  # read by ``proof.close_kin``
_WORD = re.compile(r"[a-z][a-z0-9.+#-]*[a-z0-9+#]|[a-z]")


# word forms that name the same problem ("scraper" / "scraping"); anything else only loses a plural "s"
_FORMS = {"scrape": "scraper", "scraping": "scraper", "scraped": "scraper", "scrapers": "scraper",
          "upgrading": "upgrade", "upgraded": "upgrade", "onboard": "onboarding",
          # "why are our customers churning?" meets a churn analysis (fifth probe: the case study was left out)
          "churning": "churn", "churned": "churn", "churns": "churn", "forecasting": "forecast", "forecasted": "forecast",
          "migrating": "migration", "migrate": "migration", "migrated": "migration"}


def stem(word: str) -> str:
    """The form a word is compared in: "scraping" meets "scraper", "spreadsheets" meets "spreadsheet" (but
    "marketing" never meets "market")."""
    w = word.lower().strip(".-")
    if w in _FORMS:
        return _FORMS[w]
    if w.endswith("ies") and len(w) > 5:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 4 else w


# a deliverable named in two words is one problem word: "case study" / "case studies" (a case study series for a post
# that asks for case studies; third probe), whose words alone are every post's ("case", "study")
_JOINED = re.compile(r"\bcase[- ]stud(?:y|ies)\b")


def _words(text: str) -> list[str]:
    return _WORD.findall(_JOINED.sub("casestudy", (text or "").lower()))


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _words(text)}


def tools_named(text: str) -> set[str]:
    """The tools and skills a text names, lower case, in their vocabulary spelling."""
    return {s.lower() for s in normalise_skills(find_skills_in_text(text or ""))}


@dataclass(frozen=True)
class PostNeed:
    """Where a post says what it needs: the tools its title and its opening name, its skill tags (of a long list,
    only those the text also names: a long list is often noise, Power BI and Neo4j on a CSV clean-up), and the word
    stems of its title and those tags (``lead``) and of its opening."""
    title_tools: set[str]
    opening_tools: set[str]
    tags: set[str]
    lead: set[str]
    opening: set[str]


def post_need(brief: JobBrief) -> PostNeed:
    title = brief.title or ""
    opening = (brief.description or "")[:OPENING_CHARS]
    tags = normalise_skills(list(brief.skills))
    named = tools_named(f"{title}\n{brief.description or ''}")
    kept = {t.lower() for t in tags if len(tags) <= FEW_TAGS or t.lower() in named}
    # of a long list, only the words of a tag the text also says: its "Data Scraping" made a price scraper the "closest
    # project" to a causal-impact study that never mentions scraping ("Sales" on a sales pipeline post stays)
    text = " " + " ".join(_words(f"{title} {brief.description or ''}")) + " "
    said = [t for t in tags if len(tags) <= FEW_TAGS or t.lower() in kept or f" {' '.join(_words(t))} " in text]
    return PostNeed(tools_named(title), tools_named(opening), kept, _stems(f"{title} {' '.join(said)}"),
                    _stems(opening))


# a tool that is built on another: a Next.js case study is React work, for a post that leads with React
_BUILT_ON = {"next.js": "react"}


def proof_core(item: ProofItem) -> tuple[list[str], list[str], bool]:
    """(core tools, core problem words, whether its title names the tools) of a case study: the tools its title
    names, else its own skills; the words of its title that name a problem (not its
    industry, not a word every post shares)."""
    in_title = tools_named(item.title)
    named = [s for s in item.skills if s.lower() in in_title] or normalise_skills(find_skills_in_text(item.title))
    tools = named or list(item.skills)
    tool_words = {w for t in tools for w in _WORD.findall(t.lower())}
    industry = set(_WORD.findall((item.industry or "").lower()))
    words = [w for w in dict.fromkeys(_words(item.title))
             if len(w) > 2 and w not in _NOT_CORE_WORDS | _STOP | tool_words | industry]
    return tools, words, bool(named)


_STOP = frozenset({"the", "for", "and", "with", "into", "from", "our", "its"})
# a title that names only the role ("Skilled Data Analyst Wanted", "Data Analyst"): the post asks for
# the trade itself, so any case study of that kind of work sharing a skill with it meets the need (tuning readers of
# such letters, 24th session: "one specific past project with a result" would make it passable)
_ROLE_WORDS = frozenset({
    "analyst", "analysts", "developer", "developers", "engineer", "engineers", "expert", "experts", "specialist",
    "specialists", "consultant", "freelancer", "scientist", "assistant", "professional", "experienced", "senior",
    "junior", "lead", "skilled", "talented", "needed", "wanted", "required", "seeking", "looking", "hire", "hiring",
    "project", "projects", "exciting", "urgent", "long-term", "ongoing", "part-time", "full-time", "remote",
    "freelance", "contract", "need", "needs", "team", "join", "mid-level", "entry", "level", "expertise", "work",
    "science"})


def open_need(title: str, broad: frozenset[str]) -> bool:
    """The title names no tool and no problem, only the role ("Data Analyst", "Senior Data Analyst Needed"); a broad
    skill it names is the trade ("Data Analyst" names data analysis)."""
    words = _WORD.findall((title or "").lower())
    return bool(words) and tools_named(title) <= broad | {"data science"} and all(
        w in _ROLE_WORDS | _NOT_CORE_WORDS | _STOP or len(w) <= 2 for w in words)


def lead_tools(brief: JobBrief) -> set[str]:
    """The tools the post's title or opening names (lower case)."""
    need = post_need(brief)
    return need.title_tools | need.opening_tools


def main_need(need: PostNeed, item: ProofItem, broad: frozenset[str], libraries: frozenset[str]
              ) -> tuple[list[str], list[str]]:
    """(core tools central to the post, core problem words in its main need). Both empty: the case study meets the
    post only on a side mention or a shared generic word, and the letter shows none. When the case study's title
    names no tool, one of its skills among the post's tags is a side match (a payments API's PostgreSQL for a Node.js
    lead): it takes two of them, or one in the post's title or opening. A problem word counts in the post's title or
    tags; in its opening only with a second one ("sales volumes" in a real-estate report is no sales dashboard).
    ``need``: the post's (``post_need``), read once for all its case studies."""
    lead = need.title_tools | need.opening_tools
    core, words, named = proof_core(item)
    tools = [t for t in core if t.lower() in lead | need.tags and t.lower() not in broad | _NOT_CORE_SKILLS
             and (t.lower() not in libraries or t.lower() in need.title_tools)]
    if not named and len(tools) < 2 and not any(t.lower() in lead for t in tools):
        tools = []
    if named and not tools:  # the base of a tool the title names, only when the post's title or opening names it
        tools = [s for t in core for s in item.skills if s.lower() == _BUILT_ON.get(t.lower()) and s.lower() in lead]
    in_lead = [w for w in words if stem(w) in need.lead]
    in_opening = [w for w in words if stem(w) in need.opening]
    return tools, in_lead or (in_opening if len(in_opening) >= 2 else [])
