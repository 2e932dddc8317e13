"""Title lines, sub-titles, introductions and the date of a signature are not bulletin text.

Why: a submission often starts with its own title (东城区科技局工作动态, 第19期), has numbered
sub-titles (一、本周工作动态  二、下步工作计划), introduces its list (现将主要工作汇报如下：) and ends
with a dated signature (2026年2月5日). The bulletin prints each unit's items under its own label;
these lines would print as sentences. Content lines that merely are short stay.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.framing import is_sign_off_date
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
    r"|^(本周|本期|近期|近一周)(主要)?(工作)?(内容|完成情况)?$"
    r"|^下(周|步|一步|阶段|月)(工作)?(计划|打算|安排|重点|思路)?$"
    r"|^存在(的)?(问题|困难)|^(意见|工作)建议$"
)
# A part of a unit's report under a Chinese number, named by a noun: （一）科技创新平台建设.
# (一、召开总结会 names an act: an item.)
_PART_TITLE = lazy_re(
    r"(?:建设|服务|工作|培育|管理|创新|情况|方面|领域|转化|发展|合作|引进|招引|平台|人才|金融|项目"
    r"|保障|改革|推进|落实|提升|攻关|宣传|孵化|统计|申报|评价|交流|对接|招商|活动|动态|走访)$"
)
_INTRO = lazy_re(
    r"^[^。；]{0,30}(?:如下|以下[^。；]{0,10})[:：]$"
    # 根据…通知要求，现将我区本周（1月31日—2月6日）工作动态报送如下：
    r"|^[^。]{0,80}(?:现将|特将|现把|今将)[^。；]{0,50}(?:如下|以下[^。；]{0,10})[:：]$"
    r"|^[^。；，,]{0,12}(?:本周|本期|近期)[^。；，,]{0,8}(?:信息|动态|材料|情况)[:：]$",  # 东城区本周的信息：
    screen=lazy_re(r"[:：]$"),
)


def says_title(line: str) -> bool:
    """A short line that calls itself a title (…工作动态); 本周无动态 is a reply, not a title."""
    return bool(_TITLE_WORDS.search(line)) and not is_nil_reply(line)


def is_subtitle(text: str) -> bool:
    """本周工作动态, 下步工作计划 (with or without a colon): a sub-title, numbered or not."""
    return bool(_SUBTITLE.match(text.rstrip(":：")))


# Parts of a report form that are not this week's news: plans, problems, suggestions.
_NOT_NEWS = lazy_re(
    r"^(?:下(?:周|步|一步|阶段|月)(?:工作)?(?:计划|打算|安排|重点|思路)?"
    r"|存在(?:的)?(?:问题|困难|不足)(?:(?:和|及|与)(?:问题|困难|不足|建议))?"
    r"|(?:困难|问题)(?:和|及|与)(?:问题|建议|不足|困难)|(?:意见|工作|有关)建议|意见和建议)$",
    screen=("下", "存在", "困难", "问题", "建议"),
)
NOT_NEWS = "“{}”部分（周报只刊本周工作动态）"


def is_part_title(text: str) -> bool:
    """科技创新平台建设 under （一）: the name of a part of the report, not an item."""
    return bool(_PART_TITLE.search(text))


def not_news_part(text: str) -> str | None:
    """下周工作计划 / 存在问题 as the title of a part: that part is not printed. Its name."""
    name = text.strip().rstrip(":：").strip()
    return name if _NOT_NEWS.match(name) else None


def drop_intro(line: str, trace: Trace) -> str:
    if _INTRO.match(line.strip()):
        trace.drop(line, INTRO)
        return ""
    return line


def drop_sign_off_date(line: str, trace: Trace) -> str:
    if is_sign_off_date(line):
        trace.drop(line, SIGN_OFF_DATE)
        return ""
    return line
