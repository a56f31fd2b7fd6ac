"""Masking personal data for what residents and the public see (个人信息保护法 art. 25, 73).

One set of rules for the kiosk and every ``--public`` print: a name keeps its
surname (张三 → 张*, 欧阳娜娜 → 欧阳**), a phone keeps enough to be recognised
by its owner (138****1234, 028-****1234), and free text loses every mobile
number and every known resident's full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.models import Complaint, Resident

MASK = "*"

#: Two-character surnames common enough to meet at a service desk (复姓).
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 "
    "西门 百里 呼延 澹台 公冶 太史 申屠 钟离 闻人 赫连 万俟 濮阳 淳于 单于 拓跋 第五 左丘 东郭 "
    "公羊 仲孙 梁丘 司空 司寇 子车 颛孙 巫马 公西 漆雕 乐正 壤驷 谷梁 宰父 羊舌 微生 "
    "公良 南门 东门 鲜于 闾丘 亓官 段干".split()
)

# An 11-digit mainland mobile, also typed in groups (138 1234 1234, 138-1234-1234),
# not part of a longer run of digits.
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)(1\d{2})[- ]?(\d{4})[- ]?(\d{4})(?!\d)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A household's address in free text: 3栋2单元1502(室), 3栋-2单元-1502, 3-2-1502,
# 1502室 / 1502号房. The building and unit stay (they are common knowledge);
# the room number goes.
_ROOM_IN_TEXT = re.compile(
    r"(?P<lead>\d+栋[-\s]?\d+单元[-\s]?)(?P<room>\d{3,4})"
    r"|(?<![\d-])(?P<lead2>\d{1,2}-\d{1,2}-)(?P<room2>\d{3,4})(?![\d-])"
    r"|(?<!\d)(?P<room3>\d{3,4})(?=室|号房)"
)


def mask_name(name: str) -> str:
    """Keep the surname, star the rest: 张三 → 张*, 欧阳娜娜 → 欧阳**, 王 → 王*.
    A Latin name keeps its first letter: Smith → S****."""
    name = name.strip()
    if not name:
        return ""
    if not _CJK.match(name):
        return name[0] + MASK * max(1, len(name) - 1)
    keep = 2 if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else 1
    return name[:keep] + MASK * max(1, len(name) - keep)


def mask_phone(phone: str) -> str:
    """138****1234 for a mobile; a landline keeps its area code and last four
    digits (028-****1234); anything else keeps at most its last four digits."""
    text = phone.strip()
    if not text:
        return ""
    compact = re.sub(r"[\s()-]", "", text)
    if compact.startswith("+86"):
        compact = compact[3:]
    digits = re.sub(r"\D", "", compact)
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}{MASK * 4}{digits[-4:]}"
    area = re.match(r"0(?:10|2\d|[3-9]\d{2})", digits) if digits.startswith("0") else None
    if area and len(digits) - area.end() >= 7:
        local = digits[area.end():]
        return f"{area.group()}-{MASK * (len(local) - 4)}{local[-4:]}"
    if len(digits) <= 4:
        return MASK * len(digits) if digits else MASK * 4
    return MASK * (len(digits) - 4) + digits[-4:]


def mask_mobiles(text: str) -> str:
    """Every mobile number in free text, masked (also when typed in groups)."""
    return _MOBILE_IN_TEXT.sub(lambda m: f"{m.group(1)}{MASK * 4}{m.group(3)}", text)


def mask_rooms(text: str) -> str:
    """Every room number in free text starred (3栋2单元1502 → 3栋2单元****):
    on a public surface a room is shown only where a record is about common parts."""

    def star(m: re.Match[str]) -> str:
        lead = m.group("lead") or m.group("lead2") or ""
        room = m.group("room") or m.group("room2") or m.group("room3") or ""
        return lead + MASK * len(room)

    return _ROOM_IN_TEXT.sub(star, text)


class Scrubber:
    """Masks mobiles and the given full names wherever they appear in free text.

    Names are found by their first character, longest first, so 欧阳娜娜 is
    masked whole even when 欧阳娜 is also known; single characters are not
    names (they would star every 王 in 王府井)."""

    def __init__(self, names: Iterable[str]) -> None:
        index: dict[str, set[str]] = {}
        for raw in names:
            name = raw.strip()
            if len(name) >= 2:
                index.setdefault(name[0], set()).add(name)
        self._names = {first: sorted(group, key=len, reverse=True) for first, group in index.items()}

    def __call__(self, text: str) -> str:
        if not text:
            return text
        text = mask_mobiles(text)
        names = self._names
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            candidates = names.get(text[i])
            if candidates:
                for name in candidates:
                    if text.startswith(name, i):
                        out.append(mask_name(name))
                        i += len(name)
                        break
                else:
                    out.append(text[i])
                    i += 1
            else:
                out.append(text[i])
                i += 1
        return "".join(out)


def known_names(session: Session) -> set[str]:
    """Every resident's name and every contact name typed on a complaint."""
    names = set(session.execute(select(Resident.name).distinct()).scalars())
    names |= set(session.execute(select(Complaint.contact_name).distinct()).scalars())
    return {n for n in names if n}


def resident_scrubber(session: Session) -> Scrubber:
    return Scrubber(known_names(session))
