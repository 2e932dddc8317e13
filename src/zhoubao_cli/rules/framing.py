"""The parts of a letter around the news: 市科技局：, 特此函告。, 此致 敬礼, 附件：…, 抄送：…, the
document number, the signature (东城区科技局（盖章） 2026年2月5日), （此页无正文）.

Why: many offices send their news as a formal 函 or 报告, or paste one into the chat. Its frame
tells who writes to whom; the bulletin prints only the news inside. Each line of the frame goes
and is listed. A unit's own name with a colon (东城区：) is a heading, not an addressee, so the
rule asks the recogniser before it calls a line an addressee or a signature.
"""

from __future__ import annotations

from collections.abc import Callable

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.vocabulary import CLOSING, CLOSING_FORMULA
from zhoubao_cli.textrules import lazy_re

SALUTATION = "公文的称呼（抬头）"
ATTACHMENTS = "附件清单（附件不刊出）"
SIGNATURE = "落款、盖章、抄送或文号"

# The addressee: the bureau, its office, or its people, then a colon.
_SALUTATION = lazy_re(
    r"^(?:尊敬的|各位)?[\u4e00-\u9fff]{1,14}(?:局|委|委员会|办公室)(?:领导|各位领导)?[:：]$"
    r"|^(?:尊敬的|各位)?[\u4e00-\u9fff]{0,8}(?:领导|老师|同志)们?[:：]$",
    screen=lazy_re(r"[:：]$"),
)
_ATTACHMENT_HEAD = lazy_re(r"^附\s*件\s*\d{0,2}\s*[:：]")
# 2.活动现场照片 under 附件：1.签约企业名单 — a numbered name, without a date or a sentence.
_ATTACHMENT_ITEM = lazy_re(r"^\d{1,2}\s*[.．、]\s*[^。，；\d]{1,40}$")
_SIGNATURE = lazy_re(
    r"^【落款】|^(?:抄\s*送|主\s*送|印\s*发|签\s*发)\s*[:：]|^[（(]此页无正文[)）]$"
    r"|^[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号$",  # 东科函〔2026〕5号
    screen=lazy_re(r"^【落款】|^[抄主印签]\s*[送发]\s*[:：]|此页无正文|〔"),
)
_SIGN_OFF_DATE = lazy_re(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$",
    screen=lazy_re("^(?:\\d{4}|[〇零一二三四五六七八九]{4})"),  # a year first
)
_SEAL = lazy_re(r"[（(]\s*(?:盖章|公章|印章|章)\s*[)）]")
_ORG = lazy_re(r"(?:局|委|部|办|办公室|管委会|中心|政府|委员会)$")
_GAP = lazy_re(r"[\s\u3000]+")
_LONGEST_NAME = 24
_LONGEST_SIGNATURE = 48


def is_sign_off_date(text: str) -> bool:
    """2026年2月26日 alone: the date under a signature, not the date of an item."""
    return bool(_SIGN_OFF_DATE.match(text.strip()))


def is_signature(cells: list[str], unit_of: Callable[[str], str | None]) -> bool:
    """An organisation that signs, and when: 东城区科技局（盖章）, 东城区科技局　2026年2月5日,
    or a table row 东城区科技局 | 2026年2月5日. Nothing else may stand beside them."""
    sealed = any(_SEAL.search(cell) for cell in cells)
    parts = [p for cell in cells for p in _GAP.split(_SEAL.sub(" ", cell).strip()) if p]
    dates = [p for p in parts if is_sign_off_date(p)]
    names = [p for p in parts if p not in dates]
    if len(dates) > 1 or len(names) > 1 or not (dates or (sealed and names)):
        return False
    return all(len(n) <= _LONGEST_NAME and (_ORG.search(n) or unit_of(n)) for n in names)


class LetterFrame:
    """The frame rule for one file: it remembers that an attachment list has begun."""

    def __init__(self, unit_of: Callable[[str], str | None]) -> None:
        self.unit_of = unit_of
        self._in_attachments = False

    def __call__(self, line: str, trace: Trace) -> str:
        stripped = line.strip()
        if not stripped:
            self._in_attachments = False
            return line
        if self._in_attachments and _ATTACHMENT_ITEM.match(stripped):
            trace.drop(stripped, ATTACHMENTS)
            return ""
        self._in_attachments = False
        if _ATTACHMENT_HEAD.match(stripped):
            self._in_attachments = True
            trace.drop(stripped, ATTACHMENTS)
            return ""
        if _SALUTATION.match(stripped) and self.unit_of(stripped.rstrip(":：")) is None:
            trace.drop(stripped, SALUTATION)
            return ""
        if CLOSING_FORMULA.match(stripped):
            trace.drop(stripped, CLOSING)
            return ""
        signed = len(stripped) <= _LONGEST_SIGNATURE and is_signature([stripped], self.unit_of)
        if _SIGNATURE.search(stripped) or (signed and not is_sign_off_date(stripped)):
            trace.drop(stripped, SIGNATURE)
            return ""
        return line
