"""Markup that would cost a page its text, tamed before the HTML parser sees it.

* `<template>` holds inert markup a browser never shows: its content is removed, so it
  never reaches `statements.text`.
* libxml2 (under lxml, under trafilatura) stops building the tree at a nesting depth of
  255 and silently drops what lies deeper, so a page that wraps its article in 10,000 `div`s
  would parse to "no main text". Wrapper tags (div, span, section, ...) opened deeper than
  `MAX_DEPTH` are removed with their closing tags; their text stays where it was.

One pass over the tags, linear in the page's length (a tag's attributes never span a `<`,
so a page of unclosed `<` cannot make the scan quadratic).
"""

from __future__ import annotations

import re

MAX_DEPTH = 100  # wrappers nested deeper than this add nothing a reader sees
_WRAPPERS = frozenset(("div", "span", "section", "article", "main", "aside", "header", "footer", "nav", "font",
                       "center", "blockquote", "b", "i", "u", "em", "strong", "small", "big"))
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*+)[^<>]*+>")


def tame_html(html: str, max_depth: int = MAX_DEPTH) -> str:
    """`html` without template content and without wrapper tags nested deeper than `max_depth`.

    >>> tame_html("<p>Seen</p><template><p>Never shown</p></template><p>Also seen</p>")
    '<p>Seen</p><p>Also seen</p>'
    >>> tame_html("<div><div><div><p>Deep text</p></div></div></div>", max_depth=1)
    '<div><p>Deep text</p></div>'
    """
    kept: list[str] = []
    copied = 0  # html[:copied] is dealt with
    templates = 0  # open <template> elements: everything inside them is dropped
    depth = 0
    dropped: dict[str, list[bool]] = {}  # per wrapper name, for each open tag: was it removed
    for tag in _TAG.finditer(html):
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name == "template":
            if not closing and templates == 0:
                kept.append(html[copied:tag.start()])
            templates = templates + 1 if not closing else max(templates - 1, 0)
            if closing and templates == 0:
                copied = tag.end()
            continue
        if templates or name not in _WRAPPERS:
            continue
        opened = dropped.setdefault(name, [])
        if not closing:
            opened.append(depth >= max_depth)
            depth += not opened[-1]
            remove = opened[-1]
        elif opened:
            remove = opened.pop()
            depth -= not remove
        else:
            remove = False  # a stray closing tag: the parser ignores it
        if remove:
            kept.append(html[copied:tag.start()])
            copied = tag.end()
    if templates == 0:  # an unclosed template runs to the end of the page, as in a browser
        kept.append(html[copied:])
    return "".join(kept)
