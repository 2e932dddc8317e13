"""One bad file never stops the week: real submissions damaged in hundreds of seeded ways.

The examples' .docx files and a .txt are mutated (bits flipped, cut short, zip headers damaged, a
member renamed, the encryption flag set, compressed data spoilt, tables and links nested hundreds
deep) and put, a batch at a time, beside two good files in one inbox that the real `collect` reads.
Whatever a mutant does, collect ends normally, says nothing of an internal error, names each
mutant in its report, and still collects the good files.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLE_INBOX, Cli, files_said

SEED = 20260206
BATCHES = 8
PER_BATCH = 40  # 320 mutants in all
GOOD = {"历下区科技局.txt": "历下区", "市中区.docx": "市中区"}
DOCX_SOURCES = sorted(p for p in EXAMPLE_INBOX.glob("*.docx") if not p.name.startswith("~$"))
TEXT_SOURCE = EXAMPLE_INBOX / "天桥区.txt"

Mutation = Callable[[bytes, random.Random], bytes]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _offsets(data: bytes, signature: bytes) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(signature), data)]


def damage_header(name: str, signature: bytes, fields: list[tuple[int, str]]) -> Mutation:
    """Overwrite one field of one zip header (local, central or end record) with a wild value."""

    def mutate(data: bytes, rng: random.Random) -> bytes:
        places = _offsets(data, signature)
        if not places:
            return flip_bits(data, rng)
        at = rng.choice(places)
        offset, fmt = rng.choice(fields)
        size = struct.calcsize(fmt)
        wild = rng.choice([0, 1, 2 ** (8 * size) - 1, rng.randrange(2 ** (8 * size))])
        out = bytearray(data)
        out[at + offset : at + offset + size] = struct.pack(fmt, wild)
        return bytes(out)

    mutate.__name__ = name
    return mutate


# Fields of the zip headers (APPNOTE 4.3.7, 4.3.12, 4.3.16): flags, method, CRC, sizes, name
# length, extra length, local header offset, entry counts, directory size and offset.
local_header = damage_header(
    "local_header",
    b"PK\x03\x04",
    [(6, "<H"), (8, "<H"), (14, "<I"), (18, "<I"), (22, "<I"), (26, "<H"), (28, "<H")],
)
central_header = damage_header(
    "central_header",
    b"PK\x01\x02",
    [(8, "<H"), (10, "<H"), (16, "<I"), (20, "<I"), (24, "<I"), (28, "<H"), (30, "<H"), (42, "<I")],
)
end_record = damage_header(
    "end_record", b"PK\x05\x06", [(8, "<H"), (10, "<H"), (12, "<I"), (16, "<I")]
)


def set_encryption_flag(data: bytes, rng: random.Random) -> bytes:
    """Mark one member (or all) as encrypted, in its local and central headers."""
    out = bytearray(data)
    locals_, centrals = _offsets(data, b"PK\x03\x04"), _offsets(data, b"PK\x01\x02")
    every = rng.random() < 0.3
    pick = rng.randrange(len(centrals))
    for index, at in enumerate(centrals):
        if every or index == pick:
            out[at + 8] |= 1
    for index, at in enumerate(locals_):
        if every or index == pick:
            out[at + 6] |= 1
    return bytes(out)


def _rebuild(data: bytes, change: Callable[[str, bytes], tuple[str, bytes] | None]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            changed = change(info.filename, source.read(info))
            if changed is not None:
                target.writestr(changed[0], changed[1], zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def rename_member(data: bytes, rng: random.Random) -> bytes:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    victim = rng.choice([*names, "word/document.xml", "word/document.xml"])
    new = rng.choice([victim.upper(), victim + ".bak", "word/Document.xml", "../" + victim])
    return _rebuild(data, lambda name, body: (new if name == victim else name, body))


def spoil_compressed_data(data: bytes, rng: random.Random) -> bytes:
    """Bytes changed inside document.xml's deflate stream (its headers stay whole)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[start + rng.randrange(max(1, info.compress_size))] = rng.randrange(256)
    return bytes(out)


_NESTS = {
    "table": ("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>", "", "<w:p/>"),
    "hyperlink": ("<w:hyperlink>", "</w:hyperlink>", "<w:p>", "</w:p>"),
    "smartTag": ("<w:smartTag>", "</w:smartTag>", "<w:p>", "</w:p>"),
    "sdt": ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "", ""),
    "ins": ("<w:ins>", "</w:ins>", "", ""),
    "customXml": ("<w:customXml>", "</w:customXml>", "", ""),
    "text box": (
        "<w:p><w:r><w:pict><v:textbox><w:txbxContent>",
        "</w:txbxContent></v:textbox></w:pict></w:r></w:p>",
        "",
        "",
    ),
}


def nest(data: bytes, rng: random.Random) -> bytes:
    """Tables, links, content controls or text boxes nested up to thousands deep in the body."""
    kind = rng.choice(sorted(_NESTS))
    opening, closing, before, after = _NESTS[kind]
    depth = rng.choice([60, 150, 400, 1500, 5000])
    inner = (
        "<w:r><w:t>深处的文字</w:t></w:r>" if before else "<w:p><w:r><w:t>深处</w:t></w:r></w:p>"
    )
    deep = (before + opening * depth + inner + closing * depth + after).encode()

    def change(name: str, body: bytes) -> tuple[str, bytes]:
        if name == "word/document.xml":
            if b"xmlns:v=" not in body:
                body = body.replace(
                    b"<w:document ", b'<w:document xmlns:v="urn:schemas-microsoft-com:vml" ', 1
                )
            body = body.replace(b"</w:body>", deep + b"</w:body>")
        return name, body

    return _rebuild(data, change)


DOCX_MUTATIONS: list[Mutation] = [
    flip_bits,
    truncate,
    local_header,
    central_header,
    end_record,
    set_encryption_flag,
    rename_member,
    spoil_compressed_data,
    spoil_compressed_data,
    nest,
    nest,
]


def text_mutation(data: bytes, rng: random.Random) -> bytes:
    """A text file: bits flipped, cut inside a character, control bytes or a wrong BOM put in."""
    choice = rng.randrange(4)
    if choice == 0:
        return flip_bits(data, rng)
    if choice == 1:
        return truncate(data, rng)
    if choice == 2:
        out = bytearray(data)
        for _ in range(rng.randint(1, 50)):
            out.insert(rng.randrange(len(out)), rng.choice([0, 0xFF, 0xFE, 0x0B, 0x1B, 0x80]))
        return bytes(out)
    bom = rng.choice([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xff\xfe\x00\x00"])
    return bom + data


def mutants(batch: int) -> dict[str, bytes]:
    rng = random.Random(SEED * 100 + batch)
    out = {}
    for index in range(PER_BATCH):
        if index % 8 == 7:
            data = text_mutation(TEXT_SOURCE.read_bytes(), rng)
            name = f"坏文件-{batch}-{index:02d}.txt"
        else:
            source = rng.choice(DOCX_SOURCES)
            mutation = rng.choice(DOCX_MUTATIONS)
            data = mutation(source.read_bytes(), rng)
            name = f"坏文件-{batch}-{index:02d}-{mutation.__name__}.docx"
        out[name] = data
    return out


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    folder = tmp_path_factory.mktemp("fuzz") / "ws"
    folder.mkdir()
    cli = Cli(folder)
    assert cli("new", "18", "--date", "2026-01-30").exit_code == 0
    return cli


@pytest.mark.parametrize("batch", range(BATCHES))
def test_damaged_files_are_each_their_own_error(week: Cli, tmp_path: Path, batch: int) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in GOOD:
        (inbox / name).write_bytes((EXAMPLE_INBOX / name).read_bytes())
    bad = mutants(batch)
    for name, data in bad.items():
        (inbox / name).write_bytes(data)
        # Older than the good files: a mutant still readable as 市中区's does not replace them.
        os.utime(inbox / name, (1_700_000_000, 1_700_000_000))
    result = week("collect", inbox, "--json", "--force")
    assert result.exit_code in (0, 1), result.output
    assert "内部错误" not in result.output and "Traceback" not in result.output, result.output
    report = json.loads(result.stdout)
    files = files_said(report)
    assert set(files) == set(GOOD) | set(bad)
    for name, unit in GOOD.items():
        assert files[name]["status"] in ("ok", "warning"), files[name]
        assert unit in files[name]["units"]
    for name in bad:
        entry = files[name]
        assert entry["status"] in ("ok", "warning", "error", "superseded"), entry
        # A mutant that could not be read says so in one line, with its fix.
        for message in entry["messages"]:
            assert "\n" not in message and "Error:" not in message, message


def test_every_kind_of_damage_is_tried() -> None:
    """The batches hold each mutation many times, and the nests go thousands deep."""
    names = [name for batch in range(BATCHES) for name in mutants(batch)]
    assert len(names) == BATCHES * PER_BATCH >= 300
    for mutation in {m.__name__ for m in DOCX_MUTATIONS}:
        assert sum(mutation in name for name in names) >= 10, mutation
    assert sum(name.endswith(".txt") for name in names) >= 30


def test_import_of_a_damaged_file_is_refused_in_words(week: Cli, tmp_path: Path) -> None:
    """zhoubao import reads one file as collect does: a damaged one is refused, not crashed on."""
    for name, data in list(mutants(BATCHES).items())[:24]:
        path = tmp_path / name
        path.write_bytes(data)
        result = week("import", path, "--issue", "90")
        assert result.exit_code in (0, 1, 2), result.output
        assert "内部错误" not in result.output and "Traceback" not in result.output, result.output
        if result.exit_code:
            assert result.output.startswith("错误：") and re.search(
                r"办法(（[^）]*）)?：", result.output
            ), result.output
