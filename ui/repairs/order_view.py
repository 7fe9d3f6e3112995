"""The whole order on one page: every section, the fee lines at the prices of their day, the
signature image, the photos and the state history with who and when (read-only HTML). A photo's
thumbnail opens the full-size viewer on double-click, or on Enter once Tab has reached it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.members.schemas import yuan
from app.repairs.schemas import RepairEventRecord, RepairRecord
from ui.repairs.photo_viewer import PhotoViewerDialog, ViewerPhoto, decode_photo
from ui.repairs.repair_messages import (
    category_texts,
    event_texts,
    late_text,
    state_texts,
    text_of,
    urgency_texts,
    via_texts,
)
from ui.repairs.repair_model import local_minute

THUMB_WIDTH = 180
SIGNATURE_WIDTH = 320
PHOTO_LINK = "repair://photo/"


def _table(rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{escape(k)}</td><td>{v}</td></tr>"
        for k, v in rows
        if v
    )
    return f"<table cellspacing='2'>{cells}</table>"


def _grid(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class OrderView(QTextBrowser):
    """Images (signature, photos) are handed in as loaders so the view never asks twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repair_order_view")
        self.setOpenLinks(False)
        self.order: RepairRecord | None = None
        self.photos: list[ViewerPhoto] = []  # those that could be loaded, in the order's order
        self._photo_index: dict[str, int] = {}
        self.viewer: PhotoViewerDialog | None = None

    def show_order(
        self,
        order: RepairRecord,
        signature: bytes | None,
        photo: Callable[[str], bytes | None],
    ) -> None:
        self.order = order
        self.photos, self._photo_index = [], {}
        doc = self.document()
        parts = [self._head(order), self._work(order), self._fees(order)]
        parts.append(self._signature(order, signature, doc))
        parts.append(self._check(order))
        parts.append(self._photos(order, photo, doc))
        parts.append(self._history(order.events))
        self.setHtml("".join(parts))

    def clear_order(self) -> None:
        self.order = None
        self.photos, self._photo_index = [], {}
        self.clear()

    def open_photo(self, photo_id: str) -> None:
        """The full-size viewer on this photo, stepping through all of the order's photos."""
        index = self._photo_index.get(photo_id)
        if index is None:
            return
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = PhotoViewerDialog(self.photos, index, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.destroyed.connect(self._viewer_gone)
        self.viewer.open()

    def _viewer_gone(self) -> None:
        self.viewer = None

    def _photo_at_cursor(self) -> str:
        """The photo whose link Tab has selected, or ""."""
        href = self.textCursor().charFormat().anchorHref()
        return href.removeprefix(PHOTO_LINK) if href.startswith(PHOTO_LINK) else ""

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        href = self.anchorAt(event.position().toPoint())
        if href.startswith(PHOTO_LINK):
            self.open_photo(href.removeprefix(PHOTO_LINK))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        photo_id = self._photo_at_cursor()
        if photo_id and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_photo(photo_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def _section(self, title: str) -> str:
        return f"<h3 style='margin-top:10px'>{escape(title)}</h3>"

    def _head(self, o: RepairRecord) -> str:
        heading = self.tr("Repair order {number}").format(number=o.number)
        title = f"<h2>{escape(heading)}</h2>"
        window = f"{local_minute(o.appointment_start)}–{o.appointment_end.astimezone():%H:%M}"
        if o.rescheduled:
            window += " " + escape(
                self.tr("(new time agreed: {reason})").format(reason=o.reschedule_reason)
            )
        customer = " ".join(x for x in (o.customer_name, o.customer_number, o.customer_phone) if x)
        return title + _table(
            [
                (self.tr("State"), escape(text_of(state_texts(), o.state))),
                (self.tr("Reported"), escape(local_minute(o.reported_at))),
                (self.tr("Reported via"), escape(text_of(via_texts(), o.reported_via))),
                (self.tr("Recorded by"), escape(o.created_by_name)),
                (self.tr("Requester"), escape(customer) or escape(self.tr("(the venue itself)"))),
                (self.tr("Category"), escape(text_of(category_texts(), o.category))),
                (self.tr("Urgency"), escape(text_of(urgency_texts(), o.urgency))),
                (self.tr("Place and item"), escape(o.location)),
                (self.tr("What is wrong"), _lines(o.fault)),
                (self.tr("Appointment"), window),
            ]
        )

    def _work(self, o: RepairRecord) -> str:
        return self._section(self.tr("Engineering")) + _table(
            [
                (
                    self.tr("Technician"),
                    escape(o.technician_name) or escape(self.tr("(not dispatched)")),
                ),
                (self.tr("Dispatched"), escape(local_minute(o.dispatched_at))),
                (self.tr("Arrived"), escape(local_minute(o.arrived_at))),
                (self.tr("Punctuality"), escape(late_text(o.late))),
                (self.tr("Work done"), _lines(o.work_done)),
                (self.tr("Parts used"), "<br>".join(escape(p) for p in o.parts)),
                (self.tr("Finished"), escape(local_minute(o.finished_at))),
            ]
        )

    def _fees(self, o: RepairRecord) -> str:
        day = o.fee_effective_from.isoformat() if o.fee_effective_from else ""
        title = self._section(self.tr("Fees (fee standard of {day})").format(day=day))
        if not o.lines:
            return title + escape(self.tr("No fee items."))
        rows = []
        for line in o.lines:
            note = ""
            if line.other:
                note = (
                    self.tr("other, approved")
                    if line.approved
                    else self.tr("other, NOT yet approved")
                )
            rows.append(
                [
                    escape(line.name),
                    escape(line.unit),
                    yuan(line.unit_price_fen),
                    f"{line.quantity_milli / 1000:g}",
                    yuan(line.amount_fen),
                    escape(note),
                ]
            )
        header = [
            self.tr("Item"),
            self.tr("Unit"),
            self.tr("Price"),
            self.tr("Quantity"),
            self.tr("Amount"),
            self.tr("Note"),
        ]
        agreed = local_minute(o.fees_agreed_at) or self.tr("not yet agreed by the customer")
        total = yuan(o.total_fen) + (
            " " + self.tr("(free under warranty)") if o.under_warranty else ""
        )
        return (
            title
            + _grid(header, rows)
            + _table(
                [
                    (self.tr("Cost limit"), yuan(o.fee_limit_fen) if o.fee_limit_fen else ""),
                    (self.tr("Customer agreed"), escape(agreed)),
                    (self.tr("To pay (yuan)"), escape(total)),
                ]
            )
        )

    def _signature(self, o: RepairRecord, png: bytes | None, doc: QTextDocument) -> str:
        title = self._section(self.tr("Customer's signature"))
        if o.signed_on_paper:
            return title + escape(
                self.tr("Signed on paper ({time}); the paper copy is kept.").format(
                    time=local_minute(o.signed_at)
                )
            )
        if png:
            url = QUrl(f"repair://signature/{o.id}")
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, QImage.fromData(png))
            stamp = escape(local_minute(o.signed_at))
            return title + f"<img src='{url.toString()}' width='{SIGNATURE_WIDTH}'><br>{stamp}"
        return title + escape(self.tr("Not signed yet."))

    def _check(self, o: RepairRecord) -> str:
        result = {"pass": self.tr("Passed"), "fail": self.tr("Failed")}.get(o.check_result, "")
        rows = [
            (self.tr("Check"), escape(result)),
            (self.tr("Checked by"), escape(o.checked_by_name)),
            (self.tr("Checked"), escape(local_minute(o.checked_at))),
            (self.tr("Check note"), _lines(o.check_note)),
            (self.tr("Failed checks"), str(o.check_failures) if o.check_failures else ""),
            (self.tr("Closed"), escape(local_minute(o.closed_at))),
            (self.tr("Cancelled because"), _lines(o.cancel_reason)),
        ]
        if o.followup_drawn_month:
            answer = {
                True: self.tr("satisfied"),
                False: self.tr("not satisfied"),
                None: self.tr("not called yet"),
            }
            rows.append(
                (
                    self.tr("Follow-up call"),
                    escape(f"{o.followup_drawn_month}: {answer[o.followup_satisfied]} ")
                    + _lines(o.followup_note),
                )
            )
        return self._section(self.tr("Check and closing")) + _table(rows)

    def _photos(
        self, o: RepairRecord, load: Callable[[str], bytes | None], doc: QTextDocument
    ) -> str:
        if not o.photos:
            return ""
        cells = []
        hint = escape(self.tr("Double-click to see it full size"))
        for p in o.photos:
            data = load(p.id)
            stage = self.tr("before") if p.stage == "before" else self.tr("after")
            caption = escape(f"{stage}: {p.filename}")
            if data:
                self._photo_index[p.id] = len(self.photos)
                self.photos.append(ViewerPhoto(p.stage, p.filename, data))
                url = QUrl(f"repair://photo/{p.id}")
                doc.addResource(QTextDocument.ResourceType.ImageResource, url, decode_photo(data))
                link = f"{PHOTO_LINK}{p.id}"
                cells.append(
                    f"<td><a href='{link}' title='{hint}'><img src='{url.toString()}'"
                    f" width='{THUMB_WIDTH}'></a><br>{caption}</td>"
                )
            else:
                cells.append(f"<td>{caption}</td>")
        return self._section(self.tr("Photos")) + f"<table><tr>{''.join(cells)}</tr></table>"

    def _history(self, events: tuple[RepairEventRecord, ...]) -> str:
        rows = []
        for e in events:
            what = text_of(event_texts(), e.kind)
            if e.to_state:
                states = state_texts()
                what += f": {text_of(states, e.from_state)} → {text_of(states, e.to_state)}"
            rows.append(
                [escape(local_minute(e.at)), escape(e.staff_name), escape(what), _lines(e.note)]
            )
        header = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Note")]
        return self._section(self.tr("History")) + _grid(header, rows)
