"""Tests for cleanarchive.cli: the command line through main() and one real subprocess."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleanarchive
from cleanarchive.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BODY = (
    "The council met on Tuesday to discuss the new budget for the coming year.\n"
    "Members argued for hours about spending on roads, schools and the harbour.\n"
)


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    """--help works for the program and for each command, and names every clean option."""
    for argv in (["--help"], ["clean", "--help"], ["check-warc", "--help"], ["rules", "--help"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert 0 == exit_info.value.code
    out = capsys.readouterr().out
    for option in ("--out", "--warc", "--jobs", "--resume", "--max-bytes", "--timeout", "--engine"):
        assert option in out


def test_rules_lists_every_builtin_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """'cleanarchive rules' prints one line per built-in rule id, filtered by --category."""
    assert 0 == main(["rules"])
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert list(cleanarchive.default_rules().ids) == listed
    assert 0 == main(["rules", "--category", "css"])
    assert {"css"} == {line.split()[1] for line in capsys.readouterr().out.splitlines()}


def test_clean_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Cleaning the seeds writes five records, no reject, and prints the accounting line."""
    status = main(["clean", str(SEEDS), "--out", str(tmp_path / "out"), "--jobs", "1"])
    records = (tmp_path / "out" / "records.jsonl").read_text().splitlines()
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert 0 == status
    assert (5, 0) == (len(records), summary["rejects"])
    assert "5 documents in = 5 records + 0 rejects" in capsys.readouterr().err


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    """A missing input path exits with status 2 and writes nothing."""
    assert 2 == main(["clean", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])


def test_out_dash_streams_records(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """--out - writes the records as JSONL on stdout."""
    (tmp_path / "a.txt").write_text(BODY)
    assert 0 == main(["clean", str(tmp_path / "a.txt"), "--out", "-", "--jobs", "1", "--quiet"])
    lines = capfd.readouterr().out.splitlines()
    assert 1 == len(lines)
    assert BODY.strip() == json.loads(lines[0])["text"]


def test_full_disk_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A device that is full ends the run with status 1, a message, and no finished-looking output."""
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    (tmp_path / "a.txt").write_text(BODY * 2000)
    out = tmp_path / "out"
    out.mkdir()
    (out / "records.jsonl.part").symlink_to("/dev/full")
    status = main(["clean", str(tmp_path / "a.txt"), "--out", str(out), "--overwrite", "--jobs", "1"])
    assert 1 == status
    assert "--resume" in capsys.readouterr().err
    assert not (out / "summary.json").exists()
    assert not (out / "records.jsonl").exists()


def _command() -> list[str]:
    installed = Path(sys.executable).parent / "cleanarchive"
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "cleanarchive"]


def test_installed_command_runs(tmp_path: Path) -> None:
    """The installed console script cleans a file in a real subprocess."""
    (tmp_path / "a.txt").write_text(BODY)
    result = subprocess.run(
        [*_command(), "clean", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--jobs", "1"],
        capture_output=True, text=True, timeout=120,
    )
    assert 0 == result.returncode, result.stderr
    assert 1 == len((tmp_path / "o" / "records.jsonl").read_text().splitlines())


def test_kill_and_resume_matches_a_clean_run(tmp_path: Path) -> None:
    """Killing the CLI with SIGKILL at random points and resuming gives the bytes of a clean run."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    rows = [json.dumps({"id": f"d{i}", "text": f"Story {i}.\n{BODY}Share this:\nTwitter"}) for i in range(3000)]
    (corpus / "rows.jsonl").write_text("\n".join(rows) + "\n")
    base = [*_command(), "clean", str(corpus), "--jobs", "2", "--no-language", "--checkpoint-every", "0.05"]
    subprocess.run([*base, "--out", str(tmp_path / "clean")], check=True, timeout=300, capture_output=True)
    out = tmp_path / "killed"
    rng = random.Random(7)
    first = True
    for _ in range(3):
        argv = [*base, "--out", str(out)] + ([] if first else ["--resume"])
        first = False
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.5, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if (out / "summary.json").exists():
            break
    subprocess.run([*base, "--out", str(out), "--resume"], check=True, timeout=300, capture_output=True)
    for name in ("records.jsonl", "rejects.jsonl"):
        assert (tmp_path / "clean" / name).read_bytes() == (out / name).read_bytes()
