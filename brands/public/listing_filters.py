"""The base of a listing's filter form: sent by GET, and forgiving.

A value the form does not offer (an old bookmark, a hand-edited address) is dropped and the page shows
the listing without that filter, instead of an error: a select marked invalid would point at an error
message the listing never shows.
"""

from django import forms


class ListingFilterForm(forms.Form):
    """Bound to the query string; `filters` holds the valid filters asked for."""

    @property
    def filters(self) -> dict:
        if not self.is_valid():
            data = self.data.copy()
            for name in self.errors:
                data.pop(name, None)
            self.data, self._errors = data, None
            self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
