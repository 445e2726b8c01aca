"""Two letter checks about what the letter offers (issue 14; the lint-probe session of 2026-12-07):

- ``in_scope``: the letter promises work the post did not ask for as if it were included ("I will also build an
  online booking page, included in the same price", "The price also covers native iOS apps"). An extra offered as an
  option ("if you later want …, I can quote it separately"), a question, and the craft of doing the asked work well
  (tests, a staging copy, a note on the cause) are not scope creep.
- ``not_pasted``: the letter pastes the post's requirement list (or most of its text) back instead of saying how the
  work would be done: most list items repeated with next to no words of ours, or an unquoted copy of most of the post.
  A quoted item followed by our step ("“Staff can swap shifts”: I would lock a shift once …") is not pasting.

Token-based; the pasted-text comparison is bounded (at most 40 items and 80 letter lines of 150 words, and
``MAX_CELLS`` word pairs in all)."""
from __future__ import annotations

import re

from service.core.schemas import JobBrief, LintCheck
from service.drafting.facts import GENERIC, STOP
from service.drafting.lint_grounded import QUOTED, WORD, Vocab, body_sentences
from service.drafting.lint_grounded import check as _check
from service.text.runs import longest_run as _longest_run

_DELIVER = (r"build|add|create|set up|design|redesign|write|develop|make|implement|integrate|install|configure|launch|"
            r"migrate|translate|manage|handle|include|provide|produce|deliver|connect|automate|optimi[sz]e|rebuild|"
            r"upgrade|throw in|film|record|code")
_EXTRA = re.compile(rf"\b(?:(?:i|we)(?:'ll| will| would| can| shall)? also (?:{_DELIVER})|(?:on top of (?:that|this)|in "
                    rf"addition|as a bonus|bonus|plus),? (?:i|we)(?:'ll| will| would| can)? (?:{_DELIVER})|(?:price|quote|"
                    rf"fee|package|offer|budget) (?:also )?(?:covers|includes|will include|would include|comes with))\b",
                    re.IGNORECASE)
_FREE = re.compile(r"\b(?:at no (?:extra|additional) cost|free of charge|for free|(?:included )?(?:in|for|at|within) the "
                   r"same (?:price|budget|quote|fee)|included in the price|as part of (?:this|the) (?:job|project|price|"
                   r"package|contract|retainer)|bundled in|thrown in)\b", re.IGNORECASE)
_OPTIONAL = re.compile(r"\b(?:if you (?:want|like|need|wish|prefer|ever|later)|if useful|if needed|optional(?:ly)?|"
                       r"separately|separate (?:quote|milestone|job|contract)|later on|next phase|phase two|for an "
                       r"extra|(?<!no )extra cost|happy to quote|on request)\b", re.IGNORECASE)
# the craft of doing the asked work well: not extra work
_METHOD = frozenset("""test tests testing tested staging backup backups copy log logs note notes summary check checks
review guide handover walkthrough demo readme comment comments documentation document cause error errors fix bug bugs
short quick simple small clear plain written brief sure""".split())
_CLAUSE_END = re.compile(r",\s+(?:so|which|because|since|as|while|where|who|that|then)\b|[;:\u2014\u2013]|\s-\s",
                         re.IGNORECASE)
_BULLET = re.compile(r"\s{0,8}(?:[-*\u2022\u00b7]|\d{1,2}[.)])\s+")
MAX_ITEMS, MAX_LINES, MAX_WORDS = 40, 80, 150
MAX_CELLS = 400_000  # word pairs compared per letter, at most (a few thousand for a real letter)




def _post(brief: JobBrief) -> str:
    return f"{brief.title}\n{brief.description}\n" + "\n".join(brief.screening_questions)


def extras(text: str, brief: JobBrief, marker: str) -> list[str]:
    """Sentences that promise, as included, work naming something the post never asks for."""
    vocab = Vocab(_post(brief) + " " + " ".join(brief.skills + brief.tools))
    out = []
    for s in body_sentences(text, marker):
        plain = QUOTED.sub(" ", s)
        if plain.rstrip().endswith("?") or _OPTIONAL.search(plain):
            continue
        m, free = _EXTRA.search(plain), _FREE.search(plain)
        if m:
            promised = _CLAUSE_END.split(plain[m.end():], maxsplit=1)[0]  # not "…, so your team knows what changed"
        elif free:  # "… at no extra cost", "bundled in": what is promised is the rest of the sentence
            promised = plain[:free.start()] + " " + plain[free.end():]
        else:
            continue
        words = [w for w in WORD.findall(promised) if len(w) > 2 and w.lower() not in STOP and w.lower() not in GENERIC]
        verb = m.group(0).split()[-1].lower() if m else ""
        if words and (words[0].lower() in _METHOD or verb == "make" and vocab.has(words[0])):
            continue  # craft ("write tests for the minimum rule"), or the asked work done a certain way ("make the
            # calculator work well on phones"); "rebuild the donations site in Next.js" is new work
        new = [w for w in words if w.lower() not in _METHOD and not vocab.has(w)]
        if new:
            out.append(f"\"{s[:90]}\" ({', '.join(new[:3])} not in the post)")
    return out


def scope_check(text: str, brief: JobBrief, marker: str) -> LintCheck:
    bad = extras(text, brief, marker)
    return _check("in_scope", not bad, "the letter promises only the work the post asks for",
                  "promises work the post did not ask for as if included: " + "; ".join(bad[:2]) +
                  "; drop it, or offer it as an option with its own price")


_PERSON = {"our": "your", "we": "you", "us": "you", "ours": "yours"}  # a paste turns "we need" into "you need"


def _norm(s: str) -> list[str]:
    return [_PERSON.get(w, w) for w in re.sub(r"[^\w\s]", " ", s.lower()).split()[:MAX_WORDS]]


def _items(brief: JobBrief) -> tuple[list[str], bool]:
    lines = (brief.description or "").splitlines()
    listed = [ln[m.end():] for ln in lines if (m := _BULLET.match(ln)) and len(ln[m.end():].split()) >= 3]
    if len(listed) >= 2:
        return listed[:MAX_ITEMS], True
    sents = [s for s in re.split(r"(?<=[.!?])\s+|\n+", brief.description or "") if len(s.split()) >= 5]
    return sents[:MAX_ITEMS], False


def pasted(text: str, brief: JobBrief, marker: str) -> list[str]:
    """The post's items the letter repeats with next to no words of its own, when they are most of the list (or,
    unquoted, most of the post's words); else []."""
    items, listed = _items(brief)
    if not items:
        return []
    idx = text.find(marker) if marker else -1
    body = text if idx < 0 else text[:idx]
    lines = [ln for ln in re.split(r"(?<=[.!?])\s+|\n+", body) if ln.strip()][:MAX_LINES]
    norm_lines = [(_norm(QUOTED.sub(lambda q: q.group(0)[1:-1], ln)), bool(QUOTED.search(ln))) for ln in lines]
    answered = [bool(re.search(r"^[^:“\"]{3,80}[:–-]\s+\S", ln)) for ln in lines]  # a label and its answer
    echoed, unquoted_words, budget, used, plain = [], 0, MAX_CELLS, set(), 0
    for item in items:
        it = _norm(item)
        for n, (words, quoted) in enumerate(norm_lines):
            if answered[n]:
                continue  # "Your rate per case study: $85" answers the item the client listed (a form asked for)
            if n in used or len(set(it) & set(words)) < max(4, 0.8 * len(set(it))) or budget <= 0:
                continue  # too few shared words for a copied run (or the comparison budget is spent)
            budget -= len(it) * len(words)
            run, end = _longest_run(it, words)
            if run < 4 or run < 0.8 * len(it):
                continue
            own = [w for w in words[:end - run] + words[end:] if w not in STOP and w not in GENERIC and len(w) > 2
                   and w not in ("deliver", "provide", "exactly", "all")]
            if len(own) <= 3:  # one line of ours echoes one item at most (a quoted hook is not a pasted list)
                used.add(n)
                echoed.append(item)
                unquoted_words += 0 if quoted else len(it)
                plain += 0 if quoted else 1
                break
    total = sum(len(_norm(i)) for i in items)
    # two quoted sentences in a three-sentence letter the client asked for are quotes, not a pasted list
    if (plain >= 2 or len(echoed) >= 3) and len(echoed) >= 0.5 * len(items) or not listed and unquoted_words >= 0.5 * total:
        return echoed
    return []


def pasted_check(text: str, brief: JobBrief, marker: str) -> LintCheck:
    echoed = pasted(text, brief, marker)
    return _check("not_pasted", not echoed, "the letter says how, not only what the post lists",
                  f"repeats {len(echoed)} of the post's points back with next to no words of its own (\"{echoed[0][:60]}\" "
                  "…); say how you would do each, or quote one and answer it" if echoed else "")
