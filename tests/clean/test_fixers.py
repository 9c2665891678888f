"""Each fixer: a positive case, a negative (no-op) case, idempotence; the registry as a whole
is idempotent on generated text (hypothesis)."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from un_statements_etl.clean import clean_text
from un_statements_etl.clean import fixers as F

# fixer name -> (damaged, repaired), (text it must leave alone)
CASES: dict[str, tuple[tuple[str, str], str]] = {
    "drop_footnote_marks": (
        ("since 2018.^[2] She served [^3] twice, as noted.[12]", "since 2018. She served twice, as noted."),
        "Paragraph [2] of resolution 49/2 says x^2 and [a]."),
    "unwrap_links": (
        ("as [United Nations High Commissioner for](#)\n\n[Human Rights](#) since 2018; see "
         "[report](https://ohchr.org/en/x_(y)) and ![photo](a.png)[Human](#)[Rights](#).",
         "as United Nations High Commissioner for\n\nHuman Rights since 2018; see report and Human Rights."),
        "Article [5] (as amended) and the list [a, b] stay."),
    "drop_emphasis": (
        ("LOCATION: **Guangzhou**, __Geneva__ and *urgent*", "LOCATION: Guangzhou, Geneva and urgent"),
        "2 * 3 * 4, snake__case__name, a footnote* and ** alone"),
    "drop_heading_marks": (("# Title\n\n### Background\nText", "Title\n\nBackground\nText"),
                           "The #MeToo movement and issue #5"),
    "straighten_quotes": (("China’s “aim” and ‘this’", "China's \"aim\" and 'this'"),
                          "« la paix » – and — stay"),
    "dash_spaced_hyphens": (("the authorities - I have heard you -- all", "the authorities – I have heard you – all"),
                            "counter-terrorism, 2010-2018, -5 °C and\n- a list item"),
    "normalise_whitespace": (("\n\n Good\u00a0evening.  Thank\tyou. \n\n\n\nNext\u200b line  \r\n",
                              "Good evening. Thank you.\n\nNext line"),
                             "One.\n\nTwo lines\nof a list."),
    "rejoin_broken_paragraphs": (
        ("met with officials, and the\n\nGovernor of the Province. My team and the preparatory work\n\n"
         "done by my office. China's efforts for the 2030 Agenda and the Sustainable\n\nDevelopment Goals.",
         "met with officials, and the Governor of the Province. My team and the preparatory work done by my "
         "office. China's efforts for the 2030 Agenda and the Sustainable Development Goals."),
        "Xinjiang\n\nIn the region.\n\nWe said:\n\nThe end.\n\nHe said \"no\"\n\nAnd then\n\n- a list item"),
}


def test_every_fixer_has_cases_and_a_doctest() -> None:
    names = [f.__name__ for f in F.FIXERS]
    assert sorted(names) == sorted(CASES)
    finder = doctest.DocTestFinder()
    for fixer in F.FIXERS:
        examples = finder.find(fixer)[0].examples
        assert len(examples) >= 2, f"{fixer.__name__} needs a positive and a no-op doctest"


@pytest.mark.parametrize("fixer", F.FIXERS, ids=lambda f: f.__name__)
def test_fixer_repairs_and_leaves_alone(fixer) -> None:
    (damaged, repaired), untouched = CASES[fixer.__name__]
    assert fixer(damaged) == repaired
    assert fixer(repaired) == repaired
    assert fixer(untouched) == untouched


def test_short_heading_is_not_joined_but_broken_link_is() -> None:
    text = "Hong Kong\n\nThe arrests of lawyers are deeply worrying.\n\nHe served as [High Commissioner for](#)\n\n" \
           "[Human Rights](#) since 2018."
    cleaned, steps = clean_text(text)
    assert cleaned == ("Hong Kong\n\nThe arrests of lawyers are deeply worrying.\n\n"
                       "He served as High Commissioner for Human Rights since 2018.")
    assert steps == ("unwrap_links", "rejoin_broken_paragraphs")


def test_clean_text_reports_nothing_for_clean_text() -> None:
    assert clean_text("A clean sentence.\n\nAnother one.") == ("A clean sentence.\n\nAnother one.", ())


# text built from the characters the fixers react to, so generated cases hit their edges
_PIECES = st.sampled_from([
    "the", "and", "Human", "Rights", "Good", "2018", " ", "  ", "\n", "\n\n", "\n\n\n", "\u00a0", "\t",
    ".", ",", ":", "!", "?", "'", '"', "’", "“", "”", "-", " - ", "--", "–", "—", "(", ")", "[", "]",
    "](#)", "[x](#)", "^[2]", "[2]", "*", "**", "__", "#", "## ", "<https://a.org>", "!", "a)", "1.", "•",
])
_TEXT = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_each_fixer_is_idempotent(text: str) -> None:
    for fixer in F.FIXERS:
        once = fixer(text)
        assert fixer(once) == once, fixer.__name__


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXT, st.text(max_size=80)))
def test_clean_text_is_idempotent(text: str) -> None:
    once, _ = clean_text(text)
    assert clean_text(once) == (once, ())
