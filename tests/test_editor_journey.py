"""The editor's journey in the browser, from the demo: write a story, submit it, approve it, see it live.

The same run takes the screenshots of docs/guide-editeur.md, so the guide shows the admin as it is.
They land in test-results/guide-editeur/; `make guide` writes them into docs/guide-editeur/ instead.
"""

import io
import os
from pathlib import Path

import pytest
from django.urls import reverse
from PIL import Image
from playwright.sync_api import Locator, Page, expect
from wagtail.models import Locale, WorkflowState

from brands.models import StoryPage, Territory
from demo.loader import DEFAULT_EDITOR_PASSWORD, load_demo
from tests.browser import SCREENSHOTS, BrowserTestCase

# The guide's screenshots, in the order the journey takes them (tests/test_editor_guide.py checks the guide
# uses exactly these).
GUIDE_SCREENSHOTS = (
    "01-connexion",
    "02-tableau-de-bord",
    "03-nouveau-recit",
    "04-choisir-un-bloc",
    "05-blocs-remplis",
    "06-soumettre",
    "07-recit-soumis",
    "08-a-valider",
    "09-approuver",
    "10-recit-en-ligne",
    "11-traduire",
    "12-editeur-de-traduction",
    "13-soumettre-la-traduction",
    "14-identite-de-marque",
    "15-apercu-du-theme",
)
VIEWPORT = {"width": 1280, "height": 800}
TERRITORY = "maurienne"
TITLE = "Le col de la Croix-de-Fer à vélo"
ENGLISH_TITLE = "Cycling up the Col de la Croix-de-Fer"
QUOTE = "Ici, le vélo n'est pas un loisir : c'est notre façon d'habiter la vallée."


def screenshots_dir() -> Path:
    return Path(os.environ.get("GUIDE_SCREENSHOTS_DIR") or SCREENSHOTS / "guide-editeur")


@pytest.mark.browser
class EditorJourneyTests(BrowserTestCase):
    """A Maurienne editor writes and submits a story; the Maurienne moderator approves it; it is live."""

    def setUp(self) -> None:
        self.port = self.server_thread.port
        self.taken: list[str] = []
        self.directory = screenshots_dir()
        self.directory.mkdir(parents=True, exist_ok=True)

    def screenshot(self, page: Page, name: str) -> None:
        """Save what the page shows as WebP: a fifth of the PNG's weight for the same legibility."""
        self.assertEqual(name, GUIDE_SCREENSHOTS[len(self.taken)], "les captures ne suivent plus l'ordre du guide")
        image = Image.open(io.BytesIO(page.screenshot(animations="disabled", caret="hide")))
        image.save(self.directory / f"{name}.webp", "WEBP", quality=82, method=6)
        self.taken.append(name)

    def admin(self, path: str) -> str:
        return f"{self.live_server_url}{path}"

    @staticmethod
    def scroll_to_top(locator: Locator) -> None:
        """Bring an element to the top of the view without Playwright's scrolling, which shifts the admin sideways."""
        locator.evaluate("element => element.scrollIntoView({block: 'start', inline: 'nearest'})")

    def add_block(self, page: Page, label: str, screenshot: str = "") -> None:
        """Open the block picker at the end of the body and pick `label`."""
        add_button = page.locator("[data-contentpath=body] .c-sf-add-button").last
        if screenshot:
            self.scroll_to_top(page.locator("[data-contentpath=body] [data-streamfield-child]").last)
        add_button.click()
        option = page.get_by_role("option", name=label, exact=True)
        expect(option).to_be_visible()
        if screenshot:
            self.screenshot(page, screenshot)
        option.click()

    def open_footer_actions(self, page: Page) -> None:
        page.locator("footer [data-w-dropdown-target=toggle]").last.click()

    def test_write_submit_approve_and_publish_a_story(self):
        load_demo(port=self.port, out=lambda *_: None)
        territory = Territory.objects.select_related("site").get(slug=TERRITORY)
        workflow_name = f"Validation — {territory.name}"

        # The editor signs in and starts a story from the dashboard.
        editor = self.new_context(viewport=VIEWPORT).new_page()
        editor.goto(self.admin(reverse("wagtailadmin_login")))
        editor.fill("input[name=username]", f"editeur-{TERRITORY}")
        editor.fill("input[name=password]", DEFAULT_EDITOR_PASSWORD)
        self.screenshot(editor, "01-connexion")
        editor.press("input[name=password]", "Enter")
        editor.wait_for_url(self.admin(reverse("wagtailadmin_home")))
        expect(editor.get_by_role("heading", name="Raccourcis")).to_be_visible()
        self.screenshot(editor, "02-tableau-de-bord")

        editor.get_by_role("link", name="Écrire un récit").click()
        editor.fill("#id_title", TITLE)
        editor.fill(
            "#id_lead",
            "Trente kilomètres de montée depuis Saint-Jean-de-Maurienne : "
            "le col que les cyclistes du monde entier viennent gravir.",
        )
        editor.locator("#id_title").focus()
        self.screenshot(editor, "03-nouveau-recit")

        # Three blocks: a text section, a quotation and key figures.
        self.add_block(editor, "Section de texte")
        editor.fill("[name='body-0-value-heading']", "Partir tôt, monter à son rythme")
        editor.locator("[data-contentpath=body] [role=textbox]").first.click()
        editor.keyboard.type("Le matin, la route est aux cyclistes. Les lacets s'enchaînent au-dessus de la vallée.")
        self.add_block(editor, "Citation", screenshot="04-choisir-un-bloc")
        editor.fill("[name='body-1-value-text']", QUOTE)
        editor.fill("[name='body-1-value-author']", "Julie Martin")
        editor.fill("[name='body-1-value-source']", "loueuse de vélos à Saint-Jean-de-Maurienne")
        self.add_block(editor, "Chiffres clés")
        editor.fill("[name='body-2-value-heading']", "La montée en chiffres")
        editor.fill("[name='body-2-value-figures-0-value-value']", "2 067")
        editor.fill("[name='body-2-value-figures-0-value-unit']", "m")
        editor.fill("[name='body-2-value-figures-0-value-label']", "d'altitude au sommet du col")
        editor.fill("[name='body-2-value-figures-0-value-source']", "IGN")
        self.scroll_to_top(editor.locator("[data-contentpath=body] [data-streamfield-child]").nth(1))
        self.screenshot(editor, "05-blocs-remplis")

        # The editor cannot publish: the main action is a submission to the territory's workflow.
        self.open_footer_actions(editor)
        submit = editor.get_by_role("button", name=f"Soumettre à {workflow_name}")
        expect(submit).to_be_visible()
        expect(editor.get_by_role("button", name="Publier", exact=True)).to_have_count(0)
        self.screenshot(editor, "06-soumettre")
        submit.click()
        expect(editor.get_by_text(f"Page « {TITLE} » créée et soumise pour modération.")).to_be_visible()
        self.screenshot(editor, "07-recit-soumis")

        story = StoryPage.objects.get(title=TITLE)
        self.assertFalse(story.live)
        self.assertEqual(story.get_site(), territory.site)
        body = story.get_latest_revision_as_object().body
        self.assertEqual([block.block_type for block in body], ["section", "quote", "key_figures"])
        workflow_state = WorkflowState.objects.get(object_id=str(story.pk))
        self.assertEqual(workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(workflow_state.workflow.name, workflow_name)

        # The territory's moderator finds it on the dashboard and approves it with a comment.
        moderator = self.log_in(self.new_context(viewport=VIEWPORT), f"moderateur-{TERRITORY}", DEFAULT_EDITOR_PASSWORD)
        review = moderator.locator("#awaiting-review-section")
        expect(review.get_by_text(TITLE)).to_be_visible()
        review.get_by_role("button", name="Actions").click()
        self.screenshot(moderator, "08-a-valider")
        review.get_by_role("button", name="Approuver avec un commentaire").click()
        comment = moderator.locator(".modal textarea[name=comment]")
        expect(comment).to_be_visible()
        comment.fill("Très bien. Ajoutons une photo du col au printemps.")
        self.screenshot(moderator, "09-approuver")
        moderator.locator(".modal").get_by_role("button", name="Approuver avec un commentaire").click()
        expect(review).to_have_count(0, timeout=10_000)

        story.refresh_from_db()
        self.assertTrue(story.live)
        workflow_state.refresh_from_db()
        self.assertEqual(workflow_state.status, WorkflowState.STATUS_APPROVED)

        # A visitor reads it on the territory's own hostname.
        visitor = self.new_context(viewport=VIEWPORT).new_page()
        url = story.get_full_url()
        self.assertTrue(url.startswith(f"http://{territory.site.hostname}:{self.port}/"), url)
        response = visitor.goto(url)
        self.assertEqual(response.status, 200)
        expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
        expect(visitor.locator("main blockquote")).to_contain_text(QUOTE)
        expect(visitor.locator("main")).to_contain_text("2 067")
        self.screenshot(visitor, "10-recit-en-ligne")

        # The editor translates it into English (wagtail-localize's form, then its editor) and submits the
        # translation; the moderator approves it from the dashboard as any page.
        editor.goto(self.admin(reverse("wagtail_localize:submit_page_translation", args=[story.pk])))
        editor.get_by_label("English").check()
        self.screenshot(editor, "11-traduire")
        editor.get_by_role("button", name="Soumettre").click()
        english = StoryPage.objects.get(
            translation_key=story.translation_key, locale=Locale.objects.get(language_code="en")
        )
        editor.wait_for_url(self.admin(reverse("wagtailadmin_pages:edit", args=[english.pk])))
        editor.get_by_role("button", name="Traduire").first.click()
        editor.locator("main textarea").first.fill(ENGLISH_TITLE)
        editor.get_by_role("button", name="Enregistrer").first.click()
        expect(editor.get_by_text("Traduit manuellement")).to_be_visible()
        self.screenshot(editor, "12-editeur-de-traduction")

        editor.get_by_role("link", name="Soumettre la traduction à validation").click()
        submit_translation = editor.get_by_role("button", name="Soumettre à validation")
        expect(submit_translation).to_be_visible()
        self.screenshot(editor, "13-soumettre-la-traduction")
        submit_translation.click()
        expect(editor.get_by_text("est soumise à validation")).to_be_visible()
        english.refresh_from_db()
        self.assertFalse(english.live)
        self.assertEqual(WorkflowState.objects.get(object_id=str(english.pk)).status, WorkflowState.STATUS_IN_PROGRESS)

        moderator.reload()
        review = moderator.locator("#awaiting-review-section")
        expect(review.get_by_text(ENGLISH_TITLE)).to_be_visible()
        review.get_by_role("button", name="Actions").click()
        review.get_by_role("button", name="Approuver", exact=True).click()
        expect(review).to_have_count(0, timeout=10_000)
        english.refresh_from_db()
        self.assertTrue(english.live)
        self.assertEqual(english.title, ENGLISH_TITLE)
        response = visitor.goto(english.get_full_url())
        self.assertEqual(response.status, 200)
        expect(visitor.get_by_role("heading", level=1)).to_have_text(ENGLISH_TITLE)

        # The brand settings, with the contrast of each colour pair and the live preview.
        # Wagtail's site settings are edited by site, not by the settings row.
        editor.goto(self.admin(reverse("wagtailsettings:edit", args=["brands", "brandsettings", territory.site.pk])))
        self.scroll_to_top(editor.get_by_role("heading", name="Couleurs et polices"))
        self.screenshot(editor, "14-identite-de-marque")
        self.scroll_to_top(editor.get_by_role("heading", name="Aperçu du thème"))
        expect(editor.locator("[data-contrast-pair]").first).to_be_visible()
        expect(editor.frame_locator("[data-preview-frame]").locator("main#contenu")).to_be_attached()
        self.screenshot(editor, "15-apercu-du-theme")

        self.assertEqual(self.taken, list(GUIDE_SCREENSHOTS))
