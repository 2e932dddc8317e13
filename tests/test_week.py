"""The editor's week: re-runs that lose nothing, and issues that stay apart."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from docx import Document

from conftest import EXAMPLE_INBOX, ROOT, Cli, copy_tree, files_said, tree_digest

ISSUE19 = "issues/第19期"
ISSUE18_INBOX = "issues/第18期/inbox"


def docx_text(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The units' files in a folder of the editor's own, outside the workspace."""
    return copy_tree(EXAMPLE_INBOX, tmp_path / "各单位材料")


def test_recollect_sequence_loses_nothing(cli: Cli, folder: Path) -> None:
    """The README's weekly steps: collect a folder, render, then a plain collect later on."""
    assert cli("new", "18", "--date", "2026-01-30").exit_code == 0
    assert cli("collect", folder).exit_code == 0
    assert cli("render").exit_code == 0
    issue = cli.folder / "issues/第18期"
    docx = issue / "市科技局创新创业工作周报第18期.docx"
    printed = docx_text(docx)
    saved = tree_digest(issue)

    again = cli("collect")  # plain collect: the folder collected last time, and it says so
    assert again.exit_code == 0
    assert f"沿用上次汇编的文件夹 {folder}" in again.output
    assert tree_digest(issue)["bulletin.json"] == saved["bulletin.json"]
    saved = tree_digest(issue)  # report.json now has this collect's time

    shutil.move(folder, folder.with_name("已归档"))  # the editor tidies the folder away
    refused = cli("collect")  # now the issue's own inbox, which is empty
    assert refused.exit_code == 1
    assert "改为读取本期的 inbox" in refused.output
    assert "汇编的结果是空的" in refused.output
    assert "已保存的第18期没有改动" in refused.output and "--force" in refused.output
    assert "Traceback" not in refused.output
    after = tree_digest(issue)
    for kept in ("bulletin.json", "report.json", "issue.json", docx.name):
        assert after[kept] == saved[kept]
    assert {k for k in after if k.startswith("sources/")} == {
        k for k in saved if k.startswith("sources/")
    }

    explicit = cli("collect", issue / "inbox")  # the empty inbox named outright: refused too
    assert explicit.exit_code == 1
    assert tree_digest(issue)["bulletin.json"] == saved["bulletin.json"]

    assert cli("render").exit_code == 0
    assert docx_text(docx) == printed


def test_force_replaces_with_less_and_keeps_numbered_backups(cli: Cli, folder: Path) -> None:
    cli("new", "18", "--date", "2026-01-30")
    cli("collect", folder)
    bulletin = cli.folder / "issues/第18期/bulletin.json"
    full = bulletin.read_bytes()
    for name in ("历下区科技局.txt", "平阴县.txt"):
        (folder / name).unlink()
    refused = cli("collect", folder)
    assert refused.exit_code == 1 and "比已保存的第18期少" in refused.output
    assert "历下区（1 条）没有了（这次的文件夹里没有它的材料）" in refused.output
    assert "平阴县（2 条）没有了" in refused.output
    assert "结果没有保存" in refused.output and "第18期材料汇编" in refused.output  # the report too
    assert bulletin.read_bytes() == full
    assert cli("collect", folder, "--force").exit_code == 0
    assert (bulletin.parent / "bulletin.json.bak").read_bytes() == full
    shorter = bulletin.read_bytes()
    (folder / "市中区.docx").unlink()
    assert cli("collect", folder, "--force").exit_code == 0
    # The second backup has a number of its own: the first one is still there.
    assert (bulletin.parent / "bulletin.json.bak").read_bytes() == full
    assert (bulletin.parent / "bulletin.json.1.bak").read_bytes() == shorter
    assert "市中区" not in bulletin.read_text("utf-8")


def test_a_refusal_says_why_each_unit_has_less(cli: Cli, folder: Path) -> None:
    cli("new", "18", "--date", "2026-01-30")
    cli("collect", folder)
    bulletin = cli.folder / "issues/第18期/bulletin.json"
    full = bulletin.read_bytes()
    (folder / "历下区科技局.txt").write_text("本周无动态。", "utf-8")
    (folder / "平阴县.txt").write_text("2月30日，召开推进会。", "utf-8")
    refused = cli("collect", folder)
    assert refused.exit_code == 1
    assert "历下区（1 条）没有了（这次它回复了“无”）" in refused.output
    assert "平阴县（2 条）没有了（它的 平阴县.txt 有错误，未采用）" in refused.output
    assert bulletin.read_bytes() == full
    as_json = cli("collect", folder, "--json")
    assert as_json.exit_code == 1
    report = json.loads(as_json.stdout)
    assert {f["file"]: f["status"] for f in report["files"]}["平阴县.txt"] == "error"


def test_render_force_twice_keeps_both_backups(cli: Cli, folder: Path) -> None:
    cli("new", "18", "--date", "2026-01-30")
    cli("collect", folder)
    cli("render", "--txt")
    text = cli.folder / "issues/第18期/市科技局创新创业工作周报第18期.txt"
    text.write_text("第一次润色", "utf-8")
    assert cli("render", "--txt", "--force").exit_code == 0
    text.write_text("第二次润色", "utf-8")
    result = cli("render", "--txt", "--force")
    assert result.exit_code == 0 and ".1.bak" in result.output
    assert text.with_name(text.name + ".bak").read_text("utf-8") == "第一次润色"
    assert text.with_name(text.name + ".1.bak").read_text("utf-8") == "第二次润色"


def test_sources_only_grow(cli: Cli, folder: Path) -> None:
    """A re-collect adds and supersedes; a file it replaces is kept aside, never deleted."""
    cli("new", "18", "--date", "2026-01-30")
    late = folder.parent / "补报"
    late.mkdir()
    shutil.move(folder / "平阴县.txt", late / "平阴县.txt")
    assert cli("collect", folder).exit_code == 0
    issue = cli.folder / "issues/第18期"
    first = tree_digest(issue / "sources")
    assert "平阴县.txt" not in first
    # The late file joins the others in the same folder, and one unit sends a corrected file.
    shutil.move(late / "平阴县.txt", folder / "平阴县.txt")
    old_text = (folder / "商河.txt").read_bytes()
    (folder / "商河.txt").write_text("1月28日，商河县召开科技工作会议。", "utf-8")
    assert cli("collect", folder).exit_code == 0
    now = tree_digest(issue / "sources")
    assert set(first) | {"平阴县.txt"} == set(now)
    assert now["商河.txt"] != first["商河.txt"]
    assert (issue / "sources-replaced" / "商河.txt.bak").read_bytes() == old_text
    # The issue is rebuilt from sources/ alone, to the same bulletin.
    bulletin = (issue / "bulletin.json").read_bytes()
    assert cli("collect", issue / "sources").exit_code == 0
    assert (issue / "bulletin.json").read_bytes() == bulletin


def test_corrected_file_takes_its_unit_off_the_resend_list(cli: Cli, tmp_path: Path) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wrong, right = inbox / "天桥区.txt", inbox / "天桥区（修改）.txt"
    wrong.write_text("2月9日，天桥区召开科技工作会议。", "utf-8")
    right.write_text("2月3日，天桥区召开科技工作会议。", "utf-8")
    os.utime(wrong, (1_770_000_000, 1_770_000_000))
    os.utime(right, (1_770_100_000, 1_770_100_000))
    result = cli("collect", inbox, "--json")
    assert result.exit_code == 0
    files = files_said(json.loads(result.stdout))
    assert files["天桥区.txt"]["status"] == "superseded"
    assert any("晚于出刊日期" in m for m in files["天桥区.txt"]["messages"])  # still shown
    assert files["天桥区（修改）.txt"]["status"] == "ok"
    status = cli("status").output
    assert "待重报" not in status
    assert "天桥区" not in cli("status", "--remind").output


def test_a_newer_faulty_file_still_needs_resending(cli: Cli, tmp_path: Path) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good, bad = inbox / "天桥区.txt", inbox / "天桥区（修改）.txt"
    good.write_text("2月3日，天桥区召开科技工作会议。", "utf-8")
    bad.write_text("2月9日，天桥区召开科技工作会议。", "utf-8")
    os.utime(good, (1_770_000_000, 1_770_000_000))
    os.utime(bad, (1_770_100_000, 1_770_100_000))
    assert cli("collect", inbox).exit_code == 1
    remind = cli("status", "--remind").output
    assert re.search(r"天桥区：第1条（“[^”]+”）的日期“2月9日”晚于出刊日期2月6日", remind)


def test_render_of_an_empty_bulletin_needs_force(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    assert cli("collect").exit_code == 0  # an empty inbox: nothing saved before, nothing lost
    refused = cli("render")
    assert (
        refused.exit_code == 1 and "没有任何内容" in refused.output and "--force" in refused.output
    )
    assert not list((cli.folder / ISSUE19).glob("*.docx"))
    assert cli("render", "--force").exit_code == 0
    assert list((cli.folder / ISSUE19).glob("*.docx"))


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_outputs_follow_the_umask(cli: Cli, folder: Path, umask: int) -> None:
    previous = os.umask(umask)
    try:
        cli("new", "18", "--date", "2026-01-30")
        assert cli("collect", folder).exit_code == 0
        assert cli("render", "--docx", "--txt").exit_code == 0
    finally:
        os.umask(previous)
    issue = cli.folder / "issues/第18期"
    files = [
        cli.folder / "zhoubao.toml",
        issue / "issue.json",
        issue / "bulletin.json",
        issue / "report.json",
        issue / ".zhoubao-written.json",
        issue / "市科技局创新创业工作周报第18期.docx",
        issue / "市科技局创新创业工作周报第18期.txt",
        *(p for p in (issue / "sources").rglob("*") if p.is_file()),
    ]
    folders = [cli.folder / "issues", issue, issue / "inbox", issue / "sources"]
    assert len(files) > 10
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path
    for path in folders:
        assert stat.S_IMODE(path.stat().st_mode) == 0o777 & ~umask, path


def test_a_corrupt_issue_json_spoils_that_issue_only(cli: Cli, folder: Path) -> None:
    cli("new", "18", "--date", "2026-01-30")
    cli("new", "19")
    cli("new", "20")
    (cli.folder / "issues/第19期/issue.json").write_text('{"number": 19, "date": "2月6日"', "utf-8")
    assert cli("collect", folder, "-i", "18").exit_code == 0
    assert cli("status", "-i", "18").exit_code == 0
    assert cli("status", "-i", "20", "--remind").exit_code == 0
    broken = cli("status", "-i", "19")
    assert broken.exit_code == 2
    assert "第19期/issue.json 已损坏" in broken.output and "其他各期不受影响" in broken.output
    assert "第 1 行第 30 列不是正确的 JSON" in broken.output  # where, in words: no class names
    section = broken.output.split("docs/guide.md 中“")[1].split("”")[0]
    readme = (ROOT / "docs" / "guide.md").read_text("utf-8")
    assert f"## {section}" in readme  # the message sends the editor to a section that exists
    assert cli("new", "21").exit_code == 0  # dated from 20, which is fine


def test_commands_in_an_issue_folder_act_on_that_issue(cli: Cli, folder: Path) -> None:
    cli("new", "18", "--date", "2026-01-30")
    cli("new", "19")
    here = cli.folder / "issues/第18期/inbox"
    collected = cli("collect", folder, cwd=here)
    assert collected.exit_code == 0 and "第18期材料汇编" in collected.output
    assert "第18期材料汇编" in cli("status", cwd=here).output
    assert cli("render", "--txt", cwd=here.parent).exit_code == 0
    assert (cli.folder / "issues/第18期/市科技局创新创业工作周报第18期.txt").is_file()
    assert cli("status").exit_code == 2  # from the workspace: issue 19, not collected yet


def test_new_before_existing_issues_needs_a_date(cli: Cli) -> None:
    cli("new", "18", "--date", "2026-01-30")
    cli("new", "19")
    before = tree_digest(cli.folder)
    refused = cli("new", "17")
    assert refused.exit_code == 2
    assert "已有第18期、第19期" in refused.output and "--date" in refused.output
    assert tree_digest(cli.folder) == before
    opened = cli("new", "17", "--date", "2026-01-23")
    assert opened.exit_code == 0 and "2026年1月23日" in opened.output


def test_a_copied_workspace_reads_its_own_inbox(cli: Cli, tmp_path: Path) -> None:
    """The folder collect remembers is the workspace's own inbox: in a copy, the copy's."""
    assert cli("new", "18", "--date", "2026-01-30").exit_code == 0
    inbox = cli.folder / ISSUE18_INBOX
    shutil.copy2(EXAMPLE_INBOX / "历下区科技局.txt", inbox)
    assert cli("collect").exit_code == 0
    copy = shutil.copytree(cli.folder, tmp_path / "copy")
    shutil.copy2(EXAMPLE_INBOX / "平阴县.txt", copy / ISSUE18_INBOX)
    result = cli("collect", cwd=copy)
    assert result.exit_code == 0, result.output
    bulletin = json.loads((copy / "issues/第18期/bulletin.json").read_text("utf-8"))
    assert {u["unit"] for s in bulletin["sections"] for u in s["units"]} == {"历下区", "平阴县"}


def test_a_zip_beside_its_unpacked_file_asks_for_nothing(cli: Cli, tmp_path: Path) -> None:
    """unzip keeps the files' old times: the unpacked file is older than the .zip."""
    import zipfile

    assert cli("new", "18", "--date", "2026-01-30").exit_code == 0
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = inbox / "历下区科技局.txt"
    shutil.copy2(EXAMPLE_INBOX / "历下区科技局.txt", text)
    os.utime(text, (1_700_000_000, 1_700_000_000))
    with zipfile.ZipFile(inbox / "历下区科技局.zip", "w") as archive:
        archive.write(text, text.name)
    (inbox / "历下区-现场照片.png").write_bytes(b"\\x89PNG\\r\\n\\x1a\\n" + b"\\x00" * 64)
    result = cli("collect", inbox, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {f["file"]: f["status"] for f in report["files"]} == {
        "历下区科技局.txt": "ok",
        "历下区科技局.zip": "superseded",
        "历下区-现场照片.png": "superseded",
    }
    remind = cli("status", "--remind").output
    assert "历下区" not in remind  # neither missing nor asked to send again
    assert "以下单位尚未报送：济南高新区、市中区" in remind
