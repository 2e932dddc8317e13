"""Photo captions go: 图为对接活动现场, （图为签约仪式）, 图1：…, 附图：, ▲走访企业现场, （摄影：…）,
照片由…提供, 现场照片, 附图1, （图片）, [图片], 图片来源：…, 附照片3张.

Why: the bulletin prints no pictures, so the words that describe one describe nothing. Units
paste them where the photo stood: a line of their own, a clause between two items (…5项；图为
对接活动现场；2月4日…), a bracket after a sentence, or a sentence about the photos (照片由…提供，
如需原图请联系我们。 / （活动照片见附件，共4张）). The clause goes with its separator; the
news around it stays.
"""

from __future__ import annotations

from zhoubao_cli.rules.base import Trace
from zhoubao_cli.textrules import lazy_re

CAPTION = "图片说明（周报不印图片）"

_WHO = r"(?:上|下|左|右|附|组)?图\s*\d{0,2}\s*"
# Credits for a photo: （摄影：王磊）, 图片来源：融媒体中心.
_CREDIT = r"(?:摄影|摄|图片来源|图源|图片提供|供图)\s*[:：]"
_SCENES = ("现场", "合影", "剪影", "掠影", "一角", "留影", "实景")


def _picture_first(text: str) -> bool:
    """The text starts (after blanks) with words of a picture (上图, 图1, 附图, 【图片说明】) or a
    credit (摄影, 供图): every caption and credit has 图 or 摄 among its first characters."""
    text = text.lstrip()
    return "图" in text[:3] or text[:1] == "摄"


def _picture_after(line: str, marks: str) -> bool:
    """图 or 摄 among the first characters after one of the marks."""
    for mark in marks:
        line = line.replace(mark, "\n")
    return any(_picture_first(piece) for piece in line.split("\n")[1:])


# A caption alone on its line: 图为…, 图1：…, 图2 田间指导, 附图：, （图为…）, 【图片说明】…, 摄影：…
_CAPTION_LINE = lazy_re(
    rf"^[(（]?\s*(?:{_WHO}(?:为|是|示|[:：])|图\s*\d{{1,2}}\s+\S|图片说明\s*[:：]?|【图片说明】"
    rf"|附图\s*[:：]?$|{_CREDIT})[^。；]*?[)）]?[。.]?$",
    screen=lambda line: _picture_first(line[1:] if line[:1] in "(（" else line),
)
# Under a picture, units caption with ▲ or leave a short line naming a scene: ▲走访企业现场.
_SCENE = lazy_re(
    r"^(?:▲|△)?\s*[^\d。，；]{2,20}(?:现场|合影|剪影|掠影|一角|留影|实景)$",
    screen=lambda line: line.removesuffix("\n").endswith(_SCENES),
)
# A caption or credit inside a line: （图为…） or （摄影：…） anywhere, or a 图为… clause.
_CAPTION_BRACKET = lazy_re(
    rf"[(（]\s*(?:{_WHO}(?:为|是|示|[:：])|{_CREDIT})[^()（）]{{1,60}}[)）]",
    screen=lambda line: _picture_after(line, "(（"),
)
# Where a picture stood, or the word for it: 现场照片, （图片）, [图片], 【图片】, 图1, 附图1, 照片附后,
# 附照片3张 — and a credit in words: 照片由区融媒体中心提供.
_PHOTO = r"(?:照片|图片|相片|配图|插图|附图|图)"
_PLACE_OF_PHOTO = lazy_re(
    rf"^[(（\[【]?\s*(?:附|另附|配|现场|活动|工作|会议)?{_PHOTO}\s*(?:\d{{1,2}}|[一二三四五六七八九十])?"
    rf"\s*(?:[一二三四五六七八九十两\d]{{1,2}}张|附后|见附件|另发|略)?\s*[)）\]】]?\s*[:：。.]?$",
    screen=lambda line: any(word in line[:8] for word in ("照", "图", "相片")),
)
_PHOTO_CREDIT = r"(?:照片|图片|图)由[^。；;()（）]{1,30}(?:提供|拍摄|供图)"
_CREDIT_LINE = lazy_re(rf"^[(（]?\s*{_PHOTO_CREDIT}\s*[)）]?[。.]?$", screen="由")
# Under a picture, a line marked ▲ (or △, ▼) is its caption; a news item is longer than this.
_TRIANGLE = lazy_re(r"^[▲△▼]\s*[^。；;]{1,40}[。.]?$", screen="▲△▼")
# 照片由…提供 / 活动照片见附件，共4张 / 图片稍后另发: a sentence or bracket about the photos.
_ABOUT_PHOTOS = (
    r"(?:现场|活动|会议|相关|工作)?(?:照片|图片|相片|配图)\s*"
    r"(?:由|见|详见|附|已|另|共|稍后|随后|后续|请|如需|\d|[一二三四五六七八九十两]张)"
)
_PHOTO_SENTENCE = lazy_re(
    rf"^\s*(?:{_ABOUT_PHOTOS}|{_PHOTO_CREDIT})[^。；;！!]{{0,40}}[。；;！!]?$",
    screen=lambda text: any(word in text[:6] for word in ("照", "图", "相片")),
)
_SENTENCE = lazy_re(r"[^。；;！!]+[。；;！!]*")
_DATE = lazy_re(r"\d{1,2}月\d{1,2}日")
_PHOTO_BRACKET = lazy_re(
    rf"[(（\[【]\s*(?:{_PHOTO}\s*\d{{0,2}}|{_PHOTO_CREDIT}|附(?:照片|图片)[^()（）\[\]【】]{{0,6}}"
    rf"|{_ABOUT_PHOTOS}[^()（）\[\]【】]{{0,24}})\s*[)）\]】]",
    screen=lambda line: any(word in line for word in ("照", "图", "相片")),
)
_DOUBLED = lazy_re(r"([。；;])\s*[；;]")
_CAPTION_CLAUSE = lazy_re(
    rf"(?<=[；;。])\s*{_WHO}(?:为|[:：])[^；;。]{{1,60}}(?:[；;。]|$)",
    screen=lambda line: _picture_after(line, "；;。"),
)


def drop_captions(line: str, trace: Trace) -> str:
    stripped = line.strip()
    if not stripped:
        return line
    if (
        _CAPTION_LINE.match(stripped)
        or _SCENE.match(stripped)
        or _PLACE_OF_PHOTO.match(stripped)
        or _CREDIT_LINE.match(stripped)
        or _TRIANGLE.match(stripped)
    ):
        trace.drop(stripped, CAPTION)
        return ""
    mended = _CAPTION_BRACKET.sub(lambda m: _gone(m.group(), trace), stripped)
    mended = _PHOTO_BRACKET.sub(lambda m: _gone(m.group(), trace), mended)
    mended = _CAPTION_CLAUSE.sub(lambda m: _gone(m.group(), trace), mended)
    if any(word in mended for word in ("照", "图", "相片")):
        sentences = _SENTENCE.findall(mended)
        about = [
            text for text in sentences if _PHOTO_SENTENCE.match(text) and not _DATE.search(text)
        ]
        for text in about:
            trace.drop(text.rstrip("；;"), CAPTION)
        if about:
            kept = "".join(text for text in sentences if text not in about).strip()
            mended = kept[:-1] + "。" if kept[-1:] in ("；", ";") else kept
    if mended == stripped:
        return line
    return _DOUBLED.sub(r"\1", mended)  # …基地。（摄影：王磊）；2月5日 → …基地。2月5日


def _gone(text: str, trace: Trace) -> str:
    trace.drop(text.strip("；;。 "), CAPTION)
    return ""
