"""Words to the editor: greetings, courtesies and closers, remarks, a letter's closing formula,
and what may follow a reply of nothing. Each family of phrases is written here once; the chat,
framing, remarks and nil_reply rules build on them.

Why one place: the same words reach several rules (以上报告，请审阅。 is a chat closer, the end of
a letter and a remark at the end of a paragraph), and the report must say what a line is, not
which rule happened to meet it first. `reason_for` answers that for every rule: a letter's closing
formula is 公文的结束语, a greeting or a courtesy is 问候、客套或收尾语, and what speaks to the editor
about the submission (请老师审阅, 以此为准) is 写给编辑的话 — whichever rule drops the line.
"""

from __future__ import annotations

from zhoubao_cli.textrules import lazy_re

# The reasons a dropped line is given, by what it is.
CLOSING = "公文的结束语"
SMALL_TALK = "问候、客套或收尾语"
REMARK = "写给编辑的话（不是工作动态）"

# -- the families ------------------------------------------------------------------------------
# How a unit addresses the editor, and others it greets.
EDITOR = "老师|领导|科长|主任"
ADDRESSEES = rf"{EDITOR}|处长|同志|同事|大家|各位"
HELLO = "您好|你好|好|早上好|上午好|下午好|晚上好|辛苦了"
THANKS = "谢谢|感谢|辛苦了?"
APOLOGY = "不好意思|抱歉|对不起|见谅|[Ss]orry"
# What a sender asks the editor to do with the file (请查收); a closer line may name more.
ASK_TO_READ = "查收|审阅|审核|过目|阅示|指正"
CLOSER_VERBS = rf"{ASK_TO_READ}|审定|参阅|批示|查阅|斧正|收阅|参考|查看|阅"
# Said only to the editor, of an earlier message: it no longer counts.
DISCARD = "作废|请忽略"
# A later message takes back what came before (发错了，…请忽略).
WITHDRAWAL = rf"发错|{DISCARD}|撤回|不算|是上[期周]的"
# The formal end of a letter or report.
FORMAL_END = "特此(?:函告|报告|报送|通报|说明|致函|告知)"

# -- the phrases, as whole lines or sentences ------------------------------------------------------
# 各位领导好！ / 王老师，您好！ / 辛苦了
GREETING_LINE = lazy_re(
    rf"^(?:(?:各位|尊敬的)?[\u4e00-\u9fff]{{0,4}}(?:{ADDRESSEES})们?[,，\s]*)?(?:{HELLO})"
    r"[!！。,，~～]*$",
    screen=lazy_re(r"(?:好|辛苦了)[!！。,，~～]*$"),
)
# 老师好，… / 您好， at the start of a sentence (a bare 好 there is no greeting).
GREETING_OPENING = rf"(?:(?:各位)?(?:{EDITOR})们?(?:好|您好)|您好|你好|大家好)"
# Every closer holds one of these (a verb of reading, a thanks or an acknowledgement, 以上).
_CLOSER_MARKS: tuple[str, ...] = ("收", "审", "阅", "过目", "正", "批示", "参考", "查看", "好")
_CLOSER_MARKS += ("OK", "ok", "谢", "辛苦", "麻烦", "以上")
# 以上，请查收。 / 收到 / 好的，谢谢 / 以上是我区本周工作动态，请查收，谢谢！
CLOSER = lazy_re(
    rf"^(?:以上[^。；]{{0,30}}?[,，]?\s*)?(?:请|烦请|敬请|恳请|麻烦)?(?:各位)?(?:{EDITOR})?"
    rf"(?:{CLOSER_VERBS})(?:[,，!！]?\s*(?:{THANKS})[^\n]{{0,6}})?[!！。.~～]*$"
    rf"|^(?:(?:收到|已收到|好的|好|OK|ok|{THANKS}|谢谢领导|辛苦各位|麻烦了|麻烦您了|谢谢您|多谢)"
    r"[,，!！。.~～\s]*)+$"
    r"|^以上(?:是|为|就是)?[^。；]{0,30}(?:动态|信息|材料|内容|情况|稿件)[,，。]?(?:请[^。]{0,8})?[!！。.~～]*$",
    # A closer starts with 以上, or has its verb or thanks within its first eight characters.
    screen=lambda line: line.startswith("以上") or any(m in line[:8] for m in _CLOSER_MARKS),
)
# 现将我区本周工作动态报送如下：
OPENER = lazy_re(
    r"^(?:现|特|今)?(?:将|把)[^。；]{0,30}(?:报送|发送|提交|报|发|呈报|报上)(?:如下|给您|过来|上来)?[:：。!！]?$"
    r"|^[^。；]{0,20}(?:报送|发送|提交)如下[:：]?$",
    screen=("将", "把", "如下"),
)
# 特此函告。 / 妥否，请批示。 / 以上报告，请审阅。 / 此致 敬礼
CLOSING_FORMULA = lazy_re(
    rf"^(?:{FORMAL_END}|(?:妥|当)否[,，]?\s*请(?:批示|指示|审示|示)"
    r"|以上(?:报告|意见)?[,，]?\s*请(?:审阅|审定|批示|阅示)|此致|敬礼|此致\s*敬礼)[。.！!]?$",
    screen=("特此", "否", "以上", "此致", "敬礼"),
)
# A word of each remark phrase below, so that a sentence without any is passed over at once.
_REMARK_MARKS = (
    *("不好意思", "抱歉", "对不起", "见谅", "orry", "麻烦", "发不", "传不上", "上传不了", "打不开"),
    *("太大", "过大", "直接", "为准", "用这", "发的", "报的", "发错", "报错了", "重发", "更正一下"),
    *(
        "改一下",
        "重新",
        "删掉",
        "删了",
        "去掉了",
        "撤回",
        "今天才",
        "才报",
        "晚了",
        "迟了",
        "补报一下",
    ),
    *("补发一下", "补一条", "稍等", "稍后", "马上", "一会", "等下", *ASK_TO_READ.split("|")),
)
# A short sentence that says one of these is a remark (不好意思今天才报, 以此为准, 请老师审阅).
REMARK_WORDS = lazy_re(
    rf"{APOLOGY}"
    r"|麻烦(?:您|你|老师|领导|科长|主任|处长|各位|了|用|帮|再)"
    r"|发不(?:过去|出去|上去|了)|传不上|上传不了|打不开|附件(?:太大|过大)|文件(?:太大|过大)"
    r"|直接(?:贴|发|粘贴?)(?:在|到)?(?:这里|这儿|群里|这)"
    r"|以(?:此|这个|这版|这一版|本版|新版|最新的?|下面的?|这条|此版|修改后的?)(?:版本)?为准"
    r"|(?<![利使应运采作费])用(?:这个|这版|这一版)"
    r"|(?:刚才|之前|上午|下午|昨天)(?:发|报)的|发错|报错了|重发|更正一下|改一下"
    r"|重新(?:发|报)(?:一下|一遍|一次|了|过来)"
    r"|删掉|删了|去掉了|撤回"
    r"|今天才|才报|来晚了|晚了|迟了|补报一下|补发一下|补一条"
    r"|稍等|稍后|马上(?:发|报)|一会儿?(?:发|报)|等下(?:发|报)"
    rf"|(?:请|烦请)(?:老师|领导|各位)?(?:{ASK_TO_READ})",
    screen=_REMARK_MARKS,
)
# A word of each phrase below that speaks to the editor.
_EDITOR_MARKS = (
    *EDITOR.split("|"),
    *DISCARD.split("|"),
    *("编辑", "稍后", "收到请回复", "酌情", "看着删", "标红", "修改稿", "此稿替换", "旧稿", "上一"),
    *("上面那条", "以下一条", "补充内容", "稿子有点长"),
)
# Words that speak to the editor whatever else the sentence holds (2张现场照片稍后发老师邮箱).
TO_THE_EDITOR = lazy_re(
    rf"(?:请|麻烦|谢谢|感谢|辛苦)(?:各位)?(?:{EDITOR}|编辑)"
    rf"|(?:{EDITOR}|编辑)们?(?:好|辛苦|看着|酌情|审阅|过目|费心)|发(?:给)?老师|给老师|老师邮箱"
    rf"|{DISCARD}|照片稍后|稍后(?:补充|补发|单独|再发)|收到请回复|酌情(?:采用|使用|删减|修改)"
    r"|看着删|标红|以修改稿为准|此稿替换|旧稿|上一[版稿]|上面那条|以下一条|补充内容|稿子有点长",
    screen=_EDITOR_MARKS,
)
# What may follow a reply of nothing: thanks, a plea, a promise, or that an earlier message was
# wrong (本周无动态，特此说明 / 望理解 / 下周一并报送 / 上面那条是上期的，请忽略).
AFTERWORDS = (
    rf"(?:望|请|敬请|还请)?(?:理解|谅解|知悉|查收|见谅)|{THANKS}|谢谢(?:老师|领导)|{APOLOGY}"
    rf"|{FORMAL_END}|(?:下周|下期|下次)(?:一并|再)?(?:报送|上报|报|补报|补上|补充|补发)"
    rf"|上面那?[条个]?(?:是上期的?|是上周的?|作废|不算)?|{WITHDRAWAL}"
)


def is_small_talk(line: str) -> bool:
    """A whole line of greeting, courtesy or closer (各位领导好！, 收到, 以上，请查收。, 现将…报送如下：)."""
    return bool(GREETING_LINE.match(line) or CLOSER.match(line) or OPENER.match(line))


def reason_for(text: str, default: str = REMARK) -> str:
    """Why these words to the editor are left out, by what they are, whichever rule found them:
    a letter's closing formula; then a greeting; then what speaks to the editor by name or about
    the file; then a courtesy or closer; else the finding rule's own reason."""
    said = text.strip()
    if CLOSING_FORMULA.match(said):
        return CLOSING
    if GREETING_LINE.match(said):
        return SMALL_TALK
    if TO_THE_EDITOR.search(said):
        return REMARK
    if CLOSER.match(said) or OPENER.match(said):
        return SMALL_TALK
    if REMARK_WORDS.search(said):
        return REMARK
    return default
