"""import: published issues (PDF text, our .docx/.txt/.md, hand-made .docx) back into bulletins."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tomllib
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from hypothesis import given
from hypothesis import strategies as st

from conftest import GOLDEN, Cli, has_soffice
from zhoubao_cli.config import BulletinConfig, default_config_text
from zhoubao_cli.model import Bulletin
from zhoubao_cli.textrules import as_items_paragraph, split_items
from zhoubao_cli.workspace import Issue

PUBLISHED = GOLDEN / "published_issue18.txt"
ISSUE18 = Path("issues") / "第18期"


@pytest.fixture
def archive(tmp_path: Path) -> Cli:
    """A workspace with the default config and no issue yet."""
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "zhoubao.toml").write_text(default_config_text(), "utf-8")
    return Cli(folder)


def bulletin_of(cli: Cli, name: str = "bulletin.json") -> dict:  # type: ignore[type-arg]
    """The bulletin as JSON, without where each unit's text came from."""
    data = json.loads((cli.folder / ISSUE18 / name).read_text("utf-8"))
    for section in data["sections"]:
        for entry in section["units"]:
            entry["source"] = ""
    return data


def imported(cli: Cli, path: Path, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli("import", path, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_published_issue18_text_is_the_bulletin_collect_builds(issue18: Cli, archive: Cli) -> None:
    record = imported(archive, PUBLISHED)
    assert bulletin_of(archive) == bulletin_of(issue18)
    report = record["report"]
    assert record["role"] == "issue"
    # The masthead and the end block are recognised, listed, and not bulletin text.
    dropped = {(d["text"], d["reason"]) for d in report["dropped"]}
    assert ("第 18 期", "报头") in dropped
    assert ("审核：蒋旭光 陈萍 联系电话：51708855", "报尾（版记）") in dropped
    assert len(dropped) == 9
    # The two paragraphs the PDF's page breaks split are joined, and the spaces are counted.
    assert "接上被分页或换行断开的段落 2 处" in report["notes"]
    assert any(n.startswith("删除多余空格") for n in report["notes"])
    issue = json.loads((archive.folder / ISSUE18 / "issue.json").read_text("utf-8"))
    assert issue == {
        "number": 18,
        "date": "2026-01-30",
        "period_start": "2026-01-24",
        "period_end": "2026-01-30",
    }


@pytest.mark.parametrize("fmt", ["docx", "txt", "md"])
def test_render_then_import_gives_the_same_bulletin(issue18: Cli, archive: Cli, fmt: str) -> None:
    assert issue18("render", f"--{fmt}").exit_code == 0
    (rendered,) = (issue18.folder / ISSUE18).glob(f"*.{fmt}")
    imported(archive, rendered)
    assert bulletin_of(archive) == bulletin_of(issue18)


@pytest.mark.skipif(
    not has_soffice() or shutil.which("pdftotext") is None, reason="needs LibreOffice and poppler"
)
def test_text_of_the_rendered_pdf_gives_the_same_bulletin(issue18: Cli, archive: Cli) -> None:
    """pdftotext keeps the PDF's lines: every line break, page numbers and a form feed per page."""
    assert issue18("render", "--pdf").exit_code == 0
    (pdf,) = (issue18.folder / ISSUE18).glob("*.pdf")
    text = archive.folder.parent / "pdftotext.txt"
    subprocess.run(["pdftotext", str(pdf), str(text)], check=True)
    record = imported(archive, text)
    assert bulletin_of(archive) == bulletin_of(issue18)
    reasons = [d["reason"] for d in record["report"]["dropped"]]
    assert reasons.count("页码") >= 2


def test_gbk_text_copied_by_hand(issue18: Cli, archive: Cli, tmp_path: Path) -> None:
    """Saved from Notepad on a Chinese Windows: GBK, CRLF, full-width indents, no blank lines."""
    lines = [line for line in PUBLISHED.read_text("utf-8").splitlines() if line.strip()]
    text = "\r\n".join("\u3000\u3000" + line for line in lines)
    path = tmp_path / "第18期.txt"
    path.write_bytes(text.encode("gbk"))
    imported(archive, path)
    assert bulletin_of(archive) == bulletin_of(issue18)


# -- a .docx made by hand in Word/WPS, in the same format ------------------------------------------


def published_paragraphs() -> list[str]:
    """The published text's paragraphs, the two that a page break split joined again."""
    paragraphs = [p.strip() for p in PUBLISHED.read_text("utf-8").split("\n\n") if p.strip()]
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and joined[-1].endswith(("目前", "创新资")):
            joined[-1] += paragraph
        else:
            joined.append(paragraph)
    return joined


def hand_made_docx(path: Path, variant: str) -> None:
    """As a person types it: plain paragraphs, bold labels in pieces, breaks where they fall."""
    doc = Document()
    paragraphs = published_paragraphs()
    title, number, issuer, date = paragraphs[:4]
    body = paragraphs[4:]
    end = body.index("报：局主要负责同志、领导班子成员")
    body, end_block = body[:end], body[end:]
    doc.add_paragraph(title)
    doc.add_paragraph(number)
    if variant == "tab":
        doc.add_paragraph(f"{issuer}\t{date.replace(' ', '')}")
    elif variant == "paragraphs":
        doc.add_paragraph(issuer)
        doc.add_paragraph(date)
    else:  # a two-cell table, as some mastheads are laid out
        cells = doc.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text, cells[1].text = issuer, date
    doc.add_paragraph("")
    for text in body:
        if variant == "table":  # the names people write
            text = text.replace("【济南高新区】", "【高新区】").replace(
                "【章丘区】", "【章丘区科技局】"
            )
        p = doc.add_paragraph()
        if text.startswith("【") and "】" in text[1:] and not text.endswith("】"):
            label, rest = text.split("】", 1)
            p.add_run(label[:2]).bold = True  # Word splits runs where it likes
            p.add_run(label[2:] + "】").bold = True
        else:
            rest = text
        if "目前" in rest and variant != "paragraphs":
            head, tail = rest.split("目前", 1)
            p.add_run(head + "目前").add_break(WD_BREAK.PAGE)
            p.add_run(tail)
        elif "目前" in rest:
            head, tail = rest.split("目前", 1)
            p.add_run(head + "目前")
            doc.add_paragraph(tail).paragraph_format.page_break_before = True
        elif "集聚高端创新资" in rest:
            head, tail = rest.split("集聚高端创新资", 1)
            p.add_run(head + "集聚高端").add_break()  # a manual line break mid-sentence
            p.add_run("创新资" + tail)
        else:
            p.add_run(rest)
    if variant == "paragraphs":
        for line in end_block:
            doc.add_paragraph(line)
    else:
        table = doc.add_table(rows=len(end_block), cols=1 if variant == "tab" else 2)
        for row, line in zip(table.rows, end_block, strict=True):
            if variant == "tab":
                row.cells[0].text = line
            else:
                label, _, rest = line.partition("：")
                row.cells[0].text, row.cells[1].text = label + "：", rest
    doc.save(str(path))


@pytest.mark.parametrize("variant", ["tab", "paragraphs", "table"])
def test_hand_made_docx(issue18: Cli, archive: Cli, tmp_path: Path, variant: str) -> None:
    path = tmp_path / f"第18期-{variant}.docx"
    hand_made_docx(path, variant)
    record = imported(archive, path)
    assert bulletin_of(archive) == bulletin_of(issue18)
    assert record["report"]["messages"] == []


# -- --issue: what was actually printed -----------------------------------------------------------


def edit_in_word(rendered: Path, target: Path) -> None:
    """The editor's last changes: one unit cut, one sentence rewritten."""
    doc = Document(str(rendered))
    for paragraph in doc.paragraphs:
        if paragraph.text.startswith("【历下区】"):
            paragraph._p.getparent().remove(paragraph._p)
        elif paragraph.text.startswith("【莱芜区】"):
            for run in paragraph.runs:
                run.text = run.text.replace("1750万元", "1750余万元")
    doc.save(str(target))


def test_printed_version_of_a_collected_issue(issue18: Cli, tmp_path: Path) -> None:
    folder = issue18.folder / ISSUE18
    assert issue18("render", "--docx").exit_code == 0
    (rendered,) = folder.glob("*.docx")
    final = tmp_path / "第18期（印发稿）.docx"
    edit_in_word(rendered, final)
    collected = (folder / "bulletin.json").read_bytes()

    without = issue18("import", final)
    assert without.exit_code == 2
    assert "--issue 18" in without.output

    record = imported(issue18, final, "--issue", "18")
    assert record["role"] == "printed"
    assert (folder / "bulletin.json").read_bytes() == collected  # the collected bulletin stays
    printed = bulletin_of(issue18, "printed.json")
    units = {e["unit"]: e["items"] for s in printed["sections"] for e in s["units"]}
    assert "历下区" not in units
    assert units["莱芜区"][1] == "本周审核5笔科技成果转化风险补偿贷款1750余万元。"
    before = {e["unit"]: e["items"] for s in bulletin_of(issue18)["sections"] for e in s["units"]}
    assert all(units[u] == before[u] for u in units if u != "莱芜区")
    notes = record["report"]["notes"]
    assert "印发稿删去了 历下区 的段落" in notes
    assert "印发稿改动了 莱芜区 的段落" in notes

    # Again: refused without --force; with it, each earlier record is kept under a new name.
    first = (folder / "printed.json").read_bytes()
    again = issue18("import", final, "--issue", "18")
    assert again.exit_code == 1
    assert "--force" in again.output
    assert issue18("import", rendered, "--issue", "18", "--force").exit_code == 0
    assert (folder / "printed.json.bak").read_bytes() == first
    assert issue18("import", final, "--issue", "18", "--force").exit_code == 0
    assert (folder / "printed.json.bak").read_bytes() == first
    assert (folder / "printed.json.1.bak").is_file()
    assert (folder / "bulletin.json").read_bytes() == collected


def test_reimport_needs_force_and_keeps_backups(archive: Cli, tmp_path: Path) -> None:
    imported(archive, PUBLISHED)
    folder = archive.folder / ISSUE18
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    corrected = tmp_path / "第18期-更正.txt"
    corrected.write_text(PUBLISHED.read_text("utf-8").replace("820万元", "830万元"), "utf-8")
    refused = archive("import", corrected)
    assert refused.exit_code == 1
    assert "--force" in refused.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert archive("import", corrected, "--force").exit_code == 0
    assert (folder / "bulletin.json.bak").read_bytes() == before["bulletin.json"]
    assert "830万元" in (folder / "bulletin.json").read_text("utf-8")
    assert archive("import", PUBLISHED, "--force").exit_code == 0
    assert (folder / "bulletin.json.bak").read_bytes() == before["bulletin.json"]
    assert "830万元" in (folder / "bulletin.json.1.bak").read_text("utf-8")


def test_collect_does_not_replace_an_imported_issue(archive: Cli, tmp_path: Path) -> None:
    imported(archive, PUBLISHED)
    folder = archive.folder / ISSUE18
    bulletin = (folder / "bulletin.json").read_bytes()
    empty = tmp_path / "empty-inbox"
    empty.mkdir()
    result = archive("collect", empty)
    assert result.exit_code == 1
    assert (folder / "bulletin.json").read_bytes() == bulletin


def test_imported_issue_renders(archive: Cli) -> None:
    imported(archive, PUBLISHED)
    assert archive("render", "--txt").exit_code == 0
    (text,) = (archive.folder / ISSUE18).glob("*.txt")
    assert text.read_text("utf-8") == (GOLDEN / "issue18.txt").read_text("utf-8")


# -- what cannot be imported, and what is imported with a word ------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("第18期.pdf", b"%PDF-1.7\n", "只能导入"),
        ("空.txt", b"", "空"),
        ("没有期号.txt", "【区县工作动态】\n\n【历下区】1月30日，召开座谈会。".encode(), "--issue"),
        (
            "没有正文.txt",
            "市科技局创新创业工作周报\n\n第 18 期\n\n2026 年 1 月 30 日".encode(),
            "正文",
        ),
        ("坏的.docx", b"PK\x03\x04broken", "不是有效的 .docx"),
    ],
)
def test_bad_files_are_refused_in_one_line(
    archive: Cli, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = archive("import", path)
    assert result.exit_code in (1, 2)
    assert words in result.output
    assert "Traceback" not in result.output
    assert not (archive.folder / "issues").exists()


def test_number_must_agree_with_issue_option(archive: Cli) -> None:
    result = archive("import", PUBLISHED, "--issue", "19")
    assert result.exit_code == 1
    assert "第18期" in result.output and "--issue 19" in result.output


def test_unknown_unit_is_imported_under_its_own_name(archive: Cli, tmp_path: Path) -> None:
    text = PUBLISHED.read_text("utf-8").replace("【起步区】", "【先行区】")
    path = tmp_path / "第18期.txt"
    path.write_text(text, "utf-8")
    record = imported(archive, path)
    assert any("先行区" in m and "aliases" in m for m in record["report"]["messages"])
    data = bulletin_of(archive)
    assert data["sections"][2]["units"][-1]["unit"] == "先行区"


def test_number_option_names_an_issue_without_masthead_number(archive: Cli, tmp_path: Path) -> None:
    text = PUBLISHED.read_text("utf-8").replace("第 18 期", "")
    path = tmp_path / "无期号.txt"
    path.write_text(text, "utf-8")
    imported(archive, path, "--issue", "18")
    assert (archive.folder / ISSUE18 / "bulletin.json").is_file()


_PLAIN = st.text(alphabet="科技创新工作，、0123OPC.", min_size=1, max_size=10)
_ASIDE = st.text(alphabet="科技；，、12", max_size=8)


@st.composite
def items(draw: st.DrawFn) -> str:
    """An item; sometimes with a ； inside brackets or quotes, which does not end it."""
    text = draw(_PLAIN)
    if draw(st.booleans()):
        opening, closing = draw(st.sampled_from(["（）", "《》", "“”"]))
        text += opening + draw(_ASIDE) + closing + draw(_PLAIN)
    return text + "。"


@given(st.lists(items(), min_size=1, max_size=5))
def test_items_come_back_from_their_paragraph(unit_items: list[str]) -> None:
    """Printed as one paragraph joined by ；, a unit's items split back into the same items."""
    assert split_items(as_items_paragraph(unit_items)) == unit_items


# -- today's results, pinned: a change to how import reads must show here ------------------------

PINS = GOLDEN / "import_pins"


def messy_text() -> str:
    """The published text with what PDF copies and hand edits add: every reason a line is left out."""
    text = PUBLISHED.read_text("utf-8")
    text = text.replace("第 18 期", "（内部资料 注意保存）\n\n第 18 期\n\n（总第123期）")
    text = text.replace("【重点工作动态】", "- 2 -\n\n一、【重点工作动态】")
    text = text.replace(
        "【区县工作动态】", "【区县工作动态】\n\n本段没有标签，不知道是哪个单位的。"
    )
    text = text.replace("【商河县】", "【一些说明】\n\n【商河县】")
    text = text.replace("【起步区】", "【历下区】补充一句。\n\n【起步区】")
    return text.replace("1 月 29 日，市科技局", "第 1 页 / 共 3 页\n\n1 月 29 日，市科技局", 1)


def pinned_fixtures(folder: Path) -> dict[str, Path]:
    """Every file a pin is kept for, made in folder under a fixed name."""
    files: dict[str, Path] = {}

    def text(name: str, content: str, encoding: str = "utf-8") -> None:
        files[name] = folder / name
        files[name].write_bytes(content.encode(encoding))

    published = PUBLISHED.read_text("utf-8")
    text("published.txt", published)
    text("rendered.txt", (GOLDEN / "issue18.txt").read_text("utf-8"))
    text("rendered.md", (GOLDEN / "issue18.md").read_text("utf-8"))
    lines = [line for line in published.splitlines() if line.strip()]
    text("gbk.txt", "\r\n".join("\u3000\u3000" + line for line in lines), "gbk")
    text("unknown-unit.txt", published.replace("【起步区】", "【先行区】"))
    text("messy.txt", messy_text())
    for variant in ("tab", "paragraphs", "table"):
        files[f"hand-{variant}.docx"] = folder / f"hand-{variant}.docx"
        hand_made_docx(files[f"hand-{variant}.docx"], variant)
    return files


def import_outcome(cli: Cli, path: Path) -> dict:  # type: ignore[type-arg]
    """What an import wrote, without what differs from run to run (times, paths, hashes)."""
    result = cli("import", path, "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    folder = cli.folder / ISSUE18
    report = json.loads((folder / "report.json").read_text("utf-8"))
    return {
        "role": record["role"],
        "report": record["report"],
        "bulletin": json.loads((folder / "bulletin.json").read_text("utf-8")),
        "issue": json.loads((folder / "issue.json").read_text("utf-8")),
        "missing": [u["unit"] for u in report["units"] if u["outcome"] == "missing"],
        "files": report["files"],
    }


def test_import_results_are_pinned(tmp_path: Path) -> None:
    """Each fixture imports exactly as it did when pinned (ZHOUBAO_UPDATE_PINS=1 writes them anew)."""
    fixtures = pinned_fixtures(tmp_path)
    update = os.environ.get("ZHOUBAO_UPDATE_PINS") == "1"
    for name, path in fixtures.items():
        folder = tmp_path / f"ws-{name}"
        folder.mkdir()
        (folder / "zhoubao.toml").write_text(default_config_text(), "utf-8")
        outcome = import_outcome(Cli(folder), path)
        pin = PINS / f"{name}.json"
        if update:
            PINS.mkdir(exist_ok=True)
            pin.write_text(json.dumps(outcome, ensure_ascii=False, indent=1) + "\n", "utf-8")
        assert outcome == json.loads(pin.read_text("utf-8")), name


# -- a masthead however it is typed ---------------------------------------------------------------

NUMBER_LINE, DATE_LINE = "第 18 期", "2026 年 1 月 30 日"
MASTHEADS = {
    "as printed": (NUMBER_LINE, DATE_LINE),
    "without spaces": ("第18期", "2026年1月30日"),
    "full-width digits": ("第１８期", "２０２６年１月３０日"),
    "full-width digits, spaced": ("第 １８ 期", "２０２６ 年 １ 月 ３０ 日"),
    "Chinese numerals": ("第十八期", "二〇二六年一月三十日"),
    "year before the number": ("2026年第18期", "2026年1月30日"),
}


def with_masthead(number: str, date: str) -> str:
    return PUBLISHED.read_text("utf-8").replace(NUMBER_LINE, number).replace(DATE_LINE, date, 1)


def markdown_of(text: str) -> str:
    """The text as a person writes it in Markdown: # title, ## sections, **labels**."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    marked = []
    for index, paragraph in enumerate(paragraphs):
        if index == 0:
            paragraph = "# " + paragraph
        elif index == 1:
            paragraph = f"**{paragraph}**"
        elif paragraph in ("【重点工作动态】", "【区县工作动态】"):
            paragraph = "## " + paragraph
        elif paragraph.startswith("【") and "】" in paragraph:
            label, rest = paragraph.split("】", 1)
            paragraph = f"**{label}】**{rest}"
        elif paragraph.startswith("报："):
            marked.append("---")
        marked.append(paragraph)
    return "\n\n".join(marked) + "\n"


def docx_of(text: str, path: Path) -> None:
    doc = Document()
    for paragraph in text.split("\n\n"):
        doc.add_paragraph(paragraph.strip())
    doc.save(str(path))


def masthead_file(folder: Path, fmt: str, number: str, date: str) -> Path:
    text = with_masthead(number, date)
    path = folder / f"masthead.{fmt}"
    if fmt == "docx":
        docx_of(text, path)
    else:
        path.write_text(markdown_of(text) if fmt == "md" else text, "utf-8")
    return path


def imported_content(cli: Cli, path: Path) -> tuple[dict, dict]:  # type: ignore[type-arg]
    """issue.json, and the bulletin without the name of the file each unit's text came from."""
    imported(cli, path)
    issue = json.loads((cli.folder / ISSUE18 / "issue.json").read_text("utf-8"))
    return issue, bulletin_of(cli)


@pytest.mark.parametrize("fmt", ["txt", "docx", "md"])
@pytest.mark.parametrize("masthead", list(MASTHEADS))
def test_masthead_typed_any_way_gives_the_same_issue(
    tmp_path: Path, masthead: str, fmt: str
) -> None:
    """Number, date, lead, sections and every unit's items are those of the printed text."""
    expected: list[tuple[dict, dict]] = []  # type: ignore[type-arg]
    for name, (number, day) in (
        ("expected", MASTHEADS["as printed"]),
        (masthead, MASTHEADS[masthead]),
    ):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "zhoubao.toml").write_text(default_config_text(), "utf-8")
        files = tmp_path / f"{name}-files"
        files.mkdir()
        fixture = PUBLISHED if name == "expected" else masthead_file(files, fmt, number, day)
        expected.append(imported_content(Cli(folder), fixture))
    (issue, bulletin), (plain_issue, plain_bulletin) = expected[1], expected[0]
    assert issue == plain_issue
    assert issue["number"] == 18 and issue["date"] == "2026-01-30"
    assert bulletin == plain_bulletin


@pytest.mark.parametrize(
    ("number", "expected"),
    [("第一百零二期", 102), ("第１０２期", 102), ("第 一百二十 期", 120), ("第两百期", 200)],
)
def test_issue_numbers_above_ninety_nine(
    archive: Cli, tmp_path: Path, number: str, expected: int
) -> None:
    path = tmp_path / "第N期.txt"
    path.write_text(with_masthead(number, DATE_LINE), "utf-8")
    record = imported(archive, path)
    assert (archive.folder / "issues" / f"第{expected}期" / "bulletin.json").is_file()
    assert {"text": number, "reason": "报头"} in record["report"]["dropped"]


# -- read as collect reads: what the readers and the Markdown rule leave out is listed ------------


def test_markdown_in_a_text_file_is_read_as_collect_reads_it(archive: Cli, tmp_path: Path) -> None:
    """Render's Markdown saved as .txt imports as the .md does; a picture and a comment are listed."""
    text = markdown_of(PUBLISHED.read_text("utf-8")).replace(
        "## 【区县工作动态】", "## 【区县工作动态】\n\n![合影](photo.png)\n\n<!-- 待核 -->"
    )
    plain = imported_content(archive, PUBLISHED)
    path = tmp_path / "第18期.txt"
    path.write_text(text, "utf-8")
    again = tmp_path / "again"
    again.mkdir()
    (again / "zhoubao.toml").write_text(default_config_text(), "utf-8")
    assert imported_content(Cli(again), path) == plain
    record = json.loads((again / ISSUE18 / "import.json").read_text("utf-8"))
    dropped = record["report"]["dropped"]
    assert {"text": "![合影](photo.png)", "reason": "Markdown 图片"} in dropped
    assert {"text": "<!-- 待核 -->", "reason": "Markdown/HTML 注释（不显示）"} in dropped


def test_hidden_text_of_a_docx_is_listed_not_imported(archive: Cli, tmp_path: Path) -> None:
    paragraphs = published_paragraphs()
    doc = Document()
    for text in paragraphs:
        p = doc.add_paragraph(text)
        if text.startswith("【商河县】"):
            p.add_run("（内部备注：数据待核）").font.hidden = True
    path = tmp_path / "第18期.docx"
    doc.save(str(path))
    record = imported(archive, path)
    assert {"text": "（内部备注：数据待核）", "reason": "隐藏文字（Word 不显示）"} in record[
        "report"
    ]["dropped"]
    assert "数据待核" not in (archive.folder / ISSUE18 / "bulletin.json").read_text("utf-8")


# -- Bulletin.assemble ----------------------------------------------------------------------------


def test_assemble_places_sections_paragraphs_and_units_in_order() -> None:
    config = BulletinConfig.model_validate(tomllib.loads(default_config_text()))
    issue = Issue(18, date(2026, 1, 30), date(2026, 1, 24), date(2026, 1, 30), Path("x"))
    lead = config.section("lead")
    units = config.section("units")
    assert lead is not None and units is not None
    order = config.unit_names()
    bulletin = Bulletin.assemble(
        issue,
        config.sections,
        {lead.key: ["导语。"], "unknown-key": ["不在任何栏目。"]},
        {
            "先行区": ["新单位。"],
            order[2]: ["第三个。"],
            order[0]: ["第一个。", "又一条。"],
            order[1]: [],
        },
        order,
        {order[0]: "a.docx"},
    )
    assert [(s.key, s.kind, s.heading, s.marker) for s in bulletin.sections] == [
        (s.key, s.kind, s.heading, s.marker) for s in config.sections
    ]
    assert (bulletin.number, bulletin.date, bulletin.period_start) == (
        18,
        date(2026, 1, 30),
        date(2026, 1, 24),
    )
    by_key = {s.key: s for s in bulletin.sections}
    assert by_key[lead.key].paragraphs == ["导语。"]
    entries = by_key[units.key].units
    # Listed units in their order (one without items is left out), then the others as given.
    assert [(e.unit, e.items, e.source) for e in entries] == [
        (order[0], ["第一个。", "又一条。"], "a.docx"),
        (order[2], ["第三个。"], ""),
        ("先行区", ["新单位。"], ""),
    ]
    # The same shapes taken from a bulletin give the same bulletin.
    again = Bulletin.assemble(
        issue,
        bulletin.sections,
        {lead.key: ["导语。"]},
        {e.unit: e.items for e in entries},
        [e.unit for e in entries],
        {e.unit: e.source for e in entries},
    )
    assert again == bulletin


def test_a_file_over_the_size_limit_is_refused_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    config = re.sub(r"(?m)^max_file_mb = .*$", "max_file_mb = 0.001", default_config_text())
    (folder / "zhoubao.toml").write_text(config, "utf-8")
    result = Cli(folder)("import", PUBLISHED)
    assert result.exit_code == 1
    assert "published_issue18.txt：文件有 0.0 MB，超过上限。" in result.output
    assert "limits.max_file_mb" in result.output
    assert not (folder / "issues").exists()
