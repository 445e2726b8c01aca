"""The AI kind's steps, and the case its last step misreads (team-written data; ``kind_table`` and
``kind_variants.CASES`` read them).

The AI kind was written for an assistant that answers people, whose last step hands a conversation over to a person.
Readers of a fresh pool of real posts (2026-12-06, twentieth session) marked that step down where nobody is there to
hand over to: an app that turns prompts into charts, a tool that scrapes news and drafts messages ("a hand-off to a
person makes no sense for a graph-generation app")."""
from __future__ import annotations

from service.drafting.kind_case import Case

AI_STEPS = ("collect a set of real inputs with the results you expect, to serve as the test for every change",
            "build the first version on a narrow slice, measure it against real examples, and widen the scope once it "
            "passes",
            "add logging, guardrails and a clear hand-off to a person, so a wrong result is caught rather than shipped")
AI_QUESTION = "Which three real cases should it get right first, and what should it produce for each?"
AI_START = "a handful of real inputs and the results you expect for them"
AI_OFFER = ("a few real examples of the inputs you expect", "tell you where a first version is likely to struggle")

# the AI talks with people (customers, callers, users, leads): a conversation can be handed over to a person; an
# "assistant" alone is no conversation ("an AI assistant that turns a sheet into a report")
CONVERSATIONAL = (r"\b(?:chat ?bots?|chats?|chatting|support|customer (?:service|care|questions|queries)|help ?desk|"
                  r"faqs?|voice (?:agents?|ai|bots?)|phone|calls?|call (?:center|centre)|conversations?|conversational|"
                  r"whatsapp|messenger|telegram|sms|repl(?:y|ies|ying)|respond\w*|answer\w*|receptionist|leads?|"
                  r"customers?|visitors|patients|students|enquir\w*|inquir\w*)\b")

# an AI that produces something (a chart, a drafted text, extracted data) with no conversation to hand over: its
# outputs are checked instead; the rest of the kind stands (a topic's question still wins)
PRODUCES = Case(
    when=r"\S", unless=CONVERSATIONAL,
    steps=(AI_STEPS[0], AI_STEPS[1],
           "add logging and a check on every result it produces, so a wrong one is caught before anyone relies on it"),
    start=AI_START, question=AI_QUESTION, offer=AI_OFFER, topic_question=True)
