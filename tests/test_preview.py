"""PDF and preview pictures through a real LibreOffice, and the notice about missing fonts."""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

from conftest import Cli, has_soffice
from zhoubao_cli.render import fonts
from zhoubao_cli.transaction import WrittenFiles

NAME = "市科技局创新创业工作周报第18期"
needs_soffice = pytest.mark.skipif(
    not has_soffice(), reason="LibreOffice (soffice) is not installed"
)


def folder(cli: Cli) -> Path:
    return cli.folder / "issues" / "第18期"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def pdf_pages(path: Path) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(str(path)))


@needs_soffice
def test_png_writes_one_picture_per_page(issue18: Cli) -> None:
    result = issue18("render", "--pdf", "--png")
    assert result.exit_code == 0, result.output
    pages = sorted(folder(issue18).glob(f"{NAME}-*.png"))
    assert len(pages) == pdf_pages(folder(issue18) / f"{NAME}.pdf") == 5
    (size,) = {png_size(p) for p in pages}
    assert abs(size[0] - 1240) <= 1 and size[1] == 1754  # A4 at 150 dpi
    assert [p.name for p in pages] == [f"{NAME}-{n}.png" for n in range(1, 6)]


@needs_soffice
@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler (pdftoppm) is not installed")
def test_png_with_pdftoppm_when_pypdfium2_is_missing(
    issue18: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import pypdfium2 now fails
    result = issue18("render", "-o", tmp_path / "预览.png")
    assert result.exit_code == 0, result.output
    pages = sorted(tmp_path.glob("预览-*.png"))
    assert len(pages) == 5
    (size,) = {png_size(p) for p in pages}
    assert abs(size[0] - 1240) <= 1 and size[1] == 1754


def test_png_without_any_rasteriser_says_what_to_install(
    issue18: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Said before anything is written, and before LibreOffice is kept waiting."""
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    monkeypatch.setenv("PATH", "")  # no pdftoppm
    soffice = tmp_path / "soffice"
    soffice.write_text("a LibreOffice that must not be started")
    monkeypatch.setenv("ZHOUBAO_SOFFICE", str(soffice))
    result = issue18("render", "--docx", "--png")
    assert result.exit_code == 1
    assert "pypdfium2 或 poppler 的 pdftoppm" in result.output and "zhoubao[png]" in result.output
    assert not list(folder(issue18).glob("*.png")) and not list(folder(issue18).glob("*.docx"))


def test_png_without_libreoffice(issue18: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHOUBAO_SOFFICE", "")
    result = issue18("render", "--txt", "--png")
    assert result.exit_code == 1 and "需要 LibreOffice" in result.output
    assert not list(folder(issue18).glob(f"{NAME}.*"))  # not even the .txt


@needs_soffice
def test_pages_left_from_a_longer_preview_go_unless_a_person_changed_them(issue18: Cli) -> None:
    """A preview of 5 pages after one of 7: page 6, ours, goes; page 7, edited, stays."""
    written = WrittenFiles(folder(issue18))
    sixth, seventh = (folder(issue18) / f"{NAME}-{n}.png" for n in (6, 7))
    written.write(sixth, b"an old page 6")
    written.write(seventh, b"an old page 7")
    seventh.write_bytes(b"edited by a person")
    result = issue18("render", "--png")
    assert result.exit_code == 0, result.output
    assert not sixth.exists()
    assert seventh.read_bytes() == b"edited by a person"
    assert f"{seventh.name} 不是这次生成的页面" in result.output


@needs_soffice
@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig (fc-list) is not installed")
def test_missing_fonts_are_named_with_what_the_pdf_used(issue18: Cli) -> None:
    families = fonts.installed_families()
    assert families is not None
    if "仿宋_GB2312" in families:
        pytest.skip("this machine has 仿宋_GB2312")
    result = issue18("render", "--pdf")
    assert result.exit_code == 0
    notice = next(line for line in result.output.splitlines() if "本机没有字体" in line)
    assert "仿宋_GB2312" in notice and "方正小标宋简体" in notice
    pdf = (folder(issue18) / f"{NAME}.pdf").read_bytes()
    from zhoubao_cli.render.pdf import pdf_fonts

    assert pdf_fonts(pdf) and pdf_fonts(pdf)[0].split("-")[0] in notice


@needs_soffice
def test_no_notice_when_the_fonts_are_there(issue18: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        fonts,
        "installed_families",
        lambda: {"FangSong_GB2312", "SimHei", "方正小标宋简体", "SimSun"},
    )
    result = issue18("render", "--pdf")
    assert result.exit_code == 0 and "本机没有字体" not in result.output


def test_fonts_are_known_by_their_chinese_or_english_names() -> None:
    have = {"SimSun", "SimHei", "FangSong", "KaiTi"}  # a stock Windows 10
    assert fonts.missing(["仿宋_GB2312", "黑体", "方正小标宋简体", "宋体"], have) == [
        "仿宋_GB2312",
        "方正小标宋简体",
    ]
    assert fonts.missing(["仿宋_GB2312"], None) == []  # cannot tell: say nothing


def test_pdf_font_names_are_read_escaped_or_not() -> None:
    from zhoubao_cli.render.pdf import pdf_fonts

    pdf = b"<< /BaseFont /ABCDEF+NotoSansCJKsc-Regular >> << /BaseFont/#E4#BB#BF#E5#AE#8B >>"
    assert pdf_fonts(pdf) == ["NotoSansCJKsc-Regular", "仿宋"]
