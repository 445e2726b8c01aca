"""Alert e-mails: parsing the team-made fixtures (one job, a three-job digest, a non-alert), the CLI on a
file and a Maildir (duplicates taken once), and an IMAP folder through a local fake server object."""
from __future__ import annotations

import mailbox
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.intake_models import IntakeDelivery
from service.core.models import Draft, Job
from service.intake.alert_mail import parse_alert_mail
from service.workflows import mail_intake, sources
from tests.cli_inprocess import run_cli

MAIL = Path(__file__).parent / "mail"
ROOT = Path(__file__).resolve().parents[2]


def _raw(name: str) -> bytes:
    return (MAIL / name).read_bytes()


def test_one_job_mail_fields():
    m = parse_alert_mail(_raw("one_job.eml"))
    [job] = m.jobs
    assert job["upwork_job_id"] == "~01d4e5f6a7b8c9d0e1"
    assert job["title"] == "FastAPI service to sync warehouse stock with Shopify"
    assert job["budget"] == "Hourly: $45.00-$75.00" and job["experience_level"] == "Expert"
    assert job["posted_at"] == datetime(2026, 12, 4, 9, 28, tzinfo=UTC).isoformat()  # 12 min before the Date header
    assert job["client"] == {"payment_verified": True, "country": "Netherlands", "total_spent": "$30K+"}
    assert "Unsubscribe" not in job["description"] and "View job" not in job["description"]
    assert job["description"].startswith("We need a Python developer")


def test_digest_mail_has_three_jobs_in_order_with_titles_from_links():
    m = parse_alert_mail(_raw("digest.eml"))
    assert [j["title"] for j in m.jobs] == ["Django 3.2 to 5.0 upgrade for a booking platform",
                                            "React dashboard for fleet telemetry",
                                            "Write product descriptions for a candle shop"]
    assert m.jobs[0]["url"] == "https://www.upwork.com/jobs/~01a0b1c2d3e4f5a6b7"
    assert m.jobs[2]["client"]["payment_verified"] is False
    assert all("©" not in j["description"] and "Manage alerts" not in j["description"] for j in m.jobs)


@pytest.mark.parametrize("raw", [b"", _raw("not_alert.eml")])
def test_mail_without_jobs_is_a_clear_error(raw):
    with pytest.raises(InvalidInput) as err:
        parse_alert_mail(raw)
    assert err.value.field == "FILE" and err.value.fix


def test_maildir_ingest_processes_each_job_once(inline, tmp_path):
    box = mailbox.Maildir(tmp_path / "Alerts", create=True)
    for name in ("one_job.eml", "digest.eml", "one_job.eml"):  # the same alert twice
        box.add(_raw(name))
    results = [mail_intake.ingest_mail(raw, n, run=sources.process_delivery)
               for n, raw in mail_intake.mail_files(tmp_path / "Alerts")]
    stored = [s for r in results for s in r.stored]
    assert len(stored) == 5 and sum(s.duplicate for s in stored) == 1
    with session_scope() as s:
        rows = {d.upwork_id: d for d in s.exec(select(IntakeDelivery))}
        assert len(s.exec(select(Job)).all()) == 4
        drafts = s.exec(select(Draft)).all()
    assert rows["~01c2d3e4f5a6b7c8d9"].status == "kept" and rows["~01c2d3e4f5a6b7c8d9"].tier == "poor"
    assert rows["~01a0b1c2d3e4f5a6b7"].status == "drafted"
    assert len(drafts) == sum(r.status == "drafted" for r in rows.values()) >= 2
    assert all(r.source == "mail" for r in rows.values())


def test_cli_mail_command(db, tmp_path):
    from service.accounts.auth import add_user

    _bot, key = add_user("Mail bot", "api")  # the CLI acts only as a keyed person or bot
    env = dict(os.environ, DRAFTROOM_DATABASE_URL=db, DRAFTROOM_HOME=str(tmp_path / "h"),
               LITELLM_LOCAL_MODEL_COST_MAP="True", DRAFTROOM_API_KEY=key)
    run = lambda *a: run_cli(["intake", "mail", *a], env)  # main() in this process: same output and exit code
    r = run(str(MAIL / "digest.eml"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("delivery #") == 3 and "kept" in r.stdout and "drafted" in r.stdout
    again = run(str(MAIL / "digest.eml"))
    assert again.stdout.count("duplicate") == 3
    bad = run(str(MAIL / "not_alert.eml"))
    assert bad.returncode == 2 and bad.stderr.startswith("error: FILE:") and "Traceback" not in bad.stderr
    missing = run(str(tmp_path / "nope.eml"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


class FakeImap:
    """A local stand-in for imaplib.IMAP4: a folder of messages with \\Seen flags."""

    def __init__(self, messages: dict[str, list[bytes]]):
        self.folders = {k: [{"raw": m, "seen": False} for m in v] for k, v in messages.items()}
        self.folder = None
        self.logged_in = self.logged_out = False

    def login(self, user, password):
        if password != "pw":
            import imaplib
            raise imaplib.IMAP4.error("AUTHENTICATIONFAILED")
        self.logged_in = True

    def select(self, folder):
        name = folder.strip('"')
        if name not in self.folders:
            return "NO", [b"no such folder"]
        self.folder = self.folders[name]
        return "OK", [str(len(self.folder)).encode()]

    def search(self, charset, criterion):
        assert criterion == "UNSEEN"
        return "OK", [b" ".join(str(i + 1).encode() for i, m in enumerate(self.folder) if not m["seen"])]

    def fetch(self, num, what):
        assert "PEEK" in what  # reading never marks a mail seen by itself
        return "OK", [(b"1 (BODY[] {n})", self.folder[int(num) - 1]["raw"]), b")"]

    def store(self, num, op, flag):
        self.folder[int(num) - 1]["seen"] = True
        return "OK", []

    def logout(self):
        self.logged_out = True


def test_imap_folder_takes_alerts_and_leaves_other_mail_unseen(inline):
    fake = FakeImap({"Upwork Alerts": [_raw("one_job.eml"), _raw("not_alert.eml"), _raw("digest.eml")]})
    url = "imaps://me%40example.com:pw@imap.example.com/Upwork%20Alerts"
    results = mail_intake.fetch_imap(url, run=sources.process_delivery, connect=lambda t: fake)
    assert [len(r.stored) for r in results] == [1, 0, 3]
    assert [m["seen"] for m in fake.folders["Upwork Alerts"]] == [True, False, True]
    assert fake.logged_out
    assert mail_intake.fetch_imap(url, run=sources.process_delivery, connect=lambda t: fake)[0].stored == []


def test_imap_errors_name_the_setting(inline):
    from service.core.errors import ConfigError

    fake = FakeImap({"INBOX": []})
    with pytest.raises(ConfigError) as err:
        mail_intake.fetch_imap("imaps://me:wrong@h/INBOX", connect=lambda t: fake)
    assert err.value.field == "DRAFTROOM_IMAP_URL" and "wrong" not in err.value.one_line()
    with pytest.raises(InvalidInput):
        mail_intake.fetch_imap("imaps://me:pw@h/Missing", connect=lambda t: fake)
    with pytest.raises(InvalidInput):
        mail_intake.imap_target("http://h/x")


def test_tracking_redirect_links_still_name_the_job():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = "New job: Shopify checkout fix"
    msg["Date"] = "Fri, 04 Dec 2026 12:00:00 +0000"
    href = "https://click.mail.example/ls/click?upn=abc&u=https%3A%2F%2Fwww.upwork.com%2Fjobs%2F~01f0e1d2c3b4a59687%3Fref%3Dmail"
    msg.set_content(f'<p><a href="{href}">Shopify checkout fix</a></p><p>Fixed-price: $600</p>'
                    "<p>Our Shopify checkout breaks on mobile Safari; fix it and add a test order flow.</p>", subtype="html")
    [job] = parse_alert_mail(bytes(msg)).jobs
    assert job["upwork_job_id"] == "~01f0e1d2c3b4a59687" and job["title"] == "Shopify checkout fix"
    assert job["url"] == "https://www.upwork.com/jobs/~01f0e1d2c3b4a59687" and job["budget"] == "Fixed-price: $600"
