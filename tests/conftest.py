"""What every test starts from."""

import pytest
from django.conf import settings
from django.core.cache import cache
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


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a rolled-back site's id comes back with the next test's site (on
    SQLite), and would find the earlier site's versions, header and footer (brands/public/site_context.py)."""
    cache.clear()


def pytest_itemcollected(item) -> None:
    """Groups for pytest-xdist (`make test`: --dist loadgroup): one group per module, so that a class's
    setUpTestData runs once, and for the browser tests that read the demo, one group per class of
    tests/test_demo_in_browser.py (each loads the demo once and lays out half the sites: together they took
    twelve minutes on one worker) and one for the others; the editor's journey, the other long browser test,
    has its own.

    Marked as each test is collected, before any pytest_collection_modifyitems: xdist reads the marker in
    its own, whose place among the hooks is not ours to choose.
    """
    if item.get_closest_marker("browser"):
        # The editor's journey, which writes, has its own group: it runs beside the demo's long read-only
        # checks instead of after them.
        if item.module.__name__ == "tests.test_editor_journey":
            group = "parcours"
        elif item.module.__name__ == "tests.test_demo_in_browser":
            group = f"navigateur-{item.cls.__name__}"
        else:
            group = "navigateur"
    else:
        group = item.module.__name__
    item.add_marker(pytest.mark.xdist_group(group))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items) -> None:
    """The browser tests, the longest group, come first, after pytest-django's own ordering has put them last:
    started at the end, they ran alone for minutes while the other worker waited. Each restores the migrated
    database after its flush (tests/browser.py), so the tests that follow on its worker start from the same
    state as anywhere else.
    """
    items.sort(key=lambda item: not item.get_closest_marker("browser"))  # stable: each order kept
