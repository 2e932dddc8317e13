#!/usr/bin/env python3
"""Run zhoubao on every inbox of corpus 4 and score it against expected.json.

    python3 check.py [-v] [inbox_01 ...]
    python3 check.py --self-test     (scores a perfect run built from expected.json: must be all right)

For each inbox: a fresh workspace (`zhoubao new 19 --date 2026-02-06`), `zhoubao collect INBOX --json`,
then the saved bulletin.json. Prints, per category, entries right / wrong, and for the planted
sentences (must_doubt): how many were left out, listed as doubt, or printed without a doubt (a miss).
`-v` lists every failed check. Uses the zhoubao in this checkout (src/ three levels up).

Scoring rules (comparisons ignore whitespace and NFKC width differences; `printed` is exact):
  outcome   printed: the file's status is ok or warning, the unit is not nil and is printed;
            warning: the status is warning; nil: the unit replied nil; superseded/error: that status.
  printed   the unit's paragraph (items joined with "；") equals `printed` or one of
            `printed_alternatives`.
  must_print       in the unit's paragraph.      must_not_print   nowhere in the bulletin.
  must_doubt       not in the bulletin, or in a doubt of this file (top-level `doubts`).
  must_not_doubt   in the unit's paragraph and in no doubt of this file.
  must_report      in this file's report: dropped lines and reasons, messages, notes, its doubts.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def zhoubao(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "zhoubao_cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def copy_inbox(inbox: Path, work: Path) -> Path:
    """A copy of the inbox with the generator's mtimes (a git checkout does not keep them)."""
    mtimes = json.loads((HERE / "mtimes.json").read_text(encoding="utf-8"))
    dst = work / "inboxes" / inbox.name
    shutil.copytree(inbox, dst)
    for p in dst.iterdir():
        when = mtimes.get(f"{inbox.name}/{p.name}")
        if when:
            t = datetime.fromisoformat(when).timestamp()
            os.utime(p, (t, t))
    return dst


def run_inbox(template: Path, inbox: Path, work: Path) -> tuple[dict, dict]:
    ws = work / inbox.name
    shutil.copytree(template, ws)
    r = zhoubao(["collect", str(copy_inbox(inbox, work)), "--json"], ws)
    try:
        report = json.loads(r.stdout)
    except json.JSONDecodeError:
        sys.exit(f"{inbox.name}: collect gave no JSON (exit {r.returncode}):\n{r.stderr[-2000:]}")
    bpath = ws / "issues" / "第19期" / "bulletin.json"
    bulletin = json.loads(bpath.read_text(encoding="utf-8")) if bpath.exists() else {"sections": []}
    return report, bulletin


def unit_paragraphs(bulletin: dict) -> tuple[dict[str, str], str]:
    units: dict[str, str] = {}
    texts: list[str] = []
    for sec in bulletin.get("sections", []):
        texts += sec.get("paragraphs", [])
        for u in sec.get("units", []):
            items = [i for i in u.get("items", []) if i.strip()]
            if items:
                p = "；".join(i.rstrip("。；") for i in items) + "。"
                units[u["unit"]] = p
                texts.append(p)
    return units, "\n".join(texts)


def file_outcome(f: dict, unit: str) -> str:
    status = f.get("status")
    if status in ("superseded", "error", "ignored"):
        return status
    if unit in (f.get("refused_units") or []):
        return "error"
    if unit in (f.get("nil_units") or []) or (f.get("nil") and f.get("unit") == unit):
        return "nil"
    return "warning" if status == "warning" else "printed"


def doubted(frag: str, doubts: list[dict]) -> bool:
    n = norm(frag)
    for d in doubts:
        t = norm(d.get("text", ""))
        if n in t or (len(t) >= 4 and t in n):
            return True
    return False


def check_entry(e: dict, report: dict, units: dict[str, str], text: str) -> tuple[list[str], dict]:
    fails: list[str] = []
    counts = {"planted": 0, "left_out": 0, "doubted": 0, "missed": 0, "over_doubted": 0}
    files = {f["file"]: f for f in report.get("files", [])}
    f = files.get(e["file"])
    doubts = [d for d in report.get("doubts", []) if d.get("file") == e["file"]]
    ntext = norm(text)
    para = units.get(e["unit"], "")
    if f is None:
        fails.append("file not in the report")
        got = "missing"
    else:
        got = file_outcome(f, e["unit"])
    want = e["outcome"]
    ok = got == want or (want == "printed" and got == "warning")
    if want in ("printed", "warning") and not para:
        ok = False
    if not ok:
        fails.append(f"outcome {got} (want {want}){'' if para else ', unit not printed'}")
    if e["printed"] is not None:
        allowed = [e["printed"], *e["printed_alternatives"]]
        if para not in allowed:
            fails.append(f"printed {para!r}\n        want {e['printed']!r}")
    for frag in e["must_print"]:
        if norm(frag) not in norm(para):
            fails.append(f"must_print missing: {frag}")
    for frag in e["must_not_print"]:
        if norm(frag) in ntext:
            fails.append(f"must_not_print printed: {frag}")
    for frag in e["must_doubt"]:
        counts["planted"] += 1
        if norm(frag) not in ntext:
            counts["left_out"] += 1
        elif doubted(frag, doubts):
            counts["doubted"] += 1
        else:
            counts["missed"] += 1
            fails.append(f"must_doubt printed without a doubt: {frag}")
    for frag in e.get("must_not_doubt", []):
        if norm(frag) not in norm(para):
            fails.append(f"must_not_doubt not printed: {frag}")
        if doubted(frag, doubts):
            counts["over_doubted"] += 1
            fails.append(f"must_not_doubt listed as doubt: {frag}")
    if e["must_report"]:
        parts: list[str] = []
        if f is not None:
            for d in f.get("dropped", []):
                parts += [d.get("text", ""), d.get("reason", "")]
            parts += f.get("messages", []) + f.get("notes", [])
        parts += [d.get("text", "") for d in doubts]
        rep = norm("\n".join(parts))
        for frag in e["must_report"]:
            if norm(frag) not in rep:
                fails.append(f"must_report missing: {frag}")
    return fails, counts


def ideal_run(entries: list[dict]) -> tuple[dict, dict]:
    """The report and bulletin a perfect tool would give for one week (for --self-test)."""
    status = {
        "printed": "ok",
        "warning": "warning",
        "nil": "ok",
        "superseded": "superseded",
        "error": "error",
    }
    files: dict[str, dict] = {}
    paras: dict[str, str] = {}
    for e in entries:
        f = files.setdefault(
            e["file"],
            {
                "file": e["file"],
                "status": "ok",
                "nil_units": [],
                "refused_units": [],
                "notes": [],
                "dropped": [],
            },
        )
        if status[e["outcome"]] != "ok":
            f["status"] = status[e["outcome"]]
        if e["outcome"] == "nil":
            f["nil_units"].append(e["unit"])
        f["notes"] += e["must_report"]
        if e["printed"]:
            paras[e["unit"]] = e["printed"]
    units = [{"unit": u, "items": p.rstrip("。").split("；")} for u, p in paras.items()]
    return (
        {"files": list(files.values()), "doubts": []},
        {"sections": [{"paragraphs": [], "units": units}]},
    )


def main() -> int:
    verbose = "-v" in sys.argv
    if (
        "--self-test" in sys.argv
    ):  # the expectations agree with themselves: a perfect run is all right
        expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
        bad = 0
        for folder in sorted({e["folder"] for e in expected}):
            week = [e for e in expected if e["folder"] == folder]
            report, bulletin = ideal_run(week)
            units, text = unit_paragraphs(bulletin)
            for e in week:
                fails, _ = check_entry(e, report, units, text)
                if fails:
                    bad += 1
                    print(f"✗ {folder}/{e['file']} [{e['unit']}]: {fails}")
        print(f"self-test: {len(expected) - bad} of {len(expected)} entries right on a perfect run")
        return 1 if bad else 0
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    folders = sorted({e["folder"] for e in expected})
    if only:
        folders = [f for f in folders if f in only]
    stats: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="zhoubao-fourth-") as tmp:
        work = Path(tmp)
        template = work / "_template"
        template.mkdir()
        r = zhoubao(["new", "19", "--date", "2026-02-06"], template)
        if r.returncode != 0:
            sys.exit(f"zhoubao new failed:\n{r.stdout}\n{r.stderr}")
        has_doubts = True
        for folder in folders:
            report, bulletin = run_inbox(template, HERE / folder, work)
            has_doubts = has_doubts and "doubts" in report
            units, text = unit_paragraphs(bulletin)
            for e in (x for x in expected if x["folder"] == folder):
                fails, counts = check_entry(e, report, units, text)
                s = stats.setdefault(
                    e["category"],
                    {
                        "right": 0,
                        "wrong": 0,
                        "planted": 0,
                        "left_out": 0,
                        "doubted": 0,
                        "missed": 0,
                        "over_doubted": 0,
                    },
                )
                s["right" if not fails else "wrong"] += 1
                for k, v in counts.items():
                    s[k] += v
                if fails and verbose:
                    print(f"✗ {e['category']} {folder}/{e['file']} [{e['unit']}]")
                    for line in fails:
                        print(f"    {line}")
    print()
    print("cat  right wrong | planted left_out doubted missed | over_doubted")
    total = {
        k: 0 for k in ("right", "wrong", "planted", "left_out", "doubted", "missed", "over_doubted")
    }
    for cat in sorted(stats):
        s = stats[cat]
        for k in total:
            total[k] += s[k]
        print(
            f"{cat:>3}  {s['right']:5} {s['wrong']:5} | {s['planted']:7} {s['left_out']:8} "
            f"{s['doubted']:7} {s['missed']:6} | {s['over_doubted']:12}"
        )
    s = total
    print(
        f"all  {s['right']:5} {s['wrong']:5} | {s['planted']:7} {s['left_out']:8} "
        f"{s['doubted']:7} {s['missed']:6} | {s['over_doubted']:12}"
    )
    if not has_doubts:
        print(
            "(the report has no top-level `doubts`: every printed planted sentence counts as missed)"
        )
    return 0 if total["wrong"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
