"""Settings shared by every environment: secure by default, configured from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list without blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def machine_translator(environ: dict[str, str]) -> dict | None:
    """wagtail-localize's machine translation, off unless configured: a self-hosted LibreTranslate
    (LIBRETRANSLATE_URL, optional LIBRETRANSLATE_API_KEY) is preferred to DeepL (DEEPL_AUTH_KEY)."""
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"],
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    if environ.get("DEEPL_AUTH_KEY"):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": environ["DEEPL_AUTH_KEY"]},
        }
    return None


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
# Serve media/ from Django: the local demo only (settings.demo); in production a web server does.
SERVE_MEDIA = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "home",
    "search",
    "contact",
    "newcomers",
    "opportunities",
    "events",
    "jobs",
    "directory",
    "brands",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "brands.public.middleware.NoindexMiddleware",  # before WhiteNoise, so that static files get the header too
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before CommonMiddleware: activates the language of the URL prefix (none = French).
    "django.middleware.locale.LocaleMiddleware",
    "brands.public.middleware.TerritoryTimeZoneMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "settings.urls"
WSGI_APPLICATION = "settings.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=0,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "metrecarre",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. The platform's content languages live in this one list: adding a language is one
# line here (plus, for a code Django does not know, an entry in LANG_INFO below).
LANGUAGE_CODE = "fr"
CONTENT_LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("es", "Español"),
    ("nl", "Nederlands"),
    ("gcf", "Kréyòl Gwadloup"),
]
# Django knows nothing of gcf; without this entry get_language_info("gcf") raises KeyError.
# No "fallback" key on purpose: with one, gcf would resolve to French.
LANG_INFO.setdefault(
    "gcf",
    {"bidi": False, "code": "gcf", "name": "Guadeloupean Creole", "name_local": "Kréyòl Gwadloup"},
)
LANGUAGES = CONTENT_LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = CONTENT_LANGUAGES
WAGTAIL_I18N_ENABLED = True
# A new translation is a draft holding the French text until a translator publishes it: visitors never
# read French under another language's URL.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
if MACHINE_TRANSLATOR := machine_translator(os.environ):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE_TRANSLATOR
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Wagtail
WAGTAIL_SITE_NAME = "Mètre Carré"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "gif", "webp": "webp", "avif": "avif"}
# The admin is in French for territory staff unless they pick another interface language.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_USER_TIME_ZONES = ["Europe/Paris", "America/Guadeloupe"]
# Wagtail's default "Moderators approval" workflow would send every territory's pages to one
# global group; territory workflows are created per territory instead.
WAGTAIL_WORKFLOW_ENABLED = True
# Submissions go to the territory's moderators only: superusers would otherwise get every territory's.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatar from gravatar.com: the admin would send every user's hashed e-mail to a third party on each page.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_LOGIN_PAGE_TITLE = _("Mètre Carré — administration")

# The page types at the root of the sites: a territory's home and the network portal. brands/ names them only
# through these settings (as Django's AUTH_USER_MODEL), since home/ builds on brands/ and never the reverse.
TERRITORY_HOME_PAGE_MODEL = "home.HomePage"
PORTAL_PAGE_MODEL = "home.PortalPage"
# What a territory's staff may add under its home: the core pages, then each visitor domain's.
TERRITORY_HOME_SUBPAGE_TYPES = [
    "brands.ContentPage",
    "brands.StoryIndexPage",
    "brands.StrengthsPage",
    "brands.LegalPage",
    "brands.AccessibilityStatementPage",
    "contact.ContactFormPage",
    "newcomers.NewcomerHubPage",
    "opportunities.OpportunityIndexPage",
    "events.EventIndexPage",
    "jobs.JobIndexPage",
    "directory.DirectoryPage",
]
# Visitor forms: sendings per visitor and site in a window (seconds), and how many reverse proxies in front of
# the application may be trusted to give the visitor's address in X-Forwarded-For (0: the socket's address).
CONTACT_RATE_LIMIT = (5, 600)
CONTACT_TRUSTED_PROXIES = int(os.environ.get("CONTACT_TRUSTED_PROXIES", "0"))

# Staging and review copies: robots.txt disallows everything, every page carries a noindex robots meta
# tag and every response an X-Robots-Tag header (brands/public/: robots.py, seo.py, middleware.py).
SEO_NOINDEX = env_bool("SEO_NOINDEX", False)
