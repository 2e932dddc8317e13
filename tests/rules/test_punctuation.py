"""rules/punctuation.py, spacing.py, quotes.py, sentence_end.py: one paragraph, written right."""

from __future__ import annotations

import pytest

from zhoubao_cli.normalize import normalise
from zhoubao_cli.rules.quotes import unbalanced


@pytest.mark.parametrize(
    ("raw", "mended"),
    [
        ("芯慧微电子(山东）有限公司", "芯慧微电子（山东）有限公司。"),
        ("（省科学院)产学研合作", "（省科学院）产学研合作。"),
        ("召开会议.会议要求落实到位", "召开会议。会议要求落实到位。"),
        ("完成1.06亿元.", "完成1.06亿元。"),
        ("完成投资（共计156万元）.", "完成投资（共计156万元）。"),
        ("发布“双十条”.", "发布“双十条”。"),
        ("上线 v1.2.", "上线v1.2."),
        ("平台上线OPC.ai", "平台上线OPC.ai。"),
        ("持续推进...", "持续推进……"),
        ("持续推进。。。", "持续推进……"),
        ("持续推进…", "持续推进……"),
        ("布局 OPC 新赛道", "布局OPC新赛道。"),
        ("OPC new track", "OPC new track"),
        ("比分3:2", "比分3:2。"),
        ('他说"加快"', "他说“加快”。"),
    ],
)
def test_a_paragraph_is_mended(raw: str, mended: str) -> None:
    assert normalise(raw).text == mended


@pytest.mark.parametrize(
    ("text", "straight", "found"),
    [
        ("召开“双招双引”推进会。", False, []),
        ("召开“双招双引推进会。", False, ["引号"]),
        ("召开双招双引”推进会。", False, ["引号"]),
        ("他说“加快”。", True, ["引号"]),
        ("芯慧微电子（山东有限公司。", False, ["括号"]),
        ("印发《济南市科技创新促进条例。", False, ["书名号"]),
        ("印发《条例（试行）》，“三个一”。", False, []),
        ("“（《", False, ["引号", "括号", "书名号"]),
    ],
)
def test_marks_without_their_partner_are_found(text: str, straight: bool, found: list[str]) -> None:
    assert unbalanced(text, straight) == found
