"""What a reply of nothing says: 无, 本周暂无动态, 我区本期无 and the like, with its asides
(受春节假期影响，/ 特此说明) told apart from it.

nil_reply reads a unit's whole text with it, and remarks asks it before dropping a sentence (发错了，
我区本期无 is not a remark): both rules import this module, and neither imports the other's.
"""

from __future__ import annotations

from functools import cache

from zhoubao_cli.rules.vocabulary import AFTERWORDS
from zhoubao_cli.textrules import lazy_re

DEFAULT_PHRASES = (
    "无",
    "暂无",
    "没有",
    "本周无",
    "本周暂无",
    "无动态",
    "暂无动态",
    "本周无动态",
    "本周无工作动态",
    "本周暂无相关工作",
    "本周无新增动态",
    "无相关内容",
    "无报送内容",
    "本周无信息报送",
    # The official word for a report of nothing: 零报告 (零报送, 零上报).
    "零报告",
    "零报送",
    "零上报",
    "本周零报告",
    "本期零报告",
    "本周零报送",
    "本期零报送",
)
# The shape of every such reply, so that the phrases need not list each wording.
_NIL_SHAPE = lazy_re(
    r"^(?:本周|本期|这周|此周|近期|近一周|上周|本周内|本次|第\d{1,3}期)?"
    r"(?:我区|我县|我局|我单位|本单位|本区|本县)?(?:暂|暂时|均|都|尚|还)?(?:无|没有|未有)"
    r"(?:新的|新增的?|相关的?|重要的?|重点的?|可报送?的?|需要?报送的?|需上报的?|值得报送的?)?"
    r"(?:工作)?(?:动态|信息|内容|材料|情况|进展|亮点|事项|稿件)?(?:可?(?:报送|上报|报))?$",
    screen=("无", "没有", "未有"),
)
NOISE = lazy_re(r"[\s。．.，,、！!～~…：:；;（）()“”\"'‘’]+")
_SPEAKER = lazy_re(r"^(?:我区|我县|我单位|本单位|我局|本区|本县|我们)")
# Why there is nothing, said before it: 受春节假期影响，/ 因疫情防控 / 春节期间.
CAUSE = lazy_re(
    r"(?:受[\u4e00-\u9fff、]{1,20}影响|(?:因|由于|鉴于)[\u4e00-\u9fff、]{1,24}"
    r"|(?:春节|节日|节假日|假期|放假|元旦|国庆|节前|节后)(?:假期|放假)?(?:期间)?)",
    screen=("受", "因", "由于", "鉴于", "节", "假", "元旦", "国庆"),
)
_ENDS_WITH_AFTERWORD = lazy_re(rf"(?:{AFTERWORDS})+$")  # 本周无动态特此说明, without a comma
_ORG_PREFIX = lazy_re(r"^[\u4e00-\u9fff]{1,8}?(?:区|县|市|局)[:：]?", screen="区县市局")
_LONGEST_ASIDE = 26


def says_nothing(clause: str) -> bool:
    """One clause that is a reply of nothing (我区本期无, 东城区本周暂无动态), without asides;
    any unit's name may stand before it (the caller need not know the units)."""
    return says_nil(clause, (), ()) or says_nil(_ORG_PREFIX.sub("", clause.strip()), (), ())


def without_unit(text: str, unit_names: tuple[str, ...]) -> str:
    """东城区：… / 东城区本周无 without the unit's name (the longest name that fits)."""
    stripped = text.strip()
    for name in _longest_first(unit_names):
        if stripped.startswith(name):
            return stripped[len(name) :].lstrip("：:，, ")
    return stripped


@cache
def _longest_first(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _known(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(NOISE.sub("", p) for p in (*DEFAULT_PHRASES, *phrases))


def says_nil(text: str, phrases: tuple[str, ...] | list[str], unit_names: tuple[str, ...]) -> bool:
    bare = _SPEAKER.sub(
        "", without_unit(_ENDS_WITH_AFTERWORD.sub("", NOISE.sub("", text)), unit_names)
    )
    if not bare or len(bare) > 20 + _LONGEST_ASIDE:
        return False
    if bare in _known(tuple(phrases)) or _NIL_SHAPE.match(bare):
        return True
    # The cause without a comma: 因春节放假本周无动态.
    return any(
        CAUSE.fullmatch(bare[:cut]) and _NIL_SHAPE.match(_SPEAKER.sub("", bare[cut:]))
        for cut in range(2, min(len(bare), _LONGEST_ASIDE + 1))
    )
