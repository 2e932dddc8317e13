"""A report an editor can read: nothing cut at any width, problems by unit, reminders in plain words."""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from conftest import BAD_INPUTS, EXAMPLE_INBOX, Cli, copy_tree, files_said
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.model import Finding, Severity
from zhoubao_cli.notices import call_for_submissions, reminder, said
from zhoubao_cli.workspace import Issue


@pytest.fixture
def bad19(cli: Cli, tmp_path: Path) -> Cli:
    """Issue 19 collected from the bad-input corpus plus a file with two units and a stale one."""
    cli("new", "19", "--date", "2026-02-06")
    inbox = copy_tree(BAD_INPUTS / "inbox", tmp_path / "inbox")
    (inbox / "长清区.txt").unlink()  # a unit that sent nothing
    (inbox / "两个单位的材料.txt").write_text(
        "【济南高新区】\n2月2日，召开孵化器座谈会。\n【商河县】\n2月3日，召开科技特派员工作会议。",
        "utf-8",
    )
    cli("collect", inbox)
    return cli


def report_of(cli: Cli) -> dict:  # type: ignore[type-arg]
    return json.loads((cli.folder / "issues/第19期/report.json").read_text("utf-8"))


def squash(text: str) -> str:
    """The output without indentation: the list under the table is whole lines; only a terminal
    that is too narrow wraps them, which is not a cut."""
    return "\n".join(line.strip() for line in text.splitlines())


@pytest.mark.parametrize("columns", ["60", "80", "120"])
def test_every_message_appears_whole(
    bad19: Cli, columns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    output = bad19("status").output
    shown = squash(output)
    report = report_of(bad19)
    messages = [m for f in files_said(report).values() for m in f["messages"] + f["notes"]]
    assert len(messages) > 15
    rest = shown
    for message in messages:
        assert message in shown, message
        rest = rest.replace(message, "")
    # Messages quote the opening of an item and end the quote with "…"; nothing else may be cut.
    assert "…" not in rest
    # Grouped by unit: a unit's heading comes before its problems.
    listing = shown.split("问题与改动（按单位）")[1]
    assert listing.index("\n历城区\n") < listing.index("日期“2月9日”")
    assert listing.index("\n起步区\n") < listing.index("日期“2月30日”不存在")


def test_skipped_files_and_files_with_several_units(bad19: Cli) -> None:
    output = bad19("status").output
    listing = squash(output).split("问题与改动（按单位）")[1]
    assert "Thumbs.db：系统文件、临时文件或隐藏文件，已跳过" in listing
    assert "~$莱芜区.docx：系统文件、临时文件或隐藏文件，已跳过" in listing
    table = output.split("问题与改动（按单位）")[0]
    rows = [line for line in table.splitlines() if "两个单位的材料" in line]
    assert len(rows) == 2  # a row under 济南高新区 and one under 商河县
    assert any("济南高新区" in r for r in rows) and any("商河县" in r for r in rows)


def test_reminder_names_units_in_plain_words(bad19: Cli) -> None:
    remind = bad19("status", "--remind").output
    assert re.search(r"历城区：第1条（“[^”]+”）的日期“2月9日”晚于出刊日期2月6日。", remind)
    assert re.search(r"起步区：第1条（“[^”]+”）的日期“2月30日”不存在。", remind)
    assert ".txt" not in remind.split("以下材料有问题")[1].split("文件“")[0]
    missing = remind.split("以下单位尚未报送：")[1].split("。")[0].split("、")
    faulty = [
        line.split("：")[0].strip() for line in remind.splitlines() if line.startswith("　　")
    ]
    assert missing == ["长清区"] and faulty
    assert not set(missing) & set(faulty)  # a unit is in one list only
    assert "济南高新区" not in missing and "商河县" not in missing  # they sent the two-unit file


def test_reminder_before_any_collect_names_every_unit(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    result = cli("status", "--remind")
    assert result.exit_code == 0
    config = parse_config(default_config_text())
    assert "以下单位尚未报送：" + "、".join(config.unit_names()) + "。" in result.output


def test_a_unit_that_replied_nil_is_reported(cli: Cli, tmp_path: Path) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "商河县.txt").write_text("2月3日，召开科技特派员工作会议。", "utf-8")
    (inbox / "平阴县.txt").write_text("本周无动态。", "utf-8")  # reported, nothing to print
    cli("collect", inbox)
    remind = cli("status", "--remind").output
    assert "平阴县" not in remind and "历下区" in remind
    status = cli("status").output
    assert "报“无”（1）：平阴县" in status
    assert "平阴县" not in status.split("未报送")[1]
    render = cli("render", "--txt").output
    silent = render.split("未报送（")[1].splitlines()[0]
    assert "历下区" in silent and "平阴县" not in silent


def test_render_reminds_of_old_material(cli: Cli, tmp_path: Path) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "长清区.txt").write_text("1月20日，召开科技工作会议。", "utf-8")
    assert cli("collect", inbox).exit_code == 0
    result = cli("render", "--txt")
    assert result.exit_code == 0
    assert re.search(
        r"提醒：长清区：第1条（“[^”]+”）的日期“1月20日”早于本期报送时段", result.output
    )


def test_a_finding_is_said_with_its_item_and_without_the_year() -> None:
    late = Finding(
        kind="date.after_publication",
        severity=Severity.ERROR,
        message="日期“2月9日”晚于出刊日期2026年2月6日，请核对",
        for_unit="日期“2月9日”晚于出刊日期2月6日",
        unit="天桥区",
        item=2,
        opening="2月9日，召开…",
    )
    assert said(late) == "第2条（“2月9日，召开…”）的日期“2月9日”晚于出刊日期2月6日"
    assert said(late, for_units=False).endswith("2026年2月6日，请核对")
    long = Finding(
        kind="length", severity=Severity.WARNING, message="共 320 字，超过 300 字，建议压缩", item=1
    )
    assert said(long) == "第1条：共 320 字，超过 300 字，建议压缩"
    # A finding with nothing for the unit is said to it in the editor's words.
    assert said(Finding(kind="x", severity=Severity.ERROR, message="文件是空的。")) == "文件是空的"


@pytest.mark.parametrize(
    ("publication", "days_before"),
    [(date(2026, 2, 6), 1), (date(2026, 1, 2), 3), (date(2026, 2, 6), 0)],
)
def test_call_for_submissions_agrees_with_the_period(publication: date, days_before: int) -> None:
    config = parse_config(
        default_config_text().replace(
            "deadline_days_before = 1", f"deadline_days_before = {days_before}"
        )
    )
    assert config.call.deadline_days_before == days_before
    start = publication.replace(day=1) if publication.day > 7 else date(2025, 12, 27)
    issue = Issue(19, publication, start, publication, Path("."))
    call = call_for_submissions(config, issue)
    asked = call.split("报送本单位")[1]
    # The period asked for ends on the publication date, the last day the checks accept...
    assert f"{publication.month}月{publication.day}日的工作动态" in asked
    # ...and when the deadline comes first, the text says what the days after it are for.
    after_deadline = "截稿后至" in asked
    assert after_deadline == (days_before > 0)


def test_collect_output_is_whole_with_a_narrow_console(
    issue18: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    result = issue18("collect", EXAMPLE_INBOX)
    assert result.exit_code == 0
    assert "…" not in result.output
    assert "略去“天桥区本周工作动态”：标题行" in squash(result.output)
    assert os.environ["COLUMNS"] == "60"


@pytest.mark.parametrize(
    ("now", "said"),
    [
        (
            "2026-02-04 09:00",
            "请于2026年2月5日（星期四）12:00前报送本单位2026年1月31日至2月6日的工作动态",
        ),
        ("2026-02-05 11:59", "请于2026年2月5日（星期四）12:00前报送"),
        ("2026-02-05 12:01", "截稿时间已过，本期定于2月6日（星期五）印发，请尽快报送本单位"),
        ("2026-02-06 08:30", "截稿时间已过，本期今天印发，请尽快报送本单位"),
        ("2026-02-09 10:00", "截稿时间已过，本期原定于2月6日（星期五）印发，请尽快报送"),
    ],
)
def test_the_reminder_knows_whether_the_deadline_has_passed(now: str, said: str) -> None:
    from datetime import datetime

    config = parse_config(default_config_text())
    issue = Issue(19, date(2026, 2, 6), date(2026, 1, 31), date(2026, 2, 6), Path("."))
    text = reminder(config, issue, None, now=datetime.fromisoformat(now))
    assert said in text
    assert text.endswith("本期无动态的也请回复“无”。")


def test_the_reminder_speaks_to_the_units_and_render_to_the_editor(bad19: Cli) -> None:
    """Advice to the editor (zhoubao.toml, unpacking) stays out of the text for the chat group;
    a file whose unit is unknown is asked for by its name."""
    remind = bad19("status", "--remind").output
    faulty = remind.split("以下材料有问题")[1]
    assert "zhoubao" not in faulty and "请对方" not in faulty
    assert "文件“新建文本文档.txt”：认不出是哪个单位发的，请在文件名前写上单位名称后重发" in faulty
    # For the editor, the same finding keeps its advice (the fix) beside it.
    listing = squash(bad19("status").output)
    assert "zhoubao.toml" in listing
