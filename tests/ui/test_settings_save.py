"""Settings page: owners and managers save the proof library and the ICP to the workspace file (through
service.workflows.workspace_edit: validation, backup, audit); others see them read-only; the preview stays."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from review_ui.views.settings import proof_items
from service.core.config import DEMO_WORKSPACE, reset_settings
from service.core.workspace import read_yaml
from tests.ui.conftest import button, page, texts


@pytest.fixture
def ws_file(seeded, tmp_path, monkeypatch):
    path = tmp_path / "workspace.yaml"
    shutil.copy(DEMO_WORKSPACE, path)
    monkeypatch.setenv("DRAFTROOM_WORKSPACE", str(path))
    reset_settings()
    yield path
    reset_settings()


def test_owner_saves_the_icp_and_the_preview_stays(seeded, ws_file):
    at = page("settings", seeded.owner)
    assert not at.exception
    at.slider(key="t_strong").set_value(85).run()
    assert "jobs would change tier" in texts(at)  # the tier preview is still there
    button(at, "Save ICP to the workspace file").click().run()
    assert not at.exception
    assert "ICP saved to" in texts(at) and "previous file kept as" in texts(at)
    assert read_yaml(ws_file)["icp"]["tiers"]["strong"] == 85
    assert len(list(ws_file.parent.glob("workspace.yaml.*.bak"))) == 1


def test_a_bad_icp_is_refused_on_screen_and_the_file_is_unchanged(seeded, ws_file):
    before = ws_file.read_bytes()
    at = page("settings", seeded.owner)
    at.text_area(key="t_disqualifiers").input("unpaid_test\nunpaid_tset").run()
    assert any("unknown disqualifier 'unpaid_tset'" in e.value for e in at.error)
    assert not [b for b in at.button if b.label == "Save ICP to the workspace file"]
    assert ws_file.read_bytes() == before


def test_saving_an_unchanged_proof_library_writes_nothing(seeded, ws_file):
    before = ws_file.read_bytes()
    at = page("settings", seeded.owner)
    button(at, "Save proof library").click().run()  # the editor's table as shown, through the service
    assert not at.exception and "Nothing changed; the workspace file was not written." in texts(at)
    assert ws_file.read_bytes() == before and not list(ws_file.parent.glob("workspace.yaml.*.bak"))


def test_proof_rows_become_workspace_items():
    table = pd.DataFrame([{"id": "a", "title": "A", "summary": "", "outcome": "2x", "skills": "React, TypeScript ,",
                           "industry": "", "url": ""}, {"id": None, "title": None}])
    assert proof_items(table) == [{"id": "a", "title": "A", "summary": "", "skills": ["React", "TypeScript"],
                                   "industry": "", "outcome": "2x", "url": None}]


def test_bidder_reads_only(seeded, ws_file):
    at = page("settings", seeded.bidder)
    assert not [b for b in at.button if b.label in ("Save proof library", "Save ICP to the workspace file")]
    assert "Read-only for role 'bidder'." in texts(at)


def test_the_bundled_demo_is_read_only_with_the_reason(seeded, monkeypatch):
    monkeypatch.setenv("DRAFTROOM_WORKSPACE", str(DEMO_WORKSPACE))
    reset_settings()
    at = page("settings", seeded.owner)
    assert "Read-only: the bundled demo workspace" in texts(at)
    assert not [b for b in at.button if b.label == "Save proof library"]
