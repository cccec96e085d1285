"""``python -m feedmaker``: the same as the ``feedmaker`` command."""

from .cli import main

raise SystemExit(main())
