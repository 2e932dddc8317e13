"""Character classes and small text rules shared by parsing, normalising and rendering."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A regular expression compiled when first used.

    Python compiles a class of Chinese characters in about a millisecond, and the text rules hold
    dozens of them; compiled at import they cost every start of zhoubao tens of milliseconds, most
    of it for rules a given run never reaches (a chat rule for a week without chat pastes).
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, *args)

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.search(string, *args)

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self.compiled.findall(string, *args)

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, *args)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)


lazy_re = LazyPattern


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


_OPENERS, _CLOSERS = "（(《“‘[【〔", "）)》”’]】〕"


def split_items(paragraph: str) -> list[str]:
    """A unit's printed paragraph back into its items: at each ； outside brackets and quotes."""
    items, start, depth = [], 0, 0
    for index, char in enumerate(paragraph):
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif char == "；" and depth == 0:
            items.append(paragraph[start:index] + "。")
            start = index + 1
    items.append(paragraph[start:])
    return [item for item in items if item.strip("。")]
