"""``python -m pogo``: the same as the ``pogo`` command."""

import sys

from pogo.cli import main

sys.exit(main())
