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

import re

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.dates import cn_number
from zhoubao_cli.rules.framing import CLOSING_FORMULA
from zhoubao_cli.textrules import lazy_re

REMARK = "写给编辑的话（不是工作动态）"

_REMARK = lazy_re(
    r"不好意思|抱歉|对不起|见谅|[Ss]orry"
    r"|麻烦(?:您|你|老师|领导|科长|主任|处长|各位|了|用|帮|再)"
    r"|发不(?:过去|出去|上去|了)|传不上|上传不了|打不开|附件(?:太大|过大)|文件(?:太大|过大)"
    r"|直接(?:贴|发|粘贴?)(?:在|到)?(?:这里|这儿|群里|这)"
    r"|以(?:此|这个|这版|这一版|本版|新版|最新的?|下面的?|这条|此版|修改后的?)(?:版本)?为准"
    r"|(?<![利使应运采作费])用(?:这个|这版|这一版)"
    r"|(?:刚才|之前|上午|下午|昨天)(?:发|报)的|发错|报错了|重发|更正一下|改一下"
    r"|重新(?:发|报)(?:一下|一遍|一次|了|过来)"
    r"|删掉|删了|去掉了|撤回"
    r"|今天才|才报|来晚了|晚了|迟了|补报一下|补发一下|补一条"
    r"|稍等|稍后|马上(?:发|报)|一会儿?(?:发|报)|等下(?:发|报)"
    r"|(?:请|烦请)(?:老师|领导|各位)?(?:查收|审阅|审核|过目|阅示|指正)"
)
# Words that speak to the editor whatever else the sentence holds (2张现场照片稍后发老师邮箱).
_TO_THE_EDITOR = lazy_re(
    r"(?:请|麻烦|谢谢|感谢|辛苦)(?:各位)?(?:老师|领导|编辑)"
    r"|(?:老师|领导|编辑)们?(?:好|辛苦|看着|酌情|审阅|过目|费心)|发(?:给)?老师|给老师|老师邮箱"
    r"|作废|请忽略|照片稍后|稍后(?:补充|补发|单独|再发)|收到请回复|酌情(?:采用|使用|删减|修改)"
    r"|看着删|标红|以修改稿为准|此稿替换|旧稿|上一[版稿]|上面那条|以下一条|补充内容|稿子有点长"
)
# A remark that asks for an item to be changed: the editor checks it was done.
_CHANGE_REQUEST = lazy_re(
    r"(?:第[一二三四五六七八九十\d]{1,2}条|[那这]一?条)[^。]{0,12}(?:删|去掉|不要|不用|撤|改)"
)
# 第二条删掉: the sender takes an item of this file out.
_TAKE_OUT = lazy_re(
    r"第([一二三四五六七八九十]|[1-9]|1\d)条[^。，,]{0,6}?(?:删掉|删除|删去|去掉|不要了?|不用了?|撤掉|撤下)"
)
_GREETINGS = r"(?:(?:各位)?(?:老师|领导|科长|主任)们?(?:好|您好)|您好|你好|大家好)"
_GREETING = lazy_re(rf"^{_GREETINGS}")
_GREETING_FIRST = lazy_re(rf"^{_GREETINGS}[，,！!]\s*")
_BRACKETED = lazy_re(r"[（(【\[]\s*([^（）()【】\[\]]{1,80}?)\s*[）)】\]]")
_NOTE_LABEL = lazy_re(r"^(?:备注|注|说明|附注|编者注|编辑注)\s*[:：]")
# A remark before the news on the same line, ended by a colon (…附件发不过去直接贴这里：2月3日，…).
_LEADING = lazy_re(r"^([^。！？!?：:]{1,40})[:：]\s*")
# A sentence ends at 。！？ or the app's ~; the last one may have no end mark.
_SENTENCE = re.compile(r"[^。！？!?~～]+[。！？!?~～]*")
_CLAUSE = re.compile(r"[^，,。！？!?~～；;]+")
_HAS_FIGURE = re.compile(
    r"\d|[一二三四五六七八九十两]+(?:月|日|号|家|项|个|人|次|场|周|天|年|批|笔|名|所|台|套|万|亿|元)"
)
_LONGEST_REMARK = 40
_LONGEST_NOTE = 60
_UNIT_HEADING = re.compile(r"^【[^】]{1,20}】")


def is_remark(sentence: str) -> bool:
    """A sentence that speaks to the editor rather than of the unit's work."""
    text = sentence.strip()
    if not text or len(text) > _LONGEST_NOTE:
        return False
    if _TO_THE_EDITOR.search(text):
        return not _says_nothing(text)
    if len(text) > _LONGEST_REMARK or _HAS_FIGURE.search(text):
        return False
    said = _REMARK.search(text) or CLOSING_FORMULA.match(text) or _GREETING.match(text)
    return bool(said) and not _says_nothing(text)  # the costly test last, for the few


def _says_nothing(text: str) -> bool:
    """发错了，我区本期无 holds a reply of nothing: it is read by nil_reply, never dropped here."""
    from zhoubao_cli.rules.nil_reply import says_nothing  # nil_reply imports this module

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
        trace.drop(greeting.group(), REMARK)
        body = body[greeting.end() :]
    if (lead := _LEADING.match(body)) and body[lead.end() :] and is_remark(lead.group(1)):
        _gone(lead.group(), trace)
        body = body[lead.end() :]
    sentences = _SENTENCE.findall(body)
    while sentences and is_remark(sentences[-1]):
        _gone(sentences.pop(), trace)
    while sentences and is_remark(sentences[0]):
        _gone(sentences.pop(0), trace)
    kept = "".join(sentences)
    return line if prefix + kept == stripped else prefix + kept


def _gone(text: str, trace: Trace) -> str:
    trace.drop(text, REMARK)
    if withdrawn := _TAKE_OUT.search(text):
        # 第二条删掉: collect takes that item out of this file's text (and says so).
        trace.withdrawn_items[_number(withdrawn.group(1))] = text.strip()
    elif _CHANGE_REQUEST.search(text):
        trace.warnings.append(f"对方在材料里说“{text.strip()}”，请核对是否要照此删改")
    return ""


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_number(text)
