"""How fast zhoubao is, measured as whole processes on this machine (not a test).

    python bench/bench.py [--runs 7] [--quick] [--only-commands | --only-archive] [--json FILE]

1. `zhoubao --help` beside `python -c "import typer"`, the floor for any typer CLI.
2. `zhoubao collect examples/inbox` and `zhoubao render --docx` for issue 18 beside floors, each
   run in turn with them (interleaved) so that load drifts alike; both ratios are to the first
   floor (targets: collect ≤ 1.8×, render ≤ 1.7×); --only-commands measures 1. and 2. alone:
   - the four-import floor `python -c "import typer, pydantic, docx, rich"`;
   - a typer app with one option, run with it (typer then loads pydantic for its parameter);
   - that app importing lxml and rich's console and table too (what collect needs at least);
   - and python-docx too (what render needs at least);
   and beside pandoc turning the same bulletin from Markdown into .docx (when installed).
3. Old Word files: a week of eight .doc files beside a week of one (one LibreOffice run for all).
4. Generated inboxes of 100, 300, 1,000 and 5,000 submissions (mixed .docx/.txt of real sizes),
   each collected in one run: files per second and peak memory.
5. A generated archive of 500 issues (8,000 unit paragraphs, a report for each issue): `stats`
   over all of it and over one year, `search` over all of it and for one unit.
Each figure is the median of several runs after a warm-up run (for collect and render the
median CPU time too, which drifts less with the machine's load). The results go to a file outside
the source tree (printed at the end) unless --json names one; compiled modules of the runs go to a
temporary folder too, so the checkout is left as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "inbox"
PY = sys.executable
# The console script, as users run it; python -m when it is not on PATH.
ZHOUBAO = [shutil.which("zhoubao") or ""] if shutil.which("zhoubao") else [PY, "-m", "zhoubao_cli"]


# As on a user's machine: Python caches compiled modules (some sandboxes switch that off), here
# in a folder of the bench's own rather than beside the sources.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "zhoubao-bench-pycache")
# The code of this checkout, whichever copy of zhoubao is installed.
ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), ENV.get("PYTHONPATH")]))


# A forked child starts with its parent's peak memory on record; measuring through this small
# launcher keeps the bench's own memory out of the figure.
_LAUNCHER = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execvp(sys.argv[1], sys.argv[1:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "sys.stderr.write(f'\\nmaxrss_kb={usage.ru_maxrss}\\n')\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_once(command: list[str], cwd: Path) -> float:
    """Wall time in seconds of one process."""
    return run_timed(command, cwd)[0]


def run_timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time and CPU time (user and system) in seconds of one process. On a shared machine the
    CPU time drifts less with the load than the wall time does."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = code = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if code not in (0, 1):
        raise SystemExit(f"failed ({code}): {' '.join(command)}\n{errors!r}")
    return elapsed, usage.ru_utime + usage.ru_stime


def run_measured(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in MB of one process."""
    start = time.perf_counter()
    done = subprocess.run(
        [PY, "-c", _LAUNCHER, *command],
        cwd=cwd,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:  # a generated inbox is collected cleanly, or the figure means nothing
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    peak_kb = int(done.stderr.rsplit("maxrss_kb=", 1)[1])
    return elapsed, peak_kb // 1024


def median_times(
    commands: dict[str, tuple[list[str], Path]], runs: int, cpu: dict[str, float] | None = None
) -> dict[str, float]:
    """Median wall time of each command, run in turn round after round (and the median CPU time
    into `cpu`, when given).

    Interleaving keeps a command and its floor under the same load: on a shared machine the
    speed drifts by tens of percent within a minute.
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu_times: dict[str, list[float]] = {name: [] for name in commands}
    for command, cwd in commands.values():
        run_once(command, cwd)  # warm-up: file cache, .pyc
    for _ in range(runs):
        for name, (command, cwd) in commands.items():
            wall, used = run_timed(command, cwd)
            times[name].append(wall)
            cpu_times[name].append(used)
    if cpu is not None:
        cpu.update({name: statistics.median(values) for name, values in cpu_times.items()})
    return {name: statistics.median(values) for name, values in times.items()}


def workspace(parent: Path, number: int = 18, when: str = "2026-01-30") -> Path:
    """A new workspace with one issue (issue 18 of the example by default)."""
    folder = Path(tempfile.mkdtemp(dir=parent))
    subprocess.run(
        [*ZHOUBAO, "new", str(number), "--date", when],
        cwd=folder,
        check=True,
        capture_output=True,
        env=ENV,
    )
    return folder


def startup(runs: int, tmp: Path) -> list[dict[str, object]]:
    medians = median_times(
        {"floor": ([PY, "-c", "import typer"], tmp), "help": ([*ZHOUBAO, "--help"], tmp)}, runs
    )
    floor, help_ = medians["floor"], medians["help"]
    return [
        {
            "case": "zhoubao --help",
            "seconds": help_,
            "floor": "import typer",
            "floor_seconds": floor,
            "ratio": help_ / floor,
            "target": 1.1,
        }
    ]


FLOOR = "import typer, pydantic, docx, rich"
# A typer app with one option, run with it: typer 0.26+ checks the option with pydantic.
TYPER_APP = (
    "import typer\n"
    "app = typer.Typer()\n"
    "@app.command()\n"
    "def main(name: str = typer.Option('x')) -> None:\n"
    "    pass\n"
    "{imports}"
    "app(['--name', 'y'], standalone_mode=False)\n"
)
APP_FLOOR = TYPER_APP.format(imports="")
APP_LXML_RICH = TYPER_APP.format(imports="import lxml.etree, rich.console, rich.table\n")
APP_LXML_RICH_DOCX = TYPER_APP.format(imports="import lxml.etree, rich.console, rich.table, docx\n")


def commands(runs: int, tmp: Path) -> list[dict[str, object]]:
    ws = workspace(tmp)
    subprocess.run([*ZHOUBAO, "collect", str(EXAMPLES)], cwd=ws, check=True, capture_output=True)
    subprocess.run([*ZHOUBAO, "render", "--md"], cwd=ws, check=True, capture_output=True)
    cases = {
        "floor": ([PY, "-c", FLOOR], tmp),
        "typer app": ([PY, "-c", APP_FLOOR], tmp),
        "app + lxml, rich": ([PY, "-c", APP_LXML_RICH], tmp),
        "app + lxml, rich, docx": ([PY, "-c", APP_LXML_RICH_DOCX], tmp),
        "collect": ([*ZHOUBAO, "collect", str(EXAMPLES)], ws),
        "render": ([*ZHOUBAO, "render", "--docx", "--force"], ws),
    }
    pandoc = shutil.which("pandoc")
    if pandoc:
        (md,) = list(ws.glob("issues/*/*.md"))
        cases["pandoc"] = ([pandoc, str(md), "-o", str(tmp / "pandoc.docx")], ws)
    else:
        print("pandoc is not installed (Debian: apt install pandoc): its column is left empty")
    cpu: dict[str, float] = {}
    medians = median_times(cases, runs, cpu)
    rows: list[dict[str, object]] = []
    for key, case, own_floor, target in (
        ("collect", "zhoubao collect examples/inbox", "app + lxml, rich", 1.8),
        ("render", "zhoubao render --docx", "app + lxml, rich, docx", 1.7),
    ):
        seconds = medians[key]
        rows.append(
            {
                "case": case,
                "seconds": seconds,
                "floor": FLOOR,
                "floor_seconds": medians["floor"],
                "ratio": seconds / medians["floor"],
                "target": target,
                "cpu_seconds": cpu[key],
                "floor_cpu_seconds": cpu["floor"],
                "cpu_ratio": cpu[key] / cpu["floor"],
                "typer_app_seconds": medians["typer app"],
                "ratio_to_typer_app": seconds / medians["typer app"],
                "own_floor": own_floor,
                "own_floor_seconds": medians[own_floor],
                "ratio_to_own_floor": seconds / medians[own_floor],
                "pandoc_seconds": medians.get("pandoc"),
                "ratio_to_pandoc": seconds / medians["pandoc"] if "pandoc" in medians else None,
            }
        )
    return rows


def legacy(runs: int, tmp: Path) -> dict[str, object] | None:
    """A week of eight old .doc files against a week of one: LibreOffice starts once for all."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice is not installed: the .doc case is left out")
        return None
    source = ROOT / "tests" / "bad_inputs" / "inbox" / "莱芜区.doc"
    from zhoubao_cli.config import default_config_text, parse_config

    units = parse_config(default_config_text()).unit_names()
    inboxes = {}
    for count in (1, 8):
        inbox = tmp / f"doc-{count}"
        inbox.mkdir()
        for unit in units[:count]:
            shutil.copy2(source, inbox / f"{unit}.doc")
        inboxes[count] = inbox
    ws_one, ws_eight = workspace(tmp, 19, "2026-02-06"), workspace(tmp, 19, "2026-02-06")
    medians = median_times(
        {
            "one": ([*ZHOUBAO, "collect", str(inboxes[1]), "--force"], ws_one),
            "eight": ([*ZHOUBAO, "collect", str(inboxes[8]), "--force"], ws_eight),
        },
        max(3, runs // 2),
    )
    return {
        "one_doc_seconds": medians["one"],
        "eight_docs_seconds": medians["eight"],
        "ratio": medians["eight"] / medians["one"],
        "target": 1.3,
    }


def make_inbox(folder: Path, count: int, seed: int = 19) -> None:
    """count submissions as units send them: about half .docx, half .txt in GBK or UTF-8."""
    from docx import Document

    rng = random.Random(seed)
    sources = [
        p
        for p in EXAMPLES.iterdir()
        if p.suffix in (".txt", ".md", ".docx") and not p.name.startswith("~$")
    ]
    from zhoubao_cli.config import default_config_text, parse_config

    # File names as units write them: the short alias where there is one.
    units = [(u.aliases or [u.name])[0] for u in parse_config(default_config_text()).units]
    sentences = []
    for path in sources:
        if path.suffix != ".docx":
            from zhoubao_cli.sources.text import decode_text

            sentences += [
                s for s in decode_text(path.read_bytes(), path.name)[0].split("。") if len(s) > 20
            ]
    folder.mkdir(parents=True)
    for index in range(count):
        unit = units[index % len(units)]
        body = [
            "1月29日，" + "。".join(rng.sample(sentences, 3)) + "。"
            for _ in range(rng.randint(1, 3))
        ]
        name = f"{unit}-{index:04d}"
        if index % 2:
            doc = Document()
            doc.add_paragraph(f"{unit}科技工作动态")
            for paragraph in body:
                doc.add_paragraph(paragraph)
            doc.save(folder / f"{name}.docx")
        else:
            encoding = "gbk" if index % 4 else "utf-8"
            (folder / f"{name}.txt").write_bytes("\n".join(body).encode(encoding))


def scale(sizes: list[int], tmp: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for count in sizes:
        inbox = tmp / f"inbox-{count}"
        make_inbox(inbox, count)
        ws = workspace(tmp)
        run_once([*ZHOUBAO, "collect", str(inbox)], ws)  # warm-up
        runs = [run_measured([*ZHOUBAO, "collect", str(inbox)], ws) for _ in range(3)]
        seconds = statistics.median(r[0] for r in runs)
        rows.append(
            {
                "files": count,
                "seconds": seconds,
                "files_per_second": count / seconds,
                "peak_mb": max(r[1] for r in runs),
            }
        )
    return rows


CJK = "\u4e00-\u9fff"


def _clauses() -> list[str]:
    """The example inbox's text cut at its commas: items made of three draw on some 200 clauses."""
    from zhoubao_cli.sources.text import decode_text

    clauses = []
    for path in EXAMPLES.iterdir():
        if path.suffix in (".txt", ".md") and not path.name.startswith("~$"):
            text = decode_text(path.read_bytes(), path.name)[0]
            pieces = (c.strip("。 \n") for c in re.split("[，；。\n]", text))
            clauses += [c for c in pieces if len(c) > 6 and re.match(f"[{CJK}]", c)]
    return clauses


def make_archive(root: Path, issues: int = 500, seed: int = 12) -> int:
    """A workspace of weekly issues as collect leaves them: issue.json, bulletin.json, report.json.

    Sixteen unit paragraphs an issue (the fourteen configured units and two former ones), each
    with one to three items made of the example inbox's clauses, and a report whose files carry
    notes, a few broken first drafts, late files and a former unit's 无.
    Returns the number of unit paragraphs.
    """
    import datetime

    from zhoubao_cli.config import default_config_text, parse_config
    from zhoubao_cli.model import (
        Bulletin,
        BulletinSection,
        CollectReport,
        Dropped,
        FileReport,
        Status,
        UnitEntry,
    )

    rng = random.Random(seed)
    clauses = _clauses()
    config = parse_config(default_config_text())
    units = [*config.unit_names(), "先行区", "新材料产业园"]
    root.mkdir(parents=True, exist_ok=True)
    (root / "zhoubao.toml").write_text(default_config_text(), "utf-8")
    paragraphs = 0
    first = datetime.date(2017, 1, 6)
    for number in range(1, issues + 1):
        when = first + datetime.timedelta(weeks=number - 1)
        entries, files = [], []
        for unit in units:
            received = datetime.datetime.combine(
                when - datetime.timedelta(days=rng.choice([1, 1, 2, 3, 0])), datetime.time(10)
            )
            if rng.random() < 0.03:  # a broken file first, then the corrected one
                files.append(
                    FileReport(
                        file=f"{unit}-第{number}期-初稿.docx",
                        unit=unit,
                        status=Status.ERROR,
                        received=received - datetime.timedelta(hours=20),
                        messages=["日期晚于出刊日期"],
                    )
                )
            items = [
                f"{when.month}月{when.day}日，" + "，".join(rng.sample(clauses, 3)) + "。"
                for _ in range(rng.randint(1, 3))
            ]
            files.append(
                FileReport(
                    file=f"{unit}-第{number}期.docx",
                    unit=unit,
                    units=[unit],
                    received=received,
                    items=len(items),
                    chars=sum(map(len, items)),
                    notes=["删除多余空格 2 处", "半角标点改为全角 1 处"],
                    dropped=[Dropped(text=f"{unit}科技工作动态", reason="标题行")],
                )
            )
            entries.append(UnitEntry(unit=unit, items=items, source=files[-1].file))
        if rng.random() < 0.3:  # a unit of old that still replies 无 now and then
            files.append(FileReport(file="老城区.txt", unit="老城区", nil=True, received=received))
        paragraphs += len(entries)
        bulletin = Bulletin(
            number=number,
            date=when,
            period_start=when - datetime.timedelta(days=6),
            period_end=when,
            sections=[
                BulletinSection(
                    key="lead", kind="lead", paragraphs=["，".join(rng.sample(clauses, 4)) + "。"]
                ),
                BulletinSection(
                    key="key_work",
                    kind="items",
                    heading="【重点工作动态】",
                    marker="★",
                    paragraphs=["，".join(rng.sample(clauses, 4)) + "。" for _ in range(3)],
                ),
                BulletinSection(
                    key="units", kind="units", heading="【区县工作动态】", units=entries
                ),
            ],
        )
        present = {e.unit for e in entries}
        report = CollectReport(
            issue=number,
            source_dir="inbox",
            collected_at=datetime.datetime.combine(when, datetime.time(9)),
            files=files,
            missing=[u for u in config.unit_names() if u not in present],
        )
        folder = root / "issues" / f"第{number}期"
        folder.mkdir(parents=True)
        (folder / "issue.json").write_text(
            json.dumps(
                {
                    "number": number,
                    "date": when.isoformat(),
                    "period_start": bulletin.period_start.isoformat(),
                    "period_end": when.isoformat(),
                }
            ),
            "utf-8",
        )
        (folder / "bulletin.json").write_text(bulletin.model_dump_json(indent=2), "utf-8")
        (folder / "report.json").write_text(report.model_dump_json(indent=2), "utf-8")
    return paragraphs


def archive(runs: int, tmp: Path) -> dict[str, object]:
    root = tmp / "archive"
    paragraphs = make_archive(root)
    cases = {
        "floor": ([PY, "-c", "import typer, pydantic, docx, rich"], tmp),
        "stats, all 500 issues": (
            [*ZHOUBAO, "stats", "--from", "2017-01-01", "--to", "2026-12-31"],
            root,
        ),
        "stats --year 2020": ([*ZHOUBAO, "stats", "--year", "2020"], root),
        "stats --json, all": (
            [*ZHOUBAO, "stats", "--from", "2017-01-01", "--to", "2026-12-31", "--json"],
            root,
        ),
        "search 脑机接口, all": ([*ZHOUBAO, "search", "脑机接口"], root),
        "search 研发 投入, all": ([*ZHOUBAO, "search", "研发", "投入"], root),
        "search 研发 --unit 历下区": ([*ZHOUBAO, "search", "研发", "--unit", "历下区"], root),
    }
    medians = median_times(cases, runs)
    return {"issues": 500, "unit_paragraphs": paragraphs, "seconds": medians}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 1,000 and 5,000 files")
    parser.add_argument(
        "--only-archive", action="store_true", help="only the archive's stats and search"
    )
    parser.add_argument(
        "--only-commands",
        action="store_true",
        help="only --help, collect and render beside their floors",
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=Path(tempfile.gettempdir()) / "zhoubao-bench" / "latest.json",
        help="where the results go (default: outside the source tree)",
    )
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    with tempfile.TemporaryDirectory(prefix="zhoubao-bench-") as name:
        tmp = Path(name)
        if args.only_archive:
            result = archive(runs, tmp)
            print(
                f"machine: {machine()}\n{result['issues']} issues, {result['unit_paragraphs']} unit paragraphs"
            )
            for case, seconds in result["seconds"].items():  # type: ignore[attr-defined]
                print(f"{case:32} {seconds * 1000:6.0f} ms")
            return
        if args.only_commands:
            rows = startup(runs, tmp) + commands(runs, tmp)
            print(f"machine: {machine()}, {runs} interleaved runs, medians\n")
            print(f"{'case':32} {'ms':>5} {'floor':>6} {'ratio':>6} {'target':>6}")
            for row in rows:
                print(
                    f"{row['case']:32} {row['seconds'] * 1000:5.0f} "  # type: ignore[operator]
                    f"{row['floor_seconds'] * 1000:6.0f} {row['ratio']:6.2f} {row['target']:6.1f}"  # type: ignore[operator]
                )
            for row in rows[1:]:
                print(
                    f"  {row['case']}: CPU time {row['cpu_seconds'] * 1000:.0f} ms, floor "  # type: ignore[operator]
                    f"{row['floor_cpu_seconds'] * 1000:.0f} ms ({row['cpu_ratio']:.2f}×)"  # type: ignore[operator]
                )
            print(f"floor of collect and render: {FLOOR}; of --help: import typer")
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", "utf-8")
            print(f"written: {args.json}")
            return
        results = {
            "machine": machine(),
            "runs": runs,
            "startup": startup(runs, tmp),
            "commands": commands(runs, tmp),
            "legacy": legacy(runs, tmp),
            "scale": scale([100, 300] if args.quick else [100, 300, 1000, 5000], tmp),
            "archive": archive(runs, tmp),
        }
    print(f"machine: {results['machine']}\n")
    print(f"{'case':32} {'ms':>5} {'floor':>6} {'ratio':>6} {'target':>6}")
    for row in results["startup"] + results["commands"]:  # type: ignore[operator]
        print(
            f"{row['case']:32} {row['seconds'] * 1000:5.0f} {row['floor_seconds'] * 1000:6.0f} "
            f"{row['ratio']:6.2f} {row['target']:6.1f}"
        )
    for row in results["commands"]:  # type: ignore[attr-defined]
        print(
            f"  {row['case']}: typer app {row['typer_app_seconds'] * 1000:.0f} ms "
            f"({row['ratio_to_typer_app']:.2f}×), {row['own_floor']} "
            f"{row['own_floor_seconds'] * 1000:.0f} ms ({row['ratio_to_own_floor']:.2f}×)"
            + (
                f", pandoc {row['pandoc_seconds'] * 1000:.0f} ms ({row['ratio_to_pandoc']:.1f}×)"
                if row.get("pandoc_seconds")
                else ""
            )
        )
    if results["legacy"]:
        row = results["legacy"]
        print(
            f"\n.doc files: one {row['one_doc_seconds']:.2f} s, eight {row['eight_docs_seconds']:.2f} s"  # type: ignore[index]
            f" ({row['ratio']:.2f}×, target ≤ {row['target']})"  # type: ignore[index]
        )
    print(f"\n{'files':>6} {'seconds':>8} {'files/s':>8} {'ms/file':>8} {'peak MB':>8}")
    for row in results["scale"]:  # type: ignore[attr-defined]
        print(
            f"{row['files']:6d} {row['seconds']:8.2f} {row['files_per_second']:8.0f} "
            f"{row['seconds'] * 1000 / row['files']:8.2f} {row['peak_mb']:8d}"
        )
    archive_row = results["archive"]
    print(
        f"\narchive: {archive_row['issues']} issues, {archive_row['unit_paragraphs']} unit paragraphs"  # type: ignore[index]
    )
    for case, seconds in archive_row["seconds"].items():  # type: ignore[index]
        print(f"{case:32} {seconds * 1000:6.0f} ms")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"\nwritten: {args.json}")


if __name__ == "__main__":
    main()
