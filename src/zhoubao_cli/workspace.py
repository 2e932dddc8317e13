"""The workspace: a folder with zhoubao.toml and one folder per issue, found as git finds a repo."""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from zhoubao_cli.config import CONFIG_NAME, load_config
from zhoubao_cli.errors import UsageError
from zhoubao_cli.fileio import os_error_text, write_text_atomic

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.model import Bulletin, CollectReport

T = TypeVar("T")

ISSUES_DIR = "issues"
ISSUE_FILE = "issue.json"
REPLACED_SOURCES = "sources-replaced"  # earlier copies of files in sources/, kept
_ISSUE_DIR_NAME = re.compile(r"^第(\d+)期$")


def _issue_number_of(name: str) -> int | None:
    """第19期 → 19. Under LANG=C without Python's UTF-8 mode a folder's name comes back as
    escaped bytes (\udce7…): read it from its bytes, which are UTF-8 whatever the locale."""
    match = _ISSUE_DIR_NAME.match(os.fsencode(name).decode("utf-8", "replace"))
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class Issue:
    """One issue of the bulletin and the files that belong to it."""

    number: int
    date: datetime.date
    period_start: datetime.date
    period_end: datetime.date
    folder: Path

    @property
    def inbox(self) -> Path:
        return self.folder / "inbox"

    @property
    def sources(self) -> Path:
        return self.folder / "sources"

    @property
    def bulletin_file(self) -> Path:
        return self.folder / "bulletin.json"

    @property
    def report_file(self) -> Path:
        return self.folder / "report.json"

    def load_report(self) -> CollectReport:
        """What the last collect found (status and render read it)."""
        from zhoubao_cli.model import CollectReport

        return self._collected(
            self.report_file, CollectReport.model_validate, "重新运行 zhoubao collect。"
        )

    def load_bulletin(self, data: bytes | None = None) -> Bulletin:
        """The content the last collect saved, which every renderer prints (from data, the
        file's bytes, when the caller has read them already)."""
        from zhoubao_cli.model import Bulletin

        return self._collected(
            self.bulletin_file,
            Bulletin.model_validate,
            "按上面说的位置改正后再运行；不要这些改动，就运行 zhoubao collect --force 按材料重新汇编"
            "（改坏的 bulletin.json 会备份为 .bak）。",
            data,
        )

    def bulletin_to_print(
        self, config: BulletinConfig, report: CollectReport | None = None
    ) -> Bulletin:
        """The bulletin as render prints it and status shows it: each unit's name one the config
        (or the record of the last collect or import) knows. A hand edit's 历夏区 would print."""
        from zhoubao_cli.units import Recogniser

        bulletin = self.load_bulletin()
        known = set(config.unit_names())
        if report is None and self.report_file.is_file():
            report = self.load_report()
        if report is not None:
            known |= {u.unit for u in report.units}
        for section in bulletin.sections:
            for place, entry in enumerate(section.units, start=1):
                if entry.unit in known:
                    continue
                guesses = Recogniser(config).suggest(entry.unit)
                meant = (
                    "，是不是" + "或".join(f"“{g}”" for g in guesses) + "？" if guesses else "。"
                )
                where = f"栏目“{section.heading or section.key}”第{place}个单位“{entry.unit}”"
                raise UsageError(
                    f"{self.bulletin_file} 里{where}（“{entry.items[0][:10]}…”）"
                    f"不是配置里的单位{meant}",
                    hint=f"在 bulletin.json 里把“{entry.unit}”改为配置里的单位名称"
                    f"{'（如“' + guesses[0] + '”）' if guesses else ''}后再运行；"
                    "不要这些改动，就运行 zhoubao collect --force 按材料重新汇编。",
                )
        return bulletin

    def _collected(
        self, path: Path, parse: Callable[[Any], T], hint: str, raw: bytes | None = None
    ) -> T:
        """A JSON file zhoubao wrote, which a person may have edited: where it is broken."""
        from pydantic import ValidationError

        from zhoubao_cli.config import field_errors

        if raw is None and not path.is_file():
            raise UsageError(f"第{self.number}期还没有汇编过。", hint="先运行 zhoubao collect。")
        try:
            data = json.loads((path.read_bytes() if raw is None else raw).decode("utf-8"))
            return parse(data)
        except OSError as exc:
            raise UsageError(f"无法读取 {path}：{os_error_text(exc)}", hint=hint) from None
        except UnicodeDecodeError:
            raise UsageError(f"{path} 不是 UTF-8 编码，已损坏。", hint=hint) from None
        except json.JSONDecodeError as exc:
            raise UsageError(
                f"{path} 已损坏：第 {exc.lineno} 行第 {exc.colno} 列不是正确的 JSON"
                "（多半是手工修改时漏了或多了逗号、引号、括号）。",
                hint=hint,
            ) from None
        except ValidationError as exc:
            errors = [
                f"{error}{_whose(data, tuple(e['loc']))}"
                for error, e in zip(field_errors(exc), exc.errors(), strict=True)
            ]
            more = f"等 {len(errors)} 处" if len(errors) > 3 else ""
            raise UsageError(
                f"{path} 的内容不对：{'；'.join(errors[:3])}{more}。", hint=hint
            ) from None

    def to_json(self) -> str:
        data = {
            "number": self.number,
            "date": self.date.isoformat(),
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def read(cls, folder: Path) -> Issue:
        path = folder / ISSUE_FILE
        try:
            data: dict[str, Any] = json.loads(path.read_text("utf-8"))
            return cls(
                number=int(data["number"]),
                date=datetime.date.fromisoformat(data["date"]),
                period_start=datetime.date.fromisoformat(data["period_start"]),
                period_end=datetime.date.fromisoformat(data["period_end"]),
                folder=folder,
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BrokenIssueError(path, exc) from None


def _whose(data: Any, loc: tuple[int | str, ...]) -> str:
    """（单位“东城区”）for an error inside a unit's entry of bulletin.json: the unit by name."""
    try:
        if loc[:1] == ("sections",) and loc[2:3] == ("units",):
            return f"（单位“{data['sections'][loc[1]]['units'][loc[3]]['unit']}”）"
    except (KeyError, IndexError, TypeError):
        pass
    return ""


def _what_broke(cause: Exception) -> str:
    """Why issue.json cannot be used, in words (never a Python class name)."""
    if isinstance(cause, json.JSONDecodeError):
        return f"第 {cause.lineno} 行第 {cause.colno} 列不是正确的 JSON"
    if isinstance(cause, UnicodeDecodeError):
        return "不是 UTF-8 编码"
    if isinstance(cause, OSError):
        return f"读不出：{os_error_text(cause)}"
    if isinstance(cause, KeyError):
        return f"缺少“{cause.args[0]}”一项"
    if isinstance(cause, ValueError):
        return "期号或日期写得不对（日期应写成 2026-02-06）"
    return "内容不对"


# The user guide's section (docs/guide.md) the message sends the editor to; a test checks that it exists.
BROKEN_ISSUE_SECTION = "issue.json 损坏时"


class BrokenIssueError(UsageError):
    """One issue's issue.json cannot be read; the other issues are not affected."""

    def __init__(self, path: Path, cause: Exception) -> None:
        super().__init__(
            f"{path} 已损坏（{_what_broke(cause)}），{path.parent.name}无法使用；其他各期不受影响。",
            hint=f"按 docs/guide.md 中“{BROKEN_ISSUE_SECTION}”一节修正这个文件，或用 --issue 指定其他期。",
        )
        self.path = path


def issue_folder_name(number: int) -> str:
    return f"第{number}期"


@dataclass
class Workspace:
    root: Path
    _issues: tuple[list[Issue], dict[int, BrokenIssueError]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_NAME

    @cached_property
    def config(self) -> BulletinConfig:
        return load_config(self.config_file)

    def writing(self, what: str) -> AbstractContextManager[None]:
        """Be the only zhoubao writing in this workspace while inside (lock.hold); what names
        the work for another zhoubao that waits: “第19期”."""
        from zhoubao_cli.lock import hold

        return hold(self.root, what)

    def reading(self) -> AbstractContextManager[None]:
        """See no commit halfway while reading files that go together (transaction.settled)."""
        from zhoubao_cli.transaction import settled

        return settled(self.root)

    @property
    def reference_docx(self) -> Path | None:
        """The office's own .docx template named in the config, if any."""
        name = self.config.reference_docx
        return (self.root / name) if name else None

    @property
    def issues_dir(self) -> Path:
        return self.root / ISSUES_DIR

    def issue_folders(self) -> dict[int, Path]:
        """Every issue folder that has an issue.json, by number (as its folder name says)."""
        if not self.issues_dir.is_dir():
            return {}
        found = {}
        for folder in self.issues_dir.iterdir():
            number = _issue_number_of(folder.name)
            if number is not None and (folder / ISSUE_FILE).is_file():
                found[number] = folder
        return dict(sorted(found.items()))

    def read_issues(self) -> tuple[list[Issue], dict[int, BrokenIssueError]]:
        """The issues that can be read, by number, and the broken ones: one bad issue.json spoils
        its own issue only. Read once a command (write_issue reads them afresh)."""
        if self._issues is None:
            self._issues = self._read_issues()
        return list(self._issues[0]), dict(self._issues[1])

    def _read_issues(self) -> tuple[list[Issue], dict[int, BrokenIssueError]]:
        good, broken = [], {}
        for number, folder in self.issue_folders().items():
            try:
                good.append(Issue.read(folder))
            except BrokenIssueError as exc:
                broken[number] = exc
        return sorted(good, key=lambda issue: issue.number), broken

    def issues(self) -> list[Issue]:
        """All issues that can be read, by number."""
        return self.read_issues()[0]

    def issue(self, number: int | None = None, *, here: Path | None = None) -> Issue:
        """The issue asked for; else the one whose folder we are in; else the highest number."""
        issues, broken = self.read_issues()
        if number is None:
            number = self.issue_at(here or Path.cwd())
        if number is None:
            numbers = sorted([*(i.number for i in issues), *broken])
            if not numbers:
                raise UsageError("工作区里还没有任何一期。", hint="先运行 zhoubao new 期号。")
            number = numbers[-1]
        if number in broken:
            raise broken[number]
        for issue in issues:
            if issue.number == number:
                return issue
        have = "、".join(str(n) for n in sorted([*(i.number for i in issues), *broken]))
        raise UsageError(
            f"没有第{number}期（已有：{have or '无'}）。", hint="用 --issue 指定已有的期号。"
        )

    def issue_at(self, here: Path) -> int | None:
        """The number of the issue folder here is in (issues/第19期 or any folder below it)."""
        try:
            inside = here.resolve().relative_to(self.issues_dir.resolve())
        except ValueError:
            return None
        return _issue_number_of(inside.parts[0]) if inside.parts else None

    def write_issue(self, issue: Issue) -> None:
        issue.inbox.mkdir(parents=True, exist_ok=True)
        write_text_atomic(issue.folder / ISSUE_FILE, issue.to_json())
        self._issues = None


def find_workspace(start: Path | None = None) -> Workspace | None:
    """The nearest folder at or above start that holds zhoubao.toml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return Workspace(folder)
    return None


def workspace_or_default(start: Path) -> tuple[Workspace, bool]:
    """The workspace at or above start, or a new one at start with the default config, not yet
    written (see write_default_config): whether it is new."""
    workspace = find_workspace(start)
    if workspace is not None:
        return workspace, False
    from zhoubao_cli.config import default_config_text, parse_config

    workspace = Workspace(start)
    workspace.config = parse_config(default_config_text())
    return workspace, True


def write_default_config(workspace: Workspace) -> None:
    from zhoubao_cli.config import default_config_text

    write_text_atomic(workspace.config_file, default_config_text())


def require_workspace(start: Path | None = None) -> Workspace:
    """The workspace, with its config already validated (a broken one stops every command)."""
    workspace = find_workspace(start)
    if workspace is None:
        raise UsageError(
            f"当前文件夹及其上级都没有 {CONFIG_NAME}，这里不是 zhoubao 工作区。",
            hint="先运行 zhoubao new 期号 建立工作区，或进入工作区文件夹后再运行。",
        )
    workspace.config  # noqa: B018
    return workspace
