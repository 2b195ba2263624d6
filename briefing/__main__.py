"""`python -m briefing`: the same as the `briefing` command."""

import sys

from briefing.cli import main

sys.exit(main())
