"""WordprocessingML that python-docx has no API for, written in the schema's order.

Word refuses a file whose property elements are out of the order ECMA-376 (Part 1, transitional,
wml.xsd) gives them, so every element zhoubao adds is placed by `insert_ordered`, against the
sequences below: the one place that knows them. Elements inside one tuple of a sequence share a
place (a choice in the schema, or a name and its alias).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docx.oxml.ns import nsmap
from docx.oxml.parser import oxml_parser
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_NAMESPACES = {**nsmap, "w15": "http://schemas.microsoft.com/office/word/2012/wordml"}

Order = Sequence[str | tuple[str, ...]]

# CT_PPr: CT_PPrBase, then rPr, sectPr, pPrChange.
PPR: Order = (
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
# CT_RPr (EG_RPrBase, then rPrChange); a paragraph mark's CT_ParaRPr starts with the four marks.
RPR: Order = (
    "w:ins",
    "w:del",
    "w:moveFrom",
    "w:moveTo",
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
    "w:rPrChange",
)
# CT_TblPr.
TBLPR: Order = (
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)
# CT_TcPr.
TCPR: Order = (
    "w:cnfStyle",
    "w:tcW",
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    ("w:cellIns", "w:cellDel", "w:cellMerge"),
    "w:tcPrChange",
)
# CT_SectPr: the header and footer references first, in any order among themselves.
SECTPR: Order = (
    ("w:headerReference", "w:footerReference"),
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w15:footnoteColumns",
    "w:sectPrChange",
)
# CT_Settings.
SETTINGS: Order = (
    "w:writeProtection",
    "w:view",
    "w:zoom",
    "w:removePersonalInformation",
    "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries",
    "w:displayBackgroundShape",
    "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth",
    "w:printFormsData",
    "w:embedTrueTypeFonts",
    "w:embedSystemFonts",
    "w:saveSubsetFonts",
    "w:saveFormsData",
    "w:mirrorMargins",
    "w:alignBordersAndEdges",
    "w:bordersDoNotSurroundHeader",
    "w:bordersDoNotSurroundFooter",
    "w:gutterAtTop",
    "w:hideSpellingErrors",
    "w:hideGrammaticalErrors",
    "w:activeWritingStyle",
    "w:proofState",
    "w:formsDesign",
    "w:attachedTemplate",
    "w:linkStyles",
    "w:stylePaneFormatFilter",
    "w:stylePaneSortMethod",
    "w:documentType",
    "w:mailMerge",
    "w:revisionView",
    "w:trackRevisions",
    "w:doNotTrackMoves",
    "w:doNotTrackFormatting",
    "w:documentProtection",
    "w:autoFormatOverride",
    "w:styleLockTheme",
    "w:styleLockQFSet",
    "w:defaultTabStop",
    "w:autoHyphenation",
    "w:consecutiveHyphenLimit",
    "w:hyphenationZone",
    "w:doNotHyphenateCaps",
    "w:showEnvelope",
    "w:summaryLength",
    "w:clickAndTypeStyle",
    "w:defaultTableStyle",
    "w:evenAndOddHeaders",
    "w:bookFoldRevPrinting",
    "w:bookFoldPrinting",
    "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing",
    "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery",
    "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin",
    "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin",
    "w:doNotShadeFormData",
    "w:noPunctuationKerning",
    "w:characterSpacingControl",
    "w:printTwoOnOne",
    "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter",
    "w:noLineBreaksBefore",
    "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema",
    "w:saveInvalidXml",
    "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText",
    "w:doNotDemarcateInvalidXml",
    "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving",
    "w:saveThroughXslt",
    "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace",
    "w:updateFields",
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)
# CT_Styles and its defaults.
STYLES: Order = ("w:docDefaults", "w:latentStyles", "w:style")
DOC_DEFAULTS: Order = ("w:rPrDefault", "w:pPrDefault")
RPR_DEFAULT: Order = ("w:rPr",)
# Borders and margins: CT_PBdr, CT_TblBorders, CT_TcBorders, CT_TblCellMar (start/end are the
# strict names of left/right).
PBDR: Order = ("w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar")
TBL_BORDERS: Order = (
    "w:top",
    ("w:left", "w:start"),
    "w:bottom",
    ("w:right", "w:end"),
    "w:insideH",
    "w:insideV",
)
TC_BORDERS: Order = (
    "w:top",
    ("w:left", "w:start"),
    "w:bottom",
    ("w:right", "w:end"),
    "w:insideH",
    "w:insideV",
    "w:tl2br",
    "w:tr2bl",
)
CELL_MAR: Order = ("w:top", ("w:left", "w:start"), "w:bottom", ("w:right", "w:end"))

# The sequence each parent's children follow, by the parent's tag.
SEQUENCES: dict[str, Order] = {
    "w:pPr": PPR,
    "w:rPr": RPR,
    "w:tblPr": TBLPR,
    "w:tcPr": TCPR,
    "w:sectPr": SECTPR,
    "w:settings": SETTINGS,
    "w:pBdr": PBDR,
    "w:tblBorders": TBL_BORDERS,
    "w:tcBorders": TC_BORDERS,
    "w:tblCellMar": CELL_MAR,
    "w:styles": STYLES,
    "w:docDefaults": DOC_DEFAULTS,
    "w:rPrDefault": RPR_DEFAULT,
}
# Children a parent may hold several of (a section's default, first and even footers; styles).
REPEATABLE = frozenset({"w:headerReference", "w:footerReference", "w:style"})


def clark(tag: str) -> str:
    """{namespace}name for w:name (and the few other prefixes WordprocessingML uses)."""
    prefix, name = tag.split(":")
    return f"{{{_NAMESPACES[prefix]}}}{name}"


def _ranks(order: Order) -> dict[str, int]:
    ranks = {}
    for rank, entry in enumerate(order):
        for tag in (entry,) if isinstance(entry, str) else entry:
            ranks[clark(tag)] = rank
    return ranks


_RANKS = {clark(parent): _ranks(order) for parent, order in SEQUENCES.items()}
_REPEATABLE = frozenset(clark(tag) for tag in REPEATABLE)


def element(tag: str, **attrs: str) -> BaseOxmlElement:
    """A new element with w: attributes, in the order given."""
    prefix = tag.split(":")[0]
    node: BaseOxmlElement = oxml_parser.makeelement(clark(tag), nsmap={prefix: _NAMESPACES[prefix]})
    for key, value in attrs.items():
        node.set(clark(f"w:{key}"), value)
    return node


def insert_ordered(parent: BaseOxmlElement, child: BaseOxmlElement) -> BaseOxmlElement:
    """Put child where the schema wants it among parent's children, replacing one of its kind.

    Children the sequence does not know (extensions such as w14:…) are taken to come last.
    """
    ranks = _RANKS.get(parent.tag)
    if ranks is None or child.tag not in ranks:
        raise ValueError(f"no schema order known for {child.tag} in {parent.tag}")
    mine = ranks[child.tag]
    if child.tag not in _REPEATABLE:
        for old in parent.findall(child.tag):
            if old is not child:
                parent.remove(old)
    last = len(ranks) + 1
    for existing in parent:
        if existing is not child and ranks.get(existing.tag, last) > mine:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def set_child(parent: BaseOxmlElement, tag: str, **attrs: str) -> BaseOxmlElement:
    """A new child with these w: attributes in its place, instead of any child of its kind."""
    return insert_ordered(parent, element(tag, **attrs))


def get_or_add(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """The child of this kind, or a new empty one in its place."""
    found = parent.find(clark(tag))
    return found if found is not None else insert_ordered(parent, element(tag))


# -- borders and tables ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A single line: width in eighths of a point, colour, distance from the text in points."""

    eighths: int
    colour: str = "000000"
    space: int = 0


def border(side: str, rule: Rule | None) -> BaseOxmlElement:
    """One side's line (w:top, w:insideH…); None: explicitly none, whatever a style says."""
    if rule is None:
        return element(f"w:{side}", val="nil")
    return element(
        f"w:{side}",
        val="single",
        sz=str(rule.eighths),
        space=str(rule.space),
        color=rule.colour.upper(),
    )


_BORDERS_OF = {
    clark("w:pPr"): "w:pBdr",
    clark("w:tblPr"): "w:tblBorders",
    clark("w:tcPr"): "w:tcBorders",
}


def set_borders(properties: BaseOxmlElement, **sides: Rule | None) -> BaseOxmlElement:
    """A paragraph's, table's or cell's borders (pBdr, tblBorders, tcBorders): these sides only.

    Sides by their element names: top, left, bottom, right, insideH, insideV…
    """
    borders = element(_BORDERS_OF[properties.tag])
    for side, rule in sides.items():
        insert_ordered(borders, border(side, rule))
    return insert_ordered(properties, borders)


def fixed_layout(tbl_pr: BaseOxmlElement, width_twips: int, cell_margin_twips: int) -> None:
    """A fixed table width and fixed column widths, with these left and right cell margins:
    the same columns in Word and LibreOffice, whatever the cells hold."""
    set_child(tbl_pr, "w:tblW", w=str(width_twips), type="dxa")
    set_child(tbl_pr, "w:tblLayout", type="fixed")
    margins = element("w:tblCellMar")
    for side in ("left", "right"):
        insert_ordered(margins, element(f"w:{side}", w=str(cell_margin_twips), type="dxa"))
    insert_ordered(tbl_pr, margins)


# -- paragraphs and runs --------------------------------------------------------------------------


def no_snap_to_grid(paragraph: Paragraph) -> None:
    """The paragraph keeps its own line height instead of whole rows of the document grid."""
    set_child(paragraph._p.get_or_add_pPr(), "w:snapToGrid", val="0")


def set_fonts(r_pr: BaseOxmlElement, font: str) -> None:
    """All four font slots plus the East Asian hint and language: run.font.name sets only two.

    Without the eastAsia slot Word and LibreOffice draw Chinese text in a theme or fallback font.
    """
    fonts = get_or_add(r_pr, "w:rFonts")
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(clark(f"w:{slot}"), font)
    fonts.set(clark("w:hint"), "eastAsia")
    chinese(r_pr)


def chinese(r_pr: BaseOxmlElement) -> None:
    """East Asian text in these properties is Simplified Chinese (w:lang w:eastAsia="zh-CN").

    Word picks the East Asian theme font by it, and LibreOffice both the fallback face and the
    glyphs' regional forms (a Japanese tag draws 门 and 骨 the Japanese way).
    """
    get_or_add(r_pr, "w:lang").set(clark("w:eastAsia"), "zh-CN")


def chinese_defaults(styles: BaseOxmlElement, settings: BaseOxmlElement) -> None:
    """The document's default language for East Asian text is Simplified Chinese: in the
    default run properties, in the Normal style if it names another, and in the theme fonts'
    language when settings has one."""
    defaults = get_or_add(get_or_add(styles, "w:docDefaults"), "w:rPrDefault")
    chinese(get_or_add(defaults, "w:rPr"))
    for style in styles.iterchildren(clark("w:style")):
        if style.get(clark("w:type")) == "paragraph" and style.get(clark("w:default")) == "1":
            lang = style.find(f"{clark('w:rPr')}/{clark('w:lang')}")
            if lang is not None and lang.get(clark("w:eastAsia")) is not None:
                lang.set(clark("w:eastAsia"), "zh-CN")
    theme_lang = settings.find(clark("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(clark("w:eastAsia"), "zh-CN")


def set_run_font(run: Run, font: str, size: float) -> None:
    """A run in font at size (points), in all four font slots: Chinese text included."""
    run.font.size = Pt(size)
    set_fonts(run._r.get_or_add_rPr(), font)


# -- complex fields -------------------------------------------------------------------------------

NewRun = Callable[[], BaseOxmlElement]  # adds an empty w:r where the field goes, returns it


def field_char(new_run: NewRun, kind: str) -> None:
    """One field character: begin, separate or end."""
    new_run().append(element("w:fldChar", fldCharType=kind))


def field_begin(new_run: NewRun, instruction: str, *, result: bool = True) -> None:
    """A field's start and instruction; with result, the separator after which its text follows."""
    field_char(new_run, "begin")
    instr = element("w:instrText")
    instr.set(clark("xml:space"), "preserve")
    instr.text = instruction
    new_run().append(instr)
    if result:
        field_char(new_run, "separate")


def complex_field(new_run: NewRun, instruction: str, shown: str | None = None) -> None:
    """A whole field in runs from new_run (PAGE, TC…), its result shown until it is updated.

    Without shown, no result at all: a TC entry prints nothing.
    """
    field_begin(new_run, instruction, result=shown is not None)
    if shown is not None:
        text = element("w:t")
        text.text = shown
        new_run().append(text)
    field_char(new_run, "end")


def bare_run(paragraph: BaseOxmlElement) -> BaseOxmlElement:
    """A new run without properties at the end of a paragraph element."""
    run = element("w:r")
    paragraph.append(run)
    return run
