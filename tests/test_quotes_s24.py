"""A paragraph that is nothing but quotation takes the speaker of the quote ending the paragraph before.

Session 24; real shapes from the unseen set (an Orange County DA release quoting the District
Attorney over four paragraphs, a Senate floor statement, a wire release quoting its CEO).
"""

from __future__ import annotations

import pytest

from pressparse import parse


def _speakers(text: str) -> list[list[str | None]]:
    return [[q.speaker for q in p.quotes] for p in parse(text).paragraphs if p.quotes]


def test_quote_paragraphs_after_an_attributed_quote_take_its_speaker() -> None:
    """``“…,” stated District Attorney Roe. “…”`` and then closed quotations, a paragraph each."""
    text = (
        "NEWPORT BEACH – Thirteen men were charged.\n\n"
        "“What is scary is that they bypass parental vigilance,” stated District Attorney Tony Roe.  "
        "“These predators take advantage of children.”\n\n"
        "“Think about the scope of these types of crimes.  What we have is one city, on one night.”\n\n"
        "“We are at war with child predators.  This is a war we must win.”\n"
    )
    assert _speakers(text) == [
        ["District Attorney Tony Roe"] * 2,
        ["District Attorney Tony Roe"],
        ["District Attorney Tony Roe"],
    ]


def test_a_quotation_named_before_it_opens_also_goes_on() -> None:
    """``Roe said: “We act.”`` closed, then a paragraph of quotation (UK police and ministry style)."""
    assert _speakers("LYON – Police met.\n\nRoe said: “We act.”\n\n“Now we go.”\n") == [["Roe"], ["Roe"]]


def test_two_quotations_in_one_paragraph_both_take_the_speaker() -> None:
    text = "LYON – Police met.\n\n“We act,” said Chief Roe.\n\n“We agree.”  “And we win.”\n"
    assert _speakers(text) == [["Chief Roe"], ["Chief Roe", "Chief Roe"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # the paragraph names someone outside its quotation: left as it reads
            "LYON – Police met.\n\n“We act,” said Chief Roe.\n\n“Done.” Smith added that it was over.\n",
            [["Chief Roe"], [None]],
            id="letters_outside_the_quote",
        ),
        pytest.param(  # the paragraph before ends in a quote with no speaker: nothing to carry
            "LYON – Police met.\n\nThe so-called “dark web” grew.\n\n“We act.”\n",
            [[None], [None]],
            id="no_speaker_before",
        ),
        pytest.param(  # a prose sentence after the attributed quote ends the speaker
            "LYON – Police met.\n\n“We act,” said Chief Roe. The day ended.\n\n“Later.”\n",
            [["Chief Roe"], [None]],
            id="prose_after_the_quote",
        ),
        pytest.param(  # a paragraph with no quotation between breaks the run
            "LYON – Police met.\n\n“We act,” said Chief Roe.\n\nThe meeting ended at noon.\n\n“Later.”\n",
            [["Chief Roe"], [None]],
            id="prose_between",
        ),
        pytest.param(  # its own attribution wins
            "LYON – Police met.\n\n“We act,” said Chief Roe.\n\n“We agree,” Smith said.\n",
            [["Chief Roe"], ["Smith"]],
            id="own_attribution",
        ),
    ],
)
def test_quote_paragraphs_keep_their_reading(text: str, expected: list[list[str | None]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # Senate release: "from" names the organisation, the verb comes after it
            'LYON – Police met.\n\nSteve Roe from the Wisconsin School Counselor Association said, "Counselors matter."\n',
            "Steve Roe from the Wisconsin School Counselor Association",
            id="name_from_organisation_said",
        ),
        pytest.param(  # county prosecutor: the speech verb is the second of two
            "LYON – Police met.\n\nFlores looked at the victim and said, “You’re dead”. Roe then fled.\n",
            "Flores",
            id="second_verb_and_said",
        ),
        pytest.param(  # a scare quote before "continues to": no attribution
            'LYON – Police met.\n\nThis problem of "passing the buck" continues to get more dire with each year.\n',
            None,
            id="continues_to",
        ),
        pytest.param("LYON – Police met.\n\n“We act,” continues Roe.\n", "Roe", id="continues_name"),
        pytest.param("LYON – Police met.\n\nAnd from Chairwoman Roe: “We act.”\n", "Chairwoman Roe", id="and_from"),
        pytest.param(  # no name opens the clause: no one (it used to read "The mayor turned and")
            "LYON – Police met.\n\nThe mayor turned and said, “We act.”\n",
            None,
            id="no_name_before_and",
        ),
    ],
)
def test_speaker_of_the_first_quote(text: str, expected: str | None) -> None:
    assert [q.speaker for p in parse(text).paragraphs for q in p.quotes][:1] == [expected]
