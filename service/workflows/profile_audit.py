"""Profile-consistency audit (issue 19 item 4, seed §6): across the letters people approved in a period,
what they claim (skills, results, clients, promises) against the profile and proof library, with the
letters quoted; proof items never or over-used; service lines bid on but missing from the profile headline
and overview; and a suggested profile change list for a person to act on (nothing is changed here).

``audit_letters`` is pure (letters in, report out); ``audit`` loads the approved letters from the database."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import Draft, DraftVersion, Job
from service.core.workspace import Workspace, current_workspace
from service.drafting.profile_claims import letter_claims, proof_used

OVERUSE_SHARE = 0.5  # a proof item in more than half of the letters (with 4+ letters) is over-used
OVERUSE_MIN_LETTERS = 4


@dataclass(frozen=True)
class Letter:
    draft_id: int
    text: str
    post: str
    service_line: str | None = None
    proof_id: str | None = None


def parse_since(value: str | int | None) -> timedelta:
    """'30d', '8w', '12h' or a number of days."""
    if value is None or value == "":
        return timedelta(days=30)
    m = re.fullmatch(r"\s*(\d{1,4})\s*([dwh]?)\s*", str(value).lower())
    if not m or int(m.group(1)) == 0:
        raise InvalidInput(f"'{value}' is not a period", field="since", fix="use e.g. 30d, 8w or 12h")
    n, unit = int(m.group(1)), m.group(2) or "d"
    return {"d": timedelta(days=n), "w": timedelta(weeks=n), "h": timedelta(hours=n)}[unit]


def _mentioned(line, text: str) -> bool:
    low = text.lower()
    return line.name.lower() in low or any(re.search(rf"\b{re.escape(k.lower())}(?:s|es)?\b", low) for k in line.keywords)


def audit_letters(letters: list[Letter], ws: Workspace) -> dict:
    unsupported, skills = [], defaultdict(lambda: {"letters": set(), "backed": True})
    usage: dict[str, set[int]] = defaultdict(set)
    bids: dict[str, int] = defaultdict(int)
    for letter in letters:
        for c in letter_claims(letter.text, letter.post, ws):
            if c.kind == "skill":
                skills[c.value]["letters"].add(letter.draft_id)
                skills[c.value]["backed"] = skills[c.value]["backed"] and c.backed
            if not c.backed:
                unsupported.append({"draft_id": letter.draft_id, "kind": c.kind, "value": c.value, "quote": c.sentence})
        for pid in proof_used(letter.text, ws, letter.proof_id):
            usage[pid].add(letter.draft_id)
        if letter.service_line:
            bids[letter.service_line] += 1
    n = len(letters)
    proof = [{"id": p.id, "title": p.title, "letters": sorted(usage[p.id]),
              "share": round(len(usage[p.id]) / n, 3) if n else 0.0} for p in ws.proof]
    never = [p["id"] for p in proof if not p["letters"]]
    over = [p["id"] for p in proof if n >= OVERUSE_MIN_LETTERS and p["share"] > OVERUSE_SHARE]
    profile_text = f"{ws.profile.headline}\n{ws.profile.overview}"
    lines = [{"id": line.id, "name": line.name, "bids": bids.get(line.id, 0),
              "in_headline_or_overview": _mentioned(line, profile_text)} for line in ws.service_lines]
    return {"letters": n, "unsupported": unsupported,
            "claimed_skills": sorted(({"skill": k, "letters": sorted(v["letters"]), "backed": v["backed"]}
                                      for k, v in skills.items()), key=lambda r: (-len(r["letters"]), r["skill"])),
            "proof_usage": proof, "proof_never_used": never, "proof_over_used": over, "service_lines": lines,
            "suggestions": _suggest(unsupported, never, over, lines, n, ws)}


def _suggest(unsupported, never, over, lines, n, ws) -> list[str]:
    out = []
    by_value: dict[tuple[str, str], list[int]] = defaultdict(list)
    for u in unsupported:
        by_value[(u["kind"], u["value"])].append(u["draft_id"])
    what = {"skill": "Add {v} to the profile skills with a proof item, or stop claiming it",
            "number": "Back the figure {v} with a proof item's outcome, or stop quoting it",
            "client": "Add the {v} work to the proof library, or stop naming {v}",
            "promise": "Put the promise '{v}' in the overview if you stand by it, or stop making it"}
    for (kind, v), ids in sorted(by_value.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        refs = ", ".join(f"#{i}" for i in sorted(set(ids)))
        out.append(what[kind].format(v=v) + f" (letters {refs}).")
    for line in lines:
        if line["bids"] and not line["in_headline_or_overview"]:
            out.append(f"Name '{line['name']}' in the headline or overview: {line['bids']} approved letters bid on it.")
    titles = {p.id: p.title for p in ws.proof}
    if n:
        out += [f"Proof '{titles[p]}' was not used in {n} letters: update it or retire it." for p in never]
        out += [f"Proof '{titles[p]}' is in more than half of the letters: add fresher proof for the same need."
                for p in over]
    return out


def _aware(dt):
    return dt if dt is None or dt.tzinfo else dt.replace(tzinfo=UTC)


def audit(since: str | int | None = "30d", *, now: datetime | None = None, ws: Workspace | None = None) -> dict:
    """Audit the proposals approved in the period (their approved text, against their job posts)."""
    span = parse_since(since)
    end = _aware(now) or datetime.now(UTC)
    start = end - span
    ws = ws or current_workspace()
    with session_scope() as s:
        drafts = list(s.exec(select(Draft).where(Draft.kind == "proposal", Draft.status.in_(("approved", "exported")),
                                                 Draft.approved_at >= start, Draft.approved_at <= end)
                             .order_by(Draft.id)))
        letters = []
        for d in drafts:
            v = s.exec(select(DraftVersion).where(DraftVersion.draft_id == d.id,
                                                  DraftVersion.number == d.approved_version)).first()
            job = s.get(Job, d.job_id) if d.job_id else None
            if v is not None:
                letters.append(Letter(d.id, v.text, job.raw_text if job else "", d.service_line,
                                      (d.parts or {}).get("proof_id") if isinstance(d.parts, dict) else None))
    report = audit_letters(letters, ws)
    report["period"] = {"start": start.isoformat(), "end": end.isoformat()}
    return report


def format_audit(r: dict) -> str:
    lines = [f"Profile audit {r['period']['start'][:10]} → {r['period']['end'][:10]}: {r['letters']} approved letters"]
    lines.append(f"unsupported claims: {len(r['unsupported'])}")
    lines += [f"  #{u['draft_id']} {u['kind']} '{u['value']}': \"{u['quote']}\"" for u in r["unsupported"]]
    lines.append("proof usage:")
    lines += [f"  {p['id'][:30]:30} {len(p['letters']):3} letters" for p in r["proof_usage"]]
    lines.append("service lines (bids / named in headline or overview):")
    lines += [f"  {sl['id'][:30]:30} {sl['bids']:3}  {'yes' if sl['in_headline_or_overview'] else 'NO'}"
              for sl in r["service_lines"]]
    lines.append("suggested profile changes:")
    lines += [f"  - {s}" for s in r["suggestions"]] or ["  (none)"]
    return "\n".join(lines)
