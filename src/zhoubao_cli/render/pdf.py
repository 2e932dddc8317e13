"""PDF through LibreOffice, preview pictures from the PDF, and what fonts the PDF really used."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from zhoubao_cli.errors import ToolMissingError
from zhoubao_cli.fileio import temp_dir
from zhoubao_cli.render import fonts

PREVIEW_DPI = 150  # A4 at 1240 × 1754 pixels: sharp on a phone, small enough to send
_TIMEOUT_S = 120


def require_soffice() -> str:
    """LibreOffice's command, or a clear message that it is missing."""
    from zhoubao_cli.sources import legacy

    soffice = legacy.find_soffice()
    if soffice is None:
        raise ToolMissingError(
            "生成 PDF 和预览图需要 LibreOffice，本机没有安装。",
            hint="先生成 .docx，在 Word/WPS 中另存为 PDF；或安装 LibreOffice（Debian/Ubuntu：apt install libreoffice-writer-nogui）。",
        )
    return soffice


def docx_to_pdf(docx_bytes: bytes, name: str) -> bytes:
    """PDF through LibreOffice."""
    from zhoubao_cli.sources import legacy

    soffice = require_soffice()
    with temp_dir("pdf") as tmp:
        source = Path(tmp) / name
        source.write_bytes(without_justification(docx_bytes))
        out = Path(tmp) / "out"
        out.mkdir()
        return legacy.convert(soffice, source, "pdf", out).read_bytes()


_JUSTIFIED = b'<w:jc w:val="both"/>'
_LEFT = b'<w:jc w:val="left"/>'


def without_justification(docx_bytes: bytes) -> bytes:
    """The .docx with justified paragraphs set flush left, for LibreOffice's PDF only.

    LibreOffice 7 drops a full-width comma or stop that hangs past the end of a full justified
    line: the PDF would miss punctuation (…专题考察学习，加快… printed as …专题考察学习加快…).
    Flush left it draws it. The lines break at the same places (28 characters a line either
    way), so the pages are the same; only a line with digits or Latin letters ends up to half a
    character short of the right margin. The .docx itself stays justified: Word and WPS draw it.
    """
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in ("word/document.xml", "word/styles.xml"):
                data = data.replace(_JUSTIFIED, _LEFT)
            target.writestr(info.filename, data)
    return out.getvalue()


def require_rasteriser() -> Callable[[bytes], list[bytes]]:
    """What turns PDF pages into PNG: pypdfium2 when installed, else poppler's pdftoppm."""
    try:
        import PIL  # noqa: F401
        import pypdfium2  # noqa: F401  (an optional extra; imported here to tell if it is there)
    except ImportError:
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            raise ToolMissingError(
                "生成预览图需要 pypdfium2 或 poppler 的 pdftoppm，本机都没有。",
                hint='安装其一：python -m pip install "zhoubao[png]"；或 apt install poppler-utils。PDF 可以照常用 --pdf 生成。',
            ) from None
        return lambda pdf: _with_pdftoppm(pdftoppm, pdf)
    return _with_pdfium


def _with_pdfium(pdf: bytes) -> list[bytes]:
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            image = page.render(scale=PREVIEW_DPI / 72).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", optimize=True)
            pages.append(buffer.getvalue())
        return pages
    finally:
        document.close()


def _with_pdftoppm(pdftoppm: str, pdf: bytes) -> list[bytes]:
    with temp_dir("png") as tmp:
        source = Path(tmp) / "bulletin.pdf"
        source.write_bytes(pdf)
        done = subprocess.run(
            [pdftoppm, "-png", "-r", str(PREVIEW_DPI), str(source), str(Path(tmp) / "page")],
            capture_output=True,
            timeout=_TIMEOUT_S,
            check=False,
        )
        # pdftoppm numbers pages page-1.png … page-10.png, padded to the widest number.
        made = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        if done.returncode != 0 or not made:
            raise ToolMissingError(
                "pdftoppm 未能把 PDF 转成图片。",
                hint='安装 pypdfium2 后重试：python -m pip install "zhoubao[png]"。',
            )
        return [p.read_bytes() for p in made]


_BASE_FONT = re.compile(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/\[\]<>()]+)")


def pdf_fonts(pdf: bytes) -> list[str]:
    """The fonts a PDF embeds, by name, without subset tags (ABCDEF+)."""
    names = []
    for match in _BASE_FONT.finditer(pdf):
        # A PDF name writes other bytes as #xx (a Chinese font name is UTF-8 so escaped).
        raw = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), match.group(1))
        names.append(raw.decode("utf-8", errors="replace"))
    return list(dict.fromkeys(names))


def missing_fonts_notice(named: list[str], pdf: bytes) -> str | None:
    """Which of the fonts the bulletin names this machine lacks, and what the PDF used instead."""
    absent = fonts.missing(named, fonts.installed_families())
    if not absent:
        return None
    # Families only: LibreOffice names the embedded faces NotoSansCJKjp-Bold-VKana and the like.
    used = list(dict.fromkeys(name.split("-")[0] for name in pdf_fonts(pdf)))
    instead = f"PDF 和预览图中改用了 {'、'.join(used)}" if used else "PDF 和预览图中改用了别的字体"
    return (
        f"本机没有字体 {'、'.join(absent)}：{instead}，字形与印发稿不同，"
        "行内断字和分页也可能略有不同。要得到与印发稿一致的 PDF，请安装这些字体，"
        "或在装有这些字体的电脑上用 Word/WPS 打开 .docx 另存为 PDF。"
    )
