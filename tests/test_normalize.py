"""Punctuation and spacing rules, by example and as properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.normalize import normalise
from zhoubao_cli.textrules import as_items_paragraph


@pytest.mark.parametrize(
    ("raw", "mended"),
    [
        ("1 月 29 日，组织培训", "1月29日，组织培训。"),
        ("布局 OPC 新赛道,抢占制高点", "布局OPC新赛道，抢占制高点。"),
        ("芯慧微电子(山东)有限公司座谈交流。", "芯慧微电子（山东）有限公司座谈交流。"),
        ('完成合资公司"济南晶谷"预核名。', "完成合资公司“济南晶谷”预核名。"),
        ("说明:12:00前报送;", "说明：12:00前报送。"),
        ("申请总金额达 1.06 亿元", "申请总金额达1.06亿元。"),
        ("审核3笔贷款820万元", "审核3笔贷款820万元。"),
        ("提升质效，", "提升质效。"),
        ("走访\x07企业", "走访企业。"),
        ("效果如何?", "效果如何？"),
        ("已完成!", "已完成！"),
        ("OPC, AI agents", "OPC, AI agents"),
    ],
)
def test_examples(raw: str, mended: str) -> None:
    assert normalise(raw).text == mended


def test_changes_are_counted() -> None:
    result = normalise("1 月 29 日,组织(专题)培训")
    assert result.changes == {
        "删除多余空格": 3,
        "半角标点改为全角": 1,
        "半角括号改为全角": 1,
        "句末补句号": 1,
    }


def test_unpaired_quote_is_flagged_not_guessed() -> None:
    result = normalise('他说"开始。')
    assert result.unpaired_quotes
    assert '"' in result.text


def test_items_joined_with_semicolons() -> None:
    assert as_items_paragraph(["甲。", "乙。", "丙。"]) == "甲；乙；丙。"
    assert as_items_paragraph(["甲？", "乙。"]) == "甲？乙。"


chinese_text = st.text(
    alphabet=st.sampled_from(
        list("科技局调研企业培训平台，。；：、（）“”")
        + list(',;:()?!" 1234567890.ABCxyz')
        + ["月", "日", "\u3000"]
    ),
    min_size=1,
    max_size=60,
)


@given(chinese_text)
def test_idempotent(text: str) -> None:
    once = normalise(text).text
    assert normalise(once).text == once


@given(chinese_text)
def test_never_loses_a_word(text: str) -> None:
    """Every Chinese character, letter and digit survives, in order (a date written 1.1 or 1/1
    becomes 1月1日: the words of a date's shape are added, none is lost)."""

    def words(s: str) -> str:
        return re.sub(r"[^\w]|_|[年月日]", "", s)

    assert words(normalise(text).text) == words(text)


@given(
    st.from_regex(r"[A-Za-z]{1,8}( [A-Za-z]{1,8}){0,3}(, [0-9]{1,3}\.[0-9]{1,2})?", fullmatch=True)
)
def test_latin_text_untouched(text: str) -> None:
    assert normalise(text).text == text
