"""zhoubao as a process: any console's encoding, Ctrl-C at any moment, click's words in Chinese."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import BAD_INPUTS, EXAMPLE_INBOX, copy_tree, tree_digest

# Each console a Chinese office may have: a GBK code page (also what a redirected output gets on a
# Chinese Windows), plain ASCII, and the C locale without Python's UTF-8 fallbacks.
CONSOLES = {
    "gbk": {"PYTHONIOENCODING": "gbk"},
    "cp936": {"PYTHONIOENCODING": "cp936"},
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "LANG=C": {"LANG": "C", "LC_ALL": "C"},
}


def run(
    *args: object, cwd: Path, env: dict[str, str] | None = None, code: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    """zhoubao in its own process, its output as the raw bytes the console receives."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONIO", "LC_"))}
    environ.update(env or {})
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "zhoubao_cli"]
    return subprocess.run(
        [*command, *(str(a) for a in args)], cwd=cwd, env=environ, capture_output=True, timeout=60
    )


@pytest.mark.parametrize("console", list(CONSOLES))
def test_every_command_on_any_console(console: str, tmp_path: Path) -> None:
    env = CONSOLES[console]
    bad = copy_tree(BAD_INPUTS / "inbox", tmp_path / "bad")
    steps: list[tuple[tuple[object, ...], int]] = [
        (("new", "18", "--date", "2026-01-30"), 0),
        (("collect", EXAMPLE_INBOX), 0),
        (("status",), 0),
        (("status", "--remind"), 0),
        (("status", "--json"), 0),
        (("render", "--txt", "--md"), 0),
        (("new", "19"), 0),
        (("collect", bad), 1),  # ✗, ⚠, box lines and messages full of Chinese
        (("status", "-i", "19"), 0),
        (("--help",), 0),
        (("collect", "--help"), 0),
        (("collect", "--strik"), 2),
        (("--version",), 0),
    ]
    for args, expected in steps:
        result = run(*args, cwd=tmp_path, env=env)
        said = result.stdout + result.stderr
        assert result.returncode == expected, (args, said.decode("utf-8", "replace"))
        assert b"Traceback" not in said and b"UnicodeEncodeError" not in said, args
        if console in ("gbk", "cp936"):
            said.decode("gbk")  # what a GBK console receives is GBK through and through
    if console in ("gbk", "cp936"):
        status = run("status", "-i", "19", cwd=tmp_path, env=env).stdout.decode("gbk")
        assert "第19期材料汇编" in status and "历城区" in status
    assert (tmp_path / "issues/第18期/市科技局创新创业工作周报第18期.txt").is_file()


# A process started in the background has Ctrl-C ignored; a terminal's has Python's handler.
_INTERRUPT_AT_IMPORT = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
TARGET = sys.argv[1]
class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == TARGET:
            os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl-C, at a known moment
        return None
sys.meta_path.insert(0, Interrupt())
sys.argv = ["zhoubao", *sys.argv[2:]]
from zhoubao_cli.entry import main
main()
"""

_INTERRUPT_WHILE_WRITING = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
TARGET = sys.argv[1]
real_fsync = os.fsync
def fsync(fd):
    real_fsync(fd)
    if TARGET in os.readlink(f"/proc/self/fd/{fd}"):
        os.kill(os.getpid(), signal.SIGINT)
os.fsync = fsync
sys.argv = ["zhoubao", *sys.argv[2:]]
from zhoubao_cli.entry import main
main()
"""


@pytest.mark.parametrize(
    ("module", "command"),
    [
        ("typer", ("--help",)),  # while the libraries load, before any command runs
        ("pydantic", ("new", "19", "--date", "2026-02-06")),
        ("zhoubao_cli.collect", ("collect", EXAMPLE_INBOX)),  # in the middle of a command
    ],
)
def test_ctrl_c_at_any_moment(module: str, command: tuple[object, ...], tmp_path: Path) -> None:
    result = run(module, *command, cwd=tmp_path, code=_INTERRUPT_AT_IMPORT)
    assert result.returncode == 130
    assert result.stderr.decode("utf-8").strip() == "已中断。"
    assert result.stdout == b""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name the file")
def test_ctrl_c_while_writing_leaves_no_partial_file(tmp_path: Path) -> None:
    assert run("new", "18", "--date", "2026-01-30", cwd=tmp_path).returncode == 0
    assert run("collect", EXAMPLE_INBOX, cwd=tmp_path).returncode == 0
    issue = tmp_path / "issues/第18期"
    before = tree_digest(issue)
    inbox = copy_tree(EXAMPLE_INBOX, tmp_path / "again")
    (inbox / "导语.txt").write_text("1月28日，市科技局召开全市科技工作会议。", "utf-8")
    # Ctrl-C while the new bulletin.json is being staged (transaction.py names its parts so).
    result = run(".zhoubao-part-", "collect", inbox, cwd=tmp_path, code=_INTERRUPT_WHILE_WRITING)
    assert result.returncode == 130 and "已中断。" in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr
    assert tree_digest(issue) == before  # the old bulletin whole, no temporary file left


def test_a_locale_without_utf8_gets_a_way_out(tmp_path: Path) -> None:
    """LANG=C with Python's UTF-8 fallbacks off: no Chinese file name can be made at all."""
    strict_c = {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    result = run("new", "18", "--date", "2026-01-30", cwd=tmp_path, env=strict_c)
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert b"export LANG=C.UTF-8" in result.stderr


def test_click_messages_are_chinese(tmp_path: Path) -> None:
    cases = {
        ("colect",): "没有命令“colect”。是不是 collect？",
        ("collect", "--strik"): "没有选项 --strik。是不是 --strict？",
        ("new", "19", "20"): "多余的参数：20",
        ("new",): "缺少参数 期号。",
        ("new", "abc"): "期号 的值不对：“abc”不是整数",
        ("status", "-i", "0"): "-i/--issue 的值不对：期号应为正整数，而不是 0。",
        ("render", "-o"): "选项 -o 需要一个值。",
        ("import", "x.txt", "-i", "0"): "-i/--issue 的值不对：期号应为正整数，而不是 0。",
        ("stats", "--year", "abc"): "--year 的值不对：应为整数",
    }
    for args, message in cases.items():
        result = run(*args, cwd=tmp_path)
        said = result.stderr.decode("utf-8")
        assert result.returncode == 2, args
        assert said.startswith(f"用法错误：{message}"), said
        command = f"zhoubao {args[0]}" if args[0] != "colect" else "zhoubao"
        assert f"办法：运行 {command} -h 查看用法。" in said
        assert not any(word in said for word in ("Usage", "Error", "Try", "Did you mean"))


@pytest.mark.parametrize("command", [(), ("new",), ("collect",), ("status",), ("render",)])
def test_help_is_chinese_with_examples(command: tuple[str, ...], tmp_path: Path) -> None:
    result = run(*command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    text = result.stdout.decode("utf-8")
    assert text.startswith(f"用法：zhoubao {' '.join(command)}".rstrip())
    assert "选项：" in text and "示例：" in text
    for english in ("Usage", "Options", "Arguments", "Commands", "[OPTIONS]", "required", "<int>"):
        assert english not in text
    examples = text.split("示例：")[1].strip().splitlines()
    assert 2 <= len(examples) <= 3
    assert all(line.strip().startswith("zhoubao ") for line in examples)
    if command in (("new",), ("collect",)):
        assert "参数：" in text
    if not command:
        assert "命令：" in text and "collect" in text


def test_output_piped_into_a_reader_that_stops_early(tmp_path: Path) -> None:
    """zhoubao new 19 | head -1: the reader goes away; zhoubao finishes without a word."""
    # A Friday to come: an issue whose deadline has passed is warned of (on stderr).
    friday = date.today() + timedelta(days=7 + (4 - date.today().weekday()) % 7)
    process = subprocess.Popen(
        [sys.executable, "-m", "zhoubao_cli", "new", "19", "--date", friday.isoformat()],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # what head does after its line
    errors = process.stderr.read().decode("utf-8")
    # 0 when the output was all written before the reader left; 1 (click's word for a closed
    # pipe) when it was not. Either way not a word of complaint.
    assert process.wait(timeout=60) in (0, 1)
    assert errors == ""
    assert (tmp_path / "issues" / "第19期" / "issue.json").is_file()
