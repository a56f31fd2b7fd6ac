"""What the demo's work records and registers say: places, tasks, people and
inventories of a Chengdu community, as a property-service centre writes them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class WorkSpec:
    title: str
    subcategory: str
    item: str  # disclosure-list item code
    tag: str
    places: tuple[str, ...]  # "{unit}" → 3栋2单元, "{n}" → 1..8
    contents: tuple[str, ...]
    people: tuple[str, ...]
    hours: tuple[int, ...]
    ok: str
    issues: tuple[str, ...]
    follow_up: str
    issue_rate: float


WORK: dict[str, WorkSpec] = {
    "cleaning": WorkSpec(
        "保洁作业记录", "cleaning", "cleaning", "保洁",
        ("{unit}大堂及电梯厅", "{unit}楼梯间及消防通道", "地下车库B1区", "地下车库B2区", "中心广场",
         "东门出入口", "南门出入口", "{n}号垃圾分类投放点", "儿童游乐区", "会所及物业服务中心"),
        ("地面清扫、拖洗", "电梯轿厢擦拭消毒", "楼梯扶手、消防栓箱擦拭", "垃圾桶清洗消毒", "生活垃圾清运",
         "车库地面冲洗", "玻璃门及信报箱擦拭", "雨后积水清扫", "大理石地面养护", "宣传栏及公示牌擦拭"),
        ("刘秀英", "陈桂兰", "何玉珍", "杨淑芬", "赵建华", "黄德明"),
        (7, 8, 9, 10, 11, 14, 15, 16), "合格", ("局部有污渍，已返工", "垃圾未及时清运，已补清"),
        "主管复查后合格", 0.04),
    "greening": WorkSpec(
        "绿化养护记录", "greening", "greening", "绿化",
        ("中心花园", "东区绿化带", "南门景观带", "{unit}周边绿地", "儿童游乐区周边", "围墙竹林带"),
        ("草坪修剪", "乔木修枝", "绿篱整形", "浇水", "施肥", "病虫害防治（喷药，已提前公告）", "补植时令花卉",
         "落叶清扫", "杂草清除"),
        ("钟立新", "罗国强", "谭红梅"),
        (8, 9, 10, 15, 16), "完成", ("草坪局部枯黄，需补植", "发现蚜虫，已加喷药"), "下周复查", 0.05),
    "patrol": WorkSpec(
        "秩序维护巡查记录", "patrol", "patrol", "巡查",
        ("1号巡更点（东门岗亭）", "2号巡更点（中心广场）", "3号巡更点（地下车库入口）",
         "4号巡更点（北侧围墙）", "{unit}楼道及屋顶平台", "消防通道", "地下车库B1区", "充电桩区域"),
        ("日间巡查：门禁、消防通道、公共设施", "夜间巡查：门窗、照明、可疑人员",
         "车库巡查：车辆停放、消防设施", "消防通道占用检查", "高空抛物隐患巡查", "电动车充电安全巡查"),
        ("孙建军", "马志强", "朱勇", "胡海涛", "郭磊", "林明"),
        (0, 2, 4, 8, 10, 14, 16, 20, 22), "正常",
        ("消防通道有车辆占用，已劝离", "楼道堆放杂物，已通知住户清理", "单元门闭门器损坏，已报修"),
        "已登记并跟进处理", 0.06),
    "maintenance": WorkSpec(
        "设施设备维保记录", "maintenance", "equipment_maintenance", "设备维保",
        ("二次供水泵房", "消防泵房", "1号配电房", "2号配电房", "监控中心", "{unit}单元门禁",
         "地下车库排风机房", "公共照明线路", "{unit}楼道"),
        ("水泵运行检查、压力记录", "消防泵月度启泵试验", "配电柜巡检、红外测温", "监控设备及硬盘录像机检查",
         "门禁读卡器检修", "排风机保养加油", "更换楼道灯具", "水箱清洗消毒（年度）", "避雷设施检测"),
        ("彭德明", "曾晓东", "肖建国"),
        (9, 10, 11, 14, 15, 16), "正常", ("门禁读卡器失灵，已更换", "1 盏楼道灯损坏，已更换"),
        "已修复并试运行正常", 0.08),
    "lift_inspection": WorkSpec(
        "电梯检验维保记录", "lift_inspection", "lift_inspection", "电梯",
        ("{unit}电梯",),
        ("半月维保：曳引机、制动器、门机检查", "季度维保：导轨、缓冲器、限速器检查", "五方通话测试",
         "困人应急救援演练", "年度定期检验（市特种设备检验院）"),
        ("成都锦城电梯 李工", "成都锦城电梯 王工", "成都锦城电梯 付工"),
        (9, 10, 14, 15), "合格", ("层门门锁触点磨损，已更换", "轿厢照明损坏，已更换"),
        "维保单位复查合格", 0.05),
}


@dataclass(frozen=True)
class RegisterSpec:
    title: str
    subcategory: str
    item: str | None
    rows: Callable[[list[str]], list[dict[str, Any]]]


def _equipment(units: list[str]) -> list[dict[str, Any]]:
    rows = [dict(code=f"DT-{i:03d}", name="曳引式乘客电梯", location=f"{u}",
                 spec="载重 1000 kg，速度 1.75 m/s", quantity="1 台", status="正常运行",
                 keeper="工程部 彭德明", since=date(2019, 6, 18))
            for i, u in enumerate(units, start=1)]
    fixed = [
        ("GS-001", "生活给水变频泵组", "二次供水泵房", "格兰富 CR 32-4", "3 台（两用一备）"),
        ("GS-002", "不锈钢生活水箱", "二次供水泵房", "有效容积 60 m³", "1 座"),
        ("XF-001", "消火栓泵", "消防泵房", "XBD 8/30", "2 台（一用一备）"),
        ("XF-002", "喷淋泵", "消防泵房", "XBD 10/25", "2 台（一用一备）"),
        ("XF-003", "火灾自动报警控制器", "消防控制室", "海湾 GST5000", "1 套"),
        ("PD-001", "干式变压器", "1号配电房", "SCB11-1000 kVA", "2 台"),
        ("PD-002", "低压配电柜", "1号配电房", "GGD 型", "14 面"),
        ("PD-003", "柴油发电机组", "发电机房", "400 kW", "1 台"),
        ("AF-001", "视频监控系统", "监控中心", "海康威视，摄像机 186 路", "1 套"),
        ("AF-002", "车辆道闸及车牌识别", "东门、南门、车库出入口", "捷顺 JSKT", "4 套"),
        ("AF-003", "可视对讲门禁", "各单元门", "安居宝", f"{len(units)} 套"),
        ("TF-001", "地下车库排风机", "地下车库排风机房", "HTF-I-8", "6 台"),
    ]
    rows += [dict(code=c, name=n, location=loc, spec=s, quantity=q, status="正常运行", keeper="工程部 彭德明",
                  since=date(2019, 6, 18)) for c, n, loc, s, q in fixed]
    return rows


def _common_parts(units: list[str]) -> list[dict[str, Any]]:
    items = [
        ("GY-001", "地面共有停车位", "小区主干道两侧", "46 个", "出租（月租 150 元/个）"),
        ("GY-002", "电梯轿厢广告位", "各单元电梯轿厢", f"{len(units)} 处", "出租（成都某传媒公司）"),
        ("GY-003", "出入口道闸广告位", "东门、南门", "2 处", "出租"),
        ("GY-004", "架空层", "3栋、5栋首层", "共 420 m²", "业主活动及临时租用"),
        ("GY-005", "会所活动室", "中心广场北侧", "180 m²", "业主活动及临时租用"),
        ("GY-006", "中心广场", "小区中部", "2,600 m²", "公共活动"),
        ("GY-007", "绿地", "小区各处", "12,600 m²", "绿化"),
        ("GY-008", "快递柜场地", "东门、南门内侧", "2 处", "出租（丰巢）"),
        ("GY-009", "电动车充电桩区域", "南门非机动车棚", "60 个充电口", "出租（场地分成）"),
        ("GY-010", "物业服务用房", "2栋首层", "286 m²", "物业服务中心使用"),
        ("GY-011", "门卫室", "东门、南门", "2 间", "秩序维护使用"),
        ("GY-012", "垃圾分类收集站", "北侧", "1 座", "环卫使用"),
    ]
    return [dict(code=c, name=n, location=loc, spec=s, quantity="", status=st, keeper="客服部 陈静",
                 since=date(2019, 6, 18)) for c, n, loc, s, st in items]


def _archives(units: list[str]) -> list[dict[str, Any]]:
    items = [
        ("DA-001", "竣工总平面图", "纸质 + 电子", "1 套", date(2019, 5, 30)),
        ("DA-002", "单体建筑、结构、设备竣工图", "纸质", f"{len(units) // 2} 套", date(2019, 5, 30)),
        ("DA-003", "配套设施、地下管网工程竣工图", "纸质", "1 套", date(2019, 5, 30)),
        ("DA-004", "设施设备安装、使用和维护保养技术资料", "纸质", "36 册", date(2019, 6, 18)),
        ("DA-005", "物业质量保修文件和物业使用说明文件", "纸质", "1 套", date(2019, 6, 18)),
        ("DA-006", "业主名册", "电子", "1 份", date(2019, 6, 18)),
        ("DA-007", "物业服务合同（2024—2027）", "纸质 + 电子", "2 份", date(2024, 7, 1)),
        ("DA-008", "管理规约", "纸质", "1 份", date(2019, 6, 18)),
        ("DA-009", "业主大会议事规则及决议", "纸质", "4 份", date(2024, 5, 26)),
        ("DA-010", "专项维修资金使用记录", "纸质 + 电子", "1 册", date(2020, 1, 1)),
        ("DA-011", "电梯定期检验报告", "纸质", f"{len(units)} 份/年", date(2019, 6, 18)),
        ("DA-012", "消防设施年度检测报告", "纸质", "1 份/年", date(2019, 6, 18)),
    ]
    return [dict(code=c, name=n, location="物业服务中心档案室", spec=s, quantity=q, status="在档",
                 keeper="档案管理员 陈静", since=d) for c, n, s, q, d in items]


REGISTERS = (
    RegisterSpec("设施设备清册", "equipment_register", "equipment_register", _equipment),
    RegisterSpec("共有部分清册", "common_part_register", "common_part_register", _common_parts),
    RegisterSpec("档案资料清单", "archive_list", None, _archives),
)
