"""Posts pasted from an e-mail or a PDF arrive hard-wrapped: a sentence broken over lines at ~75 characters
("… experience with machine learning, natural language\nprocessing (NLP), and generative AI …"). A reader that
takes lines as units then quotes half a sentence. ``unwrap`` joins a line break that falls inside a sentence: a
line of wrapping width (45+ characters) ends on a word, with no punctuation, and the next line goes on in lower case.
A line that ends on a word no sentence ends with ("… rebuild it in\nReact with TypeScript …": a preposition, an
article, a conjunction) goes on whatever the case of the next line. A list item (even a lower-case one ending in a
comma), a heading ("Requirements:") and a new sentence (capital, bullet or number) keep their line. Pure."""
from __future__ import annotations

import re

_INSIDE_SENTENCE = re.compile(r"^([^\n]{44,}[A-Za-z0-9])[ \t]*\n[ \t]*(?=[a-z])", re.MULTILINE)
_OPEN_END = re.compile(r"^([^\n]{44,}[ \t](?:in|into|to|of|the|a|an|and|or|with|for|on|at|by|from|our|your|their|its|"
                       r"via|using))[ \t]*\n[ \t]*(?=[A-Z])", re.MULTILINE)


def unwrap(text: str) -> str:
    return _INSIDE_SENTENCE.sub(r"\1 ", _OPEN_END.sub(r"\1 ", text or ""))
