"""Decoding text files in the encodings a Chinese Windows machine writes."""

from __future__ import annotations

import codecs

from zhoubao_cli.errors import InputError
from zhoubao_cli.textrules import has_cjk, lazy_re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8（带 BOM）"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# Characters a Chinese text file plausibly holds: ASCII text, CJK, CJK and full-width punctuation,
# general punctuation and common symbols (★ ● ① …). Anything else in bulk means a wrong decoding.
_IMPLAUSIBLE = lazy_re(
    "[^\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u27bf\u3000-\u303f"
    "\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)


_TWO_BYTE_UTF8 = lazy_re("[\u0080-\u07ff]")


def _plausible(text: str) -> bool:
    if not text:
        return True
    return len(_IMPLAUSIBLE.findall(text)) <= len(text) * 0.02


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, human name of the encoding); undecodable bytes raise InputError, never mojibake."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError:
                raise _undecodable(name, label) from None
    utf8 = _try_decode(data, "utf-8")
    # Short Chinese texts defeat statistical detectors, so the usual suspect comes next.
    gbk = _try_decode(data, "gb18030")
    gbk_is_chinese = gbk is not None and _plausible(gbk) and has_cjk(gbk)
    # A few GBK bytes can pass for UTF-8 (卯 → î): Latin letters and no Chinese at all. Text of
    # everyday characters (GB2312 level 1: leads B0–D7) can never read as Chinese in UTF-8, so this
    # settles it; only rare characters in a text of two or three can still be read wrongly.
    passes_for_utf8 = utf8 is not None and _TWO_BYTE_UTF8.search(utf8) and not has_cjk(utf8)
    if utf8 is not None and _plausible(utf8) and not (gbk_is_chinese and passes_for_utf8):
        return utf8, "UTF-8"
    if gbk is not None and _plausible(gbk):
        return gbk, "GB18030/GBK"
    if utf8 is not None:
        return utf8, "UTF-8"
    from charset_normalizer import from_bytes  # slow to import; only for the odd file

    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _plausible(text):
            return text, best.encoding.upper().replace("_", "-")
    raise _undecodable(name, None)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _undecodable(name: str, label: str | None) -> InputError:
    what = (
        f"按 {label} 解码失败"
        if label
        else "无法识别编码（既不是 UTF-8，也不是 GBK/GB18030 或 UTF-16）"
    )
    return InputError(
        f"{name}：{what}，文件可能已损坏。",
        hint="请用记事本或 WPS 打开后另存为 UTF-8 文本或 .docx。",
    )
