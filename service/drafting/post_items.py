"""Layouts of a post's work list that ``post_plan.work_items`` reads with help from here, and an item's step.

Blind readers rate the client's own items above the kind's generic steps, but they punish a heading quoted as if
it were a task ("“Search Logic”: we would take this first …") and stock frames that fit any item. Three layouts:
- an enumeration inside one paragraph ("… the following aspects: 1. **Monthly Sales Trends:** … 2. **Top Sellers:**
  …", "(a) …", "2) …"): ``split_inline`` breaks it back into list lines;
- a label whose description holds the task ("Top Sellers and Underperformers: Determine the best-selling …"):
  ``label_task`` gives the task sentence of the description;
- a heading over its own sub-lines ("Data Extraction:" over "Docket Number", "Filing Date", …): the sub-lines are
  the items; a run of short names is a list of fields (``field_list``), shown by a typed sentence.
An item with no topic, no kind step and no named subject of its own (``item_know_how``: CI/CD, backups, a queue …)
is left out of the plan: a plain step by its place ("I would move on to this next …") was the line tuning readers
named as empty in most letters they marked down (27th session), and steps typed by the item's loose keywords ("a
log of every run" on any item that says "workflow") read as stitched (tuning crossover, 22 posts). Pure functions,
linear in the post."""
from __future__ import annotations

import re
from functools import lru_cache

from service.drafting.frames import Quote, sentence
from service.drafting.kind_table import WorkKind
from service.drafting.list_heads import OTHER_HEAD, known_head, names_work
from service.drafting.step_fit import fits
from service.drafting.topic_table import ITEM_KINDS, TOPIC_KINDS, TOPICS, Topic

# an enumeration marker inside a line: " 2. **", " 3) ", " (b) " before a capital or a bold label
_INLINE = re.compile(r"(?<!\S)(\(?)(\d{1,2}|[a-h]|[A-H](?=\.))([.)])[ \t]+(?=(?:\*\*|__)?[A-Za-z])")
_BOLD_LABEL = re.compile(r"(?<=[.:;!?])[ \t]+(?=\*\*[A-Z][^*\n]{1,60}:\*\*[ \t])")


def _enumerated(line: str) -> list[int]:
    """Where the items of inline enumerations start: markers in sequence (1, 2, 3 … or a, b, c … or A. B. C. …) in one
    style; a line may hold more than one run ("1. … 8. … I would like you to 1. … 2. …")."""
    marks = [m for m in _INLINE.finditer(line)  # "A." only after a sentence or a colon: not "Plan A. …"
             if not m.group(2).isupper() or line[:m.start()].rstrip()[-1:] in ("", ".", ":", ";", "!", "?")]
    at, i = [], 0
    while i < len(marks):
        m = marks[i]
        if m.group(2) not in ("1", "a", "A"):
            i += 1
            continue
        run, want, j = [m.start()], chr(ord(m.group(2)) + 1), i + 1
        while j < len(marks):
            n = marks[j]
            if n.group(2) == "1" or n.group(2) in ("a", "A") and m.group(2) == n.group(2):
                break  # a new run starts
            if n.group(2) == want and (n.group(1), n.group(3)) == (m.group(1), m.group(3)):
                run.append(n.start())
                want = str(int(want) + 1) if want.isdigit() else chr(ord(want) + 1)
            j += 1
        at += run if len(run) >= 2 else []
        i = j
    return at


def split_inline(text: str, verb_led=None) -> str:
    """The post with each inline enumeration item on a line of its own (only when at least two items in sequence
    share one line: a lone "1." inside a sentence is not a list), bold "**Label:**" items after a sentence, and
    (with ``verb_led``) the duties of a flattened job ad under their heading (``_headed_sentences``)."""
    out = []
    for line in (text or "").splitlines():
        at = _enumerated(line)
        if at:
            out.extend(line[a:b].strip() for a, b in zip([0, *at], [*at, len(line)], strict=True) if line[a:b].strip())
            continue
        parts = _BOLD_LABEL.split(line)
        out.extend(parts if len(parts) >= 3 else _headed_sentences(line, verb_led) if verb_led else [line])
    return "\n".join(out)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# a heading inside a paragraph, after a sentence ("… sports teams. Responsibilities: Collaborate with …"), or one of a
# job ad's usual headings after a run of words ("… Phone City Responsibilities: Write …")
_INLINE_HEAD = re.compile(r"(?:(?:^|(?<=[.!?]))\s*([A-Z][\w'’-]*(?: [\w'’&-]+){0,4})|(?<=\s)((?:Key |Main |Primary |Core |"
                          r"Job |Your )?(?:Responsibilities|Duties|Tasks|Deliverables|Requirements|Qualifications))):"
                          r"\s+(?=[A-Z])")
_LABELLED = re.compile(r"^[^:.!?]{2,40}:\s+(?=\S)")  # "Data Analysis: Collect, analyze …"


def _headed_sentences(line: str, verb_led) -> list[str]:
    """A job ad whose line breaks were lost ("… Responsibilities: Collaborate with … . Utilize Power BI to … .
    Customize … . Requirements: Proven experience …"): each heading on a line of its own and, under a heading over
    the work, each sentence as a list line, when at least two of them lead with a verb (after their label, if any).
    Else the line unchanged."""
    if len(line.split()) < 30:
        return [line]
    heads = [(m, m.group(1) or m.group(2)) for m in _INLINE_HEAD.finditer(line)]
    heads = [(m, h) for m, h in heads if known_head(h)]
    if not any(names_work(h) and not OTHER_HEAD.search(h) for _, h in heads):
        return [line]
    out, duties = [line[:heads[0][0].start()].strip()], 0
    for (m, head), end in zip(heads, [*(m.start() for m, _ in heads[1:]), len(line)], strict=True):
        body = line[m.end():end].strip()
        out.append(head + ":")
        if names_work(head) and not OTHER_HEAD.search(head):
            sentences = [s.strip() for s in _SENTENCE.split(body) if s.strip()]
            duties += sum(bool(verb_led(_LABELLED.sub("", s))) for s in sentences)
            out.extend(f"- {s}" for s in sentences)
        else:
            out.append(body)
    return [x for x in out if x] if duties >= 2 else [line]


def label_task(rest: str, verb_led) -> list[str]:
    """The words of the first sentence of a label's description that leads with a verb ("Determine the best-selling
    and worst-selling products at each location"), else []."""
    for s in _SENTENCE.split(rest)[:3]:
        s = s.strip().rstrip(".!?")
        if s and verb_led(s):
            return s.split()
    return []


# lines of a work list that are not tasks: a requirement on the candidate written as a label's description ("Flutter
# Version Management (FVM): Experience managing …"), work the post says is done ("Firebase Backend – Infrastructure is
# Fully Set Up"), a property of the result ("Uses as few modules as possible") or a demand ("… is crucial for success")
CANDIDATE_DESC = re.compile(r"^(?:proven |strong |solid |hands-on |deep )?(?:experience|expertise|knowledge|familiarity|"
                            r"proficiency|ability|understanding|must|should have|(?:an? )?expert (?:in|at|with)|"
                            r"(?:highly )?(?:skilled|proficient|fluent|familiar|comfortable) (?:in|at|with))\b", re.IGNORECASE)
ALREADY_DONE = re.compile(r"\b(?:is|are) (?:fully |already )?(?:set up|in place|done|built|complete|live)\b|\bno [\w-]+ "
                          r"work (?:is )?(?:required|needed)\b|\b(?:will|would) be (?:provided|supplied|given|shared)\b",
                          re.IGNORECASE)  # "API keys will be provided" is the client's part, no task
NOT_A_TASK = re.compile(r"^(?:uses|includes|supports|works|runs|has|contains|allows|offers|requires|needs|currently)\b|"
                        r"\b(?:is|are) (?:crucial|essential|critical|key|a must|vital)\b|\b(?:above|below)$|"
                        # a job ad's conduct duties, true of any job (pool readers: "'Deliver projects within the agreed
                        # timeline' as step 1"): meeting deadlines, reporting to a superior, following policies
                        r"\b(?:within (?:the )?(?:agreed|given|set) (?:timelines?|deadlines?)|(?:meet|meeting) (?:all )?"
                        r"(?:the )?deadlines|(?:status )?reports? to (?:the |your |my |our )?(?:immediate )?(?:supervisor|"
                        r"manager|superior|team lead)|(?:company|our) (?:policies|procedures))\b|"
                        # ... and the way any work is done, not a piece of it (pool readers counted "“Writing Clean Code”:
                        # we would do this next and test it" as garbled)
                        r"^(?:writ(?:e|ing) clean\b|stay(?:ing)? (?:up[- ]to[- ]date|updated|current|abreast)\b|"
                        r"keep(?:ing)? up[- ]to[- ]date with\b|follow(?:ing)? (?:coding |industry )?best practices\b)",
                        re.IGNORECASE)
# a heading over kinds of thing or over what the client provides, not the fields of a record: "Supported file types:"
# over "Google Docs", "Google Sheets"; "Already available in n8n:" over "Google Drive API credentials"
PROVIDED_HEAD = re.compile(r"^(?:already|provided|available|(?:we|i) (?:will )?(?:provide|have|supply)|you (?:will )?"
                           r"(?:get|have|receive))\b", re.IGNORECASE)
# ... or the systems in play ("Systems Involved" over "Google Sheets", "Buildertrend", "QuickBooks Online": tuning
# readers counted "we would capture the 17 fields you list, from “Google Sheets” to “AR / AP”" as garbled)
NOT_FIELDS = re.compile(r"\b(?:types?|formats?|platforms?|browsers?|devices?|languages?|sources?|tools?|systems?|"
                        r"software|apps?|integrations?|stack)(?:\s+(?:involved|used|in use|needed|required))?\s*:?$|"
                        r"\b(?:criteria|conditions|rules|requirements|results?|outcomes?|expected|acceptance)\b",
                        re.IGNORECASE)
_FIELD = re.compile(r"^[A-Z][\w&/'’.#+-]*(?: [\w&/'’.#+-]+){0,5}$")


def field_list(lines: list[str], verb_led) -> list[str]:
    """The names when the sub-lines under a heading are a list of short names (data fields, columns): three or
    more, each at most six words, none a sentence or a task; a trailing "(Crucial)" note is dropped."""
    names = []
    for ln in lines:  # the run of names the heading opens; a sentence after it ends the list
        name = re.sub(r"\s*\([^)]*\)$", "", ln).strip()
        if not _FIELD.match(name) or verb_led(name):
            break
        names.append(name)
    return names if len(names) >= 3 else []


_NUMBER = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def fields_how(names: list[str]) -> str:
    """The step for a list of fields: how many, the first and last in the client's words, and how they are checked."""
    n = len(names)
    count = _NUMBER[n] if n < len(_NUMBER) else str(n)
    return (f"I would capture the {count} fields you list, from {Quote(names[0]).render()} to "
            f"{Quote(names[-1]).render()}, and check a sample of records against the source by hand.")


# a "how" that opens with a function word continues the line after the colon in lower case: tuning readers marked
# "“Identify key documents”: Once the first part works, …" and "“…”: In Power BI most of the work …" as stitched
FUNCTION_OPENERS = (r"(?:In|With|For|Once|When|Before|After|On|At|If|A|An|The|Most|Every|Each|Beyond|Since|Because|To|"
                    r"From|Where|While|Rather|Instead|Then|So|As)\b")  # also read by the lint (lint_letters.fluency_check)
_LOWER_AFTER_COLON = re.compile("^" + FUNCTION_OPENERS)


def label_quote(text: str, post: str) -> Quote | None:
    """A two-word label ("Data Extraction") as a quote: verbatim, plain words only."""
    text = text.strip(" ,&")
    if not re.fullmatch(r"[A-Za-z][\w'’/+.-]*(?: [\w'’/+.&-]+)", text) or text not in " ".join(post.split()):
        return None
    return Quote(text)


def item_line(quote: Quote, how: str) -> str:
    """One numbered line of the approach: the client's item in their words, then how we would do it."""
    how = sentence(how)
    if _LOWER_AFTER_COLON.match(how):
        how = how[0].lower() + how[1:]
    return f"{quote.render()}: {how}"


# ------------------------------------------------------------------ know-how for one item (a topic, the kind's step)
STOP = frozenset([
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "from", "by", "as", "at", "into", "our",
    "your", "their", "its", "this", "that", "these", "those", "all", "any", "each", "more", "new", "existing",
    "using", "use", "based", "work", "data", "make", "build", "create", "develop", "set", "up", "write", "design",
    "ensure", "help", "need", "needs", "will", "would", "should", "must", "can"
])

_GENERIC = frozenset(["team", "first", "clear", "every", "before", "after", "them", "they", "what", "which", "where", "while", "plain", "short", "small", "real", "example", "examples", "check", "agree", "language", "notes", "thing", "things", "other", "about", "there", "their", "right", "least", "most", "next", "developer", "developers", "development", "client", "clients", "current", "working", "files", "source", "sources", "code", "total", "totals", "without", "start", "begin", "end", "later", "data", "look", "looking"])


def _stem(word: str) -> str:
    """One word's stem for matching an item to a step: plural, -ing, -ed and -ation forms meet ("tests", "testing",
    "test"; "automate", "automation"), different words with a common start do not ("interview" and "interface",
    "installation" and "install")."""
    if word.startswith(("analys", "analyz")):
        return "analys"  # analysis, analyse, analyze, analyzing (not analytics: web analytics is a tool)
    for end, add, shortest in (("ations", "at", 8), ("ation", "at", 7), ("ating", "at", 7), ("ated", "at", 6),
                               ("ate", "at", 6), ("ies", "y", 5), ("sses", "ss", 5), ("ing", "", 6), ("ed", "", 5),
                               ("s", "", 4)):
        if word.endswith(end) and len(word) >= shortest and not (end == "s" and word.endswith("ss")):
            return word[: -len(end)] + add
    return word


_STOP_STEMS = frozenset(_stem(x) for x in STOP | _GENERIC)


@lru_cache(maxsize=1024)  # the kind's steps are matched against every item of every letter
def _stems(text: str) -> frozenset[str]:
    words = (w for w in re.findall(r"[a-z][a-z+#.-]{3,}", text.lower()) if w not in STOP and w not in _GENERIC)
    return frozenset(s for s in map(_stem, words) if s not in _STOP_STEMS)


def shared_stems(a: str, b: str) -> int:
    """How many content words (stemmed; no stop or generic word) two texts share."""
    return len(_stems(a) & _stems(b))


def topic_for(text: str, domains: frozenset[str], kind_id: str, used: set[str], post: str) -> Topic | None:
    return next((t.named(text) for t in TOPICS if t.id not in used and not t.fallback and t.domains & domains
                 and (kind_id in TOPIC_KINDS[t.id] or kind_id in ITEM_KINDS.get(t.id, ())) and t.pattern.search(text)
                 and t.evidenced(post)), None)


# what an app's users log ("Food Logging", "log workouts") is a feature, not the system logging a kind's step or an
# item's know-how (``item_know_how``) speaks of: both read the item without it
USER_LOGGING = re.compile(r"\b(?:food|meal|calorie|time|workout|exercise|mood|call|activity|expense|hours?|water|sleep|"
                          r"symptom|habit|trip|mileage)s? log\w*|\blog (?:your |their |daily )?(?:food|meals?|workouts?|"
                          r"hours|time|calls|expenses|trips)\b", re.IGNORECASE)
_BROAD_KINDS = frozenset(["general", "copy", "automation"])  # their words ("content", "script") name no one kind of work


# "analysis" alone is no subject an item shares with a step (tuning readers counted "“Analyze product performance …”:
# we would agree the questions …" as garbled)
_KIND_WORD = frozenset({"analys"})


def kind_step(text: str, kind: WorkKind, taken: set[int], first: bool) -> str | None:
    """The kind's own step for an item that shares a content word with it (not a generic verb), only when the step
    does the item's kind of action (``step_fit.fits``: no "I would build …" for "Test the app", no hand-over for
    "Design the schema"). An item that only is that kind of work, sharing no word with any step, gets none: the
    kind's middle step after it ("“Data Warehouse in Snowflake”: I would build the loads one step at a time …",
    "“develop an AI-powered tool”: we would build the first version on a narrow slice …") was what tuning readers
    counted as garbled or untrue in the 30th session (3 of the 4 such lines in one packet); the kind's step then
    stands in the plan on its own (``post_plan.fill_plan``)."""
    mine = _stems(USER_LOGGING.sub(" ", text)) - _KIND_WORD
    for i, step in enumerate(kind.steps):
        if i not in taken and mine & _stems(step) and (first or not re.search(r"\bfirst\b", step)) \
                and fits(text, step, first):
            taken.add(i)
            return sentence("I would " + step)
    return None
