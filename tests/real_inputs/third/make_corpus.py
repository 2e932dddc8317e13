#!/usr/bin/env python3
"""Held-out corpus 3: the words around the news in real submissions.

Issue 19, published 2026-02-06, reporting period 2026-01-31 .. 2026-02-06.
Categories:
  A  words to the editor (apologies, instructions, remarks)
  B  letter framing (addressee, 现将…如下, closings, signature, 附件 list)
  C  photo captions
  D  report-form parts that are not this week's news (plans, problems, suggestions)
  E  contact clauses inside news
  F  nil replies with an aside
  G  hard negatives: real news that merely looks like the above
  X  combinations of several of the above in one file
Run:  python3 make_corpus.py   (rewrites inbox_* and expected.json next to this file)
Deterministic: fixed zip timestamps, fixed core properties, fixed file mtimes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 2, 4, 16, 30, 0)
ZIP_TIME = (2026, 2, 4, 16, 30, 0)
# 2026-02-04 16:30 Beijing time: before the deadline (2月5日 12:00), so nothing is "late".
MTIME = dt.datetime(2026, 2, 4, 8, 30, tzinfo=dt.UTC).timestamp()

UNITS = [
    "济南高新区",
    "历下区",
    "市中区",
    "槐荫区",
    "天桥区",
    "历城区",
    "长清区",
    "章丘区",
    "济阳区",
    "莱芜区",
    "钢城区",
    "平阴县",
    "商河县",
    "起步区",
]

ENTRIES: list[dict] = []
_UNITS_IN_FOLDER: dict[str, set[str]] = {}
_FILES_IN_FOLDER: dict[str, set[str]] = {}


# ----------------------------------------------------------------------------- expectations
def J(items: list[str]) -> str:
    """The paragraph a unit's items make in the bulletin: joined with ；, ending with 。."""
    parts = [i[:-1] if i.endswith("。") else i for i in items]
    return "；".join(parts) + "。"


def expect(
    folder,
    file,
    category,
    unit,
    outcome,
    *,
    items=None,
    exact=True,
    must_print=(),
    must_not_print=(),
    must_report=(),
    why="",
    also=None,
    combines=None,
):
    assert outcome in ("printed", "nil", "error", "warning")
    assert unit is None or unit in UNITS, unit
    if unit is not None:
        seen = _UNITS_IN_FOLDER.setdefault(folder, set())
        assert unit not in seen, f"{folder}: two files of {unit}"
        seen.add(unit)
    printed = None
    mp = list(must_print)
    mnp = list(must_not_print)
    if outcome in ("printed", "warning") and items:
        if exact:
            printed = J(items)
        if not mp:
            mp = [i[:-1] if i.endswith("。") else i for i in items]
    if outcome == "nil" and unit:
        mnp.append(f"【{unit}】")
    e = {
        "folder": folder,
        "file": file,
        "category": category,
        "unit": unit,
        "outcome": outcome,
        "printed": printed,
        "must_print": mp,
        "must_not_print": mnp,
        "must_report": list(must_report),
        "why": why,
    }
    if also:
        e["also_acceptable"] = {"outcome": also}
    if combines:
        e["combines"] = combines
    ENTRIES.append(e)


# ----------------------------------------------------------------------------- writers
def _target(folder: str, name: str) -> Path:
    p = ROOT / folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    _FILES_IN_FOLDER.setdefault(folder, set()).add(name)
    return p


def write_text(folder: str, name: str, text: str, enc: str = "utf-8", crlf: bool = False) -> None:
    """enc: utf-8 | utf-8-sig (BOM) | gbk | utf-16 (LE with BOM, as Notepad's 'Unicode')."""
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    data = b"\xff\xfe" + text.encode("utf-16-le") if enc == "utf-16" else text.encode(enc)
    p = _target(folder, name)
    p.write_bytes(data)
    os.utime(p, (MTIME, MTIME))


def new_doc() -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), "仿宋_GB2312")
    return d


def P(d, text: str = "", *, align=None, bold=False, size=None, color=None, indent=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    return p


def png(w: int, h: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + t
            + data
            + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def picture(d, rgb=(120, 160, 200), width_cm=10):
    d.add_picture(io.BytesIO(png(160, 100, rgb)), width=Cm(width_cm))
    d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table) -> None:
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    look = tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(b)
    else:
        tblPr.append(b)


def cell_text(cell, text: str, *, align=None) -> None:
    """Put text into a cell; '\n' makes separate paragraphs in the cell."""
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    if align == "right":
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def save_doc(d, folder: str, name: str, author: str = "user") -> None:
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    p = _target(folder, name)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    os.utime(p, (MTIME, MTIME))


# ============================================================================= A: words to the editor
def cat_A() -> None:
    f = "inbox_A1"

    # A1 WeChat PC paste: apology before, instruction after, [文件] placeholder.
    it = [
        "2月3日，组织辖区12家科技型中小企业参加省科技金融路演活动，3家企业与投资机构达成初步投资意向；"
        "2月4日，联合山东大学举办脑机接口产学研对接会，促成校企合作意向2项。"
    ]
    write_text(
        f,
        "历下区-第19期动态.txt",
        f"""李静 2026/2/5 17:42:10
不好意思今天才报，麻烦老师了

李静 2026/2/5 17:42:35
【历下区】{it[0]}

李静 2026/2/5 17:43:01
附件发不过去，直接贴这里了

李静 2026/2/5 17:43:20
[文件] 历下区第19期工作动态.docx
""",
    )
    expect(
        f,
        "历下区-第19期动态.txt",
        "A",
        "历下区",
        "printed",
        items=it,
        must_not_print=["不好意思", "麻烦老师", "附件发不过去", "直接贴这里", "李静"],
        must_report=["不好意思今天才报", "附件发不过去"],
        why="WeChat paste: apology before the item and 'attachment would not send' after it are words to the editor",
    )

    # A2 GBK CRLF, remark after the last item on the same line.
    it = [
        "2月2日，组织召开全区研发投入统计工作推进会，对全区68家规上工业企业研发费用归集情况进行逐一梳理。",
        "2月4日，陪同市科技局赴山东省计算中心调研，围绕算力服务平台开放共享进行交流，推动平台为辖区企业提供算力服务。",
    ]
    write_text(
        f,
        "市中区科技局第19期周报信息.txt",
        f"市中区科技工作动态\n\n{it[0]}\n{it[1]}以此为准，之前发的那版作废。\n",
        enc="gbk",
        crlf=True,
    )
    expect(
        f,
        "市中区科技局第19期周报信息.txt",
        "A",
        "市中区",
        "printed",
        items=it,
        must_not_print=["以此为准", "作废"],
        must_report=["以此为准"],
        why="GBK/CRLF: '以此为准，之前发的那版作废' glued after the last item's full stop must be cut, the item kept",
    )

    # A3 docx: note to the editor as the first paragraph, 【备注】 glued to an item.
    it = [
        "2月3日，组织召开槐荫区科技型企业培育工作会，对全区42家拟申报高新技术企业进行政策辅导。",
        "2月5日，赴济南国际医学中心大学科技园调研入驻项目建设进展，协调解决实验室装修审批问题3项。",
    ]
    d = new_doc()
    P(d, "（注：请编辑老师用这个版本，上一版有误请删除）", size=12)
    P(d, "槐荫区第十九期创新创业工作动态", align="center", bold=True)
    P(d, it[0] + "【备注：企业数已与统计科核实】", indent=True)
    P(d, it[1], indent=True)
    save_doc(d, f, "槐荫区第十九期工作动态.docx")
    expect(
        f,
        "槐荫区第十九期工作动态.docx",
        "A",
        "槐荫区",
        "printed",
        items=it,
        must_not_print=["请编辑老师", "上一版有误", "【备注", "统计科核实"],
        must_report=["请编辑老师"],
        why="docx: '（注：请编辑老师用这个版本…）' before the title and a 【备注：…】 bracket after an item are notes, not news",
    )

    # A4 企业微信: an @mention line and 'delete item 2' afterwards.
    it_all = [
        "2月2日，举办天桥区2026年科技创新政策宣讲会，解读研发费用加计扣除、科技型中小企业评价等政策，80余家企业参加。",
        "2月4日，召开高层次人才座谈会，听取12名驻区专家对产业创新发展的意见。",
        "2月5日，黄台大众创新创业中心新入驻科技型企业5家。",
    ]
    write_text(
        f,
        "天桥区.txt",
        f"""天桥区科技局 周丽 2月5日 14:02
@市科技局 赵老师 天桥区本周动态：
1. {it_all[0]}
2. {it_all[1]}
3. {it_all[2]}
天桥区科技局 周丽 2月5日 14:06
第二条删掉，座谈会改期了
""",
    )
    expect(
        f,
        "天桥区.txt",
        "A",
        "天桥区",
        "warning",
        items=[it_all[0], it_all[2]],
        must_not_print=["第二条删掉", "座谈会改期", "周丽", "赵老师", "高层次人才座谈会"],
        must_report=["第二条删掉"],
        why="the sender withdraws item 2 (the meeting was postponed): an editor prints items 1 and 3 only, "
        "and at the least must be warned; the instruction itself never prints",
    )

    # A5 钉钉: instruction ending in a colon before the list, 'photos later' after.
    it = [
        "2月2日，与历城控股集团对接山大科创城生物制造中试示范基地建设事宜，完成基地一期设备选型。",
        "2月4日，组织8家企业参加省科技成果转化贷款政策培训，现场对接合作银行4家。",
    ]
    write_text(
        f,
        "历城区 周报.txt",
        f"""孙丽
2026-02-05 10:15
麻烦用这个版本，上一版有误请删除：
1、{it[0]}
2、{it[1]}
孙丽
2026-02-05 10:16
稍后补充照片
""",
    )
    expect(
        f,
        "历城区 周报.txt",
        "A",
        "历城区",
        "printed",
        items=it,
        must_not_print=["孙丽", "麻烦用这个版本", "上一版有误", "稍后补充照片"],
        must_report=["麻烦用这个版本", "稍后补充照片"],
        why="DingTalk paste: name and time on separate lines, an instruction ending in '：' before item 1, 'photos later' after",
    )

    # A6 Markdown: a block-quoted remark and an HTML comment.
    it = [
        "2月3日，组织召开长清区驻区高校科技成果转化对接会，山东中医药大学等5所高校发布成果32项，现场签约3项。",
        "2月5日，指导奥图自动化公司完成省重大创新项目申报材料修改。",
    ]
    write_text(
        f,
        "长清区第19期.md",
        f"""# 长清区创新创业工作动态

- {it[0]}
- {it[1]}

> 备注：以上内容已经分管领导审核同意，以此为准。

<!-- 上周报的那版不用了 -->
""",
    )
    expect(
        f,
        "长清区第19期.md",
        "A",
        "长清区",
        "printed",
        items=it,
        must_not_print=["分管领导审核", "以此为准", "上周报的那版"],
        must_report=["分管领导审核"],
        why="Markdown: a '> 备注：…以此为准。' quote is a note to the editor, not a third item",
    )

    # A7 QQ export with its header; remark in brackets after the last item.
    it = [
        "2月2日，组织科技联络员工作专班赴齐鲁工业大学开展对接，梳理企业技术需求15项。",
        "2月4日，推动芯慧微电子与山东大学签订技术开发合同，合同金额300万元。",
    ]
    write_text(
        f,
        "章丘区.txt",
        f"""消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息分组:工作群
================================================================
消息对象:济南市科技创新周报信息群
================================================================

2026-02-05 16:20:33 章丘区科技局-王涛(1578423690)
老师好，章丘区本周的信息：

2026-02-05 16:21:10 章丘区科技局-王涛(1578423690)
{it[0][:-1]}；{it[1]}（稿子有点长，老师看着删减）
""",
        enc="utf-8-sig",
    )
    expect(
        f,
        "章丘区.txt",
        "A",
        "章丘区",
        "printed",
        items=it,
        must_not_print=["王涛", "1578423690", "稿子有点长", "看着删减", "老师好", "消息分组"],
        must_report=["稿子有点长"],
        why="QQ export: header, sender lines with QQ number, a greeting and a bracketed remark after the last item",
    )

    # A8 UTF-8-BOM: remark alone between items, closer at the end.
    it = [
        "2月2日，走访欧锐激光、恒储机械等6家重点企业，宣讲科技金融政策，收集企业融资需求3500万元。",
        "2月5日，组织召开济阳区2026年科技创新工作会议，部署全年科技创新重点任务。",
    ]
    write_text(
        f,
        "济阳区科技局 第19期.txt",
        f"""济阳区本周工作动态
{it[0]}
（以下一条为补充内容）
{it[1]}
以上内容请老师酌情采用，收到请回复，谢谢！
""",
        enc="utf-8-sig",
    )
    expect(
        f,
        "济阳区科技局 第19期.txt",
        "A",
        "济阳区",
        "printed",
        items=it,
        must_not_print=["补充内容", "酌情采用", "收到请回复"],
        must_report=["酌情采用"],
        why="a bracketed remark alone between two items and a closing request are not news",
    )

    # A9 docx: a real Word comment on item 1 and a 【备注】 paragraph at the end.
    it = [
        "2月3日，赴山东莱威新材料有限公司开展招商引资对接，就新型复合材料研发中心落地达成合作意向。",
        "本周审核科技成果转化风险补偿贷款4笔，金额1360万元。",
    ]
    d = new_doc()
    P(d, "莱芜区科技局工作动态", align="center", bold=True)
    p = P(d, it[0], indent=True)
    c = d.add_comment(
        p.runs[0], text="此条已经企业确认，可以刊发", author="莱芜区科技局", initials="LW"
    )
    c._comment_elm.date = dt.datetime(2026, 2, 4, 8, 0, tzinfo=dt.UTC)
    P(d, it[1], indent=True)
    P(d, "【备注：此稿替换昨天下午报送的版本，旧稿作废】")
    save_doc(d, f, "莱芜区动态.docx")
    expect(
        f,
        "莱芜区动态.docx",
        "A",
        "莱芜区",
        "printed",
        items=it,
        must_not_print=["企业确认", "可以刊发", "此稿替换", "旧稿作废"],
        must_report=["此稿替换"],
        why="a Word comment (margin balloon) is not body text; the 【备注】 replacement note is for the editor",
    )

    # A10 remark before the first item on the same line; remark with a digit at the end.
    it = [
        "2月3日，召开钢城区科技型中小企业评价入库工作推进会，30余家企业参加。",
        "2月5日，组织区内企业赴山东省科学院对接产学研合作，达成技术合作意向2项。",
    ]
    write_text(
        f,
        "钢城区.txt",
        f"""老师好，附件发不过去直接贴这里：{it[0]}
{it[1]}
2张现场照片稍后单独发老师邮箱。
""",
    )
    expect(
        f,
        "钢城区.txt",
        "A",
        "钢城区",
        "printed",
        items=it,
        must_not_print=["老师好", "附件发不过去", "现场照片稍后", "老师邮箱"],
        must_report=["附件发不过去", "现场照片稍后"],
        why="a note glued before item 1 on its line ('…直接贴这里：2月3日，…'), and a photo note that happens to hold a digit",
    )

    # A11 企业微信: a recall notice, 'use this one', a request afterwards.
    it = [
        "2月2日，与齐鲁工业大学（省科学院）签订产学研合作协议，共建玫德集团先进材料联合实验室。",
        "本周审核科技成果转化风险补偿贷款3笔820万元。",
    ]
    write_text(
        f,
        "平阴县第19期.txt",
        f"""李华撤回了一条消息
平阴县科技局 李华 2月5日 09:48
刚才那条有错字，以这条为准：
【平阴县】{it[0][:-1]}；{it[1]}
平阴县科技局 李华 2月5日 09:49
麻烦老师更新一下
""",
    )
    expect(
        f,
        "平阴县第19期.txt",
        "A",
        "平阴县",
        "printed",
        items=it,
        must_not_print=["撤回了一条消息", "李华", "有错字", "以这条为准", "麻烦老师更新"],
        must_report=["以这条为准"],
        why="WeCom paste: the app's 'recalled a message' line, 'use this one' and 'please update' are not news",
    )

    # A12 docx with red-marked edits and a note about the red marks.
    it = [
        "2月3日，商河县组织科技特派员赴怀仁镇开展蔬菜种植技术培训，培训农户120人次。",
        "2月5日，商河县科技企业孵化器新增在孵企业2家。",
    ]
    d = new_doc()
    P(d, "商河县科技局第19期工作动态（修改稿）", align="center", bold=True)
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    p.add_run("2月3日，商河县组织科技特派员赴怀仁镇开展蔬菜种植技术培训，培训农户")
    r = p.add_run("120人次")
    r.font.color.rgb = RGBColor(0xFF, 0, 0)
    p.add_run("。")
    P(d, it[1], indent=True)
    P(d, "（标红部分为本次修改内容，请老师以修改稿为准）", color="FF0000")
    save_doc(d, f, "商河县第19期（修改稿）.docx")
    expect(
        f,
        "商河县第19期（修改稿）.docx",
        "A",
        "商河县",
        "printed",
        items=it,
        must_not_print=["标红部分", "以修改稿为准"],
        must_report=["标红部分"],
        why="a revised draft: the note explaining the red marks is for the editor",
    )


# ============================================================================= B: letter framing
def cat_B() -> None:
    f = "inbox_B1"

    # B1 docx 函: title, addressee, 现将…如下：, 一、二、, 特此函告。, 附件 list, right-aligned signature.
    it = [
        "2月3日，量子信息未来产业科技园首批5家量子科技企业集中签约入驻，总投资约12亿元。",
        "2月5日，召开高新区2026年度科技创新大会，表彰2025年度科技创新先进企业30家。",
    ]
    d = new_doc()
    P(
        d,
        "济南高新区科技经济部关于报送第19期创新创业工作动态的函",
        align="center",
        bold=True,
        size=18,
    )
    P(d, "市科技局：")
    P(d, "现将我区本周（1月31日—2月6日）创新创业工作动态报送如下：", indent=True)
    P(d, "一、" + it[0], indent=True)
    P(d, "二、" + it[1], indent=True)
    P(d, "特此函告。", indent=True)
    P(d, "")
    P(d, "附件：1.签约企业名单", indent=True)
    P(d, "      2.活动现场照片", indent=True)
    P(d, "")
    P(d, "济南高新区科技经济部", align="right")
    P(d, "2026年2月5日", align="right")
    save_doc(d, f, "高新区关于报送第19期创新创业工作动态的函.docx")
    expect(
        f,
        "高新区关于报送第19期创新创业工作动态的函.docx",
        "B",
        "济南高新区",
        "printed",
        items=it,
        must_not_print=[
            "市科技局：",
            "报送如下",
            "特此函告",
            "签约企业名单",
            "活动现场照片",
            "科技经济部",
        ],
        must_report=["特此函告"],
        why="formal 函: addressee, 现将…报送如下：, 特此函告。, 附件 list and right-aligned signature are framing",
    )

    # B2 GBK CRLF, space-indented, a framing sentence citing an old notice date (1月16日).
    it = [
        "2月2日，组织召开历下区脑机接口产业发展专题座谈会，邀请省精神卫生中心、济南大学专家围绕临床应用场景开展研讨。",
        "2月4日，历下区科技成果转化服务中心揭牌运行，首批入驻技术转移机构6家。",
    ]
    write_text(
        f,
        "历下区科技局报送材料.txt",
        f"""市科技局办公室：
    根据市科技局1月16日《关于做好2026年度创新创业工作周报信息报送工作的通知》要求，现将历下区第19期工作动态报送如下：
    {it[0]}
    {it[1]}
    特此报告。

                                        历下区科学技术局
                                        2026年2月5日
""",
        enc="gbk",
        crlf=True,
    )
    expect(
        f,
        "历下区科技局报送材料.txt",
        "B",
        "历下区",
        "printed",
        items=it,
        also="warning",
        must_not_print=["办公室：", "1月16日", "报送如下", "特此报告", "历下区科学技术局"],
        must_report=["报送如下"],
        why="the '根据…1月16日…通知要求，现将…报送如下：' framing is cut; its old date is not a stale news date "
        "(a stale warning about a cut line would be noise, tolerated)",
    )

    # B3 docx: 汇报如下, 妥否，请批示。, signature in a borderless table.
    it = [
        "2月3日，走访济南市林场、山东电力研究院等单位，指导做好2026年第一批科技成果登记工作。",
        "2月5日，组织辖区18家企业参加研发投入统计培训，提升报表填报质量。",
    ]
    d = new_doc()
    P(d, "市中区科技局关于第19期创新创业工作情况的报告", align="center", bold=True)
    P(d, "市科技局：")
    P(d, "现将我局近期创新创业工作情况汇报如下：", indent=True)
    P(d, it[0], indent=True)
    P(d, it[1], indent=True)
    P(d, "妥否，请批示。", indent=True)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 1), "市中区科学技术局\n2026年2月5日", align="right")
    save_doc(d, f, "市中区第19期工作动态.docx")
    expect(
        f,
        "市中区第19期工作动态.docx",
        "B",
        "市中区",
        "printed",
        items=it,
        must_not_print=["汇报如下", "妥否", "请批示", "市中区科学技术局"],
        must_report=["妥否"],
        why="请示-style closing '妥否，请批示。' and a signature in a borderless two-cell table",
    )

    # B4 Markdown: 尊敬的局领导：, 此致 敬礼！, 【落款】.
    it = [
        "2月2日，山东省大众创新创业研究院首批3个孵化项目入驻黄台大众创新创业中心。",
        "2月4日，联合区统计局开展研发投入统计“回头看”，指导企业修正报表数据11处。",
    ]
    write_text(
        f,
        "天桥区.md",
        f"""尊敬的局领导：

现将天桥区本周创新创业工作开展情况报告如下：

1. {it[0]}
2. {it[1]}

此致

敬礼！

【落款】天桥区科技局 2026年2月5日
""",
    )
    expect(
        f,
        "天桥区.md",
        "B",
        "天桥区",
        "printed",
        items=it,
        must_not_print=["尊敬的局领导", "此致", "敬礼", "落款"],
        must_report=["尊敬的局领导"],
        why="letter salutation, 此致/敬礼！ and a 【落款】 line are framing",
    )

    # B5 docx: 附件 list, a page break, （此页无正文）, signature dated in Chinese numerals.
    it = [
        "2月2日，举办槐荫区科技金融对接会，8家银行机构与23家科技型企业现场对接，意向授信金额1.2亿元。",
        "2月4日，组织全区街道科技专干开展高新技术企业培育政策培训。",
    ]
    d = new_doc()
    P(d, "槐荫区创新创业工作动态（第19期）", align="center", bold=True)
    P(d, it[0], indent=True)
    P(d, it[1], indent=True)
    P(d, "特此报告。", indent=True)
    P(d, "")
    P(d, "附件：1.槐荫区科技金融对接会企业名单", indent=True)
    P(d, "2.对接会现场照片", indent=True)
    P(d, "").add_run().add_break(WD_BREAK.PAGE)
    P(d, "（此页无正文）", indent=True)
    P(d, "")
    P(d, "济南市槐荫区科学技术局", align="right")
    P(d, "二〇二六年二月五日", align="right")
    save_doc(d, f, "槐荫区.docx")
    expect(
        f,
        "槐荫区.docx",
        "B",
        "槐荫区",
        "printed",
        items=it,
        must_not_print=[
            "特此报告",
            "企业名单",
            "对接会现场照片",
            "此页无正文",
            "二〇二六年二月五日",
            "槐荫区科学技术局",
        ],
        must_report=["此页无正文"],
        why="'（此页无正文）' on the signature page is framing, not a nil reply; the news before it prints",
    )

    # B6 UTF-8-BOM: report title, 一、二、 items, 附件 single line, space-aligned signature.
    it = [
        "2月2日，赴山东莱威新材料有限公司开展科技招商对接，企业拟投资8000万元建设新材料研发中心。",
        "本周审核科技成果转化风险补偿贷款5笔，金额1750万元。",
    ]
    write_text(
        f,
        "莱芜区科技局关于第19期工作动态的报告.txt",
        f"""莱芜区科技局关于报送第19期创新创业工作动态的报告

市科技局：
    现将我区本周创新创业工作有关情况报告如下：
    一、{it[0]}
    二、{it[1]}
    特此报告。

    附件：莱芜区科技成果转化贷款明细表

                                   莱芜区科学技术局
                                     2026年2月5日
""",
        enc="utf-8-sig",
    )
    expect(
        f,
        "莱芜区科技局关于第19期工作动态的报告.txt",
        "B",
        "莱芜区",
        "printed",
        items=it,
        must_not_print=["报告如下", "特此报告", "贷款明细表", "莱芜区科学技术局"],
        must_report=["贷款明细表"],
        why="report-style letter in a .txt: title, addressee, 现将…, 特此报告。, 附件：… and a space-aligned signature",
    )

    # B7 docx: signature in a borderless one-column table with （盖章）, then 抄送.
    it = [
        "2月3日，召开钢城区科技政策专题培训会，40余家企业学习高企认定及研发费用加计扣除政策。",
        "2月5日，走访山东泰山钢铁集团，调研企业研发平台建设情况。",
    ]
    d = new_doc()
    P(d, "钢城区科技局第19期工作动态", align="center", bold=True)
    P(d, it[0], indent=True)
    P(d, it[1], indent=True)
    t = d.add_table(rows=2, cols=1)
    no_borders(t)
    cell_text(t.cell(0, 0), "钢城区科学技术局（盖章）", align="right")
    cell_text(t.cell(1, 0), "2026年2月5日", align="right")
    P(d, "抄送：钢城区人民政府办公室。")
    save_doc(d, f, "钢城区第19期.docx")
    expect(
        f,
        "钢城区第19期.docx",
        "B",
        "钢城区",
        "printed",
        items=it,
        must_not_print=["盖章", "抄送", "人民政府办公室"],
        must_report=["抄送"],
        why="signature with （盖章） in a borderless table and a 抄送 line are not news",
    )

    # B8 WeChat paste carrying a whole letter.
    it = [
        "2月3日，组织科技特派员赴玉皇庙镇开展技术服务，帮助种植合作社解决技术难题5项。",
        "2月5日，商河县科技企业孵化器新入孵企业3家。",
    ]
    write_text(
        f,
        "商河县.txt",
        f"""商河县科技局 韩梅 2026/2/5 11:03:27
市科技局：
现将商河县本周创新创业工作报送如下：
{it[0]}
{it[1]}
特此报告。
商河县科技局
2026年2月5日
商河县科技局 韩梅 2026/2/5 11:03:40
以上，请查收。
""",
    )
    expect(
        f,
        "商河县.txt",
        "B",
        "商河县",
        "printed",
        items=it,
        must_not_print=["韩梅", "报送如下", "特此报告", "请查收", "商河县科技局"],
        must_report=["特此报告"],
        why="a letter pasted into WeChat: addressee, 现将…, 特此报告。 and an unaligned two-line signature",
    )

    # B9 docx: addressee and 现将… in one paragraph, （一）（二） items, 以上报告，请审阅。, tab-aligned signature.
    it = [
        "2月2日，赴山科集团对接山科产业园区项目招引工作，梳理意向入驻企业8家。",
        "2月4日，起步区科创金融服务中心完成首笔知识产权质押融资，金额500万元。",
    ]
    d = new_doc()
    P(d, "市科技局：现将起步区本周创新创业工作情况报告如下：")
    P(d, "（一）" + it[0], indent=True)
    P(d, "（二）" + it[1], indent=True)
    P(d, "以上报告，请审阅。", indent=True)
    P(d, "")
    P(d, "济南新旧动能转换起步区科技创新局\t2026年2月5日", align="right")
    save_doc(d, f, "起步区第19期.docx")
    expect(
        f,
        "起步区第19期.docx",
        "B",
        "起步区",
        "printed",
        items=it,
        must_not_print=["现将起步区", "以上报告", "请审阅", "科技创新局"],
        must_report=["以上报告"],
        why="addressee and 现将…如下： share one paragraph; signature and date in one tab-separated paragraph",
    )

    # B10 docx: red letterhead, 文号, 签发人, 附注 (联系人、电话) after the date.
    it = [
        "2月2日，章丘区组织科技联络员工作专班赴山东大学材料学院开展对接，梳理企业技术需求18项。",
        "2月4日，章丘区新增省级工程技术研究中心2家。",
    ]
    d = new_doc()
    P(d, "章丘区科学技术局", align="center", bold=True, size=26, color="FF0000")
    P(d, "章科函〔2026〕5号", align="center")
    P(d, "签发人：李明", align="right")
    P(d, "关于报送第19期创新创业工作动态的函", align="center", bold=True)
    P(d, "市科技局：")
    P(d, "按照工作要求，现将我区本周创新创业工作动态函告如下：", indent=True)
    P(d, it[0], indent=True)
    P(d, it[1], indent=True)
    P(d, "特此函告。", indent=True)
    P(d, "")
    P(d, "济南市章丘区科学技术局", align="right")
    P(d, "2026年2月5日", align="right")
    P(d, "（联系人：王涛，电话：83211234）", indent=True)
    save_doc(d, f, "章丘区科技局函.docx")
    expect(
        f,
        "章丘区科技局函.docx",
        "B",
        "章丘区",
        "printed",
        items=it,
        must_not_print=["章科函", "签发人", "李明", "函告如下", "特此函告", "王涛", "83211234"],
        must_report=["章科函"],
        why="a full 函 with red letterhead, document number, 签发人 and the 附注 contact line after the date",
    )


# ============================================================================= C: photo captions
def cat_C() -> None:
    f = "inbox_C1"

    # C1 a caption alone on a line between items.
    it = [
        "2月3日，举办历城区“科技副总”校企对接活动，山东大学、山东建筑大学等高校16名专家与22家企业开展对接。",
        "2月5日，山东大学微生物改造技术全国重点实验室生物制造中试示范基地完成规划方案评审。",
    ]
    write_text(
        f,
        "历城区第19期.txt",
        f"历城区第19期创新创业工作动态\n{it[0]}\n图为对接活动现场。\n{it[1]}\n",
    )
    expect(
        f,
        "历城区第19期.txt",
        "C",
        "历城区",
        "printed",
        items=it,
        must_not_print=["图为对接活动现场"],
        must_report=["图为对接活动现场"],
        why="a caption with a full stop alone between two items is not a third item",
    )

    # C2 docx: inline picture, caption paragraph in brackets under it.
    it = [
        "2月3日，举办章丘区2026年首场科技成果拍卖会，12项成果成功拍卖，成交金额860万元。",
        "2月5日，组织企业参加省重大科技创新工程项目申报辅导。",
    ]
    d = new_doc()
    P(d, "章丘区工作动态", align="center", bold=True)
    P(d, it[0], indent=True)
    picture(d, (200, 120, 80))
    P(d, "（图为章丘区科技成果拍卖会现场）", align="center", size=12)
    P(d, it[1], indent=True)
    save_doc(d, f, "章丘区.docx")
    expect(
        f,
        "章丘区.docx",
        "C",
        "章丘区",
        "printed",
        items=it,
        must_not_print=["图为章丘区科技成果拍卖会现场"],
        must_report=["图为章丘区"],
        why="caption paragraph under an inline picture in Word",
    )

    # C3 Markdown: images, numbered captions 图1：/图2：.
    it = [
        "2月2日，举办济阳区科技政策宣讲会，解读2026年科技创新扶持政策，60余家企业参加。",
        "2月4日，组织专家对5家企业研发中心开展现场评审。",
    ]
    write_text(
        f,
        "济阳区.md",
        f"""## 济阳区

{it[0]}

![宣讲会现场](images/jiyang-01.jpg)

图1：济阳区科技政策宣讲会现场

{it[1]}

![评审现场](images/jiyang-02.jpg)
图2：研发中心现场评审
""",
    )
    expect(
        f,
        "济阳区.md",
        "C",
        "济阳区",
        "printed",
        items=it,
        must_not_print=["图1", "图2", "宣讲会现场", "研发中心现场评审", "jiyang"],
        must_report=["图1"],
        why="Markdown images with numbered captions 图1：… 图2：…",
    )

    # C4 GBK: a caption between two items on the same line.
    it = [
        "2月2日，组织召开长清区驻区高校成果转化座谈会，6所高校参会。",
        "2月4日，指导山东奥图自动化公司完善省重大创新项目申报材料。",
    ]
    write_text(
        f, "长清区工业信息化和科技局 报送材料.txt", f"{it[0]}图为座谈会现场。{it[1]}\n", enc="gbk"
    )
    expect(
        f,
        "长清区工业信息化和科技局 报送材料.txt",
        "C",
        "长清区",
        "printed",
        items=it,
        exact=False,
        must_not_print=["图为座谈会现场"],
        must_report=["图为座谈会现场"],
        why="a caption sentence between two items on one line is cut; how the two items are then joined is not the point",
    )

    # C5 docx: 图片说明：… and 上图：… paragraphs after pictures.
    it = [
        "2月3日，钢城区科技馆开展“科技助力冬季安全生产”科普活动，120余名企业职工参加。",
        "2月5日，召开钢城区科技型企业梯次培育工作推进会。",
    ]
    d = new_doc()
    P(d, "钢城区第19期工作动态", align="center", bold=True)
    P(d, it[0], indent=True)
    picture(d, (90, 150, 90))
    P(d, "图片说明：钢城区科技馆科普活动现场", align="center")
    P(d, it[1], indent=True)
    picture(d, (150, 90, 150))
    P(d, "上图：梯次培育工作推进会现场", align="center")
    save_doc(d, f, "钢城区.docx")
    expect(
        f,
        "钢城区.docx",
        "C",
        "钢城区",
        "printed",
        items=it,
        must_not_print=["图片说明", "科普活动现场", "上图", "推进会现场"],
        must_report=["图片说明"],
        why="'图片说明：…' and '上图：…' captions (no full stop) under pictures",
    )

    # C6 企业微信: [图片] placeholders with 上图：/下图： captions.
    it = [
        "2月3日，组织玫德集团、鲁西南新材料等8家企业参加省科技型中小企业创新能力提升工程项目申报培训。",
        "2月5日，平阴县科技成果转化服务站在孔村镇揭牌。",
    ]
    write_text(
        f,
        "平阴县.txt",
        f"""平阴县科技局 刘强 2月5日 15:30
【平阴县】{it[0]}
平阴县科技局 刘强 2月5日 15:31
[图片]
上图：项目申报培训会现场
平阴县科技局 刘强 2月5日 15:32
{it[1]}
[图片]
下图：服务站揭牌仪式
""",
    )
    expect(
        f,
        "平阴县.txt",
        "C",
        "平阴县",
        "printed",
        items=it,
        must_not_print=["刘强", "上图", "下图", "揭牌仪式", "[图片]"],
        must_report=["上图"],
        why="WeCom paste: photo placeholders and the 上图/下图 captions sent after them",
    )

    # C7 docx: a photo grid table, captions '图1 …' without colon.
    it = [
        "2月2日，商河县选派科技特派员32名，分赴12个镇街开展技术服务。",
        "2月4日，组织农业科技企业参加省农业良种工程项目申报辅导。",
    ]
    d = new_doc()
    P(d, "商河县科技局工作动态", align="center", bold=True)
    P(d, it[0], indent=True)
    P(d, it[1], indent=True)
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    for col, rgb in ((0, (100, 140, 60)), (1, (60, 100, 140))):
        t.cell(0, col).paragraphs[0].add_run().add_picture(
            io.BytesIO(png(160, 100, rgb)), width=Cm(6)
        )
    cell_text(t.cell(1, 0), "图1 商河县科技特派员下乡服务")
    cell_text(t.cell(1, 1), "图2 科技特派员田间指导")
    save_doc(d, f, "商河县第19期.docx")
    expect(
        f,
        "商河县第19期.docx",
        "C",
        "商河县",
        "printed",
        items=it,
        must_not_print=["图1", "图2", "下乡服务", "田间指导"],
        must_report=["田间指导"],
        why="captions in a photo grid table ('图1 …', '图2 …') are not table rows of news",
    )

    # C8 half-width brackets, caption and photographer credit after an item on its line.
    it = [
        "2月3日，起步区与山东产业技术研究院签订合作协议，共建先进制造中试基地。",
        "2月5日，起步区科技创新服务中心为入驻企业提供政策咨询服务40余次。",
    ]
    write_text(f, "起步区-第19期.txt", f"{it[0]}(图为签约仪式现场)（摄影：王磊）\n{it[1]}\n")
    expect(
        f,
        "起步区-第19期.txt",
        "C",
        "起步区",
        "printed",
        items=it,
        must_not_print=["图为签约仪式", "摄影", "王磊"],
        must_report=["图为签约仪式"],
        why="a half-width-bracketed caption and a photographer credit glued after the item",
    )

    # C9 docx: ▲ caption under a picture (the WeChat-article habit).
    it = [
        "2月3日，市中区科技局走访山东高速信息集团，调研企业研发平台建设和研发投入情况。",
        "2月5日，组织辖区高校院所召开科技成果登记工作布置会。",
    ]
    d = new_doc()
    P(d, it[0], indent=True)
    picture(d, (180, 180, 120))
    P(d, "▲走访企业现场", align="center", size=12)
    P(d, it[1], indent=True)
    save_doc(d, f, "市中区科技局.docx")
    expect(
        f,
        "市中区科技局.docx",
        "C",
        "市中区",
        "printed",
        items=it,
        must_not_print=["▲", "走访企业现场"],
        must_report=["走访企业现场"],
        why="a ▲-marked caption under a picture is a caption, not a list item to print",
    )

    # C10 .txt: '图：…' caption and a 图片来源 credit line.
    it = [
        "2月2日，天桥区举办2026年科技创新政策宣讲会，解读科技型中小企业评价等政策，70余家企业参加。",
        "2月4日，天桥区新增省级工程技术研究中心1家。",
    ]
    write_text(
        f,
        "天桥区科技局.txt",
        f"""{it[0]}
图：天桥区科技创新政策宣讲会现场
（图片来源：天桥区融媒体中心）
{it[1]}
""",
    )
    expect(
        f,
        "天桥区科技局.txt",
        "C",
        "天桥区",
        "printed",
        items=it,
        must_not_print=["宣讲会现场", "图片来源", "融媒体中心"],
        must_report=["图片来源"],
        why="'图：…' caption and a photo-source credit line",
    )


# ============================================================================= D: plans, problems, suggestions
def cat_D() -> None:
    f = "inbox_D1"

    # D1 docx numbered sections; the plan carries a date after the issue date.
    it = [
        "2月2日，组织辖区8家脑机接口企业与齐鲁医院开展临床应用场景对接，达成合作意向3项。",
        "2月4日，历下区新认定市级科技企业孵化器1家。",
    ]
    d = new_doc()
    P(d, "历下区第19期工作周报", align="center", bold=True)
    P(d, "一、本周工作动态", bold=True)
    for x in it:
        P(d, x, indent=True)
    P(d, "二、下周工作计划", bold=True)
    P(d, "1.2月10日，组织召开历下区2026年科技创新大会。", indent=True)
    P(d, "2.继续推进脑机接口产业园规划编制。", indent=True)
    P(d, "三、存在问题", bold=True)
    P(d, "无", indent=True)
    save_doc(d, f, "历下区第19期工作周报.docx")
    expect(
        f,
        "历下区第19期工作周报.docx",
        "D",
        "历下区",
        "printed",
        items=it,
        must_not_print=["2月10日", "科技创新大会", "产业园规划编制"],
        must_report=["2026年科技创新大会"],
        why="一、本周 / 二、下周工作计划 / 三、存在问题：无 — only part one prints; the plan's 2月10日 is not an error "
        "because the plan is not printed",
    )

    # D2 Markdown with bold plain headings.
    it = [
        "2月3日，组织召开市中区研发投入统计工作调度会，对36家重点企业逐一调度。",
        "2月5日，推动济南大学与3家辖区企业签订技术开发合同。",
    ]
    write_text(
        f,
        "市中区.md",
        f"""**市中区本周工作**

{it[0]}

{it[1]}

**下步打算**

围绕研发投入增长目标，继续开展重点企业“一对一”服务，2月底前完成全部规上企业走访。

**困难和问题**

部分小微企业研发费用归集不规范，统计口径把握不准。
""",
    )
    expect(
        f,
        "市中区.md",
        "D",
        "市中区",
        "printed",
        items=it,
        must_not_print=["一对一", "2月底前", "归集不规范", "下步打算", "困难和问题"],
        must_report=["归集不规范"],
        why="bold plain headings **下步打算** / **困难和问题** with real text under them",
    )

    # D3 docx table: 序号 | 本周工作 | 下周计划.
    it = [
        "2月2日，组织全区23家科技型企业参加省科技金融路演活动。",
        "2月4日，调研济南国际医学中心大学科技园入驻项目进展。",
    ]
    d = new_doc()
    P(d, "槐荫区第19期工作动态", align="center", bold=True)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    rows = [
        ("序号", "本周工作", "下周计划"),
        ("1", it[0], "2月9日，召开槐荫区科技创新工作会议。"),
        ("2", it[1], "继续做好高新技术企业培育入库工作。"),
    ]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v)
    save_doc(d, f, "槐荫区第19期工作动态.docx")
    expect(
        f,
        "槐荫区第19期工作动态.docx",
        "D",
        "槐荫区",
        "printed",
        items=it,
        must_not_print=["2月9日", "科技创新工作会议", "培育入库"],
        must_report=["培育入库"],
        why="a 本周工作 | 下周计划 table: the plan column is left out, and its 2月9日 is not an error",
    )

    # D4 GBK: 下一步工作安排 with text, 困难和问题：无, 意见建议 with text.
    it = [
        "2月2日，举办天桥区科技成果转化路演活动，6个项目现场路演，意向融资金额4200万元。",
        "2月5日，天桥区新增省级工程技术研究中心2家。",
    ]
    write_text(
        f,
        "天桥区科技局第19期工作动态.txt",
        f"""天桥区科技局第19期工作动态
{it[0]}
{it[1]}
下一步工作安排：
加快推进军民融合产业园前期工作，力争上半年开工建设。
困难和问题：无
意见建议：建议市级层面加大对区县科技成果转化中试平台建设的资金支持。
""",
        enc="gbk",
    )
    expect(
        f,
        "天桥区科技局第19期工作动态.txt",
        "D",
        "天桥区",
        "printed",
        items=it,
        must_not_print=["军民融合产业园", "上半年开工", "建议市级层面", "困难和问题"],
        must_report=["军民融合产业园"],
        why="下一步工作安排 (text on the next line), 困难和问题：无 and 意见建议：… on its own line",
    )

    # D5 docx: the plan part first.
    it = [
        "2月3日，历城区与山东大学共建的生物制造中试示范基地完成选址论证。",
        "2月4日，组织历城区科技金融服务专员走访企业15家，对接融资需求6200万元。",
    ]
    d = new_doc()
    P(d, "历城区科技局工作周报（第19期）", align="center", bold=True)
    P(d, "一、下周工作计划", bold=True)
    P(d, "2月9日至10日，组织区内企业参加省科技型中小企业创新能力提升工程申报培训。", indent=True)
    P(d, "二、本周工作开展情况", bold=True)
    for x in it:
        P(d, x, indent=True)
    save_doc(d, f, "历城区周报.docx")
    expect(
        f,
        "历城区周报.docx",
        "D",
        "历城区",
        "printed",
        items=it,
        must_not_print=["2月9日至10日", "创新能力提升工程申报培训"],
        must_report=["创新能力提升工程申报培训"],
        why="the plan section comes first; the 本周 section after it is the news; the plan's dates are not errors",
    )

    # D6 headings with the content on the same line.
    it = [
        "2月3日，长清区召开驻区高校成果转化工作推进会，山东师范大学等4所高校参加。",
        "2月5日，长清区3家企业入选2026年第一批山东省科技型中小企业。",
    ]
    write_text(
        f,
        "长清区.txt",
        f"""本周工作动态：{it[0]}
{it[1]}
下步打算：下步，我局将继续深化校地合作，推动更多高校科技成果在长清就地转化。
""",
    )
    expect(
        f,
        "长清区.txt",
        "D",
        "长清区",
        "printed",
        items=it,
        must_not_print=["下步，我局将", "就地转化", "下步打算"],
        must_report=["下步，我局将"],
        why="'本周工作动态：<item>' keeps its item; '下步打算：<text>' on one line is left out whole",
    )

    # D7 docx table: 工作类别 | 本周工作完成情况 | 下周工作计划 | 存在问题.
    it = [
        "2月2日，组织芯慧微电子等5家企业开展泰山产业领军人才工程申报辅导。",
        "2月4日，章丘区新增市级企业技术中心2家。",
    ]
    d = new_doc()
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    rows = [
        ("工作类别", "本周工作完成情况", "下周工作计划", "存在问题"),
        ("科技人才", it[0], "2月11日前完成申报材料初审。", "无"),
        ("平台建设", it[1], "推进省级创新平台培育。", "企业申报积极性不高。"),
    ]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v)
    save_doc(d, f, "章丘区科技局周报表.docx")
    expect(
        f,
        "章丘区科技局周报表.docx",
        "D",
        "章丘区",
        "printed",
        items=it,
        must_not_print=[
            "2月11日前",
            "初审",
            "积极性不高",
            "省级创新平台培育",
            "科技人才",
            "平台建设",
        ],
        must_report=["积极性不高"],
        why="report-form table: only the 本周 column prints; category, plan and problem columns do not",
    )

    # D8 钉钉: short headings 本周： / 下周： with a future date under 下周.
    it = [
        "2月3日，莱芜区科技企业孵化器新入孵科技型企业4家。",
        "2月4日，审核科技成果转化风险补偿贷款2笔，金额600万元。",
    ]
    write_text(
        f,
        "莱芜区.txt",
        f"""莱芜区科技局 刘波
2026-02-05 09:30
本周：
{it[0]}
{it[1]}
下周：
2月12日，召开莱芜区科技工作会议。
""",
    )
    expect(
        f,
        "莱芜区.txt",
        "D",
        "莱芜区",
        "printed",
        items=it,
        must_not_print=["刘波", "2月12日", "科技工作会议"],
        must_report=["科技工作会议"],
        why="DingTalk paste with bare '本周：' / '下周：' headings; the 下周 part and its 2月12日 are not news",
    )

    # D9 UTF-8-BOM: 【本周工作】【存在问题】【意见建议】【下周计划】 bracket headings.
    it = [
        "2月3日，起步区与山东大学签订共建智能装备研究院框架协议。",
        "2月5日，起步区科创金融服务中心对接企业融资需求12项。",
    ]
    write_text(
        f,
        "起步区-第19期.txt",
        f"""【本周工作】
1、{it[0]}
2、{it[1]}
【存在问题】
区内科技型企业数量偏少，创新主体培育仍需加强。
【意见建议】
建议市科技局在科技型企业培育方面给予起步区更多政策倾斜。
【下周计划】
持续推进智能装备研究院组建工作。
""",
        enc="utf-8-sig",
    )
    expect(
        f,
        "起步区-第19期.txt",
        "D",
        "起步区",
        "printed",
        items=it,
        must_not_print=["数量偏少", "政策倾斜", "研究院组建", "【存在问题】"],
        must_report=["数量偏少"],
        why="【…】 bracket headings that are not unit names; 存在问题/意见建议/下周计划 with real text are left out",
    )

    # D10 docx: bold plain headings, 'plan: none. problems: none.' on one line.
    it = [
        "2月2日，组织济阳区科技型中小企业评价入库培训会，50余家企业参加。",
        "2月4日，推动山东铭牌精工与齐鲁工业大学共建联合研发中心。",
    ]
    d = new_doc()
    P(d, "济阳区科技局第19期周报", align="center", bold=True)
    P(d, "本周工作开展情况", bold=True)
    for x in it:
        P(d, x, indent=True)
    P(d, "下周工作计划：无。存在问题：无。", indent=True)
    save_doc(d, f, "济阳区第19期周报.docx")
    expect(
        f,
        "济阳区第19期周报.docx",
        "D",
        "济阳区",
        "printed",
        items=it,
        must_not_print=["下周工作计划", "存在问题"],
        must_report=["下周工作计划"],
        why="two empty sections on one line after the items ('下周工作计划：无。存在问题：无。')",
    )

    # D11 docx: multi-level sections with sub-headings, 存在的困难和问题, 下一步工作打算.
    it = [
        "2月3日，钢城区新增市级工程技术研究中心2家。",
        "2月5日，组织泰钢集团等4家企业开展泰山产业领军人才工程申报辅导。",
    ]
    d = new_doc()
    P(d, "钢城区科技局2026年第19期工作动态", align="center", bold=True)
    P(d, "一、工作开展情况", bold=True)
    P(d, "（一）科技创新平台建设", bold=True)
    P(d, it[0], indent=True)
    P(d, "（二）科技人才服务", bold=True)
    P(d, it[1], indent=True)
    P(d, "二、存在的困难和问题", bold=True)
    P(d, "部分企业创新平台运行质量不高，研发投入强度偏低。", indent=True)
    P(d, "三、下一步工作打算", bold=True)
    P(d, "2月16日前，完成全区创新平台年度绩效评价。", indent=True)
    save_doc(d, f, "钢城区工作动态.docx")
    expect(
        f,
        "钢城区工作动态.docx",
        "D",
        "钢城区",
        "printed",
        items=it,
        must_not_print=[
            "科技创新平台建设",
            "科技人才服务",
            "运行质量不高",
            "2月16日前",
            "年度绩效评价",
        ],
        must_report=["运行质量不高"],
        why="sub-headings （一）（二） are not items; '存在的困难和问题' and '下一步工作打算' (variant wording) are left out",
    )


# ============================================================================= E: contact clauses inside news
def cat_E() -> None:
    f = "inbox_E1"

    it = [
        "2月2日，发布2026年度高新区科技型中小企业创新能力提升项目申报通知。",
        "2月4日，高新区量子信息未来产业科技园新引进量子测量企业2家。",
    ]
    write_text(
        f,
        "高新区-第19期动态.txt",
        f"""济南高新区第19期工作动态
2月2日，发布2026年度高新区科技型中小企业创新能力提升项目申报通知，如有疑问请联系科技经济部王科长（电话：0531-88871234）。
{it[1]}
""",
    )
    expect(
        f,
        "高新区-第19期动态.txt",
        "E",
        "济南高新区",
        "printed",
        items=it,
        must_not_print=["王科长", "88871234", "如有疑问"],
        must_report=["如有疑问"],
        why="'，如有疑问请联系…王科长（电话：…）' is cut from the item; the news sentence stays",
    )

    it = [
        "2月3日，历下区科技政策服务窗口正式启用，为企业提供高企认定、研发费用加计扣除等“一站式”政策服务。",
        "2月5日，组织辖区15家企业参加市级科技金融路演。",
    ]
    d = new_doc()
    P(
        d,
        "2月3日，历下区科技政策服务窗口正式启用，为企业提供高企认定、研发费用加计扣除等“一站式”政策服务，"
        "咨询电话：0531-86651234。",
        indent=True,
    )
    P(d, it[1], indent=True)
    save_doc(d, f, "历下区.docx")
    expect(
        f,
        "历下区.docx",
        "E",
        "历下区",
        "printed",
        items=it,
        must_not_print=["咨询电话", "86651234"],
        must_report=["86651234"],
        why="'，咨询电话：0531-…' at the end of an item in Word",
    )

    it = [
        "2月2日，市中区启动2026年度科技型企业研发投入后补助申报工作。",
        "2月4日，陪同市科技局调研山东省计算中心算力服务平台。",
    ]
    write_text(
        f,
        "市中区.md",
        f"""# 市中区
- 2月2日，市中区启动2026年度科技型企业研发投入后补助申报工作，详情请致电区科技局成果转化科（82081234）。
- {it[1]}
""",
    )
    expect(
        f,
        "市中区.md",
        "E",
        "市中区",
        "printed",
        items=it,
        must_not_print=["详情请致电", "82081234", "成果转化科"],
        must_report=["详情请致电"],
        why="'，详情请致电…（8位座机）' in a Markdown list item",
    )

    it = [
        "2月3日，发布2026年槐荫区科技人才政策培训报名通知，定于2月6日举办首期培训。",
        "2月5日，槐荫区新增国家科技型中小企业入库企业26家。",
    ]
    write_text(
        f,
        "槐荫区.txt",
        f"""槐荫区科技局 赵倩 2026/2/5 10:12:45
【槐荫区】2月3日，发布2026年槐荫区科技人才政策培训报名通知，定于2月6日举办首期培训，报名联系人：赵倩，13953112345。
{it[1]}
""",
    )
    expect(
        f,
        "槐荫区.txt",
        "E",
        "槐荫区",
        "printed",
        items=it,
        also="warning",
        must_not_print=["赵倩", "13953112345", "报名联系人"],
        must_report=["报名联系人"],
        why="'，报名联系人：<name>，<mobile>' inside a WeChat-pasted item (a warning for the mobile is fine)",
    )

    it = [
        "2月3日，天桥区举办知识产权质押融资专题培训，30家科技型企业参加。",
        "2月5日，黄台大众创新创业中心新入驻科技型企业4家。",
    ]
    d = new_doc()
    P(d, "天桥区第19期工作动态", align="center", bold=True)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    rows = [
        ("序号", "工作动态", "联系人"),
        (
            "1",
            "2月3日，天桥区举办知识产权质押融资专题培训，30家科技型企业参加，具体事宜可咨询区科技局科技服务科（85061234）。",
            "刘敏",
        ),
        ("2", it[1], "刘敏"),
    ]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v)
    save_doc(d, f, "天桥区.docx")
    expect(
        f,
        "天桥区.docx",
        "E",
        "天桥区",
        "printed",
        items=it,
        must_not_print=["85061234", "刘敏", "具体事宜可咨询"],
        must_report=["具体事宜可咨询"],
        why="a table with a 联系人 column and a '具体事宜可咨询…（电话）' clause inside a cell",
    )

    it = [
        "2月2日，济阳区组织开展高新技术企业培育专题辅导，18家企业参加。",
        "2月4日，走访恒储机械、欧锐激光等企业，宣讲科技成果登记政策。",
    ]
    write_text(
        f,
        "济阳区.txt",
        f"""济阳区第19期创新创业工作动态
2月2日，济阳区组织开展高新技术企业培育专题辅导，18家企业参加（联系人：孙浩，电话：84231234）。
{it[1]}
""",
        enc="gbk",
    )
    expect(
        f,
        "济阳区.txt",
        "E",
        "济阳区",
        "printed",
        items=it,
        must_not_print=["孙浩", "84231234"],
        must_report=["孙浩"],
        why="GBK: '（联系人：…，电话：…）' before the item's full stop",
    )

    it = [
        "2月3日，莱芜区举办新材料产业科技成果对接会。",
        "本周审核科技成果转化风险补偿贷款3笔，金额960万元。",
    ]
    d = new_doc()
    P(
        d,
        "2月3日，莱芜区举办新材料产业科技成果对接会，有意向的企业可联系莱芜区科技局高新科李主任，"
        "联系电话0531-76221234，邮箱lwkjj@163.com。",
        indent=True,
    )
    P(d, it[1], indent=True)
    save_doc(d, f, "莱芜区.docx")
    expect(
        f,
        "莱芜区.docx",
        "E",
        "莱芜区",
        "printed",
        items=it,
        must_not_print=["李主任", "76221234", "lwkjj@163.com", "有意向的企业可联系"],
        must_report=["76221234"],
        why="a three-part contact tail (who, phone without colon, e-mail) after the news clause",
    )

    it = [
        "2月3日，商河县开通“科技特派员服务热线”，为企业和农户提供技术咨询服务，本周已受理技术诉求6件。"
    ]
    write_text(
        f,
        "商河县.txt",
        "2月3日，商河县开通“科技特派员服务热线”（电话：0531-84881234，联系人：韩梅），"
        "为企业和农户提供技术咨询服务，本周已受理技术诉求6件。\n",
    )
    expect(
        f,
        "商河县.txt",
        "E",
        "商河县",
        "printed",
        items=it,
        must_print=[
            "2月3日，商河县开通“科技特派员服务热线”",
            "为企业和农户提供技术咨询服务，本周已受理技术诉求6件",
        ],
        must_not_print=["84881234", "韩梅"],
        must_report=["84881234"],
        why="a bracketed phone and clerk in the MIDDLE of a sentence: the bracket goes, both halves of the sentence stay",
    )

    it = ["2月4日，平阴县科技成果转化服务站正式运行，为企业提供成果评价、技术交易等服务。"]
    d = new_doc()
    P(d, it[0], indent=True)
    P(d, "咨询电话：0531-87881234（工作日8:30-17:30）", indent=True)
    save_doc(d, f, "平阴县.docx")
    expect(
        f,
        "平阴县.docx",
        "E",
        "平阴县",
        "printed",
        items=it,
        must_not_print=["87881234", "8:30", "咨询电话"],
        must_report=["87881234"],
        why="a 咨询电话 line with office hours under the item",
    )

    it = [
        "2月3日，发布钢城区2026年第一批科技计划项目申报指南。",
        "2月5日，组织企业参加省科技厅科技金融政策视频培训。",
    ]
    write_text(
        f,
        "钢城区.txt",
        f"""2月3日，发布钢城区2026年第一批科技计划项目申报指南，有意向企业请于2月6日前联系钢城区科技局科技服务科报名，电话：0531-76591234。
{it[1]}
""",
        enc="utf-8-sig",
    )
    expect(
        f,
        "钢城区.txt",
        "E",
        "钢城区",
        "printed",
        items=it,
        exact=False,
        must_not_print=["76591234", "电话：0531"],
        must_report=["76591234"],
        why="a registration clause with a date and a phone: the phone must go; an editor cuts the whole "
        "'有意向企业请…报名' clause, but the exact cut is not asserted",
    )

    it = ["2月4日，起步区科技创新服务中心正式对外开放。", "2月5日，起步区新增科技型中小企业9家。"]
    write_text(
        f,
        "起步区.md",
        f"""### 起步区
2月4日，起步区科技创新服务中心正式对外开放，欢迎企业来电咨询（0531-67891234）。

{it[1]}
""",
    )
    expect(
        f,
        "起步区.md",
        "E",
        "起步区",
        "printed",
        items=it,
        must_not_print=["67891234", "来电咨询"],
        must_report=["67891234"],
        why="'，欢迎企业来电咨询（电话）' is an invitation plus a number, not news",
    )


# ============================================================================= F: nil replies with an aside
def cat_F() -> None:
    f = "inbox_F1"

    write_text(f, "商河县.txt", "受节前安全生产大检查影响，我县本周无工作动态。\n")
    expect(
        f,
        "商河县.txt",
        "F",
        "商河县",
        "nil",
        must_not_print=["安全生产大检查"],
        why="a reason plus 'no news this week'",
    )

    write_text(
        f,
        "钢城区.txt",
        """钢城区科技局 王敏 2026/2/5 10:02:11
不好意思回复晚了，本周无
钢城区科技局 王敏 2026/2/5 10:02:15
[抱拳]
""",
    )
    expect(
        f,
        "钢城区.txt",
        "F",
        "钢城区",
        "nil",
        must_not_print=["王敏", "回复晚了", "[抱拳]"],
        why="WeChat: an apology and 本周无, then a sticker placeholder",
    )

    d = new_doc()
    P(d, "平阴县科技局第19期工作动态", align="center", bold=True)
    P(d, "市科技局：")
    P(d, "本周无工作动态。特此说明。", indent=True)
    P(d, "")
    P(d, "平阴县科学技术局", align="right")
    P(d, "2026年2月5日", align="right")
    save_doc(d, f, "平阴县第19期.docx")
    expect(
        f,
        "平阴县第19期.docx",
        "F",
        "平阴县",
        "nil",
        combines=["B"],
        must_not_print=["特此说明", "平阴县科学技术局"],
        why=".docx with title, addressee, '本周无工作动态。特此说明。' and a signature: nil, not a printed item",
    )

    old = "1月29日，调研济南国际医学中心大学科技园并召开座谈会，专题研究解决园区建设发展问题。"
    write_text(
        f,
        "槐荫区.txt",
        f"""槐荫区科技局-张伟 2月5日 11:18
【槐荫区】{old}
槐荫区科技局-张伟 2月5日 11:20
发错了，我区本期无，上面那条是上期的，请忽略
""",
    )
    expect(
        f,
        "槐荫区.txt",
        "F",
        "槐荫区",
        "nil",
        combines=["A"],
        must_not_print=["国际医学中心大学科技园", "发错了", "张伟", "请忽略"],
        must_report=["发错了"],
        why="WeCom: the sender withdraws the previous message (last week's item) and says 本期无 — nil; "
        "the withdrawn item must not print (at worst the editor is warned, never the old item printed)",
    )

    write_text(f, "历城区.txt", "因集中参加区两会，本周暂无工作动态，下周一并报送。\n", enc="gbk")
    expect(
        f,
        "历城区.txt",
        "F",
        "历城区",
        "nil",
        must_not_print=["区两会", "一并报送"],
        why="GBK: a meeting reason, 暂无, and a promise to report next week",
    )

    write_text(
        f,
        "起步区.txt",
        """起步区科技局 刘洋
2026-02-05 16:41
领导好，因近期人员调整，本周暂无可报送的信息，望理解。
""",
    )
    expect(
        f,
        "起步区.txt",
        "F",
        "起步区",
        "nil",
        must_not_print=["刘洋", "人员调整", "望理解"],
        why="DingTalk: greeting, reason, 'no information to report', a plea",
    )

    write_text(f, "章丘区.md", "# 章丘区\n\n本周无。（区里这几天忙于迎检，抱歉）\n")
    expect(
        f,
        "章丘区.md",
        "F",
        "章丘区",
        "nil",
        must_not_print=["迎检", "抱歉"],
        why="Markdown: heading, 本周无。 and a bracketed apology",
    )

    d = new_doc()
    P(d, "天桥区第19期工作动态", align="center", bold=True)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "本周工作")
    cell_text(t.cell(0, 1), "下周计划")
    cell_text(t.cell(1, 0), "无")
    cell_text(t.cell(1, 1), "继续推进黄台大众创新创业中心招商入驻工作。")
    save_doc(d, f, "天桥区第19期.docx")
    expect(
        f,
        "天桥区第19期.docx",
        "F",
        "天桥区",
        "nil",
        combines=["D"],
        must_not_print=["招商入驻"],
        why="本周工作 | 下周计划 table with 无 under 本周: nil; the plan text must not print",
    )

    write_text(
        f,
        "济阳区科技局.txt",
        """2026-02-05 09:31:02 济阳区科技局-赵磊(2847561930)
老师好，济阳区本周暂无动态，特此说明，谢谢！
""",
        enc="utf-16",
    )
    expect(
        f,
        "济阳区科技局.txt",
        "F",
        "济阳区",
        "nil",
        must_not_print=["赵磊", "2847561930", "特此说明"],
        why="QQ line saved by Notepad as UTF-16: greeting, 本周暂无动态, 特此说明, thanks",
    )

    write_text(
        f,
        "莱芜区.txt",
        "莱芜区：\n因全力筹备全市科技工作会议，本周暂无动态报送，抱歉！\n",
        enc="utf-8-sig",
    )
    expect(
        f,
        "莱芜区.txt",
        "F",
        "莱芜区",
        "nil",
        must_not_print=["筹备全市科技工作会议", "抱歉"],
        why="unit heading with a colon, then a reason, 暂无动态报送 and an apology",
    )


# ============================================================================= G: hard negatives
def cat_G() -> None:
    f = "inbox_G1"

    it = [
        "2月3日，针对企业反映的研发费用加计扣除“申报麻烦、填报复杂”问题，组织税务专家上门辅导，帮助15家企业完成申报。",
        "2月5日，历下区科技局印发《关于进一步减少企业办事麻烦的十条措施》。",
    ]
    d = new_doc()
    for x in it:
        P(d, x, indent=True)
    save_doc(d, f, "历下区.docx")
    expect(f, "历下区.docx", "G", "历下区", "printed", items=it, why="news containing 麻烦 (twice)")

    it = [
        "2月3日，回访因系统故障未能按期兑现研发补助的8家企业，区科技局负责同志当面说明情况，"
        "企业负责人表示“不必抱歉，政策兑现了就是最大的支持”。",
        "2月5日，市中区研发补助资金1260万元全部拨付到位。",
    ]
    write_text(
        f,
        "市中区.txt",
        f"""市中区科技局 高洁 2026/2/5 15:20:08
【市中区】{it[0]}
{it[1]}
""",
    )
    expect(
        f,
        "市中区.txt",
        "G",
        "市中区",
        "printed",
        items=it,
        must_not_print=["高洁"],
        why="抱歉 inside a quotation in a WeChat-pasted item",
    )

    it = [
        "2月2日，组织12家企业补报2025年度研发投入统计数据，确保应统尽统。",
        "2月4日，对高企认定申报材料开展复核，指导1家不符合条件的企业撤回申请。",
    ]
    write_text(
        f,
        "槐荫区第19期工作动态.txt",
        f"槐荫区第19期工作动态\n{it[0]}\n{it[1]}\n",
        enc="gbk",
        crlf=True,
    )
    expect(
        f,
        "槐荫区第19期工作动态.txt",
        "G",
        "槐荫区",
        "printed",
        items=it,
        why="GBK: 补报 and 撤回 as the subject of the news",
    )

    it = [
        "2月4日，开展科技型中小企业入库信息核查，对3家信息不实的企业予以删除并通报。",
        "2月5日，天桥区删除重复统计的研发项目11个，研发投入统计数据质量进一步提升。",
    ]
    d = new_doc()
    P(d, "天桥区工作动态", align="center", bold=True)
    for x in it:
        P(d, x, indent=True)
    save_doc(d, f, "天桥区.docx")
    expect(
        f, "天桥区.docx", "G", "天桥区", "printed", items=it, why="删除 as the action of the news"
    )

    it = [
        "2月3日，召开历城区科技创新大会，以“一张蓝图为引领”部署2026年科技创新重点任务。",
        "2月5日，依托产业地图为12家科技型企业精准匹配应用场景。",
    ]
    write_text(f, "历城区.txt", "\n".join(it) + "\n")
    expect(
        f,
        "历城区.txt",
        "G",
        "历城区",
        "printed",
        items=it,
        why="'蓝图为引领' and '产业地图为12家' contain 图为 but are not captions",
    )

    it = [
        "2月2日，印发《长清区2026年科技工作计划》，明确8方面32项重点任务。",
        "2月5日，完成全区科技型企业梯次培育摸底，下周将召开专题推进会部署后续工作。",
        "2月5日，召开驻区高校合作推进会，明确下一步工作安排，推动校地合作项目尽快落地。",
    ]
    write_text(
        f,
        "长清区第19期.md",
        "# 长清区第19期工作动态\n\n" + "".join(f"{n}. {x}\n" for n, x in enumerate(it, 1)),
    )
    expect(
        f,
        "长清区第19期.md",
        "G",
        "长清区",
        "printed",
        items=it,
        why="工作计划 in a document title, '下周将召开' and '下一步工作安排' inside items: not plan sections",
    )

    it = [
        "2月4日，开展研发投入统计专项核查，排查企业存在问题12项，已全部督促整改到位。",
        "存在问题的5家企业已于2月5日完成整改并通过复核。",
    ]
    d = new_doc()
    for x in it:
        P(d, x, indent=True)
    save_doc(d, f, "章丘区科技局.docx")
    expect(
        f,
        "章丘区科技局.docx",
        "G",
        "章丘区",
        "printed",
        items=it,
        why="存在问题 inside a sentence, and a paragraph that STARTS with '存在问题的…' but is a full news sentence",
    )

    it = [
        "2月2日，济阳区与山东大学建立常态化联系机制，开通科技政策咨询热线，已解答企业咨询20余次。",
        "2月4日，建立重点企业“一企一联系人”包靠服务机制，为56家企业配备科技服务专员。",
    ]
    write_text(f, "济阳区.txt", "\n".join(it) + "\n", enc="utf-8-sig")
    expect(
        f,
        "济阳区.txt",
        "G",
        "济阳区",
        "printed",
        items=it,
        why="联系机制, 咨询热线 and even '一企一联系人' are news, not contact lines",
    )

    it = [
        "2月3日，莱芜区无人机产业园一期项目开工建设，总投资3.6亿元。",
        "无偿为12家科技型中小企业提供专利导航服务。",
        "无人机应急救援技术联合实验室在莱芜区揭牌成立。",
    ]
    write_text(
        f,
        "莱芜区.txt",
        "莱芜区本周工作动态\n" + "".join(f"{n}、{x}\n" for n, x in enumerate(it, 1)),
        enc="gbk",
    )
    expect(
        f,
        "莱芜区.txt",
        "G",
        "莱芜区",
        "printed",
        items=it,
        why="items that start with 无偿 / 无人机 after the list marker are not nil replies",
    )

    it = [
        "2月3日，钢城区印发《关于表彰2025年度科技创新先进企业的决定》，特此对20家企业予以通报表扬。",
        "2月5日，钢城区召开科技工作会议，部署2026年科技创新重点工作。",
    ]
    d = new_doc()
    for x in it:
        P(d, x, indent=True)
    save_doc(d, f, "钢城区第19期.docx")
    expect(
        f,
        "钢城区第19期.docx",
        "G",
        "钢城区",
        "printed",
        items=it,
        why="特此 inside a news sentence",
    )

    it = [
        "2月2日，平阴县印发《科技计划项目验收工作规范》，今后全县科技计划项目验收以此为准。",
        "2月4日，审核科技成果转化风险补偿贷款2笔，金额500万元。",
    ]
    d = new_doc()
    P(d, "平阴县科技局第19期工作动态", align="center", bold=True)
    for x in it:
        P(d, x, indent=True)
    save_doc(d, f, "平阴县.docx")
    expect(
        f,
        "平阴县.docx",
        "G",
        "平阴县",
        "printed",
        items=it,
        why="'以此为准' at the end of a dated news sentence is part of the news",
    )

    it = [
        "2月3日，通过电话回访、实地走访等方式，收集企业技术需求30余项。",
        "截至2月5日，共收到企业科技计划项目申报材料45份。",
    ]
    write_text(f, "商河县.txt", "\n".join(it) + "\n")
    expect(
        f,
        "商河县.txt",
        "G",
        "商河县",
        "printed",
        items=it,
        why="电话 (回访) and 收到 (材料) in news are not a contact line or a chat closer",
    )

    it = [
        "2月3日，召开起步区科技型企业座谈会，征集企业意见建议23条，现场解答问题9个。",
        "2月5日，起步区《科技创新三年行动方案》提交管委会审议。",
    ]
    d = new_doc()
    for x in it:
        P(d, x, indent=True)
    save_doc(d, f, "起步区.docx")
    expect(
        f,
        "起步区.docx",
        "G",
        "起步区",
        "printed",
        items=it,
        why="意见建议 inside a sentence is not a 意见建议 section",
    )

    it = [
        "2月4日，高新区对企业反映的23项诉求全部作出书面回复。",
        "2月5日，高新区发布量子科技产业扶持政策，主要内容如下：对新引进量子企业最高给予1000万元支持。",
    ]
    write_text(f, "高新区.md", "## 济南高新区\n\n" + "\n\n".join(it) + "\n")
    expect(
        f,
        "高新区.md",
        "G",
        "济南高新区",
        "printed",
        items=it,
        why="'主要内容如下：' inside a news sentence is not a 现将…如下： framing line, and 回复 is news",
    )

    # --- G2: combined files with unit headings that carry a colon
    f = "inbox_G2"
    name = "各区县第19期工作动态汇总（综合科）.txt"
    lx = ["2月3日，历下区与济南大学建立脑机接口技术合作联系机制，共建联合实验室1个。"]
    sz = ["2月4日，市中区开通科技型企业“政策咨询直通车”，本周解答企业咨询35次。"]
    tq = [
        "2月2日，天桥区组织9家企业补报研发项目备案，撤回重复备案项目2个。",
        "2月5日，天桥区无人机低空经济应用场景发布会举行。",
    ]
    write_text(
        f,
        name,
        f"""第19期各区县创新创业工作动态汇总

历下区：
{lx[0]}

市中区：{sz[0]}

槐荫区：
本周无。

天桥区：
{tq[0]}
{tq[1]}
""",
    )
    expect(
        f,
        name,
        "G",
        "历下区",
        "printed",
        items=lx,
        why="combined file: '历下区：' alone on a line is a unit heading, not a chat sender",
    )
    expect(
        f,
        name,
        "G",
        "市中区",
        "printed",
        items=sz,
        why="combined file: '市中区：<item>' heading and item on one line; 咨询 in the item stays",
    )
    expect(
        f,
        name,
        "G",
        "槐荫区",
        "nil",
        why="combined file: 槐荫区：/本周无。 is that unit's nil reply",
    )
    expect(
        f,
        name,
        "G",
        "天桥区",
        "printed",
        items=tq,
        why="combined file: 补报, 撤回 and 无人机 inside items",
    )

    name = "第19期区县动态汇总.docx"
    lc = ["2月3日，历城区印发《2026年科技创新工作计划》，明确全年重点任务20项。"]
    cq = ["2月4日，长清区推行科技项目申报“不麻烦”服务，企业申报材料由12项精简为7项。"]
    zq = ["2月5日，章丘区围绕企业反映的存在问题开展“回头看”，督促整改问题7项。"]
    jy = [
        "2月2日，济阳区启用科技项目线上申报系统，企业可随时撤回、修改申报材料。",
        "2月4日，济阳区开通“科技咨询”服务专线，本周接听企业来电26次。",
    ]
    d = new_doc()
    P(d, "各区县工作动态汇总", align="center", bold=True)
    for unit, items in (("历城区", lc), ("长清区", cq), ("章丘区", zq), ("济阳区", jy)):
        P(d, unit + "：", bold=True)
        for x in items:
            P(d, x, indent=True)
    save_doc(d, f, name)
    expect(
        f,
        name,
        "G",
        "历城区",
        "printed",
        items=lc,
        why="combined .docx: bold '历城区：' heading; 工作计划 in a title",
    )
    expect(f, name, "G", "长清区", "printed", items=cq, why="combined .docx: 麻烦 inside quotes")
    expect(
        f,
        name,
        "G",
        "章丘区",
        "printed",
        items=zq,
        why="combined .docx: 存在问题 inside a sentence",
    )
    expect(
        f,
        name,
        "G",
        "济阳区",
        "printed",
        items=jy,
        why="combined .docx: 撤回, 咨询, 来电 inside news items",
    )


# ============================================================================= X: combinations
def cat_X() -> None:
    f = "inbox_X1"

    it = [
        "2月3日，高新区举办2026年首场“齐鲁科创路演”活动，8个硬科技项目现场路演。",
        "2月5日，高新区新增省级新型研发机构2家。",
    ]
    d = new_doc()
    P(d, "济南高新区关于报送第19期创新创业工作动态的报告", align="center", bold=True)
    P(d, "市科技局：")
    P(d, "现将我区本周创新创业工作情况报告如下：", indent=True)
    P(d, "一、本周工作情况", bold=True)
    P(
        d,
        "2月3日，高新区举办2026年首场“齐鲁科创路演”活动，8个硬科技项目现场路演，"
        "报名咨询请联系科技经济部张科长（0531-88871235）。",
        indent=True,
    )
    picture(d, (60, 60, 160))
    P(d, "图为路演活动现场", align="center")
    P(d, it[1], indent=True)
    P(d, "二、下步工作计划", bold=True)
    P(d, "2月13日，举办量子科技产业发展论坛。", indent=True)
    P(d, "特此报告。", indent=True)
    P(d, "（注：照片原图另发邮箱，请编辑老师查收）")
    P(d, "济南高新区科技经济部", align="right")
    P(d, "2026年2月5日", align="right")
    save_doc(d, f, "高新区第19期报告.docx")
    expect(
        f,
        "高新区第19期报告.docx",
        "B+C+D+E+A",
        "济南高新区",
        "printed",
        items=it,
        combines=["A", "B", "C", "D", "E"],
        must_not_print=[
            "张科长",
            "88871235",
            "图为路演",
            "2月13日",
            "产业发展论坛",
            "特此报告",
            "原图另发",
        ],
        must_report=["原图另发"],
        why="one real report holding framing, a contact clause, a caption, a plan with a future date and a note",
    )

    it = [
        "2月3日，历城区组织召开科技金融对接会，12家银行与35家科技型企业现场对接。",
        "2月5日，山大科创城新入驻科技型企业3家。",
    ]
    write_text(
        f,
        "历城区.txt",
        f"""历城区科技局 李娜 2026/2/5 16:02:11
不好意思，历城区本周动态才整理好：
2月3日，历城区组织召开科技金融对接会，12家银行与35家科技型企业现场对接，咨询电话：88161234。
[图片]
图为对接会现场
{it[1]}
历城区科技局 李娜 2026/2/5 16:03:02
下周计划：2月10日赴山东大学对接中试基地建设。
历城区科技局 李娜 2026/2/5 16:03:30
以上，请审阅，谢谢老师！
""",
    )
    expect(
        f,
        "历城区.txt",
        "A+C+D+E",
        "历城区",
        "printed",
        items=it,
        combines=["A", "C", "D", "E"],
        must_not_print=[
            "李娜",
            "不好意思",
            "88161234",
            "图为对接会现场",
            "2月10日",
            "中试基地建设",
            "请审阅",
        ],
        must_report=["不好意思"],
        why="WeChat paste: apology, phone in an item, caption, a plan message with a future date, a closer",
    )

    name = "综合科汇总表.docx"
    cq = ["2月3日，长清区组织驻区高校与20家企业开展技术需求对接，达成合作意向6项。"]
    zq = ["2月4日，章丘区举办科技成果拍卖会，成交金额860万元。"]
    sh = ["2月2日，商河县科技特派员服务站开通咨询热线，本周受理技术咨询18次。"]
    d = new_doc()
    P(d, "第19期各区县工作动态汇总表", align="center", bold=True)
    t = d.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    rows = [
        ("单位", "本周工作动态", "下周工作计划", "联系人", "备注"),
        (
            "长清区",
            cq[0] + "（图为对接现场）",
            "2月10日召开成果转化推进会",
            "王芳 13805318888",
            "以此为准",
        ),
        ("章丘区", zq[0], "继续做好成果转化工作", "刘洋", ""),
        ("济阳区", "无", "无", "赵磊", "因参加区两会本周无动态"),
        ("商河县", sh[0], "无", "韩梅 84881234", "稍后补充照片"),
    ]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v)
    save_doc(d, f, name)
    common = [
        "13805318888",
        "84881234",
        "王芳",
        "刘洋",
        "赵磊",
        "韩梅",
        "以此为准",
        "稍后补充照片",
        "2月10日",
        "成果转化推进会",
        "图为对接现场",
        "区两会",
    ]
    expect(
        f,
        name,
        "C+D+E+A",
        "长清区",
        "printed",
        items=cq,
        combines=["A", "C", "D", "E"],
        must_not_print=common,
        why="combined table: caption in the news cell, plan/contact/remark columns are not printed",
    )
    expect(
        f,
        name,
        "D+E",
        "章丘区",
        "printed",
        items=zq,
        combines=["D", "E"],
        must_not_print=common,
        why="combined table row: only the 本周工作动态 cell prints",
    )
    expect(
        f,
        name,
        "F",
        "济阳区",
        "nil",
        combines=["D", "F"],
        must_not_print=common,
        why="combined table row with 无 in the news cell and a reason in 备注: nil",
    )
    expect(
        f,
        name,
        "G+E+A",
        "商河县",
        "printed",
        items=sh,
        combines=["A", "E", "G"],
        must_not_print=common,
        why="combined table row: '开通咨询热线' is news; the contact cell and the photo remark are not",
    )

    it = [
        "2月3日，莱芜区组织科技型企业参加省科技金融路演活动，2家企业获得意向投资3000万元。",
        "2月5日，莱芜区新认定区级科技企业孵化器1家。",
    ]
    write_text(
        f,
        "莱芜区.txt",
        f"""莱芜区第19期
本周工作：
{it[0]}
{it[1]}
存在问题：无
下周计划：无
不好意思，上一版有误请删除，以此为准。
""",
        enc="gbk",
        crlf=True,
    )
    expect(
        f,
        "莱芜区.txt",
        "D+A",
        "莱芜区",
        "printed",
        items=it,
        combines=["A", "D"],
        must_not_print=["存在问题", "下周计划", "上一版有误", "以此为准"],
        must_report=["上一版有误"],
        why="GBK/CRLF: empty sections and an apology-instruction at the end",
    )

    it = [
        "2月3日，钢城区组织12家企业参加省科技成果转化贷款政策培训。",
        "2月5日，钢城区科技局走访山东泰山钢铁集团，调研企业研发投入情况。",
    ]
    d = new_doc()
    p = d.add_paragraph()
    lines = [
        "市科技局：",
        "现将钢城区本周工作动态报送如下：",
        it[0],
        "图为培训会现场",
        it[1],
        "联系人：陈晨 电话：0531-76591235",
        "钢城区科技局",
        "2026年2月5日",
    ]
    for n, ln in enumerate(lines):
        r = p.add_run(ln)
        if n < len(lines) - 1:
            r.add_break()
    save_doc(d, f, "钢城区.docx")
    expect(
        f,
        "钢城区.docx",
        "B+C+E",
        "钢城区",
        "printed",
        items=it,
        combines=["B", "C", "E"],
        must_not_print=["陈晨", "76591235", "图为培训会现场", "报送如下", "市科技局："],
        must_report=["图为培训会现场"],
        why="a whole letter typed in ONE Word paragraph with soft line breaks (Shift+Enter)",
    )


# ============================================================================= main
def main() -> None:
    for old in ROOT.glob("inbox_*"):
        shutil.rmtree(old)
    for gen in (cat_A, cat_B, cat_C, cat_D, cat_E, cat_F, cat_G, cat_X):
        gen()
    for e in ENTRIES:
        assert e["file"] in _FILES_IN_FOLDER[e["folder"]], e
    (ROOT / "expected.json").write_text(
        json.dumps(ENTRIES, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    counts: dict[str, int] = {}
    for e in ENTRIES:
        counts[e["category"][0]] = counts.get(e["category"][0], 0) + 1
    print(
        f"{len(ENTRIES)} entries in {len(_FILES_IN_FOLDER)} folders;", dict(sorted(counts.items()))
    )


if __name__ == "__main__":
    main()
