"""Entry point of the frozen program (PyInstaller): the same `main` as the statusapp command."""

import sys

from statusapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
