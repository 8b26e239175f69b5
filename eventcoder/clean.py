"""Clean stage: blank datelines, bylines, licence footers and boilerplate.

The clean text keeps the article's length: removed parts become spaces and odd whitespace
(no-break spaces, tabs, line breaks) becomes plain spaces, so every offset the later stages
compute is also an offset into the original article text.
"""

from __future__ import annotations

import re
from typing import Optional

# "TEHRAN –", "WASHINGTON (AP) —", "KYIV, Ukraine -", "Tehran, March 24 (Reuters) -" at the very start.
_DATELINE = re.compile(
    r"""^\s*
    (?:[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3})      # city, possibly several words
    (?:,\s*[A-Z][A-Za-z.\-]+(?:\s+[A-Z][A-Za-z.\-]+){0,2})?     # optional ", Ukraine"
    (?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?                      # optional ", March 24"
    \s*(?:\([A-Za-z .]{2,30}\))?                                 # optional "(AP)"
    \s*[–—\-:]{1,2}\s+""",
    re.VERBOSE,
)
# The city part of a dateline must be upper case ("TEHRAN") or followed by an agency tag,
# so an ordinary sentence opening such as "Iran - a country ..." is left alone.
_DATELINE_CITY_UPPER = re.compile(r"^\s*[A-Z][A-Z.'\-]{2,}")

_BOILERPLATE = [
    re.compile(p, re.IGNORECASE | re.MULTILINE)
    for p in (
        r"\bAll (?:Content|rights)\b[^\n]{0,400}?\b(?:reserved|Licen[cs]e)\b\.?",
        r"\bCopyright\b\s*(?:©|\(c\))?\s*\d{4}[^.\n]{0,200}\.?",
        r"©\s*\d{4}[^.\n]{0,200}\.?",
        r"^\s*By\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}\s*$",  # a byline on its own line
        r"\b(?:Click here|Sign up|Subscribe)\b[^.\n]{0,120}(?:newsletter|updates|here)\.?",
        r"\bThis (?:story|article) (?:has been|was) (?:updated|corrected)[^.\n]{0,200}\.",
        r"\b(?:Reporting|Writing|Editing) by [^.\n]{0,200}",
        # Editors' initials such as "NA/AK" left at the end of agency copy.
        r"(?<=[.!?”\"'])\s+[A-Z]{2,4}(?:/[A-Z]{2,4})+(?=\s|$)",
    )
]

_ODD_SPACE = re.compile(r"[\u00a0\u2007\u202f\t\r\n\f\v\u2028\u2029]")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def find_dateline(text: str) -> Optional[str]:
    """The place named by the article's dateline ("KYIV, Ukraine" in "KYIV, Ukraine (AP) -"), or None."""
    normalised = _ODD_SPACE.sub(" ", text)
    match = _DATELINE.match(normalised)
    if not match or not (_DATELINE_CITY_UPPER.match(normalised) or "(" in match.group(0)):
        return None
    place = re.split(r"\(|[–—:]|\s-", match.group(0), maxsplit=1)[0]
    place = re.sub(r",?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*$", "", place.strip())  # drop ", March 24"
    return place.strip(" ,") or None


def clean_text(text: str) -> str:
    """Return ``text`` with boilerplate blanked out; the result has exactly ``len(text)`` characters."""
    cleaned = _ODD_SPACE.sub(" ", text)
    dateline = _DATELINE.match(cleaned)
    if dateline and (_DATELINE_CITY_UPPER.match(cleaned) or "(" in dateline.group(0)):
        cleaned = _blank(cleaned, dateline.start(), dateline.end())
    for pattern in _BOILERPLATE:
        for match in list(pattern.finditer(cleaned)):
            cleaned = _blank(cleaned, match.start(), match.end())
    assert len(cleaned) == len(text)
    return cleaned
