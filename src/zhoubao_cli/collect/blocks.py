"""From a file's clean lines to blocks: which unit or section each line belongs to, and its items.

A heading that names a unit or a section (【东城区】, # 西城区, 单位：南城区科技局, 北城区科技工作动态,
（二）东城区, 东城区：) starts a block for it; a file without one is one block, for the unit its name
names. A part sent on behalf of another unit (代报：西城区, （代西城区报送）, 西城区（代报）) is that
unit's part: its heading goes, its items are the unit's.
Within a block, lines become items by the item rules (rules/items.py); titles go (rules/titles.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhoubao_cli.rules import items, titles
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import ends_sentence, join_fragments, lazy_re
from zhoubao_cli.units import Recogniser, Target

_MD_HEADING = lazy_re(r"^#{1,6}\s*(.+?)\s*#*$")
_BRACKET = lazy_re(r"^[【\[]([^】\]]{1,30})[】\]]\s*(.*)$")
_UNIT_LINE = lazy_re(r"^(?:报送)?单位(?:名称)?\s*[:：]\s*(.+)$")
_PLAIN_TITLE_MAX = 30
ON_BEHALF = "代报说明（其后的内容归被代报的单位）"
# 代报：西城区 / 代报单位：西城区 / （代西城区报送） / 西城区（代报） / 受西城区委托代报.
_ON_BEHALF = lazy_re(
    r"^[（(【\[〔]?\s*(?:"
    r"代(?:为)?报(?:送)?(?:单位)?\s*[:：]\s*(?P<a>[^\s:：，。；！？,;!?]{2,16}?)"
    r"|(?:受|代)(?P<b>[^\s:：，。；！？,;!?]{2,16}?)(?:委托)?(?:代)?(?:报送|上报|报)(?:材料|动态)?"
    r"|(?P<c>[^\s:：，。；！？,;!?（(]{2,16}?)\s*[（(]\s*代(?:为)?报(?:送)?\s*[)）]"
    r")\s*[)）】\]〕]?\s*[:：]?$"
)
_CONTENT_PUNCT = lazy_re(r"[。，；！？,;!?]")
# A numbered line may be a title rather than an item: short, no sentence (一、工作动态, （一）东城区).
_NUMBERED_TITLE = lazy_re(r"^[^。，；！？,;!?\d]{1,15}$")
_CHINESE_NUMBER = lazy_re(r"^[（(]?[一二三四五六七八九十]{1,3}\s*[)）、.．]")
_RULE = lazy_re(r"^\s*([-*_=—])\1{2,}\s*$")
# 平阴县：2月4日，… — a unit's name and a colon before its text.
_UNIT_COLON = lazy_re(r"^([^\s:：，。；！？,;!?【】\[\]]{2,16})\s*[:：]\s*(.*)$")


# How much of a paragraph being joined its next line is judged against: its end says whether it
# ends a sentence, and a paragraph longer than this is far over limits.max_paragraph_chars anyway.
_JOIN_WINDOW = 1_000


@dataclass
class Block:
    """Text that goes to one place in the bulletin."""

    target: Target | None
    paragraphs: list[str] = field(default_factory=list)
    # For each paragraph, the indices of the lines it was made of (its lines' fate).
    origins: list[list[int]] = field(default_factory=list)
    unknown_heading: str | None = None
    nil: bool = False  # the block says the unit has nothing this week
    _open: bool = False  # no blank line since the last line: it may continue on the next
    # Lines joined onto the last paragraph, kept apart until it is complete and joined once: a
    # paragraph of 99,000 one-character lines is then read in linear time, not quadratic.
    _more: list[str] = field(default_factory=list)
    _tail: str = ""  # the last _JOIN_WINDOW characters of the paragraph with _more

    def add_line(self, line: str, layout: items.Layout, trace: Trace) -> None:
        line, marked = items.strip_marker(line)
        if not line:
            return
        previous = self._last()
        across = not self._open  # a blank line (or a new Word paragraph) came between
        if (
            previous is not None
            and not marked
            and items.continues(previous, line, layout, across_paragraphs=across)
        ):
            # What goes after it: the line, or a space and the line (between Latin words).
            joined = join_fragments(previous[-1], line)[1:]
            if not self._more:
                self._tail = previous[-_JOIN_WINDOW:]
            self._more.append(joined)
            self._tail = (self._tail + joined)[-_JOIN_WINDOW:]
            self._origin(trace, joined=True)
            trace.changed(items.JOINED)
        else:
            if (
                previous is not None
                and not across
                and not ends_sentence(previous)
                and not (marked or items.starts_item(line))
            ):
                trace.changed(items.SPLIT)
            self.close()
            self.paragraphs.append(line)
            self._origin(trace, joined=False)
        self._open = True

    def _origin(self, trace: Trace, *, joined: bool) -> None:
        if not joined:
            self.origins.append([])
        origin = self.origins[-1]
        # Lines come in order: a line already counted is the last one (linear, not quadratic).
        if trace.at is not None and (not origin or origin[-1] != trace.at):
            origin.append(trace.at)

    def remove(self, index: int) -> str:
        """Take paragraph `index` out (with its origin), returning its text."""
        self.close()
        self.origins.pop(index)
        return self.paragraphs.pop(index)

    def _last(self) -> str | None:
        """The last paragraph, or its last _JOIN_WINDOW characters, without joining it yet."""
        if not self.paragraphs:
            return None
        return self._tail if self._more else self.paragraphs[-1]

    def close(self) -> None:
        """Join the last paragraph's lines: done before its paragraphs are read."""
        if self._more:
            self.paragraphs[-1] += "".join(self._more)
            self._more.clear()

    def end_paragraph(self) -> None:
        self._open = False


@dataclass
class _Heading:
    text: str
    rest: str
    lenient: bool  # a marked heading (#, 【】, 单位：) names its unit anywhere in its text
    bracket: bool
    numbered: bool = False


def _heading(line: str) -> _Heading | None:
    rest, marked = items.strip_marker(line)
    if marked and _NUMBERED_TITLE.search(rest):
        # 一、工作动态 / （二）东城区: a numbered title; its number is not part of the name.
        return _Heading(rest, "", False, False, numbered=True)
    if m := _MD_HEADING.match(line):
        return _Heading(m.group(1), "", True, False)
    if m := _BRACKET.match(line):
        return _Heading(m.group(1), m.group(2), True, True)
    if m := _UNIT_LINE.match(line):
        return _Heading(m.group(1), "", True, False)
    if len(line) <= _PLAIN_TITLE_MAX and not _CONTENT_PUNCT.search(line) and not marked:
        return _Heading(line, "", False, False)
    return None


def split_blocks(
    lines: list[str],
    default: Target | None,
    recogniser: Recogniser,
    layout: items.Layout,
    trace: Trace,
) -> list[Block]:
    """Cut a file into blocks at headings that name a unit or section; one block otherwise."""
    splitter = _Splitter(default, recogniser, layout, trace)
    trace.rule = "titles"
    for index, raw in enumerate(lines):
        trace.at = index
        splitter.read(raw.strip())
    trace.at, trace.rule = None, ""
    for block in splitter.blocks:
        block.close()
    return [b for b in splitter.blocks if b.paragraphs or b.unknown_heading]


@dataclass
class _Line:
    """One line, classified once: the shapes of heading it may have."""

    text: str
    heading: _Heading | None
    named: re.Match[str] | None  # 平阴县：… (a unit's name and a colon), as written
    label: re.Match[str] | None  # the same without a list marker (1. 本周工作动态：…)
    title: str  # the words a part's or section's title would be

    @classmethod
    def of(cls, text: str) -> _Line:
        heading = _heading(text)
        bare = items.strip_marker(text)[0]
        title = heading.text if heading is not None and not heading.rest else bare
        return cls(text, heading, _UNIT_COLON.match(text), _UNIT_COLON.match(bare), title)


class _Splitter:
    """The state of one file's cutting: its blocks, and the part that is not news while in it.
    Each line goes through the steps below in order; the first that takes it ends its turn."""

    def __init__(
        self, default: Target | None, recogniser: Recogniser, layout: items.Layout, trace: Trace
    ) -> None:
        self.blocks = [Block(default)]
        self.recogniser = recogniser
        self.layout = layout
        self.trace = trace
        self.skipping: str | None = None  # the name of a part that is not news (下周工作计划)

    @property
    def current(self) -> Block:
        return self.blocks[-1]

    def add(self, text: str, block: Block | None = None) -> None:
        (block or self.current).add_line(text, self.layout, self.trace)

    def drop(self, text: str, reason: str, *, end: bool = True) -> None:
        self.trace.drop(text, reason)
        if end:
            self.current.end_paragraph()

    def read(self, text: str) -> None:
        if not text or _RULE.match(text):
            self.current.end_paragraph()
            return
        line = _Line.of(text)
        steps = (
            self._on_behalf,
            self._not_news_part,
            self._subtitle,
            self._skipped,
            self._unit_or_section,
        )
        if not any(step(line) for step in steps):
            self._other_heading(line)

    def _on_behalf(self, line: _Line) -> bool:
        """代报：西城区: what follows is that unit's part; the heading itself is not news."""
        match = _ON_BEHALF.match(line.text)
        if match is None:
            return False
        name = match.group("a") or match.group("b") or match.group("c")
        target = self.recogniser.target(name)
        if target is None or target.unit is None:
            return False
        current = self.current
        if not current.paragraphs and current.target in (None, target):
            current.target = target
        else:
            self.blocks.append(Block(target))
        self.skipping = None
        self.drop(line.text, ON_BEHALF, end=False)
        return True

    def _not_news_part(self, line: _Line) -> bool:
        """下周工作计划, 存在问题: the part goes, up to the next sub-title or unit."""
        part = titles.not_news_part(line.label.group(1) if line.label else line.title)
        if part:
            self.skipping = part
            self.drop(line.text, titles.NOT_NEWS.format(part))
        return bool(part)

    def _subtitle(self, line: _Line) -> bool:
        """【本周工作】 or 本周工作动态：2月3日，…: the sub-title goes, what follows it stays."""
        heading, label = line.heading, line.label
        if heading is not None and heading.bracket and titles.is_subtitle(heading.text):
            self.drop(line.text, titles.TITLE)
            if heading.rest:
                self.add(heading.rest)
            return True
        if label and label.group(2) and titles.is_subtitle(label.group(1)):
            self.drop(label.group(1) + "：", titles.TITLE, end=False)
            self.add(label.group(2))
            return True
        return False

    def _skipped(self, line: _Line) -> bool:
        """Inside a part that is not news: every line goes until news starts again."""
        if self.skipping is None:
            return False
        heading, named = line.heading, line.named
        news_again = heading is not None and (
            titles.is_subtitle(heading.text) or self.recogniser.target(heading.text) is not None
        )
        if not news_again and not (named and self.recogniser.unit_title(named.group(1))):
            self.drop(line.text, titles.NOT_NEWS.format(self.skipping), end=False)
            return True
        self.skipping = None
        return False

    def _unit_or_section(self, line: _Line) -> bool:
        """A heading that names a unit or a section: a new block, or the current one's name."""
        named = line.named
        if named and self.recogniser.unit_title(named.group(1)):
            line.heading = _Heading(named.group(1), named.group(2), False, False)
        elif line.heading is None or titles.is_subtitle(line.text):
            if line.heading is not None:  # 下周工作计划：, not numbered
                self.drop(line.text, titles.TITLE)
            else:
                self.add(line.text)
            return True
        heading = line.heading
        target = self.recogniser.target(heading.text, strict=not heading.lenient)
        if target is None:
            return False
        current = self.current
        at_start = not current.paragraphs
        if at_start and (current.target is None or current.target == target):
            current.target = target
            if not heading.bracket and not heading.rest:  # a title line that names the unit
                self.drop(line.text, titles.TITLE, end=False)
        elif at_start and current.target is not None and target.unit is None:
            # "【区县工作动态】" inside a unit's file: the unit stays.
            self.drop(line.text, titles.TITLE, end=False)
        elif target == current.target:  # the unit's name again: a signature, or a repeat
            if not heading.rest:
                self.drop(line.text, titles.SIGN_OFF_UNIT, end=False)
            current.end_paragraph()
        else:
            self.blocks.append(Block(target))
        if heading.rest:
            self.add(heading.rest, self.blocks[-1])
        return True

    def _other_heading(self, line: _Line) -> None:
        """A line shaped as a heading that names no unit: a numbered sub-title, an unknown
        unit's bracket, a title at the start, or (after all) text."""
        heading, current = line.heading, self.current
        assert heading is not None
        at_start = not current.paragraphs
        if heading.numbered:
            if titles.is_subtitle(heading.text) or (
                _CHINESE_NUMBER.match(line.text) and titles.is_part_title(heading.text)
            ):
                self.drop(line.text, titles.TITLE)
            else:
                self.add(line.text)
        elif heading.bracket and at_start and not heading.rest:
            current.unknown_heading = heading.text
        elif heading.bracket and heading.rest and at_start and current.target is None:
            current.unknown_heading = heading.text
            self.add(heading.rest)
        elif at_start and not heading.bracket and (heading.lenient or titles.says_title(line.text)):
            self.drop(line.text, titles.TITLE, end=False)
        else:
            self.add(line.text)
