"""An interrupted run continues where it stopped: no record duplicated, none lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

TEMPLATES = [
    "Up to {n} soldiers were flown to Kursk on October {d}.",
    "A Russian missile strike on Kharkiv killed at least {n} people on Friday.",
    "Pyongyang has provided around {n} artillery shells to Russia since February 2022.",
    "Nothing happened here on day {d}.",
]


def _corpus(path: Path, count: int) -> list[str]:
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            text = TEMPLATES[i % len(TEMPLATES)].format(n=100 + i, d=1 + i % 28)
            fh.write(json.dumps({"id": f"doc-{i}", "text": text * 20, "published": "2024-11-01"}) + "\n")
            ids.append(f"doc-{i}")
    return ids


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_resume_after_kill(tmp_path: Path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _corpus(src, 400)
    cmd = [sys.executable, "-m", "conflict_ie.cli", "extract", str(src), "-o", str(out), "--base", "blank",
           "--batch-size", "8", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 240
    while time.time() < deadline:
        if out.exists() and out.stat().st_size > 0 and len(out.read_bytes().splitlines()) >= 40:
            break
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = len(out.read_bytes().splitlines())
    assert 0 < partial < len(ids), "the run should have been killed mid-way"
    res = subprocess.run(cmd + ["--resume"], capture_output=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert _ids(out) == ids


def test_resume_cuts_a_torn_last_line(tmp_path: Path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _corpus(src, 6)
    first = subprocess.run([sys.executable, "-m", "conflict_ie.cli", "extract", str(src), "-o", str(out), "--base", "blank",
                            "--quiet"], capture_output=True, timeout=300)
    assert first.returncode == 0
    data = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(data[:3]) + data[3][:25])  # a crash in the middle of the fourth line
    res = subprocess.run([sys.executable, "-m", "conflict_ie.cli", "extract", str(src), "-o", str(out), "--base", "blank",
                          "--quiet", "--resume"], capture_output=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert _ids(out) == ids
