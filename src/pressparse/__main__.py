"""``python -m pressparse``: the command line."""

import sys

from pressparse.cli import main

sys.exit(main())
