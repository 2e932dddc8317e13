"""The bulletin in reading order, as typed lines; every renderer is a back end over this list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.dates import cn_date
from zhoubao_cli.model import Bulletin

Role = Literal[
    "title", "number", "issuer_date", "lead", "heading", "item", "unit", "distribution", "staff"
]


@dataclass(frozen=True)
class Line:
    role: Role
    text: str
    # A bold unit label (【东城区】), a distribution label (报), or the masthead date.
    label: str = ""


def layout(bulletin: Bulletin, config: BulletinConfig) -> list[Line]:
    lines = [
        Line("title", config.title),
        Line("number", f"第{bulletin.number}期"),
        Line("issuer_date", config.issuer, label=cn_date(bulletin.date)),
    ]
    for section in bulletin.sections:
        if section.empty:
            continue
        if section.heading:
            lines.append(Line("heading", section.heading))
        if section.kind == "units":
            lines += [
                Line("unit", entry.paragraph, label=f"【{entry.unit}】") for entry in section.units
            ]
        elif section.kind == "items":
            lines += [Line("item", section.marker + p) for p in section.paragraphs]
        else:
            lines += [Line("lead", p) for p in section.paragraphs]
    end = config.end_block
    lines += [Line("distribution", d.text, label=d.label) for d in end.distribution]
    lines += [Line("staff", s) for s in end.staff if s.strip()]
    return lines
