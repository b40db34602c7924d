"""The Share on the local network dialog: where to listen, then what to give the room.

Before sharing: the network interface (the computer's LAN addresses, IPv4 first;
"This computer only" last), an optional port and the remote control checkbox. While
sharing: the stage, cue and agenda addresses (selectable, with Copy), the pairing code
for a rapporteur's laptop in large type, a QR code of the stage view for the phone at
the lectern, the remote control's address and QR code when it is on, the number of
devices connected, and Stop sharing. Closing the dialog keeps sharing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QIntValidator, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sessionkit.link import DEFAULT_PORT

QR_SIZE = 200  # px, at most: a phone reads it from a laptop screen at arm's length
PORT_MIN, PORT_MAX = 1024, 65535
LOOPBACK = "127.0.0.1"


def t(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


@dataclass(frozen=True)
class NetworkChoice:
    label: str  # what the list shows
    host: str  # the address the server binds
    where: str  # for "Sharing on {where}"


def network_choices() -> list[NetworkChoice]:
    """The interfaces that are up and running: their IPv4 addresses first, then global
    IPv6 ones (link-local addresses need a zone a phone's browser cannot type), and
    loopback last, for trying it on this computer alone."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    flag = QNetworkInterface.InterfaceFlag
    v4, v6 = [], []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not (flags & flag.IsUp) or not (flags & flag.IsRunning) or flags & flag.IsLoopBack:
            continue
        name = iface.humanReadableName() or iface.name()
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.isLoopback():
                continue
            text = ip.toString()
            choice = NetworkChoice(f"{name} — {text}", text, f"{name} — {text}")
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                v4.append(choice)
            elif (ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv6Protocol
                  and not ip.isLinkLocal() and "%" not in text):
                v6.append(choice)
    only_here = t("This computer only")
    # mid-sentence ("Sharing on this computer only (port 8765)"): its own lower-case words
    return v4 + v6 + [NetworkChoice(f"{only_here} — {LOOPBACK}", LOOPBACK,
                                    t("this computer only"))]


def qr_png(text: str, size: int = QR_SIZE) -> bytes:
    """A QR code of ``text`` as PNG bytes (segno's own writer): whole modules, the
    quiet zone of 4 modules, black on white in every theme, at most ``size`` px."""
    import segno

    code = segno.make(text, error="m", micro=False)
    width, _ = code.symbol_size(scale=1, border=4)
    buf = io.BytesIO()
    code.save(buf, kind="png", scale=max(1, size // width), border=4,
              dark="#000000", light="#ffffff")
    return buf.getvalue()


def qr_pixmap(text: str, size: int = QR_SIZE) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(text, size), "PNG")
    return pixmap


def _caption(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class ShareDialog(QDialog):
    """Made once per window by LiveSharing; shown again by the Live menu entry."""

    def __init__(self, sharing, parent: QWidget | None = None):
        super().__init__(parent)
        self.sharing = sharing
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share on the local network"))
        outer = QVBoxLayout(self)

        # -- before sharing ---------------------------------------------------------------
        self.setup_page = QWidget()
        self.setup_page.setObjectName("shareSetup")
        self.setup_page.setMinimumWidth(520)  # the wrapped sentences need a width to wrap to
        setup = QVBoxLayout(self.setup_page)
        setup.setContentsMargins(0, 0, 0, 0)
        setup.addWidget(_caption(self.tr(
            "Phones and laptops on the same network (Wi-Fi or cable) see the clock in a "
            "browser; no internet is needed. Nothing is shared until you start.")))
        form = QFormLayout()
        self.network = QComboBox()
        self.network.setObjectName("shareNetwork")
        form.addRow(self.tr("&Network:"), self.network)
        self.port = QLineEdit()
        self.port.setObjectName("sharePort")
        self.port.setValidator(QIntValidator(0, 99999, self.port))
        self.port.setPlaceholderText(self.tr("automatic"))
        self.port.setToolTip(self.tr("Empty: {port}, or a free port if {port} is taken.")
                             .format(port=DEFAULT_PORT))
        self.port.setMaximumWidth(120)
        form.addRow(self.tr("&Port:"), self.port)
        setup.addLayout(form)
        self.control = QCheckBox(self.tr("Allow &remote control from a phone"))
        self.control.setObjectName("shareControl")
        setup.addWidget(self.control)
        setup.addWidget(_caption(self.tr(
            "Remote control gets its own address and QR code: next, previous, +1 minute, "
            "pause and stage message. Give it only to your team.")))
        outer.addWidget(self.setup_page)

        # -- while sharing ----------------------------------------------------------------
        self.live_page = QWidget()
        self.live_page.setObjectName("shareLive")
        live = QVBoxLayout(self.live_page)
        live.setContentsMargins(0, 0, 0, 0)
        self.where_label = QLabel()
        self.where_label.setObjectName("shareWhere")
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.where_label.font()
        font.setBold(True)
        self.where_label.setFont(font)
        live.addWidget(self.where_label)

        top = QHBoxLayout()
        stage_box = QVBoxLayout()
        self.stage_qr = QLabel()
        self.stage_qr.setObjectName("shareStageQr")
        self.stage_qr.setAccessibleName(self.tr("QR code of the stage view"))
        stage_box.addWidget(self.stage_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        stage_box.addWidget(_caption(self.tr("Scan with the phone at the lectern: the stage "
                                             "view."), "shareStageQrCaption"))
        stage_box.addStretch(1)
        top.addLayout(stage_box, 1)
        self.control_box = QWidget()
        control_box = QVBoxLayout(self.control_box)
        control_box.setContentsMargins(0, 0, 0, 0)
        self.control_qr = QLabel()
        self.control_qr.setObjectName("shareControlQr")
        self.control_qr.setAccessibleName(self.tr("QR code of the remote control"))
        control_box.addWidget(self.control_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        control_box.addWidget(_caption(self.tr("Remote control: anyone with this code can "
                                               "drive the clock.")))
        control_box.addStretch(1)
        top.addWidget(self.control_box, 1)
        code_box = QVBoxLayout()
        code_box.addWidget(_caption(self.tr("Pairing code for a rapporteur's laptop (Live → "
                                            "Follow a moderator…):")))
        self.code_label = QLabel()
        self.code_label.setObjectName("sharePairingCode")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Pairing code"))
        big = QFont("monospace")
        big.setStyleHint(QFont.StyleHint.Monospace)
        big.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 2.6)
        big.setBold(True)
        big.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.code_label.setFont(big)
        code_box.addWidget(self.code_label)
        # The follow dialog asks for an "Address:" and a code; the addresses above are
        # whole URLs, so the part to type there is said here, beside the code.
        self.follow_address_label = QLabel()
        self.follow_address_label.setObjectName("shareFollowAddress")
        self.follow_address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_address_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        code_box.addWidget(self.follow_address_label)
        self.clients_label = QLabel()
        self.clients_label.setObjectName("shareClients")
        code_box.addWidget(self.clients_label)
        code_box.addStretch(1)
        top.addLayout(code_box, 1)
        live.addLayout(top)

        grid = QGridLayout()
        self.url_fields: dict[str, QLineEdit] = {}
        rows = (("stage", self.tr("Stage:")), ("cue", self.tr("Cue card:")),
                ("agenda", self.tr("Agenda:")), ("control", self.tr("Remote control:")))
        self._url_row_widgets: dict[str, tuple] = {}
        for row, (key, text) in enumerate(rows):
            field = QLineEdit()
            field.setObjectName(f"shareUrl_{key}")
            field.setReadOnly(True)
            field.setMinimumWidth(380)
            label = QLabel(text)
            label.setBuddy(field)
            copy = QPushButton(self.tr("Copy"))
            copy.setObjectName(f"shareCopy_{key}")
            copy.setAccessibleName(self.tr("Copy the address: {what}").format(
                what=text.rstrip(":：")))
            copy.clicked.connect(lambda _=False, f=field: self._copy(f))
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(copy, row, 2)
            self.url_fields[key] = field
            self._url_row_widgets[key] = (label, field, copy)
        grid.setColumnStretch(1, 1)
        live.addLayout(grid)
        self.copied_label = QLabel()
        self.copied_label.setObjectName("shareCopied")
        live.addWidget(self.copied_label)
        outer.addWidget(self.live_page)

        # -- always ---------------------------------------------------------------------------
        self.error_label = QLabel()
        self.error_label.setObjectName("shareError")
        self.error_label.setProperty("tone", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                       QSizePolicy.Policy.Minimum)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("&Start sharing"))
        self.start_button.setObjectName("shareStart")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("S&top sharing"))
        self.stop_button.setObjectName("shareStop")
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("shareClose")
        self.close_button.setToolTip(self.tr("Sharing goes on; Live menu → Sharing on… "
                                             "shows this again."))
        self.close_button.clicked.connect(self.hide)
        for b in (self.start_button, self.stop_button, self.close_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        outer.addLayout(buttons)

        self._fill_networks()
        self._load_choices()
        sharing.sharing_changed.connect(lambda _on: self.refresh())
        sharing.clients_changed.connect(lambda _n: self._show_clients())
        self.refresh()

    # -- before sharing ---------------------------------------------------------------
    def _fill_networks(self) -> None:
        """The interfaces as they are now (the Wi-Fi may have joined since the last
        time), keeping the one chosen."""
        current = self.network.currentData()
        self.network.clear()
        for choice in network_choices():
            self.network.addItem(choice.label, choice)
        if current is not None:
            self.choose_host(current.host)

    def _load_choices(self) -> None:
        """What was chosen the last time sharing started (the Qt INI of the data folder)."""
        settings = getattr(self.sharing.ctx, "settings", None)
        if settings is None:
            return
        self.choose_host(str(settings.value("share/host") or ""))
        port = settings.value("share/port")
        if port not in (None, ""):
            self.port.setText(str(port))
        self.control.setChecked(settings.value("share/control") in (True, "true"))

    def choose_host(self, host: str) -> bool:
        for i in range(self.network.count()):
            if self.network.itemData(i).host == host:
                self.network.setCurrentIndex(i)
                return True
        return False

    def _port(self) -> tuple[bool, int | None]:
        text = self.port.text().strip()
        if not text:
            return True, None
        try:
            port = int(text)
        except ValueError:
            return False, None
        return PORT_MIN <= port <= PORT_MAX, port

    def start(self) -> bool:
        choice = self.network.currentData()
        if choice is None:
            self._error(self.tr("No network to share on: connect this computer to the "
                                "room's Wi-Fi or cable, then open this again."))
            return False
        ok, port = self._port()
        if not ok:
            self._error(self.tr("The port is a number from {low} to {high}; leave it empty "
                                "for the automatic one.").format(low=PORT_MIN, high=PORT_MAX))
            return False
        self._error("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            error = self.sharing.start(choice.host, port, self.control.isChecked(),
                                       where=choice.where)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if error:
            self._error(error)
            return False
        settings = getattr(self.sharing.ctx, "settings", None)
        if settings is not None:
            settings.setValue("share/host", choice.host)
            settings.setValue("share/port", "" if port is None else port)
            settings.setValue("share/control", self.control.isChecked())
        return True

    def stop(self) -> None:
        self.sharing.stop()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- while sharing ----------------------------------------------------------------
    def refresh(self) -> None:
        on = self.sharing.sharing
        self.setup_page.setVisible(not on)
        self.live_page.setVisible(on)
        self.start_button.setVisible(not on)
        self.stop_button.setVisible(on)
        if on:
            self._error("")
            server = self.sharing.server
            urls = self.sharing.urls()
            self.where_label.setText(self.tr("Sharing on {where} (port {port})").format(
                where=self.sharing.where, port=str(server.address).rsplit(":", 1)[-1]))
            self.code_label.setText(str(server.pairing_code))
            self.follow_address_label.setText(
                self.tr("Address: {address}").format(address=server.address))
            for key, field in self.url_fields.items():
                field.setText(urls.get(key, ""))
                field.setCursorPosition(0)
                for w in self._url_row_widgets[key]:
                    w.setVisible(key in urls)
            self.stage_qr.setPixmap(qr_pixmap(urls.get("stage", "")))
            has_control = "control" in urls
            self.control_box.setVisible(has_control)
            self.control_qr.setPixmap(qr_pixmap(urls["control"]) if has_control else QPixmap())
            self.copied_label.setText("")
            self._show_clients()
            self.stop_button.setFocus()
        else:
            self.stage_qr.clear()
            self.control_qr.clear()
            self._fill_networks()
            self.start_button.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Its size for what it shows now, and wholly on its screen: it grows when
        sharing starts, possibly from a place near the screen's edge."""
        self.adjustSize()
        if not self.isVisible() or self.screen() is None:
            return
        area = self.screen().availableGeometry()
        frame = self.frameGeometry()
        x = max(area.left(), min(frame.x(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.y(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def _show_clients(self) -> None:
        self.clients_label.setText(self.tr("Connected: {n}").format(n=self.sharing.clients))

    def _copy(self, field: QLineEdit) -> None:
        QGuiApplication.clipboard().setText(field.text())
        self.copied_label.setText(self.tr("Copied to the clipboard."))
