"""Rebuild examples/inbox: issue 18 of the bulletin as the units would really have sent it.

Mixed .docx/.txt/.md, several encodings (UTF-8, UTF-8 with BOM, GBK, GB18030, UTF-16), aliases
instead of names, lines wrapped by a chat app, half-width punctuation, stray spaces, a Word lock
file. Collecting it for issue 18 gives back the published text. Run: python examples/make_inbox.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document

INBOX = Path(__file__).parent / "inbox"


def text(name: str, content: str, encoding: str) -> None:
    (INBOX / name).write_bytes(content.encode(encoding))


def docx(
    name: str, paragraphs: list[str | list[str]], table: list[list[str]] | None = None
) -> None:
    """A paragraph given as a list becomes several runs, as Word splits them."""
    doc = Document()
    for paragraph in paragraphs:
        p = doc.add_paragraph()
        for run in paragraph if isinstance(paragraph, list) else [paragraph]:
            p.add_run(run)
    if table:
        grid = doc.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
    doc.core_properties.author = "科技局"
    doc.save(INBOX / name)


def main() -> None:
    shutil.rmtree(INBOX, ignore_errors=True)
    INBOX.mkdir()
    text(
        "导语.txt",
        "1月29日，市科技局陪同谢堃同志调研山东产业技术研究院，通过参观展厅、听取汇报、\n"
        "座谈交流等方式，详细了解山东产研院治理体系改革、创新平台建设和科技企业孵化等情况，\n"
        "扎实推动全院工作提质提效，助力创新创业工作不断取得新突破。\n",
        "utf-8",
    )
    text(
        "重点工作动态.md",
        "# 重点工作动态\n\n"
        "- 1 月 30 日，联合信息院与市工信局开展座谈，探讨研究如何以优化创新创业生态为抓手，"
        "在我市加速布局 OPC 新赛道，抢占人工智能创新应用制高点等相关工作。\n"
        '- 1 月 28 日完成合资公司"济南晶谷中试产业运营服务有限公司"预核名，'
        "并组织协调济南产发集团、小鸭集团前往深圳金百泽电子科技有限公司，就电路板中试平台进行专题考察学习，"
        "加快推进济南晶谷集成电路中试平台建设。\n"
        "- 近日，深入摸排 56 家泰山创业人才企业，精准筛选出 9 家有股权投资需求的企业，"
        "并指导对上进行股权投资申请，目前申请总金额达 1.06 亿元，助力初创科技企业突破成长瓶颈。\n",
        "utf-8-sig",
    )
    docx(
        "高新区-第18期动态.docx",
        [
            "前瞻布局量子信息未来产业科技园、山东盛迪创新药物研发基地等重大平台，推动创新药与量子科技前沿突破，"
            "2项成果入选2025年度山东省十大科技创新成果，连续两年入围且数量居全省开发区首位，"
            "区域硬科技产业加速集聚、创新生态持续优化。"
        ],
    )
    text(
        "历下区科技局.txt",
        "【历下区】1月30日，与济南大学、齐鲁工业大学和省精神卫生中心专家，围绕脑机接口产业发展进行专题座谈，"
        "各方深入探讨了如何充分发挥历下区三甲医院集聚、应用场景丰富的独特优势，"
        "合力推动脑机接口技术加速临床应用与产业落地。\r\n",
        "gbk",
    )
    docx(
        "市中区.docx",
        [
            "市中区科技工作动态",
            "1. 1月26日，陪同市科技局赴市移动调研，指导企业做好研发经费归集，鼓励用足补助政策并加大研发投入，"
            "赋能企业技术迭代与转型升级。",
            "2. 对接省电力公司、济南大学等单位研发投入情况，凝聚工作合力，扎实做好区域研发投入与科技统计工作。",
            "",
            "3. 指导济南市林场进行2026年第一批科技成果登记。",
        ],
    )
    text(
        "槐荫区 报送.txt",
        "1月29日，调研济南国际医学中心大学科技园并召开座谈会，专题研究解决园区建设发展问题。\r\n"
        "举办全区研发统计培训会，组织120名街道及企业业务骨干系统学习，助力全区研发投入稳步增长与创新能力持续提升。\r\n",
        "utf-16",
    )
    text(
        "天桥区.txt",
        "天桥区本周工作动态\n\n"
        "1月25日，举办山东省大众创新创业研究院签约落地暨黄台大众\n"
        "创新创业中心揭牌仪式，通过集聚高端创新资源、搭建全链条服务体系，加速科技成果就地\n"
        "转化，为全区高质量发展持续注入创新动能。\n\n"
        "1月27日，赴市委军民融合办，与融通地产山东公司开展对接交流，深入了解企业项目发展现状\n"
        "及实际诉求，强化政企资源整合联动，为后续打造军民融合产业园夯实前期基础。\n\n"
        "1月29日，联合区统计局组织研发投入统计专题培训，切实提升工作人员业务能力与报表填报质量，\n"
        "助力企业提升研发投入统计工作质效。\n",
        "gb18030",
    )
    text(
        "历城区(2).txt",
        "1月27日，与历城控股集团赴山大科创城进行现场查勘，《山东大学微生物改造技术全国重点实验室"
        "生物制造中试示范基地建设规划方案》已制定完成，平台选址基本确定，"
        "为区域生物制造技术转化与孵化提供关键平台支撑。\n",
        "utf-8",
    )
    docx(
        "长清区工业信息化和科技局 报送材料.docx",
        [
            "1月29日，指导奥图自动化公司完善省重大创新项目指南建议申报材料，精准提升项目申报质量。",
            [
                "1月30日，组织召开长清区驻区高校成果转化座谈会，聚焦优化区域创新创业生态，",
                "深化校产城融合发展，全力推动驻区高校优质科技成果实现就地转化、落地见效",
            ],
        ],
    )
    text(
        "章丘区.md",
        "# 章丘区\n\n"
        "1. 1月29日，赴芯慧微电子(山东)有限公司座谈交流，聚焦省重大科技创新项目技术攻关类指南建议征集"
        "深入研讨并提出针对性建议，同时梳理解读科技人才政策，指导泰山人才工程申报筹备工作，"
        "以人才引育赋能企业创新。\n"
        "2. 组织科技联络员工作专班，赴山东大学材料学院、齐鲁工业大学长清校区开展对接交流活动，"
        "推动高校创新资源与区域产业需求精准匹配。\n",
        "utf-8",
    )
    text(
        "本周动态.txt",
        "济阳区科技工作动态\n"
        "赴欧锐激光、恒储机械、铭牌精工等重点企业开展走访调研，聚焦创新平台建设、科技成果登记、"
        "科技金融政策落实等关键工作，以精准政策赋能企业高质量发展。\n",
        "gbk",
    )
    docx(
        "工作动态.docx",
        [
            "单位：莱芜区科技局",
            ["1月28日，赴山东莱威", "新材料有限公司开展招商引资对接，已初步达成合作意向。"],
            "本周审核5笔科技成果转化风险补偿贷款1750万元。",
        ],
    )
    docx(
        "钢城区.docx",
        ["钢城区科技动态"],
        table=[
            [
                "1月28日，召开科技政策专题培训会，组织30余家企业学习研发投入填报、高企认定及项目申报等内容，"
                "通过政策解读与案例答疑，提升企业整体科技创新水平。"
            ]
        ],
    )
    text(
        "平阴县.txt",
        "深化与齐鲁工业大学(省科学院)产学研合作,围绕科技成果转化、科研平台共建和玫德集团实验室提档升级"
        "达成初步合作意向;\r\n审核3笔科技成果转化风险补偿贷款820万元\r\n",
        "gbk",
    )
    text(
        "商河.txt",
        "1 月 29 日 ，组织科技统计培训 ，精准指导填报要点，提高科技统计工作质效，强化企业创新主体地位。\n",
        "utf-8",
    )
    docx(
        "济南新旧动能转换起步区.docx",
        [
            "1月28日，赴山科集团参观山东省机器人与智能装备公共技术服务平台和山东省创新发展研究院信息电子服务平台，"
            "并就山科产业园区项目招引、公共服务平台建设等进行座谈交流。"
        ],
    )
    # What Word leaves beside an open document.
    (INBOX / "~$高新区-第18期动态.docx").write_bytes(b"\x06editor" + b"\x00" * 48)


if __name__ == "__main__":
    main()
