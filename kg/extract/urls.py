"""Find URLs in paper text, clean their debris, and type them (repository, project page, ...).

Pure functions on strings: no spaCy needed, so this runs on characters at full speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

_URL_CHARS = r"[^\s<>\"'`\\“”‘’«»]+"
# A scheme may be glued to the word before it ("researchhttps://"), so no leading \b. Well-known
# code and paper hosts also count without a scheme ("github.com/owner/name").
_URL = re.compile(
    rf"(?:https?://|(?<![\w@./-])www\.){_URL_CHARS}"
    rf"|(?<![\w@./-])(?:(?:github\.com|huggingface\.co|arxiv\.org)/|[\w-]+\.github\.io\b)(?:{_URL_CHARS})?",
    re.IGNORECASE,
)
# A URL broken across a line (the line break is folded to a space at ingest) continues with a
# path-like word.
_CONTINUATION = re.compile(r" ([\w\-./#?=&%~+]+)")
_TRAILING = frozenset(".,;:!?)]}>'\"*\u3002\uff0c\u3001\uff1b\uff1a\uff09\u3011")
_LATEX_DEBRIS = re.compile(r"\{[^{}/]*$")  # "child-play{ChildPlay" -> "child-play"
# First path segments of github.com that are GitHub's own pages, not owners.
_GITHUB_RESERVED = frozenset({"orgs", "features", "sponsors", "topics", "marketplace", "settings", "about",
                              "collections", "apps", "users", "site", "login", "join", "explore", "search"})
_HF_NOT_MODELS = frozenset({"papers", "blog", "docs", "spaces", "datasets", "collections", "organizations",
                            "models", "tasks", "learn", "settings", "login", "join", "pricing", "posts"})

# Words that follow a URL in a sentence and are never the rest of it.
_PROSE_WORDS = frozenset(["a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "is", "it", "of", "on", "or", "that", "the", "this", "to", "was", "we", "which", "with"])


class LinkKind(StrEnum):
    REPOSITORY = "repository"
    PROJECT_PAGE = "project_page"
    HF_DATASET = "hf_dataset"
    HF_MODEL = "hf_model"
    ARXIV = "arxiv"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Link:
    """A cleaned URL found in text: `start:end` is the raw span, `name` the normalised form."""

    name: str  # "github.com/owner/name" for repositories, else "host/path" without scheme
    kind: LinkKind
    url: str  # https URL to open
    start: int
    end: int


def strip_debris(url: str) -> str:
    """Drop trailing punctuation and LaTeX leftovers; keep a ')' that closes a '(' in the URL."""
    while True:
        before = url
        url = _LATEX_DEBRIS.sub("", url)
        while url and url[-1] in _TRAILING:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        if url == before:
            return url


def normalise(url: str) -> tuple[str, LinkKind]:
    """The canonical name and kind of a raw URL: scheme, www., .git, /tree/... and #frag dropped."""
    u = strip_debris(url.strip())
    u = re.sub(r"^[a-z]+://", "", u, flags=re.IGNORECASE)
    u = re.sub(r"^www\.", "", u, flags=re.IGNORECASE)
    host, _, path = u.partition("/")
    host = host.lower()
    path = path.split("#", 1)[0].rstrip("/")
    parts = [p for p in path.split("/") if p]
    if host == "github.com" and len(parts) >= 2 and parts[0].lower() not in _GITHUB_RESERVED:
        name = re.sub(r"\.git$", "", parts[1].split("?", 1)[0])
        return f"github.com/{parts[0]}/{name}", LinkKind.REPOSITORY
    if host == "huggingface.co" and parts[:1] == ["datasets"] and len(parts) >= 2:
        return f"{host}/{'/'.join(parts[:3])}", LinkKind.HF_DATASET
    if host == "huggingface.co" and parts[:1] == ["spaces"] and len(parts) >= 3:
        return f"{host}/{'/'.join(parts[:3])}", LinkKind.OTHER
    if host == "huggingface.co" and len(parts) >= 2 and parts[0] not in _HF_NOT_MODELS:
        return f"{host}/{'/'.join(parts[:2])}", LinkKind.HF_MODEL
    if host in ("arxiv.org", "export.arxiv.org") and len(parts) >= 2 and parts[0] in ("abs", "pdf", "html"):
        ident = re.sub(r"(v\d+)?(\.pdf)?$", "", "/".join(parts[1:]))
        return f"arxiv.org/abs/{ident}", LinkKind.ARXIV
    name = host + ("/" + "/".join(parts) if parts else "")
    if host.endswith(".github.io") or host == "sites.google.com":
        return name, LinkKind.PROJECT_PAGE
    return name, LinkKind.OTHER


def _continues(raw: str, word: str) -> bool:
    """Whether `word`, after a folded line break, is the rest of the URL `raw`."""
    if not re.search(r"\w", word) or word.lower().rstrip(".,;:") in _PROSE_WORDS:
        return False
    if raw[-1] in "-_":  # nothing ends a URL with these: the line broke inside a name
        return True
    short_github = re.search(r"github\.com/[^/\s]*/?$", raw, re.IGNORECASE) is not None
    if raw[-1] == "/":  # a capital after "/" is usually the next sentence, unless the owner or name is due
        return short_github or not word[0].isupper()
    # "github.com/chen haoxing/DeMamba": a repository path broken inside the owner's name
    return short_github and "/" in word.rstrip("/.")


# Every match of `_URL` holds one of these (lowercased) at its start, or, for "name.github.io",
# after a run of word characters and hyphens.
_ANCHORS = ("http", "www.", "github.com/", "huggingface.co/", "arxiv.org/", ".github.io")


def url_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_URL.finditer(text)` gives, searching only from the word that holds the next anchor:
    the case-insensitive pattern with look-behinds costs about 90 us per abstract tried everywhere.
    Non-ASCII text (where case folding may match other letters) gets the plain scan."""
    if not text.isascii():
        yield from _URL.finditer(text)
        return
    low = text.lower()
    pos = 0
    while True:
        found = [i for i in (low.find(a, pos) for a in _ANCHORS) if i >= 0]
        if not found:
            return
        idx = min(found)
        m = _URL.search(text, max(pos, low.rfind(" ", 0, idx) + 1))
        if m is None:
            return
        yield m
        pos = m.end()


def find_links(text: str) -> list[Link]:
    """Every URL in `text` with its span; a URL broken across a line is rejoined."""
    links = []
    for m in url_matches(text):
        raw, end = m.group(0), m.end()
        cont = _CONTINUATION.match(text, end)
        if cont and _continues(raw, cont.group(1)):
            raw += cont.group(1)
            end = cont.end()
        cleaned = strip_debris(raw)
        host = re.sub(r"^[a-z]+://", "", cleaned, flags=re.IGNORECASE).split("/", 1)[0]
        if "." not in host.strip("."):
            continue
        name, kind = normalise(cleaned)
        links.append(Link(name, kind, "https://" + name, m.start(), end - (len(raw) - len(cleaned))))
    return links
