"""What happened to sent proposals, counted: sent, viewed, replied, interviewed, won, lost, no reply, overall
and per template version, each rate with the denominator it is over.

Definitions (a proposal is "sent" once its job reached the ``proposed`` stage):
- viewed: reached ``viewed`` or any later stage (a reply implies the letter was read);
- replied: reached ``replied`` or later; interviewed: reached ``call_booked`` or later; won: reached ``won``;
- lost: marked ``lost``, or the posting's outcome is ``hired_other`` (someone else got it), and not won;
- no reply: never reached ``replied``.
Denominator of every rate: the sent proposals minus the dead ends, i.e. postings that closed without hiring
anyone (outcome closed_no_hire / expired / unknown) and never replied; they cannot tell us anything about the
letter. The dead ends are still counted and shown (``left_out``). Fewer than 3 in a denominator is
``low_sample``; an empty denominator gives rate ``None``, never 0%."""
from __future__ import annotations

from collections import defaultdict

RANK = {"identified": 0, "proposed": 1, "viewed": 2, "replied": 3, "call_booked": 4, "verbal_yes": 5, "won": 6,
        "renewal": 7, "expansion": 7}
LOW_SAMPLE = 3
VERSION_CHARS = 12  # a template version is the first 12 hex characters of the draft's template_hash


def template_key(draft) -> tuple[str, str]:
    """(template id, template version) of the letter a draft holds: outcomes are keyed by both, so two versions
    of one template are never pooled. The version is the template hash (template + partials + prompts), which
    changes whenever any of them changes; "unknown" when the draft has no template."""
    if draft is None or not draft.template_id:
        return "unknown", "unknown"
    return draft.template_id, (draft.template_hash or "")[:VERSION_CHARS] or "unknown"


STATS = ("viewed", "replied", "interviewed", "won", "lost", "no_reply")
LABELS = {"viewed": "viewed", "replied": "replied", "interviewed": "interviewed (call booked)", "won": "won",
          "lost": "lost", "no_reply": "no reply"}


def hits(item) -> dict[str, bool]:
    """Which outcomes one sent proposal counts towards. ``item`` has ``reached`` (rank), ``lost`` (bool)."""
    return {"viewed": item.reached >= RANK["viewed"], "replied": item.reached >= RANK["replied"],
            "interviewed": item.reached >= RANK["call_booked"], "won": item.reached >= RANK["won"],
            "lost": item.lost and item.reached < RANK["won"], "no_reply": item.reached < RANK["replied"]}


def counts(items: list) -> dict:
    """Counts and rates for a group of sent proposals (each with ``reached``, ``lost``, ``dead_end``)."""
    counted = [i for i in items if not i.dead_end]
    left_out = len(items) - len(counted)
    over = (f"{len(counted)} sent proposal{'s' * (len(counted) != 1)}"
            + (f" ({left_out} more left out: the posting closed without hiring anyone and never replied)"
               if left_out else ""))
    out: dict = {"sent": len(items), "left_out": left_out, "denominator": len(counted), "over": over,
                 "low_sample": len(counted) < LOW_SAMPLE}
    flags = [hits(i) for i in counted]
    for stat in STATS:
        n = sum(1 for f in flags if f[stat])
        out[stat] = {"count": n, "of": len(counted), "rate": round(n / len(counted), 4) if counted else None}
    return out


def by_template(items: list) -> list[dict]:
    """``counts`` per (template id, template version): two versions of one template are never pooled."""
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for i in items:
        groups[(i.template, i.template_version)].append(i)
    rows = [{"template_id": t, "template_version": v, "group": f"{t} @ {v}", **counts(members)}
            for (t, v), members in groups.items()]
    return sorted(rows, key=lambda r: (-r["denominator"], r["template_id"], r["template_version"]))


def _cell(stat: dict) -> str:
    if stat["rate"] is None:
        return "n/a"
    return f"{stat['count']}/{stat['of']} ({stat['rate'] * 100:.0f}%)"


def format_counts(card_counts: dict, rows: list[dict]) -> list[str]:
    c = card_counts
    lines = [f"outcomes of sent proposals (rates over {c['over']}):",
             f"  sent {c['sent']}   " + "   ".join(f"{LABELS[s]} {_cell(c[s])}" for s in STATS)
             + ("  (low sample)" if c["low_sample"] and c["sent"] else "")]
    lines.append("outcomes by template version (each row's rates over its own sent proposals minus left-out):")
    if not rows:
        lines.append("  (no proposals)")
    for r in rows:
        lines.append(f"  {r['group'][:48]:48} sent {r['sent']:3}  left out {r['left_out']}  "
                     + "  ".join(f"{LABELS[s].split(' (')[0]} {_cell(r[s])}" for s in STATS)
                     + ("  (low sample)" if r["low_sample"] else ""))
    return lines
