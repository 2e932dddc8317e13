"""The record of a collect: units' outcomes, findings with their unit and item, every line's fate,
doubts and the editor's decisions. Every view reads it; these tests hold the views to it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE_INBOX, GOLDEN, Cli
from zhoubao_cli.config import default_config_text
from zhoubao_cli.model import CollectReport, Fate, Outcome

TWO_EAST = """
[[units]]
name = "东城区"
aliases = []

[[units]]
name = "东城区新区"
aliases = []

[[units]]
name = "西城区"
aliases = []
"""


def config_with(units: str) -> str:
    """The default configuration with its units replaced."""
    text = default_config_text()
    return text[: text.index("[[units]]")] + units


def record(cli: Cli) -> CollectReport:
    path = cli.folder / "issues/第19期/report.json"
    return CollectReport.model_validate_json(path.read_text("utf-8"))


@pytest.fixture
def east(cli: Cli, tmp_path: Path) -> Cli:
    """Units of which one's name begins with another's: 东城区 and 东城区新区. A file for both
    where 东城区's part is refused and 东城区新区's part has a warning."""
    (cli.folder / "zhoubao.toml").write_text(config_with(TWO_EAST), "utf-8")
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "汇总.txt").write_text(
        "【东城区】\n2月3日，东城区召开推进会。\n2月30日，东城区走访企业。\n"
        "【东城区新区】\n1月20日，东城区新区召开座谈会。\n2月4日，东城区新区举办路演。\n",
        "utf-8",
    )
    cli("collect", inbox)
    return cli


def test_a_unit_whose_name_begins_another_s_gets_its_own_findings(east: Cli) -> None:
    report = record(east)
    by_kind = {f.kind: f for f in report.findings}
    assert (by_kind["date.impossible"].unit, by_kind["date.impossible"].item) == ("东城区", 2)
    assert (by_kind["date.before_period"].unit, by_kind["date.before_period"].item) == (
        "东城区新区",
        1,
    )
    outcomes = {u.unit: u.outcome for u in report.units}
    assert outcomes == {
        "东城区": Outcome.FAULTY,
        "东城区新区": Outcome.ADOPTED,
        "西城区": Outcome.MISSING,
    }
    remind = east("status", "--remind").output
    faulty = remind.split("以下材料有问题，请改正后重新报送：")[1]
    assert "东城区：第2条（“2月30日，东城区走…”）的日期“2月30日”不存在。" in faulty
    assert "新区" not in faulty  # 东城区新区's warning is not sent to 东城区, nor reworded
    assert "以下单位尚未报送：西城区。" in remind
    status = east("status").output
    # The warning stands under 东城区新区's own heading, with the item it is about.
    new_area = status.split("\n东城区新区\n")[1]
    assert "第1条（“1月20日，东城区新…”）的日期“1月20日”早于本期报送时段" in new_area


def test_every_unit_has_one_outcome_said_with_one_word_everywhere(east: Cli) -> None:
    status = east("status").output
    assert re.search(r"有错误待重报（1）：\s*东城区\n", status)
    assert "未报送（1）：西城区" in status
    data = json.loads(east("status", "--json").stdout)
    assert [u["outcome"] for u in data["units"]] == ["faulty", "adopted", "missing"]
    assert {"units", "findings", "files", "doubts"} <= set(data)


def test_every_line_read_has_a_fate(cli: Cli, tmp_path: Path) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.txt").write_text(
        "历下区科技工作动态\n2月3日，历下区召开科技金融\n对接会。\n联系人：张三 13905310000\n"
        "2月4日,走访企业5家\n",
        "utf-8",
    )
    cli("collect", inbox)
    (file,) = record(cli).files
    fates = [(line.text, line.fate, line.item) for line in file.lines]
    assert fates[0] == ("历下区科技工作动态", Fate.DROPPED, None)
    assert fates[1] == ("2月3日，历下区召开科技金融", Fate.CHANGED, 1)
    assert fates[2] == ("对接会。", Fate.CHANGED, 1)
    assert fates[3][1] is Fate.DROPPED and fates[3][0].startswith("联系人")
    assert fates[4] == ("2月4日,走访企业5家", Fate.CHANGED, 2)
    changed = file.lines[4]
    assert changed.printed == "2月4日，走访企业5家。"
    dropped = file.lines[3]
    assert dropped.rule == "contact" and dropped.reason
    shown = cli("show", "历下区").output
    assert "[略去" in shown and "[改后刊出为第2条]" in shown and "→ 2月4日，走访企业5家。" in shown


def test_golden_record_of_the_example_week(cli: Cli) -> None:
    """The record of the published issue's week: outcomes, findings and fates, as saved."""
    cli("new", "18", "--date", "2026-01-30")
    result = cli("collect", EXAMPLE_INBOX, "--json")
    data = json.loads(result.stdout)
    for volatile in ("collected_at", "source_dir", "source_in_workspace", "forecast"):
        data.pop(volatile)
    for file in data["files"]:
        file.pop("received")
    golden = GOLDEN / "issue18.record.json"
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if not golden.exists():  # pragma: no cover - written once, then reviewed and committed
        golden.write_text(text, "utf-8")
    assert text == golden.read_text("utf-8")
    assert len(data["doubts"]) <= 2  # the published issue's week is news, not doubts


SENTENCES = st.sampled_from(
    [
        "2月3日，{u}召开科技金融对接会。",
        "2月30日，{u}走访企业。",
        "1月20日，{u}召开座谈会。",
        "本周无动态。",
        "2月4日，{u}举办路演，麻烦老师审阅。",
        "",
    ]
)
NAMES = st.lists(
    st.sampled_from(["东城区", "东城区新区", "东城", "西城区", "西城区高新区", "南区"]),
    min_size=2,
    max_size=4,
    unique=True,
)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(names=NAMES, data=st.data())
def test_views_agree_with_the_record(
    names: list[str], data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """For random configs and inboxes: each finding's unit is a configured unit or none, and the
    terminal, the reminder and the JSON say the same outcome of every unit."""
    folder = tmp_path_factory.mktemp("ws")
    cli = Cli(folder)
    units = "".join(f'\n[[units]]\nname = "{n}"\naliases = []\n' for n in names)
    (folder / "zhoubao.toml").write_text(config_with(units), "utf-8")
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    inbox = folder / "inbox"
    inbox.mkdir()
    senders = data.draw(st.lists(st.sampled_from(names), unique=True))
    for unit in senders:
        lines = data.draw(st.lists(SENTENCES, min_size=1, max_size=3))
        (inbox / f"{unit}.txt").write_text("\n".join(s.format(u=unit) for s in lines), "utf-8")
    if data.draw(st.booleans()):
        parts = "".join(f"【{u}】\n2月3日，{u}召开会议。\n" for u in names[:2])
        (inbox / "汇总.txt").write_text(parts, "utf-8")
    cli("collect", inbox)
    report = record(cli)
    assert {f.unit for f in report.findings} <= {*names, None}
    assert [u.unit for u in report.units] == names
    status = cli("status").output
    remind = cli("status", "--remind").output
    for unit in report.units:
        listed = {
            outcome: _listed(status, outcome.word)
            for outcome in (Outcome.NIL, Outcome.MISSING, Outcome.FAULTY)
        }
        for outcome, shown in listed.items():
            assert (unit.unit in shown) == (unit.outcome is outcome), (unit, status)
        asked = remind.split("以下单位尚未报送：")[1].split("。")[0] if "尚未报送" in remind else ""
        assert (unit.unit in asked.split("、")) == (unit.outcome is Outcome.MISSING)
        if unit.outcome is Outcome.FAULTY:
            assert re.search(rf"^\s*{re.escape(unit.unit)}：", remind, re.M), remind


def _listed(output: str, word: str) -> list[str]:
    match = re.search(rf"{re.escape(word)}（\d+）：(.*)", output)
    return match.group(1).split("、") if match else []


def test_decisions_on_doubts_hold_on_every_recollect(cli: Cli, tmp_path: Path) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.txt").write_text(
        "2月3日，历下区召开科技金融对接会。这个数字您再帮忙核一下。\n"
        "2月4日，走访企业5家。请您看看能不能用？\n",
        "utf-8",
    )
    cli("collect", inbox)
    doubts = record(cli).doubts
    assert len(doubts) == 2 and all(d.decision is None for d in doubts)
    output = cli("collect", inbox).output
    assert "请看一眼（2 句存疑" in output
    assert cli("drop", "历下区", "2").exit_code == 0
    assert cli("keep", "数字").exit_code == 0
    bulletin = (cli.folder / "issues/第19期/bulletin.json").read_text("utf-8")
    assert "能不能用" not in bulletin and "帮忙核一下" in bulletin
    for _ in range(2):  # a re-collect applies the decisions again
        output = cli("collect", inbox).output
        assert "请看一眼" not in output
        bulletin = (cli.folder / "issues/第19期/bulletin.json").read_text("utf-8")
        assert "能不能用" not in bulletin and "2月4日，走访企业5家。" in bulletin
        assert {d.decision for d in record(cli).doubts} == {"keep", "drop"}
    # A sentence that changes is a new doubt.
    (inbox / "历下区.txt").write_text("2月4日，走访企业5家。请您看看这版能不能用？\n", "utf-8")
    output = cli("collect", inbox, "--force").output
    assert "请看一眼（1 句存疑" in output
    render = cli("render", "--txt").output
    assert "1 句存疑未定" in render


@pytest.mark.parametrize(
    "command",
    [["collect", str(EXAMPLE_INBOX)], ["status"], ["render", "--txt"], ["status", "--json"]],
)
def test_each_command_reads_bulletin_json_and_issue_json_once(
    cli: Cli, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins
    import io
    from collections import Counter

    cli("new", "18", "--date", "2026-01-30")
    cli("collect", EXAMPLE_INBOX)
    reads: Counter[str] = Counter()
    real_open = io.open

    def counting(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        path = Path(str(file))
        if path.name in ("bulletin.json", "issue.json", "report.json") and "r" in mode:
            reads[str(path.resolve())] += 1
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", counting)
    monkeypatch.setattr(builtins, "open", counting)
    assert cli(*command).exit_code == 0
    issue = cli.folder.resolve() / "issues/第18期"
    assert reads[str(issue / "bulletin.json")] == 1, reads
    assert all(count == 1 for count in reads.values()), reads  # each file once


# Sentences that speak to the editor by the signs of doubt (you/老师, the material, a question,
# thanks), and news; the property below mixes them in a unit's file in any order and shape.
TO_THE_EDITOR = [
    "麻烦您再看看这版。",
    "请老师审阅。",
    "这个数字能不能改一下？",
    "谢谢！",
    "稿子有点长，您看着删。",
    "（此条请领导把关）",
    "照片稍后单独发您。",
    "不好意思来晚了。",
]
ITEMS = [
    "2月3日，组织12家企业参加路演活动。",
    "2月4日，联合山东大学举办对接会，促成合作意向2项。",
    "本周审核科技成果转化贷款5笔、1750万元。",
]


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    items=st.lists(st.sampled_from(ITEMS), min_size=1, max_size=3, unique=True),
    remarks=st.lists(st.sampled_from(TO_THE_EDITOR), min_size=1, max_size=3, unique=True),
    rng=st.randoms(use_true_random=False),
    joiner=st.sampled_from(["\n", "", "\n\n"]),
)
def test_nothing_printed_is_both_sure_and_addressed_to_the_editor(
    items: list[str],
    remarks: list[str],
    rng: Any,
    joiner: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Whatever the order and the line breaks: every remark is left out or listed as a doubt,
    and every item is printed."""
    folder = tmp_path_factory.mktemp("ws")
    cli = Cli(folder)
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    inbox = folder / "inbox"
    inbox.mkdir()
    pieces = items + remarks
    rng.shuffle(pieces)
    (inbox / "历下区.txt").write_text(joiner.join(pieces), "utf-8")
    cli("collect", inbox)
    report = record(cli)
    bulletin = (folder / "issues/第19期/bulletin.json").read_text("utf-8")
    doubted = " ".join(d.text for d in report.doubts)
    for remark in remarks:
        core = remark.strip("（）。！？")
        assert core not in bulletin or core in doubted, (remark, pieces)
    for item in items:
        assert item.rstrip("。") in bulletin, (item, pieces)


def test_a_sentence_dropped_then_kept_comes_back(cli: Cli, tmp_path: Path) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.txt").write_text("2月4日，走访企业5家。请您看看能不能用？\n", "utf-8")
    cli("collect", inbox)
    bulletin = cli.folder / "issues/第19期/bulletin.json"
    assert cli("drop", "能不能用").exit_code == 0
    assert "能不能用" not in bulletin.read_text("utf-8")
    kept = cli("keep", "能不能用")
    assert kept.exit_code == 0 and "已恢复" in kept.output
    assert "能不能用" in bulletin.read_text("utf-8")
    assert {d.decision for d in record(cli).doubts} == {"keep"}
