"""``python -m enzpy``: the enzpy command."""

import sys

from .cli import main

sys.exit(main())
