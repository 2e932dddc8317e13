"""zhoubao.toml: the bulletin's fixed content, validated by pydantic into a BulletinConfig."""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from zhoubao_cli.controls import first_control
from zhoubao_cli.errors import ConfigError

CONFIG_NAME = "zhoubao.toml"

Text = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CallConfig(_Strict):
    deadline_days_before: int = Field(1, ge=0, le=14)
    deadline_time: str = Field("12:00", pattern=r"^([01]?\d|2[0-3]):[0-5]\d$")
    recipients: str = "各报送单位"


class Limits(_Strict):
    max_file_mb: float = Field(10, gt=0)
    max_unpacked_mb: float = Field(50, gt=0)
    # A week's submission is a page or two; a file with more text than this is not one.
    max_file_chars: int = Field(100_000, gt=0)
    max_paragraph_chars: int = Field(300, gt=0)


class Section(_Strict):
    key: Text
    kind: Literal["lead", "items", "units"]
    heading: str = ""
    marker: str = ""
    keywords: list[Text] = []

    @property
    def label(self) -> str:
        """The section's name in messages: its heading without brackets; the lead has none."""
        return self.heading.strip("【】[] ") or ("导语" if self.kind == "lead" else self.key)


class Unit(_Strict):
    name: Text
    aliases: list[Text] = []


class Distribution(_Strict):
    label: Text
    text: Text


class EndBlock(_Strict):
    distribution: list[Distribution] = []
    staff: list[str] = []


class Fonts(_Strict):
    body: Text = "仿宋_GB2312"
    heading: Text = "黑体"
    title: Text = "方正小标宋简体"
    page_number: Text = "宋体"


class Sizes(_Strict):
    body: float = Field(16, gt=0)
    heading: float = Field(16, gt=0)
    issue_number: float = Field(16, gt=0)
    issuer_line: float = Field(16, gt=0)
    end_block: float = Field(14, gt=0)
    page_number: float = Field(14, gt=0)
    title_candidates: list[float] = Field([42, 36, 26], min_length=1)


class Page(_Strict):
    width_mm: float = Field(210, gt=0)
    height_mm: float = Field(297, gt=0)
    margin_top_mm: float = Field(37, ge=0)
    margin_bottom_mm: float = Field(35, ge=0)
    margin_left_mm: float = Field(28, ge=0)
    margin_right_mm: float = Field(26, ge=0)
    footer_distance_mm: float = Field(24.7, ge=0)
    lines_per_page: int = Field(22, gt=0)
    chars_per_line: int = Field(28, gt=0)
    line_pitch_pt: float = Field(28.95, gt=0)
    colour: str = Field("FF0000", pattern=r"^[0-9A-Fa-f]{6}$")

    @property
    def type_width_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm


class BulletinConfig(_Strict):
    title: Text
    issuer: Text
    author: str = ""
    publication_weekday: int = Field(5, ge=1, le=7)
    reference_docx: str = ""
    # Replies that mean "nothing this week", besides the built-in ones (无, 本周无动态, …).
    nil_replies: list[Text] = []
    call: CallConfig = CallConfig()
    limits: Limits = Limits()
    sections: list[Section] = Field(min_length=1)
    units: list[Unit] = []
    end_block: EndBlock = EndBlock()
    fonts: Fonts = Fonts()
    sizes: Sizes = Sizes()
    page: Page = Page()

    @field_validator("sections")
    @classmethod
    def _sections_distinct(cls, sections: list[Section]) -> list[Section]:
        if key := _first_repeat(s.key for s in sections):
            raise ValueError(f"栏目 key “{key}” 重复")
        if sum(s.kind == "units" for s in sections) > 1:
            raise ValueError('只能有一个 kind = "units" 的栏目')
        return sections

    @field_validator("units")
    @classmethod
    def _names_distinct(cls, units: list[Unit]) -> list[Unit]:
        if name := _first_repeat(u.name for u in units):
            raise ValueError(f"单位“{name}”列了两次")
        units_by_name(units)
        return units

    def unit_names(self) -> list[str]:
        return [u.name for u in self.units]

    def unit_by_name(self) -> dict[str, str]:
        """Every name a unit goes by, its own and its aliases (former names too) → its name."""
        return units_by_name(self.units)

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def section_by_key(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def units_by_name(units: Iterable[Unit]) -> dict[str, str]:
    """Each unit's name, then its aliases → the unit's name, in the config's order; a name that
    two units (or one unit twice) go by is a ValueError that says so."""
    owner: dict[str, str] = {}
    for unit in units:
        for name in (unit.name, *unit.aliases):
            if name in owner:
                if owner[name] == unit.name:
                    raise ValueError(f"单位“{unit.name}”的别名“{name}”重复")
                raise ValueError(f"名称“{name}”同时属于单位“{owner[name]}”和“{unit.name}”")
            owner[name] = unit.name
    return owner


def _first_repeat(items: Iterable[str]) -> str | None:
    seen: set[str] = set()
    for item in items:
        if item in seen:
            return item
        seen.add(item)
    return None


def default_config_text() -> str:
    return resources.files("zhoubao_cli").joinpath("default_config.toml").read_text("utf-8")


def parse_config(text: str, source: str = CONFIG_NAME) -> BulletinConfig:
    """Parse and validate config text; every mistake becomes a ConfigError naming key and line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{source} 不是合法的 TOML：{_toml_reason(exc)}",
            hint="检查该行的引号、括号和等号。",
        ) from None
    unsafe = list(_unsafe_values(data, ()))
    if unsafe:
        lines = []
        for loc, reason in unsafe:
            line = locate_key(text, loc)
            lines.append(f"  - {f'第 {line} 行 ' if line else ''}{_dotted(loc)}：{reason}")
        raise ConfigError(
            f"{source} 有 {len(unsafe)} 处错误：\n" + "\n".join(lines),
            hint="改正后重新运行；可对照 docs/configuration.md 的配置说明。",
        )
    try:
        return BulletinConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(
            f"{source} 有 {exc.error_count()} 处错误：\n" + _describe_errors(exc, text),
            hint="改正后重新运行；可对照 docs/configuration.md 的配置说明。",
        ) from None


_LARGEST = 1e6  # no size, length or count of a bulletin comes near it; 1e308 would overflow


def _unsafe_values(
    value: Any, loc: tuple[int | str, ...]
) -> Iterator[tuple[tuple[int | str, ...], str]]:
    """Values no field of the config may take, whatever its type: inf, nan, a number too large
    to lay out, a control character (an ESC in a title would reach the console and the file
    names)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _unsafe_values(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _unsafe_values(item, (*loc, index))
    elif isinstance(value, float) and not math.isfinite(value):
        yield loc, "应为有限的数（不能是 inf 或 nan）"
    elif isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > _LARGEST:
        yield loc, "数值太大"
    elif isinstance(value, str) and (code := first_control(value)):
        yield loc, f"含有控制字符 {code}（看不见的字符，多半是复制粘贴带进来的），请删去"


def load_config(path: Path) -> BulletinConfig:
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{path} 不是 UTF-8 编码，请用 UTF-8 保存。") from None
    except OSError as exc:
        from zhoubao_cli.fileio import os_error_text

        raise ConfigError(f"无法读取 {path}：{os_error_text(exc)}") from None
    return parse_config(text, str(path))


def _toml_reason(exc: tomllib.TOMLDecodeError) -> str:
    match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    if match:
        return f"第 {match.group(1)} 行第 {match.group(2)} 列有语法错误"
    return "有语法错误"


_PYDANTIC_MESSAGES = {
    "extra_forbidden": "未知的键（拼写错误？）",
    "missing": "缺少必填项",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "float_parsing": "应为数字",
    "float_type": "应为数字",
    "string_type": "应为字符串（用引号括起来）",
    "list_type": "应为列表（用方括号）",
    "string_too_short": "不能为空",
    "too_short": "不能为空",
    "literal_error": "取值不在允许范围内",
    "string_pattern_mismatch": "格式不对",
    "greater_than": "应大于 0",
    "greater_than_equal": "取值太小",
    "less_than_equal": "取值太大",
    "bool_type": "应为 true 或 false",
    "date_parsing": "日期格式不对（应写成 2026-02-06）",
    "date_from_datetime_parsing": "日期格式不对（应写成 2026-02-06）",
    "date_type": "日期格式不对（应写成 2026-02-06）",
    "model_type": "应为 { } 括起来的一组内容",
    "dict_type": "应为 { } 括起来的一组内容",
}


def field_errors(exc: ValidationError) -> list[str]:
    """Each error of a validated file as 位置：原因, in Chinese, for any of our files."""
    return [
        f"{_dotted(tuple(err['loc'])) or '（整个文件）'}：{_reason(err)}" for err in exc.errors()
    ]


def _reason(err: Any) -> str:
    """One validation error's reason in Chinese (pydantic's English never reaches the user)."""
    if err["type"] == "value_error":  # ours: already Chinese
        return str(err.get("ctx", {}).get("error", err["msg"]))
    reason = _PYDANTIC_MESSAGES.get(err["type"], "内容不对")
    if err["type"] == "literal_error":
        reason += f"：{err.get('ctx', {}).get('expected', '')}"
    return reason


def _describe_errors(exc: ValidationError, text: str) -> str:
    lines = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        reason = _reason(err)
        line = (
            _line_of_value(text, reason) if err["type"] == "value_error" else locate_key(text, loc)
        )
        where = f"第 {line} 行 " if line else ""
        lines.append(f"  - {where}{_dotted(loc) or '（整个文件）'}：{reason}")
    return "\n".join(lines)


def _dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")


def locate_key(text: str, loc: tuple[int | str, ...]) -> int | None:
    """Best-effort line number (1-based) of a key path like ('units', 2, 'name') in TOML text."""
    table: tuple[int | str, ...] = ()
    counts: dict[str, int] = {}
    best: int | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0]
        header = _HEADER.match(line)
        if header:
            name = header.group(2)
            if header.group(1) == "[[":
                counts[name] = counts.get(name, -1) + 1
                table = (name, counts[name])
            else:
                table = tuple(name.split("."))
            if loc[: len(table)] == table:
                best = number
            continue
        key = _KEY.match(line)
        if key and (*table, key.group(1)) == loc[: len(table) + 1]:
            return number
    return best


def _line_of_value(text: str, reason: str) -> int | None:
    """For cross-field errors, the line of the last quoted name the message mentions."""
    names = re.findall(r"“([^”]+)”", reason)
    for name in names[:1]:
        hits = [i for i, raw in enumerate(text.splitlines(), 1) if f'"{name}"' in raw]
        if hits:
            return hits[-1]
    return None
