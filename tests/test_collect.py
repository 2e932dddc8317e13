"""collect end to end: the example inbox, the bad-input corpus, and the rules between files."""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from conftest import (
    BAD_INPUTS,
    EXAMPLE_INBOX,
    GOLDEN,
    Cli,
    copy_tree,
    files_said,
    has_soffice,
    messages,
    tree_digest,
)

EXPECTED = json.loads((BAD_INPUTS / "expected.json").read_text("utf-8"))


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """An empty inbox folder outside the workspace."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def issue19(cli: Cli) -> Cli:
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    return cli


def collect_json(cli: Cli, *args: object) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = cli("collect", *args, "--json")
    return result.exit_code, json.loads(result.stdout)


def by_file(report: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return files_said(report)


def test_example_inbox_is_collected_cleanly(issue18: Cli) -> None:
    code, report = collect_json(issue18, EXAMPLE_INBOX)
    assert code == 0
    assert report["issue"] == 18
    assert {u["outcome"] for u in report["units"]} == {"adopted"}
    files = by_file(report)
    assert files["~$高新区-第18期动态.docx"]["status"] == "ignored"
    assert {f["status"] for n, f in files.items() if not n.startswith("~$")} == {"ok"}
    # Aliases, headings and content lines each found their unit.
    assert files["长清区工业信息化和科技局 报送材料.docx"]["unit"] == "长清区"
    assert files["本周动态.txt"]["unit"] == "济阳区"
    assert files["工作动态.docx"]["unit"] == "莱芜区"
    assert files["济南新旧动能转换起步区.docx"]["unit"] == "起步区"
    assert files["重点工作动态.md"]["section"] == "key_work"
    assert files["导语.txt"]["section"] == "lead"
    assert files["槐荫区 报送.txt"]["encoding"] == "UTF-16"
    assert files["天桥区.txt"]["encoding"] == "GB18030/GBK"
    assert {"text": "天桥区本周工作动态", "reason": "标题行"} in files["天桥区.txt"]["dropped"]
    assert files["市中区.docx"]["items"] == 3


def test_collected_bulletin_joins_unit_items(issue18: Cli) -> None:
    bulletin = json.loads((issue18.folder / "issues/第18期/bulletin.json").read_text("utf-8"))
    units = {u["unit"]: u for s in bulletin["sections"] for u in s["units"]}
    assert list(units)[:3] == ["济南高新区", "历下区", "市中区"]
    assert units["平阴县"]["items"] == [
        "深化与齐鲁工业大学（省科学院）产学研合作，围绕科技成果转化、科研平台共建和玫德集团实验室提档升级达成初步合作意向。",
        "审核3笔科技成果转化风险补偿贷款820万元。",
    ]


def test_bad_inputs_each_get_their_verdict(issue19: Cli, tmp_path: Path) -> None:
    inbox = copy_tree(BAD_INPUTS / "inbox", tmp_path / "inbox")
    before = tree_digest(inbox)
    code, report = collect_json(issue19, inbox)
    assert code == 1  # some files had errors; the others were still collected
    files = by_file(report)
    assert set(files) == {k for k in EXPECTED if not k.startswith("_")}
    for name, want in EXPECTED.items():
        if name.startswith("_") or (want.get("needs") == "soffice" and not has_soffice()):
            continue
        got = files[name]
        assert got["status"] == want["status"], (name, got)
        assert got["unit"] == want["unit"], (name, got)
        if "message" in want:
            assert any(want["message"] in m for m in got["messages"]), (name, got["messages"])
        if "note" in want:
            assert want["note"] in got["notes"], (name, got["notes"])
    assert tree_digest(inbox) == before  # the inbox is never changed


def test_bad_inputs_never_show_a_traceback(issue19: Cli) -> None:
    result = issue19("collect", BAD_INPUTS / "inbox")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "有错误待重报" in result.output
    assert "未报送（2）：济南高新区、商河县" in result.output


def test_doc_without_libreoffice(
    issue19: Cli, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy2(BAD_INPUTS / "inbox" / "莱芜区.doc", inbox)
    monkeypatch.setenv("ZHOUBAO_SOFFICE", "")  # as on a machine without LibreOffice
    code, report = collect_json(issue19, inbox)
    assert code == 1
    (file,) = by_file(report).values()
    assert file["status"] == "error"
    assert "需要 LibreOffice" in file["messages"][0] and "另存为 .docx" in file["messages"][0]


@pytest.mark.skipif(not has_soffice(), reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("suffix", [".doc", ".wps"])  # a WPS file is the same binary Word format
def test_doc_with_libreoffice(issue19: Cli, inbox: Path, suffix: str) -> None:
    shutil.copy2(BAD_INPUTS / "inbox" / "莱芜区.doc", inbox / f"莱芜区{suffix}")
    code, _ = collect_json(issue19, inbox)
    assert code == 0
    bulletin = json.loads((issue19.folder / "issues/第19期/bulletin.json").read_text("utf-8"))
    units = [u for s in bulletin["sections"] for u in s["units"]]
    assert units[0]["items"] == ["2月4日，审核科技成果转化贷款3笔。"]


def test_oversized_file(issue19: Cli, inbox: Path) -> None:
    with (inbox / "起步区.txt").open("wb") as handle:
        handle.truncate(11 * 2**20)  # sparse: 11 MB on paper, nothing on disk
    code, report = collect_json(issue19, inbox)
    assert code == 1
    assert "超过上限 10 MB" in messages(report, report["files"][0]["file"])[0]


def test_link_out_of_the_inbox_is_not_followed(issue19: Cli, tmp_path: Path, inbox: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("2月3日，不该读到的内容。", "utf-8")
    os.symlink(secret, inbox / "高新区.txt")
    os.symlink(tmp_path, inbox / "上级文件夹")
    (inbox / "历下区.txt").write_text("2月3日，召开座谈会。", "utf-8")
    os.symlink(inbox / "历下区.txt", inbox / "市中区.txt")  # inside: followed
    code, report = collect_json(issue19, inbox)
    assert code == 1
    files = by_file(report)
    assert files["高新区.txt"]["status"] == "error"
    assert "链接" in files["高新区.txt"]["messages"][0]
    assert files["上级文件夹"]["status"] == "error"
    assert files["市中区.txt"]["status"] == "ok"
    bulletin = (issue19.folder / "issues/第19期/bulletin.json").read_text("utf-8")
    assert "不该读到" not in bulletin


def test_newer_file_from_one_unit_wins(issue19: Cli, inbox: Path) -> None:
    old, new = inbox / "商河县（修改版）.txt", inbox / "商河县.txt"
    old.write_text("2月2日，旧的内容。", "utf-8")
    new.write_text("2月3日，新的内容。", "utf-8")
    os.utime(old, (1_700_000_000, 1_770_000_000))
    os.utime(new, (1_700_000_000, 1_770_100_000))
    code, report = collect_json(issue19, inbox)
    assert code == 0
    files = by_file(report)
    assert files["商河县（修改版）.txt"]["status"] == "superseded"
    assert "已被较新的文件 商河县.txt 取代" in files["商河县（修改版）.txt"]["messages"][0]
    assert files["商河县.txt"]["status"] == "ok"
    bulletin = (issue19.folder / "issues/第19期/bulletin.json").read_text("utf-8")
    assert "新的内容" in bulletin and "旧的内容" not in bulletin


def test_a_unit_with_errors_in_a_file_of_several_units_goes_back_alone(
    issue19: Cli, inbox: Path
) -> None:
    (inbox / "区县汇总.txt").write_text(
        "历下区：\n1. 2月2日，历下区召开科技金融对接会。\n"
        "章丘区：\n1. 2月30日，章丘区召开科技金融对接会。\n",
        "utf-8",
    )
    code, report = collect_json(issue19, inbox)
    assert code == 0
    summary = by_file(report)["区县汇总.txt"]
    assert summary["status"] == "warning"
    assert summary["refused_units"] == ["章丘区"]
    (refused,) = [f for f in report["findings"] if f["severity"] == "error"]
    assert (refused["unit"], refused["item"], refused["kind"]) == ("章丘区", 1, "date.impossible")
    bulletin = (issue19.folder / "issues/第19期/bulletin.json").read_text("utf-8")
    assert "历下区召开" in bulletin and "章丘区召开" not in bulletin
    output = issue19("status").output
    assert "区县汇总.txt（章丘区部分有错误，未采用）" in output
    assert re.search(r"有错误待重报（1）：\s*章丘区", output)
    remind = issue19("status", "--remind").output
    assert "章丘区" in remind and "历下区" not in remind
    # 章丘区 sends its own file later: its part of the combined file needs no resending.
    own = inbox / "章丘区.txt"
    own.write_text("2月3日，章丘区召开科技金融对接会。", "utf-8")
    later = (inbox / "区县汇总.txt").stat().st_mtime + 3600
    os.utime(own, (later, later))
    code, report = collect_json(issue19, inbox)
    assert code == 0
    files = by_file(report)
    assert files["区县汇总.txt"]["refused_units"] == []
    assert any("已由较新的文件 章丘区.txt 改正" in m for m in files["区县汇总.txt"]["messages"])
    assert "章丘区" not in issue19("status", "--remind").output


def test_a_units_part_replaced_by_its_own_newer_file_is_said_so(issue19: Cli, inbox: Path) -> None:
    combined, own = inbox / "区县汇总.txt", inbox / "历下区.txt"
    combined.write_text(
        "历下区：\n1. 2月2日，历下区召开对接会。\n市中区：\n1. 2月3日，市中区走访企业。\n", "utf-8"
    )
    own.write_text("2月4日，历下区召开推进会。", "utf-8")
    os.utime(combined, (1_770_000_000, 1_770_000_000))
    os.utime(own, (1_770_100_000, 1_770_100_000))
    output = issue19("collect", inbox).output
    assert (
        "区县汇总.txt（历下区部分被取代，未采用）：“历下区”的内容已被较新的文件 历下区.txt 取代"
        in output
    )
    assert "区县汇总.txt（正常）" not in output


def test_strict_turns_warnings_into_errors(issue19: Cli, inbox: Path) -> None:
    shutil.copy2(BAD_INPUTS / "inbox" / "长清区.txt", inbox)
    assert collect_json(issue19, inbox)[0] == 0
    # Strict now rejects the unit the saved bulletin has: that takes --force.
    assert issue19("collect", inbox, "--strict").exit_code == 1
    code, report = collect_json(issue19, inbox, "--strict", "--force")
    assert code == 1
    assert report["files"][0]["status"] == "error"


def test_sources_kept_and_issue_rebuilt_without_inbox(issue18: Cli) -> None:
    sources = issue18.folder / "issues/第18期/sources"
    assert (sources / "市中区.docx").is_file()
    assert not (sources / "~$高新区-第18期动态.docx").exists()
    bulletin = (issue18.folder / "issues/第18期/bulletin.json").read_text("utf-8")
    code, _ = collect_json(issue18, sources)
    assert code == 0
    assert (issue18.folder / "issues/第18期/bulletin.json").read_text("utf-8") == bulletin
    assert (sources / "市中区.docx").is_file()


def test_default_folder_is_the_issue_inbox(issue19: Cli) -> None:
    inbox = issue19.folder / "issues/第19期/inbox"
    (inbox / "历下区.txt").write_text("2月3日，召开座谈会。", "gbk")
    code, report = collect_json(issue19)
    assert code == 0
    assert report["files"][0]["unit"] == "历下区"


def test_missing_folder_is_usage_error(issue19: Cli) -> None:
    result = issue19("collect", "没有这个文件夹")
    assert result.exit_code == 2
    assert "找不到文件夹" in result.output


def test_status_and_reminder(issue19: Cli) -> None:
    issue19("collect", BAD_INPUTS / "inbox")
    status = issue19("status")
    assert status.exit_code == 0
    assert "第19期材料汇编" in status.output
    remind = issue19("status", "--remind").output
    assert "以下单位尚未报送：济南高新区、商河县。" in remind
    assert "以下材料有问题，请改正后重新报送：" in remind
    for unit in ("历下区", "市中区", "槐荫区", "天桥区", "历城区", "章丘区", "起步区"):
        assert f"　　{unit}：" in remind  # each problem named by its unit
    assert re.search(r"历城区：第1条（“[^”]+”）的日期“2月9日”晚于出刊日期2月6日。", remind)
    # Today is long after this issue's deadline: the reminder asks for the files now.
    assert "截稿时间已过，本期原定于2月6日（星期五）印发，请尽快报送" in remind
    assert "请于2026年2月5日" not in remind
    report = json.loads(issue19("status", "--json").stdout)
    assert report["issue"] == 19


def test_status_before_collect(issue19: Cli) -> None:
    result = issue19("status")
    assert result.exit_code == 2
    assert "还没有汇编过" in result.output


def test_same_time_copy_number_decides(issue19: Cli, inbox: Path) -> None:
    first, second = inbox / "历城区.txt", inbox / "历城区(2).txt"
    first.write_text("2月2日，第一稿。", "utf-8")
    second.write_text("2月3日，第二稿。", "utf-8")
    for path in (first, second):
        os.utime(path, (1_770_000_000, 1_770_000_000))
    code, report = collect_json(issue19, inbox)
    assert code == 0
    assert by_file(report)["历城区.txt"]["status"] == "superseded"


def test_issue_folder_itself_is_refused(issue19: Cli) -> None:
    for folder in (issue19.folder, issue19.folder / "issues" / "第19期"):
        result = issue19("collect", folder)
        assert result.exit_code == 2
        assert "包含本期的文件夹" in result.output


def test_renamed_files_are_read_for_what_they_are(issue19: Cli, inbox: Path) -> None:
    shutil.copy2(EXAMPLE_INBOX / "济南新旧动能转换起步区.docx", inbox / "起步区.txt")
    if has_soffice():
        shutil.copy2(BAD_INPUTS / "inbox" / "莱芜区.doc", inbox / "莱芜区.docx")
    (inbox / "历下区材料.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    code, report = collect_json(issue19, inbox)
    files = by_file(report)
    assert files["起步区.txt"]["encoding"] == "Word 文档（扩展名写成了 .txt）"
    assert files["起步区.txt"]["items"] == 1
    if has_soffice():
        assert files["莱芜区.docx"]["status"] == "ok"
        assert "旧版 Word 格式" in files["莱芜区.docx"]["encoding"]
    assert files["历下区材料.zip"]["status"] == "error"
    assert "压缩包" in files["历下区材料.zip"]["messages"][0]
    assert code == 1


def test_report_on_a_gbk_console(issue19: Cli) -> None:
    """Redirected on a Chinese Windows, the output's code page cannot encode ✓ ⚠ ✗ or box lines."""
    import io

    from rich.console import Console

    from zhoubao_cli.config import default_config_text, parse_config
    from zhoubao_cli.model import CollectReport
    from zhoubao_cli.terminal import print_report

    issue19("collect", BAD_INPUTS / "inbox")
    report_file = issue19.folder / "issues" / "第19期" / "report.json"
    report = CollectReport.model_validate_json(report_file.read_text("utf-8"))
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="gbk", errors="strict")
    print_report(report, parse_config(default_config_text()), Console(file=stream, width=120))
    stream.flush()
    text = raw.getvalue().decode("gbk")
    assert "错误" in text and "提醒" in text and "历下区" in text


def test_hand_edited_bulletin_is_kept(issue18: Cli) -> None:
    bulletin = issue18.folder / "issues" / "第18期" / "bulletin.json"
    edited = bulletin.read_text("utf-8").replace("谢堃同志", "谢堃同志一行")
    bulletin.write_text(edited, "utf-8")
    refused = issue18("collect", EXAMPLE_INBOX)
    assert refused.exit_code == 1
    assert "bulletin.json 在上次汇编之后被人改过" in refused.output
    assert bulletin.read_text("utf-8") == edited
    assert issue18("render", "--txt").exit_code == 0  # the edit is what gets printed
    text = (bulletin.parent / "市科技局创新创业工作周报第18期.txt").read_text("utf-8")
    assert "谢堃同志一行" in text
    forced = issue18("collect", EXAMPLE_INBOX, "--force")
    assert forced.exit_code == 0
    assert (bulletin.parent / "bulletin.json.bak").read_text("utf-8") == edited
    assert "谢堃同志一行" not in bulletin.read_text("utf-8")


@pytest.mark.skipif(not has_soffice(), reason="LibreOffice (soffice) is not installed")
def test_old_word_files_take_one_libreoffice_run(
    issue19: Cli, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    legacy = BAD_INPUTS / "inbox" / "莱芜区.doc"
    for unit in ("莱芜区", "钢城区", "平阴县"):
        shutil.copy2(legacy, inbox / f"{unit}.doc")
    shutil.copy2(legacy, inbox / "商河县.wps")
    shutil.copy2(legacy, inbox / "起步区.docx")  # an old .doc under a new name
    calls = tmp_path / "calls.log"
    wrapper = tmp_path / "soffice"
    wrapper.write_text(f'#!/bin/sh\necho run >> "{calls}"\nexec "{shutil.which("soffice")}" "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setenv("ZHOUBAO_SOFFICE", str(wrapper))
    code, report = collect_json(issue19, inbox)
    assert code == 0, report
    assert calls.read_text().split() == ["run"]
    bulletin = json.loads((issue19.folder / "issues/第19期/bulletin.json").read_text("utf-8"))
    assert len([u for s in bulletin["sections"] for u in s["units"]]) == 5


def test_an_item_emptied_by_hand_is_deleted(issue18: Cli) -> None:
    bulletin = issue18.folder / "issues" / "第18期" / "bulletin.json"
    data = json.loads(bulletin.read_text("utf-8"))
    units = {u["unit"]: u for s in data["sections"] for u in s["units"]}
    first, second = units["平阴县"]["items"]
    units["平阴县"]["items"] = ["", second]
    bulletin.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert issue18("render", "--txt").exit_code == 0
    text = (bulletin.parent / "市科技局创新创业工作周报第18期.txt").read_text("utf-8")
    assert f"【平阴县】{second}" in text and first not in text and "；；" not in text


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (lambda t: t.replace('"items": [', '"items": [,', 1), "第 "),
        (lambda t: t.replace('"2026-01-30"', '"2026/1/30"', 1), "日期格式不对"),
        (lambda t: re.sub(r'("items": \[)[^\]]*\]', r'\1""]', t, count=1), "不能为空（单位“"),
    ],
)
def test_a_bulletin_broken_by_hand_says_where(issue18: Cli, edit: object, said: str) -> None:
    bulletin = issue18.folder / "issues" / "第18期" / "bulletin.json"
    broken = edit(bulletin.read_text("utf-8"))  # type: ignore[operator]
    bulletin.write_text(broken, "utf-8")
    for command in (("render", "--txt"), ("collect", EXAMPLE_INBOX)):
        result = issue18(*command)
        assert result.exit_code != 0
        assert said in result.output and "--force" in result.output, result.output
        assert "Traceback" not in result.output
    assert bulletin.read_text("utf-8") == broken
    assert issue18("collect", EXAMPLE_INBOX, "--force").exit_code == 0
    assert (bulletin.parent / "bulletin.json.bak").read_text("utf-8") == broken


def test_a_hand_edit_that_shortens_a_unit_is_said_as_an_edit(issue18: Cli) -> None:
    """The editor cut an item by hand: a re-collect is refused for the edit, not as a loss."""
    path = issue18.folder / "issues" / "第18期" / "bulletin.json"
    bulletin = json.loads(path.read_text("utf-8"))
    units = {u["unit"]: u for s in bulletin["sections"] for u in s["units"]}
    units["平阴县"]["items"] = units["平阴县"]["items"][:1]
    path.write_text(json.dumps(bulletin, ensure_ascii=False, indent=2), "utf-8")
    refused = issue18("collect", EXAMPLE_INBOX)
    assert refused.exit_code == 1
    assert "在上次汇编之后被人改过" in refused.output and "少" not in refused.output


def test_a_file_sent_after_the_deadline_is_noted(issue19: Cli, inbox: Path) -> None:
    """The call asks for the material by noon the day before publication (2月5日 12:00)."""
    late, early, copied = inbox / "历下区.txt", inbox / "市中区.txt", inbox / "槐荫区.txt"
    for path in (late, early, copied):
        path.write_text("2月4日，召开座谈会。", "utf-8")
    os.utime(late, (datetime(2026, 2, 5, 15, 20).timestamp(),) * 2)
    os.utime(early, (datetime(2026, 2, 5, 11, 0).timestamp(),) * 2)
    os.utime(copied, (datetime(2026, 3, 2, 9, 0).timestamp(),) * 2)  # copied after the issue
    _, report = collect_json(issue19, inbox)
    notes = {name: f["notes"] for name, f in files_said(report).items()}
    assert "晚于截稿时间（2月5日 12:00）：文件修改于 2月5日 15:20" in notes["历下区.txt"]
    assert not any("截稿" in n for n in notes["市中区.txt"] + notes["槐荫区.txt"])


def test_the_example_week_gives_the_same_bulletin_json(issue18: Cli) -> None:
    """bulletin.json byte for byte (the speed work and the text rules change nothing it holds)."""
    saved = (issue18.folder / "issues" / "第18期" / "bulletin.json").read_text("utf-8")
    assert saved == (GOLDEN / "issue18.bulletin.json").read_text("utf-8")


def test_a_reply_of_nothing_with_an_aside_is_quoted_in_the_report(
    issue19: Cli, inbox: Path
) -> None:
    (inbox / "章丘区.txt").write_text("受春节假期影响，本期无工作动态报送。", "utf-8")
    (inbox / "平阴县.txt").write_text("无", "utf-8")
    code, report = collect_json(issue19, inbox)
    assert code == 0
    files = by_file(report)
    assert files["章丘区.txt"]["notes"] == [
        "本周无动态（已算作报送，不刊出）：“受春节假期影响，本期无工作动态报送。”"
    ]
    assert files["平阴县.txt"]["notes"] == ["本周无动态（已算作报送，不刊出）"]
