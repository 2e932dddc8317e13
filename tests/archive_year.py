"""A generated year of issues with known counts, for the archive's tests."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from zhoubao_cli.config import default_config_text, parse_config
from zhoubao_cli.model import (
    Bulletin,
    BulletinSection,
    CollectReport,
    FileReport,
    Status,
    UnitEntry,
)

CONFIG = parse_config(default_config_text())
UNITS = CONFIG.unit_names()
OLD_NAME = "济南新旧动能转换起步区"  # what 起步区 was called; kept in its aliases
GONE = "先行区"  # a unit the config no longer lists
DATES = [
    datetime.date(2026, 1, 9),
    datetime.date(2026, 1, 16),
    datetime.date(2026, 1, 23),
    datetime.date(2026, 1, 30),
    datetime.date(2026, 2, 6),
    datetime.date(2026, 4, 3),
]
ITEM = "1月{day}日，{unit}召开科技成果转化座谈会。"


def _bulletin(number: int, when: datetime.date, units: dict[str, int]) -> Bulletin:
    entries = [
        UnitEntry(
            unit=unit,
            items=[ITEM.format(day=when.day, unit=unit) for _ in range(count)],
            source=f"{unit}.docx",
        )
        for unit, count in units.items()
    ]
    return Bulletin(
        number=number,
        date=when,
        period_start=when - datetime.timedelta(days=6),
        period_end=when,
        sections=[
            BulletinSection(key="lead", kind="lead", paragraphs=["本周各区县工作有序推进。"]),
            BulletinSection(key="units", kind="units", heading="【区县工作动态】", units=entries),
        ],
    )


def _file(unit: str, items: int, received: datetime.datetime, **kw: object) -> FileReport:
    return FileReport(
        file=f"{unit}.docx",
        unit=unit,
        units=[unit] if items else [],
        items=items,
        received=received,
        **kw,  # type: ignore[arg-type]
    )


def _save(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, "utf-8")


def make_year(root: Path) -> None:
    """Six issues; the counts of every unit are written out in the tests below.

    历下区 sends 2 items every week (the printed issue 3 cut one); 市中区 replies 无 in issue 1,
    sends a broken file in 2, a late one in 3 and nothing after; 起步区 sends 1 item a week, under
    its former name in issues 1-2; 先行区, no longer configured, sent 1 item in issue 1. In
    issue 4 one file speaks for 历城区 (1 item), 长清区 (无) and 天桥区 (refused). The other
    units send nothing. Issue 6 (April) was imported from its published text.
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / "zhoubao.toml").write_text(default_config_text(), "utf-8")
    for number, when in enumerate(DATES, start=1):
        folder = root / "issues" / f"第{number}期"
        start = when - datetime.timedelta(days=6)
        issue = {
            "number": number,
            "date": str(when),
            "period_start": str(start),
            "period_end": str(when),
        }
        _save(folder, "issue.json", json.dumps(issue))
        on_time = datetime.datetime.combine(when - datetime.timedelta(days=2), datetime.time(9))
        qibu = OLD_NAME if number <= 2 else "起步区"
        printed = {"历下区": 2, qibu: 1}
        files = [_file("历下区", 2, on_time), _file(qibu, 1, on_time)]
        if number == 1:
            printed[GONE] = 1
            files += [
                _file(GONE, 1, on_time),
                _file("市中区", 0, on_time, nil=True),
            ]
        elif number == 2:
            files.append(
                _file("市中区", 0, on_time, status=Status.ERROR, messages=["日期晚于出刊日期"])
            )
        elif number == 3:
            late = datetime.datetime.combine(when - datetime.timedelta(days=1), datetime.time(15))
            files.append(_file("市中区", 1, late))
            printed["市中区"] = 1
        files.append(FileReport(file="Thumbs.db", status=Status.IGNORED))
        if number == 4:  # a file whose sender nobody could tell
            files.append(FileReport(file="新建文本文档.txt", status=Status.ERROR))
            # A file for three units: 历城区's item used, 长清区 replied 无, 天桥区's part refused.
            printed["历城区"] = 1
            files.append(
                FileReport(
                    file="区县汇总.docx",
                    units=["历城区", "长清区"],
                    nil_units=["长清区"],
                    refused_units=["天桥区"],
                    items=1,
                    status=Status.WARNING,
                    received=on_time,
                )
            )
        bulletin = _bulletin(number, when, printed)
        if number == 6:  # imported: one file for every unit, as import records it
            files = [FileReport(file="第6期.txt", units=list(printed), items=3)]
            _save(folder, "import.json", json.dumps(_import_record()))
        report = CollectReport(
            issue=number,
            source_dir="inbox",
            collected_at=datetime.datetime.combine(when, datetime.time(8)),
            files=files,
            missing=[u for u in UNITS if u not in printed and u != "起步区"],
        )
        _save(folder, "bulletin.json", bulletin.model_dump_json())
        _save(folder, "report.json", report.model_dump_json())
        if number == 3:
            cut = _bulletin(number, when, {**printed, "历下区": 1})
            _save(folder, "printed.json", cut.model_dump_json())


def _import_record() -> dict:  # type: ignore[type-arg]
    return {
        "role": "issue",
        "file": "/published/第6期.txt",
        "sha256": "0" * 64,
        "imported_at": "2026-04-03T10:00:00",
        "report": {"file": "第6期.txt"},
    }
