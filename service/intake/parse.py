"""Intake: detect the format of a pasted job (or job JSON) and parse its structured fields.

``parse_job`` accepts: text copied from an Upwork job-detail page, a search-result tile, a
freelancer's markdown copy, plain text (with or without HTML tags), a job JSON as a dict or a JSON
string. It never guesses: a field the input does not state stays None. See docs/extraction.md."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone

from service.core.config import get_settings
from service.core.errors import InvalidInput, TooLarge
from service.core.schemas import ClientInfo, ParsedFields
from service.intake import parse_values as pv
from service.intake.parse_html import html_to_text, looks_like_html
from service.intake.parse_json import parse_json_job
from service.intake.parse_client import _HIRES, _REVIEWS_OF
from service.intake.parse_countries import country_name
from service.intake.parse_text import (
    _MONEY_LINE,
    _NOISE,
    _QUESTIONS_START,
    _SECTION_END,
    _SKILL_HEADER,
    TextParse,
    clean,
    detect_format,
    ends_sentence,
    is_noise,
    looks_like_skill_tag,
    _put_posted,
    read_fields,
    rejoin_highlights,
)

_NOISE_TILE = _NOISE - {"save job", "featured"}

_UPWORK_URL = re.compile(r"https?://(?:www\.)?upwork\.com/(?:jobs|freelance-jobs(?:/apply)?)/[^\s)\]>\"']*", re.I)
_UPWORK_ID = re.compile(r"(~0[0-9a-f]{15,24})\b", re.I)
_INVISIBLE = {ord(c): None for c in "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"}
_CLIENT_KEYS = ("country", "payment_verified", "rating", "reviews", "total_spent", "hire_rate", "jobs_posted",
                "member_since", "hires")


def parse_job(raw: str | dict, now: datetime | None = None) -> ParsedFields:
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    if isinstance(raw, (bytes, bytearray)):
        raw = bytes(raw).decode("utf-8", errors="replace")
    if isinstance(raw, dict):
        return parse_json_job(raw, now, _parse_text)
    if not isinstance(raw, str):
        raise InvalidInput(f"a job must be text or a JSON object, not {type(raw).__name__}", field="job",
                           fix="paste the job text or send {\"title\": ..., \"description\": ...}")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInput(f"the job text contains a character that is not valid Unicode text (position {exc.start})",
                           field="job_text", fix="copy the text again from the page; remove broken characters") from None
    limit = get_settings().max_job_bytes
    if len(raw.encode("utf-8", errors="replace")) > limit:
        raise TooLarge(f"the job text is {len(raw.encode('utf-8', errors='replace')):,} bytes, over the "
                       f"{limit:,}-byte limit", field="job_text",
                       fix="paste only the job post, or raise DRAFTROOM_MAX_JOB_BYTES")
    stripped = raw.strip().lstrip("\ufeff")
    if stripped[:1] in ("{", "["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            if stripped.startswith("{\"") or stripped.startswith("[{"):
                raise InvalidInput(f"the job JSON is not valid JSON ({exc.msg} at line {exc.lineno}, column "
                                   f"{exc.colno})", field="job", fix="fix the JSON or paste the job as plain text") from exc
            data = None
        if isinstance(data, dict):
            return parse_json_job(data, now, _parse_text)
        if isinstance(data, list):
            raise InvalidInput("the JSON is a list; one job is expected", field="job",
                               fix="send one job object, or use `draftroom triage FILE.jsonl` for many")
    return _parse_text(raw, now)


def _parse_text(raw: str, now: datetime, *, source_format: str | None = None) -> ParsedFields:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    hidden: list[str] = []
    html_in = looks_like_html(text)
    if html_in:
        text, hidden = html_to_text(text)
    if not text.translate(_INVISIBLE).strip():
        raise InvalidInput("the job text is empty" + (" once HTML tags are removed" if html_in else ""),
                           field="job_text", fix="paste the job post's title and description")
    if _UPWORK_URL.fullmatch(text.strip()) or re.fullmatch(r"https?://\S+", text.strip()):
        raise InvalidInput("the input is only a link; Draftroom does not open job pages", field="job_text",
                           fix="open the job in your browser and paste its text (title and description)")
    raw_lines = [ln.rstrip() for ln in text.split("\n")]
    lines = [ln.strip() for ln in raw_lines if ln.strip()]
    fmt = detect_format(lines)
    tp = TextParse(fmt=fmt)
    if fmt == "upwork_tile":
        _tile(tp, lines, now)
    elif fmt == "upwork_detail":
        _detail(tp, lines, now)
    elif fmt == "markdown":
        _markdown(tp, raw_lines, now)
    else:
        _plain(tp, raw_lines, now)
    if not tp.title and not tp.description.strip():
        raise InvalidInput("no job title or description found in the text", field="job_text",
                           fix="paste the job post's title and description")
    return _to_fields(tp, text, hidden, source_format or fmt)


def _to_fields(tp: TextParse, text: str, hidden: list[str], fmt: str) -> ParsedFields:
    v = tp.values
    url = _UPWORK_URL.search(text)
    uid = _UPWORK_ID.search(url.group(0) if url else text)
    return ParsedFields(
        title=tp.title.strip()[:300], description=tp.description.strip(), url=url.group(0) if url else None,
        upwork_id=uid.group(1) if uid else None, source_format=fmt,
        budget_type=v.get("budget_type"), budget_min=v.get("budget_min"), budget_max=v.get("budget_max"),
        currency=v.get("currency"), experience_level=v.get("experience_level"),
        project_length=v.get("project_length"), hours_per_week=v.get("hours_per_week"), skills=tp.skills,
        client=ClientInfo(**{k: v.get(k) for k in _CLIENT_KEYS}), proposals=v.get("proposals"),
        posted_at=v.get("posted_at"), posted_raw=v.get("posted_raw"),
        location_restriction=v.get("location_restriction"), page_questions=tp.questions, hidden_text=hidden,
        field_evidence={("client." + k if k in _CLIENT_KEYS else k): e for k, e in tp.evidence.items()},
    )


# ------------------------------------------------------------------ formats
_TILE_SKIP = {"more", "less", "see more", "view more", "show more", "new", "featured", "featured job", "top rated",
              "save job", "save", "job feedback", "not interested", "dislike job", "job is no longer available"}
_TILE_LABELS = ("est. time:", "est. budget:", "location", "proposals:", "hourly:", "fixed-price:",
                "number of freelancers needed:")


def _tile_meta(line: str) -> bool:
    """A line of a search tile's header or client block (not description, not a skill tag)."""
    s, low = line.strip(), line.strip().lower()
    return bool(
        low in ("payment verified", "payment unverified", "payment method verified", "payment method not verified",
                "no feedback yet", "spent", "hourly", "fixed-price", "fixed price", "location", "worldwide", "u.s. only")
        or low.startswith(("rating is ", "est. time:", "est. budget:", "proposals:", "hourly:", "fixed-price",
                           "member since", "posted ", "number of freelancers needed", "duration:", "project length:",
                           "experience level:", "hours per week:", "hours to be determined:", "budget:"))
        or re.fullmatch(r"\d{1,6}|\d\.\d{1,2}", s) or re.match(r"^[\d.]+ stars?, based on", low) or _REVIEWS_OF.match(s) or _HIRES.match(s) or _MONEY_LINE.match(s)
        or re.match(r"^\S+?\+?\s+(?:total\s+)?spent$", low) or re.match(r"^\d[\d,]* jobs? posted", low)
        or re.match(r"^\d{1,3}% hire rate", low) or country_name(s, codes=False)
        or pv.parse_level(s) or pv.parse_length(s) or pv.parse_hours(s, allow_not_sure=False)
        or pv.parse_proposals(s) or low.startswith("only freelancers located"))


def _tile_split(line: str) -> list[str]:
    """'Fixed-price - Intermediate - Est. budget: $1,200' -> its three parts ('$45 - $70' stays whole)."""
    if re.match(r"(?i)^(hourly|fixed[- ]price)\b", line) and re.search(r"\s[-–—·|]\s(?=[A-Za-z])", line):
        return [p.strip() for p in re.split(r"\s+[-–—·|]\s+(?=[A-Za-z])", line) if p.strip()]
    return [line]


def _tile(tp: TextParse, lines: list[str], now: datetime) -> None:
    lines = [part for ln in lines if ln.lower() not in _NOISE_TILE for part in _tile_split(ln)]
    low = [ln.lower() for ln in lines]
    start, posted_at = 0, None
    for i, ln in enumerate(low[:6]):  # "Posted" / "9 minutes ago" or "Posted 2 hours ago": the title follows
        if ln == "posted" and i + 1 < len(lines):
            _put_posted(tp, lines[i + 1], now, lines[i] + " " + lines[i + 1])
            start, posted_at = i + 2, i
            break
        if ln.startswith("posted "):
            _put_posted(tp, lines[i][7:], now, lines[i])
            start, posted_at = i + 1, i
            break
    above = [j for j in range(posted_at or 0) if low[j] not in _TILE_SKIP]
    if above:  # a title line above "Posted …" (a copy that starts with the title): the title is that line
        tp.title, end = lines[above[0]], start
    else:
        while start < len(lines) and low[start] in _TILE_SKIP:
            start += 1
        window = low[start:start + 8]
        end = start + window.index("save job") if "save job" in window else min(start + 1, len(lines))
        tp.title = " ".join(lines[start:end]).replace(" ,", ",")
    k = end
    while k < len(lines) and (low[k] in _TILE_SKIP or _tile_meta(lines[k]) or low[k - 1] in _TILE_LABELS):
        k += 1
    head = lines[end:k]
    tail = len(lines)
    while tail - 1 > k and (_tile_meta(lines[tail - 1]) or low[tail - 2] in _TILE_LABELS or low[tail - 1] in _TILE_SKIP):
        tail -= 1
    meta = [ln for ln in head + lines[tail:] if ln.lower() not in _TILE_SKIP]
    read_fields(tp, meta, now)
    for j, ln in enumerate(meta):  # a bare country line in the client block is the client's country
        if country_name(ln, codes=False) and "country" not in tp.values:
            tp.put("country", country_name(ln, codes=False), ln)
    s = tail
    while s - 1 > k and ((looks_like_skill_tag(lines[s - 1]) and ": " not in lines[s - 1]) or re.fullmatch(r"\+\d+", lines[s - 1])
                         or low[s - 1] in _TILE_SKIP):
        s -= 1
    skills = [x for x in lines[s:tail] if not re.fullmatch(r"\+\d+", x) and x.lower() not in _TILE_SKIP]
    if skills:
        tp.skills = list(dict.fromkeys(skills))
        tp.evidence["skills"] = " | ".join(skills)[:300]
    body = [ln for ln in lines[k:s] if ln.lower() not in _TILE_SKIP]
    tp.description = "\n".join(rejoin_highlights(body))
    read_fields(tp, body, now, only_short=True)  # "Skills: a, b" or "Budget $150 fixed." inside the text


def _detail(tp: TextParse, lines: list[str], now: datetime) -> None:
    low = [ln.lower() for ln in lines]
    posted = next((i for i, ln in enumerate(low[:80]) if ln == "posted" or ln.startswith("posted ")), None)
    if posted is not None:
        t = posted - 1
        while t >= 0 and is_noise(lines[t]):
            t -= 1
        tp.title = lines[t] if t >= 0 else ""
        start = posted + (2 if low[posted] == "posted" else 1)
    else:
        start = 0
        while start < len(lines) and is_noise(lines[start]):
            start += 1
        tp.title, start = (lines[start], start + 1) if start < len(lines) else ("", start)
    read_fields(tp, lines[max(0, start - 3):start + 1], now)
    while start < len(lines) and (is_noise(lines[start]) or low[start] in ("worldwide", "summary")
                                  or low[start].startswith("only freelancers located")):
        start += 1
    end = start
    while end < len(lines) and not _detail_meta(lines[end]):
        end += 1
    tp.description = "\n".join(rejoin_highlights(lines[start:end]))
    rest = lines[end:]
    read_fields(tp, rest, now)
    read_fields(tp, lines[start:end], now, only_short=True)
    rlow = [ln.lower() for ln in rest]
    q = next((i for i, ln in enumerate(rest) if _QUESTIONS_START.match(ln)), None)
    if q is not None:
        j = q + 1
        while j < len(rest) and not _SECTION_END.match(rest[j]):
            tp.questions.append(clean(rest[j]))
            j += 1
    if "skills and expertise" in rlow:
        j = rlow.index("skills and expertise") + 1
        skills = []
        while j < len(rest) and not _SECTION_END.match(rest[j]) and rlow[j] not in ("preferred qualifications",):
            if not _SKILL_HEADER.match(rest[j]) and looks_like_skill_tag(rest[j]):
                skills.append(rest[j])
            j += 1
        tp.skills = list(dict.fromkeys(skills))
        if skills:
            tp.evidence["skills"] = " | ".join(skills)[:300]
    if "about the client" in rlow:
        for ln in rest[rlow.index("about the client"):][:25]:
            if country_name(ln):
                tp.put("country", country_name(ln), ln)
                break


def _detail_meta(line: str) -> bool:
    s = line.strip()
    return bool(pv.parse_hours(s, allow_not_sure=False) or pv.parse_length(s) or s.lower() in (
        "hourly", "fixed-price", "fixed price", "project length", "experience level", "skills and expertise",
        "activity on this job", "about the client") or _QUESTIONS_START.match(s) or s.lower().startswith("project type"))


def _markdown(tp: TextParse, raw_lines: list[str], now: datetime) -> None:
    lines = [ln.strip() for ln in raw_lines]
    cleaned = [clean(ln) for ln in lines]
    title_idx: set[int] = set()
    for i, ln in enumerate(lines):
        c = cleaned[i]
        if re.match(r"^(\*\*)?title:?(\*\*)?:?\s*\S", ln, re.I) and ":" in ln:
            tp.title = c.split(":", 1)[1].strip()
            title_idx.add(i)
            break
        if re.match(r"^#{1,4}\s*title\s*$", ln, re.I):
            j = next((k for k in range(i + 1, len(lines)) if lines[k]), None)
            if j is not None:
                tp.title = cleaned[j]
                title_idx.update({i, j})
            break
    if not tp.title:
        for i, ln in enumerate(lines):
            if re.match(r"^#{1,4}\s*(upwork\s+)?posting\s*:\s*\S", ln, re.I):
                tp.title = c = cleaned[i].split(":", 1)[1].strip()
                title_idx.add(i)
                break
            if re.match(r"^#{1,4}\s*(upwork\s+)?posting\s*$", ln, re.I):
                j = next((k for k in range(i + 1, len(lines)) if lines[k]), None)
                if j is not None and not lines[j].startswith("#"):
                    tp.title = cleaned[j]
                    title_idx.update({i, j})
                break
    if not tp.title:
        first = next((i for i, ln in enumerate(lines) if ln), None)
        if first is not None:
            tp.title = cleaned[first]
            title_idx.add(first)
    h1 = {i for i, ln in enumerate(lines) if re.match(r"^#\s", ln) and i < 3}
    body = [raw_lines[i] for i in range(len(raw_lines)) if i not in title_idx and i not in h1]
    tp.description = "\n".join(body).strip()
    content = [c for c in cleaned if c]
    read_fields(tp, content, now)
    _markdown_sections(tp, lines, cleaned)


def _markdown_sections(tp: TextParse, lines: list[str], cleaned: list[str]) -> None:
    i = 0
    while i < len(lines):
        head = re.match(r"^#{1,4}\s*(.+?)\s*$", lines[i]) or (re.match(r"^([A-Z][A-Za-z ]{2,40})$", lines[i])
                                                             if i + 1 < len(lines) and lines[i + 1] else None)
        if not head:
            i += 1
            continue
        name = head.group(1).strip().lower().rstrip(":")
        j = i + 1
        section: list[str] = []
        while j < len(lines) and not lines[j].startswith("#"):
            if lines[j]:
                section.append(cleaned[j])
            j += 1
        if name in ("budget", "rate", "compensation", "pay") and section:
            b = pv.parse_budget(section[0])
            if b:
                for key in ("budget_type", "budget_min", "budget_max", "currency"):
                    if b.get(key) is not None:
                        tp.put(key, b[key], section[0])
        elif re.search(r"(application|proposal|screening) questions|questions", name) and not tp.questions:
            pass  # questions stay in the description; the extractor reads them there
        elif name in ("skills", "skills and expertise", "required skills") and not tp.skills:
            for s in section:
                s = re.sub(r"^(mandatory|nice-to-have|required|preferred)\s*:\s*", "", s, flags=re.I)
                for part in re.split(r",\s*", s):
                    part = part.strip().rstrip(".")
                    if part and looks_like_skill_tag(part) and part not in tp.skills:
                        tp.skills.append(part)
            if tp.skills:
                tp.evidence["skills"] = " | ".join(section)[:300]
        i = j if j > i + 1 else i + 1


def _plain(tp: TextParse, raw_lines: list[str], now: datetime) -> None:
    lines = [ln.strip() for ln in raw_lines]
    nonempty = [i for i, ln in enumerate(lines) if ln]
    first = nonempty[0]
    head = clean(lines[first])
    label = re.match(r"^(title|job title)\s*:\s*(.+)$", head, re.I)
    if label:
        tp.title = label.group(2).strip()
        body_from = first + 1
    elif len(nonempty) > 1 and len(head) <= 150 and (not ends_sentence(head) or len(head.split()) <= 12) \
            and not re.match(r"^(hi|hello|dear|hey)\b", head, re.I):
        tp.title = head
        body_from = first + 1
    else:
        body_from = first
    tp.description = "\n".join(raw_lines[body_from:]).strip()
    read_fields(tp, [clean(ln) for ln in lines if ln.strip()], now, only_short=True)
