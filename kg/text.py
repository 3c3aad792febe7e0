"""Text cleaning and the keys that make ids stable. Cleaning happens once, at ingest."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Characters XML 1.0 (and so GraphML and RDF/XML) cannot carry: C0 controls but tab/newline/CR,
# surrogates, and the two non-characters U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def clean(text: str | None) -> str:
    """NFC-normalise, drop characters XML cannot hold, fold every whitespace run to one space."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _XML_ILLEGAL.sub("", text)
    return " ".join(text.split())  # str.split() splits on exactly what \s matches, 5x faster than re.sub


def norm_key(text: str) -> str:
    """Lowercase letters and digits only: the key under which spellings of one name meet."""
    return _NON_ALNUM.sub("", unicodedata.normalize("NFKD", text).lower())


def paper_id(title: str) -> str:
    """A paper's id from its normalised title, so every source of one paper gives one id.

    The key keeps letters and digits of every script (accents and case dropped): the same as
    `norm_key` for Latin titles, while titles in Cyrillic, Greek or CJK do not all collapse to "".
    """
    key = "".join(ch for ch in unicodedata.normalize("NFKD", title).casefold() if ch.isalnum())
    return hashlib.sha1(key.encode()).hexdigest()[:10]


def slug(text: str) -> str:
    """A readable, IRI-safe id fragment: lowercase alphanumerics joined by hyphens."""
    s = re.sub(r"[^0-9a-z]+", "-", unicodedata.normalize("NFKD", text).lower()).strip("-")
    return s or hashlib.sha1(text.encode()).hexdigest()[:10]
