"""Saving the proof library and the ICP to the workspace file (Settings): owner/manager only, validated with
the workspace schema (a bad edit is refused with the field and nothing changes), a backup of the previous
file, an audit row; a file changed since the editor opened it is a 409; the bundled demo is never written."""
from __future__ import annotations

import shutil

import pytest
from sqlmodel import select

from service.accounts.auth import add_user, authenticate
from service.core.config import DEMO_WORKSPACE, reset_settings
from service.core.db import session_scope
from service.core.errors import Conflict, Forbidden, InvalidInput
from service.core.models import AuditEvent
from service.core.workspace import current_workspace, read_yaml
from service.workflows import workspace_edit


@pytest.fixture
def ws_file(db, tmp_path, monkeypatch):
    path = tmp_path / "ws" / "workspace.yaml"
    path.parent.mkdir()
    shutil.copy(DEMO_WORKSPACE, path)
    monkeypatch.setenv("DRAFTROOM_WORKSPACE", str(path))
    reset_settings()
    yield path
    reset_settings()


def _person(role: str):
    return authenticate(add_user(f"{role.title()} One", role)[1])


def _backups(path):
    return sorted(path.parent.glob(path.name + ".*.bak"))


def _audits():
    with session_scope() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == "workspace.save")))


def test_owner_saves_the_proof_library_with_a_backup_and_an_audit_row(ws_file):
    owner = _person("owner")
    before = ws_file.read_bytes()
    proof = read_yaml(ws_file)["proof"]
    proof[0]["outcome"] = "Page load down from 9 s to 1.2 s"
    proof.append({"id": "new-case", "title": "Invoice matching API", "skills": ["FastAPI"], "outcome": "2x faster"})
    removed = proof.pop(1)["id"]
    saved = workspace_edit.save_sections(owner, proof=proof, base_hash=workspace_edit.file_hash())
    assert saved["changes"]["proof"] == {"added": ["new-case"], "removed": [removed], "changed": [proof[0]["id"]]}
    [backup] = _backups(ws_file)
    assert backup.read_bytes() == before and str(backup) == saved["backup"]
    ws = current_workspace()
    assert ws.proof_item("new-case").title == "Invoice matching API" and ws.proof_item(removed) is None
    assert read_yaml(ws_file)["service_lines"] == read_yaml(backup)["service_lines"]  # the rest is kept
    [row] = _audits()
    assert row.user_id == owner.user_id and row.detail["sections"] == ["proof"]
    assert row.detail["backup"] == str(backup) and row.detail["changes"]["proof"]["added"] == ["new-case"]


def test_manager_saves_the_icp(ws_file):
    icp = read_yaml(ws_file)["icp"]
    icp["tiers"] = {"strong": 80, "possible": 55}
    icp["disqualifiers"] = icp["disqualifiers"] + ["keyword:crypto"]
    saved = workspace_edit.save_sections(_person("manager"), icp=icp)
    assert saved["changes"]["icp"] == ["disqualifiers", "tiers"]
    ws = current_workspace()
    assert ws.icp.tiers.strong == 80 and "keyword:crypto" in ws.icp.disqualifier_ids()


@pytest.mark.parametrize("edit, field, words", [
    ({"proof": [{"id": "bad id!", "title": "x"}]}, "proof.0.id", "pattern"),
    ({"proof": [{"id": "a", "title": "x"}, {"id": "a", "title": "y"}]}, "proof", "duplicate proof id(s): a"),
    ({"proof": [{"id": "a", "title": ""}]}, "proof.0.title", "at least 1 character"),
    ({"icp": {"tiers": {"strong": 40, "possible": 60}}}, "icp.tiers", "must not exceed"),
    ({"icp": {"disqualifiers": ["unpaid_tset"]}}, "icp.disqualifiers", "unknown disqualifier 'unpaid_tset'"),
])
def test_a_bad_edit_is_refused_and_nothing_changes(ws_file, edit, field, words):
    before = ws_file.read_bytes()
    with pytest.raises(InvalidInput) as err:
        workspace_edit.save_sections(_person("owner"), **edit)
    assert err.value.field == field and words in err.value.message
    assert err.value.message.startswith("the workspace was not saved: ") and "unchanged" in err.value.fix
    assert ws_file.read_bytes() == before and not _backups(ws_file) and not _audits()


def test_an_unchanged_section_writes_nothing(ws_file):
    before = ws_file.read_bytes()
    roundtrip = [{"summary": "", "url": None, "industry": "", **p} for p in read_yaml(ws_file)["proof"]]
    saved = workspace_edit.save_sections(_person("owner"), proof=roundtrip, icp=read_yaml(ws_file)["icp"])
    assert saved["saved"] is False and saved["backup"] is None
    assert ws_file.read_bytes() == before and not _backups(ws_file) and not _audits()


def test_only_owners_and_managers_save(ws_file):
    before = ws_file.read_bytes()
    for role in ("bidder", "viewer"):
        with pytest.raises(Forbidden):
            workspace_edit.save_sections(_person(role), proof=[])
    assert ws_file.read_bytes() == before


def test_a_file_changed_since_opening_is_not_overwritten(ws_file):
    base = workspace_edit.file_hash()
    ws_file.write_text(ws_file.read_text() + "\n# edited by hand\n")
    with pytest.raises(Conflict) as err:
        workspace_edit.save_sections(_person("owner"), proof=read_yaml(ws_file)["proof"], base_hash=base)
    assert err.value.field == "base_hash" and "# edited by hand" in ws_file.read_text()


def test_no_audit_row_no_change(ws_file, monkeypatch):
    before = ws_file.read_bytes()

    def broken(*a, **k):
        raise RuntimeError("database down")

    monkeypatch.setattr(workspace_edit.audit, "log", broken)
    with pytest.raises(RuntimeError):
        workspace_edit.save_sections(_person("owner"), proof=read_yaml(ws_file)["proof"][:1])
    assert ws_file.read_bytes() == before


def test_the_bundled_demo_is_never_written(db, monkeypatch):
    monkeypatch.setenv("DRAFTROOM_WORKSPACE", str(DEMO_WORKSPACE))
    reset_settings()
    before = DEMO_WORKSPACE.read_bytes()
    with pytest.raises(InvalidInput) as err:
        workspace_edit.save_sections(_person("owner"), proof=[])
    assert err.value.field == "DRAFTROOM_WORKSPACE" and "copy it" in err.value.message
    assert DEMO_WORKSPACE.read_bytes() == before
    reset_settings()
