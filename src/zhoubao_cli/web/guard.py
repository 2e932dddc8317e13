"""Who may use the page: only the person who started it, from this machine.

Every request needs the run's token (in the address the editor was given, then a cookie), a Host
header naming the server itself (a page elsewhere cannot reach it through a DNS name it controls),
and every change a form token the page handed out (another site cannot post to it). A refusal
says why, in Chinese. Upload names are reduced to a plain name inside the issue's inbox.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

COOKIE = "zhoubao_token"
_LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


@dataclass
class Guard:
    port: int
    host: str = "127.0.0.1"
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @property
    def csrf(self) -> str:
        """The form token: derived from the run's token, so that it too is new every run."""
        return hmac.new(self.token.encode(), b"csrf", hashlib.sha256).hexdigest()[:32]

    def hosts(self) -> set[str]:
        names = {*_LOOPBACK, self.host}
        return {f"{name}:{self.port}" for name in names} | (
            {self.host} if self.port == 80 else set()
        )

    def host_ok(self, header: str | None) -> bool:
        return header is not None and header.lower() in self.hosts()

    def token_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given, self.token)

    def csrf_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given, self.csrf)


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')


def upload_name(name: str | None) -> str | None:
    """A plain file name for an upload, or None when it is not one: a path (.. / \\), hidden
    (.x), empty, or with characters no office file name has."""
    if not name:
        return None
    name = name.strip()
    if "/" in name or "\\" in name or name in (".", "..") or ".." in name:
        return None
    if name.startswith(".") or _UNSAFE.search(name) or len(name.encode("utf-8")) > 200:
        return None
    return name
