"""rules/lookalikes.py: Kangxi radicals, the radicals supplement and compatibility ideographs
print as the ordinary characters."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from conftest import Cli
from test_line_breaks import printed
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.lookalikes import LABEL, ordinary, ordinary_characters

ITEM = "2月3日，长清区走访工业企业12家，为人民群众办实事，推动黄河流域科技合作。"
# Each ordinary character and a lookalike of it: Kangxi radicals (U+2F00–U+2FDF), the radicals
# supplement (U+2E80–U+2EFF) and a compatibility ideograph (U+F900–U+FAFF).
LOOKALIKES = {
    "月": "\u2f49",  # ⽉
    "日": "\u2f47",  # ⽇
    "走": "\u2f9b",  # ⾛
    "工": "\u2f2f",  # ⼯
    "人": "\u2f08",  # ⼈
    "民": "\u2ea0",  # ⺠
    "黄": "\u2ee9",  # ⻩
    "流": "\uf9ca",  # 流 (CJK compatibility ideograph)
    "长": "\u2ed3",  # ⻓
    "门": "\u2ed4",  # ⻔
    "车": "\u2ecb",  # ⻋
}


def disguise(text: str, chars: str) -> str:
    return "".join(LOOKALIKES[c] if c in chars and c in LOOKALIKES else c for c in text)


@pytest.mark.parametrize("chars", ["月日", "走工人", "民黄", "流", "月日走工人民黄流"])
def test_lookalikes_become_the_ordinary_characters(chars: str) -> None:
    trace = Trace()
    line = disguise(ITEM, chars)
    assert line != ITEM
    assert ordinary_characters(line, trace) == ITEM
    assert ordinary(line) == ITEM


@pytest.mark.parametrize("radical", ["\u2ed3", "\u2ed4", "\u2ecb", "\u2ea0", "\u2ee9"])
def test_the_radicals_supplement_maps_to_ideographs(radical: str) -> None:
    got = ordinary(radical)
    assert got != radical and 0x4E00 <= ord(got) <= 0x9FFF


def test_hard_negatives_ordinary_text_and_unified_compatibility_ideographs_stay() -> None:
    trace = Trace()
    for text in (ITEM, "２月３日，（一）ＡＢＣ", "﨑山科技"):  # U+FA11 is a unified ideograph
        assert ordinary_characters(text, trace) == text
    assert not trace.changes[LABEL]


@pytest.mark.parametrize("kind", ["utf-8", "gb18030", "utf-16", "docx"])
def test_a_pdf_copy_prints_the_ordinary_characters(cli: Cli, tmp_path: Path, kind: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = disguise(ITEM, "月日走工人民黄流")
    name = disguise("长清区", "长")
    if kind == "docx":
        document = docx.Document()
        document.add_paragraph(text)
        document.save(str(inbox / f"{name}.docx"))
    else:
        (inbox / f"{name}.txt").write_bytes(text.encode(kind))
    assert printed(cli, inbox) == {"长清区": ITEM}
