"""The report as a person sees it: headless Chromium opens it offline, runs its scripts without a
console error, and draws it (a screenshot of a real page is not blank)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("plotly")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=8000",
         "--window-size=1400,1800"]


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (Debian: apt-get install chromium)")
def test_report_loads_in_chromium_without_console_errors(events, tmp_path: Path):
    from conflict_ie.corpusview.report import write_report

    page, shot = tmp_path / "report.html", tmp_path / "shot.png"
    write_report(events, page)
    res = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
                          page.as_uri()], capture_output=True, text=True, timeout=180)
    console = [line for line in res.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not [line for line in console if "rror" in line or "Uncaught" in line], console
    assert shot.exists() and shot.stat().st_size > 20_000  # a drawn page, not a blank one
