"""Shared fixtures: a workspace in a temporary folder, and the CLI run in it."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from zhoubao_cli.cli import app

# CI explores the same examples every run, so a red build is reproducible; on a developer's machine
# every run tries new ones.
settings.register_profile("ci", derandomize=True, max_examples=200, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_INBOX = ROOT / "examples" / "inbox"
BAD_INPUTS = Path(__file__).resolve().parent / "bad_inputs"
GOLDEN = Path(__file__).resolve().parent / "golden"


class Cli:
    """Runs zhoubao in one folder, as a user would."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.runner = CliRunner()

    def __call__(self, *args: str, cwd: Path | None = None):  # type: ignore[no-untyped-def]
        previous = Path.cwd()
        os.chdir(cwd or self.folder)
        try:
            return self.runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        finally:
            os.chdir(previous)


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    folder = tmp_path / "ws"
    folder.mkdir()
    yield Cli(folder)


@pytest.fixture
def issue18(cli: Cli) -> Cli:
    """A workspace with issue 18 collected from the example inbox."""
    assert cli("new", "18", "--date", "2026-01-30").exit_code == 0
    result = cli("collect", EXAMPLE_INBOX)
    assert result.exit_code == 0, result.output
    return cli


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file below folder with the hash of its bytes (links as their target text)."""
    digest = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            digest[key] = "link:" + os.readlink(path)
        elif path.is_file():
            digest[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            digest[key] = "dir"
    return digest


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target


def has_soffice() -> bool:
    return shutil.which("soffice") is not None


def messages(report: dict, file: str, *, notes: bool = False) -> list[str]:  # type: ignore[type-arg]
    """What the record found in one file, as the editor reads it: errors and warnings (or, with
    notes=True, the notes), each with its unit and item in front and its fix after."""
    from zhoubao_cli.model import Finding, Severity
    from zhoubao_cli.notices import for_editor

    found = [Finding.model_validate(f) for f in report["findings"] if f["file"] == file]
    wanted = [f for f in found if (f.severity is Severity.NOTE) == notes]
    return [for_editor(f) for f in wanted]


def files_said(report: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    """The record's files by name, each with what was found in it as `messages` (errors and
    warnings, and superseded notes) and `notes`: what the editor reads beside the file."""
    return {
        f["file"]: {
            **f,
            "messages": messages(report, f["file"]),
            "notes": messages(report, f["file"], notes=True),
        }
        for f in report["files"]
    }
