"""Start the page: a local server on a free port, its address with the run's token on one line,
the default browser opened on it, and a clean stop on Ctrl-C."""

from __future__ import annotations

import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

LOOPBACK = "127.0.0.1"


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def serve(
    root: Path,
    *,
    host: str = LOOPBACK,
    port: int = 0,
    open_browser: bool = True,
    say: Callable[[str], None] = print,
) -> None:
    import uvicorn

    from zhoubao_cli.web.app import create_app
    from zhoubao_cli.web.guard import Guard

    port = port or free_port(host)
    guard = Guard(port=port, host=host)
    app = create_app(root, guard)
    shown = LOOPBACK if host in (LOOPBACK, "localhost", "0.0.0.0") else host
    address = f"http://{shown}:{port}/?token={guard.token}"
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    )
    say(address)
    say("在浏览器里打开上面的地址（只有带口令的地址能打开）；按 Ctrl+C 停止。")
    if open_browser:
        threading.Timer(0.8, webbrowser.open, [address]).start()
    server.run()
    say("已停止")
