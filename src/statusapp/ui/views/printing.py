"""File > Print and Print preview: the pages of the PDF export, as the core typesets them.

One renderer for the file, the printout and the preview (Typst, in documents/pdf.py): each page
is rendered as an image at the printer's resolution and drawn on the whole sheet, so what the
preview shows is what the PDF holds.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from statusapp.services.exports import ReportDocument, report_page_images

# The preview and a printer driver never need more: 300 dots per inch is print quality, and
# an A4 page at 300 ppi is 25 MB decoded, one page at a time.
MOST_PPI = 300.0


def page_layout() -> QPageLayout:
    """A4 landscape without margins: the pages carry their own (15 mm)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def paint_report(report: ReportDocument, device: QPagedPaintDevice) -> int:
    """Draw every page on a printer (set up with `page_layout`); returns the page count."""
    ppi = min(float(device.resolution()), MOST_PPI)
    pages = report_page_images(report, ppi)
    sheet = device.pageLayout().fullRectPixels(device.resolution())
    painter = QPainter(device)
    try:
        for number, png in enumerate(pages):
            if number:
                device.newPage()
            image = QImage.fromData(png, "PNG")
            target = QRectF(0, 0, sheet.width(), sheet.height())
            painter.drawImage(target, image, QRectF(image.rect()))
    finally:
        painter.end()
    return len(pages)
