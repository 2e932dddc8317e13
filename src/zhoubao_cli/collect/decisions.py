"""The editor's decisions on sentences in doubt: keep it, or drop it. Decided once, kept with the
issue (decisions.json), and applied again by every collect while the sentence is the same.

A decision is kept by the sentence's id: its unit (or section) and its words. A unit that sends
the sentence again unchanged keeps the decision; a changed sentence is a new doubt.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from zhoubao_cli.errors import UsageError
from zhoubao_cli.model import Bulletin, CollectReport, Doubt, Fate
from zhoubao_cli.transaction import Transaction, WrittenFiles
from zhoubao_cli.workspace import Issue

DECISIONS_FILE = "decisions.json"
Choice = Literal["keep", "drop"]
WORDS = {"keep": "留下", "drop": "删去"}
DROPPED = "编辑决定删去的存疑句"


class Decision(BaseModel):
    id: str
    unit: str | None = None
    text: str
    decision: Choice
    decided_at: datetime


def doubt_id(place: str | None, text: str) -> str:
    """Stable while the sentence and its unit are the same."""
    return hashlib.sha256(f"{place}\n{text}".encode()).hexdigest()[:12]


def load(issue: Issue) -> dict[str, Decision]:
    path = issue.folder / DECISIONS_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
        return {d["id"]: Decision.model_validate(d) for d in data}
    except (ValueError, KeyError, TypeError) as broken:
        raise UsageError(
            f"{path} 已损坏，读不出对存疑句的决定（{type(broken).__name__}）。",
            hint="把它改回去，或删掉它后重新决定。",
        ) from None


def without_sentence(item: str, sentence: str) -> str:
    """The item with one sentence taken out; a 。 ends what is left ("" when nothing is)."""
    at = item.find(sentence)
    if at < 0:
        return item
    rest = (item[:at] + item[at + len(sentence) :]).strip()
    # A clause taken out of a sentence leaves its comma: …12.5%，。 → …12.5%。
    rest = re.sub(r"[，,；;、]+(?=[。！？!?]|$)", "", rest)
    rest = re.sub(r"([，,；;])[，,；;]+", r"\1", rest).lstrip("，,；; ")
    if rest and rest[-1] not in "。！？!?”）)":
        rest += "。"
    return rest


def select(report: CollectReport, words: list[str], unit_names: dict[str, str]) -> list[Doubt]:
    """The doubts the editor names: 单位 条号, 单位 and some of the sentence's words, or words.

    unit_names maps every name and alias to the unit's name."""
    if not words:
        raise UsageError("请说出是哪一句。", hint="如 zhoubao keep 某某区 2，或写出句中几个字。")
    doubts = report.doubts
    rest = list(words)
    unit = unit_names.get(rest[0])
    if unit is not None:
        doubts = [d for d in doubts if d.unit == unit]
        rest = rest[1:]
    if rest and rest[0].isdigit():
        item = int(rest[0])
        doubts = [d for d in doubts if d.item == item]
        rest = rest[1:]
    if rest:
        doubts = [d for d in doubts if all(w in d.text for w in rest)]
    if not doubts:
        raise UsageError(
            f"没有找到“{' '.join(words)}”说的存疑句。",
            hint="zhoubao status 的“请看一眼”列出了每一句的单位和条号。",
        )
    return doubts


def decide(
    issue: Issue, report: CollectReport, chosen: list[Doubt], choice: Choice, *, every: bool
) -> list[Doubt]:
    """Record the decision on the chosen doubts and apply it to the saved bulletin and record.
    Several doubts named at once are decided only with every=True: the editor sees them first."""
    if len(chosen) > 1 and not every:
        listed = "；".join(f"{d.unit or d.section}第{d.item}条：{d.text}" for d in chosen)
        raise UsageError(
            f"有 {len(chosen)} 句符合：{listed}。",
            hint="请再写几个字，或加 --all 一起决定。",
        )
    decisions = load(issue)
    now = datetime.now().replace(microsecond=0)
    for doubt in chosen:
        decisions[doubt.id] = Decision(
            id=doubt.id, unit=doubt.unit, text=doubt.text, decision=choice, decided_at=now
        )
        doubt.decision = choice
    # The decisions, the bulletin without a dropped sentence, and the record land together.
    transaction = Transaction(issue.folder)
    written = WrittenFiles(issue.folder)
    if choice == "drop":
        bulletin = issue.load_bulletin()
        for doubt in chosen:
            _drop_from(bulletin, doubt)
        data = (bulletin.model_dump_json(indent=2) + "\n").encode("utf-8")
        written.stage(transaction, issue.bulletin_file, data)
        written.save_into(transaction)
    _told(report, chosen, choice)
    for unit in report.units:
        unit.doubts = sum(d.unit == unit.unit and d.decision is None for d in report.doubts)
    stored = [d.model_dump(mode="json") for d in decisions.values()]
    transaction.put(
        issue.folder / DECISIONS_FILE,
        (json.dumps(stored, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
    )
    transaction.put(issue.report_file, (report.model_dump_json(indent=2) + "\n").encode("utf-8"))
    transaction.commit()
    return chosen


def _told(report: CollectReport, chosen: list[Doubt], choice: Choice) -> None:
    """The lines of the decided sentences, told anew: printed (kept), or printed without the
    sentence (dropped), or dropped when the sentence was all of the line."""
    for file in report.files:
        for line in file.lines:
            said = [d for d in chosen if d.file == file.file and _in_line(d, line.text)]
            if not said or line.fate not in (Fate.DOUBTFUL, Fate.PRINTED, Fate.CHANGED):
                continue
            if choice == "keep":
                line.fate = Fate.CHANGED if line.printed else Fate.PRINTED
                continue
            rest = line.text
            for doubt in said:
                rest = without_sentence(rest, doubt.text)
            if rest:
                line.fate, line.reason = (
                    Fate.CHANGED,
                    f"{DROPPED}：{'；'.join(d.text for d in said)}",
                )
            else:
                line.fate, line.reason = Fate.DROPPED, DROPPED


def _in_line(doubt: Doubt, text: str) -> bool:
    core = doubt.text.rstrip("。；！？!?")
    return bool(core) and core in text


def _drop_from(bulletin: Bulletin, doubt: Doubt) -> None:
    for section in bulletin.sections:
        for entry in section.units:
            if entry.unit == doubt.unit:
                entry.items = [without_sentence(i, doubt.text) for i in entry.items]
                entry.items = [i for i in entry.items if i]
        if doubt.unit is None and section.key == doubt.section:
            section.paragraphs = [without_sentence(p, doubt.text) for p in section.paragraphs]
            section.paragraphs = [p for p in section.paragraphs if p]
        section.units = [e for e in section.units if e.items]
