"""The text rules: what of a submission is bulletin text, and how it is written.

One module a rule (or a small family), each saying why it exists; its tests are in
tests/rules/test_<module>.py. collect applies them in this order:

1. to the lines of a file (`clean_lines`), each dropped line listed with its reason:
   markdown (text files) → tables → invisible, emoji, fullwidth → separators → mail (headers,
   the mail a reply quotes, addresses) → quoted (the editor's call quoted back) → chat → requests (a unit's
   requests about its items and versions, kept to be applied) → framing (the letter
   around the news) → remarks (words to the editor) → captions → contact →
   nil_reply (empty form fields) → titles (introductions, signature dates);
2. to its structure (collect/blocks.py): titles and headings, then items (where an item ends);
3. to a unit's whole text: nil_reply ("无" means reported, nothing to print);
4. to each paragraph (normalize.py): invisible, fullwidth, quotes, spacing, dates, punctuation,
   sentence_end — counted, run to a fixed point;
5. then the checks (collect/checks.py) read the text exactly as it will be printed.

Words to the editor (greetings, closers, remarks, a letter's closing formula) are written once in
vocabulary.py, which also says why such a line goes, whichever rule drops it; nothing.py knows
what a reply of nothing says (nil_reply and remarks both ask it). Each pattern compiles when first
used and most carry a cheap screen (textrules.LazyPattern), so a run compiles only what its lines
may need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zhoubao_cli.content import Piece, Table
from zhoubao_cli.rules import (
    captions,
    contact,
    emoji,
    framing,
    fullwidth,
    invisible,
    items,
    lookalikes,
    mail,
    markdown,
    nil_reply,
    quoted,
    remarks,
    requests,
    separators,
    titles,
)
from zhoubao_cli.rules.base import LineRule, Trace
from zhoubao_cli.rules.chat import ChatPaste
from zhoubao_cli.rules.tables import table_lines


def line_rules(unit_of: Callable[[str], str | None], lines: list[str]) -> list[LineRule]:
    """The rules for one file's lines, in order (the chat rule learns the file's senders)."""
    return [
        invisible.remove_invisible,
        emoji.remove_emoji,
        lookalikes.ordinary_characters,
        fullwidth.to_half_width,
        separators.drop_separators,
        mail.MailPaste(lines),
        quoted.QuotedCall(lines),
        ChatPaste(unit_of, lines),
        requests.take_requests,
        framing.LetterFrame(unit_of),
        remarks.drop_remarks,
        captions.drop_captions,
        contact.ContactLines(lines),
        nil_reply.drop_empty_field,
        titles.drop_intro,
        titles.drop_sign_off_date,
    ]


@dataclass
class CleanLines:
    """A file's lines as read (`raw`, tables as their rows' lines) and as the rules leave them
    (`lines`, the same length: "" where a line went), and how its lines are cut."""

    raw: list[str]
    lines: list[str]
    layout: items.Layout


def clean_lines(
    pieces: list[Piece],
    *,
    markdown_source: bool,
    unit_of: Callable[[str], str | None],
    trace: Trace,
) -> CleanLines:
    """A file's pieces as lines of bulletin text and how its lines are cut.

    A dropped line leaves a blank (it separated what was before and after it, as a chat sender
    line separates two messages); the layout is learnt from the lines that stay.
    """
    if markdown_source:
        trace.rule = "markdown"
        pieces = markdown.to_plain([p for p in pieces if isinstance(p, str)], trace)
    lines: list[str] = []
    trace.rule = "tables"
    for piece in pieces:
        if isinstance(piece, Table):
            trace.at = len(lines)  # a table's dropped rows stand where the table begins
            lines += table_lines(piece, unit_of, trace)
        else:
            lines.append(piece)
    rules = [(rule, _rule_name(rule)) for rule in line_rules(unit_of, lines)]
    cleaned: list[str] = []
    kept: list[str] = []
    for index, line in enumerate(lines):
        trace.at = index
        was_text = bool(line.strip())
        for rule, name in rules:
            trace.rule = name
            line = rule(line, trace)
            if not line.strip():
                break
        cleaned.append(line if line.strip() else "")
        if line.strip() or not was_text:
            kept.append(line)
    trace.at, trace.rule = None, ""
    if warning := emoji.warning(trace):
        trace.warnings.append(warning)
    # In a Word file a blank line is the end of a paragraph, not evidence of how lines were cut.
    layout = items.layout_of(kept, blank_lines_are_paragraphs=markdown_source)
    return CleanLines(lines, cleaned, layout)


def _rule_name(rule: LineRule) -> str:
    """A rule's stable code: its module's name (rules/chat.py → "chat")."""
    module = getattr(rule, "__module__", "") or type(rule).__module__
    return module.rsplit(".", 1)[-1]
