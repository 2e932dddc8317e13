"""Mending one paragraph: the paragraph rules of rules/, in order, until nothing changes.

The rules feed each other (a mark made full width puts its neighbour beside Chinese), so they run
to a fixed point. Together they are idempotent and remove no letter, digit or Chinese character.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.dates import canonical_dates
from zhoubao_cli.rules.fullwidth import to_half_width
from zhoubao_cli.rules.invisible import remove_control, remove_invisible
from zhoubao_cli.rules.punctuation import full_stops, full_width_marks, full_width_parens
from zhoubao_cli.rules.quotes import UNPAIRED, curl_quotes
from zhoubao_cli.rules.sentence_end import end_with_stop
from zhoubao_cli.rules.spacing import tidy_spaces

PARAGRAPH_RULES = (
    remove_control,
    remove_invisible,
    to_half_width,
    curl_quotes,
    tidy_spaces,
    canonical_dates,
    full_width_marks,
    full_width_parens,
    full_stops,
    end_with_stop,
)


@dataclass
class Normalised:
    text: str
    changes: Counter[str] = field(default_factory=Counter)
    unpaired_quotes: bool = False


_MAX_PASSES = 4


def normalise(text: str) -> Normalised:
    """Mend one paragraph; every change is counted by its label."""
    trace = Trace()
    for _ in range(_MAX_PASSES):
        before = text
        for rule in PARAGRAPH_RULES:
            text = rule(text, trace)
        if text == before:
            break
    return Normalised(text, trace.changes, UNPAIRED in trace.flags)


def describe(changes: Counter[str]) -> list[str]:
    """The changes as report lines: 半角标点改为全角 3 处; a change that names itself stands alone."""
    lines = []
    for label, count in sorted(changes.items()):
        if count:
            lines.append(label if "“" in label and count == 1 else f"{label} {count} 处")
    return lines
