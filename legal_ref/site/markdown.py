"""Writing Markdown safely: every string that comes from the data is escaped before it reaches a page.

Data text must render as text, never as markup: HTML is escaped and Markdown
syntax (emphasis, links, tables, snippets, attribute lists) is backslash-escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape
from urllib.parse import quote

# Characters that are Markdown syntax anywhere in a line (emphasis, code, links, attribute lists, tables).
_INLINE_SPECIALS = re.compile(r"([\\`*_{}\[\]()|])")
# Characters that are syntax only where a block starts (headings, lists, quotes, ordered lists, snippets).
_BLOCK_START = re.compile(r"^([#+\-!>]|\d+(?=[.)]))")


def text(value: object) -> str:
    """Escape a data string for inline Markdown: no HTML, no Markdown syntax, one line."""
    plain = escape(" ".join(str(value).split()), quote=False)
    plain = _INLINE_SPECIALS.sub(r"\\\1", plain)
    # An ordered-list number keeps its digits and loses its dot: "1\. ", not a list.
    return _BLOCK_START.sub(lambda m: "\\" + m.group(1) if not m.group(1)[0].isdigit() else m.group(1) + "\\", plain)


def html(value: object) -> str:
    """Escape a data string for an HTML attribute or raw-HTML block."""
    return escape(" ".join(str(value).split()), quote=True)


def lang(value: object, tag: str) -> str:
    """Inline text in another language, marked so that screen readers and hyphenation use that language."""
    if tag.split("-")[0] == "en":
        return text(value)
    return f'<span lang="{html(tag)}">{text(value)}</span>'


def url(value: str) -> str:
    """A link target that cannot break out of Markdown link syntax (only http(s) is allowed)."""
    if not re.match(r"^https?://", value):
        raise ValueError(f"refusing to link to {value!r}")
    return quote(value, safe=":/?#@!$&'*+,;=%~-._")


def link(label: str, target: str) -> str:
    """An external link with an escaped label."""
    return f"[{text(label)}]({url(target)})"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table; cells must already be escaped (use :func:`text`)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def slug(value: str) -> str:
    """An anchor made of a global id: ``cz:criminal-code:s321`` → ``cz-criminal-code-s321``."""
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-")


def indent(block: str, spaces: int = 4) -> str:
    """Indent every non-empty line (for content inside tabs and admonitions)."""
    pad = " " * spaces
    return "\n".join(pad + line if line.strip() else line for line in block.splitlines()) + "\n"
