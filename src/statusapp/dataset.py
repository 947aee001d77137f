"""Reading a programme data file (the built-in Heemstede data set or a `list --json` dump)."""

from __future__ import annotations

import json
from pathlib import Path

from statusapp.domain import ProgrammeTree
from statusapp.errors import DatasetError, os_reason
from statusapp.paths import builtin_dataset_path
from statusapp.programme_json import tree_from_dict
from statusapp.translation import _

MAX_DATA_FILE_BYTES = 64 * 1024 * 1024


def load_programme_file(path: Path) -> ProgrammeTree:
    """Read and validate a programme data file; DatasetError names the file and the entry."""
    try:
        size = path.stat().st_size
        if size > MAX_DATA_FILE_BYTES:
            raise DatasetError(
                _("{path}: the file is {size} MB, more than a data file can be").format(
                    path=path, size=size // (1024 * 1024)
                )
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DatasetError(
            _("{path}: file not found; check the folder and the file name").format(path=path)
        ) from None
    except IsADirectoryError:
        raise DatasetError(_("{path}: is a folder, not a data file").format(path=path)) from None
    except OSError as error:
        raise DatasetError(
            _("{path}: cannot read ({reason})").format(path=path, reason=os_reason(error))
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DatasetError(
            _("{path}: not UTF-8 text (byte {position})").format(path=path, position=error.start)
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DatasetError(
            _("{path}: line {line} column {column}: not valid JSON ({reason})").format(
                path=path, line=error.lineno, column=error.colno, reason=error.msg
            )
        ) from None
    return tree_from_dict(data, str(path))


def load_builtin_programme() -> ProgrammeTree:
    return load_programme_file(builtin_dataset_path())
