"""WSGI entry point; production deployments set DJANGO_SETTINGS_MODULE=settings.production.

Web requests get a statement timeout (10 s unless DATABASE_STATEMENT_TIMEOUT says otherwise, in milliseconds):
a stuck query then ends in a branded 503 instead of holding the worker. Commands (migrate, backup…) do not come
through here and keep no limit.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.production")
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT", "10000")

application = get_wsgi_application()
