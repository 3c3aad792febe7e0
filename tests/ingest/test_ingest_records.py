"""Field normalisation shared by every structured reader: arXiv ids, DOIs, dates, authors, LaTeX."""

from __future__ import annotations

import pytest

from kg.ingest import IngestReport
from kg.ingest.bibtex import iter_entries, latex_to_text, split_authors
from kg.ingest.records import make_paper, norm_arxiv, norm_authors, norm_date, norm_doi
from kg.text import clean


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2405.19707", "2405.19707"),
        ("2405.19707v3", "2405.19707"),
        ("arXiv:2405.19707v1", "2405.19707"),
        ("https://arxiv.org/abs/2405.19707v2", "2405.19707"),
        ("http://arxiv.org/pdf/2405.19707v1.pdf", "2405.19707"),
        ("https://arxiv.org/html/2405.19707v1", "2405.19707"),
        ("1501.0123", "1501.0123"),  # four-digit numbers before 2015
        ("hep-th/9901001v2", "hep-th/9901001"),
        ("math.GT/0309136", "math.GT/0309136"),
        ("see 2405.19707", None),
        ("10.1109/CVPR.2016.90", None),
        ("", None),
        (2405.19707, None),  # a number has lost its trailing zeros: never trusted
    ],
)
def test_arxiv_ids(raw, expected) -> None:
    assert norm_arxiv(raw) == expected


def test_arxiv_in_free_text_needs_a_prefix() -> None:
    assert norm_arxiv("arXiv preprint arXiv:2406.15657,", loose=False) == "2406.15657"
    assert norm_arxiv("Proceedings of CVPR 2016", loose=False) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("10.1109/CVPR.2016.90", "10.1109/cvpr.2016.90"), ("https://doi.org/10.1000/ABC.", "10.1000/abc"),
     ("doi:10.48550/arXiv.2502.03387", "10.48550/arxiv.2502.03387"), ("not a doi", None), (None, None)],
)
def test_dois(raw, expected) -> None:
    assert norm_doi(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2024-05-30T03:54:14.000Z", "2024-05-30"), ("2024-05", "2024-05"), ("2017", "2017"), (2017, "2017"),
     ("Mar 11", None), ("yesterday", None), (None, None)],
)
def test_dates_are_iso_or_absent(raw, expected) -> None:
    assert norm_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(["Ada Lovelace", " Alan  Turing "], ("Ada Lovelace", "Alan Turing")),
     ([{"name": "Haoxing Chen", "hidden": False}, {"_id": "x"}], ("Haoxing Chen",)),
     ("Ada Lovelace; Alan Turing", ("Ada Lovelace", "Alan Turing")),
     ("Ada Lovelace and Alan Turing", ("Ada Lovelace", "Alan Turing")),
     ("Ada Lovelace, Alan Turing", ("Ada Lovelace", "Alan Turing")),
     (42, ())],
)
def test_authors(raw, expected) -> None:
    assert norm_authors(raw) == expected


def test_clean_text_is_nfc_xml_safe_and_folded() -> None:
    assert clean("Cafe\u0301\x00 \x0b bench\ufffe\n\t ok ") == "Café bench ok"


def test_record_without_title_is_counted_with_its_place() -> None:
    report = IngestReport()
    assert make_paper({"title": "  \x01 ", "abstract": "x"}, file="a.csv", line=7, report=report) is None
    assert report.skipped == 1 and report.messages == ["a.csv:7: record without a title, skipped"]


def test_input_id_kept_and_arxiv_like_id_becomes_arxiv_id() -> None:
    report = IngestReport()
    p = make_paper({"title": "T", "id": "2405.19707"}, file="a.jsonl", line=1, report=report)
    q = make_paper({"title": "T", "id": "W2963403868"}, file="a.jsonl", line=2, report=report)
    assert (p.arxiv_id, p.input_ids) == ("2405.19707", ("2405.19707",))
    assert (q.arxiv_id, q.input_ids) == (None, ("W2963403868",))


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"{\"U}ber \emph{Deep} {L}earning", "Über Deep Learning"),
        (r"Gonz{\'a}lez and \c{C}elik", "González and Çelik"),
        (r"Mar{\'\i}a Sk{\l}odowska", "María Skłodowska"),
        (r"\textbf{BERT}: Pre-training of Deep Bidirectional Transformers", "BERT: Pre-training of Deep Bidirectional Transformers"),
        (r"Scores of 95\% on $k$-shot \& zero--shot", "Scores of 95% on k-shot & zero–shot"),
        ("Word~split\n    over lines", "Word split over lines"),
    ],
)
def test_latex_to_text(latex: str, text: str) -> None:
    assert latex_to_text(latex) == text


def test_bibtex_authors() -> None:
    assert split_authors("Doe, Jane and {Barnes and Noble} and King, Jr, Martin") == [
        "Jane Doe", "Barnes and Noble", "Martin King Jr"]


def test_bibtex_values_macros_concatenation_and_parentheses() -> None:
    text = """@string{conf = "Proc. of "}
@comment{ignored {entirely}}
@inproceedings(key1,
  title = "A {"}quoted{"} title",
  booktitle = conf # {ACL},
  month = jun, year = 2020)
"""
    ((line, kind, key, fields),) = list(iter_entries(text))
    assert (line, kind, key) == (3, "inproceedings", "key1")
    assert fields["booktitle"] == "Proc. of ACL" and fields["month"] == "Jun" and fields["year"] == "2020"
    assert latex_to_text(fields["title"]) == 'A "quoted" title'


def test_paper_ids_meet_across_spellings_and_keep_other_scripts_apart() -> None:
    from kg.text import paper_id

    assert paper_id("LIMO: Less is More for Reasoning") == paper_id("limo - less is more for reasoning.")
    assert paper_id("Über die Straße") == paper_id("Uber die Strasse")
    assert paper_id("Обучение нейронных сетей") != paper_id("Трансформеры для перевода")
    assert paper_id("深度学习综述") != paper_id("图神经网络综述")
    assert paper_id("β-VAE: Learning Basic Visual Concepts") != paper_id("VAE: Learning Basic Visual Concepts")
