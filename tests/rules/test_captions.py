"""rules/captions.py: the words under a photo go, wherever the unit pasted them."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.captions import CAPTION, drop_captions


def run(line: str) -> tuple[str, Trace]:
    trace = Trace()
    return drop_captions(line, trace), trace


@pytest.mark.parametrize(
    "line",
    [
        "图为对接活动现场",
        "图为签约仪式现场。",
        "（图为活动现场）",
        "图1：座谈会现场",
        "上图为揭牌仪式",
        "附图：",
        "【图片说明】企业负责人发言",
        "图2 科技特派员田间指导",
        "▲走访企业现场",
        "对接活动现场",
        "摄影：王磊",
        "（图片来源：区融媒体中心）",
    ],
)
def test_a_caption_line_goes(line: str) -> None:
    kept, trace = run(line)
    assert kept == ""
    assert [d.reason for d in trace.dropped] == [CAPTION]


@pytest.mark.parametrize(
    ("line", "kept", "caption"),
    [
        (
            "2月3日，签订合作协议5项；图为对接活动现场；2月4日，完成项目申报。",
            "2月3日，签订合作协议5项；2月4日，完成项目申报。",
            "图为对接活动现场",
        ),
        (
            "2月3日，举行揭牌仪式（图为揭牌现场）。",
            "2月3日，举行揭牌仪式。",
            "（图为揭牌现场）",
        ),
        ("2月3日，举行揭牌仪式。图为揭牌现场。", "2月3日，举行揭牌仪式。", "图为揭牌现场"),
        (
            "2月3日，签订合作协议。（摄影：王磊）；2月5日，提供咨询服务40余次。",
            "2月3日，签订合作协议。2月5日，提供咨询服务40余次。",
            "（摄影：王磊）",
        ),
    ],
)
def test_a_caption_inside_news_goes_and_the_news_stays(line: str, kept: str, caption: str) -> None:
    got, trace = run(line)
    assert got == kept
    assert [d.text for d in trace.dropped] == [caption]


@pytest.mark.parametrize(
    "line",
    [
        "图书馆新增科普图书2000册。",
        "2月3日，召开蓝图为主题的研讨会。",
        "2月3日，发布产业地图。",
        "图片社开业。",
        "2月3日，召开现场会。",
        "2月3日，举办摄影展，展出作品120幅。",
    ],
)
def test_news_that_speaks_of_pictures_stays(line: str) -> None:
    kept, trace = run(line)
    assert kept == line
    assert trace.dropped == []
