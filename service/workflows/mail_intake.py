"""Alert e-mails into the intake path: a saved .eml file, a folder of them, a Maildir, or an IMAP folder
(stdlib ``imaplib``). Each job in a mail is stored once (``sources.accept``) and then processed like a
webhook delivery (brief → fit → draft per tier → alert), inline or on the task queue."""
from __future__ import annotations

import imaplib
import logging
import mailbox
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from service.core.errors import ConfigError, InvalidInput
from service.intake.alert_mail import parse_alert_mail
from service.workflows import sources

log = logging.getLogger("draftroom.mail")


@dataclass
class MailResult:
    name: str
    subject: str = ""
    stored: list[sources.Stored] = field(default_factory=list)
    statuses: dict[int, str] = field(default_factory=dict)  # delivery id → final status (when processed)
    error: str | None = None


def ingest_mail(raw: bytes, name: str, *, source: str = "mail", run: Callable[[int], str] | None = None) -> MailResult:
    """Store every job in one mail; ``run`` (e.g. ``sources.process_delivery``) processes each new one."""
    try:
        parsed = parse_alert_mail(raw)
    except InvalidInput as exc:
        return MailResult(name, error=exc.message)
    result = MailResult(name, parsed.subject)
    for i, job in enumerate(parsed.jobs):
        try:
            stored = sources.accept(job, source=source, index=i, auth="cli", meta={"subject": parsed.subject[:200]})
        except InvalidInput as exc:
            result.error = f"job {i + 1}: {exc.one_line()}"
            continue
        result.stored.append(stored)
        if run is not None and not stored.duplicate:
            result.statuses[stored.delivery_id] = run(stored.delivery_id)
    return result


def mail_files(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) for FILE.eml, a Maildir (cur/ new/ tmp/), or a folder of .eml files."""
    if path.is_file():
        yield path.name, path.read_bytes()
        return
    if not path.is_dir():
        raise InvalidInput(f"no such file or folder: {path}", field="FILE", fix="give a .eml file, a Maildir or a folder of .eml files")
    if (path / "cur").is_dir() and (path / "new").is_dir():
        box = mailbox.Maildir(path, factory=None, create=False)
        for key in sorted(box.keys()):
            yield key, box.get_bytes(key)
        return
    files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".eml", ".msg", ".txt"))
    if not files:
        raise InvalidInput(f"{path} holds no .eml files and is not a Maildir", field="FILE",
                           fix="save the alert e-mails as .eml files there, or give a Maildir")
    for p in files:
        yield p.name, p.read_bytes()


@dataclass(frozen=True)
class ImapTarget:
    host: str
    port: int
    user: str
    password: str
    folder: str
    ssl: bool


def imap_target(url: str) -> ImapTarget:
    """``imaps://user:password@host[:port]/Folder`` (``imap://`` for plain IMAP, e.g. a local test server)."""
    if not url:
        raise ConfigError("no IMAP folder configured", field="DRAFTROOM_IMAP_URL",
                          fix="set DRAFTROOM_IMAP_URL=imaps://user:password@host/Folder or pass --url")
    u = urlparse(url)
    if u.scheme not in ("imap", "imaps") or not u.hostname or not u.username:
        raise InvalidInput("the IMAP URL must look like imaps://user:password@host/Folder", field="DRAFTROOM_IMAP_URL")
    return ImapTarget(u.hostname, u.port or (993 if u.scheme == "imaps" else 143), unquote(u.username),
                      unquote(u.password or ""), unquote(u.path.lstrip("/")) or "INBOX", u.scheme == "imaps")


def fetch_imap(url: str, *, run: Callable[[int], str] | None = None, limit: int = 100,
               connect: Callable[[ImapTarget], imaplib.IMAP4] | None = None) -> list[MailResult]:
    """Read unseen mails in the folder; alert mails are taken in and marked \\Seen, others are left alone."""
    target = imap_target(url)
    connect = connect or (lambda t: (imaplib.IMAP4_SSL if t.ssl else imaplib.IMAP4)(t.host, t.port, timeout=30))
    try:
        conn = connect(target)
        conn.login(target.user, target.password)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ConfigError(f"cannot log in to {target.host}:{target.port} as {target.user}: {exc.__class__.__name__}",
                          field="DRAFTROOM_IMAP_URL", fix="check host, port, user and password") from None
    results = []
    try:
        typ, _ = conn.select(_quote(target.folder))
        if typ != "OK":
            raise InvalidInput(f"no IMAP folder '{target.folder}'", field="DRAFTROOM_IMAP_URL",
                               fix="name an existing folder after the host, e.g. /Upwork")
        typ, data = conn.search(None, "UNSEEN")
        ids = (data[0] or b"").split()[:limit] if typ == "OK" else []
        for num in ids:
            typ, parts = conn.fetch(num, "(BODY.PEEK[])")
            raw = next((p[1] for p in parts or [] if isinstance(p, tuple) and len(p) > 1), None)
            if typ != "OK" or raw is None:
                continue
            result = ingest_mail(raw, f"imap:{target.folder}/{num.decode()}", source="imap", run=run)
            results.append(result)
            if result.stored:
                conn.store(num, "+FLAGS", "\\Seen")
    finally:
        try:
            conn.logout()
        except (OSError, imaplib.IMAP4.error):
            pass
    return results


def _quote(folder: str) -> str:
    return folder if folder.isalnum() else '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'
