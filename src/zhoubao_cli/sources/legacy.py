"""Old Word formats (.doc, .wps): converted to .docx with LibreOffice when it is installed."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

from zhoubao_cli.errors import InputError, ToolMissingError
from zhoubao_cli.fileio import temp_dir

LEGACY_SUFFIXES = {".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt"}
_TIMEOUT_S = 120
_PER_FILE_S = 30


# Where the installers put it when it is not on PATH (Windows, macOS).
_USUAL_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def find_soffice() -> str | None:
    """LibreOffice's command: ZHOUBAO_SOFFICE if set (empty: none), else PATH, else the usual places."""
    configured = os.environ.get("ZHOUBAO_SOFFICE")
    if configured is not None:
        return configured if configured and Path(configured).exists() else None
    found = shutil.which("soffice") or shutil.which("libreoffice")
    return found or next((p for p in _USUAL_PLACES if Path(p).exists()), None)


def missing_soffice(name: str) -> ToolMissingError:
    return ToolMissingError(
        f"{name}：这是旧版 Word/WPS 格式，需要 LibreOffice 才能转换，本机没有安装。",
        hint="请在 Word 或 WPS 中把它另存为 .docx；或安装 LibreOffice（Debian/Ubuntu：apt install libreoffice-writer-nogui）。",
    )


class ConversionFailed(Exception):
    """LibreOffice could not be started or did not finish in time."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def convert_many(
    soffice: str, sources: list[Path], target_format: str, out_dir: Path
) -> dict[Path, Path | None]:
    """Convert several files in one LibreOffice run: starting it costs seconds, converting little.

    Each source maps to its converted file, or to None when LibreOffice could not convert it
    (broken, locked). The sources' stems must differ (the results are named by them). A private
    user profile keeps a LibreOffice the editor has open from blocking the conversion.
    """
    if not sources:
        return {}
    timeout = _TIMEOUT_S + _PER_FILE_S * len(sources)
    with temp_dir("lo") as profile:
        write_profile(Path(profile), sources)
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            *map(str, sources),
        ]
        try:
            run_to_the_end(command, timeout, temp=Path(profile))
        except subprocess.TimeoutExpired:
            raise ConversionFailed(f"LibreOffice 转换超过 {timeout} 秒仍未完成") from None
        except OSError:
            raise ConversionFailed("LibreOffice 无法启动") from None
    extension = target_format.split(":")[0]
    results: dict[Path, Path | None] = {}
    for source in sources:
        converted = out_dir / f"{source.stem}.{extension}"
        ok = converted.is_file() and converted.stat().st_size > 0
        results[source] = converted if ok else None
    return results


def write_profile(profile: Path, sources: list[Path]) -> None:
    """A fresh LibreOffice user profile that loads nothing from the network (see _OFFLINE), and
    whose font replacement table draws each missing Chinese office font in an installed Chinese
    face of its kind (see fonts.stand_ins).

    Left to itself LibreOffice draws 仿宋_GB2312, 宋体 and 黑体 alike in one sans fallback. The
    table is LibreOffice's Tools ▸ Options ▸ Fonts; its entries apply only when marked Always,
    so only the fonts this machine lacks are listed: an installed 仿宋_GB2312 is used as it is.
    """
    from zhoubao_cli.render import fonts

    names = list(fonts.KNOWN)
    for source in sources:
        names += [n for n in fonts.declared_in(source) if n not in names]
    table = fonts.stand_ins(names, fonts.installed_families())
    items = _offline_items() + _replacement_table_items(table)
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        + "\n".join(items)
        + "\n</oor:items>\n",
        encoding="utf-8",
    )


def _replacement_table_items(table: dict[str, str]) -> list[str]:
    from xml.sax.saxutils import escape

    if not table:
        return []

    def prop(name: str, value: str) -> str:
        return f'<prop oor:name="{name}" oor:op="fuse"><value>{escape(value)}</value></prop>'

    path = "/org.openoffice.Office.Common/Font/Substitution"
    items = [f'<item oor:path="{path}">{prop("Replacement", "true")}</item>']
    for index, (font, face) in enumerate(table.items()):
        pair = (
            prop("Always", "true")
            + prop("OnScreenOnly", "false")
            + prop("ReplaceFont", font)
            + prop("SubstituteFont", face)
        )
        items.append(
            f'<item oor:path="{path}/FontPairs"><node oor:name="_{index}" oor:op="replace">'
            f"{pair}</node></item>"
        )
    return items


# A submission is someone else's file: converting it must not fetch what it points to (a picture
# on a web server, a section linked from another file, a style sheet), which would tell the sender
# when and where it was opened, or reach servers inside the bureau's network. LibreOffice reads
# these from the private profile it is started with.
_OFFLINE = (
    # Linked pictures, sections and frames of a document not in a trusted location: not loaded.
    (
        "org.openoffice.Office.Common/Security/Scripting",
        "BlockUntrustedRefererLinks",
        "boolean",
        "true",
    ),
    ("org.openoffice.Office.Common/Security/Scripting", "DisableActiveContent", "boolean", "true"),
    (
        "org.openoffice.Office.Common/Security/Scripting",
        "DisableMacrosExecution",
        "boolean",
        "true",
    ),
    ("org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "int", "3"),
    # No trusted locations at all: no document is exempt from the rules above.
    ("org.openoffice.Office.Common/Security/Scripting", "SecureURL", "string-list", ""),
    # Links (linked sections, DDE, OLE links) and fields are not updated when a file is loaded.
    ("org.openoffice.Office.Writer/Content/Update", "Link", "int", "2"),
    ("org.openoffice.Office.Writer/Content/Update", "Field", "boolean", "false"),
    ("org.openoffice.Office.Calc/Content/Update", "Link", "int", "1"),
    # Nor any other way out: no proxy answers, so anything that slipped through fails at once.
    ("org.openoffice.Inet/Settings", "ooInetProxyType", "int", "1"),
    ("org.openoffice.Inet/Settings", "ooInetHTTPProxyName", "string", "127.0.0.1"),
    ("org.openoffice.Inet/Settings", "ooInetHTTPProxyPort", "int", "9"),
    ("org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", "string", "127.0.0.1"),
    ("org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", "int", "9"),
    ("org.openoffice.Inet/Settings", "ooInetNoProxy", "string", ""),
)


def _offline_items() -> list[str]:
    items = []
    for path, name, kind, value in _OFFLINE:
        value_xml = f"<value>{value}</value>" if value else "<value/>"
        items.append(
            f'<item oor:path="/{path}"><prop oor:name="{name}" oor:op="fuse" '
            f'oor:type="xs:{kind}">{value_xml}</prop></item>'
            if kind != "string-list"
            else f'<item oor:path="/{path}"><prop oor:name="{name}" oor:op="fuse">'
            f"{value_xml}</prop></item>"
        )
    return items


def run_to_the_end(command: list[str], timeout: float, *, temp: Path) -> None:
    """Run LibreOffice in a process group of its own, and end the whole group when it is done,
    times out, or zhoubao is interrupted (Ctrl-C, SIGTERM): its helper processes (oosplash,
    soffice.bin) never outlive the command. Its own temporary files go into temp (ours, removed
    with it)."""
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=hasattr(os, "killpg"),
    )
    try:
        process.wait(timeout=timeout)
    finally:
        _end_group(process)


def _end_group(process: subprocess.Popen[bytes]) -> None:
    if hasattr(os, "killpg"):
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        process.wait(timeout=10)


def convert(soffice: str, source: Path, target_format: str, out_dir: Path) -> Path:
    """Convert one file with LibreOffice into out_dir; an InputError says why it could not."""
    try:
        converted = convert_many(soffice, [source], target_format, out_dir)[source]
    except ConversionFailed as exc:
        raise InputError(
            f"{source.name}：{exc.reason}。",
            hint="请关闭正在运行的 LibreOffice 后重试，或检查 LibreOffice 的安装。",
        ) from None
    if converted is None:
        raise not_converted(source.name)
    return converted


def not_converted(name: str) -> InputError:
    return InputError(
        f"{name}：LibreOffice 未能转换这个文件，可能已损坏或受密码保护。",
        hint="请对方在 Word 或 WPS 中另存为 .docx 后再发。",
    )
