"""rules/items.py: a line continues the previous one only on evidence that it was cut."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.collect.blocks import split_blocks
from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.items import continues, layout_of, strip_marker
from zhoubao_cli.units import Recogniser, Target

RECOGNISER = Recogniser(parse_config(default_config_text()))
UNIT = Target("units", "历下区")


def items(lines: list[str]) -> list[str]:
    (block,) = split_blocks(lines, UNIT, RECOGNISER, layout_of(lines), Trace())
    return block.paragraphs


def test_a_list_typed_without_stops_stays_a_list() -> None:
    lines = [
        "2月2日，召开科技创新工作推进会",
        "完成3家企业研发费用加计扣除辅导",
        "组织12家企业申报科技型中小企业",
    ]
    assert items(lines) == lines


def test_lines_cut_at_one_width_are_joined() -> None:
    lines = [
        "2月3日，举办山东省大众创新创业研究院成果发布会，通过集聚高端创新资",
        "源、搭建全链条服务体系，加速科技成果就地转化，为全区高质量发展持续",
        "注入创新动能。",
        "2月5日，赴市委军民融合办，与融通地产山东公司开展对接交流。",
    ]
    assert items(lines) == [
        "2月3日，举办山东省大众创新创业研究院成果发布会，通过集聚高端创新资源、搭建全链条服务体系，"
        "加速科技成果就地转化，为全区高质量发展持续注入创新动能。",
        "2月5日，赴市委军民融合办，与融通地产山东公司开展对接交流。",
    ]


def test_a_cut_sentence_then_a_list_in_one_file() -> None:
    lines = [
        "2月2日，赴山东莱威新材料有限公司开展招商引资对接，双方围绕高性能",
        "复合材料中试项目落地达成初步合作意向，计划年内完成项目备案。",
        "审核科技成果转化风险补偿贷款5笔1750万元",
        "完成2家省级新型研发机构绩效评价材料初审",
    ]
    assert items(lines)[1:] == lines[2:]
    assert items(lines)[0].endswith("项目备案。")


def test_binding_words_and_punctuation_carry_on() -> None:
    layout = layout_of([])
    assert continues("召开科技政策专题培训会，组织", "30余家企业参加", layout)
    assert continues("聚焦研发投入、", "科技活动等统计", layout)
    assert continues("项目将于", "2月9日开工", layout)  # a date after 于 is its object
    assert continues("总金额达1.06", "亿元", layout)
    assert not continues("召开推进会，", "2月3日，走访企业", layout)  # a date starts an item
    assert not continues("召开推进会。", "会议要求", layout)


def test_markers_go_and_dates_after_them_stay() -> None:
    assert strip_marker("1、2月2日，召开会议") == ("2月2日，召开会议", True)
    assert strip_marker("（2）2月3日，走访") == ("2月3日，走访", True)
    assert strip_marker("2.2月4日，调研") == ("2月4日，调研", True)
    assert strip_marker("①2月5日，培训") == ("2月5日，培训", True)
    assert strip_marker("1.06亿元资金到位") == ("1.06亿元资金到位", False)
    assert strip_marker("3.5万元奖补") == ("3.5万元奖补", False)


words = st.text(alphabet="科技调研企平台召开会议组织推进创新成果转化的和", min_size=1, max_size=25)
ends = st.sampled_from(["", "，", "。", "；", "、"])
starts = st.sampled_from(["", "2月3日，", "1、", "★", "近日，"])


@given(
    st.lists(
        st.one_of(st.tuples(starts, words, ends), st.just(("", "", ""))), min_size=1, max_size=25
    )
)
def test_joining_loses_and_repeats_nothing(parts: list[tuple[str, str, str]]) -> None:
    lines = ["".join(part) for part in parts]
    kept = "".join(items(lines)) if any(lines) else ""
    written = "".join(s + w for s, w, _ in parts).replace("★", "").replace("1、", "")
    assert sorted(c for c in kept if "\u4e00" <= c <= "\u9fff") == sorted(
        c for c in written if "\u4e00" <= c <= "\u9fff"
    )


def test_word_paragraphs_join_only_when_the_text_says_so() -> None:
    """A new Word paragraph (a blank line here) is an item unless the sentence was plainly cut."""
    lines = [
        "2月5日，深化与齐鲁工业大学产学研合作，围绕玫瑰产业技术攻关达成合作意向",
        "",
        "审核3笔科技成果转化风险补偿贷款820万元",
        "",
        "2月2日，对接省电力公司研发投入情况，扎实做好区域研发投入和",
        "",
        "科技统计工作。",
    ]
    assert items(lines) == [
        lines[0],
        lines[2],
        "2月2日，对接省电力公司研发投入情况，扎实做好区域研发投入和科技统计工作。",
    ]


clause = st.text(
    alphabet="科技调研企业平台召开会议组织推进创新成果转化服务", min_size=4, max_size=12
)


@given(st.lists(clause, min_size=3, max_size=8), st.integers(min_value=18, max_value=40))
def test_prose_cut_at_any_width_is_one_item_again(clauses: list[str], width: int) -> None:
    """One sentence of running prose, hard-wrapped at a width as a mail or PDF copy does it."""
    prose = "2月3日，" + "，".join(clauses) + "。"
    lines = [prose[i : i + width] for i in range(0, len(prose), width)]
    if len(lines) < 4:  # fewer than three full lines: no width to learn
        return
    assert items(lines) == [prose]
