"""小区信息: opening hours, service phone, the project manager (photo only
when allowed), the 码上办 QR code with what it is for, the complaint phones,
and when each item of the disclosure list was last published."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from desktop.ui.kiosk.parts import card, label, scroller
from desktop.ui.kiosk.qr import qr_image
from desktop.ui.query import labels
from localdb.kiosk.panel import CommunityPanel

QR_SIZE = 360


class PanelPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel: CommunityPanel | None = None
        self.title = label(self.tr("小区信息"), "pageTitle")
        self.facts = label()
        self.photo = label(wrap=False)
        self.photo.hide()
        about = card()
        about_lay = QHBoxLayout(about)
        about_lay.setContentsMargins(24, 20, 24, 20)
        about_lay.addWidget(self.facts, 1)
        about_lay.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)

        self.qr = label(wrap=False)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_title = label(self.tr("码上办 · 一区一码"), "section")
        self.qr_text = label(self.tr(
            "用微信“扫一扫”扫描左侧二维码，即可反映问题、报事报修或投诉，并随时查看办理进度。"
            "物业项目经理接到后：工作时间内 4 小时内响应，其他时间 8 小时内响应；"
            "一般问题 2 个工作日内办结。"))
        self.qr_url = label("", "muted")
        self.phones = label()
        qr_side = QVBoxLayout()
        qr_side.addWidget(self.qr_title)
        qr_side.addWidget(self.qr_text)
        qr_side.addWidget(self.qr_url)
        qr_side.addWidget(self.phones)
        qr_side.addStretch(1)
        qr_card = card()
        self.qr_lay = QBoxLayout(QBoxLayout.Direction.LeftToRight, qr_card)
        self.qr_lay.setContentsMargins(24, 20, 24, 20)
        self.qr_lay.setSpacing(24)
        self.qr_lay.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.qr_lay.addLayout(qr_side, 1)

        self.items_title = label(self.tr("信息公开清单：各事项最近一次公开"), "section")
        self.items_box = card()
        self.items = QGridLayout(self.items_box)
        self.items.setContentsMargins(24, 16, 24, 16)
        self.items.setHorizontalSpacing(24)
        self.items.setVerticalSpacing(8)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 20, 28, 28)
        lay.setSpacing(16)
        for w in (self.title, about, qr_card, self.items_title, self.items_box):
            lay.addWidget(w)
        lay.addStretch(1)
        self.area = scroller(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)

    def set_portrait(self, portrait: bool) -> None:
        self.qr_lay.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                 else QBoxLayout.Direction.LeftToRight)
        self.qr_text.setText(self.qr_text.text().replace("左侧", "上方") if portrait
                             else self.qr_text.text().replace("上方", "左侧"))

    def show_panel(self, p: CommunityPanel, scale: float = 1.0) -> None:
        self.panel = p
        self.title.setText(p.name or self.tr("小区信息"))
        lines = [
            self.tr("服务中心开放时间：{hours}").format(hours=p.opening_hours or self.tr("请咨询前台")),
            self.tr("服务电话：{phone}").format(phone=p.service_phone or "—"),
        ]
        if p.manager_name:
            lines.append(self.tr("项目经理：{name}").format(name=p.manager_name))
        if p.address:
            lines.append(self.tr("地址：{address}").format(address=p.address))
        self.facts.setText("\n".join(lines))
        photo = QPixmap()
        if p.manager_photo and photo.loadFromData(p.manager_photo):
            side = int(200 * scale)
            self.photo.setPixmap(photo.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
            self.photo.show()
        else:
            self.photo.clear()
            self.photo.hide()
        if p.qr_url:
            self.qr.setPixmap(QPixmap.fromImage(qr_image(p.qr_url, int(QR_SIZE * scale))))
            self.qr_url.setText(p.qr_url)
        else:
            self.qr.clear()
            self.qr_url.setText(self.tr("本小区的码上办二维码尚未设置，请到服务中心前台反映问题。"))
        phones = [(self.tr("项目投诉电话"), p.project_phone), (self.tr("企业投诉电话"), p.company_phone),
                  (p.authority_name or self.tr("行业主管部门"), p.authority_phone)]
        self.phones.setText("\n".join(f"{name}：{number}" for name, number in phones if number))
        while self.items.count():
            item = self.items.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        for r, it in enumerate(p.items):
            when = labels.local_date(it.last_published_at) or self.tr("尚未公开")
            self.items.addWidget(label(it.name), r, 0)
            self.items.addWidget(label(it.frequency, "muted", wrap=False), r, 1)
            self.items.addWidget(label(when, wrap=False), r, 2)
        self.items.setColumnStretch(0, 1)
        self.items_title.setVisible(bool(p.items))
        self.items_box.setVisible(bool(p.items))
