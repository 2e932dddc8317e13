"""A pasted mail's furniture goes: its headers (发件人/收件人/抄送/主题/发送时间, From/To/Cc/
Subject/Sent/Date, 寄件者/主旨), the rule over a quoted mail (-----原始邮件-----, ----- Original
Message -----, ---------- Forwarded message ---------, 在 2026年2月2日，X 写道：, On … wrote:),
the mail it answers, and every e-mail address.

Why: units copy a mail into a .txt or Word file as their client shows it: Outlook, Foxmail, QQ邮箱,
网易 and Gmail each put the headers in their own words and language, on lines of their own or run
together. Headers name people and addresses and say nothing of the week's work. A reply keeps the
mail it answers below a rule; when the unit wrote above it, what is below is the editor's call (or
an old mail) and goes whole. A forwarded mail is the unit's own text: only its headers go. An
e-mail address is a person's, and never reaches the bulletin. A dated line (2月3日，…) below a
quote is kept all the same: news is never lost to this rule.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.quoted import is_call
from zhoubao_cli.rules.separators import is_separator
from zhoubao_cli.textrules import lazy_re

HEADER = "邮件头（发件人、收件人、主题等）"
QUOTED_MAIL = "回复时附带的原邮件"
ADDRESS = "电子邮件地址"

_STRONG = (
    r"发件人|收件人|抄送人?|密送|主\s*题|发送时间|发件时间|收件时间|寄件者|收件者|副本|主旨|附件"
    r"|From|To|Cc|CC|Bcc|BCC|Subject|Sent|Reply-To"
)
_WEAK = r"时\s*间|日\s*期|Date|发送日期"
_HEADER = lazy_re(
    rf"^[*\s]*(?:{_STRONG}|{_WEAK})\s*[:：]", screen=lambda line: ":" in line or "：" in line
)
_STRONG_HEADER = lazy_re(
    rf"^[*\s]*(?:{_STRONG})\s*[:：]", screen=lambda line: ":" in line or "：" in line
)
# A second key later on the line: headers run together on one line.
_MORE_KEYS = lazy_re(rf"(?:{_STRONG}|{_WEAK})\s*[:：]")
_REPLY_RULE = lazy_re(
    r"^[-\s_=—－*]*(?:原始邮件|原邮件|邮件原文|Original\s+Message|Original\s+Mail)[-\s_=—－*:：]*$",
    screen=("原", "Original", "original", "ORIGINAL"),
)
_FORWARD_RULE = lazy_re(
    r"^[-\s_=—－*]*(?:转发的?邮件(?:信息)?|Forwarded\s+message|Begin\s+forwarded\s+message)[-\s_=—－*:：]*$",
    screen=("转发", "orward"),
)
_WROTE = lazy_re(r"^(?:在|于|On\b).{4,80}(?:写道|wrote)\s*[:：]?$", screen=("写道", "wrote"))
_ADDRESS = lazy_re(
    r"\s*[<＜(（\[]?\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>＞)）\]]?", screen="@"
)
_DATED = lazy_re(r"^\d{1,2}月\d{1,2}日")
_LONG_ENOUGH = 12  # a line of the unit's own above a quoted mail, not a greeting


class MailPaste:
    """The mail rules for one file: which lines are headers, and where a quoted mail begins."""

    def __init__(self, lines: list[str]) -> None:
        texts = [line.strip() for line in lines]
        self.headers: set[int] = set()
        run: list[int] = []
        for index, text in enumerate([*texts, "."]):
            if not text:  # a Word file's paragraphs come with blank lines between them
                continue
            if _HEADER.match(text):
                run.append(index)
                continue
            strong = [i for i in run if _STRONG_HEADER.match(texts[i])]
            if len(strong) >= 2 or any(
                "@" in texts[i] or len(_MORE_KEYS.findall(texts[i])) >= 2 for i in strong
            ):
                self.headers.update(run)
            run = []
        self.quoted_from: int | None = None
        written = False  # the unit has written something of its own above
        forwarded = False  # the headers that follow a forward's rule are the forward's
        for index, text in enumerate(texts):
            if not text:
                continue
            if _FORWARD_RULE.match(text):
                forwarded = True
                continue
            forwarded = forwarded and index in self.headers
            starts_reply = bool(_REPLY_RULE.match(text) or _WROTE.match(text))
            if written and (starts_reply or (index in self.headers and not forwarded)):
                self.quoted_from = index
                break
            if (
                len(text) >= _LONG_ENOUGH
                and any(mark in text for mark in "，。；")
                and index not in self.headers
                and not starts_reply
                and not is_separator(text)
            ):
                written = True

    def __call__(self, line: str, trace: Trace) -> str:
        stripped = line.strip()
        if not stripped:
            return line
        at = trace.at
        if (
            at is not None
            and self.quoted_from is not None
            and at >= self.quoted_from
            and not _DATED.match(stripped)  # dated news below a quote is kept, to be safe
        ):
            trace.drop(stripped, QUOTED_MAIL)
            return ""
        if (
            (at is not None and at in self.headers)
            or _REPLY_RULE.match(stripped)
            or _FORWARD_RULE.match(stripped)
            or _WROTE.match(stripped)
        ):
            trace.drop(stripped, HEADER)
            return ""
        if at is not None and self.headers and at > min(self.headers) and is_call(stripped):
            trace.drop(stripped, QUOTED_MAIL)  # the call below a quoted mail's headers
            return ""
        if "@" in stripped:
            for address in _ADDRESS.finditer(stripped):
                trace.drop(address.group(), ADDRESS)
            line = _ADDRESS.sub("", stripped)
        return line
