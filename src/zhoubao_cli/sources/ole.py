"""Compound files (OLE2): old Word and WPS documents, and Office files locked with a password.

Word 97–2003 (.doc) and WPS (.wps) are compound files, and so is any Office file saved with an
open password (the encrypted .docx inside one). Which it is can be read from the file's streams,
so a locked file is named as such without starting LibreOffice.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Literal

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

OleKind = Literal["encrypted", "word", "other"]

# In a Word binary file's FIB, the flags word at offset 10; bit 8 is fEncrypted ([MS-DOC] 2.5.2).
_FIB_FLAGS = slice(10, 12)
_F_ENCRYPTED = 0x0100


def starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def ole_kind(path: Path | IO[bytes]) -> OleKind | None:
    """What a compound file (its path, or the file opened) holds; None when it is not one."""
    if isinstance(path, Path):
        if not starts_with(path, OLE_MAGIC):
            return None
    else:
        path.seek(0)
        if path.read(len(OLE_MAGIC)) != OLE_MAGIC:
            return None
        path.seek(0)
    import olefile

    try:
        with olefile.OleFileIO(path if not isinstance(path, Path) else str(path)) as ole:
            if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
                return "encrypted"  # an OOXML file (.docx, .xlsx) with an open password
            if ole.exists("WordDocument"):
                fib = ole.openstream("WordDocument").read(12)
                flags = int.from_bytes(fib[_FIB_FLAGS], "little")
                return "encrypted" if flags & _F_ENCRYPTED else "word"
            return "other"
    except (OSError, ValueError, IndexError):  # olefile's own errors derive from these
        return "other"
