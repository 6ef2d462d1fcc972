"""Developer conveniences: debug on, any *.localhost host, console e-mail."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ".localhost,localhost,127.0.0.1,testserver")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The demo (`manage.py load_demo`, with its known passwords) is a development and test tool, not a production app.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]  # noqa: F405
