#!/usr/bin/env python3
"""Held-out corpus 4: what is news and what is doubtful.

Issue 19, published 2026-02-06, reporting period 2026-01-31 .. 2026-02-06, deadline 2月5日 12:00.
Written by someone who has not read the code, from the README and the published bulletin's style.

Categories:
  A  sentences addressed to the editor (我们/您/老师/麻烦/请…审/能不能, about 稿/版本/材料/附件/照片,
     questions, apologies, thanks, bracketed notes) at the start, middle, end and inside items
  B  instructions about items: delete item N, change a figure or a word, partial correction files
  C  version notes (【更正】【补报】（更正稿）以此为准 “这版替换昨天那版”): the newer file supersedes
  D  nil replies: bare forms, with a reason, in a formal letter, withdrawing an item sent by mistake
  E  chat quotes of the editor's call, separator lines, pasted mail headers, whom-to-call sentences,
     contact blocks spread over lines
  F  photo captions in every form
  G  tables with extra columns (序号 责任科室 责任人 备注 进展): header and extra columns not printed
  H  a sentence broken by a soft line break, a hard wrap, U+2028/U+2029: one sentence, one item
  I  hard negatives: real news containing 我们 请 材料 附件 照片 删除 更正 补报 版本 替换 稿 老师 您 ？

expected.json: one entry per (folder, file, unit):
  outcome        printed | warning | nil | error | superseded  (printed accepts a file status of ok or
                 warning; warning requires warning)
  printed        the unit's exact printed paragraph, or null
  printed_alternatives  other exact paragraphs that are also acceptable (B: instruction left unapplied
                 but listed as doubt)
  must_print     fragments that must be in the unit's paragraph
  must_not_print fragments that must not be printed anywhere in the bulletin
  must_doubt     fragments that must either not be printed or be listed in `doubts`
  must_not_doubt real news that must be printed and must not be listed in `doubts`
  must_report    fragments that must appear in the file's report (dropped, messages, notes, doubts);
                 every must_doubt fragment is also here: left out, it is listed as dropped;
                 printed, it is listed as doubt
Comparisons in check.py are NFKC- and whitespace-insensitive, except `printed` which is exact.

Run:  python3 make_corpus.py   (rewrites inbox_*, expected.json and mtimes.json next to this file)
mtimes.json records each file's mtime: "yesterday's" files are a day older than the ones that
replace or correct them; git does not keep mtimes, so check.py restores them on a copy.
Deterministic: fixed zip timestamps, fixed core properties, fixed file mtimes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import unicodedata
import zipfile
from pathlib import Path

from docx import Document

ROOT = Path(__file__).resolve().parent
ZIP_TIME = (2026, 2, 4, 16, 30, 0)
# 2026-02-04 08:30 UTC = 16:30 Beijing time: before the deadline (2月5日 12:00), nothing is late.
MTIME = dt.datetime(2026, 2, 4, 8, 30, tzinfo=dt.UTC).timestamp()
# "Yesterday's" file that a newer one replaces or corrects.
OLD_MTIME = dt.datetime(2026, 2, 3, 8, 30, tzinfo=dt.UTC).timestamp()
CORE_TIME = dt.datetime(2026, 2, 4, 8, 30, 0)
OLD_CORE_TIME = dt.datetime(2026, 2, 3, 8, 30, 0)

ENTRIES: list[dict] = []
FILES: dict[tuple[str, str], str] = {}  # (folder, file) -> plain text, for sanity checks
MTIMES: dict[
    str, str
] = {}  # "folder/file" -> mtime (git does not keep mtimes; check.py restores them)


def para(*items: str) -> str:
    """A unit's printed paragraph: items joined with "；", the last ending "。"."""
    return "；".join(i.rstrip("。；") for i in items) + "。"


def norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


# ---------------------------------------------------------------- writers


def _touch(path: Path, mtime: float) -> None:
    os.utime(path, (mtime, mtime))
    key = f"{path.parent.name}/{path.name}"
    MTIMES[key] = dt.datetime.fromtimestamp(mtime, dt.UTC).isoformat()


def txt(
    folder: str, name: str, text: str, enc: str = "utf-8", crlf: bool = False, mtime: float = MTIME
) -> None:
    d = ROOT / folder
    d.mkdir(parents=True, exist_ok=True)
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(enc)  # "utf-16" writes a BOM, "utf-8-sig" too
    p = d / name
    p.write_bytes(data)
    _touch(p, mtime)
    FILES[(folder, name)] = text


def _add_paragraph(doc, text: str) -> None:
    """\v in the text is a soft line break (<w:br/>) inside the paragraph."""
    p = doc.add_paragraph()
    parts = text.split("\v")
    for k, part in enumerate(parts):
        run = p.add_run(part)
        if k < len(parts) - 1:
            run.add_break()


def docx(folder: str, name: str, blocks: list, mtime: float = MTIME) -> None:
    """blocks: str (a paragraph) or ("table", rows) with rows a list of lists of cell texts."""
    doc = Document()
    plain = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            ncols = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncols)
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                if len(row) == 1 and ncols > 1:  # a note row spanning the table
                    cell = t.cell(r, 0).merge(t.cell(r, ncols - 1))
                    cell.text = row[0]
                    plain.append(row[0])
                    continue
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
                plain.append(" | ".join(row))
        else:
            _add_paragraph(doc, b)
            plain.append(b.replace("\v", "\n"))
    cp = doc.core_properties
    when = OLD_CORE_TIME if mtime == OLD_MTIME else CORE_TIME
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    d = ROOT / folder
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    p.write_bytes(out.getvalue())
    _touch(p, mtime)
    FILES[(folder, name)] = "\n".join(plain)


def E(
    folder: str,
    file: str,
    unit: str,
    category: str,
    outcome: str,
    *,
    printed: str | None = None,
    alts: list[str] | None = None,
    must_print: list[str] | None = None,
    must_not_print: list[str] | None = None,
    must_doubt: list[str] | None = None,
    must_not_doubt: list[str] | None = None,
    must_report: list[str] | None = None,
    why: str,
) -> None:
    ENTRIES.append(
        {
            "folder": folder,
            "file": file,
            "unit": unit,
            "category": category,
            "outcome": outcome,
            "printed": printed,
            "printed_alternatives": alts or [],
            "must_print": [m.rstrip("。；") for m in must_print or []],
            "must_not_print": must_not_print or [],
            "must_doubt": must_doubt or [],
            "must_not_doubt": must_not_doubt or [],
            # whatever is planted is reported either way: in `dropped` when left out, in `doubts` when printed
            "must_report": list(dict.fromkeys([*(must_report or []), *(must_doubt or [])])),
            "why": why,
        }
    )


# ---------------------------------------------------------------- inbox_01: chat pastes


def inbox_01() -> None:
    f = "inbox_01"
    i1 = "2月2日，组织辖区18家科技型中小企业开展研发费用加计扣除政策宣讲，现场解答企业问题27个。"
    i2 = "2月4日，联合山东大学举办人工智能产学研对接会，促成校企合作意向4项。"
    txt(
        f,
        "历下区-第19期动态.txt",
        "王倩（历下区科技局） 2026/2/4 09:12:33\n"
        "陈老师好，我们历下区本周的动态发您，麻烦您审一下。\n"
        f"{i1}\n{i2}\n"
        "有啥问题您随时说，我们再改。\n",
    )
    E(
        f,
        "历下区-第19期动态.txt",
        "历下区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_not_print=["王倩"],
        must_doubt=["我们历下区本周的动态发您", "麻烦您审一下", "有啥问题您随时说", "我们再改"],
        why="WeChat paste: greeting with 我们/您/麻烦 before the items, offer to revise after them",
    )

    i1 = "2月3日，组织召开全区高新技术企业培育工作推进会，为入库的56家企业逐一建立培育台账。"
    i2 = "2月4日，陪同市科技局赴齐鲁软件园调研，围绕软件企业研发投入统计进行座谈交流。"
    txt(
        f,
        "市中区科技局.txt",
        "市中区科技局-刘洋：\n"
        "@陈静 陈老师，市中区第19期材料如下，请您审核：\n"
        f"1、{i1}\n2、{i2}\n"
        "这期照片还没选好，晚点单独发您。\n",
        enc="gb18030",
        crlf=True,
    )
    E(
        f,
        "市中区科技局.txt",
        "市中区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_not_print=["刘洋", "@陈静"],
        must_doubt=["市中区第19期材料如下", "请您审核", "这期照片还没选好", "晚点单独发您"],
        why="钉钉 paste in GB18030/CRLF: 材料如下/请您审核 before numbered items, a note about photos after",
    )

    i1 = "2月3日，举办槐荫区科技成果转化对接活动，组织15家企业与山东建筑大学专家团队开展技术对接，达成合作意向3项。"
    txt(
        f,
        "槐荫区（微信回复）.txt",
        "「陈静：各区县科技局：第19期周报请于2月5日12:00前报送本周工作动态，文件请命名为“区县名-第19期动态”，谢谢！」\n"
        "- - - - - - - - - - - - - - -\n"
        "收到！槐荫区本周动态：\n"
        f"{i1}\n",
    )
    E(
        f,
        "槐荫区（微信回复）.txt",
        "槐荫区",
        "E",
        "printed",
        printed=para(i1),
        must_not_print=["请于2月5日12:00前报送", "区县名-第19期动态", "- - - - -", "收到！"],
        why="WeChat reply quoting the editor's call 「陈静：…」 and the dashed quote separator",
    )

    i1 = "2月2日，组织辖区企业参加济南市知识产权质押融资政策培训，40余家企业参会。"
    i1b = i1.replace("40余家", "50余家")
    i2 = "2月3日，走访山东华光光电子股份有限公司，了解激光器芯片产线扩能项目进展。"
    txt(
        f,
        "天桥区.txt",
        "天桥区科技局 张伟  10:41:07\n[图片]\n"
        f"{i1}\n{i2}\n"
        "天桥区科技局 张伟  10:43:15\n"
        "不好意思老师，第一条的“40余家”改成“50余家”，其他不变。\n",
        enc="utf-16",
    )
    E(
        f,
        "天桥区.txt",
        "天桥区",
        "B",
        "printed",
        printed=para(i1b, i2),
        alts=[para(i1, i2)],
        must_print=[i2],
        must_not_print=["张伟", "[图片]", "改成"],
        must_doubt=["第一条的“40余家”改成“50余家”"],
        must_report=["50余家"],
        why="UTF-16 QQ paste: a second message changes a figure of item 1; apply it, or print the "
        "original and list the instruction as doubt — the instruction itself is never printed",
    )

    i1 = "2月2日，组织召开历城区科技型企业梯次培育工作会，部署2026年高新技术企业申报培育工作。"
    i2 = "2月4日，赴山大科创城调研生物制造中试示范基地建设进展，协调解决设备进场问题2项。"
    txt(
        f,
        "历城区第19期工作动态.md",
        "# 历城区第19期工作动态\n\n"
        "> 注：本稿已经分管领导审核，如需删减请与我们联系。\n\n"
        f"- {i1}\n- {i2}（这条字数多，老师可酌情删减）\n",
    )
    E(
        f,
        "历城区第19期工作动态.md",
        "历城区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["本稿已经分管领导审核", "如需删减请与我们联系", "这条字数多", "老师可酌情删减"],
        why="Markdown: a quoted note about the draft before the list, a bracketed note glued to item 2",
    )

    i1 = "2月3日，组织驻区高校科技成果转化专员赴山东师范大学长清湖校区开展对接，梳理可转化成果清单23项。"
    i2 = "2月4日，召开长清区科技金融服务对接会，8家金融机构与26家科技型企业参加，现场达成授信意向1.2亿元。"
    txt(
        f,
        "长清区.txt",
        f"抱歉抱歉，发晚了！长清区第19期：\n\n{i1}\n{i2}\n\n以上，辛苦老师！感谢！\n",
        enc="utf-8-sig",
    )
    E(
        f,
        "长清区.txt",
        "长清区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["抱歉抱歉，发晚了", "辛苦老师", "感谢！"],
        why="UTF-8 with BOM: apology at the start, thanks at the end",
    )

    i1 = "2月2日，组织12家新材料企业召开省新材料首批次应用保险补偿政策解读会，指导企业规范准备申报材料。"
    i2 = "2月4日，走访章丘汽车附件产业园，调研5家汽车附件生产企业数字化改造需求，现场协调解决技术难题3项。"
    docx(f, "章丘区-第19期动态.docx", ["章丘区科技工作动态", i1, i2])
    E(
        f,
        "章丘区-第19期动态.docx",
        "章丘区",
        "I",
        "printed",
        printed=para(i1, i2),
        must_print=[i1.rstrip("。"), i2.rstrip("。")],
        must_not_doubt=["指导企业规范准备申报材料", "调研5家汽车附件生产企业数字化改造需求"],
        why="hard negative: 新材料, 申报材料 and 汽车附件 are the work, not words about the submission",
    )


# ---------------------------------------------------------------- inbox_02: letters and mail


def inbox_02() -> None:
    f = "inbox_02"
    docx(
        f,
        "济阳区科技局关于第19期周报的报送函.docx",
        [
            "济阳区科学技术局",
            "关于报送第19期工作动态的函",
            "市科技局：",
            "根据《关于征集创新创业工作周报第19期稿件的通知》要求，经认真梳理，因我局近期人员调整，本周暂无工作动态报送。",
            "特此函告。",
            "济阳区科学技术局",
            "2026年2月4日",
        ],
    )
    E(
        f,
        "济阳区科技局关于第19期周报的报送函.docx",
        "济阳区",
        "D",
        "nil",
        must_not_print=["人员调整", "特此函告", "关于报送第19期工作动态的函"],
        must_report=["暂无工作动态报送"],
        why="nil reply with a reason inside a formal letter (抬头, 函, 特此函告, 落款)",
    )

    i1 = "2月2日，赴山东莱威新材料有限公司开展技术需求调研，帮助企业对接山东大学材料学院专家团队。"
    i2 = "2月3日，审核科技成果转化风险补偿贷款3笔，金额共计960万元。"
    txt(
        f,
        "莱芜区第19期动态.txt",
        "发件人: 莱芜区科技局 <lwqkjj2026@163.com>\n"
        "发送时间: 2026年2月4日 9:15\n"
        "收件人: 市科技局周报 <jnkjzb@126.com>\n"
        "抄送: 孙涛 <suntao_lw@163.com>\n"
        "主题: 莱芜区第19期工作动态\n\n"
        "陈老师：\n    您好！莱芜区本周动态见下文，请查收。\n\n"
        f"{i1}\n{i2}\n\n"
        "莱芜区科技局 孙涛\n电话：0531-76221234\n",
        enc="gbk",
        crlf=True,
    )
    E(
        f,
        "莱芜区第19期动态.txt",
        "莱芜区",
        "E",
        "printed",
        printed=para(i1, i2),
        must_not_print=[
            "lwqkjj2026@163.com",
            "suntao_lw",
            "发送时间: 2026年2月4日 9:15",
            "主题: 莱芜区",
            "0531-76221234",
            "孙涛",
        ],
        must_doubt=["莱芜区本周动态见下文"],
        must_not_doubt=["帮助企业对接山东大学材料学院专家团队"],
        why="Outlook (Chinese) header block pasted into GBK text, a greeting, a signature with phone",
    )

    i1 = "2月3日，组织钢城区12家企业参加全市科技型中小企业评价工作培训，现场指导企业完成线上注册。"
    i2 = "2月4日，赴山东钢铁集团永锋临港有限公司调研，了解氢冶金中试项目建设进展。"
    txt(
        f,
        "钢城区 第19期.txt",
        "-----Original Message-----\n"
        "From: gcqkjj <gcqkjj@126.com>\n"
        "Sent: Wednesday, February 4, 2026 10:02 AM\n"
        "To: zhoubao <jnkjzb@126.com>\n"
        "Subject: 钢城区第19期周报信息\n\n"
        f"{i1}\n{i2}\n"
        "==============================\n"
        "钢城区科技局  联系人：\n王磊  13905318877\n",
    )
    E(
        f,
        "钢城区 第19期.txt",
        "钢城区",
        "E",
        "printed",
        printed=para(i1, i2),
        must_not_print=[
            "gcqkjj",
            "Wednesday",
            "Subject",
            "Original Message",
            "13905318877",
            "王磊",
            "==========",
        ],
        why="English Outlook header (From/Sent/To/Subject), ===== separator, contact label on one line "
        "and name + mobile on the next",
    )

    i1 = "2月2日，组织玫德集团、鲁西化工平阴分公司等5家企业参加省重点研发计划项目申报辅导。"
    i2 = "2月3日，审核科技成果转化风险补偿贷款2笔，金额共计600万元。"
    txt(
        f,
        "平阴县.txt",
        f"{i1}\n{i2}\n"
        "有问题请与县科技局李娜联系，电话：0531-87881234。\n\n"
        "------------------ 原始邮件 ------------------\n"
        '发件人: "市科技局周报"<jnkjzb@126.com>;\n'
        "发送时间: 2026年2月2日(星期一) 上午9:30\n"
        '收件人: "平阴县科技局"<2871234567@qq.com>;\n'
        "主题: 关于报送第19期周报稿件的通知\n\n"
        "各区县：请于2月5日（周四）12:00前报送本周工作动态。\n",
    )
    E(
        f,
        "平阴县.txt",
        "平阴县",
        "E",
        "printed",
        printed=para(i1, i2),
        must_not_print=[
            "李娜",
            "0531-87881234",
            "2871234567@qq.com",
            "原始邮件",
            "关于报送第19期周报稿件的通知",
            "请于2月5日",
        ],
        why="QQ mail reply: news on top, a whom-to-call sentence, then the quoted original call with "
        "its header block",
    )

    txt(f, "商河县.txt", "本周无。\n", enc="gbk")
    E(f, "商河县.txt", "商河县", "D", "nil", why="the one-word official nil form")

    i1 = "2月2日，组织起步区8家重点企业赴山东省工业技术研究院开展产学研对接，达成技术合作意向2项。"
    i2 = "2月4日，召开起步区科技创新平台建设推进会，梳理在建省级以上创新平台12家。"
    docx(
        f,
        "起步区-第19期动态.docx",
        [
            "陈老师：您好！我们起步区本周报两条，第二条如果篇幅不够可以不用。",
            i1,
            i2,
            "能不能麻烦老师把我们单位名称写全称“济南新旧动能转换起步区”？谢谢。",
        ],
    )
    E(
        f,
        "起步区-第19期动态.docx",
        "起步区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=[
            "我们起步区本周报两条",
            "第二条如果篇幅不够可以不用",
            "能不能麻烦老师把我们单位名称写全称",
            "谢谢。",
        ],
        why="docx: 我们/您 greeting first, a question with 能不能 last; 'item 2 may be cut' is not "
        "an instruction to delete it",
    )


# ---------------------------------------------------------------- inbox_03: version notes


def inbox_03() -> None:
    f = "inbox_03"
    a1 = "2月2日，组织辖区15家企业参加省科技型中小企业创新能力提升工程项目申报培训。"
    b1 = a1.replace("15家", "25家")
    a2 = "2月3日，历下区与山东大学齐鲁医院签署脑机接口临床转化合作协议，共建临床研究中心1个。"
    docx(f, "历下区-第19期动态.docx", ["历下区第19期工作动态", a1, a2], mtime=OLD_MTIME)
    docx(
        f,
        "历下区-第19期动态（更正稿）.docx",
        ["（更正稿）", "历下区第19期工作动态", b1, a2, "以此为准，之前那版作废。"],
    )
    E(
        f,
        "历下区-第19期动态.docx",
        "历下区",
        "C",
        "superseded",
        must_not_print=["组织辖区15家企业"],
        why="older full file replaced by the unit's 更正稿 of the next day",
    )
    E(
        f,
        "历下区-第19期动态（更正稿）.docx",
        "历下区",
        "C",
        "printed",
        printed=para(b1, a2),
        must_not_print=["更正稿"],
        must_doubt=["以此为准，之前那版作废"],
        why="（更正稿） as the first line and 以此为准 as the last: the newer file is printed, the notes are not",
    )

    a1 = "2月2日，组织召开全区研发投入统计工作推进会，对全区68家规上工业企业研发费用归集情况逐一梳理。"
    a2 = "2月3日，走访济南二机床集团，了解高档数控机床关键部件攻关项目进展。"
    b2 = "2月4日，走访济南二机床集团，了解高档数控机床关键部件攻关项目进展。"
    txt(f, "市中区.txt", f"{a1}\n{a2}\n", mtime=OLD_MTIME)
    txt(f, "市中区【更正】.txt", f"【更正】市中区第19期动态（以此为准）\n{a1}\n{b2}\n", enc="gbk")
    E(
        f,
        "市中区.txt",
        "市中区",
        "C",
        "superseded",
        must_not_print=["2月3日，走访济南二机床集团"],
        why="older file, the date of item 2 was wrong",
    )
    E(
        f,
        "市中区【更正】.txt",
        "市中区",
        "C",
        "printed",
        printed=para(a1, b2),
        must_not_print=["【更正】"],
        must_doubt=["（以此为准）"],
        why="【更正】 title line with （以此为准）: newer GBK file printed",
    )

    a1 = "2月3日，举办槐荫区科技型企业知识产权培训会，78家企业参加。"
    b1 = "2月3日，举办槐荫区科技型企业知识产权培训会，87家企业参加。"
    a2 = "2月4日，组织5家企业参加山东省技术转移转化大赛济南赛区推介会。"
    docx(f, "槐荫区第19期.docx", [a1, a2], mtime=OLD_MTIME)
    docx(f, "槐荫区第19期(2).docx", [b1, a2, "这版替换昨天那版，昨天的数据有误，麻烦老师了。"])
    E(
        f,
        "槐荫区第19期.docx",
        "槐荫区",
        "C",
        "superseded",
        must_not_print=["78家企业参加"],
        why="older file with a wrong figure",
    )
    E(
        f,
        "槐荫区第19期(2).docx",
        "槐荫区",
        "C",
        "printed",
        printed=para(b1, a2),
        must_doubt=["这版替换昨天那版", "昨天的数据有误", "麻烦老师了"],
        why="'这版替换昨天那版' as the last paragraph of the newer file",
    )

    a1 = "2月4日，天桥区召开科技创新工作会议，部署2026年度科技型企业培育、研发投入提升等重点任务。"
    txt(f, "天桥区【补报】.txt", f"【补报】天桥区第19期工作动态\n{a1}\n", enc="gb18030")
    E(
        f,
        "天桥区【补报】.txt",
        "天桥区",
        "C",
        "printed",
        printed=para(a1),
        must_not_print=["【补报】"],
        why="a late submission labelled 【补报】 with no earlier file: printed, the label is not",
    )

    f = "inbox_17"  # a second week of version notes (an inbox holds at most 8 files)
    a1 = "2月2日，组织区内8家企业与齐鲁工业大学开展生物医药领域技术对接。"
    a2 = "2月4日，历城区科技成果转化服务中心正式运营，首批入驻技术转移机构6家。"
    b2 = "2月4日，历城区科技成果转化服务中心正式运营，首批入驻技术转移机构7家。"
    txt(f, "历城区周报.txt", f"历城区\n{a1}\n{a2}\n", mtime=OLD_MTIME)
    txt(f, "历城区-更正.txt", f"更正：历城区第19期动态以此稿为准\n{a1}\n{b2}\n")
    E(
        f,
        "历城区周报.txt",
        "历城区",
        "C",
        "superseded",
        must_not_print=["首批入驻技术转移机构6家"],
        why="older file",
    )
    E(
        f,
        "历城区-更正.txt",
        "历城区",
        "C",
        "printed",
        printed=para(a1, b2),
        must_doubt=["以此稿为准"],
        must_not_print=["更正：历城区"],
        why="correction file named with the unit, first line '更正：…以此稿为准'",
    )

    a1 = "2月3日，组织长清区科技型企业参加省级工程技术研究中心申报辅导，服务企业11家。"
    a2 = "2月4日，赴齐鲁工业大学长清校区对接新一代信息技术领域科研成果12项。"
    docx(f, "长清区.docx", [a1], mtime=OLD_MTIME)
    docx(
        f, "长清区【补报】.docx", ["【补报】长清区第19期动态（含昨日报送内容，请以此为准）", a1, a2]
    )
    E(
        f,
        "长清区.docx",
        "长清区",
        "C",
        "superseded",
        why="older file with one item; the newer 【补报】 file repeats it and adds one",
    )
    E(
        f,
        "长清区【补报】.docx",
        "长清区",
        "C",
        "printed",
        printed=para(a1, a2),
        must_not_print=["【补报】长清区"],
        must_doubt=["含昨日报送内容", "请以此为准"],
        why="【补报】 heading with a note that the file includes yesterday's item: newer file printed",
    )


# ---------------------------------------------------------------- inbox_04: instructions about items


def inbox_04() -> None:
    f = "inbox_04"
    i1 = "2月2日，组织长清区12家企业参加省科技金融路演活动，2家企业获得投资意向。"
    i2 = "2月3日，赴山东交通学院对接轨道交通装备领域科研团队，梳理合作需求8项。"
    i3 = "2月5日，拟组织召开长清区科技特派员工作推进会。"
    docx(f, "长清区-第19期动态.docx", ["长清区第19期工作动态", i1, i2, i3], mtime=OLD_MTIME)
    txt(
        f,
        "长清区-补充说明.txt",
        "陈老师，昨天报的长清区材料第三条请删除，活动延期了，其余不变。谢谢！\n",
    )
    E(
        f,
        "长清区-第19期动态.docx",
        "长清区",
        "B",
        "printed",
        printed=para(i1, i2),
        alts=[para(i1, i2, i3)],
        must_print=[i1.rstrip("。"), i2.rstrip("。")],
        why="yesterday's full file; today's note deletes its item 3 (or the note is listed as doubt)",
    )
    E(
        f,
        "长清区-补充说明.txt",
        "长清区",
        "B",
        "warning",
        must_print=[i1.rstrip("。"), i2.rstrip("。")],
        must_not_print=["活动延期了", "其余不变"],
        must_doubt=["昨天报的长清区材料第三条请删除"],
        must_report=["第三条请删除"],
        why="a note that only deletes item 3 of the earlier file must not replace that file",
    )

    i1 = "2月2日，组织章丘区科技型企业参加研发费用加计扣除政策培训，120余人参加。"
    i2 = "2月3日，走访明水经济技术开发区12家高新技术企业，了解企业研发项目储备情况。"
    i2b = i2.replace("12家", "15家")
    i3 = "2月4日，章丘区与山东大学签订科技成果转化合作协议，共建中试基地1处。"
    docx(f, "章丘区第19期动态.docx", [i1, i2, i3], mtime=OLD_MTIME)
    txt(
        f,
        "章丘区-修改.txt",
        "章丘区第19期动态修改：第二条中的“12家”改为“15家”，其他内容不变。\n",
        enc="gbk",
    )
    E(
        f,
        "章丘区第19期动态.docx",
        "章丘区",
        "B",
        "printed",
        printed=para(i1, i2b, i3),
        alts=[para(i1, i2, i3)],
        must_print=[i1.rstrip("。"), i3.rstrip("。")],
        why="full file; a later note changes one figure of item 2 and keeps the rest",
    )
    E(
        f,
        "章丘区-修改.txt",
        "章丘区",
        "B",
        "warning",
        must_print=[i1.rstrip("。"), i3.rstrip("。")],
        must_not_print=["其他内容不变"],
        must_doubt=["第二条中的“12家”改为“15家”"],
        must_report=["15家"],
        why="a one-line change request must not replace the full file",
    )

    f = "inbox_18"  # same-file instructions and a withdrawal, in a week of their own
    i1 = "2月2日，组织济阳区科技型中小企业评价入库工作培训，42家企业参加。"
    i2 = "1月29日，举办济阳区2026年科技工作会议。"
    i3 = "2月4日，赴山东浩特新材料科技有限公司调研，了解高分子材料中试线建设进展。"
    txt(f, "济阳区.txt", f"{i1}\n{i2}\n{i3}\n上面第二条删掉，跟上周重复了。\n")
    E(
        f,
        "济阳区.txt",
        "济阳区",
        "B",
        "warning",
        printed=para(i1, i3),
        must_not_print=["举办济阳区2026年科技工作会议", "跟上周重复了"],
        must_report=["第二条删掉"],
        why="'上面第二条删掉' in the same file: item 2 removed and the editor warned (README promise)",
    )

    f = "inbox_04"
    i1 = "2月3日，莱芜区与山东第一医科大学签订校地合作协议，达成产学研合作项目3项。"
    i1b = i1.replace("3项", "5项")
    i2 = "2月4日，组织莱芜区6家企业参加全市科技企业孵化器绩效评价培训。"
    docx(f, "莱芜区动态.docx", [i1, i2, "更正：第一条中“3项”应为“5项”，请老师帮忙改一下。"])
    E(
        f,
        "莱芜区动态.docx",
        "莱芜区",
        "B",
        "printed",
        printed=para(i1b, i2),
        alts=[para(i1, i2)],
        must_print=[i2.rstrip("。")],
        must_doubt=["第一条中“3项”应为“5项”", "请老师帮忙改一下"],
        must_report=["5项"],
        why="a figure correction at the end of the same file: apply it, or list it as doubt",
    )

    i1 = "2月2日，组织钢城区10家企业参加山东省科技成果登记系统操作培训。"
    i2 = "2月3日，组织8家企业参加全市技术合同登记培训。"
    i2b = "2月4日，组织8家企业参加全市技术合同登记培训，现场完成技术合同登记3项。"
    docx(f, "钢城区-第19期动态.docx", ["钢城区第19期动态", i1, i2], mtime=OLD_MTIME)
    txt(f, "钢城区（更正）.txt", f"【更正】钢城区第2条改为：{i2b}其他不变。\n")
    E(
        f,
        "钢城区-第19期动态.docx",
        "钢城区",
        "B",
        "printed",
        printed=para(i1, i2b),
        alts=[para(i1, i2)],
        must_print=[i1.rstrip("。")],
        why="full file; a later partial correction replaces only item 2 — item 1 must stay",
    )
    E(
        f,
        "钢城区（更正）.txt",
        "钢城区",
        "B",
        "warning",
        must_print=[i1.rstrip("。")],
        must_not_print=["其他不变"],
        must_doubt=["钢城区第2条改为"],
        must_report=["第2条"],
        why="partial correction file: must NOT replace the unit's full earlier file",
    )

    f = "inbox_18"
    w = "2月3日，组织平阴县科技特派员赴玫瑰种植基地开展技术服务，指导农户开展病虫害绿色防控。"
    txt(
        f,
        "平阴县.txt",
        f"{w}\n陈老师不好意思，上面这条是上期的，发错了，请忽略。平阴县本周无动态。\n",
        enc="gb18030",
    )
    E(
        f,
        "平阴县.txt",
        "平阴县",
        "D",
        "nil",
        must_not_print=["科技特派员赴玫瑰种植基地", "发错了"],
        must_report=["发错了"],
        why="an item sent by mistake is withdrawn and the unit has nothing this week: nil, item not printed",
    )

    i1 = "2月3日，商河县与山东农业大学签约共建大蒜产业技术研究院。"
    i1b = "2月3日，商河县与山东农业大学签订共建大蒜产业技术研究院协议。"
    i2 = "2月4日，组织商河县5家企业参加全市高新技术企业认定政策辅导会。"
    txt(f, "商河县第19期.txt", f"{i1}\n{i2}\n（第一条请改为：{i1b}其余不变）\n")
    E(
        f,
        "商河县第19期.txt",
        "商河县",
        "B",
        "printed",
        printed=para(i1b, i2),
        alts=[para(i1, i2)],
        must_print=[i2.rstrip("。")],
        must_doubt=["第一条请改为"],
        must_not_print=["其余不变"],
        why="a bracketed rewording of item 1 in the same file: apply it or list it as doubt, "
        "never print the bracket",
    )


# ---------------------------------------------------------------- inbox_05: nil replies


def inbox_05() -> None:
    f = "inbox_05"
    txt(f, "历下区.txt", "无。\n")
    E(f, "历下区.txt", "历下区", "D", "nil", why="'无。' alone")

    docx(f, "市中区-第19期.docx", ["暂无。"])
    E(f, "市中区-第19期.docx", "市中区", "D", "nil", why="'暂无。' in a docx")

    txt(f, "槐荫区.txt", "槐荫区科技局第19期：零报告\n", enc="gbk", crlf=True)
    E(
        f,
        "槐荫区.txt",
        "槐荫区",
        "D",
        "nil",
        must_not_print=["零报告"],
        why="'零报告' is the official nil form",
    )

    txt(f, "天桥区.txt", "因疫情防控和节前安全生产检查任务叠加，本周无。\n")
    E(
        f,
        "天桥区.txt",
        "天桥区",
        "D",
        "nil",
        must_not_print=["疫情防控", "安全生产检查"],
        must_report=["本周无"],
        why="nil with a reason first",
    )

    docx(
        f,
        "历城区科技局关于第19期工作动态的报告.docx",
        [
            "市科技局：",
            "按照第19期周报报送通知要求，我区对本周工作进行了认真梳理。经核实，本周历城区暂无可报送的工作动态。",
            "特此报告。",
            "历城区科技局",
            "2026年2月4日",
        ],
    )
    E(
        f,
        "历城区科技局关于第19期工作动态的报告.docx",
        "历城区",
        "D",
        "nil",
        must_not_print=["认真梳理", "特此报告"],
        why="nil inside a formal report (抬头, 按照…要求, 经核实, 特此报告, 落款)",
    )

    txt(f, "长清区.txt", "长清区科技局-赵敏：\n本周无。\n")
    E(
        f,
        "长清区.txt",
        "长清区",
        "D",
        "nil",
        must_not_print=["赵敏"],
        why="钉钉 paste: sender line then '本周无。'",
    )

    txt(
        f,
        "章丘区.txt",
        "不好意思陈老师，章丘区这周因人员调整，没有可报送的动态，本周无，下周补上。\n",
        enc="gb18030",
    )
    E(
        f,
        "章丘区.txt",
        "章丘区",
        "D",
        "nil",
        must_not_print=["人员调整", "下周补上"],
        must_report=["本周无"],
        why="nil with an apology, a reason and a promise",
    )

    txt(f, "济阳区.md", "# 济阳区\n\n本周无。\n")
    E(f, "济阳区.md", "济阳区", "D", "nil", why="Markdown heading then '本周无。'")

    f = "inbox_16"  # two hard negatives for nil replies, in another week
    i1 = "2月3日，商河县无人机植保技术培训班开班，培训农机手60人。"
    txt(f, "商河县.txt", f"{i1}\n")
    E(
        f,
        "商河县.txt",
        "商河县",
        "I",
        "printed",
        printed=para(i1),
        must_not_doubt=["商河县无人机植保技术培训班开班"],
        why="hard negative: 无人机 is news, not a nil reply",
    )

    i1 = "2月2日，起步区无人驾驶测试道路完成扩容，新增测试里程12公里。"
    i2 = "本周完成科技型中小企业评价入库17家。"
    txt(f, "起步区.txt", f"【起步区】\n{i1}\n{i2}\n", enc="utf-16")
    E(
        f,
        "起步区.txt",
        "起步区",
        "I",
        "printed",
        printed=para(i1, i2),
        must_not_doubt=["起步区无人驾驶测试道路完成扩容", "本周完成科技型中小企业评价入库17家"],
        why="hard negative: 无人驾驶 and 本周 open news, not a nil reply",
    )


# ---------------------------------------------------------------- inbox_06: photo captions


def inbox_06() -> None:
    f = "inbox_06"
    i1 = "2月2日，高新区举办2026年首场科技成果路演活动，12个项目与投资机构现场对接。"
    i2 = "2月4日，走访齐鲁制药、浪潮集团等5家重点企业，了解企业年度研发投入计划。"
    docx(
        f,
        "济南高新区-第19期动态.docx",
        [i1, "▲科技成果路演活动现场", i2, "照片由高新区科技经济部提供", "图为走访企业现场"],
    )
    E(
        f,
        "济南高新区-第19期动态.docx",
        "济南高新区",
        "F",
        "printed",
        printed=para(i1, i2),
        must_not_print=[
            "▲",
            "科技成果路演活动现场",
            "图为走访企业现场",
            "照片由高新区科技经济部提供",
        ],
        why="▲ caption, 图为… caption and 照片由…提供 each on their own paragraph",
    )

    i1 = "2月3日，历下区与山东大学签署脑机接口联合实验室共建协议，首期投入研发经费800万元。"
    i2 = "2月4日，组织辖区20家企业参加科技型中小企业评价政策线上培训。"
    docx(f, "历下区-第19期动态.docx", [i1, "（图片）", "附图1：签约仪式现场", i2, "附图2"])
    E(
        f,
        "历下区-第19期动态.docx",
        "历下区",
        "F",
        "printed",
        printed=para(i1, i2),
        must_not_print=["（图片）", "附图1", "签约仪式现场", "附图2"],
        why="（图片） placeholder and 附图1/附图2 labels between items",
    )

    i1 = (
        "2月2日，市中区组织召开科技型企业融资对接会，6家银行与31家企业现场对接，意向融资额2.6亿元。"
    )
    txt(
        f,
        "市中区.txt",
        f"{i1}\n现场照片\n照片由市中区科技局提供，如需原图请联系我们。\n",
        enc="gbk",
    )
    E(
        f,
        "市中区.txt",
        "市中区",
        "F",
        "printed",
        printed=para(i1),
        must_not_print=["现场照片", "照片由市中区科技局提供"],
        must_doubt=["如需原图请联系我们"],
        why="standalone '现场照片', 照片由…提供 with an offer to the editor",
    )

    i1 = "2月3日，组织槐荫区18家企业与山东省科学院专家开展技术对接，征集技术需求26项。"
    i2 = "2月4日，召开槐荫区科技创新券兑付工作部署会。"
    docx(f, "槐荫区第19期动态.docx", [f"{i1}（图为对接会现场）", i2])
    E(
        f,
        "槐荫区第19期动态.docx",
        "槐荫区",
        "F",
        "printed",
        printed=para(i1, i2),
        must_not_print=["图为对接会现场"],
        why="caption in brackets glued after the item's full stop",
    )

    i1 = "2月3日，走访山东某电子材料有限公司等3家企业，了解企业研发平台建设需求。"
    i2 = "2月4日，组织天桥区企业参加全市专利转化运用专项行动政策宣讲会，参会企业35家。"
    txt(
        f,
        "天桥区.md",
        f"## 天桥区\n\n- {i1}\n\n![走访企业](images/zoufang.jpg)\n\n图2 企业走访现场\n\n- {i2}\n",
    )
    E(
        f,
        "天桥区.md",
        "天桥区",
        "F",
        "printed",
        printed=para(i1, i2),
        must_not_print=["zoufang.jpg", "图2 企业走访", "企业走访现场"],
        why="Markdown image and '图2 …' caption between two list items",
    )

    i1 = "2月3日，调研山东某光刻材料研究院，了解其高分辨率光刻胶和卫星遥感照片处理软件研发进展。"
    docx(f, "历城区.docx", ["历城区", i1])
    E(
        f,
        "历城区.docx",
        "历城区",
        "I",
        "printed",
        printed=para(i1),
        must_not_doubt=["卫星遥感照片处理软件研发进展"],
        why="hard negative: 光刻 and 遥感照片 are the research, not a photo caption",
    )

    i1 = "2月2日，长清区组织开展“科技赶大集”活动，为200余名农户提供农业技术咨询服务。"
    i2 = "2月4日，组织召开驻区高校院所科技成果发布会，发布成果38项。"
    txt(
        f,
        "长清区.txt",
        f"{i1}\n（摄影：刘强）\n{i2}\n图片来源：长清区融媒体中心\n（活动照片见附件，共4张）\n",
    )
    E(
        f,
        "长清区.txt",
        "长清区",
        "F",
        "printed",
        printed=para(i1, i2),
        must_not_print=["摄影", "刘强", "图片来源", "长清区融媒体中心"],
        must_doubt=["活动照片见附件，共4张"],
        why="（摄影：…）, 图片来源：…, and a bracket about photos in the attachment",
    )


# ---------------------------------------------------------------- inbox_07: tables with extra columns


def inbox_07() -> None:
    f = "inbox_07"
    c1 = "组织辖区企业参加山东省科技型中小企业创新能力提升工程项目申报辅导，服务企业14家"
    c2 = "赴济南职业学院对接智能制造实训基地共建事宜，达成合作意向1项"
    docx(
        f,
        "长清区-第19期动态.docx",
        [
            "长清区第19期工作动态",
            (
                "table",
                [
                    ["序号", "时间", "工作内容", "责任科室", "责任人", "备注"],
                    ["1", "2月2日", c1, "科技创新科", "赵敏", "已办结"],
                    ["2", "2月4日", c2, "成果转化科", "刘洋", ""],
                ],
            ),
        ],
    )
    E(
        f,
        "长清区-第19期动态.docx",
        "长清区",
        "G",
        "printed",
        printed=para(f"2月2日，{c1}", f"2月4日，{c2}"),
        must_not_print=["科技创新科", "成果转化科", "赵敏", "已办结", "责任科室"],
        why="table 序号|时间|工作内容|责任科室|责任人|备注: header and extra columns not printed",
    )

    c1 = "组织章丘区6家企业参加省重大科技创新工程项目申报辅导"
    c2 = "走访山东章鼓股份有限公司，了解磁悬浮鼓风机研发项目进展"
    docx(
        f,
        "章丘区.docx",
        [
            (
                "table",
                [
                    ["序号", "工作事项", "完成时间", "进展情况"],
                    ["1", c1, "2月2日", "已完成"],
                    ["2", c2, "2月3日", "持续推进"],
                ],
            ),
        ],
    )
    E(
        f,
        "章丘区.docx",
        "章丘区",
        "G",
        "printed",
        printed=para(f"2月2日，{c1}", f"2月3日，{c2}"),
        must_not_print=["持续推进", "进展情况", "工作事项"],
        why="table 序号|工作事项|完成时间|进展情况: date column moved first, 进展 column dropped",
    )

    c1 = "组织济阳区科技型企业参加研发投入统计培训，培训企业负责人56人"
    c2 = "赴济北经济开发区调研，了解食品智能装备产业园创新平台建设情况"
    docx(
        f,
        "济阳区第19期动态.docx",
        [
            "济阳区第19期动态",
            (
                "table",
                [
                    ["日期", "工作动态", "备注"],
                    ["2月2日", c1, ""],
                    ["2月3日", c2, "请老师审核，此条可删"],
                ],
            ),
        ],
    )
    E(
        f,
        "济阳区第19期动态.docx",
        "济阳区",
        "G",
        "printed",
        printed=para(f"2月2日，{c1}", f"2月3日，{c2}"),
        must_doubt=["请老师审核，此条可删"],
        why="备注 column holds a note to the editor; the item itself stays",
    )

    c1 = "组织莱芜区9家企业参加省级新型研发机构备案政策解读会"
    c2 = "审核科技成果转化贷款风险补偿申请2笔，涉及贷款金额700万元"
    docx(
        f,
        "莱芜区.docx",
        [
            "莱芜区科技局第19期工作动态",
            (
                "table",
                [
                    ["时间", "内容", "责任人", "联系电话"],
                    ["2月3日", c1, "孙涛", "13791234567"],
                    ["2月4日", c2, "李华", "0531-76225566"],
                ],
            ),
        ],
    )
    E(
        f,
        "莱芜区.docx",
        "莱芜区",
        "G",
        "printed",
        printed=para(f"2月3日，{c1}", f"2月4日，{c2}"),
        must_not_print=["孙涛", "李华", "13791234567", "0531-76225566", "联系电话"],
        why="table with 责任人 and 联系电话 columns: names and numbers never printed",
    )

    g = "组织钢城区科技型企业参加全市研发费用加计扣除政策培训，参训企业23家"
    p = "走访玫德集团、山东华恒新能源科技有限公司，了解企业研发平台建设需求"
    s1 = "组织商河县科技特派员开展春季农业技术服务，服务农户120余户"
    s2 = "商河县与齐鲁工业大学签订校地合作框架协议"
    docx(
        f,
        "区县动态汇总表.docx",
        [
            "第19期区县工作动态汇总表",
            (
                "table",
                [
                    ["序号", "单位", "时间", "工作动态", "备注"],
                    ["1", "钢城区", "2月2日", g, "钢城区科技局报送"],
                    ["2", "平阴县", "2月3日", p, ""],
                    ["3", "商河县", "2月3日", s1, ""],
                    ["4", "商河县", "2月4日", s2, "以此条为准"],
                ],
            ),
        ],
    )
    E(
        f,
        "区县动态汇总表.docx",
        "钢城区",
        "G",
        "printed",
        printed=para(f"2月2日，{g}"),
        must_not_print=["钢城区科技局报送"],
        why="summary table 序号|单位|时间|工作动态|备注, rows assigned to units",
    )
    E(
        f,
        "区县动态汇总表.docx",
        "平阴县",
        "G",
        "printed",
        printed=para(f"2月3日，{p}"),
        why="summary table row for 平阴县",
    )
    E(
        f,
        "区县动态汇总表.docx",
        "商河县",
        "G",
        "printed",
        printed=para(f"2月3日，{s1}", f"2月4日，{s2}"),
        must_doubt=["以此条为准"],
        why="two rows for 商河县; a version note in 备注",
    )

    c1 = "组织起步区11家企业参加山东省技术创新中心建设政策辅导"
    c2 = "召开起步区科技招商项目调度会，梳理在谈科技项目9个"
    docx(
        f,
        "起步区.docx",
        [
            (
                "table",
                [
                    ["时间", "工作内容"],
                    ["2月2日", c1],
                    ["2月4日", c2],
                    ["备注：以上内容已经分管领导审核，请老师审阅。"],
                ],
            ),
        ],
    )
    E(
        f,
        "起步区.docx",
        "起步区",
        "G",
        "printed",
        printed=para(f"2月2日，{c1}", f"2月4日，{c2}"),
        must_doubt=["以上内容已经分管领导审核", "请老师审阅"],
        why="two-column table with a merged 备注 row at the bottom addressed to the editor",
    )


# ---------------------------------------------------------------- inbox_08: broken sentences


def wrap(text: str, width: int) -> str:
    return "\n".join(text[k : k + width] for k in range(0, len(text), width))


def inbox_08() -> None:
    f = "inbox_08"
    i1 = "2月3日，起步区召开黄河流域生态保护科技创新研讨会，邀请中国科学院、山东大学等单位12名专家围绕盐碱地综合利用建言献策。"
    i2 = "2月4日，组织起步区4家企业参加省级技术创新中心申报辅导。"
    docx(
        f, "起步区.docx", ["起步区第19期动态", i1.replace("科技创新研讨会", "科技创新\v研讨会"), i2]
    )
    E(
        f,
        "起步区.docx",
        "起步区",
        "H",
        "printed",
        printed=para(i1, i2),
        must_not_doubt=["邀请中国科学院、山东大学等单位12名专家"],
        why="Word soft line break <w:br/> in the middle of a word group: one sentence, one item",
    )

    i1 = "2月2日，高新区组织召开量子信息产业创新发展座谈会，国盾量子、中科院济南量子技术研究院等9家单位参加，共同研究推进量子通信技术应用场景建设。"
    i2 = "2月4日，高新区科技企业孵化器年度绩效评价工作启动，首批纳入评价的国家级、省级孵化器共17家，评价结果将作为政策兑现重要依据。"
    txt(f, "高新区第19期动态.txt", wrap(i1, 30) + "\n" + wrap(i2, 30) + "\n", enc="gbk", crlf=True)
    E(
        f,
        "高新区第19期动态.txt",
        "济南高新区",
        "H",
        "printed",
        printed=para(i1, i2),
        why="GBK text hard-wrapped at 30 characters (CRLF): each date starts one item",
    )

    i1 = "2月3日，历下区举办金融科技企业创新发展沙龙，邀请8家金融机构和22家科技企业围绕数字人民币应用场景开展交流。"
    txt(f, "历下区.txt", i1.replace("围绕", "\u2028围绕") + "\n")
    E(
        f,
        "历下区.txt",
        "历下区",
        "H",
        "printed",
        printed=para(i1),
        why="U+2028 LINE SEPARATOR in the middle of a sentence",
    )

    i1 = "2月2日，市中区组织召开科技服务业集聚区建设推进会，研究推动检验检测、技术转移等科技服务机构集聚发展。"
    i2 = "2月4日，组织12家企业参加市级工程技术研究中心绩效评估培训。"
    txt(f, "市中区.txt", i1.replace("推进会，", "推进会，\u2029") + "\n" + i2 + "\n")
    E(
        f,
        "市中区.txt",
        "市中区",
        "H",
        "printed",
        printed=para(i1, i2),
        why="U+2029 PARAGRAPH SEPARATOR after a comma in item 1",
    )

    i1 = "2月2日，组织全区32家企业参加研发费用加计扣除政策培训，现场解答政策问题15个。"
    i2 = "2月4日，赴济南西城大厦调研楼宇科技企业集聚情况，走访企业6家。"
    docx(f, "槐荫区.docx", [i1.replace("培训，", "培训，\v"), i2])
    E(
        f,
        "槐荫区.docx",
        "槐荫区",
        "H",
        "printed",
        printed=para(i1, i2),
        why="soft line break right after a comma",
    )

    i1 = "2月3日，天桥区联合山东大学举办智能网联汽车技术对接会，围绕车规级芯片和车载软件开展交流，16家企业参会并提出技术需求21项。"
    txt(f, "天桥区.txt", "天桥区本周工作动态\n" + wrap(i1, 30) + "\n", enc="utf-16")
    E(
        f,
        "天桥区.txt",
        "天桥区",
        "H",
        "printed",
        printed=para(i1),
        why="UTF-16 text hard-wrapped at 30 characters",
    )

    i1 = "2月4日，组织区内高校和科研院所召开科技成果转化对接会，发布可转化成果56项。"
    docx(
        f,
        "历城区.docx",
        [
            "历城区",
            "2月4日，组织区内高校和",
            "科研院所召开科技成果转化对接会，发布可转化成果56项。",
        ],
    )
    E(
        f,
        "历城区.docx",
        "历城区",
        "H",
        "printed",
        printed=para(i1),
        why="a Word paragraph break after '和': the first paragraph is obviously unfinished",
    )

    i1 = "2月2日，组织长清区科技型企业参加济南市“揭榜挂帅”项目需求征集培训，征集技术需求17项。"
    i2 = "2月3日，赴山东建筑大学对接绿色建材领域科研团队，推动3项成果在区内企业中试。"
    txt(
        f,
        "长清区.md",
        "# 长清区\n\n"
        "1. 2月2日，组织长清区科技型企业参加济南市“揭榜挂帅”项目需求征集培训，\n"
        "   征集技术需求17项。\n"
        f"2. {i2}\n",
    )
    E(
        f,
        "长清区.md",
        "长清区",
        "H",
        "printed",
        printed=para(i1, i2),
        why="Markdown list item continued on an indented next line",
    )


# ---------------------------------------------------------------- inbox_09: hard negatives


def inbox_09() -> None:
    f = "inbox_09"

    def neg(
        file: str,
        unit: str,
        items: list[str],
        why: str,
        kind: str = "txt",
        enc: str = "utf-8",
        head: str | None = None,
    ) -> None:
        if kind == "docx":
            docx(f, file, ([head] if head else []) + items)
        elif kind == "md":
            txt(
                f,
                file,
                (f"# {head}\n\n" if head else "") + "".join(f"- {i}\n" for i in items),
                enc=enc,
            )
        else:
            txt(f, file, (f"{head}\n" if head else "") + "".join(f"{i}\n" for i in items), enc=enc)
        E(
            f,
            file,
            unit,
            "I",
            "printed",
            printed=para(*items),
            must_print=[i.rstrip("。") for i in items],
            must_not_doubt=[i.rstrip("。") for i in items],
            why=why,
        )

    neg(
        "历下区.txt",
        "历下区",
        [
            "2月3日，举办“科技政策为您解读”专场宣讲会，邀请市科技局政策法规处专家为50余家企业解读研发费用后补助政策。",
            "2月4日，组织30名中小学科技辅导老师参加人工智能科普教育培训。",
        ],
        "您 inside an event title, 邀请, 老师 as the trainees",
    )
    neg(
        "市中区.docx",
        "市中区",
        [
            "2月2日，指导辖区12家企业补报2025年度研发投入统计数据，确保应统尽统。",
            "2月3日，协助2家企业更正高新技术企业认定申报系统中的知识产权信息。",
        ],
        "补报 and 更正 describe work done for firms",
        kind="docx",
        head="市中区科技工作动态",
    )
    neg(
        "槐荫区.txt",
        "槐荫区",
        [
            "2月3日，开展“我们的科技节”青少年科普进社区活动，吸引300余名居民参与。",
            "2月4日，组织专家对《槐荫区促进科技成果转化实施办法（征求意见稿）》进行论证。",
        ],
        "我们 inside an event name, 稿 inside a document title",
        enc="gbk",
    )
    neg(
        "天桥区.docx",
        "天桥区",
        [
            "2月2日，指导辖区2家工业软件企业完成产品国产化适配，新版本已在46台产线设备上完成替换部署。",
            "2月4日，组织天桥区企业参加知识产权保护专题培训，讲解专利无效宣告和商标注册信息更正等实务。",
        ],
        "版本, 替换 and 更正 as the subject matter",
        kind="docx",
    )
    neg(
        "历城区.txt",
        "历城区",
        [
            "2月3日，举办《人工智能能为中小企业做什么？》专题讲座，120余名企业负责人参加。",
            "2月4日，指导企业开展数据删除与个人信息保护合规评估，服务企业8家。",
        ],
        "a question mark inside a lecture title; 删除 as the subject of an assessment",
    )
    neg(
        "长清区.md",
        "长清区",
        [
            "2月2日，组织辖区5家企业申请省级科技型中小企业创新能力提升工程项目。",
            "2月4日，走访山东某新材料公司，了解其碳纤维复合材料和汽车附件轻量化产品研发进展。",
        ],
        "申请, 材料 and 汽车附件 in Markdown list items",
        kind="md",
        head="长清区",
    )
    neg(
        "章丘区.txt",
        "章丘区",
        [
            "2月3日，章丘区与山东大学签订合作协议，聘请8名教授担任企业科技副总，请专家走进车间解决技术难题。",
            "2月4日，组织企业提交2026年度市级重点研发计划项目申报材料21份。",
        ],
        "聘请, a clause starting with 请, 申报材料 counted as work",
        enc="gb18030",
    )
    neg(
        "济阳区.docx",
        "济阳区",
        [
            "2月2日，调研山东某光电公司，其研发的高精度航空照片测绘相机已完成样机试制。",
            "2月3日，组织我区科技型企业参加“科技专员进企业”活动，麻烦事、难心事现场办，解决企业诉求9项。",
        ],
        "照片 as a product; 麻烦事 in a slogan",
        kind="docx",
        head="济阳区第19期工作动态",
    )


# ---------------------------------------------------------------- inbox_10: words to the editor, every position


def inbox_10() -> None:
    f = "inbox_10"
    i1 = "2月2日，高新区召开2026年度科技创新工作部署会，明确全年培育高新技术企业300家目标。"
    i2 = "2月3日，组织区内15家生物医药企业参加省药品监管科学研究基地政策说明会。"
    i3 = "2月4日，高新区与山东大学签署共建人工智能创新中心协议。"
    docx(
        f,
        "高新区-第19期动态.docx",
        [
            "【说明：本稿为第19期报送稿，请老师审阅，如有修改意见请及时反馈。】",
            i1,
            i2,
            "（下面一条是补充的，上午忘了加）",
            i3,
            "谢谢老师！",
        ],
    )
    E(
        f,
        "高新区-第19期动态.docx",
        "济南高新区",
        "A",
        "printed",
        printed=para(i1, i2, i3),
        must_doubt=[
            "本稿为第19期报送稿",
            "请老师审阅",
            "如有修改意见请及时反馈",
            "下面一条是补充的",
            "上午忘了加",
            "谢谢老师",
        ],
        why="【说明：…】 first, a bracketed aside between items, thanks last",
    )

    i1 = "2月3日，组织辖区企业参加省级专精特新中小企业申报辅导，参会企业32家。"
    i2 = "2月4日，天桥区科技局赴北园大街沿线科技企业开展政策服务，走访企业7家。"
    docx(
        f,
        "天桥区.docx",
        [
            "天桥区第19期动态",
            i1.replace("申报辅导，", "申报辅导（具体企业名单见附件，不宜公开），"),
            i2,
        ],
    )
    E(
        f,
        "天桥区.docx",
        "天桥区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["具体企业名单见附件，不宜公开"],
        why="a bracketed note to the editor inside an item, mid-sentence",
    )

    i1 = "2月2日，历城区组织召开规上工业企业研发机构建设推进会，推动32家企业新建研发机构。"
    i2 = "2月4日，历城区技术合同成交额同比增长18.6%。"
    txt(f, "历城区.txt", f"{i1}\n这条数据还在核实，先这样报，有变化再更正。\n{i2}\n", enc="gb18030")
    E(
        f,
        "历城区.txt",
        "历城区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["这条数据还在核实", "先这样报，有变化再更正"],
        why="a line about the figures between two items",
    )

    i1 = "2月3日，商河县组织农业科技企业参加省农业良种工程项目申报培训。"
    txt(
        f,
        "商河县.txt",
        f"商河县第19期动态（初稿，领导还没看）\n{i1}\n老师，这周材料比较少，见谅。\n",
    )
    E(
        f,
        "商河县.txt",
        "商河县",
        "A",
        "printed",
        printed=para(i1),
        must_doubt=["初稿，领导还没看", "这周材料比较少，见谅"],
        why="a draft note in the title line and an apology at the end",
    )

    i1 = "2月2日，平阴县组织召开阿胶产业科技创新联盟工作会议，12家成员单位参加。"
    i2 = "2月4日，走访山东福胶集团，了解阿胶质量标准化研究项目进展。"
    docx(f, "平阴县第19期.docx", [i1, i2, "第二条是否适合刊发？请老师把关。"])
    E(
        f,
        "平阴县第19期.docx",
        "平阴县",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["第二条是否适合刊发", "请老师把关"],
        why="a question to the editor about item 2 at the end; item 2 is kept",
    )

    i1 = "2月3日，长清区组织科技型企业参加全省技术经理人培训，培训学员28人。"
    txt(f, "长清区.md", f"## 长清区\n\n*注：此稿为替换稿，照片另发。*\n\n{i1}\n")
    E(
        f,
        "长清区.md",
        "长清区",
        "A",
        "printed",
        printed=para(i1),
        must_doubt=["此稿为替换稿", "照片另发"],
        why="an italic Markdown note about the draft and photos",
    )

    i1 = "2月2日，钢城区组织召开新材料产业链创新发展座谈会，9家链上企业参加。"
    i2 = "2月3日，钢城区2家企业通过省级企业技术中心认定。"
    txt(
        f,
        "钢城区.txt",
        f"陈老师，钢城区本周两条，附件发不了，直接贴在这里：\n{i1}\n{i2}\n以上材料经局长审签。\n",
        enc="gbk",
    )
    E(
        f,
        "钢城区.txt",
        "钢城区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["钢城区本周两条", "附件发不了，直接贴在这里", "以上材料经局长审签"],
        must_not_doubt=["钢城区组织召开新材料产业链创新发展座谈会"],
        why="GBK: a note about the attachment first, a sign-off about approval last",
    )


# ---------------------------------------------------------------- inbox_11: separators, headers, contacts


def inbox_11() -> None:
    f = "inbox_11"
    i1 = "2月2日，历下区组织召开数字经济企业研发投入培训会，培训企业财务人员85人。"
    i2 = "2月3日，赴山东省科创集团对接科技成果转化基金合作事宜。"
    txt(
        f,
        "历下区.txt",
        f"=======================\n{i1}\n※※※※※※※※※※\n{i2}\n=======================\n"
        "联系人\n李明 0531-86012345\n",
    )
    E(
        f,
        "历下区.txt",
        "历下区",
        "E",
        "printed",
        printed=para(i1, i2),
        must_not_print=["=====", "※※※", "李明", "0531-86012345", "联系人"],
        why="====== and ※※※ separators, contact label alone on a line with name and number below",
    )

    i1 = "2月3日，市中区组织开展科技型企业“服务专员”走访活动，解决企业诉求11项。"
    i2 = "2月4日，启动2026年度区级科技计划项目申报工作。"
    txt(
        f,
        "市中区.txt",
        f"{i1}\n———————————\n{i2}有意向的企业请与区科技局创新服务科联系，咨询电话：0531-86543210。\n"
        "＿＿＿＿＿＿＿＿＿＿\n",
        enc="gb18030",
    )
    E(
        f,
        "市中区.txt",
        "市中区",
        "E",
        "printed",
        printed=para(i1, i2),
        must_not_print=[
            "———",
            "＿＿＿",
            "有意向的企业请与区科技局创新服务科联系",
            "0531-86543210",
            "咨询电话",
        ],
        why="——— and ＿＿＿ separators; a whom-to-call sentence glued after an item",
    )

    i1 = "2月2日，组织槐荫区15家企业参加济南市科技型企业上市培育培训。"
    docx(f, "槐荫区.docx", [i1, "报送人：", "周丽", "联系电话：", "15866668888"])
    E(
        f,
        "槐荫区.docx",
        "槐荫区",
        "E",
        "printed",
        printed=para(i1),
        must_not_print=["周丽", "15866668888", "报送人"],
        why="contact block spread over four paragraphs: label, name, label, number",
    )

    i1 = "2月3日，天桥区组织召开科技企业孵化载体建设推进会，6家孵化器负责人参加。"
    txt(
        f,
        "天桥区第19期.txt",
        "发件人：天桥区科技局\n发送时间：2026-02-04 09:20\n收件人：jnkjzb@126.com\n主题：天桥区第19期动态\n\n"
        f"{i1}\n\n"
        "天桥区科技局综合科\n电子邮箱：tqkjj@163.com\n",
    )
    E(
        f,
        "天桥区第19期.txt",
        "天桥区",
        "E",
        "printed",
        printed=para(i1),
        must_not_print=["tqkjj@163.com", "发送时间：2026-02-04", "主题：天桥区"],
        why="Foxmail-style header block with full-width colons; mailbox in the signature",
    )

    i1 = "2月4日，历城区科技局组织12家企业参加省科技创新发展资金项目申报培训。"
    txt(f, "历城区.txt", f"{i1}\n稿件如有问题请回复至lcqkjj@163.com，我们及时修改。\n")
    E(
        f,
        "历城区.txt",
        "历城区",
        "E",
        "printed",
        printed=para(i1),
        must_not_print=["lcqkjj@163.com"],
        must_doubt=["稿件如有问题请回复至", "我们及时修改"],
        why="an e-mail address inside a sentence to the editor",
    )

    i1 = "2月2日，长清区组织召开大学科技园建设工作推进会，研究园区运营机制。"
    i2 = "2月3日，组织长清区4家企业参加省级重点实验室建设政策宣讲。"
    txt(
        f,
        "长清区.txt",
        "---------- 转发的邮件 ----------\n发件人：长清区科技局 <changqing_kjj@163.com>\n"
        "日期：2026年2月4日周三 上午10:05\n主题：长清区第19期\n收件人：<jnkjzb@126.com>\n\n"
        f"{i1}\n*****\n{i2}\n-----\n",
    )
    E(
        f,
        "长清区.txt",
        "长清区",
        "E",
        "printed",
        printed=para(i1, i2),
        must_not_print=["转发的邮件", "changqing_kjj@163.com", "上午10:05", "*****"],
        why="Gmail-style forwarded header, ***** and ----- separators",
    )


# ---------------------------------------------------------------- inbox_12: combinations


def inbox_12() -> None:
    f = "inbox_12"
    c1 = "组织高新区科技型企业参加全市科技金融政策宣讲会，参会企业46家"
    c2 = "赴中国重汽集团技术发展中心调研智能网联重卡研发进展"
    c3 = "高新区新增省级新型研发机构2家"
    docx(
        f,
        "高新区第19期动态.docx",
        [
            (
                "table",
                [
                    ["序号", "日期", "工作内容", "备注"],
                    ["1", "2月2日", c1, ""],
                    ["2", "2月3日", c2, "请老师审核"],
                    ["3", "2月4日", c3, "补充内容"],
                    ["注：第3条为补报内容，麻烦老师加上。"],
                ],
            ),
        ],
    )
    E(
        f,
        "高新区第19期动态.docx",
        "济南高新区",
        "G",
        "printed",
        printed=para(f"2月2日，{c1}", f"2月3日，{c2}", f"2月4日，{c3}"),
        must_not_print=["补充内容"],
        must_doubt=["请老师审核", "第3条为补报内容", "麻烦老师加上"],
        why="table with 备注 column notes and a merged note row addressed to the editor",
    )

    txt(f, "莱芜区.txt", "莱芜区本周无重要工作动态，零报告。\n", enc="gbk")
    E(f, "莱芜区.txt", "莱芜区", "D", "nil", must_not_print=["零报告"], why="nil with 零报告")

    docx(
        f,
        "钢城区科技局函.docx",
        [
            "钢城区科学技术局",
            "钢科函〔2026〕3号",
            "关于第19期创新创业工作周报信息的报送说明",
            "市科技局：",
            "本周我局无工作动态报送。",
            "特此说明。",
            "钢城区科学技术局",
            "2026年2月4日",
        ],
    )
    E(
        f,
        "钢城区科技局函.docx",
        "钢城区",
        "D",
        "nil",
        must_not_print=["钢科函", "特此说明"],
        why="nil in a formal letter with 文号",
    )

    w = "2月4日，起步区科技局组织企业参加省级科技企业孵化器申报培训。"
    txt(
        f,
        "起步区（聊天记录）.txt",
        f"起步区科技局 孙悦 15:02\n{w}\n"
        "起步区科技局 孙悦 15:05\n抱歉，上面那条发错群了，请忽略，起步区这周没有动态。\n",
    )
    E(
        f,
        "起步区（聊天记录）.txt",
        "起步区",
        "D",
        "nil",
        must_not_print=["省级科技企业孵化器申报培训", "发错群了", "孙悦"],
        why="chat: an item, then 'sent to the wrong group, nothing this week': nil and the item withdrawn",
    )

    a1 = "2月2日，历下区组织召开科技型企业知识产权质押融资对接会，5家银行参加。"
    b1 = "2月2日，历下区组织召开科技型企业知识产权质押融资对接会，7家银行参加。"
    docx(f, "历下区.docx", [a1], mtime=OLD_MTIME)
    txt(
        f,
        "历下区（微信）.txt",
        f"王倩（历下区科技局） 2026/2/4 10:02:11\n这版替换昨天那版，银行数量写错了。\n{b1}\n",
    )
    E(
        f,
        "历下区.docx",
        "历下区",
        "C",
        "superseded",
        must_not_print=["5家银行参加"],
        why="older docx replaced by a chat paste the next day",
    )
    E(
        f,
        "历下区（微信）.txt",
        "历下区",
        "C",
        "printed",
        printed=para(b1),
        must_not_print=["王倩"],
        must_doubt=["这版替换昨天那版", "银行数量写错了"],
        why="chat paste: version note before the corrected item; newer file printed",
    )

    i1 = "2月3日，市中区组织开展科技型中小企业评价入库集中辅导，服务企业23家。"
    txt(
        f,
        "市中区.md",
        f"请问这周的截止时间是周四中午吗？\n\n# 市中区\n\n- {i1}\n\n另外上期我们报的那条怎么没用？\n",
    )
    E(
        f,
        "市中区.md",
        "市中区",
        "A",
        "printed",
        printed=para(i1),
        must_doubt=["请问这周的截止时间是周四中午吗", "上期我们报的那条怎么没用"],
        why="questions to the editor before and after the news",
    )


# ---------------------------------------------------------------- inbox_13: more words to the editor


def inbox_13() -> None:
    f = "inbox_13"
    i1 = "2月2日，槐荫区组织召开科技创新券政策宣讲会，38家企业参加。"
    i2 = "2月3日，走访山东省医疗器械产品质量检验中心，对接检验检测服务资源共享。"
    txt(
        f,
        "槐荫区.txt",
        f"【槐荫区】\n{i1}\n{i2}\n（以上两条请老师帮忙润色一下，我们写得比较粗。）\n",
        enc="utf-16",
    )
    E(
        f,
        "槐荫区.txt",
        "槐荫区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["以上两条请老师帮忙润色一下", "我们写得比较粗"],
        why="UTF-16: a bracketed request to polish the text at the end",
    )

    i1 = "2月2日，天桥区组织辖区企业参加山东省首台（套）技术装备申报培训。"
    i2 = "2月3日，天桥区与北京某投资机构签订科技产业园合作协议，签约金额2.3亿元。"
    txt(
        f,
        "天桥区.txt",
        "您好，天桥区本周报送材料如下，请审核！\n"
        f"{i1}\n{i2.replace('2.3亿元。', '2.3亿元（金额待核实，请暂不对外）。')}\n",
        enc="gb18030",
    )
    E(
        f,
        "天桥区.txt",
        "天桥区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["天桥区本周报送材料如下，请审核", "金额待核实，请暂不对外"],
        why="GB18030: 您好…请审核 first; a bracketed caveat inside item 2",
    )

    i1 = "1月30日，历城区组织召开科技领军企业座谈会，7家企业参加。"
    i2 = "2月3日，组织历城区企业参加省技术创新引导计划项目申报培训。"
    docx(f, "历城区第19期.docx", [i2, "补报：上周漏报一条，麻烦加在本期。", i1])
    E(
        f,
        "历城区第19期.docx",
        "历城区",
        "A",
        "warning",
        printed=para(i2, i1),
        must_doubt=["上周漏报一条", "麻烦加在本期"],
        why="a 补报 note before an item dated before the period: item printed with the old-date warning",
    )

    i1 = "2月3日，长清区组织召开科技型企业研发投入统计调度会，调度企业42家。"
    docx(f, "长清区.docx", ["（此稿替换2月3日发送的版本，旧版请删除）", "长清区第19期动态", i1])
    E(
        f,
        "长清区.docx",
        "长清区",
        "A",
        "printed",
        printed=para(i1),
        must_doubt=["此稿替换2月3日发送的版本", "旧版请删除"],
        why="a bracketed replacement note with a date as the first paragraph (no older file here)",
    )

    i1 = "2月4日，章丘区组织12家企业参加省级技术创新中心建设培训。"
    txt(f, "章丘区.txt", f"{i1}\n老师，照片太大发不过去，我用网盘发您了。\n")
    E(
        f,
        "章丘区.txt",
        "章丘区",
        "A",
        "printed",
        printed=para(i1),
        must_doubt=["照片太大发不过去", "我用网盘发您了"],
        why="a note about photos at the end",
    )

    i1 = "2月3日，济阳区科技局组织召开农业科技园区建设推进会，部署2026年园区提升工作。"
    txt(f, "济阳区.txt", f"济阳区科技局第19期稿件（第二版）\n{i1}\n")
    E(
        f,
        "济阳区.txt",
        "济阳区",
        "A",
        "printed",
        printed=para(i1),
        must_not_print=["第二版"],
        why="title line naming the version of the draft",
    )

    i1 = "2月2日，商河县组织召开科技特派员工作座谈会，30名科技特派员参加。"
    i2 = "2月4日，商河县2家企业获批省级“专精特新”中小企业。"
    txt(f, "商河县.md", f"> 编辑老师：第二条请放在前面。\n\n- {i1}\n- {i2}\n")
    E(
        f,
        "商河县.md",
        "商河县",
        "A",
        "printed",
        printed=para(i1, i2),
        alts=[para(i2, i1)],
        must_doubt=["第二条请放在前面"],
        why="a Markdown quote asking to reorder items; either order, the request itself not printed",
    )


# ---------------------------------------------------------------- inbox_14: more version notes


def inbox_14() -> None:
    f = "inbox_14"
    a1 = "2月2日，章丘区组织召开科技成果转化工作推进会，部署重点任务6项。"
    a2 = "2月3日，走访山东重工集团章丘分公司，了解发动机关键零部件研发进展。"
    b2 = "2月3日，走访山东重工集团章丘分公司，了解新能源动力总成关键零部件研发进展。"
    docx(f, "章丘区-第19期动态.docx", [a1, a2], mtime=OLD_MTIME)
    docx(f, "章丘区-第19期动态（修改版）.docx", ["修改版，以此为准", a1, b2])
    E(
        f,
        "章丘区-第19期动态.docx",
        "章丘区",
        "C",
        "superseded",
        must_not_print=["了解发动机关键零部件"],
        why="older docx",
    )
    E(
        f,
        "章丘区-第19期动态（修改版）.docx",
        "章丘区",
        "C",
        "printed",
        printed=para(a1, b2),
        must_doubt=["修改版，以此为准"],
        why="（修改版） file whose first paragraph is a version note",
    )

    a1 = "2月3日，济阳区组织16家企业参加省级企业技术中心申报辅导。"
    b1 = "2月3日，济阳区组织18家企业参加省级企业技术中心申报辅导。"
    txt(f, "济阳区第19期动态.txt", f"{a1}\n", mtime=OLD_MTIME)
    txt(f, "济阳区第19期动态-最终版.txt", f"{b1}\n这版是最终版，之前发的都作废。\n")
    E(
        f,
        "济阳区第19期动态.txt",
        "济阳区",
        "C",
        "superseded",
        must_not_print=["组织16家企业"],
        why="older text",
    )
    E(
        f,
        "济阳区第19期动态-最终版.txt",
        "济阳区",
        "C",
        "printed",
        printed=para(b1),
        must_doubt=["这版是最终版", "之前发的都作废"],
        why="'最终版' file with a version note at the end",
    )

    a1 = "2月2日，莱芜区组织召开科技创新大会筹备工作会议。"
    a2 = "2月4日，莱芜区3家企业入选省级科技型中小企业名单。"
    b2 = "2月4日，莱芜区5家企业入选省级瞪羚企业培育名单。"
    docx(f, "莱芜区第19期.docx", [a1, a2], mtime=OLD_MTIME)
    txt(f, "莱芜区(更正).txt", f"（更正稿）莱芜区第19期动态\n{a1}\n{b2}\n", enc="utf-16")
    E(
        f,
        "莱芜区第19期.docx",
        "莱芜区",
        "C",
        "superseded",
        must_not_print=["3家企业入选省级科技型中小企业"],
        why="older docx",
    )
    E(
        f,
        "莱芜区(更正).txt",
        "莱芜区",
        "C",
        "printed",
        printed=para(a1, b2),
        must_not_print=["更正稿"],
        why="UTF-16 （更正稿） title line",
    )

    a1 = "2月3日，商河县组织召开县域科技创新工作推进会。"
    b1 = "2月3日，商河县组织召开县域科技创新工作推进会，部署年度重点任务8项。"
    txt(f, "商河县.md", f"# 商河县\n\n- {a1}\n", mtime=OLD_MTIME)
    txt(f, "商河县 替换稿.txt", f"这版替换昨天那版。\n{b1}\n", enc="gbk")
    E(f, "商河县.md", "商河县", "C", "superseded", why="older Markdown")
    E(
        f,
        "商河县 替换稿.txt",
        "商河县",
        "C",
        "printed",
        printed=para(b1),
        must_doubt=["这版替换昨天那版"],
        why="'替换稿' file opening with the replacement note",
    )

    f = "inbox_17"
    i1 = "2月2日，平阴县组织召开县科技创新委员会专题会议，研究科技创新重点任务。"
    txt(f, "平阴县【补报】.txt", f"{i1}\n【补报】因系统原因昨日未能按时报送，特此补报。\n")
    E(
        f,
        "平阴县【补报】.txt",
        "平阴县",
        "C",
        "printed",
        printed=para(i1),
        must_not_print=["【补报】因系统原因"],
        must_doubt=["昨日未能按时报送", "特此补报"],
        why="【补报】 note at the end of a late file with no earlier version",
    )


# ---------------------------------------------------------------- inbox_15: mixed shapes


def inbox_15() -> None:
    f = "inbox_15"
    c1 = "组织平阴县6家企业参加省级企业技术中心申报培训"
    c2 = "走访玫德集团实验室，了解铸造工艺数字化研发进展"
    docx(
        f,
        "平阴县第19期.docx",
        [
            (
                "table",
                [
                    ["序号", "日期", "工作内容", "进展", "责任人", "备注"],
                    ["1", "2月2日", c1, "已完成", "李娜", ""],
                    ["2", "2月4日", c2, "推进中", "王涛", "照片另附"],
                ],
            ),
            "附图1：玫德集团实验室",
        ],
    )
    E(
        f,
        "平阴县第19期.docx",
        "平阴县",
        "G",
        "printed",
        printed=para(f"2月2日，{c1}", f"2月4日，{c2}"),
        must_not_print=["推进中", "李娜", "王涛", "附图1"],
        must_doubt=["照片另附"],
        why="six-column table (序号|日期|工作内容|进展|责任人|备注) then a 附图 caption",
    )

    i1 = "2月3日，商河县组织召开科技型企业座谈会，听取12家企业技术需求。"
    txt(
        f,
        "商河县.txt",
        f"商河县科技局 刘芳 09:31\n{i1}\n"
        "「陈静：@所有人 第19期周报请于2月5日（周四）12:00前报送，没有的请回复“无”。」\n"
        "- - - - - - - - - - - - - - -\n"
        "商河县科技局 刘芳 09:32\n已报送，请查收。\n",
    )
    E(
        f,
        "商河县.txt",
        "商河县",
        "E",
        "printed",
        printed=para(i1),
        must_not_print=["@所有人", "没有的请回复", "刘芳", "已报送"],
        why="chat: the item, then the editor's call quoted in a reply (with 回复“无” inside it): "
        "not a nil reply",
    )

    i1 = "2月2日，起步区组织召开科技企业入驻工作对接会，签约入驻企业5家。"
    i2 = "2月4日，起步区组织企业参加山东省技术转移服务机构培训。"
    txt(f, "起步区.txt", f"{i1}\n▲签约现场\n（图片）\n{i2}\n▲培训现场\n")
    E(
        f,
        "起步区.txt",
        "起步区",
        "F",
        "printed",
        printed=para(i1, i2),
        must_not_print=["签约现场", "（图片）", "培训现场"],
        why="▲ captions and （图片） in a text paste",
    )

    i1 = "2月3日，历下区组织召开科技服务机构座谈会，14家服务机构参加。"
    docx(
        f,
        "历下区-第19期动态.docx",
        [i1, "※※※※※※※※", "联 系 人：张敏", "联系电话：", "0531-82345678"],
    )
    E(
        f,
        "历下区-第19期动态.docx",
        "历下区",
        "E",
        "printed",
        printed=para(i1),
        must_not_print=["※※※", "张敏", "0531-82345678"],
        why="※※※ separator and a contact block with the number on its own paragraph",
    )

    i1 = "2月3日，钢城区组织8家企业参加全市首台（套）装备政策培训。"
    txt(
        f,
        "钢城区.txt",
        "From: 钢城区科技局 <gcqkjj@126.com>\nSent: 2026年2月4日 11:02\nTo: 市科技局周报\n"
        "Subject: 答复: 关于报送第19期周报的通知\n\n"
        f"{i1}\n\n请各位老师审阅。\n",
    )
    E(
        f,
        "钢城区.txt",
        "钢城区",
        "E",
        "printed",
        printed=para(i1),
        must_not_print=["gcqkjj@126.com", "Subject", "答复:"],
        must_doubt=["请各位老师审阅"],
        why="Outlook 'From/Sent/To/Subject: 答复:' header; closing request to review",
    )

    i1 = "2月4日，济阳区组织召开科技型企业高质量发展座谈会，10家企业参加。"
    txt(f, "济阳区.txt", f"济阳区\n{i1}\n（图为座谈会现场，照片由济阳区科技局提供）\n", enc="gbk")
    E(
        f,
        "济阳区.txt",
        "济阳区",
        "F",
        "printed",
        printed=para(i1),
        must_not_print=["图为座谈会现场", "照片由济阳区科技局提供"],
        why="图为… and 照片由…提供 together in one bracket",
    )


# ---------------------------------------------------------------- inbox_16: breaks and hard negatives


def inbox_16() -> None:
    f = "inbox_16"
    i1 = "2月2日，高新区发布2026年度科技企业服务清单，涵盖研发费用补助、人才引进等政策服务事项48项，请企业对照清单申报。"
    docx(f, "高新区.docx", ["济南高新区第19期动态", i1.replace("政策服务事项", "政策\v服务事项")])
    E(
        f,
        "高新区.docx",
        "济南高新区",
        "I",
        "printed",
        printed=para(i1),
        must_not_doubt=["请企业对照清单申报"],
        why="soft break inside a word group; '请企业对照清单申报' addresses firms, not the editor",
    )

    i1 = "2月3日，天桥区组织开展科技成果转化“路演周”活动，邀请16家投资机构参加，现场达成投资意向3项。"
    i2 = "2月4日，天桥区组织召开科技统计工作布置会。"
    txt(f, "天桥区.txt", wrap(i1, 28) + "\n" + i2 + "\n", enc="gbk", crlf=True)
    E(
        f,
        "天桥区.txt",
        "天桥区",
        "H",
        "printed",
        printed=para(i1, i2),
        must_not_doubt=["邀请16家投资机构参加"],
        why="GBK hard wrap at 28 characters, then an unwrapped short item",
    )

    i1 = "2月3日，历城区举办“企业家说科技”沙龙，围绕“我们如何用好研发费用加计扣除政策”开展交流，20家企业参加。"
    txt(f, "历城区.txt", i1.replace("围绕", "\u2028围绕") + "\n", enc="utf-16")
    E(
        f,
        "历城区.txt",
        "历城区",
        "I",
        "printed",
        printed=para(i1),
        must_not_doubt=["我们如何用好研发费用加计扣除政策"],
        why="我们 inside a quoted topic, with a U+2028 break before it",
    )

    i1 = "2月2日，槐荫区组织企业参加省科技厅科技成果评价材料编制培训，学员35人。"
    i2 = "2月4日，槐荫区科技局邀请专家为企业讲解照片级三维重建技术在文物数字化中的应用。"
    docx(f, "槐荫区.docx", [i1, i2])
    E(
        f,
        "槐荫区.docx",
        "槐荫区",
        "I",
        "printed",
        printed=para(i1, i2),
        must_not_doubt=["科技成果评价材料编制培训", "照片级三维重建技术"],
        why="材料 and 照片 in the subject of training and research",
    )

    i1 = "2月3日，长清区组织召开智能制造企业座谈会，围绕工业软件替换和数据安全删除等问题开展交流。"
    i2 = "2月4日，长清区3家企业通过省级科技型中小企业入库评价。"
    docx(
        f,
        "长清区.docx",
        [
            "麻烦老师看一下，我们区这周就这两条。",
            i1.replace("围绕", "\v围绕"),
            i2,
        ],
    )
    E(
        f,
        "长清区.docx",
        "长清区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["麻烦老师看一下", "我们区这周就这两条"],
        must_not_doubt=["围绕工业软件替换和数据安全删除等问题开展交流"],
        why="a note to the editor first; then a soft-broken item about 替换 and 删除 (real news)",
    )


# ---------------------------------------------------------------- inbox_19: more words to the editor


def inbox_19() -> None:
    f = "inbox_19"
    c1 = "组织历下区22家企业参加高新技术企业认定政策解读会"
    c2 = "历下区与齐鲁工业大学共建新一代信息技术概念验证中心"
    docx(
        f,
        "历下区第19期.docx",
        [
            (
                "table",
                [
                    ["日期", "工作内容"],
                    ["2月2日", c1],
                    ["2月4日", f"{c2}（此条已与学校核实，可以公开）"],
                ],
            ),
        ],
    )
    E(
        f,
        "历下区第19期.docx",
        "历下区",
        "A",
        "printed",
        printed=para(f"2月2日，{c1}", f"2月4日，{c2}"),
        must_doubt=["此条已与学校核实，可以公开"],
        why="a bracketed note inside a table cell, after the item",
    )

    i1 = "2月2日，市中区组织召开人工智能赋能制造业座谈会，9家企业参加。"
    i2 = "2月3日，市中区完成2025年度科技创新券兑付，惠及企业27家，兑付金额186万元。"
    txt(
        f,
        "市中区.txt",
        f"{i1}\n老师您看这样写行不行？\n{i2}\n如果版面紧张，第二条可以压缩成一句话。\n",
        enc="utf-16",
    )
    E(
        f,
        "市中区.txt",
        "市中区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["老师您看这样写行不行", "如果版面紧张，第二条可以压缩成一句话"],
        why="UTF-16: a question between items, a layout remark at the end",
    )

    i1 = "2月3日，槐荫区组织召开科技型企业研发费用加计扣除政策辅导会，41家企业参加。"
    docx(
        f,
        "槐荫区科技局第19期信息.docx",
        [
            "各位老师：",
            "现将槐荫区第19期信息报送如下，请审核。",
            i1,
            "如有不妥之处，敬请批评指正。",
        ],
    )
    E(
        f,
        "槐荫区科技局第19期信息.docx",
        "槐荫区",
        "A",
        "printed",
        printed=para(i1),
        must_not_print=["各位老师"],
        must_doubt=["现将槐荫区第19期信息报送如下，请审核", "如有不妥之处，敬请批评指正"],
        why="letter framing with 老师 and a humble closing",
    )

    i1 = "2月2日，天桥区组织科技型企业参加全市技术经理人能力提升培训，学员34人。"
    txt(f, "天桥区.md", f"**重要**：本期请用这一版，上午发的那版有个错字。\n\n- {i1}\n")
    E(
        f,
        "天桥区.md",
        "天桥区",
        "A",
        "printed",
        printed=para(i1),
        must_doubt=["本期请用这一版", "上午发的那版有个错字"],
        why="Markdown bold version note (no older file in this week)",
    )

    i1 = "2月3日，济阳区组织召开科技成果转化对接会，参会企业20家。"
    txt(f, "济阳区.txt", f"{i1.replace('20家。', '20家（具体数字以区统计局为准）。')}\n", enc="gbk")
    E(
        f,
        "济阳区.txt",
        "济阳区",
        "A",
        "printed",
        printed=para(i1),
        alts=[para(i1.replace("20家。", "20家（具体数字以区统计局为准）。"))],
        must_doubt=["具体数字以区统计局为准"],
        why="a caveat in brackets inside the item; left out, or printed and listed as doubt",
    )

    i1 = "2月2日，莱芜区组织召开科技企业孵化器工作座谈会，6家孵化载体参加。"
    i2 = "2月4日，莱芜区2家企业获批省级工程研究中心。"
    txt(
        f,
        "莱芜区.txt",
        f"莱芜区第19期信息，麻烦陈老师抽空看看，能用几条用几条。\n{i1}\n{i2}\nP.S. 照片在群文件里。\n",
    )
    E(
        f,
        "莱芜区.txt",
        "莱芜区",
        "A",
        "printed",
        printed=para(i1, i2),
        must_doubt=["麻烦陈老师抽空看看", "能用几条用几条", "照片在群文件里"],
        why="request first, P.S. about photos last",
    )

    i1 = "2月3日，商河县组织召开科技特派员服务乡村振兴工作推进会，部署春季农技服务。"
    docx(
        f, "商河县.docx", ["商河县第19期动态", i1, "您上次说字数控制在150字以内，这次已经压缩了。"]
    )
    E(
        f,
        "商河县.docx",
        "商河县",
        "A",
        "printed",
        printed=para(i1),
        must_doubt=["您上次说字数控制在150字以内", "这次已经压缩了"],
        why="second person about the length of the text, with a number in it",
    )

    i1 = "2月3日，起步区组织召开新型研发机构建设推进会，5家新型研发机构参加。"
    txt(
        f,
        "起步区.txt",
        f"起步区科技局 孙悦 11:20\n收到，马上报。\n起步区科技局 孙悦 11:36\n{i1}\n不知道这样写可以吗？\n",
    )
    E(
        f,
        "起步区.txt",
        "起步区",
        "A",
        "printed",
        printed=para(i1),
        must_not_print=["孙悦"],
        must_doubt=["收到，马上报", "不知道这样写可以吗"],
        why="chat: acknowledgement of the call, the item, then an unsure question",
    )


# ---------------------------------------------------------------- main

BUILDERS = [
    inbox_01,
    inbox_02,
    inbox_03,
    inbox_04,
    inbox_05,
    inbox_06,
    inbox_07,
    inbox_08,
    inbox_09,
    inbox_10,
    inbox_11,
    inbox_12,
    inbox_13,
    inbox_14,
    inbox_15,
    inbox_16,
    inbox_19,
]


def _sanity() -> None:
    """The expectations must be consistent with the files and with each other."""
    by_folder: dict[str, list[dict]] = {}
    units_of: dict[tuple[str, str], set[str]] = {}
    for e in ENTRIES:
        units_of.setdefault((e["folder"], e["file"]), set()).add(e["unit"])
    for e in ENTRIES:
        by_folder.setdefault(e["folder"], []).append(e)
        src = norm(FILES[(e["folder"], e["file"])])
        for key in ("must_not_print", "must_doubt", "must_not_doubt", "must_print"):
            for frag in e[key]:
                assert norm(frag) in src or key == "must_print", (e["file"], key, frag)
        paras = [p for p in [e["printed"], *e["printed_alternatives"]] if p]
        for p in paras:
            for frag in e["must_print"]:
                assert norm(frag) in norm(p), (e["file"], frag)
            for frag in e["must_not_print"] + (e["must_doubt"] if p == e["printed"] else []):
                assert norm(frag) not in norm(p), (e["file"], frag)
        if e["printed"]:
            for frag in e["must_not_doubt"]:
                assert norm(frag) in norm(e["printed"]), (e["file"], frag)
        assert e["outcome"] in {"printed", "warning", "nil", "error", "superseded"}
    for folder, entries in by_folder.items():
        printed = [
            norm(p) for e in entries for p in [e["printed"], *e["printed_alternatives"]] if p
        ]
        printed += [norm(m) for e in entries for m in e["must_print"]]
        for e in entries:
            for frag in e["must_not_print"]:
                assert not any(norm(frag) in p for p in printed), (folder, e["file"], frag)
        for (
            e
        ) in entries:  # a fragment planted in one file must not occur in another file of the week
            for frag in e["must_not_print"] + e["must_doubt"]:
                others = [
                    n
                    for (fo, n), t in FILES.items()
                    if fo == folder
                    and n != e["file"]
                    and norm(frag) in norm(t)
                    and e["unit"] not in units_of[(fo, n)]
                ]
                assert not others, (folder, e["file"], frag, others)
        files = {e["file"] for e in entries}
        assert 3 <= len(files) <= 8, (folder, len(files))


def by_folder_names() -> set[str]:
    return {e["folder"] for e in ENTRIES}


def main() -> None:
    for old in ROOT.glob("inbox_*"):
        shutil.rmtree(old)
    for build in BUILDERS:
        build()
    _sanity()
    # every file in every inbox has at least one entry
    for folder, name in FILES:
        assert any(e["folder"] == folder and e["file"] == name for e in ENTRIES), name
    (ROOT / "mtimes.json").write_text(
        json.dumps(dict(sorted(MTIMES.items())), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    (ROOT / "expected.json").write_text(
        json.dumps(ENTRIES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    cats: dict[str, int] = {}
    for e in ENTRIES:
        cats[e["category"]] = cats.get(e["category"], 0) + 1
    planted = sum(len(e["must_doubt"]) for e in ENTRIES)
    print(
        f"{len(ENTRIES)} entries in {len(by_folder_names())} inboxes, {len(FILES)} files; "
        f"by category {dict(sorted(cats.items()))}; must_doubt fragments {planted}"
    )


if __name__ == "__main__":
    main()
