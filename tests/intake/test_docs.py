"""docs/intake.md stays true: every intake setting and command is documented, and its payload examples
are accepted by the code that reads them."""
from __future__ import annotations

import json
import re
from pathlib import Path

from service.core.config import Settings
from service.intake.webhooks import split_payload

DOC = (Path(__file__).resolve().parents[2] / "docs" / "intake.md").read_text(encoding="utf-8")
INTAKE_SETTINGS = [n for n in Settings.model_fields if n.startswith(("autodraft", "webhook_", "alert_", "public_ui",
                                                                      "upwork_", "imap_", "worker_periodic", "sla_"))]


def test_every_intake_setting_is_documented():
    assert len(INTAKE_SETTINGS) >= 15
    for name in INTAKE_SETTINGS:
        env = "DRAFTROOM_" + name.upper()
        short = "…_" + name.upper().split("_", 1)[1]
        assert env in DOC or short in DOC, env


def test_every_intake_command_is_documented():
    for cmd in ("intake mail", "intake imap", "intake search add", "intake search list", "intake poll",
                "intake deliveries", "intake speed"):
        assert f"draftroom {cmd}" in DOC or f"`draftroom {cmd}" in DOC, cmd


def test_curl_example_body_is_a_valid_generic_job():
    body = re.search(r"BODY='(\{.*?\})'", DOC).group(1)
    accepted, rejected = split_payload("generic", json.loads(body))
    assert len(accepted) == 1 and rejected == []


def test_vollna_example_is_accepted():
    block = re.search(r"```json\n(\{\"total\".*?)```", DOC, re.DOTALL).group(1)
    accepted, rejected = split_payload("vollna", json.loads(block))
    assert len(accepted) == 1 and rejected == [] and accepted[0].job["budget_type"] == "hourly"
