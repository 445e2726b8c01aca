"""Reviewer flags for a letter's screening answers (``offline_answers.answers_for``): what only the freelancer can
fill in. Each placeholder also blocks approval until it is filled."""
from __future__ import annotations

from service.drafting.answer_direct import ESTIMATE, OWN_PLAN, PERSONAL
from service.drafting.answer_sources import OWN_PAST, fact_needed


def answer_flags(answers: list, ws: dict, line: dict) -> list[str]:
    """Reviewer flags for the answers: a personal detail only the freelancer can give (the placeholder blocks
    approval), and a fact a bank answer's question asks that no workspace file holds (the answer gives the method)."""
    flags = []
    own = [a.question for a in answers if OWN_PAST in a.answer or OWN_PLAN in a.answer or
           a.answer.startswith("[Your answer") and a.answer != PERSONAL]
    if own:
        flags.append("own_answer_needed: the post asks " + "; ".join(f'"{q[:80]}"' for q in own) + ", which no "
                     "workspace file answers: write your answer in its placeholder (it blocks approval until you do)")
    personal = [a.question for a in answers if a.answer == PERSONAL]
    if personal:
        flags.append("personal_answer_needed: only you can answer " + "; ".join(f'"{q[:80]}"' for q in personal) +
                     " (the placeholder blocks approval until you do)")
    if estimate := [a.question for a in answers if ESTIMATE[-40:] in a.answer]:
        flags.append("estimate_needed: " + "; ".join(f'"{q[:80]}"' for q in estimate) + " asks how long the job takes: "
                     "give your estimate in the answer (the placeholder blocks approval until you do)")
    for a in answers:
        if fact := fact_needed(a.question, ws, line):
            flags.append(f'fact_needed: "{a.question[:80]}" asks for {fact}; the answer gives the method only, so add '
                         f"the figure yourself if you have one")
    return flags
