"""Character classes and small text rules shared by parsing, normalising and rendering."""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width and CJK punctuation (，。、；：？！“”‘’（）《》【】…—) and full-width forms.
CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014"
CJK_OR_PUNCT = CJK + CJK_PUNCT

SENTENCE_END = re.compile(r"[。！？；…!?;][”’」』）)]*$")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\ufeff]")
HAS_CJK = re.compile(f"[{CJK}]")


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def has_cjk(text: str) -> bool:
    return bool(HAS_CJK.search(text))


def join_fragments(left: str, right: str) -> str:
    """Join a line broken mid-sentence: no space next to Chinese, one space between Latin words."""
    if not left or not right:
        return left + right
    if re.match(f"[{CJK_OR_PUNCT}]", left[-1]) or re.match(f"[{CJK_OR_PUNCT}]", right[0]):
        return left + right
    return left + " " + right


def as_items_paragraph(items: list[str]) -> str:
    """A unit's several items as one paragraph: each final 。 becomes ；, the last keeps its 。."""
    parts = [item[:-1] + "；" if item.endswith("。") else item for item in items[:-1]]
    return "".join([*parts, *items[-1:]])
