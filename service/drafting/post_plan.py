"""The post's own work list, for the offline writer's approach section (issue 14).

Blind readers' most frequent complaint about offline letters: "the same three-step plan appears in every letter of
a kind". Many posts list the work themselves (bullets under "Key Responsibilities", "Scope of Work",
"Deliverables", bold or colon headings such as "Data Extraction:", "Label: description" items). ``work_items``
finds those items, in the post's order, as verbatim spans that can be quoted; lists about the candidate
("Requirements", "Qualifications", "Nice to have", "How to apply", ...) are skipped. ``plan_steps`` turns 2-3 of the
main items into the approach: each item in the client's words (a ``Quote``), followed by one first-person sentence:
a team-written topic, the kind's own step that fits the item, or know-how on the item's subject (``post_items``, which
also reads inline lists and headings over sub-lines, and ``item_know_how``). An item none of them speaks to is left
out; a post with fewer than two items left gets no plan (the writer keeps the kind's steps). Pure functions, linear in the post."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from service.drafting.frames import Quote
from service.drafting.item_know_how import item_how
from service.drafting.item_words import (
    ABOUT_CANDIDATE,
    ADMIN,
    NOT_WORK,
    QUALITY,
    STRONG,
    VAGUE,
    WORK_NOUN,
)
from service.drafting.kind_table import WorkKind
from service.drafting.list_heads import (
    OTHER_HEAD,
    SENTENCE_HEAD,
    WORK_HEAD,
    heading_mode,
    names_work,
)
from service.drafting.plan_rules import (
    TOOL_USE,
    contents_heading,
    describes_behaviour,
)
from service.drafting.post_items import (
    ALREADY_DONE,
    CANDIDATE_DESC,
    NOT_A_TASK,
    NOT_FIELDS,
    PROVIDED_HEAD,
    field_list,
    fields_how,
    item_line,
    kind_step,
    label_quote,
    label_task,
    shared_stems,
    split_inline,
    topic_for,
)
from service.drafting.post_items import STOP as _STOP
from service.drafting.quotes import BASE_VERBS, make_quote
from service.drafting.topic_table import Topic
from service.intake.spec_lines import spec_line
from service.text.runs import longest_run
from service.text.skills import find_skills_in_text

MIN_WORDS, MAX_WORDS = 3, 16
_REPEAT_RUN = 5  # words in a row two steps share before one reads as the other said again
MAX_ITEMS = 40  # a post's work list is short; a longer one is noise (and keeps the dedupe cheap)

# a list marker at the start of a line: bullets, "1.", "2)", "a)", "o" (Word's second-level bullet), emoji, "#"
_MARKER = re.compile(r"^(?:[\s\-*•●▪◦·‣○■□►▶➤→✓✔✗#>]|\d{1,2}[.)](?!\d)|\(\d{1,2}\)|[a-h][.)](?=\s)|[A-H]\.(?=\s)|o(?=\t| {2})"
                     r"|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])+")
_BULLET = re.compile(r"^(?:[-*•●▪◦·‣○■□►▶➤→✓✔✗]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)]|[A-H]\.|o|[\u2600-\u27bf\U0001f000-\U0001faff]"
                     r"\ufe0f?)\s")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_LABEL = re.compile(r"^([^:.!?;]{2,60}?)\s*[:\u2013\u2014]\s+(\S.*)$")
_HEADING_END = re.compile(r":\s*$")
_SPEAKER = re.compile(r"\b(?:we|i|you|our|my|need|needs|want|wants|looking)\b", re.IGNORECASE)  # a sentence, not a label

# a clause ends at these (kept verbatim up to them): "…, ensuring high performance" -> "…"
_CLAUSE_END = re.compile(r"\s[\u2013\u2014-]\s|;|(?<!\b[A-Z])(?<!\bincl)(?<!\bapprox)(?<!\bvs)\.\s|\.$|\(|\s→|,\s(?=(?:ensuring|including|so|which|while|and "
                         r"ensure|to ensure|with the goal|based on|e\.g|i\.e|such as|like|as well as|where|using|"
                         r"making|allowing|so that|with|preferably|ideally|if|especially|particularly|etc|along|and more)\b)|\s(?=(?:to ensure|so that|in order to|for maximum|e\.g\.)\b)",
                         re.IGNORECASE)
_HANGING = frozenset("used needed required designed built intended made tailored aligned focused based generated pertaining related".split())
_DETAIL = frozenset(("using with in for across featuring incorporating within via including based as on pertaining "
                     "regarding related relating").split())


VERBS = BASE_VERBS | frozenset([  # BASE_VERBS and the verbs of work-list lines
    "log", "uphold", "own", "execute", "maximize", "maximise", "drive", "ensure", "keep", "uncover", "determine",
    "refine", "engage", "prospect", "qualify", "call", "flag", "post", "record", "shoot", "source", "find", "check",
    "outline", "send", "capture", "detect", "store", "label", "report", "collaborate", "communicate", "provide",
    "offer", "attend", "participate", "align", "adapt", "infuse", "partner", "reverse", "play", "establish",
    "script", "finalize", "finalise", "polish", "apply", "suggest", "fine-tune", "patch", "harden", "profile",
    "wire", "embed", "moderate", "replicate", "containerize", "containerise", "employ", "utilize", "utilise", "use",
    "leverage", "restructure", "format", "upload", "scan", "tag", "categorize", "categorise", "rename", "select",
    "filter", "examine", "incorporate", "remove", "trim", "discover", "deduplicate", "dedupe", "standardize",
    "standardise", "normalize", "normalise", "reconcile", "sort"
])


@dataclass(frozen=True)
class WorkItem:
    quote: Quote
    line: str        # the post line it was taken from (for the reviewer and the tests)
    weight: float    # how much it looks like the main work (higher first)
    group: int = -1  # the heading it sits under, when a heading has sub-lines (one item per heading is preferred)
    fields: tuple[str, ...] = ()  # a heading over a list of field names: the names (the step says how they are got)


def _clean_line(raw: str) -> str:  # a crossed-out line ("❌ Write email campaigns") is what the job leaves out
    s = "" if re.match(r"\s*[❌✖✗✘🚫⛔]", raw) else _MARKER.sub("", _EMPHASIS.sub("", raw).strip()).strip()
    return _EMPHASIS.sub("", s).strip()


def _heading(line: str, bulleted: bool, emphasised: bool = False) -> str | None:
    """The heading text when the line is one ("Key Responsibilities", "Scope of Work:", "### Deliverables")."""
    words = line.rstrip(":").split()
    if len(words) > 14 and _HEADING_END.search(line):  # a paragraph that ends by opening a list: "… The main tasks
        last = re.split(r"(?<=[.!?])\s+", line)[-1]  # include:" (its last sentence heads the list when it names work)
        last = last.rstrip(": ").strip()
        return last if len(last.split()) <= 8 and names_work(last) else None
    if not words or len(words) > 14:
        return None
    if _HEADING_END.search(line):
        return line.rstrip(": ").strip()
    if (emphasised and len(words) <= 6 or not bulleted and contents_heading(line)) and line[-1] not in ".!?,":
        return line
    plain = not bulleted and len(words) <= 5 and line[-1] not in ".!?," and words[0].lower() not in BASE_VERBS
    return line if plain and (WORK_HEAD.search(line) or OTHER_HEAD.search(line)) else None


def _verb_led(text: str) -> bool:
    """The item starts with a verb ("Configure …", "Designing …")."""
    words = text.lower().split()
    first = (words or [""])[0].strip(",:")
    if len(words) > 1 and words[1] in ("must", "should", "will", "can", "is", "are", "was", "needs"):
        return False  # "script must POST …": a noun, not a verb
    forms = {first}
    if first.endswith("ing"):  # designing, managing, setting
        forms |= {first[:-3], first[:-3] + "e", first[:-4]}
    elif first.endswith("s"):  # organizes, creates, builds
        forms |= {first[:-1], first[:-2]}
    return bool(STRONG.match(text)) or bool(forms & VERBS)


def _first_clause(text: str) -> list[str]:
    m = _CLAUSE_END.search(text)
    words = (text[:m.start()] if m else text).split()
    for i in range(3, len(words) - 1):  # a purpose or manner clause after the work: "… strategies to enhance …"
        nxt = words[i + 1].lower().strip(",")
        if (words[i] == "to" and nxt in VERBS and words[i - 1].lower() not in ("how", "what", "where", "when")) or words[i] in ("that", "which", "while", "like") or \
                (words[i] in ("by", "through") and nxt.endswith("ing")) or (words[i] == "such" and nxt == "as"):
            words = words[:i]
            break
    if len(words) > 10:  # a long item: the work without its details ("… infrastructure using Infrastructure as Code")
        at = next((i for i in range(4, len(words)) if words[i].lower() in _DETAIL
                   and words[i - 1].lower().strip(",") not in _STOP), None)
        words = words[:at] if at else words
    while len(words) > 3 and words[-1].lower().strip(",") in _HANGING:  # "… the existing app used" (to connect …)
        words = words[:-1]
    if len(words) > MAX_WORDS:  # a long clause: back to its last comma or " and " inside the limit
        cut = [i for i, w in enumerate(words[:MAX_WORDS]) if w.endswith(",") and i >= MIN_WORDS - 1]
        cut = cut or [i - 1 for i, w in enumerate(words[:MAX_WORDS]) if w.lower() == "and" and i >= MIN_WORDS + 1]
        words = words[:cut[-1] + 1] if cut else words[:12]
    return words


def _item(text: str, post: str) -> Quote | None:
    if re.match(r"(?:I|We)\s", text) or re.match(r"(?:complete|finish|do|handle|deliver|send|return|hand)\w* (?:it|them|"
                                                  r"this|that)\b", text, re.IGNORECASE):
        return None  # the client's own part of a workflow ("I send you the recordings"); "Complete them and hand …"
    m = _LABEL.match(text)
    if m and WORK_HEAD.search(m.group(1)) and _LABEL.match(m.group(2).strip()):  # a flattened post's heading over a
        text = m.group(2).strip()  # labelled item ("Key Responsibilities: Optimize … Integration: Collaborate with …")
        m = _LABEL.match(text)
    if m and len(m.group(1).split()) <= 10 and not re.search(r"https?$", m.group(1)):
        label, rest = m.group(1).strip(), m.group(2).strip()
        if OTHER_HEAD.search(label) and not WORK_HEAD.search(label) or CANDIDATE_DESC.match(rest) \
                or ALREADY_DONE.search(text):
            return None
        task = _first_clause(" ".join(label_task(rest, lambda t: _verb_led(t) and not ADMIN.match(t)))) \
            if len(label.split()) >= 2 and rest != "x" and not _SPEAKER.search(label) else []
        if task:  # the label names the part, its description the task: "Top Sellers: Determine the best-selling …"
            words = task
        elif len(label.split()) >= 2 and any(WORK_NOUN.search(w.strip(",&()")) for w in label.split()):
            words = label.split()
        elif len(label.split()) >= 2 and not _verb_led(label):
            return None  # a label that names no work ("Quarterly Churn Figures") is a topic, not an item
        else:
            words = _first_clause(rest)
    else:
        words = _first_clause(text)
    if not words:
        return None
    from_label = bool(m) and words == m.group(1).strip().split()
    q = make_quote(words, post) if len(words) > 2 else label_quote(" ".join(words), post) if from_label else None
    if q is None or q.cut or not (MIN_WORDS <= len(q.text.split()) <= MAX_WORDS or from_label and len(q.text.split()) == 2):
        return None  # an item cut short ("Design prompt/logic so it behaves…") reads as a fragment
    if ABOUT_CANDIDATE.search(q.text) or NOT_WORK.search(q.text) or re.search(r"\w\^|\^\w", q.text) \
            or NOT_A_TASK.search(q.text) or ALREADY_DONE.search(q.text):
        return None
    if not [w for w in re.findall(r"[\w/+#.-]+", q.text.lower()) if w not in VERBS and w not in _STOP]:
        return None  # "Develop and Implement": no object
    return q


def _weight(text: str, position: int, labelled: bool = False, listed: bool = False) -> float:
    """How much an item looks like the main work: led by a verb, naming tools or numbers, not admin, not a
    quality ("Clean, modern visuals"), not a bare list of tools ("Make or Zapier"), not a fragment; ``listed``: in a
    list under a work heading, where a thing to build is named by a noun ("What you'll build:" over "Messaging system
    for families")."""
    words = text.split()
    skills = find_skills_in_text(text)
    w = 1.0 + 1.0 * min(len(skills), 2) + 0.1 * sum(len(x) > 6 for x in words)
    w += 1.5 if _verb_led(text) else 0.0
    w -= 3.0 if ADMIN.match(text) or TOOL_USE.match(text) or re.search(r"\bdocumentation\b", text, re.I) else 0.0
    w -= 3.0 if describes_behaviour(text, VERBS) else 0.0  # "Pulls N pending URLs": a spec line, not a task
    rest = text.lower()
    for name in skills:
        rest = rest.replace(name.lower(), " ")
    w -= 5.0 if len(re.sub(r"\b(?:and|or)\b|[,/&+]", " ", rest).split()) < 2 else 0.0  # "Make or Zapier"
    w -= 0.15 * max(0, len(words) - 10)
    w -= 2.0 if (text[0].islower() and not _verb_led(text)) or text.isupper() else 0.0
    w += 0.8 if labelled else 0.0  # the post's own name for a part of the work ("Data Extraction: …")
    w += 0.6 if listed and not _verb_led(text) and WORK_NOUN.search(re.split(r"\s+(?:to|for|between|with|of)\s",
                                                                            text)[0].split()[-1]) else 0.0
    w -= 2.0 if QUALITY.match(text) else 0.0
    w -= 1.5 if text.count(",") >= 2 and not _verb_led(text) else 0.0  # a list of topics, not a piece of work
    w -= 1.5 if not [x for x in re.findall(r"[a-z][\w/+#.-]*", text.lower()) if x not in VERBS and x not in _STOP
                     and x not in VAGUE] else 0.0  # "Put processes and systems in place"
    return w - 0.05 * position


def work_items(post_text: str) -> list[WorkItem]:
    """The post's own work items, in order: verbatim, 3-16 words, no markup, none from lists about the candidate,
    no duplicates. Parsed once per post: the writer asks for them for the lead quote and for the plan."""
    return list(_work_items(post_text))


def _same(line: str) -> str:  # a line and its repeats with a glued note ("… titles -identify trends") compare equal
    return re.split(r"\s[-\u2013\u2014]", line, maxsplit=1)[0].strip(" .").lower()


@lru_cache(maxsize=256)
def _work_items(post_text: str) -> tuple[WorkItem, ...]:
    out: list[WorkItem] = []
    seen: list[str] = []
    mode = "top"  # before any heading: only list lines that lead with a verb or carry a label
    group: list = []  # a sub-heading in a work list and its sub-lines: [heading, index of its first item, lines]
    lines = [*split_inline(post_text or "", _verb_led).splitlines(), "Notes:"]  # a closing heading ends the last group
    cleaned = [_clean_line(raw) for raw in lines]
    under, contexts = "", set()  # (line, the heading it sits under): a line repeated under two headings is a breakdown
    for raw, line in zip(lines, cleaned, strict=True):
        contexts.add((_same(line), under))
        under = raw.strip() if raw.strip().endswith(":") else under
    counts = Counter(line for line, _ in contexts)
    for raw, line in zip(lines, cleaned, strict=True):
        if len(out) >= MAX_ITEMS:
            break
        if not raw.strip():
            continue
        bulleted = bool(_BULLET.match(raw.strip()))
        if not line or counts[_same(line)] > 1 and not _heading(line, bulleted):  # the same line under every
            continue  # heading ("Review by region" under each figure) is a breakdown of each, not a task of its own
        marked = bool(re.match(r"\s*(?:#|\*\*?|__?)\S", raw))  # "## Deliverables", "**Scope**"
        head = _heading(line, bulleted, marked and not bulleted)
        if head is not None and mode == "work" and not raw.rstrip().endswith(":") and len(line.split()) >= 3 \
                and WORK_NOUN.search(line.split()[-1]) and not marked:
            head = None  # an unmarked line in a work list that names a thing to build ("Payment webhook handlers")
        if head is not None:
            if group:
                _close(out, seen, group, post_text)
                group = []
            if mode == "work" and PROVIDED_HEAD.match(head):
                mode = "no"  # what the client provides ("Already available in n8n:") is no work to do
                continue
            if mode in ("work",) and not WORK_HEAD.search(head) and not OTHER_HEAD.search(head):
                # a sub-heading inside a work list ("Hosting:", "Set up and brand the forum:"): a task when it leads
                # with a verb ("Design & Visual Style" is two nouns), else only the heading over its sub-lines
                q = _item(head + ": x", post_text) if len(head.split()) >= 2 and _verb_led(head) \
                    and not re.match(r"\S+\s*(?:&|and|/)\s", head) else None
                if q:
                    _add(out, seen, q, line, mode == "work")
                group = [head, len(out), []]
                continue
            if mode == "work" and re.match(r"\d|[A-Z][^:]{0,40}$", head) and heading_mode(head) == "maybe":
                continue
            mode = heading_mode(head)
            mode = "list" if mode == "work" and SENTENCE_HEAD.match(head) else mode
            continue
        if mode == "list" and not bulleted:  # the list a sentence opened ("I need help:") ends with it
            mode = "top"
        if mode == "no":
            continue
        if group:
            group[2].append(line)
        first = line.split()[0].lower().strip(",:") if line.split() else ""
        labelled = bool(_LABEL.match(line))
        if mode in ("maybe", "top"):
            if not (first in BASE_VERBS or STRONG.match(line) or (labelled and (bulleted or mode == "top"))):
                continue
            if mode == "top" and not (bulleted or labelled):
                continue
        if len(line.split()) > 45 and not labelled or labelled and spec_line(line):  # prose; a setup
            continue
        q = _item(line, post_text)
        if q:
            _add(out, seen, q, line, mode in ("work", "list"), group[1] if group else -1)
    return tuple(out)


def _close(out: list[WorkItem], seen: list[str], group: list, post: str) -> None:
    """A heading over a list of field names ("Data Extraction:" over "Docket Number", "Filing Date", …) becomes one
    item: the heading, with the names; the names are not items of their own."""
    head, start, lines = group
    names = field_list(lines, _verb_led)
    q = label_quote(head, post) if len(head.split()) == 2 else make_quote(head.split(), post)
    if not names or q is None or q.cut or NOT_FIELDS.search(head):  # a "provided" heading never opens a group
        return
    out[start:] = [it for it in out[start:] if it.line not in lines[:len(names)]]
    out.append(WorkItem(q, head, 3.0 - 0.05 * start, start, tuple(names)))


def _add(out: list[WorkItem], seen: list[str], q: Quote, line: str, in_work_list: bool, group: int = -1) -> None:
    key = " ".join(re.findall(r"\w+", q.text.lower()))
    if any(key in s or s in key for s in seen):
        return
    seen.append(key)
    labelled = in_work_list and bool(re.match(re.escape(q.text) + r"\s*[:\u2013\u2014]", line))
    out.append(WorkItem(q, line, _weight(q.text, len(out), labelled, in_work_list), group))


def main_items(items: list[WorkItem], limit: int = 3) -> list[WorkItem]:
    """Up to ``limit`` of the items that look most like the main work, in the post's order, one per sub-heading
    before a second from any; none when fewer than two real work items (admin lines such as "Work closely with our
    staff" do not count)."""
    strong = [it for it in items if it.weight > 1.5]
    if len(strong) < 2:
        return []
    ranked = sorted(strong, key=lambda it: -it.weight)
    firsts = [it for i, it in enumerate(ranked) if it.group < 0 or all(x.group != it.group for x in ranked[:i])]
    best = (firsts + [it for it in ranked if it not in firsts])[:limit]
    return [it for it in strong if it in best]


# ------------------------------------------------------------------ the approach section
def plan_steps(description: str, post: str, kind: WorkKind, topic: Topic | None, domains: frozenset[str],
               skip: str = "", limit: int = 3) -> tuple[str, ...] | None:
    """The approach steps from the post's own list (up to ``limit`` items), or None. ``topic``/``skip``: the hook's
    (not repeated). Each item's sentence: a topic's know-how, the kind's step or its subject's (``item_know_how``); an
    item with none is left out (``fill_plan`` completes a plan of one item with the kind's steps)."""
    flat, skip = " ".join(post.split()), skip.lower()
    items = main_items([it for it in work_items(description) if it.quote.text in flat
                        and not (skip and (it.quote.text.lower() in skip or skip in it.quote.text.lower()))], 2 * limit)
    if not items:
        return None
    if len(items) > limit:  # of more main items than fit, those with know-how of their own first (24th session: 145
        # place-only lines in 364 fitting letters, picked by readers as the worst sentence)
        hooked = {topic.id} if topic else set()

        def known(it: WorkItem) -> bool:
            return bool(it.fields or topic_for(it.quote.text, domains, kind.id, hooked, post)
                        or item_how(it.quote.text, hooked, post, topic.insight if topic else ""))
        best = sorted(items, key=lambda it: (not known(it), -it.weight))[:limit]
        items = [it for it in items if it in best]
    out, taken, used, said = [], set(), {topic.id} if topic else set(), topic.insight if topic else ""
    for n, it in enumerate(items):
        t = None if it.fields else topic_for(it.quote.text, domains, kind.id, used, post)
        how = fields_how(list(it.fields)) if it.fields else t.insight if t else \
            kind_step(it.quote.text, kind, taken, n == 0)
        used |= {t.id} if t else set()
        if how is None and (h := item_how(it.quote.text, used, post, said)):
            how, used = h.how, used | {h.id}  # know-how on the item's own subject (``item_know_how``)
        if how is not None:  # an item no know-how speaks to is left out: a step by its place alone ("“Review across
            out.append(item_line(it.quote, how))  # states”: we would move on to this next …") was the line readers
    return tuple(out) or None  # named as empty in most letters they marked down (27th session)


def fill_plan(plan: tuple[str, ...] | None, kind_steps: tuple[str, ...]) -> tuple[str, ...]:
    """The approach: the post's own items when two or more have a step of their own; one such item in the place of
    the kind's step it says (a design item that takes the kind's first step comes first), else between the kind's
    first and last steps; no item, the kind's steps."""
    if not plan:
        return kind_steps
    if len(plan) >= 2 or len(kind_steps) < 2:
        return plan
    said = plan[0].lower()
    at = next((i for i, s in enumerate(kind_steps) if s.lower().rstrip(".") in said), None)
    if at is None:  # ... in other words, or on the item's own subject (tuning readers: "step 3 repeats step 2" after
        # "deliver/present the findings in …" and after "“Create a PowerPoint presentation …”" beside "a presentation")
        words, item = re.findall(r"[\w'’-]+", said), re.match(r"“([^”]+)”", plan[0])
        at = next((i for i, s in enumerate(kind_steps)
                   if longest_run(re.findall(r"[\w'’-]+", s.lower()), words)[0] >= _REPEAT_RUN
                   or item and shared_stems(item.group(1), s) >= 2), None)
    if at is not None:
        return (*kind_steps[:at], plan[0], *kind_steps[at + 1:])
    return kind_steps[0], plan[0], kind_steps[-1]
