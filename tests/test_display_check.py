"""Linux first start: a missing system library is named by its Debian package, before Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from statusapp import display_check
from statusapp.translation import use_language

LDD = """\
\tlinux-vdso.so.1 (0x00007f58d50ed000)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f58d501f000)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f58d4f2c000)
\tlibxcb-cursor.so.0 => not found
"""


@pytest.fixture
def on_x11(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(display_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    return monkeypatch


def test_missing_libraries_name_their_debian_packages(on_x11: pytest.MonkeyPatch) -> None:
    on_x11.setattr(display_check, "_ldd", lambda path: LDD)
    on_x11.setattr(display_check, "xcb_plugin", lambda: Path("/x/libqxcb.so"))
    assert display_check.display_problem() == (
        "the window cannot start: the system packages libxcb-cursor0 libxkbcommon-x11-0 are "
        "missing; install them with: sudo apt install libxcb-cursor0 libxkbcommon-x11-0"
    )
    use_language("nl")
    assert display_check.missing_libraries_problem(["libxcb-cursor.so.0"]) == (
        "het venster kan niet starten: het systeempakket libxcb-cursor0 ontbreekt; installeer "
        "het met: sudo apt install libxcb-cursor0"
    )


def test_an_unknown_library_is_named_itself() -> None:
    assert display_check.missing_libraries_problem(["libfoo.so.3"]) == (
        "the window cannot start: the system library libfoo.so.3 is missing; install the "
        "package that holds it"
    )


def test_nothing_missing_or_not_on_xcb_is_no_problem(on_x11: pytest.MonkeyPatch) -> None:
    on_x11.setattr(display_check, "_ldd", lambda path: LDD.replace("not found", "/lib/x.so"))
    on_x11.setattr(display_check, "xcb_plugin", lambda: Path("/x/libqxcb.so"))
    assert display_check.display_problem() is None
    on_x11.setattr(display_check, "_ldd", lambda path: LDD)
    on_x11.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display_check.display_problem() is None
    on_x11.setattr(display_check, "xcb_plugin", lambda: None)  # no PySide6 plugin: Qt says it
    on_x11.delenv("QT_QPA_PLATFORM")
    assert display_check.display_problem() is None


def test_the_real_plugin_is_found_and_read() -> None:
    plugin = display_check.xcb_plugin()
    if plugin is None:
        pytest.skip("PySide6 ships no xcb plugin here")
    assert plugin.name == "libqxcb.so"
    assert all(name.startswith("lib") for name in display_check.missing_libraries())


def test_no_display_in_dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    use_language("nl")
    assert display_check.display_problem() == (
        "geen beeldscherm om het venster op te tonen: start het op een virtueel scherm "
        "(xvfb-run statusapp) of offscreen (QT_QPA_PLATFORM=offscreen statusapp), of gebruik "
        "een opdracht zoals 'statusapp list'"
    )
