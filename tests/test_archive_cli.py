"""The archive commands stay light: help and --json load nothing they do not need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from archive_year import make_year

HEAVY = ("docx", "lxml", "openpyxl", "rich")


def _imports_of(args: list[str], cwd: Path) -> set[str]:
    code = f"import sys; sys.argv={['zhoubao', *args]!r}\nfrom zhoubao_cli.entry import main\ntry: main()\nexcept SystemExit: pass"
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    return {line.split("|")[-1].strip() for line in out.stderr.splitlines() if "|" in line}


def _packages(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_help_imports_nothing_heavy(tmp_path: Path) -> None:
    for args in (["--help"], ["import", "-h"], ["stats", "-h"], ["search", "-h"], ["volume", "-h"]):
        modules = _imports_of(args, tmp_path)
        assert "zhoubao_cli.cli" in modules
        assert not _packages(modules) & set(HEAVY), args


def test_json_output_needs_no_docx_nor_rich(tmp_path: Path) -> None:
    make_year(tmp_path / "year")
    for args, core in (
        (["stats", "--json"], "zhoubao_cli.archive.stats"),
        (["search", "座谈会", "--json"], "zhoubao_cli.archive.search"),
    ):
        modules = _imports_of(args, tmp_path / "year")
        assert core in modules
        assert not _packages(modules) & set(HEAVY), args
