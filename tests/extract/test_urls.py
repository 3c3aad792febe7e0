"""The URL table: each way a URL arrives in an abstract, and the name and kind it must get."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.urls import LinkKind, find_links, normalise

R, P, D, M, A, O = (LinkKind.REPOSITORY, LinkKind.PROJECT_PAGE, LinkKind.HF_DATASET, LinkKind.HF_MODEL,
                    LinkKind.ARXIV, LinkKind.OTHER)

TABLE = [
    # (text as it appears in an abstract, normalised name, kind, surface form that is the evidence)
    ("Code is available at https://github.com/GAIR-NLP/LIMO.", "github.com/GAIR-NLP/LIMO", R,
     "https://github.com/GAIR-NLP/LIMO"),
    ("an ensemble algorithm (https://github.com/Tabrisrei/ISLES22_Ensemble) that detects",
     "github.com/Tabrisrei/ISLES22_Ensemble", R, "https://github.com/Tabrisrei/ISLES22_Ensemble"),
    (r"\url{https://github.com/NJU-RL/Meta-DT}", "github.com/NJU-RL/Meta-DT", R, "https://github.com/NJU-RL/Meta-DT"),
    ("at https://github.com/wang-kee/LiNeS, and the models at", "github.com/wang-kee/LiNeS", R,
     "https://github.com/wang-kee/LiNeS"),
    ("suite (https://github.com/BlueVelvetSackOfGoldPotatoes/child-play{ChildPlay GitHub Repository}) caution",
     "github.com/BlueVelvetSackOfGoldPotatoes/child-play", R,
     "https://github.com/BlueVelvetSackOfGoldPotatoes/child-play"),
    ("to benefit future researchhttps://github.com/InternLM/OREAL.", "github.com/InternLM/OREAL", R,
     "https://github.com/InternLM/OREAL"),
    ("Clone https://github.com/naver-ai/RRR.git to start.", "github.com/naver-ai/RRR", R,
     "https://github.com/naver-ai/RRR.git"),
    ("See https://github.com/evelyn0414/OPERA#readme for details", "github.com/evelyn0414/OPERA", R,
     "https://github.com/evelyn0414/OPERA#readme"),
    ("Data: https://github.com/thu-coai/SPaR/tree/main/data/train.", "github.com/thu-coai/SPaR", R,
     "https://github.com/thu-coai/SPaR/tree/main/data/train"),
    ("https://www.github.com/We-Math/We-Math/", "github.com/We-Math/We-Math", R, "https://www.github.com/We-Math/We-Math/"),
    ("code at github.com/owenzx/data4comp.", "github.com/owenzx/data4comp", R, "github.com/owenzx/data4comp"),
    ("Code: https://github.com/YangLing0818/IterComp", "github.com/YangLing0818/IterComp", R,
     "https://github.com/YangLing0818/IterComp"),
    # a URL broken across a line (ingest folds the break to one space)
    ("will be aviliable at https://github.com/chenhaoxing/\nDeMamba.", "github.com/chenhaoxing/DeMamba", R,
     "https://github.com/chenhaoxing/\nDeMamba"),
    ("openly available https://github.com/declare-lab/LLM-\nPuzzleTest", "github.com/declare-lab/LLM-PuzzleTest", R,
     "https://github.com/declare-lab/LLM-\nPuzzleTest"),
    ("released at https://github.com/chen\nhaoxing/DeMamba.", "github.com/chenhaoxing/DeMamba", R,
     "https://github.com/chen\nhaoxing/DeMamba"),
    # project pages are not repositories
    ("See our project page at https://phyworld.github.io", "phyworld.github.io", P, "https://phyworld.github.io"),
    ("Results and visualizations at https://diffusion-classifier.github.io/", "diffusion-classifier.github.io", P,
     "https://diffusion-classifier.github.io/"),
    ("models are available at https://zhengxinyang.github.io/projects/LAS-Diffusion.html",
     "zhengxinyang.github.io/projects/LAS-Diffusion.html", P,
     "https://zhengxinyang.github.io/projects/LAS-Diffusion.html"),
    ("trained models (https://osu-nlp-group.github.io/Mind2Web) to facilitate", "osu-nlp-group.github.io/Mind2Web", P,
     "https://osu-nlp-group.github.io/Mind2Web"),
    ("the project website at: https://sites.google.com/view/obst-avoid-swarm-rl.",
     "sites.google.com/view/obst-avoid-swarm-rl", P, "https://sites.google.com/view/obst-avoid-swarm-rl"),
    # Hugging Face
    ("The datasets are available at https://huggingface.co/datasets/furonghuang-lab/Easy2Hard-Bench.",
     "huggingface.co/datasets/furonghuang-lab/Easy2Hard-Bench", D,
     "https://huggingface.co/datasets/furonghuang-lab/Easy2Hard-Bench"),
    ("https://huggingface.co/datasets/squad/viewer/plain_text", "huggingface.co/datasets/squad/viewer", D,
     "https://huggingface.co/datasets/squad/viewer/plain_text"),
    ("weights: https://huggingface.co/meta-llama/Llama-2-7b-hf/tree/main.", "huggingface.co/meta-llama/Llama-2-7b-hf",
     M, "https://huggingface.co/meta-llama/Llama-2-7b-hf/tree/main"),
    ("demo: https://huggingface.co/spaces/openai/whisper", "huggingface.co/spaces/openai/whisper", O,
     "https://huggingface.co/spaces/openai/whisper"),
    # arXiv: one name per paper, whatever the version or page
    ("extends https://arxiv.org/abs/2405.19707v2.", "arxiv.org/abs/2405.19707", A, "https://arxiv.org/abs/2405.19707v2"),
    ("(http://arxiv.org/pdf/2502.03387.pdf)", "arxiv.org/abs/2502.03387", A, "http://arxiv.org/pdf/2502.03387.pdf"),
    # everything else
    ("will be publicly released on https://yuxuan-xue.com/gen-3diffusion.", "yuxuan-xue.com/gen-3diffusion", O,
     "https://yuxuan-xue.com/gen-3diffusion"),
    ("visit www.example.org/kg; it explains", "example.org/kg", O, "www.example.org/kg"),
    ("The leaderboard (https://en.wikipedia.org/wiki/Go_(game)) lists", "en.wikipedia.org/wiki/Go_(game)", O,
     "https://en.wikipedia.org/wiki/Go_(game)"),
    ("our site https://example.com/ and the code", "example.com", O, "https://example.com/"),
    ("code: https://github.com/InternLM.", "github.com/InternLM", O, "https://github.com/InternLM"),
    ("see https://github.com/orgs/openai/repositories", "github.com/orgs/openai/repositories", O,
     "https://github.com/orgs/openai/repositories"),
]


@pytest.mark.parametrize(("text", "name", "kind", "surface"), TABLE, ids=[row[1] for row in TABLE])
def test_url_table(text: str, name: str, kind: LinkKind, surface: str) -> None:
    folded = text.replace("\n", " ")  # ingest folds every line break to one space
    (link,) = find_links(folded)
    assert (link.name, link.kind) == (name, kind)
    assert folded[link.start : link.end] == surface.replace("\n", " ")
    assert link.url == f"https://{name}"


def test_sentence_after_a_url_is_not_joined_to_it() -> None:
    text = "Visit https://phyworld.github.io/ We show that models fail. Code: https://github.com/a/b. The end."
    assert [link.name for link in find_links(text)] == ["phyworld.github.io", "github.com/a/b"]


def test_several_urls_in_order_and_none_in_plain_text() -> None:
    text = "Code (https://github.com/a/b) and data (https://huggingface.co/datasets/c/d)."
    assert [(lnk.name, lnk.kind) for lnk in find_links(text)] == [("github.com/a/b", R),
                                                                   ("huggingface.co/datasets/c/d", D)]
    assert find_links("We compare with e.g. GPT-4 on www and http at 3.5 GHz.") == []
    assert find_links("email us at someone@github.com/help") == []


@pytest.mark.parametrize("raw", ["https://github.com/GAIR-NLP/LIMO", "http://www.github.com/GAIR-NLP/LIMO/",
                                 "github.com/GAIR-NLP/LIMO.git", "https://github.com/GAIR-NLP/LIMO/blob/main/README.md",
                                 "https://github.com/GAIR-NLP/LIMO}.", "HTTPS://GitHub.com/GAIR-NLP/LIMO#install"])
def test_spellings_of_one_repository_meet(raw: str) -> None:
    assert normalise(raw) == ("github.com/GAIR-NLP/LIMO", R)


OWNER = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9-]{0,15}", fullmatch=True)
# A name ends in a letter or digit here: "name- next" is read as a name broken across a line.
REPO = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,20}[A-Za-z0-9]", fullmatch=True).filter(
    lambda s: not s.endswith(".git"))


@settings(max_examples=200, deadline=None)
@given(owner=OWNER, repo=REPO, before=st.sampled_from(["", "at ", "(", "research", "\\url{", "code: www."]),
       after=st.sampled_from(["", ".", ")", "}", ",", ").", "/", ".git", "#readme", "/tree/main/src", "{Repo}", " and"]))
def test_any_repository_url_in_any_wrapping_normalises(owner: str, repo: str, before: str, after: str) -> None:
    host = "github.com" if before.endswith("www.") else "https://github.com"
    text = f"Code {before}{host}/{owner}/{repo}{after} here"
    names = [(lnk.name, lnk.kind) for lnk in find_links(text)]
    assert names == [(f"github.com/{owner}/{repo}", R)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .,/:(){}-_#h ttps w g i t u b c o m\n"), max_size=120))
def test_find_links_never_fails_and_spans_are_inside_the_text(text: str) -> None:
    for link in find_links(text):
        assert 0 <= link.start < link.end <= len(text)
        assert "://" not in link.name and link.name[-1] not in ".,;:!?)]}"
