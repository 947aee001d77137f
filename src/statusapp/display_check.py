"""Whether this machine can show a window at all; asked before Qt starts, by the window and by
the command line's PDF export. It imports no Qt (it lives in the core, so its messages are in
the core's gettext catalog).

On Linux, Qt's xcb plugin fails on a missing system library with a message naming the wrong
package ("xcb-cursor0 or libxcb-cursor0 is needed"); here `ldd` says which library does not
resolve and a table names the Debian package to install.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from statusapp.translation import _, ngettext

# The libraries Qt's xcb plugin (and the Qt libraries under it) load, with their Debian package.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}


def display_problem() -> str | None:
    """Why no window can be shown here, or None. Qt would abort instead of saying so."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return _(
            "no display to show the window on: run it under a virtual screen (xvfb-run "
            "statusapp) or offscreen (QT_QPA_PLATFORM=offscreen statusapp), or use a command "
            "such as 'statusapp list'"
        )
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None  # Qt may use its Wayland plugin: the xcb libraries are not needed then
    return missing_libraries_problem(missing_libraries())


def missing_libraries_problem(missing: list[str]) -> str | None:
    """One line naming the Debian packages to install for `missing` library files."""
    if not missing:
        return None
    packages = sorted({DEBIAN_PACKAGES[name] for name in missing if name in DEBIAN_PACKAGES})
    unknown = [name for name in missing if name not in DEBIAN_PACKAGES]
    if not unknown:
        return ngettext(
            "the window cannot start: the system package {packages} is missing; install it "
            "with: sudo apt install {packages}",
            "the window cannot start: the system packages {packages} are missing; install them "
            "with: sudo apt install {packages}",
            len(packages),
        ).format(packages=" ".join(packages))
    return ngettext(
        "the window cannot start: the system library {libraries} is missing; install the "
        "package that holds it",
        "the window cannot start: the system libraries {libraries} are missing; install the "
        "packages that hold them",
        len(missing),
    ).format(libraries=" ".join(missing))


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin as PySide6 ships it (also inside the bundle)."""
    folders = []
    spec = importlib.util.find_spec("PySide6")  # finds it without importing Qt
    if spec is not None and spec.submodule_search_locations:
        folders += [Path(p) for p in spec.submodule_search_locations]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "PySide6")
    for folder in folders:
        plugin = folder / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def _ldd(path: Path) -> str:
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    try:
        result = subprocess.run(
            [ldd, str(path)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout


def missing_libraries(ldd: Callable[[Path], str] | None = None) -> list[str]:
    """The libraries the xcb plugin needs (its Qt libraries' too: ldd follows them) that do
    not resolve here; empty when all do, or when it cannot be told."""
    plugin = xcb_plugin()
    if plugin is None:
        return []
    missing: list[str] = []
    for line in (ldd or _ldd)(plugin).splitlines():
        name, arrow, target = line.strip().partition("=>")
        if arrow and target.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing
