"""Test cases that commit (TransactionTestCase) and leave the database as migrations made it."""

from django.db import connections
from django.test import TransactionTestCase


class RestoresMigratedState(TransactionTestCase):
    """Flushed after each test like any TransactionTestCase, then given back the migrated state (root page,
    locales, groups…): the test cases that run next on the same worker expect what migrations created."""

    serialized_rollback = True

    def _fixture_teardown(self) -> None:
        super()._fixture_teardown()  # the flush: what the test (and any server it ran) wrote
        for alias in self._databases_names(include_mirrors=False):
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents is not None:
                connections[alias].creation.deserialize_db_from_string(contents)
