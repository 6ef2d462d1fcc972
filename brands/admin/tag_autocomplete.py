"""Tag autocompletion in the admin, limited to the tags the editor's own territory uses.

Tags are one network-wide table: Wagtail's autocompletion would suggest every territory's tags (and so
reveal what other territories are writing about). For territory staff it only suggests tags already
used on their own images, documents and stories.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet
from django.http import HttpRequest, JsonResponse
from taggit.models import Tag, TaggedItem
from wagtail.admin.views.tags import TAGS_AUTOCOMPLETE_LIMIT
from wagtail.admin.views.tags import autocomplete as wagtail_autocomplete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from brands.core.user_scope import User, scope_collection_members, scope_pages


def tagged_own_media(model: type[Model], user: User) -> QuerySet:
    """The tag links (TaggedItem) of the images, or documents, in the user's own collections."""
    own = scope_collection_members(model.objects.all(), user).values("pk")
    return TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(model), object_id__in=own)


def visible_tags(user: User) -> QuerySet:
    """Tags used on the images, documents and stories this user may see."""
    from brands.models import StoryPageTag

    if user.is_superuser:
        return Tag.objects.all()
    used_on_media = TaggedItem.objects.none()
    for model in (get_image_model(), get_document_model()):
        used_on_media |= tagged_own_media(model, user)
    used_on_stories = StoryPageTag.objects.filter(content_object__in=scope_pages(Page.objects.all(), user).values("pk"))
    return Tag.objects.filter(pk__in=used_on_media.values("tag_id")) | Tag.objects.filter(
        pk__in=used_on_stories.values("tag_id")
    )


def scoped_autocomplete(request: HttpRequest, app_name: str | None = None, model_name: str | None = None):
    """Wagtail's tag autocompletion for the default tag model, restricted to the user's territory."""
    if app_name or model_name or request.user.is_superuser:
        return wagtail_autocomplete(request, app_name, model_name)
    term = request.GET.get("term", "").strip()
    if not term:
        return JsonResponse([], safe=False)
    names = visible_tags(request.user).filter(name__istartswith=term).order_by("name").values_list("name", flat=True)
    return JsonResponse(list(names.distinct()[:TAGS_AUTOCOMPLETE_LIMIT]), safe=False)
