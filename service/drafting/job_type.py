"""What kind of job a post is, for the shape of the letter's next step and call to action:
a same-day ``fix``, a defined ``project``, an ongoing ``role`` or a ``consultation``. Pure and deterministic."""
from __future__ import annotations

import re

from service.core.schemas import JobBrief

JOB_TYPES = ("fix", "project", "role", "consultation")
_FIX = re.compile(r"\b(?:fix|fixing|bug|bugs|broken|not working|stopped working|error|errors|crash(?:es|ing)?(?! data| reports?| tests?| analysis| records| statistics| course)|"
                  r"issue with|troubleshoot\w*|debug\w*|urgent\w*|asap|quick fix|today)\b", re.IGNORECASE)
_ROLE = re.compile(r"\b(?:full[- ]?time|part[- ]?time|long[- ]term|ongoing|join our team|join the team|"
                   r"per week|hrs/week|hours a week|hours per week|retainer|position|role|monthly basis)\b", re.IGNORECASE)
_CONSULT = re.compile(r"\b(?:consult\w*|advice|advise|advisor|guidance|mentor\w*|coach\w*|second opinion|"
                      r"strategy session|code review|review (?:my|our) |audit)\b", re.IGNORECASE)


def job_type(brief: JobBrief) -> str:
    text = f"{brief.title}\n{brief.description}"
    title = brief.title or ""
    length = (brief.project_length or "").lower()
    hours = (brief.hours_per_week or "").lower()
    fix = len(_FIX.findall(title)) * 2 + len(_FIX.findall(brief.description or ""))
    role = len(_ROLE.findall(title)) * 2 + len(_ROLE.findall(brief.description or ""))
    if "30+" in hours or "more than 30" in hours or "6 months" in length or "more than" in length:
        role += 2
    consult = len(_CONSULT.findall(title)) * 2 + len(_CONSULT.findall(brief.description or ""))
    short_fixed = brief.budget_type == "fixed" and (brief.budget_max or 1e9) <= 300
    title_fix = bool(_FIX.search(title))
    if role < 3 and (title_fix and (fix >= 3 or short_fixed or "less than 1 month" in length)
                     or fix >= 4 and len(brief.description or "") < 1500):
        return "fix"
    if role >= 3 and role > consult:
        return "role"
    if consult >= 2 and len(text) < 2500:
        return "consultation"
    return "project"
