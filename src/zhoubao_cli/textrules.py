"""Character classes and small text rules shared by parsing, normalising and rendering."""

from __future__ import annotations

import re
from collections.abc import Callable

# Compiling a class of 28,000 code points costs milliseconds, so there is one such pattern;
# rules about a character's neighbours test single characters with is_cjk / is_wide instead.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

SENTENCE_END = re.compile(r"[。！？；…!?;][”’」』）)]*$")
HAS_CJK = re.compile(f"[{CJK}]")


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def has_cjk(text: str) -> bool:
    return bool(HAS_CJK.search(text))


def is_cjk(char: str) -> bool:
    """A Chinese character (CJK unified ideographs and extension A, compatibility ideographs)."""
    return bool(char) and HAS_CJK.match(char) is not None


def is_cjk_punct(char: str) -> bool:
    """Full-width and CJK punctuation (，。、；：？！“”‘’（）《》【】…—) and full-width forms."""
    if not char:
        return False
    code = ord(char)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or char in "‘’“”…—"


def is_wide(char: str) -> bool:
    """Chinese text next to which no space and no half-width punctuation belongs."""
    return is_cjk(char) or is_cjk_punct(char)


def beside(
    match: re.Match[str], before: Callable[[str], bool], after: Callable[[str], bool]
) -> bool:
    """Whether the character before the match passes `before`, or the one after passes `after`."""
    text, start, end = match.string, match.start(), match.end()
    return (start > 0 and before(text[start - 1])) or (end < len(text) and after(text[end]))


def join_fragments(left: str, right: str) -> str:
    """Join a line broken mid-sentence: no space next to Chinese, one space between Latin words."""
    if not left or not right:
        return left + right
    if is_wide(left[-1]) or is_wide(right[0]):
        return left + right
    return left + " " + right


def as_items_paragraph(items: list[str]) -> str:
    """A unit's several items as one paragraph: each final 。 becomes ；, the last keeps its 。."""
    parts = [item[:-1] + "；" if item.endswith("。") else item for item in items[:-1]]
    return "".join([*parts, *items[-1:]])
