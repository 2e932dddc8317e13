"""What a new editor's trial week found: each fixed, each proved here."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from conftest import BAD_INPUTS, EXAMPLE_INBOX, Cli
from zhoubao_cli.model import Finding, Severity


@pytest.fixture
def issue19(cli: Cli) -> Cli:
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    return cli


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


# 1. The reminder never has an empty reason.


@pytest.mark.parametrize("blank", ["", "。", " ", "：。"])
def test_a_finding_must_say_something(blank: str) -> None:
    with pytest.raises(ValidationError):
        Finding(kind="unreadable", severity=Severity.ERROR, message=blank)
    found = Finding(
        kind="unreadable", severity=Severity.ERROR, message="文件是空的", for_unit=blank
    )
    assert found.for_unit is None  # the unit is sent the message instead


def test_every_reminder_line_has_a_reason(issue19: Cli, inbox: Path) -> None:
    for name in ["历下区-截断.docx", "槐荫区.txt", "天桥区.txt", "章丘区.docx", "起步区.txt"]:
        shutil.copy(BAD_INPUTS / "inbox" / name, inbox / name)
    (inbox / "长清区.docx").write_bytes(b"")  # empty
    (inbox / "商河县.txt").write_text("【】\n", "utf-8")
    assert issue19("collect", inbox).exit_code == 1  # files with errors
    remind = issue19("status", "--remind").output
    problems = [line.strip() for line in remind.splitlines() if line.startswith("　　")]
    assert len(problems) >= 6, remind
    for line in problems:
        who, _, reason = line.partition("：")
        assert who and re.search(r"\w", reason), line


# 4. The call for submissions warns when its deadline has passed.


def test_new_warns_when_the_deadline_has_passed(cli: Cli) -> None:
    result = cli("new", "19", "--date", "2026-02-06")
    assert result.exit_code == 0
    assert "提醒：第19期的截稿时间2026年2月5日（星期四）12:00已经过了" in result.output
    assert "【征稿通知】" in result.output


def test_new_says_nothing_of_a_deadline_to_come(cli: Cli) -> None:
    ahead = date.today() + timedelta(days=14)
    result = cli("new", "19", "--date", ahead.isoformat())
    assert result.exit_code == 0
    assert "【征稿通知】" in result.output
    assert "已经过了" not in result.output


# 6. A refusal's 办法 line names the file that caused it.


def test_the_way_out_names_the_broken_config(issue19: Cli) -> None:
    with (issue19.folder / "zhoubao.toml").open("a", encoding="utf-8") as config:
        config.write("x = [\n")
    result = issue19("status")
    assert result.exit_code == 2
    (hint,) = [line for line in result.output.splitlines() if line.startswith("办法")]
    assert hint.startswith("办法（zhoubao.toml）："), result.output


def test_the_way_out_names_the_file_of_a_refused_import(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "第17期周报.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    result = cli("import", bad)
    assert result.exit_code != 0
    hints = [line for line in result.output.splitlines() if line.startswith("办法")]
    assert hints and all("第17期周报.docx" in line for line in hints), result.output


# 2. A hand-edited bulletin.json: an unknown unit, or broken JSON, is refused by render and status.


def _bulletin(cli: Cli) -> Path:
    return cli.folder / "issues" / "第18期" / "bulletin.json"


@pytest.mark.parametrize("typo", ["历夏区", "历下"])
@pytest.mark.parametrize("command", ["render", "status"])
def test_an_unknown_unit_in_bulletin_json_is_refused(issue18: Cli, typo: str, command: str) -> None:
    path = _bulletin(issue18)
    data = json.loads(path.read_text("utf-8"))
    (units,) = [s for s in data["sections"] if s["units"]]
    place = next(i for i, e in enumerate(units["units"], start=1) if e["unit"] == "历下区")
    units["units"][place - 1]["unit"] = typo
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    result = issue18(command)
    assert result.exit_code == 2, result.output
    assert f"第{place}个单位“{typo}”" in result.output
    assert "是不是“历下区”" in result.output
    assert not list(path.parent.glob("*.docx"))


def test_status_names_where_bulletin_json_is_broken(issue18: Cli) -> None:
    path = _bulletin(issue18)
    path.write_text(path.read_text("utf-8").replace('"sections"', '"sections",', 1), "utf-8")
    result = issue18("status")
    assert result.exit_code == 2
    assert re.search(r"bulletin\.json 已损坏：第 \d+ 行第 \d+ 列不是正确的 JSON", result.output)


# 8. status under LANG=C still finds the issues (their folders have Chinese names).


@pytest.mark.parametrize("utf8_mode", ["1", "0"])
def test_status_finds_the_issues_under_the_c_locale(issue18: Cli, utf8_mode: str) -> None:
    env = {
        **os.environ,
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONUTF8": utf8_mode,
        "PYTHONCOERCECLOCALE": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "zhoubao_cli", "status", "--json"],
        cwd=issue18.folder,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert json.loads(done.stdout.decode("utf-8"))["issue"] == 18


# 9. stats at 60 columns cuts nothing.

_FIGURES = (
    "issues",
    "sent_items",
    "printed_items",
    "printed_chars",
    "silent_issues",
    "nil_issues",
    "faulty_issues",
    "late_issues",
    "rank",
)


@pytest.mark.parametrize("width", ["60", "80", "100"])
def test_stats_in_a_narrow_terminal_cuts_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    from rich.cells import cell_len

    from archive_year import make_year

    make_year(tmp_path / "year")
    year = Cli(tmp_path / "year")
    figures = json.loads(year("stats", "--quarter", "2026Q1", "--json").stdout)
    monkeypatch.setenv("COLUMNS", width)
    result = year("stats", "--quarter", "2026Q1")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert all(cell_len(line) <= int(width) for line in lines), result.output
    assert figures["title"] in result.output
    for row in figures["units"]:
        name = row["unit"] + ("" if row["configured"] else "（已不在配置中）")
        mine = [line for line in lines if re.match(rf"\W*{re.escape(name)}\W", line)]
        assert mine, name
        shown = [int(n) for line in mine for n in re.findall(r"\d+", line.replace(name, ""))]
        assert shown == [row[key] for key in _FIGURES], (name, result.output)


# 3. render says which older outputs of the issue it left alone and that are now stale.


def test_render_names_the_outputs_older_than_the_last_collect(issue18: Cli) -> None:
    assert issue18("render", "--txt", "--md").exit_code == 0
    folder = issue18.folder / "issues" / "第18期"
    (txt,) = folder.glob("*.txt")
    (md,) = folder.glob("*.md")
    before = (folder / "bulletin.json").stat().st_mtime - 3600
    os.utime(txt, (before, before))  # made before the last collect
    result = issue18("render", "--docx")
    assert result.exit_code == 0
    assert f"{txt.name} 是上次汇编之前生成的，已过时；需要时加 --txt 重新生成" in result.output
    assert md.name not in result.output  # made after it: current
    # Rendered again, it is current, and said no more.
    assert issue18("render", "--txt").exit_code == 0
    assert "已过时" not in issue18("render", "--docx").output


# 7. An inbox of another week collected into this issue says so.


def test_last_weeks_inbox_collected_into_this_issue_is_named(cli: Cli) -> None:
    assert cli("new", "18", "--date", "2026-01-30").exit_code == 0
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    result = cli("collect", EXAMPLE_INBOX, "-i", "19")
    warned = [line for line in result.output.splitlines() if "像是第" in line]
    assert warned == [
        "提醒：这些材料的日期大多在2026年1月25日至30日，像是第18期的材料"
        "（第19期的报送时段是2026年1月31日至2月6日）；请确认文件夹没有选错。"
    ]


def test_a_weeks_own_inbox_is_not_warned_of(issue18: Cli, issue19: Cli, inbox: Path) -> None:
    assert "像是" not in issue18("collect", EXAMPLE_INBOX, "-i", "18").output
    # This week's, with one old item among them: the item is warned of, the folder is not.
    (inbox / "历下区.txt").write_text(
        "2月2日，召开科技金融对接会。\n2月3日，走访企业。\n1月20日，召开年度总结会。\n", "utf-8"
    )
    result = issue19("collect", inbox, "-i", "19")
    assert "早于本期报送时段" in result.output
    assert "像是" not in result.output


# 5. The editor's own fix of a file does not make the unit late.

ON_TIME = datetime(2026, 2, 4, 10, 0).timestamp()  # issue 19's deadline: 2月5日 12:00
AFTER = datetime(2026, 2, 5, 15, 30).timestamp()


def _file(inbox: Path, name: str, text: str, when: float) -> None:
    (inbox / name).write_text(text, "utf-8")
    os.utime(inbox / name, (when, when))


def _late(cli: Cli, inbox: Path) -> dict[str, bool]:
    result = cli("collect", inbox, "--json")
    return {u["unit"]: u["late"] for u in json.loads(result.stdout)["units"]}


def test_a_fix_or_copy_of_an_on_time_file_is_not_late(issue19: Cli, inbox: Path) -> None:
    text = "2月3日，{unit}召开科技金融对接会，{n}家企业参加，现场签约项目3个。"
    # The unit's file in time had an impossible date; the editor fixed it after the deadline.
    _file(inbox, "长清区.txt", text.format(unit="长清区", n=20).replace("3日", "30日"), ON_TIME)
    _file(inbox, "长清区-编辑改.txt", text.format(unit="长清区", n=20), AFTER)
    # The same text saved again after the deadline (a copy, a touch).
    _file(inbox, "历下区.txt", text.format(unit="历下区", n=12), ON_TIME)
    _file(inbox, "历下区(2).txt", text.format(unit="历下区", n=12), AFTER)
    # New text after the deadline: late.
    _file(inbox, "市中区.txt", text.format(unit="市中区", n=8), AFTER)
    late = _late(issue19, inbox)
    assert (late["长清区"], late["历下区"], late["市中区"]) == (False, False, True)
    notes = issue19("status").output
    assert "不算迟报" in notes


def test_a_late_file_with_other_news_is_late(issue19: Cli, inbox: Path) -> None:
    _file(inbox, "历下区.txt", "2月2日，历下区召开科技金融对接会，签约项目3个。", ON_TIME)
    _file(inbox, "历下区(2).txt", "2月4日，历下区走访高新技术企业12家，解决问题5项。", AFTER)
    assert _late(issue19, inbox)["历下区"] is True
