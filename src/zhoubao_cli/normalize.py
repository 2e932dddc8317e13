"""Punctuation and spacing rules of official Chinese text; every change is counted and reported."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from zhoubao_cli.textrules import CONTROL, has_cjk, is_cjk, is_wide

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a]+")
_SPACE = re.compile(" ")
_HALF_PUNCT = re.compile(r"[,;:?!]")
_PAREN_PAIR = re.compile(r"\(([^()]*)\)")
_PAREN = re.compile(r"[()]")
_WEAK_ENDINGS = "，、：；,;:"
_STOP_AFTER = "”’）)》%"

NOTE_LABELS = {
    "control": "删除控制字符",
    "space": "删除多余空格",
    "punct": "半角标点改为全角",
    "paren": "半角括号改为全角",
    "quote": "直引号改为弯引号",
    "stop": "句末补句号",
}


@dataclass
class Normalised:
    text: str
    changes: Counter[str] = field(default_factory=Counter)
    unpaired_quotes: bool = False


_MAX_PASSES = 4


def normalise(text: str) -> Normalised:
    """Mend one paragraph. Idempotent; removes no letter, digit or Chinese character.

    The rules feed each other (a mark made full width puts its neighbour beside Chinese), so
    they run until nothing changes.
    """
    result = Normalised(text)
    for _ in range(_MAX_PASSES):
        before = result.text
        _one_pass(result)
        if result.text == before:
            break
    return result


def _one_pass(result: Normalised) -> None:
    result.text = _count(result, "control", CONTROL, "", result.text)
    if has_cjk(result.text):
        result.text = _quotes(result, result.text)
    result.text = _spaces(result, result.text)
    result.text = _count(result, "punct", _HALF_PUNCT, _full_width, result.text)
    result.text = _parens(result)
    result.text = _final_stop(result, result.text)


def _spaces(result: Normalised, text: str) -> str:
    collapsed = _SPACES.sub(" ", text).strip()
    without = _SPACE.sub(lambda m: "" if _beside(m, is_wide, is_wide) else " ", collapsed)
    if without != text:
        result.changes["space"] += max(1, len(text) - len(without))
    return without


def _beside(
    match: re.Match[str], before: Callable[[str], bool], after: Callable[[str], bool]
) -> bool:
    """Whether the character before the match passes `before`, or the one after passes `after`."""
    text, start, end = match.string, match.start(), match.end()
    return (start > 0 and before(text[start - 1])) or (end < len(text) and after(text[end]))


def _full_width(match: re.Match[str]) -> str | None:
    """A half-width mark after Chinese text or punctuation, or before a Chinese character."""
    if _beside(match, is_wide, is_cjk):
        return _HALF_TO_FULL[match.group()]
    return None


def _never(_: str) -> bool:
    return False


def _count(
    result: Normalised,
    label: str,
    pattern: re.Pattern[str],
    repl: str | Callable[[re.Match[str]], str | None],
    text: str,
) -> str:
    """Substitute and count; a callable returning None leaves that match as it is."""
    changed = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal changed
        new = repl if isinstance(repl, str) else repl(match)
        if new is None:
            return match.group()
        changed += 1
        return new

    text = pattern.sub(replace, text)
    if changed:
        result.changes[label] += changed
    return text


def _parens(result: Normalised) -> str:
    def pair(match: re.Match[str]) -> str:
        start, end = match.span()
        text = match.string
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if has_cjk(match.group(1) + before + after):
            result.changes["paren"] += 1
            return f"（{match.group(1)}）"
        return match.group()

    text = _PAREN_PAIR.sub(pair, result.text)

    def lone(match: re.Match[str]) -> str | None:
        opening = match.group() == "("
        if _beside(match, is_cjk if opening else _never, _never if opening else is_cjk):
            return "（" if opening else "）"
        return None

    return _count(result, "paren", _PAREN, lone, text)


def _quotes(result: Normalised, text: str) -> str:
    for straight, (left, right) in (('"', ("“", "”")), ("'", ("‘", "’"))):
        count = text.count(straight)
        if not count:
            continue
        if count % 2:
            if straight == '"':
                result.unpaired_quotes = True
            continue
        pieces = text.split(straight)
        text = pieces[0]
        for index, piece in enumerate(pieces[1:]):
            text += (left if index % 2 == 0 else right) + piece
        result.changes["quote"] += count
    return text


def _final_stop(result: Normalised, text: str) -> str:
    if not text or not has_cjk(text):
        return text
    last = text[-1]
    if last in _WEAK_ENDINGS or (last == "." and len(text) > 1 and is_cjk(text[-2])):
        result.changes["stop"] += 1
        return text[:-1] + "。"
    if is_cjk(last) or (last.isascii() and last.isalnum()) or last in _STOP_AFTER:
        result.changes["stop"] += 1
        return text + "。"
    return text


def describe(changes: Counter[str]) -> list[str]:
    return [f"{NOTE_LABELS[key]} {n} 处" for key, n in sorted(changes.items()) if n]
