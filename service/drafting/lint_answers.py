"""Screening answers as the letter shows them, and the two checks that read them.

- ``answers_block``: the answers block as the text has it now, matched to the post's questions. A reviewer rewrites
  answers in place: under the question (as the writer lays it out), on the question's own line ("1. Which SMS provider
  would you use? Twilio, because …"), or under a label of their own instead of the question ("1. Rate: $65 an hour").
  Each numbered item is matched to a question by its words, else by its number.
- ``screening_check`` (``screening_answered``): every screening question has an answer in the text (a rewritten one
  counts; one the reviewer deleted does not);
- ``answers_check`` (``answers_answer``): each answer answers its question: no stock non-answer ("happy to discuss"),
  and what the kind of question needs: a time or number for "how long / when / how many hours", a figure or a fixed
  price for a rate, a yes/no or an example for "have you … before", a named thing for "which …".

Token-based, linear in the text."""
from __future__ import annotations

import re

from service.core.schemas import JobBrief, LintCheck, ProposalParts
from service.drafting.facts import GENERIC, content_words, distinctive
from service.drafting.lint_grounded import check as _check
from service.text.skills import find_skills_in_text

NON_ANSWERS = ("yes, that fits how we work", "that fits how we work", "as in my answer above", "happy to discuss",
               "will discuss on a call", "we can discuss", "see the letter above", "as mentioned above")
_COMMIT = re.compile(r"\b(?:confirm|\$\d|\d+ (?:hours?|days?|weeks?|years?)|per hour|yes|no|not|our closest|example|"
                     r"first|then|rate|we use|i would|we would|mostly|time zone|availability|i work|we work|based in)\b",
                     re.IGNORECASE)
_ITEM = re.compile(r"\s{0,8}(?:q\s?)?(\d{1,3})[.):]\s", re.IGNORECASE)
_HEADING = re.compile(r"\s{0,8}(?:answers?|screening questions?|your questions|questions)\b[^\n:]{0,40}:\s*$", re.IGNORECASE)
# what a kind of question needs from its answer
_TIME_Q = re.compile(r"\b(?:how long|how soon|how many (?:hours|days|weeks)|when (?:can|could|would) you|timeline|"
                     r"availability|available|start date|turnaround|deadline|hours (?:a|per) week)\b", re.IGNORECASE)
_TIME_A = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|ten|twelve|twenty|thirty|forty|a|an|half|few) "
                     r"(?:\w+ )?(?:hours?|days?|weeks?|months?)\b|\b(?:today|tomorrow|immediately|right away|this week|next week|"
                     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|confirm|full[- ]time|part[- ]time)\b",
                     re.IGNORECASE)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
                     r"fifty|half)\b")
# a question about OUR price ("What is your hourly rate?"), not one that names prices ("a price calculator")
_RATE_Q = re.compile(r"\b(?:your (?:\w{1,12} )?(?:rates?|price|pricing|fees?|quote|budget|salary|cost|charge)|how much|"
                     r"(?:would|do|will) you charge|hourly|(?:expected|desired) (?:rate|pay|salary)|(?:rate|price|quote|"
                     r"cost|budget) for (?:this|the)|compensation|salary)\b(?! limit)", re.IGNORECASE)
_RATE_A = re.compile(r"\d|\b(?:fixed price|fixed fee|per hour|hourly|per milestone|confirm|quote)\b", re.IGNORECASE)
_YESNO_Q = re.compile(r"^\s*(?:have|has|did|do|does|are|is|were|can|could|would) you\b", re.IGNORECASE)
_YESNO_A = re.compile(r"\b(?:yes|no|not|never|we (?:have )?(?:built|fixed|did|shipped|made|ran|wrote|used|solved|"
                      r"delivered|traced|set up)|i (?:have )?(?:built|fixed|did|shipped|made|ran|wrote|used|solved|"
                      r"delivered|traced|set up)|our closest|example|once|twice|\d)\b", re.IGNORECASE)
_WHICH_Q = re.compile(r"^\s*(?:which|what) (?:\w{1,30} )?(?:\w{1,30} )?(?:would|do|will|did) you (?:use|recommend|pick|choose|prefer)\b",
                      re.IGNORECASE)




def norm(s: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", (s or "").lower()).split()


def _after_question(head: str, question: str) -> str | None:
    """``head`` minus the question it starts with (the words compared without punctuation), or None when it does not
    start with the question."""
    want = norm(question)
    words = head.split()
    got, i = 0, 0
    while i < len(words) and got < len(want):
        w = norm(words[i])
        if w and w != want[got:got + len(w)]:
            return None
        got += len(w)
        i += 1
    return " ".join(words[i:]) if got >= len(want) else None


def _block_lines(text: str, marker: str) -> list[str]:
    idx = text.find(marker) if marker else -1
    if idx >= 0:
        return text[idx + len(marker):].splitlines()
    lines = text.splitlines()
    for i, ln in enumerate(lines):  # a reviewer renamed the heading ("Your questions:", "Answers:")
        if _HEADING.match(ln):
            return lines[i + 1:]
    return []


def answers_block(text: str, marker: str, questions: list[str]) -> dict[int, str]:
    """Question index -> the answer the text shows for it (possibly ""), for the questions the block has."""
    items: list[tuple[int, str, list[str]]] = []
    for ln in _block_lines(text, marker):
        m = _ITEM.match(ln)
        if m:
            items.append((int(m.group(1)), ln[m.end():].strip(), []))
        elif items:
            items[-1][2].append(ln.strip())
    out: dict[int, str] = {}
    for num, head, rest in items:
        answer, qi = None, None
        for i, q in enumerate(questions):  # the question as written, with the answer under it or on its line
            tail = _after_question(head, q)
            if tail is not None and i not in out:
                qi, answer = i, tail
                break
        if qi is None:
            for i, q in enumerate(questions):  # the question reworded, but most of its words kept
                words = set(content_words(q))
                if i not in out and words and len(words & set(content_words(head))) >= 0.6 * len(words):
                    qi, answer = i, re.split(r"(?<=[?:])\s", head, maxsplit=1)[1:2] or [""]
                    answer = answer[0]
                    break
        if qi is None and 1 <= num <= len(questions) and num - 1 not in out:
            qi = num - 1  # a label of the reviewer's own ("1. Rate: …"), or the answer in the question's place
            label, sep, after = head.partition(":")
            answer = after if sep and len(label.split()) <= 6 else head
        if qi is not None:
            out[qi] = " ".join([answer.strip(), *rest]).strip()
    return out


def screening_check(text: str, brief: JobBrief, parts: ProposalParts | None, marker: str) -> LintCheck:
    qs = [q for q in brief.screening_questions if q.strip()]
    if not qs:
        return LintCheck(id="screening_answered", passed=True, message="no screening questions in the post")
    answered = {" ".join(norm(a.question)): a.answer for a in (parts.screening_answers if parts else [])}
    shown = answers_block(text, marker, qs)
    low_text = " ".join(norm(text))
    missing = []
    for i, q in enumerate(qs):
        ans = answered.get(" ".join(norm(q)))
        if i in shown:  # the question is in the answers block: judge what is written for it
            ok = len(shown[i].split()) >= 3
        elif ans is not None:
            ok = len(ans.split()) >= 3 and " ".join(norm(ans))[:60] in low_text
        else:
            words_ = [w for w in content_words(q) if w not in GENERIC] or content_words(q)
            ok = bool(words_) and sum(1 for w in words_ if w in low_text) >= 0.6 * len(words_) and \
                " ".join(norm(q))[:40] in low_text
        if not ok:
            missing.append(f"Q{i + 1} \"{q[:70]}\"")
    return _check("screening_answered", not missing, f"all {len(qs)} screening question(s) answered",
                  f"{len(missing)} of {len(qs)} screening question(s) unanswered: " + "; ".join(missing))


def _named(answer: str) -> bool:
    """A capitalised word inside a sentence (a product or a name): "We would use Twilio"."""
    toks = answer.split()
    return any(t[:1].isupper() and t not in ("I", "I'm", "I'd", "I'll") and not prev.endswith((".", "!", "?", ":"))
               for prev, t in zip(toks, toks[1:]))


def non_answer(question: str, answer: str, post: str = "") -> bool:
    """The answer says nothing the question asks for (see the module docstring)."""
    low = " ".join(answer.lower().split())
    if any(p in low for p in NON_ANSWERS):
        return True
    if len(low.split()) < 4:  # "Eight working days." answers "How soon?"; "Sure." answers nothing
        return not ((_TIME_Q.search(question) or _RATE_Q.search(question)) and _NUMBER.search(low))
    if _TIME_Q.search(question):
        return not _TIME_A.search(low)
    if _RATE_Q.search(question):
        return not _RATE_A.search(low)
    if _WHICH_Q.search(question):  # a named tool, product or figure, not "the best provider for your needs"
        return not (find_skills_in_text(answer) or re.search(r"\d", low) or _named(answer))
    if _YESNO_Q.search(question) and _YESNO_A.search(low):
        return False
    said = set(content_words(answer))
    specific = bool(re.search(r"\d", low)) or bool(find_skills_in_text(answer)) or _named(answer) or \
        len(said & set(content_words(question))) >= 2 or len(said & set(distinctive(post))) >= 2
    return not (_COMMIT.search(low) or specific)


def answers_check(text: str, brief: JobBrief, parts: ProposalParts | None, marker: str = "") -> LintCheck:
    """Each answer as the text has it now (a reviewer may have rewritten it; a letter pasted without parts has its
    answers only there), else as the parts hold it."""
    qs = [q for q in brief.screening_questions if q.strip()]
    shown = answers_block(text, marker, qs) if marker else {}
    pairs = [(qs[i], a) for i, a in sorted(shown.items())]
    if not pairs and parts:
        by_q = {" ".join(norm(q)): q for q in qs}
        pairs = [(by_q.get(" ".join(norm(a.question)), a.question), a.answer) for a in parts.screening_answers]
    if not qs or not pairs:
        return LintCheck(id="answers_answer", passed=True, message="no screening answers to check")
    post = f"{brief.title}\n{brief.description}"
    bad = []
    for i, (q, answer) in enumerate(pairs, 1):
        if not answer.strip():
            continue  # nothing written: ``screening_answered`` reports it
        if re.search(r"\[[^\]\n]{1,200}\]", answer):
            continue  # left for the reviewer to write (``no_placeholders`` holds it until then): no non-answer of ours
        if non_answer(q, answer, post):
            bad.append(f"A{i} \"{answer[:60]}\"")
    return _check("answers_answer", not bad, "every screening answer answers its question or says what will be "
                  "confirmed and when", "non-answer(s): " + "; ".join(bad[:4]) + "; answer from the profile, proof or "
                  "brief, or say plainly what you will confirm and when")
