"""Control characters: never printed raw to a console, never accepted in a config or bulletin.

A submitted text or a file name may carry ESC, CSI, OSC, BEL or other C0/C1 controls (or the
Unicode direction overrides): printed raw they would move the cursor, retitle the window, ring,
or make a line read backwards. `printable` is the one place they are made harmless for display.
"""

from __future__ import annotations

import re

# C0 except tab and line feed, DEL, C1; and the bidirectional overrides and isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def picture(char: str) -> str:
    """One visible character for a control character: ␛ for ESC, ␇ for BEL, � for the rest."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def printable(text: str) -> str:
    """text with every control character shown as one visible character (lengths kept, so a
    highlighted span still falls on the same characters)."""
    return CONTROL.sub(lambda match: picture(match.group()), text)


def first_control(text: str) -> str | None:
    """U+001B for the first control character in text, or None."""
    match = CONTROL.search(text)
    return f"U+{ord(match.group()):04X}" if match else None
