"""rules/mail.py: a pasted mail's headers, the mail a reply quotes and every address go; the
unit's own text (above a reply, inside a forward) stays."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.mail import ADDRESS, HEADER, QUOTED_MAIL, MailPaste

NEWS = "2月3日，组织12家企业参加科技型中小企业评价培训，现场指导企业完成线上注册。"
NEWS2 = "2月4日，赴企业调研氢冶金中试项目建设进展，协调解决问题2项。"
CALL = "各区县：请于2月5日（周四）12:00前报送本周工作动态。"

OUTLOOK = [
    "-----Original Message-----",
    "From: gcqkjj <gcqkjj@126.com>",
    "Sent: Wednesday, February 4, 2026 10:02 AM",
    "To: zhoubao <jnkjzb@126.com>",
    "Subject: 钢城区第19期周报信息",
]
FOXMAIL = [
    "发件人：莱芜区科技局<lwqkjj2026@163.com>",
    "发送时间：2026年2月4日 9:15",
    "收件人：市科技局周报<jnkjzb@126.com>",
    "主题：莱芜区第19期工作动态",
]
QQ_REPLY = [
    "------------------ 原始邮件 ------------------",
    '发件人: "市科技局周报"<jnkjzb@126.com>;',
    "发送时间: 2026年2月2日(星期一) 上午9:30",
    '收件人: "平阴县科技局"<2871234567@qq.com>;',
    "主题: 关于报送第19期周报稿件的通知",
]
GMAIL_FORWARD = [
    "---------- Forwarded message ---------",
    "发件人： 王芳 <wangfang@example.com>",
    "Date: 2026年2月4日周三 上午10:12",
    "Subject: 动态",
    "To: <zb@example.com>",
]
TRADITIONAL = ["寄件者: 科技局 <a@b.cn>", "日期: 2026年2月4日", "收件者: zb@c.cn", "主旨: 第19期"]


def run(lines: list[str]) -> tuple[list[str], Trace]:
    rule = MailPaste(lines)
    trace = Trace()
    kept = []
    for index, line in enumerate(lines):
        trace.at = index
        kept.append(rule(line, trace))
    return [line for line in kept if line.strip()], trace


@pytest.mark.parametrize("headers", [OUTLOOK, FOXMAIL, TRADITIONAL, GMAIL_FORWARD])
def test_headers_above_the_news_go_and_the_news_stays(headers: list[str]) -> None:
    kept, trace = run([*headers, "", NEWS, NEWS2])
    assert kept == [NEWS, NEWS2]
    assert {d.reason for d in trace.dropped} == {HEADER}


def test_headers_run_together_on_one_line_go() -> None:
    line = "发件人：莱芜区科技局<lwqkjj2026@163.com>发送时间：2026年2月4日9:15收件人：市科技局周报"
    kept, _ = run([line, NEWS])
    assert kept == [NEWS]


@pytest.mark.parametrize(
    "rule",
    [
        QQ_REPLY,
        OUTLOOK,
        ['在 2026年2月2日 09:30，"市科技局周报"<jnkjzb@126.com> 写道：'],
        ["On Mon, Feb 2, 2026 at 9:30 AM 市科技局 <jnkjzb@126.com> wrote:"],
    ],
)
def test_a_reply_keeps_the_unit_s_text_and_drops_the_mail_it_quotes(rule: list[str]) -> None:
    kept, trace = run([NEWS, NEWS2, "", *rule, "", CALL, "文件请命名为“区县名-第19期动态”。"])
    assert kept == [NEWS, NEWS2]
    assert CALL in [d.text for d in trace.dropped if d.reason == QUOTED_MAIL]


def test_the_call_below_headers_goes_when_nothing_is_above() -> None:
    kept, _ = run([*QQ_REPLY, "", "各区县：", "请于2月5日前报送本周工作动态。", "", NEWS])
    assert kept == [NEWS]


def test_a_forwarded_mail_is_the_unit_s_own_text() -> None:
    kept, _ = run(["转发给您，请查收我们本周的动态材料。", *GMAIL_FORWARD, "", NEWS, NEWS2])
    assert kept == ["转发给您，请查收我们本周的动态材料。", NEWS, NEWS2]


def test_an_address_anywhere_goes() -> None:
    kept, trace = run([NEWS, "稿件请发至 jnkjzb@126.com 谢谢"])
    assert kept == [NEWS, "稿件请发至谢谢"]
    assert [d.reason for d in trace.dropped] == [ADDRESS]


@pytest.mark.parametrize(
    "lines",
    [
        # Hard negatives: news with words of a header, alone, is news.
        ["主题：科技赋能乡村振兴", "2月3日，举办主题沙龙活动，参加企业20家。"],
        ["时间：2月3日", "地点：区政务中心", "2月3日，召开会议，签约项目5个。"],
        ["2月3日，走访企业收件人员服务中心，了解发送时间较长的问题。"],
        [NEWS, "2月4日，发布通知，请各企业于3月1日前提交申报材料。"],
    ],
)
def test_news_that_looks_like_a_mail_stays(lines: list[str]) -> None:
    kept, trace = run(lines)
    assert kept == lines
    assert trace.dropped == []


def test_headers_with_blank_lines_between_them_as_a_word_file_gives() -> None:
    lines = [x for header in OUTLOOK for x in (header, "")]
    kept, _ = run([*lines, NEWS, "", NEWS2])
    assert kept == [NEWS, NEWS2]


def test_dated_news_below_a_quoted_mail_is_never_lost() -> None:
    kept, _ = run(["收到，报送如下，请查收本周材料。", *QQ_REPLY, CALL, NEWS])
    assert NEWS in kept
    assert CALL not in kept


def test_a_chat_sender_line_is_not_the_unit_s_own_text_above_headers() -> None:
    kept, _ = run(["历下区科技局-王芳 2026-02-04 10:15", *FOXMAIL, NEWS, NEWS2])
    assert kept[-2:] == [NEWS, NEWS2]
