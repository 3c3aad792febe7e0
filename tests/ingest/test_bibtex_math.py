"""BibTeX titles keep their Greek letters and line breaks as text: '$\\beta$-VAE' is an entity name."""

from __future__ import annotations

import pytest

from kg.ingest.bibtex import latex_to_text


@pytest.mark.parametrize(("latex", "text"), [
    (r"$\beta$-VAE: Learning Basic Visual Concepts", "β-VAE: Learning Basic Visual Concepts"),
    (r"{$\alpha$}-Nets and $\mu$P", "α-Nets and μP"),
    (r"$\lambda$-calculus, $\Delta$-rules, $\varepsilon$-greedy", "λ-calculus, Δ-rules, ε-greedy"),
    (r"$\pi_0$: a policy", "π_0: a policy"),
    (r"first line\\second line", "first line second line"),
    (r"\emph{Deep} \etal{} \textbf{nets}", "Deep nets"),  # other commands still vanish
])
def test_greek_letters_and_line_breaks_survive(latex: str, text: str) -> None:
    assert latex_to_text(latex) == text
