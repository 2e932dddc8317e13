"""rules/remarks.py: words to the editor go, listed; news around them stays."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.remarks import REMARK, drop_remarks, is_remark


def run(line: str) -> tuple[str, Trace]:
    trace = Trace()
    return drop_remarks(line, trace), trace


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
        "稍后补充照片",
        "2张现场照片稍后单独发老师邮箱。",  # a figure, but said to the editor
        "以上内容请老师酌情采用，收到请回复，谢谢！",
        "不好意思，上一版有误请删除，以此为准。",
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
        (
            "老师好，附件发不过去直接贴这里：2月3日，召开推进会。",
            "2月3日，召开推进会。",
            "老师好，",
        ),
        (
            "2月4日，签订合同，金额300万元。（稿子有点长，老师看着删减）",
            "2月4日，签订合同，金额300万元。",
            "（稿子有点长，老师看着删减）",
        ),
        (
            "2月3日，召开培育工作会。【备注：企业数已与统计科核实】",
            "2月3日，召开培育工作会。",
            "【备注：企业数已与统计科核实】",
        ),
        (
            "2月5日，新增孵化企业2家。以此为准，之前发的那版作废",
            "2月5日，新增孵化企业2家。",
            "以此为准，之前发的那版作废",
        ),
    ],
)
def test_a_remark_sentence_around_news_goes_and_the_news_stays(
    line: str, news: str, remark: str
) -> None:
    kept, trace = run(line)
    assert kept == news
    assert remark in [d.text for d in trace.dropped]


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
        "发错了，我区本期无，上面那条是上期的，请忽略",
        "东城区：",
        "东城区科技局：",
        "会议要求：",
        "2月5日，组织50名中小学老师参加科普培训。",
        "2月3日，发布申报指南，企业申报以2月5日公示名单为准。",
        "（二）科技人才服务",
    ],
)
def test_news_and_headings_stay(line: str) -> None:
    kept, trace = run(line)
    assert kept == line
    assert trace.dropped == []


def test_a_long_sentence_is_never_a_remark() -> None:
    assert not is_remark("不好意思" + "召开会议部署工作" * 5)


def test_taking_an_item_out_is_remembered_for_collect() -> None:
    kept, trace = run("第二条删掉，座谈会改期了")
    assert kept == ""
    assert trace.withdrawn_items == {2: "第二条删掉，座谈会改期了"}


def test_a_change_asked_of_another_file_is_a_warning() -> None:
    kept, trace = run("麻烦用这个，汇总表里那条下周的活动删掉了")
    assert kept == ""
    assert trace.warnings and "汇总表里那条" in trace.warnings[0]
