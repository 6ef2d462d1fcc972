"""What every test starts from."""

import pytest
from django.conf import settings
from django.utils import translation


@pytest.fixture(autouse=True)
def french_by_default():
    """Each test starts in French, the platform's language, whatever language the previous test's requests left.

    LocaleMiddleware activates the language of a request's URL (/en/…) and nothing deactivates it: without this,
    a test's outcome depended on the language of the test run before it.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
