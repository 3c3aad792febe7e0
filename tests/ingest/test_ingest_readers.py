"""Every reader on a small real fixture: titles, abstracts, ids, attributes and sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import IngestReport, read_papers, read_records
from kg.text import paper_id

DEMAMBA = "DeMamba: AI-Generated Video Detection on Million-Scale GenVideo Benchmark"
PROSODY = "ProsodyFM: Unsupervised Phrasing and Intonation Control for Intelligible Speech Synthesis"
FIRST = "FIRST: Faster Improved Listwise Reranking with Single Token Decoding"


def records(path: Path, **kw) -> tuple[list, IngestReport]:
    report = IngestReport()
    return list(read_records([path], report=report, **kw)), report


def by_title(papers) -> dict:
    return {p.title: p for p in papers}


def test_hf_page(ingest_fixtures: Path) -> None:
    papers, report = records(ingest_fixtures / "good" / "page.txt")
    assert [p.title for p in papers] == [
        DEMAMBA, PROSODY, FIRST, "Scaling Laws for Neural Language Models",
        "Show, Don't Tell: Evaluating Large Language Models Beyond Textual Understanding with ChildPlay",
    ]
    p = by_title(papers)
    assert p[DEMAMBA].sources[0].date == "Mar 11" and p[DEMAMBA].sources[0].line == 11
    assert p[FIRST].sources[0].date == "Mar 12"
    assert p["Scaling Laws for Neural Language Models"].abstract == ""  # a title alone is a paper
    assert p[PROSODY].abstract.startswith("Prosody contains rich information")
    assert report.messages == [] and report.skipped == 0


def test_hf_api_json(ingest_fixtures: Path) -> None:
    papers, _ = records(ingest_fixtures / "good" / "daily_papers.json")
    demamba, oreal = papers
    assert demamba.title == DEMAMBA  # the API's "\n  " inside the title is folded
    assert demamba.id == paper_id(DEMAMBA)
    assert demamba.arxiv_id == "2405.19707" and demamba.input_ids == ("2405.19707",)
    assert demamba.authors == ("Haoxing Chen", "Yan Hong")
    assert demamba.published == "2024-05-30"  # the paper's date; the listing day goes to the source
    assert demamba.sources[0].date == "2024-05-31" and demamba.sources[0].line == 2
    assert "\n" not in demamba.abstract and demamba.abstract.endswith("github.com/chenhaoxing/DeMamba.")
    assert oreal.arxiv_id == "2502.06781"


def test_jsonl(ingest_fixtures: Path) -> None:
    papers, report = records(ingest_fixtures / "good" / "papers.jsonl")
    p = by_title(papers)
    assert p[DEMAMBA].input_ids == ("rec-1",)
    assert p[DEMAMBA].arxiv_id == "2405.19707"  # from the arxiv.org URL, version dropped
    assert p[PROSODY].abstract.startswith("Prosody contains")  # `summary` read as the abstract
    assert p[PROSODY].authors == ("Xiangheng He", "Junjie Chen")
    assert p[PROSODY].arxiv_id == "2412.11795"
    assert p["Less is More for Reasoning"].sources[0].line == 4  # the blank line 3 is skipped
    assert report.skipped == 0


def test_csv(ingest_fixtures: Path) -> None:
    papers, _ = records(ingest_fixtures / "good" / "papers.csv")
    assert len(papers) == 3
    child = papers[1]
    assert child.title.startswith("Show, Don't Tell")  # a quoted title holding a comma
    assert child.abstract.endswith("language models, on problems beyond linguistic tasks.")  # quoted newline
    assert child.authors == ("Gonçalo Hora de Carvalho",)
    assert [p.sources[0].line for p in papers] == [2, 3, 5]
    assert papers[2].doi == "10.1109/cvpr.2016.90" and papers[2].published == "2016"


def test_tsv(tmp_path: Path) -> None:
    path = tmp_path / "list.tsv"
    path.write_text("title\tabstract\nLIMO: Less is More for Reasoning\tFew examples suffice.\n", encoding="utf-8")
    (paper,), _ = records(path)
    assert paper.title == "LIMO: Less is More for Reasoning" and paper.abstract == "Few examples suffice."


def test_atom(ingest_fixtures: Path) -> None:
    papers, _ = records(ingest_fixtures / "good" / "arxiv.atom")
    demamba, limo = papers
    assert demamba.title == DEMAMBA
    assert demamba.arxiv_id == "2405.19707" and demamba.published == "2024-05-30"
    assert demamba.abstract.startswith("Recently, video generation") and "\n" not in demamba.abstract
    assert demamba.url == "http://arxiv.org/abs/2405.19707v1"
    assert limo.doi == "10.48550/arxiv.2502.03387"
    assert limo.authors == ("Yixin Ye",)


def test_bibtex(ingest_fixtures: Path) -> None:
    papers, _ = records(ingest_fixtures / "good" / "refs.bib")
    attention, first, muller = papers
    assert attention.title == "Attention Is All You Need"
    assert attention.authors == ("Ashish Vaswani", "Noam Shazeer", "Niki Parmar")
    assert attention.doi == "10.5555/3295222.3295349" and attention.published == "2017"
    assert attention.abstract.endswith("the Transformer, based solely on attention mechanisms.")
    assert attention.input_ids == ("vaswani2017attention",)
    assert first.title == FIRST and first.arxiv_id == "2406.15657"  # quoted value, eprint
    assert muller.title == "Über die Verallgemeinerung von Sprachmodellen"  # accents, \emph, braces
    assert muller.authors == ("Jörg Müller", "María González")
    assert muller.arxiv_id == "1905.01234"  # from `journal = {arXiv preprint arXiv:...}`
    assert attention.sources[0].line == 4 and muller.sources[0].line == 24


@pytest.mark.parametrize(
    ("name", "content", "format"),
    [
        ("records.txt", '{"title": "LIMO: Less is More for Reasoning"}\n', "jsonl"),
        ("records.json", '{"title": "LIMO: Less is More for Reasoning"}\n{"title": "FIRST"}\n', "jsonl"),
        ("records", '[{"title": "LIMO: Less is More for Reasoning"}]', "json"),
        ("export", '{"papers": [{"title": "LIMO: Less is More for Reasoning"}]}', "json"),
        ("feed", ('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
                 "<title>LIMO: Less is More for Reasoning</title></entry></feed>"), "atom"),
        ("refs", "% comment\n@misc{limo, title={LIMO: Less is More for Reasoning}}\n", "bibtex"),
        ("table", "id,Title\n1,LIMO: Less is More for Reasoning\n", "csv"),
        ("page", "Subscribe\n\nFeb 6\n\nLIMO: Less is More for Reasoning\n", "hf-page"),
    ],
)
def test_format_sniffed_from_content(tmp_path: Path, name: str, content: str, format: str) -> None:
    from kg.ingest.registry import sniff_format

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert sniff_format(path) == format
    papers, report = records(path)
    assert papers[0].title == "LIMO: Less is More for Reasoning", report.messages


def test_forced_format_overrides_sniffing(tmp_path: Path) -> None:
    path = tmp_path / "odd.dat"
    path.write_text('{"title": "LIMO: Less is More for Reasoning"}\n', encoding="utf-8")
    papers, _ = records(path, format="jsonl")
    assert [p.title for p in papers] == ["LIMO: Less is More for Reasoning"]


def test_folders_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "deep" / "x.jsonl").write_text('{"title": "Second"}\n', encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"title": "First"}\n', encoding="utf-8")
    (tmp_path / ".hidden.jsonl").write_text('{"title": "Hidden"}\n', encoding="utf-8")
    report = IngestReport()
    assert [p.title for p in read_papers([tmp_path], report=report)] == ["First", "Second"]
    assert report.files == 2
