"""Offline drafting: fill ProposalParts from brief, workspace and proof library.

THIN FOUNDATION VERSION: issue 6 deepens proof selection and the other draft kinds."""
from __future__ import annotations

from ...schemas import ProposalParts
from . import task


@task("draft_proposal")
def draft_proposal(inputs: dict) -> ProposalParts:
    brief, ws = inputs["brief"], inputs["workspace"]
    line = next(s for s in ws["service_lines"] if s["id"] == inputs["service_line"])
    skills = set(brief.get("skills", []) + brief.get("tools", []))
    proof = max(ws["proof"], key=lambda p: len(skills & set(p["skills"])), default=None)
    title = brief.get("title") or "your project"
    hook = f"Your post about \"{title}\" caught my eye: this is exactly the kind of work our team does every week."
    diagnosis = (f"From the brief, the core of it is: {brief.get('summary', '')[:240]}").strip()
    proof_line = (f"A relevant example: {proof['title']}. {proof['summary']} Result: {proof['outcome']}."
                  if proof else f"Relevant experience: {ws['profile']['headline']}.")
    return ProposalParts(hook=hook, diagnosis=diagnosis, proof_id=proof["id"] if proof else None,
                         proof_line=proof_line, next_step=f"I'd suggest {line['next_step'] or 'a short call'}.",
                         call_to_action="Would that work for you this week?")
