"""Round 12's glued subheadings (session 22), each from a real release of the blind round, with a close negative."""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s21 import _meta


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind.value if hasattr(b.kind, "value") else str(b.kind), b.text[:50]) for b in parse(text).body]


# A Press Services (mediawiretoday) page glues each h2 subheading to its paragraph (vc_wire_pressservices_1).
_BICYCLE = (
    "LOS ANGELES, CA - Avrek Law Firm, a leading personal injury law firm, is committed to helping cyclists.\n\n"
    "Understanding Bicycle vs. Bicycle AccidentsBicycle vs. bicycle accidents are increasingly common in urban "
    "environments like Los Angeles, where roadways often present various challenges for cyclists. These incidents "
    "typically involve two or more bicyclists colliding, which can lead to serious injuries.\n\n"
    "Compensation in Bicycle vs. Bicycle AccidentsVictims of bicycle accidents may be entitled to compensation "
    "for various damages, including medical bills, lost wages, pain and suffering.\n"
)


def test_an_abbreviation_inside_a_glued_subheading_ends_no_sentence() -> None:
    body = _body(_BICYCLE)
    assert ("heading", "Understanding Bicycle vs. Bicycle Accidents") in body
    assert ("heading", "Compensation in Bicycle vs. Bicycle Accidents") in body
    assert any(kind == "paragraph" and t.startswith("Bicycle vs. bicycle accidents") for kind, t in body)


def test_a_full_stop_inside_a_title_case_run_still_ends_a_sentence() -> None:
    """A stop after a plain word ("Accidents.") is a sentence's end: no subheading is glued there."""
    text = _BICYCLE.replace("Understanding Bicycle vs. Bicycle", "Understanding Bicycle Riders. Bicycle")
    assert not any(kind == "heading" and "Riders" in t for kind, t in _body(text))


# A DOJ (news21) page opens on its deck glued to the lede (va_doj_r02583, va_doj_r04419).
_DECK = (
    "Joint Demonstration to Enhance Coordination between HIV Housing and Domestic Violence ServicesIn an effort to "
    "help prevent victims of domestic violence living with HIV/AIDS from falling into homelessness, the Department "
    "of Justice and the U.S. Department of Housing and Urban Development (HUD) today announced more than $9 million "
    "to support eight local programs.This joint effort will help low-income individuals with HIV/AIDS, said "
    "Attorney General Loretta E. Lynch.\n"
)
_ARTICLE_DECK = (
    "Seven Foreign Nationals and Companies Placed on Department of Commerces Entity ListA 24-count indictment has "
    "been unsealed today charging four corporations and five individuals with facilitating the illegal export of "
    "high-tech microelectronics to Iran.The announcement was made by Assistant Attorney General John P. Carlin.\n"
)


def test_a_deck_with_a_lower_case_preposition_is_cut_off_its_lede() -> None:
    assert _meta(_DECK)[0] == (
        "subtitle",
        "Joint Demonstration to Enhance Coordination between HIV Housing and Domestic Violence Services",
    )
    assert _body(_DECK)[0] == ("paragraph", "In an effort to help prevent victims of domestic v")


def test_a_long_deck_glued_to_the_lede_s_article_is_cut_off() -> None:
    assert _meta(_ARTICLE_DECK)[0] == (
        "subtitle",
        "Seven Foreign Nationals and Companies Placed on Department of Commerces Entity List",
    )
    assert _body(_ARTICLE_DECK)[0] == ("paragraph", "A 24-count indictment has been unsealed today char")


def test_a_name_s_letter_after_a_short_title_case_run_is_no_article() -> None:
    """A word or two before a glued "A" may hold a name's letter ("Under PlanA the city"): no deck is cut."""
    text = "Medicare Drug ListA 24-count review has been unsealed today by the agency.The board met.\n"
    assert not any(kind == "subtitle" for kind, _ in _meta(text))
    assert _body(text)[0][1].startswith("Medicare Drug ListA")


# A Senate page in the newline layout (vb_senate_whitehouse_1): a name in capitals goes on into a title-case word.
_USA_TODAY = (
    "FRESHMAN SENATORS CALL FOR COMMISSION TO INVESTIGATE WARTIME CONTRACTING\n"
    "  Senate Democratic freshmen today introduced a bill to establish an independent Commission on Wartime "
    "Contracting to investigate U.S. wartime contracting in Iraq and Afghanistan.\n"
    "  Waste, Fraud, Abuse and Mismanagement of Wartime Contracts\n"
    '  In Tuesday\'s USA Today story entitled "Largest Iraq Contract Rife with Errors," government auditors '
    "reviewing contractor KBR Inc.'s annual cost estimate for services in Iraq discovered that the cost was wrong.\n"
    "  An audit conducted by the Special Inspector General for Iraq Reconstruction found that the Parsons Company "
    "received $186 million over the past three years.\n"
)


def test_a_name_in_capitals_goes_on_into_a_title_case_word() -> None:
    body = _body(_USA_TODAY)
    assert any(kind == "paragraph" and t.startswith("In Tuesday's USA Today story") for kind, t in body)
    assert not any(t.startswith("Today story") for _, t in body)


def test_a_subject_opener_after_capitals_still_opens_the_sentence() -> None:
    """After a name in capitals, a subject's opener ("The") opens the sentence under a subheading glued to it."""
    text = _USA_TODAY.replace(
        "In Tuesday's USA Today story entitled",
        "Contracts Awarded by the USA The Tuesday story entitled",
    )
    assert ("heading", "Contracts Awarded by the USA") in _body(text)


# A PR Karma page heads its "*" list with a title-case label holding "&" (vc_wire_prkarma_1).
_JOURNEY = (
    "BURLINGTON, ON / PR Karma / June 16, 2025 9:00\n\n"
    "Burlington, Ontario — To mark 50 years in Canada’s RV industry, the Canadian Recreational Vehicle "
    "Association (CRVA) is hitting the road for a cross-country tour.\n\n"
    "Along the way we will share stories of the people, the local landmarks on the journey, and the many moments "
    "that make RVing so special.\n\n"
    " Win & Follow Our Journey: * Visit: http://rvthenorthgiveaway.com\n"
    "* Social: @canadianrvassociation\n"
    "* Prizes: a new RV for one winner\n\n"
    " So whether you’re a seasoned RVer or dreaming of starting, we hope this tour will inspire you.\n"
)


def test_an_opener_heading_a_label_over_a_list_is_no_sentence() -> None:
    body = _body(_JOURNEY)
    assert ("heading", "Win & Follow Our Journey:") in body
    assert not any(t == "Win & Follow" for _, t in body)


def test_an_opener_heading_a_sentence_over_a_list_still_cuts_the_subheading() -> None:
    """The opener followed by a lower-case word opens a sentence ("Our team will:"): the subheading is cut."""
    text = _JOURNEY.replace("Win & Follow Our Journey:", "Win & Follow Along Our team invites every reader to:")
    assert ("heading", "Win & Follow Along") in _body(text)
