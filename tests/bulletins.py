"""Bulletins made for layout tests, and LibreOffice's layout of them read back from the PDF.

Generated issues reuse the sentences of issue 18 (dates, numbers, quotes, brackets, Latin words
included), in issues of chosen length. LibreOffice converts several .docx in one run; pdftotext
gives each text line of each page with its position.
"""

from __future__ import annotations

import datetime
import random
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from conftest import GOLDEN
from zhoubao_cli.config import BulletinConfig, default_config_text, parse_config
from zhoubao_cli.model import Bulletin, BulletinSection, UnitEntry
from zhoubao_cli.render.docx import render_docx
from zhoubao_cli.render.layout import layout
from zhoubao_cli.textrules import is_cjk

CONFIG = parse_config(default_config_text())
# The paragraphs of issue 18 as zhoubao prints them, without the masthead and end block.
_GOLDEN = (GOLDEN / "issue18.txt").read_text("utf-8").split("\n\n")[3:-5]
SENTENCES = [
    s
    for p in _GOLDEN
    for s in re.split(r"(?<=[。；])", re.sub(r"^(【.+?】|★)", "", p))
    if len(s) > 8
]
CJK_ONLY = "".join(ch for ch in "".join(_GOLDEN) if is_cjk(ch))


def generated(seed: int, units: int, most_items: int, key_items: int = 3) -> Bulletin:
    """An issue of units units with 1..most_items items each, from issue 18's sentences."""
    rng = random.Random(seed)
    names = [u.name for u in CONFIG.units]
    chosen = sorted(rng.sample(range(len(names)), units))

    def paragraph(sentences: int) -> str:
        text = "".join(rng.sample(SENTENCES, sentences)).replace("；", "，")
        return text.rstrip("，；。") + "。"

    return built(
        lead=[paragraph(2)],
        items=[paragraph(rng.randint(1, 3)) for _ in range(key_items)],
        units=[
            UnitEntry(
                unit=names[i],
                items=[paragraph(rng.randint(1, 2)) for _ in range(rng.randint(1, most_items))],
            )
            for i in chosen
        ],
    )


def rows_of_text(rows: int, start: int = 0) -> str:
    """A paragraph of Chinese characters only that fills exactly rows lines (26, then 28 a line)."""
    length = 26 + 28 * (rows - 1) - 10
    text = (CJK_ONLY * 3)[start : start + length - 1]
    return text + "。"


def built(
    lead: list[str], items: list[str] | None = None, units: list[UnitEntry] | None = None
) -> Bulletin:
    """A bulletin of the given lead, key items and units."""
    sections = [BulletinSection(key="lead", kind="lead", paragraphs=lead)]
    if items:
        sections.append(
            BulletinSection(
                key="key_work",
                kind="items",
                heading="【重点工作动态】",
                marker="★",
                paragraphs=items,
            )
        )
    if units:
        sections.append(
            BulletinSection(key="units", kind="units", heading="【区县工作动态】", units=units)
        )
    return Bulletin(
        number=18,
        date=datetime.date(2026, 1, 30),
        period_start=datetime.date(2026, 1, 24),
        period_end=datetime.date(2026, 1, 30),
        sections=sections,
    )


# -- LibreOffice's layout --------------------------------------------------------------------------


@dataclass
class Page:
    rows: list[str]  # body text lines, top to bottom
    end_block: list[str]  # end block lines on this page


def libreoffice_pages(
    bulletins: list[Bulletin], folder: Path, config: BulletinConfig = CONFIG
) -> list[list[Page]]:
    """Each bulletin written by zhoubao, converted by one LibreOffice run, read back page by page."""
    paths = []
    for index, bulletin in enumerate(bulletins):
        path = folder / f"bulletin{index}.docx"
        path.write_bytes(render_docx(bulletin, config, layout(bulletin, config)))
        paths.append(str(path))
    soffice = shutil.which("soffice") or "soffice"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *paths,
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return [pdf_pages(folder / f"bulletin{i}.pdf", config) for i in range(len(bulletins))]


def pdf_pages(pdf: Path, config: BulletinConfig = CONFIG) -> list[Page]:
    """Body lines and end block lines of each page (masthead and page numbers left out)."""
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    end_marks = tuple(f"{d.label}：" for d in config.end_block.distribution) + tuple(
        s.split("：")[0] + "：" for s in config.end_block.staff
    )
    pages = []
    for number, page in enumerate(re.findall(r"<page [^>]*>(.*?)</page>", html, re.S), start=1):
        lines: dict[int, str] = {}
        for top, body in re.findall(
            r'<line xMin="[\d.]+" yMin="([\d.]+)"[^>]*>(.*?)</line>', page, re.S
        ):
            words = "".join(re.findall(r">([^<]*)</word>", body))
            key = round(float(top))
            lines[key] = lines.get(key, "") + words
        texts = [lines[y] for y in sorted(lines)]
        texts = [t for t in texts if not re.fullmatch(r"—\d+—", t)]
        if number == 1:
            texts = texts[3:]  # title, number, issuer and date
        # The end block sits under the text: from its first line on, the rest of the page is it.
        start = next((i for i, t in enumerate(texts) if t.startswith(end_marks)), len(texts))
        pages.append(Page(rows=texts[:start], end_block=texts[start:]))
    return pages
