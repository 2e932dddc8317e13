"""The one exception tree of zhoubao; the CLI turns it into a message and an exit code."""

from __future__ import annotations

import re
from pathlib import PurePath

EXIT_OK = 0
EXIT_INPUT = 1  # the input had problems (a submission, a locked file, an edited output)
EXIT_USAGE = 2  # wrong usage: bad arguments, no workspace, a broken zhoubao.toml
INTERRUPTED = 130  # what a shell reports for a program stopped by Ctrl-C (128 + SIGINT)


class ZhoubaoError(Exception):
    """An error with a message for the user (in Chinese) and an exit code."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, hint: str | None = None, file: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        # The file that caused it: given, or the one the message starts with (某某区.docx：…).
        self.file = file or _file_named_in(message)

    def hint_line(self) -> str | None:
        """The way out, naming the file it is about (a message may run to several lines)."""
        if not self.hint:
            return None
        if self.file is None or self.file in self.hint:
            return f"办法：{self.hint}"
        return f"办法（{self.file}）：{self.hint}"


# A file's name (or path) at the start of a message, before its colon or a space.
_LEADING_FILE = re.compile(r"^([^\s：]+\.[A-Za-z0-9]{1,5})(?:：|\s)")


def _file_named_in(message: str) -> str | None:
    match = _LEADING_FILE.match(message)
    return PurePath(match.group(1).replace("\\", "/")).name if match else None


class UsageError(ZhoubaoError):
    """The command cannot run as asked (arguments, missing workspace or issue)."""

    exit_code = EXIT_USAGE


class ConfigError(UsageError):
    """zhoubao.toml is broken; the message names the key and the line."""


class InputError(ZhoubaoError):
    """A file the user gave us cannot be used."""


class OutputError(ZhoubaoError):
    """An output cannot be written (locked, or edited by a person since we wrote it)."""


class ToolMissingError(ZhoubaoError):
    """An optional external program (LibreOffice) is not installed."""


class BusyError(OutputError):
    """Another zhoubao is writing in this workspace and did not finish while we waited."""
