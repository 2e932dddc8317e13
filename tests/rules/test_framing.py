"""rules/framing.py: the letter around the news goes, line by line and listed; headings stay."""

from __future__ import annotations

import pytest

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.framing import ATTACHMENTS, CLOSING, SALUTATION, SIGNATURE, LetterFrame

UNITS = {"东城区": "东城区", "东城区科技局": "东城区"}


def unit_of(text: str) -> str | None:
    return next((unit for name, unit in UNITS.items() if name in text), None)


def run(lines: list[str]) -> tuple[list[str], Trace]:
    trace = Trace()
    frame = LetterFrame(unit_of)
    return [frame(line, trace) for line in lines], trace


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
    (kept,), trace = run([line])
    assert kept == ""
    assert [d.reason for d in trace.dropped] == [SALUTATION]


@pytest.mark.parametrize(
    "line",
    [
        "特此函告。",
        "特此报告",
        "妥否，请批示。",
        "当否，请指示",
        "以上报告，请审阅。",
        "此致",
        "敬礼！",
    ],
)
def test_the_closing_formula_of_a_letter_goes(line: str) -> None:
    (kept,), trace = run([line])
    assert kept == ""
    assert [d.reason for d in trace.dropped] == [CLOSING]


@pytest.mark.parametrize(
    "line",
    [
        "东城区科技局（盖章）",
        "北城区经济发展局\t2026年2月5日",
        "东城区科技局　　2026年2月5日",
        "【落款】东城区科技局",
        "抄送：东城区人民政府办公室",
        "（此页无正文）",
        "东科函〔2026〕5号",
    ],
)
def test_the_signature_copy_line_and_document_number_go(line: str) -> None:
    (kept,), trace = run([line])
    assert kept == ""
    assert [d.reason for d in trace.dropped] == [SIGNATURE]


def test_an_attachment_list_goes_up_to_the_next_news() -> None:
    lines = ["附件：1.签约企业名单", "      2.活动现场照片", "", "2月5日，召开推进会。"]
    kept, trace = run(lines)
    assert kept == ["", "", "", "2月5日，召开推进会。"]
    assert [d.reason for d in trace.dropped] == [ATTACHMENTS, ATTACHMENTS]


@pytest.mark.parametrize(
    "line",
    [
        "东城区：",  # a unit's heading in a combined file
        "东城区科技局：",
        "会议要求：",
        "2月3日，发布《东城区科技局2026年工作要点》。",
        "2月3日，召开座谈会，特此向企业通报政策。",
        "1.2月3日，召开推进会。",  # a numbered item, not an attachment
    ],
)
def test_news_and_headings_stay(line: str) -> None:
    (kept,), trace = run([line])
    assert kept == line
    assert trace.dropped == []
