"""Submitting a finished translation to the territory's moderators, for editors who cannot publish."""

from bs4 import BeautifulSoup
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Locale, Page, Revision, TaskState, WorkflowPage, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from tests.factories import ContentPageFactory, SuperuserFactory, UserFactory, make_territory
from tests.test_moderation import territory_workflows


class TranslationReviewTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.a = make_territory("maurienne", "Maurienne", languages=("fr", "en"))
        cls.b = make_territory("vercors", "Vercors", languages=("fr", "en"))
        cls.editor_a = UserFactory.editor_of(cls.a)
        cls.moderator_a = UserFactory.moderator_of(cls.a)
        cls.editor_b = UserFactory.editor_of(cls.b)
        cls.moderator_b = UserFactory.moderator_of(cls.b)
        cls.english = Locale.objects.get(language_code="en")
        cls.french_page = ContentPageFactory(
            parent=cls.a.site.root_page,
            title="Vivre ici",
            slug="vivre-ici",
            seo_title="Vivre en Maurienne",
            intro="Bienvenue en Maurienne.",
        )
        TranslationCreator(cls.editor_a, [cls.english]).create_translations(cls.french_page)
        cls.page = cls.french_page.get_translation(cls.english)
        cls.translation = Translation.objects.get(source__object_id=cls.page.translation_key, target_locale=cls.english)
        cls.translate("title", "Living here")

    @classmethod
    def translate(cls, path: str, text: str) -> None:
        segment = StringSegment.objects.get(source=cls.translation.source, context__path=path)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, locale=cls.english, context=segment.context, defaults={"data": text}
        )

    def url(self, page: Page | None = None) -> str:
        return reverse("brands_submit_translation_for_review", args=[(page or self.page).pk])

    def writes(self) -> tuple[int, int]:
        return Revision.objects.count(), WorkflowState.objects.count()

    def submit(self, user=None):
        self.client.force_login(user or self.editor_a)
        return self.client.post(self.url())

    def approve(self) -> None:
        task_state = TaskState.objects.get(workflow_state__object_id=str(self.page.pk), status="in_progress")
        self.client.force_login(self.moderator_a)
        url = reverse("wagtailadmin_pages:workflow_action", args=[self.page.pk, "approve", task_state.pk])
        self.assertEqual(self.client.post(url, {"comment": ""}).status_code, 302)

    def assertRefusedWith(self, message: str, page: Page | None = None) -> None:
        """Refused on GET and on POST, with its message and no submit button, and nothing written."""
        before = self.writes()
        self.client.force_login(self.editor_a)
        for method in (self.client.get, self.client.post):
            response = method(self.url(page))
            self.assertContains(response, escape(message), status_code=409)
            self.assertNotContains(response, "Soumettre à validation</button>", status_code=409)
        self.assertEqual(self.writes(), before)

    def test_the_confirmation_shows_progress_and_workflow_and_writes_nothing(self) -> None:
        total, translated = self.translation.get_progress()
        self.assertEqual(translated, 1)
        before = self.writes()
        self.client.force_login(self.editor_a)
        response = self.client.get(self.url())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f"1 segment traduit sur {total}")
        self.assertContains(response, "Validation — Maurienne")
        self.assertContains(response, "garderont le texte français d'origine")
        self.assertContains(response, "Les modérateurs de Maurienne")
        self.assertContains(response, '<button type="submit" class="button">Soumettre à validation</button>', html=True)
        self.assertEqual(self.writes(), before)

    def test_submitting_saves_a_draft_revision_and_starts_the_territory_workflow(self) -> None:
        revisions = Revision.objects.filter(object_id=str(self.page.pk)).count()
        response = self.submit()
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[self.page.pk]), target_status_code=200)

        page = Page.objects.get(pk=self.page.pk)
        self.assertEqual(Revision.objects.filter(object_id=str(page.pk)).count(), revisions + 1)
        self.assertEqual(page.latest_revision.content["title"], "Living here")
        self.assertFalse(page.live)
        [state] = WorkflowState.objects.filter(object_id=str(page.pk))
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual([state.workflow], territory_workflows(self.a))
        self.assertEqual(state.current_task_state.revision, page.latest_revision)
        self.assertEqual({address for message in mail.outbox for address in message.to}, {self.moderator_a.email})
        messages = [str(message) for message in response.wsgi_request._messages]
        self.assertIn("les modérateurs de Maurienne sont prévenus", messages[0])

    def test_the_moderator_approves_and_the_translation_goes_online(self) -> None:
        self.submit()
        self.approve()
        page = Page.objects.get(pk=self.page.pk).specific
        self.assertTrue(page.live)
        self.assertEqual(page.title, "Living here")
        self.assertEqual(page.intro, "Bienvenue en Maurienne.", "an untranslated segment keeps the French text")

    def test_a_live_translation_stays_as_it_is_online_until_approved(self) -> None:
        # wagtail-localize's save_target(publish=False) would overwrite the live page's content at once.
        live = Page.objects.get(pk=self.page.pk).specific
        live.save_revision().publish()
        self.translate("title", "Life here")
        self.submit()
        page = Page.objects.get(pk=self.page.pk).specific
        self.assertEqual((page.title, page.live, page.has_unpublished_changes), ("Vivre ici", True, True))
        self.assertEqual(page.latest_revision.content["title"], "Life here")
        self.approve()
        self.assertEqual(Page.objects.get(pk=self.page.pk).title, "Life here")

    def test_a_page_that_is_not_a_translation_is_refused(self) -> None:
        self.assertRefusedWith("n'est pas une traduction en cours", page=self.french_page)

    def test_a_page_already_in_review_is_refused(self) -> None:
        self.submit()
        self.assertRefusedWith("déjà en cours de validation")

    def test_a_page_without_workflow_is_refused(self) -> None:
        WorkflowPage.objects.filter(workflow__in=territory_workflows(self.a)).delete()
        self.assertRefusedWith("n'a pas de circuit de validation")

    def test_a_translation_whose_source_was_deleted_is_refused(self) -> None:
        Page.objects.get(pk=self.french_page.pk).delete()
        self.assertRefusedWith("La page française d'origine a été supprimée")

    def test_a_page_locked_by_someone_else_is_refused(self) -> None:
        Page.objects.filter(pk=self.page.pk).update(locked=True, locked_by=self.moderator_a)
        self.assertRefusedWith("verrouillée par une autre personne")

    def test_a_translation_that_does_not_validate_is_refused_with_its_errors(self) -> None:
        # Longer than a page's SEO title may be. (Not the title: wagtail-localize copies a translated title
        # into the page's draft_title as it is saved, which PostgreSQL refuses beyond 255 characters.)
        self.translate("seo_title", "T" * 300)
        before = self.writes()
        response = self.submit()
        self.assertContains(response, "La traduction ne peut pas être enregistrée", status_code=409)
        self.assertContains(response, "255", status_code=409)
        self.assertEqual(self.writes(), before)

    def test_another_territory_editor_is_refused(self) -> None:
        before = self.writes()
        self.client.force_login(self.editor_b)
        for method in (self.client.get, self.client.post):
            response = method(self.url())
            self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertEqual(self.writes(), before)
        self.assertEqual(
            self.client.get(reverse("brands_submit_translation_for_review", args=[999999])).status_code, 404
        )

    def test_the_translation_editor_offers_the_submission_to_the_editor_only(self) -> None:
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        link = f'<a class="button button-small" href="{self.url()}">Soumettre la traduction à validation</a>'
        for user, shown in ((self.editor_a, True), (self.moderator_a, False), (SuperuserFactory(), False)):
            self.client.force_login(user)
            response = self.client.get(edit_url)
            self.assertTemplateUsed(response, "wagtail_localize/admin/edit_translation.html")
            self.assertEqual(self.url() in response.content.decode(), shown, user)
            if shown:
                self.assertContains(response, link, html=True)
                self.assertContains(response, "les modérateurs de Maurienne la relisent et la publient")
                # Inside Wagtail's help block, link colours would paint the button's text in its own colour.
                button = BeautifulSoup(response.content, "html.parser").find("a", href=self.url())
                self.assertIsNone(button.find_parent(class_="help-block"))
        self.submit()
        self.client.force_login(self.editor_a)
        self.assertNotContains(self.client.get(edit_url), self.url())

    def test_the_header_menu_offers_the_submission_on_translations_to_the_editor_only(self) -> None:
        english_explorer = reverse("wagtailadmin_explore", args=[self.page.pk])
        french_explorer = reverse("wagtailadmin_explore", args=[self.french_page.pk])
        french_edit = reverse("wagtailadmin_pages:edit", args=[self.french_page.pk])
        for user, url, shown in (
            (self.editor_a, english_explorer, True),
            (self.moderator_a, english_explorer, False),
            (self.editor_a, french_explorer, False),
            (self.editor_a, french_edit, False),
        ):
            self.client.force_login(user)
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200)
            self.assertEqual("Soumettre la traduction à validation" in response.content.decode(), shown, (user, url))
            self.assertEqual(
                reverse("brands_submit_translation_for_review", args=[self.page.pk]) in response.content.decode(),
                shown,
            )
