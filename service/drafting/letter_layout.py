"""The letter in the shape the client asked for (issue 14, third probe), whichever engine wrote its parts: the last
line ('end your proposal with the word "ready"'), the sign-off in place of the name ("Sign off with your favourite
movie"), a template or format filled in from the profile ("Use this template: Name: / Rate: …"), bullet points only,
and a limit in lines or sentences (the shortest letter: the sentences that matter most, in their order). What cannot
be honoured is raised to the reviewer: a placeholder the form leaves, and a limit the draft still breaks after
rendering (``limit_flags``: the answers to the questions below the sign-off count too)."""
from __future__ import annotations

import re

from service.core.schemas import ProposalParts
from service.drafting.form_rules import Form, form_text
from service.drafting.proof import ProofChoice, overlaps

_SPLIT = re.compile(r"(?<=[.!?”\]])\s+(?=[A-Z\[“\"(])")
_STEP = re.compile(r"^\s*\d{1,2}[.)]\s+")
_HEADING = re.compile(r":\s*$")
ANSWERS = "Answers to your questions:"


def sentences(text: str) -> list[str]:
    """The sentences of a part, list lines each one sentence, headings ("How we would approach it:") left out."""
    out = []
    for line in (text or "").splitlines():
        line = _STEP.sub("", line.strip())
        if line and not _HEADING.search(line):
            out += [s for s in _SPLIT.split(line) if s.strip()]
    return out


def _ranked(parts: ProposalParts) -> list[tuple[int, int, str]]:
    """(rank, order, sentence) for every sentence of the body: the client's own words first, then what the client
    asked for (the asks, a personal detail), our remark on the post, the call to action, then the rest."""
    hook = sentences(parts.hook)
    asks, _, rest = parts.next_step.rpartition("\n\n") if "\n\n" in parts.next_step else ("", "", parts.next_step)
    cta = sentences(parts.call_to_action)
    asked = [s for s in cta if s.startswith("As you asked")]
    cta = [s for s in cta if s not in asked]
    groups = [(0, hook[:1]), (2, hook[1:]), (5, sentences(parts.diagnosis)), (6, sentences(parts.proof_line)),
              (1, sentences(asks)), (4, sentences(rest)), (3, cta), (1, asked)]
    out, order = [], 0
    for rank, group in groups:
        for s in group:
            out.append((rank, order, s))
            order += 1
    return out


def shortest(parts: ProposalParts, limit: int) -> list[str]:
    """The ``limit`` sentences that matter most, in the letter's order."""
    keep = sorted(sorted(_ranked(parts))[:max(1, limit)], key=lambda t: t[1])
    return [s for _, _, s in keep]


def layout_words(facts, profile) -> int:
    """The words the closing and a longer sign-off add below the body: the writer keeps the body that much shorter."""
    sig = len((profile.signature or profile.name).split())
    return len((facts.closing or "").split()) + max(0, len((facts.signoff or "").split()) - sig)


def example_line(choice: ProofChoice | None) -> str:
    """The fitting case study for a form's "similar work" field: its title, and its link when it has one."""
    if not choice or not choice.item or not choice.match or not overlaps(choice.match):
        return ""
    return choice.item.title + (f" ({choice.item.url})" if choice.item.url else "")


def _lines(parts: ProposalParts) -> int:
    body = [ln for x in (parts.hook, parts.diagnosis, parts.proof_line, parts.next_step, parts.call_to_action)
            for ln in (x or "").splitlines() if ln.strip()]
    return len(body) + 2  # the greeting and the sign-off


def lay_out(parts: ProposalParts, facts, ws, choice: ProofChoice | None = None) -> ProposalParts:
    """``parts`` with the closing, the sign-off and, when the client prescribes one, the body in its form."""
    update: dict = {"closing": facts.closing or "", "signoff": facts.signoff or ""}
    flags = list(parts.reviewer_flags)
    form: Form | None = facts.form
    if form:
        text, left = form_text(form, ws.profile, example_line(choice))
        update.update(form=text if form.only else "\n\n".join([*sentences(parts.hook)[:1], text]), form_only=form.only)
        note = (f"instruction_followed: the client prescribed the proposal's form (\"{form.head[:100]}\"); the draft is "
                f"that form, filled from the profile" + (", with nothing else" if form.only else "") +
                (f"; fill in: {', '.join(left)}" if left else ""))
        flags += [note] if note not in flags else []  # parts kept through a revision carry it already
    elif parts.form:  # laid out already (parts kept through a revision): as they are
        pass
    elif facts.bullets or facts.max_lines or facts.max_sentences:
        opener = parts.opener or ""
        own = sentences(opener) if len(opener.split()) >= 3 else []  # a sentence-long opener leads the first paragraph
        limit = facts.max_sentences or (facts.max_lines - 2 if facts.max_lines else 0)
        over = bool(facts.max_sentences and len(_ranked(parts)) + len(own) > facts.max_sentences
                    or facts.max_lines and _lines(parts) > facts.max_lines)
        if facts.bullets or over:
            chosen = shortest(parts, limit - len(own)) if limit else [s for *_, s in _ranked(parts)]
            if facts.bullets:  # the opener sentence is the first bullet, so no line is left unbulleted
                chosen, update["opener"] = own + chosen, (None if own else parts.opener)
            update["form"] = "\n".join(f"- {s}" for s in chosen) if facts.bullets else " ".join(chosen)
    update["reviewer_flags"] = flags
    return parts.model_copy(update=update)


def _text_sentences(text: str) -> int:
    body = text.split(ANSWERS)[0]
    lines = [ln for ln in body.splitlines() if ln.strip()][1:-1]  # no greeting, no sign-off
    return sum(len(sentences(ln)) for ln in lines) + sum(len(sentences(ln)) for ln in text.split(ANSWERS)[1:])


def limit_flags(text: str, facts) -> list[str]:
    """Reviewer notes for a limit in lines or sentences the rendered draft still breaks (the answers to the questions
    below the sign-off count: the client reads them as part of the proposal)."""
    out = []
    lines = len([ln for ln in text.splitlines() if ln.strip()])
    if facts.max_lines and lines > facts.max_lines:
        out.append(f"instruction_check: the client limits the proposal to {facts.max_lines} lines and this draft has "
                   f"{lines}" + (" (the answers to the questions count)" if ANSWERS in text else "") +
                   "; shorten it before sending")
    n = _text_sentences(text)
    if facts.max_sentences and n > facts.max_sentences:
        out.append(f"instruction_check: the client limits the proposal to {facts.max_sentences} sentences and this "
                   f"draft has {n}" + (" (the answers to the questions count)" if ANSWERS in text else "") +
                   "; shorten it before sending")
    return out
