"""Re-run the lint checklist on a human edit, so the flags the reviewer must acknowledge describe
the text being approved (not the AI original). Best effort: when the inputs are missing (a contract
draft, a job without a brief) the caller keeps the draft's last known lint, which is the safer side."""
from __future__ import annotations

import logging

from service.core.models import Draft, Job

log = logging.getLogger("draftroom.review")


def relint(session, draft: Draft, text: str) -> dict | None:
    if draft.kind != "proposal" or draft.job_id is None:
        return None
    job = session.get(Job, draft.job_id)
    if job is None or not job.brief:
        return None
    try:
        from service.core.schemas import JobBrief, ProposalParts
        from service.core.workspace import current_workspace
        from service.drafting.lint import lint_proposal

        ws = current_workspace()
        line = None
        if draft.service_line:
            try:
                line = ws.service_line(draft.service_line)
            except Exception:
                line = None
        parts = None
        if draft.parts:
            try:
                parts = ProposalParts.model_validate(draft.parts)
            except Exception:
                parts = None
        return lint_proposal(text, JobBrief.model_validate(job.brief), ws, parts, line).model_dump(mode="json")
    except Exception:  # lint must never block saving a person's text
        log.warning("re-lint of draft %s failed; keeping its previous lint", draft.id, exc_info=True)
        return None


def open_flags(lint: dict | None) -> list[str]:
    return [c["id"] for c in (lint or {}).get("checks", []) if not c.get("passed", True)]


def version_lint(version, draft: Draft) -> dict | None:
    """The lint of ``version`` as stored with it; the draft's last known lint when it has none (a re-lint
    that could not run), which is what ``drafts.lint`` holds: the one lint every view and approve use."""
    if version is not None and version.lint is not None:
        return version.lint
    return draft.lint
