"""The page's routes: issues, upload, 汇编, review unit by unit, 生成周报, the archive.

Each route calls the core the commands call and renders a template with the record's own words.
Every write goes through the workspace lock the commands take; a refusal of the core (a
ZhoubaoError) is shown as its message and its way out, never a traceback.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from zhoubao_cli.errors import ZhoubaoError
from zhoubao_cli.web.guard import COOKIE, Guard, upload_name
from zhoubao_cli.workspace import Issue, Workspace

HERE = Path(__file__).resolve().parent
DOWNLOADS = (".docx", ".pdf", ".txt", ".md", ".png")
BUSY = "另一个操作正在进行，请稍候再试。"
UPLOAD_FILES = 40  # files of one upload, at most, each within limits.max_file_mb


class Refused(Exception):
    """A request refused in words: the status code and the Chinese reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def create_app(root: Path, guard: Guard) -> FastAPI:
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def workspace() -> Workspace:
        return Workspace(root)

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        context.setdefault("title", "周报汇编")
        return templates.TemplateResponse(
            request, name, {"csrf": guard.csrf, "config": workspace().config, **context}
        )

    def refusal(request: Request, status: int, reason: str, hint: str = "") -> HTMLResponse:
        context: dict[str, Any] = {"reason": reason, "hint": hint, "title": "没有办成"}
        try:
            context["config"] = workspace().config
        except ZhoubaoError:  # a broken zhoubao.toml: the refusal still shows
            context["config"] = {"title": "周报汇编"}
        return templates.TemplateResponse(request, "refused.html", context, status_code=status)

    @app.middleware("http")
    async def only_the_editor(request: Request, call_next: Callable[..., Any]) -> Response:
        if not guard.host_ok(request.headers.get("host")):
            return _plain(
                400, "请求的主机名不是本机的 zhoubao 页面。请用 zhoubao serve 打印的地址打开。"
            )
        given = request.query_params.get("token")
        if given is not None and guard.token_ok(given):
            # First visit with the address printed by serve: the token becomes a cookie.
            url = request.url.remove_query_params("token")
            response = RedirectResponse(str(url.path) + (f"?{url.query}" if url.query else ""))
            response.set_cookie(COOKIE, guard.token, httponly=True, samesite="strict")
            return response
        if not guard.token_ok(request.cookies.get(COOKIE)):
            return _plain(
                403, "没有访问口令。请用 zhoubao serve 打印的完整地址（带 ?token=…）打开本页。"
            )
        if request.method == "POST":
            # A week's upload is a few dozen files: a body larger than that many at the size limit
            # is refused before it is read.
            size = request.headers.get("content-length", "")
            most = UPLOAD_FILES * workspace().config.limits.max_file_mb * 2**20
            if size.isdigit() and int(size) > most:
                return _plain(
                    413, f"一次上传的文件太多太大（超过 {most // 2**20:.0f} MB），请分几次上传。"
                )
            origin = request.headers.get("origin")
            if origin is not None and origin.split("://", 1)[-1] not in guard.hosts():
                return _plain(403, "这个请求来自别的网站，没有执行。")
        response = await call_next(request)
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'"
        )
        return response

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException) -> HTMLResponse:
        said = {404: "没有这个页面。", 405: "不能这样打开这个地址。"}
        return refusal(request, exc.status_code, said.get(exc.status_code, "请求不对。"))

    @app.exception_handler(RequestValidationError)
    async def bad_form(request: Request, exc: RequestValidationError) -> HTMLResponse:
        return refusal(request, 400, "表单没有填全或填得不对，请返回重填。")

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused) -> HTMLResponse:
        return refusal(request, exc.status, exc.reason)

    @app.exception_handler(ZhoubaoError)
    async def core_refused(request: Request, exc: ZhoubaoError) -> HTMLResponse:
        return refusal(request, 409, exc.message, exc.hint or "")

    def check_csrf(token: str) -> None:
        if not guard.csrf_ok(token):
            raise Refused(403, "拒绝：表单口令不对（页面可能已过期）。请刷新页面后再操作。")

    def issue_of(number: int) -> Issue:
        ws = workspace()
        if number not in ws.issue_folders():
            raise Refused(404, f"没有第{number}期。")
        return ws.issue(number)

    @contextlib.contextmanager
    def writing(issue_number: int | None) -> Iterator[None]:
        from zhoubao_cli.errors import BusyError

        what = f"第{issue_number}期" if issue_number else "工作区"
        try:
            with workspace().writing(what):
                yield
        except BusyError:
            raise Refused(409, BUSY) from None

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        from zhoubao_cli.newissue import plan_issue

        ws = workspace()
        issues, broken = ws.read_issues()
        rows = [(issue, _summary(issue)) for issue in reversed(issues)]
        number = (issues[-1].number + 1) if issues else 1
        try:
            proposed = plan_issue(ws, number, None, date.today()).issue.date
        except ZhoubaoError:
            proposed = date.today()
        return page(
            request,
            "home.html",
            rows=rows,
            broken=[b.message for b in broken.values()],
            number=number,
            proposed=proposed,
        )

    @app.post("/issues")
    def open_new(
        number: int = Form(...), when: str = Form(""), csrf: str = Form("")
    ) -> RedirectResponse:
        from zhoubao_cli.newissue import open_issue

        check_csrf(csrf)
        try:
            day = date.fromisoformat(when) if when else None
        except ValueError:
            raise Refused(400, f"日期“{when}”不对，请写成 2026-02-06 的样子。") from None
        if number < 1:
            raise Refused(400, "期号应为正整数。")
        open_issue(root, number, day, date.today())
        return RedirectResponse(f"/issues/{number}", status_code=303)

    @app.get("/issues/{number}", response_class=HTMLResponse)
    def issue_page(request: Request, number: int) -> HTMLResponse:
        from zhoubao_cli.notices import call_for_submissions, for_editor, reminder

        issue = issue_of(number)
        config = workspace().config
        report = _report(issue)
        inbox = sorted(p.name for p in issue.inbox.iterdir()) if issue.inbox.is_dir() else []
        problems: dict[str, list[str]] = {}
        if report is not None:
            for finding in report.findings:
                if finding.severity != "note":
                    key = finding.unit or finding.file or ""
                    problems.setdefault(key, []).append(f"{finding.file}：{for_editor(finding)}")
        outputs = _outputs(issue)
        return page(
            request,
            "issue.html",
            title=f"第{number}期",
            issue=issue,
            report=report,
            problems=problems,
            inbox=inbox,
            call=call_for_submissions(config, issue),
            remind=reminder(config, issue, report) if report is not None else "",
            outputs=outputs,
            pages=[o for o in outputs if o.endswith(".png")],
            forecast=_forecast(issue, config),
            limit_mb=config.limits.max_file_mb,
        )

    @app.post("/issues/{number}/upload")
    async def upload(
        number: int, files: list[UploadFile], csrf: str = Form("")
    ) -> RedirectResponse:
        check_csrf(csrf)
        issue = issue_of(number)
        limit = int(workspace().config.limits.max_file_mb * 2**20)
        accepted: list[tuple[str, bytes]] = []
        for upload in files:
            name = upload_name(upload.filename)
            if name is None:
                raise Refused(400, f"文件名“{upload.filename}”不能用：请用不带路径的普通文件名。")
            data = await upload.read(limit + 1)
            if len(data) > limit:
                raise Refused(
                    413, f"{name} 超过 {limit // 2**20} MB，未收下。请对方压缩图片或分开发送。"
                )
            accepted.append((name, data))
        with writing(number):
            issue.inbox.mkdir(parents=True, exist_ok=True)
            for name, data in accepted:
                _store_new(issue.inbox, name, data)
        return RedirectResponse(f"/issues/{number}", status_code=303)

    @app.post("/issues/{number}/collect")
    def collect(number: int, csrf: str = Form(""), force: str = Form("")) -> RedirectResponse:
        from zhoubao_cli.collect import NotSaved, collect_issue

        check_csrf(csrf)
        issue = issue_of(number)
        with writing(number):
            try:
                collect_issue(workspace().config, issue, issue.inbox, force=bool(force))
            except NotSaved as refused:
                raise Refused(409, f"{refused.message}{refused.hint or ''}") from None
        return RedirectResponse(f"/issues/{number}#units", status_code=303)

    @app.get("/issues/{number}/units/{unit}", response_class=HTMLResponse)
    def review(request: Request, number: int, unit: str) -> HTMLResponse:
        issue = issue_of(number)
        report = _report(issue)
        if report is None:
            raise Refused(404, "这一期还没有汇编。")
        if unit not in workspace().config.unit_names():
            raise Refused(404, f"配置里没有单位“{unit}”。")
        files = [f for f in report.files if unit in (f.unit, *f.units, *f.refused_units)]
        items = _items(issue, unit)
        return page(
            request,
            "unit.html",
            title=f"第{number}期 · {unit}",
            issue=issue,
            unit=unit,
            record=next((u for u in report.units if u.unit == unit), None),
            files=files,
            doubts=[d for d in report.doubts if d.unit == unit],
            items=items,
        )

    @app.post("/issues/{number}/doubts/{doubt_id}")
    def decide(
        number: int, doubt_id: str, choice: str = Form(...), csrf: str = Form("")
    ) -> RedirectResponse:
        from zhoubao_cli.collect import decisions

        check_csrf(csrf)
        if choice not in ("keep", "drop"):
            raise Refused(400, "只能选“留下”或“删去”。")
        issue = issue_of(number)
        with writing(number):
            report = issue.load_report()
            chosen = [d for d in report.doubts if d.id == doubt_id]
            if not chosen:
                raise Refused(404, "没有这一句存疑的话（可能已重新汇编）。请刷新页面。")
            restoring = choice == "keep" and chosen[0].decision == "drop"
            decisions.decide(issue, report, chosen, choice, every=False)  # type: ignore[arg-type]
            if restoring:  # a sentence dropped before comes back only from the sources
                from zhoubao_cli.collect import recollect

                recollect(workspace().config, issue)
        back = chosen[0].unit or ""
        target = f"/issues/{number}/units/{quote(back)}" if back else f"/issues/{number}"
        return RedirectResponse(target, status_code=303)

    @app.post("/issues/{number}/units/{unit}/items/{index}")
    def correct(
        number: int, unit: str, index: int, text: str = Form(...), csrf: str = Form("")
    ) -> RedirectResponse:
        check_csrf(csrf)
        issue = issue_of(number)
        with writing(number):
            _correct_item(issue, unit, index, text)
        return RedirectResponse(f"/issues/{number}/units/{quote(unit)}", status_code=303)

    @app.post("/issues/{number}/render")
    def render(number: int, csrf: str = Form(""), force: str = Form("")) -> RedirectResponse:
        from zhoubao_cli.render import render_issue
        from zhoubao_cli.sources.legacy import find_soffice

        check_csrf(csrf)
        issue = issue_of(number)
        ws = workspace()
        formats = ["docx", "txt"] + (["pdf", "png"] if find_soffice() else [])
        with writing(number):
            render_issue(ws.config, issue, formats, force=bool(force), reference=ws.reference_docx)
        return RedirectResponse(f"/issues/{number}#bulletin", status_code=303)

    @app.get("/issues/{number}/files/{name}")
    def download(number: int, name: str) -> FileResponse:
        issue = issue_of(number)
        if name not in _outputs(issue):
            raise Refused(404, "没有这个文件。")
        return FileResponse(issue.folder / name, filename=name)

    @app.get("/archive", response_class=HTMLResponse)
    def archive(request: Request, period: str = "", words: str = "") -> HTMLResponse:
        from zhoubao_cli.archive.search import search
        from zhoubao_cli.archive.stats import period_of, unit_stats
        from zhoubao_cli.web.chart import bars

        ws = workspace()
        issues = ws.issues()
        year = issues[-1].date.year if issues else date.today().year
        kind = _period_kind(period)
        chosen = period_of(default_year=year, **kind)
        stats = unit_stats(ws, chosen)
        found = search(ws, words.split()) if words.strip() else None
        return page(
            request,
            "archive.html",
            title="档案",
            stats=stats,
            chart=bars([(s.unit, s.printed_items) for s in stats.units]),
            period=period,
            words=words,
            found=found,
        )

    @app.get("/archive/stats.xlsx")
    def stats_xlsx(period: str = "") -> Response:
        from zhoubao_cli.archive.stats import period_of, unit_stats
        from zhoubao_cli.archive.tables import deadline_text, notes, to_xlsx

        ws = workspace()
        issues = ws.issues()
        year = issues[-1].date.year if issues else date.today().year
        report = unit_stats(ws, period_of(default_year=year, **_period_kind(period)))
        data = to_xlsx(report, notes(report, deadline_text(ws.config)), ws.config)
        name = quote(f"{report.title}.xlsx")
        return Response(
            data,
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"},
        )

    return app


def _plain(status: int, reason: str) -> HTMLResponse:
    """A refusal before any page can be drawn (no token, a wrong Host): one Chinese line."""
    return HTMLResponse(
        f'<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>拒绝访问</title>'
        f"<h1>拒绝访问</h1><p>{reason}</p></html>",
        status_code=status,
    )


def _summary(issue: Issue) -> str:
    report = _report(issue)
    if report is None:
        return "还没有汇编"
    from zhoubao_cli.model import Outcome

    counts = {o: len(report.with_outcome(o)) for o in Outcome}
    return "，".join(f"{o.word} {n}" for o, n in counts.items() if n)


def _report(issue: Issue) -> Any:
    if not issue.report_file.is_file():
        return None
    try:
        return issue.load_report()
    except ZhoubaoError:
        return None


def _outputs(issue: Issue) -> list[str]:
    if not issue.folder.is_dir():
        return []
    return sorted(
        p.name for p in issue.folder.iterdir() if p.is_file() and p.suffix.lower() in DOWNLOADS
    )


def _forecast(issue: Issue, config: Any) -> str:
    from zhoubao_cli.render.forecast import forecast_bulletin

    try:
        found = forecast_bulletin(issue.load_bulletin(), config)
    except ZhoubaoError:
        return ""
    return found.message() if found is not None else ""


def _items(issue: Issue, unit: str) -> list[str]:
    try:
        bulletin = issue.load_bulletin()
    except ZhoubaoError:
        return []
    return next((e.items for s in bulletin.sections for e in s.units if e.unit == unit), [])


def _store_new(inbox: Path, name: str, data: bytes) -> Path:
    """Into the inbox under its own name, or 名（2） beside a file of that name: never over one."""
    from zhoubao_cli.fileio import write_bytes_atomic

    target = inbox / name
    stem, suffix = Path(name).stem, Path(name).suffix
    copy = 2
    while target.exists():
        target = inbox / f"{stem}（{copy}）{suffix}"
        copy += 1
    write_bytes_atomic(target, data)
    return target


def _correct_item(issue: Issue, unit: str, index: int, text: str) -> None:
    """An item corrected in the page: the same as a hand edit of bulletin.json (validated by the
    model, a numbered backup kept, and from then on a person's edit that collect will not
    overwrite unless forced)."""
    from pydantic import ValidationError

    from zhoubao_cli.fileio import keep_backup, write_bytes_atomic
    from zhoubao_cli.model import Bulletin

    bulletin = issue.load_bulletin()
    entry = next((e for s in bulletin.sections for e in s.units if e.unit == unit), None)
    if entry is None or not 1 <= index <= len(entry.items):
        raise Refused(404, f"{unit}没有第{index}条。")
    entry.items[index - 1] = text.strip()
    try:
        checked = Bulletin.model_validate(bulletin.model_dump())
    except ValidationError:
        raise Refused(
            400, "改后的内容不对（例如整条删空了）。要删去一条，请在 bulletin.json 里删。"
        ) from None
    keep_backup(issue.bulletin_file)
    write_bytes_atomic(
        issue.bulletin_file, (checked.model_dump_json(indent=2) + "\n").encode("utf-8")
    )


def _period_kind(period: str) -> dict[str, Any]:
    """2026 → a year; 2026-02 → a month; 2026Q1 → a quarter; "" → the latest issue's year."""
    period = period.strip()
    if not period:
        return {}
    if period.isdigit():
        return {"year": int(period)}
    if "q" in period.lower():
        return {"quarter": period.upper()}
    return {"month": period}
