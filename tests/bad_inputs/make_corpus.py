"""Rebuild tests/bad_inputs/inbox: one bad (or awkward) submission per file, for issue 19.

expected.json beside this script says what collect must answer for each. Files that git cannot
hold faithfully (modification times, links, an 11 MB file) are made by the tests themselves.
Run: python tests/bad_inputs/make_corpus.py  (needs LibreOffice for the .doc)
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document

INBOX = Path(__file__).parent / "inbox"


def docx_bytes(*paragraphs: str) -> bytes:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def zip_bomb() -> bytes:
    """A .docx whose document.xml inflates to 60 MB of spaces from about 60 KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * (60 * 2**20))
    return buffer.getvalue()


def legacy_doc(text: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source.docx"
        source.write_bytes(docx_bytes(text))
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--convert-to",
                "doc:MS Word 97",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        return (Path(tmp) / "source.doc").read_bytes()


def main() -> None:
    shutil.rmtree(INBOX, ignore_errors=True)
    INBOX.mkdir()
    files: dict[str, bytes] = {
        "历下区-截断.docx": docx_bytes("2月3日，召开座谈会。")[:3000],
        "市中区.docx": "2月3日，这是改了扩展名的文本文件。".encode("gbk"),
        "槐荫区.txt": b"",
        "天桥区.txt": "2月3日，调研企业。".encode("gbk") + b"\xff\xfe\xfd\x80\x81",
        "历夏区-第19期.txt": "2月3日，组织培训。".encode(),
        "历城区.txt": "2月9日，将召开推进会。".encode(),
        "长清区.txt": "1月20日，召开年度总结会。".encode(),
        "章丘区.docx": zip_bomb(),
        "济阳区.txt": "2月3日，走访\x07企业\x0b五家。".encode(),
        "莱芜区.doc": legacy_doc("2月4日，审核科技成果转化贷款3笔。"),
        "钢城区-第17期.txt": "2月2日，召开科技政策培训会。".encode(),
        "扫描件.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        "~$莱芜区.docx": b"\x06editor" + b"\x00" * 48,
        "Thumbs.db": b"\x00" * 64,
        "平阴县.txt": ("2月3日，" + "深化产学研合作，推进成果转化" * 25 + "。").encode(),
        "新建文本文档.txt": "2月3日，召开座谈会，研究有关工作。".encode(),
        "材料.txt": "【历夏区】2月3日，召开座谈会。".encode(),
        "起步区.txt": "2月30日，召开座谈会。".encode(),
    }
    for name, data in files.items():
        (INBOX / name).write_bytes(data)


if __name__ == "__main__":
    main()
