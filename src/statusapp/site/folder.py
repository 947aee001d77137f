"""Writing a publication into the site's folder, which a municipality also works in.

The marker file `.statusapp-site` records the last publication: the programme and rounds it
showed and every file written with its digest. From it a new publication knows what the user
changed or added (kept), what of ours the new one no longer has (removed), and whether the
folder holds another programme's site (refused). Every file is first written beside its
place, then all are put in place, so a write that fails leaves the old site as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from statusapp.errors import StatusappError, os_reason
from statusapp.translation import _

MARKER = ".statusapp-site"
# Pages meant to be filled in after publishing: the user's text (what is inside <main>)
# moves into the new page, so its header and navigation follow the new publication.
FILLED_IN = frozenset({"toegankelijkheid.html"})
_MAIN = re.compile(r"(<main\b[^>]*>)(.*)(</main>)", re.DOTALL)


class SiteError(StatusappError):
    pass


@dataclass(slots=True)
class Publication:
    programme_id: str | None = None
    round_ids: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # relative path -> sha256


@dataclass(slots=True)
class Outcome:
    filled_in: list[str] = field(default_factory=list)  # the user's text carried over
    kept: list[str] = field(default_factory=list)  # changed by the user: left as they are


def previous_publication(folder: Path) -> Publication | None:
    """The last publication in `folder` (an empty one for a new or empty folder); None when
    the folder holds files and no publication of ours."""
    if not folder.is_dir():
        return Publication()
    marker = folder / MARKER
    if not marker.is_file():
        return None if any(folder.iterdir()) else Publication()
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError
    except (ValueError, OSError):
        data = {}  # damaged, or from before digests were kept: every file counts as changed
    files = data.get("files") if isinstance(data.get("files"), dict) else {}
    rounds = data.get("round_ids") if isinstance(data.get("round_ids"), list) else []
    return Publication(
        data.get("programme_id") if isinstance(data.get("programme_id"), str) else None,
        [str(r) for r in rounds],
        {str(k): str(v) for k, v in files.items() if _inside(str(k))},
    )


def check_same_programme(
    folder: Path, previous: Publication, programme_id: str, programme_name: str, rounds: list[str]
) -> None:
    if previous.programme_id is not None and previous.programme_id != programme_id:
        raise SiteError(
            _(
                "{folder}: holds the site of another programme; publish {name!r} into a folder "
                "of its own"
            ).format(folder=folder, name=programme_name)
        )
    missing = [r for r in previous.round_ids if r not in rounds]
    if missing:
        raise SiteError(
            _(
                "{folder}: was published from a database with rounds this one does not have "
                "(an older copy?); publish from that database, or into another folder"
            ).format(folder=folder)
        )


def write_publication(
    folder: Path, files: dict[str, bytes], programme_id: str, round_ids: list[str]
) -> Outcome:
    previous = previous_publication(folder)
    assert previous is not None  # the caller refused a foreign folder
    outcome = Outcome()
    planned: dict[str, bytes] = {}
    recorded: dict[str, str] = {}
    for name, payload in files.items():
        digest = _sha(payload)
        recorded[name] = digest
        target = folder / name
        if (target.is_file() and name in previous.files) or name in FILLED_IN:
            current = _digest(target)
            if current is not None and current != previous.files.get(name):
                if name in FILLED_IN:
                    merged = _carry_filled_in(target, payload)
                    if merged is None:
                        outcome.kept.append(name)
                        continue
                    outcome.filled_in.append(name)
                    planned[name] = merged
                    continue
                if name in previous.files:  # ours, changed by the user: theirs now
                    outcome.kept.append(name)
                    recorded[name] = previous.files[name]
                    continue
        planned[name] = payload
    staged = _stage(folder, planned)
    try:
        for name, temporary in staged.items():
            os.replace(temporary, folder / name)
    except OSError as error:
        _write_marker(folder, programme_id, round_ids, {**previous.files, **recorded})
        raise SiteError(
            _(
                "{folder}: the site is only partly written ({reason}); fix that and publish again"
            ).format(folder=folder, reason=os_reason(error))
        ) from None
    finally:
        for temporary in staged.values():
            if temporary.exists():
                temporary.unlink()
    for name, digest in previous.files.items():
        if name in files:
            continue
        target = folder / name
        if _digest(target) == digest:
            target.unlink()  # ours, unchanged, no longer part of the site
        elif target.is_file():
            outcome.kept.append(name)
    _write_marker(folder, programme_id, round_ids, recorded)
    return outcome


def _stage(folder: Path, planned: dict[str, bytes]) -> dict[str, Path]:
    """Every file written beside its place; on any failure none is left and nothing moved."""
    staged: dict[str, Path] = {}
    try:
        folder.mkdir(exist_ok=True)
        for name, payload in planned.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".statusapp-", dir=target.parent)
            staged[name] = Path(temporary)
            with os.fdopen(handle, "wb") as file:
                file.write(payload)
            _ordinary_permissions(Path(temporary))
    except OSError as error:
        for temporary in staged.values():
            if temporary.exists():
                temporary.unlink()
        raise SiteError(
            _("{folder}: the site could not be written ({reason}); nothing was changed").format(
                folder=folder, reason=os_reason(error)
            )
        ) from None
    return staged


def _write_marker(
    folder: Path, programme_id: str, round_ids: list[str], files: dict[str, str]
) -> None:
    data = {
        "written_by": "Statusapp: statusapp publish writes this folder again",
        "programme_id": programme_id,
        "round_ids": round_ids,
        "files": files,
    }
    payload = (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")
    staged = _stage(folder, {MARKER: payload})
    try:
        os.replace(staged[MARKER], folder / MARKER)
    except OSError as error:
        staged[MARKER].unlink(missing_ok=True)
        raise SiteError(
            _("{folder}: the site could not be written ({reason})").format(
                folder=folder, reason=os_reason(error)
            )
        ) from None


def _carry_filled_in(target: Path, fresh: bytes) -> bytes | None:
    """The new page with the user's text inside its <main>; None when the user's page has no
    <main> to take it from (then their file stays as it is)."""
    try:
        theirs = _MAIN.search(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    ours = _MAIN.search(fresh.decode("utf-8"))
    if theirs is None or ours is None:
        return None
    page = fresh.decode("utf-8")
    return (page[: ours.start(2)] + theirs.group(2) + page[ours.end(2) :]).encode("utf-8")


def _ordinary_permissions(path: Path) -> None:
    """As any new file of this user (a web server running as another user reads it)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _digest(path: Path) -> str | None:
    try:
        return _sha(path.read_bytes())
    except OSError:
        return None


def _inside(name: str) -> bool:
    """A marker edited to point outside the folder deletes nothing there."""
    path = Path(name)
    return bool(path.parts) and not path.is_absolute() and ".." not in path.parts
