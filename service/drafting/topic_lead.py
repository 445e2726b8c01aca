"""The clause of the post that a know-how remark answers, to lead the letter with.

The letter's first two sentences are the client's own words and the team's remark on them. When the remark is about
something the title does not name (time-series data in an operations analyst's post, HL7 feeds on a Java server), a
lead quoting another part of the job reads as a jump ("“Implement and maintain inventory control processes”. With
time-series data I would …"); leading with the clause that names the remark's subject makes the two one thought."""
from __future__ import annotations

import re

from service.drafting.quotes import Found, evidence_quote
from service.drafting.topic_model import Topic


def remark_clause(topic: Topic | None, word: str, title: str, description: str, post: str,
                  needs: list[Found]) -> Found | None:
    """The post's clause naming ``word`` (the words a precise remark was found on), or None when the title or the
    post's main statement of need names it (the remark then answers the job as a whole) or the remark is only one
    on the kind of work."""
    said = " ".join((title, needs[0].quote.text if needs else "")).lower()
    if topic is None or topic.fallback or not word.strip() or word.lower() in said:
        return None
    token = re.sub(r"[^a-z0-9+#]+", " ", word.lower()).strip()
    return evidence_quote(description, post, (token,), set()) if token else None
