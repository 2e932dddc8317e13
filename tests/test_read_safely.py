"""Reading a week's files touches nothing else: no request to an address a sender chose, no file a
link swapped in after the scan; a link loop or a name that is not UTF-8 is one file's matter."""

from __future__ import annotations

import json
import os
import sys
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import EXAMPLE_INBOX, Cli, files_said, has_soffice
from zhoubao_cli.config import Limits
from zhoubao_cli.errors import InputError
from zhoubao_cli.sources.reader import SourceReader
from zhoubao_cli.sources.scan import scan_inbox

SENTENCE = "2月3日，组织召开科技成果转化对接会，推动高校院所与企业精准对接。"


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A web server on 127.0.0.1 (a free port) that records every request it gets."""
    requests: list[str] = []

    class Record(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        do_HEAD = do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Record)
    httpd.timeout = 5
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def _odt(path: Path, base: str) -> None:
    """An OpenDocument text with a section linked from the server and a picture on it."""
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
<office:body><office:text>
<text:p>{SENTENCE}</text:p>
<text:section text:name="S1"><text:section-source xlink:href="{base}/section.odt"
 xlink:type="simple" text:filter-name="writer8"/><text:p>旧的</text:p></text:section>
<text:p><draw:frame draw:name="i1" text:anchor-type="as-char" svg:width="1cm" svg:height="1cm">
<draw:image xlink:href="{base}/picture.png" xlink:type="simple" xlink:show="embed"
 xlink:actuate="onLoad"/></draw:frame></text:p>
</office:text></office:body></office:document-content>"""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        odt.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def _page(base: str) -> str:
    return (
        f'<html><head><link rel="stylesheet" href="{base}/style.css"></head><body>'
        f"<p>{SENTENCE}</p><img src={base}/picture.png><iframe src='{base}/frame.html'></iframe>"
        "</body></html>"
    )


@pytest.fixture
def issue19(cli: Cli) -> Cli:
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    return cli


@pytest.mark.skipif(not has_soffice(), reason="needs LibreOffice")
def test_collect_requests_nothing_a_file_points_to(
    issue19: Cli, tmp_path: Path, server: tuple[str, list[str]]
) -> None:
    base, requests = server
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.doc").write_text(_page(base), "utf-8")  # a web page saved as .doc
    (inbox / "市中区.docx").write_text(_page(base), "utf-8")
    _odt(inbox / "槐荫区.odt", base)  # through LibreOffice
    (inbox / "天桥区.rtf").write_text(
        '{\\rtf1\\ansi{\\field{\\*\\fldinst INCLUDEPICTURE "'
        + base
        + '/rtf.png" \\\\d}{\\fldrslt x}}\\par 2026\\par}',
        "ascii",
    )
    result = issue19("collect", inbox, "--json", "--force")
    assert "内部错误" not in result.output, result.output
    assert requests == []
    files = files_said(json.loads(result.stdout))
    for name in ("历下区.doc", "市中区.docx"):
        assert files[name]["status"] == "ok", files[name]
        assert (
            f"这个 {Path(name).suffix} 文件实际是网页（HTML）格式，已按网页读取"
            in files[name]["notes"]
        )
    assert files["槐荫区.odt"]["status"] == "ok", files["槐荫区.odt"]


def test_a_file_swapped_for_a_link_after_the_scan_is_not_followed(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("机密：不应被读取。", "utf-8")
    (inbox / "历下区.txt").write_text(SENTENCE, "utf-8")
    (found,) = scan_inbox(inbox, 2**20)
    (inbox / "历下区.txt").unlink()
    (inbox / "历下区.txt").symlink_to(secret)  # swapped between the scan and the read
    reader = SourceReader(Limits(), tmp_path)
    with pytest.raises(InputError, match="被换成了链接"):
        reader.read(found)


def test_a_file_replaced_by_another_after_the_scan_is_not_read(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.txt").write_text(SENTENCE, "utf-8")
    (found,) = scan_inbox(inbox, 2**20)
    other = tmp_path / "other.txt"
    other.write_text("别的文件", "utf-8")
    os.replace(other, inbox / "历下区.txt")
    with pytest.raises(InputError, match="被换成了链接或其他文件"):
        SourceReader(Limits(), tmp_path).read(found)


def test_a_link_loop_is_listed_and_the_week_collected(issue19: Cli, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "市中区.docx").write_bytes((EXAMPLE_INBOX / "市中区.docx").read_bytes())
    (inbox / "循环.docx").symlink_to(inbox / "循环.docx")
    (inbox / "甲.txt").symlink_to(inbox / "乙.txt")
    (inbox / "乙.txt").symlink_to(inbox / "甲.txt")
    result = issue19("collect", inbox, "--json", "--force")
    assert "内部错误" not in result.output, result.output
    files = files_said(json.loads(result.stdout))
    assert files["市中区.docx"]["status"] in ("ok", "warning")  # dated for issue 18
    for name in ("循环.docx", "甲.txt", "乙.txt"):
        assert files[name]["status"] == "error"
        assert "打不开的链接" in files[name]["messages"][0]


@pytest.mark.skipif(sys.platform != "linux", reason="names are bytes only on Linux")
def test_a_gbk_file_name_is_read_and_reported_readably(issue19: Cli, tmp_path: Path) -> None:
    """A name left by unzipping a Windows zip: GBK bytes, not UTF-8."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.makedirs(inbox, exist_ok=True)
    gbk = os.path.join(os.fsencode(inbox), "历下区.txt".encode("gbk"))
    with open(gbk, "wb") as handle:
        handle.write(SENTENCE.encode("utf-8"))
    junk = os.path.join(os.fsencode(inbox), b"\xff\xfe\xfd.txt")
    with open(junk, "wb") as handle:
        handle.write(SENTENCE.encode("utf-8"))
    result = issue19("collect", inbox, "--json", "--force")
    assert "内部错误" not in result.output and "LANG" not in result.output, result.output
    files = files_said(json.loads(result.stdout))
    assert files["历下区.txt"]["status"] == "ok" and files["历下区.txt"]["units"] == ["历下区"]
    assert any("按 GBK 编码读作“历下区.txt”" in note for note in files["历下区.txt"]["notes"])
    assert "\\xff\\xfe\\xfd.txt" in files
    assert (issue19.folder / "issues").exists()
