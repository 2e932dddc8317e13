"""A unit's requests about its items and versions: taken out of the text, kept, and applied by
collect to the unit's items (in the same file, or in its earlier file), never printed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import Cli
from zhoubao_cli.rules.base import Trace
from zhoubao_cli.rules.requests import take_requests

NEWS = "2月3日，召开科技金融对接会，12家企业参加。"


@pytest.mark.parametrize(
    "mark", ["【更正】", "【补报】", "（更正稿）", "[更正]", "〔修改稿〕", "【更新】", "(更正)"]
)
def test_a_version_mark_before_news_goes_and_the_news_stays(mark: str) -> None:
    trace = Trace()
    assert take_requests(mark + NEWS, trace) == NEWS
    assert [i.kind for i in trace.instructions] == ["supersedes"]
    assert trace.dropped[0].text == mark.strip()


@pytest.mark.parametrize(
    "note",
    [
        "以此为准。",
        "这版替换昨天那版。",
        "以这一版为准，之前的作废。",
        "请用这一版。",
        "更正稿。",
        "其余的稍后补报。",
        "其他不变。",
    ],
)
@pytest.mark.parametrize("where", ["before", "after", "alone"])
def test_a_version_note_in_any_position_is_not_printed(note: str, where: str) -> None:
    line = {"before": note + NEWS, "after": NEWS + note, "alone": note}[where]
    trace = Trace()
    kept = take_requests(line, trace)
    assert kept == ("" if where == "alone" else NEWS)
    assert trace.instructions


@pytest.mark.parametrize(
    "news",
    [
        "2月3日，召开会议，明确今后验收以此为准。",
        "将原厂房改为研发中心，面积3000平方米。",
        "第二条生产线投产，年产能提升20%。",
        "组织企业申报材料12份。",
    ],
)
def test_news_that_sounds_like_a_request_stays(news: str) -> None:
    trace = Trace()
    assert take_requests(news, trace) == news
    assert not trace.instructions


@pytest.mark.parametrize(
    "asked",
    [
        "陈老师，昨天报的材料第三条请删除，活动延期了，其余不变。谢谢！",
        "第三条删掉。",
        "麻烦把第3条删除，谢谢。",
        "老师好，第三条不要了。",
    ],
)
def test_a_request_to_delete_an_item_of_yesterday_s_file_is_applied_there(
    asked: str, cli: Cli, tmp_path: Path
) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    full = inbox / "长清区.txt"
    full.write_text(
        "2月2日，组织12家企业参加路演。\n2月3日，对接科研团队，梳理需求8项。\n2月5日，召开推进会。\n",
        "utf-8",
    )
    correction = inbox / "长清区-补充说明.txt"
    correction.write_text(asked, "utf-8")
    os.utime(full, (1_770_000_000, 1_770_000_000))
    os.utime(correction, (1_770_100_000, 1_770_100_000))
    result = cli("collect", inbox, "--json")
    report = json.loads(result.stdout)
    bulletin = (cli.folder / "issues/第19期/bulletin.json").read_text("utf-8")
    # The earlier file stays used, less its third item; the request is nowhere printed.
    assert "梳理需求8项" in bulletin and "12家企业" in bulletin
    assert "推进会" not in bulletin and "删" not in bulletin and "谢谢" not in bulletin
    applied = [f for f in report["findings"] if f["kind"] == "instruction.applied"]
    assert len(applied) == 1 and "删去了（长清区.txt）第3条" in applied[0]["message"]
    statuses = {f["file"]: f["status"] for f in report["files"]}
    assert statuses["长清区.txt"] in ("ok", "warning")


@pytest.mark.parametrize(
    ("asked", "printed"),
    [
        ("第2条中的“8项”改为“9项”。", "梳理需求9项"),
        ("第二条“8项”改成“9项”", "梳理需求9项"),
        ("【更正】长清区第2条改为：2月3日，对接科研团队，梳理需求10项。其他不变。", "梳理需求10项"),
        ("第2条8项改成9项", "梳理需求9项"),
    ],
)
def test_a_request_to_change_a_figure_is_applied_and_the_rest_kept(
    asked: str, printed: str, cli: Cli, tmp_path: Path
) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    full = inbox / "长清区.txt"
    full.write_text(
        "2月2日，组织12家企业参加路演。\n2月3日，对接科研团队，梳理需求8项。\n", "utf-8"
    )
    correction = inbox / "长清区（更正）.txt"
    correction.write_text(asked, "utf-8")
    os.utime(full, (1_770_000_000, 1_770_000_000))
    os.utime(correction, (1_770_100_000, 1_770_100_000))
    cli("collect", inbox)
    bulletin = json.loads((cli.folder / "issues/第19期/bulletin.json").read_text("utf-8"))
    (entry,) = [e for s in bulletin["sections"] for e in s["units"]]
    assert entry["items"][0] == "2月2日，组织12家企业参加路演。"  # the full submission stays
    assert printed in entry["items"][1] and "改" not in entry["items"][1]


def test_a_request_that_cannot_be_applied_is_said_not_printed(cli: Cli, tmp_path: Path) -> None:
    cli("new", "19", "--date", "2026-02-06")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "长清区.txt").write_text("2月2日，组织12家企业参加路演，另有12家观摩。\n", "utf-8")
    (inbox / "长清区（更正）.txt").write_text("第1条“12家”改为“15家”", "utf-8")
    output = cli("collect", inbox).output
    bulletin = (cli.folder / "issues/第19期/bulletin.json").read_text("utf-8")
    assert "15家" not in bulletin and "改为" not in bulletin  # "12家" is there twice: which?
    assert "没能自动照改" in output
