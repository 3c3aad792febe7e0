"""Bad input never crashes and is never lost silently: each case is named, counted and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import IngestReport, read_papers


def ingest(*paths: Path, **kw) -> tuple[list, IngestReport]:
    report = IngestReport()
    return read_papers(list(paths), report=report, **kw), report


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "bad/empty.txt: empty file; file skipped"),
        ("binary.txt", "bad/binary.txt: binary file, not text; file skipped"),
        ("figure.png", "bad/figure.png: binary file, not text; file skipped"),
        ("no_title.csv", "bad/no_title.csv:1: CSV has no title column (columns: name, abstract, year); file skipped"),
        ("notes.xyz", "bad/notes.xyz: unknown format (use --format to force one); file skipped"),
    ],
)
def test_unusable_file_is_skipped_with_one_line_naming_it(ingest_fixtures: Path, name: str, message: str) -> None:
    papers, report = ingest(ingest_fixtures / "bad" / name)
    assert papers == []
    assert report.files_skipped == 1
    assert len(report.messages) == 1 and report.messages[0].endswith(message)
    assert "\n" not in report.messages[0]


@pytest.mark.parametrize("name", ["bomb.atom", "xxe.atom"])
def test_entity_expansion_and_external_entities_are_refused(ingest_fixtures: Path, name: str) -> None:
    papers, report = ingest(ingest_fixtures / "bad" / name)
    assert papers == [] and report.files_skipped == 1
    assert "XML refused" in report.messages[0] and "root:" not in report.messages[0]


def test_external_entity_is_not_resolved_even_when_format_is_forced(ingest_fixtures: Path) -> None:
    papers, report = ingest(ingest_fixtures / "bad" / "xxe.atom", format="atom")
    assert papers == [] and "XML refused" in report.messages[0]


def test_malformed_jsonl_lines_are_skipped_counted_and_located(ingest_fixtures: Path) -> None:
    papers, report = ingest(ingest_fixtures / "bad" / "malformed.jsonl")
    assert [p.title for p in papers] == ["LIMO: Less is More for Reasoning",
                                         "FIRST: Faster Improved Listwise Reranking with Single Token Decoding"]
    assert report.skipped == 3 and report.records == 2
    where = [m.split(": ", 1)[0].rsplit("/", 1)[-1] for m in report.messages]
    assert where == ["malformed.jsonl:2", "malformed.jsonl:3", "malformed.jsonl:4"]
    assert "malformed JSON line" in report.messages[0]
    assert "without a title" in report.messages[1]


def test_non_utf8_text_is_decoded_with_a_fallback_and_said_so(ingest_fixtures: Path) -> None:
    papers, report = ingest(ingest_fixtures / "bad" / "cp1252_page.txt")
    (paper,) = papers
    assert paper.title == "Café-Bench: Evaluating Naïve Agents on Real-World Ordering Tasks"
    assert "– mostly on modifiers." in paper.abstract
    assert report.messages[0].endswith("cp1252_page.txt:5: not valid UTF-8, decoded as cp1252/latin-1")


@pytest.mark.parametrize(("name", "kept", "line"), [("truncated.atom", "LIMO: Less is More for Reasoning", 10),
                                                     ("unbalanced.bib", "Deep Residual Learning for Image Recognition", 6)])
def test_file_broken_midway_keeps_what_came_before(ingest_fixtures: Path, name: str, kept: str, line: int) -> None:
    papers, report = ingest(ingest_fixtures / "bad" / name)
    assert [p.title for p in papers] == [kept]
    assert report.files_partial == 1 and report.files_skipped == 0
    assert f"{name}:{line}: " in report.messages[0] and report.messages[0].endswith("rest of file skipped")


def test_missing_path_raises_before_reading_anything(ingest_fixtures: Path) -> None:
    with pytest.raises(InputError, match=r"^no/such/dir: no such file or folder$"):
        ingest(ingest_fixtures / "good" / "page.txt", Path("no/such/dir"))


def test_unknown_forced_format_raises(ingest_fixtures: Path) -> None:
    with pytest.raises(InputError, match="unknown format 'yaml'; known: atom, bibtex, csv"):
        ingest(ingest_fixtures / "good", format="yaml")


def test_whole_bad_folder_counts_everything(ingest_fixtures: Path) -> None:
    papers, report = ingest(ingest_fixtures / "bad")
    assert report.files == 11
    assert report.files_skipped == 7 and report.files_partial == 2 and report.skipped == 3
    assert report.records == 5 and len(papers) == 4 and report.merged == 1
    assert report.summary(len(papers)) == (
        "read 5 listings from 11 files: 4 distinct papers "
        "(1 merged, 3 skipped, 7 files skipped, 2 files read in part)")


def test_warnings_beyond_the_cap_are_counted_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("{oops\n" * 60 + '{"title": "LIMO"}\n', encoding="utf-8")
    papers, report = ingest(path)
    assert len(papers) == 1 and report.skipped == 60
    assert len(report.messages) == 51 and report.messages[-1] == "... and 10 more warnings"


def test_record_json_that_is_not_an_object_or_list_is_named(tmp_path: Path) -> None:
    path = tmp_path / "scalar.json"
    path.write_text('"just a string"', encoding="utf-8")
    papers, report = ingest(path)
    assert papers == [] and report.messages[0].endswith(
        "scalar.json: JSON holds neither a list of paper records nor one record; file skipped")


def test_malformed_json_array_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('[\n  {"title": "LIMO"},\n  {"title": "FIRST",\n', encoding="utf-8")
    papers, report = ingest(path)
    assert [p.title for p in papers] == ["LIMO"]
    assert "cut.json:3: malformed JSON" in report.messages[0]


def test_a_broken_link_in_a_folder_is_named_and_counted(ingest_fixtures: Path, tmp_path: Path) -> None:
    (tmp_path / "papers.jsonl").write_bytes((ingest_fixtures / "good" / "papers.jsonl").read_bytes())
    (tmp_path / "moved.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    papers, report = ingest(tmp_path)
    assert papers and report.files == 2 and report.files_skipped == 1
    assert report.messages == [f"{tmp_path / 'moved.jsonl'}: cannot read: No such file or directory; file skipped"]


def test_a_file_named_twice_is_read_once(ingest_fixtures: Path) -> None:
    good = ingest_fixtures / "good"
    once, one = ingest(good)
    twice, two = ingest(good, good / "papers.jsonl", Path(str(good) + "/."))
    assert (two.files, two.records, two.merged) == (one.files, one.records, one.merged)
    assert [p.sources for p in twice] == [p.sources for p in once]


def test_an_output_folder_inside_the_input_is_not_read_back(ingest_fixtures: Path, tmp_path: Path) -> None:
    from kg.pipeline import build

    data = tmp_path / "data"
    data.mkdir()
    (data / "papers.jsonl").write_bytes((ingest_fixtures / "good" / "papers.jsonl").read_bytes())
    build([data], out_dir=data / "graph")
    first = (data / "graph" / "papers.jsonl").read_bytes()
    papers, report = ingest(data)
    assert report.files == 1 and report.files_skipped == 0
    assert report.messages == [f"{data / 'graph'}: a kg output folder, not read as input"]
    build([data], out_dir=data / "graph")  # the second build reads what the first did, nothing more
    assert (data / "graph" / "papers.jsonl").read_bytes() == first
    named, _ = ingest(data / "graph" / "papers.jsonl")  # named directly, it is read
    assert len(named) == len(papers)
