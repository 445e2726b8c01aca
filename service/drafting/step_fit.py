"""Does a plan step fit the client's item it follows? (issue 14)

A letter's approach pairs each item of the post's work list, quoted, with one first-person step ("“Build the
reports”: I would connect the sources and check the totals …"). Readers count a step that does another kind of
action than its item as garbled: "“Train staff on the new tools”: I would walk through the current process and
write down every input", "“Test for common vulnerabilities”: I would build in small milestones", "“Deploy the
app on AWS”: I would build in small milestones". Both the writer (``post_items.kind_step``, before it pairs an
item with one of the kind's steps) and the lint (``lint_letters.step_fit_check``) ask the same question here:

- the item's action: the class of its leading verb(s) ("Design, build and deploy …" -> build and ship); an item
  with no leading verb ("Data Warehouse in Snowflake") is work to build;
- the step's action: the class of what "I would …" does first ("agree", "map", "go through the current …" plan;
  "build", "make", "rebuild" build; "test", "cover … with tests" test; "hand over", "document", "deliver" hand over;
  "schedule", "add an alert", "keep a log" operate); a step that says only where the item comes in the order ("I
  would move on to this next …", ``EMPTY_STEP``) is judged by the lint as empty, not here;
- they fit when the step does one of the item's actions; analysing may take a planning step ("agree the questions
  the analysis must answer"), building only as the plan's first step; so a test item takes a test step, training or
  documenting a hand-over step.

Pure functions over one item and one step; linear in their length."""
from __future__ import annotations

import re

PLAN, BUILD, ANALYZE, TEST, OPERATE, HANDOVER, SHIP = "plan", "build", "analyze", "test", "operate", "handover", "ship"

# the item's leading verbs, by base form (``_base`` strips -s, -ing, -ed)
_ITEM_VERBS: dict[str, str] = {}
for _cls, _words in (
    (PLAN, "plan define scope gather outline specify map agree discuss consult advise brainstorm propose"),
    (BUILD, "build develop create design implement integrate connect configure set setup automate add customize "
            "customise modify write code program migrate upload optimize optimise improve refactor rebuild convert "
            "replace extend enhance update upgrade install edit assemble make produce craft draft transform extract "
            "clean load scrape collect structure redesign prepare generate port reduce streamline finish complete "
            "translate compile engineer establish restructure embed import"),
    (TEST, "test validate verify qa benchmark"),
    (ANALYZE, "analyze analyse research review audit assess evaluate investigate identify explore study examine compare "
              "interpret forecast find understand measure determine"),
    (OPERATE, "maintain monitor manage support organize organise coordinate schedule track handle respond moderate "
              "administer oversee keep process operate partner collaborate liaise attend participate"),
    (HANDOVER, "document train teach coach onboard deliver present summarize summarise report share provide "
               "communicate explain"),
    (SHIP, "deploy launch release publish host ship"),
):
    _ITEM_VERBS.update(dict.fromkeys(_words.split(), _cls))
# "Conduct a market analysis", "Perform an audit": analysing when the item names an analysis, else no action known
_NEUTRAL = frozenset(["conduct", "perform", "undertake", "carry"])
_ANALYSIS_NOUN = re.compile(r"\b(?:analys[ie]s|research|audits?|reviews?|assessments?|evaluations?|stud(?:y|ies)|"
                            r"surveys?|investigations?)\b", re.IGNORECASE)
_FIXING = frozenset(["fix", "debug", "troubleshoot", "resolve", "repair", "diagnose"])  # build or test steps fit
_KNOWN = frozenset(_ITEM_VERBS) | _FIXING | _NEUTRAL

# a job set up to repeat is run as well as built ("Set up a nightly backup" -> "I would schedule the backup …"; the one
# false positive of the lint's held-out letters, 17th session)
_RECURRING = re.compile(r"\b(?:nightly|daily|weekly|monthly|hourly|regular(?:ly)?|scheduled|recurring|every (?:night|"
                        r"day|week|month|hour))\b", re.IGNORECASE)
_MODEL = re.compile(r"\b(?:models?|classifiers?|networks?|algorithms?|llms?|embeddings?)\b", re.IGNORECASE)
# an item about lessons or sessions is the teaching itself, whatever its verb ("Deliver weekly lessons")
_TEACHING = re.compile(r"\b(?:lessons?|sessions?|classes|tutoring|workshops?|courses?)\b", re.IGNORECASE)

# what a step does first, after "I would"; the first pattern that matches wins (more specific ones first)
_STEP_CLASSES: tuple[tuple[re.Pattern, frozenset[str]], ...] = tuple(
    (re.compile(p, re.IGNORECASE), frozenset(c)) for p, c in (
        (r"^capture the\b", ()),  # the fields step: any item
        (r"^walk (?:you|your team) through\b|^set up the refresh and walk\b", (HANDOVER,)),
        (r"^(?:walk|go|read) through (?:the|your|it|its) (?:current|existing|list)\b|^walk through the current\b",
         (PLAN,)),
        (r"^(?:agree|map|pin down|list every|put tests|get the current|start from a short brief|start with a short|"
         r"write down|collect a set|check (?:each|the site|every) (?:source|first|figure)|check the site|"
         r"look at the (?:model|current)|review the current|work on a (?:copy|duplicate))\b", (PLAN,)),
        (r"^look at the data\b", (PLAN, ANALYZE)),
        (r"^work through it systematically\b|^clean and check\b|^work through the sources\b|^collect from\b",
         (ANALYZE, BUILD)),
        (r"^work through the store tasks\b", (BUILD, OPERATE)),
        (r"^(?:test|cover|run a small test|run it on paper|check the data and)\b", (TEST,)),
        (r"^(?:deploy|launch|release|publish)\b", (SHIP,)),
        (r"^add (?:an alert|logging|checks|tests|monitoring)\b", (OPERATE, BUILD)),  # also how a build is done
        (r"^(?:schedule|keep a (?:short )?log|monitor)\b", (OPERATE,)),
        (r"^(?:hand|document|deliver|package|share|explain|edit everything|train|teach)\b", (HANDOVER,)),
        (r"^(?:build|rebuild|make|connect|load|design|write|fix|reproduce|collect|clean|move|plan each|apply|"
         r"start from a simple|implement|create|set up|develop|integrate|automate|migrate|configure|"
         r"work in small steps)\b", (BUILD,)),
    ))
# a step that goes on to ship what it made ("document it and deploy it", "then launch it with you"); not a build
# "deployed to a test copy"
_SHIP_WORDS = re.compile(r"\b(?:and|then) (?:deploy|launch|publish|release)\b|\bprepare the release\b", re.IGNORECASE)


def _base(word: str) -> str:
    """The verb's base form when it is one this knows ("Building" -> "build"), else the word in lower case."""
    w = word.lower()
    if w in _KNOWN:
        return w
    for end, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("d", "")):
        if w.endswith(end) and w[: -len(end)] + add in _KNOWN:
            return w[: -len(end)] + add
    return w


def item_actions(item: str) -> frozenset[str]:
    """The classes of the item's leading verbs ("Design, build, and deploy …" -> build, ship); empty when the item
    opens with no verb this knows."""
    out: set[str] = set()
    for tok in re.findall(r"[A-Za-z][A-Za-z/-]*|[,&]", item)[:8]:
        if tok in (",", "&") or tok.lower() in ("and", "or", "then", "up", "out"):
            continue
        base = _base(tok)
        if base in _NEUTRAL:
            if _ANALYSIS_NOUN.search(item):
                out.add(ANALYZE)
            break
        if base in _FIXING:
            out |= {BUILD, TEST}
        elif base == "train" and _MODEL.search(item):
            out.add(BUILD)  # training a model is building it
        elif base in _ITEM_VERBS:
            out.add(_ITEM_VERBS[base])
        else:
            break
    if out and _TEACHING.search(item):
        out.add(BUILD)
    if BUILD in out and _RECURRING.search(item):
        out.add(OPERATE)
    return frozenset(out)


def _body(step: str) -> str:
    """The step without its "I would" / "we would"."""
    return re.sub(r"^\s*(?:I|we) would\s+", "", step.strip(), flags=re.IGNORECASE)


def step_actions(step: str) -> frozenset[str] | None:
    """The classes of what the step does first ("I would hand it over …" -> hand over); None when it is an empty
    step or opens with an action this does not know (it fits any item)."""
    body = _body(step)
    if EMPTY_STEP.match(body):
        return None
    for pattern, classes in _STEP_CLASSES:
        if pattern.search(body):
            out = set(classes)
            if SHIP not in out and _SHIP_WORDS.search(body):
                out.add(SHIP)
            return frozenset(out) if out else None
    return None


def fits(item: str, step: str, first: bool) -> bool:
    """True when the step does one of the item's actions; an item with no leading verb is work to build; analysing
    may take a planning step, building only as the plan's first step; an ongoing duty is never handed over."""
    step_cls = step_actions(step)
    if step_cls is None:
        return True
    item_cls = item_actions(item) or frozenset([BUILD])
    if OPERATE in item_cls and HANDOVER in step_cls and OPERATE not in step_cls:
        return False  # an ongoing duty ("Implement and manage the pricing") is not handed over and done
    if "how it works" in step and not item_cls & {BUILD, TEST, SHIP}:
        return False  # said of something built ("“Provide actionable insights”: … how it works" read as garbled)
    allowed = set(item_cls)
    if ANALYZE in item_cls or (first and BUILD in item_cls):
        allowed.add(PLAN)
    return bool(allowed & step_cls)


# a step that says only where its item comes in the order, not how it is done: "I would move on to this next and go
# through a real example of it with you", "we would begin here, so you see a first result early", "I would leave
# this for last and show you the result" (27th session: the line tuning readers named as empty in most letters they
# marked down)
EMPTY_STEP = re.compile(r"^(?:(?:start|begin) (?:here|with this)|(?:work through|do|move on to|take|add|keep|tackle|"
                        r"handle|look at) this(?: one)?(?: (?:next|first|too|as well|on too|after that|running)\b|"
                        r"\s*[,.])|(?:finish|end|close) with this|leave this (?:for|until) (?:last|the end))\b",
                        re.IGNORECASE)


# an approach line: the client's item in quotes, then our step, numbered or inline ("2. “Test the checkout”: I would
# …"); the step up to its sentence's end
_PLAN_LINE = re.compile(r"\u201c([^\u201d\n]{1,300})\u201d:[ \t]+((?:I|we) would [^\n.!?]{1,400})")


def empty_steps(text: str) -> list[tuple[str, str]]:
    """(item, step) for each approach line whose step says only where the item comes (``EMPTY_STEP``)."""
    return [(m.group(1), m.group(2)) for m in _PLAN_LINE.finditer(text) if EMPTY_STEP.match(_body(m.group(2)))]


def mismatched_steps(text: str) -> list[tuple[str, str]]:
    """(item, step) for each approach line whose step does another kind of action than its item, judged only
    where both actions are known (an item with no leading verb is not judged)."""
    out = []
    for m in _PLAN_LINE.finditer(text):
        item, step = m.group(1), m.group(2)
        if item_actions(item) and not fits(item, step, first=True):
            out.append((item, step))
    return out
