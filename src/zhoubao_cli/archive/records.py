"""What the archive keeps beside an issue's bulletin, and how it reads the issues back.

An issue folder holds issue.json and bulletin.json whether collect or import made it. Import adds
import.json (which file, when, and what it dropped or changed); for an issue zhoubao collected, the
issue as actually printed (after hand edits in Word) goes to printed.json beside bulletin.json.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from zhoubao_cli.errors import UsageError
from zhoubao_cli.fileio import keep_backup
from zhoubao_cli.model import Bulletin, CollectReport, FileReport

if TYPE_CHECKING:
    from zhoubao_cli.config import BulletinConfig
    from zhoubao_cli.workspace import Issue, Workspace

PRINTED_FILE = "printed.json"
FIRST_YEAR, LAST_YEAR = 1900, 9999


def year_range(year: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of a year the archive can hold, or a usage error in words."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UsageError(f"年份“{year}”不对。", hint="请写四位数的年份，如 2026。")
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


IMPORT_FILE = "import.json"


class ImportedFile(FileReport):
    """What import found in a published file: no submissions, so no units' findings, only what
    it could not take (messages) and what it mended (notes), said to the editor."""

    messages: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class ImportRecord(BaseModel):
    """Where an imported issue (or the printed text of a collected one) came from."""

    # "issue": the issue was imported whole; "printed": the printed text of a collected issue.
    role: Literal["issue", "printed"]
    file: str
    sha256: str
    imported_at: datetime.datetime
    report: ImportedFile


@dataclass(frozen=True)
class ArchivedIssue:
    """One issue as the archive sees it: what was printed and, when known, what was sent."""

    issue: Issue
    printed: Bulletin
    report: CollectReport | None
    imported: bool  # the whole issue came from a published file: nothing is known of submissions


def printed_file(issue: Issue) -> Path:
    return issue.folder / PRINTED_FILE


def import_file(issue: Issue) -> Path:
    return issue.folder / IMPORT_FILE


def load_printed(issue: Issue) -> Bulletin | None:
    """The issue as printed: printed.json if recorded, else the bulletin; None before collect."""
    for path in (printed_file(issue), issue.bulletin_file):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue
        except OSError:
            raise _broken(path) from None
        try:
            return Bulletin.model_validate_json(data)
        except ValueError:
            raise _broken(path) from None
    return None


def load_import_record(issue: Issue) -> ImportRecord | None:
    path = import_file(issue)
    try:
        return ImportRecord.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise _broken(path) from None


def was_imported(issue: Issue) -> bool:
    record = import_file(issue)
    if not record.is_file():
        return False
    loaded = load_import_record(issue)
    return loaded is not None and loaded.role == "issue"


def archived(
    workspace: Workspace,
    *,
    first: datetime.date | None = None,
    last: datetime.date | None = None,
    with_reports: bool = True,
) -> Iterator[ArchivedIssue]:
    """The issues published between first and last (inclusive) that have content, by number."""
    for issue in workspace.issues():
        if (first is not None and issue.date < first) or (last is not None and issue.date > last):
            continue
        printed = load_printed(issue)
        if printed is None:
            continue  # opened with new, not collected yet: nothing was printed
        report = None
        if with_reports:
            try:
                report = CollectReport.model_validate_json(issue.report_file.read_bytes())
            except FileNotFoundError:
                report = None
            except (OSError, ValueError):
                raise _broken(issue.report_file) from None
        yield ArchivedIssue(issue, printed, report, was_imported(issue))


def _broken(path: Path) -> UsageError:
    return UsageError(
        f"{path} 已损坏，无法读取。",
        hint="从备份（.bak）恢复它，或重新运行 zhoubao collect / zhoubao import。",
    )


class UnitNames:
    """Folds every name a unit had (its aliases, and former names kept as aliases) to its name."""

    def __init__(self, config: BulletinConfig) -> None:
        self.canonical = config.unit_names()
        self._names = config.unit_by_name()

    def fold(self, name: str) -> str:
        """The configured unit a name belongs to; a name the config no longer knows stays itself."""
        return self._names.get(name, self._names.get(name.strip(), name.strip()))

    def known(self, name: str) -> bool:
        return name.strip() in self._names

    def order(self, names: set[str] | list[str], seen: list[str]) -> list[str]:
        """Configured units in their order, then the others in the order they were first seen."""
        present = set(names)
        known = [u for u in self.canonical if u in present]
        return known + [u for u in dict.fromkeys(seen) if u in present and u not in known]


def back_up(path: Path) -> Path | None:
    """Copy path to its next numbered backup (fileio's .bak, .1.bak, …); None when there is none."""
    if not path.exists():
        return None
    return keep_backup(path)
