"""One process, a pool of two and a Dask local cluster must write byte-identical exports."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.engine import EngineSettings, extract_papers, open_engine
from kg.engine.shards import split_shards
from kg.errors import KGError
from kg.extract import ExtractSettings
from kg.ingest import read_papers
from kg.pipeline import BuildSettings, build

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Small shards so that a dozen papers still make several tasks, spread over both workers.
ENGINES = {
    "local": EngineSettings(name="local", shard_size=7),
    "processes": EngineSettings(name="processes", processes=2, shard_size=7),
    "dask": EngineSettings(name="dask", processes=2, shard_size=7),
}


def _digests(out: Path) -> dict[str, str]:
    """Every export file; a database folder (the SPARQL store) is not a byte-stable file."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def seed_file() -> Path:
    """One seed page: about fifty real abstracts with links, enough for several shards."""
    return min(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def exports(seed_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    out = {}
    for name, engine in ENGINES.items():
        folder = tmp_path_factory.mktemp(name)
        build([seed_file], out_dir=folder, settings=BuildSettings(engine=engine))
        out[name] = _digests(folder)
    return out


@pytest.mark.parametrize("name", ["processes", "dask"])
def test_exports_are_byte_identical_to_one_process(exports: dict[str, dict[str, str]], name: str) -> None:
    assert len(exports["local"]) >= 4
    assert exports[name] == exports["local"]


def test_extractions_come_back_in_input_order(seed_file: Path) -> None:
    papers = read_papers([seed_file])
    engine = EngineSettings(name="processes", processes=2, shard_size=3)
    got = [ex.paper.id for ex in extract_papers(papers, settings=ExtractSettings(), engine=engine)]
    assert got == [p.id for p in papers]


def test_shards_cover_every_paper_once_in_order(seed_file: Path) -> None:
    papers = read_papers([seed_file])
    for size in (1, 5, len(papers), len(papers) + 3):
        parts = list(split_shards(papers, size))
        assert [p for part in parts for p in part] == list(papers)
        assert all(len(part) <= size for part in parts)


@pytest.mark.parametrize(
    ("engine", "message"),
    [(EngineSettings(name="spark"), "unknown engine 'spark'"),
     (EngineSettings(name="processes", processes=0), "at least 1")],
)
def test_bad_engine_settings_raise_one_line_errors(engine: EngineSettings, message: str) -> None:
    with pytest.raises(KGError, match=message):
        open_engine(engine)


def test_cli_engine_options_do_not_change_the_output(seed_file: Path) -> None:
    runner = CliRunner()
    one = runner.invoke(app, ["extract", str(seed_file), "--engine", "local"])
    two = runner.invoke(app, ["extract", str(seed_file), "--engine", "processes", "--processes", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout.count("\n") >= 40
    assert two.stdout == one.stdout


def test_cli_scheduler_needs_the_dask_engine(seed_file: Path) -> None:
    res = CliRunner().invoke(app, ["extract", str(seed_file), "--engine", "local", "--scheduler", "tcp://x:1"])
    assert res.exit_code == 1
    assert "--scheduler needs --engine dask" in res.output


class _BrokenExtractor:
    def __init__(self, **_: object) -> None:
        raise KGError("methods.jsonl:5: bad knowledge-base entry")


def test_a_worker_that_cannot_build_its_extractor_reports_why(
    seed_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kg.engine.processes import ProcessEngine
    from kg.engine.shards import extractor_for, task

    monkeypatch.setattr("kg.engine.shards.Extractor", _BrokenExtractor)
    extractor_for.cache_clear()
    engine = ProcessEngine(2, start_method="fork")  # fork: the workers see the patched class
    batch = tuple(read_papers([seed_file])[:3])
    try:
        with pytest.raises(KGError, match=r"methods\.jsonl:5: bad knowledge-base entry"):
            list(engine.map([task(ExtractSettings(), batch)]))
    finally:
        engine.close()
        extractor_for.cache_clear()
