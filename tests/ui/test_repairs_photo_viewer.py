"""The full-size photo viewer on a real venue: opened from a thumbnail of the order view by
double-click or Enter, stepping between the order's photos, fitted to the window as it is resized;
and from the photo picker's list before the order is saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.app.repair_helpers import customer, intake, shop
from ui.repairs.order_view import PHOTO_LINK, OrderView
from ui.repairs.photo_picker import PhotoPicker
from ui.repairs.photo_viewer import PhotoViewerDialog

PHOTOS = (  # stage, file name, colour, size
    ("before", "柜门 正面.png", QColor("#d01010"), QSize(1600, 1200)),
    ("before", "锁芯.png", QColor("#10a010"), QSize(900, 1400)),
    ("after", "修好了.png", QColor("#1010d0"), QSize(640, 480)),
)


def png(colour: QColor, size: QSize) -> bytes:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def shown(viewer: PhotoViewerDialog) -> tuple[QColor, QSize]:
    """The colour drawn at the middle of the viewer's canvas, and the photo's own size."""
    canvas = viewer.canvas
    middle = canvas.grab().toImage().pixelColor(canvas.width() // 2, canvas.height() // 2)
    return middle, canvas.pixmap().size()


def same_colour(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 8


Photo = tuple[str, str, QColor, QSize]


def assert_showing(viewer: PhotoViewerDialog, photos: list[Photo], number: int) -> None:
    stage, name, colour, size = photos[number]
    middle, own_size = shown(viewer)
    assert same_colour(middle, colour) and own_size == size
    assert viewer.index == number
    assert viewer.counter.text() == f"{number + 1} / {len(photos)}"
    assert name in viewer.caption.text()
    assert ("维修前" if stage == "before" else "维修后") in viewer.caption.text()


def order_view(qtbot: QtBot, admin: Services) -> tuple[OrderView, list[str], list[Photo]]:
    """The order's view with three photos; their ids and what they hold, in the order's order."""
    t = shop(admin)
    order = intake(t, customer(t))
    for stage, name, colour, size in PHOTOS:
        t.repairs.add_photo(order.id, stage, name, png(colour, size))
    order = t.repairs.open(order.id)
    by_name = {photo[1]: photo for photo in PHOTOS}
    view = OrderView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_order(order, None, t.repairs.photo)
    return view, [p.id for p in order.photos], [by_name[p.filename] for p in order.photos]


def link_cursor(view: OrderView, photo_id: str) -> QTextCursor:
    """A cursor selecting the photo's thumbnail link, as Tab leaves it."""
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == PHOTO_LINK + photo_id:
                cursor = QTextCursor(view.document())
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                return cursor
            it += 1
        block = block.next()
    raise AssertionError(f"no link to photo {photo_id}")


def thumbnail_point(view: OrderView, photo_id: str) -> QPoint:
    """A point on the thumbnail, scrolled into view."""
    cursor = link_cursor(view, photo_id)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    rect = view.cursorRect(start)
    point = QPoint(rect.left() + 40, rect.center().y())
    assert view.anchorAt(point) == PHOTO_LINK + photo_id
    return point


def test_a_double_clicked_thumbnail_opens_the_viewer_which_steps_through_the_photos(
    qtbot: QtBot, admin: Services
) -> None:
    view, ids, photos = order_view(qtbot, admin)
    assert view.viewer is None
    qtbot.mouseDClick(  # type: ignore[no-untyped-call]
        view.viewport(), Qt.MouseButton.LeftButton, pos=thumbnail_point(view, ids[1])
    )
    viewer = view.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitExposed(viewer)
    assert_showing(viewer, photos, 1)
    viewer.next.click()
    assert_showing(viewer, photos, 2)
    assert not viewer.next.isEnabled() and viewer.previous.isEnabled()
    viewer.previous.click()
    viewer.previous.click()
    assert_showing(viewer, photos, 0)
    assert not viewer.previous.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert_showing(viewer, photos, 1)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    qtbot.waitUntil(lambda: view.viewer is None)


def sized(viewer: PhotoViewerDialog, size: QSize) -> Callable[[], bool]:
    """True once the viewer and its canvas have taken `size` (layouts settle a little later)."""
    return lambda: viewer.size() == size and viewer.canvas.height() > size.height() // 2


def test_the_photo_is_fitted_to_the_window_and_follows_its_size(
    qtbot: QtBot, admin: Services
) -> None:
    view, ids, photos = order_view(qtbot, admin)
    large = photos.index(PHOTOS[0])  # 1600 × 1200
    view.setTextCursor(link_cursor(view, ids[large]))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    viewer = view.viewer
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert_showing(viewer, photos, large)
    for size in (QSize(700, 500), QSize(1100, 800)):
        viewer.resize(size)
        qtbot.waitUntil(sized(viewer, size))
        canvas, scaled = viewer.canvas.size(), viewer.canvas.scaled_pixmap().size()
        assert scaled.width() <= canvas.width() and scaled.height() <= canvas.height()
        assert scaled.width() == canvas.width() or scaled.height() == canvas.height()
        assert abs(scaled.width() / scaled.height() - 4 / 3) < 0.02
    viewer.show_photo(photos.index(PHOTOS[2]))  # 640 × 480: fits, and is not blown up
    assert viewer.canvas.scaled_pixmap().size() == QSize(640, 480)
    viewer.close()


def test_the_pickers_photos_open_full_size_before_the_order_is_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    picker = PhotoPicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.add_file(tmp_path / "不存在.jpg")  # listed with its error, not a photo
    for _stage, name, colour, size in PHOTOS[:2]:
        picker.add_photo(name, png(colour, size))
    assert not picker.list.item(1).icon().isNull()
    picker.list.itemActivated.emit(picker.list.item(2))
    viewer = picker.viewer
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert_showing(viewer, list(PHOTOS[:2]), 1)
    viewer.close()
    picker.list.itemActivated.emit(picker.list.item(0))  # the error line opens nothing
    qtbot.waitUntil(lambda: picker.viewer is None)
    picker.list.setCurrentRow(1)
    picker.remove_selected()
    assert [name for name, _ in picker.photos] == [PHOTOS[1][1]]
