"""rules/numerals.py: one reader of the numbers Chinese texts write, checked against a writer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.rules.numerals import cn_number

_DIGIT = "零一二三四五六七八九"


def written(n: int, *, counted_one: bool = False) -> str:
    """How an official text writes 1..999 in Chinese: 十八, 一百零二, 三百一十 (一十八 if asked)."""
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    text = f"{_DIGIT[hundreds]}百" if hundreds else ""
    if tens:
        text += "十" if tens == 1 and not hundreds and not counted_one else f"{_DIGIT[tens]}十"
    elif hundreds and ones:
        text += "零"
    return text + (_DIGIT[ones] if ones else "")


def full_width(n: int) -> str:
    return "".join(chr(ord(d) + 0xFEE0) for d in str(n))


@given(st.integers(min_value=1, max_value=999))
def test_every_number_to_999_reads_back_however_written(n: int) -> None:
    assert cn_number(written(n)) == n
    assert cn_number(written(n, counted_one=True)) == n
    assert cn_number(str(n)) == n
    assert cn_number(full_width(n)) == n
    assert cn_number(" " + written(n) + " ") == n


@given(st.integers(min_value=1, max_value=999))
def test_liang_is_two_where_it_counts(n: int) -> None:
    """两百, 两百二十: 两 for 二 before 百 (and anywhere a digit stands) is still two."""
    assert cn_number(written(n).replace("二百", "两百")) == n


@pytest.mark.parametrize(
    ("text", "number"),
    [("二〇二六", 2026), ("二零二六", 2026), ("三", 3), ("十", 10), ("百", 100), ("三十一", 31)],
)
def test_digit_by_digit_and_the_short_forms(text: str, number: int) -> None:
    assert cn_number(text) == number


@pytest.mark.parametrize("text", ["", "十十", "一百零", "一千", "第十八", "abc", "²", "1.5"])
def test_what_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        cn_number(text)
