"""Character classes and small text rules shared by parsing, normalising and rendering."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A regular expression compiled when first used, and not used where it cannot match.

    Python compiles a class of Chinese characters in about half a millisecond, and the text rules
    hold hundreds of patterns; compiled at import, or on the first line of a run, they would cost
    every start of zhoubao tens of milliseconds, most of it for rules a given run never needs (a
    chat rule for a week without chat pastes).

    `screen` says what every match holds: any of a few strings (screen="：:" is any of those two
    characters; a tuple names words), a match of a small pattern, or a test of the text's own
    (a function, for what a small pattern would cost as much to compile). A text without it is
    answered at once (no match, nothing replaced), and the pattern is not compiled for it. A
    screen that is wrong would change what a rule does; with `LazyPattern.check_screens` on (the
    tests turn it on, as does the environment variable ZHOUBAO_CHECK_SCREENS=1), every text a
    screen turns away is tried against the pattern too.
    """

    __slots__ = ("_compiled", "_flags", "_screen", "_source")

    check_screens = os.environ.get("ZHOUBAO_CHECK_SCREENS") == "1"

    def __init__(
        self,
        source: str,
        flags: int = 0,
        *,
        screen: str | tuple[str, ...] | LazyPattern | Callable[[str], bool] | None = None,
    ) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None
        self._screen = tuple(screen) if isinstance(screen, str) else screen

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source

    def may_match(self, string: str) -> bool:
        """False when the screen shows that the pattern cannot match anywhere in string."""
        screen = self._screen
        if screen is None:
            return True
        if isinstance(screen, LazyPattern):
            passed = screen.search(string) is not None
        elif callable(screen):
            passed = screen(string)
        else:
            passed = any(part in string for part in screen)
        if not passed and LazyPattern.check_screens and self.compiled.search(string):
            raise AssertionError(f"screen {screen!r} turned away a match of {self._source!r}")
        return passed

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.match(string, *args) if self.may_match(string) else None

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, *args) if self.may_match(string) else None

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.search(string, *args) if self.may_match(string) else None

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self.compiled.findall(string, *args) if self.may_match(string) else []

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, *args) if self.may_match(string) else iter(())

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit) if self.may_match(string) else [string]

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count) if self.may_match(string) else (string, 0)


lazy_re = LazyPattern


# Compiling a class of 28,000 code points costs a millisecond: rules about a character's
# neighbours test single characters with is_cjk / is_wide instead.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

_SENTENCE_MARKS = "。！？；…!?;"
_CLOSING_MARKS = "”’」』）)"


def ends_sentence(text: str) -> bool:
    """The text ends with a sentence's end mark, perhaps inside closing quotes or brackets."""
    if text.endswith("\n"):  # as a regular expression's $ allows
        text = text[:-1]
    bare = text.rstrip(_CLOSING_MARKS)
    return bool(bare) and bare[-1] in _SENTENCE_MARKS


def has_cjk(text: str) -> bool:
    return not text.isascii() and any(map(is_cjk, text))


def is_cjk(char: str) -> bool:
    """A Chinese character (CJK unified ideographs and extension A, compatibility ideographs):
    told by its code, as a class of 28,000 characters takes a millisecond to compile."""
    if not char:
        return False
    code = ord(char[0])
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


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
    if left[-1].isdigit() and right[0].isdigit():  # a number cut by a wrap: 2 / 1项 is 21项
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
