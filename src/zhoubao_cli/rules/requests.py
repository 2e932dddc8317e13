"""A unit's requests about its items and versions are taken out of the text and done, not printed:
第二条删掉, 第2条“12家”改为“15家”, 【更正】, 以此为准, 其余稍后补报.

Why: a correction comes as words to the editor inside the material. Printed, they make the
bulletin look unedited; ignored, the unit's correction is lost. This rule takes each sentence that
is a request out of its line and keeps it (Trace.instructions) for collect, which applies it to the
unit's items, in this file or in the unit's earlier file, or shows it to the editor when it cannot
be applied safely. A note about versions inside a sentence with a figure in it is news: it stays
(and the judge of doubts looks at it).
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.doubts import sentences
from zhoubao_cli.rules.instructions import Instruction, read_instruction
from zhoubao_cli.rules.vocabulary import reason_for
from zhoubao_cli.textrules import lazy_re

REQUEST = "对方的修改要求或版本说明（不是工作动态）"
_FIGURE = lazy_re(r"\d")
_CLAUSE = lazy_re(r"[^，,；;]+[，,；;]?")
# Thanks left alone after a request (…第三条请删除。谢谢！): part of the request.
_THANKS = lazy_re(
    r"^[\s，,。！!]*(?:谢谢|感谢|多谢|辛苦了?|麻烦了|有劳)[^。！!\d]{0,6}[。！!～~…]*$"
)


def take_requests(line: str, trace: Trace) -> str:
    """The line without the sentences that are requests; each is dropped and kept."""
    kept = []
    asked = False
    for sentence in sentences(line):
        if asked and _THANKS.match(sentence):
            trace.drop(sentence, reason_for(sentence, REQUEST))
            continue
        if (found := _in_a_clause(sentence)) is not None:
            # 陈老师，昨天报的材料第三条请删除，活动延期了: the sentence is the request.
            trace.instructions.append(found)
            trace.drop(sentence, reason_for(sentence, REQUEST))
            asked = True
            continue
        rest = sentence
        while rest.strip() and (found := read_instruction(rest)) is not None:
            vague = found.kind in ("supersedes", "partial")
            if vague and found.words == rest.strip() and _FIGURE.search(rest):
                break  # 2月3日召开会议，以此为准: news that says it
            trace.instructions.append(found)
            trace.drop(found.words, reason_for(found.words, REQUEST))
            asked = True
            rest = rest.replace(found.words, "", 1)  # 【更正】 before news: the news stays
        if rest.strip():
            kept.append(rest)
    return "".join(kept)


def _in_a_clause(sentence: str) -> Instruction | None:
    """A request about an item said in one clause of a longer sentence with no figure outside
    it: the whole sentence asks (its other clauses are reasons and courtesies)."""
    clauses = [c for c in _CLAUSE.findall(sentence) if c.strip()]
    if len(clauses) < 2 or read_instruction(sentence) is not None:
        return None
    for clause in clauses:
        found = _asked_in(clause.strip(" ，,；;"))
        if found is not None and found.kind in ("delete", "replace", "rewrite"):
            others = sentence.replace(clause, "")
            if not _FIGURE.search(others):
                return Instruction(found.kind, found.item, found.old, found.new, sentence.strip())
    return None


def _asked_in(words: str) -> Instruction | None:
    """A request that begins somewhere in the words: at their start, after a colon, or at a 第
    (昨天报的材料第三条请删除, 章丘区第19期动态修改：第二条中的“12家”改为“15家”)."""
    starts = [0, *(i + 1 for i, c in enumerate(words) if c in "：:")]
    starts += [i for i, c in enumerate(words) if c == "第"]
    for start in sorted(set(starts)):
        if found := read_instruction(words[start:]):
            return found
    return None
