"""Session 27, the lead's heading rule: a transcript's question is a turn of the dialogue, not a section's name.

x7_senate_bayh_1 (a senator's office posting a network interview, flattened to one line): the paragraph stage
parts the turns (``paragraphs._speaker_turns``); a short question turn between two answers read as a labelled
question heading (``FAQ #1: Should you hire a broker?``) until ``headings._is_dialogue``.
"""

from __future__ import annotations

from pressparse import parse

# An excerpt of x7_senate_bayh_1: one line, the turns parted by a stop and a space.
_INTERVIEW = (
    "Bayh's Interview by Wolf Blitzer on Nomination of Robert Gates to Secretary of Defense\n\n"
    "BLITZER: Gates acknowledged today that the United States is not winning in Iraq. Do you believe him? "
    "BAYH: Things arent going nearly as well as they need to, Wolf. Nearly 13,000 Iraqis have died in the past "
    "four months. BLITZER: Well whose fault is that? BAYH:  Prime Minister al-Maliki indicated that its the "
    "politicians in Baghdads fault and hes right. Look, this will not be solved in Washington. "
    "BLITZER: Senator Bayh, thanks very much for stopping by. BAYH: Thank you, Wolf.\n"
)


def test_a_transcripts_question_turn_is_no_heading() -> None:
    doc = parse(_INTERVIEW)
    texts = [(b.kind, b.text[:20]) for b in doc.body]
    assert ("paragraph", "BLITZER: Well whose ") in texts
    assert all(b.kind == "paragraph" for b in doc.body)
    assert [b.kind for b in parse(doc.text).body] == [b.kind for b in doc.body]


def test_a_labelled_question_over_its_answer_stays_a_heading() -> None:
    # Negative: an explainer's labelled question over an answer with no speaker's label names its section.
    text = (
        "Selling a practice takes planning, and most owners start two years ahead of the sale.\n\n"
        "FAQ #1: Should you hire a broker?\n\n"
        "A broker saves you time and finds buyers you would not reach alone, for a fee of about ten percent.\n"
    )
    assert [b.kind for b in parse(text).body] == ["paragraph", "heading", "paragraph"]


def test_a_date_glued_to_a_front_line_reads_the_rest_as_the_rendering_does() -> None:
    # Fuzz F1129-11: meta cuts a date glued by a space off a front line ("7 December 2018 <rest>") and the
    # rendering sets the rest alone, where it is no heading; the first parse reads the rest so too.
    text = "8#\n7 December 2018 \U000e670bI\u00c9\u0084\u00b5\u00b7r\nI -\nI 2 ."
    doc = parse(text)
    assert [m.text for m in doc.meta] == ["7 December 2018"]
    assert [b.kind for b in doc.body] == ["paragraph"] * 4
    assert [b.kind for b in parse(doc.text).body] == [b.kind for b in doc.body]


def test_a_date_glued_to_a_deck_keeps_the_deck() -> None:
    # Negative: a real front, the deck under the headline with its date glued before it, reads as before.
    text = (
        "Officers Seize Guns in Raid\n7 December 2018 Police Arrest Four Men in Lyon\n\n"
        "The report found that trafficking across the border rose by a third in two years, the committee said.\n\n"
        "Key Findings\n\nThe officers agreed on a long plan for the region and its borders this year.\n"
    )
    doc = parse(text)
    assert [(m.kind.value, m.text) for m in doc.meta] == [
        ("title", "Officers Seize Guns in Raid"),
        ("date", "7 December 2018"),
        ("subtitle", "Police Arrest Four Men in Lyon"),
    ]
    assert [b.kind for b in doc.body] == ["paragraph", "heading", "paragraph"]


def test_a_line_over_a_phone_alone_reads_past_it() -> None:
    # Fuzz F1129-34: a phone number alone on its line is a line meta takes (a front contact's); the heading rules
    # read past it, as the rendering drops it.
    text = "L F\nPl\n\n714323-4486\n1 )"
    doc = parse(text)
    assert [b.kind for b in parse(doc.text).body] == [b.kind for b in doc.body]


def test_a_figure_over_a_line_is_no_phone() -> None:
    # Negative: a year or a short figure alone is no phone number (fewer than seven digits).
    from pressparse.headings import _meta_text

    assert _meta_text("2024 / 25", 0, 9) is False
    assert _meta_text("(714) 323-4486", 0, 14) is True


def test_a_field_label_under_the_headline_over_a_date_line() -> None:
    # Fuzz F1129-36: "WN:" under the headline over its date (meta's) and another label: the rendering opens on
    # it, over "RE:"; the label reads the block under it past the date line, as the rendering shows it.
    text = "Z\ud800s C\nWN:Mar 1 20262:00PM\nRE:\nS"
    doc = parse(text)
    assert [b.kind for b in parse(doc.text).body] == [b.kind for b in doc.body]


def test_an_advisory_label_in_the_body_stays_a_heading() -> None:
    # Negative: a media advisory's field labels in the body, each over its own line, keep their reading.
    text = (
        "The District Attorney will hold a news conference on the case this week.\n\n"
        "WHO:\nDistrict Attorney Jane Roe\n\nWHEN:\nMarch 1, 2026, 2:00 p.m.\n"
    )
    doc = parse(text)
    assert [(b.kind, b.text) for b in doc.body][:2] == [
        ("paragraph", "The District Attorney will hold a news conference on the case this week."),
        ("heading", "WHO:"),
    ]


def test_a_line_over_a_distribution_note_reads_past_it() -> None:
    # Fuzz F1129-1: meta takes "Source: An" (a distribution note) wherever it stands and the rendering drops it;
    # the heading rules read past it, as they read past "FOR IMMEDIATE RELEASE".
    text = ".\nCm\nSource: An\n\ne ."
    doc = parse(text)
    assert [b.kind for b in parse(doc.text).body] == [b.kind for b in doc.body]


def test_a_source_line_in_a_sentence_is_no_distribution_note() -> None:
    # Negative (meta.is_distribution_line): "Source: police said" is a line of the story, not a wire's note.
    from pressparse.headings import _meta_text

    assert _meta_text("Source: police said", 0, 19) is False
    assert _meta_text("Source: First Orion", 0, 19) is True
