"""The demo's property-service contract as a real PDF (reportlab).

A TTF/TTC in ``resources/fonts/`` is embedded (subset) when there is one, so the
file shows anywhere; otherwise reportlab's built-in STSong-Light CID font
(not embedded: viewers substitute a system Chinese font).
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from localdb.resources import resources_dir

CID_FONT = "STSong-Light"


def _font() -> str:
    fonts = resources_dir() / "fonts"
    candidates = sorted(fonts.glob("*.tt[fc]")) if fonts.is_dir() else []
    for path in candidates:
        name = "Demo-" + path.stem
        if name not in pdfmetrics.getRegisteredFontNames():
            try:
                pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
            except Exception:  # a font reportlab cannot embed: try the next one
                continue
        return name
    if CID_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    return CID_FONT


ARTICLES: tuple[tuple[str, str], ...] = (
    ("第一条 物业基本情况",
     "物业名称：阳光花园；坐落位置：四川省成都市武侯区桂溪街道天府大道中段 888 号；"
     "物业类型：住宅及配套商业；总建筑面积 186,420 平方米，共 12 栋 864 户；"
     "地下停车位 1,120 个，地面临时停车位 86 个。"),
    ("第二条 服务内容",
     "乙方提供以下物业服务：（一）共用部位的日常维修、养护和管理；（二）共用设施设备的日常维修、"
     "养护、运行和管理，包括电梯、二次供水、消防、监控、门禁、照明等；（三）公共区域清洁卫生、"
     "垃圾分类收集与清运；（四）公共绿化的养护和管理；（五）秩序维护、车辆停放管理及安全防范协助；"
     "（六）物业档案资料的保管；（七）装饰装修管理服务；（八）法律法规规定及业主大会决定的其他事项。"),
    ("第三条 服务质量标准",
     "乙方按照《成都市住宅物业服务等级规范》二级标准提供服务：服务中心每天 08:30—18:00 对外办公，"
     "24 小时受理报修；一般报修 30 分钟内响应，2 个工作日内办结；电梯困人 15 分钟内到场；"
     "公共区域每日清扫不少于 2 次；秩序维护人员 24 小时值班巡逻，每 2 小时巡查一次。"),
    ("第四条 物业服务费",
     "物业服务费实行包干制。住宅按建筑面积每月每平方米 2.20 元收取，商业按每月每平方米 3.50 元收取；"
     "地下车位管理服务费每个每月 60 元。物业服务费按季度预交，每季度首月 15 日前交纳。"
     "收费项目和标准在物业管理事务公开栏及查询台公示，调整须经业主大会依法决定。"),
    ("第五条 共有部分经营收益",
     "利用业主共有部分（电梯轿厢广告位、公共场地、地面临时停车位等）开展经营的，应征得业主大会同意；"
     "经营收入扣除合理成本后归全体业主所有，乙方按月公开收支明细，收益用途由业主大会决定，"
     "可用于补充专项维修资金。"),
    ("第六条 信息公开",
     "乙方依照《中华人民共和国民法典》第九百四十三条，定期公开服务事项、负责人员、质量要求、"
     "收费项目、收费标准、履行情况，以及维修资金使用情况、业主共有部分的经营与收益情况；"
     "业主对公开内容提出质疑的，乙方应在 5 个工作日内答复。"),
    ("第七条 合同期限",
     "本合同期限为三年，自 2024 年 7 月 1 日起至 2027 年 6 月 30 日止。期满前三个月，"
     "双方应就续聘事宜进行协商；业主大会决定续聘的，双方重新签订物业服务合同。"),
    ("第八条 违约责任",
     "乙方未达到约定服务标准的，业主大会有权要求乙方限期整改；逾期未整改的，按未达标项目相应"
     "服务费的 20% 扣减当季度物业服务费。业主逾期交纳物业服务费的，乙方可书面催交，不得采取停水、"
     "停电、停气等方式催交。"),
    ("第九条 争议解决",
     "本合同履行中发生争议的，双方协商解决；协商不成的，可提请社区居民委员会、街道办事处调解，"
     "或向物业所在地人民法院提起诉讼。"),
    ("第十条 附则",
     "本合同一式四份，甲乙双方各执一份，报武侯区住房和城乡建设局及桂溪街道办事处备案各一份，"
     "具有同等法律效力。本合同附件为本合同的组成部分。"),
)


def contract_pdf(signed: date) -> bytes:
    """The demo community's property-service contract, a few A4 pages."""
    font = _font()
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1, spaceAfter=4 * mm)
    head = ParagraphStyle("head", fontName=font, fontSize=12, leading=18, spaceBefore=3 * mm)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=17, wordWrap="CJK",
                          firstLineIndent=21)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title="阳光花园物业服务合同",
                            author="成都锦程物业服务有限公司")
    story: list[Flowable] = [
        Paragraph("阳光花园物业服务合同", title),
        Paragraph("合同编号：YGHY-WY-2024-001", ParagraphStyle("no", parent=body, alignment=1,
                                                             firstLineIndent=0)),
        Spacer(1, 4 * mm),
        Paragraph("甲方：阳光花园业主大会（由业主委员会代表签订）", body),
        Paragraph("乙方：成都锦程物业服务有限公司（统一社会信用代码 91510107MA6XXXXX2K）", body),
        Paragraph("根据《中华人民共和国民法典》《物业管理条例》《四川省物业管理条例》等法律法规，"
                  "甲乙双方在自愿、平等、协商一致的基础上，就阳光花园物业服务事宜订立本合同。", body),
    ]
    for heading, text in ARTICLES:
        story += [Paragraph(heading, head), Paragraph(text, body)]
    fees = Table(
        [["收费项目", "计费方式", "标准"],
         ["住宅物业服务费", "按建筑面积", "每月每平方米 2.20 元"],
         ["商业物业服务费", "按建筑面积", "每月每平方米 3.50 元"],
         ["地下车位管理服务费", "按车位", "每月每个 60 元"],
         ["装修垃圾清运费", "按户一次性", "每户 500 元"]],
        colWidths=[55 * mm, 45 * mm, 50 * mm],
    )
    fees.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.5, "#555555"), ("BACKGROUND", (0, 0), (-1, 0), "#e8eef5"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [Paragraph("附件一 收费项目和标准", head), Spacer(1, 2 * mm), fees, Spacer(1, 12 * mm)]
    when = f"{signed.year} 年 {signed.month} 月 {signed.day} 日"
    signs = Table([["甲方（盖章）：阳光花园业主大会", "乙方（盖章）：成都锦程物业服务有限公司"],
                   ["代表人：业主委员会主任 刘建华", "法定代表人：陈志明"],
                   [f"签订日期：{when}", f"签订日期：{when}"]],
                  colWidths=[80 * mm, 80 * mm])
    signs.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(signs)
    doc.build(story)
    return buf.getvalue()
