"""Six kinds of lines that are not news, end to end: a reply of nothing with a reason, a letter
or a withdrawal; the editor's call quoted back; separator lines; a pasted mail's headers and the
mail it answers; whom to call; photo captions. Each is written the ways units write it (.docx
paragraphs, soft breaks and a table, .txt in UTF-8 and GBK, a WeChat paste) and collected by the
real CLI: the news is printed exactly, and nothing of the rest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from tests.conftest import Cli

NEWS = "2月3日，组织辖区15家企业与山东建筑大学专家团队开展技术对接，达成合作意向3项。"
NEWS2 = "2月4日，召开科技金融服务对接会，8家金融机构与26家科技型企业参加。"
FORMATS = ["docx", "docx-breaks", "docx-table", "txt-utf8", "txt-gbk", "wechat"]


def _write(folder: Path, lines: list[str], form: str) -> None:
    if form.startswith("txt") or form == "wechat":
        if form == "wechat":
            lines = ["历下区科技局-王芳 2026-02-04 10:15", *lines]
        encoding = "gbk" if form == "txt-gbk" else "utf-8"
        (folder / "历下区.txt").write_bytes("\n".join(lines).encode(encoding))
        return
    document = Document()
    if form == "docx":
        for line in lines:
            document.add_paragraph(line)
    elif form == "docx-breaks":
        run = document.add_paragraph().add_run()
        for index, line in enumerate(lines):
            if index:
                run.add_break(WD_BREAK.LINE)
            run.add_text(line)
    else:
        table = document.add_table(rows=1, cols=1)
        cell = table.cell(0, 0)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(str(folder / "历下区.docx"))


def collect(cli: Cli, tmp_path: Path, lines: list[str], form: str) -> tuple[dict[str, Any], Any]:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write(inbox, lines, form)
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    result = cli("collect", inbox, "--json")
    report = json.loads(result.stdout)
    bulletin = json.loads((cli.folder / "issues/第19期/bulletin.json").read_text("utf-8"))
    items = {u["unit"]: u["items"] for s in bulletin["sections"] for u in s["units"]}
    return report, items.get("历下区")


def _nil(report: dict[str, Any]) -> bool:
    return any("历下区" in (f.get("nil_units") or []) for f in report["files"])


NIL = {
    "reason": ["因人员调整，本周无。"],
    "long-reason": ["因疫情防控和安全生产检查任务较重，本周无工作动态。"],
    "zero": ["零报告"],
    "zero-send": ["零报送"],
    "letter": [
        "济南市科技局：",
        "现将我局第19期周报有关情况报告如下：本周无工作动态。",
        "特此说明。",
        "历下区科技局",
        "2026年2月4日",
    ],
    "letter-reason": [
        "关于第19期工作动态的报告",
        "市科技局：",
        "根据贵局通知要求，我局认真梳理了本周工作，因人员调整，本周无工作动态。",
        "特此报告。",
        "历下区科技局",
        "2026年2月4日",
    ],
    "said-twice": ["陈老师好！本周我区无动态，零报告。谢谢！"],
    "withdrawal": [NEWS, "上面这条是上期的，发错了，请忽略。历下区本周无动态。"],
    "withdrawal-own-line": [NEWS, "上面这条是上期的，发错了，请忽略。", "历下区本周无动态。"],
}


@pytest.mark.parametrize("form", FORMATS)
@pytest.mark.parametrize("case", list(NIL))
def test_a_reply_of_nothing_is_counted_not_printed(
    cli: Cli, tmp_path: Path, case: str, form: str
) -> None:
    report, printed = collect(cli, tmp_path, NIL[case], form)
    assert _nil(report), report["files"]
    assert printed is None


NEWS_CASES = {
    "quoted-call": [
        "「张编辑：请各单位于2月5日前报送本周工作动态，谢谢！」",
        "- - - - - - - - - - - -",
        NEWS,
        NEWS2,
    ],
    "reply-prefix": ["回复 张编辑：各区县：请于2月5日前报送第19期周报。", NEWS, NEWS2],
    "quote-marks": ["> 请各单位于2月5日前报送本周工作动态", "> 逾期不候", "", NEWS, NEWS2],
    "separators": [NEWS, "※※※※※※※※", NEWS2, "＿＿＿＿＿＿＿＿", "＝ ＝ ＝ ＝ ＝"],
    "mail-headers": [
        "发件人：历下区科技局<lxqkjj@163.com>",
        "发送时间：2026年2月4日 9:15",
        "收件人：市科技局周报<jnkjzb@126.com>",
        "主题：历下区第19期工作动态",
        "",
        NEWS,
        NEWS2,
    ],
    "mail-reply": [
        NEWS,
        NEWS2,
        "",
        "------------------ 原始邮件 ------------------",
        '发件人: "市科技局周报"<jnkjzb@126.com>;',
        "发送时间: 2026年2月2日(星期一) 上午9:30",
        "主题: 关于报送第19期周报稿件的通知",
        "",
        "各区县：",
        "请于2月5日（周四）12:00前报送本周工作动态。",
    ],
    "outlook": [
        "-----Original Message-----",
        "From: lxq <lxq@126.com>",
        "Sent: Wednesday, February 4, 2026 10:02 AM",
        "To: zhoubao <jnkjzb@126.com>",
        "Subject: 第19期周报信息",
        "",
        NEWS,
        NEWS2,
    ],
    "whom-to-call": [
        NEWS,
        NEWS2,
        "有问题请与区科技局李娜联系。",
        "联系人：",
        "王芳",
        "0531-88886666",
    ],
    "captions": [f"{NEWS}（图片）", "▲ 对接会现场", "照片由区融媒体中心提供", NEWS2, "附图1"],
}


@pytest.mark.parametrize("form", FORMATS)
@pytest.mark.parametrize("case", list(NEWS_CASES))
def test_only_the_news_is_printed(cli: Cli, tmp_path: Path, case: str, form: str) -> None:
    report, printed = collect(cli, tmp_path, NEWS_CASES[case], form)
    assert printed == [NEWS, NEWS2], report["files"]
