"""Words to the editor are not news: 不好意思今天才报, 麻烦用这个, 市科技局：, 特此报告。

Why: a submission is also a message to the person who collects it. A chat paste ends with an
apology or an instruction (以此为准, 汇总表里那条删掉了); a letter-style file opens with its
addressee (市科技局：) and closes with a formula (特此报告。 妥否，请批示。). None of it is about the
unit's work, and printed it makes the bulletin look unedited. A remark alone on its line goes; a
remark sentence at the start or end of a line of news goes and the news stays. A sentence is a
remark only when it is short, names no date or figure, and says one of the phrases below: news
that happens to contain 麻烦 or 补报 is longer or has numbers in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

REMARK = "写给编辑的话（不是工作动态）"
SALUTATION = "公文的称呼（抬头）"
CLOSING = "公文的结束语"

_REMARK = lazy_re(
    r"不好意思|抱歉|对不起|见谅|[Ss]orry"
    r"|麻烦(?:您|你|老师|领导|科长|主任|处长|各位|了|用|帮|再)"
    r"|发不(?:过去|出去|上去|了)|传不上|上传不了|打不开|附件(?:太大|过大)|文件(?:太大|过大)"
    r"|直接(?:贴|发|粘贴?)(?:在|到)?(?:这里|这儿|群里|这)"
    r"|以(?:此|这个|这版|这一版|本版|新版|最新的?|下面的?|这条|此版|修改后的?)(?:版本)?为准"
    r"|(?<![利使应运采作费])用(?:这个|这版|这一版)"
    r"|(?:刚才|之前|上午|下午|昨天)(?:发|报)的|发错|报错了|重发|更正一下|改一下"
    r"|重新(?:发|报)(?:一下|一遍|一次|了|过来)"
    r"|删掉了|删了|去掉了|撤回"
    r"|今天才|才报|来晚了|晚了|迟了|补报一下|补发一下|补一条"
    r"|稍等|马上(?:发|报)|一会儿?(?:发|报)|等下(?:发|报)"
    r"|(?:请|烦请)(?:老师|领导|各位)?(?:查收|审阅|审核|过目|阅示|指正)"
)
_CLOSING = lazy_re(
    r"^(?:特此(?:函告|报告|报送|通报|说明|致函)|(?:妥|当)否[,，]?\s*请(?:批示|指示|审示|示)"
    r"|以上(?:报告|意见)?[,，]?\s*请(?:审阅|审定|批示|阅示))[。.！!]?$"
)
# The addressee of a letter-style file: the bureau, its office, or its people, then a colon
# (a unit's own name with a colon is a heading: the rule asks the recogniser).
_SALUTATION = lazy_re(
    r"^(?:尊敬的|各位)?[\u4e00-\u9fff]{1,14}(?:局|委|委员会|办公室)(?:领导|各位领导)?[:：]$"
    r"|^(?:尊敬的|各位)?[\u4e00-\u9fff]{0,8}(?:领导|老师|同志)们?[:：]$"
)
# A sentence ends at 。！？ or the app's ~; the last one may have no end mark.
_SENTENCE = re.compile(r"[^。！？!?~～]+[。！？!?~～]*")
_HAS_FIGURE = re.compile(
    r"\d|[一二三四五六七八九十两]+(?:月|日|号|家|项|个|人|次|场|周|天|年|批|笔|名|所|台|套|万|亿|元)"
)
_LONGEST_REMARK = 40
_UNIT_HEADING = re.compile(r"^【[^】]{1,20}】")
# 发错了，本期无动态 is a reply of nothing with an aside: nil_reply reads it, it must stay.
_SAYS_NOTHING = lazy_re(
    r"(?:无|没有)(?:新的|新增的?|相关的?|可报送的?)?(?:工作)?(?:动态|信息|内容|材料|情况|进展|报送)"
    r"|(?:^|[:：，,])\s*(?:本周|本期|这周|近期)?(?:暂|均|都)?(?:无|没有)[。.！!]?$"
)


def is_remark(sentence: str) -> bool:
    """A short sentence, without date or figure, that speaks to the editor."""
    text = sentence.strip()
    if not text or len(text) > _LONGEST_REMARK or _HAS_FIGURE.search(text):
        return False
    if _SAYS_NOTHING.search(text):
        return False
    return bool(_REMARK.search(text) or _CLOSING.match(text))


def make_drop_remarks(unit_of: Callable[[str], str | None]) -> Callable[[str, Trace], str]:
    """The rule for one file: a unit's own name with a colon (东城区：) is a heading, not an
    addressee, so the recogniser is asked first."""

    def drop_remarks(line: str, trace: Trace) -> str:
        stripped = line.strip()
        heading = _UNIT_HEADING.match(stripped)
        prefix = heading.group() if heading else ""
        body = stripped[len(prefix) :]
        if not body:
            return line
        if _SALUTATION.match(body) and unit_of(body.rstrip(":：")) is None:
            trace.drop(body, SALUTATION)
            return prefix
        sentences = _SENTENCE.findall(body)
        while sentences and is_remark(sentences[-1]):
            last = sentences.pop()
            trace.drop(last, CLOSING if _CLOSING.match(last.strip()) else REMARK)
        while sentences and is_remark(sentences[0]):
            trace.drop(sentences.pop(0), REMARK)
        kept = "".join(sentences)
        return line if kept == body else prefix + kept

    return drop_remarks
