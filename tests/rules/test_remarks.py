"""rules/remarks.py: words to the editor go, listed; news around them stays."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.remarks import CLOSING, REMARK, SALUTATION, is_remark, make_drop_remarks

UNITS = {"东城区": "东城区", "东城区科技局": "东城区"}


def unit_of(text: str) -> str | None:
    return next((unit for name, unit in UNITS.items() if name in text), None)


def run(line: str) -> tuple[str, Trace]:
    trace = Trace()
    return make_drop_remarks(unit_of)(line, trace), trace


@pytest.mark.parametrize(
    "line",
    [
        "不好意思今天才报，麻烦老师了",
        "麻烦用这个，汇总表里那条下周的活动删掉了",
        "抱歉，刚才发的有误，以此为准",
        "以这版为准",
        "附件太大发不过去，直接贴这里",
        "文件打不开的话跟我说",
        "稍等，马上发",
        "来晚了，不好意思！",
        "更正一下",
        "请老师审阅！",
        "sorry 发错群了",
    ],
)
def test_a_remark_alone_goes(line: str) -> None:
    kept, trace = run(line)
    assert kept == ""
    assert [d.reason for d in trace.dropped] == [REMARK] * len(trace.dropped)
    assert "".join(d.text for d in trace.dropped).replace(" ", "") == line.replace(" ", "")


@pytest.mark.parametrize(
    ("line", "news", "remark"),
    [
        (
            "2月11日，召开科技特派员座谈会，选派特派员42名。不好意思今天才报，麻烦老师了。",
            "2月11日，召开科技特派员座谈会，选派特派员42名。",
            "不好意思今天才报，麻烦老师了。",
        ),
        (
            "更正一下！2月4日，走访企业5家。",
            "2月4日，走访企业5家。",
            "更正一下！",
        ),
        (
            "【东城区】2月4日，走访企业5家。以此为准~",
            "【东城区】2月4日，走访企业5家。",
            "以此为准~",
        ),
    ],
)
def test_a_remark_sentence_around_news_goes_and_the_news_stays(
    line: str, news: str, remark: str
) -> None:
    kept, trace = run(line)
    assert kept == news
    assert [d.text for d in trace.dropped] == [remark]


@pytest.mark.parametrize(
    "line",
    [
        "2月4日，组织企业重新报送申报材料。",
        "2月4日，帮助企业解决融资麻烦3项。",
        "推广应用最新技术成果。",
        "指导企业利用这个平台对接需求。",
        "会议要求各单位用好用足政策。",
        "受春节影响，部分项目进度晚了一周。",  # a figure: news
        "发错了，东城区本期无动态",  # a reply of nothing with an aside: nil_reply reads it
        "不好意思，本周无。",
        "东城区：",
        "东城区科技局：",
        "会议要求：",
    ],
)
def test_news_and_headings_stay(line: str) -> None:
    kept, trace = run(line)
    assert kept == line
    assert trace.dropped == []


@pytest.mark.parametrize(
    "line",
    [
        "市科技局：",
        "尊敬的市科技局领导：",
        "北城市科学技术局：",
        "各位领导：",
        "李老师：",
        "市委办公室：",
    ],
)
def test_the_addressee_of_a_letter_goes(line: str) -> None:
    kept, trace = run(line)
    assert kept == ""
    assert [d.reason for d in trace.dropped] == [SALUTATION]


@pytest.mark.parametrize(
    "line", ["特此函告。", "特此报告", "妥否，请批示。", "当否，请指示", "以上报告，请审阅。"]
)
def test_the_closing_formula_of_a_letter_goes(line: str) -> None:
    kept, trace = run(line)
    assert kept == ""
    assert [d.reason for d in trace.dropped] == [CLOSING]


def test_a_long_sentence_is_never_a_remark() -> None:
    assert not is_remark("不好意思" + "召开会议部署工作" * 5)
