"""zhoubao.toml: the default is our bulletin; mistakes name the key and the line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, Cli
from zhoubao_cli.config import default_config_text, locate_key, parse_config
from zhoubao_cli.errors import ConfigError


def test_default_config_is_the_published_bulletin() -> None:
    config = parse_config(default_config_text())
    assert config.title == "市科技局创新创业工作周报"
    assert config.issuer == "济南市科学技术局"
    assert [s.heading for s in config.sections] == ["", "【重点工作动态】", "【区县工作动态】"]
    assert config.unit_names() == [
        "济南高新区",
        "历下区",
        "市中区",
        "槐荫区",
        "天桥区",
        "历城区",
        "长清区",
        "章丘区",
        "济阳区",
        "莱芜区",
        "钢城区",
        "平阴县",
        "商河县",
        "起步区",
    ]
    assert [f"{d.label}：{d.text}" for d in config.end_block.distribution] == [
        "报：局主要负责同志、领导班子成员",
        "送：机关各处室、局属各单位",
        "发：各区县（功能区）科技管理部门",
    ]
    assert config.end_block.staff == [
        "编辑：陈静 赵文超　校对：姬扬",
        "审核：蒋旭光 陈萍　联系电话：51708855",
    ]
    assert config.publication_weekday == 5
    assert config.fonts.body == "仿宋_GB2312"


def test_no_name_of_ours_in_the_code() -> None:
    """Another bureau adapts zhoubao by editing zhoubao.toml alone."""
    ours = ["济南", "科学技术局", "创新创业", "历下", "高新区", "陈静", "51708855"]
    for path in (ROOT / "src" / "zhoubao_cli").rglob("*.py"):
        text = path.read_text("utf-8")
        for name in ours:
            assert name not in text, f"{path.name} mentions {name}"


def _write_config(cli: Cli, edit: str, replacement: str) -> None:
    text = default_config_text()
    assert edit in text
    (cli.folder / "zhoubao.toml").write_text(text.replace(edit, replacement, 1), "utf-8")


def _line_of(text: str, needle: str, nth: int = 1) -> int:
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[nth - 1]


def test_unknown_key_names_key_and_line(cli: Cli) -> None:
    _write_config(cli, 'issuer = "', 'isuer_typo = "x"\nissuer = "')
    result = cli("new", "19")
    assert result.exit_code == 2
    line = _line_of((cli.folder / "zhoubao.toml").read_text("utf-8"), "isuer_typo")
    assert f"第 {line} 行 isuer_typo：未知的键" in result.output
    assert "Traceback" not in result.output
    assert not (cli.folder / "issues").exists()


def test_duplicate_unit_names_unit_and_line(cli: Cli) -> None:
    _write_config(cli, 'name = "市中区"', 'name = "历下区"')
    result = cli("new", "19")
    assert result.exit_code == 2
    text = (cli.folder / "zhoubao.toml").read_text("utf-8")
    line = _line_of(text, 'name = "历下区"', 2)
    assert f"第 {line} 行 units：单位“历下区”列了两次" in result.output


def test_bad_type_names_key_and_line(cli: Cli) -> None:
    _write_config(cli, "max_file_mb = 10", 'max_file_mb = "很大"')
    result = cli("new", "19")
    assert result.exit_code == 2
    text = (cli.folder / "zhoubao.toml").read_text("utf-8")
    assert f"第 {_line_of(text, 'max_file_mb')} 行 limits.max_file_mb：应为数字" in result.output


def test_toml_syntax_error_names_line(cli: Cli) -> None:
    _write_config(cli, 'title = "市科技局创新创业工作周报"', 'title = "市科技局创新创业工作周报')
    result = cli("new", "19")
    assert result.exit_code == 2
    assert "不是合法的 TOML" in result.output
    assert re.search(r"第 \d+ 行", result.output)


def test_bad_config_in_other_commands(cli: Cli) -> None:
    cli("new", "19", "--date", "2026-02-06")
    _write_config(cli, "publication_weekday = 5", "publication_weekday = 9")
    result = cli("status")
    assert result.exit_code == 2
    assert "publication_weekday" in result.output


@pytest.mark.parametrize(
    ("loc", "needle"),
    [
        (("title",), 'title = "'),
        (("units", 2, "aliases"), 'aliases = ["市中"'),
        (("limits", "max_paragraph_chars"), "max_paragraph_chars"),
        (("fonts", "body"), 'body = "仿宋_GB2312"'),
    ],
)
def test_locate_key(loc: tuple[object, ...], needle: str) -> None:
    text = default_config_text()
    assert locate_key(text, loc) == _line_of(text, needle)  # type: ignore[arg-type]


def test_config_other_bureau(tmp_path: Path) -> None:
    text = default_config_text().replace("市科技局创新创业工作周报", "区工信局工作简报")
    assert parse_config(text).title == "区工信局工作简报"
    with pytest.raises(ConfigError):
        parse_config(text.replace('kind = "lead"', 'kind = "preface"'))
