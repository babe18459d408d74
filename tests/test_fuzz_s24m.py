"""Session 24, helper fm: fuzz findings of the meta and noise stages (SPEC 5, stable rendering).

Each finding is tested on a real-style text of its shape (the pinned strings stay in
``test_fuzz_regressions.py``), with a close shape beside it that must keep its reading.
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_fuzz_regressions import FIXED
from tests.test_real_s21 import _meta

_STORY = "Senator Jane Roe introduced a bill today to fund rural clinics across the state.\n"


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(text).body]


# --- F1124-36 and seven more: the site’s name over a section label (meta._site_name_over_label) -----------
# A campaign or office site prints its name, the section, then the headline. The name read as the title and
# the label and headline as story; the rendering, the name dropped, read the label as chrome over the headline.


def test_a_site_name_over_a_section_label_is_chrome() -> None:
    text = "Roe for Senate\nStatements\nRoe Thanks Voters After Primary Win\n" + _STORY
    assert problems(text, render=True) == []
    assert _meta(text) == [("title", "Roe Thanks Voters After Primary Win")]
    assert _body(text) == [("paragraph", _STORY.strip())]


def test_a_short_headline_over_a_label_and_the_story_keeps_its_reading() -> None:
    text = "Roe Thanks Voters\nStatements\n" + _STORY
    assert problems(text, render=True) == []
    assert _meta(text) == [("title", "Roe Thanks Voters"), ("subtitle", "Statements")]


def test_the_site_name_pins_are_fixed() -> None:
    for pin in ("F1124-36", "F1125-11", "F1126-12", "F1126-15", "F1126-21", "F1127-6", "F1127-9", "F1127-13"):
        assert problems(FIXED[pin][0], render=True) == []


# --- F1126-17: a contact label on its own line, joined to the story's last line (meta._GLUED_CONTACT) --------
# The paragraph stage joins a short last line to the sentence above; the rendering sets the two on one line,
# where the glued contact was cut off. The label after a line break is cut off the same way.


def test_a_contact_line_joined_to_the_last_sentence_is_the_contact() -> None:
    text = _STORY + 'He said: "We will not stop."\nContact: 202-224-9854\n'
    assert problems(text, render=True) == []
    assert ("contact", "Contact: 202-224-9854") in _meta(text)
    assert _body(text)[-1] == ("paragraph", 'He said: "We will not stop."')


def test_a_contact_word_inside_a_sentence_stays_story() -> None:
    text = _STORY + "Residents can call the hotline\nContact center at 202-224-9854 for help.\n"
    assert problems(text, render=True) == []
    assert not any(kind == "contact" for kind, _ in _meta(text))


# --- F1127-16: an About heading hard-wrapped over two lines (meta.about_heading) ---------------------------
# A company name wrapped before its comma ("About Acme Widgets" / ", Inc."): the paragraph stage joins the two
# lines, and only the rendering, which sets them on one line, read an About heading.


def test_an_about_heading_wrapped_before_its_comma_opens_the_about_section() -> None:
    text = _STORY + "\nAbout Acme Widgets\n, Inc.\n\nAcme makes widgets for 200 clients across the county.\n"
    assert problems(text, render=True) == []
    assert _meta(text) == [("about", "About Acme Widgets , Inc. Acme makes widgets for 200 clients across the county.")]
    assert _body(text) == [("paragraph", _STORY.strip())]


def test_a_story_line_opening_with_about_and_wrapped_stays_story() -> None:
    text = _STORY + "\nAbout 200 people\nattended the meeting.\n"
    assert problems(text, render=True) == []
    assert _body(text)[-1] == ("paragraph", "About 200 people attended the meeting.")
    assert _meta(text) == []


def test_the_wrapped_about_pin_is_fixed() -> None:
    assert problems(FIXED["F1127-16"][0], render=True) == []


# --- F1127-10: a control character opening the line under a contact label (meta._extend_contact) -----------
# The noise stage takes the character; the block stopped at it, while the rendering, which drops it, set the
# contact's name right under its label.


def test_a_contact_block_goes_on_over_a_control_character() -> None:
    text = _STORY + "\nMedia Contact:\n\x10Jane Roe\n555-867-5309\n"
    assert problems(text, render=True) == []
    assert [kind for kind, _ in _meta(text)] == ["contact"]
    assert _body(text) == [("paragraph", _STORY.strip())]


def test_a_contact_block_still_stops_at_other_noise() -> None:
    text = _STORY + "\nMedia Contact:\nJane Roe\n555-867-5309\nShare\nJohn Doe spoke at the meeting on Monday.\n"
    assert problems(text, render=True) == []
    assert _body(text)[-1] == ("paragraph", "John Doe spoke at the meeting on Monday.")


def test_the_control_character_contact_pins_are_fixed() -> None:
    for pin in ("F1126-23", "F1127-10"):
        assert problems(FIXED[pin][0], render=True) == []


# --- F1127-1: a bullet over a scraper's stand-in for a lost item (noise.empty_bullets) --------------------
# "•" over "?" (a lost character) or "None" (an empty field): the bullet has no item to join, and the
# rendering, which drops the stand-in, left the bullet alone, where it is an empty bullet.


def test_a_bullet_over_a_lost_items_stand_in_is_noise() -> None:
    text = _STORY + "•\n?\nThe bill goes to the floor on Monday, the office said.\n"
    assert problems(text, render=True) == []
    assert _body(text) == [
        ("paragraph", _STORY.strip()),
        ("paragraph", "The bill goes to the floor on Monday, the office said."),
    ]


def test_a_bullet_over_its_item_stays_an_item() -> None:
    text = _STORY + "\nThe bill funds:\n•\nNew clinics\n•\nMobile vans\n"
    assert problems(text, render=True) == []
    assert _body(text)[-2:] == [("list_item", "New clinics"), ("list_item", "Mobile vans")]


def test_the_empty_bullet_pin_is_fixed() -> None:
    assert problems(FIXED["F1127-1"][0], render=True) == []


# --- F1126-27: a headline ending in "!" glued to the story's first sentence (meta._mark_title) -------------
# The paragraph stage cuts the two apart at the mark; the rendering sets the headline alone on the first line,
# where it read as the title while the source, the headline glued on its line, kept it as story.

_PARK = "The mayor invites residents to the new park on Main Street at noon, the city said.\n"


def test_a_headline_glued_by_its_exclamation_mark_is_the_title() -> None:
    text = "Join Us This Saturday!" + _PARK
    assert problems(text, render=True) == []
    assert _meta(text) == [("title", "Join Us This Saturday!")]
    assert _body(text) == [("paragraph", _PARK.strip())]


def test_a_story_sentence_glued_by_its_exclamation_mark_stays_story() -> None:
    text = "Police met today.Officers agreed on a plan!" + _PARK
    assert problems(text, render=True) == []
    assert _meta(text) == []


def test_the_glued_exclamation_pin_is_fixed() -> None:
    assert problems(FIXED["F1126-27"][0], render=True) == []


# --- F1126-2: a flattened Senate header, the weekday one space after the headline (meta._mark_title) --------
# "… Energy Bills Tuesday  June 10  2008  Senator …": the date split off with its weekday left one space after
# the headline, which then did not end there; the rendering sets the headline alone on the first line.

_SENATE = "Senator Barack Obama today issued the following statement on the energy bills the Senate debated"


def test_a_headline_before_a_weekday_and_a_gapped_date_is_the_title() -> None:
    text = "Obama Statement on Senate Energy Bills Tuesday  June 10  2008  " + _SENATE
    assert problems(text, render=True) == []
    assert _meta(text) == [("title", "Obama Statement on Senate Energy Bills"), ("date", "Tuesday June 10 2008")]


def test_a_lower_case_line_before_a_gapped_date_stays_story() -> None:
    text = "obama said on the bills Tuesday  June 10  2008  " + _SENATE
    assert problems(text, render=True) == []
    assert _meta(text) == [("date", "Tuesday June 10 2008")]


def test_the_weekday_date_pin_is_fixed() -> None:
    assert problems(FIXED["F1126-2"][0], render=True) == []


# --- F1127-2: a section label before a gapped date on a flattened header (meta._is_section_label) ----------
# "Floor remarks  Dec 8 2012  Roe Calls for …": the label ends at the two-space column gap the date was split
# at, as the rendering sets it alone on its line, where it read as the chrome over the headline.

_CLINICS = "Senator Jane Roe today called for more funding for rural clinics across the state.\n"


def test_a_section_label_before_a_gapped_date_is_chrome() -> None:
    text = "Floor remarks  Dec 8 2012  Roe Calls for Clinic Funding in Rural Counties\n" + _CLINICS
    assert problems(text, render=True) == []
    assert _meta(text) == [("date", "Dec 8 2012"), ("title", "Roe Calls for Clinic Funding in Rural Counties")]
    assert _body(text) == [("paragraph", _CLINICS.strip())]


def test_a_label_and_a_date_glued_to_the_story_stay_story() -> None:
    text = "Floor remarks  Dec 8 2012  " + _CLINICS
    assert problems(text, render=True) == []
    assert _meta(text) == []


def test_the_gapped_label_pin_is_fixed() -> None:
    assert problems(FIXED["F1127-2"][0], render=True) == []
