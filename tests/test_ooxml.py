"""The OOXML layer: children land in the schema's order whatever order they are added in."""

from __future__ import annotations

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.render import ooxml
from zhoubao_cli.render.ooxml import SEQUENCES, clark, element, insert_ordered

# (parent, its children's tags in schema order, with the rank of each)
KINDS = [
    (
        parent,
        [
            (tag, rank)
            for rank, entry in enumerate(order)
            for tag in ((entry,) if isinstance(entry, str) else entry)
        ],
    )
    for parent, order in SEQUENCES.items()
]


def _tags(parent) -> list[str]:  # type: ignore[no-untyped-def]
    return [child.tag for child in parent]


@st.composite
def insertions(draw: st.DrawFn) -> tuple[str, list[tuple[str, int]]]:
    parent, children = draw(st.sampled_from(KINDS))
    chosen = draw(st.lists(st.sampled_from(children), unique=True, min_size=1))
    return parent, draw(st.permutations(chosen))


@given(insertions(), st.booleans())
def test_children_added_in_any_order_end_in_schema_order(
    case: tuple[str, list[tuple[str, int]]], extension: bool
) -> None:
    parent_tag, children = case
    parent = element(parent_tag)
    if extension:  # an element the sequence does not know (w14:…) stays after the known ones
        parent.append(element("w14:extra"))
    for tag, _ in children:
        insert_ordered(parent, element(tag))
    rank = {clark(tag): r for tag, r in children}
    known = [tag for tag in _tags(parent) if tag in rank]
    assert sorted(known) == sorted(clark(tag) for tag, _ in children)  # each once, none lost
    assert [rank[tag] for tag in known] == sorted(rank[tag] for tag in known)
    if extension:
        assert _tags(parent)[-1] == clark("w14:extra")


@given(insertions())
def test_setting_a_child_again_replaces_it(case: tuple[str, list[tuple[str, int]]]) -> None:
    parent_tag, children = case
    parent = element(parent_tag)
    for tag, _ in children:
        insert_ordered(parent, element(tag))
    tag = children[0][0]
    new = ooxml.set_child(parent, tag, val="again")
    same_kind = parent.findall(clark(tag))
    if tag in ooxml.REPEATABLE:  # a section's default and even footers both stay
        assert len(same_kind) == 2
    else:
        assert same_kind == [new]


def test_a_child_the_schema_does_not_allow_is_refused() -> None:
    with pytest.raises(ValueError, match="no schema order"):
        insert_ordered(element("w:pPr"), element("w:sz"))


def _paragraph():  # type: ignore[no-untyped-def]
    return Document().add_paragraph("正文")


def test_no_snap_to_grid_before_jc_when_there_is_no_spacing() -> None:
    """The old helper appended snapToGrid after w:jc when the paragraph had no w:spacing."""
    p = _paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = 0
    ooxml.no_snap_to_grid(p)
    ooxml.no_snap_to_grid(p)  # twice: still one
    p_pr = p._p.pPr
    assert _tags(p_pr) == [clark("w:snapToGrid"), clark("w:ind"), clark("w:jc")]
    assert p_pr[0].get(clark("w:val")) == "0"


def test_fonts_fill_all_four_slots_after_a_character_style() -> None:
    run = _paragraph().add_run("文字")
    r_pr = run._r.get_or_add_rPr()
    ooxml.set_child(r_pr, "w:rStyle", val="Strong")
    ooxml.set_child(r_pr, "w:eastAsianLayout", combine="0")
    ooxml.set_run_font(run, "仿宋_GB2312", 16)
    assert _tags(r_pr) == [
        clark(t) for t in ("w:rStyle", "w:rFonts", "w:sz", "w:lang", "w:eastAsianLayout")
    ]
    fonts = r_pr.find(clark("w:rFonts"))
    assert {fonts.get(clark(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {
        "仿宋_GB2312"
    }
    assert fonts.get(clark("w:hint")) == "eastAsia"
    assert r_pr.find(clark("w:lang")).get(clark("w:eastAsia")) == "zh-CN"


def _field_parts(paragraph) -> list[str]:  # type: ignore[no-untyped-def]
    parts = []
    for run in paragraph.iter(clark("w:r")):
        for node in run:
            if node.tag == clark("w:fldChar"):
                parts.append(node.get(clark("w:fldCharType")))
            elif node.tag == clark("w:instrText"):
                parts.append(f"instr:{node.text}")
            elif node.tag == clark("w:t"):
                parts.append(f"text:{node.text}")
    return parts


def test_complex_fields_with_and_without_a_result() -> None:
    p = element("w:p")
    ooxml.complex_field(lambda: ooxml.bare_run(p), " PAGE ", "1")
    assert _field_parts(p) == ["begin", "instr: PAGE ", "separate", "text:1", "end"]
    instr = p.find(f"{clark('w:r')}/{clark('w:instrText')}")
    assert instr.get(clark("xml:space")) == "preserve"
    entry = element("w:p")
    ooxml.complex_field(lambda: ooxml.bare_run(entry), ' TC "第1期" \\l 1 ')
    assert _field_parts(entry) == ["begin", 'instr: TC "第1期" \\l 1 ', "end"]


def test_borders_name_every_side_asked_for_in_order() -> None:
    tbl_pr = Document().add_table(rows=1, cols=1)._tbl.tblPr
    line = ooxml.Rule(4)
    ooxml.set_borders(tbl_pr, insideV=None, bottom=line, top=line)
    borders = tbl_pr.find(clark("w:tblBorders"))
    assert _tags(borders) == [clark("w:top"), clark("w:bottom"), clark("w:insideV")]
    assert borders[2].get(clark("w:val")) == "nil"
    assert borders[0].get(clark("w:sz")) == "4"
