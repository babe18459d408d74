"""Session 29 (m): meta and heading readings that changed between a parse and the parse of its rendering.

Each pinned fuzz finding is written failing first, with a close real-style shape beside it that keeps its
reading (SPEC 5: ``parse(doc.text)`` reads the same body blocks).
"""

from __future__ import annotations

from pressparse import parse
from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable
from tests.test_real_s28m import _meta


class TestAboutSectionOverTheStory:
    """An About line over the story's first paragraph ends there: meta and the heading rules read one end."""

    def test_line_over_a_front_about_line_reads_past_it_alone(self) -> None:
        """F1130-40: ``About A`` over the story's paragraph is taken alone; ``Ce`` is read over the story."""
        text = (
            ".\n\n[Ce](i)\nAbout A\n\nd automatir system migration. Anchorbase is headquartered in Calgary, Alber(0ta."
        )
        assert ("about", "About A") in _meta(text)
        _stable(text)
        assert problems(text, render=True) == []

    def test_back_about_section_keeps_its_paragraphs(self) -> None:
        """Under the story an About section takes its profile paragraphs; the rendering leaves them all out."""
        text = (
            "Acme Opens a Plant in Lyon\n\nLYON, France - Acme opened a plant in Lyon on Monday, the company"
            " said in a statement issued at noon.\n\nAbout Acme\n\nAcme makes tools for builders and has done"
            " so since 1990, from its head office in Lyon.\n\nAcme employs 400 people in six countries."
        )
        assert (
            "about",
            (
                "About Acme Acme makes tools for builders and has done so since 1990, from its head"
                " office in Lyon. Acme employs 400 people in six countries."
            ),
        ) in _meta(text)
        assert problems(text, render=True) == []


class TestHeadlineUnderSectionLabels:
    """Meta reads past the site's section labels to the headline; the heading rules read the front so too."""

    def test_line_under_a_labelled_headline_opens_the_rendering(self) -> None:
        """F1130-25: ``o`` (a crumb) over the headline: the line under it opens the rendering, as meta reads it."""
        text = (
            "Statements\nPolice Seize Guns in a Raid\nKey Points\nFour Officers Hurt\n"
            "- Four officers were hurt in the raid on Monday.\n- Two men were arrested."
        )
        assert ("title", "Police Seize Guns in a Raid") in _meta(text)
        assert _stable(text)[:2] == [("paragraph", "Key Points"), ("heading", "Four Officers Hurt")]
        assert problems(text, render=True) == []

    def test_fuzz_crumb_over_a_wrapped_headline(self) -> None:
        """F1130-25's front (its story's glued ``E PnThe .`` set apart): ``T D`` is the rendering's first line."""
        text = "o\x0c\u00c9 ice\nr /\nT D\nE Pn\nThe ."
        assert _stable(text)[0] == ("paragraph", "T D")

    def test_line_over_the_story_under_a_labelled_headline_is_the_deck(self) -> None:
        """Over the story's paragraph the line under the headline stays the subtitle meta takes."""
        text = (
            "Statements\nPolice Seize Guns in a Raid\nKey Points\nFour officers were hurt in the raid on Monday,"
            " the police said in a statement today."
        )
        assert ("subtitle", "Key Points") in _meta(text)
        assert problems(text, render=True) == []


class TestSectionLabelWithATab:
    """A site's section label is read as the rendering prints it: a tab between its words is one space."""

    def test_label_with_a_tab_is_read_past_to_the_headline(self) -> None:
        """F1130-38: ``y\\tg`` over ``F A P s`` renders ``y g``, a label: meta reads it so on the first parse too."""
        text = "y\tg\nF A P s\n("
        assert ("title", "F A P s") in _meta(text)
        assert problems(text, render=True) == []

    def test_menu_crumb_with_a_tab_over_the_headline(self) -> None:
        """A scraped menu's cells keep their tab (``Our\\twork``): the crumb is navigation, the headline the title."""
        text = (
            "Our\twork\nPolice Seize Guns in a Raid\nFour officers were hurt in the raid on Monday, the police said"
            " today in a statement."
        )
        assert [("title", "Police Seize Guns in a Raid")] == _meta(text)
        assert problems(text, render=True) == []

    def test_headline_with_a_tab_stays_the_title(self) -> None:
        """A headline with a tab inside it is no label: the title, as before."""
        text = (
            "Police Seize\tGuns\nFour officers were hurt in the raid on Monday, the police said today in a statement."
        )
        assert [("title", "Police Seize Guns")] == _meta(text)


class TestHeadlineOpeningWithAQuote:
    """A headline opens with a capital inside a quotation too; a lower-case word after a quote is a line's tail."""

    def test_lower_case_after_an_apostrophe_is_no_headline(self) -> None:
        """F1130-41: ``’e n(on`` over ``F PrThe .`` is no title; both lines stay the story's, as rendered."""
        text = "\u2019e n(on\nF PrThe ."
        assert [] == _meta(text)
        assert problems(text, render=True) == []

    def test_quoted_headline_in_title_case_stays_the_title(self) -> None:
        """A headline opening with a quotation (``“We Will Act,” Mayor Says``) is the title, as before."""
        text = (
            "\u201cWe Will Act,\u201d Mayor Says\nThe mayor met the board on Monday to agree on a plan for the city,"
            " she said."
        )
        assert [("title", "\u201cWe Will Act,\u201d Mayor Says")] == _meta(text)


# docs/body.md's stripped identity-theft list (a Senate page whose punctuation was stripped): one line, its
# blocks set apart by runs of spaces.
_STRIPPED_LIST = (
    "The committee approved the bill today  The vote was unanimous  It now goes to the Senate    "
    "The Identity Theft Enforcement and Restitution Act of 2007 would     "
    "Give victims of identity theft the ability to seek restitution for their losses    "
    "Ensure that identity thieves can be prosecuted  Current law only covers individuals    "
    "Add the remedies of forfeiture to combat cyber crime  Mandate that the U S  Sentencing Commission "
    "review its guidelines for identity theft and other cyber crime offenses and report to the Congress"
)


class TestStrippedPageStory:
    """On a stripped page, a run of sentences of eighty characters opens the story, in the rendering too."""

    def test_stripped_list_page_reads_no_front_matter_when_rendered(self) -> None:
        """docs/body.md: the rendering sets each block alone; its first run of words is still the story's."""
        assert [] == _meta(_STRIPPED_LIST)
        assert [] == _meta(parse(_STRIPPED_LIST).text)
        assert problems(_STRIPPED_LIST, render=True) == []

    def test_title_case_headline_over_a_stripped_story_stays_the_title(self) -> None:
        """A stripped Senate page's headline in title case, over its story's run of words, is the title."""
        text = (
            "Schumer Announces Four Million Dollars for Rochester Police Department Upgrades\n"
            "U S  Senator Charles E  Schumer today announced that four million dollars in federal funding will go to"
            " the Rochester police  The money will pay for new radios and cars for the city  Schumer said the"
            " funding was long overdue and that he had fought for it for three years  The department will buy"
            " the radios this year"
        )
        assert ("title", "Schumer Announces Four Million Dollars for Rochester Police Department Upgrades") in _meta(
            text
        )
        assert problems(text, render=True) == []


class TestContactLabelBetweenACopy:
    """A contact's label alone with its colon is read past by the noise stage, as meta takes it wherever it stands."""

    def test_fuzz_copy_two_blocks_down_once_the_contact_is_left_out(self) -> None:
        """F1130-34: ``a contact:`` / ``5`` between a line and its copy; the rendering leaves them out."""
        text = (
            "35networkoperation2019officersDrpolicearrestedacrosscrimeAcrossseizedinterpolintNewsnetworkDrnetwork"
            "databasesacrosscooperation35NoseizedcooperationDr.\na contact:\n5\n\u201cSeized cooperation officers the"
            " suspects,\u201d said J\u00fcrgen Sto 5\n35networkoperation2019officersDrpolicearrestedacrosscrimeAcross"
            "seizedinterpolintNewsnetworkDrnetworkdatabasesacrosscooperation35Noseizedcooperation Dr\n\u00c9\u00f2\n\nn ."
        )
        assert problems(text, render=True) == []

    def test_lead_printed_again_under_a_press_office_contact(self) -> None:
        """``Our press office contact:`` / a phone between the lead and its copy: the copy is a repeated line."""
        text = (
            "Police met on Monday to agree on a plan for the region, the chief said in a statement.\n"
            "Our press office contact:\n020 7946 0958\nThe raid was the third this year.\n"
            "Police met on Monday to agree on a plan for the region, the chief said in a statement\n"
            "More Raids\nThe chief said more raids would follow in the spring."
        )
        assert ("contact", "Our press office contact: 020 7946 0958") in _meta(text)
        assert _stable(text)[2] == ("heading", "More Raids")
        assert ["repeated_line"] == [str(n.kind) for n in parse(text).noise if n.kind != "whitespace"]

    def test_media_contact_label_keeps_its_reading(self) -> None:
        """``Media contact:``, which the noise stage read past already, reads as before."""
        text = (
            "Police met on Monday to agree on a plan for the region, the chief said in a statement.\n"
            "Media contact:\nJane Roe\nThe raid was the third this year, the chief said."
        )
        assert [("contact", "Media contact: Jane Roe")] == _meta(text)
        assert problems(text, render=True) == []
