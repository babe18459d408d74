"""Body blocks, session 28 (round 4): real unseen wire releases whose subheading is glued by one space to a name.

EIN Presswire/Evertise, Noticias and 24-7 Press Release print a subheading and its paragraph in one line, the
sentence opening on its subject's name (``paragraphs._named_heading``). Each real case stands beside a close
shape that must stay one paragraph. The rendering must read as the raw text (SPEC 5).
"""

from __future__ import annotations

from tests.test_real_s28s import _body, _stable

LEDE = "HOUSTON, TX – May 27, 2025 – Sandoval Law Firm was named the city's top birth injury firm.\n\n"


# --- a title-case subheading, then a name the page writes elsewhere (x7_wire_noticias_2, xx_wire_evertise_1) ---


def test_subheading_over_a_firm_the_release_names_elsewhere() -> None:
    """x7_wire_noticias_2: ``Free Legal Consultations Available Now Sandoval Law Firm encourages …``."""
    text = LEDE + (
        "Free Legal Consultations Available Now Sandoval Law Firm encourages any parent who suspects their "
        "child’s birth injury was due to medical negligence to seek legal guidance immediately.\n"
    )
    assert _body(text)[-2] == ("heading", "Free Legal Consultations Available Now")
    assert _body(text)[-1][1].startswith("Sandoval Law Firm encourages any parent")
    assert _stable(text)


def test_subheading_over_a_brand_the_release_names_elsewhere() -> None:
    """x8_wire_evertise_1: ``Word-of-Mouth Growth & Trusted Reputation Homewatch CareGivers of Houston Galleria``."""
    text = (
        "HOUSTON – Homewatch CareGivers of Houston Galleria was ranked first in the city.\n\n"
        "Word-of-Mouth Growth & Trusted Reputation Homewatch CareGivers of Houston Galleria serves families "
        "across Memorial, River Oaks, West University, Bellaire, Tanglewood, and Greater Houston.\n"
    )
    assert _body(text)[1] == ("heading", "Word-of-Mouth Growth & Trusted Reputation")
    assert _body(text)[2][1].startswith("Homewatch CareGivers of Houston Galleria serves families")
    assert _stable(text)


def test_one_word_name_after_a_title_case_run_stays_one_paragraph() -> None:
    """A one-word name after a title-case run may be the title's own word: ``… Malpractice Rules Texas law …``."""
    text = LEDE + (
        "Navigating Texas Medical Malpractice Rules Texas law imposes strict deadlines on medical malpractice "
        "claims in most cases.\n"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph"]


def test_heading_noun_restated_with_the_name_parts_the_heading() -> None:
    """x7_wire_noticias_2 (gold: a heading): ``… Malpractice Laws Texas law imposes …`` restates the noun ``Laws``.

    Session 29 turned this case over: the one-word name alone still parts nothing (the test above), but
    the heading's last noun restated in the other number beside a word of the heading does.
    """
    text = LEDE + (
        "Navigating Texas Medical Malpractice Laws Texas law imposes strict deadlines on medical malpractice "
        "claims in most cases.\n"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "heading", "paragraph"]


def test_possessive_before_a_name_stays_one_paragraph() -> None:
    """x6_da_orange_2: ``Deputies with the Orange County Sheriff’s Department found …``: the possessive runs on."""
    text = (
        "SANTA ANA – The Orange County Sheriff’s Department arrested a man on Friday.\n\n"
        "Deputies with the Orange County Sheriff’s Department found a loaded, unregistered firearm under the "
        "driver’s seat of the pickup truck.\n"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph"]


def test_title_case_run_over_a_name_the_release_never_repeats_stays_one_paragraph() -> None:
    """The same shape without the name elsewhere: nothing marks where the phrase ends."""
    text = (
        "HOUSTON, TX – May 27, 2025 – A firm was named the city's top birth injury firm.\n\n"
        "Free Legal Consultations Available Now Sandoval Law Firm encourages any parent who suspects their "
        "child’s birth injury was due to medical negligence to seek legal guidance immediately.\n"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph"]


def test_role_before_a_named_speaker_stays_one_paragraph() -> None:
    """A role precedes the name it titles: ``Cook County State's Attorney Kim Foxx said …`` is one sentence."""
    text = (
        "CHICAGO – Kim Foxx announced charges on Monday against two men.\n\n"
        "Cook County State's Attorney Kim Foxx said the charges reflect months of work by investigators.\n"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph"]


def test_name_written_with_the_phrase_last_word_stays_one_paragraph() -> None:
    """``Greater Houston Galleria`` is written whole elsewhere: the phrase's last word belongs to the name."""
    text = (
        "HOUSTON – The agency serves Greater Houston Galleria and was ranked first in the city.\n\n"
        "Trusted Care Across Greater Houston Galleria serves families across Memorial and Bellaire every day.\n"
    )
    assert [kind for kind, _ in _body(text)][:2] == ["paragraph", "paragraph"]


# --- a participle, its preposition and a possessive in lower case (xx_wire_evertise_1) ----------------------


def test_subheading_over_a_clause_based_on_a_possessive() -> None:
    """xx_wire_evertise_1: ``Paradigm’s Recommendations for Investors Based on their comprehensive analysis, …``."""
    text = (
        "NEW YORK – Paradigm shared its outlook on the markets after the election.\n\n"
        "Paradigm’s Recommendations for Investors Based on their comprehensive analysis, Paradigm Asset "
        "Management offers the following recommendations:\n"
    )
    assert _body(text)[1] == ("heading", "Paradigm’s Recommendations for Investors")
    assert _stable(text)


def test_title_with_a_capitalised_possessive_after_based_stays_one_paragraph() -> None:
    """Title case capitalises the possessive: ``Pricing Plans for Teams Based on Their Size`` is one phrase."""
    text = (
        "NEW YORK – Acme shared its prices.\n\n"
        "Pricing Plans for Teams Based on Their Size are listed on the company's site for every customer.\n"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph"]


# --- a subheading whose paragraph restates its noun in lower case (xx_wire_247_2) ------------------------------


def test_subheading_restated_in_lower_case_under_it() -> None:
    """xx_wire_247_2: ``Employee Withholding Forms (W-4s) Updated withholding forms ensure …``."""
    text = (
        "LOS ANGELES, CA – Employers are urged to check their payroll records before filing.\n\n"
        "Employee Withholding Forms (W-4s) Updated withholding forms ensure that federal income tax amounts "
        "are calculated correctly throughout the year.\n\n"
        "Payroll Registers and Time Records Detailed pay registers, time sheets, and compensation reports "
        "serve as supporting documentation during audits.\n"
    )
    body = _body(text)
    assert body[1] == ("heading", "Employee Withholding Forms (W-4s)")
    assert body[2][1].startswith("Updated withholding forms ensure")
    assert body[3] == ("heading", "Payroll Registers and Time Records")
    assert body[4][1].startswith("Detailed pay registers, time sheets")
    assert _stable(text)


def test_name_running_on_from_the_phrase_stays_one_paragraph() -> None:
    """xe_wire_newsworthy_1: ``Visitors to the Yoga West yoga studio can expect …``: the page names Yoga West."""
    text = (
        "NAPA, CA – Yoga West opens its new studio this spring.\n\n"
        "Visitors to the Yoga West yoga studio can expect more than just a yoga class at the new site.\n"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph"]


def test_bracketed_agency_before_a_title_stays_one_paragraph() -> None:
    """A bracketed abbreviation and a capital after it, with no noun restated: ``(FBI) Special Agent …``."""
    text = (
        "BOSTON – Two men were charged on Monday.\n\n"
        "Federal Bureau of Investigation (FBI) Special Agents arrested the men at their homes in Boston.\n"
    )
    assert [kind for kind, _ in _body(text)] == ["paragraph", "paragraph"]
