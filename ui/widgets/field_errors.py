"""Error text shown right under the field it concerns, keyed by the service's field names."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b3261e;"


class FieldErrors:
    """One hidden label per field; show(field, text) reveals it and focuses the field."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> QLabel:
        """Add `widget` with an error label beneath it; the row label gets a buddy for Alt keys."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = self.error_label(field)
        column.addWidget(error)
        row_label = QLabel(label)
        row_label.setBuddy(widget)
        form.addRow(row_label, box)
        self._fields[field] = widget
        return error

    def error_label(self, field: str) -> QLabel:
        if field not in self._labels:
            error = QLabel()
            error.setObjectName(f"error_{field}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self._labels[field] = error
        return self._labels[field]

    def show(self, field: str, text: str) -> bool:
        """Show the error; False if no label is known for that field (caller shows it elsewhere)."""
        label = self._labels.get(field)
        if label is None:
            return False
        label.setText(text)
        label.show()
        widget = self._fields.get(field)
        if widget is not None:
            widget.setFocus()
        return True

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def has(self, field: str) -> bool:
        return field in self._labels

    def widget(self, field: str) -> QWidget | None:
        """The input widget of `field`, e.g. to bring its tab forward before show()."""
        return self._fields.get(field)


def message_label(object_name: str) -> QLabel:
    """A hidden, wrapping, red label for a refusal that belongs to no single field."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def ok_cancel(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK/Cancel wired to the dialog's accept/reject, with our own words and Alt keys."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
