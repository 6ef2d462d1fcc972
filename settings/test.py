"""Test settings: fast password hashing, isolated media, no external calls."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="metrecarre-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The demo (`manage.py load_demo`, with its known passwords) is a development and test tool, not a production app.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# django-axes stays on, but Django's test client `login()` authenticates without a request, which it refuses.
AUTHENTICATION_BACKENDS = ["tests.login_backend.ClientLoginAxesBackend", "django.contrib.auth.backends.ModelBackend"]
# No autosave in the admin: a draft saved while a browser test submits the page would race its creation.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Off unless a test switches it on (tests/test_page_cache.py): other tests change content without signals.
PAGE_CACHE_SECONDS = 0
# The site chrome cache is on, as in production: tests/conftest.py empties the cache before each test.
SITE_CHROME_SECONDS = 21600
