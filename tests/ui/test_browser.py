"""End to end in a real browser (Debian chromium + the playwright package): sign in, paste a job,
the draft appears, edit it, approve it, export it; the export equals the edited text.

Screenshots go to ``$DRAFTROOM_SCREENSHOT_DIR`` (default: the test's tmp folder)."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from service.accounts.auth import add_user
from service.core.db import ensure_schema
from tests.ui.test_other_pages import TEAM_JOB

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="browser test needs Debian chromium at /usr/bin/chromium "
                                                               "(apt-get install chromium)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"streamlit did not listen on {port} within {timeout:.0f} s")


@pytest.fixture
def ui_server(db, tmp_path, request):
    pytest.importorskip("playwright.sync_api", reason="the playwright pip package is not installed")
    ensure_schema()
    role = getattr(request, "param", "bidder")
    _user, key = add_user("Bea" if role == "bidder" else "Maya", role)
    port = _free_port()
    env = {**os.environ, "DRAFTROOM_MODEL": "offline", "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    log = (tmp_path / "streamlit.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "review_ui" / "app.py"),
                             "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
                             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait(port, proc)
        yield f"http://127.0.0.1:{port}", key
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def settle(page) -> None:
    """Wait until Streamlit finished the current run (no running indicator, no stale elements)."""
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=30_000)
    page.wait_for_function("() => !document.querySelector('[data-stale=true]')", timeout=30_000)


def click_once_settled(page, locator) -> None:
    """Click a button once Streamlit's rerun is over: during a rerun it can briefly keep the old tab panel mounted
    beside the new one, so the same button is there twice (seen under load for Save edit and Approve)."""
    from playwright.sync_api import expect

    settle(page)
    expect(locator).to_have_count(1)
    locator.click()


def test_paste_edit_approve_export(ui_server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    url, key = ui_server
    expect.set_options(timeout=30_000)
    shots = Path(os.environ.get("DRAFTROOM_SCREENSHOT_DIR") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
        page.set_default_timeout(30_000)
        page.goto(url)
        page.get_by_label("Your key", exact=True).fill(key)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
        page.screenshot(path=str(shots / "e2e-queue-empty.png"))

        page.get_by_role("link", name="New job").click()
        page.get_by_label("Paste the job post", exact=True).fill(TEAM_JOB)
        page.get_by_role("button", name="Analyse").click()
        expect(page.get_by_text("Python script to clean our weekly CSV exports").first).to_be_visible()
        page.screenshot(path=str(shots / "e2e-new-job.png"), full_page=True)

        page.get_by_role("button", name="Draft proposal").click()
        editor = page.get_by_label("Draft", exact=True)
        expect(editor).to_be_visible()
        settle(page)
        ai_text = editor.input_value()
        assert ai_text.strip(), "the draft appeared empty"
        page.screenshot(path=str(shots / "e2e-review.png"), full_page=True)

        edited = ai_text.replace("\n", "\n\n", 1) + "\nP.S. I can share a sample merge on Friday."
        editor.fill(edited)
        editor.press("Control+Enter")
        click_once_settled(page, page.get_by_role("button", name="Save edit"))
        expect(page.get_by_text("Saved as version 2.")).to_be_visible()
        settle(page)

        page.get_by_role("tab", name="Approve / reject").click()
        ack = page.get_by_text("open flag(s) and approve anyway")
        if ack.count():
            ack.click()
        click_once_settled(page, page.get_by_role("button", name=re.compile(r"^Approve")))
        expect(page.get_by_text("Approved version 2 as Bea.")).to_be_visible()
        settle(page)

        page.get_by_role("tab", name="Export & outcome").click()
        click_once_settled(page, page.get_by_role("button", name="Export approved text"))
        settle(page)
        page.screenshot(path=str(shots / "e2e-export.png"), full_page=True)
        with page.expect_download() as dl:
            page.get_by_role("button", name="Download .txt").click()
        exported = Path(dl.value.path()).read_text(encoding="utf-8")
        browser.close()
    assert exported == edited


def _launch(pw):
    browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
    page = browser.new_page(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    page.set_default_timeout(30_000)
    return browser, page


def _sign_in(page, url, key):
    page.goto(url)
    page.get_by_label("Your key", exact=True).fill(key)
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.parametrize("ui_server", ["owner"], indirect=True)
def test_queue_review_and_settings_with_demo_jobs(ui_server, tmp_path):
    """The demo jobs in the queue (ordered by tier), one opened with highlighted evidence and the fit
    chart, and the ICP sliders with their tier preview. Saves the screenshots used in the docs."""
    from playwright.sync_api import expect, sync_playwright

    from service.accounts.auth import principal_for
    from service.workflows.proposals import draft_for_job

    url, key = ui_server
    expect.set_options(timeout=30_000)
    for path in sorted((ROOT / "service" / "demo_jobs").glob("*.txt")):
        draft_for_job(path.read_text(encoding="utf-8"), user=principal_for("Maya"))
    shots = Path(os.environ.get("DRAFTROOM_SCREENSHOT_DIR") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser, page = _launch(pw)
        _sign_in(page, url, key)
        expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
        expect(page.locator('[data-testid="stDataFrame"]')).to_be_visible()
        settle(page)
        page.screenshot(path=str(shots / "queue.png"))

        page.locator('[data-testid^="stBaseButton"]').filter(has_text=re.compile(r"^Open")).click()
        expect(page.get_by_label("Draft", exact=True)).to_be_visible()
        settle(page)
        assert page.locator("mark").count() >= 2, "evidence quotes should be highlighted in the job text"
        page.screenshot(path=str(shots / "review.png"))

        page.get_by_role("tab", name="Fit").click()
        settle(page)
        expect(page.locator('[data-testid="stVegaLiteChart"]').first).to_be_visible()
        page.screenshot(path=str(shots / "review-fit.png"))

        page.get_by_role("link", name="Settings").click()
        page.get_by_role("tab", name="ICP", exact=True).click()
        settle(page)
        floor = page.get_by_role("slider").nth(7)  # timeline-realism floor (sliders sit column by column)
        floor.focus()
        floor.press("End")
        expect(page.get_by_text(re.compile(r"\d+ of \d+ jobs would change tier"))).to_be_visible()
        settle(page)
        page.screenshot(path=str(shots / "settings-icp.png"), full_page=True)
        browser.close()
