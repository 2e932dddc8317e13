"""rules/nil_reply.py: a reply of nothing is known in its usual wordings, and only then."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.nil_reply import drop_empty_field, is_nil_reply


@pytest.mark.parametrize(
    "text",
    [
        "无",
        "无。",
        "本周无",
        "无动态",
        "本周无工作动态。",
        "本周暂无相关工作",
        "暂无",
        "没有",
        "本周无新增动态！",
        "我区本周无工作动态",
        "东城区：无",
        "东城区本周无动态",
        "无可报送内容",
        "本周没有需要报送的信息",
        "本周暂无工作动态，特此说明。",
        # An aside first: why there is nothing, or that the last file was wrong.
        "受春节假期影响，本期无工作动态报送。",
        "受春节假期影响本期无工作动态",
        "因春节放假，我区本周无动态",
        "因春节放假本周无动态",
        "春节期间无动态。",
        "发错了，东城区本期无动态",
        "不好意思，本周无。",
        "东城区：受假期影响，本周暂无工作动态。",
        "因集中参加区两会，本周暂无工作动态，下周一并报送。",
        "老师好，东城区本周暂无动态，特此说明，谢谢！",
        "领导好，因近期人员调整，本周暂无可报送的信息，望理解。",
        "本周无。（区里这几天忙于迎检，抱歉）",
        "东城区：因筹备全市科技工作会议，暂无动态报送，抱歉",
        "发错了，我区本期无，上面那条是上期的，请忽略",
    ],
)
def test_nil_replies(text: str) -> None:
    assert is_nil_reply(text, unit_names=("东城区",))


@pytest.mark.parametrize(
    "text",
    [
        "无锡市考察团来访。",
        "本周无人机产业园开工。",
        "无偿提供检测服务20次。",
        "本周完成无动态的企业摸排。",
        "受春节影响，2月3日召开的会议延期。",
        "由于本周开展了大量工作",
        "因企业需求无法满足，调整方案。",
    ],
)
def test_content_that_starts_like_one_is_not(text: str) -> None:
    assert not is_nil_reply(text)


def test_the_editors_own_phrase() -> None:
    assert not is_nil_reply("此周空缺")
    assert is_nil_reply("此周空缺。", phrases=["此周空缺"])


@pytest.mark.parametrize(
    "line",
    [
        "存在问题：无",
        "下步工作计划：暂无。",
        "需协调解决的问题：无",
        "二、存在问题：无",
        "3.意见建议：暂无",
        "（四）需协调解决的问题：没有。",
    ],
)
def test_an_empty_form_field_goes(line: str) -> None:
    trace = Trace()
    assert drop_empty_field(line, trace) == ""
    assert trace.dropped


def test_a_unit_answering_nothing_is_not_a_form_field() -> None:
    assert drop_empty_field("东城区：无。", Trace()) == "东城区：无。"


def test_a_last_message_that_takes_back_the_rest() -> None:
    from zhoubao_cli.rules.nil_reply import withdraws_the_rest

    assert withdraws_the_rest("发错了，我区本期无，上面那条是上期的，请忽略")
    assert not withdraws_the_rest("本周无动态。")  # nothing is taken back: a plain reply
    assert not withdraws_the_rest("发错了，2月3日召开的是推进会。")


@pytest.mark.parametrize(
    "cause",
    [
        "因人员调整",
        "受春节假期影响",
        "因疫情防控和安全生产检查任务较重",
        "由于近期集中开展安全生产大检查、信访维稳工作",
    ],
)
@pytest.mark.parametrize("nil", ["本周无。", "本期暂无工作动态报送。", "我区本周无动态"])
def test_a_reason_first_then_nothing(cause: str, nil: str) -> None:
    assert is_nil_reply(f"{cause}，{nil}", unit_names=("东城区",))


@pytest.mark.parametrize(
    "text",
    ["零报告", "零报告。", "零报送", "本周零报告", "东城区：零报告", "暂无", "无。", "本周无。"],
)
def test_the_official_one_word_forms(text: str) -> None:
    assert is_nil_reply(text, unit_names=("东城区",))


@pytest.mark.parametrize(
    "lead",
    [
        "现将我局第19期周报有关情况报告如下：",
        "济南市科技局：现将有关情况说明如下：",
        "现将本周工作动态报送情况说明如下，",
    ],
)
def test_a_letter_s_lead_before_nothing(lead: str) -> None:
    assert is_nil_reply(f"{lead}本周无工作动态。")


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: news after a lead or a cause, and 零 in news.
        "现将本周工作动态报送如下：2月3日，召开会议，签约5项。",
        "因疫情防控需要，2月3日的对接会改为线上举行。",
        "实现安全生产零事故。",
        "零碳园区建设推进会召开。",
    ],
)
def test_news_after_a_lead_or_a_cause_is_not_nothing(text: str) -> None:
    assert not is_nil_reply(text)


def test_a_withdrawal_that_went_as_a_dropped_line() -> None:
    from zhoubao_cli.content import Drop
    from zhoubao_cli.rules.nil_reply import withdrawn_by_a_dropped_line

    drops = [Drop("上面这条是上期的，发错了，请忽略。", "remark", 3)]
    assert withdrawn_by_a_dropped_line(drops, 2, 4)
    assert not withdrawn_by_a_dropped_line(drops, 4, 6)  # before the earlier text: not about it
    assert not withdrawn_by_a_dropped_line([Drop("谢谢", "remark", 3)], 2, 4)


@pytest.mark.parametrize(
    "text",
    [
        "根据贵局通知要求，我局认真梳理了本周工作，本周无工作动态。",
        "经认真梳理，我局本周暂无可报送的工作动态。",
        "因我局人员调整，第19期暂无工作动态报送。",
        "因人员调整，本周无动态，下周补上。",
        "本周我区无动态，零报告。",
    ],
)
def test_a_letter_s_words_around_nothing(text: str) -> None:
    assert is_nil_reply(text)


@pytest.mark.parametrize(
    "text", ["经认真梳理，2月3日召开会议，签约5项。", "根据市局要求，2月3日组织企业申报。"]
)
def test_news_after_a_letter_s_words_is_not_nothing(text: str) -> None:
    assert not is_nil_reply(text)
