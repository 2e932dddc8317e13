"""Title lines, sub-titles, introductions and the date of a signature are not bulletin text.

Why: a submission often starts with its own title (东城区科技局工作动态, 第19期), has numbered
sub-titles (一、本周工作动态  二、下步工作计划), introduces its list (现将主要工作汇报如下：) and ends
with a dated signature (2026年2月5日). The bulletin prints each unit's items under its own label;
these lines would print as sentences. Content lines that merely are short stay.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.nil_reply import is_nil_reply
from zhoubao_cli.textrules import lazy_re

TITLE = "标题行"
INTRO = "引导语"
SIGN_OFF_DATE = "落款日期"
SIGN_OFF_UNIT = "落款单位（或重复的单位名）"

# A plain short line is a title only if it says so; any other short line is content.
_TITLE_WORDS = lazy_re(
    r"动态|信息|简报|周报|快报|材料|情况|汇报|报送|总结|要点|第\s*\d+\s*期|^\d{4}年\d{1,2}月\d{1,2}日$"
)
# A numbered line is a sub-title when it is nothing but one (一、工作动态); 1. 召开总结会 is an item.
_SUBTITLE = lazy_re(
    r"^(本周|近期|主要|重点)?(工作)?(动态|情况|进展|成效|亮点|开展情况|完成情况|总结)$"
    r"|^下(周|步|一步|阶段|月)(工作)?(计划|打算|安排|重点|思路)$"
    r"|^存在(的)?(问题|困难)|^(意见|工作)建议$"
)
_INTRO = lazy_re(r"^[^。；]{0,30}(?:如下|以下[^。；]{0,10})[:：]$")
_SIGN_OFF_DATE = lazy_re(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
)


def says_title(line: str) -> bool:
    """A short line that calls itself a title (…工作动态); 本周无动态 is a reply, not a title."""
    return bool(_TITLE_WORDS.search(line)) and not is_nil_reply(line)


def is_subtitle(text: str) -> bool:
    """本周工作动态, 下步工作计划 (with or without a colon): a sub-title, numbered or not."""
    return bool(_SUBTITLE.match(text.rstrip(":：")))


# Parts of a report form that are not this week's news: plans, problems, suggestions.
_NOT_NEWS = lazy_re(
    r"^(?:下(?:周|步|一步|阶段|月)(?:工作)?(?:计划|打算|安排|重点|思路)"
    r"|存在(?:的)?(?:问题|困难)(?:和|及|与)?(?:不足|建议)?|(?:困难|问题)(?:和|及|与)(?:问题|建议|不足)"
    r"|(?:意见|工作|有关)建议)$"
)
NOT_NEWS = "“{}”部分（周报只刊本周工作动态）"


def not_news_part(text: str) -> str | None:
    """下周工作计划 / 存在问题 as the title of a part: that part is not printed. Its name."""
    name = text.strip().rstrip(":：").strip()
    return name if _NOT_NEWS.match(name) else None


def drop_intro(line: str, trace: Trace) -> str:
    if _INTRO.match(line.strip()):
        trace.drop(line, INTRO)
        return ""
    return line


def is_sign_off_date(text: str) -> bool:
    """2026年2月26日 alone: the date under a signature, not the date of an item."""
    return bool(_SIGN_OFF_DATE.match(text.strip()))


def drop_sign_off_date(line: str, trace: Trace) -> str:
    if _SIGN_OFF_DATE.match(line.strip()):
        trace.drop(line, SIGN_OFF_DATE)
        return ""
    return line
