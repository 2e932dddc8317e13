"""All or nothing, one writer at a time, as a person meets them: two zhoubaos at once, a zhoubao
killed (kill -9) at any point of a commit, a full disk, a read-only or separate sources/.

"Old or new" is checked on the issue folder: every file's bytes (report.json only for being there:
it holds the time of the collect), compared with the folder before the command and with the
folder an uninterrupted run of the same command leaves.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from conftest import EXAMPLE_INBOX, ROOT, tree_digest
from zhoubao_cli import transaction
from zhoubao_cli.errors import InputError
from zhoubao_cli.lock import hold

# ZHOUBAO_TEST_SRC runs the subprocesses on another checkout (to measure a version before this).
SRC = Path(os.environ.get("ZHOUBAO_TEST_SRC") or ROOT / "src")
REPS = int(os.environ.get("ZHOUBAO_RACE_REPS", "8"))
EDITED = ("被人改过", "被修改过")  # collect's and render's words for a person's edit
ISSUE = Path("issues") / "第18期"
SHANGHE = (
    "1月29日，组织科技统计培训，精准指导填报要点，提高科技统计工作质效，强化企业创新主体地位。\n"
)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHOUBAO_")}
    env |= {"PYTHONPATH": str(SRC), "ZHOUBAO_LOCK_WAIT": "60", "PYTHONUTF8": "1"}
    return env | extra


def start(cwd: Path, *args: object, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "zhoubao_cli", *map(str, args)],
        cwd=cwd,
        env=_env(**extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def zb(cwd: Path, *args: object, **extra: str) -> tuple[int, str]:
    process = start(cwd, *args, **extra)
    out, err = process.communicate(timeout=120)
    return process.returncode, out + err


def forked(cwd: Path, *args: object, crash_at: int | None = None) -> tuple[int, str]:
    """zhoubao in a forked child (no interpreter start: fast); -9 when killed at crash_at."""
    log = Path(tempfile.gettempdir()) / f"zbtest-{os.getpid()}-{time.monotonic_ns()}.log"
    pid = os.fork()
    if pid == 0:  # the child
        code = 99
        try:
            os.chdir(cwd)
            fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            sys.stdout = sys.stderr = open(fd, "w", encoding="utf-8")  # noqa: SIM115
            os.environ.pop("ZHOUBAO_CRASH_AT", None)
            if crash_at is not None:
                os.environ["ZHOUBAO_CRASH_AT"] = str(crash_at)
            transaction._steps = 0
            from zhoubao_cli.cli import run

            code = run([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.stdout.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    said = log.read_text("utf-8")
    log.unlink()
    return (-os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)), said


def workspace(folder: Path, run=forked) -> Path:  # type: ignore[no-untyped-def]
    """Issue 18 collected from three units' files and rendered; the inbox's path."""
    folder.mkdir(parents=True)
    inbox = folder / "材料"
    inbox.mkdir()
    for name in ("天桥区.txt", "平阴县.txt"):
        shutil.copy2(EXAMPLE_INBOX / name, inbox / name)
    (inbox / "商河.txt").write_text(SHANGHE, "utf-8")
    for args in (("new", "18", "--date", "2026-01-30"), ("collect", inbox), ("render", "--txt")):
        code, said = run(folder, *args)
        assert code == 0, said
    return inbox


def amend(inbox: Path, version: int) -> None:
    """Another version of one unit's file, as many items: collect replaces its copy in sources/."""
    text = SHANGHE if version % 2 == 0 else SHANGHE.replace("要点", f"重点{version}")
    (inbox / "商河.txt").write_text(text, "utf-8")


def state(folder: Path) -> dict[str, str]:
    """The issue folder's files and their bytes; what a transaction stages is not yet state."""
    digest = {
        k: v
        for k, v in tree_digest(folder / ISSUE).items()
        if not Path(k).name.startswith((transaction.PART_PREFIX, transaction.JOURNAL_PREFIX))
    }
    if "report.json" in digest:
        digest["report.json"] = "there"
    return digest


def leftovers(folder: Path) -> list[str]:
    return [
        p.name
        for p in folder.rglob(".zhoubao-*")
        if p.name.startswith((transaction.PART_PREFIX, transaction.JOURNAL_PREFIX))
    ]


def record_matches(folder: Path) -> None:
    """Every file the record lists is byte for byte what it says zhoubao wrote."""
    issue = folder / ISSUE
    record = json.loads((issue / ".zhoubao-written.json").read_text("utf-8"))
    for name, digest in record.items():
        if (issue / name).exists():
            assert tree_digest(issue)[name] == digest, name


# -- two writers at once --------------------------------------------------------------------------


def test_collect_and_render_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    inbox = workspace(folder, zb)
    for rep in range(REPS):
        amend(inbox, rep + 1)
        both = [start(folder, "collect", inbox), start(folder, "render", "--txt", "--docx")]
        said = [(p.wait(120), p.communicate()) for p in both]
        for code, (out, err) in said:
            assert code == 0, out + err
            assert not any(word in out + err for word in EDITED), out + err
        record_matches(folder)
        assert leftovers(folder) == []
    for args in (("collect", inbox), ("render", "--txt", "--docx")):  # no false edit after
        code, out = zb(folder, *args)
        assert code == 0 and not any(word in out for word in EDITED), out


def test_two_renders_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    workspace(folder, zb)
    for _ in range(REPS):
        both = [start(folder, "render", "--txt", "--docx") for _ in range(2)]
        for process in both:
            out, err = process.communicate(timeout=120)
            assert process.returncode == 0, out + err
            assert not any(word in out + err for word in EDITED)
        record_matches(folder)
    code, out = zb(folder, "render", "--txt", "--docx")
    assert code == 0, out


def test_two_news_at_once(tmp_path: Path) -> None:
    for rep in range(REPS + 2):
        folder = tmp_path / f"ws{rep}"
        folder.mkdir()
        both = [start(folder, "new", "19") for _ in range(2)]
        said = [(p.communicate(timeout=120), p.returncode) for p in both]
        opened = [out for (out, _), code in said if code == 0 and "已开启" in out]
        refused = [err for (_, err), code in said if code == 2 and "已经存在" in err]
        assert len(opened) == 1 and len(refused) == 1, said
        issue = json.loads((folder / "issues/第19期/issue.json").read_text("utf-8"))
        assert issue["number"] == 19
        assert (folder / "zhoubao.toml").is_file()


def test_a_reader_sees_the_record_and_the_bulletin_of_one_collect(tmp_path: Path) -> None:
    """status, stats and search read under Workspace.reading(): bulletin.json and the record
    of it are never one from each of two collects."""
    from zhoubao_cli.workspace import Workspace

    folder = tmp_path / "ws"
    inbox = workspace(folder)
    issue = folder / ISSUE
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom pathlib import Path\nsys.path.insert(0, sys.argv[3])\n"
            "from test_transactions import amend\nfrom zhoubao_cli.cli import run\n"
            "for n in range(int(sys.argv[2])):\n"
            "    amend(Path(sys.argv[1]), n + 1)\n"
            "    assert run(['collect', sys.argv[1]]) in (0, None)\n",
            str(inbox),
            str(REPS),
            str(ROOT / "tests"),
        ],
        cwd=folder,
        env=_env(),
        stdout=subprocess.DEVNULL,
    )
    reads = 0
    seen = set()
    try:
        while writer.poll() is None:
            with Workspace(folder).reading():
                record = json.loads((issue / ".zhoubao-written.json").read_text("utf-8"))
                bulletin = (issue / "bulletin.json").read_bytes()
            assert hashlib.sha256(bulletin).hexdigest() == record["bulletin.json"]
            seen.add(record["bulletin.json"])
            reads += 1
    finally:
        writer.wait(120)
    assert writer.returncode == 0
    assert reads > 10 and len(seen) > 1  # it did read while the collects went on


def test_a_second_writer_waits_then_refuses_in_words(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    workspace(folder)
    code = (
        "import sys, time\nfrom pathlib import Path\nfrom zhoubao_cli.lock import hold\n"
        "with hold(Path(sys.argv[1]), '第18期'):\n    print('held', flush=True)\n    time.sleep(60)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(folder)],
        env=_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        began = time.monotonic()
        process = start(folder, "render", "--txt", ZHOUBAO_LOCK_WAIT="1")
        _, err = process.communicate(timeout=60)
        assert process.returncode == 1
        assert "第18期正被另一个 zhoubao 使用，等待中…" in err
        assert "等了 1 秒仍未结束" in err and "没有做任何改动" in err and "Traceback" not in err
        assert 1 <= time.monotonic() - began < 30
        os.kill(holder.pid, signal.SIGKILL)  # a lock left by a killed zhoubao never blocks
        holder.wait()
        with hold(folder, "第18期", wait=0):
            pass
        code_, said = zb(folder, "render", "--txt", ZHOUBAO_LOCK_WAIT="0")
        assert code_ == 0 and "等待" not in said, said
    finally:
        holder.kill()
        holder.wait()


def test_the_lock_is_busy_in_this_process_for_another_process(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom zhoubao_cli.lock import hold\n"
        "from zhoubao_cli.errors import BusyError\n"
        "try:\n    hold(Path(sys.argv[1]), 'x', wait=0).__enter__()\n"
        "except BusyError:\n    print('busy')\n"
    )
    with hold(tmp_path, "第18期"), hold(tmp_path, "第18期"):  # nested in one process: free
        said = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)],
            env=_env(),
            capture_output=True,
            text=True,
            check=True,
        )
    assert said.stdout.strip() == "busy"
    assert "第18期正被另一个 zhoubao 使用，等待中…" in said.stderr  # the holder's work, named
    with hold(tmp_path, "x", wait=0):  # released on leaving
        pass


def test_another_thread_waits_for_the_lock(tmp_path: Path) -> None:
    """A web page serving several requests in one process: its threads take turns too."""
    import threading

    order: list[str] = []
    inside = threading.Event()

    def other() -> None:
        inside.wait(10)
        with hold(tmp_path, "第18期", wait=10):
            order.append("other")

    thread = threading.Thread(target=other)
    thread.start()
    with hold(tmp_path, "第18期"):
        inside.set()
        time.sleep(0.5)
        order.append("first")
    thread.join(20)
    assert order == ["first", "other"]


# -- a crash at any moment ------------------------------------------------------------------------


def _crash_everywhere(
    pristine: Path, tmp_path: Path, command: tuple[object, ...], check_after
) -> int:  # type: ignore[no-untyped-def]
    """Run command in a fresh copy of pristine, killed at step 1, 2, 3… of its commit, until it
    completes; after each kill, what the next zhoubao does first (recover), then check_after."""
    step = 0
    while True:
        step += 1
        folder = tmp_path / f"crash{step}"
        shutil.copytree(pristine, folder, symlinks=True)
        code, said = forked(folder, *command, crash_at=step)
        if code != -signal.SIGKILL:
            assert code == 0, said
            return step - 1
        transaction.recover(folder)
        assert leftovers(folder) == []
        check_after(folder)
        shutil.rmtree(folder)


def test_collect_killed_at_every_step_of_its_commit(tmp_path: Path) -> None:
    pristine = tmp_path / "ws"
    inbox = workspace(pristine)
    amend(inbox, 1)
    (inbox / "历下区科技局.txt").write_bytes((EXAMPLE_INBOX / "历下区科技局.txt").read_bytes())
    old = state(pristine)
    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference, symlinks=True)
    assert forked(reference, "collect", inbox)[0] == 0
    new = state(reference)
    assert new != old and any(k.startswith("sources-replaced/") for k in new)

    def check(folder: Path) -> None:
        now = state(folder)
        assert now in (old, new), sorted(set(now.items()) ^ set(old.items()))
        for args in (("collect", inbox), ("render", "--txt")):  # a plain re-run, no --force
            code, said = forked(folder, *args)
            assert code == 0 and not any(word in said for word in EDITED), said
        assert state(folder)["bulletin.json"] == new["bulletin.json"]

    steps = _crash_everywhere(pristine, tmp_path, ("collect", inbox), check)
    assert steps >= 12  # journal, 6 parts, commit point, 6 renames… each one a kill


def test_render_killed_at_every_step_of_its_commit(tmp_path: Path) -> None:
    pristine = tmp_path / "ws"
    inbox = workspace(pristine)
    assert forked(pristine, "render", "--docx")[0] == 0
    amend(inbox, 1)
    assert forked(pristine, "collect", inbox)[0] == 0  # the bulletin changed: render rewrites
    old = state(pristine)
    name = "市科技局创新创业工作周报第18期"
    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference, symlinks=True)
    assert forked(reference, "render", "--txt", "--docx")[0] == 0
    new_txt = state(reference)[f"{name}.txt"]
    assert new_txt != old[f"{name}.txt"]

    def check(folder: Path) -> None:
        now = state(folder)
        if now[f"{name}.txt"] == old[f"{name}.txt"]:
            assert now == old  # the .docx and the record too
        else:
            assert now[f"{name}.txt"] == new_txt
        record_matches(folder)  # none of zhoubao's own outputs looks edited by a person
        code, said = forked(folder, "render", "--txt", "--docx")
        assert code == 0 and not any(word in said for word in EDITED), said

    assert _crash_everywhere(pristine, tmp_path, ("render", "--txt", "--docx"), check) >= 8


def test_kill_9_at_random_moments(tmp_path: Path) -> None:
    """Real processes killed after a random (seeded) delay: mostly while reading, sometimes
    while committing; the next plain run works either way."""
    chance = random.Random(19)
    pristine = tmp_path / "ws"
    inbox = workspace(pristine)
    old = state(pristine)
    for rep in range(4):
        folder = tmp_path / f"kill{rep}"
        shutil.copytree(pristine, folder, symlinks=True)
        amend(inbox, rep + 1)
        command = ("collect", inbox) if rep % 2 == 0 else ("render", "--txt", "--docx")
        process = start(folder, *command)
        time.sleep(chance.uniform(0.2, 1.2))
        process.kill()
        process.communicate()
        code, said = zb(folder, "status")  # a reader first: it sees old or new, whole
        assert code == 0, said
        issue = folder / ISSUE
        in_bulletin = re.findall(r"重点\d+", (issue / "bulletin.json").read_text("utf-8"))
        in_sources = re.findall(r"重点\d+", (issue / "sources" / "商河.txt").read_text("utf-8"))
        assert in_bulletin == in_sources  # the new bulletin only with the new sources
        record_matches(folder)
        if not in_bulletin and command[0] == "collect":
            assert state(folder) == old
        for args in (("collect", inbox), ("render", "--txt", "--docx")):
            code, said = zb(folder, *args)
            assert code == 0 and not any(word in said for word in EDITED), said
        assert leftovers(folder) == []
        record_matches(folder)


# -- a full disk, a read-only or separate sources/ --------------------------------------------


def _mount(target: Path, options: str) -> None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.strip()!r}")


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], check=False, capture_output=True)


def _fill(disk: Path, leave: int) -> Path:
    filler = disk / "filler"
    stat = os.statvfs(disk)
    size = max(0, stat.f_bavail * stat.f_frsize - leave)
    with open(filler, "wb") as handle:
        while size > 0:
            chunk = min(size, 1 << 20)
            try:
                handle.write(b"\0" * chunk)
                handle.flush()
            except OSError:
                break
            size -= chunk
    return filler


def test_a_full_disk_leaves_the_old_issue_or_the_new_one(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount(disk, "size=8m")
    try:
        pristine = tmp_path / "pristine"
        workspace(pristine)
        big = tmp_path / "all"  # every example file: about 280 KB to copy into sources/
        shutil.copytree(EXAMPLE_INBOX, big)
        (big / "商河.txt").write_text(SHANGHE.replace("要点", "重点"), "utf-8")
        old = state(pristine)
        reference = tmp_path / "reference"
        shutil.copytree(pristine, reference, symlinks=True)
        assert forked(reference, "collect", big)[0] == 0
        new = state(reference)
        outcomes = []
        for leave in (0, 4096, 12288, 32768, 65536, 131072, 196608, 262144, 393216, 1 << 21):
            folder = disk / "ws"
            shutil.copytree(pristine, folder, symlinks=True)
            filler = _fill(disk, leave)
            code, said = forked(folder, "collect", big)
            if code == 0:
                assert state(folder) == new
            else:
                assert code == 1 and "磁盘已满" in said and "原有文件没有改动" in said, said
                assert "Traceback" not in said and "内部错误" not in said
                assert state(folder) == old
            assert leftovers(folder) == []
            outcomes.append(code)
            filler.unlink()
            code, said = forked(folder, "collect", big)  # space again: a plain re-run works
            assert code == 0 and not any(word in said for word in EDITED), said
            assert state(folder) == new
            shutil.rmtree(folder)
        assert 0 in outcomes and 1 in outcomes, outcomes  # both sides of the line were met
    finally:
        _umount(disk)


def test_a_read_only_sources_folder_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    inbox = workspace(folder)
    sources = folder / ISSUE / "sources"
    kept = tmp_path / "kept"
    shutil.copytree(sources, kept)
    _mount(sources, "size=4m")  # sources/ on a disk of its own
    try:
        for path in kept.iterdir():
            shutil.copy2(path, sources / path.name)
        subprocess.run(["mount", "-o", "remount,ro", str(sources)], check=True)
        old = state(folder)
        amend(inbox, 1)
        code, said = forked(folder, "collect", inbox)
        assert code == 1 and "只读" in said and "原有文件没有改动" in said, said
        assert str(sources / "商河.txt") in said or "sources" in said
        assert state(folder) == old and leftovers(folder) == []
        subprocess.run(["mount", "-o", "remount,rw", str(sources)], check=True)
        code, said = forked(folder, "collect", inbox)  # another disk than the issue's: fine
        assert code == 0 and not any(word in said for word in EDITED), said
        assert (sources / "商河.txt").read_text("utf-8") == (inbox / "商河.txt").read_text("utf-8")
        assert len(list((folder / ISSUE / "sources-replaced").iterdir())) == 1
    finally:
        _umount(sources)


@pytest.mark.parametrize("extra", ["", "abc"])
def test_a_long_file_name(tmp_path: Path, extra: str) -> None:
    """250 bytes: copied and replaced like any other. 253: its replaced copy (name.bak) would be
    too long for the disk, which is found before anything is written."""
    folder = tmp_path / "ws"
    inbox = workspace(folder)
    long = "商河县科技局" + "报送材料" * 19 + extra + ".txt"
    assert len(long.encode("utf-8")) == 250 + len(extra)
    (inbox / "商河.txt").rename(inbox / long)
    code, said = forked(folder, "collect", inbox)
    assert code == 0, said
    assert (folder / ISSUE / "sources" / long).is_file()
    before = state(folder)
    (inbox / long).write_text(SHANGHE.replace("要点", "重点"), "utf-8")
    code, said = forked(folder, "collect", inbox)
    if not extra:
        assert code == 0, said
        assert (folder / ISSUE / "sources-replaced" / f"{long}.bak").is_file()
        return
    assert code == 1 and "文件名过长" in said and "原有文件没有改动" in said, said
    assert state(folder) == before and leftovers(folder) == []


def test_a_file_gone_while_staging_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    workspace(folder)
    before = state(folder)
    staged = transaction.Transaction(folder / ISSUE)
    staged.put(folder / ISSUE / "bulletin.json", b"{}")
    staged.copy(tmp_path / "gone.txt", folder / ISSUE / "sources" / "gone.txt")
    with pytest.raises(InputError) as refused:
        staged.commit()
    assert "gone.txt" in refused.value.message and "不存在" in refused.value.message
    assert "原有文件没有改动" in (refused.value.hint or "")
    assert state(folder) == before and leftovers(folder) == []
