"""Which printed sentences are not sure to be news: each is judged by the signs news has and the
signs words to the editor have, and a sentence that is not plainly news is a doubt, with why.

Why: the phrase rules (remarks, chat, framing, nil_reply, captions, contact) drop the words to
the editor they know, and they will never know every phrasing: on held-out files with 60
sentences addressed to the editor, 41 were printed as news. A sentence the rules let through
must therefore either look like news or be shown to the editor as a doubt, never printed unseen.

News has signs: a date (2月3日, 本周三, 近日), a number with a measure (12家, 500万元), an action
the unit took (组织, 召开, 走访, 签约…), and an organisation (the unit, 我区/我局, a 公司 or 大学).
Words to the editor have others: they speak to a person (您, 老师, 麻烦您, 请…审阅, 能不能), they
speak of the material rather than the work (稿, 版本, 附件, 以此为准, 作废, 上一版, 第二条删掉),
they ask, they apologise or thank, they stand in a bracket as a note. A strong sign never occurs
in news, so it makes a doubt whatever else the sentence says. A weak sign also occurs in news
(组织企业申报材料, 光刻照片, 删除冗余审批环节, 我们), so it makes a doubt only when the weak words
outnumber the signs of news (a date or a figure counts two, up to two actions and an organisation
one each). A strong word inside quotation or title marks is the unit quoting a slogan or a
document (“申报麻烦”问题, 《减少企业办事麻烦的十条措施》) and is weighed as a weak one; so are 麻烦
and 老师 as nouns (融资麻烦, 中小学老师). A sentence with no sign of either kind is a doubt too:
news says when, how many, who or what was done.

sentences() cuts a printed item where judge() reads it; judge() returns the Signs (kind: a stable
ASCII code, why: a short phrase for the editor) or [] for sure news.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from zhoubao_cli.rules.instructions import read_instruction
from zhoubao_cli.textrules import LazyPattern, is_cjk, lazy_re

# -- cutting an item into sentences ---------------------------------------------------------------

_ENDS = frozenset("。！？!?；;")
_PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "《": "》"}
_CLOSERS = frozenset(_PAIRS.values())


def _protected(item: str) -> list[bool]:
    """Which characters stand inside a matched pair of quotes or brackets (an opening mark without
    its partner protects nothing, so one stray （ cannot glue a whole item into one sentence)."""
    inside = [False] * len(item)
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for i, char in enumerate(item):
        if char == '"':
            if straight is None:
                straight = i
            else:
                for j in range(straight + 1, i):
                    inside[j] = True
                straight = None
        elif char in _PAIRS:
            stack.append((char, i))
        elif char in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if _PAIRS[stack[depth][0]] == char:
                    for j in range(stack[depth][1] + 1, i):
                        inside[j] = True
                    del stack[depth:]
                    break
    return inside


def _is_period(item: str, i: int) -> bool:
    """A half-width . after Chinese ends a sentence (1.06亿元 and OPC.ai go on)."""
    return item[i] == "." and i > 0 and (is_cjk(item[i - 1]) or item[i - 1] in "”’）)】]")


def sentences(item: str) -> list[str]:
    """An item cut into sentences after 。！？!? and ；; (and a half-width . after Chinese); the
    marks and the blanks after them stay with their sentence; never cut inside quotes or
    brackets. ''.join(sentences(item)) == item."""
    inside = _protected(item)
    found: list[str] = []
    start = i = 0
    while i < len(item):
        if (item[i] in _ENDS or _is_period(item, i)) and not inside[i]:
            i += 1
            while i < len(item) and (item[i] in _ENDS or item[i] == "." or item[i].isspace()):
                i += 1
            found.append(item[start:i])
            start = i
        else:
            i += 1
    if start < len(item):
        found.append(item[start:])
    return found


# -- signs ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sign:
    """Why a sentence is not sure to be news: kind is a stable code, why is said to the editor."""

    kind: str
    why: str


TO_EDITOR = "to_editor"
ABOUT_MATERIAL = "about_material"
QUESTION = "question"
APOLOGY_THANKS = "apology_thanks"
BRACKET_NOTE = "bracket_note"
INSTRUCTION = "instruction"
NO_NEWS_SIGN = "no_news_sign"

_WHY = {
    TO_EDITOR: "像是写给编辑的话（“{}”）",
    ABOUT_MATERIAL: "说的是稿件本身，不是工作（“{}”）",
    QUESTION: "是一句问话（“{}”）",
    APOLOGY_THANKS: "是道歉、致谢或客套话（“{}”）",
    BRACKET_NOTE: "括号里是给编辑的说明（“{}”）",
    INSTRUCTION: "是对报送内容的说明（“{}”）",
    NO_NEWS_SIGN: "看不出是工作动态：没有日期、数字、单位或所做的事",
}

_INSTRUCTION_WHY = {
    "delete": "是要求删去一条的说明（“{}”）",
    "replace": "是要求改动文字的说明（“{}”）",
    "supersedes": "说的是稿件的版本（“{}”）",
    "partial": "说的是还有内容要补报（“{}”）",
}

# Signs that never occur in news: a doubt whatever else the sentence says.
_LATER = r"(?:稍后|晚点|晚些|一会儿?|待会儿?|马上|回头|过会儿?|明天|明日)(?:再|单独|另行)?"
_SEND = r"(?:补|发(?!布|展|现|挥|起|放|生|动)|报(?!告|道)|传(?!统|承|播)|更新|提供)"
_STRONG: dict[str, LazyPattern] = {
    TO_EDITOR: lazy_re(
        r"您|(?<!迷)你|(?<!辅导)(?<!学校)(?<!高校)(?<!骨干)(?<!青年)(?<!专业)(?<!指导)(?<!科学)(?<!中学)(?<!小学)(?<![校名位])老师|老师们?(?:好|您好)|(?:请|麻烦|谢谢|感谢|辛苦)[\u4e00-\u9fff]?老师|^麻烦|麻烦(?:您|你|老师|领导|各位|大家|了|用|帮|再|看|审|核|把|将|删|改|更新|替换|转|发|查|尽快|抽空)|烦请|劳烦|打扰|收到请|请(?:各位|领导|编辑|帮忙|帮|忽略|知悉)"
        r"|(?<![邀申聘提报呈])请[^，,。；;！!？?]{0,6}?(?:审阅|审核|审定|审一下|核对|核实|核一下|查收|查看|看一下"
        r"|看看|过目|把关|阅示|指正|斧正|删减|修改|更新|替换|采用|使用|用这)"
        r"|(?<![邀申聘提报呈])请(?:审|看|核|查)|请(?:审阅|查收|过目|阅示|斧正|指正)"
        r"|(?:领导|编辑)们?(?:好|辛苦|看一下|看看|过目|把关|审阅|费心|酌情)"
        r"|领导(?:已经?|均已|都已)?(?:审核|审阅|审定|看过|签字|签发|把关|同意刊发)"
        r"|(?<![统第逐唯单同])一下(?![子午发达属辖沉])|没问题|备注|(?:报送|上报|报|发|补|写)了?[一两三四五\d]条"
        r"|(?<!集)群里|微信上|(?:到时候?|下周|下期|以后|后面|回头)再(?:报|发|补)|(?:一起|一并)(?:报|发|补)(?!送|告|放|布|展|现|挥|贴|助)"
        r"|能不能|能否|可不可以|可否|行不行|要不要|是不是|好不好|可以吗|行吗|对吗"
        r"|大家好|各位好|早上好|^[，,\s]*(?:好的|收到|OK|ok)(?:[，,。！!~～]|$)"
        r"|看着(?:删|改|用)|酌情(?:采用|使用|删减|修改|处理)|标红|标黄|高亮"
        rf"|邮箱|就行|就可以了|{_LATER}{_SEND}"
        r"|(?:我|我们)(?:这边|这里|那边)|跟我说|联系我|告诉我|我再(?:改|发|补|核|看|确认)"
    ),
    ABOUT_MATERIAL: lazy_re(
        r"以(?:此|这|该|本|新|最新|下面|下述|修改后|更正后|最后|上面|后面|我们|今天|此次|本次)[^，,。；;！!？?]{0,6}?为准|作废|请忽略"
        r"|最终以|(?:数据|数字|金额|数量)[^，,。；;]{0,12}以[^，,。；;]{0,10}为准"
        r"|(?:此|这|该|本|旧|原|前|上一?|修改|更正|最终)稿|稿子|(?:这|那|此|上|前|旧|本)一?个?版(?!块|图|权|面|式|号|画)"
        r"|版本有误|(?:上|前)一个版本"
        r"|发错|报错了|(?<![注着看偏侧])重发|重新(?:发(?!布|现|展|起|放|挥)|报(?!告|送)|提交|上传)"
        r"|刚才(?:发|报)|之前(?:发|报)的|上午(?:发|报)的|昨天(?:发|报)的"
        r"|^第[一二三四五六七八九十两\d]{1,3}[条项段点][^，,。；;]{0,10}?(?:改为|改成|更正为|修改为|应为|换成)"
        r"|[”\"’」』]\s*(?:改为|改成|更正为|修改为|更改为|应为|应是|换成)|改一下"
        r"|删掉|删了|去掉了|删一下|(?:删除|删去|去掉|拿掉|撤掉)(?:第|上面|下面|这|那|以下|以上|最后)"
        r"|第[一二三四五六七八九十两\d]{1,3}[条项段点](?:内容|信息|动态)?的?(?:删|去掉|不要|不用|撤|作废|有误|错了)"
        r"|(?:这|那|上面|下面|上一|最后)[一个]?(?:条|段|句)[^，,。；;]{0,3}?(?:删|去掉|不要|不用|撤|作废|有误|错了|重复了)"
        r"|本条(?!例)|此条|该条信息|本信息|本则|^以上(?:为|是|就是|即|均为|内容|信息|动态|材料)"
        r"|(?:先|再)?(?:报|发|交|传)(?:上来|过来|上去)|(?:不要|不用|不必|(?<![分区特级类个识告辨性派])别)(?:写|提(?!交|供|升|出|高)|刊|登(?!记)|发(?!放|布|愁|展|挥)|公开)"
        r"|还在(?:审(?!批)|改(?!进|革|造|善)|核(?!查)|等|走流程)|请注意|就这(?:些|几条|两条|一条|么多)|(?:补充|更正|备注|说明|附注|(?<![关标批附备])注)\s*[:：]|(?:上报|报送|填报)(?:时间|日期)|另附|附上|随附|^附(?![件属近加带])|照片\s*\d+\s*张|\d+\s*张(?:现场)?照片|如上(?!所述)|(?:可以|可|就|按|照)[^，,。；;]{0,4}(?<![编撰书填抄改描特速缩])写|(?<![编撰书填抄改描特速缩])写(?:成|为|全称|简称)|(?:先|暂)不(?:报|发|写|刊)|不(?:报|发)了|暂不(?:公开|刊发|发布|报)|不宜公开|可以?改[为成]"
        r"|(?:无|没有)(?:其他|其它|别的|更多)(?:工作)?(?:动态|信息|内容|材料|情况)"
        r"|(?:^|(?<=[，,：:]))\s*[（(]?\s*[上下左右附组]?图\s*\d{0,2}\s*(?:为|是|示|[:：])"
        r"|有误|有错|错字|写错|数字不对|数据不对|待(?:核实|确认|补充|更新|统计)|确认后再|以后再补"
        r"|附件(?:里|中|是|为|有|见|太大|过大|发|传|请)|见附件|照片(?:稍后|另发|单独|随后|附后|见)|原图"
        r"|图片(?:稍后|另发|单独|见)|可以刊发|不宜刊发|不要刊发|不用刊发|不刊发|刊发时|刊登时|汇总时|汇总表|周报里|简报里"
    ),
    QUESTION: lazy_re(r"[？?]|[吗嘛呢吧][。.！!~～…\s]*$"),
    APOLOGY_THANKS: lazy_re(
        r"谢谢|多谢|抱歉|不好意思|对不起|见谅|辛苦了|辛苦您|辛苦各位|[Ss]orry"
        r"|感谢(?:您|你|老师|领导|编辑|各位|支持|理解)|^(?:非常|十分|衷心|真诚)?感谢|欢迎(?:指导|批评|指正|提出)|敬请|批评指正|^祝(?!贺)|(?:新年|新春|春节|节日|元宵节?)快乐"
    ),
}

# Signs that also occur in news: a doubt only when the sentence has too little news in it.
_WEAK: dict[str, LazyPattern] = {
    TO_EDITOR: lazy_re(
        r"(?<![自本])我们|(?<![自本忘])我(?![区局市县省国校院委办司部科镇乡街园厂所们])|领导"
        r"|(?<![邀申聘提报呈])请|看一下|看看|确认一下|知悉|了[。.！!~～]*$|^(?:这|以下|下面|如下|这些|这几条)(?:是|为)"
        r"|麻烦|(?<![校学名])老师|这个|那个|这周|这次|上次|应该|共享盘|网盘|云盘|邮件|上传|核实后|消息|工作群|微信群|群聊"
    ),
    ABOUT_MATERIAL: lazy_re(
        r"(?<!新)(?<!新型)材料(?!学院|科学|产业|企业|公司|行业|领域|研究)|版本|(?<![汽车机械零部件配])附件"
        r"|(?<!光刻)照片|图片|以[^，,。；;！!？?]{0,10}?为准|更正|补报|补充|删除|撤回|替换|改为|改成"
        r"|(?<![初定文画手底草])稿|内容|数据|报送|上报|提交|发送|刊发|刊登|漏报|核对|标题|字数|篇幅|格式"
        r"|(?:上面|下面|上边|前面|上述)的?|以下|如下|[这本上下此]期(?!间)|(?:这|那|此|该)一?(?:条|段)(?!生产线|线|路|街|河|产业链|链)"
    ),
    APOLOGY_THANKS: lazy_re(r"感谢|辛苦"),
}

_NOTE_LABEL = lazy_re(r"^\s*(?:备注|注|说明|附注|编者注|编辑注|PS|ps|P\.S\.)\s*[:：]?")
_VERSION_MARK = lazy_re(
    r"^(?:更正|补报|补充|修改|修改稿|修订|修订稿|更正稿|更新|最新|最新版|新版|重发|替换|作废|定稿|终稿|备注|说明|注意|急|加急)(?:版|稿)?$"
)
_BRACKET = lazy_re(
    r"【([^【】]{0,80})】|（([^（）]{0,80})）|\(([^()]{0,80})\)|\[([^\[\]]{0,80})\]|〔([^〔〕]{0,80})〕"
)
_HEADING_WORDS = lazy_re(
    r"(?:区|县|市|局|委|办|中心|园|新区|起步区|动态|工作|信息|专栏|要闻|概况|亮点|进展|成效|综述|聚焦|速递|简讯)$"
)

# -- signs of news --------------------------------------------------------------------------------

_CN = "一二三四五六七八九十两百千万零〇"
_DATE = lazy_re(
    rf"\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]|[{_CN}]{{1,3}}月[{_CN}]{{1,3}}[日号]|\d{{4}}\s*年|\d{{1,2}}\s*月(?:份|上旬|中旬|下旬|底|初)"
    rf"|(?<![\d月])\d{{1,2}}\s*日(?!内)|本周[一二三四五六日天]?|上周[一二三四五六日天]|周[一二三四五六日]|近日|日前|近期|本月|上月|年初|今年以来|年以来|以来|春节前|节前|节后|期间"
)
_MEASURE = (
    r"家|项|个|人|名|次|场|笔|元|万|亿|台|套|件|所|批|篇|份|条|户|位|支|座|处|间|株|种|类|门|期|届|轮|天|小时|年度?"
    r"|平方米|平米|亩|公里|千瓦|兆瓦|吨|%|％|倍|余|多|多家|余家|余人|余项"
)
# 一条 and 两条 are how a sender counts items (以下一条为补充内容); news writes 3条 in digits.
_FIGURE = lazy_re(
    rf"(?<!第)(?:\d+(?:\.\d+)?\s*(?:{_MEASURE})|[{_CN}]{{1,4}}(?:{_MEASURE})(?<![一两]条))"
)
_ACTIONS = (
    "组织|召开|举办|举行|开展|推动|推进|完成|签约|签署|调研|走访|服务|认定|申报|参加|出席|陪同|前往|对接|座谈"
    "|交流|培训|指导|审核|揭牌|启动|发布|印发|出台|制定|建设|建成|投产|落地|引进|培育|入选|获批|获评|达成|促成"
    "|实现|新增|累计|带动|帮助|协调|解决|落实|宣讲|宣传|摸排|筛选|考察|参观|查勘|征集|梳理|解读|登记|授牌|挂牌"
    "|入驻|招引|招商|洽谈|路演|评审|验收|备案|拨付|兑现|发放|审批|立项|检查|督导|深化|聚焦|围绕|助力|加快|提升"
    "|赋能|强化|优化|打造|搭建|支持|联合|会同|深入|举措|部署|谋划|争取|获得|荣获|通过|开通|上线|投用|运行|签订"
    "|合作|共建|共享|孵化|转化|攻关|研发|提供|受理|办理|兑付|奖补|补贴|资助|融资|贷款|投资|引育|招聘|对标|遴选"
    "|推介|展示|展出|观摩|研讨|论证|报告会|会议|讲座|活动|大赛|比赛|论坛|峰会|仪式|赴"
)
_ACTION = lazy_re(_ACTIONS)
_ORG = lazy_re(
    r"公司|集团|企业|大学|学院|高校|研究院|研究所|中心|实验室|科技园|产业园|园区|基地|平台|协会|学会|联盟|医院"
    r"|银行|机构|政府|管委会|委员会|办公室|街道|我区|我局|我市|我县|我省|本区|本县|全区|全县|全市"
    r"|(?<![格布结开当大变出])局(?![长面势部限])|[区县市省]委|[\u4e00-\u9fff]{2,8}办(?=[，,。、；\s和与及]|$)"
)
# Words of the work itself: a sentence with one of them is not without any sign of news.
_WORK = lazy_re(
    r"科技|创新|产业|项目|成果|政策|人才|研发|技术|经济|发展|工作|专利|高企|孵化|资金|投入|统计|改革|生态|体系"
)
_UNIT_HEADING = lazy_re(r"^\s*【([^【】]{1,24})】")


def _news_score(text: str, units: Collection[str]) -> int:
    score = 0
    if _DATE.search(text):
        score += 2
    if _FIGURE.search(text):
        score += 2
    actions = {m.group() for m in _ACTION.finditer(text)}
    score += min(len(actions), 2)
    if _ORG.search(text) or any(unit and unit in text for unit in units):
        score += 1
    return score


def _hits(text: str, table: dict[str, LazyPattern]) -> dict[str, str]:
    """The first trigger of each kind the table finds in text."""
    found: dict[str, str] = {}
    for kind, pattern in table.items():
        if m := pattern.search(text):
            found[kind] = m.group() or text.strip()[-2:]
    return found


_QUOTED = lazy_re(r"(“)[^“”]*(”)|(《)[^《》]*(》)|(\")[^\"]*(\")")


def _signs_of_doubt(text: str) -> tuple[dict[str, str], dict[str, str], int]:
    """The strong and the weak signs of doubt in text (the first of each kind), and how many
    weak words it says. Words in quotation or title marks are a unit's quote or a document's name
    (“申报麻烦”问题, 《减少企业办事麻烦的十条措施》): a strong sign there counts only as weak."""
    bare = _QUOTED.sub(lambda m: "".join(g or "" for g in m.groups()), text)
    strong = _hits(bare, _STRONG)
    weak = {k: w for k, w in _hits(text, _STRONG).items() if k not in strong}
    words = set(weak.values())
    for kind, pattern in _WEAK.items():
        for m in pattern.finditer(text):
            weak.setdefault(kind, m.group())
            words.add(m.group())
    weak = {k: w for k, w in weak.items() if k not in strong}
    return strong, weak, len(words) if weak else 0


def _is_heading(inner: str, units: Collection[str]) -> bool:
    inner = inner.strip()
    return inner in units or (bool(_HEADING_WORDS.search(inner)) and not _VERSION_MARK.match(inner))


_TITLE_MARKS = lazy_re(r"《[^《》]*》")


def judge(sentence: str, units: Collection[str]) -> list[Sign]:
    """The signs that a printed sentence may not be news; an empty list when it is sure news.

    units are the names a unit may go by (its own and the others'): a name is a sign of news, and
    【name】 before the sentence is its heading, not a note. A heading alone is not a sentence.
    A strong sign makes a doubt; weak signs make one unless the signs of news outnumber them."""
    text = sentence.strip()
    strong, _, _ = _signs_of_doubt(text)  # looked for everywhere, the heading too
    if (heading := _UNIT_HEADING.match(text)) and _is_heading(heading.group(1), units):
        text = text[heading.end() :].strip()
        if not text and not strong:
            return []
    signs: dict[str, str] = {}
    why = _WHY[INSTRUCTION]
    # A bracket is read on its own: a note in it is a doubt, a (山东) or a (省科学院) is nothing.
    outside = text
    titled = [t.span() for t in _TITLE_MARKS.finditer(text)]
    for m in _BRACKET.finditer(text):
        if any(a < m.start() and m.end() <= b for a, b in titled):
            continue  # 《…办法（征求意见稿）》: part of a document's name
        inner = next(g for g in m.groups() if g is not None)
        note = bool(_NOTE_LABEL.match(inner)) or (
            m.start() == 0 and bool(_VERSION_MARK.match(inner))
        )
        inner_strong, inner_weak, inner_count = _signs_of_doubt(inner)
        asks = read_instruction(inner) is not None
        if note or asks or inner_strong or inner_count > _news_score(inner, units):
            signs[BRACKET_NOTE] = _short(m.group())
            strong = {**inner_strong, **strong} if (note or asks or inner_strong) else strong
            if note or asks:
                strong.setdefault(BRACKET_NOTE, m.group())
            outside = outside.replace(m.group(), "，", 1)
            for kind, word in {**inner_weak, **inner_strong}.items():
                signs.setdefault(kind, word)
            break  # one note is enough to show the sentence
    if (instruction := read_instruction(text)) is not None:
        signs.setdefault(INSTRUCTION, instruction.words)
        strong.setdefault(INSTRUCTION, instruction.words)
        why = _INSTRUCTION_WHY[instruction.kind]
    for kind, word in strong.items():
        signs.setdefault(kind, word)
    _, weak, count = _signs_of_doubt(outside)
    weak = {k: w for k, w in weak.items() if k not in strong}
    if strong or signs or count > _news_score(outside, units):
        for kind, word in weak.items():
            signs.setdefault(kind, word)
    if not signs and not weak and not _looks_like_news(outside, units):
        return [Sign(NO_NEWS_SIGN, _WHY[NO_NEWS_SIGN])]
    return [
        Sign(kind, (why if kind == INSTRUCTION else _WHY[kind]).format(_short(word)))
        for kind, word in signs.items()
    ]


def _looks_like_news(text: str, units: Collection[str]) -> bool:
    return _news_score(text, units) > 0 or bool(_WORK.search(text))


def is_sure(sentence: str, units: Collection[str]) -> bool:
    """No sign of doubt: the sentence can be printed without the editor looking at it."""
    return not judge(sentence, units)


def _short(word: str, most: int = 12) -> str:
    word = word.strip()
    return word if len(word) <= most else word[: most - 1] + "…"
