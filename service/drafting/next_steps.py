"""The next step of a project letter, per kind of work: what the client would send and what they would get back
first, before any milestone is agreed ("Send me the target URL and the fields you need, and I will return a handful
of sample rows"), and a call to action that follows from it (a reply with the material, not "Would that work for you this week?").

Modest by design: the client gets an opinion or a small sample back, never a finished deliverable, a date or a
number the post does not give. Each ``send`` is a noun phrase without commas (it also ends a frame); each ``back`` is
a bare-infinitive verb phrase. Fix, rush, role and consultation letters keep their own next steps
(``offline_writer._next_and_cta``)."""
from __future__ import annotations

import re

from service.drafting.frames import NounPhrase, sentence, step_sentence
from service.drafting.offline_phrases import PROJECT_CTAS, pick
from service.drafting.question_check import DESIGN_READY

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
    "ai": ("a few real examples of what it has to handle", "tell you where a first version is likely to struggle"),
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
SEND_CTAS = ("A reply here will do.", "A reply here is enough.")  # the offer is the ask: no meeting
FRAMES = ("Send me {send}, and I will {back}.", "If you send me {send}, I will {back}.")
# a service line's own step that is a call ("a 20-minute call to walk through the screens"): kept, after the offer
_CALL_STEP = re.compile(r"^(?:an?|one)\s+(?:[\w-]+\s+){0,2}call\b", re.IGNORECASE)
_STOP = frozenset({"about", "there", "their", "these", "those", "which", "would", "could", "should", "where", "while",
                   "today", "first", "before", "after", "every", "other", "start", "things", "thing", "your", "from", "with",
                   "what", "this", "that", "them", "most", "want", "need", "have", "does", "like", "each", "into"})


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _STOP}


# a spreadsheet to be built, not one the client has: "a copy of the file" would ask for a file that does not exist
NEW_SHEET_OFFER = ("a few sample rows of the data you track today", "tell you how I would lay out the sheet")
_NEW_SHEET = re.compile(r"\b(?:build|create|set up|design|make|develop)\b[^.\n]{0,60}\b(?:spreadsheet|sheet|workbook|"
                        r"tracker)\b", re.IGNORECASE)
_HAS_SHEET = re.compile(r"\b(?:existing|current|our|my) (?:[\w-]+ ){0,2}(?:spreadsheets?|sheets?|workbooks?|excel files?)\b",
                        re.IGNORECASE)


def offer_for(kind_id: str, seed: int, post: str = "", own: tuple[str, str] | None = None) -> str | None:
    """The kind's offer as a sentence (``own``: its variant's, when it has one), or None when the kind has none (a
    general post)."""
    if own is None and kind_id not in OFFERS:
        return None
    if own is None and kind_id == "spreadsheet" and _NEW_SHEET.search(post) and not _HAS_SHEET.search(post):
        own = NEW_SHEET_OFFER
    send, back = own or OFFERS[kind_id]
    if send == _ANY_DESIGNS and DESIGN_READY.search(post):
        send = HAVE_DESIGNS
    return sentence(FRAMES[seed % len(FRAMES)].format(send=send, back=back))


def project_next(kind_id: str, configured: str, question: str, seed: int, post: str = "",
                 own: tuple[str, str] | None = None) -> tuple[str, str, str]:
    """(next step, call to action, question) for a project letter of this kind.

    ``configured``: the service line's own next step, if any. The default call, or none, gives way to the kind's
    offer; a configured call is kept as the closing after the offer; any other configured step (a concrete first
    deliverable) is the next step, as is the default call for a kind without an offer (a general post).
    ``question``: the letter's question; dropped when the offer already asks for what it asks about."""
    step = NounPhrase.loose(configured)
    configured = "" if step is None or step.text == DEFAULT_STEP else step.text
    offer = offer_for(kind_id, seed, post, own)
    if not offer or (configured and not _CALL_STEP.match(configured)):
        return step_sentence(step or NounPhrase(DEFAULT_STEP), seed), pick(PROJECT_CTAS, seed, 8), question
    cta = sentence(f"After that, I would suggest {configured}") if configured else SEND_CTAS[seed // 2 % 2]
    if question and len(_stems(question.split(":", 1)[-1]) & _stems((own or OFFERS[kind_id])[0])) > 1:
        question = ""
    return offer, cta, question
