"""Territory isolation in the real Wagtail admin: territory A's staff never see nor change territory B's content.

Every refusal is checked twice: what the response shows (Wagtail's refusal, no trace of B) and what the
database holds afterwards (nothing changed anywhere). Positive controls show A's staff doing the same
things on A, so that a broken login or form cannot make the refusals pass for the wrong reason.
"""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import TextField
from django.db.models.functions import Cast
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html, streamfield
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from brands.models import BrandSettings, ContentPage, Navigation
from tests.factories import (
    PASSWORD,
    ContentPageFactory,
    DocumentFactory,
    ImageFactory,
    SuperuserFactory,
    UserFactory,
    make_territory,
    published_page,
)

# Every title of territory B's pages, media and settings carries this word; it must never appear in A's
# admin. (B's own name, "Beta", is public: it may appear, e.g. in a list of sites.)
SECRET = "Zeppelin"
DENIED = "denied"  # Wagtail's refusal: a redirect to the dashboard with "Sorry, you do not have permission…"

Image = get_image_model()
Document = get_document_model()
User = get_user_model()


def database_state() -> dict:
    """Everything a territory editor could try to change, as plain comparable values."""
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "pk",
                "path",
                "title",
                "draft_title",
                "slug",
                "live",
                "locked",
                "has_unpublished_changes",
                "latest_revision_id",
                "url_path",
                "owner_id",
            )
        ),
        "revisions": Revision.objects.count(),
        "page_log": PageLogEntry.objects.count(),
        "model_log": ModelLogEntry.objects.count(),
        "privacy": PageViewRestriction.objects.count(),
        "images": list(Image.objects.order_by("pk").values_list("pk", "title", "collection_id", "file")),
        "documents": list(Document.objects.order_by("pk").values_list("pk", "title", "collection_id", "file")),
        "brand_settings": list(BrandSettings.objects.order_by("pk").values()),
        "navigations": list(
            Navigation.objects.order_by("pk").values_list(
                "pk",
                "site_id",
                "locale_id",
                "tagline",
                *(Cast(name, TextField()) for name in ("menu_items", "footer_columns")),
            )
        ),
        "users": list(User.objects.order_by("pk").values_list("pk", "username", "email", "is_superuser", "is_active")),
        "memberships": list(User.groups.through.objects.order_by("pk").values_list("user_id", "group_id")),
        "user_permissions": User.user_permissions.through.objects.count(),
        "groups": list(Group.objects.order_by("pk").values_list("pk", "name")),
        "group_permissions": list(
            Group.permissions.through.objects.order_by("pk").values_list("group_id", "permission_id")
        ),
        "group_page_permissions": list(
            GroupPagePermission.objects.order_by("pk").values_list("group_id", "page_id", "permission_id")
        ),
        "group_collection_permissions": list(
            GroupCollectionPermission.objects.order_by("pk").values_list("group_id", "collection_id", "permission_id")
        ),
        "group_site_permissions": list(
            GroupSitePermission.objects.order_by("pk").values_list("group_id", "site_id", "permission_id")
        ),
        "sites": list(
            Site.objects.order_by("pk").values_list("pk", "hostname", "port", "root_page_id", "is_default_site")
        ),
        "collections": list(Collection.objects.order_by("path").values_list("pk", "path", "name")),
        "locales": list(Locale.objects.order_by("pk").values_list("language_code", flat=True)),
        "workflows": list(Workflow.objects.order_by("pk").values_list("pk", "name", "active")),
        "tasks": list(Task.objects.order_by("pk").values_list("pk", "name", "active")),
        "workflow_states": list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        "redirects": Redirect.objects.count(),
        "search_promotions": SearchPromotion.objects.count(),
        "search_queries": Query.objects.count(),
        "translations": Translation.objects.count(),
    }


def page_form_data(page: Page, title: str, **extra) -> dict:
    """What the admin's page form posts for a content page: a new title and an empty body."""
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": "Une page pour tester.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def png_upload() -> SimpleUploadedFile:
    return SimpleUploadedFile("photo.png", get_test_image_file().file.getvalue(), content_type="image/png")


def pdf_upload() -> SimpleUploadedFile:
    # The factory's default ".dat" file is not an allowed document extension, so editing it would fail.
    return SimpleUploadedFile("compte-rendu.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")


class IsolationTestCase(TestCase):
    """Two territories with pages, media, settings and history; territory A's editor is logged in."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.a = make_territory("alpha", name="Alpha", languages=("fr", "en"))
        cls.b = make_territory("beta", name="Beta", languages=("fr", "en"))
        cls.home_a = cls.a.site.root_page.specific
        cls.home_b = cls.b.site.root_page.specific
        cls.editor_a = UserFactory.editor_of(cls.a)
        cls.moderator_a = UserFactory.moderator_of(cls.a)
        cls.editor_b = UserFactory.editor_of(cls.b)
        cls.moderator_b = UserFactory.moderator_of(cls.b)  # editors no longer publish: moderators do

        cls.page_a = published_page(cls.home_a, "Projet Aurore", cls.moderator_a)
        cls.page_b = published_page(cls.home_b, f"Projet {SECRET}", cls.moderator_b)
        cls.draft_b = ContentPageFactory(parent=cls.home_b, title=f"Brouillon {SECRET}", live=False)
        cls.draft_b.save_revision(user=cls.editor_b, log_action=True)
        cls.locked_b = published_page(cls.home_b, f"Verrou {SECRET}", cls.moderator_b)
        # A promotion of B, logged as its admin does: the site history must not name it to A.
        promotion_b = SearchPromotion.objects.create(
            query=Query.get("projet"), page=cls.page_b, description=f"Promotion {SECRET}"
        )
        ModelLogEntry.objects.log_action(promotion_b, "wagtail.create", user=cls.editor_b)
        cls.locked_b.locked, cls.locked_b.locked_by, cls.locked_b.locked_at = True, cls.editor_b, timezone.now()
        cls.locked_b.save()
        # B's editor sends a draft to B's moderators (B's workflow, from provisioning), so the workflow
        # reports have something of B's to hide.
        cls.draft_b.get_workflow().start(cls.draft_b, cls.editor_b)

        cls.image_a = ImageFactory.in_territory(cls.a, title="Photo Aurore")
        cls.image_b = ImageFactory.in_territory(cls.b, title=f"Photo {SECRET}")
        cls.document_a = DocumentFactory.in_territory(cls.a, title="Compte-rendu Aurore", file=pdf_upload())
        cls.document_b = DocumentFactory.in_territory(cls.b, title=f"Compte-rendu {SECRET}", file=pdf_upload())

        Navigation.objects.filter(site=cls.b.site).update(tagline=f"Le pays {SECRET}")

        english = Locale.objects.get(language_code="en")
        for territory_home, page in [(cls.home_a, cls.page_a), (cls.home_b, cls.page_b)]:
            creator = TranslationCreator(None, [english])
            creator.create_translations(territory_home)
            creator.create_translations(page)

    def setUp(self) -> None:
        self.login(self.editor_a)

    def login(self, user) -> None:
        self.assertTrue(self.client.login(username=user.username, password=PASSWORD))

    def assert_refused(self, response, expected: str | int = DENIED) -> None:
        """Wagtail refused (denied, a status code, or a redirect to `expected`) and said nothing about B."""
        if expected == DENIED:
            self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        elif isinstance(expected, str):
            self.assertRedirects(response, expected, fetch_redirect_response=False)
        else:
            self.assertEqual(response.status_code, expected)
        self.assertNotIn(SECRET, response.content.decode())

    def assert_unchanged(self, method: str, url: str, data=None, **extra):
        """Whatever the answer, it shows nothing of B's and leaves the database exactly as it was."""
        before = database_state()
        response = getattr(self.client, method)(url, data or {}, **extra)
        self.assertNotIn(SECRET, response.content.decode())
        self.assertEqual(database_state(), before, f"{method.upper()} {url} changed the database")
        return response

    def assert_refused_and_unchanged(self, method: str, url: str, data=None, expected: str | int = DENIED, **extra):
        response = self.assert_unchanged(method, url, data, **extra)
        self.assert_refused(response, expected)
        return response

    def assert_shows_only_own(self, url: str, own: str | None = None, method: str = "get", data=None):
        """The page answers, shows A's item when one is named, and nothing of B's; the database is untouched."""
        response = self.assert_unchanged(method, url, data)
        self.assertEqual(response.status_code, 200, url)
        if own:
            self.assertContains(response, own)
        return response


class PageActionsTests(IsolationTestCase):
    """Every page action of the admin, tried by A's editor on B's pages."""

    def test_edit_is_refused(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.page_b.pk])
        self.assert_refused_and_unchanged("get", url)
        self.assert_refused_and_unchanged("post", url, page_form_data(self.page_b, "Piratée"))

    def test_publish_is_refused(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.draft_b.pk])
        self.assert_refused_and_unchanged(
            "post", url, page_form_data(self.draft_b, "Piratée", **{"action-publish": "1"})
        )
        self.assertFalse(Page.objects.get(pk=self.draft_b.pk).live)

    def test_unpublish_delete_and_privacy_are_refused(self):
        for name in ["unpublish", "delete", "set_privacy"]:
            with self.subTest(name):
                url = reverse(f"wagtailadmin_pages:{name}", args=[self.page_b.pk])
                self.assert_refused_and_unchanged("get", url)
                self.assert_refused_and_unchanged("post", url, {"restriction_type": "login"})

    def test_lock_and_unlock_are_refused(self):
        for name, page in [("lock", self.page_b), ("unlock", self.locked_b)]:
            with self.subTest(name):
                self.assert_refused_and_unchanged("post", reverse(f"wagtailadmin_pages:{name}", args=[page.pk]))

    def test_move_is_refused_both_ways(self):
        self.assert_refused_and_unchanged("get", reverse("wagtailadmin_pages:move", args=[self.page_b.pk]))
        for page, destination in [(self.page_b, self.home_a), (self.page_a, self.home_b)]:
            with self.subTest(page=page.title):
                url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])
                self.assert_refused_and_unchanged("post", url)

    def test_copy_is_refused_both_ways(self):
        url = reverse("wagtailadmin_pages:copy", args=[self.page_b.pk])
        data = {"new_title": "Copie", "new_slug": "copie", "new_parent_page": self.home_a.pk}
        self.assert_refused_and_unchanged("get", url)
        self.assert_refused_and_unchanged("post", url, data)
        # Copying A's own page into B's tree: the form refuses the destination, nothing is created.
        url = reverse("wagtailadmin_pages:copy", args=[self.page_a.pk])
        response = self.assert_shows_only_own(url, method="post", data={**data, "new_parent_page": self.home_b.pk})
        self.assertContains(response, "error-message")

    def test_history_revisions_and_workflow_history_are_refused(self):
        revision = self.page_b.latest_revision
        for url in [
            reverse("wagtailadmin_pages:history", args=[self.page_b.pk]),
            reverse("wagtailadmin_pages:history_results", args=[self.page_b.pk]),
            reverse("wagtailadmin_pages:revisions_view", args=[self.page_b.pk, revision.pk]),
            reverse("wagtailadmin_pages:revisions_revert", args=[self.page_b.pk, revision.pk]),
            reverse("wagtailadmin_pages:revisions_compare", args=[self.page_b.pk, "earliest", "latest"]),
            reverse("wagtailadmin_pages:workflow_history", args=[self.draft_b.pk]),
            reverse("wagtailadmin_pages:usage", args=[self.page_b.pk]),
        ]:
            with self.subTest(url):
                self.assert_refused_and_unchanged("get", url)
        # The old revisions URL only redirects to the history view, which refuses (above).
        url = reverse("wagtailadmin_pages:revisions_index", args=[self.page_b.pk])
        self.assert_refused(self.client.get(url), reverse("wagtailadmin_pages:history", args=[self.page_b.pk]))

    def test_preview_and_draft_view_are_refused(self):
        preview = reverse("wagtailadmin_pages:preview_on_edit", args=[self.draft_b.pk])
        self.assert_refused_and_unchanged("get", preview)
        self.assert_refused_and_unchanged("post", preview, page_form_data(self.draft_b, "Aperçu"))
        self.assert_refused_and_unchanged("get", reverse("wagtailadmin_pages:view_draft", args=[self.draft_b.pk]))

    def test_adding_a_subpage_under_b_is_refused(self):
        self.assert_refused_and_unchanged("get", reverse("wagtailadmin_pages:add_subpage", args=[self.home_b.pk]))
        url = reverse("wagtailadmin_pages:add", args=["brands", "contentpage", self.home_b.pk])
        self.assert_refused_and_unchanged("get", url)
        self.assert_refused_and_unchanged("post", url, page_form_data(Page(slug="intrus"), "Intrus"))

    def test_explorer_of_b_sends_back_to_a(self):
        own_explorer = reverse("wagtailadmin_explore", args=[self.home_a.pk])
        for url in [
            reverse("wagtailadmin_explore", args=[self.home_b.pk]),
            reverse("wagtailadmin_explore_root"),
        ]:
            with self.subTest(url):
                self.assert_refused_and_unchanged("get", url, expected=own_explorer)
        self.assert_shows_only_own(own_explorer, own="Projet Aurore")

    def test_explorer_filters_offer_only_own_sites_and_people(self):
        """Wagtail's Site, Owner and Edited by filters list every site and every page's author."""

        def options(html: str, name: str) -> set[int]:
            return {int(value) for value in re.findall(rf'name="{name}" value="(\d+)"', html)}

        own_explorer = reverse("wagtailadmin_explore", args=[self.home_a.pk])
        html = self.assert_shows_only_own(own_explorer).content.decode()
        self.assertEqual(options(html, "site"), set())  # one site of its own: nothing to filter
        self.assertEqual(options(html, "edited_by"), {self.moderator_a.pk})
        self.assertNotIn(self.editor_b.pk, options(html, "owner"))
        superuser = SuperuserFactory()
        self.client.force_login(superuser)
        html = self.client.get(own_explorer).content.decode()
        self.assertEqual(options(html, "site"), set(Site.objects.values_list("pk", flat=True)))
        self.assertEqual(options(html, "edited_by"), {self.moderator_a.pk, self.moderator_b.pk, self.editor_b.pk})
        self.login(self.editor_a)
        PageLogEntry.objects.filter(page__in=[self.home_a, self.page_a]).delete()
        html = self.client.get(own_explorer).content.decode()
        self.assertNotIn('name="edited_by"', html)  # nothing to offer: no empty menu

    def test_bulk_actions_neither_list_nor_touch_b_pages(self):
        for action in ["delete", "publish", "unpublish", "move"]:
            with self.subTest(action):
                url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
                self.assert_shows_only_own(f"{url}?id={self.page_b.pk}&id={self.draft_b.pk}")
                self.assert_shows_only_own(f"{url}?id=all&childOf={self.home_b.pk}")
                # Confirming acts on nothing: Wagtail redirects back, or re-asks the move's destination.
                response = self.assert_unchanged("post", f"{url}?id={self.page_b.pk}&id={self.draft_b.pk}")
                self.assertEqual(response.status_code, 200 if action == "move" else 302)

    def test_bulk_move_into_b_tree_is_refused(self):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"]) + f"?id={self.page_a.pk}"
        self.assert_unchanged("post", url, {"chooser": self.home_b.pk})

    def test_admin_api_hides_b_pages(self):
        self.assert_refused_and_unchanged(
            "get", reverse("wagtailadmin_api:pages:detail", args=[self.page_b.pk]), expected=404
        )
        self.assert_shows_only_own(reverse("wagtailadmin_api:pages:listing") + "?search=Projet", own="Projet Aurore")

    def test_own_page_can_be_edited_published_locked_and_unlocked(self):
        edit = reverse("wagtailadmin_pages:edit", args=[self.page_a.pk])
        self.assertEqual(self.client.get(edit).status_code, 200)
        # The editor's "publish" only saves a draft: editors submit to their moderators (test_moderation).
        response = self.client.post(
            edit, page_form_data(self.page_a, "Projet Aurore publié", **{"action-publish": "1"})
        )
        self.assertEqual(response.status_code, 302)
        page = Page.objects.get(pk=self.page_a.pk)
        self.assertEqual((page.title, page.live, page.has_unpublished_changes), ("Projet Aurore", True, True))
        self.login(self.moderator_a)
        self.client.post(edit, page_form_data(self.page_a, "Projet Aurore publié", **{"action-publish": "1"}))
        page = Page.objects.get(pk=self.page_a.pk)
        self.assertEqual((page.title, page.live, page.has_unpublished_changes), ("Projet Aurore publié", True, False))
        self.login(self.editor_a)

        self.client.post(reverse("wagtailadmin_pages:lock", args=[self.page_a.pk]))
        self.assertTrue(Page.objects.get(pk=self.page_a.pk).locked)
        self.client.post(reverse("wagtailadmin_pages:unlock", args=[self.page_a.pk]))
        self.assertFalse(Page.objects.get(pk=self.page_a.pk).locked)

    def test_own_page_history_and_subpage_form_open(self):
        for url in [
            reverse("wagtailadmin_pages:history", args=[self.page_a.pk]),
            reverse("wagtailadmin_pages:add", args=["brands", "contentpage", self.home_a.pk]),
        ]:
            with self.subTest(url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_own_page_preview(self):
        # Renders the public page template; see the report if it is not written yet.
        response = self.client.get(reverse("wagtailadmin_pages:view_draft", args=[self.page_a.pk]))
        self.assertContains(response, "Projet Aurore")


class MediaTests(IsolationTestCase):
    """B's images and documents, as seen from A's admin: listings, choosers, edit views, the admin API."""

    def test_listings_show_only_a_media(self):
        for url, own in [
            (reverse("wagtailimages:index"), "Photo Aurore"),
            (reverse("wagtailimages:index_results") + "?q=Photo", "Photo Aurore"),
            (reverse("wagtaildocs:index"), "Compte-rendu Aurore"),
            (reverse("wagtaildocs:index_results") + "?q=Compte", "Compte-rendu Aurore"),
        ]:
            with self.subTest(url):
                self.assert_shows_only_own(url, own=own)

    def test_choosers_show_only_a_media(self):
        for url, own in [
            (reverse("wagtailimages_chooser:choose"), "Photo Aurore"),
            (reverse("wagtailimages_chooser:choose_results") + "?q=Photo", "Photo Aurore"),
            (reverse("wagtaildocs_chooser:choose"), "Compte-rendu Aurore"),
            (reverse("wagtaildocs_chooser:choose_results") + "?q=Compte", "Compte-rendu Aurore"),
        ]:
            with self.subTest(url):
                self.assert_shows_only_own(url, own=own)

    def test_choosers_refuse_b_media_by_id(self):
        self.assert_refused_and_unchanged("get", reverse("wagtailimages_chooser:chosen", args=[self.image_b.pk]))
        self.assert_refused_and_unchanged("get", reverse("wagtaildocs_chooser:chosen", args=[self.document_b.pk]))
        select_format = reverse("wagtailimages_chooser:select_format", args=[self.image_b.pk])
        self.assert_refused_and_unchanged("get", select_format)
        self.assert_refused_and_unchanged("post", select_format, {"image-chooser-insertion-format": "fullwidth"})
        self.assert_shows_only_own(reverse("wagtailimages_chooser:chosen_multiple") + f"?id={self.image_b.pk}")
        self.assert_shows_only_own(reverse("wagtaildocs_chooser:chosen_multiple") + f"?id={self.document_b.pk}")

    def test_own_media_can_be_chosen_by_id(self):
        response = self.client.get(reverse("wagtailimages_chooser:chosen", args=[self.image_a.pk]))
        self.assertContains(response, "Photo Aurore")
        response = self.client.get(reverse("wagtaildocs_chooser:chosen", args=[self.document_a.pk]))
        self.assertContains(response, "Compte-rendu Aurore")

    def test_edit_delete_and_usage_of_b_media_are_refused(self):
        image_data = {"title": "Piratée", "collection": self.a.collection.pk}
        for name, obj in [
            ("wagtailimages:edit", self.image_b),
            ("wagtailimages:delete", self.image_b),
            ("wagtailimages:image_usage", self.image_b),
            ("wagtaildocs:edit", self.document_b),
            ("wagtaildocs:delete", self.document_b),
            ("wagtaildocs:document_usage", self.document_b),
        ]:
            with self.subTest(name):
                url = reverse(name, args=[obj.pk])
                self.assert_refused_and_unchanged("get", url)
                self.assert_refused_and_unchanged("post", url, image_data)
        self.assert_refused_and_unchanged(
            "get", reverse("wagtailimages:url_generator", args=[self.image_b.pk]), expected=404
        )

    def test_multiple_upload_views_refuse_b_media(self):
        for name, obj, prefix in [
            ("wagtailimages:edit_multiple", self.image_b, "image"),
            ("wagtailimages:delete_multiple", self.image_b, "image"),
            ("wagtaildocs:edit_multiple", self.document_b, "doc"),
            ("wagtaildocs:delete_multiple", self.document_b, "doc"),
        ]:
            with self.subTest(name):
                # The multiple-upload page talks to these views in XHR, so Wagtail answers 403.
                url = reverse(name, args=[obj.pk])
                data = {f"{prefix}-{obj.pk}-title": "Piratée"}
                self.assert_refused_and_unchanged(
                    "post", url, data, expected=403, headers={"x-requested-with": "XMLHttpRequest"}
                )
                self.assert_refused_and_unchanged("post", url, data)

    def test_media_cannot_be_added_to_or_moved_into_b_collection(self):
        # With a single collection the form has no collection field: a posted one is ignored.
        for name, upload in [("wagtailimages:add", png_upload()), ("wagtaildocs:add", pdf_upload())]:
            with self.subTest(name):
                data = {"title": "Déposée", "collection": self.b.collection.pk, "file": upload}
                self.assertEqual(self.client.post(reverse(name), data).status_code, 302)
        for name, obj in [("wagtailimages:edit", self.image_a), ("wagtaildocs:edit", self.document_a)]:
            with self.subTest(name):
                data = {"title": "Déplacée", "collection": self.b.collection.pk}
                self.assertEqual(self.client.post(reverse(name, args=[obj.pk]), data).status_code, 302)
        self.assertEqual(Image.objects.filter(collection=self.b.collection).get(), self.image_b)
        self.assertEqual(Document.objects.filter(collection=self.b.collection).get(), self.document_b)
        self.assertEqual(
            Image.objects.filter(collection=self.a.collection, title__in=["Déposée", "Déplacée"]).count(), 2
        )
        self.assertEqual(
            Document.objects.filter(collection=self.a.collection, title__in=["Déposée", "Déplacée"]).count(), 2
        )

    def test_own_media_can_be_edited(self):
        for name, obj in [("wagtailimages:edit", self.image_a), ("wagtaildocs:edit", self.document_a)]:
            with self.subTest(name):
                data = {"title": "Renommée Aurore", "collection": self.a.collection.pk}
                self.assertEqual(self.client.post(reverse(name, args=[obj.pk]), data).status_code, 302)
                obj.refresh_from_db()
                self.assertEqual(obj.title, "Renommée Aurore")

    def test_bulk_actions_neither_list_nor_touch_b_media(self):
        for model, obj in [("wagtailimages/image", self.image_b), ("wagtaildocs/document", self.document_b)]:
            app_label, model_name = model.split("/")
            for action in ["delete", "add_tags", "add_to_collection"]:
                with self.subTest(model=model, action=action):
                    url = reverse("wagtail_bulk_action", args=[app_label, model_name, action]) + f"?id={obj.pk}"
                    self.assert_shows_only_own(url)
                    data = {"tags": "piraté", "collection": self.a.collection.pk}
                    self.assert_unchanged("post", url, data)

    def test_own_media_cannot_be_bulk_moved_into_b_collection(self):
        url = reverse("wagtail_bulk_action", args=["wagtailimages", "image", "add_to_collection"])
        response = self.assert_shows_only_own(
            f"{url}?id={self.image_a.pk}", method="post", data={"collection": self.b.collection.pk}
        )
        self.assertContains(response, "error-message")

    def test_admin_api_lists_only_a_media(self):
        self.assert_shows_only_own(reverse("wagtailadmin_api:images:listing"), own="Photo Aurore")
        self.assert_shows_only_own(reverse("wagtailadmin_api:documents:listing"), own="Compte-rendu Aurore")
        for name, obj in [
            ("wagtailadmin_api:images:detail", self.image_b),
            ("wagtailadmin_api:documents:detail", self.document_b),
        ]:
            with self.subTest(name):
                self.assert_refused_and_unchanged("get", reverse(name, args=[obj.pk]), expected=404)


class SettingsTests(IsolationTestCase):
    """Per-site brand and navigation settings: B's are closed, A's are open and still validated."""

    def settings_url(self, model_name: str, territory=None) -> str:
        return reverse("wagtailsettings:edit", args=["brands", model_name, (territory or self.a).site.pk])

    def own_brand_form(self) -> dict:
        response = self.client.get(self.settings_url("brandsettings"))
        self.assertEqual(response.status_code, 200)
        # The partners' StreamField is drawn by JavaScript: its empty form sends only a count.
        return {"partners-count": "0", **querydict_from_html(response.content.decode(), form_id="w-editor-form").dict()}

    def test_b_settings_cannot_be_read_or_saved(self):
        data = {**self.own_brand_form(), "brand_name": "Piratée"}
        url = self.settings_url("brandsettings", self.b)
        self.assert_refused_and_unchanged("get", url)
        self.assert_refused_and_unchanged("post", url, data)

    def test_b_navigation_cannot_be_read_or_saved(self):
        urls = [
            reverse(f"wagtailsnippets_brands_navigation:{view}", args=[navigation_b.pk])
            for navigation_b in Navigation.objects.filter(site=self.b.site)
            for view in ("edit", "history", "usage")
        ]
        self.assertEqual(len(urls), 3 * 2, "B's French and English navigations")
        for url in urls:
            with self.subTest(url):
                self.assert_refused_and_unchanged("get", url)
                self.assert_refused_and_unchanged("post", url, {"tagline": "Piratée"})

    def test_navigation_listing_shows_only_own(self):
        self.assert_shows_only_own(reverse("wagtailsnippets_brands_navigation:list"))

    def test_settings_menu_opens_a_settings(self):
        response = self.client.get(reverse("wagtailsettings:edit", args=["brands", "brandsettings"]))
        self.assertRedirects(response, self.settings_url("brandsettings"), fetch_redirect_response=False)
        self.assert_shows_only_own(self.settings_url("brandsettings"))

    def test_own_brand_settings_can_be_saved(self):
        data = {**self.own_brand_form(), "brand_name": "Alpha Nouvelle", "primary_color": "#0b4f6c"}
        response = self.client.post(self.settings_url("brandsettings"), data)
        self.assertRedirects(response, self.settings_url("brandsettings"), fetch_redirect_response=False)
        brand = BrandSettings.objects.get(site=self.a.site)
        self.assertEqual((brand.brand_name, brand.primary_color), ("Alpha Nouvelle", "#0b4f6c"))

    def test_low_contrast_palette_is_refused_with_the_ratio(self):
        data = {**self.own_brand_form(), "text_color": "#dddddd"}
        response = self.assert_shows_only_own(self.settings_url("brandsettings"), method="post", data=data)
        self.assertContains(response, "Contraste insuffisant")
        self.assertContains(response, "1,35:1")
        self.assertEqual(BrandSettings.objects.get(site=self.a.site).text_color, "#1d1d1b")


class GlobalAdminAreaTests(IsolationTestCase):
    """Areas that belong to the whole network: closed to territory staff, by URL and by POST."""

    def test_users_cannot_be_listed_created_or_changed(self):
        new_user = {
            "username": "intrus",
            "email": "intrus@example.org",
            "first_name": "In",
            "last_name": "Trus",
            "password1": "Un-mot-de-passe-solide-42",
            "password2": "Un-mot-de-passe-solide-42",
            "is_superuser": "on",
            "is_active": "on",
            "groups": [self.b.editors_group.pk],
        }
        self.assert_refused_and_unchanged("get", reverse("wagtailusers_users:index"))
        self.assert_refused_and_unchanged("get", reverse("wagtailusers_users:add"))
        self.assert_refused_and_unchanged("post", reverse("wagtailusers_users:add"), new_user)
        for user in [self.editor_b, self.editor_a]:
            with self.subTest(user=user.username):
                url = reverse("wagtailusers_users:edit", args=[user.pk])
                self.assert_refused_and_unchanged("get", url)
                self.assert_refused_and_unchanged("post", url, {**new_user, "username": user.username})
        self.assertFalse(User.objects.filter(is_superuser=True).exists())

    def test_groups_cannot_be_created_or_changed(self):
        self.assert_refused_and_unchanged("get", reverse("wagtailusers_groups:index"))
        self.assert_refused_and_unchanged("get", reverse("wagtailusers_groups:add"))
        self.assert_refused_and_unchanged("post", reverse("wagtailusers_groups:add"), {"name": "Intrus"})
        for group in [self.a.editors_group, self.b.editors_group]:
            with self.subTest(group=group.name):
                url = reverse("wagtailusers_groups:edit", args=[group.pk])
                self.assert_refused_and_unchanged("get", url)
                self.assert_refused_and_unchanged("post", url, {"name": "Tout-puissants"})

    def test_network_settings_areas_are_closed(self):
        cases = [  # (URL name, arguments, data to post if any)
            ("wagtailsites:index", [], {}),
            ("wagtailsites:add", [], {"hostname": "intrus.localhost", "port": 80, "root_page": self.home_b.pk}),
            (
                "wagtailsites:edit",
                [self.b.site.pk],
                {"hostname": "volé.localhost", "port": 80, "root_page": self.home_a.pk},
            ),
            ("wagtailadmin_collections:index", [], {}),
            ("wagtailadmin_collections:add", [], {"name": "Intruse", "parent": Collection.get_first_root_node().pk}),
            ("wagtailadmin_collections:edit", [self.b.collection.pk], {"name": "Volée"}),
            ("wagtailadmin_workflows:index", [], {}),
            ("wagtailadmin_workflows:add", [], {"name": "Intrus"}),
            ("wagtailadmin_workflows:task_index", [], {}),
            ("wagtailadmin_workflows:select_task_type", [], {}),
            ("wagtaillocales:index", [], {}),
            ("wagtaillocales:add", [], {"language_code": "de"}),
            ("wagtailsnippets:index", [], {}),
        ]  # Redirects and search promotions are open to territory staff, scoped: test_redirects, test_search.
        for name, args, data in cases:
            with self.subTest(name):
                url = reverse(name, args=args)
                self.assert_refused_and_unchanged("get", url)
                if data:
                    self.assert_refused_and_unchanged("post", url, data)

    def test_b_collection_cannot_be_deleted(self):
        # Wagtail answers 404 rather than "denied" here: a collection you may not delete is not offered.
        url = reverse("wagtailadmin_collections:delete", args=[self.b.collection.pk])
        self.assert_refused_and_unchanged("get", url, expected=404)
        self.assert_refused_and_unchanged("post", url, expected=404)

    def test_reports_show_only_a_pages(self):
        self.client.post(reverse("wagtailadmin_pages:lock", args=[self.page_a.pk]))
        for name, own in [
            ("wagtailadmin_reports:locked_pages", "Projet Aurore"),
            ("wagtailadmin_reports:site_history", "Projet Aurore"),
            ("wagtailadmin_reports:aging_pages", None),  # Wagtail lists there the pages one may publish
            ("wagtailadmin_reports:workflow", None),
            ("wagtailadmin_reports:workflow_tasks", None),
            ("wagtail_localize:translations_report", "Projet Aurore"),
        ]:
            with self.subTest(name):
                self.assert_shows_only_own(reverse(name), own=own)
        self.login(self.moderator_a)  # who publishes, since editors submit to moderation
        self.assert_shows_only_own(reverse("wagtailadmin_reports:aging_pages"), own="Projet Aurore")

    def test_page_types_report_is_not_in_the_menu(self):
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(response, reverse("wagtailadmin_reports:page_types_usage"))
        self.assertContains(response, reverse("wagtailadmin_reports:site_history"))

    def test_page_chooser_browses_only_a_tree(self):
        root = self.assert_shows_only_own(reverse("wagtailadmin_choose_page"), own=self.home_a.title)
        self.assertNotContains(root, reverse("wagtailadmin_choose_page_child", args=[self.home_b.pk]))
        self.assertNotContains(root, "beta.localhost")
        self.assert_shows_only_own(reverse("wagtailadmin_choose_page_child", args=[self.home_b.pk]))
        self.assert_shows_only_own(
            reverse("wagtailadmin_choose_page_child", args=[self.home_a.pk]), own="Projet Aurore"
        )
        self.assert_shows_only_own(reverse("wagtailadmin_choose_page_search") + "?q=Projet", own="Projet Aurore")

    def test_admin_search_and_dashboard_show_only_a(self):
        self.assert_shows_only_own(reverse("wagtailadmin_pages:search") + "?q=Projet", own="Projet Aurore")
        self.assert_shows_only_own(reverse("wagtailadmin_pages:search_results") + "?q=Projet", own="Projet Aurore")
        self.assert_shows_only_own(reverse("wagtailadmin_home"), own="Projet Aurore")


class WagtailAdminURLTests(IsolationTestCase):
    """Wagtail's own admin views that show any page by id, or every site's pages, as brands/admin/urls.py
    answers them: A's staff see only A's pages there."""

    def test_page_types_report_is_refused(self):
        url = reverse("wagtailadmin_reports:page_types_usage")
        for refused in [url, f"{url}?export=csv", reverse("wagtailadmin_reports:page_types_usage_results")]:
            with self.subTest(refused):
                self.assert_refused_and_unchanged("get", refused)

    def test_page_chooser_opened_on_b_page_shows_a_tree(self):
        for page in [self.page_b, self.home_b]:
            with self.subTest(page.title):
                url = reverse("wagtailadmin_choose_page_child", args=[page.pk])
                response = self.assert_shows_only_own(url, own="Projet Aurore")
                self.assertEqual(response.json()["parent_page_id"], self.home_a.pk)

    def test_page_chooser_for_a_page_type_found_only_in_b_shows_a_tree(self):
        # Left with content pages in B's French tree only, Wagtail would open the chooser on B's home page.
        Page.objects.type(ContentPage).exclude(path__startswith=self.home_b.path).delete()
        url = reverse("wagtailadmin_choose_page") + "?page_type=brands.contentpage"
        response = self.assert_shows_only_own(url, own=self.home_a.title)
        self.assertEqual(response.json()["parent_page_id"], self.home_a.pk)

    def test_page_chooser_returns_only_a_pages_by_id(self):
        url = reverse("wagtailadmin_choose_page_chosen_multiple")
        response = self.assert_shows_only_own(f"{url}?id={self.page_b.pk}&id={self.draft_b.pk}&id={self.page_a.pk}")
        self.assertEqual([page["id"] for page in response.json()["result"]], [self.page_a.pk])

    def test_link_to_b_page_stays_an_external_link(self):
        url = reverse("wagtailadmin_choose_page_external_link")
        for link in [self.page_b.full_url, f"{self.page_b.full_url}?utm=1"]:  # exact, then confirmed conversion
            with self.subTest(link):
                response = self.assert_shows_only_own(url, method="post", data={"external-link-chooser-url": link})
                self.assertEqual(response.json()["step"], "external_link_chosen")
                self.assertEqual(
                    response.json()["result"], {"url": link, "title": link, "prefer_this_title_as_link_text": False}
                )

    def test_own_pages_can_be_browsed_chosen_and_linked(self):
        home = self.assert_shows_only_own(
            reverse("wagtailadmin_choose_page_child", args=[self.home_a.pk]), own="Projet Aurore"
        )
        self.assertEqual(home.json()["parent_page_id"], self.home_a.pk)
        root = self.assert_shows_only_own(reverse("wagtailadmin_choose_page"), own=self.home_a.title)
        self.assertEqual(root.json()["parent_page_id"], Page.get_first_root_node().pk)

        url = reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={self.page_a.pk}"
        [chosen] = self.assert_shows_only_own(url).json()["result"]
        self.assertEqual((chosen["adminTitle"], chosen["url"]), ("Projet Aurore", self.page_a.full_url))

        url = reverse("wagtailadmin_choose_page_external_link")
        link = self.assert_shows_only_own(url, method="post", data={"external-link-chooser-url": self.page_a.full_url})
        self.assertEqual(link.json()["result"]["id"], self.page_a.pk)


class TranslationTests(IsolationTestCase):
    """wagtail-localize's views, once territory staff are allowed to submit translations."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        submit = Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
        cls.a.editors_group.permissions.add(submit)

    def test_b_pages_cannot_be_submitted_for_translation(self):
        url = reverse("wagtail_localize:submit_page_translation", args=[self.draft_b.pk])
        english = Locale.objects.get(language_code="en")
        self.assert_refused_and_unchanged("get", url)
        self.assert_refused_and_unchanged("post", url, {"locales": [english.pk]})

    def test_b_translations_cannot_be_updated(self):
        source = TranslationSource.objects.get(object_id=self.page_b.translation_key)
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        self.assert_refused_and_unchanged("get", url)
        self.assert_refused_and_unchanged("post", url, {})

    def test_own_page_can_be_submitted_and_updated(self):
        url = reverse("wagtail_localize:submit_page_translation", args=[self.page_a.pk])
        self.assertContains(self.client.get(url), "Projet Aurore")
        source = TranslationSource.objects.get(object_id=self.page_a.translation_key)
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        self.assertContains(self.client.get(url), "Projet Aurore")


class ModeratorTests(IsolationTestCase):
    """A's moderators hold more rights (deleting, bulk deleting) but on A only."""

    def setUp(self) -> None:
        self.login(self.moderator_a)

    def test_b_content_is_refused(self):
        self.assert_refused_and_unchanged(
            "post",
            reverse("wagtailadmin_pages:edit", args=[self.draft_b.pk]),
            page_form_data(self.draft_b, "Piratée", **{"action-publish": "1"}),
        )
        self.assert_refused_and_unchanged("post", reverse("wagtailadmin_pages:delete", args=[self.page_b.pk]))
        self.assert_refused_and_unchanged("post", reverse("wagtailimages:delete", args=[self.image_b.pk]))
        self.assert_refused_and_unchanged("post", reverse("wagtaildocs:delete", args=[self.document_b.pk]))
        url = reverse("wagtailsettings:edit", args=["brands", "brandsettings", self.b.site.pk])
        self.assert_refused_and_unchanged("post", url, {"brand_name": "Piratée"})

    def test_bulk_delete_does_not_reach_b(self):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        self.assert_shows_only_own(f"{url}?id={self.page_b.pk}")
        self.assert_unchanged("post", f"{url}?id={self.page_b.pk}")

    def test_own_media_can_be_deleted(self):
        response = self.client.post(reverse("wagtaildocs:delete", args=[self.document_a.pk]))
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Document.objects.filter(pk=self.document_a.pk).exists())


class SuperuserTests(IsolationTestCase):
    """The scoping hooks leave the network's superusers seeing everything."""

    def setUp(self) -> None:
        self.login(SuperuserFactory())

    def test_superuser_sees_every_territory(self):
        for url in [
            reverse("wagtailadmin_choose_page_child", args=[self.home_b.pk]),
            reverse("wagtailadmin_choose_page_child", args=[self.page_b.pk]),
            reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={self.page_b.pk}",
            reverse("wagtailadmin_reports:page_types_usage"),  # B's English page was edited last
            reverse("wagtailadmin_api:images:listing"),
            reverse("wagtail_localize:translations_report"),
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={self.page_b.pk}",
        ]:
            with self.subTest(url):
                self.assertContains(self.client.get(url), SECRET)

    def test_superuser_link_to_b_page_becomes_internal(self):
        response = self.client.post(
            reverse("wagtailadmin_choose_page_external_link"), {"external-link-chooser-url": self.page_b.full_url}
        )
        self.assertEqual(response.json()["result"]["id"], self.page_b.pk)
