"""Recognising units and sections, and cutting a file's lines into paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.collect.blocks import Block, split_blocks
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.items import layout_of
from zhoubao_cli.units import Recogniser, Target

CONFIG = parse_config(default_config_text())
R = Recogniser(CONFIG)
UNITS = Target("units", None).section


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("高新区-第19期动态", "济南高新区"),
        ("历城区(2)", "历城区"),
        ("长清区工业信息化和科技局 报送材料", "长清区"),
        ("济南新旧动能转换起步区", "起步区"),
        ("商河", "商河县"),
        ("历下区科技局", "历下区"),
    ],
)
def test_unit_from_file_name(name: str, unit: str) -> None:
    assert R.target(name) == Target(UNITS, unit)


def test_section_from_file_name() -> None:
    assert R.target("重点工作动态") == Target("key_work")
    assert R.target("编辑部-导语") == Target("lead")
    assert R.target("新建文本文档") is None


@pytest.mark.parametrize("unit", CONFIG.unit_names())
def test_one_character_typo_finds_its_unit(unit: str) -> None:
    for i in range(len(unit)):
        typo = unit[:i] + "夏" + unit[i + 1 :]
        if R.target(typo) is None:
            assert unit in R.suggest(typo + "-第19期"), typo


@given(
    st.sampled_from(CONFIG.units),
    st.sampled_from(["", "-第19期", "科技工作动态", " 报送材料", "(2)"]),
)
def test_every_alias_is_recognised(unit, tail: str) -> None:  # type: ignore[no-untyped-def]
    for name in (unit.name, *unit.aliases):
        assert R.target(name + tail) == Target(UNITS, unit.name)


def blocks(
    lines: list[str], default: Target | None = None, trace: Trace | None = None
) -> list[Block]:
    return split_blocks(lines, default, R, layout_of(lines), trace or Trace())


def paragraphs(
    lines: list[str], default: Target | None = None
) -> list[tuple[Target | None, list[str]]]:
    return [(b.target, b.paragraphs) for b in blocks(lines, default)]


def test_wrapped_lines_are_joined_without_spaces() -> None:
    lines = [
        "1月25日，举办山东省大众创新创业研究院签约落地暨黄台大众",
        "创新创业中心揭牌仪式。",
        "1月27日，赴市委军民融合办，与融通地产山东公司开展对接",
        "交流。",
    ]
    assert paragraphs(lines, Target(UNITS, "天桥区")) == [
        (
            Target(UNITS, "天桥区"),
            [
                "1月25日，举办山东省大众创新创业研究院签约落地暨黄台大众创新创业中心揭牌仪式。",
                "1月27日，赴市委军民融合办，与融通地产山东公司开展对接交流。",
            ],
        )
    ]


def test_list_markers_start_items_and_are_removed() -> None:
    lines = [
        "★ 第一项工作",
        "◆第二项",
        "1. 第三项",
        "2、第四项",
        "（一）第五项",
        "一、第六项",
        "- 第七项",
        "① 第八项",
    ]
    (block,) = blocks(lines, Target("key_work"))
    assert block.paragraphs == [
        "第一项工作",
        "第二项",
        "第三项",
        "第四项",
        "第五项",
        "第六项",
        "第七项",
        "第八项",
    ]


def test_decimal_number_is_not_a_marker() -> None:
    (block,) = blocks(["1.06亿元资金到位。"], Target(UNITS, "历下区"))
    assert block.paragraphs == ["1.06亿元资金到位。"]


def test_headings_name_units_and_cut_blocks() -> None:
    lines = [
        "【历下区】1月30日，召开座谈会。",
        "# 市中区",
        "1月26日，调研企业。",
        "单位：莱芜区科技局",
        "本周审核贷款。",
    ]
    assert paragraphs(lines) == [
        (Target(UNITS, "历下区"), ["1月30日，召开座谈会。"]),
        (Target(UNITS, "市中区"), ["1月26日，调研企业。"]),
        (Target(UNITS, "莱芜区"), ["本周审核贷款。"]),
    ]


def test_title_lines_are_dropped_and_reported() -> None:
    trace = Trace()
    (block,) = blocks(["济阳区科技工作动态", "第19期周报材料", "赴企业走访调研。"], None, trace)
    assert block.target == Target(UNITS, "济阳区")
    assert block.paragraphs == ["赴企业走访调研。"]
    assert [d.text for d in trace.dropped] == ["济阳区科技工作动态", "第19期周报材料"]


def test_unit_name_inside_content_is_not_a_heading() -> None:
    lines = [
        "组织科技联络员工作专班，赴山东大学材料学院、齐鲁工业大学",
        "长清校区开展对接交流活动。",
    ]
    (block,) = blocks(lines, Target(UNITS, "章丘区"))
    assert block.paragraphs == [
        "组织科技联络员工作专班，赴山东大学材料学院、齐鲁工业大学长清校区开展对接交流活动。"
    ]


def test_latin_words_joined_with_a_space() -> None:
    (block,) = blocks(["布局 OPC", "new track 赛道。"], Target(UNITS, "历下区"))
    assert block.paragraphs == ["布局 OPC new track 赛道。"]


def test_numbered_titles_are_titles_and_numbered_items_stay() -> None:
    lines = [
        "一、本周工作动态",
        "1. 召开工作总结会",
        "2. 走访企业五家，",
        "了解需求。",
        "二、下步工作计划",
        "组织专题培训。",
    ]
    trace = Trace()
    (block,) = blocks(lines, Target(UNITS, "历下区"), trace)
    assert block.paragraphs == ["召开工作总结会", "走访企业五家，了解需求。"]
    assert [d.text for d in trace.dropped] == [
        "一、本周工作动态",
        "二、下步工作计划",
        "组织专题培训。",
    ]
    assert trace.dropped[-1].reason == "“下步工作计划”部分（周报只刊本周工作动态）"


NEWS = ["2月3日，召开科技金融对接会。", "2月4日，走访企业5家。"]


@pytest.mark.parametrize(
    ("part", "lines"),
    [
        ("下周工作计划", ["二、下周工作计划", "1.3月3日，举办路演活动。", "2.做好申报辅导。"]),
        ("下步工作计划", ["下步工作计划：", "做好申报辅导。"]),
        ("下一步打算", ["（三）下一步打算", "继续做好企业服务。"]),
        ("下周工作安排", ["【下周工作安排】", "3月3日，举办路演活动。"]),
        ("下步工作计划", ["下步工作计划：做好高企申报辅导。"]),
        ("存在问题", ["3. 存在问题：企业融资难，研发投入不足。"]),
        ("存在的问题", ["四、存在的问题", "部分企业研发投入不足。"]),
        ("意见建议", ["意见建议：", "建议市里加大支持力度。"]),
        ("存在的困难和问题", ["二、存在的困难和问题", "部分企业研发投入偏低。"]),
        ("下一步工作打算", ["三、下一步工作打算", "2月16日前，完成绩效评价。"]),
        ("下周", ["下周：", "2月12日，召开科技工作会议。"]),
        ("存在问题", ["【存在问题】", "区内科技型企业数量偏少。"]),
    ],
)
def test_parts_that_are_not_news_are_left_out_and_listed(part: str, lines: list[str]) -> None:
    trace = Trace()
    (block,) = blocks(["一、本周工作动态", *NEWS, *lines], Target(UNITS, "历下区"), trace)
    assert block.paragraphs == NEWS
    reason = f"“{part}”部分（周报只刊本周工作动态）"
    assert [d.text for d in trace.dropped if d.reason == reason] == lines


def test_news_after_a_plan_part_is_kept() -> None:
    lines = [
        "【历下区】",
        *NEWS,
        "下步工作计划：",
        "做好申报辅导。",
        "【市中区】",
        "2月5日，调研企业。",
    ]
    trace = Trace()
    first, second = blocks(lines, None, trace)
    assert (first.target.unit, first.paragraphs) == ("历下区", NEWS)  # type: ignore[union-attr]
    assert (second.target.unit, second.paragraphs) == ("市中区", ["2月5日，调研企业。"])  # type: ignore[union-attr]


def test_numbered_unit_headings_cut_blocks() -> None:
    lines = ["（一）历下区", "1月30日，召开座谈会。", "（二）市中区", "1月26日，调研企业。"]
    assert paragraphs(lines) == [
        (Target(UNITS, "历下区"), ["1月30日，召开座谈会。"]),
        (Target(UNITS, "市中区"), ["1月26日，调研企业。"]),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["【本周工作】", *NEWS],
        ["本周：", *NEWS],
        ["本周工作", *NEWS],
        ["（一）科技创新平台建设", NEWS[0], "（二）科技人才服务", NEWS[1]],
        ["一、工作开展情况", "（一）科技金融对接", NEWS[0], "（二）企业走访", NEWS[1]],
    ],
)
def test_sub_titles_of_a_units_report_are_not_items(lines: list[str]) -> None:
    trace = Trace()
    (block,) = blocks(lines, Target(UNITS, "历下区"), trace)
    assert block.paragraphs == NEWS
    assert block.unknown_heading is None


def test_a_news_label_before_the_first_item_goes_and_the_item_stays() -> None:
    trace = Trace()
    (block,) = blocks(["本周工作动态：" + NEWS[0], NEWS[1]], Target(UNITS, "历下区"), trace)
    assert block.paragraphs == NEWS
    assert [d.text for d in trace.dropped] == ["本周工作动态："]


def test_a_chinese_numbered_act_is_still_an_item() -> None:
    (block,) = blocks(["一、召开工作总结会", "二、走访企业五家"], Target(UNITS, "历下区"))
    assert block.paragraphs == ["召开工作总结会", "走访企业五家"]
