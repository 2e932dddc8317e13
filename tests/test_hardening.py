"""What a hostile or unlucky input cannot do: OS errors said in words with the path, config values
that cannot be laid out, a title that leads out of the workspace, control characters reaching
the console, LibreOffice or temporary folders outliving an interrupted command."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLE_INBOX, ROOT, Cli, has_soffice
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.controls import printable
from zhoubao_cli.errors import ConfigError
from zhoubao_cli.fileio import STALE_TEMP_S, cannot_write, clean_stale_temp, os_error_text

# -- OS errors in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "权限不足"),
        (PermissionError("no errno (Windows sharing violation)"), "权限不足"),
        (OSError(errno.ENOSPC, "No space left on device"), "磁盘已满"),
        (OSError(errno.EROFS, "Read-only file system"), "只读"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "文件名过长"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "配额"),
        (OSError(errno.ENOENT, "No such file"), "不存在"),
    ],
)
def test_os_errors_are_said_in_chinese_with_the_path(error: OSError, words: str) -> None:
    assert words in os_error_text(error)
    said = cannot_write(Path("/某处/第18期/bulletin.json"), error)
    assert said.message.startswith("无法写入 /某处/第18期/bulletin.json：")
    assert words in said.message and "原有文件没有改动" in (said.hint or "")
    assert "No space" not in said.message and "denied" not in said.message
    partly = cannot_write(Path("x"), error, unchanged=False)
    assert "原有文件没有改动" not in (partly.hint or "")


def test_permission_messages_are_written_once() -> None:
    """One function words an OS error: no second copy of the PermissionError message."""
    text = (ROOT / "src" / "zhoubao_cli" / "fileio.py").read_text("utf-8")
    assert text.count("except PermissionError") == 0
    assert text.count("Word 或 WPS 中打开") == 1


# -- the config ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value", "words"),
    [
        ("body = 16", "body = inf", "不能是 inf 或 nan"),
        ("body = 16", "body = nan", "不能是 inf 或 nan"),
        ("body = 16", "body = -inf", "不能是 inf 或 nan"),
        ("body = 16", "body = 1e308", "数值太大"),
        ("lines_per_page = 22", "lines_per_page = 9000000000", "数值太大"),
        ('issuer = "', 'issuer = "\\u001b]0;x\\u0007', "含有控制字符 U+001B"),
        ('issuer = "', 'issuer = "\\u009b2J', "含有控制字符 U+009B"),
    ],
)
def test_config_values_that_cannot_be_used_name_key_and_line(
    line: str, value: str, words: str
) -> None:
    text = default_config_text()
    assert line in text
    text = text.replace(line, value, 1)
    number = next(n for n, raw in enumerate(text.splitlines(), 1) if raw.startswith(value))
    with pytest.raises(ConfigError) as refused:
        parse_config(text)
    message = refused.value.message
    assert words in message and f"第 {number} 行" in message, message
    key = value.split(" = ")[0]
    assert f"{key}：" in message or f".{key}：" in message


def _set_title(cli: Cli, title: str) -> None:
    config = cli.folder / "zhoubao.toml"
    text = config.read_text("utf-8")
    start = text.index('title = "')
    end = text.index("\n", start)
    config.write_text(text[:start] + f"title = {json.dumps(title)}" + text[end:], "utf-8")


@pytest.mark.parametrize("title", ["../../出界", "/tmp/出界", "..\\..\\出界", "周报:第?期"])
def test_a_title_never_leads_outside_the_workspace(issue18: Cli, title: str) -> None:
    _set_title(issue18, title)
    before = {p for p in issue18.folder.parent.rglob("*")}
    result = issue18("render", "--txt")
    assert result.exit_code == 0, result.output
    made = {p for p in issue18.folder.parent.rglob("*")} - before
    outputs = [p for p in made if p.suffix == ".txt"]
    assert len(outputs) == 1
    assert outputs[0].parent == issue18.folder / "issues" / "第18期", outputs
    assert not Path("/tmp/出界第18期.txt").exists()
    volume = issue18("volume", "2026")
    assert volume.exit_code == 0, volume.output
    (book,) = [p for p in (issue18.folder / "合订本").iterdir() if p.suffix == ".docx"]
    assert book.parent == issue18.folder / "合订本"


# -- control characters --------------------------------------------------------------------------


def test_printable_keeps_lengths_and_hides_every_control() -> None:
    raw = "a\x1b[31mb\x1b]0;title\x07c\x9b2Jd\x7fe\u202ef\tg\nh"
    shown = printable(raw)
    assert len(shown) == len(raw)
    assert not any(ord(c) < 0x20 and c not in "\t\n" for c in shown)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "\u202e" not in shown and "\x7f" not in shown
    assert shown.startswith("a␛[31mb␛]0;title␇c")


def test_escape_sequences_in_names_and_texts_never_reach_the_console(cli: Cli) -> None:
    assert cli("new", "18", "--date", "2026-01-30").exit_code == 0
    inbox = cli.folder / "材料"
    inbox.mkdir()
    (inbox / "天桥区\x1b]0;被改了\x07.txt").write_bytes((EXAMPLE_INBOX / "天桥区.txt").read_bytes())
    (inbox / "平阴县\x1b[2J.txt").write_text("1月27日，\x1b[31m召开会议\x9b2J。\n", "utf-8")
    (inbox / "\x1b[1A\x1b[2K未知.txt").write_text("无法识别的材料\x07\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200"}
    for args in (["collect", str(inbox)], ["status"], ["render", "--txt"], ["search", "会议"]):
        done = subprocess.run(
            [sys.executable, "-m", "zhoubao_cli", *args],
            cwd=cli.folder,
            env=env,
            capture_output=True,
            check=False,
        )
        said = done.stdout + done.stderr
        assert b"Traceback" not in said, said.decode("utf-8", "replace")
        for control in (b"\x1b", b"\x07", b"\xc2\x9b"):
            assert control not in said, (args, said.decode("utf-8", "replace"))
    assert (
        "␛"
        in subprocess.run(
            [sys.executable, "-m", "zhoubao_cli", "status"],
            cwd=cli.folder,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    )  # the names are shown, with the controls as visible pictures


def test_a_control_character_in_bulletin_json_is_named_by_unit_and_item(issue18: Cli) -> None:
    path = issue18.folder / "issues" / "第18期" / "bulletin.json"
    data = json.loads(path.read_text("utf-8"))
    entry = next(e for s in data["sections"] for e in s["units"] if len(e["items"]) > 1)
    entry["items"][1] = entry["items"][1][:3] + "\x1b[2J" + entry["items"][1][3:]
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = issue18("render", "--txt")
    assert result.exit_code == 2
    assert f"单位“{entry['unit']}”" in result.output
    assert "第 2 条含有控制字符 U+001B" in result.output
    assert "\x1b" not in result.output


# -- nothing outlives an interrupted command -------------------------------------------------------


def test_stale_temporary_folders_are_cleaned_at_the_next_start(
    issue18: Cli, tmp_path: Path
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    stale, fresh, other = temp / "zhoubao-abc", temp / "zhoubao-pdf-def", temp / "not-ours"
    for folder in (stale, fresh, other):
        folder.mkdir()
        (folder / "x.docx").write_bytes(b"x")
    old = time.time() - STALE_TEMP_S - 60
    for path in (stale / "x.docx", stale, other / "x.docx", other):
        os.utime(path, (old, old))
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    killed = temp / f"zhoubao-pdf-p{dead.stdout.strip()}-xyz"  # its process is gone: at once
    running = temp / f"zhoubao-pdf-p{os.getpid()}-xyz"  # this process is alive: kept
    killed.mkdir()
    running.mkdir()
    clean_stale_temp(temp)
    assert not stale.exists() and fresh.exists() and other.exists()
    assert not killed.exists() and running.exists()
    os.utime(fresh / "x.docx", (old, old))
    os.utime(fresh, (old, old))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(temp)}
    done = subprocess.run(
        [sys.executable, "-m", "zhoubao_cli", "render", "--txt"],
        cwd=issue18.folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not fresh.exists() and other.exists()  # a writer's start cleans what a kill left


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not has_soffice(), reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_render_leaves_no_libreoffice_and_no_temp(
    issue18: Cli, tmp_path: Path, how: signal.Signals
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(temp)}
    code = "import signal\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"
    code += "from zhoubao_cli.entry import main\nimport sys\nsys.argv=['zhoubao','render','--pdf']\nmain()"
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=issue18.folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not _processes_mentioning(str(temp)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes_mentioning(str(temp)), "LibreOffice never started"
    time.sleep(0.3)
    process.send_signal(how)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130 and "已中断。" in err, err
    time.sleep(0.5)
    assert _processes_mentioning(str(temp)) == []
    assert list(temp.iterdir()) == []
    assert not list((issue18.folder / "issues" / "第18期").glob("*.pdf"))
