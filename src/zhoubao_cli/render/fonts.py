"""The fonts a bulletin names: their declarations for Word, and whether this machine has them.

Word and WPS pick a stand-in for a missing font from its declaration in word/fontTable.xml: the
alternative name first, then the character set, family and PANOSE class. Declared as a Windows
office declares them, a missing 仿宋_GB2312 becomes 仿宋 and 方正小标宋简体 becomes 宋体, not a
sans face picked by guesswork.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class FontInfo:
    """One font as Windows describes it (values as Word writes them in fontTable.xml)."""

    alt_name: str  # the stock Windows font Word should use when this one is missing
    panose: str
    family: str  # auto, roman, swiss, modern, script, decorative
    pitch: str  # fixed, variable
    signature: tuple[str, str, str, str, str, str]  # usb0..usb3, csb0, csb1
    english: str = ""  # the name the Windows registry and fontconfig know it by


# The stock faces of a Chinese Windows (the alternatives every declaration points to).
_SIMSUN = FontInfo(
    "SimSun",
    "02010600030101010101",
    "auto",
    "variable",
    ("00000003", "288F0000", "00000016", "00000000", "00040001", "00000000"),
    "SimSun",
)
_SIMHEI = FontInfo(
    "SimHei",
    "02010609060101010101",
    "modern",
    "fixed",
    ("800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"),
    "SimHei",
)
_FANGSONG = FontInfo(
    "FangSong",
    "02010609060101010101",
    "modern",
    "fixed",
    ("800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"),
    "FangSong",
)
_KAITI = FontInfo(
    "KaiTi",
    "02010609060101010101",
    "modern",
    "fixed",
    ("800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"),
    "KaiTi",
)
_GB2312 = ("00000001", "080E0000", "00000010", "00000000", "00040000", "00000000")

KNOWN: dict[str, FontInfo] = {
    "宋体": _SIMSUN,
    "黑体": _SIMHEI,
    "仿宋": _FANGSONG,
    "楷体": _KAITI,
    "仿宋_GB2312": FontInfo(
        "仿宋", "02010609030101010101", "modern", "fixed", _GB2312, "FangSong_GB2312"
    ),
    "楷体_GB2312": FontInfo(
        "楷体", "02010609030101010101", "modern", "fixed", _GB2312, "KaiTi_GB2312"
    ),
    # The founder faces of official documents: serif 宋 for titles, else the stock face they imitate.
    "方正小标宋简体": FontInfo(
        "宋体", _SIMSUN.panose, "auto", "variable", _SIMSUN.signature, "FZXiaoBiaoSong-B05S"
    ),
    "方正小标宋_GBK": FontInfo(
        "宋体", _SIMSUN.panose, "auto", "variable", _SIMSUN.signature, "FZXiaoBiaoSong-B05"
    ),
    "方正仿宋_GBK": FontInfo(
        "仿宋", _FANGSONG.panose, "modern", "fixed", _FANGSONG.signature, "FZFangSong-Z02"
    ),
    "方正楷体_GBK": FontInfo(
        "楷体", _KAITI.panose, "modern", "fixed", _KAITI.signature, "FZKai-Z03"
    ),
    "方正黑体_GBK": FontInfo(
        "黑体", _SIMHEI.panose, "modern", "fixed", _SIMHEI.signature, "FZHei-B01"
    ),
    "华文中宋": FontInfo(
        "宋体",
        "02010600040101010101",
        "auto",
        "variable",
        ("00000287", "080F0000", "00000000", "00000000", "0004009F", "00000000"),
        "STZhongsong",
    ),
    "微软雅黑": FontInfo(
        "黑体",
        "020B0503020204020204",
        "swiss",
        "variable",
        ("80000287", "2ACF3C50", "00000016", "00000000", "0004001F", "00000000"),
        "Microsoft YaHei",
    ),
}


def info(name: str) -> FontInfo:
    """The declaration of a font; an unknown one is classed by its name (仿宋, 楷, 黑, else 宋)."""
    if name in KNOWN:
        return KNOWN[name]
    for key, like in (("仿宋", "仿宋"), ("楷", "楷体"), ("黑", "黑体")):
        if key in name:
            stock = KNOWN[like]
            return FontInfo(like, stock.panose, stock.family, stock.pitch, stock.signature)
    return FontInfo("宋体", _SIMSUN.panose, _SIMSUN.family, _SIMSUN.pitch, _SIMSUN.signature)


def _quoted(value: str) -> str:
    """An XML attribute value in double quotes (xml.sax.saxutils costs 11 ms to import)."""
    return '"' + value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;") + '"'


def declaration(name: str) -> str:
    """One <w:font> element (the children in the schema's order)."""
    font = info(name)
    usb0, usb1, usb2, usb3, csb0, csb1 = font.signature
    alt = f"<w:altName w:val={_quoted(font.alt_name)}/>" if font.alt_name != name else ""
    return (
        f"<w:font w:name={_quoted(name)}>{alt}"
        f'<w:panose1 w:val="{font.panose}"/><w:charset w:val="86"/>'
        f'<w:family w:val="{font.family}"/><w:pitch w:val="{font.pitch}"/>'
        f'<w:sig w:usb0="{usb0}" w:usb1="{usb1}" w:usb2="{usb2}" w:usb3="{usb3}" '
        f'w:csb0="{csb0}" w:csb1="{csb1}"/></w:font>'
    )


def font_table_xml(names: list[str]) -> bytes:
    """word/fontTable.xml declaring each font named, and each stock font they fall back to."""
    ordered: list[str] = []
    for name in names:
        alt = info(name).alt_name
        # The stock font too (仿宋 for 仿宋_GB2312), when it is known by a Chinese name.
        for one in (name, alt) if alt in KNOWN else (name,):
            if one not in ordered:
                ordered.append(one)
    body = "".join(declaration(n) for n in ordered)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:fonts xmlns:w="{W_NS}">{body}</w:fonts>'
    ).encode()


# -- is it installed here? -------------------------------------------------------------------------


def installed_families() -> set[str] | None:
    """Every font family name this machine knows (all languages), or None when it cannot tell."""
    if sys.platform == "win32":
        return _windows_families()
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    import subprocess

    try:
        done = subprocess.run(
            [fc_list, ":", "family"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    names: set[str] = set()
    for line in done.stdout.splitlines():
        names.update(part.strip() for part in line.split(",") if part.strip())
    return names


def _windows_families() -> set[str] | None:
    """Names registered for the Fonts folder (per machine and per user), without '(TrueType)'."""
    if sys.platform != "win32":
        return None
    import winreg

    key_path = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"
    names: set[str] = set()
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            with winreg.OpenKey(hive, key_path) as key:
                index = 0
                while True:
                    try:
                        value = winreg.EnumValue(key, index)[0]
                    except OSError:
                        break
                    index += 1
                    value = value.split(" (")[0]
                    names.update(part.strip() for part in value.split("&"))
        except OSError:
            continue
    if not names:  # no registry access: the file names in the Fonts folder, for what they say
        folder = os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts")
        try:
            names = {os.path.splitext(entry)[0] for entry in os.listdir(folder)}
        except OSError:
            return None
    return names


def missing(names: list[str], families: set[str] | None) -> list[str]:
    """The fonts among names that this machine lacks (known by Chinese or English name)."""
    if families is None:
        return []
    lowered = {f.lower() for f in families}
    absent = []
    for name in dict.fromkeys(names):
        english = KNOWN[name].english if name in KNOWN else ""
        if name.lower() not in lowered and (not english or english.lower() not in lowered):
            absent.append(name)
    return absent


# -- stand-ins where the office fonts are missing ----------------------------------------------------

# Free faces for Chinese text, best first: a 宋-like serif for 宋体, 仿宋 and 楷体 faces (there is
# no free 仿宋 as common as these), a sans for 黑体 faces. The SC faces draw the mainland forms.
SERIF_STAND_INS = ("Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "AR PL UMing CN")
SANS_STAND_INS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
)


def is_sans(name: str) -> bool:
    """黑体 and the faces that stand in for it (微软雅黑, 方正黑体…)."""
    return info(name).alt_name in ("黑体", "SimHei")


def stand_ins(names: list[str], families: set[str] | None) -> dict[str, str]:
    """For each Chinese font among names that this machine lacks, the installed free face to
    draw it in. Latin fonts are left to the system's own metric-compatible substitutes."""
    if families is None:
        return {}
    lowered = {f.lower() for f in families}
    serif = next((f for f in SERIF_STAND_INS if f.lower() in lowered), None)
    sans = next((f for f in SANS_STAND_INS if f.lower() in lowered), None)
    chinese = [n for n in names if n in KNOWN or any("\u4e00" <= ch <= "\u9fff" for ch in n)]
    table = {}
    for name in missing(chinese, families):
        face = sans if is_sans(name) else serif or sans
        if face is not None:
            table[name] = face
    return table


def declared_in(path: Path) -> list[str]:
    """The fonts a .docx declares in word/fontTable.xml (none for other files, or a broken one)."""
    import re
    import zipfile

    if path.suffix.lower() != ".docx":
        return []
    try:
        with zipfile.ZipFile(path) as package:
            table = package.read("word/fontTable.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return []
    return list(dict.fromkeys(_unquoted(n) for n in re.findall(r'<w:font w:name="([^"]*)"', table)))


def _unquoted(value: str) -> str:
    return (
        value.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    )
