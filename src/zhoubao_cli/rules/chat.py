"""Chat pastes: what WeChat, 企业微信, 钉钉 and QQ add around a message is not bulletin text.

Why: units often paste their report from the work group's chat. The copy brings sender-and-time
lines (张三 10:23, 王晓明 2026/2/5 09:12:08, [2026-02-05 09:12] 张三:), placeholders for what
cannot be copied ([图片] [文件] [语音], and the app's own emoticon codes such as [强] [抱拳]),
greetings and closers (各位领导好, 以上，请查收。, 收到), and a sender's name before the text
(东城区科技局-李娜：1月28日，…). None of it may go out under the bureau's name, and a personal name
is as private as a phone number. Each is left out and listed in the report.

When a sender line or prefix names a unit (李娜(东城区科技局)), it counts as that unit's heading.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.vocabulary import SMALL_TALK, is_small_talk, reason_for
from zhoubao_cli.textrules import lazy_re

SENDER = "聊天记录的发送人和时间"
PLACEHOLDER = "聊天软件的占位符"
SYSTEM = "聊天软件的系统提示"
NOT_A_UNIT = "不属于任何报送单位的聊天消息"

_TIME = r"(?:(?:上午|下午|晚上|中午|凌晨|早上|傍晚)\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
_DATE = (
    r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?"
    r"|昨天|前天|今天|星期[一二三四五六日天]|周[一二三四五六日天])"
)
_STAMP = rf"(?:{_DATE}\s*)?{_TIME}"
# A sender: a name or nickname, maybe with an organisation, a QQ number or an address after it.
_NAME = (
    r"[^\s:：，。；！？,;!?\[\]【】]{1,24}?(?: [^\s:：，。；！？,;!?\[\]【】\d]{1,6})?"
    r"(?:\s*[(（][^()（）]{1,30}[)）]|\s*<[^<>]{1,40}>)?"
)
_SENDER_LINE = lazy_re(
    rf"^(?:(?P<name>{_NAME})\s+{_STAMP}"  # 张三 10:23 / 王晓明 2026/2/5 09:12:08
    rf"|[\[【(（]?\s*{_STAMP}\s*[\]】)）]?\s*(?P<name2>{_NAME})?"  # [2026-02-05 09:12] 张三
    rf"|[-—=]+\s*{_DATE}(?:\s*{_TIME})?\s*[-—=]+)\s*[:：]?$",  # —— 2026-02-05 —— (a day divider)
    screen=lazy_re(r"\d[:：]\d|[-—=]"),  # a time, or a divider's dashes
)
# @张三 / @周报小助手 at the start of a message: who it was addressed to.
_MENTION = lazy_re(r"^(?:@[^\s@]{1,20}\s+)+", screen="@")
_FILE_NAME = lazy_re(
    r"^\S.{0,60}\.(?:docx?|wps|txt|md|pdf|xlsx?|et|pptx?|jpe?g|png|gif|zip|rar|7z)"
    r"(?:\s*[(（]?\d+(?:\.\d+)?\s*[KMG]B?[)）]?)?$",
    re.IGNORECASE,
    screen=lazy_re(r"\.[A-Za-z7]"),  # an extension
)
_SYSTEM_LINE = lazy_re(
    r"(?:撤回了一条消息|拍了拍|以下[是为]新消息|的聊天记录$|^聊天记录$|加入了群聊|邀请.{1,30}加入了群聊"
    r"|修改群名为|^\[?聊天记录\]?$|^-+\s*以下.{0,8}-+$"
    # QQ's message manager export starts with a header of its own.
    r"|^消息记录[（(]|^消息分组\s*[:：]|^消息对象\s*[:：]|^={3,}$)"
)
_PLACEHOLDER_NAMES = (
    "图片|照片|图像|文件|附件|表情|动画表情|语音|视频|链接|位置|名片|小程序|红包|转账|聊天记录|"
    "语音通话|视频通话|音乐|视频号|直播|公众号|Image|Photo|Picture|File|Sticker|Voice|Video|Link|"
    "Emoji|Animated Sticker"
)
# The apps' emoticon codes, as a copy of the chat writes them ([强] [抱拳] [OK]).
_EMOTICONS = (
    "微笑|撇嘴|色|发呆|得意|流泪|害羞|闭嘴|睡|大哭|尴尬|发怒|调皮|呲牙|惊讶|难过|酷|冷汗|抓狂|吐|偷笑|"
    "愉快|白眼|傲慢|饥饿|困|惊恐|流汗|憨笑|悠闲|奋斗|咒骂|疑问|嘘|晕|疯了|衰|骷髅|敲打|再见|擦汗|抠鼻|"
    "鼓掌|糗大了|坏笑|左哼哼|右哼哼|哈欠|鄙视|委屈|快哭了|阴险|亲亲|吓|可怜|菜刀|西瓜|啤酒|咖啡|饭|猪头|"
    "玫瑰|凋谢|嘴唇|爱心|心碎|蛋糕|闪电|炸弹|便便|月亮|太阳|礼物|拥抱|强|弱|握手|胜利|抱拳|勾引|拳头|"
    "差劲|爱你|NO|OK|ok|跳跳|发抖|怄火|转圈|嘿哈|捂脸|奸笑|机智|皱眉|耶|吃瓜|加油|汗|天啊|Emm|社会社会|"
    "旺柴|好的|打脸|哇|翻白眼|666|让我看看|叹气|苦涩|裂开|合十|烟花|福|庆祝|赞|比心|送花花|收到|谢谢|"
    "笑哭|大笑|感谢|点赞|鲜花|干杯|奸笑|破涕为笑|悠闲|憨笑|得意"
)
_PLACEHOLDER = lazy_re(
    rf"\[(?:(?:{_PLACEHOLDER_NAMES})(?:\s*[:：][^\]]{{0,80}})?|(?:{_EMOTICONS}))\]",
    screen="[",
)
# Greetings, courtesies and closers are words to the editor: rules/vocabulary.py.
# 东城区科技局-李娜：… / 李娜（东城区科技局）：… / 李娜@东城区：…
_ORG_WORDS = r"(?:区|县|局|委|办|中心|公司|集团|科|处|部|园|院|校)"
_SENDER_PREFIX = lazy_re(
    rf"^(?P<prefix>(?P<org>[^\s:：，。；]{{2,16}}?{_ORG_WORDS})\s*[-—_·•@\s]\s*(?P<name>[\u4e00-\u9fff]{{2,4}})"
    rf"|[\u4e00-\u9fff]{{2,4}}\s*[(（@]\s*(?P<org2>[^()（）:：]{{0,12}}{_ORG_WORDS}[^()（）:：]{{0,4}})\s*[)）]?)"
    rf"\s*[:：]\s*",
    screen=lazy_re(r"[-—_·•@\s(（][^:：]*[:：]"),  # a mark between organisation and name, a colon
)


# A personal name before a message (吴凡：…), as a multi-message copy writes each line.
_NAME_PREFIX = lazy_re(
    r"^([\u4e00-\u9fff]{2,4})\s*[:：]\s*(?=\S|$)", screen=lazy_re(r"^[^\x00-\x7f]{2,4}\s*[:：]")
)


# The commonest Chinese surnames (about nine in ten people): a line of only 王芳： is a sender
# whose message starts on the next line, where 会议要求： is a clause.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
)
_STAMP_ALONE = lazy_re(rf"^{_STAMP}$", screen=":：")
# A sender alone on a line: 孙丽, or 东城区科技局 刘波 (organisation, a blank, a name).
_BARE_SENDER = lazy_re(
    rf"^(?:(?P<org>[^\s:：，。；]{{2,16}}?{_ORG_WORDS})\s+)?[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}$"
)
_NAME_ALONE = lazy_re(
    rf"^([{_SURNAMES}][\u4e00-\u9fff]{{1,2}})\s*[:：]$",
    screen=lazy_re(r"^[^\x00-\x7f]{2,3}\s*[:：]$"),
)


def _is_name_alone(line: str, unit_of: Callable[[str], str | None]) -> bool:
    """王芳： alone on its line; 章丘区： and 综合科： are headings, not people."""
    alone = _NAME_ALONE.match(line)
    if not alone:
        return False
    name = alone.group(1)
    return not re.search(f"{_ORG_WORDS}$", name) and unit_of(name) is None


class ChatPaste:
    """The chat rules for one file. A name is a sender's when a sender line of the file names it,
    or when two or more lines of the file start with it and a colon (吴凡：…)."""

    def __init__(self, unit_of: Callable[[str], str | None], lines: list[str]) -> None:
        self.unit_of = unit_of
        prefixes = [m.group(1) for line in lines if (m := _NAME_PREFIX.match(line.strip()))]
        self.senders: set[str] = {name for name in prefixes if prefixes.count(name) >= 2}
        # 钉钉 puts the sender on a line of its own and the time on the next: 孙丽 / 2026-02-05 10:15.
        texts = [line.strip() for line in lines if line.strip()]
        self.sender_lines: set[str] = {
            text
            for text, after in itertools.pairwise(texts)
            if _STAMP_ALONE.match(after) and _BARE_SENDER.match(text)
        }
        for line in lines:  # 东城区科技局-张凯：… names 张凯, who may write 张凯：… next
            if (prefix := _SENDER_PREFIX.match(line.strip())) and (name := prefix.group("name")):
                self.senders.add(name)

    def __call__(self, line: str, trace: Trace) -> str:
        """The line without chat furniture; a unit named by a sender becomes a 【unit】 line."""
        stripped = line.strip()
        if not stripped or _plainly_content(stripped):
            return line
        if _SYSTEM_LINE.search(stripped):
            trace.drop(stripped, SYSTEM)
            return ""
        if stripped in self.sender_lines:
            trace.drop(stripped, SENDER)
            bare = _BARE_SENDER.match(stripped)
            org = bare.group("org") if bare else None
            unit = self.unit_of(org) if org else None
            return f"【{unit}】" if unit else ""
        sender = _SENDER_LINE.match(stripped)
        if sender and not _looks_like_content(stripped):
            trace.drop(stripped, SENDER)
            name = sender.group("name") or sender.group("name2") or ""
            return self._sender(name)
        line, count = _PLACEHOLDER.subn(lambda m: _note(trace, m.group(), PLACEHOLDER), line)
        if count and not line.strip():
            return ""
        mention = _MENTION.match(line.strip())
        if mention:
            trace.drop(mention.group(), SENDER)
            line = line.strip()[mention.end() :]
        if _FILE_NAME.match(line.strip()):  # what a copied file message leaves: its name
            trace.drop(line, PLACEHOLDER)
            return ""
        stripped = line.strip()
        if is_small_talk(stripped):
            trace.drop(stripped, reason_for(stripped, SMALL_TALK))
            return ""
        prefix = _SENDER_PREFIX.match(stripped)
        if prefix:
            org = prefix.group("org") or prefix.group("org2") or ""
            trace.drop(prefix.group().rstrip(), SENDER)
            rest = stripped[prefix.end() :]  # empty when the message starts on the next line
            unit = self.unit_of(org)
            return f"【{unit}】{rest}" if unit else rest
        if _is_name_alone(stripped, self.unit_of):  # 赵磊： and the message on the next line
            trace.drop(stripped, SENDER)
            return ""
        known = _NAME_PREFIX.match(stripped)
        if known and known.group(1) in self.senders:
            trace.drop(known.group().rstrip(), SENDER)
            return self(stripped[known.end() :], trace)  # 吴凡：请审核。 is a closer after all
        return line

    def _sender(self, name: str) -> str:
        """Remember the sender's name; a sender from a unit makes that unit's heading."""
        bare = re.split(r"\s*[(（<]", name, maxsplit=1)[0].strip()
        if bare:
            self.senders.add(bare)
        unit = self.unit_of(name) if name else None
        return f"【{unit}】" if unit else ""


def _note(trace: Trace, text: str, reason: str) -> str:
    trace.drop(text, reason)
    return ""


_LONGEST_FURNITURE = 60  # sender lines, greetings and closers are shorter


def _plainly_content(line: str) -> bool:
    """A long line without a bracket or an early colon is a message, not chat furniture: most
    lines are, and telling them quickly spares the rules below."""
    return (
        len(line) > _LONGEST_FURNITURE
        and "[" not in line
        and "：" not in line[:30]
        and ":" not in line[:30]
    )


def _looks_like_content(line: str) -> bool:
    """A sender line is short and has no sentence in it: 会议于 10:30 召开 is not one."""
    return len(line) > 60 or bool(re.search(r"[。；！？]", line))
