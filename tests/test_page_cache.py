"""The anonymous page cache: served without a query, purged by what a visitor can see changing, never mixed up."""

import re
from unittest import mock

from django.core.cache import cache, caches
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from brands.core.provisioning import ensure_portal
from brands.core.site_versions import bump, read_once, site_version, versions
from brands.core.translation import add_language
from brands.models import BrandSettings, Navigation
from brands.public.page_cache import HEADER
from tests.factories import (
    ContactFormPageFactory,
    ContentPageFactory,
    ImageFactory,
    StrengthFactory,
    StrengthsPageFactory,
    SuperuserFactory,
    make_territory,
    publish_translation,
)

NONCE = re.compile(rb'nonce="([^"]+)"')


@override_settings(PAGE_CACHE_SECONDS=600)
class PageCacheTestCase(TestCase):
    """Alpha (French and English) and Beta, each with a content page at the same address."""

    @classmethod
    def setUpClass(cls) -> None:
        cache.clear()  # Wagtail's site root paths of an earlier test class, whose sites were rolled back
        super().setUpClass()

    @classmethod
    def setUpTestData(cls) -> None:
        cls.alpha = make_territory("alpha", "Alpha")
        cls.beta = make_territory("beta", "Beta")
        cls.alpha_page = ContentPageFactory(parent=cls.alpha.site.root_page, title="Vivre ici", slug="vivre-ici")
        cls.beta_page = ContentPageFactory(parent=cls.beta.site.root_page, title="Vivre à Beta", slug="vivre-ici")
        add_language(cls.alpha, "en")
        cls.alpha.refresh_from_db()
        publish_translation(cls.alpha.site.root_page, "en", "Alpha")
        cls.alpha_page_en = publish_translation(cls.alpha_page, "en", "Living here")

    def setUp(self) -> None:
        cache.clear()

    def get(self, path: str, host: str = "alpha.localhost", status: int = 200, **extra):
        response = self.client.get(path, HTTP_HOST=host, **extra)
        self.assertEqual(response.status_code, status, path)
        return response

    def assert_served_from_cache(self, path: str, host: str = "alpha.localhost") -> None:
        self.assertEqual(self.get(path, host)[HEADER], "hit", path)

    def change(self, action) -> None:
        """Runs a change as the admin would, committed: the purge waits for the commit."""
        with self.captureOnCommitCallbacks(execute=True):
            action()


class CachingTests(PageCacheTestCase):
    def test_a_second_view_is_served_without_a_query(self):
        first = self.get("/vivre-ici/")
        self.assertEqual(first[HEADER], "miss")
        with CaptureQueriesContext(connection) as queries:
            second = self.get("/vivre-ici/")
        self.assertEqual(second[HEADER], "hit")
        self.assertEqual(len(queries), 0)
        self.assertContains(second, "Vivre ici")

    def test_a_hit_reads_each_version_once(self):
        """The installation's version, the host's site, the site's version, the page: four reads of the shared
        cache, not five (brands/core/site_versions.read_once). LocMemCache's get_many calls its get with a
        default, which Redis does in one round trip: those are not counted."""
        self.get("/vivre-ici/")
        backend = caches["default"]
        with (
            mock.patch.object(backend, "get", wraps=backend.get) as get,
            mock.patch.object(backend, "get_many", wraps=backend.get_many) as get_many,
        ):
            self.assertEqual(self.get("/vivre-ici/")[HEADER], "hit")
        own_gets = [call for call in get.call_args_list if len(call.args) == 1]
        self.assertEqual(len(own_gets) + get_many.call_count, 4, (get.call_args_list, get_many.call_args_list))

    def test_within_a_request_a_version_is_read_once_and_a_bump_is_seen(self):
        site_id = self.alpha.site.pk
        with read_once():
            first = versions(site_id)
            with (
                mock.patch.object(caches["default"], "get_many") as get_many,
                mock.patch.object(caches["default"], "get") as get,
            ):
                self.assertEqual(versions(site_id), first)
                self.assertEqual(get_many.call_count + get.call_count, 0)
            bump([site_id])
            self.assertNotEqual(versions(site_id), first)  # this request's own publication
        other = versions(site_id)  # outside: read afresh
        self.assertNotEqual(other, first)
        self.assertEqual(other, versions(site_id))

    def test_pages_tell_browsers_to_ask_again(self):
        for response in (self.get("/vivre-ici/"), self.get("/vivre-ici/")):
            self.assertEqual(response["Cache-Control"], "public, max-age=0, must-revalidate")

    def test_each_hit_carries_its_own_style_nonce_matching_its_policy(self):
        nonces = set()
        for _ in range(3):
            response = self.get("/vivre-ici/")
            nonce = NONCE.search(response.content).group(1).decode()
            self.assertIn(f"'nonce-{nonce}'", response["Content-Security-Policy"])
            nonces.add(nonce)
        self.assertEqual(len(nonces), 3)

    def test_the_same_address_on_another_host_is_another_page(self):
        self.get("/vivre-ici/")
        beta = self.get("/vivre-ici/", host="beta.localhost")
        self.assertEqual(beta[HEADER], "miss")
        self.assertContains(beta, "Vivre à Beta")
        self.assertContains(self.get("/vivre-ici/"), "Vivre ici")

    def test_each_language_is_cached_apart(self):
        self.get("/vivre-ici/")
        english = self.get("/en/vivre-ici/")
        self.assertEqual(english[HEADER], "miss")
        self.assertContains(english, "Living here")
        self.assertContains(self.get("/en/vivre-ici/"), '<html lang="en"')
        self.assertContains(self.get("/vivre-ici/"), '<html lang="fr"')

    def test_query_strings_are_pages_of_their_own(self):
        self.get("/vivre-ici/")
        self.assertEqual(self.get("/vivre-ici/?page=2")[HEADER], "miss")

    def test_missing_pages_are_not_stored(self):
        self.get("/absente/", status=404)
        self.assertNotIn(HEADER, self.get("/absente/", status=404))

    def test_off_by_default_in_tests_and_when_set_to_zero(self):
        with override_settings(PAGE_CACHE_SECONDS=0):
            self.get("/vivre-ici/")
            response = self.get("/vivre-ici/")
        self.assertNotIn(HEADER, response)
        self.assertEqual(response["Cache-Control"], "public, max-age=0, must-revalidate")


class NeverCachedTests(PageCacheTestCase):
    def test_a_form_page_with_its_csrf_token_is_rendered_each_time_and_private(self):
        ContactFormPageFactory(parent=self.alpha.site.root_page, title="Nous écrire", slug="nous-ecrire")
        for _ in range(2):
            response = self.get("/nous-ecrire/")
            self.assertNotIn(HEADER, response)
            self.assertIn("private", response["Cache-Control"])
            self.assertIn("csrftoken", response.cookies)

    def test_a_signed_in_editor_is_never_served_the_cache_nor_fills_it(self):
        self.get("/vivre-ici/")
        self.client.force_login(SuperuserFactory())
        response = self.get("/vivre-ici/")
        self.assertNotIn(HEADER, response)
        self.assertIn("private", response["Cache-Control"])
        self.client.logout()
        self.client.cookies.clear()
        self.assert_served_from_cache("/vivre-ici/")

    def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(self):
        self.get("/vivre-ici/")
        self.client.cookies["messages"] = "quelque-chose"
        self.assertNotIn(HEADER, self.get("/vivre-ici/"))

    def test_the_admin_is_never_cached(self):
        self.client.force_login(SuperuserFactory())
        self.client.cookies.pop("sessionid")  # even without a session cookie, the admin is not the cache's
        for _ in range(2):
            self.assertNotIn(HEADER, self.client.get("/admin/login/", HTTP_HOST="alpha.localhost"))

    def test_a_post_is_never_answered_from_the_cache(self):
        self.get("/vivre-ici/")
        response = self.client.post("/vivre-ici/", HTTP_HOST="alpha.localhost")
        self.assertNotIn(HEADER, response)


class PurgeTests(PageCacheTestCase):
    def test_publishing_shows_on_the_next_view(self):
        self.get("/vivre-ici/")
        self.alpha_page.title = "Vivre et travailler ici"
        self.change(lambda: self.alpha_page.save_revision().publish())
        response = self.get("/vivre-ici/")
        self.assertEqual(response[HEADER], "miss")
        self.assertContains(response, "Vivre et travailler ici")

    def test_a_page_listed_elsewhere_shows_its_change_there_too(self):
        self.get("/")
        self.alpha_page.title = "Nouveau titre"
        self.change(lambda: self.alpha_page.save_revision().publish())
        self.assertEqual(self.get("/")[HEADER], "miss")

    def test_publishing_a_translation_purges_the_site_in_every_language(self):
        self.get("/vivre-ici/")
        self.get("/en/vivre-ici/")
        self.alpha_page_en.title = "Life here"
        self.change(lambda: self.alpha_page_en.save_revision().publish())
        self.assertContains(self.get("/en/vivre-ici/"), "Life here")
        self.assertEqual(self.get("/vivre-ici/")[HEADER], "miss")  # its language switcher may have changed

    def test_a_draft_purges_nothing(self):
        self.get("/vivre-ici/")
        self.alpha_page.title = "Brouillon"
        self.change(lambda: self.alpha_page.save_revision())
        self.assert_served_from_cache("/vivre-ici/")

    def test_unpublishing_answers_404_on_the_next_view(self):
        self.get("/vivre-ici/")
        self.change(self.alpha_page.unpublish)
        self.get("/vivre-ici/", status=404)

    def test_moving_a_page_serves_it_at_its_new_address_only(self):
        parent = ContentPageFactory(parent=self.alpha.site.root_page, title="Découvrir", slug="decouvrir")
        self.get("/vivre-ici/")
        self.change(lambda: self.alpha_page.move(parent, pos="last-child"))
        self.assertEqual(
            self.get("/vivre-ici/", status=301)["Location"], "http://alpha.localhost/decouvrir/vivre-ici/"
        )  # Wagtail's redirect
        self.assertContains(self.get("/decouvrir/vivre-ici/"), "Vivre ici")

    def test_deleting_a_page_answers_404_on_the_next_view(self):
        self.get("/vivre-ici/")
        self.change(self.alpha_page.delete)
        self.get("/vivre-ici/", status=404)

    def test_a_brand_change_shows_on_every_page(self):
        self.get("/vivre-ici/")
        brand = BrandSettings.for_site(self.alpha.site)
        brand.brand_name = "Alpha, terre d’accueil"
        self.change(brand.save)
        self.assertContains(self.get("/vivre-ici/"), "Alpha, terre d’accueil")

    def test_a_menu_or_footer_change_shows_on_every_page(self):
        self.get("/vivre-ici/")
        navigation = Navigation.objects.get(site=self.alpha.site, locale__language_code="fr")
        navigation.tagline = "Le plateau qui accueille"
        self.change(navigation.save)
        self.assertContains(self.get("/vivre-ici/"), "Le plateau qui accueille")

    def test_a_strength_change_shows_on_the_strengths_page(self):
        StrengthsPageFactory(parent=self.alpha.site.root_page)
        strength = StrengthFactory(site=self.alpha.site, title="La forêt")
        self.assertContains(self.get("/nos-atouts/"), "La forêt")
        strength.title = "La forêt des Vosges"
        self.change(strength.save)
        self.assertContains(self.get("/nos-atouts/"), "La forêt des Vosges")
        self.change(strength.delete)
        self.assertNotContains(self.get("/nos-atouts/"), "La forêt")

    def test_an_image_change_purges_the_site_of_its_collection(self):
        image = ImageFactory.in_territory(self.alpha)
        before = (site_version(self.alpha.site_id), site_version(self.beta.site_id))
        image.title = "Le lac au matin"
        self.change(image.save)
        self.assertNotEqual(site_version(self.alpha.site_id), before[0])
        self.assertEqual(site_version(self.beta.site_id), before[1])

    def test_a_change_on_one_site_leaves_the_others_cached(self):
        self.get("/vivre-ici/", host="beta.localhost")
        self.alpha_page.title = "Vivre et travailler ici"
        self.change(lambda: self.alpha_page.save_revision().publish())
        self.assert_served_from_cache("/vivre-ici/", host="beta.localhost")

    def test_what_was_stored_before_the_commit_is_purged_again_by_it(self):
        """Another worker may have read the old page between the change and its commit, and stored it."""
        self.get("/vivre-ici/")
        with self.captureOnCommitCallbacks(execute=True):
            self.alpha_page.title = "Pas encore validé"
            self.alpha_page.save_revision().publish()
            self.assertEqual(self.get("/vivre-ici/")[HEADER], "miss")
            self.assert_served_from_cache("/vivre-ici/")
        self.assertEqual(self.get("/vivre-ici/")[HEADER], "miss")

    def test_a_territory_brand_change_purges_the_portal(self):
        ensure_portal(hostname="localhost")
        self.get("/", host="localhost")
        brand = BrandSettings.for_site(self.beta.site)
        brand.brand_name = "Beta la belle"
        self.change(brand.save)
        response = self.get("/", host="localhost")
        self.assertEqual(response[HEADER], "miss")
        self.assertContains(response, "Beta la belle")


class PrivateSectionTests(PageCacheTestCase):
    """The private sections are read from the cache (brands/core/view_restrictions.py): a move must renew them."""

    def test_a_page_of_a_private_section_stays_private_once_the_section_has_moved(self):
        section = ContentPageFactory(parent=self.alpha.site.root_page, title="Espace élus", slug="espace-elus")
        ContentPageFactory(parent=section, title="Compte rendu confidentiel", slug="compte-rendu")
        self.change(lambda: PageViewRestriction.objects.create(page=section, restriction_type="password", password="x"))
        self.assertNotContains(self.get("/espace-elus/compte-rendu/"), "Compte rendu confidentiel")
        archives = ContentPageFactory(parent=self.alpha.site.root_page, title="Archives", slug="archives")
        self.change(lambda: section.move(archives, pos="last-child"))
        response = self.get("/archives/espace-elus/compte-rendu/")
        self.assertNotContains(response, "Compte rendu confidentiel")
        self.assertContains(response, 'name="password"')
