"""From a file's lines to blocks of paragraphs: headings, title lines, list markers, broken lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zhoubao_cli.textrules import ends_sentence, join_fragments
from zhoubao_cli.units import Recogniser, Target

_MD_HEADING = re.compile(r"^#{1,6}\s*(.+?)\s*#*$")
_BRACKET = re.compile(r"^[【\[]([^】\]]{1,30})[】\]]\s*(.*)$")
_UNIT_LINE = re.compile(r"^(?:报送)?单位\s*[:：]\s*(.+)$")
_PLAIN_TITLE_MAX = 30
_CONTENT_PUNCT = re.compile(r"[。，；！？,;!?]")
# A plain line is dropped as a title only if it says so; any other short line is content.
_TITLE_WORDS = re.compile(
    r"动态|信息|简报|周报|快报|材料|情况|汇报|报送|总结|要点|第\s*\d+\s*期|^\d{4}年\d{1,2}月\d{1,2}日$"
)
_MARKER = re.compile(
    r"^(?:[★☆◆◇●○■□▲△▶•·▪►✓✔※\-\*\+]"
    r"|\d{1,2}\s*[.．、](?!\d)|\d{1,2}\s*[)）]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳])\s*"
)
# A numbered line may be a title rather than an item: short, no sentence (一、工作动态, （一）东城区).
_NUMBERED_TITLE = re.compile(r"^[^。，；！？,;!?]{1,15}$")
# ...and is dropped as one only when it is nothing but such a title, so 1. 召开总结会 stays an item.
_SUBTITLE = re.compile(
    r"^(本周|近期|主要|重点)?(工作)?(动态|情况|进展|成效|亮点|开展情况|完成情况|总结)$"
    r"|^下(周|步|一步|阶段)(工作)?(计划|打算|安排)$"
)
_MD_NOISE = re.compile(r"\*\*|__|^>\s*")
_RULE = re.compile(r"^\s*([-*_=—])\1{2,}\s*$")


@dataclass
class Block:
    """Text that goes to one place in the bulletin."""

    target: Target | None
    paragraphs: list[str] = field(default_factory=list)
    dropped_titles: list[str] = field(default_factory=list)
    joined_lines: int = 0
    unknown_heading: str | None = None
    _open: bool = False  # the last paragraph may still continue on the next line

    def add_line(self, line: str) -> None:
        marker = _MARKER.match(line)
        if marker:
            line = line[marker.end() :]
            if not line:
                return
        if self._open and not marker and self.paragraphs:
            self.paragraphs[-1] = join_fragments(self.paragraphs[-1], line)
            self.joined_lines += 1
        else:
            self.paragraphs.append(line)
        self._open = not ends_sentence(self.paragraphs[-1])

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
    marker = _MARKER.match(line)
    if marker and _NUMBERED_TITLE.search(line[marker.end() :]):
        # 一、工作动态 / （二）东城区: a numbered title; its number is not part of the name.
        return _Heading(line[marker.end() :], "", False, False, numbered=True)
    if m := _MD_HEADING.match(line):
        return _Heading(m.group(1), "", True, False)
    if m := _BRACKET.match(line):
        return _Heading(m.group(1), m.group(2), True, True)
    if m := _UNIT_LINE.match(line):
        return _Heading(m.group(1), "", True, False)
    if (
        len(line) <= _PLAIN_TITLE_MAX
        and not _CONTENT_PUNCT.search(line)
        and not _MARKER.match(line)
    ):
        return _Heading(line, "", False, False)
    return None


def clean_line(line: str) -> str:
    """Markdown emphasis and quote marks go; control characters stay for normalise to report."""
    return _MD_NOISE.sub("", line).strip()


def split_blocks(lines: list[str], default: Target | None, recogniser: Recogniser) -> list[Block]:
    """Cut a file into blocks at headings that name a unit or section; a file is one block otherwise."""
    blocks = [Block(default)]
    for raw in lines:
        line = clean_line(raw)
        current = blocks[-1]
        if not line or _RULE.match(line):
            current.end_paragraph()
            continue
        heading = _heading(line)
        if heading is None:
            current.add_line(line)
            continue
        target = recogniser.target(heading.text, strict=not heading.lenient)
        at_start = not current.paragraphs
        if target is not None:
            if at_start and (current.target is None or current.target == target):
                current.target = target
            elif at_start and current.target is not None and target.unit is None:
                # "【区县工作动态】" inside a unit's file: the unit stays.
                current.dropped_titles.append(line)
            else:
                blocks.append(Block(target))
            if heading.rest:
                blocks[-1].add_line(heading.rest)
            continue
        if heading.numbered:
            if _SUBTITLE.match(heading.text):
                current.dropped_titles.append(line)
                current.end_paragraph()
            else:
                current.add_line(line)
        elif heading.bracket and at_start and not heading.rest:
            current.unknown_heading = heading.text
        elif heading.bracket and heading.rest and at_start and current.target is None:
            current.unknown_heading = heading.text
            current.add_line(heading.rest)
        elif at_start and not heading.bracket and (heading.lenient or _TITLE_WORDS.search(line)):
            current.dropped_titles.append(line)
        else:
            current.add_line(line)
    return [b for b in blocks if b.paragraphs or b.unknown_heading or b.dropped_titles]
