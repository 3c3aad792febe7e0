"""Find URLs in paper text, clean their debris, and type them (repository, project page, ...).

Pure functions on strings: no spaCy needed, so this runs on characters at full speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# A scheme may be glued to the word before it ("researchhttps://"), so no leading \b.
_URL = re.compile(r"(?:https?://|(?<![\w@.])www\.)[^\s<>\"'`\\]+", re.IGNORECASE)
# A URL broken across a line ends in a separator and continues with a path-like word.
_CONTINUATION = re.compile(r"\s([\w\-./#?=&%~]+)")
_TRAILING = ".,;:!?)]}>'\"*"
_LATEX_DEBRIS = re.compile(r"\{[^{}/]*$")  # "child-play{ChildPlay" -> "child-play"


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


def _strip_debris(url: str) -> str:
    url = _LATEX_DEBRIS.sub("", url)
    while url and url[-1] in _TRAILING:
        # keep a closing bracket that closes one opened inside the URL
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def normalise(url: str) -> tuple[str, LinkKind]:
    """The canonical name and kind of a raw URL: scheme, www., .git, /tree/... and #frag dropped."""
    u = _strip_debris(url.strip())
    u = re.sub(r"^[a-z]+://", "", u, flags=re.IGNORECASE)
    u = re.sub(r"^www\.", "", u, flags=re.IGNORECASE)
    host, _, path = u.partition("/")
    host = host.lower()
    path = path.split("#", 1)[0].rstrip("/")
    parts = [p for p in path.split("/") if p]
    if host == "github.com" and len(parts) >= 2:
        name = re.sub(r"\.git$", "", parts[1])
        return f"github.com/{parts[0]}/{name}", LinkKind.REPOSITORY
    if host == "huggingface.co" and len(parts) >= 3 and parts[0] in ("datasets", "spaces"):
        kind = LinkKind.HF_DATASET if parts[0] == "datasets" else LinkKind.OTHER
        return f"{host}/{'/'.join(parts[:3])}", kind
    if host == "huggingface.co" and len(parts) >= 2 and parts[0] not in ("papers", "blog", "docs"):
        return f"{host}/{'/'.join(parts[:2])}", LinkKind.HF_MODEL
    if host in ("arxiv.org", "export.arxiv.org") and len(parts) >= 2 and parts[0] in ("abs", "pdf"):
        ident = re.sub(r"(v\d+)?(\.pdf)?$", "", parts[1])
        return f"arxiv.org/abs/{ident}", LinkKind.ARXIV
    name = host + ("/" + "/".join(parts) if parts else "")
    if host.endswith(".github.io") or host == "sites.google.com":
        return name, LinkKind.PROJECT_PAGE
    return name, LinkKind.OTHER


def find_links(text: str) -> list[Link]:
    """Every URL in `text` with its span; a URL broken by a space after '/' or '-' is rejoined."""
    links = []
    for m in _URL.finditer(text):
        raw, end = m.group(0), m.end()
        cont = _CONTINUATION.match(text, end)
        if raw[-1] in "/-_" and cont and not re.search(r"[.!?,;:]$|^[A-Z]", cont.group(1)[:-1] or "x"):
            raw += cont.group(1)
            end = cont.end()
        start = m.start()
        clean_raw = _strip_debris(raw)
        if "." not in clean_raw.split("://", 1)[-1]:
            continue
        name, kind = normalise(clean_raw)
        links.append(Link(name, kind, "https://" + name, start, end - (len(raw) - len(clean_raw))))
    return links
