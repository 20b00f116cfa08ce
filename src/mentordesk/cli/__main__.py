"""``python -m mentordesk.cli``, the same as ``mentordesk-cli``."""

from mentordesk.cli import main

raise SystemExit(main())
