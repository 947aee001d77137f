"""Is a path on a network drive? SQLite's WAL must not be used there."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "ncpfs", "9p", "ceph", "glusterfs",
     "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "lustre", "gpfs"}
)  # fmt: skip
_DRIVE_REMOTE = 4  # GetDriveTypeW


def is_network_path(path: Path) -> bool:
    if sys.platform == "win32":
        return _is_windows_network_path(path)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return is_on_network_mount(path, parse_mounts(mounts))


def is_unc_path(path: str) -> bool:
    return PureWindowsPath(path).drive.startswith("\\\\")


def _is_windows_network_path(path: Path) -> bool:
    absolute = str(path.absolute())
    if is_unc_path(absolute):
        return True
    import ctypes

    drive = PureWindowsPath(absolute).drive
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE  # type: ignore[attr-defined]


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from /proc/mounts."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mount_point = fields[1].replace("\\040", " ")
            mounts.append((mount_point, fields[2]))
    return mounts


def is_on_network_mount(path: Path, mounts: list[tuple[str, str]]) -> bool:
    """True when the deepest mount containing `path` has a network file system."""
    target = path.absolute().as_posix()
    best, best_type = "", ""
    for mount_point, fs_type in mounts:
        prefix = mount_point.rstrip("/") + "/"
        if (target + "/").startswith(prefix) and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type in NETWORK_FILESYSTEMS
