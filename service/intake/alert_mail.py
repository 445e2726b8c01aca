"""Upwork job-alert e-mails → job JSON objects (stdlib ``email`` only; docs/intake.md).

An alert mail names one job ("New job: …") or several (a saved-search digest). Every job in it has a link
to ``upwork.com/jobs/…~0<id>``; the text around that link is read like a search tile:

    <title>                                  (the link's text in HTML mail, the line above the URL in text mail)
    https://www.upwork.com/jobs/~01…
    Hourly: $40.00-$70.00 - Intermediate - Est. time: 1 to 3 months
    Posted 12 minutes ago
    <description snippet>
    Skills: Python, FastAPI
    Payment verified · United States · $20K+ spent

Relative times ("12 minutes ago") are read against the mail's ``Date`` header. Lines after the last job
that belong to the mail's footer (unsubscribe, settings, copyright) are dropped."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from urllib.parse import unquote

from service.core.errors import InvalidInput
from service.intake import parse_values as pv
from service.intake.parse_countries import country_name

_JOB_URL = re.compile(r"https?://(?:www\.)?upwork\.com/(?:[\w-]+/)*(?:jobs|job)/[^\s\"'<>]*?(~0[0-9a-zA-Z]{8,30})[^\s\"'<>]*")
_BUDGET = re.compile(r"^(hourly|fixed[- ]price|fixed|budget|est\. budget)\b", re.IGNORECASE)
_POSTED = re.compile(r"^posted\b[:\s]*(.+)$", re.IGNORECASE)
_SKILLS = re.compile(r"^skills?\s*:\s*(.+)$", re.IGNORECASE)
_FOOTER = re.compile(r"unsubscribe|notification settings|manage (your )?alerts|©|copyright|privacy policy|"
                     r"you are receiving|view job|see all jobs|^view more|why am i getting", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "td"}


@dataclass
class MailJobs:
    subject: str
    sent_at: datetime | None
    jobs: list[dict] = field(default_factory=list)


class _Text(HTMLParser):
    """HTML → lines; a link to a job becomes two lines: its text (the title), then its URL."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._href: str | None = None
        self._anchor: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self.out.append("\n")
        if tag == "a":
            href = unquote(dict(attrs).get("href") or "")  # tracking redirects carry the job URL encoded
            self._href, self._anchor = (href if _JOB_URL.search(href) else None), []

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self._skip = max(0, self._skip - 1)
        if tag == "a" and self._href:
            self.out.append("\n" + " ".join("".join(self._anchor).split()) + "\n" + self._href + "\n")
            self._href = None
        if tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        (self._anchor if self._href else self.out).append(data)


def _body_text(msg: EmailMessage) -> str:
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    if html is not None:  # the HTML part carries the link texts (titles) reliably
        parser = _Text()
        parser.feed(html.get_content())
        text = "".join(parser.out)
        if _JOB_URL.search(text):
            return text
    if plain is not None:
        return plain.get_content()
    return ""


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.replace("\r", "").split("\n") if line.strip()]


def parse_alert_mail(raw: bytes) -> MailJobs:
    """Every job in one alert e-mail. Raises InvalidInput when the mail holds no Upwork job link."""
    if not raw or not raw.strip():
        raise InvalidInput("the e-mail file is empty", field="FILE", fix="give a saved .eml file")
    msg = message_from_bytes(raw, policy=policy.default)
    subject = " ".join(str(msg.get("Subject", "")).split())
    try:
        sent_at = parsedate_to_datetime(msg["Date"]) if msg.get("Date") else None
    except (TypeError, ValueError):
        sent_at = None
    if sent_at is not None and sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=UTC)
    lines = _lines(_body_text(msg))
    # positions of each job's first URL line; later repeats of the same job ("View job") are ignored
    starts: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        m = _JOB_URL.search(line) or _JOB_URL.search(unquote(line))
        if m and m.group(1) not in seen:
            seen.add(m.group(1))
            starts.append((i, m.group(1), m.group(0)))
    if not starts:
        raise InvalidInput(f"no Upwork job link in the e-mail '{subject[:80]}'", field="FILE",
                           fix="give an Upwork job-alert e-mail (each job links to upwork.com/jobs/~0…)")
    jobs = []
    for n, (i, uid, url) in enumerate(starts):
        end = starts[n + 1][0] - 1 if n + 1 < len(starts) else len(lines)
        title = lines[i - 1] if i > 0 and not _JOB_URL.search(lines[i - 1]) else ""
        if not title:
            title = re.sub(r"^(new job( posted)?|job alert)\s*:\s*", "", subject, flags=re.IGNORECASE)
        jobs.append(_job(uid, url, title, lines[i + 1:end], sent_at))
    return MailJobs(subject, sent_at, jobs)


def _job(uid: str, url: str, title: str, block: list[str], sent_at: datetime | None) -> dict:
    job: dict = {"upwork_job_id": uid, "title": title, "url": url.split("?")[0]}
    client: dict = {}
    description: list[str] = []
    for line in block:
        if _FOOTER.search(line) or _JOB_URL.search(line):
            continue
        if _BUDGET.match(line):
            head = re.split(r"\s+[-–·|]\s+", line)
            job["budget"] = head[0]
            for part in head[1:]:
                if pv.parse_level(part):
                    job["experience_level"] = part
                elif "time" in part.lower() or pv.parse_length(part):
                    job["project_length"] = part.split(":", 1)[-1].strip()
            continue
        if m := _POSTED.match(line):
            when = pv.parse_posted(m.group(1), sent_at or datetime.now(UTC))
            if when:
                job["posted_at"] = when.isoformat()
            continue
        if m := _SKILLS.match(line):
            job["skills"] = [s.strip() for s in re.split(r"[,·|]", m.group(1)) if s.strip()]
            continue
        if _client_line(line, client):
            continue
        description.append(line)
    job["description"] = "\n".join(description).strip() or title
    if client:
        job["client"] = client
    return job


def _client_line(line: str, client: dict) -> bool:
    parts = [p.strip() for p in re.split(r"\s*[·|•]\s*", line) if p.strip()]
    found = False
    for part in parts:
        low = part.lower()
        if low in ("payment verified", "payment method verified"):
            client["payment_verified"], found = True, True
        elif low in ("payment unverified", "payment not verified", "payment method not verified"):
            client["payment_verified"], found = False, True
        elif low.endswith("spent") and pv.parse_spent(part) is not None:
            client["total_spent"], found = part.removesuffix("spent").strip(), True
        elif country_name(part) and len(parts) > 1:
            client["country"], found = country_name(part), True
    return found and all(p.lower().startswith("payment") or p.lower().endswith("spent") or country_name(p)
                         or p.lower().startswith("rating") for p in parts)
