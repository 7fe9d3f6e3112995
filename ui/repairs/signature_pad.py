"""The customer's signature on screen: strokes drawn with a mouse, a pen or a finger are kept as a
QPainterPath and exported as a PNG cropped to the ink for the service to seal; or "signed on paper"
is ticked."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

INK = QColor("#10204a")
PEN_WIDTH = 2.5
PAD_SIZE = QSize(480, 180)
INK_MARGIN = 8  # px of white kept around the ink in the exported image


class SignaturePad(QWidget):
    """A white area to sign on; each stroke starts with moveTo so separate letters stay apart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setMinimumSize(PAD_SIZE)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Signature pad"))
        self.path = QPainterPath()
        self._drawing = False
        self._points = 0

    def is_empty(self) -> bool:
        """A tap leaves a point, not a signature: at least a few points of real movement."""
        return self._points < 3

    def clear(self) -> None:
        self.path = QPainterPath()
        self._drawing = False
        self._points = 0
        self.update()

    # ------------------------------------------------------------ input

    def _start(self, at: QPointF) -> None:
        self._drawing = True
        self.path.moveTo(at)
        self.update()

    def _extend(self, at: QPointF) -> None:
        if not self._drawing:
            return
        self.path.lineTo(at)
        self._points += 1
        self.update()

    def _stop(self) -> None:
        self._drawing = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._stop()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: accepted here so Qt does not also synthesise mouse events for it."""
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._start(event.position())
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._stop()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        touch_kinds = (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        )
        if kind in touch_kinds and isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                at = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._start(at)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(at)
                else:
                    self._stop()
            event.accept()
            return True
        return super().event(event)

    # ------------------------------------------------------------ output

    def _paint_ink(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(self.path)

    def paintEvent(self, event: QPaintEvent) -> None:
        """White paper, a dashed guide to sign on (on screen only, never exported), the ink."""
        painter = QPainter(self)
        area = QRectF(self.rect())
        painter.fillRect(area, QColor("white"))
        painter.setPen(QPen(QColor("#c8c8c8"), 1, Qt.PenStyle.DashLine))
        baseline = area.bottom() - area.height() * 0.22
        painter.drawLine(QPointF(area.left() + 16, baseline), QPointF(area.right() - 16, baseline))
        self._paint_ink(painter)
        painter.setPen(QPen(QColor("#8a8a8a"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def ink_rect(self) -> QRect:
        """The strokes' extent with the pen's width and a small margin, within the pad."""
        grow = PEN_WIDTH / 2 + INK_MARGIN
        extent = self.path.boundingRect().adjusted(-grow, -grow, grow, grow)
        return extent.toAlignedRect().intersected(self.rect())

    def to_png(self) -> bytes:
        """The ink on white, cropped to ink_rect() so the printed form can show it large, as PNG
        bytes; b"" when unsigned."""
        crop = self.ink_rect()
        if self.is_empty() or crop.isEmpty():
            return b""
        image = QImage(crop.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(-crop.topLeft().toPointF())
        self._paint_ink(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; 6.12 wants str
        buffer.close()
        return bytes(data.data())


class SignatureField(QWidget):
    """The pad with its Clear button, and the tick for a signature given on the paper copy."""

    def __init__(self, hint_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("C&lear signature"))
        self.clear_button.setObjectName("signature_clear")
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.pad.clear)
        self.on_paper = QCheckBox(self.tr("Signed on &paper (the paper copy is kept)"))
        self.on_paper.setObjectName("signed_on_paper")
        self.on_paper.toggled.connect(self._paper_toggled)
        hint = QLabel(
            hint_text or self.tr("Customer signs here with the mouse, a pen or a finger:")
        )
        row = QHBoxLayout()
        row.addWidget(self.on_paper, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.pad, 1)
        layout.addLayout(row)

    def _paper_toggled(self, on_paper: bool) -> None:
        self.pad.setEnabled(not on_paper)
        self.clear_button.setEnabled(not on_paper)
        if on_paper:
            self.pad.clear()

    def signature_png(self) -> bytes:
        return b"" if self.on_paper.isChecked() else self.pad.to_png()

    def signed_on_paper(self) -> bool:
        return self.on_paper.isChecked()

    def is_signed(self) -> bool:
        return self.on_paper.isChecked() or not self.pad.is_empty()
