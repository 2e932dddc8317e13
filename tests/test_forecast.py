"""The page-fit forecast without LibreOffice: its line-breaking rules and what it says.

The rules were measured on LibreOffice 7.4 (test_layout.py checks whole issues against it);
these tests pin each rule down, and hypothesis checks what must hold for any text.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bulletins import CONFIG, built, generated, rows_of_text
from conftest import GOLDEN, Cli
from zhoubao_cli.model import Bulletin, UnitEntry
from zhoubao_cli.render.forecast import (
    HANGING,
    NO_LINE_END,
    NO_LINE_START,
    Metrics,
    break_lines,
    forecast_bulletin,
)
from zhoubao_cli.render.grid import Grid

GRID = Grid.of(CONFIG)
BODY = Metrics(320, GRID.char_spacing)
FIRST, FULL = GRID.type_width - 640, GRID.type_width  # the first line is indented 2 characters


def lines_of(text: str) -> list[str]:
    return break_lines(text, FIRST, FULL, BODY)


def test_the_grid_is_28_by_22_with_8_rows_of_masthead() -> None:
    assert (GRID.type_width, GRID.type_height, GRID.pitch) == (8845, 12756, 579)
    assert GRID.char_spacing == -5  # −0.25 pt: 28 × 15.75 pt fit 442.25 pt
    assert (GRID.rows_per_page, GRID.first_page_rows) == (22, 14)


def test_26_characters_on_the_first_line_then_28() -> None:
    text = "科" * 26 + "技" * 28 + "创" * 5
    assert [len(line) for line in lines_of(text)] == [26, 28, 5]


@pytest.mark.parametrize("mark", sorted(HANGING))
def test_a_comma_or_stop_that_does_not_fit_hangs_in_the_margin(mark: str) -> None:
    text = "科" * 26 + mark + "技" * 10
    assert lines_of(text)[0] == "科" * 26 + mark


@pytest.mark.parametrize("mark", ["）", "》", "”", "’", "】"])
def test_a_closing_bracket_takes_the_character_before_it_down(mark: str) -> None:
    text = "科" * 26 + mark + "技" * 10
    assert lines_of(text)[:2] == ["科" * 25, "科" + mark + "技" * 10]


@pytest.mark.parametrize("mark", ["（", "《", "“", "【"])
def test_an_opening_bracket_never_ends_a_line(mark: str) -> None:
    text = "科" * 25 + mark + "技" * 10
    assert lines_of(text)[0] == "科" * 25


def test_a_stop_and_a_closing_quote_go_down_together() -> None:
    """Only one character may hang: ，” at the end takes the character before them down."""
    assert lines_of("科" * 26 + "，”" + "技" * 5)[0] == "科" * 25


@pytest.mark.parametrize("word", ["OPC", "1.06", "2025", "5G"])
@pytest.mark.parametrize("before", [24, 25])
def test_latin_words_and_numbers_are_not_split(word: str, before: int) -> None:
    lines = lines_of("科" * before + word + "技" * 30)
    assert any(word in line for line in lines)


def test_a_closing_bracket_stays_with_the_number_after_it() -> None:
    """LibreOffice breaks neither before ） nor between ） and 2024."""
    assert lines_of("科" * 25 + "）2024" + "技" * 5)[0] == "科" * 24


def test_a_comma_may_end_a_line_before_a_number() -> None:
    assert lines_of("科" * 25 + "，2024" + "技" * 5)[0] == "科" * 25 + "，"


def test_digits_are_half_width_with_a_gap_beside_chinese() -> None:
    # 1月29日: two half-width runs, four gaps of a fifth of an em, so 25 characters fill the
    # first line where 26 Chinese characters would.
    text = "1月29日" + "科" * 40
    first = lines_of(text)[0]
    assert first.startswith("1月29日") and len(first) == 26


def test_dashes_stay_together() -> None:
    assert lines_of("科" * 25 + "——" + "技" * 5)[0] == "科" * 25


def test_issue_18_forecast_in_words() -> None:
    forecast = forecast_bulletin(_issue18(), CONFIG)
    assert forecast is not None
    assert forecast.page_rows == [14, 22, 22, 18]
    assert forecast.message() == (
        "预计 5 页；第 4 页还剩 4 行，报尾需 5 行，将单独占第 5 页——再删约 30 字（1 行）"
        "可排进 4 页。篇幅最长的单位：天桥区 9 行、章丘区 6 行、市中区 5 行。"
    )


def _issue18() -> Bulletin:
    """Issue 18 as the example inbox gives it, rebuilt from its golden text."""
    paragraphs = (GOLDEN / "issue18.txt").read_text("utf-8").split("\n\n")[3:-5]
    lead = [paragraphs[0]]
    items = [p.removeprefix("★") for p in paragraphs[2:5]]
    units = []
    for p in paragraphs[6:]:
        name, text = p[1:].split("】", 1)
        units.append(UnitEntry(unit=name, items=[text]))
    return built(lead, items, units)


def test_one_page_with_room_to_spare() -> None:
    forecast = forecast_bulletin(built([rows_of_text(3)]), CONFIG)
    assert forecast is not None
    assert (
        forecast.message() == "预计 1 页；报尾（5 行）排在第 1 页页底，上面还空 6 行（约 160 字）。"
    )
    assert forecast.rows_to_cut == 0


def test_two_pages_that_could_be_one() -> None:
    forecast = forecast_bulletin(built([rows_of_text(14), rows_of_text(3, start=500)]), CONFIG)
    assert forecast is not None
    assert (forecast.pages, forecast.end_alone, forecast.rows_to_cut) == (2, False, 8)
    assert forecast.message().endswith("——再删约 230 字（8 行）可排进 1 页。")


def test_without_an_end_block() -> None:
    config = CONFIG.model_copy(
        update={"end_block": CONFIG.end_block.model_copy(update={"distribution": [], "staff": []})}
    )
    forecast = forecast_bulletin(built([rows_of_text(3)]), config)
    assert forecast is not None and forecast.end_rows == 0
    assert forecast.message() == "预计 1 页；第 1 页还空 11 行（约 300 字）。"


def test_an_office_template_has_no_forecast() -> None:
    config = CONFIG.model_copy(update={"reference_docx": "本局模板.docx"})
    assert forecast_bulletin(built([rows_of_text(3)]), config) is None


def test_collect_status_and_render_say_it(issue18: Cli) -> None:
    line = "版面：预计 5 页；第 4 页还剩 4 行"
    assert line in issue18("status").output
    assert line in issue18("render", "--md").output
    data = json.loads(issue18("status", "--json").stdout)
    assert data["forecast"]["pages"] == 5 and data["forecast"]["end_block_alone"] is True
    assert data["forecast"]["longest_units"][0] == {"unit": "天桥区", "rows": 9, "chars": 230}
    assert data["files"]  # the report is all there too


# -- what holds for any text -----------------------------------------------------------------------

WORDS = ["科技", "创新", "研发投入", "平台", "成果转化", "OPC", "2026年", "1.06亿元", "5G", "——"]
MARKS = ["，", "。", "、", "；", "：", "？", "！"]
token = st.one_of(
    st.sampled_from(WORDS),
    st.builds(lambda w, m: w + m, st.sampled_from(WORDS), st.sampled_from(MARKS)),
    st.builds(lambda w: f"（{w}）", st.sampled_from(WORDS)),
    st.builds(lambda w: f"“{w}”", st.sampled_from(WORDS)),
    st.builds(lambda w: f"《{w}》", st.sampled_from(WORDS)),
)
paragraph = st.lists(token, min_size=1, max_size=60).map("".join)


@given(paragraph)
def test_lines_keep_every_character_in_order_within_the_width(text: str) -> None:
    lines = lines_of(text)
    assert "".join(lines) == text
    assert all(lines)
    for index, line in enumerate(lines):
        width = FIRST if index == 0 else FULL
        body = line[:-1] if line[-1] in HANGING else line  # one mark may hang in the margin
        widths, gaps = BODY.measure(body)
        assert sum(widths) + sum(gaps[1:]) <= width + 5  # the last character has no spacing


@given(paragraph)
def test_no_line_starts_with_closing_punctuation_or_ends_opening(text: str) -> None:
    lines = lines_of(text)
    for line in lines[1:]:
        assert line[0] not in NO_LINE_START
    for line in lines[:-1]:
        assert line[-1] not in NO_LINE_END


@given(st.integers(1, 10**6), st.integers(1, 13))
def test_more_text_never_means_fewer_pages(seed: int, units: int) -> None:
    shorter = generated(seed, units, 2)
    longer = shorter.model_copy(deep=True)
    longer.sections[0].paragraphs.append(rows_of_text(2))
    a, b = forecast_bulletin(shorter, CONFIG), forecast_bulletin(longer, CONFIG)
    assert a is not None and b is not None
    assert b.pages >= a.pages
    assert sum(b.page_rows) >= sum(a.page_rows) + 2
