"""Production: refuses to start without its secrets, HTTPS only, persistent connections, hashed static files."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, env_bool, env_list
from .object_storage import media_storages, rendition_storage


def required_env(name: str) -> str:
    """Return a required environment variable or stop the process with a clear message."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"La variable d'environnement {name} est obligatoire en production.")
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
required_env("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
STORAGES = {
    **media_storages(os.environ),  # the local disk, or an S3 bucket (settings/object_storage.py)
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if alias := rendition_storage(STORAGES):
    WAGTAILIMAGES_RENDITION_STORAGE = alias
# HTTPS: every http:// request is redirected, and the cookies are sent over HTTPS only. Behind a reverse proxy
# that ends TLS, the header it sets says the request came in HTTPS (SECURE_PROXY_SSL_HEADER, "" when none: then
# never trust a client's header).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = (
    (proxy_header, "https")
    if (proxy_header := os.environ.get("SECURE_PROXY_SSL_HEADER", "HTTP_X_FORWARDED_PROTO").strip())
    else None
)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
LANGUAGE_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
# Sites served in HTTPS: a new territory's addresses say https:// (canonical, sitemaps, hreflang).
SITE_PORT = int(os.environ.get("SITE_PORT", "443"))
# Mail, renditions made at upload, pages rendered at their publication, Wagtail's reference index: run by
# `manage.py db_worker` (docs/production.md), from a table of the database, so no other service is needed.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# A superuser's account opens every territory: in production it needs its second factor (accounts/).
OTP_REQUIRED_FOR_SUPERUSERS = env_bool("OTP_REQUIRED_FOR_SUPERUSERS", True)
