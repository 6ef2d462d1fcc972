"""Translating with wagtail-localize: scoped to the territory, its languages only, sync and PO round trips."""

from urllib.parse import urlencode

import polib
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from brands.models import Navigation
from tests.factories import ContentPageFactory, StrengthFactory, SuperuserFactory, UserFactory, make_territory

DENIED = (302, 403, 404)  # the admin refuses with a redirect and a message, a 403 or a 404


def body(*texts: str, quote: str = "Ici, on prend le temps.") -> list:
    sections = [("section", {"heading": f"Partie {i}", "text": f"<p>{text}</p>"}) for i, text in enumerate(texts, 1)]
    return [*sections, ("quote", {"text": quote, "author": "Une habitante", "source": ""})]


def translate_all(translation: Translation, prefix: str = "EN ") -> None:
    """Translate every segment of the translation's source, as a translator would."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )


def block_shape(page: Page) -> list[tuple[str, str]]:
    return [(block.block_type, block.id) for block in page.specific.body]


class TranslationScopeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha", languages=("fr", "en"))
        cls.beta = make_territory("beta", "Beta", languages=("fr", "en", "de"))
        cls.page = ContentPageFactory(parent=cls.alpha.site.root_page, slug="decouvrir")
        cls.editor = UserFactory.editor_of(cls.alpha)
        cls.other_editor = UserFactory.editor_of(cls.beta)
        cls.strength = StrengthFactory(site=cls.alpha.site)

    def submit_url(self) -> str:
        return reverse("wagtail_localize:submit_page_translation", args=[self.page.pk])

    def test_only_the_site_languages_are_offered(self):
        self.client.force_login(self.editor)
        response = self.client.get(self.submit_url())
        self.assertEqual(response.status_code, 200)
        offered = response.context["form"].fields["locales"].queryset
        self.assertEqual([locale.language_code for locale in offered], ["en"])
        self.assertContains(response, "Langues")
        self.assertNotContains(response, "Régions")
        german = Locale.objects.get(language_code="de")
        response = self.client.post(self.submit_url(), {"locales": [german.pk]})
        self.assertEqual(response.status_code, 200, "the form is shown again with its error")
        self.assertFalse(self.page.has_translation(german))

    def test_the_editor_translates_their_page_into_a_draft(self):
        self.client.force_login(self.editor)
        english = Locale.objects.get(language_code="en")
        response = self.client.post(self.submit_url(), {"locales": [english.pk]})
        self.assertEqual(response.status_code, 302)
        translated = self.page.get_translation(english)
        self.assertFalse(translated.live)
        self.assertTrue(translated.permissions_for_user(self.editor).can_edit())

    def test_another_territory_editor_cannot_submit_nor_sync(self):
        self.client.force_login(self.other_editor)
        english = Locale.objects.get(language_code="en")
        response = self.client.post(self.submit_url(), {"locales": [english.pk]})
        self.assertIn(response.status_code, DENIED)
        self.assertFalse(self.page.has_translation(english))
        source, _created = TranslationSource.get_or_create_from_instance(self.page)
        response = self.client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
        self.assertIn(response.status_code, DENIED)

    def test_territory_staff_translate_their_menu_and_strengths_only(self):
        english = Locale.objects.get(language_code="en")
        french_navigation = Navigation.objects.get(site=self.alpha.site, locale__language_code="fr")
        french_navigation.tagline = "Une vallée à vivre"
        french_navigation.save()
        TranslationSource.objects.get_for_instance(french_navigation).update_from_db()
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("wagtail_localize:submit_snippet_translation", args=["brands", "strength", self.strength.pk]),
            {"locales": [english.pk]},
        )
        self.assertEqual(response.status_code, 302)
        english_strength = self.strength.get_translation(english)
        for snippet in [english_strength, Navigation.objects.get(site=self.alpha.site, locale=english)]:
            model_name = type(snippet)._meta.model_name
            edit_url = reverse(f"wagtailsnippets_brands_{model_name}:edit", args=[snippet.pk])
            translation = Translation.objects.get(
                source__object_id=snippet.translation_key, target_locale=english, enabled=True
            )
            segment = StringSegment.objects.filter(source=translation.source).first()
            string_url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
            with self.subTest(model_name):
                self.client.force_login(self.editor)
                response = self.client.get(edit_url)
                self.assertTemplateUsed(response, "wagtail_localize/admin/edit_translation.html")
                response = self.client.put(
                    string_url, urlencode({"value": "Translated"}), content_type="application/x-www-form-urlencoded"
                )
                self.assertIn(response.status_code, (200, 201))

                self.client.force_login(self.other_editor)
                self.assertIn(self.client.get(edit_url).status_code, DENIED)
                response = self.client.put(
                    string_url, urlencode({"value": "Piraté"}), content_type="application/x-www-form-urlencoded"
                )
                self.assertEqual(response.status_code, 403)
                self.assertFalse(StringTranslation.objects.filter(data="Piraté").exists())

    def test_global_locale_synchronisation_is_not_offered(self):
        self.client.force_login(SuperuserFactory())
        english = Locale.objects.get(language_code="en")
        response = self.client.get(reverse("wagtaillocales:edit", args=[english.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "sync_from")
        self.assertContains(response, 'name="language_code"')


class SyncAndPoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.alpha = make_territory("alpha", "Alpha")
        cls.page = ContentPageFactory(
            parent=cls.alpha.site.root_page, slug="vivre-ici", body=body("Le plateau.", "La rivière.")
        )
        cls.english = Locale.objects.get_or_create(language_code="en")[0]

    def translate(self) -> Translation:
        source, _created = TranslationSource.get_or_create_from_instance(self.page)
        translation = Translation.objects.create(source=source, target_locale=self.english)
        translate_all(translation)
        with self.captureOnCommitCallbacks(execute=True):
            translation.save_target(publish=True)
        return translation

    def test_sync_after_editing_the_source_keeps_translations_and_block_structure(self):
        translation = self.translate()
        # The editor changes one paragraph and adds a quote; the other blocks keep their ids.
        french = Page.objects.get(pk=self.page.pk).specific
        french.body[1].value["text"] = RichText("<p>La rivière, en été.</p>")
        french.body.append(("quote", {"text": "Deux", "author": "", "source": ""}))
        french.save_revision().publish()

        source = translation.source
        source.update_from_db()
        for french_text, english_text in [("La rivière, en été.", "The river, in summer."), ("Deux", "Two")]:
            segment = StringSegment.objects.filter(source=source, string__data=french_text).first()
            StringTranslation.objects.create(
                translation_of=segment.string, locale=self.english, context=segment.context, data=english_text
            )
        with self.captureOnCommitCallbacks(execute=True):
            translation.save_target(publish=True)

        english = self.page.get_translation(self.english).specific
        self.assertEqual(block_shape(english), block_shape(french))
        texts = [str(block.value.get("text")) for block in english.body]
        self.assertEqual(texts[0], "<p>EN Le plateau.</p>", "an unchanged segment keeps its translation")
        self.assertEqual(texts[1], "<p>The river, in summer.</p>")
        self.assertEqual(texts[3], "Two")

    def test_po_export_then_import_reproduces_the_translation(self):
        translation = self.translate()
        english = self.page.get_translation(self.english).specific
        before = (english.title, english.intro, [block.value for block in english.body])
        po = str(translation.export_po())
        self.assertIn('msgstr "EN Le plateau."', po.replace("<p>", "").replace("</p>", ""))

        StringTranslation.objects.filter(locale=self.english).delete()
        warnings = translation.import_po(polib.pofile(po))
        self.assertEqual(warnings, [])
        with self.captureOnCommitCallbacks(execute=True):
            translation.save_target(publish=True)
        english = Page.objects.get(pk=english.pk).specific
        self.assertEqual((english.title, english.intro, [block.value for block in english.body]), before)
        self.assertEqual(english.title, f"EN {self.page.title}")
