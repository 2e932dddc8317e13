"""All or nothing: the files of one command land together, or none of them does, even through a
crash, a full disk or Ctrl-C.

Every file is first written whole beside its target under a private name (a "part"), and synced.
A journal in the transaction's folder lists each part and its target. Rewriting the journal as
"committed" is the one moment the change happens; then each part is renamed over its target (a
rename inside one folder: same disk, atomic). The next zhoubao to start rolls a committed journal
forward and an uncommitted one back, so what is on disk is always the old state or the new one.

A reader that must see a pair of files from the same moment (bulletin.json and its record) holds
`settled(workspace)`: the renames of a commit happen under the same short lock.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import shutil
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zhoubao_cli.errors import InputError, OutputError
from zhoubao_cli.fileio import (
    MANIFEST,
    backup_path,
    cannot_write,
    os_error_text,
    sha256,
    share_like_umask,
)

JOURNAL_PREFIX = ".zhoubao-txn-"
PART_PREFIX = ".zhoubao-part-"
COMMIT_LOCK = ".zhoubao-commit.lock"
_CONFIG = "zhoubao.toml"
# Folders (below a workspace) that may hold a journal: the workspace, its issues, its records.
_JOURNAL_GLOBS = ("", "*/", "issues/*/")


@dataclass
class _Op:
    target: Path
    data: bytes | None = None  # put these bytes
    source: Path | None = None  # or copy this file (with its modification time)
    delete: bool = False


class Transaction:
    """Files to write, copy or delete, all at once at commit(); nothing is touched before it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder  # where the journal lives
        self._ops: list[_Op] = []

    def put(self, target: Path, data: bytes) -> None:
        self._ops.append(_Op(target, data=data))

    def copy(self, source: Path, target: Path) -> None:
        self._ops.append(_Op(target, source=source))

    def delete(self, target: Path) -> None:
        self._ops.append(_Op(target, delete=True))

    def commit(self) -> None:
        """Write everything, or (on any error before the commit point) nothing; OSErrors become
        one message that names the file and says truthfully whether anything changed."""
        if not self._ops:
            return
        txid = f"{os.getpid()}-{secrets.token_hex(4)}"
        journal = self.folder / f"{JOURNAL_PREFIX}{txid}.json"
        entries: list[dict[str, str]] = []
        parts: list[tuple[_Op, Path]] = []
        for number, op in enumerate(self._ops):
            entry = {"target": _stored(op.target, self.folder)}
            if op.delete:
                entry["op"] = "delete"
            else:
                part = op.target.parent / f"{PART_PREFIX}{txid}-{number}"
                entry |= {"op": "put", "part": _stored(part, self.folder)}
                parts.append((op, part))
            entries.append(entry)
        dirs = _missing_dirs([op.target.parent for op in self._ops])
        made = [_stored(folder, self.folder) for folder in dirs]
        record: dict[str, Any] = {"state": "staging", "entries": entries, "dirs": made}
        current = journal
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_journal(journal, record)
            _crash_point()
            for folder in dirs:
                current = folder
                folder.mkdir(exist_ok=True)
            for op, part in parts:
                current = op.target
                _check_name(op.target)
                _stage(op, part)
                _crash_point()
            for op in self._ops:
                current = op.target
                _replaceable(op.target)
            for folder in {part.parent for _, part in parts}:
                _sync_dir(folder)
            current = journal
            _write_journal(journal, record | {"state": "committed"})  # the commit point
        except BaseException as exc:
            _roll_back(self.folder, record, journal)
            if isinstance(exc, OutputError):
                raise
            if isinstance(exc, OSError):
                raise cannot_write(current, exc) from None
            if isinstance(exc, _Unreadable):
                raise InputError(
                    f"无法读取 {exc.source}：{os_error_text(exc.cause)}。",
                    hint="它可能在运行中被移走或改名；放回原处后重新运行。原有文件没有改动。",
                ) from None
            raise
        _crash_point()
        with settled_lock(self.folder):
            try:
                _roll_forward(self.folder, record)
            except OSError as exc:  # named by the target that could not be put in place
                where = Path(exc.filename) if exc.filename else journal
                raise cannot_write(where, exc, unchanged=False) from None
            except BaseException:  # Ctrl-C amid the renames: finish them, they take no time
                _roll_forward(self.folder, record)
                raise
            with contextlib.suppress(OSError):
                journal.unlink()
            _crash_point()


def _stored(path: Path, folder: Path) -> str:
    """A path in a journal: relative to its folder when inside (the workspace may be moved)."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path(os.path.abspath(folder))).as_posix()
    except ValueError:
        return str(absolute)


def _missing_dirs(folders: list[Path]) -> list[Path]:
    """The folders to make, parents first."""
    missing: list[Path] = []
    for folder in folders:
        chain = []
        while not folder.exists() and folder != folder.parent:
            chain.append(folder)
            folder = folder.parent
        for made in reversed(chain):
            if made not in missing:
                missing.append(made)
    return missing


def _check_name(target: Path) -> None:
    """A name the disk cannot hold fails now, before the commit, not at the rename after it."""
    try:
        limit = os.pathconf(target.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        limit = 255
    if len(os.fsencode(target.name)) > limit:
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))


class _Unreadable(Exception):
    def __init__(self, source: Path, cause: OSError) -> None:
        super().__init__(str(source))
        self.source, self.cause = source, cause


def _stage(op: _Op, part: Path) -> None:
    if op.source is not None:
        try:
            source = open(op.source, "rb")  # noqa: SIM115  (closed just below)
        except OSError as exc:  # moved or deleted while zhoubao was reading the folder
            raise _Unreadable(op.source, exc) from None
        with source, open(part, "xb") as handle:
            shutil.copyfileobj(source, handle)
            handle.flush()
            os.fsync(handle.fileno())
            read = os.fstat(source.fileno())
        os.utime(part, ns=(read.st_atime_ns, read.st_mtime_ns))  # the newer of two tells by it
    else:
        with open(part, "xb") as handle:
            handle.write(op.data or b"")
            handle.flush()
            os.fsync(handle.fileno())
    share_like_umask(part)


def _replaceable(target: Path) -> None:
    """On Windows a file open in Word or WPS cannot be replaced: found now, before the commit,
    not at the rename after it (elsewhere a rename replaces an open file)."""
    if os.name == "nt" and target.is_file():
        with open(target, "r+b"):
            pass


def _sync_dir(folder: Path) -> None:
    """Make a folder's new names durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_journal(journal: Path, record: dict[str, Any]) -> None:
    tmp = journal.with_name(journal.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, journal)
    _sync_dir(journal.parent)


def _resolve(stored: str, folder: Path) -> Path:
    return Path(stored) if Path(stored).is_absolute() else folder / stored


def _roll_forward(folder: Path, record: dict[str, Any]) -> None:
    """Rename every part still waiting over its target, in order; delete what is to go. Done
    twice, the second time does nothing."""
    entries: list[dict[str, str]] = record["entries"]
    touched = set()
    for entry in entries:
        target = _resolve(entry["target"], folder)
        try:
            if entry["op"] == "delete":
                target.unlink(missing_ok=True)
            else:
                part = _resolve(entry["part"], folder)
                if part.exists():
                    os.replace(part, target)
        except OSError as exc:
            exc.filename = str(target)
            raise
        touched.add(target.parent)
        _crash_point()
    for parent in touched:
        _sync_dir(parent)


def _roll_back(folder: Path, record: dict[str, Any], journal: Path) -> None:
    """Remove every part and every folder the transaction made; the targets were never touched."""
    entries: list[dict[str, str]] = record["entries"]
    for entry in entries:
        if entry["op"] == "put":
            with contextlib.suppress(OSError):
                _resolve(entry["part"], folder).unlink(missing_ok=True)
    made: list[str] = record.get("dirs", [])
    for stored in reversed(made):
        with contextlib.suppress(OSError):
            _resolve(stored, folder).rmdir()  # only if still empty
    with contextlib.suppress(OSError):
        journal.with_name(journal.name + ".tmp").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        journal.unlink(missing_ok=True)


def journals(root: Path) -> list[Path]:
    found: list[Path] = []
    for pattern in _JOURNAL_GLOBS:
        found += root.glob(f"{pattern}{JOURNAL_PREFIX}*.json")
    return sorted(found)


def recover(root: Path, *, roll_back: bool = True) -> None:
    """After a crash: finish every committed transaction below the workspace root; undo the
    others (only a writer holding the workspace lock may: a live one may be staging)."""
    for journal in journals(root):
        try:
            record = json.loads(journal.read_text("utf-8"))
            committed = record.get("state") == "committed"
        except (OSError, ValueError, AttributeError):
            continue
        if committed:
            with contextlib.suppress(OSError):
                _roll_forward(journal.parent, record)
                journal.unlink()
        elif roll_back:
            _roll_back(journal.parent, record, journal)
    if roll_back:  # a journal's own temporary file, from a crash while writing it
        for pattern in _JOURNAL_GLOBS:
            for tmp in root.glob(f"{pattern}{JOURNAL_PREFIX}*.json.tmp"):
                with contextlib.suppress(OSError):
                    tmp.unlink()


def _workspace_of(folder: Path) -> Path:
    here = Path(os.path.abspath(folder))
    for candidate in (here, *here.parents):
        if (candidate / _CONFIG).is_file():
            return candidate
    return here


@contextlib.contextmanager
def settled_lock(folder: Path) -> Iterator[None]:
    """The workspace's short commit lock (where it can be made: a read-only disk has none)."""
    from filelock import FileLock

    lock = FileLock(str(_workspace_of(folder) / COMMIT_LOCK), mode=0o666)
    try:
        lock.acquire()
    except OSError:
        yield
        return
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def settled(root: Path) -> Iterator[None]:
    """For readers: no commit is halfway while inside, and a crashed one is finished first."""
    with settled_lock(root):
        recover(root, roll_back=False)
        yield


def _crash_point() -> None:
    """Fault injection for the tests: ZHOUBAO_CRASH_AT=N kills the process (as kill -9 would)
    at the Nth durable step of a commit."""
    at = os.environ.get("ZHOUBAO_CRASH_AT")
    if not at:
        return
    global _steps
    _steps += 1
    if _steps == int(at):
        os.kill(os.getpid(), signal.SIGKILL)


_steps = 0


class WrittenFiles:
    """Hashes of the outputs zhoubao wrote, to tell whether a person changed them.

    The record lives in one folder (an issue's) and covers files anywhere: those below the folder
    by their relative path, others by their absolute path. Nothing is left beside a user's file.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.file = folder / MANIFEST
        try:
            self.hashes: dict[str, str] = json.loads(self.file.read_text("utf-8"))
        except (OSError, ValueError):
            self.hashes = {}
        self._read: dict[str, str] = {}  # hashes of files as read during this command

    def _key(self, path: Path) -> str:
        resolved = path.resolve()
        try:
            return resolved.relative_to(self.folder.resolve()).as_posix()
        except ValueError:
            return str(resolved)

    def remember(self, path: Path, data: bytes) -> None:
        """The bytes the caller read from path just now: it need not be read again to be judged."""
        self._read[self._key(path)] = hashlib.sha256(data).hexdigest()

    def edited_by_person(self, path: Path) -> bool:
        """True if path exists and is not byte for byte what zhoubao last wrote there."""
        if not path.exists():
            return False
        key = self._key(path)
        if key not in self._read:
            self._read[key] = sha256(path)
        return self.hashes.get(key) != self._read[key]

    def write(
        self, path: Path, data: bytes, *, force: bool = False, backup_anyway: bool = False
    ) -> Path | None:
        """Write an output and the record of it together (all or nothing); refuse to replace a
        person's edit unless forced (then keep a numbered .bak). backup_anyway keeps a backup of
        an existing file even if zhoubao wrote it.

        Returns the backup's path when one was made.
        """
        transaction = Transaction(self.folder)
        backup = self.stage(transaction, path, data, force=force, backup_anyway=backup_anyway)
        self.save_into(transaction)
        transaction.commit()
        return backup

    def stage(
        self,
        transaction: Transaction,
        path: Path,
        data: bytes,
        *,
        force: bool = False,
        backup_anyway: bool = False,
    ) -> Path | None:
        """As write, as one part of a larger transaction: nothing is written before its commit,
        and the record must be saved into the same transaction (save_into)."""
        backup = None
        if self.edited_by_person(path):
            if not force:
                raise OutputError(
                    f"{path.name} 在 zhoubao 生成之后被修改过（或不是 zhoubao 生成的），未覆盖。",
                    hint="如要保留修改，请另存为其他文件名；确定要重新生成就加 --force（旧文件会存为 .bak）。",
                )
            backup = backup_path(path)
        elif backup_anyway and path.exists():
            backup = backup_path(path)
        if backup is not None:
            transaction.copy(path, backup)
        transaction.put(path, data)
        self.hashes[self._key(path)] = hashlib.sha256(data).hexdigest()
        self._read.pop(self._key(path), None)
        return backup

    def stage_removal(self, transaction: Transaction, path: Path) -> bool:
        """Delete a file zhoubao wrote and nobody changed since, with the transaction; False (and
        no change) otherwise."""
        if self.edited_by_person(path):
            return False
        transaction.delete(path)
        self.hashes.pop(self._key(path), None)
        return True

    def save_into(self, transaction: Transaction) -> None:
        data = json.dumps(self.hashes, ensure_ascii=False, indent=2).encode("utf-8")
        transaction.put(self.file, data)
