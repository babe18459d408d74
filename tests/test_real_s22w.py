"""Session 22: a stripped Senate page with no run wider than three spaces parts its paragraphs with the threes."""

from __future__ import annotations

from pressparse import parse

# Martinez's page (tests/unseen ub_senate_martinez_1), punctuation stripped: a stop and a space leave two
# spaces ("Cuba  Martinez said"), a stop, a space and a newline three ("Commando Solo   Styled"). Every
# paragraph of the letter it quotes opens on a usual opener, the sentences inside on other words.
_MARTINEZ = (
    "Washington  DC   U S  Senator Mel Martinez  R FL  today urged Defense Secretary Donald Rumsfeld to immediately "
    "restart U S  television transmissions into Cuba  Martinez said time was of the essence and encouraged "
    "Secretary Rumsfeld to facilitate TV Marti broadcasts into Cuba via Commando Solo   Styled after the successful "
    "Radio Free Europe during the Cold War  the Radio and TV Marti program allows the U S  government to "
    "communicate uncensored news and messages of freedom and democracy directly to the people of the island  "
    "Currently  there is not a permanent platform with which to broadcast TV Marti into Cuba  However  the "
    "Department of Defense has an appropriate asset that could be deployed immediately to ensure the U S  "
    "government can most effectively break the Cuban regimes information blockade   In his letter to Secretary "
    "Rumsfeld  Senator Martinez wrote   It is my understanding that the Office of Cuba Broadcasting has asked the "
    "Department of Defense to identify whether there are any assets immediately available in order to broadcast "
    "TV Marti to Cuba   In light of recent developments on the island  the importance of communicating directly "
    "with the people of Cuba is critical  Should an asset be available  even if only on an interim basis  via the "
    "Commando Solo platform  the Office of Cuba Broadcasting would be able to immediately have programming ready "
    "for broadcasts into the island\n"
)
# Clinton's page (tests/corpus senate_003): the same twos and threes, but its paragraphs part on wider runs
# ("per month            New York"): there the threes are its sentence gaps (a stop and two spaces).
_CLINTON = (
    "Washington  DC    Senator Hillary Rodham Clinton today announced that she will introduce legislation to "
    "combat growing rates of diabetes striking pregnant women in New York   Her bill  the Gestational Diabetes  "
    "GEDI  Act  is aimed at lowering the incidence of gestational diabetes  which puts women at increased risk for "
    "problems during childbirth and puts their children at increased risk of developing debilitating Type 2 "
    "diabetes as adolescents or adults   Gestational diabetes has risen by a staggering 50 percent in New York in "
    "about a decade   In New York City alone  gestational diabetes now affects nearly 1 in 25 women  about 400 "
    "women per month            New York City  s crisis should be a call to action   The tragic fact is that "
    "gestational diabetes is preventable  but too many women are unknowingly putting themselves and their "
    "children at risk\n"
)


def test_a_page_without_wider_runs_breaks_at_its_threes() -> None:
    starts = [block.text[:24] for block in parse(_MARTINEZ).body]
    assert starts == [
        "U S Senator Mel Martinez",
        "Styled after the success",
        "In his letter to Secreta",
        "It is my understanding t",
        "In light of recent devel",
    ]


def test_a_page_whose_breaks_are_wider_keeps_its_threes_as_sentence_gaps() -> None:
    starts = [block.text[:24] for block in parse(_CLINTON).body]
    assert starts == ["Senator Hillary Rodham C", "New York City s crisis s"]
