"""What a walk of a web source meets more than once, and listings that shift while they are paged.

A live site reaches one page many ways: the same statement under "latest" and under its
own kind, a listing that shifts while it is paged (a statement published between the
requests for page 1 and page 2 pushes an item onto page 2 again), a feed that repeats an
item, one page under two URLs that canonicalise to one. The walk fetches such a page once
and counts every other meeting, so the run summary can say how many there were.

Keys are namespaced strings: ``item:`` + the canonical form of a URL a listing or feed
points to, ``page:`` + the canonical URL a fetched page declares, ``symbol:`` + a document
symbol, ``report:`` + an API record id. A listing URL and the canonical URL its page
declares are different keys on purpose: on the live site they are usually equal, and the
page must not count as a repeat of its own listing entry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..ingest.identity import canonical_url


def url_key(namespace: str, url: str) -> str:
    """The key of a URL: two spellings of one page (www., trailing slash, tracking, fragment) agree.

    >>> url_key("item", "https://www.ohchr.org/en/x/?utm_source=t#top") == url_key("item", "https://ohchr.org/en/x")
    True
    """
    return f"{namespace}:{canonical_url(url)}"


@dataclass
class WalkLog:
    """Keys a walk has met, the repeats it skipped (counted by kind), and what it warns about."""

    repeats: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    listing_shifts: int = 0  # listing pages that held only items met before
    _seen: set[str] = field(default_factory=set)

    def first_time(self, kind: str, *keys: str | None) -> bool:
        """True when none of `keys` was met before (they are then remembered); else one repeat of `kind`.

        >>> walk = WalkLog()
        >>> walk.first_time("feed", "item:a", "symbol:SG/SM/1"), walk.first_time("feed", "item:b", "symbol:SG/SM/1")
        (True, False)
        >>> walk.first_time("feed", "item:b"), dict(walk.repeats)
        (True, {'feed': 1})
        """
        present = [key for key in keys if key]
        if any(key in self._seen for key in present):
            self.repeats[kind] += 1
            return False
        self._seen.update(present)
        return True

    def seen(self, key: str) -> bool:
        return key in self._seen

    @property
    def total(self) -> int:
        return sum(self.repeats.values())

    def shifted(self, listing: str, page: int, went_on: bool) -> None:
        """A listing page that held only items met on earlier pages: a whole-page shift, or a
        site that answers every page number with the same page. Never silent."""
        self.listing_shifts += 1
        if went_on:
            self.warnings.append(
                f"{listing} page {page} held only items already met on earlier pages: the listing shifted by a "
                "whole page while it was read; the walk went on (a statement the shift hid is read by the next "
                "run, whose window starts revisit_days before the cursor)")
        else:
            self.warnings.append(
                f"{listing} page {page} again held only items already met: the site seems to repeat its pages, "
                "so the walk of this listing stopped there; older items of it may be missing")
