"""The editor's call, quoted back by the unit that answers it, goes: 「张编辑：请各单位于2月5日前报送…」,
回复 张编辑：…, 引用 张编辑 的消息：…, > 请各单位…, 各区县科技局：第19期周报请于…前报送.

Why: WeChat, 企业微信 and 钉钉 paste a reply together with the message it answers, and a mail
reply keeps the mail it answers below a rule. What they quote is the editor's own call for
submissions (who is to send what, by when, how the file is to be named): printed, the bulletin
would tell its readers to send in their weekly news. The quote goes whole; the answer stays. A
call that stands on its own line without a quote mark is dropped only when it says so plainly
(请各单位/各区县…报送…周报/动态/第N期), so that news of a unit's own notice (组织企业于3月1日前
提交申报材料) stays.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

QUOTED = "引用的征稿通知或消息"

_GROUPS = r"(?:区县|县区|各区|区|县|单位|部门|成员单位|科室|处室|位|市直单位|园区)"
# 各区县科技局： / 各单位： — whom the call is addressed to, alone or before the call.
_ADDRESSEE = lazy_re(rf"^各{_GROUPS}[\u4e00-\u9fff、]{{0,10}}[:：]", screen="各")
_SUBMIT = r"(?:报送|上报|报来|提交|发送|发至|报至|发到|反馈)"
_WHAT = r"(?:周报|动态|稿件|材料|信息|简报|第\s*\d{1,3}\s*期|文件请?命名)"
# 请各单位于2月5日前报送本周工作动态 / 第19期周报请于2月5日12:00前报送.
_CALL = lazy_re(
    rf"请(?:各{_GROUPS}[\u4e00-\u9fff]{{0,8}})?[^。！!]{{0,30}}?{_SUBMIT}[^。！!]{{0,30}}?{_WHAT}"
    rf"|{_WHAT}[^。！!]{{0,12}}请[^。！!]{{0,30}}?{_SUBMIT}"
    rf"|文件请?命名为|逾期(?:不候|未报|视为)|过时不候",
    screen=("请", "命名", "逾期", "过时"),
)
# Lines of news start with a date or a place and a date; the call never does.
_NEWS_START = lazy_re(r"^(?!请)(?:\d{1,2}月\d{1,2}日|近日|本周|日前|[\u4e00-\u9fff]{2,8}于\d)")
# 「张编辑：…」, “张编辑：…”, 『…』: a chat quote with its speaker.
_SPEAKER_QUOTE = lazy_re(
    r"^[「『“\"]\s*[^\s「」『』“”\"：:，,。]{1,16}\s*[:：].*[」』”\"]$", screen='「『“"'
)
# 回复 张编辑：… / 回复@张编辑： / 引用 张编辑 的消息： / Re: …
_REPLY_PREFIX = lazy_re(
    r"^(?:回复|引用)\s*@?\s*[^\s：:，,。]{1,16}?\s*(?:的消息|发送的消息|的发言)?\s*[:：]\s*",
    screen=("回复", "引用"),
)
_QUOTE_MARK = lazy_re(r"^(?:[>＞]\s*)+", screen=">＞")


def is_call(text: str) -> bool:
    """Whether the text is (a part of) the editor's call for submissions."""
    text = text.strip()
    if not text or _NEWS_START.match(text):
        return False
    return bool(_ADDRESSEE.match(text) or _CALL.search(text))


def _plain_call(text: str) -> bool:
    """A call on a line of its own, said plainly: an addressee, or 请各… with 报送 and 周报."""
    if _NEWS_START.match(text):
        return False
    addressee = _ADDRESSEE.match(text)
    if addressee:
        rest = text[addressee.end() :].strip()
        return not rest or is_call(rest)
    return text.startswith(("请各", "请大家", "请你单位")) and is_call(text)


class QuotedCall:
    """The quote rules for one file: a block of > lines goes when any of it is the call."""

    def __init__(self, lines: list[str]) -> None:
        self.quoted_call: set[int] = set()
        block: list[int] = []
        for index, line in enumerate([*lines, ""]):
            if _QUOTE_MARK.match(line.strip()):
                block.append(index)
                continue
            if any(is_call(_QUOTE_MARK.sub("", lines[i].strip())) for i in block):
                self.quoted_call.update(block)
            block = []
        # A call over several lines (a quote's marks may be gone): beside a line that is plainly
        # the call, the lines of the same paragraph that are part of a call go too.
        paragraph: list[int] = []
        for index, line in enumerate([*lines, ""]):
            if line.strip():
                paragraph.append(index)
                continue
            texts = {i: lines[i].strip() for i in paragraph}
            if any(_plain_call(text) or _SPEAKER_QUOTE.match(text) for text in texts.values()):
                self.quoted_call.update(i for i, text in texts.items() if is_call(text))
            paragraph = []

    def __call__(self, line: str, trace: Trace) -> str:
        stripped = line.strip()
        if not stripped:
            return line
        mark = _QUOTE_MARK.match(stripped)
        if mark:
            if trace.at in self.quoted_call or is_call(stripped[mark.end() :]):
                trace.drop(stripped, QUOTED)
                return ""
            return stripped[mark.end() :]
        if (
            _SPEAKER_QUOTE.match(stripped)
            or _plain_call(stripped)
            or (trace.at in self.quoted_call and is_call(stripped))
        ):
            trace.drop(stripped, QUOTED)
            return ""
        reply = _REPLY_PREFIX.match(stripped)
        if reply:
            rest = stripped[reply.end() :]
            # 引用 X 的消息：… is only the quote; after 回复 X： an answer may follow.
            if not rest or is_call(rest) or "的消息" in reply.group() or "的发言" in reply.group():
                trace.drop(stripped, QUOTED)
                return ""
            trace.drop(reply.group(), QUOTED)
            return rest
        return line
