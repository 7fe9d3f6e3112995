"""Where the venue's data lives, and refusing places SQLite cannot safely lock (network shares)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from app.errors import NetworkShareRefused

ENV_DATA_DIR = "FRONTDESK_DATA_DIR"
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "ncpfs",
        "fuse.rclone",
    }
)


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """--data-dir beats FRONTDESK_DATA_DIR beats the per-user data dir of the platform."""
    raw = cli_value or os.environ.get(ENV_DATA_DIR) or user_data_dir("FrontDesk", "FrontDesk")
    return Path(raw).expanduser().resolve()


def _mount_fs_type(path: Path, mounts_text: str) -> str | None:
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):  # UNC path: \\server\share
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]


def network_share_reason(path: Path, mounts_text: str | None = None) -> str | None:
    """Why `path` is on a network file system, or None if it is local."""
    if sys.platform == "win32" and mounts_text is None:
        return "a network drive" if _windows_is_remote(path) else None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return None
    fs_type = _mount_fs_type(path, mounts_text)
    if fs_type and (fs_type in NETWORK_FS_TYPES or fs_type.startswith("nfs")):
        return f"a network file system ({fs_type})"
    return None


def check_local(path: Path, mounts_text: str | None = None) -> None:
    reason = network_share_reason(path, mounts_text)
    if reason:
        raise NetworkShareRefused(
            f"{path} is on {reason}; SQLite cannot lock files safely there, "
            "so choose a folder on this PC's own disk"
        )
