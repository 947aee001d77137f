"""PySide6 6.12.0 aborts CPython 3.11 after a few thousand calls of methods returning nothing
(a reference to None is dropped each time). The pin in pyproject.toml avoids it; this keeps it."""

from __future__ import annotations

import subprocess
import sys

CALLS = 200_000


def test_many_calls_returning_none_do_not_abort_the_interpreter() -> None:
    probe = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QObject\n"
        "obj = QObject()\n"
        f"for i in range({CALLS}):\n"
        "    obj.setObjectName('x')\n"
        "print('survived', obj.objectName())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived x"
