"""Redirects per territory: A's staff manage A's redirects only, by every view, GET and POST; they work
on A's host only; a redirect for every site stays with superusers."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.test.utils.form_data import querydict_from_html

from tests.factories import PASSWORD, ContentPageFactory, SuperuserFactory, UserFactory, make_territory

SECRET = "zeppelin"  # in every path of B's redirects and of the one for every site: never shown to A's staff


def redirect_rows() -> list[tuple]:
    return list(
        Redirect.objects.order_by("pk").values_list("pk", "old_path", "site_id", "redirect_link", "is_permanent")
    )


class RedirectTestCase(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.a = make_territory("alpha", "Alpha")
        cls.b = make_territory("beta", "Beta")
        cls.editor_a = UserFactory.editor_of(cls.a)
        cls.moderator_a = UserFactory.moderator_of(cls.a)
        cls.redirect_a = Redirect.objects.create(
            old_path="/ancienne-page-a", site=cls.a.site, redirect_link="https://example.org/nouvelle-a"
        )
        cls.redirect_b = Redirect.objects.create(
            old_path=f"/{SECRET}-b", site=cls.b.site, redirect_link="https://example.org/nouvelle-b"
        )
        cls.redirect_all = Redirect.objects.create(
            old_path=f"/{SECRET}-partout", site=None, redirect_link="https://example.org/partout"
        )
        cls.page_a = ContentPageFactory(parent=cls.a.site.root_page, title="Page Aurore")
        cls.page_b = ContentPageFactory(parent=cls.b.site.root_page, title="Page Bêta")

    def setUp(self) -> None:
        self.assertTrue(self.client.login(username=self.editor_a.username, password=PASSWORD))

    def assert_unchanged(self, method: str, url: str, data=None, status: int | None = None, **extra):
        """Whatever the answer, it shows nothing of B's and leaves the redirects as they were."""
        before = redirect_rows()
        response = getattr(self.client, method)(url, data or {}, **extra)
        self.assertNotIn(SECRET, response.content.decode().lower())
        self.assertEqual(redirect_rows(), before, f"{method.upper()} {url} changed the redirects")
        if status is not None:
            self.assertEqual(response.status_code, status)
        return response

    def form(self, **values) -> dict:
        return {"old_path": "/nouvel-ancien", "is_permanent": "on", "redirect_link": "https://example.org/", **values}


class ListingTests(RedirectTestCase):
    def test_listing_shows_only_own_site(self):
        for name in ["wagtailredirects:index", "wagtailredirects:index_results"]:
            with self.subTest(name):
                response = self.assert_unchanged("get", reverse(name), status=200)
                self.assertContains(response, "/ancienne-page-a")

    def test_search_and_filter_show_only_own_site(self):
        url = reverse("wagtailredirects:index_results")
        for params in [{"q": "nouvelle"}, {"q": "partout"}, {"site": self.b.site.pk}]:
            with self.subTest(params=params):
                self.assert_unchanged("get", url, params, status=200)

    def test_export_has_only_own_site(self):
        response = self.client.get(reverse("wagtailredirects:index"), {"export": "csv"})
        exported = b"".join(response.streaming_content).decode()
        self.assertIn("/ancienne-page-a", exported)
        self.assertNotIn(SECRET, exported)

    def test_site_filter_offers_only_own_site(self):
        response = self.client.get(reverse("wagtailredirects:index"))
        self.assertContains(response, f'<option value="{self.a.site.pk}"')
        self.assertNotContains(response, f'<option value="{self.b.site.pk}"')

    def test_menu_offers_redirects_to_territory_staff(self):
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), reverse("wagtailredirects:index"))


class ForeignRedirectTests(RedirectTestCase):
    """B's redirect and the one for every site, opened by URL: they do not exist for A's staff."""

    def test_edit_and_delete_answer_404_by_get_and_post(self):
        for redirect in [self.redirect_b, self.redirect_all]:
            for name, data in [
                ("wagtailredirects:edit", self.form(site=self.a.site.pk, old_path=f"/{SECRET}-vole")),
                ("wagtailredirects:delete", {}),
            ]:
                url = reverse(name, args=[redirect.pk])
                with self.subTest(redirect=redirect.old_path, view=name):
                    self.assert_unchanged("get", url, status=404)
                    self.assert_unchanged("post", url, data, status=404)

    def test_own_redirect_can_be_edited_and_deleted(self):
        url = reverse("wagtailredirects:edit", args=[self.redirect_a.pk])
        response = self.client.post(url, self.form(site=self.a.site.pk, old_path="/ancienne-page-a"))
        self.assertRedirects(response, reverse("wagtailredirects:index"), fetch_redirect_response=False)
        self.assertEqual(Redirect.objects.get(pk=self.redirect_a.pk).redirect_link, "https://example.org/")
        response = self.client.post(reverse("wagtailredirects:delete", args=[self.redirect_a.pk]))
        self.assertFalse(Redirect.objects.filter(pk=self.redirect_a.pk).exists())


class PostedSiteTests(RedirectTestCase):
    """Adding or changing a redirect: another site, every site or another site's page is refused."""

    def test_add_form_offers_only_own_site_and_no_all_sites(self):
        response = self.client.get(reverse("wagtailredirects:add"))
        self.assertContains(response, f'<option value="{self.a.site.pk}"')
        self.assertNotContains(response, f'<option value="{self.b.site.pk}"')
        self.assertNotContains(response, '<option value="" selected>')

    def test_add_refuses_another_site_every_site_and_another_site_page(self):
        url = reverse("wagtailredirects:add")
        for data in [
            self.form(site=self.b.site.pk),
            self.form(site=""),
            self.form(site=self.a.site.pk, redirect_link="", redirect_page=self.page_b.pk),
        ]:
            with self.subTest(data=data):
                response = self.assert_unchanged("post", url, data, status=200)
                self.assertTrue(response.context["form"].errors)

    def test_add_on_own_site_to_own_page(self):
        response = self.client.post(
            reverse("wagtailredirects:add"),
            self.form(site=self.a.site.pk, redirect_link="", redirect_page=self.page_a.pk),
        )
        self.assertRedirects(response, reverse("wagtailredirects:index"), fetch_redirect_response=False)
        created = Redirect.objects.get(old_path="/nouvel-ancien")
        self.assertEqual((created.site_id, created.redirect_page_id), (self.a.site.pk, self.page_a.pk))

    def test_own_redirect_cannot_move_to_another_site_or_every_site(self):
        url = reverse("wagtailredirects:edit", args=[self.redirect_a.pk])
        for site in [self.b.site.pk, ""]:
            with self.subTest(site=site):
                response = self.assert_unchanged("post", url, self.form(site=site), status=200)
                self.assertIn("site", response.context["form"].errors)


class ImportTests(RedirectTestCase):
    def upload(self) -> dict:
        """Send a CSV file; return the confirmation form's data, as the browser would post it."""
        csv = SimpleUploadedFile("redirections.csv", b"de,vers\n/vieux-chemin,https://example.org/neuf\n")
        response = self.client.post(reverse("wagtailredirects:start_import"), {"import_file": csv})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f'<option value="{self.a.site.pk}"')
        self.assertNotContains(response, f'<option value="{self.b.site.pk}"')
        data = querydict_from_html(response.content.decode()).dict()
        return {**data, "from_index": "0", "to_index": "1", "permanent": "on"}

    def test_import_into_another_site_or_every_site_is_refused(self):
        for site in [self.b.site.pk, ""]:
            with self.subTest(site=site):
                data = {**self.upload(), "site": site}
                response = self.assert_unchanged("post", reverse("wagtailredirects:process_import"), data, status=200)
                self.assertIn("site", response.context["form"].errors)

    def test_import_into_own_site(self):
        data = {**self.upload(), "site": self.a.site.pk}
        response = self.client.post(reverse("wagtailredirects:process_import"), data)
        self.assertRedirects(response, reverse("wagtailredirects:index"), fetch_redirect_response=False)
        self.assertEqual(Redirect.objects.get(old_path="/vieux-chemin").site_id, self.a.site.pk)


class SuperuserTests(RedirectTestCase):
    def setUp(self) -> None:
        self.client.force_login(SuperuserFactory())

    def test_superuser_sees_every_redirect_and_may_add_one_for_every_site(self):
        response = self.client.get(reverse("wagtailredirects:index"))
        for redirect in [self.redirect_a, self.redirect_b, self.redirect_all]:
            self.assertContains(response, redirect.old_path)
        response = self.client.post(reverse("wagtailredirects:add"), self.form(site=""))
        self.assertRedirects(response, reverse("wagtailredirects:index"), fetch_redirect_response=False)
        self.assertIsNone(Redirect.objects.get(old_path="/nouvel-ancien").site)


class ServingTests(RedirectTestCase):
    def test_a_redirect_works_on_its_own_host_only(self):
        # With the slash: without it, Django first redirects to the address with the slash.
        response = self.client.get("/ancienne-page-a/", HTTP_HOST="alpha.localhost")
        self.assertRedirects(response, "https://example.org/nouvelle-a", 301, fetch_redirect_response=False)
        self.assertEqual(self.client.get("/ancienne-page-a/", HTTP_HOST="beta.localhost").status_code, 404)
        self.assertEqual(self.client.get(f"/{SECRET}-b/", HTTP_HOST="alpha.localhost").status_code, 404)
        self.assertEqual(self.client.get(f"/{SECRET}-b/", HTTP_HOST="beta.localhost").status_code, 301)
        # The one for every site answers on both.
        for host in ["alpha.localhost", "beta.localhost"]:
            self.assertEqual(self.client.get(f"/{SECRET}-partout/", HTTP_HOST=host).status_code, 301)
