"""From a file's clean lines to blocks: which unit or section each line belongs to, and its items.

A heading that names a unit or a section (【东城区】, # 西城区, 单位：南城区科技局, 北城区科技工作动态,
（二）东城区) starts a block for it; a file without one is one block, for the unit its name names.
Within a block, lines become items by the item rules (rules/items.py); titles go (rules/titles.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zhoubao_cli.rules import items, titles
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import ends_sentence, join_fragments, lazy_re
from zhoubao_cli.units import Recogniser, Target

_MD_HEADING = lazy_re(r"^#{1,6}\s*(.+?)\s*#*$")
_BRACKET = lazy_re(r"^[【\[]([^】\]]{1,30})[】\]]\s*(.*)$")
_UNIT_LINE = lazy_re(r"^(?:报送)?单位(?:名称)?\s*[:：]\s*(.+)$")
_PLAIN_TITLE_MAX = 30
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
        self._open = True

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
    blocks = [Block(default)]
    skipping: str | None = None  # the name of a part that is not news (下周工作计划), while in it
    for raw in lines:
        line = raw.strip()
        current = blocks[-1]
        if not line or _RULE.match(line):
            current.end_paragraph()
            continue
        heading = _heading(line)
        named = _UNIT_COLON.match(line)
        bare = items.strip_marker(line)[0]
        label = _UNIT_COLON.match(bare)
        title = heading.text if heading is not None and not heading.rest else bare
        if part := titles.not_news_part(label.group(1) if label else title):
            skipping = part
            trace.drop(line, titles.NOT_NEWS.format(part))
            current.end_paragraph()
            continue
        if heading is not None and heading.bracket and titles.is_subtitle(heading.text):
            trace.drop(line, titles.TITLE)  # 【本周工作】: a sub-title in brackets
            current.end_paragraph()
            if heading.rest:
                current.add_line(heading.rest, layout, trace)
            continue
        if label and label.group(2) and titles.is_subtitle(label.group(1)):
            trace.drop(label.group(1) + "：", titles.TITLE)  # 本周工作动态：2月3日，…
            current.add_line(label.group(2), layout, trace)
            continue
        if skipping is not None:
            news_again = heading is not None and (
                titles.is_subtitle(heading.text) or recogniser.target(heading.text) is not None
            )
            if not news_again and not (named and recogniser.unit_title(named.group(1))):
                trace.drop(line, titles.NOT_NEWS.format(skipping))
                continue
            skipping = None
        if named and recogniser.unit_title(named.group(1)):
            heading = _Heading(named.group(1), named.group(2), False, False)
        elif heading is None or titles.is_subtitle(line):
            if heading is not None:  # 下周工作计划：, not numbered
                trace.drop(line, titles.TITLE)
                current.end_paragraph()
            else:
                current.add_line(line, layout, trace)
            continue
        target = recogniser.target(heading.text, strict=not heading.lenient)
        at_start = not current.paragraphs
        if target is not None:
            if at_start and (current.target is None or current.target == target):
                current.target = target
                if not heading.bracket and not heading.rest:  # a title line that names the unit
                    trace.drop(line, titles.TITLE)
            elif at_start and current.target is not None and target.unit is None:
                # "【区县工作动态】" inside a unit's file: the unit stays.
                trace.drop(line, titles.TITLE)
            elif target == current.target:  # the unit's name again: a signature, or a repeat
                if not heading.rest:
                    trace.drop(line, titles.SIGN_OFF_UNIT)
                current.end_paragraph()
            else:
                blocks.append(Block(target))
            if heading.rest:
                blocks[-1].add_line(heading.rest, layout, trace)
            continue
        if heading.numbered:
            if titles.is_subtitle(heading.text) or (
                _CHINESE_NUMBER.match(line) and titles.is_part_title(heading.text)
            ):
                trace.drop(line, titles.TITLE)
                current.end_paragraph()
            else:
                current.add_line(line, layout, trace)
        elif heading.bracket and at_start and not heading.rest:
            current.unknown_heading = heading.text
        elif heading.bracket and heading.rest and at_start and current.target is None:
            current.unknown_heading = heading.text
            current.add_line(heading.rest, layout, trace)
        elif at_start and not heading.bracket and (heading.lenient or titles.says_title(line)):
            trace.drop(line, titles.TITLE)
        else:
            current.add_line(line, layout, trace)
    for block in blocks:
        block.close()
    return [b for b in blocks if b.paragraphs or b.unknown_heading]
