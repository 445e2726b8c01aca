"""Presentation helpers: badges, ages, labels. Display only; no decisions are made here."""
from __future__ import annotations

from datetime import UTC, datetime

TIER_BADGE = {"strong": ":green-badge[strong]", "possible": ":orange-badge[possible]",
              "poor": ":red-badge[poor]", None: ":gray-badge[no tier]"}
# Plain words in tables: emoji need a colour-emoji font that Debian's Chromium lacks (empty boxes); Markdown
# uses Streamlit's bundled Material icons instead (CHECK_ICON below), which render everywhere offline.
TIER_ICON = {"strong": "strong", "possible": "possible", "poor": "poor", None: "—"}
CHECK_ICON = {"pass": ":green[:material/check_circle:]", "error": ":red[:material/cancel:]",
              "warning": ":orange[:material/warning:]"}
DONE_ICON = {True: ":material/check_box:", False: ":material/check_box_outline_blank:"}
STATUS_LABEL = {"drafting": "drafting", "pending_review": "pending review", "in_review": "in review", "approved": "approved",
                "rejected": "rejected", "exported": "exported", "needs_attention": "needs attention"}
# Speed-to-lead bands for colouring the age since intake (docs/ui.md): replies within ~10 minutes
# get far more answers than replies hours later (peers.md D8, GigRadar); one hour is the triage limit.
AGE_BANDS = ((10, "green", "within 10 min"), (60, "orange", "within the hour"), (None, "red", "over an hour"))
AGE_COLOURS = {"green": "#d3f4dc", "orange": "#ffe8c2", "red": "#ffd6d6"}


def aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def age_minutes(since: datetime | None, now: datetime | None = None) -> float | None:
    since = aware(since)
    if since is None:
        return None
    return max(0.0, ((now or datetime.now(UTC)) - since).total_seconds() / 60)


def age_band(minutes: float | None) -> str:
    if minutes is None:
        return "gray"
    for limit, colour, _label in AGE_BANDS:
        if limit is None or minutes <= limit:
            return colour
    return "red"


def human_age(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes:.0f} min"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f} h"
    return f"{minutes / 1440:.0f} d"


def age_badge(since: datetime | None, now: datetime | None = None) -> str:
    m = age_minutes(since, now)
    return f":{age_band(m)}-badge[:material/schedule: {human_age(m)}]" if m is not None else ":gray-badge[:material/schedule: —]"


def tier_badge(tier: str | None) -> str:
    return TIER_BADGE.get(tier, TIER_BADGE[None])


def status_label(status: str | None) -> str:
    return STATUS_LABEL.get(status or "", status or "—")


def when(dt: datetime | None) -> str:
    dt = aware(dt)
    return dt.strftime("%Y-%m-%d %H:%M UTC") if dt else "—"


_MD_SPECIAL = set("\\`*_{}[]()<>#+-.!|~:$&=\"'@")


def plain(text) -> str:
    """Untrusted text (job posts, client messages, quotes from them) made inert for ``st.markdown`` and
    every widget that renders Markdown (captions, alerts, titles): each ASCII punctuation character is
    backslash-escaped, so ``[x](https://…)`` is no link, ``![](…)`` loads no image, a bare
    ``https://…`` is not auto-linked, ``:red[…]`` / ``$…$`` / raw HTML do nothing, and line breaks stay
    line breaks. The text reads exactly as written."""
    out = []
    for ch in "" if text is None else str(text):
        out.append("\\" + ch if ch in _MD_SPECIAL else ch)
    return "".join(out).replace("\n", "  \n")
