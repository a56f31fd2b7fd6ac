"""Where residents complain, printed: the notice board's 投诉渠道 poster and the
码上办 sign (公示牌) with the community's QR code. Both read the community
profile, its complaint contacts and the deadline policy in force."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy.orm import Session

from desktop.printing import house
from desktop.printing.control import Control, PrintRefused
from desktop.printing.poster import (
    Poster,
    PosterEntry,
    build_posters,
    closing_lines,
    entry_table,
    escape,
    qr_block,
)
from localdb.complaints import clock
from localdb.deadlines import DeadlinePolicy, Rule, RuleKind, Urgency
from localdb.services.community import CommunityProfile, get_profile
from localdb.services.complaint_contacts import ComplaintContacts, get_contacts

SIGN_TITLE = "码上办"
CHANNELS_COLUMN = "投诉渠道"
HOTLINE = "12345"


class MissingSetting(PrintRefused):
    """Something the print needs has not been set up yet (message in Chinese)."""


@dataclass(frozen=True)
class ChannelsInfo:
    profile: CommunityProfile
    contacts: ComplaintContacts
    promises: tuple[str, ...]


def _span(minutes: int) -> str:
    return f"{minutes // 60} 小时" if minutes % 60 == 0 else f"{minutes} 分钟"


def _response(rule: Rule) -> str:
    outside = rule.minutes_outside
    if rule.kind is not RuleKind.CLOCK:
        return f"{rule.working_days} 个工作日内响应"
    if outside is None or outside == rule.minutes:
        return f"{_span(rule.minutes)}内响应"
    return f"工作时间内受理的 {_span(rule.minutes)}内响应，其他时间受理的 {_span(outside)}内响应"


def _resolution(rule: Rule) -> str:
    if rule.kind is RuleKind.WORKING_DAYS:
        return f"{rule.working_days} 个工作日内办结"
    return f"{_span(rule.minutes)}内办结"


def promises(policy: DeadlinePolicy) -> tuple[str, ...]:
    """What the desk promises, in the words of the policy in force."""
    ordinary = policy.defaults.get(Urgency.ORDINARY)
    urgent = policy.defaults.get(Urgency.URGENT)
    out: list[str] = []
    if ordinary:
        out.append(f"一般问题：{_response(ordinary.response)}，{_resolution(ordinary.resolution)}。")
    if urgent:
        out.append(f"紧急情况（电梯困人、爆管漏水、停电停水、安全隐患等）：{_response(urgent.response)}。")
    return tuple(out)


def read_info(session: Session) -> ChannelsInfo:
    profile = get_profile(session) or CommunityProfile(name="")
    return ChannelsInfo(profile, get_contacts(session), promises(clock.context(session).policy))


def channels_poster(info: ChannelsInfo) -> Poster:
    p, c = info.profile, info.contacts
    entries = [PosterEntry("物业服务中心电话", p.service_phone, large=True)] if p.service_phone else []
    if p.opening_hours:
        entries.append(PosterEntry("服务时间", p.opening_hours))
    if p.address:
        entries.append(PosterEntry("服务中心地址", p.address))
    manager = f"项目经理：{p.project_manager}" if p.project_manager else ""
    levels = (("项目投诉电话", c.project_phone, manager),
              ("企业投诉电话", c.company_phone, ""),
              ("行业主管部门投诉电话", c.authority_phone, c.authority_name))
    for label, phone, who in levels:
        if phone:
            entries.append(PosterEntry(label, phone, large=True, note=who))
    entries.append(PosterEntry("政务服务便民热线", f"{HOTLINE}（企业直派，限时办理）", large=True))
    entries.append(PosterEntry("天府市民云", "“住在成都”栏目在线反映"))
    if c.qr_url:
        entries.append(PosterEntry("码上办", "微信扫描本页二维码，随时反映问题、查看办理进度"))
    intro = "业主、住户对物业服务有意见、建议或投诉，可通过以下任一渠道反映，我们限时响应、限时办结并回访。"
    if info.promises:
        intro += "我们承诺：" + "".join(info.promises)
    return Poster(CHANNELS_COLUMN, entries, intro=intro, qr_url=c.qr_url,
                  qr_caption="码上办 · 微信扫码反映问题" if c.qr_url else "",
                  closing=f"{p.name}物业服务中心" if p.name else "")


def build_channels_poster(session: Session, out: Path, *, now: datetime, public: bool = False,
                          control: Control | None = None) -> int:
    info = read_info(session)
    return build_posters([channels_poster(info)], out, community=info.profile.name, printed_at=now,
                         public=public, control=control)


def _sign_story(info: ChannelsInfo, width: float, now: datetime, control: Control) -> Iterator[Flowable]:
    centre = {"alignment": TA_CENTER}
    yield Paragraph(SIGN_TITLE, house.style("sign-title", 54, 64, textColor=house.ACCENT, **centre))
    yield Paragraph("扫码反映问题 · 马上办理", house.style("sign-sub", 18, 26, **centre))
    yield Spacer(1, 14)
    yield from qr_block(info.contacts.qr_url, "", 100 * mm)
    yield Spacer(1, 10)
    yield Paragraph("微信扫一扫，向物业服务中心反映问题、查看办理进度",
                    house.style("sign-scan", 14, 20, **centre))
    for line in info.promises:
        yield Paragraph(escape(line), house.style("sign-promise", 11.5, 17, **centre))
    control.step(1)
    p, c = info.profile, info.contacts
    phones = [PosterEntry(label, phone) for label, phone in (
        ("物业服务中心电话", p.service_phone), ("项目投诉电话", c.project_phone),
        ("企业投诉电话", c.company_phone), ("行业主管部门投诉电话", c.authority_phone)) if phone]
    if phones:
        yield Spacer(1, 10)
        yield entry_table(phones, width)
    yield Spacer(1, 10)
    yield closing_lines(f"{p.name}物业服务中心" if p.name else "", now)


def build_sign(session: Session, out: Path, *, now: datetime, public: bool = False,
               control: Control | None = None) -> int:
    """The 码上办 sign: one A4 page around the community's QR code."""
    info = read_info(session)
    if not info.contacts.qr_url:
        raise MissingSetting("尚未设置码上办二维码网址，请管理员先在小区信息中填写后再打印公示牌。")
    control = control or Control()
    control.total = 1
    heading = house.Heading(community=info.profile.name, title="码上办公示牌", period="", printed_at=now,
                            public=public, signatures=False)
    width = heading.pagesize[0] - 2 * house.MARGIN
    return house.build(out, heading, _sign_story(info, width, now, control), control)
