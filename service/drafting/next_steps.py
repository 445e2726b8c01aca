"""The next step of a project letter, per kind of work: what the client would send and what they would get back
first, before any milestone is agreed ("Send me the target URL and the fields you need, and I will return a handful
of sample rows"), and a call to action that follows from it (a reply with the material, not "Would that work for you this week?").

Modest by design: the client gets an opinion or a small sample back, never a finished deliverable, a date or a
number the post does not give. Each ``send`` is a noun phrase without commas (it also ends a frame); each ``back`` is
a bare-infinitive verb phrase. Fix, rush, role and consultation letters keep their own next steps
(``offline_writer._next_and_cta``)."""
from __future__ import annotations

import re

from service.drafting.ai_cases import AI_OFFER
from service.drafting.frames import NounPhrase, Quote, sentence, step_sentence
from service.drafting.instructions import LIST_MARK
from service.drafting.job_type import names_fault
from service.drafting.offline_phrases import PROJECT_CTAS, SEND_CTAS, pick
from service.drafting.post_claims import client_has_data
from service.drafting.question_check import DESIGN_READY, ONE_SITE

_ANY_DESIGNS = "any designs or a list of the main screens"
HAVE_DESIGNS = "the designs you have"  # the post says they exist: asking for "any designs" reads as not having read it
# kind id (kind_table.KINDS) -> (what the client sends, what they get back first)
OFFERS: dict[str, tuple[str, str]] = {
    "dashboard": ("an export from one source and the figures you check first",
                  "tell you which of them the data can already show"),
    "pipeline": ("a small sample from each source", "tell you how I would shape the first load"),
    "database": ("the schema without any personal data", "tell you which change I would make first"),
    "import": ("a sample of the source file and the target template",
               "map the fields and flag the ones that need your decision"),
    "scraping": ("the target URL and the fields you need",
                 "return a handful of sample rows before we agree the full run"),
    "ai": AI_OFFER,
    "ml": ("a sample of the data and how you judge a good result", "tell you which simple baseline I would try first"),
    "research": ("one example of a finished entry", "return a few entries in that format for you to check"),
    "analysis": ("a sample of the data and the questions you have", "tell you which of them it can answer as it is"),
    "spreadsheet": ("a copy of the file with dummy data", "tell you what I would change first"),
    "store": ("a link to a store whose look you like", "tell you what I would set up first"),
    "storeops": ("a list of the tasks you do every week", "tell you which of them I would take over first"),
    "theme": ("a screenshot of the page to change", "tell you how I would do it"),
    "website": ("the current site or a few examples you like", "tell you how I would build the first page"),
    "mobile": (_ANY_DESIGNS, "tell you how I would split the build"),
    "api": ("the documentation of the systems involved", "tell you which part I would build first"),
    "webapp": (_ANY_DESIGNS, "tell you which part I would build first"),
    "migration": ("a copy of the current code", "tell you what I would move first and what looks risky"),
    "teaching": ("what you are working on and where you get stuck", "plan the first session around it"),
    "review": ("what you want reviewed", "tell you where I would look first"),
    "copy": ("the current page or draft", "tell you what I would change first"),
    "automation": ("a list of the steps you do by hand today", "tell you which of them I would automate first"),
}
DEFAULT_STEP = "a short call to agree the first milestone"
FRAMES = ("Send me {send}, and I will {back}.", "If you send me {send}, I will {back}.")
# a service line's own step that is a call ("a 20-minute call to walk through the screens"): kept, after the offer
_CALL_STEP = re.compile(r"^(?:an?|one)\s+(?:[\w-]+\s+){0,2}call\b", re.IGNORECASE)
_STOP = frozenset({"about", "there", "their", "these", "those", "which", "would", "could", "should", "where", "while",
                   "today", "first", "before", "after", "every", "other", "start", "things", "thing", "your", "from", "with",
                   "what", "this", "that", "them", "most", "want", "need", "have", "does", "like", "each", "into"})


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _STOP}


# an offer the post's own words make untrue, by kind: (what the post must all say, unless, the offer instead); the first
# that matches wins. A spreadsheet to be built has no "copy of the file"; a dashboard fed by scraping has no "export
# from one source"; a scrape of the one site the post names is not asked for "the target URL" (tuning readers: "asks
# for an export when the data has to be scraped", "the URL and the fields are already in the post")
# the post names what to take from the site: the word "fields", a heading over the list ("Data Extraction:", "What we
# need scraped"), or the values after the verb ("extracts product titles, categories, and SEO keywords")
_FIELDS = re.compile(r"\b(?:fields?|columns?|data points|attributes)\b|^\W*(?:data extraction|what (?:we|i) need "
                     r"(?:scraped|extracted|collected)|data (?:to|we need to) (?:collect|extract|scrape))\b|\b(?:extract\w*|"
                     r"scrap\w+|collect\w*|captur\w+)\b[^.\n]{0,40}?\b(?:titles?|names?|prices?|emails?|phone "
                     r"numbers?|addresses|urls|links|sizes|categories|descriptions|ratings|reviews|(?:financial )?"
                     r"information \(|details \()", re.IGNORECASE | re.MULTILINE)
POST_OFFERS: dict[str, tuple[tuple[tuple[re.Pattern, ...], re.Pattern | None, tuple[str, str]], ...]] = {
    "spreadsheet": (((re.compile(r"\b(?:build|create|set up|design|make|develop)\b[^.\n]{0,60}\b(?:spreadsheet|sheet|"
                                 r"workbook|tracker)\b", re.IGNORECASE),),
                     re.compile(r"\b(?:existing|current|our|my) (?:[\w-]+ ){0,2}(?:spreadsheets?|sheets?|workbooks?|"
                                r"excel files?)\b", re.IGNORECASE),
                     ("a few sample rows of the data you track today", "tell you how I would lay out the sheet")),),
    "dashboard": (((re.compile(r"\bscrap\w+ (?:[\w-]+ ){0,8}?(?:websites?|sites?|web ?pages?|the web|portals?|"
                               r"platforms?|marketplaces?)\b|\bweb[- ]scrap\w+|\bcrawl\w*", re.IGNORECASE),), None,
                   ("the list of sites and the figures you want to see first",
                    "tell you which of them each site can give")),),
    # the data comes with the post ("analysis of the given dataset", "the CSV is attached"): no sample asked for (pool
    # readers: "asks for a sample when the dataset is already available")
    "analysis": (((re.compile(r"\b(?:given|provided|attached|supplied) (?:data ?sets?|data|csv(?: files?)?|excel files?|"
                              r"spreadsheets?)\b|\b(?:data ?sets?|data|csv(?: files?)?|files?) (?:is|are|will be) (?:provided|"
                              r"attached|supplied|given)\b", re.IGNORECASE),), None,
                  ("the questions you most want the data to answer", "tell you how I would approach each of them")),),
    "scraping": (((ONE_SITE, _FIELDS), None, ("any fields you need beyond those your post lists",
                                              "return a handful of sample rows from the site before we agree the full run")),
                 ((ONE_SITE,), None, ("the fields you need from the site",
                                      "return a handful of sample rows before we agree the full run"))),
}
# the post has its designs ("from Figma", "designs are ready"): the offer asks for them, not for "any designs", a
# screenshot or examples you like (tuning readers: "asks for a screenshot when a Figma design exists")
_DESIGN_SENDS = frozenset({_ANY_DESIGNS, "a screenshot of the page to change", "the current site or a few examples you like",
                           "a link to a store whose look you like",
                           "any designs you have or a store whose look you like"})  # a new theme (kind_variants)
# a service line's call "to walk through the screens" on a post with none ("No UI needed", a bot, an API)
_SCREENS = re.compile(r"\b(?:screens?|pages?|designs?|mock-?ups?|ui)\b", re.IGNORECASE)
_NO_UI = re.compile(r"\bno (?:ui|gui|user interface|front[- ]?end|interface|screens?)\b|\bheadless\b|\bwithout (?:a |an |"
                    r"any )?(?:ui|gui|user interface|front[- ]?end|interface)\b", re.IGNORECASE)
_UI_KINDS = frozenset({"webapp", "mobile", "website", "theme", "store", "dashboard"})
_UI_POST = re.compile(r"\b(?:screens?|ui|ux|front[- ]?end|pages?|designs?|figma|dashboards?|apps?|web ?apps?|websites?|"
                      r"sites?|interfaces?|portal|react|next\.?js|vue|angular|svelte|flutter|swiftui|extensions?)\b",
                      re.IGNORECASE)


_LISTED = re.compile(rf"^\s*{LIST_MARK}\s+\S", re.MULTILINE)  # a list item line of the post
# the post lists the figures or questions it wants answered ("These are the metrics we track: 1. renewals …"): no
# "the questions you have" (tuning readers: the letter asked for questions the post had listed in detail)
_LISTED_ASKS = re.compile(r"\b(?:the |these |following |my |our )(?:[\w-]+ ){0,2}(?:metrics|kpis|questions|figures|"
                          r"measures)\b[^.:\n]{0,60}:\s*(?:\n\s*)?(?:1[.)]|[-•*])", re.IGNORECASE)
# health or personal data: a sample the client sends is de-identified (tuning readers: "asks for real patient data on
# a HIPAA project is a red flag", three of three)
_SENSITIVE = re.compile(r"\b(?:hipaa|phi|ephi|patients?'? (?:data|records|information)|medical records|health records|"
                       r"ehr|emr|personally identifiable|pii|gdpr|protected health)\b", re.IGNORECASE)
_DE_IDENTIFIED = re.compile(r"^an? (small )?(?=sample|export)")

# the designs exist in Figma ("from Figma", "our Figma designs"), not a Figma designer wanted
_IN_FIGMA = re.compile(r"\b(?:from|in|our|my|the|existing|provided|attached|ready) figma\b|\bfigma (?:designs?|files?|"
                       r"mock-?ups?|prototypes?|screens?|links?|frames?)\b(?! (?:are|is) (?:not|to be)\b)", re.IGNORECASE)


def _designs_named(post: str) -> str:
    """How to ask for the designs the post says exist ("the Figma file", "the designs you have"), or "" when it says
    none exist; "Figma" alone may be a skill asked for ("a Figma designer")."""
    if _IN_FIGMA.search(post):
        return "the Figma file"
    return HAVE_DESIGNS if any(m.group(0).lower() != "figma" for m in DESIGN_READY.finditer(post)) else ""


# the post hands its designs over ("See attached file for mockup", "You will receive … an interactive HTML design
# prototype"): tuning readers marked "Send us the designs you have" as not having read the post
_HANDED = re.compile(r"\battach(?:ed|ments?)\b|\byou(?:'ll|’ll| will) (?:receive|get|be given)\b|\b(?:we|i)(?:'ll|’ll| "
                     r"will) (?:provide|send|share)\b", re.IGNORECASE)
_DESIGN_NOUN = re.compile(r"\b(mock[- ]?ups?|prototypes?|wireframes?)\b", re.IGNORECASE)


def handed_designs(post: str) -> str:
    """What the post says it attaches or will hand over as the designs ("the mockup you attached", "the prototype you
    will share"), or "" when it hands none over."""
    for line in re.split(r"(?<=[.!?])\s+|\n", post):
        handed = _HANDED.search(line)
        if handed and any(m.group(0).lower() != "figma" for m in DESIGN_READY.finditer(line)):
            noun = _DESIGN_NOUN.search(line)
            what = re.sub(r"[- ]", "", noun.group(1).lower()) if noun else "designs"
            return f"the {what} you {'attached' if handed.group(0).lower().startswith('attach') else 'will share'}"
    return ""


def offer_for(kind_id: str, seed: int, post: str = "", own: tuple[str, str] | None = None) -> str | None:
    """The kind's offer as a sentence (``own``: its variant's, when it has one), or None when the kind has none (a
    general post)."""
    if own is None and kind_id not in OFFERS:
        return None
    if own is None:
        own = next((offer for says, unless, offer in POST_OFFERS.get(kind_id, ())
                    if all(p.search(post) for p in says) and not (unless and unless.search(post))), None)
    send, back = own or OFFERS[kind_id]
    if re.search(r"sample of (?:the|your) data|\bexports?\b", send) and not client_has_data(post):
        return None  # the client has no data to send: the default first step (agree the first milestone)
    if send == OFFERS["analysis"][0] and _LISTED_ASKS.search(post):
        send, back = "a sample of the data", "tell you which of the figures you list it can give as it is"
    if _SENSITIVE.search(post):
        send = _DE_IDENTIFIED.sub(lambda m: f"a {m.group(1) or ''}de-identified ", send)
    if send in _DESIGN_SENDS:
        if handed := handed_designs(post):
            return sentence(f"Once I have gone through {handed}, I will {back}.")
        send = _designs_named(post) or send
    if send == _ANY_DESIGNS and len(_LISTED.findall(post)) >= 8:
        send = "any designs you have"  # the post lists the screens itself (a feature-by-feature spec)
    return sentence(FRAMES[seed % len(FRAMES)].format(send=send, back=back))


# a configured next step that presumes existing material, and a post about new work that names none
_PRESUMES = re.compile(r"\b(?:current|existing)\b", re.IGNORECASE)
_NEW_WORK = re.compile(r"\b(?:new|from scratch|brand[- ]new|first|(?:need|write|create|build|draft)\s+an?)\s+(?:[\w-]+\s+){0,3}?(?:sequences?|sites?|websites?|pages?|"
                       r"stores?|apps?|brands?|campaigns?|series|newsletters?|dashboards?|reports?)\b", re.IGNORECASE)


def project_next(kind_id: str, configured: str, question: str, seed: int, post: str = "",
                 own: tuple[str, str] | None = None) -> tuple[str, str, str]:
    """(next step, call to action, question) for a project letter of this kind.

    ``configured``: the service line's own next step, if any. The default call, or none, gives way to the kind's
    offer; a configured call is kept as the closing after the offer; any other configured step (a concrete first
    deliverable) is the next step, as is the default call for a kind without an offer (a general post).
    ``question``: the letter's question; dropped when the offer already asks for what it asks about."""
    step = NounPhrase.loose(configured)
    if step is not None and _SCREENS.search(step.text) and (_NO_UI.search(post) or not (
            kind_id in _UI_KINDS or _UI_POST.search(post))):
        step = None  # no screens to walk through
    if step is not None and _PRESUMES.search(step.text) and _NEW_WORK.search(post) and not _PRESUMES.search(post):
        step = None  # "a review of the current sequence" for a new sequence (found trying the product)
    configured = "" if step is None or step.text == DEFAULT_STEP else step.text
    offer = offer_for(kind_id, seed, post, own)
    if not offer or (configured and not _CALL_STEP.match(configured)):
        return step_sentence(step or NounPhrase(DEFAULT_STEP), seed), pick(PROJECT_CTAS, seed, 8), question
    cta = sentence(f"After that, I would suggest {configured}") if configured else SEND_CTAS[seed // 2 % 2]
    if question and len(_stems(question.split(":", 1)[-1]) & _stems((own or OFFERS[kind_id])[0])) > 1:
        question = ""
    return offer, cta, question


# the post's next step is a test task ("each applicant completes a short paid test", "a paid trial task"): the letter
# takes it up (tuning readers: "ignores that the first step is a paid test", all three 2)
TEST_TASK = re.compile(r"\b(?:paid tests?(?: tasks?| projects?| jobs?)?|paid trial (?:tasks?|projects?)|test tasks?|trial tasks?|trial projects?|"
                       r"(?:complete|take|do|pass) (?:a|an|the|our|one) (?:simple |short |small |quick |paid |generic |"
                       r"skills? )*(?:test|assessment)(?! (?:cases?|suites?|coverage|scripts?|automation|data|plans?)\b))",
                       re.IGNORECASE)
TEST_STEP = ("I am glad to start with the test your post describes, so you can judge the work on something real before "
             "anything more.")
TEST_CTA = "Send it over whenever it suits you, and I will tell you when to expect it back."


def test_task_next(post: str) -> tuple[str, str] | None:
    """(next step, call to action) taking up the test task the post's next step is, or None."""
    return (TEST_STEP, TEST_CTA) if TEST_TASK.search(post or "") else None


# a fix whose post names the change it followed ("stopped sending emails after a plugin update", "broke since we upgraded
# to Django 4.2"): that change is what gets checked first, in the client's words (third probe: "how to reproduce the
# problem reliably" read as generic when the post had said what broke it). The sentence must name the fault too.
_TRIGGER = re.compile(r"\b(?:after|since)\s+(?P<what>(?:(?:we|i|they|someone|somebody|a colleague) )?(?:install|updat|"
                      r"upgrad|deploy|chang|mov|switch|migrat|enabl|replac)(?:ing|ed)\b(?:[^.!?\n,;()]|\.(?=\w)){0,50}|"
                      r"(?:an?|the|our|my) (?:[\w.-]+ ){0,3}?(?:update|upgrade|migration|deploy(?:ment)?|installation|"
                      r"move|switch)\b(?: to (?:[^.!?\n,;()]|\.(?=\w)){1,30})?)", re.IGNORECASE)
_BROKE = re.compile(r"\b(?:broke|stopped|no longer|(?:is|does|wo|ca)n[’']?t|fails?|failing|errors?|crash\w*|down)\b", re.IGNORECASE)


def trigger_step(post: str) -> str:
    """The fix's first step when a sentence of the post names both the fault and the change it followed, else ""."""
    for sent in re.split(r"(?<=[.!?])\s+|\n+", post or ""):
        if (m := _TRIGGER.search(sent)) and (names_fault(sent) or _BROKE.search(sent)) and len(what := m.group("what").strip()) > 6:
            return sentence(f"It started after {Quote(what).render()}, so the first thing I would check is what that "
                            f"change touched, with it undone on a copy, and I can start as soon as you share access")
    return ""

