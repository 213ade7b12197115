"""Run the command line as ``python -m cleanarchive``."""

import sys

from cleanarchive.cli import main

sys.exit(main())
