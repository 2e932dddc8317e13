"""rules/invisible.py, emoji.py, fullwidth.py: characters that do not belong in print."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.emoji import REASON, remove_emoji, warning
from zhoubao_cli.rules.fullwidth import to_half_width
from zhoubao_cli.rules.invisible import _FORMAT_CHARS, remove_control, remove_invisible


def test_the_format_class_is_every_cf_character() -> None:
    cf = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    ours = {chr(c) for c in range(sys.maxunicode + 1) if _FORMAT_CHARS.match(chr(c))}
    # The class follows Unicode 15; an older Python's tables know some of it as unassigned.
    assert all(unicodedata.category(c) == "Cn" for c in ours - cf)
    assert cf <= ours, sorted(f"U+{ord(c):04X}" for c in cf - ours)


@pytest.mark.parametrize(
    "char",
    [
        "\u200b",
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "\u2060",
        "\u2064",
        "\ufeff",
        "\u00ad",
        "\u202e",
    ],
)
def test_invisible_characters_go(char: str) -> None:
    trace = Trace()
    assert remove_invisible(f"1月{char}28日", trace) == "1月28日"
    assert sum(trace.changes.values()) == 1


def test_control_characters_go_but_tabs_stay() -> None:
    assert remove_control("走访\x07企业\x0b\t五家", Trace()) == "走访企业\t五家"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("好的👍", "好的"),
        ("完成🎉🎉任务", "完成任务"),
        ("🇨🇳国旗", "• 国旗"),
        ("1️⃣第一项", "• 第一项"),
        ("家庭👨‍👩‍👧活动", "家庭活动"),
        ("✅ 2月3日，召开会议", "• 2月3日，召开会议"),
        ("❤️感谢", "• 感谢"),
    ],
)
def test_emoji_go(line: str, kept: str) -> None:
    trace = Trace()
    assert remove_emoji(line, trace) == kept
    assert trace.dropped[0].reason == REASON
    assert warning(trace) is not None


@pytest.mark.parametrize(
    "line", ["★重点工作", "☆第二项", "● 列表", "◆ 列表", "©2026", "®商标", "A→B", "1.06亿元"]
)
def test_the_bulletins_own_marks_stay(line: str) -> None:
    trace = Trace()
    assert remove_emoji(line, trace) == line
    assert warning(trace) is None


@pytest.mark.parametrize(
    ("line", "half"),
    [
        ("２月３日", "2月3日"),
        ("ＯＰＣ新赛道", "OPC新赛道"),
        ("１．０６亿元", "1.06亿元"),
        ("1．06亿元", "1.06亿元"),
        ("２０２６／２／９", "2026/2/9"),
        ("上午９：３０", "上午9:30"),
        ("全角标点，。不动", "全角标点，。不动"),
    ],
)
def test_full_width_digits_and_letters(line: str, half: str) -> None:
    assert to_half_width(line, Trace()) == half
