"""rules/doubts.py: every printed sentence is sure news or a doubt with why.

The sets are generated: each phrasing addressed to the editor is tried alone, at the start, in the
middle and at the end of an item, after a date, with half- and full-width punctuation and inside
each kind of bracket; the news side is the published issue 18, the example inbox, every paragraph
the real-input corpora print, and variants of news that says words the editor's notes also say.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhoubao_cli.rules.doubts import (
    ABOUT_MATERIAL,
    APOLOGY_THANKS,
    BRACKET_NOTE,
    NO_NEWS_SIGN,
    QUESTION,
    TO_EDITOR,
    judge,
    sentences,
)
from zhoubao_cli.sources.text import decode_text

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
UNITS = (
    "济南高新区",
    "高新区",
    "历下区",
    "市中区",
    "槐荫区",
    "天桥区",
    "历城区",
    "长清区",
    "章丘区",
    "济阳区",
    "莱芜区",
    "钢城区",
    "平阴县",
    "商河县",
    "起步区",
)

# -- the editor's side: phrasings by category --------------------------------------------------

# Strong: a doubt even after a date or beside a figure.
STRONG = {
    TO_EDITOR: [
        "麻烦老师审阅",
        "请老师审核",
        "老师您看一下这样写行不行",
        "请各位领导审阅",
        "麻烦帮忙看一下",
        "请领导过目",
        "烦请查收",
        "请查收",
        "老师好，这是本周的动态",
        "领导好，发一下本周的",
        "我这边再核实一下数字",
        "这条能不能放在最前面",
        "可否只刊发第一条",
        "照片稍后补发",
        "有问题随时联系我",
        "请编辑老师酌情删减",
        "看着删减就行",
        "标红部分是新增的",
        "收到请回复",
        "麻烦更新到周报里",
        "你们那边收到了没",
        "照片晚点发邮箱",
        "请知悉",
        "我们这边就这些",
        "数字我再确认一下",
        "您看着改就行",
        "麻烦您了",
        "辛苦编辑老师把关",
        "明天再补一条",
        "两张现场照片一会儿发老师",
        "请帮忙替换成新的",
        "这个是不是要放到重点工作里",
        "大家好，本周动态如下",
        "请审阅",
        "请核对后刊发",
        "劳烦费心",
    ],
    ABOUT_MATERIAL: [
        "以此为准",
        "以这版为准",
        "以修改后的为准",
        "此稿替换上一版",
        "上一版作废",
        "旧稿作废，用新的",
        "这一版数字有调整",
        "附件是活动照片",
        "照片另发",
        "详见附件",
        "刚才发的有误",
        "之前报的那版有错字",
        "第二条删掉",
        "上面那条删掉",
        "第二条数据待核实",
        "数据待统计科核实后更新",
        "版本有误，以修改稿为准",
        "发错了",
        "原图另发",
        "汇总表里那条删掉了",
        "第3条不要了",
        "前面那段删一下",
        "最终稿",
        "这段写错了",
        "刚才报的作废",
        "更正稿",
        "重新发一下",
        "第二条中的“12家”改为“15家”",
        "第一条的数字改一下，应为15家",
        "把“签约”改为“签署”",
        "这版替换昨天那版",
        "请用这一版",
    ],
    QUESTION: [
        "这样写可以吗",
        "需要加上照片吗",
        "是否还需要补充？",
        "第几期截止？",
        "这个格式对吗",
        "还要报别的吗",
        "周报什么时候出？",
        "能赶上这期吗",
        "这条放哪一部分呢",
        "还来得及吧",
        "12家这个数可以用吗",
    ],
    APOLOGY_THANKS: [
        "不好意思今天才报",
        "抱歉来晚了",
        "谢谢老师",
        "辛苦了",
        "感谢支持",
        "对不起，发晚了",
        "多谢",
        "不好意思，上一版有误",
        "报晚了见谅",
        "感谢理解",
        "sorry，刚看到",
    ],
}

# Weak: a doubt alone or beside other news, but a date before it may outweigh it.
WEAK = {
    TO_EDITOR: [
        "分管领导已经看过了",
        "我们就报这些",
        "领导让再加一句",
        "确认一下",
    ],
    ABOUT_MATERIAL: [
        "内容有更新",
        "已替换为最新版本",
        "补充一下",
        "材料已报分管领导",
        "图片和材料一起打包了",
        "文字稿修改过",
        "照片和附件都在压缩包里",
        "数据有所更正",
    ],
}

# The insides of brackets: notes that say nothing of the work.
NOTES = [
    "备注：此稿替换昨天的版本",
    "注：数据待核实",
    "说明：第二条为补报内容",
    "此处数据待统计科核实",
    "请勿刊发此段",
    "稿子有点长，老师看着删减",
    "已经分管领导审核",
    "照片另发",
    "ps：还有一条明天补",
]

NEWS = [
    "2月3日，组织辖区12家科技型中小企业参加省科技金融路演活动。",
    "2月4日，联合山东大学举办脑机接口产学研对接会，促成校企合作意向2项。",
    "本周审核5笔科技成果转化风险补偿贷款1750万元。",
]

_HALF = str.maketrans({"，": ",", "。": ".", "？": "?", "！": "!", "：": ":", "；": ";"})
_BRACKETS = ("【】", "（）", "()", "[]", "〔〕")


def formats(phrase: str) -> Iterator[str]:
    """The phrase as written: plain, with an end mark, half-width, in each kind of bracket."""
    yield phrase
    yield phrase + "。"
    yield (phrase + "。").translate(_HALF)
    yield phrase + "！"
    for pair in _BRACKETS:
        yield pair[0] + phrase + pair[1]


def positions(planted: str, with_date: bool) -> Iterator[tuple[str, str]]:
    """(item, the planted words) with the planted words alone, first, in the middle, last, and
    after a date (when the phrase's signs are strong enough to outweigh it)."""
    ended = planted if planted[-1] in "。！？!?.】）)]〕" else planted + "。"
    yield planted, planted
    yield ended + NEWS[0], planted
    yield NEWS[0] + ended + NEWS[1], planted
    yield NEWS[0] + NEWS[1] + planted, planted
    yield NEWS[1] + planted, planted  # a bracket glued to the sentence before it
    if with_date:
        yield "2月5日，" + planted, planted


def editor_variants() -> Iterator[tuple[str, str, str]]:
    """(category, item, planted) for every phrasing, format and position."""
    for strength, table in (("strong", STRONG), ("weak", WEAK)):
        for kind, phrases in table.items():
            for phrase in phrases:
                for written in formats(phrase):
                    for item, planted in positions(written, with_date=strength == "strong"):
                        yield kind, item, planted
    for note in NOTES:
        for pair in _BRACKETS:
            for item, planted in positions(pair[0] + note + pair[1], with_date=True):
                yield BRACKET_NOTE, item, planted


def planted_is_doubted(item: str, planted: str) -> bool:
    """A sentence that holds some of the planted words is a doubt."""
    start = item.index(planted)
    end = start + len(planted)
    offset = 0
    for sentence in sentences(item):
        here = offset
        offset += len(sentence)
        if here < end and start < offset and judge(sentence, UNITS):
            return True
    return False


EDITOR = list(editor_variants())


def test_the_editor_set_is_large() -> None:
    distinct = {planted for _, _, planted in EDITOR}
    assert len(distinct) >= 150
    assert len(EDITOR) >= 1500


@pytest.mark.parametrize(
    "kind", [TO_EDITOR, ABOUT_MATERIAL, QUESTION, APOLOGY_THANKS, BRACKET_NOTE]
)
def test_every_sentence_to_the_editor_is_a_doubt(kind: str) -> None:
    missed = [
        (item, planted)
        for k, item, planted in EDITOR
        if k == kind and not planted_is_doubted(item, planted)
    ]
    assert missed == []


def test_the_news_around_a_planted_sentence_stays_sure() -> None:
    for _, item, _ in EDITOR:
        for sentence in sentences(item):
            if sentence.strip() in NEWS:
                assert judge(sentence, UNITS) == [], (item, sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("麻烦老师审阅。", TO_EDITOR),
        ("以此为准。", ABOUT_MATERIAL),
        ("需要加上照片吗", QUESTION),
        ("谢谢！", APOLOGY_THANKS),
        ("2月3日，走访企业5家（备注：此稿替换昨天的版本）。", BRACKET_NOTE),
        ("好的", TO_EDITOR),
        ("上面那个不算", ABOUT_MATERIAL),
        ("这个是最终的", TO_EDITOR),
        ("就按原样处理", NO_NEWS_SIGN),
        ("一切顺利", NO_NEWS_SIGN),
    ],
)
def test_a_doubt_says_its_kind_and_why(sentence: str, kind: str) -> None:
    signs = judge(sentence, UNITS)
    assert kind in [s.kind for s in signs]
    assert all(s.kind.isascii() and s.why and not s.why.isascii() for s in signs)


def test_why_names_the_words() -> None:
    (sign,) = [s for s in judge("请老师审阅。", UNITS) if s.kind == TO_EDITOR]
    assert "老师" in sign.why


# -- the news side -------------------------------------------------------------------------------


def _published() -> list[str]:
    """Every line of the published issue 18 that is the bulletin's text."""
    text = (TESTS / "golden" / "published_issue18.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


_TITLE = re.compile(r"^(?:#.*|单位[:：].*|.{0,16}(?:动态|信息))$")
_MARKER = re.compile(r"^(?:\d+\s*[.、．]\s*|[-*]\s+)")


def _example_inbox() -> list[str]:
    """The example inbox's paragraphs, without titles and labels (the titles rule drops those)."""
    found: list[str] = []
    for path in sorted((ROOT / "examples" / "inbox").iterdir()):
        if path.name.startswith("~$"):
            continue
        if path.suffix == ".docx":
            lines = [p.text for p in docx.Document(str(path)).paragraphs]
        else:
            lines = decode_text(path.read_bytes(), path.name)[0].splitlines()
        for line in lines:
            line = _MARKER.sub("", line.strip().lstrip("\ufeff"))
            if line and not _TITLE.match(line):
                found.append(line)
    return found


def _printed_corpora() -> list[str]:
    """Every paragraph the real-input corpora print."""
    found = []
    for expected in sorted((TESTS / "real_inputs").glob("*/expected.json")):
        for entry in json.loads(expected.read_text(encoding="utf-8")):
            printed = entry.get("printed")
            if isinstance(printed, str):
                found += [p for p in printed.split("\n") if p.strip()]
    return found


# News that says words the editor's notes also say.
HARD_NEWS = [
    "赴山东莱威新材料有限公司开展招商引资对接，已初步达成合作意向",
    "组织企业申报材料，精准提升项目申报质量",
    "我区组织辖区企业开展高企认定政策宣讲",
    "我局联合区统计局召开研发投入统计培训会",
    "我市新增国家级专精特新“小巨人”企业8家",
    "我县与齐鲁工业大学签署产学研合作协议",
    "走访汽车附件生产企业，了解企业研发需求",
    "指导企业完成首张光刻照片的工艺验证",
    "推动删除冗余审批环节，压缩办理时限",
    "邀请省科学院专家开展专题授课",
    "申请总金额达1.06亿元，助力初创科技企业突破成长瓶颈",
    "聘请10名产业教授到企业开展技术服务",
    "将原厂房改为研发中心，新增研发面积2000平方米",
    "第二条生产线投产，预计年产值增加3亿元",
    "组织科技型企业补报研发费用加计扣除数据",
    "陪同市领导赴济南大学调研科技成果转化工作",
    "编制新材料产业发展规划，完成初稿",
    "召开全区科技创新大会，印发《科技创新若干政策》",
    "举办科普征稿活动，收到作品120余件",
    "开展科技政策“进企业”活动，服务企业30余家",
    "推动企业加大研发投入，指导企业做好研发经费归集",
    "深化与山东大学产学研合作，共建联合实验室",
    "围绕生物医药产业链开展精准招商，洽谈项目5个",
    "济南晶谷中试平台完成设备安装调试",
    "组织召开长清区驻区高校成果转化座谈会",
    "推动山东大学材料学院与区内企业对接交流",
    "近日，区科技局走访重点企业，了解企业创新需求",
    "本周三，组织专家对6个项目进行现场评审",
    "累计兑现科技创新奖补资金500万元",
    "新认定市级工程技术研究中心3家",
    "完成2026年第一批科技成果登记12项",
    "协调解决企业用地、用工等问题3项",
    "对企业提交的申报材料逐一审核，确保申报质量",
    "替换进口设备，推进关键零部件国产化",
    "我区3家企业入选省瞪羚企业名单",
    "与市委军民融合办开展对接交流",
    "更新科技型中小企业评价入库信息，新增入库企业15家",
    "上报全区科技统计数据，按时完成年报填报",
    "为12家企业分别发放创新券，统一下发政策汇编",
    "学习贯彻《山东省科技创新促进条例》，本条例自3月1日起施行",
    "修订完善《科技创新平台管理办法》，删去不适应发展需要的条款",
    "走访企业时，企业负责人对政策兑现效率表示感谢",
    "邀请专家对企业申报材料进行“一对一”辅导",
    "组织科技企业参加“请进来、走出去”交流活动",
    "针对企业反映的“申报麻烦、填报复杂”问题，组织税务专家上门辅导",
    "印发《关于进一步减少企业办事麻烦的十条措施》",
    "这是全市首家获批的省级新型研发机构",
]


def news_variants() -> Iterator[str]:
    for news in HARD_NEWS:
        yield news + "。"
        yield (news + "。").translate(_HALF)
        yield "2月3日，" + news + "。"
        yield "【历下区】" + news + "。"
        yield "1月29日，" + news + "；"


NEWS_SENTENCES = sorted(
    {
        s.strip()
        for item in [*_published(), *_example_inbox(), *_printed_corpora(), *news_variants()]
        for s in sentences(item)
        if s.strip()
    }
)


def test_the_news_set_is_large() -> None:
    assert len(NEWS_SENTENCES) >= 300


def test_the_published_issue_gives_at_most_two_doubts() -> None:
    doubts = [
        (s, judge(s, UNITS)) for line in _published() for s in sentences(line) if judge(s, UNITS)
    ]
    assert len(doubts) <= 2, doubts


# News that says a strong sign outright: a doubt the editor clears (以此为准 is never sure).
KNOWN_FALSE_DOUBTS = {
    "2月2日，平阴县印发《科技计划项目验收工作规范》，今后全县科技计划项目验收以此为准；",
    "编辑：陈静 赵文超 校对：姬扬",  # the published issue's imprint, not an item
}


def test_news_is_sure() -> None:
    doubted = {s for s in NEWS_SENTENCES if judge(s, UNITS)}
    assert doubted == KNOWN_FALSE_DOUBTS


@pytest.mark.parametrize("news", HARD_NEWS)
def test_hard_negatives_are_sure(news: str) -> None:
    assert judge(news + "。", UNITS) == []


# -- cutting into sentences -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "cut"),
    [
        ("2月3日，走访企业5家。以此为准！", ["2月3日，走访企业5家。", "以此为准！"]),
        ("审核3笔；新增2家", ["审核3笔；", "新增2家"]),
        ("他说：“好。再试。”然后离开。", ["他说：“好。再试。”然后离开。"]),
        (
            "走访企业（备注：此稿替换。旧稿作废）。完成",
            ["走访企业（备注：此稿替换。旧稿作废）。", "完成"],
        ),
        ("真的吗？！ 好的。", ["真的吗？！ ", "好的。"]),
        ("（ 未闭合。第二句。", ["（ 未闭合。", "第二句。"]),
        ("", []),
    ],
)
def test_sentences(item: str, cut: list[str]) -> None:
    assert sentences(item) == cut


_ALPHABET = '企业走访日月12，,。！？!?；;：“”‘’（）()【】[]〔〕《》" \u3000老师以此为准'


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_sentences_give_back_the_item(item: str) -> None:
    cut = sentences(item)
    assert "".join(cut) == item
    assert all(cut)


# -- a strong sign is never sure ------------------------------------------------------------------
# Outside quotation and title marks: inside them a strong word is the unit quoting a slogan or a
# document (“申报麻烦”问题, 《减少企业办事麻烦的十条措施》, “您点单、我服务”), weighed as a weak one.

STRONG_WORDS = [
    "您",
    "老师",
    "麻烦您",
    "请审阅",
    "以此为准",
    "作废",
    "？",
    "谢谢",
    "不好意思",
    "抱歉",
]
_PIECES = [*NEWS, *HARD_NEWS, "2月3日，", "12家", "【历下区】", "（山东）", "，", "。", "“", "”"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=5),
    st.sampled_from(STRONG_WORDS),
    st.lists(st.sampled_from(_PIECES), max_size=5),
    st.sampled_from(["", "【", "（", "(", "〔", "["]),
)
def test_nothing_sure_holds_a_strong_sign(
    before: list[str], word: str, after: list[str], opening: str
) -> None:
    closing = {"": "", "【": "】", "（": "）", "(": ")", "〔": "〕", "[": "]"}[opening]
    sentence = "".join(before) + opening + word + closing + "".join(after)
    assert judge(sentence, UNITS) != []


@pytest.mark.parametrize("word", STRONG_WORDS)
def test_a_quoted_strong_word_is_weighed_as_weak(word: str) -> None:
    """Beside a date and a figure it is news; alone it is still a doubt."""
    quoted = "开展“" + word + "”主题服务活动"
    assert judge("2月3日，" + quoted + "，服务企业12家。", UNITS) == []
    assert judge("“" + word + "”", UNITS) != []
