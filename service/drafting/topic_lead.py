"""The clause of the post that a know-how remark answers, to lead the letter with.

The letter's first two sentences are the client's own words and the team's remark on them. When the remark is about
something the title does not name (time-series data in an operations analyst's post, HL7 feeds on a Java server), a
lead quoting another part of the job reads as a jump ("“Implement and maintain inventory control processes”. With
time-series data I would …"); leading with the clause that names the remark's subject makes the two one thought."""
from __future__ import annotations

import re
from dataclasses import replace

from service.drafting.quotes import BASE_VERBS, Found, evidence_quote
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
    found = evidence_quote(description, post, (token,), set()) if token else None
    return with_subject(found, post)


# the determiner a quote was trimmed of, before a noun that starts a clause: "The bot needs to …"
_DETERMINER = r"(?:The|Our|This|My|Their|Your|the|our|this|my|their|your)"


def with_subject(found: Found | None, post: str) -> Found | None:
    """The quote with the determiner the post puts before its first noun (“The bot needs to …”, not “bot needs to
    …”, which reads as a fragment after "Your post mentions"); the quote as it is when it opens on a verb or a name."""
    text = found.quote.text if found else ""
    if not text[:1].islower() or text.split()[0] in BASE_VERBS:
        return found
    m = re.search(rf"(?<![\w-])({_DETERMINER}) {re.escape(text)}", " ".join(post.split()))
    return replace(found, quote=replace(found.quote, text=f"{m.group(1)} {text}")) if m else found
