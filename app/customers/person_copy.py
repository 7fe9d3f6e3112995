"""The right to a copy (PIPL art. 45): everything held about one person, as JSON and as a PDF."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.customers.attachments import TABLE as ATTACHMENT_TABLE
from app.customers.consents import consent_records
from app.customers.corrections import ChangeRecord, read_changes
from app.customers.oversight import FileView, file_views
from app.customers.schemas import ConsentRecord, CustomerRecord
from app.customers.store import open_row
from app.customers.validation import display_phone
from app.errors import ValidationError
from app.files import atomic_write_bytes, atomic_write_text
from app.forms.pdf_blocks import draw_field_grid
from app.forms.pdf_canvas import FormCanvas, draw_text, ensure_space, mm
from app.security.audit import AuditAction, AuditTrail
from app.security.desk_session import DeskSession
from app.security.permissions import Permission
from db.models import Customer, CustomerAttachment
from db.session import UnitOfWork

FIELD_LABELS = {
    "number": "客户编号",
    "name": "姓名",
    "gender": "性别",
    "birthday": "生日",
    "phone": "手机",
    "other_phones": "其他电话",
    "email": "电子邮箱",
    "address": "地址",
    "occupation": "职业",
    "id_doc_type": "证件类型",
    "id_number": "证件号码",
    "id_expiry": "证件有效期",
    "interests": "兴趣爱好",
    "habits": "习惯与特殊需求",
    "tags": "标签",
    "notes": "备注",
    "value_tier": "客户等级",
    "activity": "活跃状态",
    "source": "来源",
    "confidentiality": "密级",
    "retention_until": "保管期限至",
}


@dataclass(frozen=True)
class PersonCopy:
    record: CustomerRecord
    consents: list[ConsentRecord]
    corrections: list[ChangeRecord]
    attachments: list[dict[str, Any]]
    views: list[FileView]


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def copy_as_json(copy: PersonCopy) -> str:
    data = {
        "customer": {k: _plain(v) for k, v in dataclasses.asdict(copy.record).items()},
        "consents": [
            {k: _plain(v) for k, v in dataclasses.asdict(c).items()} for c in copy.consents
        ],
        "corrections": [
            {
                "field": c.field,
                "changed_at": c.changed_at.isoformat(),
                "staff": c.staff,
                "reason": c.reason,
                "old": c.old_value,
                "new": c.new_value,
            }
            for c in copy.corrections
        ],
        "attachments": copy.attachments,
        "views": [
            {"at": v.at.isoformat(), "staff": v.display_name or v.username, "reason": v.reason}
            for v in copy.views
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


# The printed copy is for the customer: the venue's words, not the stored codes.
CODE_ZH: dict[str, dict[str, str]] = {
    "gender": {"male": "男", "female": "女"},
    "id_doc_type": {
        "mainland_id": "居民身份证",
        "hk_macao_permit": "港澳通行证",
        "taiwan_permit": "台湾通行证",
        "passport": "护照",
        "other": "其他证件",
    },
    "value_tier": {"regular": "普通客户", "vip": "贵宾客户", "diamond": "钻石客户"},
    "activity": {"active": "活跃", "dormant": "休眠", "potential": "潜在客户"},
    "source": {
        "walk_in": "到店",
        "referral": "客户介绍",
        "phone": "电话",
        "online": "网络",
        "event": "活动",
        "partner": "合作方",
    },
    "confidentiality": {"normal": "普通", "confidential": "机密", "top_secret": "绝密"},
    "purpose": {
        "service": "服务",
        "marketing": "营销信息",
        "photos": "照片",
        "sensitive_id": "证件信息（单独同意）",
        "guardian": "监护人同意",
    },
    "method": {"paper": "纸质签字", "on_screen": "屏幕确认", "verbal": "口头"},
}


def _show(key: str, value: object) -> str:
    if key in ("phone", "other_phones"):
        phones = value if isinstance(value, tuple) else (value,)
        return "、".join(display_phone(str(p)) for p in phones if p)
    if isinstance(value, tuple):
        return "、".join(value)
    if value is None:
        return ""
    return CODE_ZH.get(key, {}).get(str(value), str(value))


def render_copy_pdf(copy: PersonCopy, venue_name: str) -> bytes:
    c = FormCanvas(venue_name=venue_name, form_title="个人信息副本", classification="机密")
    rows = [(label, _show(key, getattr(copy.record, key))) for key, label in FIELD_LABELS.items()]
    y = c.top
    for start in range(0, len(rows), 6):
        y = ensure_space(c, y, 6 * 12 * mm)
        y = draw_field_grid(c, rows[start : start + 6], c.left, y, c.width)
    sections = [
        (
            "知情同意记录",
            [
                (
                    f"{_show('purpose', x.purpose)} · {_show('method', x.method)}",
                    f"{x.granted_at:%Y-%m-%d %H:%M} 记录人 {x.recorded_by}"
                    + (f"；{x.withdrawn_at:%Y-%m-%d} 撤回" if x.withdrawn_at else ""),
                )
                for x in copy.consents
            ],
        ),
        (
            "更正记录",
            [
                (
                    FIELD_LABELS.get(x.field, x.field),
                    f"{x.changed_at.astimezone():%Y-%m-%d %H:%M} {x.old_value} → {x.new_value}",
                )
                for x in copy.corrections
            ],
        ),
        ("附件", [(x["kind"], f"{x['filename']} ({x['size']} 字节)") for x in copy.attachments]),
        (
            "查阅记录",
            [
                (
                    f"{v.at.astimezone():%Y-%m-%d %H:%M}",
                    f"{v.display_name or v.username} {v.reason}",
                )
                for v in copy.views
            ],
        ),
    ]
    for title, items in sections:
        y = ensure_space(c, y - 6, 40)
        draw_text(c, title, c.left, y - 14, size=12, bold=True)
        y -= 20
        for start in range(0, max(len(items), 1), 8):
            chunk = items[start : start + 8] or [("—", "无")]
            y = ensure_space(c, y, len(chunk) * 12 * mm)
            y = draw_field_grid(c, chunk, c.left, y, c.width, label_width=45 * mm)
    return c.pdf_bytes()


class PersonCopyService:
    def __init__(
        self, uow: UnitOfWork, desk: DeskSession, audit: AuditTrail, venue_name: str
    ) -> None:
        self._uow, self._desk, self._audit, self._venue_name = uow, desk, audit, venue_name

    def gather(self, customer_id: str) -> PersonCopy:
        self._desk.require(Permission.EXPORT_DATA)
        keys = self._desk.keys
        with self._uow() as s:
            row = s.get(Customer, customer_id)
            if row is None:
                raise ValidationError("customer", "not_found")
            attachments = [
                {
                    "id": a.id,
                    "kind": a.kind,
                    "size": a.size,
                    "content_type": a.content_type,
                    "filename": keys.open_text(
                        a.filename, table=ATTACHMENT_TABLE, column="filename", row_id=a.id
                    )
                    or "",
                }
                for a in s.scalars(
                    select(CustomerAttachment).where(CustomerAttachment.customer_id == customer_id)
                )
            ]
            return PersonCopy(
                open_row(keys, row),
                consent_records(s, keys, customer_id),
                read_changes(s, keys, customer_id),
                attachments,
                file_views(s, customer_id),
            )

    def export(self, customer_id: str, out_dir: Path) -> list[Path]:
        """Writes <number>.json, <number>.pdf and the attachments; the export itself is audited."""
        actor = self._desk.require(Permission.EXPORT_DATA)
        copy = self.gather(customer_id)
        number = copy.record.number
        out_dir.mkdir(parents=True, exist_ok=True)
        written = [out_dir / f"{number}.json", out_dir / f"{number}.pdf"]
        atomic_write_text(written[0], copy_as_json(copy))
        atomic_write_bytes(written[1], render_copy_pdf(copy, self._venue_name))
        keys = self._desk.keys
        with self._uow() as s:
            for info in copy.attachments:
                att = s.get(CustomerAttachment, info["id"])
                if att is None:
                    continue
                content = keys.open_bytes(
                    att.content, table=ATTACHMENT_TABLE, column="content", row_id=att.id
                )
                safe = "".join(ch for ch in info["filename"] if ch not in '\\/:*?"<>|') or att.id
                path = out_dir / "attachments" / f"{att.id[:8]}-{safe}"
                atomic_write_bytes(path, content or b"")
                written.append(path)
            self._audit.record(
                s,
                actor,
                AuditAction.DATA_EXPORTED,
                entity="person_copy",
                entity_id=customer_id,
                customer_id=customer_id,
                detail={"files": len(written)},
            )
        return written
