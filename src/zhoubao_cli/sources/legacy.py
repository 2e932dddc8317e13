"""Old Word formats (.doc, .wps): converted to .docx with LibreOffice when it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from zhoubao_cli.errors import InputError, ToolMissingError

LEGACY_SUFFIXES = {".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt"}
_TIMEOUT_S = 120


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


def convert(
    soffice: str, source: Path, target_format: str, out_dir: Path, *, shown: str | None = None
) -> Path:
    """Convert one file with LibreOffice into out_dir; return the converted file's path.

    `shown` is the file's name as the user knows it, for messages (source may be a copy).

    A private user profile keeps a LibreOffice the editor has open from blocking the conversion.
    """
    with tempfile.TemporaryDirectory(prefix="zhoubao-lo-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(
                f"{shown or source.name}：LibreOffice 转换超过 {_TIMEOUT_S} 秒仍未完成。",
                hint="请关闭正在运行的 LibreOffice 后重试，或请对方另存为 .docx。",
            ) from None
        except OSError:
            raise missing_soffice(shown or source.name) from None
    converted = out_dir / (source.stem + "." + target_format.split(":")[0])
    if not converted.is_file() or converted.stat().st_size == 0:
        raise InputError(
            f"{shown or source.name}：LibreOffice 未能转换这个文件，可能已损坏或受密码保护。",
            hint="请对方在 Word 或 WPS 中另存为 .docx 后再发。",
        )
    return converted
