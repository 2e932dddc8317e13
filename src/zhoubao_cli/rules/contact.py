"""Signature and contact lines go; a personal phone number never reaches the bulletin.

Why: a submission ends with who wrote, checked and signed it and how to reach them (报送人,
联系人, 联系电话, 手机, 审核人, 签发人, 邮箱, often two on one line, sometimes in brackets at the end
of the last paragraph). The bulletin is printed and sent out; a colleague's mobile number in it is
a leak. Lines and trailing clauses of this kind are left out; a mobile number that is still in a
paragraph after that is cut out with a warning, so the editor looks at the sentence.

A sentence that tells the reader whom to call (有问题请与县科技局李娜联系。, 如有疑问，请联系王芳。,
有意向的企业可联系区科技局成果转化科。, 具体事宜请与市中区科技局联系) goes whole: it is said to the
editor or to readers of a notice, not news of the week. So does a contact block spread over lines,
a label alone on its line and the name (or name and number) on the next.
"""

from __future__ import annotations

import re

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

CONTACT = "署名或联系方式"
MOBILE = "手机号码"

_KEY_WORDS = [
    "报送单位联系人",
    "报名联系人",
    "报名电话",
    "咨询电话",
    "服务电话",
    "热线电话",
    "服务热线",
    "咨询热线",
    "联系邮箱",
    "报送人",
    "报送",
    "联系人",
    "联系电话",
    "联系方式",
    "联系手机",
    "办公电话",
    "固定电话",
    "电话号码",
    "电话",
    "手机号码",
    "手机号",
    "手机",
    "座机",
    "固话",
    "传真",
    "审核人",
    "审核",
    "签发人",
    "签发",
    "核稿人",
    "核稿",
    "拟稿人",
    "拟稿",
    "撰稿人",
    "撰稿",
    "供稿人",
    "供稿",
    "责任人",
    "经办人",
    "填报人",
    "填表人",
    "信息员",
    "通讯员",
    "电子邮箱",
    "邮箱",
    "电子邮件",
    "微信号",
    "微信",
    "报送时间",
    "报送日期",
    "填报时间",
    "填报日期",
]
_KEYS = "|".join(_KEY_WORDS) + r"|[Ee]-?[Mm][Aa][Ii][Ll]|QQ|qq"
# The first character of every key: a clause after a comma that starts with none of them is no
# contact clause (a cheap screen before the costly patterns below).
_KEY_FIRSTS = "".join(sorted({word[0] for word in _KEY_WORDS})) + "EeQq"


def _after_keys(text: str) -> list[str]:
    """What follows each key that the text starts with (after blanks): 联系人：王芳 → ["：王芳"]."""
    text = text.lstrip()
    if text[:1] not in _KEY_FIRSTS:
        return []
    rests = [text[len(key) :] for key in _KEY_WORDS if text.startswith(key)]
    lower = text.lower()
    return rests + [text[len(p) :] for p in ("e-mail", "email", "qq") if lower.startswith(p)]


def _colon_next(rests: list[str]) -> bool:
    return any(rest.lstrip()[:1] in ("：", ":") for rest in rests)


def _unbracketed(line: str) -> str:
    return line[1:] if line[:1] in "（(【[" else line


def _key_and_colon_first(line: str) -> bool:
    """联系人：…, （电话：…: a key and a colon at the start, after one bracket and blanks."""
    return _colon_next(_after_keys(_unbracketed(line)))


def _key_and_blank_first(line: str) -> bool:
    """联系人 王芳: a key and a blank at the start."""
    return any(rest[:1].isspace() for rest in _after_keys(_unbracketed(line)))


def _key_and_colon_after(line: str, marks: str) -> bool:
    """A key and a colon right after one of the marks (or after blanks, when marks holds one)."""
    for mark in marks:
        line = line.replace(mark, "\n")
    return any(_colon_next(_after_keys(piece)) for piece in ("x" + line).split()[1:])


def _key_after_comma(line: str) -> bool:
    return any(_after_keys(piece) for piece in line.replace(",", "，").split("，")[1:])


def _ends_with_number(line: str) -> bool:
    """A line that ends with a digit (perhaps before 。), or holds an address."""
    text = line.removesuffix("\n")
    text = text[:-1] if text[-1:] in ("。", ".") else text
    return "@" in line or text[-1:].isdecimal()


# Forms space their labels out to align them (联 系 人：, 手　　机：): read as 联系人：, 手机：.
_SPACED_LABEL = lazy_re(
    r"^([（(【\[]?\s*)((?:[\u4e00-\u9fff][ \u3000]+){1,7}[\u4e00-\u9fff])(?=\s*[:：])",
    screen=lazy_re(r"[ \u3000][^:：]*[:：]"),
)
_MOBILE = r"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)"
_PHONE = rf"(?:{_MOBILE}|(?<!\d)(?:0\d{{2,3}}[\s-]?)?\d{{7,8}}(?:[-转]\d{{1,5}})?(?!\d))"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A line that starts with a key and a colon: 联系人：王芳  电话：13805318888.
_KEY_COLON = lazy_re(rf"^[（(【\[]?\s*(?:{_KEYS})\s*[:：]", screen=_key_and_colon_first)
# A key and a blank, then a name, a number or an address: 联系人 王芳 / 电话 0531-88886666.
_KEY_BLANK = lazy_re(
    rf"^[（(【\[]?\s*(?:{_KEYS})\s+(?:[\u4e00-\u9fff]{{2,4}}(?:\s|$)|{_PHONE}|{_EMAIL})",
    screen=_key_and_blank_first,
)
# A name and a number on their own: 王芳 13805318888; or only a number or an address.
_NAME_NUMBER = lazy_re(
    rf"^(?:[\u4e00-\u9fff]{{2,4}}\s*[:：]?\s*)?(?:{_PHONE}|{_EMAIL})[。.]?$",
    screen=_ends_with_number,
)
# A contact clause in brackets anywhere, or at the end of a paragraph after its last sentence.
_BRACKETED = lazy_re(
    rf"[（(]\s*(?:{_KEYS})\s*[:：][^（）()]*[)）]",
    screen=lambda line: _key_and_colon_after(line, "（("),
)
_TRAILING = lazy_re(
    rf"(?:(?<=[。；;！!？?])|\s+)(?:{_KEYS})\s*[:：].*$",
    screen=lambda line: _key_and_colon_after(line, "。；;！!？?"),  # blanks split too
)
_LABEL = lazy_re(rf"\s*(?:{_KEYS})\s*[:：]?\s*")
# After a comma, a key with a number or a name to the end of the sentence: ，咨询电话：0531-…,
# ，报名联系人：赵倩，139…, ，联系电话0531-…，邮箱…
_COMMA_TAIL = lazy_re(
    rf"[，,]\s*(?:{_KEYS})\s*[:：]?\s*(?:{_PHONE}|{_EMAIL}|[\u4e00-\u9fff]{{2,4}}(?=[，,\s]|$))"
    rf"[^。；;！!？?]*",
    screen=_key_after_comma,
)
_MOBILE_IN_TEXT = lazy_re(
    rf"(?:(?:手机|电话|联系电话)\s*[:：]?\s*)?{_MOBILE}", screen=lazy_re(r"1[3-9]\d")
)
_EMPTY_BRACKETS = lazy_re(r"[（(]\s*[)）]")
# A clause that tells readers whom to call: 有疑问的企业可联系区科技局马科长咨询 / 详情请致电 8888….
# It names a person or a number; the sentence before it stays.
_ENQUIRY = lazy_re(
    r"[，,]\s*(?:[^，,。；;！!？?]{0,12}(?:如有|若有|有)(?:疑问|问题|需要|需求|意向)[^，,。；;！!？?]{0,8}[，,]?\s*"
    r"|(?:详情|具体事宜|相关事宜|报名|报名咨询|咨询|具体)?)(?:可|请|欢迎)(?:[^，,。；;！!？?]{0,6})?(?:联系|致电|咨询|垂询)"
    r"[^，,。；;！!？?]{0,30}?(?:科长|主任|老师|同志|处长|局长|先生|女士|电话|热线|手机|\d{7,}|科|室|处|中心|办公室|服务站|窗口)"
    r"[^，,。；;！!？?]{0,12}(?=[。；;！!？?]|$)",
    screen=("联系", "致电", "咨询", "垂询"),
)

# A whole sentence of whom to call: 如有疑问，请联系王芳 / 有问题请与县科技局李娜联系 / 请与区科技局联系.
_WHOM_TO_CALL = lazy_re(
    r"^(?:[^，,。；;！!？?]{0,12}?(?:如有|若有|如需|如对|凡有|有)[^，,。；;！!？?]{0,16}?"
    r"(?:疑问|问题|需要|需求|意向|意见|建议|不明|不清楚|了解|详情)[^，,。；;！!？?]{0,12}?(?:[，,]\s*)?"
    r"|(?:详情|具体事宜|相关事宜|具体情况|报名事宜|报名)?[，,]?\s*)"
    r"(?:可|请|欢迎|烦请|敬请|均可|即可)(?:及时|直接|随时)?"
    r"(?:与[^，,。；;！!？?]{1,30}?(?:联系|联络)|(?:联系|联络|致电|咨询|垂询))"
    r"[^。；;！!？?]{0,40}[。；;！!？?]?$",
    screen=("联系", "联络", "致电", "咨询", "垂询"),
)
_SENTENCES = lazy_re(r"[^。；;！!？?]+[。；;！!？?]*")
_NUMBERS = lazy_re(rf"{_PHONE}|{_EMAIL}")
# A name on its own after a label alone (联系人： / 王芳 (科长)).
_NAME_ALONE = lazy_re(
    r"^[\u4e00-\u9fff]{2,4}(?:\s*[（(]?(?:科长|主任|处长|局长|同志|老师|副科长|副主任)[)）]?)?"
    r"(?:\s*[:：]?\s*" + _PHONE + r")?[。.]?$"
)


def _is_whom_to_call(sentence: str) -> bool:
    """A sentence that only says whom to call: no figure but a number to call."""
    sentence = sentence.strip()
    return bool(_WHOM_TO_CALL.match(sentence)) and not any(
        ch.isdecimal() for ch in _NUMBERS.sub("", sentence)
    )


class ContactLines:
    """The contact rule for one file: drop_contact on each line, and a name alone on the line
    after a contact label alone (联系人：/ 王芳)."""

    def __init__(self, lines: list[str]) -> None:
        self.after_label: set[int] = set()
        previous = ""
        for index, line in enumerate(lines):
            text = line.strip()
            if not text:
                continue
            if is_contact_label(previous) and _NAME_ALONE.match(_unspaced(text)):
                self.after_label.add(index)
            previous = text

    def __call__(self, line: str, trace: Trace) -> str:
        if trace.at is not None and trace.at in self.after_label and line.strip():
            trace.drop(line, CONTACT)
            return ""
        return drop_contact(line, trace)


# Every contact line and clause has a colon, a number or a key in it; a line without any is
# spared the rules below (they are costly to compile, and most lines are plain text).
_GATE_WORDS = ("联系", "致电", "咨询", *_KEY_WORDS)
_THREE_DIGITS = lazy_re(r"\d{3}")
_LATIN_KEY = lazy_re(r"[Ee]-?[Mm][Aa][Ii][Ll]|QQ|qq")


def _maybe_contact(line: str) -> bool:
    return (
        any(mark in line for mark in ":：@")
        or any(word in line for word in _GATE_WORDS)
        or bool(_THREE_DIGITS.search(line) or _LATIN_KEY.search(line))
    )


def is_contact_label(text: str) -> bool:
    """联系人, 联系电话, 手 机 … as a form or table writes them."""
    return bool(_LABEL.fullmatch(_unspaced(text)))


def _unspaced(line: str) -> str:
    """联 系 人：王芳 → 联系人：王芳, when the spaced-out word is a contact label."""
    head = line[:12]
    if " " not in head and "\u3000" not in head:
        return line
    spaced = _SPACED_LABEL.match(line)
    if spaced is None:
        return line
    word = re.sub(r"[ \u3000]+", "", spaced.group(2))
    if word not in _KEY_WORDS:
        return line
    return spaced.group(1) + word + line[spaced.end() :]


def drop_contact(line: str, trace: Trace) -> str:
    stripped = _unspaced(line.strip())
    if not stripped or not _maybe_contact(stripped):
        return line
    if (
        _KEY_COLON.match(stripped)
        or _KEY_BLANK.match(stripped)
        or _NAME_NUMBER.match(stripped)
        or is_contact_label(stripped)  # 联系人 alone, the name on the next line
    ):
        trace.drop(stripped, CONTACT)
        return ""
    for bracketed in _BRACKETED.findall(stripped):
        trace.drop(bracketed, CONTACT)
    line = stripped = _BRACKETED.sub("", stripped)
    if any(word in stripped for word in ("联系", "联络", "致电", "咨询", "垂询")):
        sentences = _SENTENCES.findall(stripped)
        calls = [sentence for sentence in sentences if _is_whom_to_call(sentence)]
        for sentence in calls:
            trace.drop(sentence, CONTACT)
        if calls:
            kept = [sentence for sentence in sentences if sentence not in calls]
            line = stripped = _ends_as_before("".join(kept))
            if not stripped:
                return ""
    for tail in _COMMA_TAIL.finditer(stripped):
        trace.drop(tail.group().lstrip("，, "), CONTACT)
    line = stripped = _COMMA_TAIL.sub("", stripped)
    for enquiry in _ENQUIRY.finditer(stripped):
        trace.drop(enquiry.group().lstrip("，, "), CONTACT)
    line = stripped = _ENQUIRY.sub("", stripped)
    trailing = _TRAILING.search(stripped)
    if trailing and trailing.start() > 0:
        trace.drop(trailing.group(), CONTACT)
        line = stripped[: trailing.start()].rstrip()
    if _MOBILE_IN_TEXT.search(line):
        for number in _MOBILE_IN_TEXT.findall(line):
            trace.drop(number, MOBILE)
            trace.warnings.append(f"正文里有手机号码“{number}”，已删去，请核对这句话")
        line = _EMPTY_BRACKETS.sub("", _MOBILE_IN_TEXT.sub("", line))
    return line


def _ends_as_before(text: str) -> str:
    """…5项；(a sentence gone after it) → …5项。"""
    text = text.strip()
    return text[:-1] + "。" if text[-1:] in ("；", ";") else text
