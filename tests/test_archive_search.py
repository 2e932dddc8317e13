"""search: printed items by words, unit (aliases and former names) and year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive_year import OLD_NAME, make_year
from conftest import Cli


def search_json(cli: Cli, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli("search", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_matching_item_with_issue_and_date(issue18: Cli) -> None:
    result = search_json(issue18, "研发", "投入")
    units = [hit["unit"] for hit in result["hits"]]
    assert units == ["市中区", "市中区", "槐荫区", "天桥区", "钢城区"]
    for hit in result["hits"]:
        assert (hit["number"], hit["date"]) == (18, "2026-01-30")
        assert {hit["text"][a:b] for a, b in hit["spans"]} == {"研发", "投入"}
    # One item each, not the unit's whole paragraph.
    assert result["hits"][1]["text"].startswith("对接省电力公司")


def test_lead_and_key_work_items_are_searched(issue18: Cli) -> None:
    hits = search_json(issue18, "opc")["hits"]  # Latin letters in any case
    assert [(h["section"], h["unit"]) for h in hits] == [("重点工作动态", None)]
    assert [h["section"] for h in search_json(issue18, "谢堃")["hits"]] == ["导语"]


def test_unit_by_alias(issue18: Cli) -> None:
    hits = search_json(issue18, "研发", "--unit", "槐荫")["hits"]
    assert [h["unit"] for h in hits] == ["槐荫区"]
    assert search_json(issue18, "OPC", "--unit", "历下区")["hits"] == []


def test_terminal_output(issue18: Cli) -> None:
    result = issue18("search", "脑机接口")
    assert result.exit_code == 0
    assert "第18期（2026年1月30日）【历下区】" in result.output
    assert "共 1 条，见于 1 期" in result.output
    none = issue18("search", "量子计算机")
    assert none.exit_code == 0
    assert "没有找到包含“量子计算机”的条目" in none.output


@pytest.fixture
def year(tmp_path: Path) -> Cli:
    make_year(tmp_path / "year")
    return Cli(tmp_path / "year")


def test_former_names_and_printed_text(year: Cli) -> None:
    for name in ("起步区", OLD_NAME):
        hits = search_json(year, "座谈会", "--unit", name)["hits"]
        assert [h["number"] for h in hits] == [1, 2, 3, 4, 5, 6]
        assert {h["unit"] for h in hits} == {"起步区"}
    # Issue 3's printed text cut one of 历下区's two items: the printed one is what is found.
    hits = search_json(year, "座谈会", "--unit", "历下区")["hits"]
    assert [h["number"] for h in hits] == [1, 1, 2, 2, 3, 4, 4, 5, 5, 6, 6]


def test_year_and_unknown_unit(year: Cli) -> None:
    assert search_json(year, "座谈会", "--year", "2025")["issues_searched"] == 0
    assert len(search_json(year, "座谈会", "--year", "2026", "--unit", "先行区")["hits"]) == 1
    unknown = year("search", "座谈会", "--unit", "历夏区")
    assert unknown.exit_code == 2
    assert "历夏区" in unknown.output and "“历下区”" in unknown.output
    empty = year("search", " ")
    assert empty.exit_code == 2


@pytest.mark.parametrize(
    ("command", "value"), [("search", "0"), ("search", "10000"), ("volume", "12")]
)
def test_a_year_out_of_range_is_refused_in_words(year: Cli, command: str, value: str) -> None:
    args = ["座谈会", "--year", value] if command == "search" else [value]
    result = year(command, *args)
    assert result.exit_code == 2
    assert f"年份“{value}”不对" in result.output
    assert "内部错误" not in result.output and "Traceback" not in result.output
