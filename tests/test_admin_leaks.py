"""What territory A's staff could still read of territory B in the admin, and the admin views a malformed post
broke (500).

Each leak is tried by URL as A's editor, who must not find B's item (a username, a tag, a title, a task), and
by B's own staff, who must: an empty answer cannot pass. Each malformed post must get a French message and
leave the database as it was.
"""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.test import TestCase, override_settings
from django.urls import reverse
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Task, UploadedFile
from wagtail.test.utils.form_data import querydict_from_html

from brands.core.moderation import task_name, workflow_name
from brands.models import Strength
from tests.factories import (
    ContentPageFactory,
    DocumentFactory,
    ImageFactory,
    StrengthFactory,
    SuperuserFactory,
    UserFactory,
    make_territory,
    published_page,
)
from tests.test_isolation import database_state as isolation_state
from tests.test_isolation import pdf_upload

SECRET = "Zeppelin"  # in every title, tag and username of B's; never in A's admin
XHR = {"x-requested-with": "XMLHttpRequest"}


def database_state() -> dict:
    """test_isolation's snapshot, plus what these views could write: strengths, tags, pending uploads."""
    return {
        **isolation_state(),
        "strengths": list(Strength.objects.order_by("pk").values_list("pk", "site_id", "title")),
        "tags": list(Tag.objects.order_by("pk").values_list("pk", "name")),
        "uploads": UploadedFile.objects.count(),
    }


class AdminLeaksTestCase(TestCase):
    """Territories A and B, each with an editor and a moderator, pages, tagged media and B's draft in moderation."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.a = make_territory("alpha", name="Alpha")
        cls.b = make_territory("beta", name="Beta")
        cls.home_a = cls.a.site.root_page.specific
        cls.home_b = cls.b.site.root_page.specific
        cls.editor_a = UserFactory.editor_of(cls.a, username="alice-alpha")
        cls.moderator_a = UserFactory.moderator_of(cls.a, username="armand-alpha")
        cls.editor_b = UserFactory.editor_of(cls.b, username=f"bruno-{SECRET.lower()}")
        cls.moderator_b = UserFactory.moderator_of(cls.b, username=f"berthe-{SECRET.lower()}")

        cls.page_a = published_page(cls.home_a, "Projet Aurore", cls.moderator_a)
        cls.section_a = published_page(cls.home_a, "Rubrique Aurore", cls.moderator_a)
        cls.page_b = published_page(cls.home_b, f"Projet {SECRET}", cls.moderator_b)
        cls.section_b = published_page(cls.home_b, f"Rubrique {SECRET}", cls.moderator_b)
        cls.draft_b = ContentPageFactory(parent=cls.home_b, title=f"Brouillon {SECRET}", live=False)
        cls.draft_b.save_revision(user=cls.editor_b, log_action=True)
        cls.draft_b.get_workflow().start(cls.draft_b, cls.editor_b)
        cls.task_a = Task.objects.get(name=task_name("Alpha"))
        cls.task_b = Task.objects.get(name=task_name("Beta"))

        cls.image_a = ImageFactory.in_territory(cls.a, title="Photo Aurore")
        cls.image_b = ImageFactory.in_territory(cls.b, title=f"Photo {SECRET}")
        cls.document_a = DocumentFactory.in_territory(cls.a, title="Compte-rendu Aurore", file=pdf_upload())
        cls.document_b = DocumentFactory.in_territory(cls.b, title=f"Compte-rendu {SECRET}", file=pdf_upload())
        for item in (cls.image_a, cls.document_a):
            item.tags.add("aurore-a")
        for item in (cls.image_b, cls.document_b):
            item.tags.add(f"{SECRET.lower()}-b")

    def setUp(self) -> None:
        self.client.force_login(self.editor_a)

    def assert_unchanged(self, method: str, url: str, data=None, **extra):
        """Whatever the answer, never a 500, nothing of B's, and the database exactly as it was."""
        before = database_state()
        response = getattr(self.client, method)(url, data or {}, **extra)
        self.assertLess(response.status_code, 500, url)
        self.assertNotIn(SECRET, response.content.decode())
        self.assertNotIn(SECRET.lower(), response.content.decode())
        self.assertEqual(database_state(), before, f"{method.upper()} {url} changed the database")
        return response

    def assert_denied_silently(self, url: str, **extra) -> None:
        """Refused as the admin refuses any page of B ("Sorry, you do not have permission"), naming nothing of B's,
        neither in the answer nor on the dashboard it leads to."""
        response = self.assert_unchanged("get", url, **extra)
        dashboard_url = reverse("wagtailadmin_home")
        self.assertRedirects(response, dashboard_url, fetch_redirect_response=False)
        dashboard = self.client.get(dashboard_url)
        self.assertNotContains(dashboard, SECRET)
        self.assertNotContains(dashboard, workflow_name("Beta"))
        self.assertNotContains(dashboard, task_name("Beta"))


class SiteHistoryTests(AdminLeaksTestCase):
    """1. The site history report's user filter."""

    def test_user_filter_names_only_own_territory_people(self):
        url = reverse("wagtailadmin_reports:site_history")
        response = self.assert_unchanged("get", url)
        self.assertContains(response, "armand-alpha")
        self.assertNotContains(response, self.moderator_b.username)
        self.assert_unchanged("get", reverse("wagtailadmin_reports:site_history_results"))
        # A user of B's, posted in the filter by hand, is not a choice.
        filtered = self.assert_unchanged("get", f"{url}?user={self.moderator_b.pk}")
        self.assertIn("user", filtered.context["filters"].errors)

        self.client.force_login(self.moderator_b)
        self.assertContains(self.client.get(url), self.moderator_b.username)


class MediaTagFilterTests(AdminLeaksTestCase):
    """2. The tag filters of the image and document listings."""

    def test_tag_filters_offer_only_own_tags(self):
        for name in ["wagtailimages:index", "wagtaildocs:index"]:
            with self.subTest(name):
                response = self.assert_unchanged("get", reverse(name))
                self.assertContains(response, 'value="aurore-a"')
                self.assert_unchanged("get", reverse(f"{name}_results"))
                # B's tag, asked for by hand, is not a choice either.
                filtered = self.client.get(reverse(name) + f"?tag={SECRET.lower()}-b")
                self.assertIn("tag", filtered.context["filters"].errors)

                self.client.force_login(self.editor_b)
                response = self.client.get(reverse(name))
                self.assertContains(response, f'value="{SECRET.lower()}-b"')
                self.assertNotContains(response, 'value="aurore-a"')
                self.client.force_login(self.editor_a)

    def test_image_chooser_suggests_only_own_tags(self):
        response = self.assert_unchanged("get", reverse("wagtailimages_chooser:choose"))
        self.assertIn("aurore-a", response.json()["html"])
        self.client.force_login(self.editor_b)
        html = self.client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
        self.assertIn(f"{SECRET.lower()}-b", html)
        self.assertNotIn("aurore-a", html)

    def test_superuser_keeps_every_tag(self):
        self.client.force_login(SuperuserFactory())
        response = self.client.get(reverse("wagtailimages:index"))
        self.assertContains(response, 'value="aurore-a"')
        self.assertContains(response, f'value="{SECRET.lower()}-b"')


class MoveConfirmationTests(AdminLeaksTestCase):
    """3. The move confirmation, by GET, of B's page or into B's tree."""

    def test_move_confirmation_is_refused_for_b_page_or_b_destination(self):
        for page, destination in [
            (self.page_b, self.section_b),
            (self.page_b, self.section_a),
            (self.page_a, self.section_b),
        ]:
            with self.subTest(page=page.title, destination=destination.title):
                url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])
                self.assert_denied_silently(url)
                self.assertEqual(self.client.get(url, headers=XHR).status_code, 403)

    def test_owner_still_confirms_the_move(self):
        self.client.force_login(self.moderator_b)
        url = reverse("wagtailadmin_pages:move_confirm", args=[self.page_b.pk, self.section_b.pk])
        response = self.client.get(url)
        self.assertContains(response, f"Projet {SECRET}")
        self.assertContains(response, f"Rubrique {SECRET}")

    def test_missing_page_is_still_404(self):
        url = reverse("wagtailadmin_pages:move_confirm", args=[self.page_a.pk, 999_999])
        self.assertEqual(self.client.get(url).status_code, 404)


class WorkflowViewTests(AdminLeaksTestCase):
    """4. The workflow cancellation modal, and the other workflow views of a page, for B's page."""

    def test_cancellation_modal_is_refused_for_b_page(self):
        url = reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[self.draft_b.pk])
        self.assert_denied_silently(url)
        response = self.assert_unchanged("get", url, headers=XHR)
        self.assertEqual(response.status_code, 403)
        self.assertNotContains(response, task_name("Beta"), status_code=403)

        self.client.force_login(self.moderator_b)
        modal = json.loads(self.client.get(url).content)["html"]
        self.assertIn(workflow_name("Beta"), modal)
        self.assertIn(task_name("Beta"), modal)

    def test_other_workflow_views_do_not_name_b_page(self):
        task_state = self.draft_b.current_workflow_task_state
        for url in [
            # B's draft, in a task it is not in: Wagtail's message named the page and the task.
            reverse("wagtailadmin_pages:workflow_preview", args=[self.draft_b.pk, self.task_a.pk]),
            # B's published page, in no workflow: the message named the page.
            reverse("wagtailadmin_pages:workflow_action", args=[self.page_b.pk, "approve", task_state.pk]),
            reverse("wagtailadmin_pages:collect_workflow_action_data", args=[self.page_b.pk, "approve", task_state.pk]),
        ]:
            with self.subTest(url):
                self.assert_denied_silently(url)


class TaskChooserTests(AdminLeaksTestCase):
    """5. The workflow task chooser, its results and its answer by id."""

    def test_chooser_lists_only_own_territory_tasks(self):
        chooser = json.loads(self.assert_unchanged("get", reverse("wagtailadmin_workflows:task_chooser")).content)
        self.assertIn(self.task_a.name, chooser["html"])
        self.assertNotIn(self.task_b.name, chooser["html"])
        results = self.assert_unchanged("get", reverse("wagtailadmin_workflows:task_chooser_results") + "?q=Validation")
        self.assertContains(results, self.task_a.name)
        self.assertNotContains(results, self.task_b.name)

        self.client.force_login(self.moderator_b)
        chooser = json.loads(self.client.get(reverse("wagtailadmin_workflows:task_chooser")).content)
        self.assertIn(self.task_b.name, chooser["html"])
        self.assertNotIn(self.task_a.name, chooser["html"])

    def test_chosen_by_id_answers_only_own_tasks(self):
        response = self.assert_unchanged("get", reverse("wagtailadmin_workflows:task_chosen", args=[self.task_b.pk]))
        self.assertEqual(response.status_code, 404)
        self.assertNotContains(response, "Beta", status_code=404)
        response = self.client.get(reverse("wagtailadmin_workflows:task_chosen", args=[self.task_a.pk]))
        self.assertEqual(response.json()["result"]["name"], self.task_a.name)


class MalformedPostTests(AdminLeaksTestCase):
    """6, 7 and 8. Posts Wagtail's views did not expect: a French message, never a 500, nothing written."""

    def test_external_link_without_url_gets_the_form_error(self):
        url = reverse("wagtailadmin_choose_page_external_link")
        for data in [{}, {"external-link-chooser-link_text": "Lien"}, {"external-link-chooser-url": "pas une adresse"}]:
            with self.subTest(data=data):
                response = self.assert_unchanged("post", url, data)
                self.assertEqual(response.json()["step"], "external_link")
                self.assertIn("error-message", response.json()["html"])
        missing = self.assert_unchanged("post", url, {})
        self.assertIn("Champ requis.", missing.json()["html"])

    def confirmation_data(self) -> dict:
        """What the import's confirmation page posts, for a CSV file of one redirect on A's site."""
        csv = SimpleUploadedFile("redirections.csv", b"de,vers\n/vieux-chemin,https://example.org/neuf\n")
        response = self.client.post(reverse("wagtailredirects:start_import"), {"import_file": csv})
        data = querydict_from_html(response.content.decode()).dict()
        return {**data, "from_index": "0", "to_index": "1", "permanent": "on", "site": self.a.site.pk}

    def assert_import_sent_back(self, data: dict) -> None:
        response = self.assert_unchanged("post", reverse("wagtailredirects:process_import"), data)
        self.assertRedirects(response, reverse("wagtailredirects:start_import"), fetch_redirect_response=False)
        page = self.client.get(reverse("wagtailredirects:start_import"))
        self.assertContains(page, "Choisissez à nouveau le fichier à importer.")

    def test_redirect_import_with_missing_tampered_or_spent_file_goes_back_to_the_first_step(self):
        data = self.confirmation_data()
        for malformed in [
            {},
            {**data, "import_file_name": "/etc/passwd"},
            {**data, "input_format": "0"},
            {**data, "input_format": data["import_file_name"]},  # a valid signature, but of the file name
            {key: value for key, value in data.items() if key != "input_format"},
        ]:
            with self.subTest(malformed=malformed):
                self.assert_import_sent_back(malformed)
        # Posted again once imported (a double click, the back button): the file is gone, nothing is added twice.
        self.client.post(reverse("wagtailredirects:process_import"), data)
        self.assertEqual(Redirect.objects.filter(old_path="/vieux-chemin").count(), 1)
        self.assert_import_sent_back(data)

    def test_strength_chooser_create_is_refused_with_a_message(self):
        url = reverse("wagtailsnippetchoosers_brands_strength:create")
        for method, data in [
            ("post", {}),
            ("post", {"title": "Atout", "site": "abc", "figure_value": "beaucoup", "sort_order": "?", "image": "x"}),
            ("get", {}),
        ]:
            with self.subTest(method=method, data=data):
                response = self.assert_unchanged(method, url, data)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "ne permet pas de créer", status_code=400)

    def test_strength_chooser_still_chooses_own_strengths(self):
        strength = StrengthFactory(site=self.a.site, title="Atout Aurore")
        response = self.client.get(reverse("wagtailsnippetchoosers_brands_strength:chosen", args=[strength.pk]))
        self.assertEqual(response.json()["result"]["string"], "Atout Aurore")


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024, WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
class OversizeUploadTests(AdminLeaksTestCase):
    """9. A file over the upload limit is refused for its size, with the limit, on the form and in the multiple upload."""

    def uploads(self) -> list[tuple[str, SimpleUploadedFile]]:
        big_pdf = SimpleUploadedFile("rapport.pdf", b"%PDF-1.4\n" + b"0" * 4096, content_type="application/pdf")
        big_png = SimpleUploadedFile(
            "photo.png", get_test_image_file(size=(400, 400)).file.getvalue(), content_type="image/png"
        )
        return [("wagtaildocs", big_pdf), ("wagtailimages", big_png)]

    def assert_size_message(self, message: str) -> None:
        self.assertIn("trop gros", message)
        self.assertIn(filesizeformat(1024), message)  # the limit, as Wagtail's help text gives it
        self.assertNotIn("extension", message)

    def test_add_form_says_the_file_is_too_large(self):
        for app, upload in self.uploads():
            with self.subTest(app):
                self.assertGreater(upload.size, 1024)
                response = self.assert_unchanged("post", reverse(f"{app}:add"), {"title": "Trop gros", "file": upload})
                self.assertEqual(response.status_code, 200)
                [message] = response.context["form"].errors["file"]
                self.assert_size_message(message)
                self.assertContains(response, message)

    def test_multiple_upload_says_the_file_is_too_large(self):
        for app, upload in self.uploads():
            with self.subTest(app):
                response = self.assert_unchanged("post", reverse(f"{app}:add_multiple"), {"files[]": upload})
                self.assertFalse(response.json()["success"])
                self.assert_size_message(response.json()["error_message"])

    def test_a_file_under_the_limit_is_still_added(self):
        response = self.client.post(reverse("wagtaildocs:add"), {"title": "Petit", "file": pdf_upload()})
        self.assertEqual(response.status_code, 302)
        self.assertTrue(get_document_model().objects.filter(title="Petit", collection=self.a.collection).exists())
