"""The record of one collect, made once: where each accepted item goes in the bulletin, each
unit's outcome, the findings, and every line read beside its fate.

Every view (the terminal report, status, the reminder, render's notes, stats, the page) reads
this record; none of them works a unit, an item or a reason out of a message's words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from zhoubao_cli.collect.decisions import Decision, doubt_id, without_sentence
from zhoubao_cli.collect.submission import Accepted, FileResult
from zhoubao_cli.config import BulletinConfig
from zhoubao_cli.content import Drop
from zhoubao_cli.model import (
    Doubt,
    Fate,
    Finding,
    Outcome,
    Severity,
    SourceLine,
    Status,
    UnitRecord,
)
from zhoubao_cli.rules import nil_reply
from zhoubao_cli.rules.doubts import Sign, judge, sentences
from zhoubao_cli.textrules import lazy_re


@dataclass(frozen=True)
class Placed:
    """One accepted item and its place: the unit (or section) and its number there, from 1."""

    result: FileResult
    block: Accepted
    index: int  # in block.paragraphs
    key: str  # the unit's name, or the section's key
    unit: str | None
    item: int

    @property
    def text(self) -> str:
        return self.block.paragraphs[self.index]


def place(results: list[FileResult]) -> list[Placed]:
    """Every item the bulletin prints, in the order it is assembled: files in order, their
    blocks in order; a unit's (or a section's) items numbered across its blocks."""
    numbers: dict[str, int] = defaultdict(int)
    placed = []
    for result in results:
        for block in result.blocks:
            key = block.target.unit or block.target.section
            for index in range(len(block.paragraphs)):
                numbers[key] += 1
                placed.append(Placed(result, block, index, key, block.target.unit, numbers[key]))
    return placed


def find_doubts(
    placed: list[Placed], units: Collection[str], decisions: dict[str, Decision]
) -> list[Doubt]:
    """Every printed sentence that has no sure sign of news, with why; the editor's decision on
    it when one was made before."""
    found = []
    for p in placed:
        for sentence in sentences(p.text):
            found_signs = judge(sentence, units)
            if not found_signs:
                continue
            for text, signs in _narrowed(sentence.strip(), found_signs, units):
                key = doubt_id(p.key, text)
                decided = decisions.get(key)
                found.append(
                    Doubt(
                        id=key,
                        file=p.result.found.name,
                        unit=p.unit,
                        section=None if p.unit else p.key,
                        item=p.item,
                        text=text,
                        why=[s.why for s in signs],
                        decision=decided.decision if decided else None,
                    )
                )
    return found


_CLAUSE = lazy_re(r"[^，,；;]+[，,；;]?")
# A figure news gives: a date or an amount (2月3日, 12家, 3项, 500万元, 12.5%), not 第19期.
_NEWS_FIGURE = lazy_re(
    r"\d+(?:\.\d+)?\s*(?:月|日|号|家|项|个|名|人|次|场|笔|万|亿|元|%|％|平方米|亩|台|套|件|所|批|余)"
)
_PAIRED = '（(【[《“"「'


def _narrowed(
    sentence: str, signs: list[Sign], units: Collection[str]
) -> list[tuple[str, list[Sign]]]:
    """The doubt as narrow as it can be said: in a sentence of news with a figure in it, only
    the clauses in doubt (…同比增长12.5%，数据以统计局为准。 → 数据以统计局为准), so that
    dropping it keeps the news. Else the whole sentence."""
    clauses = [c for c in _CLAUSE.findall(sentence.rstrip("。！？!?")) if c.strip("，,；; ")]
    if len(clauses) < 2 or any(mark in sentence for mark in _PAIRED):  # never cut inside a pair
        return [(sentence, signs)]
    judged = [(c.strip("，,；; "), judge(c, units)) for c in clauses]
    doubtful = [(c, s) for c, s in judged if s]
    sure = [c for c, s in judged if not s]
    if not doubtful or not any(_NEWS_FIGURE.search(c) for c in sure):
        return [(sentence, signs)]
    return doubtful


def apply_drops(placed: list[Placed], doubts: list[Doubt]) -> bool:
    """Take out of their items the sentences the editor decided to drop; an item left empty
    goes. True when anything was taken out (the items must then be placed again)."""
    dropped = {(d.unit or d.section, d.item): d for d in doubts if d.decision == "drop"}
    changed = False
    for p in placed:
        doubt = dropped.get((p.key, p.item))
        if doubt is None:
            continue
        for d in doubts:
            if d.decision == "drop" and (d.unit or d.section, d.item) == (p.key, p.item):
                p.block.paragraphs[p.index] = without_sentence(p.block.paragraphs[p.index], d.text)
                changed = True
    for block in {id(p.block): p.block for p in placed}.values():
        keep = [i for i, text in enumerate(block.paragraphs) if text]
        if len(keep) < len(block.paragraphs):
            block.paragraphs = [block.paragraphs[i] for i in keep]
            block.before = [block.before[i] for i in keep if i < len(block.before)]
            block.origins = [block.origins[i] for i in keep if i < len(block.origins)]
    return changed


def outcomes(
    config: BulletinConfig, results: list[FileResult], placed: list[Placed], doubts: list[Doubt]
) -> list[UnitRecord]:
    """Each configured unit's outcome, in the config's order: the one place it is decided.

    有错误待重报 comes first: a unit whose newest file is faulty must send again even when an
    older file of it is printed; then 已采用 (something printed), 报“无”, 未报送."""
    records = []
    for unit in config.unit_names():
        files = [
            r.report
            for r in results
            if unit in (r.report.unit, *r.report.units, *r.report.refused_units)
            or unit in r.report.nil_units
        ]
        items = [p for p in placed if p.unit == unit]
        faulty = any(
            (f.status is Status.ERROR and f.unit == unit) or unit in f.refused_units for f in files
        )
        nil = any(unit in f.nil_units for f in files if f.status is not Status.ERROR)
        if faulty:
            outcome = Outcome.FAULTY
        elif items:
            outcome = Outcome.ADOPTED
        elif nil:
            outcome = Outcome.NIL
        else:
            outcome = Outcome.MISSING
        used = [f for f in files if f.status_for(unit) in (Status.OK, Status.WARNING)]
        records.append(
            UnitRecord(
                unit=unit,
                outcome=outcome,
                files=[f.file for f in files],
                items=len(items),
                chars=sum(len(p.text) for p in items),
                late=any(f.late for f in used),
                warnings=sum(
                    f.severity is Severity.WARNING
                    for r in results
                    if r.report in used
                    for f in r.findings
                    if f.unit == unit
                ),
                doubts=sum(d.unit == unit and d.decision is None for d in doubts),
            )
        )
    return records


def findings(results: list[FileResult]) -> list[Finding]:
    return [f for r in results for f in r.findings]


def fates(result: FileResult, placed: list[Placed], doubts: list[Doubt]) -> list[SourceLine]:
    """Every line the file had, in its order, beside what became of it. Lines dropped before
    the lines were cut (hidden text, tracked deletions) come first."""
    by_line: dict[int, list[SourceLine]] = defaultdict(list)
    head: list[SourceLine] = []
    for drop in result.drops:
        line = _dropped(drop)
        (head if drop.at is None else by_line[drop.at]).append(line)
    told: set[int] = set()
    shown: set[tuple[str, int]] = (
        set()
    )  # items whose printed text was given (once, not a line each)
    doubtful = {
        (d.unit or d.section, d.item)
        for d in doubts
        if d.file == result.found.name and d.decision is None
    }
    for p in placed:
        if p.result is not result:
            continue
        before = p.block.before[p.index] if p.index < len(p.block.before) else p.text
        fate = Fate.PRINTED if before.strip() == p.text else Fate.CHANGED
        if (p.key, p.item) in doubtful:
            fate = Fate.DOUBTFUL
        for at in p.block.origins[p.index] if p.index < len(p.block.origins) else []:
            raw = result.raw_lines[at].strip() if at < len(result.raw_lines) else ""
            # One of several lines joined into an item is changed, whatever the item is.
            line_fate = Fate.CHANGED if fate is Fate.PRINTED and raw != p.text else fate
            first = (p.key, p.item) not in shown
            shown.add((p.key, p.item))
            by_line[at].append(
                SourceLine(
                    text=raw,
                    fate=line_fate,
                    unit=p.unit,
                    item=p.item,
                    printed=p.text if first and raw != p.text else None,
                )
            )
            told.add(at)
    for block in result.blocks:
        if block.nil:
            for at in block.origins[0] if block.origins else []:
                if at < len(result.raw_lines) and at not in told:
                    told.add(at)
                    by_line[at].append(
                        SourceLine(
                            text=result.raw_lines[at].strip(),
                            fate=Fate.DROPPED,
                            unit=block.target.unit,
                            rule="nil_reply",
                            reason=nil_reply.NOTE,
                        )
                    )
    for block, why in result.unused:
        for origin in block.origins:
            for at in origin:
                if at in told or at >= len(result.raw_lines):
                    continue
                told.add(at)
                by_line[at].append(
                    SourceLine(
                        text=result.raw_lines[at].strip(),
                        fate=Fate.UNUSED,
                        unit=block.target.unit,
                        reason=why,
                    )
                )
    lines = list(head[:LINES_KEPT])
    for at, raw in enumerate(result.raw_lines):
        entries = by_line.get(at, [])
        if raw.strip() and not entries:
            # Read, and in no item, dropped by no rule: a heading taken as the unit's, or the
            # text of a block that went nowhere (an unknown unit's).
            entries = [_unplaced(result, raw.strip())]
        lines += entries
    if len(lines) > LINES_KEPT:  # a runaway file: the first lines whole, the rest counted
        rest = lines[LINES_KEPT:]
        counts: dict[Fate, int] = defaultdict(int)
        for line in rest:
            counts[line.fate] += 1
        said = "，".join(f"{fate.word} {n} 行" for fate, n in counts.items())
        lines = [
            *lines[:LINES_KEPT],
            SourceLine(
                text=f"……另有 {len(rest)} 行从略（{said}）", fate=Fate.DROPPED, reason="从略"
            ),
        ]
    return lines


# Lines of one file kept in the record one by one; a week's file has a few dozen.
LINES_KEPT = 2_000


def _dropped(drop: Drop) -> SourceLine:
    return SourceLine(text=drop.text, fate=Fate.DROPPED, rule=drop.rule or None, reason=drop.reason)


def _unplaced(result: FileResult, text: str) -> SourceLine:
    if result.report.status is Status.ERROR:
        return SourceLine(text=text, fate=Fate.UNUSED, reason="文件有错误，未采用")
    return SourceLine(text=text, fate=Fate.DROPPED, rule="blocks", reason="单位或栏目的标题")
