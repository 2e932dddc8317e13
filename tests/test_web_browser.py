"""zhoubao serve in a real browser: the real server in a subprocess, Debian's Chromium driven by
Playwright, the week done as an editor does it (open issue 19, upload the files, 汇编, review a
unit, keep one doubtful sentence and drop another, correct an item, 生成周报, download the .docx),
a screenshot of every step. Screenshots go to a temporary folder, or to $ZHOUBAO_SCREENSHOTS."""

from __future__ import annotations

import io
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

import zhoubao_cli
from conftest import EXAMPLE_INBOX, Cli

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not Path(CHROMIUM).is_file():
    pytest.skip(
        "Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True
    )

DOUBTFUL = (
    "2月3日，平阴县召开科技工作会议，12家企业参加。这个数字您再帮忙核一下。\n"
    "2月4日，走访企业5家。请您看看能不能用？\n"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`zhoubao serve --no-browser` running in a workspace; its first line is the address."""

    def __init__(self, folder: Path, port: int) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": str(Path(zhoubao_cli.__file__).resolve().parents[1]),
            "PYTHONUNBUFFERED": "1",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "zhoubao_cli", "serve", "--no-browser", "--port", str(port)],
            cwd=folder,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        stdout = self.process.stdout
        self.reader = threading.Thread(
            target=lambda: [self.lines.put(ln) for ln in stdout], daemon=True
        )
        self.reader.start()

    def address(self) -> str:
        try:
            return self.lines.get(timeout=60).strip()
        except queue.Empty:
            self.process.kill()
            raise AssertionError(
                self.process.stderr.read() if self.process.stderr else ""
            ) from None

    def stop(self) -> str:
        """Ctrl-C, as the editor stops it; what it printed after."""
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=30)
        self.reader.join(timeout=10)  # what it printed last is read to the end
        said = []
        while not self.lines.empty():
            said.append(self.lines.get())
        return "".join(said)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ZHOUBAO_SCREENSHOTS") or tmp_path / "screens")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def server(cli: Cli) -> Iterator[tuple[Server, Path]]:
    assert cli("new", "18", "--date", "2026-01-30").exit_code == 0
    running = Server(cli.folder, _free_port())
    yield running, cli.folder
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait()


def test_the_week_in_a_browser(server: tuple[Server, Path], shots: Path, tmp_path: Path) -> None:
    running, folder = server
    url = running.address()
    assert url.startswith("http://127.0.0.1:") and "/?token=" in url
    week = tmp_path / "week"
    week.mkdir()
    for source in EXAMPLE_INBOX.iterdir():
        if source.is_file() and source.name != "平阴县.txt":
            shutil.copy2(source, week / source.name)
    (week / "平阴县.txt").write_text(DOUBTFUL, "utf-8")
    files = sorted(week.iterdir())
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1366, "height": 768}, accept_downloads=True)
        page.set_default_timeout(60_000)
        expect = sync_api.expect

        page.goto(url.split("?")[0])  # without the token: refused, in Chinese
        expect(page.locator("h1")).to_have_text("拒绝访问")

        page.goto(url)
        assert "token=" not in page.url  # the token left the address bar for a cookie
        expect(page.locator("#new-issue input[name=number]")).to_have_value("19")
        expect(page.locator("#new-issue input[name=when]")).to_have_value("2026-02-06")
        page.screenshot(path=shots / "1-home.png", full_page=True)

        page.locator("#new-issue button").click()
        expect(page.locator("h1").first).to_contain_text("第19期")
        page.screenshot(path=shots / "2-issue.png", full_page=True)

        page.set_input_files("#files", [str(p) for p in files])
        expect(page.locator("[data-drop]")).to_have_attribute(
            "data-count", f"已选 {len(files)} 个：" + "、".join(p.name for p in files)
        )
        page.locator("#upload button[type=submit]").click()
        expect(page.locator("#inbox")).to_contain_text(f"收件夹里有 {len(files)} 个文件")
        inbox = folder / "issues" / "第19期" / "inbox"
        assert sorted(p.name for p in inbox.iterdir()) == [p.name for p in files]
        page.screenshot(path=shots / "3-uploaded.png", full_page=True)

        page.locator("#collect button").click()
        table = page.locator("table.units")
        expect(table).to_be_visible(timeout=120_000)
        expect(table.locator("tr", has_text="天桥区")).to_contain_text("已采用")
        assert table.locator("tr").count() == 15  # a heading row and 14 units
        expect(page.locator("#units")).to_contain_text("请看一眼（2 句存疑")
        expect(page.locator("#remind")).to_be_visible()
        page.screenshot(path=shots / "4-units.png", full_page=True)

        table.locator("tr", has_text="平阴县").get_by_role("link", name="逐行核对").click()
        expect(page.locator("h1")).to_contain_text("平阴县")
        expect(page.locator("table.lines").first).to_contain_text("存疑为第1条")
        page.screenshot(path=shots / "5-review.png", full_page=True)
        keep = page.locator("ul.doubts li", has_text="帮忙核一下")
        keep.get_by_role("button", name="留下").click()
        expect(page.locator("ul.doubts li", has_text="帮忙核一下")).to_contain_text("已留下")
        page.locator("ul.doubts li", has_text="能不能用").get_by_role("button", name="删去").click()
        expect(page.locator("ul.doubts li", has_text="能不能用")).to_contain_text("已删去")
        second = page.locator("ol.items li").nth(1)
        second.locator("textarea").fill("2月4日，走访企业6家。")
        second.get_by_role("button", name="保存这一条").click()
        expect(page.locator("ol.items li").nth(1).locator("textarea")).to_have_value(
            "2月4日，走访企业6家。"
        )
        page.screenshot(path=shots / "6-decided.png", full_page=True)

        page.get_by_role("link", name="← 第19期").click()
        page.locator("#render button").click()
        pictures = page.locator(".pages img")
        expect(pictures.first).to_be_visible(timeout=240_000)
        page.wait_for_function(
            "() => [...document.querySelectorAll('.pages img')].every(i => i.naturalWidth > 300)"
        )
        expect(page.locator(".forecast")).to_contain_text("版面：预计")
        page.locator("#bulletin").scroll_into_view_if_needed()
        page.screenshot(path=shots / "7-bulletin.png", full_page=True)

        with page.expect_download() as download:
            page.locator(".downloads a", has_text=".docx").click()
        saved = tmp_path / "下载.docx"
        download.value.save_as(saved)
        text = "\n".join(p.text for p in Document(io.BytesIO(saved.read_bytes())).paragraphs)
        assert "天桥区" in text and "走访企业6家" in text and "帮忙核一下" in text
        assert "能不能用" not in text

        page.get_by_role("link", name="档案").click()
        expect(page.locator("svg.chart")).to_be_visible()
        page.screenshot(path=shots / "8-archive.png", full_page=True)
        browser.close()
    assert "已停止" in running.stop()
    assert running.process.returncode == 0
