"""Round 12's meta classes (session 22), each from a real release of the blind round, with a close negative."""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s21 import _meta

# A Prism wire's forward-looking section (vc_wire_prism_1): a paragraph whose subject is "Forward-looking
# statements" goes on with the section; it opens none of its own.
_FLS = (
    "DALLAS, February 24, 2026 – Acme Inc. closed its merger today, the company said.\n\n"
    "Forward-Looking Statements and Safe Harbor\n\n"
    "This press release contains “forward-looking statements” within the meaning of the Private Securities "
    "Litigation Reform Act of 1995.\n\n"
    "Forward-looking statements also include expectations regarding the merger between Acme and Beta, including "
    "but not limited to, the integration, synergies, and potential benefits of the transaction.\n\n"
    "All forward-looking statements speak only as of the date of this press release.\n"
)


def test_a_forward_looking_paragraph_goes_on_with_its_section() -> None:
    meta = _meta(_FLS)
    assert [kind for kind, _ in meta] == ["disclaimer"]
    assert parse(_FLS).meta[0].text.endswith("date of this press release.")


def test_a_second_forward_looking_heading_opens_a_section_of_its_own() -> None:
    """A short heading line over its own notice is a new section, as before."""
    text = _FLS.replace(
        "Forward-looking statements also include",
        "Cautionary Note Regarding Forward-Looking Statements\n\nThis press release contains forward-looking "
        "statements that include",
    )
    assert [kind for kind, _ in _meta(text)] == ["disclaimer", "disclaimer"]


# Media OutReach glues the About heading to its text; a name opening with a digit meets its repeat at a
# letter and a digit (vc_wire_mediaoutreach_1).
_DIGIT_ABOUT = (
    "BUENOS AIRES, ARGENTINA – 1win Charity has supported a school in the city, it said.\n\n"
    "About 1win Charity1win Charity is the philanthropic branch of the company, supporting schools since 2020.\n"
)


def test_a_name_opening_with_a_digit_glued_to_its_repeat_opens_the_about() -> None:
    assert [kind for kind, _ in _meta(_DIGIT_ABOUT)] == ["about"]


def test_a_digit_after_a_word_in_a_sentence_about_a_name_is_no_about() -> None:
    text = _DIGIT_ABOUT.replace("About 1win Charity1win Charity is", "About 1win Charity3 schools are")
    assert [kind for kind, _ in _meta(text)] == []


# A Senate page's closing line (Sununu's office, punctuation stripped): a call to a person with the number.
_CALL = (  # the whole page (vb_senate_sununu_1)
    "    SUNUNU ANNOUNCES  2 7 MILLION FOR LACONIA MUNICIPAL AIRPORT                                     "
    "             SUNUNU ANNOUNCES  2 7 MILLION FOR LACONIA MUNICIPAL AIRPORT                            "
    "                                                                                                    "
    "                                                                                                    "
    "                                                                                                    "
    "               Federal Aviation Administration funds to construct taxiway  rehabilitate runway      "
    "                                                                                                    "
    "                                                                                                    "
    "                                                                                                    "
    "                  Contact  Barbara Riley      Thursday  August 3  2006       WASHINGTON  DC     Unit"
    "ed States Senator John Sununu  R NH  today  8 3  announced that the Laconia Municipal Airport is set"
    " to receive  2 7 million through the U S  Department of Transportation   s Federal Aviation Administ"
    "ration  FAA   Officials plan to use these resources  which are in addition to  5 million in FAA fund"
    "s that were announced in April  to construct a taxiway and reconstruct a runway at the airport      "
    "   Laconia Municipal Airport is a valuable part of the Lakes Region   s transportation infrastructur"
    "e  providing an air link to and from the area for visitors and residents     said Sununu     These r"
    "esources represent a long term investment in the airport  Constructing a new taxiway and pursuing ru"
    "nway rehabilitation efforts will help to ensure that Laconia   s airport continues to be a safe  via"
    "ble option for air travel         These additional project funds are made available to help the airp"
    "ort comply with FAA regulations  Under the initiative  Runway 8 26     the airport   s lone runway  "
    "which has an instrument landing system  ILS  approach     will be reconstructed  Additionally  in ac"
    "cordance with FAA guidelines  a new parallel taxiway will be constructed to accommodate aircraft tha"
    "t use the ILS       For more information  call Airport Manager Diane Cooper at 603 524 5003        3"
    "0      261425     "
)


def test_a_call_for_more_information_with_a_number_is_a_contact() -> None:
    assert any(
        kind == "contact" and text.startswith("For more information call Airport") for kind, text in _meta(_CALL)
    )


def test_a_call_for_more_information_without_a_number_stays_in_the_story() -> None:
    text = _CALL.replace("at 603 524 5003", "at the airport")
    assert not any(kind == "contact" and value.startswith("For more") for kind, value in _meta(text))


def test_a_call_to_a_number_that_names_no_one_stays_in_the_story() -> None:
    """Riverside County DA (da_riverside_academy): the line invites readers to call, visit and write."""
    text = (
        "RIVERSIDE, Calif. – The academy opens in March.\n\n"
        "For more information call (760) 863-8216 x 43304, visit rivcoda.org/es/citizens-academy or write to us at "
        "outreach@rivcoda.org.\n"
    )
    assert all(kind != "contact" for kind, _ in _meta(text))


def test_a_call_for_more_information_that_the_story_goes_on_from_stays_in_the_story() -> None:
    """The review's counter-example: the number is followed by more of the story, so the paragraph is the story's."""
    text = (
        "WASHINGTON – Senator John Sununu announced funds for the airport today.\n\n"
        "For more information, call Airport Manager Diane Cooper at 603 524 5003. The terminal will serve 40,000 "
        "passengers a year and adds 12 new gates.\n"
    )
    assert all(kind != "contact" for kind, _ in _meta(text))
