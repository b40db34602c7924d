"""PyInstaller's entry script: the frozen ``sessionkit`` executable runs the normal CLI.

Kept outside the package so the bundle starts exactly like the ``sessionkit`` console
script (``sessionkit.cli:main``): no arguments start the app, subcommands run the CLI.
"""

import sys

from sessionkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
