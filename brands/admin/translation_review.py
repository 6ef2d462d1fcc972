"""Handing a finished translation to the territory's moderators, for editors who cannot publish.

wagtail-localize's translation editor only offers "Publier", and only to those who may publish: an editor
had no way to send the translation they finished to their moderators. This screen saves the translation
as a draft revision and starts the page's workflow ("Validation — <territoire>"), as the page editor's
"Soumettre à validation" does; the moderators then approve (which publishes) or request changes.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Revision, Workflow
from wagtail_localize.models import Translation

from brands.core.languages import page_territory


@dataclass
class TranslationReview:
    """A translated page, its wagtail-localize translation and workflow, and why it may not be submitted."""

    page: Page
    translation: Translation | None
    workflow: Workflow | None
    refusal: str  # in French for the editor; empty when the translation may be submitted


def review_for(page: Page, user: AbstractBaseUser) -> TranslationReview:
    """Everything the screen, the header button and the editor notice ask, decided in one place.

    Assumes the user may edit the page: callers check that first (with different answers).
    """
    page = page.specific
    # As wagtail-localize decides whether the edit view becomes its translation editor (before_edit_page).
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None or page.alias_of_id:
        return TranslationReview(page, None, None, not_a_translation(page))
    workflow = page.get_workflow()
    return TranslationReview(page, translation, workflow, refusal_for(page, user, translation, workflow))


def not_a_translation(page: Page) -> str:
    """Why a page that wagtail-localize does not translate is refused, in French."""
    # Deleting the French page deletes its translation records too (wagtail-localize's post_delete handler):
    # the translated page becomes an ordinary page, submitted from the ordinary editor.
    orphan = page.locale.language_code != settings.LANGUAGE_CODE and not (
        page.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).exists()
    )
    if orphan:
        return _(
            "La page française d'origine a été supprimée : cette page n'est plus une traduction. "
            "Soumettez-la à validation depuis son éditeur habituel."
        )
    return _("Cette page n'est pas une traduction en cours : soumettez-la à validation depuis son éditeur habituel.")


def refusal_for(page: Page, user: AbstractBaseUser, translation: Translation, workflow: Workflow | None) -> str:
    """Why this translation may not be submitted now, in French; empty when it may."""
    if workflow is None:
        return _("Cette page n'a pas de circuit de validation : demandez à un administrateur de lui en attribuer un.")
    if page.workflow_in_progress:
        return _("Cette page est déjà en cours de validation : attendez la décision des modérateurs.")
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        return _("Cette page est verrouillée par une autre personne : elle ne peut pas être soumise pour l'instant.")
    return ""


def offers_submission(page: Page, user: AbstractBaseUser) -> bool:
    """Whether to offer the submission: a submittable translation, to someone who edits it but cannot publish.

    Moderators and superusers publish straight from the translation editor; offering them to submit to
    themselves would only add a step.
    """
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish():
        return False
    return not review_for(page, user).refusal


def territory_name(page: Page) -> str:
    """The name of the territory whose site holds the page."""
    return page_territory(page).values_list("name", flat=True).first() or ""


def notice_context(page: Page, user: AbstractBaseUser) -> dict:
    """What the notice above wagtail-localize's translation editor shows: the offer to submit, or nothing."""
    if not offers_submission(page, user):
        return {"shown": False}
    return {
        "shown": True,
        "url": reverse("brands_submit_translation_for_review", args=[page.pk]),
        "territory": territory_name(page),
    }


def save_translated_draft(translation: Translation, user: AbstractBaseUser) -> Revision:
    """A new draft revision of the translated page from the current translations; nothing goes online.

    wagtail-localize's `save_target(publish=False)` also saves the page row itself, which for a live page
    is what visitors read: the unreviewed translation would be online at once. So the revision is built from
    the same translated instance its preview uses. Like `save_target`, untranslated segments keep the French
    source text and untranslated related objects keep what the translated page already had.
    """
    page = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    # As save_target does: a translated slug may already be taken among the page's siblings.
    page.slug = find_available_slug(page.get_parent(), slugify(page.slug), ignore_page_id=page.pk)
    return page.save_revision(user=user, log_action=True)


class SubmitTranslationView(WagtailAdminTemplateMixin, TemplateView):
    """Confirms, then submits a translated page to its territory's moderators. Only POST writes."""

    template_name = "brands/admin/submit_translation.html"
    header_icon = "tasks"

    def dispatch(self, request: HttpRequest, page_id: int) -> HttpResponse:
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied  # the admin sends back to the dashboard with its "no permission" message
        return super().dispatch(request, page_id=page_id)

    def get_page_title(self) -> str:
        return _("Soumettre la traduction à validation")

    def get_page_subtitle(self) -> str:
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self) -> list[dict]:
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        return [
            *super().get_breadcrumbs_items(),
            {"url": edit_url, "label": self.page.get_admin_display_title()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request: HttpRequest, page_id: int) -> HttpResponse:
        return self.render_review(review_for(self.page, request.user))

    def post(self, request: HttpRequest, page_id: int) -> HttpResponse:
        try:
            with transaction.atomic():
                # Locked, then checked again: two clicks must not start two workflows.
                page = Page.objects.select_for_update().get(pk=self.page.pk).specific
                review = review_for(page, request.user)
                if review.refusal:
                    return self.render_review(review)
                save_translated_draft(review.translation, request.user)
                page = Page.objects.get(pk=page.pk).specific
                review.workflow.start(page, request.user)
        except ValidationError as error:
            review.refusal = _("La traduction ne peut pas être enregistrée : %(errors)s") % {
                "errors": " ".join(error.messages)
            }
            return self.render_review(review)
        messages.success(
            request,
            _("« %(title)s » (%(language)s) est soumise à validation : les modérateurs de %(territory)s sont prévenus.")
            % {
                "title": page.get_admin_display_title(),
                "language": review.translation.target_locale.get_display_name(),
                "territory": territory_name(page),
            },
        )
        return redirect("wagtailadmin_pages:edit", page.pk)

    def render_review(self, review: TranslationReview) -> HttpResponse:
        context = self.get_context_data(
            review=review, edit_url=reverse("wagtailadmin_pages:edit", args=[review.page.pk])
        )
        if review.translation is not None:
            total, translated = review.translation.get_progress()
            context.update(
                total=total,
                translated=translated,
                untranslated=total - translated,
                language=review.translation.target_locale.get_display_name(),
                territory=territory_name(review.page),
            )
        # 409: the page is not in a state where its translation can be submitted (nothing was written).
        return self.render_to_response(context, status=409 if review.refusal else 200)


def header_buttons(page: Page, user: AbstractBaseUser, view_name: str, next_url: str | None = None) -> list[Button]:
    """The entry in the page header's "more actions" menu, where the submission is offered."""
    if page.is_root() or not offers_submission(page, user):
        return []
    url = reverse("brands_submit_translation_for_review", args=[page.pk])
    return [Button(_("Soumettre la traduction à validation"), url, icon_name="tasks", priority=61)]


urlpatterns = [
    path(
        "traductions/<int:page_id>/soumettre/",
        SubmitTranslationView.as_view(),
        name="brands_submit_translation_for_review",
    ),
]
