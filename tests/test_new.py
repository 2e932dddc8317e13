"""zhoubao new: the workspace, the issue's dates, refusals and warnings."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import Cli, tree_digest
from zhoubao_cli.dates import next_weekday


def issue_json(cli: Cli, number: int) -> dict[str, object]:
    return json.loads((cli.folder / "issues" / f"第{number}期" / "issue.json").read_text("utf-8"))


def test_first_issue_writes_default_config_and_folders(cli: Cli) -> None:
    result = cli("new", "19")
    assert result.exit_code == 0, result.output
    assert "已在" in result.output and "zhoubao.toml" in result.output
    assert (cli.folder / "zhoubao.toml").read_text("utf-8").startswith("# zhoubao 配置文件")
    assert (cli.folder / "issues" / "第19期" / "inbox").is_dir()
    friday = next_weekday(date.today(), 5)
    data = issue_json(cli, 19)
    assert data["date"] == friday.isoformat()
    assert data["period_start"] == (friday - timedelta(days=6)).isoformat()
    assert data["period_end"] == friday.isoformat()


def test_explicit_date_and_call_for_submissions(cli: Cli) -> None:
    result = cli("new", "19", "--date", "2026-02-06")
    assert result.exit_code == 0, result.output
    assert "出刊日期 2026年2月6日" in result.output
    assert "报送时段 2026年1月31日至2月6日" in result.output
    assert "【征稿通知】市科技局创新创业工作周报第19期" in result.output
    assert "请于2026年2月5日（星期四）12:00前" in result.output
    assert "济南高新区-第19期.docx" in result.output


def test_next_issue_defaults_to_a_week_later(cli: Cli) -> None:
    cli("new", "18", "--date", "2026-01-30")
    result = cli("new", "19")
    assert result.exit_code == 0
    assert "已在" not in result.output  # the config exists already
    assert issue_json(cli, 19)["date"] == "2026-02-06"
    assert issue_json(cli, 19)["period_start"] == "2026-01-31"


def test_period_covers_a_holiday_gap(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    result = cli("new", "20", "--date", "2026-02-27")  # Spring Festival: no issue for two weeks
    assert result.exit_code == 0
    data = issue_json(cli, 20)
    assert (data["period_start"], data["period_end"]) == ("2026-02-07", "2026-02-27")
    assert "报送时段 2026年2月7日至27日" in result.output


def test_year_boundary(cli: Cli) -> None:
    cli("new", "46", "--date", "2026-12-25")
    result = cli("new", "47", "--date", "2027-01-01")
    assert result.exit_code == 0
    assert "报送时段 2026年12月26日至2027年1月1日" in result.output
    assert issue_json(cli, 47)["period_start"] == "2026-12-26"


def test_refusal_leaves_disk_unchanged(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    (cli.folder / "issues" / "第19期" / "inbox" / "历下区.txt").write_text("内容", "utf-8")
    before = tree_digest(cli.folder)
    result = cli("new", "19", "--date", "2026-03-06")
    assert result.exit_code == 2
    assert "第19期已经存在" in result.output
    assert tree_digest(cli.folder) == before


def test_refusal_in_a_new_folder_leaves_no_config(cli: Cli) -> None:
    result = cli("new", "0")
    assert result.exit_code == 2
    assert tree_digest(cli.folder) == {}


def test_skipped_number_and_earlier_date_warn(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    result = cli("new", "21", "--date", "2026-02-06")
    assert result.exit_code == 0
    assert "上一期是第19期，新期号 21 不连续" in result.output
    assert "不晚于上一期" in result.output


@pytest.mark.parametrize(
    ("when", "said"),
    [("2026-02-30", "不存在"), ("2026/2/6", "YYYY-MM-DD"), ("下周五", "YYYY-MM-DD")],
)
def test_bad_date_is_usage_error(cli: Cli, when: str, said: str) -> None:
    result = cli("new", "19", "--date", when)
    assert result.exit_code == 2
    assert said in result.output
    assert "Traceback" not in result.output


def test_workspace_found_from_subfolder(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = cli.folder / "issues" / "第19期" / "inbox"
    result = cli("new", "20", cwd=inbox)
    assert result.exit_code == 0, result.output
    assert (cli.folder / "issues" / "第20期" / "issue.json").is_file()
    assert not (inbox / "zhoubao.toml").exists()


def test_commands_outside_a_workspace_say_so(cli: Cli) -> None:
    result = cli("collect")
    assert result.exit_code == 2
    assert "不是 zhoubao 工作区" in result.output


def test_unknown_issue_is_usage_error(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    result = cli("status", "--issue", "7")
    assert result.exit_code == 2
    assert "没有第7期" in result.output


def _imports_of(code: str, cwd: Path) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    return {line.split("|")[-1].strip() for line in out.stderr.splitlines() if "|" in line}


def test_help_and_new_do_not_import_docx_or_lxml(tmp_path: Path) -> None:
    run_help = "import sys; sys.argv=['zhoubao','--help']\nfrom zhoubao_cli.entry import main\ntry: main()\nexcept SystemExit: pass"
    run_new = run_help.replace("'--help'", "'new','19','--date','2026-02-06'")
    for code in (run_help, run_new):
        modules = _imports_of(code, tmp_path)
        assert "zhoubao_cli.cli" in modules
        assert not {m for m in modules if m.split(".")[0] in ("docx", "lxml", "charset_normalizer")}
    assert (tmp_path / "issues" / "第19期" / "issue.json").is_file()


def test_usage_errors_are_chinese_and_exit_2(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "zhoubao_cli", *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )

    missing = run("new")
    assert missing.returncode == 2
    assert "用法错误：缺少参数 期号。" in missing.stderr
    assert "运行 zhoubao new -h 查看用法" in missing.stderr
    unknown = run("render", "--bogus")
    assert unknown.returncode == 2 and "没有选项 --bogus" in unknown.stderr
    assert "Traceback" not in missing.stderr + unknown.stderr
    bare = run()
    assert bare.returncode == 0 and "用法：zhoubao" in bare.stdout
    assert run("--version").stdout.strip() == "zhoubao 0.1.0"
