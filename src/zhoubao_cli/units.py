"""Recognising who sent a text and where it belongs, through the config's names and aliases.

A unit's Latin alias (its pinyin abbreviation: gxq, lx, zq) names it only in a file's name or a
marked heading, and only as a whole word of Latin letters, in any case (gxq.docx, LX-19.txt,
zq动态.docx): inside a longer word (gcqkjj@…) or in a line of text (PY脚本) it is no name. A short Latin name that is no alias gets a did-you-mean (lxx → the unit of lx).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.textrules import lazy_re

# What may follow a unit's name in a title line: 东城区科技工作动态, 东城区-第19期, 东城区报送材料.
# What may follow a unit's name in a title or signature line: 东城区某某局, 东城区本周工作动态,
# 东城区科技局关于第19期工作动态的报送.
_TITLE_TAIL = lazy_re(
    r"^[\s\-—_:：·]*(?:[\u4e00-\u9fff]{0,10}?(?:局|部|办公室|委员会|管委会|中心))?"
    r"(?:关于)?(?:\d{4}年)?(?:\d{1,2}月份?)?(?:第\s*\d+\s*期|本周|本期|近期|一周)?(?:科技|创新|创业|工作)*"
    r"(?:动态|信息|简报|周报|材料|报送材料|情况|专报)?(?:的)?(?:报送)?[\s:：]*$"
)
# 【东城区】 (or [东城区], 〔东城区〕) at the start of a line: the name, and the text after it.
BRACKET_LABEL = lazy_re(r"^[【\[〔]([^】\]〕]{1,30})[】\]〕]\s*(.*)$")
_LONGEST_NAME = 12
_PLACE_PREFIX = lazy_re(r"^(?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{2,4}?市(?=[\u4e00-\u9fff])")
_LATIN_NAME = lazy_re(r"^[a-z][a-z0-9]*$")
_LATIN_WORD = lazy_re(r"[A-Za-z]+")
_SHORT_LATIN = 8
_NAME_PIECES = lazy_re(r"[\s\-—_·.,，、()（）【】\[\]]+|第\s*\d+\s*期|\d+")


@dataclass(frozen=True)
class Target:
    """Where a block of text goes: a section, and for the units section, the unit."""

    section: str
    unit: str | None = None


class Recogniser:
    def __init__(self, config: BulletinConfig) -> None:
        every = list(config.unit_by_name().items())
        latin = {name.lower(): unit for name, unit in every if _LATIN_NAME.match(name.lower())}
        self._latin = latin  # pinyin abbreviations, lowercase → unit: matched as whole words
        pairs = [(name, unit) for name, unit in every if name.lower() not in latin]
        # Longest first, so 东城区科技局 wins over 东城区.
        self._names = sorted(pairs, key=lambda pair: -len(pair[0]))
        self._all_names = [name for name, _ in pairs]
        self.names = tuple(self._all_names)  # every unit's name and alias (not the Latin ones)
        self._keywords = sorted(
            ((kw, s.key) for s in config.sections for kw in s.keywords), key=lambda p: -len(p[0])
        )
        units_section = config.section("units")
        self.units_key = units_section.key if units_section else None

    def unit_in(self, text: str) -> str | None:
        """The unit whose longest name or alias occurs in text."""
        for name, unit in self._names:
            if name in text:
                return unit
        return None

    def _latin_unit(self, text: str) -> str | None:
        """The unit a whole Latin word of text is the alias of (gxq.docx, LX-19, zq动态)."""
        if not self._latin:
            return None
        for word in _LATIN_WORD.findall(text):
            if unit := self._latin.get(word.lower()):
                return unit
        return None

    def unit_title(self, text: str) -> str | None:
        """The unit if text is a title line: a unit's name followed by nothing but title words
        (and before it at most its province and city: 某某市东城区科技局)."""
        text = _PLACE_PREFIX.sub("", text, count=1) if not self.unit_in(text[:3]) else text
        for name, unit in self._names:
            if text.startswith(name) and _TITLE_TAIL.match(text[len(name) :]):
                return unit
        return None

    def section_in(self, text: str) -> str | None:
        for keyword, key in self._keywords:
            if keyword in text:
                return key
        return None

    def target(self, text: str, *, strict: bool = False) -> Target | None:
        """Section and unit named by a file name or heading; strict for plain lines of content."""
        section = self.section_in(text)
        if section is not None and section != self.units_key:
            return Target(section)
        unit = self.unit_title(text) if strict else self.unit_in(text) or self._latin_unit(text)
        if unit is not None and self.units_key is not None:
            return Target(self.units_key, unit)
        if section is not None:
            return Target(section)
        return None

    def suggest(self, text: str) -> list[str]:
        """Units a one-character typo may have meant: 东成区 → 东城区 (and 西城区 too, as close)."""
        best, found = 0.6, []
        for piece in _NAME_PIECES.split(text):
            # Prefixes, in order (a set's order changes from run to run), no longer than a name.
            for candidate in [piece[:n] for n in range(2, min(len(piece), _LONGEST_NAME) + 1)]:
                for name in self._all_names:
                    score = difflib.SequenceMatcher(None, candidate, name).ratio()
                    if score > best:
                        best, found = score, [name]
                    elif score == best:
                        found.append(name)
        units = [self.unit_in(name) or name for name in found]
        if not units:
            units = self._latin_suggestions(text)
        return list(dict.fromkeys(units))[:3]

    def _latin_suggestions(self, text: str) -> list[str]:
        """Units whose Latin alias a short Latin word is a typo of: lxx, lxqu → the unit of lx."""
        best, found = 0.6, []
        for word in _LATIN_WORD.findall(text):
            if len(word) > _SHORT_LATIN:
                continue
            for alias, unit in self._latin.items():
                score = difflib.SequenceMatcher(None, word.lower(), alias).ratio()
                if score > best:
                    best, found = score, [unit]
                elif score == best:
                    found.append(unit)
        return found
