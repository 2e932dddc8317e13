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


@pytest.mark.parametrize(
    "line",
    [
        "▲2月3日，区科技局走访企业",
        "▲ 座谈会",
        "△企业负责人介绍研发情况",
        "照片由区融媒体中心提供",
        "（照片由区融媒体中心提供）",
        "图片由区科技局拍摄。",
        "现场照片",
        "现场照片：",
        "活动照片",
        "附图1",
        "附图2：",
        "（图片）",
        "[图片]",
        "【图片】",
        "图1",
        "照片",
        "（附照片3张）",
        "照片附后",
        "图片附后。",
        "图片来源：区科技局",
        "摄影：王磊",
        "图为2月3日对接会现场",
    ],
)
def test_every_form_of_caption_alone_goes(line: str) -> None:
    kept, trace = run(line)
    assert kept == ""
    assert [d.reason for d in trace.dropped] == [CAPTION]


NEWS = "2月3日，召开科技成果转化对接会，签约项目5个"


@pytest.mark.parametrize(
    ("caption", "written"),
    [
        ("（图片）", "（图片）"),
        ("[图片]", "[图片]"),
        ("【图片】", "【图片】"),
        ("（照片由区融媒体中心提供）", "（照片由区融媒体中心提供）"),
        ("（附图1）", "（附图1）"),
    ],
)
def test_a_caption_in_brackets_at_an_item_s_end_goes(caption: str, written: str) -> None:
    for line in (f"{NEWS}。{caption}", f"{NEWS}{caption}。"):
        kept, trace = run(line)
        assert kept == f"{NEWS}。"
        assert [d.text for d in trace.dropped] == [written]


def test_a_caption_between_two_items_goes() -> None:
    kept, trace = run(f"{NEWS}；附图1：会议现场；2月4日，赴企业调研。")
    assert kept == f"{NEWS}；2月4日，赴企业调研。"
    assert [d.text for d in trace.dropped] == ["附图1：会议现场"]


@pytest.mark.parametrize(
    "line",
    [
        # Hard negatives: news of pictures and photographs, and a ▲ item of news.
        "2月3日，举办图片展，展出照片200余张。",
        "2月3日，组织企业参加图书馆建设座谈。",
        "▲2月3日，组织召开全区高新技术企业培育工作推进会，为入库的56家企业逐一建立培育台账，现场签约项目5个。",
        "图片展",
        "2月3日，开展（图片展）活动。",
        "完成航拍照片处理1200幅，图斑核查300个。",
    ],
)
def test_news_of_pictures_stays(line: str) -> None:
    kept, trace = run(line)
    assert kept == line
    assert trace.dropped == []


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (f"{NEWS}。照片由区科技局提供，如需原图请联系我们。", f"{NEWS}。"),
        (f"{NEWS}。（活动照片见附件，共4张）", f"{NEWS}。"),
        (f"{NEWS}；相关照片已发邮箱；2月4日，赴企业调研。", f"{NEWS}；2月4日，赴企业调研。"),
        ("现场照片稍后另发。", ""),
        ("图片共3张，请查收。", ""),
    ],
)
def test_a_sentence_about_the_photos_goes(line: str, kept: str) -> None:
    assert run(line)[0] == kept


@pytest.mark.parametrize(
    "line", ["图片展吸引市民300余人。", "照片展览于2月3日开幕。", "相片冲印店开业"]
)
def test_news_that_starts_with_a_photo_word_stays(line: str) -> None:
    assert run(line)[0] == line
