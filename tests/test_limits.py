"""Bounded memory: the largest inputs inside the limits, and beyond them, collected in a
subprocess whose peak resident memory is read back (no timings here: bench/ measures those)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document

import hostile
from conftest import Cli, files_said, messages

PEAK_MB = 100

# A child's peak memory, apart from the parent's: fork, exec, wait4.
_LAUNCHER = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execvp(sys.argv[1], sys.argv[1:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "sys.stderr.write(f'\\nmaxrss_kb={usage.ru_maxrss}\\n')\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)
SENTENCE = "2月3日，组织召开科技成果转化对接会，推动高校院所与企业精准对接，促成合作项目多项。"


def collect_measured(cli: Cli, inbox: Path) -> tuple[dict, int]:  # type: ignore[type-arg]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _LAUNCHER,
            sys.executable,
            "-m",
            "zhoubao_cli",
            "collect",
            str(inbox),
            "--json",
            "--force",
        ],
        cwd=cli.folder,
        capture_output=True,
        text=True,
        check=False,
    )
    peak_mb = int(done.stderr.rsplit("maxrss_kb=", 1)[1]) // 1024
    return json.loads(done.stdout), peak_mb


@pytest.fixture
def issue19(cli: Cli) -> Cli:
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    return cli


def test_a_docx_that_inflates_to_the_cap_is_refused_in_bounded_memory(
    issue19: Cli, tmp_path: Path
) -> None:
    """document.xml of 48 MB (the cap is 50): read as a stream, stopped at the text limit."""
    doc = Document()
    buffer = io.BytesIO()
    doc.save(buffer)
    source = zipfile.ZipFile(buffer)
    xml = source.read("word/document.xml").decode()
    start = xml.index("<w:body>") + len("<w:body>")
    paragraph = f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>"
    body = paragraph * ((48 * 2**20) // len(paragraph.encode()))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with zipfile.ZipFile(inbox / "历下区.docx", "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = (
                (xml[:start] + body + xml[start:]).encode()
                if name.endswith("document.xml")
                else source.read(name)
            )
            target.writestr(name, data)
    report, peak = collect_measured(issue19, inbox)
    (file,) = report["files"]
    assert file["status"] == "error" and "文字超过 100000 字" in messages(report, file["file"])[0]
    assert peak <= PEAK_MB, peak


def test_a_text_file_at_the_size_limit_is_refused_in_bounded_memory(
    issue19: Cli, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    line = (SENTENCE + "\r\n").encode("gbk")
    (inbox / "市中区.txt").write_bytes(line * ((10 * 2**20 - 1024) // len(line)))
    report, peak = collect_measured(issue19, inbox)
    (file,) = report["files"]
    assert file["status"] == "error" and "文字超过" in messages(report, file["file"])[0]
    assert peak <= PEAK_MB, peak


@pytest.mark.parametrize("kind", ["docx", "txt"])
def test_the_longest_submission_inside_the_limits(issue19: Cli, tmp_path: Path, kind: str) -> None:
    """Just under 100,000 characters: read whole, in bounded memory."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    count = 98_000 // (len(SENTENCE) + 1)
    if kind == "docx":
        doc = Document()
        for _ in range(count):
            doc.add_paragraph(SENTENCE)
        doc.save(inbox / "历下区.docx")
    else:
        (inbox / "历下区.txt").write_text((SENTENCE + "\n") * count, "gbk")
    report, peak = collect_measured(issue19, inbox)
    (file,) = report["files"]
    assert file["status"] == "ok"
    assert file["items"] == count
    assert peak <= PEAK_MB, peak


# -- hostile files: small, built to exhaust a reader ------------------------------------------------

SECONDS = 10


@pytest.mark.parametrize(
    ("kind", "refused"),
    [
        ("altchunk_bomb", "嵌入的文档过多"),  # 10**7 embedded copies from 15 KB
        ("tiny_paragraphs", "超过 50,000 行"),  # 99,000 one-character paragraphs
        ("empty_paragraphs", "超过 50,000 行"),  # 8 million <w:p/> in 74 KB
        ("nested_tables", "嵌套层数过多"),  # 400 deep
        ("nested_hyperlinks", "嵌套层数过多"),  # 1,500 deep
        ("tracked_deletions", "排版元素"),  # 340,000 deletions in one paragraph
    ],
)
def test_a_hostile_file_is_refused_in_bounded_time_and_memory(
    issue19: Cli, tmp_path: Path, kind: str, refused: str
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.docx").write_bytes(hostile.HOSTILE[kind]())
    (inbox / "市中区.txt").write_text(SENTENCE + "\n", "utf-8")
    started = time.monotonic()
    report, peak = collect_measured(issue19, inbox)
    seconds = time.monotonic() - started
    files = files_said(report)
    bad = files["历下区.docx"]
    assert bad["status"] == "error"
    assert bad["messages"][0].startswith("文件内容过大") and refused in bad["messages"][0]
    assert files["市中区.txt"]["status"] == "ok"  # the rest of the week is collected
    assert peak <= PEAK_MB, peak
    assert seconds <= SECONDS, seconds


def test_a_text_of_70000_lines_is_refused_quickly(issue19: Cli, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.txt").write_text("\n" * 70_000 + SENTENCE, "utf-8")  # 70,000 characters
    started = time.monotonic()
    report, peak = collect_measured(issue19, inbox)
    (file,) = files_said(report).values()
    assert file["status"] == "error" and "超过 50,000 行" in file["messages"][0]
    assert time.monotonic() - started <= SECONDS and peak <= PEAK_MB


def test_joining_lines_is_linear(issue19: Cli, tmp_path: Path) -> None:
    """40,000 one-character lines that all continue one sentence: joined, within seconds."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.txt").write_text("字\n" * 40_000 + "。\n", "utf-8")
    started = time.monotonic()
    report, peak = collect_measured(issue19, inbox)
    (file,) = report["files"]
    assert file["items"] == 1 and file["chars"] >= 40_000
    assert time.monotonic() - started <= SECONDS and peak <= PEAK_MB
