"""Click in Chinese: the help pages and the usage errors, made from the parameters themselves.

typer (0.26 and later) carries its own copy of click, whose help headings, type labels and error
messages are English f-strings, not gettext: so zhoubao writes the help page from the parameters'
public attributes, and words each usage error from the exception's own fields.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import Any

from typer.core import TyperCommand, TyperGroup

_HELP_TEXT = "显示本帮助并退出。"
_LEFT_MAX = 24  # columns; a longer option name puts its help on the next line
_EXAMPLE_MAX = 40
# What an option's value is called when the parameter does not name it (metavar).
_TYPE_WORDS = {int: "整数", float: "数字", str: "文字"}


def width(text: str) -> int:
    """Columns on a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, columns: int) -> str:
    return text + " " * max(columns - width(text), 0)


def _value_word(param: Any) -> str:
    if param.metavar:
        return str(param.metavar)
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    return _TYPE_WORDS.get(annotation, "值")  # type: ignore[arg-type]


def _is_flag(param: Any) -> bool:
    return bool(getattr(param, "is_flag", False) or getattr(param, "count", False))


def _flags(param: Any) -> list[str]:
    """-i before --issue, as help pages usually have it."""
    return sorted(
        [*param.opts, *param.secondary_opts], key=lambda flag: (flag.startswith("--"), flag)
    )


def _option_name(param: Any) -> str:
    names = ", ".join(_flags(param))
    return names if _is_flag(param) else f"{names} {_value_word(param)}"


def _argument_name(param: Any) -> str:
    return str(param.metavar or param.name)


def _example(line: str) -> tuple[str, str]:
    command, _, what = line.strip().partition("  ")
    return command, what.strip()


def _definitions(rows: list[tuple[str, str]], *, left_max: int = _LEFT_MAX) -> list[str]:
    if not rows:
        return []
    left = min(max(width(name) for name, _ in rows), left_max)
    lines = []
    for name, text in rows:
        if width(name) > left:
            lines += [f"  {name}", f"  {' ' * left}  {text}"]
        else:
            lines.append(f"  {_pad(name, left)}  {text}")
    return lines


def help_page(command: Any, ctx: Any) -> str:
    """The whole --help of a command or of the group, in Chinese."""
    params = command.get_params(ctx)
    arguments = [p for p in params if p.param_type_name == "argument"]
    options = [p for p in params if p.param_type_name == "option" and not p.hidden]
    usage = [ctx.command_path]
    if options:
        usage.append("[选项]")
    for argument in arguments:
        name = _argument_name(argument)
        usage.append(name if argument.required else f"[{name}]")
    subcommands = getattr(command, "commands", None)
    if subcommands:
        usage.append("命令 [参数]...")
    lines = [f"用法：{' '.join(usage)}", ""]
    if command.help:
        lines += [f"  {line}".rstrip() for line in command.help.strip().splitlines()]
        lines.append("")
    if arguments:
        rows = [
            (_argument_name(a), (a.help or "") + ("（必填）" if a.required else ""))
            for a in arguments
        ]
        lines += ["参数：", *_definitions(rows), ""]
    if options:
        rows = [(_option_name(o), o.help or "") for o in options]
        lines += ["选项：", *_definitions(rows), ""]
    if subcommands:
        rows = []
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                rows.append((name, (sub.help or "").strip().splitlines()[0]))
        lines += ["命令：", *_definitions(rows), ""]
    if command.epilog:  # examples: a command, two spaces or more, what it does
        rows = [_example(line) for line in command.epilog.strip().splitlines()]
        lines += ["示例：", *_definitions(rows, left_max=_EXAMPLE_MAX), ""]
    return "\n".join(lines).rstrip()


class _Chinese:
    """What zhoubao's command and group share: the Chinese help page and -h option."""

    def get_help(self, ctx: Any) -> str:
        return help_page(self, ctx)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _HELP_TEXT
        return option


class ChineseGroup(_Chinese, TyperGroup):
    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            guesses = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            guess = f"是不是 {guesses[0]}？" if guesses else ""
            ctx.fail(f"没有命令“{name}”。{guess}")
        return super().resolve_command(ctx, args)


class ChineseCommand(_Chinese, TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Extra arguments are let through the parser and refused here, in our words.
        self.context_settings.setdefault("allow_extra_args", True)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        rest = super().parse_args(ctx, args)
        if ctx.args and not ctx.resilient_parsing:
            ctx.fail(f"多余的参数：{' '.join(ctx.args)}")
        return rest


def _param_name(param: Any) -> str:
    if param is None:
        return "参数"
    if param.param_type_name == "argument":
        return _argument_name(param)
    return "/".join(_flags(param))


# What typer's value checks (pydantic's, or click's own types) say, in Chinese.
_VALUE_ERRORS = (
    (re.compile(r"valid integer|is not a valid integer"), lambda m: "应为整数"),
    (re.compile(r"valid number|is not a valid float"), lambda m: "应为数字"),
    (
        re.compile(r"valid date|does not match the format"),
        lambda m: "日期格式不对，应写成 2026-02-06",
    ),
    (
        re.compile(r"greater than or equal to (\S+?)\.?$|x>=(\S+?)\.?$"),
        lambda m: f"不能小于 {m[1] or m[2]}",
    ),
    (
        re.compile(r"less than or equal to (\S+?)\.?$|x<=(\S+?)\.?$"),
        lambda m: f"不能大于 {m[1] or m[2]}",
    ),
    (re.compile(r"greater than (\S+?)\.?$"), lambda m: f"应大于 {m[1]}"),
    (re.compile(r"is not one of|is not a valid choice"), lambda m: "不是可选的值"),
)


def _in_chinese(message: str) -> str:
    """A value error as typer phrased it, in Chinese; ours (already Chinese) pass through."""
    for pattern, said in _VALUE_ERRORS:
        if match := pattern.search(message):
            return said(match)
    return message if re.search(r"[\u4e00-\u9fff]", message) else "格式或取值不对"


def usage_message(exc: Any) -> str:
    """One Chinese sentence for one of click's usage errors, from the exception's own fields."""
    kind = type(exc).__name__
    if kind == "NoSuchOption":
        possible = sorted(exc.possibilities or [])
        if not possible and exc.ctx is not None:  # --PDF: the same option in other letters
            names = [n for p in exc.ctx.command.params for n in getattr(p, "opts", [])]
            possible = [n for n in names if n.lower() == exc.option_name.lower()]
        guess = f"是不是 {'、'.join(possible)}？" if possible else ""
        return f"没有选项 {exc.option_name}。{guess}"
    if kind == "BadOptionUsage":
        return f"选项 {exc.option_name} 需要一个值。"
    if kind == "MissingParameter":
        what = "选项" if exc.param is not None and exc.param.param_type_name == "option" else "参数"
        return f"缺少{what} {_param_name(exc.param)}。"
    if kind == "BadParameter":
        return f"{_param_name(exc.param)} 的值不对：{_in_chinese(str(exc.message))}"
    message = str(getattr(exc, "message", exc))
    if message.startswith("Missing command"):  # `zhoubao -i 3` with no command
        return "缺少命令。"
    return message  # ours already (ctx.fail above); anything else as click said it
