"""rules/tables.py: a row is an item; numbers, headers and bookkeeping columns are not text."""

from __future__ import annotations

import pytest

from zhoubao_cli.content import Table
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.tables import HEADER, INDEX, OTHER, SIGN_OFF, table_lines

UNITS = {"东城区": "东城区", "东城区科技局": "东城区", "西城区": "西城区", "南城区": "南城区"}


def unit_of(text: str) -> str | None:
    return next((unit for name, unit in UNITS.items() if name in text), None)


def lines(rows: list[list[str | None]]) -> tuple[list[str], Trace]:
    trace = Trace()
    return [line for line in table_lines(Table(rows), unit_of, trace) if line], trace


def test_header_index_and_office_columns_are_not_printed() -> None:
    got, trace = lines(
        [
            ["序号", "工作动态", "责任科室", "完成时间"],
            ["1", "召开科技政策培训会", "政策科", "2月3日"],
            ["2", "2月5日，走访企业5家", "成果科", "2月5日"],
        ]
    )
    assert got == ["2月3日，召开科技政策培训会", "2月5日，走访企业5家"]
    reasons = {d.reason for d in trace.dropped}
    assert HEADER in reasons and INDEX in reasons and f"{OTHER}（责任科室）" in reasons


def test_a_row_number_is_never_glued_to_a_date() -> None:
    got, _ = lines([["1", "2月3日，召开推进会。"], ["2", "2月4日，走访企业。"]])
    assert got == ["2月3日，召开推进会。", "2月4日，走访企业。"]


def test_cells_of_one_row_are_joined_with_a_comma() -> None:
    got, _ = lines([["2月3日", "召开推进会"], ["2月4日", "走访企业"]])
    assert got == ["2月3日，召开推进会", "2月4日，走访企业"]


def test_a_combined_table_puts_each_row_under_its_unit() -> None:
    got, _ = lines(
        [
            ["单位", "工作动态"],
            ["东城区科技局", "2月3日，召开推进会。"],
            ["西城区", "2月4日，走访企业。"],
            [None, "2月5日，组织培训。"],  # the unit cell merged with the one above
            ["合计", "3条"],
        ]
    )
    assert got == [
        "【东城区】2月3日，召开推进会。",
        "【西城区】2月4日，走访企业。",
        "【西城区】2月5日，组织培训。",
    ]


def test_a_unit_column_without_a_header_is_found() -> None:
    got, _ = lines([["东城区", "2月3日，召开推进会。"], ["南城区", "无"]])
    assert got == ["【东城区】2月3日，召开推进会。", "【南城区】无"]


def test_a_form_is_read_by_its_labels() -> None:
    got, trace = lines(
        [
            ["报送单位", "东城区科技局"],
            ["工作动态", "2月3日，召开推进会。"],
            ["联系人", "王芳 13805318888"],
        ]
    )
    assert got == ["【东城区】", "2月3日，召开推进会。"]
    assert "13805318888" in trace.dropped[0].text


def test_a_title_row_and_a_signature_row() -> None:
    got, trace = lines(
        [
            ["东城区工作动态", "东城区工作动态"],
            ["2月3日", "召开推进会"],
            ["联系人", "赵敏", "联系电话", "13698765432"],
        ]
    )
    assert got == ["东城区工作动态", "2月3日，召开推进会"]
    assert any("13698765432" in d.text for d in trace.dropped)


def test_a_one_column_table_is_its_lines() -> None:
    got, _ = lines([["2月3日，召开推进会。\n会议要求加快进度。"]])
    assert got == ["2月3日，召开推进会。", "会议要求加快进度。"]


@pytest.mark.parametrize(
    "row",
    [
        ["东城区科技局", "2026年2月26日"],
        ["", "东城区科技局", "", "2026年2月26日"],
        ["2026-02-26"],
        ["北城区经济发展局", "二〇二六年二月二十六日"],
    ],
)
def test_a_letterhead_or_signature_row_of_organisation_and_date_goes(row: list[str]) -> None:
    got, trace = lines([["2月3日，召开推进会。"], row])
    assert got == ["2月3日，召开推进会。"]
    assert [d.reason for d in trace.dropped] == [SIGN_OFF]


def test_a_row_with_a_date_and_news_stays() -> None:
    got, trace = lines([["东城区", "2026年2月26日", "召开推进会"]])
    assert got == ["【东城区】2026年2月26日，召开推进会"]
    assert trace.dropped == []


def test_plan_problem_and_remark_columns_are_not_printed() -> None:
    got, trace = lines(
        [
            ["序号", "本周工作", "下周计划", "存在问题", "备注"],
            ["1", "2月2日，组织企业参加路演活动。", "2月9日，召开工作会议。", "无", "以此为准"],
        ]
    )
    assert got == ["2月2日，组织企业参加路演活动。"]
    reasons = {d.reason for d in trace.dropped}
    assert "“下周计划”部分（周报只刊本周工作动态）" in reasons
    assert "“存在问题”部分（周报只刊本周工作动态）" in reasons
    assert f"{OTHER}（备注）" in reasons


def test_a_photo_grid_is_not_a_unit_column() -> None:
    got, _ = lines([["图1 东城区科技特派员下乡服务", "图2 科技特派员田间指导"]])
    assert got == ["图1 东城区科技特派员下乡服务，图2 科技特派员田间指导"]  # captions go next


@pytest.mark.parametrize(
    ("header", "row", "dropped"),
    [
        (
            ["序号", "时间", "工作内容", "责任科室", "责任人", "备注"],
            ["1", "2月3日", "召开科技政策培训会，企业30家参加", "政策科", "王倩", "无"],
            ["责任科室", "责任人", "备注"],
        ),
        (
            ["序号", "工作事项", "完成时间", "进展情况"],
            ["1", "召开科技政策培训会，企业30家参加", "2月3日", "已完成"],
            ["进展情况"],
        ),
        (
            ["编号", "工作内容", "责任单位", "完成时限", "完成情况"],
            ["一", "召开科技政策培训会，企业30家参加", "成果转化科", "2月3日", "持续推进"],
            ["责任单位", "完成情况"],
        ),
        (
            ["序号", "日期", "工作内容", "进展", "责任人", "备注"],
            ["1", "2月3日", "召开科技政策培训会，企业30家参加", "推进中", "赵敏", "请审核"],
            ["进展", "责任人", "备注"],
        ),
    ],
)
def test_extra_columns_go_and_the_date_comes_first(
    header: list[str], row: list[str], dropped: list[str]
) -> None:
    got, trace = lines([header, row])
    assert got == ["2月3日，召开科技政策培训会，企业30家参加"]
    reasons = {d.reason for d in trace.dropped}
    assert HEADER in reasons
    for label in dropped:
        assert f"{OTHER}（{label}）" in reasons


def test_a_progress_column_alone_is_the_work() -> None:
    got, _ = lines([["序号", "时间", "工作进展"], ["1", "2月3日", "召开推进会，企业30家参加"]])
    assert got == ["2月3日，召开推进会，企业30家参加"]


def test_a_responsible_unit_column_of_units_is_the_unit_column() -> None:
    got, _ = lines(
        [
            ["责任单位", "工作动态"],
            ["东城区", "2月3日，召开推进会。"],
            ["西城区", "2月4日，走访企业。"],
        ]
    )
    assert got == ["【东城区】2月3日，召开推进会。", "【西城区】2月4日，走访企业。"]
