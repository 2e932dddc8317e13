"""Words to the editor are not news: 不好意思今天才报, 麻烦用这个, 以此为准, 【备注：…】.

Why: a submission is also a message to the person who collects it. A chat paste ends with an
apology or an instruction (以此为准, 汇总表里那条删掉了, 稍后补充照片), a Word file carries a note
in brackets (【备注：此稿替换昨天的版本】, （稿子有点长，老师看着删减）). None of it is about the
unit's work, and printed it makes the bulletin look unedited. A remark alone on its line goes; a
remark sentence or bracket before or after the news goes and the news stays. A sentence is a
remark when it is short, names no date or figure, and says one of the phrases below (news that
happens to contain 麻烦 or 补报 is longer or has numbers in it), or when it speaks to the editor
outright (请老师…, 旧稿作废, 请忽略). A remark that asks for an item to be changed (第二条删掉) is
also a warning: the editor checks whether it was done. A reply of nothing with an aside (发错了，
本期无) is not a remark: nil_reply reads it.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.dates import cn_number
from zhoubao_cli.rules.nothing import says_nothing
from zhoubao_cli.rules.vocabulary import (
    CLOSING_FORMULA,
    GREETING_OPENING,
    REMARK,
    REMARK_WORDS,
    TO_THE_EDITOR,
    reason_for,
)
from zhoubao_cli.textrules import lazy_re

# A remark that asks for an item to be changed: the editor checks it was done.
_CHANGE_REQUEST = lazy_re(
    r"(?:第[一二三四五六七八九十\d]{1,2}条|[那这]一?条)[^。]{0,12}(?:删|去掉|不要|不用|撤|改)"
)
# 第二条删掉: the sender takes an item of this file out.
_TAKE_OUT = lazy_re(
    r"第([一二三四五六七八九十]|[1-9]|1\d)条[^。，,]{0,6}?(?:删掉|删除|删去|去掉|不要了?|不用了?|撤掉|撤下)"
)
# A greeting is at most seven characters long (各位老师们您好) and ends with 好.
_GREETING = lazy_re(rf"^{GREETING_OPENING}", screen=lambda text: "好" in text[:7])
_GREETING_FIRST = lazy_re(
    rf"^{GREETING_OPENING}[，,！!]\s*",
    screen=lambda text: any(end in text[:8] for end in ("好，", "好,", "好！", "好!")),
)
_BRACKETED = lazy_re(r"[（(【\[]\s*([^（）()【】\[\]]{1,80}?)\s*[）)】\]]")
_NOTE_LABEL = lazy_re(r"^(?:备注|注|说明|附注|编者注|编辑注)\s*[:：]")
# A remark before the news on the same line, ended by a colon (…附件发不过去直接贴这里：2月3日，…).
_LEADING = lazy_re(r"^([^。！？!?：:]{1,40})[:：]\s*")
# A sentence ends at 。！？ or the app's ~; the last one may have no end mark.
_SENTENCE = lazy_re(r"[^。！？!?~～]+[。！？!?~～]*")
_CLAUSE = lazy_re(r"[^，,。！？!?~～；;]+")
_HAS_FIGURE = lazy_re(
    r"\d|[一二三四五六七八九十两]+(?:月|日|号|家|项|个|人|次|场|周|天|年|批|笔|名|所|台|套|万|亿|元)"
)
_LONGEST_REMARK = 40
_LONGEST_NOTE = 60
_UNIT_HEADING = lazy_re(r"^【[^】]{1,20}】", screen="【")


def is_remark(sentence: str) -> bool:
    """A sentence that speaks to the editor rather than of the unit's work."""
    text = sentence.strip()
    if not text or len(text) > _LONGEST_NOTE:
        return False
    if TO_THE_EDITOR.search(text):
        return not _says_nothing(text)
    if len(text) > _LONGEST_REMARK or _HAS_FIGURE.search(text):
        return False
    said = REMARK_WORDS.search(text) or CLOSING_FORMULA.match(text) or _GREETING.match(text)
    return bool(said) and not _says_nothing(text)  # the costly test last, for the few


def _says_nothing(text: str) -> bool:
    """发错了，我区本期无 holds a reply of nothing: it is read by nil_reply, never dropped here."""
    return any(says_nothing(clause) for clause in _CLAUSE.findall(text))


def _is_note(inner: str) -> bool:
    """The inside of a bracket that is a note to the editor: 备注：…, or a remark."""
    return bool(_NOTE_LABEL.match(inner)) or is_remark(inner)


def drop_remarks(line: str, trace: Trace) -> str:
    stripped = line.strip()
    heading = _UNIT_HEADING.match(stripped)
    prefix = heading.group() if heading else ""
    body = stripped[len(prefix) :]
    if not body:
        return line
    body = _BRACKETED.sub(
        lambda m: _gone(m.group(), trace) if _is_note(m.group(1)) else m.group(), body
    )
    if greeting := _GREETING_FIRST.match(body):  # 老师好，…: the greeting goes, the rest is read on
        trace.drop(greeting.group(), reason_for(greeting.group()))
        body = body[greeting.end() :]
    if (lead := _LEADING.match(body)) and body[lead.end() :] and is_remark(lead.group(1)):
        _gone(lead.group(), trace)
        body = body[lead.end() :]
    sentences = [_without_remark_clauses(s, trace) for s in _SENTENCE.findall(body)]
    sentences = [s for s in sentences if s]
    while sentences and is_remark(sentences[-1]):
        _gone(sentences.pop(), trace)
    while sentences and is_remark(sentences[0]):
        _gone(sentences.pop(0), trace)
    kept = "".join(sentences)
    return line if prefix + kept == stripped else prefix + kept


_CLAUSE_WITH_MARK = lazy_re(r"[^，,；;。！？!?~～]+[，,；;]?")
_END_MARKS = "。！？!?~～"


def _without_remark_clauses(sentence: str, trace: Trace) -> str:
    """News and a word to the editor in one sentence, between commas (…共有86家企业参加，这条请
    老师把关。): the clauses that speak to the editor go, the news stays and ends with 。. A
    sentence with no figure in it is judged whole (is_remark)."""
    if not _HAS_FIGURE.search(sentence) or not TO_THE_EDITOR.search(sentence):
        return sentence
    end = len(sentence.rstrip(_END_MARKS))
    clauses = _CLAUSE_WITH_MARK.findall(sentence[:end])
    if len(clauses) < 2:
        return sentence
    ending = sentence[end:]
    kept = list(clauses)
    while len(kept) > 1 and is_remark(kept[-1].rstrip("，,；;")):
        _gone(kept.pop(), trace)
    while len(kept) > 1 and is_remark(kept[0].rstrip("，,；;")):
        _gone(kept.pop(0), trace)
    if len(kept) == len(clauses):
        return sentence
    return "".join(kept).rstrip("，,；; ") + (ending or "。")


def _gone(text: str, trace: Trace) -> str:
    trace.drop(text, reason_for(text, REMARK))
    if withdrawn := _TAKE_OUT.search(text):
        # 第二条删掉: collect takes that item out of this file's text (and says so).
        trace.withdrawn_items[_number(withdrawn.group(1))] = text.strip()
    elif _CHANGE_REQUEST.search(text):
        trace.warnings.append(f"对方在材料里说“{text.strip()}”，请核对是否要照此删改")
    return ""


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_number(text)
