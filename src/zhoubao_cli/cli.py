"""The command layer: parse arguments, call the core, print. Heavy modules are imported lazily."""

# No `from __future__ import annotations` here: typer would have to eval every annotation.

import functools
import os
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from typer._click.exceptions import ClickException  # typer's copy of click (see pyproject)

from zhoubao_cli import __version__
from zhoubao_cli.click_zh import ChineseCommand, ChineseGroup, usage_message
from zhoubao_cli.errors import EXIT_INPUT, INTERRUPTED, UsageError, ZhoubaoError

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.model import Bulletin, CollectReport
    from zhoubao_cli.render.forecast import Forecast
    from zhoubao_cli.workspace import Issue, Workspace


app = typer.Typer(
    name="zhoubao",
    cls=ChineseGroup,
    # Plain help: rich's frames would import rich on every --help.
    rich_markup_mode=None,
    help="把各单位报送的材料汇编成公文格式的工作周报（简报）。",
    epilog=(
        "zhoubao new 19  开启第19期，给出征稿通知\n"
        "zhoubao collect ../材料  读取各单位的材料，汇编本期\n"
        "zhoubao render  生成公文格式的 .docx"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


def _echo(text: str = "", *, err: bool = False) -> None:
    from zhoubao_cli.controls import printable  # a file name's ESC never reaches the console

    typer.echo(printable(text), err=err)


def handles_errors(command: F) -> F:
    """Turn a ZhoubaoError into one Chinese message and its exit code; the only place this happens."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ZhoubaoError as exc:
            _echo(f"错误：{exc.message}", err=True)
            if hint := exc.hint_line():
                _echo(hint, err=True)
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort, BrokenPipeError):  # a closed pipe: entry.py ends quietly
            raise
        except UnicodeEncodeError:
            # A C/POSIX locale with Python's UTF-8 fallbacks turned off: Chinese file names
            # cannot be made at all. The way out is in ASCII, which survives any console.
            _echo("错误：系统的区域设置不支持中文文件名（LANG=C）。", err=True)
            # The command itself stays ASCII: a console without Chinese shows the rest as "?".
            _echo("办法：先运行 export LANG=C.UTF-8（或 zh_CN.UTF-8），再运行 zhoubao。", err=True)
            raise typer.Exit(EXIT_INPUT) from None
        except Exception as exc:  # a bug: keep it to one line unless asked for details
            if os.environ.get("ZHOUBAO_DEBUG"):
                raise
            _echo(f"内部错误：{exc.__class__.__name__}: {exc}", err=True)
            _echo(
                "办法：设置环境变量 ZHOUBAO_DEBUG=1 重新运行可看到详细信息，请反馈给开发者。",
                err=True,
            )
            raise typer.Exit(EXIT_INPUT) from None

    return wrapper  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        _echo(f"zhoubao {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="显示版本号并退出。")
    ] = False,
) -> None:
    """把各单位报送的材料汇编成公文格式的工作周报（简报）。"""


def _positive_number(text: str) -> int:
    """期号: typer's own check would answer in English."""
    try:
        number = int(text)
    except ValueError:
        raise typer.BadParameter(f"“{text}”不是整数，期号应写成 19 这样的数字。") from None
    if number < 1:
        raise typer.BadParameter(f"期号应为正整数，而不是 {number}。")
    return number


IssueOption = Annotated[
    int | None,
    typer.Option(
        "--issue",
        "-i",
        help="指定期号；默认是当前所在的那一期，或期号最大的一期。",
        metavar="期号",
        parser=_positive_number,
    ),
]


def _shown(path: Path) -> str:
    """A path as the user can type it: relative to where they are, when it is below."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # the shape is right, the day is not
            raise UsageError(f"日期“{text}”不存在。", hint="请核对月份和日子。") from None
        raise UsageError(
            f"日期“{text}”格式不对。", hint="请写成 YYYY-MM-DD，如 2026-02-06。"
        ) from None


def _warn_other_week(report: "CollectReport", workspace: "Workspace", issue: "Issue") -> None:
    """An inbox of another week collected into this issue: said once, before the report."""
    from zhoubao_cli.collect.period import other_week

    if warning := other_week(report, issue, workspace.issues()):
        _echo(f"提醒：{warning}", err=True)


def _forecast(
    config: "BulletinConfig", issue: "Issue", bulletin: "Bulletin | None" = None
) -> "Forecast | None":
    """The page-fit forecast of the issue's bulletin, or None (no bulletin, an office template)."""
    from zhoubao_cli.render.forecast import forecast_bulletin

    try:
        return forecast_bulletin(bulletin or issue.load_bulletin(), config)
    except ZhoubaoError:
        return None


def _echo_forecast(forecast: "Forecast | None") -> None:
    if forecast is not None:
        _echo(f"版面：{forecast.message()}")


def _json_with_forecast(report: "CollectReport", forecast: "Forecast | None") -> str:
    """The report as JSON, with the page-fit forecast as one more field."""
    import json

    data = report.model_dump(mode="json")
    data["forecast"] = forecast.as_dict() if forecast is not None else None
    return json.dumps(data, ensure_ascii=False, indent=2)


@app.command(
    cls=ChineseCommand,
    epilog=(
        "zhoubao new 19  出刊日期为上一期加 7 天\n"
        "zhoubao new 19 --date 2026-02-06  指定出刊日期\n"
        "zhoubao new 1  第一次使用：同时写入默认配置 zhoubao.toml"
    ),
)
@handles_errors
def new(
    number: Annotated[
        int,
        typer.Argument(
            help="新一期的期号，如 19。",
            metavar="期号",
            show_default=False,
            parser=_positive_number,
        ),
    ],
    when: Annotated[
        str | None,
        typer.Option(
            "--date",
            "-d",
            help="出刊日期 YYYY-MM-DD；默认上一期加 7 天。",
            metavar="日期",
            show_default=False,
        ),
    ] = None,
) -> None:
    """开启新的一期：期号、出刊日期、报送时段和文件夹，并给出征稿通知。"""
    from zhoubao_cli.config import CONFIG_NAME
    from zhoubao_cli.dates import cn_date, cn_period
    from zhoubao_cli.newissue import open_issue
    from zhoubao_cli.notices import call_for_submissions, deadline_passed

    opened = open_issue(Path.cwd(), number, _parse_date(when), date.today())
    issue, workspace = opened.issue, opened.workspace
    config = workspace.config
    if opened.created_config:
        _echo(f"已在 {workspace.root} 写入默认配置 {CONFIG_NAME}（{config.title}），可按需修改。")
    for warning in opened.warnings:
        _echo(f"提醒：{warning}", err=True)
    if late := deadline_passed(config, issue, datetime.now()):
        _echo(f"提醒：{late}", err=True)
    _echo(
        f"已开启第{issue.number}期：出刊日期 {cn_date(issue.date)}，"
        f"报送时段 {cn_period(issue.period_start, issue.period_end)}。"
    )
    _echo(f"文件夹：{_shown(issue.folder)}")
    _echo(
        f"下一步：把各单位的材料放进 {_shown(issue.inbox)}，"
        "然后运行 zhoubao collect（或 zhoubao collect 材料文件夹）。"
    )
    _echo("\n可转发到工作群的征稿通知：\n")
    _echo(call_for_submissions(config, issue))


@app.command(
    cls=ChineseCommand,
    epilog=(
        "zhoubao collect  读取上次汇编的文件夹（第一次是本期的 inbox）\n"
        "zhoubao collect D:\\周报\\第19期材料  读取另一个文件夹\n"
        "zhoubao collect issues/第19期/sources  按已采用的材料重建本期"
    ),
)
@handles_errors
def collect(
    folder: Annotated[
        Path | None,
        typer.Argument(
            help="各单位材料所在文件夹；默认是上次汇编的文件夹，第一次是本期的 inbox。",
            metavar="文件夹",
            show_default=False,
        ),
    ] = None,
    issue_number: IssueOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="把提醒也当作错误。")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出报告。")] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="即使结果比已保存的少、或 bulletin.json 被人改过，也用新结果替换（旧文件存为 .bak）。",
        ),
    ] = False,
) -> None:
    """读取每份材料：识别单位和栏目，校验，规范标点，汇编成本期内容。"""
    from zhoubao_cli.collect import NotSaved, collect_issue, default_folder
    from zhoubao_cli.workspace import require_workspace

    workspace = require_workspace()
    issue = workspace.issue(issue_number)
    if folder is None:
        folder, which = default_folder(issue)
        if which:
            _echo(f"{which}。", err=True)
    try:
        with workspace.writing(f"第{issue.number}期"):
            collected = collect_issue(workspace.config, issue, folder, strict=strict, force=force)
    except NotSaved as refused:
        _warn_other_week(refused.report, workspace, issue)
        # What was read, then why it was not saved (the error, said in the one place).
        if as_json:
            _echo(_json_with_forecast(refused.report, None))
        else:
            from zhoubao_cli.terminal import print_report

            print_report(refused.report, workspace.config, saved=False)
        raise
    report = collected.report
    _warn_other_week(report, workspace, issue)
    forecast = _forecast(workspace.config, issue, collected.bulletin)
    if as_json:
        _echo(_json_with_forecast(report, forecast))
    else:
        from zhoubao_cli.terminal import print_report

        print_report(report, workspace.config)
        _echo_forecast(forecast)
        then = "催报或请对方重报：zhoubao status --remind；" if report.missing else ""
        if report.has_content:
            _echo(f"已保存本期内容。下一步：{then}生成周报：zhoubao render")
        else:
            _echo(
                f"已保存本期内容（还没有可刊出的材料）。下一步：{then}等材料齐了再运行 zhoubao collect"
            )
    if report.has_errors:
        raise typer.Exit(EXIT_INPUT)


@app.command(
    cls=ChineseCommand,
    epilog=(
        "zhoubao status  查看本期的汇编报告\n"
        "zhoubao status --remind  生成可转发到工作群的催报提醒\n"
        "zhoubao status -i 18  查看第18期"
    ),
)
@handles_errors
def status(
    issue_number: IssueOption = None,
    remind: Annotated[
        bool, typer.Option("--remind", help="给出可转发给未报送单位的催报提醒。")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出报告。")] = False,
) -> None:
    """查看本期上一次汇编的结果：谁报了什么，谁还没报。"""
    from zhoubao_cli.notices import reminder
    from zhoubao_cli.workspace import require_workspace

    workspace = require_workspace()
    issue = workspace.issue(issue_number)
    with workspace.reading():  # the report and the bulletin of one collect, not of two
        if remind:  # before the first collect, every unit is reminded
            collected = issue.report_file.exists()
            _echo(reminder(workspace.config, issue, issue.load_report() if collected else None))
            return
        report = issue.load_report()
        # A hand-edited bulletin.json that render would refuse is said here too.
        exists = issue.bulletin_file.exists()
        bulletin = issue.bulletin_to_print(workspace.config, report) if exists else None
        forecast = _forecast(workspace.config, issue, bulletin)
    if as_json:
        _echo(_json_with_forecast(report, forecast))
        return
    from zhoubao_cli.terminal import print_report

    print_report(report, workspace.config)
    _echo_forecast(forecast)


@app.command(
    cls=ChineseCommand,
    epilog=(
        "zhoubao serve  在浏览器里打开本工作区的页面\n"
        "zhoubao serve --port 8765 --no-browser  指定端口，不自动打开浏览器"
    ),
)
@handles_errors
def serve(
    port: Annotated[
        int, typer.Option("--port", help="端口；默认随机选一个空闲的。", metavar="端口")
    ] = 0,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="不自动打开浏览器，只打印地址。")
    ] = False,
    host: Annotated[
        str,
        typer.Option("--host", help="监听的地址；默认 127.0.0.1，只有本机能打开。", metavar="地址"),
    ] = "127.0.0.1",
) -> None:
    """在浏览器里汇编本期：收材料、汇编、逐行核对、决定存疑句、生成周报、查档案。"""
    from zhoubao_cli.web.serve import serve as run_server
    from zhoubao_cli.workspace import require_workspace

    workspace = require_workspace()
    if host not in ("127.0.0.1", "localhost"):
        _echo(
            f"提醒：--host {host} 让别的电脑也能连上这个页面（仍须带口令的地址）；"
            "只在本机使用时不要加 --host。",
            err=True,
        )
    run_server(workspace.root, host=host, port=port, open_browser=not no_browser, say=_echo)


SentenceWords = Annotated[
    list[str] | None,
    typer.Argument(
        help="哪一句：单位和条号（如 某某区 2），或单位加句中几个字，或只写句中几个字。",
        metavar="单位 条号 或 字句",
        show_default=False,
    ),
]
EveryOption = Annotated[bool, typer.Option("--all", help="符合的存疑句不止一句时，一起决定。")]


def _decide(words: list[str] | None, issue_number: int | None, choice: str, every: bool) -> None:
    from zhoubao_cli.collect import decisions
    from zhoubao_cli.workspace import require_workspace

    workspace = require_workspace()
    issue = workspace.issue(issue_number)
    with workspace.writing(f"第{issue.number}期"):
        report = issue.load_report()
        names = workspace.config.unit_by_name()
        chosen = decisions.select(report, words or [], names)
        restoring = choice == "keep" and any(d.decision == "drop" for d in chosen)
        done = decisions.decide(issue, report, chosen, choice, every=every)  # type: ignore[arg-type]
        if restoring:  # a sentence dropped before comes back only from the sources
            from zhoubao_cli.collect import recollect

            recollect(workspace.config, issue)
            _echo("已按材料重新汇编，删去过的句子已恢复。")
    for doubt in done:
        where = f"{doubt.unit or doubt.section}第{doubt.item}条"
        _echo(f"已{decisions.WORDS[choice]}（{where}）：{doubt.text}")
    left = len(report.undecided())
    _echo(f"还有 {left} 句存疑未定。" if left else "存疑句都已决定。以后重新汇编也照此办理。")


@app.command(
    cls=ChineseCommand,
    epilog="zhoubao keep 某某区 2  留下某某区第2条里的存疑句\nzhoubao keep 联系  留下含“联系”的那一句",
)
@handles_errors
def keep(
    words: SentenceWords = None, issue_number: IssueOption = None, every: EveryOption = False
) -> None:
    """留下一句存疑的话：照印，不再提醒。"""
    _decide(words, issue_number, "keep", every)


@app.command(
    cls=ChineseCommand,
    epilog="zhoubao drop 某某区 2  删去某某区第2条里的存疑句\nzhoubao drop 老师 审阅  删去含这几个字的那一句",
)
@handles_errors
def drop(
    words: SentenceWords = None, issue_number: IssueOption = None, every: EveryOption = False
) -> None:
    """删去一句存疑的话：从本期内容里拿掉，以后重新汇编也不再刊出。"""
    _decide(words, issue_number, "drop", every)


@app.command(
    cls=ChineseCommand,
    epilog="zhoubao show 某某区  某某区材料的每一行和它的去向",
)
@handles_errors
def show(
    unit: Annotated[str, typer.Argument(help="单位名称或简称。", metavar="单位")],
    issue_number: IssueOption = None,
) -> None:
    """逐行列出一个单位的材料和每一行的去向：刊出为第几条、略去（原因）、改动、存疑。"""
    from zhoubao_cli.terminal import print_lines
    from zhoubao_cli.workspace import require_workspace

    workspace = require_workspace()
    issue = workspace.issue(issue_number)
    report = issue.load_report()
    names = workspace.config.unit_by_name()
    name = names.get(unit)
    if name is None:
        raise UsageError(f"配置里没有单位“{unit}”。", hint="请写 zhoubao.toml 里的单位名称或别名。")
    print_lines(report, name)


@app.command(
    cls=ChineseCommand,
    epilog=(
        "zhoubao render  生成 .docx\n"
        "zhoubao render --docx --txt  同时生成 .docx 和纯文本\n"
        "zhoubao render --pdf -o 周报.pdf  生成 PDF 到指定位置（需要 LibreOffice）"
    ),
)
@handles_errors
def render(
    docx: Annotated[bool, typer.Option("--docx", help="生成 Word 文档（默认）。")] = False,
    txt: Annotated[bool, typer.Option("--txt", help="生成纯文本。")] = False,
    md: Annotated[bool, typer.Option("--md", help="生成 Markdown。")] = False,
    pdf: Annotated[bool, typer.Option("--pdf", help="生成 PDF（需要 LibreOffice）。")] = False,
    png: Annotated[
        bool, typer.Option("--png", help="每页生成一张预览图（需要 LibreOffice）。")
    ] = False,
    issue_number: IssueOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="输出文件（按扩展名定格式，如 周报.pdf）或文件夹（各格式用默认文件名）。",
            metavar="路径",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="覆盖被人改过的输出文件（旧文件存为 .bak）；本期没有内容时也生成。"
        ),
    ] = False,
) -> None:
    """按公文格式生成本期周报。"""
    from zhoubao_cli.render import render_issue
    from zhoubao_cli.workspace import require_workspace

    asked = (("docx", docx), ("txt", txt), ("md", md), ("pdf", pdf), ("png", png))
    formats = [name for name, on in asked if on]
    workspace = require_workspace()
    issue = workspace.issue(issue_number)
    with workspace.writing(f"第{issue.number}期"):
        result = render_issue(
            workspace.config,
            issue,
            formats,
            output=output,
            force=force,
            reference=workspace.reference_docx,
        )
    for warning in result.warnings:
        _echo(f"提醒：{warning}", err=True)
    for note in result.notes:
        _echo(f"说明：{note}")
    for path, backup in result.written:
        _echo(f"已生成：{path}")
        if backup:
            _echo(f"  原文件已备份为：{backup}")
    _echo_forecast(result.forecast)


@app.command(
    "import",
    cls=ChineseCommand,
    epilog=(
        "zhoubao import 第18期.docx  把已印发的一期导入工作区\n"
        "zhoubao import 第18期.txt  从 PDF 复制出的文字导入\n"
        "zhoubao import 定稿.docx --issue 19  记录汇编过的第19期实际印发的版本"
    ),
)
@handles_errors
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="已印发的一期：.docx，或从 PDF 复制出的文字（.txt）。",
            metavar="文件",
            show_default=False,
        ),
    ],
    issue_number: Annotated[
        int | None,
        typer.Option(
            "--issue",
            "-i",
            help="期号；是 zhoubao 汇编过的一期时，把文件记录为它实际印发的版本。",
            metavar="期号",
            parser=_positive_number,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出导入记录。")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="替换已导入的内容，原文件备份为 .bak。")
    ] = False,
) -> None:
    """导入已印发的一期，或记录汇编过的一期实际印发的版本。"""
    from zhoubao_cli.archive.importing import import_issue
    from zhoubao_cli.config import CONFIG_NAME
    from zhoubao_cli.workspace import workspace_or_default, write_default_config

    # Importing past issues may be the first thing done in a new folder, as `new` is.
    workspace, created = workspace_or_default(Path.cwd())
    workspace.config  # noqa: B018  (a broken zhoubao.toml stops here, before anything is read)
    with workspace.writing(f"第{issue_number}期" if issue_number else "工作区"):
        result = import_issue(workspace, file, number=issue_number, force=force)
        if created:
            write_default_config(workspace)
    if created:
        _echo(
            f"已在 {workspace.root} 写入默认配置 {CONFIG_NAME}（{workspace.config.title}），可按需修改。"
        )
    if as_json:
        _echo(result.record.model_dump_json(indent=2))
        return
    from zhoubao_cli.archive.display import import_summary

    for line in import_summary(result, _shown(result.issue.folder)):
        _echo(line)


@app.command(
    cls=ChineseCommand,
    epilog=(
        "zhoubao stats --month 2026-01  一月份各单位报送采用情况\n"
        "zhoubao stats --quarter 2026Q1 --xlsx  第一季度统计，生成 Excel\n"
        "zhoubao stats --year 2026 --docx  全年统计表（公文格式）"
    ),
)
@handles_errors
def stats(
    month: Annotated[
        str | None,
        typer.Option("--month", help="某月，如 2026-01。", show_default=False, metavar="年-月"),
    ] = None,
    quarter: Annotated[
        str | None,
        typer.Option("--quarter", help="某季度，如 2026Q1。", show_default=False, metavar="年Q季"),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            help="某年，如 2026；默认是最近一期所在的年份。",
            show_default=False,
            metavar="年份",
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--from", help="起始日期 YYYY-MM-DD（含）。", show_default=False, metavar="日期"
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--to", help="截止日期 YYYY-MM-DD（含）。", show_default=False, metavar="日期"
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出。")] = False,
    xlsx: Annotated[bool, typer.Option("--xlsx", help="生成 Excel 表格（.xlsx）。")] = False,
    docx: Annotated[bool, typer.Option("--docx", help="生成公文格式的统计表（.docx）。")] = False,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            help="表格标题；默认如“2026年第一季度各区县信息报送采用情况统计表”。",
            metavar="标题",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="输出文件路径（只能配合一种格式）。", metavar="路径"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖被人改过的表格，旧文件存为 .bak。")
    ] = False,
) -> None:
    """各单位报送和采用情况：报送条数、采用条数和字数、未报送、报“无”、有错误待重报、迟报、排名。"""
    from zhoubao_cli.archive.stats import period_of, unit_stats
    from zhoubao_cli.workspace import require_workspace

    formats = [name for name, on in (("xlsx", xlsx), ("docx", docx)) if on]
    if output is not None and len(formats) != 1:
        raise UsageError(
            "-o 只能配合 --xlsx 或 --docx 中的一种使用。", hint="去掉 -o，或只选一种格式。"
        )
    workspace = require_workspace()
    issues = workspace.issues()
    period = period_of(
        month=month,
        quarter=quarter,
        year=year,
        start=_parse_date(start),
        end=_parse_date(end),
        default_year=issues[-1].date.year if issues else date.today().year,
    )
    with workspace.reading():
        report = unit_stats(workspace, period, title)
    if as_json:
        _echo(report.model_dump_json(indent=2))
    else:
        from zhoubao_cli.archive.display import print_stats
        from zhoubao_cli.archive.tables import deadline_text, notes

        print_stats(report, notes(report, deadline_text(workspace.config)))
    if formats:
        from zhoubao_cli.archive.tables import write_tables

        with workspace.writing("统计表"):
            written = write_tables(
                report,
                workspace.config,
                workspace.root,
                formats,
                output=output,
                force=force,
                reference=workspace.reference_docx,
            )
        for path, backup in written:
            _echo(f"已生成：{_shown(path)}", err=as_json)
            if backup:
                _echo(f"  原文件已备份为：{_shown(backup)}", err=as_json)


@app.command(
    cls=ChineseCommand,
    epilog=(
        "zhoubao search 脑机接口  查找刊出过的动态\n"
        "zhoubao search 研发 投入 --unit 某某区  某单位同时含两个词的动态\n"
        "zhoubao search 中试 --year 2026  只查某一年"
    ),
)
@handles_errors
def search(
    words: Annotated[
        list[str],
        typer.Argument(
            help="要找的词；几个词时找同时包含它们的条目。", metavar="关键词...", show_default=False
        ),
    ],
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit",
            "-u",
            help="只找这个单位的动态（别名也可以）。",
            show_default=False,
            metavar="单位",
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option("--year", help="只找这一年出刊的各期。", show_default=False, metavar="年份"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出。")] = False,
) -> None:
    """在已刊出的各期里查找：每一条含关键词的动态，标明期号和日期。"""
    from zhoubao_cli.archive.search import search as find
    from zhoubao_cli.workspace import require_workspace

    workspace = require_workspace()
    with workspace.reading():
        result = find(workspace, words, unit=unit, year=year)
    if as_json:
        _echo(result.model_dump_json(indent=2))
        return
    from zhoubao_cli.archive.display import print_search

    print_search(result)


@app.command(
    cls=ChineseCommand,
    epilog=(
        "zhoubao volume 2026  生成2026年的合订本 .docx\n"
        "zhoubao volume 2026 --pdf  同时生成 PDF（需要 LibreOffice）\n"
        "zhoubao volume 2026 -o 合订本.docx  指定输出文件"
    ),
)
@handles_errors
def volume(
    year: Annotated[
        int, typer.Argument(help="年份，如 2026。", metavar="年份", show_default=False)
    ],
    pdf: Annotated[bool, typer.Option("--pdf", help="同时生成 PDF（需要 LibreOffice）。")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="输出 .docx 的路径。", metavar="路径")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖被人改过的合订本，旧文件存为 .bak。")
    ] = False,
) -> None:
    """把一年的各期合成一册（合订本）：封面、目录，各期另起一页，页码连续。"""
    from zhoubao_cli.archive.volume import make_volume
    from zhoubao_cli.workspace import require_workspace

    if output is not None and pdf:
        raise UsageError("-o 不能和 --pdf 同时使用。", hint="去掉 -o，或分两次生成。")
    workspace = require_workspace()
    with workspace.writing(f"{year}年合订本"):
        result = make_volume(
            workspace, year, ["docx", "pdf"] if pdf else ["docx"], output=output, force=force
        )
    for warning in result.warnings:
        _echo(f"提醒：{warning}", err=True)
    from zhoubao_cli.archive.volume import issue_range

    _echo(f"合订了{issue_range(result.issues)}。")
    for path, backup in result.written:
        _echo(f"已生成：{_shown(path)}")
        if backup:
            _echo(f"  原文件已备份为：{_shown(backup)}")


def _command_path(exc: Exception, argv: list[str]) -> str:
    context = getattr(exc, "ctx", None)
    if context is not None:
        return str(context.command_path)
    named = [a for a in argv if a in app_commands()]  # the parser's errors come without one
    return f"zhoubao {named[0]}" if named else "zhoubao"


def app_commands() -> set[str]:
    return {c.name or c.callback.__name__ for c in app.registered_commands if c.callback}


def run(argv: list[str] | None = None) -> int:
    """Run zhoubao; click's own errors (bad options and arguments) are said in Chinese, exit 2."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        code = app(args=argv, prog_name="zhoubao", standalone_mode=False)
    except typer.Abort:  # how older typers report Ctrl-C inside a command
        raise KeyboardInterrupt from None
    except ClickException as exc:  # click's own errors: bad options and arguments
        if type(exc).__name__ == "NoArgsIsHelpError":  # plain `zhoubao`: the help is the answer
            _echo(exc.format_message())
            return 0
        _echo(f"用法错误：{usage_message(exc)}", err=True)
        _echo(f"办法：运行 {_command_path(exc, argv)} -h 查看用法。", err=True)
        return exc.exit_code
    if code == INTERRUPTED:  # typer reports Ctrl-C inside a command as exit code 130
        raise KeyboardInterrupt
    return code if isinstance(code, int) else 0
