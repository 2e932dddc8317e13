"""Between the files of one week: a newer file replaces an older one of the same unit, and a
faulty file that its unit has since corrected (or that has no text beside a readable one) asks for
nothing more."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from zhoubao_cli import normalize
from zhoubao_cli.collect.submission import Accepted, FileResult, count
from zhoubao_cli.model import Severity, Status
from zhoubao_cli.rules.instructions import Instruction, apply
from zhoubao_cli.units import Target


def corrected(results: list[FileResult]) -> None:
    """A faulty file whose unit has since sent a newer file that was accepted needs no resending:
    it is shown superseded, with its problems, and its unit is not asked again."""
    accepted = [r for r in results if r.blocks]
    for result in results:
        _refused_parts_corrected(result, accepted)
        unit = result.report.unit
        if result.report.status is not Status.ERROR or unit is None:
            continue
        own = [r for r in accepted if unit in r.report.units]
        if result.no_text and own:  # the photos or the .zip beside the unit's text
            result.report.status = Status.SUPERSEDED
            result.add(
                "superseded.attachment",
                Severity.WARNING,
                f"同一单位的 {own[0].found.name} 已采用，本文件没有可刊出的文字，不必重报",
            )
            continue
        newer = [r for r in own if newness(r) > newness(result)]
        if newer:
            winner = max(newer, key=newness)
            result.report.status = Status.SUPERSEDED
            result.add(
                "superseded.corrected",
                Severity.WARNING,
                f"已由较新的文件 {winner.found.name} 改正，本文件未采用，不必重报",
            )
            winner.add(
                "corrects", Severity.NOTE, f"改正了有问题的旧文件 {result.found.name}", unit=unit
            )


def _refused_parts_corrected(result: FileResult, accepted: list[FileResult]) -> None:
    """A unit refused in a file for several units that has since sent its own newer file."""
    for unit in list(result.report.refused_units):
        own = [r for r in accepted if unit in r.report.units and r is not result]
        newer = [r for r in own if newness(r) > newness(result)]
        if newer:
            winner = max(newer, key=newness)
            result.report.refused_units.remove(unit)
            result.report.superseded_units.append(unit)
            result.add(
                "superseded.corrected",
                Severity.WARNING,
                f"{unit}部分已由较新的文件 {winner.found.name} 改正，不必重报",
                unit=unit,
            )
            winner.add(
                "corrects",
                Severity.NOTE,
                f"改正了 {result.found.name} 里{unit}有问题的部分",
                unit=unit,
            )


def supersede(results: list[FileResult]) -> None:
    """Two files for one place: the newer wins, the other is reported, nothing is merged."""
    by_target: dict[Target, list[FileResult]] = defaultdict(list)
    for result in results:
        for target in dict.fromkeys(b.target for b in result.blocks):
            by_target[target].append(result)
    for target, senders in by_target.items():
        if len(senders) < 2:
            continue
        winner = max(senders, key=newness)
        what = target.unit or "本栏目"
        for loser in senders:
            if loser is winner:
                continue
            why = f"已被较新的文件 {winner.found.name} 取代"
            loser.unused += [(b, why) for b in loser.blocks if b.target == target]
            loser.blocks = [b for b in loser.blocks if b.target != target]
            count(loser)
            if target.unit:
                loser.report.superseded_units.append(target.unit)
            loser.add(
                "superseded",
                Severity.WARNING,
                f"“{what}”的内容已被较新的文件 {winner.found.name} 取代，未采用",
                unit=target.unit,
            )
            note = f"取代了较旧的文件 {loser.found.name}"
            if not any(f.message == note for f in winner.findings):  # one note for a file
                winner.add("supersedes", Severity.NOTE, note, unit=target.unit)
            if not loser.blocks:
                loser.report.status = Status.SUPERSEDED


_COPY_NUMBER = re.compile(r"[(（](\d{1,3})[)）]\s*$")


def newness(result: FileResult) -> tuple[float, int, str]:
    """Modification time first; on a tie (files unpacked from one archive), 东城区(2) beats 东城区."""
    match = _COPY_NUMBER.search(Path(result.found.name).stem)
    return result.found.mtime, int(match.group(1)) if match else 1, result.found.name


def apply_requests(results: list[FileResult]) -> None:
    """Each unit's requests about its items, done where they can be done safely: on the file's
    own items when it has news of one unit, else on the unit's newest other file that was used (a
    correction that only asks for a change never replaces a full submission). What cannot be
    done is said, never printed."""
    for result in results:
        if not result.requests:
            continue
        unit = result.report.unit
        units = {b.target.unit for b in result.blocks}
        if len(units) > 1:  # 第二条删掉 in a file for several units: whose second item?
            for ask in result.requests:
                result.add(
                    "instruction.unplaced",
                    Severity.WARNING,
                    f"对方在材料里说“{ask.words}”，请核对是否要照此删改",
                    unit=None,
                )
            continue
        target = _requested(result, results, unit)
        if target is None:
            for ask in result.requests:
                result.add(
                    "instruction.nothing_to_change",
                    Severity.WARNING,
                    f"对方说“{ask.words}”，但本期没有它可以照改的材料，请核对",
                )
            continue
        owner, block = target
        deletes_last = sorted(result.requests, key=lambda a: (a.kind == "delete", -(a.item or 0)))
        for ask in deletes_last:
            _apply(ask, result, owner, block)
        count(owner)
        if result.report.status is Status.OK:
            result.report.status = Status.WARNING


def _requested(
    result: FileResult, results: list[FileResult], unit: str | None
) -> tuple[FileResult, Accepted] | None:
    own = [b for b in result.blocks if b.paragraphs and not b.nil]
    if own:
        return result, own[0]
    if unit is None:
        return None
    others = [
        (r, b)
        for r in results
        if r is not result
        for b in r.blocks
        if b.target.unit == unit and b.paragraphs and not b.nil
    ]
    return max(others, key=lambda rb: newness(rb[0])) if others else None


def _apply(ask: Instruction, result: FileResult, owner: FileResult, block: Accepted) -> None:
    changed = apply(ask, block.paragraphs)
    unit = block.target.unit
    if changed is None:
        result.add(
            "instruction.unapplied",
            Severity.WARNING,
            f"对方说“{ask.words}”，没能自动照改（不知道是哪一条，或要改的字没找到、不止一处），"
            "请核对后手工修改",
            unit=unit,
        )
        return
    where = "" if owner is result else f"（{owner.found.name}）"
    if ask.kind == "delete" and ask.item is not None:
        index = ask.item - 1
        gone = block.paragraphs[index]
        for values in (block.paragraphs, block.before, block.origins):
            if index < len(values):
                values.pop(index)
        owner.unused.append((Accepted(block.target, [gone]), f"按对方要求删去的第{ask.item}条"))
        done = f"删去了{where}第{ask.item}条（“{gone[:10]}…”）"
    else:
        pairs = enumerate(zip(block.paragraphs, changed, strict=True))
        found = next((i for i, (a, b) in pairs if a != b), None)
        if found is None:
            return  # asked for what the text already says
        block.paragraphs[found] = normalize.normalise(changed[found]).text
        done = f"改了{where}第{found + 1}条"
    result.add(
        "instruction.applied",
        Severity.WARNING,
        f"按对方“{ask.words}”{done}，请核对",
        unit=unit,
    )
