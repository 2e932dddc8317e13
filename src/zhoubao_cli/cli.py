"""The command layer: parse arguments, call the core, print. Heavy modules are imported lazily."""

# No `from __future__ import annotations` here: typer would have to eval every annotation.

import functools
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from zhoubao_cli import __version__
from zhoubao_cli.errors import EXIT_INPUT, UsageError, ZhoubaoError

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.model import CollectReport
    from zhoubao_cli.render.forecast import Forecast
    from zhoubao_cli.workspace import Issue


class _ChineseHelp:
    """Click's own --help text is English; ours is Chinese like the rest."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "显示本帮助并退出。"
        return option


class _Group(_ChineseHelp, TyperGroup):
    pass


class _Command(_ChineseHelp, TyperCommand):
    pass


app = typer.Typer(
    name="zhoubao",
    cls=_Group,
    # Plain help: rich's frames would import rich on every --help.
    rich_markup_mode=None,
    help="把各单位报送的材料汇编成公文格式的工作周报（简报）。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


def _echo(text: str = "", *, err: bool = False) -> None:
    typer.echo(text, err=err)


def handles_errors(command: F) -> F:
    """Turn a ZhoubaoError into one Chinese message and its exit code; the only place this happens."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ZhoubaoError as exc:
            _echo(f"错误：{exc.message}", err=True)
            if exc.hint:
                _echo(f"办法：{exc.hint}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            _echo("已中断。", err=True)
            raise typer.Exit(130) from None
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


IssueOption = Annotated[
    int | None, typer.Option("--issue", "-i", help="指定期号；默认是期号最大的一期。", min=1)
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
        raise UsageError(
            f"日期“{text}”格式不对。", hint="请写成 YYYY-MM-DD，如 2026-02-06。"
        ) from None


def _forecast(config: "BulletinConfig", issue: "Issue") -> "Forecast | None":
    """The page-fit forecast of the issue's bulletin, or None (no bulletin, an office template)."""
    from zhoubao_cli.render.forecast import forecast_bulletin

    try:
        return forecast_bulletin(issue.load_bulletin(), config)
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


@app.command(cls=_Command)
@handles_errors
def new(
    number: Annotated[
        int, typer.Argument(help="新一期的期号，如 19。", metavar="期号", show_default=False)
    ],
    when: Annotated[
        str | None,
        typer.Option(
            "--date", "-d", help="出刊日期 YYYY-MM-DD；默认上一期加 7 天。", show_default=False
        ),
    ] = None,
) -> None:
    """开启新的一期：期号、出刊日期、报送时段和文件夹，并给出征稿通知。"""
    from zhoubao_cli.config import CONFIG_NAME
    from zhoubao_cli.dates import cn_date, cn_period
    from zhoubao_cli.newissue import open_issue
    from zhoubao_cli.notices import call_for_submissions

    opened = open_issue(Path.cwd(), number, _parse_date(when), date.today())
    issue, workspace = opened.issue, opened.workspace
    config = workspace.config
    if opened.created_config:
        _echo(f"已在 {workspace.root} 写入默认配置 {CONFIG_NAME}（{config.title}），可按需修改。")
    for warning in opened.warnings:
        _echo(f"提醒：{warning}", err=True)
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


@app.command(cls=_Command)
@handles_errors
def collect(
    folder: Annotated[
        Path | None,
        typer.Argument(
            help="各单位材料所在文件夹；默认是本期的 inbox。", metavar="文件夹", show_default=False
        ),
    ] = None,
    issue_number: IssueOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="把提醒也当作错误。")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出报告。")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖被人改过的 bulletin.json，旧文件存为 .bak。")
    ] = False,
) -> None:
    """读取每份材料：识别单位和栏目，校验，规范标点，汇编成本期内容。"""
    from zhoubao_cli.collect import collect_issue
    from zhoubao_cli.workspace import require_workspace

    workspace = require_workspace()
    issue = workspace.issue(issue_number)
    report = collect_issue(workspace.config, issue, folder, strict=strict, force=force)
    forecast = _forecast(workspace.config, issue)
    if as_json:
        _echo(_json_with_forecast(report, forecast))
    else:
        from zhoubao_cli.terminal import print_report

        print_report(report, workspace.config)
        _echo_forecast(forecast)
        then = "催报或请对方重报：zhoubao status --remind；" if report.missing else ""
        _echo(f"已保存本期内容。下一步：{then}生成周报：zhoubao render")
    if report.has_errors:
        raise typer.Exit(EXIT_INPUT)


@app.command(cls=_Command)
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
    report = issue.load_report()
    if remind:
        _echo(reminder(workspace.config, issue, report))
        return
    forecast = _forecast(workspace.config, issue)
    if as_json:
        _echo(_json_with_forecast(report, forecast))
        return
    from zhoubao_cli.terminal import print_report

    print_report(report, workspace.config)
    _echo_forecast(forecast)


@app.command(cls=_Command)
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
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="覆盖被人改过的输出文件，旧文件存为 .bak。")
    ] = False,
) -> None:
    """按公文格式生成本期周报。"""
    from zhoubao_cli.render import render_issue
    from zhoubao_cli.workspace import require_workspace

    asked = (("docx", docx), ("txt", txt), ("md", md), ("pdf", pdf), ("png", png))
    formats = [name for name, on in asked if on]
    workspace = require_workspace()
    issue = workspace.issue(issue_number)
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


# click's usage errors, in the language of the rest (their exit code, 2, is ours too).
_USAGE_MESSAGES = [
    (r"Missing argument '(.+)'\.", r"缺少参数 \1。"),
    (r"Missing option '(.+)'\.", r"缺少选项 \1。"),
    (r"No such option: (\S+?)\.?(?: Did you mean (\S+)\?)?$", r"没有选项 \1。"),
    (r"No such command '(.+)'\.", r"没有命令 \1。"),
    (r"Invalid value for (.+?): (.+)", r"\1 的值不对：\2"),
    (r"Got unexpected extra arguments? \((.+)\)", r"多余的参数：\1"),
    (r"Option '(.+)' requires an argument\.", r"选项 \1 需要一个值。"),
    (r"(.*)Input should be greater than or equal to (\S+)", r"\1应不小于 \2"),
    (r"(.*)Input should be a valid integer.*", r"\1应为整数"),
]


def _usage_message(message: str) -> str:
    for pattern, chinese in _USAGE_MESSAGES:
        if re.match(pattern, message):
            message = re.sub(pattern, chinese, message)
    return message


def main() -> None:
    """The console script (and python -m zhoubao_cli)."""
    try:
        code = app(prog_name="zhoubao", standalone_mode=False)
    except typer.Abort:
        _echo("已中断。", err=True)
        code = EXIT_INPUT
    except typer.TyperException as exc:  # click's own errors: bad options and arguments
        if type(exc).__name__ == "NoArgsIsHelpError":  # plain `zhoubao`: the help is the answer
            _echo(exc.format_message())
            raise SystemExit(0) from None
        _echo(f"用法错误：{_usage_message(exc.format_message())}", err=True)
        context = getattr(exc, "ctx", None)
        _echo(
            f"办法：运行 {context.command_path if context else 'zhoubao'} -h 查看用法。", err=True
        )
        code = exc.exit_code
    raise SystemExit(code if isinstance(code, int) else 0)
