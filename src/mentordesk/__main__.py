"""``python -m mentordesk`` opens the window, like the ``mentordesk`` command."""

from mentordesk.ui.launcher import main

raise SystemExit(main())
