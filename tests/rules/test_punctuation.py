"""rules/punctuation.py, spacing.py, quotes.py, sentence_end.py: one paragraph, written right."""

from __future__ import annotations

import pytest

from zhoubao_cli.normalize import normalise


@pytest.mark.parametrize(
    ("raw", "mended"),
    [
        ("芯慧微电子(山东）有限公司", "芯慧微电子（山东）有限公司。"),
        ("（省科学院)产学研合作", "（省科学院）产学研合作。"),
        ("召开会议.会议要求落实到位", "召开会议。会议要求落实到位。"),
        ("完成1.06亿元.", "完成1.06亿元。"),
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
