"""Demo records for the query desk: documents in every category, the property-
service contract as a PDF, a superseded correction, a change waiting for
review, one overdue disclosure, and residents' questions (answered and open).

Everything goes through the real services (drafted by desk staff, published
by the project manager), so the audit chain and the outbox look as in use.
Dates are relative to ``now``; which periods get published depends on where
``now`` falls, so the disclosure board always shows published items, items
due soon or not yet due, and exactly one overdue item from this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import questions
from localdb.disclosure import periods
from localdb.models import DisclosureItem, Resident, User
from localdb.records import attachments, lifecycle
from localdb.records.files import FileStore
from localdb.records.lifecycle import RecordDraft
from localdb.roles import KIOSK, Actor, Permission, Role

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: The periodic item left out for one period, so the board shows it overdue.
OVERDUE_ITEM = "performance"


@dataclass(frozen=True)
class RecordsDemoSummary:
    records: int
    published: int
    questions: int
    attachments: int


@dataclass
class _Ctx:
    session: Session
    desk: Actor
    manager: Actor
    now: datetime
    files: FileStore | None
    records: int = 0
    published: int = 0
    attached: int = 0

    def at(self, day: date, hour: int = 10) -> datetime:
        """A moment on a local day, never after ``now``."""
        moment = datetime.combine(day, time(hour), SHANGHAI).astimezone(self.now.tzinfo)
        return min(moment, self.now - timedelta(minutes=5))

    def ago(self, days: int, hour: int = 10) -> datetime:
        return self.at(self.today - timedelta(days=days), hour)

    @property
    def today(self) -> date:
        return self.now.astimezone(SHANGHAI).date()

    def draft(self, data: RecordDraft, created: datetime, *, submit: bool = True) -> int:
        rid = lifecycle.create_draft(self.session, self.desk, data, created)
        self.records += 1
        if submit:
            lifecycle.submit(self.session, self.desk, rid, created + timedelta(minutes=20))
        return rid

    def publish(self, data: RecordDraft, created: datetime, *,
                attach: tuple[tuple[str, bytes], ...] = ()) -> int:
        rid = lifecycle.create_draft(self.session, self.desk, data, created)
        self.records += 1
        if self.files is not None:
            for name, content in attach:
                attachments.add_attachment(self.session, self.desk, self.files, rid, name, content, created)
                self.attached += 1
        lifecycle.submit(self.session, self.desk, rid, created + timedelta(minutes=20))
        lifecycle.publish(self.session, self.manager, rid, min(created + timedelta(hours=5), self.now))
        self.published += 1
        return rid

    def correct(self, rid: int, data: RecordDraft, created: datetime, *, publish: bool) -> int:
        new_id = lifecycle.start_correction(self.session, self.desk, rid, created)
        self.records += 1
        lifecycle.update_draft(self.session, self.desk, new_id, data, created)
        lifecycle.submit(self.session, self.desk, new_id, created + timedelta(minutes=20))
        if publish:
            lifecycle.publish(self.session, self.manager, new_id, min(created + timedelta(hours=4), self.now))
            self.published += 1
        return new_id


def _staff(session: Session, role: Role, fallback: Actor) -> Actor:
    user = session.execute(select(User).where(User.role == role.value, User.active.is_(True))
                           .order_by(User.id)).scalars().first()
    return Actor(user.id, user.display_name, role, user.username) if user else fallback


def _due_days(session: Session, code: str) -> int:
    return session.execute(select(DisclosureItem.due_days).where(DisclosureItem.code == code)).scalar_one()


def _ended_periods(ctx: _Ctx, frequency: str, count: int) -> list[periods.Period]:
    """The last ``count`` ended periods, newest first."""
    out = [periods.last_ended(frequency, ctx.today)]
    while len(out) < count:
        out.append(periods.previous(frequency, out[-1]))
    return out


def _periodic(ctx: _Ctx, item: str, category: str, frequency: str, count: int, title: str,
              body: str, tags: tuple[str, ...], skip: int | None = None) -> list[int]:
    """Publish the last ``count`` periods of an item, each some days after it
    ended; the newest only once its due date has passed (so it may show as
    due soon), and the ``skip``-th newest never (so it shows overdue)."""
    due_days = _due_days(ctx.session, item)
    ids = []
    for n, p in enumerate(_ended_periods(ctx, frequency, count)):
        publish_day = p.end + timedelta(days=max(1, due_days - 4))
        if n == skip or (n == 0 and p.end + timedelta(days=due_days) >= ctx.today):
            continue
        if publish_day >= ctx.today:
            publish_day = ctx.today - timedelta(days=1)
        ids.append(ctx.publish(RecordDraft(
            category_code=category, disclosure_item_code=item, title=f"{title}（{p.label}）",
            period_start=p.start, period_end=p.end, summary=f"{p.label}{title}",
            body_text=body.format(period=p.label), tags=tags), ctx.at(publish_day)))
    return ids


CONTRACT = RecordDraft(
    category_code="contracts", subcategory_code="service_contract", disclosure_item_code="service_contract",
    title="阳光花园物业服务合同（2024—2027）", period_start=date(2024, 7, 1), period_end=date(2027, 6, 30),
    summary="业主大会与成都锦程物业服务有限公司签订的物业服务合同全文，含服务内容、质量标准和收费标准。",
    body_text="合同全文见附件 PDF。合同期限三年，自 2024 年 7 月 1 日起至 2027 年 6 月 30 日止；"
              "物业服务费实行包干制，住宅每月每平方米 2.20 元。",
    tags=("合同", "物业服务", "收费标准"),
)

FEES = RecordDraft(
    category_code="finance", subcategory_code="fee_standards", disclosure_item_code="fee_rates",
    title="阳光花园物业服务收费项目和标准",
    summary="住宅、商业物业服务费，地下车位管理服务费，装修垃圾清运费。",
    body_text="一、住宅物业服务费：每月每平方米 2.20 元（包干制）。\n"
              "二、商业物业服务费：每月每平方米 3.50 元。\n"
              "三、地下车位管理服务费：每个每月 80 元。\n"
              "四、装修垃圾清运费：每户一次性 500 元。\n"
              "依据：阳光花园物业服务合同第四条；成都市物价主管部门备案。",
    tags=("收费标准",),
)

DOCUMENTS: tuple[tuple[int, RecordDraft], ...] = (
    (260, RecordDraft(
        category_code="contracts", subcategory_code="outsourcing_contract",
        title="电梯维护保养合同（2026 年度）", period_start=date(2026, 1, 1), period_end=date(2026, 12, 31),
        summary="与四川通达电梯工程有限公司签订，覆盖 24 台电梯的日常维保、年检配合和 24 小时应急救援。",
        body_text="维保内容：每 15 日一次例行保养，每季度、半年、年度专项保养；困人救援 30 分钟内到场。"
                  "合同金额 172,800.00 元/年（每台每月 600 元）。",
        tags=("电梯", "维保", "外包"))),
    (240, RecordDraft(
        category_code="contracts", subcategory_code="outsourcing_contract",
        title="公共区域保洁服务外包合同",
        summary="与成都洁美环境服务有限公司签订的公共区域保洁与垃圾清运合同。",
        body_text="服务范围：12 栋楼道、电梯轿厢、地下车库、园区道路及垃圾分类投放点；"
                  "每日清扫两次，垃圾日产日清。合同金额 396,000.00 元/年。",
        tags=("保洁", "外包"))),
    (200, RecordDraft(
        category_code="contracts", subcategory_code="common_use_contract",
        disclosure_item_code="common_use_contracts", title="电梯轿厢广告位租赁合同",
        summary="经业主大会同意，将 24 台电梯轿厢广告位出租给成都星传媒广告有限公司。",
        body_text="租期两年，租金每年 57,600.00 元，按季度支付至共有部分经营收益专户；"
                  "收益扣除税费后归全体业主所有，按月公开。",
        tags=("共有部分", "广告", "公共收益"))),
    (300, RecordDraft(
        category_code="rules", subcategory_code="company_info", disclosure_item_code="company_info",
        title="成都锦程物业服务有限公司企业信息",
        summary="营业执照、企业信用信息、项目负责人信息。",
        body_text="企业名称：成都锦程物业服务有限公司；统一社会信用代码：91510107MA6XXXXX2K；"
                  "注册地址：成都市武侯区；项目负责人：王强（项目经理）；服务中心电话：028-85551234。",
        tags=("企业信息",))),
    (280, RecordDraft(
        category_code="rules", subcategory_code="service_standards", disclosure_item_code="quality_standards",
        title="物业服务质量标准（二级）",
        summary="按《成都市住宅物业服务等级规范》二级标准执行的服务质量要求。",
        body_text="客户服务：08:30—18:00 办公，24 小时报修；一般报修 30 分钟响应、2 个工作日办结。\n"
                  "清洁卫生：楼道每日清扫 2 次，每周拖洗 1 次；垃圾日产日清。\n"
                  "秩序维护：24 小时值班，每 2 小时巡查一次；车辆有序停放。\n"
                  "绿化养护：草坪每月修剪 2 次，乔灌木每季度修剪 1 次。",
        tags=("服务标准",))),
    (250, RecordDraft(
        category_code="rules", subcategory_code="procedures", title="装饰装修管理规定",
        summary="装修申报、施工时间、垃圾清运和押金退还的规定。",
        body_text="装修施工时间：工作日 08:00—12:00、14:00—18:00，周末及法定节假日不得进行噪声作业。"
                  "装修垃圾须袋装后运至指定堆放点，装修垃圾清运费每户一次性 500 元。",
        tags=("装修", "管理制度"))),
    (230, RecordDraft(
        category_code="rules", subcategory_code="procedures", title="消防安全管理制度",
        summary="消防设施巡查、疏散通道管理和消防演练安排。",
        body_text="每日巡查消防通道和安全出口；每月检查灭火器和消火栓；每半年组织一次消防演练；"
                  "严禁在楼道堆放杂物和电动自行车入户充电。",
        tags=("消防", "管理制度"))),
    (220, RecordDraft(
        category_code="rules", subcategory_code="emergency_plans", title="电梯困人应急预案",
        summary="电梯困人事件的报告、救援和善后流程。",
        body_text="接报后安抚被困人员，通知维保单位（30 分钟内到场）并由持证人员先行处置；"
                  "15 分钟内物业人员到场；救援完成后记录经过并上报项目经理。",
        tags=("电梯", "应急"))),
)

CHANNELS = RecordDraft(
    category_code="rules", subcategory_code="complaint_channels", disclosure_item_code="complaint_channels",
    title="投诉渠道公示",
    summary="服务中心电话、公司投诉电话、街道及区住建局三级投诉电话，码上办二维码。",
    body_text="物业服务中心：028-85551234（24 小时）\n公司客服投诉：028-85559999\n"
              "桂溪街道办事处：028-85550000\n武侯区住房和城乡建设局物业科：028-85071234\n"
              "成都市民服务热线：12345；扫描服务中心门口“码上办”二维码可在线反映问题。",
    tags=("投诉", "码上办"),
)

STAFF_ROSTER = RecordDraft(
    category_code="registers", subcategory_code="staff_roster", disclosure_item_code="responsible_staff",
    title="阳光花园服务人员名册",
    summary="项目负责人及客服、工程、秩序维护、保洁、绿化人员配置。",
    body_text="项目经理：王强\n客服主管：张丽；客服：刘洋、陈静\n工程维修：4 人（持电工证 2 人）\n"
              "秩序维护：12 人（三班倒）\n保洁：14 人（外包）\n绿化：3 人",
    tags=("人员信息",),
)


def _questions(ctx: _Ctx, on: dict[str, int]) -> int:
    rooms = ctx.session.execute(select(Resident.room_id, Resident.phone).where(Resident.is_owner.is_(True))
                                .order_by(Resident.id).limit(3)).tuples().all()
    room: list[tuple[int | None, str]] = [(r, p) for r, p in rooms] or [(None, "")] * 3
    asked = [
        (on["fees"], ctx.desk, "desk", room[0], 90,
         "收费标准上地下车位管理服务费写的是 80 元，合同写的是 60 元，以哪个为准？",
         "经核对，地下车位管理服务费按合同为每个每月 60 元，公示的 80 元为笔误，将发布更正版本；"
         "未多收任何费用。", True),
        (on["fund"], KIOSK, "kiosk", (None, ""), 20,
         "电梯钢丝绳更换花的维修资金，业主表决通过了吗？能看表决结果吗？",
         "3 栋电梯曳引钢丝绳更换已经专有部分面积和人数双过半业主同意（同意率 78%），"
         "表决结果在服务中心可查阅。", False),
        (on["contract"], ctx.desk, "desk", room[1 % len(room)], 1,
         "物业服务合同 2027 年到期后，是续签还是重新选聘物业？什么时候开业主大会？", "", False),
    ]
    for record_id, actor, channel, (room_id, phone), days, text, reply, shown in asked:
        when = ctx.ago(days, 15)
        qid, _, _ = questions.raise_question(ctx.session, actor, record_id, room_id, phone, text, channel,
                                             when)
        if reply:
            replied = min(when + timedelta(days=2), ctx.now)
            questions.answer(ctx.session, ctx.desk, qid, reply, replied)
            if shown:
                questions.set_shown(ctx.session, ctx.manager, qid, True, replied)
    return len(asked)


def load(session: Session, actor: Actor, now: datetime, files: FileStore | None) -> RecordsDemoSummary:
    """Fill the query desk; ``files`` None leaves the contract without its PDF."""
    actor.require(Permission.LOAD_DEMO)
    from localdb.records.demo_pdf import contract_pdf  # reportlab only when the demo loads

    desk = _staff(session, Role.DESK, actor)
    manager = _staff(session, Role.MANAGER, actor)
    ctx = _Ctx(session, desk, manager, now, files)
    contract = ctx.publish(CONTRACT, ctx.ago(330),
                           attach=(("阳光花园物业服务合同.pdf", contract_pdf(date(2024, 6, 18))),))
    for days, data in DOCUMENTS:
        ctx.publish(data, ctx.ago(days))
    fees = ctx.publish(FEES, ctx.ago(120))
    fixed = RecordDraft(**{
        **FEES.__dict__, "title": "阳光花园物业服务收费项目和标准（更正）",
        "body_text": FEES.body_text.replace("每个每月 80 元", "每个每月 60 元"),
        "summary": "更正：地下车位管理服务费应为每个每月 60 元（原公示 80 元为笔误）。"})
    ctx.correct(fees, fixed, ctx.ago(82), publish=True)
    roster = ctx.publish(STAFF_ROSTER, ctx.ago(150))
    changed = RecordDraft(**{**STAFF_ROSTER.__dict__, "body_text": STAFF_ROSTER.body_text.replace(
        "秩序维护：12 人", "秩序维护：14 人（新增夜间巡逻 2 人）")})
    ctx.correct(roster, changed, ctx.ago(3), publish=False)  # waiting for review: due soon
    channels = ctx.publish(CHANNELS, ctx.ago(270))
    moved = RecordDraft(**{**CHANNELS.__dict__, "body_text": CHANNELS.body_text.replace(
        "028-85559999", "400-028-9999")})
    ctx.correct(channels, moved, ctx.ago(1), publish=False)  # a new hotline, due in 3 days
    fund = _periodic(ctx, "maintenance_fund", "finance", "half_yearly", 2, "维修资金使用情况",
                     "{period}维修资金使用情况：3 栋 1 单元电梯曳引钢丝绳更换 42,600.00 元；"
                     "5 栋屋面防水维修 86,350.00 元。均经业主表决同意，由区住建局核准拨付。",
                     ("维修资金",))
    _periodic(ctx, "service_items", "rules", "yearly", 1, "物业服务事项和服务内容",
              "{period}物业服务事项：共用部位及共用设施设备维修养护、清洁卫生、绿化养护、秩序维护、"
              "装饰装修管理、档案管理。", ("服务标准",))
    _periodic(ctx, OVERDUE_ITEM, "work", "quarterly", 4, "物业服务合同履行情况报告",
              "{period}履约情况：报修 412 件，按时办结率 97.3%；满意度回访 386 户，满意率 95.1%；"
              "电梯、消防、二次供水设备运行正常。", ("履约",), skip=1)
    asked = _questions(ctx, {"fees": fees, "fund": fund[0] if fund else fees, "contract": contract})
    return RecordsDemoSummary(ctx.records, ctx.published, asked, ctx.attached)
