"""Build src/zhoubao_cli/render/template.docx, the package python-docx opens for every bulletin.

python-docx's own default template is 880 KB (a Japanese font table, a stale
stylesWithEffects.xml, a theme, numbering, a thumbnail): opening and saving it costs about 30 ms
per render and Word "repairs" the result. This one holds only what a bulletin uses: the document
with an A4 section, the styles Normal, Footer and the three defaults, settings with an East Asian
layout, a font table with the default config's fonts, a minimal theme (validators want one),
and the core properties.
The values here are defaults; the writer sets page, fonts and sizes from zhoubao.toml.

Run after changing it: python tools/make_template.py (tests check the file is up to date).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "zhoubao_cli" / "render" / "template.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"

BODY_FONT = "仿宋_GB2312"


def content_types() -> str:
    ml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = [
        ("/word/document.xml", f"{ml}.document.main+xml"),
        ("/word/styles.xml", f"{ml}.styles+xml"),
        ("/word/settings.xml", f"{ml}.settings+xml"),
        ("/word/fontTable.xml", f"{ml}.fontTable+xml"),
        ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ]
    return (
        HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )


def relationships(rels: list[tuple[str, str, str]]) -> str:
    return (
        HEAD
        + f'<Relationships xmlns="{PKG_REL}">'
        + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
        + "</Relationships>"
    )


def document() -> str:
    # A4, GB/T 9704 margins (37/35/28/26 mm), 22 lines of 28.95 pt.
    return (
        HEAD + f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:sectPr>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" '
        'w:header="851" w:footer="1400" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/>'
        "</w:sectPr></w:body></w:document>"
    )


def fonts_xml(font: str) -> str:
    return (
        f'<w:rFonts w:hint="eastAsia" w:ascii="{font}" w:hAnsi="{font}" '
        f'w:eastAsia="{font}" w:cs="{font}"/>'
    )


def styles() -> str:
    lang = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    return (
        HEAD + f'<w:styles xmlns:w="{W}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'{fonts_xml(BODY_FONT)}<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>{lang}'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="579" '
        'w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
        f'<w:rPr>{fonts_xml(BODY_FONT)}<w:spacing w:val="-5"/><w:sz w:val="32"/>'
        f'<w:szCs w:val="32"/>{lang}</w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
        '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        # python-docx's footers ask for this style; off the grid, single spacing.
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>'
        '<w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
        "</w:style></w:styles>"
    )


def settings() -> str:
    # Children in the schema's order. Chinese layout (useFELayout), punctuation at full width.
    return (
        HEAD + f'<w:settings xmlns:w="{W}">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
        '<w:drawingGridVerticalSpacing w:val="579"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        "<w:compat><w:useFELayout/>"
        '<w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    )


def theme(body: str, heading: str) -> str:
    """The smallest complete theme (validators require one); no style refers to it."""
    colours = [
        ("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
        ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
        ("dk2", '<a:srgbClr val="000000"/>'),
        ("lt2", '<a:srgbClr val="FFFFFF"/>'),
        *((f"accent{i}", '<a:srgbClr val="FF0000"/>') for i in range(1, 7)),
        ("hlink", '<a:srgbClr val="0000FF"/>'),
        ("folHlink", '<a:srgbClr val="800080"/>'),
    ]
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="9525">{fill}</a:ln>'
    effect = "<a:effectStyle><a:effectLst/></a:effectStyle>"
    return (
        HEAD + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'name="zhoubao"><a:themeElements><a:clrScheme name="zhoubao">'
        + "".join(f"<a:{k}>{v}</a:{k}>" for k, v in colours)
        + '</a:clrScheme><a:fontScheme name="zhoubao">'
        f'<a:majorFont><a:latin typeface="{heading}"/><a:ea typeface="{heading}"/>'
        '<a:cs typeface=""/></a:majorFont>'
        f'<a:minorFont><a:latin typeface="{body}"/><a:ea typeface="{body}"/>'
        '<a:cs typeface=""/></a:minorFont></a:fontScheme>'
        '<a:fmtScheme name="zhoubao">'
        f"<a:fillStyleLst>{fill * 3}</a:fillStyleLst>"
        f"<a:lnStyleLst>{line * 3}</a:lnStyleLst>"
        f"<a:effectStyleLst>{effect * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst>"
        "</a:fmtScheme></a:themeElements></a:theme>"
    )


def core() -> str:
    return (
        HEAD + "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title></dc:title><dc:creator></dc:creator><cp:revision>1</cp:revision>"
        "</cp:coreProperties>"
    )


def build() -> bytes:
    sys.path.insert(0, str(ROOT / "src"))
    from zhoubao_cli.config import default_config_text, parse_config
    from zhoubao_cli.render.fonts import font_table_xml

    fonts = parse_config(default_config_text()).fonts
    parts = {
        "[Content_Types].xml": content_types().encode(),
        "_rels/.rels": relationships(
            [
                ("rId1", f"{DOC_REL}/officeDocument", "word/document.xml"),
                ("rId2", f"{PKG_REL}/metadata/core-properties", "docProps/core.xml"),
            ]
        ).encode(),
        "docProps/core.xml": core().encode(),
        "word/document.xml": document().encode(),
        "word/_rels/document.xml.rels": relationships(
            [
                ("rId1", f"{DOC_REL}/styles", "styles.xml"),
                ("rId2", f"{DOC_REL}/settings", "settings.xml"),
                ("rId3", f"{DOC_REL}/fontTable", "fontTable.xml"),
                ("rId4", f"{DOC_REL}/theme", "theme/theme1.xml"),
            ]
        ).encode(),
        "word/styles.xml": styles().encode(),
        "word/settings.xml": settings().encode(),
        "word/fontTable.xml": font_table_xml(
            [fonts.body, fonts.heading, fonts.title, fonts.page_number]
        ),
        "word/theme/theme1.xml": theme(fonts.body, fonts.heading).encode(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            # A fixed date: the same input gives the same bytes.
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def main() -> None:
    TARGET.write_bytes(build())
    print(f"written: {TARGET.relative_to(ROOT)} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
