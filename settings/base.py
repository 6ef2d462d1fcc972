"""Settings shared by every environment: secure by default, configured from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
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
# Image renditions (media/images/) served by the application with long-lived caching (brands/public/media.py);
# off when a web server in front serves MEDIA_ROOT/images/ itself. Originals and document files never are.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
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
    "accounts",
    "backups",
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
    "django_tasks",
    "django_tasks_db",
    "modelcluster",
    "taggit",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    "brands.public.health.HealthCheckMiddleware",  # first: answers load balancers before the host check and HTTPS
    "brands.public.compression.TextGZipMiddleware",  # outermost but for health: compresses what the others wrote
    "brands.public.middleware.ReadVersionsOnceMiddleware",  # the sites' versions: one cache read each per request
    "django.middleware.security.SecurityMiddleware",
    "brands.public.http_policy.SitePolicyMiddleware",  # Content-Security-Policy and Permissions-Policy
    "brands.public.middleware.NoindexMiddleware",  # before WhiteNoise, so that static files get the header too
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before CommonMiddleware: activates the language of the URL prefix (none = French).
    "django.middleware.locale.LocaleMiddleware",
    "brands.public.middleware.TerritoryTimeZoneMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After the language is known, before CSRF: a page whose form sets the CSRF cookie is never stored.
    "brands.public.page_cache.AnonymousPageCacheMiddleware",
    "brands.public.site_context.SiteContextMiddleware",  # the site, brand, header and footer, from the cache
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # after authentication: tells whether the second factor was given
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.TwoFactorMiddleware",  # after OTP: the admin waits for the code of those who have one
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a lockout into its page
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
# A database out of reach answers fast (a branded 503, brands/public/error_pages.py) instead of holding the
# visitor until the server kills the worker: a bounded connection time and, for the web processes (set by
# settings/wsgi.py, not for commands such as migrate or backup), a bounded statement time, in milliseconds.
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
DATABASE_STATEMENT_TIMEOUT = int(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "0"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": DATABASE_CONNECT_TIMEOUT,
            # A server gone silent is noticed in 10 s, not after the kernel's 15 minutes of retransmissions.
            "tcp_user_timeout": 10_000,
            **({"options": f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT}"} if DATABASE_STATEMENT_TIMEOUT else {}),
        }
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # How long a write waits for another to finish before « database is locked » (a 503), in seconds.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("timeout", DATABASE_CONNECT_TIMEOUT * 2)
# Seconds a visitor or a crawler is asked to wait when the site is out of reach (503 pages, health endpoint).
OUTAGE_RETRY_AFTER = 30
HEALTH_CHECK_PATH = "/health/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    # Redis down or hanging costs a page its cache, never the page (brands/core/resilient_cache.py).
    REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.25"))  # seconds, to connect and to answer
    CACHES = {
        "default": {
            "BACKEND": "brands.core.resilient_cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "metrecarre",
            "OPTIONS": {
                "socket_connect_timeout": REDIS_TIMEOUT,
                "socket_timeout": REDIS_TIMEOUT,
                "RETRY_SECONDS": float(os.environ.get("REDIS_RETRY_SECONDS", "10")),
            },
        }
    }
    # Sessions read from Redis, written to the database too: any worker answers any visitor, and a Redis
    # outage logs nobody out (the database still has them).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The anonymous page cache (brands/public/page_cache.py): how long a rendered page may be served, in seconds, at
# most; a change the site's visitors see replaces it sooner. It needs a cache all workers share (Redis): with
# each worker's own memory, a publish would purge one worker only. 0 turns it off.
# The header, footer and brand every page of a site shares (brands/public/site_context.py), built once per site,
# language and version: how long they may be kept, in seconds. Like the page cache, only with a shared cache.
SITE_CHROME_SECONDS = int(os.environ.get("SITE_CHROME_SECONDS", "21600" if os.environ.get("REDIS_URL") else "0"))
# The port of the sites a new territory or the portal gets: their addresses (canonical, sitemaps, hreflang)
# say https:// only with 443. settings.production makes it 443.
SITE_PORT = int(os.environ.get("SITE_PORT", "80"))
# Background tasks (django-tasks, as Wagtail's own): run in the request that enqueues them, with no worker to
# deploy; settings.production hands them to `manage.py db_worker` (brands/core/background.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600" if os.environ.get("REDIS_URL") else "0"))

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

STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# HTTP hardening. HTTPS-only settings (redirect, secure cookies) are on in settings/production.py; the rest
# holds everywhere, so that the tests and the demo run under the policies production sends.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # forms carry the token; no script of ours or of Wagtail's reads the cookie
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"  # Wagtail's previews and ours say SAMEORIGIN for themselves
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Sent on HTTPS responses only (SecurityMiddleware): a year by default, at least six months is advised.
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
# The hosts the click-to-load embeds (brands/static/brands/js/embeds.js) build their players on.
EMBED_PLAYER_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://www.openstreetmap.org"]
# The sites' Content-Security-Policy (brands/public/http_policy.py): no inline script, no eval, inline styles
# only with the request's nonce, frames only of the embed players, framed by no one.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": EMBED_PLAYER_HOSTS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The admin's: Wagtail's admin and wagtail-localize still write inline scripts and styles and evaluate code;
# the page, block and theme previews frame the admin itself.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_PLAYER_HOSTS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Features no page of ours uses, denied to the pages and to every frame in them (embedded players included).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment", "usb",
    ]
)  # fmt: skip

# Wagtail
WAGTAIL_SITE_NAME = "Mètre Carré"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents always through Wagtail's serve view: collection privacy, inline or attachment by type, nosniff, and a
# territory's documents on its own site only (brands/public/media.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# A file over that size is refused for its size only, not also for an empty extension (brands/admin/document_form.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "brands.admin.document_form.DocumentForm"
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

# Staff accounts (accounts/). Failed admin logins lock the account, and separately the address, for a while
# (django-axes); a staff member may add a second factor, a TOTP code (django-otp).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked account or address before any password check
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
# Either one locks: an account tried from many addresses, or an address trying many accounts.
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
# A try during a lockout does not push it back: the page tells when to come back, and that stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# The visitor's address is read as the contact forms read it, behind CONTACT_TRUSTED_PROXIES proxies.
AXES_CLIENT_IP_CALLABLE = "accounts.client_address.login_client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockout_page.lockout_response"
# Only failures are kept, while they count: no lasting record of every login's address and browser.
AXES_DISABLE_ACCESS_LOG = True
# True sends a superuser without a second factor to its setup before anything else in the admin.
OTP_REQUIRED_FOR_SUPERUSERS = env_bool("OTP_REQUIRED_FOR_SUPERUSERS", False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the name the authenticator app shows beside the code

# Staging and review copies: robots.txt disallows everything, every page carries a noindex robots meta
# tag and every response an X-Robots-Tag header (brands/public/: robots.py, seo.py, middleware.py).
SEO_NOINDEX = env_bool("SEO_NOINDEX", False)
