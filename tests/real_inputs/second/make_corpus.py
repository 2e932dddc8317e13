#!/usr/bin/env python3
"""Real-world submissions by category for zhoubao collect (issue 8), second sample: written
independently of the first and of the implementation, with categories combined as real files combine them.

Issue 19, published 2026-02-06, reporting period 2026-01-31 .. 2026-02-06.

Writes inbox_<category>/ folders next to this file and expected.json (one entry per file and
unit; a file that carries several units has one entry per unit). Deterministic: same bytes on
every run (fixed zip times, fixed encryption randomness, fixed file modification times).

    python3 make_corpus.py
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import quopri
import shutil
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

# =============================================================================== WordprocessingML writer
# .docx packages as Word (or WPS) writes them: script changes split runs, rsids, proofing marks,
# Chinese style ids, fixed zip times. Deterministic: rsids and paraIds come from counters.

NS_DECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'mc:Ignorable="w14 w15 wp14"'
)

CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

BODY_FONT = "仿宋_GB2312"
ZIP_TIME = (2026, 2, 5, 9, 12, 0)


class Raw(str):
    """A piece of ready-made XML passed through unchanged."""


BR = Raw("<w:r><w:br/></w:r>")
TAB = Raw("<w:r><w:tab/></w:r>")


class Ids:
    """Deterministic rsid / paraId / revision id source for one document."""

    def __init__(self, seed: str):
        h = hashlib.sha256(seed.encode()).digest()
        self.base = int.from_bytes(h[:3], "big")
        self.n = 0
        self.rev = 100

    def rsid(self, k: int = 0) -> str:
        return f"00{(self.base + 0x1F3 * k) & 0xFFFFFF:06X}"

    def para(self) -> str:
        self.n += 1
        return f"{(self.base * 7 + self.n * 0x2B7D) & 0x7FFFFFFF:08X}"

    def revision(self) -> int:
        self.rev += 1
        return self.rev


def _is_east_asian(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF
        or 0x2000 <= o <= 0x206F
        or o >= 0x1F000
    )


def _segments(text: str) -> list[str]:
    """Split text where Word would start a new run: at East-Asian / Latin-digit boundaries."""
    out: list[str] = []
    for ch in text:
        if out and _is_east_asian(out[-1][-1]) == _is_east_asian(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def rpr(*, east_asian: bool, extra: str = "", font: str = BODY_FONT, size: int = 32) -> str:
    hint = ' w:hint="eastAsia"' if east_asian else ""
    return (
        f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"{hint}/>'
        f'{extra}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    )


def t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'


def runs(
    text: str,
    ids: Ids,
    *,
    extra: str = "",
    font: str = BODY_FONT,
    size: int = 32,
    tag: str = "w:t",
    split_long: bool = True,
) -> str:
    """Runs as Word writes them: script changes split runs, long stretches carry two rsids,
    and the proofing marks Word leaves behind."""
    xml = []
    for i, seg in enumerate(_segments(text)):
        ea = _is_east_asian(seg[0])
        pieces = [seg]
        if split_long and ea and len(seg) > 14:
            cut = len(seg) // 2 + (ids.base % 3)
            pieces = [seg[:cut], seg[cut:]]
        for j, piece in enumerate(pieces):
            rs = ids.rsid(i + j)
            if j == 1 and tag == "w:t":
                xml.append('<w:proofErr w:type="gramStart"/>')
            xml.append(
                f'<w:r w:rsidRPr="{rs}">{rpr(east_asian=ea, extra=extra, font=font, size=size)}'
                f"{t(piece, tag)}</w:r>"
            )
            if j == 1 and tag == "w:t":
                xml.append('<w:proofErr w:type="gramEnd"/>')
    return "".join(xml)


BODY_PPR = (
    '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/>'
    '<w:ind w:firstLineChars="200" w:firstLine="640"/>{rpr}</w:pPr>'
)


def para(
    *chunks: str,
    ids: Ids,
    ppr: str | None = None,
    extra: str = "",
    font: str = BODY_FONT,
    size: int = 32,
    mark_rpr: str = "",
) -> str:
    """A paragraph. Plain strings become runs; Raw strings are inserted as they are."""
    if ppr is None:
        ppr = BODY_PPR.format(rpr=mark_rpr or rpr(east_asian=True, font=font, size=size))
    body = "".join(
        c if isinstance(c, Raw) else runs(c, ids, extra=extra, font=font, size=size) for c in chunks
    )
    rs = ids.rsid(0)
    return (
        f'<w:p w:rsidR="{rs}" w:rsidRDefault="{rs}" w:rsidP="{ids.rsid(1)}" '
        f'w14:paraId="{ids.para()}" w14:textId="77777777">{ppr}{body}</w:p>'
    )


def title(text: str, ids: Ids, size: int = 44) -> str:
    ppr = (
        '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="center"/>'
        + rpr(east_asian=True, font="方正小标宋简体", size=size)
        + "</w:pPr>"
    )
    return para(text, ids=ids, ppr=ppr, font="方正小标宋简体", size=size)


def right(text: str, ids: Ids) -> str:
    ppr = (
        '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:right="640"/>'
        '<w:jc w:val="right"/>' + rpr(east_asian=True) + "</w:pPr>"
    )
    return para(text, ids=ids, ppr=ppr)


def empty(ids: Ids) -> str:
    return para(ids=ids)


def ins(inner: str, ids: Ids, author: str, date: str) -> Raw:
    return Raw(
        f'<w:ins w:id="{ids.revision()}" w:author="{author}" w:date="{date}">{inner}</w:ins>'
    )


def dele(text: str, ids: Ids, author: str, date: str) -> Raw:
    return Raw(
        f'<w:del w:id="{ids.revision()}" w:author="{author}" w:date="{date}">'
        f"{runs(text, ids, tag='w:delText', split_long=False)}</w:del>"
    )


@dataclass
class Cell:
    paras: list[str]  # ready paragraph XML
    width: int = 2000
    span: int = 1
    vmerge: str | None = None  # "restart" | "continue"
    shade: bool = False


def cell_xml(c: Cell) -> str:
    pr = f'<w:tcW w:w="{c.width}" w:type="dxa"/>'
    if c.span > 1:
        pr += f'<w:gridSpan w:val="{c.span}"/>'
    if c.vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif c.vmerge == "continue":
        pr += "<w:vMerge/>"
    if c.shade:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
    pr += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{''.join(c.paras)}</w:tc>"


def table(
    rows: list[list[Cell]],
    grid: list[int],
    *,
    row_props: dict[int, str] | None = None,
    header_rows: int = 0,
) -> str:
    row_props = row_props or {}
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:jc w:val="center"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
    ]
    out += [f'<w:gridCol w:w="{g}"/>' for g in grid]
    out.append("</w:tblGrid>")
    for i, row in enumerate(rows):
        trpr = row_props.get(i, "")
        if i < header_rows:
            trpr = "<w:tblHeader/>" + trpr
        out.append(
            f'<w:tr w:rsidR="00C41A20" w:rsidTr="00C41A20">'
            f"{'<w:trPr>' + trpr + '</w:trPr>' if trpr else ''}"
            + "".join(cell_xml(c) for c in row)
            + "</w:tr>"
        )
    out.append("</w:tbl>")
    return "".join(out)


CELL_PPR = '<w:pPr><w:spacing w:line="400" w:lineRule="exact"/><w:jc w:val="{jc}"/>{rpr}</w:pPr>'


def cpara(
    text: str | list[str], ids: Ids, jc: str = "left", size: int = 28, bold: bool = False
) -> str:
    extra = "<w:b/><w:bCs/>" if bold else ""
    ppr = CELL_PPR.format(jc=jc, rpr=rpr(east_asian=True, size=size, extra=extra))
    chunks = text if isinstance(text, list) else [text]
    return para(*chunks, ids=ids, ppr=ppr, size=size, extra=extra)


# ---------------------------------------------------------------- package parts

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>
<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/></w:latentStyles>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="10"><w:name w:val="标题 1 字符"/><w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="header"/><w:basedOn w:val="a"/><w:link w:val="a6"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="a6"><w:name w:val="页眉 字符"/><w:basedOn w:val="a0"/><w:link w:val="a5"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:link w:val="a8"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="a8"><w:name w:val="页脚 字符"/><w:basedOn w:val="a0"/><w:link w:val="a7"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="a9"><w:name w:val="Placeholder Text"/><w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="aa"><w:name w:val="footnote text"/><w:basedOn w:val="a"/><w:link w:val="ab"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="ab"><w:name w:val="脚注文本 字符"/><w:basedOn w:val="a0"/><w:link w:val="aa"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="ac"><w:name w:val="footnote reference"/><w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="ad"><w:name w:val="Hyperlink"/><w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="ae"><w:name w:val="annotation reference"/><w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="af"><w:name w:val="annotation text"/><w:basedOn w:val="a"/><w:link w:val="af0"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="af0"><w:name w:val="批注文字 字符"/><w:basedOn w:val="a0"/><w:link w:val="af"/><w:uiPriority w:val="99"/></w:style>
<w:style w:type="paragraph" w:styleId="af1"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsia="方正小标宋简体" w:hAnsiTheme="majorHAnsi"/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="32"/></w:rPr></w:style>
</w:styles>"""

FONT_TABLE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="等线"><w:altName w:val="DengXian"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font><w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="方正小标宋简体"><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font><w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"""

WEB_SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"""


def settings_xml(
    ids: Ids, *, track: bool = False, footnotes: bool = False, template: bool = False
) -> str:
    rsids = "".join(f'<w:rsid w:val="{ids.rsid(k)}"/>' for k in range(6))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
        + ("<w:trackRevisions/>" if track else "")
        + '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
        '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/>'
        '<w:characterSpacingControl w:val="compressPunctuation"/>'
        + (
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
            if footnotes
            else ""
        )
        + "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>"
        "<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>"
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        "</w:compat>"
        f'<w:rsids><w:rsidRoot w:val="{ids.rsid(0)}"/>{rsids}</w:rsids>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


def numbering_xml(formats: list[tuple[str, str]]) -> str:
    """One abstract numbering (and num) per (numFmt, lvlText) pair, numIds from 1."""
    absts, nums = [], []
    for i, (fmt, text) in enumerate(formats):
        absts.append(
            f'<w:abstractNum w:abstractNumId="{i}" w15:restartNumberingAfterBreak="0">'
            f'<w:nsid w:val="{0x1A2B3C00 + i:08X}"/><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:tmpl w:val="{0x5E6F7000 + i:08X}"/>'
            f'<w:lvl w:ilvl="0" w:tplc="{0x0409000F + i:08X}"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
        )
        nums.append(f'<w:num w:numId="{i + 1}"><w:abstractNumId w:val="{i}"/></w:num>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">'
        + "".join(absts)
        + "".join(nums)
        + "</w:numbering>"
    )


def hdr_ftr(kind: str, body: str) -> str:
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{tag} {NS_DECL}>{body}</{tag}>'


def footnotes_xml(notes: dict[int, str], ids: Ids) -> str:
    sep = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    body = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="aa"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="ac"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{runs(text, ids, size=18)}</w:p></w:footnote>'
        for k, text in notes.items()
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS_DECL}>'
        f"{sep}{body}</w:footnotes>"
    )


def endnotes_xml() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {NS_DECL}>'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        "</w:p></w:endnote></w:endnotes>"
    )


def comments_xml(comments: list[tuple[int, str, str, str]], ids: Ids) -> str:
    body = "".join(
        f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" w:initials="{author[:1]}">'
        f'<w:p><w:pPr><w:pStyle w:val="af"/></w:pPr><w:r><w:rPr><w:rStyle w:val="ae"/></w:rPr>'
        f"<w:annotationRef/></w:r>{runs(text, ids, size=21)}</w:p></w:comment>"
        for cid, author, date, text in comments
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS_DECL}>'
        f"{body}</w:comments>"
    )


@dataclass
class Part:
    name: str  # path in the package, e.g. "word/media/image1.png"
    data: bytes
    content_type: str | None = None  # Override content type (None: covered by a Default)
    rel_type: str | None = None  # relationship from document.xml
    rel_id: str | None = None


@dataclass
class DocProps:
    creator: str = "Administrator"
    last_by: str = "Administrator"
    created: str = "2026-02-04T01:20:00Z"
    modified: str = "2026-02-05T01:05:00Z"
    revision: int = 3
    title: str = ""
    wps: bool = False
    app: str = "Microsoft Office Word"
    template: str = "Normal.dotm"


@dataclass
class Doc:
    body: str
    seed: str
    props: DocProps = field(default_factory=DocProps)
    header: str | None = None  # paragraph XML of the default header
    footer: str | None = None
    footnotes: dict[int, str] | None = None
    comments: list[tuple[int, str, str, str]] | None = None
    numbering: list[tuple[str, str]] | None = None
    parts: list[Part] = field(default_factory=list)
    main_ct: str = CT_DOCX
    track: bool = False
    ext_rels: list[tuple[str, str, str]] = field(default_factory=list)  # (id, type, url)


SECT = (
    '<w:sectPr w:rsidR="{rs}" w:rsidSect="{rs}">{refs}<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
    'w:footer="1400" w:gutter="0"/><w:cols w:space="425"/>'
    '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>'
)


def _zip(files: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data)
    return buf.getvalue()


def build(doc: Doc) -> bytes:
    ids = Ids(doc.seed)
    rels: list[tuple[str, str, str]] = [
        ("rId1", f"{REL}/styles", "styles.xml"),
        ("rId2", f"{REL}/settings", "settings.xml"),
        ("rId3", f"{REL}/webSettings", "webSettings.xml"),
        ("rId4", f"{REL}/fontTable", "fontTable.xml"),
    ]
    overrides = [
        ("/word/document.xml", doc.main_ct),
        (
            "/word/styles.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        ),
        (
            "/word/settings.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
        ),
        (
            "/word/webSettings.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml",
        ),
        (
            "/word/fontTable.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
        ),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    files: list[tuple[str, bytes]] = []
    refs = ""
    if doc.numbering:
        rels.append(("rId5", f"{REL}/numbering", "numbering.xml"))
        overrides.append(
            (
                "/word/numbering.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
            )
        )
        files.append(("word/numbering.xml", numbering_xml(doc.numbering).encode()))
    if doc.footnotes:
        rels.append(("rId6", f"{REL}/footnotes", "footnotes.xml"))
        rels.append(("rId7", f"{REL}/endnotes", "endnotes.xml"))
        overrides.append(
            (
                "/word/footnotes.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            )
        )
        overrides.append(
            (
                "/word/endnotes.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
            )
        )
        files.append(("word/footnotes.xml", footnotes_xml(doc.footnotes, ids).encode()))
        files.append(("word/endnotes.xml", endnotes_xml().encode()))
    if doc.header:
        rels.append(("rId8", f"{REL}/header", "header1.xml"))
        overrides.append(
            (
                "/word/header1.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
            )
        )
        files.append(("word/header1.xml", hdr_ftr("header", doc.header).encode()))
        refs += '<w:headerReference w:type="default" r:id="rId8"/>'
    if doc.footer:
        rels.append(("rId9", f"{REL}/footer", "footer1.xml"))
        overrides.append(
            (
                "/word/footer1.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
            )
        )
        files.append(("word/footer1.xml", hdr_ftr("footer", doc.footer).encode()))
        refs += '<w:footerReference w:type="default" r:id="rId9"/>'
    if doc.comments:
        rels.append(("rId10", f"{REL}/comments", "comments.xml"))
        overrides.append(
            (
                "/word/comments.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
            )
        )
        files.append(("word/comments.xml", comments_xml(doc.comments, ids).encode()))
    defaults = {
        "rels": "application/vnd.openxmlformats-package.relationships+xml",
        "xml": "application/xml",
    }
    for p in doc.parts:
        files.append((p.name, p.data))
        if p.content_type:
            ext = p.name.rsplit(".", 1)[-1]
            if ext in ("png", "jpeg", "jpg", "emf"):
                defaults[ext] = p.content_type
            else:
                overrides.append(("/" + p.name, p.content_type))
        if p.rel_type:
            rels.append((p.rel_id or "", p.rel_type, p.name.removeprefix("word/")))
    if doc.props.wps:
        overrides.append(
            (
                "/docProps/custom.xml",
                "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            )
        )

    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document {NS_DECL}>'
        f"<w:body>{doc.body}{SECT.format(rs=ids.rsid(0), refs=refs)}</w:body></w:document>"
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in defaults.items())
        + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in overrides)
        + "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        + (
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
            if doc.props.wps
            else ""
        )
        + "</Relationships>"
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="{i}" Type="{ty}" Target="{tg}"/>' for i, ty, tg in rels)
        + "".join(
            f'<Relationship Id="{i}" Type="{ty}" Target="{escape(tg)}" TargetMode="External"/>'
            for i, ty, tg in doc.ext_rels
        )
        + "</Relationships>"
    )
    p = doc.props
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(p.title)}</dc:title><dc:creator>{escape(p.creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(p.last_by)}</cp:lastModifiedBy><cp:revision>{p.revision}</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{p.created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{p.modified}</dcterms:modified></cp:coreProperties>'
    )
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>{p.template}</Template><TotalTime>12</TotalTime><Pages>1</Pages>"
        f"<Application>{escape(p.app)}</Application><DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        f"<AppVersion>{'12.0000' if p.wps else '16.0000'}</AppVersion></Properties>"
    )
    out = [
        ("[Content_Types].xml", ct.encode()),
        ("_rels/.rels", root_rels.encode()),
        ("word/document.xml", document.encode()),
        ("word/_rels/document.xml.rels", doc_rels.encode()),
        ("word/styles.xml", STYLES.encode()),
        (
            "word/settings.xml",
            settings_xml(ids, track=doc.track, footnotes=bool(doc.footnotes)).encode(),
        ),
        ("word/webSettings.xml", WEB_SETTINGS.encode()),
        ("word/fontTable.xml", FONT_TABLE.encode()),
        ("docProps/core.xml", core.encode()),
        ("docProps/app.xml", app.encode()),
    ]
    if p.wps:
        custom = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
            "<vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property>"
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
            "<vt:lpwstr>8C0A5D1E2F3B4C5D6E7F8091A2B3C4D5_12</vt:lpwstr></property></Properties>"
        )
        out.append(("docProps/custom.xml", custom.encode()))
    return _zip(out + files)


# ---------------------------------------------------------------- pictures, text boxes, fields


def png(width: int, height: int, seed: int) -> bytes:
    """A grey 'scanned page': white with dark bars where lines of text would be."""
    rows = []
    for y in range(height):
        line_band = (y % 18) in range(6, 12) and 20 < y < height - 20
        row = bytearray()
        for x in range(width):
            end = width - 20 - ((y // 18 + seed) * 37) % 60
            row.append(60 if line_band and 20 < x < end else 250)
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


def inline_picture(rel_id: str, pid: int, name: str, cx: int = 5274310, cy: int = 7458075) -> Raw:
    return Raw(
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="2540" b="9525"/>'
        f'<wp:docPr id="{pid}" name="图片 {pid}" descr="{name}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def text_box(paras_xml: str, pid: int) -> Raw:
    """A floating text box as Word 2010+ writes it: DrawingML in mc:Choice, the same text again
    as VML in mc:Fallback."""
    return Raw(
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset>'
        '</wp:positionV><wp:extent cx="5400040" cy="2160000"/><wp:effectExtent l="0" t="0" r="10160" b="19050"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{pid}" name="文本框 {pid}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400040" cy="2160000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="文本框 {pid}" o:spid="_x0000_s{1025 + pid}" type="#_x0000_t202" '
        'style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:3.6pt;width:425.2pt;'
        'height:170.1pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def complex_field(instr: str, shown: str, ids: Ids, extra: str = "") -> Raw:
    return Raw(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + runs(shown, ids, extra=extra, split_long=False)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


W = sys.modules[__name__]  # the writer above, named as W below for readability

ROOT = Path(__file__).resolve().parent
EXPECTED: list[dict] = []
_mtime_counter: dict[str, int] = {}

AUTHOR_DATE = "2026-02-05T09:21:00Z"


def J(items: list[str]) -> str:
    """Items as the bulletin prints them: joined with ；, ending with 。."""
    return "；".join(i.rstrip("。；") for i in items) + "。"


def expect(
    folder,
    file,
    category,
    unit,
    outcome,
    *,
    printed=None,
    must_print=(),
    must_not_print=(),
    must_report=(),
    why="",
):
    e = {
        "folder": folder,
        "file": file,
        "category": category,
        "unit": unit,
        "outcome": outcome,
        "printed": printed,
    }
    if must_print:
        e["must_print"] = list(must_print)
    e["must_not_print"] = list(must_not_print)
    e["must_report"] = list(must_report)
    e["why"] = why
    EXPECTED.append(e)


def _touch(path: Path) -> None:
    """Deterministic modification times: 2026-02-04 09:00 (UTC+8) onwards, 7 minutes apart per
    folder, all before the deadline (2026-02-05 12:00)."""
    folder = path.parent.name
    k = _mtime_counter.get(folder, 0)
    _mtime_counter[folder] = k + 1
    when = datetime(2026, 2, 4, 1, 0, tzinfo=UTC) + timedelta(minutes=7 * k + 3 * (k % 5))
    ts = when.timestamp()
    os.utime(path, (ts, ts))


def txt(folder: str, name: str, text: str, enc: str, crlf: bool = False) -> None:
    path = ROOT / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    # What Notepad calls "Unicode" is UTF-16LE with a BOM.
    data = b"\xff\xfe" + text.encode("utf-16-le") if enc == "utf-16" else text.encode(enc)
    path.write_bytes(data)
    _touch(path)


def save(folder: str, name: str, data: bytes) -> None:
    path = ROOT / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    _touch(path)


def props(
    creator: str, *, wps: bool = False, last_by: str | None = None, title: str = ""
) -> DocProps:
    if wps:
        return DocProps(
            creator=creator,
            last_by=last_by or creator,
            wps=True,
            app="WPS Office_12.1.0.16120",
            template="Normal.dotm",
            title=title,
        )
    return DocProps(creator=creator, last_by=last_by or creator, title=title)


def docx_file(folder: str, name: str, seed: str, build_body, **kw) -> None:
    """build_body(ids) -> body XML; kw go to Doc."""
    ids = W.Ids(seed)
    body = build_body(ids)
    save(folder, name, W.build(Doc(body=body, seed=seed, **kw)))


def paras(texts: list[str], ids: W.Ids) -> str:
    return "".join(W.para(x, ids=ids) for x in texts)


# =============================================================================== 1. nil replies


def cat1() -> None:
    f, c = "inbox_1", "1"

    txt(
        f,
        "商河县科技局-第19期.txt",
        "商河县科技局 王磊 2026/2/5 16:40:12\n本周无新增工作动态。\n",
        "utf-8",
    )
    expect(
        f,
        "商河县科技局-第19期.txt",
        c,
        "商河县",
        "nil",
        must_not_print=["本周无新增工作动态", "王磊", "16:40"],
        must_report=["本周无动态"],
        why="WeChat paste of a nil reply: a sender line (unit, name, date and time) and a wording "
        "not in the obvious list (本周无新增工作动态)",
    )

    docx_file(
        f,
        "钢城区.docx",
        "1-gangcheng",
        lambda ids: (
            W.title("钢城区科技局第19期工作动态", ids)
            + W.empty(ids)
            + W.para("无。", ids=ids)
            + W.empty(ids)
            + W.right("钢城区科学技术局", ids)
            + W.right("2026年2月5日", ids)
        ),
        props=props("GC-KJJ", wps=True),
    )
    expect(
        f,
        "钢城区.docx",
        c,
        "钢城区",
        "nil",
        must_not_print=["无。", "钢城区科学技术局", "2026年2月5日"],
        must_report=["本周无动态"],
        why="WPS .docx with a title, 无。 and the office's signature block with a date: still nil",
    )

    txt(
        f,
        "平阴县第十九期信息.txt",
        "平阴县科技局：\n　　本周暂无相关工作。\n\n　　联系人：刘洋　　电话：0531-87881234\n",
        "gbk",
        crlf=True,
    )
    expect(
        f,
        "平阴县第十九期信息.txt",
        c,
        "平阴县",
        "nil",
        must_not_print=["本周暂无相关工作", "刘洋", "87881234"],
        must_report=["本周无动态", "联系人"],
        why="GBK/CRLF, full-width indents, nil phrase plus a contact line; the issue number is "
        "written 第十九期 in the file name (the right issue, no warning)",
    )

    txt(f, "起步区.md", "# 济南新旧动能转换起步区科技工作动态\n\n> 本周无工作动态。\n", "utf-8-sig")
    expect(
        f,
        "起步区.md",
        c,
        "起步区",
        "nil",
        must_not_print=["本周无工作动态", ">"],
        must_report=["本周无动态"],
        why="Markdown: the full-name heading and the nil reply inside a block quote",
    )

    txt(f, "济阳区-第19期周报.txt", "暂无\n", "utf-16", crlf=True)
    expect(
        f,
        "济阳区-第19期周报.txt",
        c,
        "济阳区",
        "nil",
        must_not_print=["暂无"],
        must_report=["本周无动态"],
        why="Notepad 'Unicode' (UTF-16LE with BOM, CRLF) holding only 暂无",
    )

    def lixia(ids):
        hdr = [
            Cell([W.cpara("序号", ids, "center", bold=True)], 900, shade=True),
            Cell([W.cpara("工作动态", ids, "center", bold=True)], 5800, shade=True),
            Cell([W.cpara("责任科室", ids, "center", bold=True)], 1800, shade=True),
        ]
        row = [
            Cell([W.cpara("1", ids, "center")], 900),
            Cell([W.cpara("本周无", ids)], 5800),
            Cell([W.cpara("—", ids, "center")], 1800),
        ]
        return (
            W.title("历下区科技局工作动态（2026年第19期）", ids)
            + W.empty(ids)
            + W.table([hdr, row], [900, 5800, 1800], header_rows=1)
            + W.empty(ids)
        )

    docx_file(f, "历下区.docx", "1-lixia", lixia, props=props("lxkj"))
    expect(
        f,
        "历下区.docx",
        c,
        "历下区",
        "nil",
        must_not_print=["本周无", "1本周无", "责任科室", "—"],
        must_report=["本周无动态"],
        why="the office's usual table template with 序号/工作动态/责任科室 and one row saying 本周无",
    )

    txt(f, "天桥区科技局周报.txt", "【天桥区】本周无。\n", "utf-8")
    expect(
        f,
        "天桥区科技局周报.txt",
        c,
        "天桥区",
        "nil",
        must_not_print=["本周无"],
        must_report=["本周无动态"],
        why="the 【unit】 label and the nil reply on one line (today printed as 【天桥区】本周无。)",
    )

    txt(
        f,
        "莱芜区-企业微信.txt",
        "张敏@莱芜区科技局  2月5日 11:02\n@周报小助手 莱芜区本周无工作动态，特此报告。\n",
        "utf-8",
    )
    expect(
        f,
        "莱芜区-企业微信.txt",
        c,
        "莱芜区",
        "nil",
        must_not_print=["本周无工作动态", "张敏", "周报小助手", "特此报告"],
        must_report=["本周无动态"],
        why="企业微信 copy: name@unit sender line, an @mention, and the nil phrase wrapped in "
        "'莱芜区…，特此报告。'",
    )

    txt(f, "槐荫区科技局（第19期）.txt", "无\n\n", "gbk", crlf=True)
    expect(
        f,
        "槐荫区科技局（第19期）.txt",
        c,
        "槐荫区",
        "nil",
        must_not_print=["无。"],
        must_report=["本周无动态"],
        why="the shortest reply, 无, in GBK with trailing blank lines; unit from a file name with "
        "full-width parentheses",
    )


# =============================================================================== 2a. chat pastes


def cat2a() -> None:
    f, c = "inbox_2a", "2a"

    a = "2月3日，与历城控股集团赴山大科创城现场查勘生物制造中试示范基地选址，平台建设规划方案已制定完成。"
    b = "2月4日，组织辖区12家企业参加省重大科技创新工程项目申报培训，逐一梳理申报要点。"
    txt(
        f,
        "周报（微信）.txt",
        "李娜(历城区科技局) 2026-02-05 15:32:10\n各位领导，历城区本周动态如下：\n[文件]\n"
        f"李娜(历城区科技局) 2026-02-05 15:32:41\n{a}\n"
        f"李娜(历城区科技局) 2026-02-05 15:33:02\n{b}\n[图片]\n"
        "李娜(历城区科技局) 2026-02-05 15:33:20\n以上，请查收。\n"
        "王主任 2026-02-05 15:40:05\n收到\n",
        "utf-8",
    )
    expect(
        f,
        "周报（微信）.txt",
        c,
        "历城区",
        "printed",
        printed=J([a, b]),
        must_not_print=[
            "李娜",
            "王主任",
            "[文件]",
            "[图片]",
            "请查收",
            "收到",
            "各位领导",
            "15:32",
        ],
        must_report=["李娜", "[图片]", "请查收"],
        why="WeChat group copy; the file name names no unit, the sender lines (name(unit) date "
        "time) do; an intro line, placeholders and closers between the messages",
    )

    a_in = "2月2日，赴芯慧微电子(山东)有限公司座谈交流，围绕省重大科技创新项目指南建议征集提出针对性建议。"
    b = "2月4日，组织科技联络员工作专班赴齐鲁工业大学长清校区开展对接交流，推动高校创新资源与区域产业需求精准匹配。"
    txt(
        f,
        "章丘区-钉钉.txt",
        f"王晓明 2026/2/5 09:12:08\n【章丘区】\n{a_in}\n"
        f"王晓明 2026/2/5 09:12:30\n{b}\n[表情]\n"
        "王晓明 2026/2/5 09:13:01\n请审核！\n",
        "gbk",
    )
    expect(
        f,
        "章丘区-钉钉.txt",
        c,
        "章丘区",
        "printed",
        printed=J([a_in.replace("(山东)", "（山东）"), b]),
        must_not_print=["王晓明", "[表情]", "请审核", "09:12"],
        must_report=["王晓明", "请审核"],
        why="DingTalk copy in GBK: 【unit】 heading right after a sender line; the body mentions "
        "长清校区 (an alias of another unit) which must not move the text; (山东) half-width",
    )

    a = "2月3日，举办黄台大众创新创业中心入驻企业路演活动，8家科技型中小企业现场对接投资机构。"
    b = "2月5日，联合区统计局召开研发投入统计工作推进会，逐项核对企业研发费用归集情况。"
    qq = (
        "消息记录（此消息记录为文本格式，不支持重新导入）\n\n"
        "================================================================\n消息分组:科技系统\n"
        "================================================================\n消息对象:天桥区科技局-赵磊\n"
        "================================================================\n\n"
        f"2026-02-05 9:41:27 天桥区科技局-赵磊(1029384756)\n【天桥区】{a}\n\n"
        "2026-02-05 9:41:58 天桥区科技局-赵磊(1029384756)\n[图片]\n\n"
        f"2026-02-05 9:42:40 天桥区科技局-赵磊(1029384756)\n{b}\n\n"
        "2026-02-05 10:03:12 市科技局周报(3847561029)\n好的\n\n"
    )
    txt(f, "天桥区QQ消息记录.txt", qq, "utf-8-sig", crlf=True)
    expect(
        f,
        "天桥区QQ消息记录.txt",
        c,
        "天桥区",
        "printed",
        printed=J([a, b]),
        must_not_print=[
            "1029384756",
            "3847561029",
            "赵磊",
            "消息记录",
            "消息分组",
            "消息对象",
            "=====",
            "好的",
            "[图片]",
        ],
        must_report=["赵磊", "好的"],
        why="QQ message-manager .txt export: its header block, '====' rules, sender lines with "
        "the QQ number in parentheses, blank lines between messages",
    )

    a = "2月3日，赴欧锐激光、恒储机械等重点企业走访调研，宣讲科技金融政策，收集企业技术需求6项。"
    txt(
        f,
        "群聊-第19期报送.txt",
        "[2026-02-04 17:05] 周报小组-孙静:\n请各区县明天12点前报送第19期动态。\n"
        f"[2026-02-05 09:12] 济阳区科技局 刘波:\n济阳区科技局-刘波：{a}\n"
        "[2026-02-05 09:12] 济阳区科技局 刘波:\n[语音]\n"
        "[2026-02-05 09:13] 济阳区科技局 刘波:\n请审阅\n",
        "utf-8",
    )
    expect(
        f,
        "群聊-第19期报送.txt",
        c,
        "济阳区",
        "printed",
        printed=J([a]),
        must_not_print=["刘波", "孙静", "请各区县", "12点前", "[语音]", "请审阅"],
        must_report=["刘波", "请审阅"],
        why="bracketed-time chat export; the bureau's own call for material comes first and "
        "belongs to no unit; a sender prefix 济阳区科技局-刘波： before the text",
    )

    a = "2月4日，召开科技政策专题培训会，组织30余家企业学习研发投入填报、高企认定及项目申报等内容。"
    b = "2月5日，走访汶源街道3家规上工业企业，指导建立研发准备金制度。"
    txt(
        f,
        "钢城-周报.txt",
        "群聊的聊天记录\n—————  2026-02-05  —————\n"
        f"马骏  10:23\n【钢城区】{a}\n马骏  10:23\n[图片]\n马骏  10:24\n{b}\n"
        "局信息科-陈静  10:31\n[强]\n",
        "utf-8",
    )
    expect(
        f,
        "钢城-周报.txt",
        c,
        "钢城区",
        "printed",
        printed=J([a, b]),
        must_not_print=["马骏", "陈静", "聊天记录", "—————", "[强]", "[图片]", "10:23"],
        must_report=["马骏", "[强]"],
        why="a WeChat merged-forward record: title line, date divider, 'name  hh:mm' lines, "
        "[强] reaction; file named with the short name 钢城",
    )

    a = "2月2日，指导奥图自动化公司完善省重大创新项目指南建议申报材料，提升项目申报质量。"
    b = "2月4日，组织召开驻区高校成果转化座谈会，山东师范大学、山东中医药大学等6所高校参加。"
    txt(f, "长清区.txt", f"长清区工业信息化和科技局-张凯：{a}\n张凯：{b}\n收到，辛苦了！\n", "gbk")
    expect(
        f,
        "长清区.txt",
        c,
        "长清区",
        "printed",
        printed=J([a, b]),
        must_not_print=["张凯", "辛苦了", "收到", "工业信息化和科技局"],
        must_report=["张凯", "辛苦了"],
        why="messages copied without time lines: a long-alias sender prefix, then a name-only "
        "prefix 张凯：, then the editor's reply",
    )


# =============================================================================== 2b. signatures


def cat2b() -> None:
    f, c = "inbox_2b", "2b"

    a = "2月3日，调研济南国际医学中心大学科技园，专题研究园区孵化载体建设和入驻企业服务问题。"
    b = "2月5日，举办全区研发统计培训会，组织120名街道及企业业务骨干系统学习填报规范。"
    docx_file(
        f,
        "槐荫区-第19期.docx",
        "2b-huaiyin",
        lambda ids: (
            W.title("槐荫区科技局第19期工作动态", ids)
            + W.empty(ids)
            + paras([a, b], ids)
            + W.empty(ids)
            + W.para("报送人：孙丽　　审核人：郭强", ids=ids)
            + W.para("联系电话：０５３１－８７５９６６２１　手机：13905317788", ids=ids)
            + W.para("签发人：马志远", ids=ids)
        ),
        props=props("孙丽"),
    )
    expect(
        f,
        "槐荫区-第19期.docx",
        c,
        "槐荫区",
        "printed",
        printed=J([a, b]),
        must_not_print=[
            "孙丽",
            "郭强",
            "马志远",
            "13905317788",
            "87596621",
            "８７５９６６２１",
            "0531",
        ],
        must_report=["13905317788", "签发人"],
        why=".docx ending in a signature block: two items on one line, a full-width landline "
        "and a mobile on one line, 签发人",
    )

    a_in = (
        "2月2日，陪同市科技局赴市移动调研，指导企业做好研发经费归集，鼓励用足研发费用加计扣除政策。"
        "（联系人：王芳，手机：13805318888）"
    )
    a = "2月2日，陪同市科技局赴市移动调研，指导企业做好研发经费归集，鼓励用足研发费用加计扣除政策。"
    b = "2月4日，指导济南市林场完成2026年第一批科技成果登记。"
    txt(
        f,
        "市中区.txt",
        f"市中区科技局第19期工作动态\n\n　　{a_in}\n　　{b}\n\n"
        "联系人：王芳  电话：13805318888\n邮箱：szqkjj@jn.gov.cn\n",
        "gbk",
        crlf=True,
    )
    expect(
        f,
        "市中区.txt",
        c,
        "市中区",
        "printed",
        printed=J([a, b]),
        must_not_print=["13805318888", "王芳", "szqkjj", "联系人"],
        must_report=["13805318888", "邮箱"],
        why="GBK/CRLF: contact in parentheses at the end of a paragraph, then 联系人+电话 on one "
        "line (two spaces) and an 邮箱 line",
    )

    a = "2月3日，量子信息未来产业科技园首批5个项目集中签约，总投资约12亿元。"
    b = "2月5日，组织区内23家企业参加2026年度高新技术企业认定政策宣讲会。"

    def gx(ids):
        sig = [
            [
                Cell([W.cpara("报送单位", ids, "center")], 2000),
                Cell([W.cpara("济南高新区科技经济部", ids)], 6500),
            ],
            [Cell([W.cpara("联系人", ids, "center")], 2000), Cell([W.cpara("赵伟", ids)], 6500)],
            [
                Cell([W.cpara("座机", ids, "center")], 2000),
                Cell([W.cpara("0531-88886666", ids)], 6500),
            ],
            [
                Cell([W.cpara("邮箱", ids, "center")], 2000),
                Cell([W.cpara("gxqkjjb@163.com", ids)], 6500),
            ],
        ]
        return (
            W.para("【高新区】" + a, ids=ids)
            + W.para(b, ids=ids)
            + W.empty(ids)
            + W.table(sig, [2000, 6500])
            + W.empty(ids)
        )

    docx_file(f, "高新区-第19期动态.docx", "2b-gaoxin", gx, props=props("赵伟"))
    expect(
        f,
        "高新区-第19期动态.docx",
        c,
        "济南高新区",
        "printed",
        printed=J([a, b]),
        must_not_print=["赵伟", "88886666", "gxqkjjb", "报送单位", "座机"],
        must_report=["88886666"],
        why="the contact block is a two-column table at the end of the .docx (报送单位/联系人/座机/邮箱)",
    )

    a = "2月3日，赴山东莱威新材料有限公司开展招商引资对接，已初步达成合作意向。"
    b = "本周审核5笔科技成果转化风险补偿贷款，共1750万元。"
    txt(
        f,
        "莱芜区科技局.md",
        f"## 莱芜区\n\n- {a}\n- {b}\n\n---\n审核：李明 | 签发：张伟\n座机：0531-76215678　手机：138 6340 1234\n",
        "utf-8",
    )
    expect(
        f,
        "莱芜区科技局.md",
        c,
        "莱芜区",
        "printed",
        printed=J([a, b]),
        must_not_print=[
            "李明",
            "张伟",
            "76215678",
            "6340 1234",
            "13863401234",
            "---",
            "审核：",
            "签发：",
        ],
        must_report=["76215678"],
        why="Markdown ending in a rule and short labels (审核：/签发：, not 审核人), a landline and "
        "a mobile written in groups with spaces, on one line",
    )

    a = "2月4日，与济南大学、齐鲁工业大学专家围绕脑机接口产业发展开展专题座谈，推动技术加速临床应用与产业落地。"
    docx_file(
        f,
        "历下区.docx",
        "2b-lixia",
        lambda ids: (
            W.title("历下区科技局工作动态", ids)
            + W.empty(ids)
            + W.para(a, ids=ids)
            + W.empty(ids)
            + W.para("拟稿：陈晨　核稿：刘洋　签发：周涛", ids=ids)
            + W.para("（联系人：陈晨 0531-86091234）", ids=ids)
            + W.empty(ids)
            + W.right("历下区科学技术局", ids)
            + W.right("2026年2月5日", ids)
        ),
        props=props("chenchen"),
    )
    expect(
        f,
        "历下区.docx",
        c,
        "历下区",
        "printed",
        printed=J([a]),
        must_not_print=[
            "陈晨",
            "刘洋",
            "周涛",
            "86091234",
            "拟稿",
            "核稿",
            "历下区科学技术局",
            "2026年2月5日",
        ],
        must_report=["86091234"],
        why="official-document sign-off words 拟稿/核稿/签发 on one line, a contact in "
        "parentheses on its own line, and the 落款 (office name and date) right-aligned",
    )

    txt(
        f,
        "起步区-周报.txt",
        "起步区科技工作动态\n"
        "2月4日，赴山科集团对接山科产业园区项目招引工作，园区运营方负责人（手机13969112345）介绍了首批企业入驻计划。\n"
        "2月5日，组织区内8家企业参加黄河流域科技成果转化对接会。\n"
        "报送：起步区科技局 徐航 15805319876\n",
        "utf-8",
    )
    expect(
        f,
        "起步区-周报.txt",
        c,
        "起步区",
        "warning",
        must_print=[
            "赴山科集团对接山科产业园区项目招引工作",
            "组织区内8家企业参加黄河流域科技成果转化对接会",
        ],
        must_not_print=["13969112345", "15805319876", "徐航"],
        must_report=["13969112345", "15805319876"],
        why="a mobile number inside a sentence (removed with a warning) and a one-line "
        "'报送：unit name mobile' signature without 人",
    )

    a = "2月3日，组织科技统计培训，精准指导20家企业填报研发投入报表。"
    b = "2月5日，走访商河经济开发区4家企业，宣讲科技型中小企业评价政策。"
    txt(
        f,
        "商河县.txt",
        "报送单位：商河县科技局\n报送人：韩冰　联系电话：０５３１－８４８８１２３４　手机：１３８０５３１２２３３\n"
        f"{a}\n{b}\n",
        "utf-8",
    )
    expect(
        f,
        "商河县.txt",
        c,
        "商河县",
        "printed",
        printed=J([a, b]),
        must_not_print=[
            "韩冰",
            "13805312233",
            "１３８０５３１２２３３",
            "84881234",
            "８４８８１２３４",
        ],
        must_report=["报送人"],
        why="the contact block comes first, three items on one line in full-width digits, "
        "then the text",
    )


# =============================================================================== 3a. lists and breaks


def wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def cat3a() -> None:
    f, c = "inbox_3a", "3a"

    items = [
        "2月2日，与齐鲁工业大学（省科学院）就玫德集团实验室提档升级开展对接",
        "2月3日，审核3笔科技成果转化风险补偿贷款820万元",
        "组织12家企业参加省科技型中小企业评价政策线上培训",
    ]
    txt(
        f,
        "平阴县.txt",
        "平阴县科技工作动态\n" + "".join(f"　　{x}\n" for x in items),
        "gbk",
        crlf=True,
    )
    expect(
        f,
        "平阴县.txt",
        c,
        "平阴县",
        "printed",
        printed=J(items),
        must_not_print=["对接2月3日", "820万元组织"],
        must_report=[],
        why="GBK/CRLF list typed without 。, a full-width indent on every line; the third line "
        "has no date but is a complete clause after a complete clause",
    )

    p1 = (
        "2月3日，调研济南国际医学中心大学科技园并召开座谈会，专题研究解决园区建设发展中的用地和配套问题，"
        "推动园区加快形成孵化集聚效应。"
    )
    p2 = "2月5日，举办全区研发统计培训会，组织120名街道及企业业务骨干系统学习，助力全区研发投入稳步增长。"
    lines = wrap(p1, 26) + wrap(p2, 26)
    txt(f, "槐荫区.txt", "\n".join(lines) + "\n", "utf-8")
    expect(
        f,
        "槐荫区.txt",
        c,
        "槐荫区",
        "printed",
        printed=J([p1, p2]),
        must_not_print=["及；企业", "园；区"],
        must_report=[],
        why="text copied from a PDF: every line cut at 26 characters, mid-word (业/务); only the "
        "line starting with a date starts an item",
    )

    docx_file(
        f,
        "济阳区.docx",
        "3a-jiyang",
        lambda ids: (
            W.title("济阳区科技工作动态", ids)
            + W.para(
                "2月2日，赴欧锐激光开展走访调研，了解企业创新平台建设情况；",
                BR,
                "2月3日，指导恒储机械完成科技成果登记；",
                BR,
                "2月4日，召开科技金融政策宣讲会，15家企业参加",
                BR,
                "组织铭牌精工等3家企业申报市级工程技术研究中心",
                ids=ids,
            )
        ),
        props=props("jykj", wps=True),
    )
    expect(
        f,
        "济阳区.docx",
        c,
        "济阳区",
        "printed",
        printed=J(
            [
                "2月2日，赴欧锐激光开展走访调研，了解企业创新平台建设情况；",
                "2月3日，指导恒储机械完成科技成果登记；",
                "2月4日，召开科技金融政策宣讲会，15家企业参加",
                "组织铭牌精工等3家企业申报市级工程技术研究中心",
            ]
        ),
        must_not_print=["参加组织", "；；"],
        must_report=[],
        why="one WPS paragraph of soft line breaks (Shift+Enter); the lines end with ； or with nothing",
    )

    a = "2月3日，组织召开长清区驻区高校成果转化座谈会，聚焦优化区域创新创业生态，深化校产城融合发展，全力推动驻区高校优质科技成果就地转化。"
    b = "2月5日，指导奥图自动化、华熙生物等企业完善省重大创新项目的申报材料"
    txt(
        f,
        "长清区-动态.txt",
        "【长清区】\n2月3日，组织召开长清区驻区高校成果转化座谈会，\n聚焦优化区域创新创业生态，深化校产城融合发展，全力推动\n"
        "驻区高校优质科技成果就地转化。\n2月5日，指导奥图自动化、华熙生物等企业完善省重大创新项目的\n申报材料\n",
        "utf-8",
    )
    expect(
        f,
        "长清区-动态.txt",
        c,
        "长清区",
        "printed",
        printed=J([a, b]),
        must_not_print=["座谈会；聚焦", "推动；驻区", "的；申报"],
        must_report=[],
        why="typed on a phone with Enter mid-sentence: lines ending in ，, 推动 and 的 continue; "
        "the last line has no 。",
    )

    items = [
        "1月31日，组织科技联络员工作专班赴山东大学材料学院开展对接交流",
        "2月3日，赴芯慧微电子（山东）有限公司座谈交流，梳理解读科技人才政策，指导泰山人才工程申报筹备工作",
        "本周完成3家企业省级企业技术中心申报材料初审",
    ]
    txt(
        f,
        "章丘区第19期.txt",
        "章丘区科技工作动态\n" + items[0] + "\n"
        "2月3日，赴芯慧微电子（山东）有限公司座谈交流，梳理解读科技人才政策，指导泰山人才工程申报筹备\n工作\n"
        + items[2]
        + "\n",
        "utf-8-sig",
    )
    expect(
        f,
        "章丘区第19期.txt",
        c,
        "章丘区",
        "printed",
        printed=J(items),
        must_not_print=["筹备；工作", "；工作；"],
        must_report=[],
        why="a list without 。 mixed with one line broken inside a word (筹备/工作, a 2-character "
        "tail); 1月31日 is the first day of the period, no warning",
    )

    docx_file(
        f,
        "市中区.docx",
        "3a-shizhong",
        lambda ids: (
            W.title("市中区科技局第19期工作动态", ids)
            + paras(
                [
                    "2月2日，对接省电力公司、济南大学等单位研发投入情况，凝聚工作合力，扎实做好区域研发投入和",
                    "科技统计工作。",
                    "2月4日，指导济南市林场进行科技成果登记",
                    "组织辖区6家企业开展研发费用加计扣除政策辅导",
                ],
                ids,
            )
        ),
        props=props("user"),
    )
    expect(
        f,
        "市中区.docx",
        c,
        "市中区",
        "printed",
        printed=J(
            [
                "2月2日，对接省电力公司、济南大学等单位研发投入情况，凝聚工作合力，扎实做好区域研发投入和科技统计工作。",
                "2月4日，指导济南市林场进行科技成果登记",
                "组织辖区6家企业开展研发费用加计扣除政策辅导",
            ]
        ),
        must_not_print=["投入和；科技"],
        must_report=[],
        why="PDF text pasted into Word: one sentence split over two Word paragraphs (ends in 和), "
        "then two list paragraphs without 。",
    )

    p1 = "2月2日，量子信息未来产业科技园建设推进会召开，园区一期主体工程完成封顶，3家量子科技企业签订入驻协议。"
    p2 = "2月4日，山东盛迪创新药物研发基地通过竣工验收，即将投入使用。"
    txt(
        f,
        "高新区.txt",
        "济南高新区本周工作动态\n\n2月2日，量子信息未来产业科技园建设推进会召开，园区\n一期主体工程完成封顶，3家量子科技企业签订入驻协议。\n\n"
        "2月4日，山东盛迪创新药物研发基地通过竣工验收，即将\n投入使用。\n",
        "utf-8",
    )
    expect(
        f,
        "高新区.txt",
        c,
        "济南高新区",
        "printed",
        printed=J([p1, p2]),
        must_not_print=["园区；一期", "即将；投入"],
        must_report=[],
        why="an e-mail body: paragraphs separated by blank lines, each wrapped by the mail client "
        "at an arbitrary place (after 园区, 即将)",
    )


# =============================================================================== 3b. markers + dates


def cat3b() -> None:
    f, c = "inbox_3b", "3b"

    items = [
        "2月2日，召开科技政策专题培训会，组织30余家企业学习高企认定及项目申报等内容。",
        "2月4日，走访山东泰山钢铁集团，了解企业研发平台建设需求。",
        "3.5万元科技创新券已兑付至4家企业。",
    ]
    txt(
        f,
        "钢城区.txt",
        "钢城区本周工作动态：\n" + "".join(f"{i + 1}、{x}\n" for i, x in enumerate(items)),
        "utf-8",
    )
    expect(
        f,
        "钢城区.txt",
        c,
        "钢城区",
        "printed",
        printed=J(items),
        must_not_print=["1、", "12月2日", "22月4日", "33.5", "；5万元", "3、"],
        must_report=[],
        why="1、2、3、 markers directly before a date, and 3、 directly before an amount 3.5万元",
    )

    a = "2月2日，赴山大科创城调度生物制造中试示范基地建设进度。"
    b = "2月3日，与山东大学微生物改造技术全国重点实验室对接中试平台运营模式。"
    cc = "2月5日，组织辖区8家企业参加科技型中小企业评价政策培训。"
    docx_file(
        f,
        "历城区.docx",
        "3b-licheng",
        lambda ids: (
            W.title("历城区科技局本周工作动态", ids)
            + paras(["（1）" + a, "（2）" + b, "(3)" + cc], ids)
        ),
        props=props("lckj"),
    )
    expect(
        f,
        "历城区.docx",
        c,
        "历城区",
        "printed",
        printed=J([a, b, cc]),
        must_not_print=["（1）", "(3)", "（3）", "12月2日"],
        must_report=[],
        why="（1）（2） markers before dates, and a (3) typed with half-width parentheses",
    )

    a = "2月3日，举办山东省大众创新创业研究院专家咨询会，研讨区域创新生态建设路径。"
    b = "2月4日，赴市委军民融合办对接融通地产山东公司，推进军民融合产业园前期工作。"
    cc = "本周新增科技成果转化贷款1.06亿元，惠及科技型中小企业11家。"
    txt(
        f,
        "天桥区.txt",
        f"天桥区科技局工作动态\n1.{a}\n2.{b}\n3.本周新增科技成果转化贷款\n1.06亿元，惠及科技型中小企业11家。\n",
        "gbk",
        crlf=True,
    )
    expect(
        f,
        "天桥区.txt",
        c,
        "天桥区",
        "printed",
        printed=J([a, b, cc]),
        must_not_print=["12月3日", "22月4日", "；06亿元", "贷款06亿元", "贷款；"],
        must_report=[],
        why="1.2月3日 style markers in GBK; the third item is broken before the amount 1.06亿元, "
        "which starts a line and looks like a marker (as in the published issue 18)",
    )

    items = [
        "2月3日，组织科技统计培训，精准指导填报要点，提高科技统计工作质效。",
        "2月5日，走访商河经济开发区5家企业，宣讲研发费用加计扣除政策。",
        "1.2万元科技创新券完成兑付。",
    ]
    docx_file(
        f,
        "商河县.docx",
        "3b-shanghe",
        lambda ids: (
            W.title("商河县科技局工作动态", ids)
            + paras(["①" + items[0], "②" + items[1], "③" + items[2]], ids)
        ),
        props=props("shkj", wps=True),
    )
    expect(
        f,
        "商河县.docx",
        c,
        "商河县",
        "printed",
        printed=J(items),
        must_not_print=["①", "②", "③", "31.2", "；2万元"],
        must_report=[],
        why="circled-number markers before dates and before an amount with a decimal point",
    )

    items = [
        "2月2日，赴山东莱威新材料有限公司开展招商引资对接，已初步达成合作意向。",
        "2月4日，组织区内10家企业参加科技成果转化风险补偿贷款政策说明会。",
        "1750万元风险补偿贷款已完成审核。",
    ]
    txt(
        f,
        "莱芜区.md",
        "## 莱芜区科技局\n\n" + "".join(f"{i + 1}. {x}\n" for i, x in enumerate(items)),
        "utf-8",
    )
    expect(
        f,
        "莱芜区.md",
        c,
        "莱芜区",
        "printed",
        printed=J(items),
        must_not_print=["1. ", "31750", "##"],
        must_report=[],
        why="a Markdown ordered list whose items start with a date, and one with an amount",
    )

    items = [
        "2月2日，赴芯慧微电子有限公司座谈交流，指导企业做好省重大科技创新项目申报准备。",
        "2月4日，组织科技联络员赴山东大学材料学院开展对接交流。",
        "2月5日，梳理解读科技人才政策，指导3家企业开展泰山人才工程申报筹备。",
    ]
    txt(
        f,
        "章丘区.txt",
        "章丘区科技局\n１．２月２日，赴芯慧微电子有限公司座谈交流，指导企业做好省重大科技创新项目申报准备。\n"
        "（二）２月４日，组织科技联络员赴山东大学材料学院开展对接交流。\n"
        "⑶２月５日，梳理解读科技人才政策，指导３家企业开展泰山人才工程申报筹备。\n",
        "utf-8-sig",
    )
    expect(
        f,
        "章丘区.txt",
        c,
        "章丘区",
        "printed",
        printed=J(items),
        must_not_print=["1.2月", "（二）", "(3)", "⑶", "32月5日", "12月2日"],
        must_report=[],
        why="inconsistent markers in full-width form (１． （二） ⑶) before full-width dates",
    )

    items = [
        "2月2日，赴山科集团参观山东省机器人与智能装备公共技术服务平台，就山科产业园区项目招引进行座谈交流。",
        "2月4日，组织区内8家企业参加黄河流域科技成果转化对接会。",
    ]
    txt(
        f, "起步区.txt", "起步区科技工作动态\n一、" + items[0] + "\n二、" + items[1] + "\n", "utf-8"
    )
    expect(
        f,
        "起步区.txt",
        c,
        "起步区",
        "printed",
        printed=J(items),
        must_not_print=["一、", "二、"],
        must_report=[],
        why="一、二、 markers (the shape of a sub-heading like 一、本周工作动态) followed by dated "
        "items: these are content, not headings",
    )

    items = [
        "2月3日，陪同市科技局赴市移动调研，指导企业做好研发经费归集。",
        "2月5日，指导济南市林场进行2026年第一批科技成果登记。",
        "全区本年度研发投入预计突破2.5亿元。",
    ]
    txt(
        f,
        "市中区.txt",
        "市中区科技局第19期动态\n" + "".join(f"{i + 1}){x}\n" for i, x in enumerate(items)),
        "utf-8",
    )
    expect(
        f,
        "市中区.txt",
        c,
        "市中区",
        "printed",
        printed=J(items),
        must_not_print=["1)", "1）", "2）2月5日", "12月3日", "3）全区"],
        must_report=[],
        why="1) 2) 3) markers with a half-width parenthesis before dates; an amount 2.5亿元 "
        "mid-sentence that is not a date",
    )


# =============================================================================== 3c. tables


def hdr_cells(ids, labels_widths):
    return [
        Cell([W.cpara(lab, ids, "center", bold=True)], w, shade=True) for lab, w in labels_widths
    ]


def cat3c() -> None:
    f, c = "inbox_3c", "3c"

    def lixia(ids):
        g = [(("序号", 800)), ("工作动态", 5000), ("责任科室", 1400), ("完成时间", 1400)]
        rows = [
            hdr_cells(ids, g),
            [
                Cell([W.cpara("1", ids, "center")], 800),
                Cell([W.cpara("与济南大学专家围绕脑机接口产业发展开展专题座谈", ids)], 5000),
                Cell([W.cpara("产业科", ids, "center")], 1400),
                Cell([W.cpara("2月3日", ids, "center")], 1400),
            ],
            [
                Cell([W.cpara("2", ids, "center")], 800),
                Cell([W.cpara("组织辖区15家企业开展高新技术企业认定政策辅导", ids)], 5000),
                Cell([W.cpara("综合科", ids, "center")], 1400),
                Cell([W.cpara("2月5日", ids, "center")], 1400),
            ],
        ]
        return W.title("历下区科技局第19期工作动态", ids) + W.table(
            rows, [800, 5000, 1400, 1400], header_rows=1
        )

    docx_file(f, "历下区-第19期.docx", "3c-lixia", lixia, props=props("lxkj"))
    expect(
        f,
        "历下区-第19期.docx",
        c,
        "历下区",
        "printed",
        must_print=[
            "与济南大学专家围绕脑机接口产业发展开展专题座谈",
            "组织辖区15家企业开展高新技术企业认定政策辅导",
            "2月3日",
            "2月5日",
        ],
        must_not_print=[
            "座谈产业科",
            "产业科2月",
            "产业科；",
            "综合科",
            "责任科室",
            "完成时间",
            "序号",
            "12月3日",
            "22月5日",
        ],
        must_report=["责任科室"],
        why="序号/工作动态/责任科室/完成时间 table: the date is in the last column and belongs at "
        "the start of its item; the 责任科室 column is not printed",
    )

    a = "2月3日召开黄台大众创新创业中心入驻企业座谈会，听取企业发展诉求。"
    b = "2月5日组织研发投入统计专题培训，提升报表填报质量。"

    def tianqiao(ids):
        rows = [
            [Cell([W.cpara("1", ids, "center")], 700), Cell([W.cpara(a, ids)], 7800)],
            [Cell([W.cpara("2", ids, "center")], 700), Cell([W.cpara(b, ids)], 7800)],
        ]
        return W.para("天桥区：", ids=ids) + W.table(rows, [700, 7800])

    docx_file(f, "天桥区.docx", "3c-tianqiao", tianqiao, props=props("tq"))
    expect(
        f,
        "天桥区.docx",
        c,
        "天桥区",
        "printed",
        printed=J([a, b]),
        must_not_print=["12月3日", "22月5日", "1 2月3日"],
        must_report=[],
        why="a table without a header: row number in one cell, a text starting with a date in the "
        "next (1 | 2月3日… must not become 12月3日)",
    )

    zq1 = "2月3日，赴芯慧微电子（山东）有限公司座谈交流，提出针对性建议。"
    zq2 = "2月5日，组织科技联络员赴齐鲁工业大学对接交流。"
    jy = "2月4日，召开科技金融政策宣讲会，20家企业参加。"
    py = "2月3日，审核3笔科技成果转化风险补偿贷款820万元。"

    def combined(ids):
        rows = [
            hdr_cells(ids, [("单位", 1600), ("工作动态", 6900)]),
            [
                Cell([W.cpara("章丘区", ids, "center")], 1600, vmerge="restart"),
                Cell([W.cpara(zq1, ids)], 6900),
            ],
            [Cell([W.cpara("", ids)], 1600, vmerge="continue"), Cell([W.cpara(zq2, ids)], 6900)],
            [Cell([W.cpara("济阳区", ids, "center")], 1600), Cell([W.cpara(jy, ids)], 6900)],
            [Cell([W.cpara("商河县", ids, "center")], 1600), Cell([W.cpara("无", ids)], 6900)],
            [Cell([W.cpara("平阴", ids, "center")], 1600), Cell([W.cpara(py, ids)], 6900)],
        ]
        return W.title("各区县科技工作动态汇总（第19期）", ids) + W.table(
            rows, [1600, 6900], header_rows=1
        )

    name = "各区县动态汇总（综合科）.docx"
    docx_file(f, name, "3c-combined", combined, props=props("综合科"))
    why = "a 综合 office's table 单位 | 工作动态: 章丘区's cell is merged over two rows, 商河县 says 无, 平阴 is a short name"
    expect(
        f,
        name,
        c,
        "章丘区",
        "printed",
        printed=J([zq1, zq2]),
        must_not_print=["章丘区2月"],
        why=why,
    )
    expect(f, name, c, "济阳区", "printed", printed=J([jy]), why=why)
    expect(
        f,
        name,
        c,
        "商河县",
        "nil",
        must_not_print=["【商河县】"],
        must_report=["本周无动态"],
        why=why,
    )
    expect(f, name, c, "平阴县", "printed", printed=J([py]), why=why)

    def changqing(ids):
        rows = [
            [
                Cell(
                    [W.cpara("序号", ids, "center", bold=True)], 800, vmerge="restart", shade=True
                ),
                Cell([W.cpara("工作进展", ids, "center", bold=True)], 6400, span=2, shade=True),
                Cell(
                    [W.cpara("备注", ids, "center", bold=True)], 1300, vmerge="restart", shade=True
                ),
            ],
            [
                Cell([W.cpara("", ids)], 800, vmerge="continue", shade=True),
                Cell([W.cpara("时间", ids, "center", bold=True)], 1400, shade=True),
                Cell([W.cpara("内容", ids, "center", bold=True)], 5000, shade=True),
                Cell([W.cpara("", ids)], 1300, vmerge="continue", shade=True),
            ],
            [
                Cell([W.cpara("1", ids, "center")], 800),
                Cell([W.cpara("2月2日", ids, "center")], 1400),
                Cell([W.cpara("指导奥图自动化公司完善省重大创新项目申报材料", ids)], 5000),
                Cell([W.cpara("已完成", ids, "center")], 1300),
            ],
            [
                Cell([W.cpara("2", ids, "center")], 800),
                Cell([W.cpara("2月4日", ids, "center")], 1400),
                Cell([W.cpara("组织召开驻区高校成果转化座谈会", ids)], 5000),
                Cell([W.cpara("", ids)], 1300),
            ],
        ]
        return W.title("长清区科技工作推进情况表", ids) + W.table(
            rows, [800, 1400, 5000, 1300], header_rows=2
        )

    docx_file(f, "长清区.docx", "3c-changqing", changqing, props=props("cq"))
    expect(
        f,
        "长清区.docx",
        c,
        "长清区",
        "printed",
        must_print=[
            "指导奥图自动化公司完善省重大创新项目申报材料",
            "组织召开驻区高校成果转化座谈会",
            "2月2日",
            "2月4日",
        ],
        must_not_print=["已完成", "工作进展", "备注", "序号", "时间内容", "12月2日", "22月4日"],
        must_report=["备注"],
        why="a two-row header with merged cells (序号 and 备注 merged down, 工作进展 across 时间/内容)",
    )

    def huaiyin(ids):
        g = [("序号", 700), ("日期", 1900), ("工作内容", 4600), ("备注", 1300)]
        rows = [
            hdr_cells(ids, g),
            [
                Cell([W.cpara("1", ids, "center")], 700),
                Cell([W.cpara("2月3日", ids, "center")], 1900),
                Cell([W.cpara("调研济南国际医学中心大学科技园并召开座谈会", ids)], 4600),
                Cell([W.cpara("", ids)], 1300),
            ],
            [
                Cell([W.cpara("2", ids, "center")], 700),
                Cell([W.cpara("2月4日—2月5日", ids, "center")], 1900),
                Cell(
                    [W.cpara("举办全区研发统计培训会，", ids), W.cpara("120名业务骨干参加", ids)],
                    4600,
                ),
                Cell([W.cpara("分两期举办", ids, "center")], 1300),
            ],
        ]
        return W.title("槐荫区科技局工作动态", ids) + W.table(
            rows, [700, 1900, 4600, 1300], header_rows=1
        )

    docx_file(f, "槐荫区.docx", "3c-huaiyin", huaiyin, props=props("hy", wps=True))
    expect(
        f,
        "槐荫区.docx",
        c,
        "槐荫区",
        "printed",
        must_print=[
            "调研济南国际医学中心大学科技园并召开座谈会",
            "2月4日—2月5日",
            "举办全区研发统计培训会，120名业务骨干参加",
        ],
        must_not_print=["分两期举办", "备注", "12月3日", "22月4日"],
        must_report=["备注"],
        why="WPS table 序号/日期/工作内容/备注: a date range in the date column, a content cell "
        "holding two paragraphs (broken after ，)",
    )

    a = "2月3日，赴山科集团参观山东省机器人与智能装备公共技术服务平台，就山科产业园区项目招引进行座谈交流。"
    b = "2月5日，组织区内8家企业参加黄河流域科技成果转化对接会。"
    docx_file(
        f,
        "起步区.docx",
        "3c-qibu",
        lambda ids: (
            W.title("起步区科技工作动态", ids)
            + W.table([[Cell([W.para(a, ids=ids), W.para(b, ids=ids)], 8500)]], [8500])
            + W.empty(ids)
        ),
        props=props("qbq"),
    )
    expect(
        f,
        "起步区.docx",
        c,
        "起步区",
        "printed",
        printed=J([a, b]),
        must_not_print=["交流。2月5日", "交流2月5日"],
        must_report=[],
        why="the whole text in a one-cell 'box' table, two paragraphs in that cell (two items)",
    )

    def gaoxin(ids):
        g = [("序号", 800), ("工作事项", 5500), ("时间", 2200)]
        rows = [
            hdr_cells(ids, g),
            [
                Cell([W.cpara("1.", ids, "center")], 800),
                Cell([W.cpara("量子信息未来产业科技园首批5个项目集中签约", ids)], 5500),
                Cell([W.cpara("2026年2月3日", ids, "center")], 2200),
            ],
            [
                Cell([W.cpara("2.", ids, "center")], 800),
                Cell([W.cpara("组织区内23家企业参加高新技术企业认定政策宣讲会", ids)], 5500),
                Cell([W.cpara("2026年2月5日", ids, "center")], 2200),
            ],
            [
                Cell(
                    [
                        W.cpara(
                            "填报说明：本表由各部门于每周四12:00前报送，每项不超过300字。",
                            ids,
                            size=21,
                        )
                    ],
                    8500,
                    span=3,
                )
            ],
        ]
        return W.title("高新区科技经济部重点工作周报表", ids) + W.table(
            rows, [800, 5500, 2200], header_rows=1
        )

    docx_file(f, "高新区科技经济部.docx", "3c-gaoxin", gaoxin, props=props("gx"))
    expect(
        f,
        "高新区科技经济部.docx",
        c,
        "济南高新区",
        "printed",
        must_print=[
            "量子信息未来产业科技园首批5个项目集中签约",
            "组织区内23家企业参加高新技术企业认定政策宣讲会",
            "2月3日",
            "2月5日",
        ],
        must_not_print=["填报说明", "每周四", "工作事项", "1.2026", "12026", "2.2026"],
        must_report=["填报说明"],
        why="a form: 序号 written 1. 2., a 时间 column with full dates, and a last row merged "
        "across the table holding the form's instructions",
    )


# =============================================================================== 4. Word as Word shows it


def move_para(kind: str, text: str, ids: W.Ids, range_id: int, name: str) -> str:
    """A paragraph moved with Track Changes on: kind is 'moveFrom' or 'moveTo'."""
    mark = f'<w:{kind} w:id="{ids.revision()}" w:author="王敏" w:date="{AUTHOR_DATE}"/>'
    ppr = W.BODY_PPR.format(
        rpr=f'<w:rPr>{mark}<w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'
    )
    inner = (
        f'<w:{kind}RangeStart w:id="{range_id}" w:author="王敏" w:date="{AUTHOR_DATE}" w:name="{name}"/>'
        f'<w:{kind} w:id="{ids.revision()}" w:author="王敏" w:date="{AUTHOR_DATE}">{W.runs(text, ids)}</w:{kind}>'
        f'<w:{kind}RangeEnd w:id="{range_id}"/>'
    )
    return W.para(Raw(inner), ids=ids, ppr=ppr)


def revised_para(kind: str, text: str, ids: W.Ids, author: str = "王敏") -> str:
    """A whole paragraph inserted ('ins') or deleted ('del') with Track Changes on."""
    mark = f'<w:{kind} w:id="{ids.revision()}" w:author="{author}" w:date="{AUTHOR_DATE}"/>'
    ppr = W.BODY_PPR.format(
        rpr=f'<w:rPr>{mark}<w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'
    )
    if kind == "ins":
        inner = W.ins(W.runs(text, ids), ids, author, AUTHOR_DATE)
    else:
        inner = W.dele(text, ids, author, AUTHOR_DATE)
    return W.para(inner, ids=ids, ppr=ppr)


def hidden(text: str, ids: W.Ids) -> Raw:
    return Raw(W.runs(text, ids, extra="<w:vanish/>"))


def sdt_block(inner_paras: str, sid: int, placeholder: bool = False) -> str:
    pr = f'<w:id w:val="{sid}"/>'
    if placeholder:
        pr = (
            '<w:rPr><w:rStyle w:val="a9"/></w:rPr>'
            + pr
            + '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
            "<w:showingPlcHdr/>"
        )
    else:
        pr += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
    return f'<w:sdt><w:sdtPr>{pr}<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>{inner_paras}</w:sdtContent></w:sdt>'


def sdt_inline(text: str, ids: W.Ids, sid: int, date: str | None = None) -> Raw:
    kind = (
        "<w:text/>"
        if date is None
        else f"<w:date w:fullDate=\"{date}T00:00:00Z\"><w:dateFormat w:val=\"yyyy'年'M'月'd'日'\"/>"
        '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    )
    return Raw(
        f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/>{kind}</w:sdtPr><w:sdtContent>'
        f"{W.runs(text, ids)}</w:sdtContent></w:sdt>"
    )


def placeholder_para(text: str, ids: W.Ids) -> str:
    return W.para(
        Raw(
            f'<w:r><w:rPr><w:rStyle w:val="a9"/><w:rFonts w:hint="eastAsia"/></w:rPr>'
            f"{W.t(text)}</w:r>"
        ),
        ids=ids,
    )


def html_chunk() -> bytes:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>济阳区科技工作动态</title></head><body>"
        "<p>2月3日，赴欧锐激光、恒储机械等重点企业开展走访调研，聚焦<b>创新平台建设</b>、科技成果登记等关键工作。</p>"
        "<p>2月5日，组织&nbsp;15&nbsp;家企业参加科技金融政策宣讲会。</p>"
        "</body></html>"
    ).encode()


def mht_chunk() -> bytes:
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
        "<meta name=Generator content=\"Microsoft Word 15\"></head><body lang=ZH-CN style='text-justify-trim:punctuation'>"
        "<div class=WordSection1>"
        "<p class=MsoNormal><span style='font-family:仿宋_GB2312'>2月2日，赴山东莱威新材料有限公司开展招商引资对接，已初步达成合作意向。</span></p>"
        "<p class=MsoNormal><span style='font-family:仿宋_GB2312'>本周审核5笔科技成果转化风险补偿贷款1750万元。</span></p>"
        "</div></body></html>"
    )
    qp = quopri.encodestring(html.encode("gbk")).decode("ascii").replace("\n", "\r\n")
    boundary = "----=_NextPart_01DC9A3B.5E2F1C40"
    return (
        "MIME-Version: 1.0\r\nX-Document-Type: Document\r\n"
        f'Content-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
        "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n"
        f"--{boundary}\r\nContent-Location: file:///C:/D1A2B3C4/afchunk.htm\r\n"
        'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n'
        f"{qp}\r\n\r\n--{boundary}--\r\n"
    ).encode("gbk")


def inner_docx(texts: list[str]) -> bytes:
    ids = W.Ids("inner-gangcheng")
    return W.build(Doc(body=paras(texts, ids), seed="inner-gangcheng", props=props("gckj")))


def alt_chunk_doc(folder, name, seed, heading, part_name, ct, data, creator):
    part = Part(
        f"word/{part_name}", data, content_type=ct, rel_type=f"{W.REL}/aFChunk", rel_id="rId31"
    )
    docx_file(
        folder,
        name,
        seed,
        lambda ids: W.title(heading, ids) + '<w:altChunk r:id="rId31"/>' + W.empty(ids),
        parts=[part],
        props=DocProps(
            creator=creator, last_by=creator, app="Kingsoft OA document export", template=""
        ),
    )


def encrypted_docx(plain: bytes, password: str) -> bytes:
    """A real password-protected .docx (ECMA-376 agile encryption in an OLE compound file),
    with the randomness fixed so the bytes are the same on every run."""
    import msoffcrypto.method.container.ecma376_encrypted as container
    import msoffcrypto.method.ecma376_agile as agile
    from msoffcrypto.format.ooxml import OOXMLFile

    class FixedClock(datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2026, 2, 5, 9, 30, 0)

    counter = [0]

    def fixed_random(size: int) -> bytes:
        counter[0] += 1
        return hashlib.sha512(f"zhoubao-corpus2-{counter[0]}".encode()).digest()[:size]

    saved = agile._random_buffer, container.datetime
    agile._random_buffer, container.datetime = fixed_random, FixedClock
    try:
        out = io.BytesIO()
        OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    finally:
        agile._random_buffer, container.datetime = saved
    return out.getvalue()


def cat4() -> None:
    f, c = "inbox_4", "4"

    a = "2月3日，与省精神卫生中心专家座谈，研究脑机接口技术临床应用场景开放。"
    b = "2月5日，组织辖区12家人工智能企业召开OPC社区建设推进会。"
    docx_file(
        f,
        "历下区.docx",
        "4-lixia",
        lambda ids: (
            W.title("历下区科技局第19期工作动态", ids)
            + move_para("moveFrom", b, ids, 901, "move221340517")
            + W.para(a, ids=ids)
            + move_para("moveTo", b, ids, 902, "move221340517")
        ),
        props=props("lxkj", last_by="王敏"),
        track=True,
    )
    expect(
        f,
        "历下区.docx",
        c,
        "历下区",
        "printed",
        printed=J([a, b]),
        must_not_print=[],
        must_report=[],
        why="Track Changes on, the reviewer moved the 2月5日 paragraph below the 2月3日 one "
        "(moveFrom/moveTo ranges): printed once, in the new place",
    )

    def huaiyin(ids):
        p1 = W.para(
            "2月3日，调研",
            W.dele("山东", ids, "王敏", AUTHOR_DATE),
            W.ins(W.runs("济南", ids), ids, "王敏", AUTHOR_DATE),
            "国际医学中心大学科技园并召开座谈会，专题研究园区建设发展问题。",
            ids=ids,
        )
        p4 = W.para(
            "2月5日，举办全区研发统计培训会，组织",
            W.dele("100", ids, "王敏", AUTHOR_DATE),
            W.ins(W.runs("120", ids), ids, "王敏", AUTHOR_DATE),
            "名业务骨干系统学习。",
            ids=ids,
        )
        return (
            W.title("槐荫区科技局第19期工作动态", ids)
            + p1
            + revised_para("del", "2月9日，拟召开全区科技工作会议，部署年度重点任务。", ids)
            + revised_para(
                "ins", "2月4日，走访济南国际医学中心3家入驻企业，了解研发平台建设需求。", ids
            )
            + p4
        )

    docx_file(
        f, "槐荫区.docx", "4-huaiyin", huaiyin, props=props("孙丽", last_by="王敏"), track=True
    )
    expect(
        f,
        "槐荫区.docx",
        c,
        "槐荫区",
        "printed",
        printed=J(
            [
                "2月3日，调研济南国际医学中心大学科技园并召开座谈会，专题研究园区建设发展问题。",
                "2月4日，走访济南国际医学中心3家入驻企业，了解研发平台建设需求。",
                "2月5日，举办全区研发统计培训会，组织120名业务骨干系统学习。",
            ]
        ),
        must_not_print=[
            "2月9日",
            "拟召开全区科技工作会议",
            "山东济南",
            "山东国际",
            "100名",
            "100120",
        ],
        must_report=[],
        why="tracked insertions shown, deletions not: words replaced inside sentences and a "
        "deleted paragraph whose date (2月9日) is after the issue date and must not count",
    )

    a = "2月2日，陪同市科技局赴市移动调研，指导企业做好研发经费归集，鼓励用足补助政策并加大研发投入。"
    b = "2月4日，对接省电力公司、济南大学等单位研发投入情况，扎实做好区域研发投入与科技统计工作。"

    def shizhong(ids):
        vanish_ppr = W.BODY_PPR.format(
            rpr='<w:rPr><w:vanish/><w:rFonts w:hint="eastAsia"/></w:rPr>'
        )
        return (
            W.title("市中区科技局第19期工作动态", ids)
            + W.para(
                "2月2日，陪同市科技局赴市移动调研，指导企业做好研发经费归集",
                hidden("（内部掌握：该企业研发费用同比下降，暂不宜公开）", ids),
                "，鼓励用足补助政策并加大研发投入。",
                ids=ids,
            )
            + W.para(
                hidden("2月10日，拟组织辖区企业赴杭州学习考察。", ids), ids=ids, ppr=vanish_ppr
            )
            + W.para(b, ids=ids)
        )

    docx_file(f, "市中区.docx", "4-shizhong", shizhong, props=props("szkj"))
    expect(
        f,
        "市中区.docx",
        c,
        "市中区",
        "printed",
        printed=J([a, b]),
        must_not_print=["内部掌握", "暂不宜公开", "2月10日", "杭州"],
        must_report=[],
        why="hidden text (w:vanish): an internal note inside a sentence and a whole hidden "
        "paragraph with a future date",
    )

    a = "2月3日，举办山东省大众创新创业研究院专家咨询会，研讨区域创新生态建设路径。"
    b = "2月5日，组织研发投入统计专题培训，切实提升报表填报质量。"

    def tianqiao(ids):
        return (
            W.title("科技工作动态报送单", ids)
            + W.para("单位：", sdt_inline("天桥区科技局", ids, 1101), ids=ids)
            + W.para(
                "报送日期：", sdt_inline("2026年2月5日", ids, 1102, date="2026-02-05"), ids=ids
            )
            + W.para("本周工作动态：", ids=ids)
            + sdt_block(W.para(a, ids=ids), 1103)
            + sdt_block(W.para(b, ids=ids), 1104)
            + sdt_block(placeholder_para("单击或点击此处输入文字。", ids), 1105, placeholder=True)
            + W.para("下周工作计划：", ids=ids)
            + sdt_block(placeholder_para("单击此处输入文字。", ids), 1106, placeholder=True)
        )

    name = "工作动态报送单（第19期）.docx"
    docx_file(f, name, "4-tianqiao", tianqiao, props=props("市科技局", last_by="赵磊"))
    expect(
        f,
        name,
        c,
        "天桥区",
        "printed",
        printed=J([a, b]),
        must_not_print=[
            "单击或点击此处输入文字",
            "单击此处输入文字",
            "报送日期",
            "下周工作计划",
            "本周工作动态",
        ],
        must_report=[],
        why="the bureau's form with content controls: the unit only in a filled 单位： control, a "
        "date picker, two filled blocks, and two unfilled ones showing placeholder text "
        "(Word 2013+ and Word 2010 wording)",
    )

    alt_chunk_doc(
        f,
        "济阳区.docx",
        "4-jiyang",
        "济阳区科技工作动态",
        "afchunk.htm",
        "text/html",
        html_chunk(),
        "jyoa",
    )
    expect(
        f,
        "济阳区.docx",
        c,
        "济阳区",
        "printed",
        printed=J(
            [
                "2月3日，赴欧锐激光、恒储机械等重点企业开展走访调研，聚焦创新平台建设、科技成果登记等关键工作。",
                "2月5日，组织15家企业参加科技金融政策宣讲会。",
            ]
        ),
        must_not_print=["<b>", "&nbsp;", "组织 15", "<p>"],
        must_report=[],
        why="an OA export whose body is an altChunk of HTML (UTF-8, <b>, &nbsp; around a number)",
    )

    alt_chunk_doc(
        f,
        "莱芜区.docx",
        "4-laiwu",
        "莱芜区科技局本周工作动态",
        "afchunk.mht",
        "message/rfc822",
        mht_chunk(),
        "lwoa",
    )
    expect(
        f,
        "莱芜区.docx",
        c,
        "莱芜区",
        "printed",
        printed=J(
            [
                "2月2日，赴山东莱威新材料有限公司开展招商引资对接，已初步达成合作意向。",
                "本周审核5笔科技成果转化风险补偿贷款1750万元。",
            ]
        ),
        must_not_print=["MsoNormal", "=E6", "NextPart", "单个文件网页"],
        must_report=[],
        why="an altChunk holding a Word 'single file web page' (.mht, gb2312, quoted-printable)",
    )

    gc = [
        "2月3日，召开科技政策专题培训会，组织30余家企业学习研发投入填报等内容。",
        "2月5日，走访山东泰山钢铁集团，了解企业研发平台建设需求。",
    ]
    alt_chunk_doc(
        f,
        "钢城区.docx",
        "4-gangcheng",
        "钢城区科技工作动态",
        "afchunk.docx",
        W.CT_DOCX,
        inner_docx(gc),
        "gcoa",
    )
    expect(
        f,
        "钢城区.docx",
        c,
        "钢城区",
        "printed",
        printed=J(gc),
        must_not_print=[],
        must_report=[],
        why="an altChunk holding a whole embedded .docx",
    )

    py = [
        "2月3日，与齐鲁工业大学（省科学院）就玫德集团实验室提档升级开展对接，达成初步合作意向。",
        "2月5日，审核3笔科技成果转化风险补偿贷款820万元。",
    ]
    docx_file(
        f,
        "平阴县-第19期.dotx",
        "4-pingyin",
        lambda ids: W.title("平阴县科技局第19期工作动态", ids) + paras(py, ids),
        props=props("pykj"),
        main_ct=W.CT_DOTX,
    )
    expect(
        f,
        "平阴县-第19期.dotx",
        c,
        "平阴县",
        "printed",
        printed=J(py),
        must_not_print=[],
        must_report=[],
        why="saved as a Word template (.dotx, template main content type)",
    )

    parts = [
        Part(
            "word/media/image1.png",
            W.png(420, 594, 1),
            content_type="image/png",
            rel_type=f"{W.REL}/image",
            rel_id="rId21",
        ),
        Part(
            "word/media/image2.png",
            W.png(420, 594, 2),
            content_type="image/png",
            rel_type=f"{W.REL}/image",
            rel_id="rId22",
        ),
    ]
    docx_file(
        f,
        "商河县-第19期.docx",
        "4-shanghe",
        lambda ids: (
            W.empty(ids)
            + W.para(W.inline_picture("rId21", 1, "扫描全能王 2026-02-05 10.12.png"), ids=ids)
            + W.para(W.inline_picture("rId22", 2, "扫描全能王 2026-02-05 10.13.png"), ids=ids)
            + W.empty(ids)
        ),
        parts=parts,
        props=props("shkj"),
    )
    expect(
        f,
        "商河县-第19期.docx",
        c,
        "商河县",
        "error",
        must_not_print=["扫描全能王"],
        must_report=["图片"],
        why="two scanned pages pasted as pictures and no text at all",
    )

    zq = [
        "2月3日，赴芯慧微电子（山东）有限公司座谈交流，聚焦省重大科技创新项目指南建议征集深入研讨。"
    ]
    ids = W.Ids("4-zhangqiu")
    plain = W.build(
        Doc(
            body=W.title("章丘区科技局工作动态", ids) + paras(zq, ids),
            seed="4-zhangqiu",
            props=props("zqkj"),
        )
    )
    save(f, "章丘区-第19期工作动态.docx", encrypted_docx(plain, "123456"))
    expect(
        f,
        "章丘区-第19期工作动态.docx",
        c,
        "章丘区",
        "error",
        must_not_print=["芯慧微电子"],
        must_report=["密码"],
        why="a real password-protected .docx (OLE compound file with EncryptionInfo, agile "
        "encryption, password 123456)",
    )

    qb = [
        "2月3日，赴山科集团参观山东省创新发展研究院信息电子服务平台，就公共服务平台建设进行座谈交流。",
        "2月4日，组织起步区8家科技型企业参加黄河流域科技成果转化对接会。",
    ]

    def qibu(ids):
        box = "".join(W.para(x, ids=ids) for x in qb)
        return (
            W.title("起步区科技工作动态", ids) + W.para(W.text_box(box, 1), ids=ids) + W.empty(ids)
        )

    docx_file(f, "起步区.docx", "4-qibu", qibu, props=props("qbq"))
    expect(
        f,
        "起步区.docx",
        c,
        "起步区",
        "printed",
        printed=J(qb),
        must_not_print=[],
        must_report=[],
        why="the text is in a floating text box, which Word stores twice (DrawingML choice and "
        "VML fallback): printed once",
    )

    lc = [
        "2月2日，赴山大科创城调度生物制造中试示范基地建设进度。",
        "2月4日，与历城控股集团研究中试平台运营模式，形成初步方案。",
        "组织辖区8家企业参加省科技型中小企业评价政策培训。",
    ]

    def licheng(ids):
        ppr = (
            '<w:pPr><w:pStyle w:val="a4"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="640"/>'
            + W.rpr(east_asian=True)
            + "</w:pPr>"
        )
        return W.title("历城区科技局工作动态", ids) + "".join(
            W.para(x, ids=ids, ppr=ppr) for x in lc
        )

    docx_file(
        f,
        "历城区.docx",
        "4-licheng",
        licheng,
        props=props("lckj"),
        numbering=[("chineseCounting", "%1、")],
    )
    expect(
        f,
        "历城区.docx",
        c,
        "历城区",
        "printed",
        printed=J(lc),
        must_not_print=["一、2月2日", "二、2月4日", "三、组织"],
        must_report=[],
        why="Word automatic numbering (w:numPr, 一、二、三、): the numbers are not in the text",
    )

    cq = [
        "2月2日，指导奥图自动化公司完善省重大创新项目指南建议申报材料，提升项目申报质量。",
        "2月4日，组织召开驻区高校成果转化座谈会，推动驻区高校科技成果就地转化。",
    ]

    def changqing(ids):
        p1 = W.para(
            "2月2日，指导奥图自动化公司完善",
            Raw('<w:commentRangeStart w:id="0"/>'),
            "省重大创新项目",
            Raw(
                '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="ae"/></w:rPr>'
                '<w:commentReference w:id="0"/></w:r>'
            ),
            "指南建议申报材料，提升项目申报质量。",
            ids=ids,
        )
        return (
            W.title("长清区科技工作动态", ids) + p1 + revised_para("ins", cq[1], ids, author="张凯")
        )

    docx_file(
        f,
        "长清区.docx",
        "4-changqing",
        changqing,
        props=props("张凯", last_by="王敏"),
        track=True,
        comments=[(0, "王敏", AUTHOR_DATE, "请核实项目名称是否准确，联系人张凯13589012345")],
    )
    expect(
        f,
        "长清区.docx",
        c,
        "长清区",
        "printed",
        printed=J(cq),
        must_not_print=["请核实", "王敏", "13589012345"],
        must_report=[],
        why="a reviewer's comment (with a phone number) anchored in the text, and a tracked "
        "inserted paragraph",
    )

    gx = [
        "2月3日，量子信息未来产业科技园首批5个项目集中签约，总投资约12亿元。",
        "2月5日，组织区内23家企业参加高新技术企业认定政策宣讲会。",
    ]

    def gaoxin(ids):
        smart = Raw(
            '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
            '<w:smartTagPr><w:attr w:name="IsROCDate" w:val="False"/><w:attr w:name="IsLunarDate" w:val="False"/>'
            '<w:attr w:name="Day" w:val="3"/><w:attr w:name="Month" w:val="2"/><w:attr w:name="Year" w:val="2026"/>'
            f"</w:smartTagPr>{W.runs('2月3日', ids)}</w:smartTag>"
        )
        p1 = W.para(
            smart,
            "，",
            W.complex_field(
                'HYPERLINK "http://www.jnhitech.gov.cn/" \\t "_blank"',
                "量子信息未来产业科技园",
                ids,
                extra='<w:rStyle w:val="ad"/>',
            ),
            "首批5个项目集中签约，总投资约12亿元。",
            ids=ids,
        )
        link_runs = W.runs("高新技术企业认定", ids, extra='<w:rStyle w:val="ad"/>')
        link = Raw(f'<w:hyperlink r:id="rId41" w:history="1">{link_runs}</w:hyperlink>')
        p2 = W.para("2月5日，组织区内23家企业参加", link, "政策宣讲会。", ids=ids)
        date = W.para(
            W.complex_field('DATE \\@ "yyyy年M月d日" \\* MERGEFORMAT', "2026年2月5日", ids),
            ids=ids,
            ppr='<w:pPr><w:jc w:val="right"/></w:pPr>',
        )
        return (
            W.title("济南高新区科技工作动态", ids)
            + p1
            + p2
            + W.empty(ids)
            + W.right("济南高新区科技经济部", ids)
            + date
        )

    docx_file(
        f,
        "高新区.docx",
        "4-gaoxin",
        gaoxin,
        props=props("gxq"),
        ext_rels=[("rId41", f"{W.REL}/hyperlink", "http://kjt.shandong.gov.cn/gqrd/")],
    )
    expect(
        f,
        "高新区.docx",
        c,
        "济南高新区",
        "printed",
        printed=J(gx),
        must_not_print=["HYPERLINK", "http", "MERGEFORMAT", "DATE", "yyyy", "2026年2月5日"],
        must_report=[],
        why="field codes (a HYPERLINK field, a DATE field in the 落款), a hyperlink element and "
        "a Chinese-date smart tag around 2月3日: only what Word displays",
    )


# =============================================================================== 5a. Markdown


def cat5a() -> None:
    f, c = "inbox_5a", "5a"

    txt(
        f,
        "历下区.md",
        "# 历下区科技局第19期工作动态\n\n## 一、本周工作动态\n\n"
        "1. **2月3日**，与[济南大学](https://www.ujn.edu.cn)、齐鲁工业大学专家围绕*脑机接口*产业发展开展专题座谈。\n"
        "2. **2月5日**，组织辖区`OPC`社区运营方召开座谈会，研究_人工智能应用场景_开放清单。\n\n"
        "<!-- 联系人：陈晨 13869112233 -->\n![现场照片](images/0203.jpg)\n",
        "utf-8",
    )
    expect(
        f,
        "历下区.md",
        c,
        "历下区",
        "printed",
        printed=J(
            [
                "2月3日，与济南大学、齐鲁工业大学专家围绕脑机接口产业发展开展专题座谈。",
                "2月5日，组织辖区OPC社区运营方召开座谈会，研究人工智能应用场景开放清单。",
            ]
        ),
        must_not_print=[
            "**",
            "https",
            "ujn",
            "`",
            "_人工",
            "13869112233",
            "现场照片",
            "images",
            "<!--",
            "#",
        ],
        must_report=[],
        why="headings, an ordered list with bold dates, a link, * _ ` emphasis, an HTML comment "
        "with a phone number and an image",
    )

    txt(
        f,
        "市中区.md",
        "## 市中区\n\n| 日期 | 工作内容 |\n| :--- | :--- |\n"
        "| 2月2日 | 陪同市科技局赴市移动调研，指导企业做好研发经费归集 |\n"
        "| 2月4日 | 指导济南市林场完成科技成果登记 |\n",
        "utf-8",
    )
    expect(
        f,
        "市中区.md",
        c,
        "市中区",
        "printed",
        must_print=[
            "陪同市科技局赴市移动调研，指导企业做好研发经费归集",
            "指导济南市林场完成科技成果登记",
            "2月2日",
            "2月4日",
        ],
        must_not_print=["|", ":---", "工作内容", "日期"],
        must_report=[],
        why="a Markdown table with a header row and alignment row; the date column",
    )

    txt(
        f,
        "章丘区.txt",
        "**章丘区科技局第19期工作动态**\n\n"
        "1. **强化企业服务**：2月3日，赴芯慧微电子（山东）有限公司座谈交流，聚焦省重大科技创新项目指南建议征集提出针对性建议。\n"
        "2. **深化校地合作**：2月4日，组织科技联络员工作专班赴山东大学材料学院开展对接交流。\n",
        "utf-8",
    )
    expect(
        f,
        "章丘区.txt",
        c,
        "章丘区",
        "printed",
        must_print=[
            "2月3日，赴芯慧微电子（山东）有限公司座谈交流，聚焦省重大科技创新项目指南建议征集提出针对性建议",
            "2月4日，组织科技联络员工作专班赴山东大学材料学院开展对接交流",
        ],
        must_not_print=["**", "1. "],
        must_report=[],
        why="text polished by a chat assistant and pasted into a .txt: Markdown bold and a "
        "numbered list in a file that is not .md",
    )

    txt(
        f,
        "天桥区科技局.md",
        "天桥区\n======\n\n> 本周重点：黄台大众创新创业中心运营提速。\n\n"
        "* 2月3日，举办黄台大众创新创业中心入驻企业路演活动，8家企业现场对接投资机构。\n"
        "    + 其中3家企业达成初步投资意向。\n"
        "* 2月5日，联合区统计局召开研发投入统计工作推进会。\n",
        "gbk",
        crlf=True,
    )
    expect(
        f,
        "天桥区科技局.md",
        c,
        "天桥区",
        "printed",
        printed=J(
            [
                "本周重点：黄台大众创新创业中心运营提速。",
                "2月3日，举办黄台大众创新创业中心入驻企业路演活动，8家企业现场对接投资机构。",
                "其中3家企业达成初步投资意向。",
                "2月5日，联合区统计局召开研发投入统计工作推进会。",
            ]
        ),
        must_not_print=["===", ">", "* ", "+ "],
        must_report=[],
        why="GBK/CRLF Markdown: a setext heading (====), a block quote, * bullets with a nested "
        "+ bullet",
    )

    txt(
        f,
        "起步区.md",
        "### 起步区\n\n"
        "- 2月3日，赴山科集团参观[山东省机器人与智能装备公共技术服务平台][1]，就山科产业园区项目招引进行座谈交流。\n"
        "- 2月5日，召开***黄河流域科创走廊***项目推进会，梳理首批12个入库项目。\n\n"
        "[1]: https://example.com/platform\n",
        "utf-8",
    )
    expect(
        f,
        "起步区.md",
        c,
        "起步区",
        "printed",
        printed=J(
            [
                "2月3日，赴山科集团参观山东省机器人与智能装备公共技术服务平台，就山科产业园区项目招引进行座谈交流。",
                "2月5日，召开黄河流域科创走廊项目推进会，梳理首批12个入库项目。",
            ]
        ),
        must_not_print=["[1]", "example.com", "***", "###"],
        must_report=[],
        why="a reference-style link with its definition line, and ***bold italic***",
    )

    txt(
        f,
        "高新区.md",
        "**济南高新区**<br>\n\n| 序号 | 工作动态 |\n|---|---|\n"
        "| 1 | 2月2日，量子信息未来产业科技园建设推进会召开，一期主体工程完成封顶。 |\n"
        "| 2 | 2月4日，山东盛迪创新药物研发基地通过竣工验收。 |\n",
        "utf-8-sig",
    )
    expect(
        f,
        "高新区.md",
        c,
        "济南高新区",
        "printed",
        printed=J(
            [
                "2月2日，量子信息未来产业科技园建设推进会召开，一期主体工程完成封顶。",
                "2月4日，山东盛迪创新药物研发基地通过竣工验收。",
            ]
        ),
        must_not_print=["12月2日", "22月4日", "<br>", "|", "序号"],
        must_report=[],
        why="a Markdown table with a 序号 column next to text starting with a date; a bold "
        "unit name followed by an HTML <br>",
    )


# =============================================================================== 5b. characters


def cat5b() -> None:
    f, c = "inbox_5b", "5b"

    a = "2月3日，与历城控股集团赴山大科创城进行现场查勘，《山东大学微生物改造技术全国重点实验室生物制造中试示范基地建设规划方案》已制定完成。"
    b = "2月5日，组织辖区12家企业参加省科技型中小企业评价政策培训。"
    a_in = (
        "2\u200b月3\u200b日，与历城控股集团赴山大\u200c科创城进行现场查勘，《山东大学微生物改造技术全国重点实验室"
        "生物制造中\u00ad试示范基地建设规划方案》已\u200d制定完成\ufeff。"
    )
    b_in = "\u200e2月5日\u200f，组织辖区\u206012家企业参加省科技型\u2061中小企业\u2062评价\u2063政策\u2064培训。"
    txt(f, "历城区.txt", f"【历城区】\n{a_in}\n{b_in}\n", "utf-8")
    expect(
        f,
        "历城区.txt",
        c,
        "历城区",
        "printed",
        printed=J([a, b]),
        must_not_print=[
            "\u200b",
            "\u200c",
            "\u200d",
            "\u00ad",
            "\ufeff",
            "\u200e",
            "\u200f",
            "\u2060",
            "\u2061",
            "\u2062",
            "\u2063",
            "\u2064",
        ],
        must_report=[],
        why="invisible format characters everywhere, even inside a date (2\u200b月3\u200b日): "
        "U+200B-U+200F, U+2060-U+2064, U+FEFF mid-text, U+00AD",
    )

    def gangcheng(ids):
        emoji = '<w:rFonts w:ascii="Segoe UI Emoji" w:eastAsia="Segoe UI Emoji" w:hAnsi="Segoe UI Emoji"/>'
        return (
            W.title("钢城区科技工作动态", ids)
            + W.para(
                "2月3日，召开科技政策专题培训会",
                Raw(f"<w:r><w:rPr>{emoji}</w:rPr>{W.t('🎉')}</w:r>"),
                "，30余家企业参加👍🏻",
                ids=ids,
            )
            + W.para("2月5日，走访企业✅，收集技术需求5项🔥🇨🇳", ids=ids)
            + W.para("科技服务❤️企业发展👨‍💻", ids=ids)
        )

    docx_file(f, "钢城区.docx", "5b-gangcheng", gangcheng, props=props("马骏"))
    expect(
        f,
        "钢城区.docx",
        c,
        "钢城区",
        "warning",
        printed=J(
            [
                "2月3日，召开科技政策专题培训会，30余家企业参加",
                "2月5日，走访企业，收集技术需求5项",
                "科技服务企业发展",
            ]
        ),
        must_not_print=[
            "🎉",
            "👍",
            "\U0001f3fb",
            "✅",
            "🔥",
            "\U0001f1e8",
            "\U0001f1f3",
            "❤",
            "\ufe0f",
            "👨",
            "💻",
            "\u200d",
        ],
        must_report=["🎉", "🔥"],
        why="emoji in a .docx (one run in Segoe UI Emoji): skin tone, flag (regional indicators), "
        "❤️ with VS16, a ZWJ sequence; nothing of them may stay, the warning names them",
    )

    txt(
        f,
        "章丘区.txt",
        "２月３日，赴芯慧微电子(山东）有限公司座谈交流，围绕ＯＰＣ新赛道布局提出针对性建议.\n"
        "本周审核科技成果转化风险补偿贷款１．０６亿元，惠及企业９家.\n",
        "gbk",
    )
    expect(
        f,
        "章丘区.txt",
        c,
        "章丘区",
        "printed",
        printed=J(
            [
                "2月3日，赴芯慧微电子（山东）有限公司座谈交流，围绕OPC新赛道布局提出针对性建议。",
                "本周审核科技成果转化风险补偿贷款1.06亿元，惠及企业9家。",
            ]
        ),
        must_not_print=["２", "ＯＰＣ", "(山东", "１．０６", "建议.", "9家."],
        must_report=[],
        why="GBK: full-width digits and letters (２月３日, ＯＰＣ, １．０６亿元), a half-width ( "
        "whose partner is full-width, sentences ending in a half-width .",
    )

    txt(
        f,
        "平阴县.txt",
        '2 月 4 日,与齐鲁工业大学(省科学院)签订"产学研合作框架协议",重点围绕成果转化、平台共建、人才培养...达成初步合作意向.\n'
        "1 月 31 日,审核3笔科技成果转化风险补偿贷款 820 万元;组织\u00a0120\u00a0名企业业务骨干参加研发费用加计扣除政策培训.\n",
        "utf-8-sig",
    )
    expect(
        f,
        "平阴县.txt",
        c,
        "平阴县",
        "printed",
        printed=J(
            [
                "2月4日，与齐鲁工业大学（省科学院）签订“产学研合作框架协议”，重点围绕成果转化、平台共建、人才培养……达成初步合作意向。",
                "1月31日，审核3笔科技成果转化风险补偿贷款820万元；组织120名企业业务骨干参加研发费用加计扣除政策培训。",
            ]
        ),
        must_not_print=["2 月", '"', "...", "820 万", "\u00a0", "(省"],
        must_report=[],
        why="a typist's half-width habits: spaces in dates and around numbers, , ; ( ) . and "
        "straight quotes next to Chinese, ..., no-break spaces around 120",
    )

    def jiyang(ids):
        return (
            W.title("济阳区科技工作动态", ids)
            + W.para(
                "2月3日，赴欧锐激光、恒储机械等重点企业开展⾛访调研，聚焦创新平台建设、科技成果登记等关键⼯作。",
                ids=ids,
            )
            + W.para("2月5日，召开科技金融政策宣讲会，解读研发投入　统计口径。", ids=ids)
        )

    docx_file(f, "济阳区.docx", "5b-jiyang", jiyang, props=props("jy"))
    expect(
        f,
        "济阳区.docx",
        c,
        "济阳区",
        "printed",
        printed=J(
            [
                "2月3日，赴欧锐激光、恒储机械等重点企业开展走访调研，聚焦创新平台建设、科技成果登记等关键工作。",
                "2月5日，召开科技金融政策宣讲会，解读研发投入统计口径。",
            ]
        ),
        must_not_print=["⾛", "⼯", "　"],
        must_report=[],
        why="text copied out of a PDF: Kangxi radical look-alikes (⾛ U+2F9B, ⼯ U+2F2F) instead of "
        "走 工, and an ideographic space between two Chinese words",
    )

    txt(
        f,
        "莱芜区.txt",
        "莱芜区科技局\n\uf0b7\t2月3日，赴山东莱威新材料有限公司开展招商引资对接，已初步达成合作意向。\n"
        "\uf0b7\t本周审核\u20665\u2069笔科技成果转化风险补偿贷款\u202a1750\u202c万元。\n",
        "utf-8",
    )
    expect(
        f,
        "莱芜区.txt",
        c,
        "莱芜区",
        "printed",
        printed=J(
            [
                "2月3日，赴山东莱威新材料有限公司开展招商引资对接，已初步达成合作意向。",
                "本周审核5笔科技成果转化风险补偿贷款1750万元。",
            ]
        ),
        must_not_print=["\uf0b7", "\t", "\u2066", "\u2069", "\u202a", "\u202c"],
        must_report=[],
        why="a Word bullet list pasted into Notepad: private-use bullet U+F0B7 and a tab start "
        "each line; bidi isolates/embeddings (U+2066/2069, U+202A/202C) around numbers",
    )


# =============================================================================== 5c. dates


def cat5c() -> None:
    fa, fw, c = "inbox_5c_after", "inbox_5c_within", "5c"

    def twin(
        unit,
        name,
        writer,
        after_text,
        within_text,
        bad,
        within_printed=None,
        within_must=(),
        within_not=(),
        shape="",
    ):
        writer(fa, name, after_text)
        expect(
            fa,
            name,
            c,
            unit,
            "error",
            must_not_print=[after_text.rstrip("。")[-10:]],
            must_report=[bad],
            why=f"{shape}: a date after the issue date 2月6日 is an error and the file is not used",
        )
        writer(fw, name, within_text)
        expect(
            fw,
            name,
            c,
            unit,
            "printed",
            printed=within_printed,
            must_print=list(within_must),
            must_not_print=list(within_not),
            must_report=[],
            why=f"{shape}: the twin, dated inside the period, is printed",
        )

    def t_utf8(folder, name, text):
        txt(folder, name, text + "\n", "utf-8")

    def t_gbk(folder, name, text):
        txt(folder, name, text + "\n", "gbk", crlf=True)

    def t_bom(folder, name, text):
        txt(folder, name, text + "\n", "utf-8-sig")

    def t_md(folder, name, text):
        txt(folder, name, "## 章丘区\n\n- " + text + "\n", "utf-8")

    def docx_w(heading):
        def w(folder, name, text):
            docx_file(
                folder,
                name,
                f"5c-{folder}-{name}",
                lambda ids: W.title(heading, ids) + W.para(text, ids=ids),
                props=props("kj"),
            )

        return w

    twin(
        "历下区",
        "历下区.txt",
        t_utf8,
        "2月9号将组织召开脑机接口产业发展专题座谈会。",
        "2月5号，与济南大学专家围绕脑机接口产业发展开展专题座谈。",
        "2月9日",
        within_printed="2月5日，与济南大学专家围绕脑机接口产业发展开展专题座谈。",
        within_not=["2月5号"],
        shape="2月9号 (号 for 日)",
    )
    twin(
        "市中区",
        "市中区.docx",
        docx_w("市中区科技局工作动态"),
        "二月十日，拟组织辖区企业参加研发费用加计扣除政策培训。",
        "二月四日，指导济南市林场完成科技成果登记。",
        "2月10日",
        within_printed="2月4日，指导济南市林场完成科技成果登记。",
        within_not=["二月四日"],
        shape="二月十日 (Chinese numerals)",
    )
    twin(
        "槐荫区",
        "槐荫区.txt",
        t_gbk,
        "计划于2026/2/9召开全区研发统计培训会。",
        "2026/2/4，召开全区研发统计培训会，组织120名业务骨干系统学习。",
        "2月9日",
        within_must=["2月4日", "召开全区研发统计培训会，组织120名业务骨干系统学习"],
        within_not=["2026/2/4"],
        shape="2026/2/9 (GBK)",
    )
    twin(
        "天桥区",
        "天桥区.txt",
        t_bom,
        "2/9下午，将举办黄台大众创新创业中心入驻企业路演活动。",
        "2/3下午，举办黄台大众创新创业中心入驻企业路演活动，8家企业现场对接投资机构。",
        "2月9日",
        within_printed="2月3日下午，举办黄台大众创新创业中心入驻企业路演活动，8家企业现场对接投资机构。",
        within_not=["2/3"],
        shape="2/9 at the start of a line",
    )
    twin(
        "历城区",
        "历城区.txt",
        t_utf8,
        "下周一（2.9）将组织召开全区科技创新工作推进会。",
        "本周二（2.3）组织召开全区科技创新工作推进会，部署年度重点任务。",
        "2月9日",
        within_printed="本周二（2月3日）组织召开全区科技创新工作推进会，部署年度重点任务。",
        within_not=["2.3"],
        shape="2.9 in parentheses after a weekday",
    )
    twin(
        "长清区",
        "长清区.docx",
        docx_w("长清区科技工作动态"),
        "9日，组织召开驻区高校成果转化座谈会。",
        "3日，组织召开驻区高校成果转化座谈会，6所高校参加。",
        "9日",
        within_printed="3日，组织召开驻区高校成果转化座谈会，6所高校参加。",
        shape="9日 alone (month from the period: February)",
    )
    twin(
        "章丘区",
        "章丘区.md",
        t_md,
        "2026-02-09，赴山东大学材料学院开展对接交流。",
        "2026-02-04，赴山东大学材料学院开展对接交流。",
        "2月9日",
        within_must=["2月4日", "赴山东大学材料学院开展对接交流"],
        within_not=["2026-02-04"],
        shape="2026-02-09 (ISO) in a Markdown list",
    )
    twin(
        "济阳区",
        "济阳区.docx",
        docx_w("济阳区科技工作动态"),
        "2026年2月9日，将召开科技金融政策宣讲会。",
        "2026年2月5日，召开科技金融政策宣讲会，20家企业参加。",
        "2月9日",
        within_printed="2026年2月5日，召开科技金融政策宣讲会，20家企业参加。",
        shape="2026年2月9日",
    )
    twin(
        "莱芜区",
        "莱芜区.txt",
        t_gbk,
        "2月5日至9日，组织开展科技成果转化风险补偿贷款集中审核。",
        "2月3日至5日，组织开展科技成果转化风险补偿贷款集中审核，共审核5笔1750万元。",
        "9日",
        within_printed="2月3日至5日，组织开展科技成果转化风险补偿贷款集中审核，共审核5笔1750万元。",
        shape="a range 2月5日至9日 whose end (9日, February) is after the issue date",
    )
    twin(
        "钢城区",
        "钢城区.txt",
        t_utf8,
        "2月3日—2月10日，开展科技政策进企业宣讲活动。",
        "2月3日—2月5日，开展科技政策进企业宣讲活动，覆盖企业30余家。",
        "2月10日",
        within_printed="2月3日—2月5日，开展科技政策进企业宣讲活动，覆盖企业30余家。",
        shape="a range 2月3日—2月10日 with a dash",
    )
    twin(
        "平阴县",
        "平阴县.txt",
        t_utf8,
        "5日至9日，组织科技特派员服务团走访玫德集团等企业。",
        "3日至5日，组织科技特派员服务团走访玫德集团等企业，收集技术需求8项。",
        "9日",
        within_printed="3日至5日，组织科技特派员服务团走访玫德集团等企业，收集技术需求8项。",
        shape="a range of bare days 5日至9日",
    )
    twin(
        "商河县",
        "商河县.txt",
        t_utf8,
        "２月９日，将组织科技统计培训。",
        "２月４日，组织科技统计培训，精准指导填报要点。",
        "2月9日",
        within_printed="2月4日，组织科技统计培训，精准指导填报要点。",
        within_not=["２月"],
        shape="full-width ２月９日",
    )
    twin(
        "起步区",
        "起步区.docx",
        docx_w("起步区科技工作动态"),
        "二〇二六年二月九日，将赴山科集团开展项目对接。",
        "二〇二六年二月五日，赴山科集团开展项目对接，就山科产业园区项目招引进行座谈交流。",
        "2月9日",
        within_must=["2月5日", "赴山科集团开展项目对接，就山科产业园区项目招引进行座谈交流"],
        within_not=["二〇二六"],
        shape="二〇二六年二月九日 (official style with 〇)",
    )

    gx_after = "2月30日，量子信息未来产业科技园首批项目集中签约。"
    txt(fa, "高新区.txt", gx_after + "\n", "utf-8")
    expect(
        fa,
        "高新区.txt",
        c,
        "济南高新区",
        "error",
        must_not_print=["量子信息未来产业科技园首批项目集中签约"],
        must_report=["2月30日"],
        why="a date that does not exist (2月30日) is an error",
    )
    gx = [
        "2月3日，量子信息未来产业科技园首批5个项目集中签约，总投资约12亿元。",
        "本周兑付科技创新券2.8万元，新增科技型中小企业12家，其中1/3为人工智能领域企业。",
        "盛迪创新药物研发基地项目入选2025年度山东省十大科技创新成果。",
    ]
    txt(fw, "高新区.txt", "\n".join(gx) + "\n", "utf-8")
    expect(
        fw,
        "高新区.txt",
        c,
        "济南高新区",
        "printed",
        printed=J(gx),
        must_not_print=["2月8日", "1月3日"],
        must_report=[],
        why="numbers that only look like dates: 2.8万元, a fraction 1/3, a year 2025年度; no "
        "date error or warning",
    )


# =============================================================================== mixed


def mixed() -> None:
    f = "inbox_mixed"

    hy = "2月4日，调研济南国际医学中心大学科技园，专题研究园区孵化载体建设问题。"
    txt(
        f,
        "工作群聊天记录.txt",
        "赵磊(天桥区科技局) 2026-02-05 10:02:11\n【天桥区】\n| 时间 | 工作内容 |\n| --- | --- |\n"
        "| 2月3日 | 举办黄台大众创新创业中心入驻企业路演活动 |\n| 2月5日 | 联合区统计局召开研发投入统计工作推进会 |\n"
        "陈静(市科技局) 2026-02-05 10:05:40\n收到\n"
        f"孙丽(槐荫区科技局) 2026-02-05 10:20:03\n【槐荫区】{hy}\n[图片]\n"
        "孙丽(槐荫区科技局) 2026-02-05 10:20:30\n以上，请审阅。\n",
        "utf-8",
    )
    why = "a WeChat paste in which two units' colleagues send their parts, one as a Markdown table (2a+5a+3c)"
    expect(
        f,
        "工作群聊天记录.txt",
        "2a+5a+3c",
        "天桥区",
        "printed",
        must_print=[
            "举办黄台大众创新创业中心入驻企业路演活动",
            "联合区统计局召开研发投入统计工作推进会",
            "2月3日",
            "2月5日",
        ],
        must_not_print=["| ", "---", "工作内容", "赵磊", "陈静", "收到"],
        must_report=["赵磊"],
        why=why,
    )
    expect(
        f,
        "工作群聊天记录.txt",
        "2a+5a+3c",
        "槐荫区",
        "printed",
        printed=J([hy]),
        must_not_print=["孙丽", "请审阅", "[图片]"],
        must_report=["孙丽"],
        why=why,
    )

    lx = "2月3日，与济南大学专家围绕脑机接口产业发展开展专题座谈。"
    cq = [
        "2月4日，组织召开驻区高校成果转化座谈会，6所高校参加。",
        "2月5日，指导奥图自动化公司完善省重大创新项目申报材料。",
    ]

    def combined(ids):
        del_row = f'<w:del w:id="{ids.revision()}" w:author="陈静" w:date="{AUTHOR_DATE}"/>'
        rows = [
            hdr_cells(ids, [("序号", 800), ("单位", 1500), ("工作动态", 6200)]),
            [
                Cell([W.cpara("1", ids, "center")], 800),
                Cell([W.cpara("历下区", ids, "center")], 1500),
                Cell(
                    [
                        W.cpara(
                            [
                                "2月3日，与",
                                W.dele("山东大学", ids, "陈静", AUTHOR_DATE),
                                W.ins(W.runs("济南大学", ids), ids, "陈静", AUTHOR_DATE),
                                "专家围绕脑机接口产业发展开展专题座谈。",
                            ],
                            ids,
                        )
                    ],
                    6200,
                ),
            ],
            [
                Cell([W.cpara([W.dele("2", ids, "陈静", AUTHOR_DATE)], ids, "center")], 800),
                Cell([W.cpara([W.dele("历下区", ids, "陈静", AUTHOR_DATE)], ids, "center")], 1500),
                Cell(
                    [
                        W.cpara(
                            [
                                W.dele(
                                    "1月28日，组织召开辖区人工智能企业座谈会。",
                                    ids,
                                    "陈静",
                                    AUTHOR_DATE,
                                )
                            ],
                            ids,
                        )
                    ],
                    6200,
                ),
            ],
            [
                Cell([W.cpara("2", ids, "center")], 800),
                Cell([W.cpara("市中区", ids, "center")], 1500),
                Cell([W.cpara("无", ids)], 6200),
            ],
            [
                Cell([W.cpara("3", ids, "center")], 800),
                Cell([W.cpara("长清", ids, "center")], 1500),
                Cell(
                    [
                        W.cpara(cq[0], ids),
                        W.cpara([W.ins(W.runs(cq[1], ids), ids, "陈静", AUTHOR_DATE)], ids),
                    ],
                    6200,
                ),
            ],
        ]
        return W.title("各区县科技工作动态汇总", ids) + W.table(
            rows, [800, 1500, 6200], row_props={2: del_row}, header_rows=1
        )

    name = "各区县动态汇总（综合科修订）.docx"
    docx_file(f, name, "m-combined", combined, props=props("综合科", last_by="陈静"), track=True)
    why = (
        "a 综合 office's 序号|单位|工作动态 table under Track Changes: a word replaced, a deleted "
        "duplicate row from last week (1月28日), an inserted paragraph in a cell, a nil row, "
        "a short unit name (3c+4+1)"
    )
    expect(
        f,
        name,
        "3c+4+1",
        "历下区",
        "printed",
        printed=J([lx]),
        must_not_print=["1月28日", "人工智能企业座谈会", "山东大学专家", "1历下区"],
        why=why,
    )
    expect(f, name, "3c+4+1", "市中区", "nil", must_report=["本周无动态"], why=why)
    expect(f, name, "3c+4+1", "长清区", "printed", printed=J(cq), why=why)

    lc = [
        "2月2日，赴山大科创城调度生物制造中试示范基地建设进度，平台选址基本确定。",
        "2月4日，组织辖区8家企业参加省科技型中小企业评价政策培训。",
        "2月5日，与山东大学微生物改造技术全国重点实验室对接中试平台运营模式；形成初步合作方案",
    ]

    def licheng(ids):
        ppr = (
            '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/>'
            + W.rpr(east_asian=True)
            + "</w:pPr>"
        )
        fn = Raw('<w:r><w:rPr><w:rStyle w:val="ac"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
        return (
            W.title("科技创新工作动态", ids)
            + W.para(lc[0], ids=ids, ppr=ppr)
            + W.para(
                "2月4日，组织辖区8家企业参加省科技型中小企业评价政策培训",
                fn,
                "。",
                ids=ids,
                ppr=ppr,
            )
            + W.para(
                "2月5日，与山东大学微生物改造技术全国重点实验室对接中试平台运营模式；",
                BR,
                "形成初步合作方案",
                ids=ids,
                ppr=ppr,
            )
        )

    hdr = (
        '<w:p><w:pPr><w:pStyle w:val="a5"/></w:pPr>'
        + W.runs("济南市历城区科学技术局", W.Ids("h"), size=18)
        + "</w:p>"
    )
    ftr = (
        '<w:p><w:pPr><w:pStyle w:val="a7"/></w:pPr>'
        + W.runs("联系电话：0531-88161234　　第", W.Ids("f"), size=18)
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + W.runs("页", W.Ids("f2"), size=18)
        + "</w:p>"
    )
    docx_file(
        f,
        "历城-第19期.docx",
        "m-licheng",
        licheng,
        props=props("lckj"),
        numbering=[("decimal", "%1.")],
        header=hdr,
        footer=ftr,
        footnotes={1: "培训由省科技厅政策法规处主讲，数据截至2月5日。"},
    )
    expect(
        f,
        "历城-第19期.docx",
        "4+2b+3a",
        "历城区",
        "printed",
        printed=J(lc),
        must_not_print=[
            "88161234",
            "济南市历城区科学技术局",
            "培训由省科技厅",
            "1.2月2日",
            "培训1。",
        ],
        why="unit by short name in the file name; letterhead in the page header, a phone in the "
        "footer, Word auto-numbering, a footnote, a soft break after ； (4+2b+3a)",
    )

    jy = [
        "1月29日，赴欧锐激光、恒储机械、铭牌精工等重点企业开展走访调研",
        "2月3日，召开科技金融政策宣讲会，20家企业参加",
        "2月5日，指导2家企业完成科技成果登记",
    ]
    txt(
        f,
        "济阳区.txt",
        "　　济阳区科技局关于第19期工作动态的报送\n"
        + "".join(f"　　{x}\n" for x in jy)
        + "　　报送人：刘波　　手机：15865312345\n",
        "gbk",
        crlf=True,
    )
    expect(
        f,
        "济阳区.txt",
        "3a+2b+5c",
        "济阳区",
        "warning",
        printed=J(jy),
        must_not_print=["刘波", "15865312345", "关于第19期"],
        must_report=["1月29日"],
        why="GBK/CRLF with 　　 on every line, a title line, a list without 。, a signature, and "
        "one date (1月29日) before the period: printed, with a warning (3a+2b+5c)",
    )

    qb = [
        "2月3日，赴山科集团参观山东省机器人与智能装备公共技术服务平台，就山科产业园区项目招引进行座谈交流。",
        "2月4日，组织区内8家企业参加黄河流域科技成果转化对接会。",
    ]

    def qibu(ids):
        banner = W.para("济南新旧动能转换起步区科技创新工作动态", ids=ids)
        ins_row = f'<w:ins w:id="{ids.revision()}" w:author="徐航" w:date="{AUTHOR_DATE}"/>'
        del_row = f'<w:del w:id="{ids.revision()}" w:author="徐航" w:date="{AUTHOR_DATE}"/>'
        rows = [
            hdr_cells(ids, [("序号", 800), ("工作动态", 6200), ("备注", 1500)]),
            [
                Cell([W.cpara("1", ids, "center")], 800),
                Cell(
                    [
                        W.cpara(
                            [
                                "2月3日，赴山科集团参观山东省机器人与智能装备公共技术服务平台，",
                                W.ins(
                                    W.runs("就山科产业园区项目招引进行座谈交流。", ids),
                                    ids,
                                    "徐航",
                                    AUTHOR_DATE,
                                ),
                            ],
                            ids,
                        )
                    ],
                    6200,
                ),
                Cell([W.cpara("", ids)], 1500),
            ],
            [
                Cell(
                    [W.cpara([W.ins(W.runs("2", ids), ids, "徐航", AUTHOR_DATE)], ids, "center")],
                    800,
                ),
                Cell([W.cpara([W.ins(W.runs(qb[1], ids), ids, "徐航", AUTHOR_DATE)], ids)], 6200),
                Cell(
                    [
                        W.cpara(
                            [W.ins(W.runs("新增", ids), ids, "徐航", AUTHOR_DATE)], ids, "center"
                        )
                    ],
                    1500,
                ),
            ],
            [
                Cell([W.cpara([W.dele("2", ids, "徐航", AUTHOR_DATE)], ids, "center")], 800),
                Cell(
                    [
                        W.cpara(
                            [
                                W.dele(
                                    "1月30日，召开起步区科技创新大会筹备会。",
                                    ids,
                                    "徐航",
                                    AUTHOR_DATE,
                                )
                            ],
                            ids,
                        )
                    ],
                    6200,
                ),
                Cell([W.cpara("", ids)], 1500),
            ],
        ]
        return W.para(W.text_box(banner, 3), ids=ids) + W.table(
            rows, [800, 6200, 1500], row_props={2: ins_row, 3: del_row}, header_rows=1
        )

    docx_file(f, "起步区.docx", "m-qibu", qibu, props=props("徐航"), track=True)
    expect(
        f,
        "起步区.docx",
        "3c+4",
        "起步区",
        "printed",
        printed=J(qb),
        must_not_print=["1月30日", "筹备会", "新增", "12月3日", "22月4日", "科技创新工作动态"],
        why="the title is in a text box; a 序号 table under Track Changes with an inserted row, "
        "a deleted row (a stale date 1月30日 that must not count) and an insertion inside a cell (3c+4)",
    )

    lw = [
        "2月2日，赴山东莱威新材料有限公司开展招商引资对接，已初步达成合作意向；",
        "2月4日，审核5笔科技成果转化风险补偿贷款1750万元；",
        "组织区内10家企业参加科技成果转化政策说明会",
    ]
    docx_file(
        f,
        "莱芜区-第18期动态.docx",
        "m-laiwu",
        lambda ids: (
            W.title("莱芜区科技局工作动态", ids)
            + W.para(lw[0], BR, lw[1], BR, lw[2], ids=ids)
            + W.empty(ids)
            + W.right("莱芜区科技局", ids)
            + W.right("2026年2月5日", ids)
        ),
        props=props("zm", wps=True),
    )
    expect(
        f,
        "莱芜区-第18期动态.docx",
        "3a+2b",
        "莱芜区",
        "warning",
        printed=J(lw),
        must_not_print=["2026年2月5日"],
        must_report=["18"],
        why="last week's file reused: the name says 第18期 (a warning), soft line breaks ending "
        "in ； or nothing, a 落款 (3a+2b)",
    )

    txt(
        f,
        "商河县.md",
        "# 商河县科技局工作动态\n\n## 一、本周工作动态\n- 2月3日，组织科技统计培训，精准指导20家企业填报研发投入报表。\n\n"
        "## 二、存在问题\n无\n\n## 三、下步工作计划\n- 2月10日，举办商河县科技型中小企业评价政策宣讲会。\n",
        "utf-8",
    )
    expect(
        f,
        "商河县.md",
        "5a+1+5c",
        "商河县",
        "error",
        must_not_print=["精准指导20家企业填报研发投入报表", "评价政策宣讲会"],
        must_report=["2月10日"],
        why="Markdown with the usual three sections: 存在问题 says 无 (an empty section, not a nil "
        "reply) and the plan has a date after the issue date: the file is refused (5a+1+5c)",
    )

    py = "2月4日，与齐鲁工业大学（省科学院）就玫德集团实验室提档升级开展对接，达成初步合作意向。"
    txt(
        f,
        "钉钉群消息.txt",
        f"刘洋（平阴县科技局） 2026/2/5 14:02:33\n平阴县：{py}\n"
        "马骏（钢城区科技局） 2026/2/5 14:10:09\n钢城区本周无。\n",
        "utf-8",
    )
    why = "a DingTalk paste: one unit sends its text after a 平阴县： prefix, another unit replies nil (2a+1)"
    expect(
        f,
        "钉钉群消息.txt",
        "2a+1",
        "平阴县",
        "printed",
        printed=J([py]),
        must_not_print=["刘洋", "平阴县："],
        must_report=["刘洋"],
        why=why,
    )
    expect(
        f,
        "钉钉群消息.txt",
        "2a+1",
        "钢城区",
        "nil",
        must_not_print=["马骏", "钢城区本周无"],
        must_report=["本周无动态"],
        why=why,
    )

    gx = [
        "2月3日，量子信息未来产业科技园首批5个项目集中签约，总投资约12亿元。",
        "2月5日，组织区内23家企业参加高新技术企业认定政策宣讲会。",
    ]
    docx_file(
        f,
        "周报材料.docx",
        "m-gaoxin",
        lambda ids: (
            W.title("高新区科技经济部第19期工作动态", ids)
            + paras(
                [
                    "赵伟 2026/2/5 10:12:40",
                    "2月3日，量子信息未来产业科技园首批5个项目集中签约🎉，总投资约12亿元。",
                    "2月5日，组织区内23家企业参加高新技术企业认定政策宣讲会👍（联系人：赵伟，电话：0531-88886666）",
                    "[图片]",
                ],
                ids,
            )
        ),
        props=props("赵伟"),
    )
    expect(
        f,
        "周报材料.docx",
        "2a+2b+5b",
        "济南高新区",
        "warning",
        printed=J(gx),
        must_not_print=["赵伟", "🎉", "👍", "88886666", "[图片]", "10:12"],
        must_report=["🎉"],
        why="a chat paste put into a .docx whose name names no unit (the alias 高新区科技经济部 is "
        "in the title); emoji, a contact in parentheses, [图片] (2a+2b+5b)",
    )

    zq_a = "2月3日至5日，组织科技联络员工作专班分赴山东大学材料学院、齐鲁工业大学开展对接交流，推动高校创新资源与区域产业需求精准匹配。"
    zq_b = "2月4日—2月5日，梳理解读科技人才政策，指导3家企业开展泰山人才工程申报筹备工作。"
    fw = lambda s: s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))  # noqa: E731
    lines = wrap(fw(zq_a), 30) + wrap(fw(zq_b), 30)
    txt(f, "新建文本文档 (2).txt", "章丘本周工作动态\n" + "\n".join(lines) + "\n", "utf-8")
    expect(
        f,
        "新建文本文档 (2).txt",
        "3a+5b+5c",
        "章丘区",
        "printed",
        printed=J([zq_a, zq_b]),
        must_not_print=["２", "３日至", "齐鲁工；"],
        must_report=[],
        why="Windows' default file name; unit only by the short name 章丘 in the title; full-width "
        "digits, date ranges 2月3日至5日 and 2月4日—2月5日, fixed-width wrapping (3a+5b+5c)",
    )


# =============================================================================== main


def clean() -> None:
    for p in ROOT.glob("inbox_*"):
        shutil.rmtree(p)
    (ROOT / "expected.json").unlink(missing_ok=True)


def self_check() -> None:
    """The expectations must not contradict each other: within one folder (one collect run),
    nothing that must not be printed may be part of what must be printed."""
    by_folder: dict[str, list[dict]] = {}
    for e in EXPECTED:
        by_folder.setdefault(e["folder"], []).append(e)
        assert e["outcome"] in ("printed", "nil", "error", "warning"), e
        if e["printed"] is not None:
            assert e["printed"].endswith("。") and "；；" not in e["printed"], e
            assert e["outcome"] in ("printed", "warning"), e
        if e["outcome"] in ("nil", "error"):
            assert e["printed"] is None and not e.get("must_print"), e
    for folder, entries in by_folder.items():
        shown = [e["printed"] or "" for e in entries] + [
            m for e in entries for m in e.get("must_print", [])
        ]
        for e in entries:
            for bad in e["must_not_print"]:
                for text in shown:
                    assert bad not in text, (folder, e["file"], bad, text)
        units = [(e["unit"], e["file"]) for e in entries]
        assert len({u for u, _ in units}) == len(units), f"{folder}: a unit appears in two files"


def main() -> None:
    clean()
    for step in (cat1, cat2a, cat2b, cat3a, cat3b, cat3c, cat4, cat5a, cat5b, cat5c, mixed):
        step()
    self_check()
    (ROOT / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    files = {(e["folder"], e["file"]) for e in EXPECTED}
    print(f"{len(files)} files, {len(EXPECTED)} expectations in {ROOT}")


if __name__ == "__main__":
    main()
