"""Render the SVG icons to the files that need pixels: statusapp.ico (the Windows executable,
the installer and the Start menu) and, with --preview, a sheet to look at every size.

    python resources/icons/render_icons.py [--preview sheet.png]

The window loads the SVGs themselves (QIcon renders them at each screen's exact pixel size), so
only the .ico is committed. The ICO holds PNG images, which Windows reads since Vista.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
STATUS_NAMES = ("done", "on_track", "longer", "delayed", "none")


def _application():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images: header, one 16-byte entry per image, then the images."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def write_ico(svg: Path, target: Path) -> Path:
    target.write_bytes(ico_bytes({size: render_png(svg, size) for size in ICO_SIZES}))
    return target


def write_preview(target: Path, scales: tuple[float, ...] = (1.0, 1.5, 2.0)) -> Path:
    """Each icon at 16 px times each scale (100%, 150%, 200%), enlarged 4x without smoothing."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter

    names = ["statusapp", *(f"status-{name}" for name in STATUS_NAMES)]
    zoom, cell = 4, 4 * 36
    sheet = QImage(cell * len(names), cell * len(scales), QImage.Format.Format_ARGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    for row, scale in enumerate(scales):
        for column, name in enumerate(names):
            pixels = round(16 * scale)
            icon = QImage.fromData(render_png(ICON_DIR / f"{name}.svg", pixels), "PNG")
            painter.drawImage(
                QRect(column * cell + 4, row * cell + 4, pixels * zoom, pixels * zoom), icon
            )
    painter.end()
    sheet.save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, help="also write a sheet of all icons and sizes")
    args = parser.parse_args(argv)
    _application()
    print(write_ico(ICON_DIR / "statusapp.svg", ICON_DIR / "statusapp.ico"))
    if args.preview:
        print(write_preview(args.preview))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
