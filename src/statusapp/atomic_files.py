"""Writing a file so that it appears whole or not at all: a reader, another program or a crash
never sees half a workbook or document."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from statusapp.errors import StatusappError, os_reason
from statusapp.translation import _


def write_atomically(
    path: Path,
    save: Callable[[Path], object],
    *,
    error: type[StatusappError] = StatusappError,
    held_by: str = "",
) -> None:
    """Let `save` write a temporary file beside `path`, then put it in place. Failures become
    one-line `error`s naming the file; `held_by` names the program that may hold it open
    (Windows locks a file open in Excel or Word), "" for any program."""
    folder = path.parent
    try:
        handle, name = tempfile.mkstemp(prefix=".statusapp-", suffix=path.suffix, dir=folder)
    except FileNotFoundError:
        raise error(
            _("{path}: the folder {folder} does not exist").format(path=path, folder=folder)
        ) from None
    except OSError as failure:
        raise error(
            _("{path}: cannot write in the folder {folder} ({reason})").format(
                path=path, folder=folder, reason=os_reason(failure)
            )
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        save(temporary)
        _make_ordinary(temporary)
        os.replace(temporary, path)
    except PermissionError:
        message = (
            _(
                "{path}: cannot write the file; if it is open in {program}, close it there and "
                "try again"
            )
            if held_by
            else _(
                "{path}: cannot write the file; if another program has it open, close it "
                "there and try again"
            )
        )
        raise error(message.format(path=path, program=held_by)) from None
    except OSError as failure:
        raise error(
            _("{path}: cannot write the file ({reason})").format(
                path=path, reason=os_reason(failure)
            )
        ) from None
    finally:
        if temporary.exists():
            temporary.unlink()


def _make_ordinary(temporary: Path) -> None:
    """A temporary file is private to its owner; the result gets the permissions any new file
    of this user gets (others on a shared folder can read it, as with a file saved by Excel)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(temporary, 0o666 & ~mask)
