"""Admin previews for blocks that show media, built from the previewing editor's own library.

A preview value cannot name an image by id: ids differ between databases, and another territory's
image must never appear in this territory's admin. These blocks therefore take the newest images and
documents the editor may choose; with an empty library the block previews without them.
"""

from django.http import HttpRequest

from brands.core.user_scope import scope_collection_members


def own_media(request: HttpRequest | None, model, count: int) -> list:
    """The newest images or documents the requesting editor may choose."""
    if request is None or not request.user.is_authenticated:
        return []
    return list(scope_collection_members(model.objects.all(), request.user).order_by("-created_at")[:count])


class OwnMediaPreviewMixin:
    """Replaces the static preview value by one made with the editor's own media, when there is any."""

    def preview_from_media(self, request: HttpRequest) -> dict | None:
        """A raw value (ids, as stored) for the preview, or None to keep the static one."""
        raise NotImplementedError

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context)
        raw = self.preview_from_media((parent_context or {}).get("request"))
        if raw is not None:
            context["bound_block"] = self.bind(self.to_python(raw))
        return context


def sample_image(image, alt: str) -> dict:
    return {"image": image.pk, "alt_text": alt, "decorative": False}
