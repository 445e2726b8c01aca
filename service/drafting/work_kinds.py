"""What kind of work a post asks for, and what a letter can truthfully say about that kind of work.

The offline writer does not understand a post; it recognises its kind (a dashboard, a scraper, a Shopify
theme change, an ongoing role…) from whole words of the title and the description, and then writes from a
team-written table for that kind: how the client's need reads in our words, three approach steps that are
true for any post of that kind, and one question worth asking. The only job text that enters these
sentences is a list of named tools from the skills vocabulary (``{tools}``), never a fragment of the post.

A template is a sentence with optional segments in square brackets: ``"You need a dashboard[ in {bi}]."``
keeps ``" in Tableau"`` when the ``bi`` slot has a value and drops the whole segment when it has none, so
every sentence a template can produce is grammatical with or without its slots (tests/pipeline generate
every combination)."""
from __future__ import annotations

import re
from dataclasses import replace

from service.drafting.existing_work import existing_work
from service.drafting.frames import SlotError, join_and, sentence
from service.drafting.kind_rules import (
    ASSESSMENT_PRODUCT,
    EDU_PRODUCT,
    GENERAL_TITLES,
    HOSTED_ON,
    KIND_SWAPS,
    NOT_KIND_WORDS,
    TEACH_US,
    TITLE_BONUS,
)
from service.drafting.kind_table import GENERAL, KINDS, SUBJECTS, WorkKind
from service.drafting.kind_tools import (
    BI_TOOLS,
    COLLAB,
    SHOP_PLATFORMS,
    SHORT,
    SITE_PLATFORMS,
)
from service.drafting.kind_variants import CASES, VARIANTS
from service.drafting.topic_table import TOPIC_KINDS, TOPICS, Topic
from service.text.skills import find_skills_in_text, normalise_skill
from service.text.skills_vocab import CONCEPTS, VOCAB

_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, **slots: str | None) -> str:
    """Render a template: an optional ``[segment]`` appears only when every slot in it has a value."""
    def seg(m: re.Match) -> str:
        names = _SLOT.findall(m.group(1))
        return m.group(1) if all(slots.get(n) for n in names) else ""

    text = _SEGMENT.sub(seg, template)
    missing = [n for n in _SLOT.findall(text) if not slots.get(n)]
    if missing:
        raise SlotError(f"required slot(s) without a value: {', '.join(missing)}")
    text = _SLOT.sub(lambda m: str(slots[m.group(1)]), text)
    return sentence(re.sub(r"\s+([,.?])(?!\w)", r"\1", text))  # a dropped segment's space, not ".NET"


def slot_names(template: str) -> set[str]:
    return set(_SLOT.findall(template))


def _find(text: str, word: str) -> list[re.Match]:
    return list(re.finditer(rf"(?<![\w+#.-]){re.escape(word)}(?![\w+#-]|\.\w)", text))


def _count(text: str, word: str) -> int:
    return len(_find(text, word))


# tool names posts often write glued or split ("PowerBI", "GoogleSheets", "Looker studio"), spelled the way the
# topic triggers expect; used only to recognise the topic, never for text in a letter (the kinds keep the post's
# spelling: a tool named five times is not evidence of a dashboard)
_SPELLINGS = tuple((re.compile(p, re.IGNORECASE), name) for p, name in (
    (r"\bpower ?bi\b", "Power BI"), (r"\bg(?:oogle ?)?sheets?\b", "Google Sheets"),
    (r"\blooker ?studio\b", "Looker Studio"), (r"\b(?:google ?)?data ?studio\b", "Data Studio"),
    (r"\bapps? ?script\b", "Apps Script"), (r"\bpower ?automate\b", "Power Automate"),
    (r"\bpower ?query\b", "Power Query"), (r"\bbig ?query\b", "BigQuery"), (r"\bms ?excel\b", "MS Excel"),
    (r"\bword ?press\b", "WordPress"), (r"\bwoo ?commerce\b", "WooCommerce"), (r"\bchat ?gpt\b", "ChatGPT"),
    (r"\bweb ?scrap(e|er|ers|ing)\b", r"web scrap\1"), (r"\bdash ?(boards?)\b", r"dash\1")))


def spelled(text: str) -> str:
    for pattern, name in _SPELLINGS:
        text = pattern.sub(name, text or "")
    return text


_NOT_KIND = tuple((re.compile(p, re.IGNORECASE), repl) for p, repl in NOT_KIND_WORDS)
_TITLE_BONUS = tuple((re.compile(p, re.IGNORECASE), kid, bonus) for p, kid, bonus in TITLE_BONUS)


def _kind_text(text: str) -> str:
    for pattern, repl in _NOT_KIND:
        text = pattern.sub(repl, text)
    return text.lower()


def classify(title: str, description: str, domains: frozenset[str], min_score: float = 2) -> WorkKind:
    """The kind whose words the post uses most (title words count three times), among the kinds the workspace's
    kind of work fits; GENERAL when none is evidenced."""
    if re.search(GENERAL_TITLES, title or "", re.IGNORECASE):
        return GENERAL
    t, d = (_kind_text(spelled(title or "")), _kind_text(spelled(description or "")))
    firsts = {k.id: min((m.start() for w in k.words for m in _find(t, w)), default=len(t) + 1) for k in KINDS}
    lead = min(firsts.values(), default=0)
    best, best_score = GENERAL, 0.0
    whole = f"{title}\n{description}"
    product = re.search(EDU_PRODUCT, whole, re.IGNORECASE) and not re.search(TEACH_US, whole, re.IGNORECASE)
    taken = re.search(ASSESSMENT_PRODUCT, whole, re.IGNORECASE)  # an assessment users take is built, not reviewed
    for rank, kind in enumerate(KINDS):
        if not kind.domains & domains or kind.id == "teaching" and product or kind.id == "review" and taken:
            continue  # an education or a fitness app is no lesson
        score = sum(3 * _count(t, w) + min(_count(d, w), 4) for w in kind.words)
        score += 2 if firsts[kind.id] == lead <= len(t) else 0  # the title names its main need first
        score += sum(bonus for pat, kid, bonus in _TITLE_BONUS if kid == kind.id and pat.search(t))
        score -= rank * 0.01  # ties: the table's order (more specific kinds first)
        if score > best_score:
            best, best_score = kind, score
    if best_score < min_score - 0.5:
        return GENERAL
    for kid, pattern, to in KIND_SWAPS:
        if best.id != kid:
            continue
        other = next(k for k in KINDS if k.id == to)
        if other.domains & domains and re.search(pattern, f"{title}\n{description}", re.IGNORECASE):
            best = other
    return for_post(best, f"{title}\n{description}")


def for_post(kind: WorkKind, text: str) -> WorkKind:
    """The kind with the steps that are true to the post: its new-build or its existing-work variant
    (``kind_variants``) when the post says which, or a case of it that its own steps misread (``CASES``); else the
    kind as written."""
    for case in CASES.get(kind.id, ()):
        if re.search(case.when, text or "", re.IGNORECASE) and not (
                case.unless and re.search(case.unless, text or "", re.IGNORECASE)):
            return replace(kind, steps=case.steps, start=case.start, question=case.question, offer=case.offer,
                           answered_if="", need=case.need or kind.need, question_existing="",  # the case's own
                           read_closely=not case.topic_question)
    v = VARIANTS.get(kind.id)
    if v is None:
        return kind
    existing = (existing_work(text, kind.id) if v.existing_if is None
                else bool(re.search(v.existing_if, text or "", re.IGNORECASE)))
    if v.steps_new and not existing and (not v.new_if or re.search(v.new_if, text or "", re.IGNORECASE)):
        return replace(kind, steps=v.steps_new, start=v.start_new or kind.start,
                       question=v.question_new or kind.question)
    if v.steps_existing and existing:
        return replace(kind, steps=v.steps_existing, start=v.start_existing or kind.start,
                       question=v.question_existing or kind.question, offer=v.offer_existing or kind.offer)
    return kind


_NAME = re.compile(r"(?<![\w@/.-])(?:[A-Z][a-z]+(?:[A-Z][a-z]+){1,2}|[A-Z][a-z]+\.(?:com|io|ai|so|co))(?![\w@/-])")
_LABEL_GLUE = re.compile(r"^(?:Type|Location|Posted|Budget|Hourly|Fixed|Duration|Level|Skills|Project|Job|Client|"
                         r"Payment|Proposals|Hours|Experience|Contract|Country|Member|Rating|Spent|About|Activity)"
                         r"[A-Z]")  # page labels glued to their values in browser-copied text ("TypeContract")
# a class or pattern name from the client's code ("HttpClient", "PageObjects"), not a product to name in a sentence
_CODE_NAME = re.compile(r"[a-z](?:Client|Objects?|Service|Manager|Controller|Handler|Factory|Exception|Provider|Helper|"
                        r"Utils?|Builder|Adapter|Component|Request|Response|Repository)$")
_NOT_NAMES = frozenset(["saas", "paas", "iaas", "devops", "devsecops", "fintech", "edtech", "proptech", "insurtech", "healthtech", "martech", "agtech", "agritech", "medtech", "legaltech", "regtech", "cleantech", "climatetech", "foodtech", "adtech", "b2b", "b2c", "iphone", "ipad", "macos", "youtube", "linkedin", "javascript", "typescript", "github", "gitlab", "chatgpt", "openai"])


def product_names(text: str) -> list[str]:
    """Product and platform names the post uses that the vocabulary does not know (KuCoin, Cal.com, SageMaker): a
    word with an inner capital or a .com-style ending. Verbatim from the post, so they can fill a tools slot
    without claiming anything; capitalised plain words are not taken (titles capitalise every word)."""
    known = {t.lower() for t in find_skills_in_text(text or "")}
    out: list[str] = []
    for m in _NAME.finditer(text or ""):
        word = m.group(0)
        if word.lower() in _NOT_NAMES or word.lower() in known or normalise_skill(word) is not None or word in out \
                or _LABEL_GLUE.match(word) or _CODE_NAME.search(word):
            continue
        out.append(word)
    return out


# a sentence that only floats a tool ("Probably PWA, IndexedDB/SQLite/Capacitor.") does not make it the job's tool
_HEDGED = re.compile(r"\b(?:probably|maybe|perhaps|possibly|optionally|might use|could use|open to|feel free to use|"
                     r"you (?:can|may) use)\b", re.IGNORECASE)  # "Feel free to use ChatGPT": no tool of the job
_SENTENCES = re.compile(r"(?<=[.;!?])\s+|\n")


def post_tools(title: str, description: str) -> list[str]:
    """Named vocabulary tools the post's own text mentions (no kinds of work), in order of first mention (client
    tags are not used: often generic or wrong); a tool named only in a hedged sentence is left out."""
    text = f"{title}\n{description}"
    tools = [t for t in find_skills_in_text(text) if t not in CONCEPTS]
    if not _HEDGED.search(text):  # the usual post: no second scan
        return tools
    firm = set(find_skills_in_text("\n".join(s for s in _SENTENCES.split(text) if not _HEDGED.search(s))))
    return [t for t in tools if t in firm]


def named_tools(tools: list[str], limit: int = 3, among: tuple[str, ...] | None = None,
                exclude: tuple[str, ...] = ()) -> str | None:
    """'Shopify, Klaviyo and Google Ads': named tools from the vocabulary (no kinds of work), in the post's order."""
    out: list[str] = []
    for t in tools:
        if t in CONCEPTS or t in COLLAB or t in exclude or (among is not None and t not in among and t in VOCAB):
            continue
        name = SHORT.get(t, t)
        if name not in out:
            out.append(name)
    return join_and(out[:limit]) if out else None


# nouns a need sentence may say only when the post says them too (else the plainer variant is used)
PLAIN = {"dashboard": ("You need a dashboard", "You need reporting"),
         "mobile app": ("You need a mobile app", "You need an app"),
         "spreadsheet": ("You need a spreadsheet", "You need a workbook"),
         "website": ("You need a website", "You need a site")}


# a charity, a school or a club is no business (pool readers: "it talks about 'the business' for an NGO's donations")
_NOT_A_BUSINESS = re.compile(r"\b(?:ngos?|non-?profits?|not[- ]for[- ]profit|charit(?:y|ies|able)|donations?|donors?|"
                             r"church|school|university|council|foundation|club)\b", re.IGNORECASE)


def grounded_need(template: str, post: str) -> str:
    low = (post or "").lower()
    for noun, (this, plain) in PLAIN.items():
        if this in template and noun not in low and noun.split()[0] + "s" not in low:
            template = template.replace(this, plain)
    return template.replace("the business", "the organisation") if _NOT_A_BUSINESS.search(low) else template


FIRST_CHARS = 200  # the description's opening sentence or two
LEAD_CHARS = 400  # the description's lead: where a post says what it is mainly about
_SUBJECTS = tuple((re.compile(rf"\b(?:{pat})\b", re.IGNORECASE), noun) for pat, noun in SUBJECTS)


def subject_of(title: str, description: str) -> str | None:
    """What the post's data is about ("sales", "property"), from a closed list: the first the title names, else
    the first the description's lead names; None when neither does."""
    for text in (title or "", (description or "")[:LEAD_CHARS]):
        hits = [(m.start(), m.group(0).lower() if noun == "e-commerce" else noun)  # the post's own spelling
                for pat, noun in _SUBJECTS if (m := pat.search(text))]
        if hits:
            return min(hits)[1]
    return None


_NEGATED = re.compile(r"\b(?:no|not|don'?t|don’t|do not|never|without|avoid|instead of|rather than|isn'?t|isn’t|"
                      r"(?:preferred|favou?red|chosen) over|in place of)\b", re.IGNORECASE)  # "(preferred over Stripe)"
# "Node.js" and "Make.com" stay inside their sentence, and so does a list that ends "… etc. might not work"
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S)|(?<=\betc)\.)+")


# the client's own team does the tool's part: "we handle the Python part ourselves" (pool readers: "leads
# with Python, which we said we handle ourselves")
_IN_HOUSE = re.compile(r"\b(?:handle|do|take care of|cover|manage|own)\b[^.!?\n]{0,50}\b(?:ourselves|in-house|internally)\b",
                       re.IGNORECASE)
_HOSTED = re.compile(HOSTED_ON, re.IGNORECASE)  # a tool named only as the build's host site (``work_modes``)


def said_plainly(tool: str, text: str, names=None) -> bool:
    """At least one sentence of the post names the tool without a negation ("Selenium might not work", "please
    don't use an LLM"), and none says the client's team does that part itself. ``names(tool, sentence)`` says whether
    a sentence names it (default: the vocabulary)."""
    found = names or (lambda t, s: t in find_skills_in_text(s))
    naming = [s for s in _SENTENCE.findall(text or "") if found(tool, s)]
    return not any(_IN_HOUSE.search(s) for s in naming) and any(not (_NEGATED.search(s) or _HOSTED.search(s))
                                                                for s in naming)


DESIGN_APPS = frozenset(["Figma", "Adobe Photoshop", "Adobe Illustrator", "Adobe InDesign", "Adobe XD", "Canva", "Sketch",
                         "Adobe After Effects", "Adobe Premiere Pro"])
# what software runs on, not what it is built with ("software built with Android and iOS": pool readers, garbled)
OPERATING_SYSTEMS = frozenset(["Android", "iOS", "Windows", "macOS", "Linux"])


def need_sentence(kind: WorkKind, tools_in_post: list[str], names: list[str] = (), post: str | None = None,
                  subject: str | None = None) -> str:
    if post is not None:  # a tool the post names only to rule it out does not fill the slot
        tools_in_post = [t for t in tools_in_post if said_plainly(t, post)]
    bi = named_tools(tools_in_post, 1, among=BI_TOOLS)
    platform = named_tools(tools_in_post, 1, among=SHOP_PLATFORMS if kind.id in ("store", "storeops", "theme")
                           else SITE_PLATFORMS)
    used = ({bi} if "{bi}" in kind.need else set()) | ({platform} if "{platform}" in kind.need else set())
    exclude = tuple(t for t in tools_in_post if SHORT.get(t, t) in used)
    exclude += tuple(t for t in tools_in_post if t in DESIGN_APPS or t in OPERATING_SYSTEMS)  # what is built from or
    # for, not with ("software built with Adobe Photoshop, HTML and CSS": pool readers, "makes no sense")
    tools = named_tools([*tools_in_post, *(names if kind.product_names else ())], 3 if kind.id != "fix" else 2,
                        among=kind.tools_among, exclude=exclude)
    return fill(kind.need if post is None else grounded_need(kind.need, post), tools=tools, bi=bi, platform=platform,
                subject=subject)



# a sentence or bullet about the candidate rather than the work: a tool named only there is a skill the client
# lists, not the job's concern
_ABOUT_YOU = re.compile(r"\b(?:knowledge (?:of|in)|experience (?:with|in|using)|experienced (?:with|in)|proficien\w+|"
                        r"familiar\w*|expertise (?:in|with)|skilled (?:in|with)|background in|understanding of|"
                        r"nice to have|a plus|preferred|years of)\b", re.IGNORECASE)
_PARTS = re.compile(r"\n|(?<=[.!?])\s+|\s[-•·]\s")


# a tie-break by the table's order must never outweigh a mention: with 130+ topics a step of 0.01 cost the last ones
# 1.3 points, so a remark on the post's main subject lost to an earlier side topic with one mention fewer
TOPIC_TIE_STEP = 0.001


def find_topic(title: str, description: str, domains: frozenset[str], kind_id: str = "general") -> Topic | None:
    """The team-written topic the post is most about (``topic_table``): its trigger counts three times in the
    title, once per mention in the description (at most three) and once more in the description's lead. A
    single passing mention deep in a long post is not enough (the score must reach 2). Only topics that read
    right for the post's kind of work (``TOPIC_KINDS``) are considered. A fallback topic (a remark on the kind of
    work itself) is weighed only when no other topic is found."""
    t, d = spelled(title), spelled(description)
    for fallback in (False, True):
        found = _best_topic(t, d, domains, kind_id, fallback)
        if found is not None:
            return found
    return None


# a mention the post negates is no mention: "No data modelling needed.", "no need for a dashboard", "a CRM is not
# required" (the table order once kept such late topics out by accident, see TOPIC_TIE_STEP)
_NEGATED_MENTION = re.compile(r"\bno (?:[\w/+-]+ ){1,4}?(?:is |are )?(?:needed|required|necessary)\b|\bno need (?:for|to) "
                              r"[^.;:!?\n]{0,40}|(?:\b[\w/+-]+ ){1,4}(?:is|are) not (?:needed|required|necessary)\b|"
                              # "No WordPress/Wix/Webflow", "using WordPress/Wix/Webflow is not an option"
                              r"\bno [\w.+-]+(?:/[\w.+-]+)+|(?:\b[\w/.+-]+ ){1,4}(?:is|are) (?:not an option|not allowed|"
                              r"out of the question)\b|"
                              # a later phase is no mention: "room for a future mobile app", "a mobile app
                              # eventually" (a web app's post)
                              r"\b(?:future|eventually|later) (?:[\w&/+-]+ ){0,3}?(?:apps?|applications?|versions?|phases?|"
                              r"development)(?: development)?\b(?: \([^)\n]{0,30}\))?|"
                              # the site a build is only embedded in or linked from is its host (``work_modes``)
                              + HOSTED_ON + "|"
                              # a colleague or an extra is no mention of the work: "you would sit alongside our
                              # back-end people and DevOps", "Docker … is a plus" (pool readers: an infrastructure remark for a
                              # front-end job)
                              r"\b(?:alongside|together with)(?:,? (?:and |& )?(?:an? |our |the )?(?:[\w-]+ ){0,3}?(?:developers?|"
                              r"engineers?|devops|designers?|team)s?\b)+|[^.;:\n]{0,120}\b(?:is|are|would be|a) (?:big |huge )?"
                              r"plus\b|"
                              r"\b(?:a plus|not a (?:hard )?requirement)\b[^.\n]{0,120}",
                              re.IGNORECASE)


def second_topic(title: str, description: str, domains: frozenset[str], kind_id: str, first: Topic | None,
                 said: str = "") -> Topic | None:
    """A second team-written topic the post is about, besides ``first`` (never a fallback remark), or None; never one
    whose remark mostly repeats the first's or a sentence in ``said`` (the letter so far: two Google Sheets topics
    share a sentence). Tuning readers rated a second precise remark up (+0.21 within readers, +0.07 to +0.34)."""
    if first is None or first.fallback:
        return None
    second = _best_topic(spelled(title), spelled(description), domains, kind_id, False, exclude=first.id)
    if second is None:
        return None
    words = set(re.findall(r"[a-z]{4,}", second.insight.lower()))
    for other in [first.insight, *re.split(r"(?<=[.!?])\s+|\n+", said)]:
        if len(words & set(re.findall(r"[a-z]{4,}", other.lower()))) > len(words) / 2:
            return None
    return second


def _best_topic(t: str, d: str, domains: frozenset[str], kind_id: str, fallback: bool, exclude: str = "") -> Topic | None:
    t, d = _NEGATED_MENTION.sub(" ", t), _NEGATED_MENTION.sub(" ", d)
    work = " ".join(p for p in _PARTS.split(d) if not _ABOUT_YOU.search(p))
    whole = f"{t}\n{d}"
    best, best_score, main_score = None, 1.5, 0.0
    for rank, topic in enumerate(TOPICS):
        if topic.fallback != fallback or not topic.domains & domains or topic.id == exclude:
            continue
        in_desc = len(topic.pattern.findall(d))
        if not topic.pattern.search(t) and in_desc < 2 and not topic.pattern.search(d[:FIRST_CHARS]):
            continue  # one mention in the body, past the opening sentence, is a side mention ("… and excel files")
        if not topic.evidenced(whole):
            continue  # the trigger's word without the concern the insight speaks to (a scheduled script, a forecast)
        if not topic.pattern.search(t) and not topic.pattern.search(work):
            continue  # named only among the candidate's skills ("Advanced knowledge of Google Sheets")
        if fallback and kind_id not in TOPIC_KINDS[topic.id]:
            continue  # a remark on another kind of work is no main subject that could veto one that fits
        score = 3 * len(topic.pattern.findall(t)) + min(in_desc, 3)
        score += 1 if topic.pattern.search(d[:LEAD_CHARS]) else 0
        score -= rank * TOPIC_TIE_STEP  # ties only: the table's order
        main_score = max(main_score, score) if topic.veto else main_score
        if kind_id in TOPIC_KINDS[topic.id] and score > best_score:
            best, best_score = topic, score
    # the know-how must be about the post's main need: when a topic that reads wrong for this kind of work is the
    # one the post is mostly about (a Power BI export automation), no weaker side topic (Excel) stands in for it
    if exclude:  # a second remark: any topic the post is clearly about, whatever the first
        return best.named(t, d) if best is not None else None
    return best.named(t, d) if best is not None and best_score >= main_score - 1 else None
