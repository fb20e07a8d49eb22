"""`python -m assessor` runs the command line."""

import sys

from assessor.cli import main

sys.exit(main())
