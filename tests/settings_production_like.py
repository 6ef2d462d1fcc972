"""settings.production as a test server runs it: the same security, timeouts and caches, with the static files
read from the apps (no collectstatic before each run). Its environment comes from the test that starts it."""

from settings.production import *  # noqa: F403
from settings.production import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
