"""Offline heuristics for ``extract_brief``. THIN FOUNDATION VERSION: issue 4 deepens it."""
from __future__ import annotations

from ...schemas import SemanticBrief
from . import task


@task("extract_brief")
def extract_brief(inputs: dict) -> SemanticBrief:
    parsed = inputs["parsed"]
    words = (parsed.get("description") or "").split()
    summary = " ".join(words[:90])
    missing = [f for f in ("budget_type", "experience_level", "project_length") if parsed.get(f) is None]
    return SemanticBrief(summary=summary, missing_fields=missing, confidence="low" if missing else "medium")
