"""``python -m synth ...`` runs the command-line interface."""

import sys

from synth.cli import main

sys.exit(main())
