"""rules/vocabulary.py: words to the editor get the reason of what they are, whichever rule
(chat, framing, remarks) drops them, and in whatever order the rules run."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from zhoubao_cli.rules import clean_lines, remarks
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.chat import ChatPaste
from zhoubao_cli.rules.framing import LetterFrame
from zhoubao_cli.rules.vocabulary import CLOSING, REMARK, SMALL_TALK, reason_for


def unit_of(text: str) -> str | None:
    return "东城区" if "东城区" in text else None


def _chat(line: str, trace: Trace) -> str:
    return ChatPaste(unit_of, [line])(line, trace)


def _frame(line: str, trace: Trace) -> str:
    return LetterFrame(unit_of)(line, trace)


RULES: dict[str, Callable[[str, Trace], str]] = {
    "chat": _chat,
    "framing": _frame,
    "remarks": remarks.drop_remarks,
}

FAMILIES = [
    # A letter's closing formula, though chat (以上…请审阅) and remarks know it too.
    (CLOSING, "以上报告，请审阅。"),
    (CLOSING, "以上，请审阅。"),
    (CLOSING, "特此报告。"),
    (CLOSING, "特此说明"),
    (CLOSING, "妥否，请批示。"),
    (CLOSING, "此致 敬礼"),
    # Greetings, courtesies and closers.
    (SMALL_TALK, "各位领导好！"),
    (SMALL_TALK, "王老师，您好！"),
    (SMALL_TALK, "大家好"),
    (SMALL_TALK, "以上，请查收。"),
    (SMALL_TALK, "请审核！"),
    (SMALL_TALK, "好的，谢谢"),
    (SMALL_TALK, "收到"),
    (SMALL_TALK, "以上是我区本周工作动态，请查收，谢谢！"),
    (SMALL_TALK, "现将我区本周工作动态报送如下："),
    # Words to the editor about the submission, or by name.
    (REMARK, "请老师审阅！"),
    (REMARK, "以上，请审阅，谢谢老师！"),
    (REMARK, "不好意思今天才报，麻烦老师了"),
    (REMARK, "以这版为准"),
    (REMARK, "稍后补充照片"),
    (REMARK, "附件太大发不过去，直接贴这里"),
]


@pytest.mark.parametrize(("reason", "line"), FAMILIES, ids=[line for _, line in FAMILIES])
def test_the_reason_is_what_the_line_is(reason: str, line: str) -> None:
    assert reason_for(line) == reason
    trace = Trace()
    cleaned = clean_lines([line], markdown_source=False, unit_of=unit_of, trace=trace).lines
    assert cleaned == [""]
    assert [d.reason for d in trace.dropped] == [reason]


@pytest.mark.parametrize(("reason", "line"), FAMILIES, ids=[line for _, line in FAMILIES])
def test_every_rule_that_drops_the_line_gives_the_same_reason(reason: str, line: str) -> None:
    droppers = []
    for name, rule in RULES.items():
        trace = Trace()
        if not rule(line, trace).strip():
            droppers.append(name)
            assert {d.reason for d in trace.dropped} == {reason}, name
    assert droppers  # some rule knows every phrase of the vocabulary


def test_a_closing_formula_is_known_to_three_rules_and_named_once() -> None:
    """以上报告，请审阅。 is a chat closer, a letter's end and a remark: 公文的结束语 for all."""
    for rule in RULES.values():
        trace = Trace()
        assert rule("以上报告，请审阅。", trace) == ""
        assert [d.reason for d in trace.dropped] == [CLOSING]


def test_a_greeting_before_the_news_is_small_talk_and_the_news_stays() -> None:
    trace = Trace()
    assert remarks.drop_remarks("老师好，2月3日，召开推进会。", trace) == "2月3日，召开推进会。"
    assert [(d.text, d.reason) for d in trace.dropped] == [("老师好，", SMALL_TALK)]


def test_a_rule_keeps_its_own_reason_for_what_is_not_in_the_vocabulary() -> None:
    assert reason_for("【备注：企业数已与统计科核实】") == REMARK
    assert reason_for("张三 10:23", "聊天记录的发送人和时间") == "聊天记录的发送人和时间"
