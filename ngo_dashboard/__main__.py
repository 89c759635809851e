"""`python -m ngo_dashboard …`: the maintainers' command line (see cli.py)."""

import sys

from ngo_dashboard.cli import main

sys.exit(main())
