"""Offline heuristics for ``extract_brief``: what a careful reader pulls out of a post, by rules.

Deterministic and fast (no model): summary (<= 90 words), deliverables, requirements R1.. with
``must``, implicit needs and red flags each with a verbatim evidence sentence, screening questions
verbatim, client instructions, tools normalised to the skill vocabulary, tone, missing fields and a
confidence. It says what it is: the gateway marks its results ``model == "offline"``."""
from __future__ import annotations

from service.core.schemas import EvidencedItem, Requirement, SemanticBrief
from service.intake.extraction_rules import client_instructions, screening_questions
from service.intake.extraction_signals import (
    IMPLICIT_NEEDS,
    RED_FLAGS,
    detect_language,
    tone_of,
)
from service.intake.spec_lines import spec_line
from service.llm.engines import offline_task as task
from service.text import linear_re

MAX_HEADING_LINE = 200  # a heading is short: longer lines are never tried as one

_HEAD = linear_re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?P<h>[A-Za-z][A-Za-z0-9 /&'’()-]{2,60}?)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$")
_ITEM = linear_re.compile(r"^\s*(?:[-*•·▪►✅🔹]+\s*|\(?\d{1,2}[.)]\s+)(?P<t>.+)$")
_DELIV_HEADS = linear_re.compile(r"deliverables?|what (?:you(?:'|’)ll|you will|we need you to) (?:build|do|deliver)|scope|"
                          r"key (?:features|responsibilities)|responsibilities|tasks?|what (?:we|i) need|features|"
                          r"the (?:job|task|work)|pages required|your role|project (?:overview|details)|to do|"
                          r"entregables|tareas|livrables|aufgaben", ignore_case=True)
_REQ_HEADS = linear_re.compile(r"requirements?|qualifications?|must[- ]haves?|required (?:skills|experience)|skills|"
                        r"what we(?:'|’)re looking for|what (?:we|i) (?:am|are) looking for|ideal candidate|"
                        r"who you are|about you|experience|requisitos|exigences|anforderungen|tech stack", ignore_case=True)
_NICE_HEADS = linear_re.compile(r"nice[- ]to[- ]have|preferred|bonus|plus|optional|desired", ignore_case=True)
_MUST = linear_re.compile(r"\b(must|required|requirement|need to have|needs to have|essential|mandatory|at least|"
                   r"proven|strong|solid|expert|proficien\w*|experience (?:with|in))\b", ignore_case=True)
_NICE = linear_re.compile(r"\b(nice to have|a plus|is a plus|bonus|preferred|ideally|not required|optional|would be great)\b", ignore_case=True)
_WANT = linear_re.compile(r"\b(?:need|looking for|want|hire|seeking)\b[^.!?\n]{0,40}?\bto (?P<v>(?:build|create|design|develop|"
                   r"write|fix|set up|setup|migrate|integrate|implement|automate|update|redesign|clean up|edit|"
                   r"translate|produce|make|manage|optimi[sz]e|convert|launch|scrape|analy[sz]e)\b[^.!?\n]{3,140})", ignore_case=True)
_GREETING = linear_re.compile(r"^(hi|hello|hey|dear|greetings|good (?:morning|afternoon|day))\b[^.!?\n]{0,30}[,.!]?\s*$", ignore_case=True)
_URL = linear_re.compile(r"https?://\S+|www\.\S+")


_SENTENCE_END = linear_re.compile(r"[.!?]+(?:\s|$)|\n")
_LEAD = linear_re.compile(r"^\s*(?:#{1,6}\s*|[-*•·▪►✅🔹]+\s*|\d{1,2}[.)]\s+)")
_LABEL = linear_re.compile(r"^[\w .'/-]{2,30}:\s")
_MUST_SENTENCE = linear_re.compile(r"\b(must|required|requirement|essential|mandatory|need(?:s)? to have|should have|"
                                   r"at least \d|minimum of)\b", ignore_case=True)
_TIMELINE = linear_re.compile(r"\b(deadline|by (?:mon|tue|wed|thu|fri|sat|sun|end of|next)|within \d+|\d+ (?:days?|weeks?|"
                              r"months?)|asap|timeline|launch|urgent)\b", ignore_case=True)


def _sentences(text: str) -> list[str]:
    """Sentences: a run of . ! ? ends one only before whitespace or the end (Next.js, 3.5 stay whole).
    One pass over the text (RE2), so the cost is linear in its length."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        s = text[start:m.end()].strip()
        if s:
            out.append(s)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_ASKING = linear_re.compile(r"\b(your proposal|your application|cover letter|apply|applying|answer|questions?)\b|\?\s*$",
                           ignore_case=True)


def _summary(title: str, description: str) -> str:
    """Prose sentences first (not list items, headings, labels or instructions to applicants)."""
    prose: list[str] = []
    rest: list[str] = []
    for line in description.split("\n"):
        s = _URL.sub("", line).strip()
        if not s or _GREETING.match(s) or (len(s) <= MAX_HEADING_LINE and _HEAD.match(s) and len(s.split()) <= 5):
            continue
        is_item = bool(_ITEM.match(s))
        s = _LEAD.sub("", s, count=1).replace("**", "")
        if is_item or len(s.split()) < 6 or _ASKING.search(s) or _LABEL.match(s):
            rest.append(s)
        else:
            prose.append(s)
    words: list[str] = []
    for s in prose + rest:
        words.extend(s.split())
        if len(words) >= 90:
            break
    if not words:
        words = title.split()
    text = " ".join(words[:90])
    if len(words) > 90:
        cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
        text = text[:cut + 1] if cut > 200 else text.rstrip(",;:") + " …"
    return text


def _sections(description: str) -> list[tuple[str, list[str]]]:
    """(heading, list items) pairs; items before any heading go under ''."""
    out: list[tuple[str, list[str]]] = [("", [])]
    for line in description.split("\n"):
        if not line.strip():
            continue
        item = _ITEM.match(line)
        if item:
            out[-1][1].append(item.group("t").strip().replace("**", ""))
            continue
        head = _HEAD.match(line) if len(line) <= MAX_HEADING_LINE else None
        if head and len(line.split()) <= 8 and (line.rstrip().endswith(":") or line.lstrip().startswith("#")
                                               or line.strip().startswith("**") or line.strip().istitle()):
            out.append((head.group("h").strip(), []))
    return out


def _deliverables(description: str) -> list[str]:
    out: list[str] = []
    for head, items in _sections(description):
        if head and _DELIV_HEADS.search(head) and not _REQ_HEADS.fullmatch(head):
            out.extend(i for i in items if i not in out and not spec_line(i))
    if not out:
        for m in _WANT.finditer(description):
            v = m.group("v").strip().rstrip(",;:")
            if v not in out:
                out.append(v[0].upper() + v[1:])
    return [d[:200] for d in out[:8]]


def _requirements(description: str) -> list[Requirement]:
    reqs: list[tuple[str, bool]] = []
    for head, items in _sections(description):
        if head and (_REQ_HEADS.search(head) or _NICE_HEADS.search(head)) and not _DELIV_HEADS.fullmatch(head):
            nice_head = bool(_NICE_HEADS.search(head))
            for i in items:
                reqs.append((i, not nice_head and not _NICE.search(i)))
    if len(reqs) < 2:
        for s in _sentences(description):
            if len(s.split()) < 4 or s.endswith("?"):
                continue
            if _NICE.search(s):
                reqs.append((s, False))
            elif _MUST_SENTENCE.search(s):
                reqs.append((s, True))
    seen: set[str] = set()
    out: list[Requirement] = []
    for text, must in reqs:
        if text.lower() in seen:
            continue
        seen.add(text.lower())
        out.append(Requirement(id=f"R{len(out) + 1}", text=text[:240], must=must))
        if len(out) >= 12:
            break
    return out


def _evidenced(description: str, rules) -> list[EvidencedItem]:
    out: list[EvidencedItem] = []
    sents = None
    low = description.lower()
    for label, pattern, hints in rules:
        if not any(h in low for h in hints):
            continue
        m = pattern.search(description)
        if not m:
            continue
        if sents is None:
            sents = _sentences(description)
        quote = next((s for s in sents if m.group(0) in s), m.group(0))
        if quote not in description:
            quote = m.group(0)
        out.append(EvidencedItem(text=label, evidence=quote[:300].strip()))
    return out


def _missing(parsed: dict, deliverables: list[str], description: str) -> list[str]:
    missing = []
    if parsed.get("budget_type") is None and parsed.get("budget_min") is None:
        missing.append("budget")
    elif parsed.get("budget_min") is None:
        missing.append("budget_amount")
    for f in ("experience_level", "project_length"):
        if parsed.get(f) is None:
            missing.append(f)
    if parsed.get("budget_type") == "hourly" and parsed.get("hours_per_week") is None:
        missing.append("hours_per_week")
    if not _TIMELINE.search(description) and parsed.get("project_length") is None:
        missing.append("timeline")
    client = parsed.get("client") or {}
    if all(v is None for v in client.values()):
        missing.append("client_history")
    if not deliverables:
        missing.append("deliverables")
    if len(description.split()) < 40:
        missing.append("details")
    return missing


@task("extract_brief")
def extract_brief(inputs: dict) -> SemanticBrief:
    from service.text.skills import (
        find_skills_in_text,  # vocabulary only (pure data), imported lazily
    )

    parsed = inputs["parsed"]
    title = parsed.get("title") or ""
    description = parsed.get("description") or ""
    deliverables = _deliverables(description)
    requirements = _requirements(description)
    missing = _missing(parsed, deliverables, description)
    words = len(description.split())
    if words < 30 or len(missing) >= 5:
        confidence = "low"
    elif words >= 80 and "budget" not in missing and (deliverables or requirements):
        confidence = "high"
    else:
        confidence = "medium"
    return SemanticBrief(
        summary=_summary(title, description),
        deliverables=deliverables,
        requirements=requirements,
        implicit_needs=_evidenced(description, IMPLICIT_NEEDS),
        screening_questions=screening_questions(description, parsed.get("page_questions") or []),
        client_instructions=client_instructions(description),
        tools=find_skills_in_text(title + "\n" + description),
        tone=tone_of(description),
        red_flags=_evidenced(description, RED_FLAGS),
        missing_fields=missing,
        confidence=confidence,
        language=detect_language(description),
    )
