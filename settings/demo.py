"""The demo as production shows it: DEBUG off, so a missing page gets the branded 404, an error the branded 500.

`make demo` uses it on 127.0.0.1; `make dev` keeps Django's debugging conveniences (settings.dev). Static files
come from the apps through WhiteNoise (no collectstatic), image renditions from the demo's media/ folder.
"""

import os

from .dev import *  # noqa: F403

DEBUG = False
WHITENOISE_USE_FINDERS = True
# One server process: its memory is the shared cache, and a publish in the admin purges what visitors see.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
SITE_CHROME_SECONDS = int(os.environ.get("SITE_CHROME_SECONDS", "21600"))
