"""Resolve: per-paper entities -> one corpus-wide entity per real thing (the Corpus core value).

The steps, in order (each a small module):
  cluster.apply_types  drop blocked names; one type per name, the one most papers give it
  cluster.cluster      spellings, long/short forms and KB aliases meet; different things stay apart
  corpus_pass          a name one paper introduces is recognised in every paper that uses it
  assemble             canonical ids and names, KB attributes, families; papers rewritten to match
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.kb import KnowledgeBase
from kg.model import Corpus, Extraction
from kg.overrides import Overrides
from kg.resolve.assemble import assemble
from kg.resolve.cluster import apply_types, cluster
from kg.resolve.corpus_pass import corpus_pass

__all__ = ["resolve"]


def resolve(
    extractions: Iterable[Extraction], *, kb: KnowledgeBase | None = None, overrides: Overrides | None = None,
) -> Corpus:
    """Merge the per-paper entities of `extractions` into corpus-wide ones and rewrite the ids.

    `kb` (from `kg.extract.kb.load_kb`) lends canonical names, aliases and families; without it,
    only what the papers say is used. The result depends on the papers, not on their order of
    arrival only through ties, which are broken by fixed rules.
    """
    overrides = overrides or Overrides()
    exs = apply_types(list(extractions), overrides, kb)
    clustering = cluster(exs, kb=kb, overrides=overrides)
    exs = corpus_pass(exs, clustering)
    return assemble(exs, clustering, kb)
