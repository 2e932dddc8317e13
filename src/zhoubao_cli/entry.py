"""The console script: Ctrl-C and the console's encoding are handled before anything is imported."""

import contextlib
import os
import signal
import sys

from zhoubao_cli.errors import INTERRUPTED  # a module of constants and classes: nothing to load


def _tolerant(stream: object) -> None:
    """A character the console cannot show (✓ on GBK, any Chinese on ASCII) becomes '?', never a
    crash: the message still arrives, and the work is still done."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        # A stream that forbids it (already written to in another way) stays as it is.
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    """zhoubao's entry point; main in cli.py is imported inside the guard, so an interrupt while
    the libraries load is caught too."""
    _tolerant(sys.stdout)
    _tolerant(sys.stderr)
    # SIGTERM (a closed terminal, a stopped service) ends zhoubao as Ctrl-C does: what it was
    # writing is undone, its temporary files and LibreOffice go with it.
    with contextlib.suppress(ValueError, OSError, AttributeError):
        signal.signal(signal.SIGTERM, _terminated)
    try:
        from zhoubao_cli.cli import run

        code = run()
    except BrokenPipeError:  # zhoubao … | head: the reader has what it wanted
        with contextlib.suppress(OSError, ValueError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (nothing more may reach the pipe)
        code = 0
    except KeyboardInterrupt:
        code = INTERRUPTED
        with contextlib.suppress(OSError, ValueError, KeyboardInterrupt):
            print("已中断。", file=sys.stderr)
    raise SystemExit(code)
