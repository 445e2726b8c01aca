"""Writes the team-made alert e-mail fixtures in tests/intake/mail/ (modelled on the layout of Upwork's
job-alert mails; every title, text and id here is invented). Run: .venv/bin/python tests/intake/make_mail_fixtures.py"""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).parent / "mail"

ONE_PLAIN = """A new job matching your saved search "python api" was posted.

FastAPI service to sync warehouse stock with Shopify
https://www.upwork.com/jobs/FastAPI-service-sync-warehouse_~01d4e5f6a7b8c9d0e1/?referrer_url_path=alerts
Hourly: $45.00-$75.00 - Expert - Est. time: 1 to 3 months
Posted 12 minutes ago
We need a Python developer to build a FastAPI service that keeps warehouse stock in PostgreSQL in sync with our
Shopify store through its REST API. Webhooks for orders, a nightly reconciliation job and Docker deployment.
Please describe a similar integration you shipped.
Skills: Python, FastAPI, PostgreSQL, Docker, REST API
Payment verified · Netherlands · $30K+ spent

View job: https://www.upwork.com/jobs/~01d4e5f6a7b8c9d0e1
You are receiving this e-mail because you saved a search. Unsubscribe or change your notification settings.
"""


def one_job() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Upwork <donotreply@upwork.example>"
    msg["To"] = "freelancer@example.com"
    msg["Subject"] = "New job: FastAPI service to sync warehouse stock with Shopify"
    msg["Date"] = "Fri, 04 Dec 2026 09:40:00 +0000"
    msg.set_content(ONE_PLAIN)
    return msg


DIGEST_JOBS = [
    ("~01a0b1c2d3e4f5a6b7", "Django 3.2 to 5.0 upgrade for a booking platform", "Fixed-price: $2,500 - Intermediate",
     "Posted 35 minutes ago",
     "Our Django 3.2 booking platform needs an upgrade to Django 5.0 with tests kept green. PostgreSQL, Celery and a "
     "REST API. Deliverables: upgraded code, fixed deprecations, a short report.",
     "Python, Django, PostgreSQL", "Payment verified · United Kingdom · $8K+ spent"),
    ("~01b1c2d3e4f5a6b7c8", "React dashboard for fleet telemetry", "Hourly: $30.00-$55.00 - Intermediate",
     "Posted 1 hour ago",
     "Build a React and TypeScript dashboard that shows live vehicle positions and alerts from our GraphQL API.",
     "React, TypeScript, GraphQL", "Payment verified · Australia · $50K+ spent"),
    ("~01c2d3e4f5a6b7c8d9", "Write product descriptions for a candle shop", "Fixed-price: $40 - Entry level",
     "Posted 2 hours ago", "Need 40 short product descriptions for scented candles. Unpaid test task first.",
     "Copywriting", "Payment unverified · Canada · $0 spent"),
]


def digest() -> EmailMessage:
    blocks = []
    for uid, title, budget, posted, text, skills, client in DIGEST_JOBS:
        blocks.append(f"""<table class="job"><tr><td>
<h3><a href="https://www.upwork.com/jobs/{uid}?source=rss_alerts&amp;utm_campaign=digest">{title}</a></h3>
<p>{budget}</p><p>{posted}</p><p>{text}</p><p>Skills: {skills}</p><p>{client}</p>
<p><a href="https://www.upwork.com/jobs/{uid}">View job</a></p></td></tr></table>""")
    html = ("<html><head><style>.job{font-family:sans-serif}</style></head><body>"
            "<p>3 new jobs match your saved search &ldquo;web apps&rdquo;</p>" + "".join(blocks) +
            "<p>Manage alerts &middot; Unsubscribe</p><p>&copy; 2026 Upwork Global Inc.</p></body></html>")
    msg = EmailMessage()
    msg["From"] = "Upwork <donotreply@upwork.example>"
    msg["To"] = "freelancer@example.com"
    msg["Subject"] = "3 new jobs match your saved search"
    msg["Date"] = "Fri, 04 Dec 2026 10:00:00 +0000"
    msg.set_content(html, subtype="html", cte="quoted-printable")
    return msg


def not_alert() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Team <team@example.com>"
    msg["Subject"] = "Lunch on Friday?"
    msg["Date"] = "Fri, 04 Dec 2026 11:00:00 +0000"
    msg.set_content("Shall we meet at noon?")
    return msg


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    for name, build in (("one_job.eml", one_job), ("digest.eml", digest), ("not_alert.eml", not_alert)):
        (HERE / name).write_bytes(bytes(build()))
    print("wrote", sorted(p.name for p in HERE.iterdir()))
