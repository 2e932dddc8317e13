"""迟报 is when a unit's text first arrived, not when its last file was saved.

A file saved after the deadline whose text mostly repeats (SAME or more alike) a file of the same
unit that was on time is a correction or a copy of material that came in time: the editor's own
fix saved into the inbox, the unit resending the file with one figure changed, a file touched by
a copy. It does not make the unit late. A file with new text after the deadline does.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from zhoubao_cli.collect.submission import Accepted, FileResult
from zhoubao_cli.model import Severity

SAME = 0.8  # the share of the text two files have in common, as difflib counts it


def seen_on_time(results: list[FileResult]) -> None:
    """Clear the late flag of each file whose every unit's text was already in an on-time file."""
    for result in results:
        if not result.report.late or not result.blocks:
            continue
        units = {b.target.unit for b in result.blocks}
        earlier = {
            unit: _on_time_match(result, unit, results) for unit in units if unit is not None
        }
        if not earlier or None in earlier.values():
            continue
        result.report.late = False
        sources = "、".join(dict.fromkeys(r.found.name for r in earlier.values() if r))
        for index, found in enumerate(result.findings):
            if found.kind == "late":
                result.findings[index] = found.model_copy(
                    update={
                        "kind": "late.corrected",
                        "severity": Severity.NOTE,
                        "message": f"{found.message}；内容与按时收到的 {sources} 大体相同"
                        "（改正或重存），不算迟报",
                    }
                )


def _on_time_match(late: FileResult, unit: str, results: list[FileResult]) -> FileResult | None:
    text = _text(late.blocks, unit)
    for other in results:
        # On time: not late, and saved before this file (a later file not late was copied after
        # the issue went out: its time says nothing).
        sent, this = other.report.received, late.report.received
        if other is late or other.report.late or sent is None or this is None or sent > this:
            continue
        blocks = [*other.blocks, *(block for block, _ in other.unused)]
        mine = _text(blocks, unit)
        if mine and SequenceMatcher(None, text, mine, autojunk=False).ratio() >= SAME:
            return other
    return None


def _text(blocks: list[Accepted], unit: str) -> str:
    return "\n".join(p for b in blocks if b.target.unit == unit for p in b.paragraphs)
