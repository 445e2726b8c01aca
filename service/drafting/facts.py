"""Deterministic facts about a post that both drafting engines use: post-specific details (phrases,
tools, numbers), tools we can and cannot claim, the client's required opener/word, and screening
questions. Pure functions; nothing here invents, every detail is a substring of the post."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from service.core.schemas import JobBrief
from service.core.workspace import Workspace
from service.drafting.claimable import claimable
from service.drafting.client_name import client_first_name
from service.drafting.form_rules import Form
from service.drafting.instructions import resolve as resolve_instructions
from service.text.skills import find_skills_in_text, normalise_skills
from service.text.wrapping import unwrap

STOP = frozenset(["a", "an", "the", "and", "or", "but", "if", "then", "so", "to", "of", "in", "on", "at", "for", "with", "from", "by", "as", "is", "are", "was", "were", "be", "been", "being", "this", "that", "these", "those", "it", "its", "we", "our", "us", "you", "your", "i", "me", "my", "he", "she", "they", "them", "their", "there", "here", "who", "whom", "which", "what", "when", "where", "why", "how", "all", "any", "some", "each", "every", "no", "not", "only", "just", "also", "very", "can", "could", "should", "would", "will", "shall", "may", "might", "must", "do", "does", "did", "done", "have", "has", "had", "having", "about", "into", "over", "under", "up", "down", "out", "more", "most", "less", "other", "such", "than", "too", "own", "same", "new", "looking", "need", "needs", "want", "wants", "seeking", "someone", "person", "help", "get", "make", "like", "able", "well", "good", "great", "etc", "please", "thanks", "thank", "hi", "hello", "per", "via", "within", "without", "upon", "across", "after", "before", "while", "during", "between"])

GENERIC = frozenset(["project", "job", "work", "developer", "development", "expert", "experienced", "freelancer", "candidate", "team", "company", "business", "client", "clients", "website", "site", "app", "application", "task", "tasks", "long", "term", "ongoing", "time", "hours", "week", "weeks", "month", "months", "day", "days", "year", "years", "skills", "skill", "experience", "quality", "quick", "fast", "asap", "urgent", "budget", "rate", "proposal", "proposals", "post", "posting", "details", "description", "role", "position", "opportunity", "hire", "hiring", "hired", "contract", "start", "someone", "something", "thing", "things", "help", "support", "solution", "solutions", "service", "services", "system", "systems"])

ROLE_WORDS = re.compile(r"\b(needed|wanted|required|developer|developers|expert|experts|engineer|freelancer|specialist|"
                        r"consultant|ninja|rockstar|guru|dev|devs|urgent(ly)?|asap|long[- ]term|for hire|hiring)\b", re.IGNORECASE)
_VERBS = (r"build|create|develop|design|fix|integrate|migrate|automate|redesign|optimi[sz]e|set up|improve|"
          r"convert|implement|scrape|connect|upgrade|refactor|launch|add|extend|rebuild|replace|clean up|speed up|"
          r"debug|deploy|customi[sz]e|maintain|finish|complete|port|move")
_TASK = re.compile(rf"(?:^|(?<=\bto )|(?<=\bwill )|(?<=\bmust )|(?<=\bcan )|(?<=\bhelp )|(?<=\bneed )|(?<=\band )|"
                   rf"(?<=\bplease )|(?<=[-•*:] )|(?<=\n))(?:{_VERBS})\b[^.!?\n;:]{{8,110}}", re.IGNORECASE | re.MULTILINE)
_NUMBER = re.compile(r"(?<![\w.])(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|k\b|K\b|x\b)?(?:\s?(?:hours?|days?|weeks?|months?|"
                     r"pages?|screens?|products?|users?|items?|languages?|endpoints?|pages?|SKUs?|stores?))?")
_CUT = re.compile(r"\s+(?:and then|so that|so we|because|which|who|but|while|as well as|in order to|that will|that can)\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.'-]*[A-Za-z0-9+#]|[A-Za-z]")


def words(text: str) -> list[str]:
    return WORD.findall(text or "")


def content_words(text: str) -> list[str]:
    return [w.lower() for w in words(text) if w.lower() not in STOP and len(w) > 2]


def distinctive(text: str) -> list[str]:
    return [w for w in content_words(text) if w not in GENERIC]


@dataclass
class Detail:
    text: str            # verbatim (trimmed) from the post
    kind: str            # task | thing | tool | number | quote
    score: float = 0.0


@dataclass
class DraftFacts:
    post_text: str
    details: list[Detail] = field(default_factory=list)
    post_tools: list[str] = field(default_factory=list)
    claimable_tools: list[str] = field(default_factory=list)   # in the post AND in profile/proof
    unclaimable_tools: list[str] = field(default_factory=list)  # in the post, not ours
    numbers: list[str] = field(default_factory=list)
    opener: str | None = None
    required_words: list[str] = field(default_factory=list)
    personal_asks: list[str] = field(default_factory=list)  # "your favorite Rock Band": the reviewer's placeholder
    personal_first: list[str] = field(default_factory=list)  # … asked for in the first line of the letter
    max_words: int | None = None  # the client's own limit on the proposal's length ("Keep it under 100 words")
    screening_questions: list[str] = field(default_factory=list)
    title_thing: str = ""
    seed: int = 0
    question_tools: dict[str, list[str]] = field(default_factory=dict)  # tools each screening question names
    first_line: str | None = None          # e.g. the hourly rate, when the client asks for it in the first line
    instruction_flags: list[str] = field(default_factory=list)  # instructions raised to the reviewer
    client_asks: list[str] = field(default_factory=list)  # what to send with the application (``client_asks``)
    greeting_name: str = ""                # the client's first name when the post gives it ("Hi Ben,")
    closing: str | None = None             # the letter's last line the client asked for ('end with the word "ready"')
    signoff: str | None = None             # in place of the name ("Sign off with your favourite movie")
    bullets: bool = False                  # "bullet points only"
    max_lines: int | None = None           # "no more than 5 lines"
    max_sentences: int | None = None       # "no more than 3 sentences"
    form: Form | None = None               # a template or format for the whole proposal ("Name: / Rate: / …")

    def as_dict(self) -> dict:
        return asdict(self)


def post_text(brief: JobBrief) -> str:
    return f"{brief.title}\n{brief.description}".strip()


_TITLE_NOISE = re.compile(r"\b(?:\d+\+?\s*(?:years?|yrs?)(?:\s+(?:of\s+)?experience)?|expertise|experience[d]?|senior|"
                          r"junior|mid[- ]level|immediate(?:ly)?(?:\s+start)?|start today|full[- ]?time|part[- ]?time|"
                          r"remote|contract|freelance|opportunity|position|role|job)\b", re.IGNORECASE)


def clean_title(title: str) -> str:
    t = re.sub(r"[^\w\s&+/#.,'()\[\]|:–—-]", " ", title or "")  # emojis and decorations
    t = re.split(r"\s[-|–—:]\s|\(|\[", t.strip())[0]
    t = _TITLE_NOISE.sub(" ", t)
    t = re.sub(r"^(?:(?:urgent(?:ly)?|we are|we're|i am|i'm)\s+)?(?:need(?:ed|s)?|looking for|seeking(?: for)?|hiring|wanted|"
               r"want|searching for|require[sd]?)\s+(?:an?\s+|the\s+)?(?:(?:experienced|skilled|senior|junior|expert|"
               r"talented|reliable|professional)\s+)?", "", t.strip(), flags=re.IGNORECASE)
    t = ROLE_WORDS.sub("", t)
    t = re.sub(r"\s+(?:to|for|with|and|&|/)\s*$", "", " ".join(t.split()).strip(" -/,&"), flags=re.IGNORECASE)
    return t.strip(" -/,&")


def _trim_phrase(p: str) -> str:
    p = _CUT.split(p)[0]
    p = re.split(r"[,()\"“”—–]| - |--", p)[0]
    ws = p.split()
    while ws and ws[-1].lower() in STOP:
        ws.pop()
    return " ".join(ws[:14])


def _score(phrase: str, tools: list[str]) -> float:
    ws = phrase.split()
    dist = distinctive(phrase)
    s = min(len(dist), 4) * 1.0
    s += 2.0 * sum(1 for t in tools if t.lower() in phrase.lower())
    if len(ws) < 3:
        s -= 2
    if len(ws) > 12:
        s -= 1
    if re.search(r"\b(you|your|i|me|my|we|our|us)\b", phrase, re.IGNORECASE):
        s -= 1.5
    return s


def extract_details(brief: JobBrief, tools: list[str]) -> list[Detail]:
    text = post_text(brief)
    found: list[Detail] = []
    seen: set[str] = set()

    def add(t: str, kind: str, bonus: float = 0.0) -> None:
        t = " ".join(t.split()).strip(" .,:;-")
        key = t.lower()
        if len(t) < 4 or key in seen or not distinctive(t):
            return
        if t.lower() not in text.lower():  # never paraphrase into a "detail": it must be in the post
            return
        seen.add(key)
        found.append(Detail(text=t, kind=kind, score=_score(t, tools) + bonus))

    for d in brief.deliverables[:6]:
        t = _trim_phrase(d)
        add(t, "task" if re.match(rf"(?:{_VERBS})\b", t, re.IGNORECASE) else "thing", 1.0)
    for m in _TASK.finditer(brief.description or ""):
        add(_trim_phrase(m.group(0)), "task", 0.5)
    thing = clean_title(brief.title)
    if len(thing.split()) >= 2:
        add(thing, "thing", 1.5)
    for t in tools:
        m = re.search(re.escape(t), text, re.IGNORECASE)
        if m:
            add(m.group(0), "tool", -0.5)
    found.sort(key=lambda d: -d.score)
    return found


def _numbers(brief: JobBrief) -> list[str]:
    out = []
    for m in _NUMBER.finditer(brief.description or ""):
        tok = m.group(0).strip()
        if re.search(r"[%$€£kKx]|\s\w", tok) and tok not in out:
            out.append(tok)
    return out[:6]


def stable_seed(text: str) -> int:
    h = 2166136261
    for ch in text.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


def gather_facts(brief: JobBrief, ws: Workspace) -> DraftFacts:
    raw = post_text(brief)
    text = unwrap(raw)  # a hard-wrapped post is read by sentences, not by its line breaks (every reader of the facts)
    post_tools = normalise_skills(list(brief.tools) + list(brief.skills) + find_skills_in_text(text))
    ours = claimable(ws.profile.skills, (p.skills for p in ws.proof))
    ours_named = [t for t in post_tools if t.lower() in ours]
    unclaimable = [t for t in find_skills_in_text(text) + normalise_skills(list(brief.tools))
                   if t.lower() not in ours]
    resolved = resolve_instructions(brief, ws)
    return DraftFacts(post_text=text, details=extract_details(brief, post_tools), post_tools=post_tools,
                      claimable_tools=ours_named, unclaimable_tools=list(dict.fromkeys(unclaimable)),
                      numbers=_numbers(brief), opener=resolved.opener,
                      required_words=[w for w in resolved.required if w.lower() not in (resolved.closing or "").lower()],
                      personal_asks=resolved.personal, personal_first=resolved.personal_first, max_words=resolved.max_words,
                      first_line=resolved.first_line, instruction_flags=resolved.flags, client_asks=resolved.asks,
                      screening_questions=list(brief.screening_questions), title_thing=clean_title(brief.title),
                      seed=stable_seed(raw), greeting_name=client_first_name(brief.description) or resolved.greeting or "",
                      closing=resolved.closing, signoff=resolved.signoff, bullets=resolved.bullets,
                      max_lines=resolved.max_lines, max_sentences=resolved.max_sentences, form=resolved.form,
                      question_tools={q: find_skills_in_text(q) for q in brief.screening_questions})
