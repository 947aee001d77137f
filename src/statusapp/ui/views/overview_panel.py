"""The overview's charts and lists (QtCharts): status counts per pillar beside the previous
round, what improved or worsened, what is delayed or taking longer, and per owner the share
updated. Clicking a bar or an entry asks to select those actions in the tree.

Imported only when the overview is first shown: QtCharts costs start-up time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from statusapp.domain import Status
from statusapp.domain.status import STATUS_ORDER
from statusapp.report.overview import ActionEntry, RoundOverview, StatusCounts
from statusapp.report.progress import NO_OWNER_LABEL
from statusapp.ui.models.status_style import status_caption

NONE_COLOUR = "#D9D9D9"  # 'none' has no colour in the report; a bar needs one
IDS = Qt.ItemDataRole.UserRole


class WrappedLabel(QLabel):
    """A wrapping label that does not ask for height-for-width: with it the dock's scroll area
    would size the panel by its children's preferred heights (the chart's) and push the
    owners' table out of a low dock."""

    def hasHeightForWidth(self) -> bool:
        return False


class OverviewPanel(QWidget):
    actions_chosen = Signal(list)  # action ids to select in the tree

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self.found: RoundOverview | None = None
        self._bars: list[tuple[StatusCounts, str]] = []  # per category: counts, its text
        self.summary = WrappedLabel(self)
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(2 * self.summary.fontMetrics().lineSpacing() + 2)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save chart as PNG…"), self)
        self.save_button.clicked.connect(lambda: self.save_chart())

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart.legend().setMarkerShape(self.chart.legend().MarkerShape.MarkerShapeRectangle)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setObjectName("overviewChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Status per pillar"))
        self.chart_view.setMinimumSize(240, 100)  # small screens: the tree comes first

        self.lists = QTreeWidget(self)
        self.lists.setObjectName("overviewLists")
        self.lists.setAccessibleName(self.tr("Changed, delayed and longer actions"))
        self.lists.setHeaderHidden(True)
        self.lists.itemClicked.connect(self._item_chosen)
        self.lists.itemActivated.connect(self._item_chosen)

        # Both tables count the green tables' actions: the blue ones (additional work) have no
        # status, so counting them here made the owners' total differ from the chart's.
        owners_title = self.tr("Updated in this round, per owner (actions in the green tables)")
        self.owners_caption = WrappedLabel(owners_title, self)
        self.owners_caption.setObjectName("overviewOwnersCaption")
        self.owners_caption.setWordWrap(True)
        self.owners = QTreeWidget(self)
        self.owners.setObjectName("overviewOwners")
        self.owners.setAccessibleName(owners_title)
        self.owners.setHeaderLabels(
            [self.tr("Owner"), self.tr("Updated"), self.tr("Actions"), self.tr("Share")]
        )
        self.owners.setRootIsDecorated(False)
        self.owners.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.owners.header().setStretchLastSection(False)
        self.owners.itemClicked.connect(self._item_chosen)
        self.owners.itemActivated.connect(self._item_chosen)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.lists)
        owners_box = QWidget(self)
        owners_layout = QVBoxLayout(owners_box)
        owners_layout.setContentsMargins(0, 0, 0, 0)
        owners_layout.addWidget(self.owners_caption)
        owners_layout.addWidget(self.owners, 1)
        right.addWidget(owners_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # --- texts ------------------------------------------------------------------------------

    def status_caption(self, status: Status) -> str:
        """Symbol and the status's short name: the chart never relies on colour alone."""
        return status_caption(status)

    # --- showing an overview ------------------------------------------------------------------

    def show_overview(self, found: RoundOverview) -> None:
        self.found = found
        self._fill_chart(found)
        self._fill_lists(found)
        self._fill_owners(found)
        total = found.total
        counts = "  ·  ".join(f"{self.status_caption(s)}: {total.count(s)}" for s in STATUS_ORDER)
        text = self.tr("{round}: %n action(s) in the green tables. {counts}", "", total.total)
        text = text.format(round=found.round.name, counts=counts)
        if found.previous_round is not None:
            text += "\n" + self.tr(
                "Since {previous}: {improved} improved, {worsened} worsened."
            ).format(
                previous=found.previous_round.name,
                improved=len(found.improved),
                worsened=len(found.worsened),
            )
        self.summary.setText(text)

    def _fill_chart(self, found: RoundOverview) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._bars = []
        for pillar in found.pillars:
            self._bars.append((pillar.current, pillar.label))
            if found.previous_round is not None:
                # Beneath each pillar its previous round (axis labels have one line).
                before = pillar.previous or StatusCounts()
                key = pillar.number if pillar.number is not None else pillar.title
                self._bars.append((before, f"{key} ({found.previous_round.name})"))
        # The axis lists categories bottom to top; reversed, the first pillar is on top.
        shown = list(reversed(self._bars))
        series = QHorizontalStackedBarSeries()
        series.setLabelsVisible(True)
        series.setLabelsPosition(series.LabelsPosition.LabelsCenter)
        series.setBarWidth(0.7)
        widest = max((counts.total for counts, _text in shown), default=0)
        axis_end = max(5, -(-widest // 5) * 5)
        # QtCharts labels every segment: one too narrow for its number goes in a second set
        # of the same colour whose labels are not drawn ("1" beside "1" read as "11").
        plot = self.chart.plotArea().width() or 300.0
        narrow_sets = []
        for status in STATUS_ORDER:
            values = [float(counts.count(status)) for counts, _text in shown]
            narrow = [v * plot / axis_end < 12 + 8 * len(str(int(v))) for v in values]
            for hidden in (False, True):
                bar_set = QBarSet(self.status_caption(status))
                bar_set.setColor(QColor(status.colour or NONE_COLOUR))
                bar_set.setBorderColor(QColor("#808080"))
                label = QColor(status.info.text_colour)
                bar_set.setLabelColor(QColor(0, 0, 0, 0) if hidden else label)
                bar_set.append(
                    [v if n is hidden else 0.0 for v, n in zip(values, narrow, strict=True)]
                )
                bar_set.clicked.connect(lambda index, s=status: self._bar_clicked(s, index))
                bar_set.hovered.connect(
                    lambda inside, index, s=status: self._bar_hovered(inside, s, index)
                )
                series.append(bar_set)
                if hidden:
                    narrow_sets.append(bar_set)
        chart.addSeries(series)
        for marker in self.chart.legend().markers(series):
            marker.setVisible(marker.barset() not in narrow_sets)  # one legend entry a status
        categories = QBarCategoryAxis()
        categories.append([text for _counts, text in shown])
        values = QValueAxis()
        values.setRange(0, axis_end)
        values.setLabelFormat("%d")
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(5 if widest <= 50 else 10 ** (len(str(widest)) - 1))
        values.setTitleText(self.tr("Number of actions"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        if found.previous_round is None:
            title = self.tr("Status per pillar in {round} (actions in the green tables)").format(
                round=found.round.name
            )
        else:
            title = self.tr(
                "Status per pillar in {round}, each above {previous} (actions in the green tables)"
            ).format(round=found.round.name, previous=found.previous_round.name)
        chart.setTitle(title)  # a segment of 0 gets no label: QtCharts skips empty bars

    def _bar_of(self, index: int) -> tuple[StatusCounts, str]:
        return list(reversed(self._bars))[index]

    def _bar_clicked(self, status: Status, index: int) -> None:
        counts, _text = self._bar_of(index)
        self.actions_chosen.emit(list(counts.action_ids[status]))

    def _bar_hovered(self, inside: bool, status: Status, index: int) -> None:
        if not inside:
            QToolTip.hideText()
            return
        counts, text = self._bar_of(index)
        QToolTip.showText(
            QCursor.pos(),
            f"{text}\n{self.status_caption(status)}: {counts.count(status)}",
            self.chart_view,
        )

    def _fill_lists(self, found: RoundOverview) -> None:
        self.lists.clear()
        groups: list[tuple[str, list[ActionEntry], bool]] = []
        if found.previous_round is not None:
            name = found.previous_round.name
            groups += [
                (self.tr("Improved since {round}").format(round=name), found.improved, True),
                (self.tr("Worsened since {round}").format(round=name), found.worsened, True),
            ]
        groups += [
            (self.status_caption(Status.DELAYED), found.delayed, False),
            (self.status_caption(Status.LONGER), found.longer, False),
        ]
        for title, entries, with_change in groups:
            group = QTreeWidgetItem([f"{title} ({len(entries)})"])
            group.setData(0, IDS, [e.action_id for e in entries])
            group.setToolTip(0, self.tr("Click to select these actions in the tree"))
            self.lists.addTopLevelItem(group)
            for entry in entries:
                text = entry.label
                if with_change and entry.previous_status is not None:
                    before = entry.previous_status.symbol or "∅"
                    text = f"{before} → {entry.status.symbol or '∅'}   {text}"
                item = QTreeWidgetItem([text])
                item.setData(0, IDS, [entry.action_id])
                item.setToolTip(0, f"{entry.label}\n{entry.pillar}")
                group.addChild(item)
            group.setExpanded(len(entries) <= 5)  # long lists fold: all groups stay in view

    def _fill_owners(self, found: RoundOverview) -> None:
        self.owners.clear()
        for owner in found.owners:
            name = owner.owner if owner.owner != NO_OWNER_LABEL else self.tr("(no owner)")
            item = QTreeWidgetItem(
                [name, str(owner.updated), str(owner.actions), f"{owner.share_updated:.0%}"]
            )
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setData(0, IDS, list(owner.waiting_ids))
            item.setToolTip(0, self.tr("Click to select this owner's actions not yet updated"))
            self.owners.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.owners.resizeColumnToContents(column)

    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ids = item.data(0, IDS)
        if ids:
            self.actions_chosen.emit(list(ids))

    # --- saving ---------------------------------------------------------------------------------

    def save_chart(self, path: str | None = None) -> bool:
        if path is None:
            name = self.found.round.name if self.found else "overview"
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart as PNG"),
                f"{name}.png".replace("/", "-"),
                self.tr("PNG images (*.png)"),
            )
            if not path:
                return False
            if not path.lower().endswith(".png"):
                path += ".png"
        return self.chart_view.grab().save(str(Path(path)), "PNG")
