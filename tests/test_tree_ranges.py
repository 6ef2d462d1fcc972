"""Wagtail's tree filters as ranges of paths (brands/core/tree_ranges.py): the same pages as Wagtail's LIKE,
read from the path index."""

import unittest

from django.db import connection
from django.test import TestCase
from wagtail.models import Collection, Page

from brands.core.tree_ranges import starts_with
from tests.factories import ContentPageFactory, make_territory


class TreeRangeTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        cls.beta = make_territory("beta", "Beta")
        for territory in (cls.alpha, cls.beta):
            home = territory.site.root_page
            parent = ContentPageFactory(parent=home, title="Vivre ici")
            for number in range(3):
                ContentPageFactory(parent=parent, title=f"Page {number}")

    def test_descendants_children_and_siblings_are_wagtails(self):
        pages = list(Page.objects.all())
        self.assertGreater(len(pages), 12)
        for page in pages:
            with self.subTest(page=page.url_path):
                descendants = {p.pk for p in pages if p.path.startswith(page.path) and p.depth >= page.depth}
                self.assertEqual(
                    set(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)), descendants
                )
                self.assertEqual(
                    set(Page.objects.descendant_of(page).values_list("pk", flat=True)), descendants - {page.pk}
                )
                children = {p.pk for p in pages if p.path.startswith(page.path) and p.depth == page.depth + 1}
                self.assertEqual(set(Page.objects.child_of(page).values_list("pk", flat=True)), children)
                siblings = {p.pk for p in pages if p.depth == page.depth and p.path[:-4] == page.path[:-4]}
                self.assertEqual(set(Page.objects.sibling_of(page).values_list("pk", flat=True)), siblings)
                self.assertEqual(
                    set(Page.objects.sibling_of(page, inclusive=False).values_list("pk", flat=True)),
                    siblings - {page.pk},
                )

    def test_collections_and_relations_too(self):
        collection = self.alpha.collection
        inside = Collection.objects.filter(starts_with(collection.path, model=Collection))
        self.assertEqual(set(inside), {collection, *collection.get_descendants()})
        home = self.alpha.site.root_page
        self.assertEqual(
            set(Page.objects.filter(starts_with(home.path, "path")).values_list("pk", flat=True)),
            set(home.get_descendants(inclusive=True).values_list("pk", flat=True)),
        )

    @unittest.skipUnless(connection.vendor == "sqlite", "SQLite's LIKE cannot use an index; PostgreSQL's can")
    def test_sqlite_reads_the_path_index_instead_of_every_page(self):
        queryset = Page.objects.descendant_of(self.alpha.site.root_page).values("pk")
        sql, params = queryset.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = " ".join(str(row[-1]) for row in cursor.fetchall())
        self.assertIn("USING INDEX", plan)
        self.assertNotIn("SCAN wagtailcore_page", plan)
