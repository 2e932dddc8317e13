"""rules/contact.py: signature and contact lines go; no mobile number reaches the bulletin."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.contact import CONTACT, MOBILE, drop_contact, is_contact_label


@pytest.mark.parametrize(
    "line",
    [
        "联系人：王芳  电话：13805318888",
        "报送人：李娜",
        "联系电话：0531-88886666",
        "手机：138 0531 8888",
        "审核人：张伟 签发人：王强",
        "邮箱：dcq@163.com",
        "（联系人：王芳，电话：13805318888）",
        "联系人 王芳 13805318888",
        "王芳 13805318888",
        "0531-88886666",
        "电话 0531-88886666",
        "联 系 人：张倩",
        "手　　机：18653112345",
        "签发：王强",
        "报送时间：2026年2月5日",
        "E-mail: dcq@example.com",
    ],
)
def test_contact_lines_go(line: str) -> None:
    trace = Trace()
    assert drop_contact(line, trace) == ""
    assert trace.dropped[0].reason == CONTACT


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("落地见效。联系人：王芳，电话：13805318888", "落地见效。"),
        ("1月28日，召开会议（联系人：王芳 13805318888）。", "1月28日，召开会议。"),
    ],
)
def test_a_contact_clause_at_the_end_goes(line: str, kept: str) -> None:
    trace = Trace()
    assert drop_contact(line, trace) == kept
    assert trace.dropped[0].reason == CONTACT


@pytest.mark.parametrize(
    "line",
    [
        "审核5笔科技成果转化风险补偿贷款1750万元。",
        "审核 5 笔贷款",
        "市民可拨打服务电话：12345咨询。",
        "建立企业联系人制度，服务电话0531-12345。",
    ],
)
def test_content_stays(line: str) -> None:
    trace = Trace()
    assert drop_contact(line, trace) == line.strip()
    assert trace.dropped == []


def test_a_mobile_number_left_in_a_sentence_is_cut_out_with_a_warning() -> None:
    trace = Trace()
    assert (
        drop_contact("2月3日，开通企业服务专线13805318888。", trace) == "2月3日，开通企业服务专线。"
    )
    assert trace.dropped[0].reason == MOBILE
    assert "13805318888" in trace.warnings[0]


@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(["", " ", "-"]),
    st.sampled_from(["召开推进会，", "2月3日，走访企业", "请联系"]),
)
def test_no_mobile_number_survives(number: str, gap: str, text: str) -> None:
    spaced = number[:3] + gap + number[3:7] + gap + number[7:]
    trace = Trace()
    kept = drop_contact(f"{text}{spaced}。", trace)
    assert number not in kept.replace(" ", "").replace("-", "")


def test_contact_labels_as_tables_write_them() -> None:
    assert is_contact_label("联系人")
    assert is_contact_label("联 系 电 话：")
    assert not is_contact_label("工作动态")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "2月25日，召开培训会，40余家企业参加，有疑问的企业可联系区科技局马科长（13953100000）咨询。",
            "2月25日，召开培训会，40余家企业参加。",
        ),
        ("2月25日，举办政策宣讲会，如有需要，请致电0531-88886666。", "2月25日，举办政策宣讲会。"),
        ("2月25日，发布申报指南，详情可咨询区科技局高新科张老师。", "2月25日，发布申报指南。"),
        (
            "2月25日，启动申报，有意向的企业可联系高新科王主任；2月26日，召开座谈会。",
            "2月25日，启动申报；2月26日，召开座谈会。",
        ),
        ("2月3日，服务窗口正式启用，咨询电话：0531-86651234。", "2月3日，服务窗口正式启用。"),
        ("2月3日，发布报名通知，报名联系人：赵倩，13912345678。", "2月3日，发布报名通知。"),
        (
            "2月3日，举办对接会，有意向的企业可联系高新科李主任，联系电话0531-76221234，"
            "邮箱ab@163.com；2月4日，审核贷款3笔。",
            "2月3日，举办对接会；2月4日，审核贷款3笔。",
        ),
        (
            "2月3日，举办路演活动，报名咨询请联系科技经济部张科长（0531-88871235）。",
            "2月3日，举办路演活动。",
        ),
    ],
)
def test_a_clause_saying_whom_to_call_goes_and_the_news_stays(line: str, kept: str) -> None:
    trace = Trace()
    assert drop_contact(line, trace) == kept
    assert {d.reason for d in trace.dropped} == {CONTACT}
    assert trace.warnings == []  # the number went with its clause: nothing left to look at


@pytest.mark.parametrize(
    "line",
    [
        "2月25日，指导企业加强与高校联系，咨询专家意见。",
        "2月25日，组织企业联系对接山东大学专家5名。",
        "2月25日，开通政策咨询热线，企业可随时咨询。",
        "2月2日，服务站开通咨询热线，本周受理技术咨询18次。",
        "2月3日，建立校企联系机制，一企一联系人。",
    ],
)
def test_news_about_contacts_and_advice_stays(line: str) -> None:
    trace = Trace()
    assert drop_contact(line, trace) == line
    assert trace.dropped == []


NEWS = "2月3日，审核科技成果转化风险补偿贷款2笔，金额共计600万元"


@pytest.mark.parametrize(
    "call",
    [
        "有问题请与县科技局李娜联系。",
        "如有疑问，请联系王芳。",
        "如有疑问请联系区科技局王科长，电话0531-88886666。",
        "有意向的企业可联系区科技局成果转化科。",
        "请与区科技局联系。",
        "具体事宜请与市中区科技局联系。",
        "若有不明之处，欢迎致电区科技局。",
        "如需了解详情，可咨询区科技局。",
    ],
)
@pytest.mark.parametrize("where", ["alone", "after"])
def test_a_sentence_of_whom_to_call_goes_whole(call: str, where: str) -> None:
    trace = Trace()
    if where == "alone":
        assert drop_contact(call, trace) == ""
    else:
        assert drop_contact(f"{NEWS}；{call}", trace) == f"{NEWS}。"
    assert trace.dropped
    assert {d.reason for d in trace.dropped} == {CONTACT}


@pytest.mark.parametrize(
    "line",
    [
        # Hard negatives: news about getting in touch, with figures or a date.
        "2月3日，与山东大学联系对接，签约5项。",
        "有意向企业12家参加对接，现场咨询50余人次。",
        "请各企业于3月1日前与区科技局联系报名。",
        "建立企业联系人制度，服务企业30家。",
        "2月4日，组织专家上门咨询服务，解决技术难题6项。",
    ],
)
def test_news_about_contact_stays(line: str) -> None:
    trace = Trace()
    assert drop_contact(line, trace) == line
    assert trace.dropped == []


@pytest.mark.parametrize(
    "block",
    [
        ["联系人：", "王芳", "0531-88886666"],
        ["联系人", "王芳 13805318888"],
        ["联 系 人：", "李娜（科长）"],
        ["联系方式：", "张伟  0531-66668888"],
    ],
)
def test_a_contact_block_over_lines_goes(block: list[str]) -> None:
    from zhoubao_cli.rules.contact import ContactLines

    lines = [f"{NEWS}。", "", *block]
    rule = ContactLines(lines)
    trace = Trace()
    kept = []
    for index, line in enumerate(lines):
        trace.at = index
        kept.append(rule(line, trace))
    assert [line for line in kept if line.strip()] == [f"{NEWS}。"]


def test_a_name_alone_without_a_label_above_stays() -> None:
    from zhoubao_cli.rules.contact import ContactLines

    lines = ["一、科技创新", "王芳"]
    rule = ContactLines(lines)
    trace = Trace()
    trace.at = 1
    assert rule("王芳", trace) == "王芳"
