"""One paper per real paper: the same paper from a page, a JSONL file, a feed and a bib is one."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import IngestReport, merge_papers, read_papers
from kg.model import Paper, Source
from kg.text import paper_id

DEMAMBA = "DeMamba: AI-Generated Video Detection on Million-Scale GenVideo Benchmark"


def test_same_paper_across_formats_is_one_paper_with_every_source(ingest_fixtures: Path) -> None:
    good = ingest_fixtures / "good"
    report = IngestReport()
    papers = read_papers([good / "page.txt", good / "papers.jsonl", good / "arxiv.atom",
                          good / "daily_papers.json"], report=report)
    demamba = [p for p in papers if p.arxiv_id == "2405.19707"]
    assert len(demamba) == 1
    (p,) = demamba
    assert p.id == paper_id(DEMAMBA) and p.title == DEMAMBA
    assert {Path(s.file).name for s in p.sources} == {"page.txt", "papers.jsonl", "arxiv.atom",
                                                       "daily_papers.json"}
    assert p.input_ids == ("2405.19707", "http://arxiv.org/abs/2405.19707v1", "rec-1")
    assert p.authors == ("Haoxing Chen", "Yan Hong")  # the page has none; the JSONL file does
    # the longest abstract is kept: the page's, which holds the repository URL
    assert p.abstract.endswith("https://github.com/chenhaoxing/DeMamba.")


def test_whole_fixture_folder(ingest_fixtures: Path) -> None:
    report = IngestReport()
    papers = read_papers([ingest_fixtures / "good"], report=report)
    assert (report.files, report.records, len(papers), report.merged) == (6, 18, 10, 8)
    assert len({p.id for p in papers}) == len(papers)
    limo = next(p for p in papers if p.arxiv_id == "2502.03387")
    # "Less is More for Reasoning" (JSONL) and "LIMO: ..." (Atom) meet on their arXiv id
    assert limo.title == "LIMO: Less is More for Reasoning" and len(limo.sources) == 2


def paper(title: str, file: str, **kw) -> Paper:
    return Paper(id=paper_id(title), title=title, sources=(Source(file, None, 1),), **kw)


def test_doi_is_a_merge_key_and_compares_case_insensitively() -> None:
    report = IngestReport()
    merged = merge_papers([
        paper("Deep Residual Learning for Image Recognition", "a.bib", doi="10.1109/cvpr.2016.90"),
        paper("ResNet: Deep Residual Learning", "b.csv", doi="10.1109/CVPR.2016.90"),
        paper("Something else", "c.csv"),
    ], report)
    assert [len(p.sources) for p in merged] == [2, 1] and report.merged == 1


def test_title_spelling_differences_meet_on_the_normalised_title() -> None:
    merged = merge_papers([paper("LIMO: Less is More for Reasoning", "a.txt"),
                           paper("LIMO - less is more for reasoning.", "b.txt")])
    assert len(merged) == 1 and merged[0].title == "LIMO: Less is More for Reasoning"


def test_many_listings_fold_into_their_papers_in_first_seen_order() -> None:
    recs = [paper(f"Paper number {i % 1000}", f"f{i // 1000}.txt") for i in range(3000)]
    report = IngestReport()
    merged = merge_papers(recs, report)
    assert [p.title for p in merged] == [f"Paper number {i}" for i in range(1000)]
    assert all(len(p.sources) == 3 for p in merged) and report.merged == 2000


def test_a_listing_that_bridges_two_papers_joins_them() -> None:
    report = IngestReport()
    merged = merge_papers([
        paper("LIMO: Less is More for Reasoning", "a.atom", arxiv_id="2502.03387"),
        paper("Less Is More for Reasoning (extended)", "b.bib", doi="10.48550/arxiv.2502.03387"),
        paper("Less is More for Reasoning", "c.jsonl", arxiv_id="2502.03387", doi="10.48550/arxiv.2502.03387"),
    ], report)
    (limo,) = merged
    assert limo.title == "LIMO: Less is More for Reasoning"
    assert [s.file for s in limo.sources] == ["a.atom", "b.bib", "c.jsonl"]
    assert report.merged == 2


def test_one_paper_listed_thousands_of_times_folds_once() -> None:
    recs = [paper("DeMamba", f"page{i:05d}.txt") for i in range(5000)]
    (p,) = merge_papers(recs)
    assert len(p.sources) == 5000 and p.sources[0].file == "page00000.txt"
