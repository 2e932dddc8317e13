"""The page, route by route, with the framework's test client: each page, each action, and each
refusal (no token, another Host, a post without the form token, a path in an upload's name, an
upload over the limit). The page calls the same core as the commands: the files it leaves are
checked as the commands' are."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import EXAMPLE_INBOX, Cli
from zhoubao_cli.web.app import create_app
from zhoubao_cli.web.guard import Guard, upload_name

PORT = 8765


@pytest.fixture
def ws(cli: Cli) -> Cli:
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    return cli


@pytest.fixture
def guard() -> Guard:
    return Guard(port=PORT)


@pytest.fixture
def client(ws: Cli, guard: Guard) -> TestClient:
    """A browser that opened the address serve printed: it holds the token's cookie."""
    client = TestClient(create_app(ws.folder, guard), base_url=f"http://127.0.0.1:{PORT}")
    first = client.get(f"/?token={guard.token}", follow_redirects=False)
    assert first.status_code in (302, 307) and "zhoubao_token" in first.headers["set-cookie"]
    assert (
        "HttpOnly" in first.headers["set-cookie"]
        and "SameSite=strict" in first.headers["set-cookie"]
    )
    return client


def post(client: TestClient, guard: Guard, url: str, **data: str) -> object:
    return client.post(url, data={"csrf": guard.csrf, **data}, follow_redirects=True)


def upload_week(client: TestClient, guard: Guard, inbox: Path = EXAMPLE_INBOX) -> None:
    files = [("files", (p.name, p.read_bytes())) for p in sorted(inbox.iterdir()) if p.is_file()]
    response = client.post(
        "/issues/19/upload", data={"csrf": guard.csrf}, files=files, follow_redirects=True
    )
    assert response.status_code == 200


def test_the_home_page_lists_issues_and_proposes_the_next(client: TestClient) -> None:
    page = client.get("/").text
    assert "第19期" in page and "2026年2月6日" in page
    assert 'name="number" type="number" min="1" value="20"' in page
    assert 'value="2026-02-13"' in page  # a week after the last, as `new` proposes


def test_open_a_new_issue(client: TestClient, guard: Guard, ws: Cli) -> None:
    response = post(client, guard, "/issues", number="20", when="2026-02-13")
    assert response.status_code == 200 and "第20期" in response.text  # type: ignore[attr-defined]
    assert (ws.folder / "issues/第20期/issue.json").is_file()
    again = post(client, guard, "/issues", number="20", when="")
    assert again.status_code == 409 and "已经存在" in again.text  # type: ignore[attr-defined]


def test_a_whole_week_upload_collect_review_decide_correct_render(
    client: TestClient, guard: Guard, ws: Cli, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for source in EXAMPLE_INBOX.iterdir():
        (inbox / source.name).write_bytes(source.read_bytes())
    (inbox / "莱芜区.txt").write_text(
        "2月3日，莱芜区召开科技工作会议，12家企业参加。这个数字您再帮忙核一下。\n"
        "2月4日，走访企业5家。请您看看能不能用？\n",
        "utf-8",
    )
    upload_week(client, guard, inbox)
    page = client.get("/issues/19").text
    assert "收件夹里有" in page and "莱芜区.txt" in page
    collected = post(client, guard, "/issues/19/collect")
    text = collected.text  # type: ignore[attr-defined]
    assert "汇编结果" in text and "已采用" in text and "请看一眼（2 句存疑" in text
    assert "【催报提醒】" in text or "已收齐" in text
    report = json.loads((ws.folder / "issues/第19期/report.json").read_text("utf-8"))
    doubts = {d["text"]: d["id"] for d in report["doubts"]}
    review = client.get("/issues/19/units/莱芜区").text
    assert "原文逐行和去向" in review and "存疑为第1条" in review
    post(client, guard, f"/issues/19/doubts/{doubts['这个数字您再帮忙核一下。']}", choice="keep")
    post(client, guard, f"/issues/19/doubts/{doubts['请您看看能不能用？']}", choice="drop")
    bulletin = (ws.folder / "issues/第19期/bulletin.json").read_text("utf-8")
    assert "能不能用" not in bulletin and "帮忙核一下" in bulletin
    assert "请看一眼" not in client.get("/issues/19").text
    corrected = post(client, guard, "/issues/19/units/莱芜区/items/2", text="2月4日，走访企业6家。")
    assert corrected.status_code == 200  # type: ignore[attr-defined]
    saved = json.loads((ws.folder / "issues/第19期/bulletin.json").read_text("utf-8"))
    items = next(u["items"] for s in saved["sections"] for u in s["units"] if u["unit"] == "莱芜区")
    assert items[1] == "2月4日，走访企业6家。"
    assert list((ws.folder / "issues/第19期").glob("bulletin*.bak"))  # a numbered backup
    rendered = post(client, guard, "/issues/19/render")
    assert rendered.status_code == 200  # type: ignore[attr-defined]
    names = re.findall(r'/issues/19/files/([^"]+\.docx)"', rendered.text)  # type: ignore[attr-defined]
    assert names
    docx = client.get(f"/issues/19/files/{names[0]}")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"


def test_the_archive_shows_a_table_a_chart_and_search(client: TestClient, guard: Guard) -> None:
    upload_week(client, guard)
    post(client, guard, "/issues/19/collect")
    page = client.get("/archive?period=2026").text
    assert "<svg" in page and "<rect" in page and "采用条数" in page
    found = client.get("/archive?period=2026&words=脑机接口").text
    assert "脑机接口" in found and "第19期" in found
    xlsx = client.get("/archive/stats.xlsx?period=2026")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


# -- refusals -------------------------------------------------------------------------------------


def test_no_token_no_page(ws: Cli, guard: Guard) -> None:
    stranger = TestClient(create_app(ws.folder, guard), base_url=f"http://127.0.0.1:{PORT}")
    response = stranger.get("/")
    assert (
        response.status_code == 403
        and "没有访问口令" in response.text
        and "拒绝访问" in response.text
    )
    wrong = stranger.get("/?token=guess", follow_redirects=False)
    assert wrong.status_code == 403


def test_another_host_is_refused(client: TestClient) -> None:
    response = client.get("/", headers={"host": f"attacker.example:{PORT}"})
    assert response.status_code == 400 and "主机名" in response.text


@pytest.mark.parametrize("csrf", [None, "wrong"])
def test_a_change_without_the_form_token_is_refused(
    client: TestClient, csrf: str | None, ws: Cli
) -> None:
    data = {"number": "21"} | ({"csrf": csrf} if csrf else {})
    response = client.post("/issues", data=data)
    assert response.status_code == 403 and "表单口令" in response.text
    assert not (ws.folder / "issues/第21期").exists()


def test_a_post_from_another_site_is_refused(client: TestClient, guard: Guard) -> None:
    response = client.post(
        "/issues",
        data={"csrf": guard.csrf, "number": "21"},
        headers={"origin": "http://attacker.example"},
    )
    assert response.status_code == 403 and "别的网站" in response.text


@pytest.mark.parametrize("name", ["../evil.txt", "a/b.txt", "..\\x.txt", ".hidden", "", "a<b>.txt"])
def test_an_upload_name_with_a_path_is_refused(
    client: TestClient, guard: Guard, ws: Cli, name: str
) -> None:
    response = client.post(
        "/issues/19/upload",
        data={"csrf": guard.csrf},
        files=[("files", (name, "2月3日，召开会议。".encode()))],
    )
    assert response.status_code in (400, 422)
    assert not (ws.folder / "issues/evil.txt").exists()
    assert not (ws.folder / "issues/第19期/inbox").exists() or not any(
        (ws.folder / "issues/第19期/inbox").iterdir()
    )


def test_an_upload_over_the_limit_is_refused_and_nothing_is_kept(
    client: TestClient, guard: Guard, ws: Cli
) -> None:
    toml = ws.folder / "zhoubao.toml"
    toml.write_text(toml.read_text("utf-8").replace("max_file_mb = 10", "max_file_mb = 1"), "utf-8")
    response = client.post(
        "/issues/19/upload",
        data={"csrf": guard.csrf},
        files=[("files", ("历下区.txt", b"x" * (2**20 + 10)))],
    )
    assert response.status_code == 413 and "超过 1 MB" in response.text


def test_an_upload_never_overwrites_a_file_of_the_same_name(
    client: TestClient, guard: Guard, ws: Cli
) -> None:
    for text in ("第一份", "第二份"):
        client.post(
            "/issues/19/upload",
            data={"csrf": guard.csrf},
            files=[("files", ("历下区.txt", text.encode()))],
        )
    inbox = ws.folder / "issues/第19期/inbox"
    assert (inbox / "历下区.txt").read_text("utf-8") == "第一份"
    assert (inbox / "历下区（2）.txt").read_text("utf-8") == "第二份"


def test_only_the_issue_s_own_outputs_can_be_downloaded(client: TestClient) -> None:
    for path in ("/issues/19/files/..%2F..%2Fzhoubao.toml", "/issues/19/files/issue.json"):
        assert client.get(path).status_code in (404, 400)


def test_a_refusal_of_the_core_is_said_in_words(client: TestClient, guard: Guard) -> None:
    response = post(client, guard, "/issues/19/render")  # nothing collected yet
    assert response.status_code == 409  # type: ignore[attr-defined]
    assert "没有汇编" in response.text or "还没有" in response.text  # type: ignore[attr-defined]
    assert "Traceback" not in response.text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "kept"),
    [("历下区.docx", "历下区.docx"), ("../x", None), ("a\\b", None), ("...", None), ("", None)],
)
def test_upload_names(name: str, kept: str | None) -> None:
    assert upload_name(name) == kept


def test_the_page_is_not_imported_by_other_commands() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from zhoubao_cli.cli import run\n"
        "try:\n    run(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_an_unknown_page_and_a_wrong_method_are_said_in_chinese(client: TestClient) -> None:
    missing = client.get("/nowhere")
    assert missing.status_code == 404 and "没有这个页面" in missing.text
    wrong = client.get("/issues/19/collect")
    assert wrong.status_code == 405 and "不能这样打开" in wrong.text


def test_an_upload_larger_than_a_week_is_refused_before_it_is_read(
    client: TestClient, guard: Guard, ws: Cli
) -> None:
    toml = ws.folder / "zhoubao.toml"
    toml.write_text(
        toml.read_text("utf-8").replace("max_file_mb = 10", "max_file_mb = 0.01"), "utf-8"
    )
    files = [("files", (f"历下区{n}.txt", b"x" * 9_000)) for n in range(60)]  # each within 10 KB
    response = client.post("/issues/19/upload", data={"csrf": guard.csrf}, files=files)
    assert response.status_code == 413 and "分几次上传" in response.text
    assert not (ws.folder / "issues/第19期/inbox").exists() or not any(
        (ws.folder / "issues/第19期/inbox").iterdir()
    )
