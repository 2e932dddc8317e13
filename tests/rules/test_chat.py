"""rules/chat.py: chat furniture goes and is listed; the message stays; a sender's unit heads it."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.chat import PLACEHOLDER, SENDER, SMALL_TALK, SYSTEM, ChatPaste

UNITS = {"东城区科技局": "东城区", "东城区": "东城区", "西城区": "西城区"}


def unit_of(text: str) -> str | None:
    return next((unit for name, unit in UNITS.items() if name in text), None)


def run(lines: list[str]) -> tuple[list[str], Trace]:
    trace = Trace()
    chat = ChatPaste(unit_of, lines)
    return [chat(line, trace) for line in lines], trace


@pytest.mark.parametrize(
    "line",
    [
        "张三 10:23",  # WeChat
        "王晓明 2026/2/5 09:12:08",  # WeChat PC, several messages
        "孙浩  02-05 16:20",  # 钉钉
        "李娜(东城区科技局) 2026-02-05 15:32:10",  # 企业微信
        "[2026-02-05 09:12] 张三:",
        "2026-02-05 9:12:08 周倩(1827364590)",  # QQ's message manager
        "上午 10:23",
        "昨天 15:32",
        "—— 2026-02-05 ——",
        "张三撤回了一条消息",
        "消息分组：我的群聊",
    ],
)
def test_sender_time_and_system_lines_go(line: str) -> None:
    (kept,), trace = run([line])
    assert kept in ("", "【东城区】")
    assert trace.dropped[0].reason in (SENDER, SYSTEM)


@pytest.mark.parametrize(
    "line",
    [
        "[图片]",
        "[文件] 东城区第19期.docx",
        "[语音]",
        "[强][抱拳]",
        "[动画表情]",
        "[视频号: 科技东城]",
    ],
)
def test_placeholders_alone_go(line: str) -> None:
    (kept,), trace = run([line])
    assert kept == ""
    assert trace.dropped[0].reason == PLACEHOLDER


def test_placeholder_inside_a_message_goes_and_the_message_stays() -> None:
    (kept,), trace = run(["2月3日，召开推进会[图片]，部署全年工作[强]。"])
    assert kept == "2月3日，召开推进会，部署全年工作。"
    assert [d.text for d in trace.dropped] == ["[图片]", "[强]"]


@pytest.mark.parametrize(
    "line",
    [
        "以上，请查收。",
        "请审阅",
        "请审核！",
        "收到",
        "好的，谢谢",
        "以上是我区本周工作动态，请查收，谢谢！",
        "各位领导好！",
        "王老师，您好！",
        "现将我区本周工作动态报送如下：",
    ],
)
def test_greetings_and_closers_go(line: str) -> None:
    (kept,), trace = run([line])
    assert kept == ""
    assert trace.dropped[0].reason == SMALL_TALK


@pytest.mark.parametrize(
    "line",
    [
        "以上工作有力推动了创新发展。",
        "会议于 10:30 召开",
        "1月28日 10:00，召开推进会",
        "目前：进展顺利",
        "审核5笔贷款",
        "收到企业申报材料12份。",
    ],
)
def test_content_that_looks_like_chat_stays(line: str) -> None:
    (kept,), trace = run([line])
    assert kept == line
    assert trace.dropped == []


def test_sender_prefix_goes_and_names_the_unit() -> None:
    (kept,), trace = run(["东城区科技局-李娜：1月28日，召开会议。"])
    assert kept == "【东城区】1月28日，召开会议。"
    assert trace.dropped[0].text == "东城区科技局-李娜："


def test_a_name_that_starts_several_lines_is_a_sender() -> None:
    lines = ["吴凡：2月4日，赴企业调研。", "吴凡：[图片]", "吴凡：请审核"]
    kept, trace = run(lines)
    assert kept == ["2月4日，赴企业调研。", "", ""]
    assert {d.reason for d in trace.dropped} == {SENDER, PLACEHOLDER, SMALL_TALK}


def test_a_label_once_is_not_a_sender() -> None:
    (kept,), _ = run(["目前：已完成选址。"])
    assert kept == "目前：已完成选址。"


def test_a_sender_from_a_unit_gives_its_heading() -> None:
    kept, _ = run(["李娜(西城区) 10:23", "2月3日，走访企业。"])
    assert kept == ["【西城区】", "2月3日，走访企业。"]


def test_a_sender_on_a_line_of_its_own() -> None:
    kept, trace = run(["东城区科技局-赵磊：", "2月4日，组织科技统计培训，30家企业参加[强][强]"])
    assert kept == ["【东城区】", "2月4日，组织科技统计培训，30家企业参加"]
    assert [d.text for d in trace.dropped] == ["东城区科技局-赵磊：", "[强]", "[强]"]


def test_a_name_alone_with_a_colon_is_a_sender_a_clause_is_not() -> None:
    kept, _ = run(["赵磊：", "2月4日，组织科技统计培训。", "会议要求：", "加快推进项目建设。"])
    assert kept == ["", "2月4日，组织科技统计培训。", "会议要求：", "加快推进项目建设。"]


def test_a_bracketed_note_before_a_colon_is_no_sender() -> None:
    (kept,), trace = run(["综合科（牵头）：完成年度考核材料汇总。"])
    assert kept == "综合科（牵头）：完成年度考核材料汇总。"
    assert trace.dropped == []


@pytest.mark.parametrize(
    "heading", ["西城区：", "章丘区：", "东城区科技局：", "综合科：", "高新区："]
)
def test_a_unit_or_office_alone_with_a_colon_is_a_heading_not_a_sender(heading: str) -> None:
    # 章 and 高 are surnames too: 章丘区： must not pass for a person called 章丘区.
    kept, trace = run([heading, "2月4日，组织科技统计培训。"])
    assert kept == [heading, "2月4日，组织科技统计培训。"]
    assert trace.dropped == []


def test_a_sender_and_time_on_two_lines_as_dingtalk_copies_them() -> None:
    lines = [
        "孙丽",
        "2026-02-05 10:15",
        "2月2日，完成基地设备选型。",
        "东城区科技局 刘波",
        "2026-02-05 10:16",
        "2月4日，组织企业参加培训。",
    ]
    kept, trace = run(lines)
    assert kept == [
        "",
        "",
        "2月2日，完成基地设备选型。",
        "【东城区】",
        "",
        "2月4日，组织企业参加培训。",
    ]
    assert [d.reason for d in trace.dropped] == [SENDER] * 4


def test_a_short_line_before_a_date_that_is_not_a_time_stays() -> None:
    kept, _trace = run(["王芳", "2月2日，完成基地设备选型。"])  # no time: not a sender line
    assert kept == ["王芳", "2月2日，完成基地设备选型。"]
