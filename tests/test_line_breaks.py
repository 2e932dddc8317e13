"""A sentence cut by a soft line break (Word <w:br/>, U+2028, U+2029) or a hard wrap in a text
file is one sentence, one item; a line is a new item only when it begins as an item does."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from conftest import Cli
from zhoubao_cli.rules.items import split_soft_breaks

ONE = "2月3日，历下区召开黄河流域生态保护科技创新研讨会，邀请专家12名建言献策。"
TWO = "2月4日，组织4家企业参加省级技术创新中心申报辅导。"


def printed(cli: Cli, inbox: Path) -> dict[str, str]:
    """Collect the inbox for issue 19: each unit's printed paragraph."""
    assert cli("new", "19", "--date", "2026-02-06").exit_code == 0
    result = cli("collect", inbox, "--json")
    assert result.exit_code in (0, 1), result.output
    bulletin = json.loads((cli.folder / "issues/第19期/bulletin.json").read_text("utf-8"))
    out = {}
    for section in bulletin["sections"]:
        for unit in section["units"]:
            items = unit["items"]
            joined = [i[:-1] + "；" if i.endswith("。") else i for i in items[:-1]]
            out[unit["unit"]] = "".join([*joined, *items[-1:]])
    return out


def cut(text: str, at: str) -> tuple[str, str]:
    index = text.index(at) + len(at)
    return text[:index], text[index:]


def write_docx(path: Path, paragraphs: list[list[str]]) -> None:
    """Each paragraph a list of parts joined by soft line breaks (Shift+Enter)."""
    document = docx.Document()
    for parts in paragraphs:
        paragraph = document.add_paragraph()
        for index, part in enumerate(parts):
            run = paragraph.add_run(part)
            if index < len(parts) - 1:
                run.add_break()
    document.save(str(path))


@pytest.mark.parametrize("at", ["科技创新", "研讨会，", "邀请专家1", "黄河"])
@pytest.mark.parametrize("separator", ["\n", "\u2028", "\u2029"])
def test_a_soft_break_inside_a_sentence_is_no_item(at: str, separator: str) -> None:
    left, right = cut(ONE, at)
    assert split_soft_breaks(f"{left}{separator}{right}") == [ONE]
    assert split_soft_breaks(f"{TWO}{separator}{left}{separator}{right}") == [TWO, ONE]


@pytest.mark.parametrize(
    "line",
    [
        TWO,
        "1、组织企业参加培训。",
        "【槐荫区】组织企业参加培训。",
        "槐荫区：组织企业参加培训。",
        "本周召开会议。",
    ],
)
def test_a_line_that_begins_as_an_item_does_stays_an_item(line: str) -> None:
    head = "2月3日，召开推进会，"
    assert split_soft_breaks(f"{head}\n{line}") == [head, line]


def test_hard_negatives_a_title_and_a_list_without_stops_keep_their_lines() -> None:
    assert split_soft_breaks(f"历下区科技局工作动态\n{ONE}") == ["历下区科技局工作动态", ONE]
    assert split_soft_breaks("本周工作动态\n组织召开培训会。") == [
        "本周工作动态",
        "组织召开培训会。",
    ]
    listed = "召开科技创新推进会\n走访企业5家\n组织企业参加培训"
    assert split_soft_breaks(listed) == listed.split("\n")
    assert split_soft_breaks(f"{TWO}\n{ONE}") == [TWO, ONE]


@pytest.mark.parametrize("at", ["科技创新", "研讨会，"])
def test_a_word_soft_break_prints_one_item(cli: Cli, tmp_path: Path, at: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_docx(inbox / "历下区.docx", [list(cut(ONE, at)), [TWO]])
    assert printed(cli, inbox)["历下区"] == ONE[:-1] + "；" + TWO


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_unicode_separator_in_a_text_file(
    cli: Cli, tmp_path: Path, encoding: str, separator: str
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    left, right = cut(ONE, "研讨会，")
    (inbox / "历下区.txt").write_bytes(f"{left}{separator}{right}\r\n{TWO}\r\n".encode(encoding))
    assert printed(cli, inbox)["历下区"] == ONE[:-1] + "；" + TWO


def wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
@pytest.mark.parametrize(
    ("item", "number"),
    [
        (
            "2月3日，历下区联合山东大学举办智能网联汽车技术对接会，16家企业参会并提出技术需求21项。",
            "21项",
        ),
        ("2月3日，历下区举办对接会，16家企业参会，提出技术需求21项，达成合作意向3项。", "21项"),
        ("2月3日，历下区组织开展科技型中小企业评价辅导工作，服务企业235家。", "235家"),
    ],
)
@pytest.mark.parametrize("parts", [1, 2])
def test_a_hard_wrap_through_a_number(
    cli: Cli, tmp_path: Path, encoding: str, item: str, number: str, parts: int
) -> None:
    """A file wrapped at a fixed width, one cut between two digits of a number (2 / 1项)."""
    split = item.index(number) + 1
    # `parts` lines of one width end inside the number: pad the start of the item so they do.
    while split % parts:
        item, split = item.replace("，", "，在", 1), split + 1
    width = split // parts
    lines = wrap(item[:split], width) + wrap(item[split:], width) + wrap(TWO, width)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "历下区.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    assert printed(cli, inbox)["历下区"] == item[:-1] + "；" + TWO


def test_hard_negative_soft_broken_items_ending_with_a_mark_or_nothing() -> None:
    paragraph = (
        "2月2日，走访企业5家；\n组织召开政策宣讲会，15家企业参加\n组织3家企业申报工程技术研究中心。"
    )
    assert split_soft_breaks(paragraph) == paragraph.split("\n")


def test_a_soft_break_joined_when_read_is_counted(tmp_path: Path) -> None:
    from zhoubao_cli.sources.docx import read_docx

    path = tmp_path / "历下区.docx"
    write_docx(path, [list(cut(ONE, "科技创新")), [TWO]])
    extracted = read_docx(path, path.name, 1 << 26)
    assert ONE in extracted.pieces and extracted.soft_joins == 1
