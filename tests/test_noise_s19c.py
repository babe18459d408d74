"""Round 5 (s19, ext5) noise rules: each real minimal case beside the text that must stay."""

from __future__ import annotations

import pytest

from pressparse import NoiseKind, clean, parse
from pressparse.noise import NOISE_RULES, attachment_label, markdown_rule, wire_directory

STORY = "Police chiefs from the region met in Lyon on Monday to discuss organised crime."


def _noise(text: str) -> list[str]:
    return [n.text for n in parse(text).noise if n.kind is not NoiseKind.WHITESPACE]


def _body(text: str) -> list[tuple[str, str]]:
    return [(b.kind, " ".join(b.text.split())) for b in parse(text).body]


def _stable(text: str) -> None:
    doc = parse(text)
    again = parse(doc.text)
    assert clean(clean(text)) == clean(text)
    assert [(b.kind, b.text) for b in again.body] == [(b.kind, b.text) for b in doc.body]


# --- glued_none: two stand-ins one space apart (xj_doj_r00551) ---------------------------------------------
NONE_NONE = (
    "State agencies will be awarded two years of funding through CAMP to support the investigation of illicit "
    "activities related to the manufacture and distribution of methamphetamine. None None "
    "The DEA will establish the Louisville Field Division on Jan. 1, 2018. It will include Kentucky, Tennessee, "
    "and West Virginia. None"
)


def test_space_separated_none_none_is_two_stand_ins() -> None:
    assert _noise(NONE_NONE).count("None") == 3
    body = _body(NONE_NONE)
    assert not any(t.startswith("None") or " None " in t for _, t in body)
    assert body[1][1].startswith("The DEA will establish")
    _stable(NONE_NONE)


@pytest.mark.parametrize(
    "text",
    [
        "The agents searched the house. None None of the suspects was home when they arrived.",
        "Asked who helped? None None Smith could name.",
        "The agents searched the house. None of the suspects was home.",
    ],
)
def test_none_as_a_word_stays(text: str) -> None:
    assert "None" not in _noise(text)


# --- markdown_rule: "***" alone, like "---" (xk_wire_newsdirect_1) -----------------------------------------
@pytest.mark.parametrize("rule", ["***", "---", "___", "* * *", "- - -", "*****"])
def test_lone_markdown_rule_is_noise(rule: str) -> None:
    text = f"{STORY}\n\n{rule}\n\nAbout Acme\n\nAcme is a company."
    assert rule in _noise(text)
    assert not any(t == rule for _, t in _body(text))
    _stable(text)


@pytest.mark.parametrize(
    "line",
    ["*** Breaking: the vote passed", "-- signed", "**Bold** text", "***Note: offices close at noon***", "__init__"],
)
def test_rule_with_words_stays(line: str) -> None:
    assert _noise(f"{STORY}\n\n{line}\n\nThey agreed.") == []


def test_rule_over_a_broken_link_line_stays() -> None:
    # the archive trailer's to judge with its links: "[](\u2028)" is no link, raw or rendered (F1123-1)
    text = f"{STORY}\n---\n[](\u2028)"
    assert _noise(text) == []
    _stable(text)


def test_markdown_rule_runs_after_archive_trailer() -> None:
    names = [rule.__name__ for _, rule in NOISE_RULES]
    assert names.index("archive_trailer") < names.index("markdown_rule")
    text = f"{STORY}\n---\n[Reddit Post](https://reddit.com/r/x)"
    assert [n.kind for n in parse(text).noise if n.kind is not NoiseKind.WHITESPACE] == [
        NoiseKind.ARCHIVE_TRAILER,
        NoiseKind.ARCHIVE_TRAILER,
    ]
    assert markdown_rule.__doc__


# --- full_release_link: "to view the original press release." (xl_da_orange_1) ----------------------------
@pytest.mark.parametrize(
    "label",
    ["to view the original press release.", "for full press release.", "to read the full news release."],
)
def test_click_here_over_the_release_link(label: str) -> None:
    text = f"{STORY}\nSenior Deputy District Attorney Jeff Moore is prosecuting this case.\nClick here\n{label}\n###\n"
    assert _noise(text)[:2] == ["Click here", label]
    assert not any(label in t for _, t in _body(text))


@pytest.mark.parametrize(
    "label", ["to view the court filing.", "to register for the town hall.", "to view the original complaint."]
)
def test_click_here_over_other_links_stays(label: str) -> None:
    text = f"{STORY}\nClick here\n{label}\n"
    assert "Click here" not in _noise(text)


# --- repeated_line: a media advisory's field value is no copy (xj_da_miami_2) ------------------------------
ADVISORY = (
    "MEDIA ADVISORY: Trio Charged After Neighborhood Brothels\nMiami, Florida\n,\n"
    "State Attorney Katherine Fernandez Rundle, Deputy Special Agent In Charge Jose Figueroa will hold a press "
    "conference to announce the arrest of 3 individuals.\n"
    "State Attorney Katherine Fernandez Rundle, Deputy Special Agent In Charge\n"
    "Jose Figueroa the U.S. Department Of Homeland Security Investigations Miami Office, Miami Gardens Police "
    "Department Police Delma K. Noel-Pratt\n"
    "WHO:\nState Attorney Katherine Fernandez Rundle,Deputy Special Agent In Charge\n"
    "Jose Figueroa the U.S. Department Of Homeland Security Investigations\n"
    "Miami Office, Miami Gardens Police Department Police Delma K. Noel-Pratt\n"
    "WHAT:\nPress Conference\nWHEN:\nWednesday, July 17, 2024 –2:30 PM\n#####\n"
)


def test_advisory_field_value_is_not_a_copy() -> None:
    doc = parse(ADVISORY)
    assert not [n for n in doc.noise if n.kind is NoiseKind.REPEATED_LINE]
    body = _body(ADVISORY)
    at = body.index(("heading", "WHO:"))
    assert body[at + 1][1].startswith("State Attorney Katherine Fernandez Rundle,Deputy")
    _stable(ADVISORY)


def test_copy_under_a_non_field_line_still_goes() -> None:
    # the same lines under a plain line (no WHO: label): printed three lines apart, the copy is a repeat
    text = ADVISORY.replace("WHO:\n", "Officials attending\n")
    assert any(n.kind is NoiseKind.REPEATED_LINE for n in parse(text).noise)


def test_field_value_ends_at_a_blank_line() -> None:
    line = "Ten Charged in Fraud Ring Case Across Three Counties"
    text = f"{line} | County Attorney\nWHO:\nDistrict Attorney Jane Roe\n\n{line}\n{STORY}"
    assert _noise(text) == [line]


# --- attachment_label: a court paper's link under the contact block (xj_da_la_1) ---------------------------
HEAD = (
    "Judge Dismisses Indictment Against Former Officer\nContact:\nMedia Relations Division\n(213) 257-2000\n"
    "media@da.lacounty.gov\n"
)
LEAD = (
    "LOS ANGELES – A Los Angeles County Superior Court judge dismissed an indictment today against a former "
    "Los Angeles Police Officer.\nThe District Attorney's Office opposed the defense motion to dismiss the case.\n"
)


def test_attachment_label_under_contact_block() -> None:
    text = HEAD + "DA Proctor Opposition Motion\nProsecutors plan to appeal judge’s ruling\n" + LEAD
    doc = parse(text)
    assert "DA Proctor Opposition Motion" in _noise(text)
    assert ("subtitle", "Prosecutors plan to appeal judge’s ruling") in [(m.kind.value, m.text) for m in doc.meta]
    assert doc.body[0].text.startswith("A Los Angeles County Superior Court")
    _stable(text)


def test_two_attachment_labels() -> None:
    text = HEAD + "People's Opposition Motion\nGrand Jury Indictment\n" + LEAD
    assert _noise(text)[-2:] == ["People's Opposition Motion", "Grand Jury Indictment"]


@pytest.mark.parametrize(
    "line",
    [
        "Prosecutors plan to appeal the motion",  # sentence case: a standfirst
        "Judge Issues Restraining Order",  # an order is what a headline reports, not a paper's label
        "Judge Denies Defense Motion",  # a headline's verb before the paper
        "Grand Jury Returned Indictment",
        "DA Files Civil Complaint",
        "DA Proctor Opposition Motion.",  # a stop: a sentence
        "Motion",  # one word
    ],
)
def test_standfirst_under_contact_block_stays(line: str) -> None:
    assert line not in _noise(HEAD + line + "\n" + LEAD)


def test_attachment_label_elsewhere_stays() -> None:
    # under a line that is no contact field, or in the story
    text = "Judge Dismisses Indictment\nMedia Relations Division\nDA Proctor Opposition Motion\n" + LEAD
    assert "DA Proctor Opposition Motion" not in _noise(text)
    story = HEAD + LEAD + "Read the filing below.\nmedia@da.lacounty.gov\nDA Proctor Opposition Motion\n"
    assert "DA Proctor Opposition Motion" not in _noise(story)
    assert attachment_label.__doc__


# --- wire_directory: the wire's own links under its NewsRamp cross-link (xk_wire_prism_1) ------------------
def test_wire_directory_under_newsramp_line() -> None:
    text = (
        f"{STORY}\n\n PRISM MediaWire on Newsramp: https://newsramp.com/newswire/prism\n\n"
        " PRISM MediaWire Slack Community: prismmediawire.slack.com\n\n"
        " PRISM MediaWire RSS Feed: https://prismmediawire.com/feed\n"
    )
    assert _noise(text) == [
        "PRISM MediaWire on Newsramp: https://newsramp.com/newswire/prism",
        "PRISM MediaWire Slack Community: prismmediawire.slack.com",
        "PRISM MediaWire RSS Feed: https://prismmediawire.com/feed",
    ]
    assert not any("Slack" in t for _, t in _body(text))


@pytest.mark.parametrize(
    "line",
    [
        "Acme Corp Slack Community: acme.slack.com",  # another name
        "PRISM MediaWire Slack Community is open to every reader.",  # a sentence
        "For more on PRISM MediaWire, see prismmediawire.com",
    ],
)
def test_other_lines_under_newsramp_line_stay(line: str) -> None:
    text = f"{STORY}\n\nPRISM MediaWire on Newsramp: https://newsramp.com/newswire/prism\n\n{line}\n"
    assert line not in _noise(text)


def test_directory_line_without_newsramp_line_stays() -> None:
    line = "PRISM MediaWire Slack Community: prismmediawire.slack.com"
    assert _noise(f"{STORY}\n\n{line}\n") == []
    assert wire_directory.__doc__


# --- spaced_chrome: "Press Room News Releases" on a one-line Senate page (xl_senate_shelby_1) ---------------
def test_press_room_news_releases_segment() -> None:
    story = "U S  Senator Richard C  Shelby  R Ala  today paid tribute to the life of a former senator  " * 5
    page = (
        "      United States Senator Richard Shelby   Press Room          Press Room News Releases          "
        "SHELBY PAYS TRIBUTE TO SENATOR HOWELL HEFLIN        April 5  2005   WASHINGTON  DC   " + story
    )
    doc = parse(page)
    assert "Press Room News Releases" in _noise(page)
    assert ("title", "SHELBY PAYS TRIBUTE TO SENATOR HOWELL HEFLIN") in [
        (m.kind.value, " ".join(m.text.split())) for m in doc.meta
    ]


def test_press_room_news_releases_in_a_sentence_stays() -> None:
    text = f"{STORY} The Press Room News Releases page lists every statement."
    assert _noise(text) == []
