"""Placeholder judge of sentences in doubt (replaced by the full rule)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from zhoubao_cli.textrules import lazy_re


@dataclass(frozen=True)
class Sign:
    kind: str
    why: str


_SENTENCE = lazy_re(r"[^。！？!?；]*[。！？!?；]?")
_TO_EDITOR = lazy_re(r"您|老师|麻烦|以此为准|作废|审阅|谢谢")


def sentences(item: str) -> list[str]:
    return [s for s in _SENTENCE.findall(item) if s]


def judge(sentence: str, units: Collection[str]) -> list[Sign]:
    if m := _TO_EDITOR.search(sentence):
        return [Sign("to_editor", f"像是写给编辑的话（“{m.group(0)}”）")]
    return []
