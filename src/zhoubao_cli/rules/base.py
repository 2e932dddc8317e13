"""What every text rule shares: a Trace of what it left out or changed, for the file's report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from zhoubao_cli.content import Drop

if TYPE_CHECKING:
    from zhoubao_cli.rules.instructions import Instruction


@dataclass
class Trace:
    """What the rules did to one file: lines and pieces left out, changes counted, warnings."""

    dropped: list[Drop] = field(default_factory=list)
    changes: Counter[str] = field(default_factory=Counter)  # a change's label → how many
    warnings: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)  # conditions a later step turns into a message
    # Items the sender asked to take out (第二条删掉): their numbers, and the words that asked.
    withdrawn_items: dict[int, str] = field(default_factory=dict)
    # Requests about items and versions (rules/requests.py), for collect to apply.
    instructions: list[Instruction] = field(default_factory=list)
    # Where the rules are: the index of the line being read (None before the lines), and the rule
    # at work. Each drop is stamped with both, so that a line's fate can be told beside it.
    at: int | None = None
    rule: str = ""

    def drop(self, text: str, reason: str) -> None:
        text = text.strip()
        if text:
            self.dropped.append(Drop(text, reason, self.at, self.rule))

    def changed(self, label: str, count: int = 1) -> None:
        if count:
            self.changes[label] += count


# A rule on one line of a submission: the line as it stays ("" when the whole line goes).
LineRule = Callable[[str, Trace], str]
