"""The image and document listings, and the image chooser, offering only the tags of the user's own media.

Wagtail's listings (their "Tag" filter) and its image chooser ("Popular tags") offer the ten tags most used on
any image (or document) of the network: for territory staff, that tells what the other territories tag. They
offer the ten most used on the user's own images or documents instead. Served by brands/admin/urls.py under
Wagtail's own paths; superusers keep Wagtail's choice.
"""

from django.db.models import Count, Model
from taggit.models import Tag
from wagtail.documents.views.documents import DocumentsFilterSet
from wagtail.documents.views.documents import IndexView as DocumentIndexView
from wagtail.images import get_image_model
from wagtail.images.views.chooser import ImageChooserViewSet, ImageChooseView
from wagtail.images.views.images import ImagesFilterSet
from wagtail.images.views.images import IndexView as ImageIndexView

from brands.admin.tag_autocomplete import tagged_own_media
from brands.core.user_scope import User

POPULAR_TAGS = 10  # as many as Wagtail offers


def popular_own_tags(model: type[Model], user: User) -> list[Tag]:
    """The tags most used on the user's own images (or documents), most used first."""
    tags = (
        Tag.objects.filter(taggit_taggeditem_items__in=tagged_own_media(model, user))
        .annotate(item_count=Count("taggit_taggeditem_items"))
        .order_by("-item_count", "name")
    )
    return list(tags[:POPULAR_TAGS])


class OwnTagsFilterMixin:
    """A media filter set whose "Tag" filter offers the user's own popular tags (none: no tag filter)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.request.user.is_superuser or "tag" not in self.filters:
            return
        tags = popular_own_tags(self._meta.model, self.request.user)
        if tags:
            self.filters["tag"].extra["choices"] = [(tag.name, tag.name) for tag in tags]
        else:
            del self.filters["tag"]


class ScopedImagesFilterSet(OwnTagsFilterMixin, ImagesFilterSet):
    pass


class ScopedDocumentsFilterSet(OwnTagsFilterMixin, DocumentsFilterSet):
    pass


class ScopedImageIndexView(ImageIndexView):
    filterset_class = ScopedImagesFilterSet


class ScopedDocumentIndexView(DocumentIndexView):
    filterset_class = ScopedDocumentsFilterSet


class ScopedImageChooseView(ImageChooseView):
    """The image chooser's first step, whose "Popular tags" are the user's own."""

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        if not self.request.user.is_superuser:
            context["popular_tags"] = popular_own_tags(self.model, self.request.user)
        return context


class ScopedImageChooserViewSet(ImageChooserViewSet):
    choose_view_class = ScopedImageChooseView


# Wagtail's image chooser, as Wagtail builds it, with the scoped first step; only that view is served from here.
image_chooser = ScopedImageChooserViewSet("wagtailimages_chooser", model=get_image_model(), url_prefix="images/chooser")
