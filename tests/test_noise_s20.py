"""Round 7 (s20, ext7) noise rules: each real minimal case beside the text that must stay."""

from __future__ import annotations

from pressparse import NoiseKind, parse
from tests.test_noise_s19c import STORY, _body, _noise, _stable  # the round-5 file's readers


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, " ".join(m.text.split())) for m in parse(text).meta]


# --- glued_none: a run of stand-ins glued together before the next sentence (xp_doj_r00714) -------------------
DOJ = (
    "The Justice Department announced today that it has reached a settlement agreement with Ark Rustic Inn LLC, "
    "a restaurant located in Fort Lauderdale, Florida. Under the settlement, Rustic Inn will pay a civil penalty. "
    "We commend Rustic Inn for its cooperation. {run}Applicants or employees who believe they were subjected to "
    "different documentary requirements should contact the worker hotline for assistance."
)


def test_glued_none_run_after_one_space_is_one_entry() -> None:
    text = DOJ.format(run="NoneNoneNoneNone")
    assert _noise(text) == ["NoneNoneNoneNone"]
    assert _body(text)[-1][1].startswith("Applicants or employees")
    _stable(text)


def test_spaced_nones_stay_apart_and_words_stay() -> None:
    # Two stand-ins one space apart are two entries (xj_doj_r00551), as before.
    assert _noise(DOJ.format(run="None None ")) == ["None", "None"]
    # A glued run gives back the "None" that opens the next sentence ("Nonetheless", "None of").
    assert _noise(DOJ.format(run="NoneNonetheless, ")) == ["None"]
    assert _noise(DOJ.format(run="NoneNoneNone of them ")) == ["NoneNone"]
    # A sentence opening with "None" keeps it.
    assert _noise(DOJ.format(run="None of them ")) == []


# --- related_links: DOJ's "Related Materials:" box label, its links lost (xp_doj_r06042) ---------------------
MENDOZA = (
    "The United States filed a civil complaint asking a federal court in Fresno, Calif., to enjoin Ken Mendoza and "
    "Alice Mendoza from preparing federal tax returns for others, the Justice Department announced today.In addition, "
    "the complaint seeks to enjoin anyone acting in concert with the Mendozas from preparing or filing federal tax "
    "returns.NoneRelated Materials:None"
)


def test_related_materials_label_is_noise() -> None:
    assert _noise(MENDOZA) == ["None", "Related Materials:", "None"]
    assert [n.kind for n in parse(MENDOZA).noise if n.text == "Related Materials:"] == [NoiseKind.RELATED_LINKS]
    assert len(_body(MENDOZA)) == 2
    _stable(MENDOZA)


def test_related_materials_heading_above_the_story_stays() -> None:
    # Above the story (long lines under it) the same words are the author's heading.
    text = f"Related Materials:\n\n{STORY} The chiefs agreed on a plan to share intelligence across the border."
    assert "Related Materials:" not in _noise(text)
    # In a sentence they are words.
    said = f"{STORY} Related materials: the agenda and the minutes were published."
    assert _noise(said) == []


# --- case_number: the plural mark and a placeholder value (xp_da_orange_2) ---------------------------------------
ORANGE = (
    "26 CHARGED WITH CONSPIRACIES TO COMMIT MURDER\nFor Immediate Release\n{case}\nJuly 13, 2011\n"
    "SANTA ANA – The Orange County District Attorney’s Office (OCDA) has charged 26 defendants for their participation "
    "in conspiracies to commit murders and aggravated assaults on seven inmates in the Orange County jail.\n"
)


def test_case_number_plural_placeholder_is_noise() -> None:
    text = ORANGE.format(case="Case #s TBA")
    assert "Case #s TBA" in _noise(text)
    assert not any(kind == "subtitle" for kind, _ in _meta(text))
    assert "Case # 11HF1337" in _noise(ORANGE.format(case="Case # 11HF1337"))


def test_case_number_in_a_sentence_stays() -> None:
    text = ORANGE.format(case="The case #s and names were sealed by the court until the hearing.")
    assert not any("case #s" in t for t in _noise(text))


# --- repeated_line: a release note over the headline's copy (xp_da_miami_2) --------------------------------------
LONG = (
    "Statement from State Attorney Katherine Fernandez Rundle regarding the sentencing of former police officer "
    "Yessenia Sanchez"
)


def _miami(headline: str) -> str:
    return (
        f"FOR IMMEDIATE RELEASE: {headline} - Office of Miami-Dade State Attorney Katherine Fernandez Rundle\n"
        f"News\nPress Release\nFOR IMMEDIATE RELEASE: {headline}\nAdmin | March 17, 2025\n"
        f"Click Here to Access PDF Version\nfor immediate release\n{headline}\n"
        "No one is immune to the terror and horror of domestic violence. Former police officer Yessenia Sanchez’ "
        "shooting of her ex-boyfriend, another police officer, sadly proves this point.\n"
    )


def test_release_note_over_a_long_headline_copy_stays_meta() -> None:
    text = _miami(LONG)
    assert ("release_note", "for immediate release") in _meta(text)
    assert LONG in _noise(text)
    assert not any(t.startswith("for immediate release") for t in _noise(text))


def test_wrapped_headline_copy_still_joins() -> None:
    # A headline wrapped over two lines under its whole first print is one copy (no release note above it).
    head = "Jury Convicts Miami Man of Second-Degree Murder in the Killing of His Neighbor"
    text = f"{head}\nMarch 17, 2025\nJury Convicts Miami Man of Second-Degree Murder\nin the Killing of His Neighbor\n{STORY}"
    assert "Jury Convicts Miami Man of Second-Degree Murder\nin the Killing of His Neighbor" in _noise(text)


# --- spaced_repeat: the headline's copy going on with the date and release note (xq_senate_inouye_1) --------------
HL = "SENATE PANEL APPROVES  40 MILLION IN STORM ASSISTANCE FOR THE UNIVERSITY OF HAWAII  AND MANOA VALLEY"
BODY = (
    "WASHINGTON  U S  Senator Daniel K  Inouye announced that the Senate Appropriations Committee today unanimously "
    "approved an emergency supplemental funding bill that includes nearly  40 million to help the University of "
    "Hawaiis Manoa campus recover from last Octobers massive flooding and severe storms  A total of  23 million is "
    "earmarked for replacement costs not covered by the Federal Emergency Management Agency  said Senator Inouye"
    + " "
    * 9
)


def test_spaced_copy_before_date_and_release_note_is_cut_alone() -> None:
    text = HL + " " * 9 + HL + "  April 6  2005 For Immediate Release" + " " * 9 + BODY
    assert _noise(text) == [HL]
    meta = _meta(text)
    assert ("date", "April 6 2005") in meta
    assert ("release_note", "For Immediate Release") in meta
    _stable(text)


def test_spaced_headline_going_on_with_words_stays() -> None:
    # The headline's words going on with a sentence are no copy.
    text = HL + " " * 9 + HL + "  is what the Senate did today" + " " * 9 + BODY
    assert HL not in _noise(text)


# --- spaced_chrome: a stripped Senate page's footer widgets (xq_senate_mccaskill_1) ------------------------------
SENATE = (
    "As gas prices remain high during the holiday travel season  U S  Senator Claire McCaskill spoke today about "
    "rising gas prices at a subcommittee hearing examining the impact of speculation in the crude oil market  "
    "Until we treat it the same as other commodities  the American public is always going to assume that they are "
    "getting the short end  McCaskill said"
)


def test_stripped_footer_widgets_are_noise() -> None:
    text = SENATE + " " * 20 + "Questions or comments" + " " * 8 + "Text Size" + " " * 8
    assert _noise(text) == ["Questions or comments", "Text Size"]
    assert _body(text)[-1][1].endswith("McCaskill said")


def test_widget_words_with_narrow_gaps_stay() -> None:
    text = SENATE + "  Questions or comments  were welcome" + " " * 8
    assert _noise(text) == []


# --- link_teaser: a Senate site's permalink line (xq_senate_crapo_1) -----------------------------------------------
PERMALINK = (
    "To directly link to this news release  please use the following address   http   crapo senate gov media "
    "newsreleases release_full cfm id 236339"
)


def test_permalink_line_is_noise() -> None:
    text = f"{STORY}\n\n{PERMALINK}\n"
    assert _noise(text) == [PERMALINK]
    linked = (
        f"{STORY}\n\nTo directly link to this news release, please use the following address: https://example.gov/r/1\n"
    )
    assert _noise(linked) == [
        "To directly link to this news release, please use the following address: https://example.gov/r/1"
    ]


def test_link_sentence_going_on_stays() -> None:
    text = f"{STORY}\n\nTo directly link to this news release, readers should use the address on the page.\n"
    assert _noise(text) == []


# --- button_label: a button drawn in brackets (xr_wire_newsworthy_1) ---------------------------------------------
EVENT = (
    "HR.com is proud to announce the appointment of top industry experts to the advisory board.\n\n"
    "The research findings will be published in a report.\n\n"
    "HR.com's State of Employee Communication and Collaboration 2025 Virtual Event\n\n{label}\n\n"
    "The newly appointed Advisory Board includes the following industry thought leaders and their companies.\n"
)


def test_bracketed_button_label_is_noise() -> None:
    text = EVENT.format(label="[REGISTER for FREE]")
    assert _noise(text) == ["[REGISTER for FREE]"]
    assert ("heading", "HR.com's State of Employee Communication and Collaboration 2025 Virtual Event") in _body(text)
    _stable(text)


def test_other_bracketed_lines_stay() -> None:
    for label in ("[sic]", "[Name of the company]", "[Registered office: Lyon]", "[Register for the webinar here]"):
        assert _noise(EVENT.format(label=label)) == [], label
    # Above the story the line is the meta stage's (the button rule waits for the story).
    top = "[Register now]\n\n" + EVENT.format(label="More details follow.")
    assert "[Register now]" not in [n.text for n in parse(top).noise if n.kind is NoiseKind.BOILERPLATE]


# --- glued_teaser_link: Reportable's teaser link glued to the About (xr_wire_reportable_1) -------------------------
LINK = "[Click image above to view full announcement.](https://save-on-wireless.reportablenews.com/pr/save-on-wireless)"
ABOUT = (
    "About Save On WirelessFrom the same team that built Navi, Save On Wireless is a wireless price comparison "
    "website. For more information, visit www.saveonwireless.com."
)


def test_glued_teaser_link_is_cut_off() -> None:
    text = f"{STORY}\n\n{LINK}{ABOUT}\n"
    assert _noise(text) == [LINK]
    assert any(kind == "about" and text.startswith("About Save On Wireless") for kind, text in _meta(text))
    _stable(text)


def test_other_glued_links_stay() -> None:
    text = f"{STORY}\n\n[Read the report](https://example.com/r)About the report: it covers 2025.\n"
    assert _noise(text) == []
