"""The one exception tree of zhoubao; the CLI turns it into a message and an exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT = 1  # the input had problems (a submission, a locked file, an edited output)
EXIT_USAGE = 2  # wrong usage: bad arguments, no workspace, a broken zhoubao.toml
INTERRUPTED = 130  # what a shell reports for a program stopped by Ctrl-C (128 + SIGINT)


class ZhoubaoError(Exception):
    """An error with a message for the user (in Chinese) and an exit code."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


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
