"""Findings of the fuzz harness, pinned by id (STYLE rule 29; markdown-it's ``tests/test_fuzzer.py``).

Method: ``tests/fuzz_parse.py`` runs the SPEC invariants on generated and
mutated text and writes each new kind of problem, shrunk, to
``findings.jsonl``. Each finding becomes a row here, keyed by an id
``F<month><day>-<n>`` (``R...`` for the odd strings of ``test_robustness.py``),
with the module whose rule causes it (as far as a first triage tells). The test runs the
same checks as the harness (``fuzz_parse.problems``). A finding that still
fails is a strict xfail naming its module: when the module is fixed the
xfail turns into an unexpected pass, and the row moves to ``FIXED``.

Columns: the input (as the harness shrank it), the module at fault, and what
goes wrong.
"""

from __future__ import annotations

import pytest

from tests.fuzz_parse import problems

# id: (input, module, what goes wrong) -- all pass today.
FIXED: dict[str, tuple[str, str, str]] = {
    "F1123-50": (
        '.\n"O',
        "sentences.py: the attribution of a sentence that is a stop alone scanned its empty body at index -1",
        "SPEC 3: parse raised IndexError",
    ),
    "F1123-41": (
        'R?TA JUN 3 2026\u2014\nA\u000b" n C d V .',
        "headings.py: a line that opens with a dateline was a heading; the rendering joins the dateline to it (never a heading now)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-48": (
        "Fnce–\nShare\n7 December 2018\nL.",
        "meta.py: the story started at the furniture under a place line alone, so the date line past it was story",
        "SPEC 5: parse(doc.text) differs (the rendering joined the date to the dateline)",
    ),
    "F1123-49": (
        "Embargoed until\np",
        "meta.py: an embargo line hard-wrapped over two lines was a release note only once the rendering joined it",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-16": (
        "About E\nTA,C-“.",
        "meta.py: an About section opened in the front matter ran into the dateline's paragraph",
        "SPEC 1: the dateline span overlapped the about meta",
    ),
    "R1123-2": (
        "Police met.\xadEvery officer agreed.",
        "paragraphs.py: the glued break did not look through the soft hyphen the invisible_characters repair drops",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-12": (
        "9\xa0de feb 2012",
        "meta.py: a date with an NBSP after the day was a date only after clean turned the NBSP into a space",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-19": (
        " 2022 Contact: Clair3(e Cr3(ouch\nDallas County District Attorney’s Office\n214653-3600(\nC@n",
        "meta.py: a contact heading was a contact only in the re-read clean output (contact_heading now takes it both times)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-3": (
        "ere ked today       Today  Senate Republiczans turne  including paying over  4 00 a gallon for gasoline  Senate Republicans blocked debate on important legislation that would have provided tax relief for low income families and spurred on investments in job creating research and development and alte",
        "meta.py: a first line cut mid-word ('ere ked today') read as a headline only once the rendering set it alone (a headline now opens with a capital, a digit or a brand)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-8": (
        "y v mm\n\ud800t co,r\x0b\x0ct f l",
        "meta.py: _stands_alone knew only LF and CR as line ends, not the VT and FF that layout.py breaks at",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-14": (
        "5\nr\ne\nMEDIA ADVISORY:i:e F",
        "meta.py: three short lines counted as the story's prose by their line count, which the rendering flattens",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-18": (
        "!\n\ngr r. e.g. seized firearms suspects No..\u2028-30-\nS",
        "meta.py: an end mark after a sentence and a line separator (U+2028) was split off only once rendered on one line",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-22": (
        "About [Dt.com](https://www.debt.com/?pid=10291é#é.8&aff_id=1242&s2=english&s3=content&s4=HMAReferral)ebt.co",
        "meta.py: About with its name as a markdown link was judged on the raw link, not its text",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-1": (
        "---\n[](\u2028)",
        "noise.py: a markdown link's address held a line separator, so [](U+2028) was an empty link only before clean (addresses never hold whitespace now, as in the markdown_link repair)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-2": (
        "eBTA,C–P",
        "dateline.py: a damaged header run skipped the title check the first pass makes",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-4": (
        "APOR-  I\nMebi–D.",
        "dateline.py: the story after a bare place was judged only in the dateline's own piece, not in the next one where the rendering joins it",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-6": (
        "NGTO—\n1/3\n\n    .\n\nM.",
        "dateline.py: captions were not skipped like noise between a dateline and its story, though the rendering leaves both out",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-9": (
        "\x82 \x8cá",
        "noise.py: an invisible run at a line's edge stopped at the space between its characters",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "R1123-1": (
        "LYON, France – Police\ud800\udc00 met.",
        "model.py: to_dict writes a string holding a surrogate pair as its code points, as JSON would join the pair",
        "SPEC 4: the JSON round trip differs",
    ),
    "F1123-11": (
        "g r e\nNvember h t\x0c9\nS ’",
        "headings.py: a heading decided on blank lines and neighbours the rendering changes (now read past noise, blank lines not read)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-17": (
        "e a S\nT l e\nÉ h S\nE lrationTs e657.y",
        "headings.py: a glued subheading with no sentence under it (now needs one, as a standalone heading does)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-20": (
        "?[NR](/)",
        "paragraphs.py: a stop opening its block made a glued break ('?[NR](/)' renders '?NR')",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "S1123-1": (
        "\u200b–\xa0n",
        "paragraphs.py: a bullet at the line's start judged by a lookbehind that saw the invisible character noise cut off; first a TypeError in _cuts",
        "SPEC 5: parse(doc.text) differs (first block list_item -> paragraph)",
    ),
    "F1123-13": (
        "l e T\nE P nThe y thase involves not just picking the right timing but also organizing financials like tax returns, profit and loss statements, and production reports from the past few years.Gg",
        "paragraphs.py: a glued subheading split off under a line that stops mid-sentence, where the rendering reads it as that line's end (now refused, as headings.py refuses a standalone one)",
        "SPEC 5: parse(doc.text) differs (body heading -> paragraph)",
    ),
    "F1123-7": (
        "1/\n7 December 2018\n7 December 2018\n-30-\n3\n• e",
        "noise.py: slideshow_counter took parts a blank line set apart ('1/' ... '3'), which the rendering brings together once meta is dropped; the parts must stand on adjacent lines",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-21": (
        "ELN cooperation the Firearms the the trafficking interpol.int/News No network interpol.int/News police INTERPOL-led operation 3.5 agreed police“Meeting well-known officers across INTERPOL-led trafficking suspects databases crime databases,said Jürgen Stock.NT\n(ELN) cooperation the Firearms the the trafficking interpol.int/News No network interpol.int/News police INTERPOL-led operation 3.5 agreed police“Meeting well-known officers across INTERPOL-led trafficking suspects databases crime databases said Jürgen Stock\n5",
        "noise.py: repeated_line did not see sentences glued without a space as lines; the rendering splits them (glued_repeat)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-23": (
        "R D C   Thu November 1 2007",
        "meta.py: _mark_title read kinds past the last piece when the front matter was the whole document",
        "SPEC 3: parse raised IndexError",
    ),
    "F1123-5": (
        "ELN seized network e.g network INTERPOL-led e.g agreed,said Stock“Meeting e.g No officers No officers network 3.5 suspects network said he.\n/\n3\ne\nELN seized network e.g network INTERPOL-led e.g agreed,said Stock“Meeting e.g No officers No officers network 3.5 suspects network said he\n• n",
        "paragraphs.py: body paragraph -> list_item after clean",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-10": (
        "Cooperation databases U.S INTERPOL-led firearms E.g cooperation e.g e.g operation agreed databases operation cooperation firearms Dr officers well-known arrested.\n\x1cØ\nT on.Cooperation databases U.S INTERPOL-led firearms E.g cooperation e.g e.g operation agreed databases operation cooperation firearms Dr officers well-known arrested",
        "headings.py: body paragraph -> heading after clean",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-15": (
        "1. i\u2028Skce- T!Suspects officers agreed said Secretary General Stock.\n!Suspects officers agreed said Secretary General Stock",
        "paragraphs.py: first block list_item -> paragraph after clean",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-24": (
        "s\xad@6",
        "meta.py: a soft hyphen hides an e-mail shape that the invisible_characters repair shows in the rendering",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-25": (
        "###\nñ",
        "meta.py / paragraphs.py: an end mark joined to the next line renders as a markdown heading marker",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-26": (
        "GTON—\nSAGO-\nShare\nA.",
        "dateline.py: stacked place lines with share noise between; the rendering joins the second to the story",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-27": (
        "GTON—\nFOR IMMEDIATE RELEASE\nB?",
        "dateline.py: a release note (meta, decided after the dateline) between a place line and its story",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-29": (
        "~!Share\nO .",
        "noise.py: share furniture glued after punctuation is noise only on its own line in the rendering",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-30": (
        "8 a contact:\n¼\x96\n0",
        "headings.py / meta.py: a contact label (meta, decided after blocks) over a list item",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-34": (
        ".\n1 /\u2028M contact:\ne e .",
        "headings.py / paragraphs.py: doc.text (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-37": (
        "t\nFOR IMMEDIATE RELEASE\n5\nB \u201d",
        "headings.py / paragraphs.py: doc.text (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-39": (
        "By J\u2028\u00ce\nS .",
        "headings.py / paragraphs.py: doc.text (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-45": (
        "e g :\nC\nA\nY\nC\n1\n6\nP\n8\n8\nCinal Sexu and the CCSAO\u2019s Sex Crimes Against Children Unit, particularly Assista",
        "headings.py / paragraphs.py: doc.text (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-31": (
        "N h f\nPress\nD T s\n1",
        "meta.py: body blocks lost (title/subtitle cascade: the rendering promotes the next headline-like line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-32": (
        "O f e\nNews\nP l r\nM\nEN:\nM",
        "headings.py / paragraphs.py: body paragraph -> heading (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-35": (
        "H N p\nFollow Us\nSp S A\fR F R\nP",
        "meta.py: new meta subtitle (title/subtitle cascade: the rendering promotes the next headline-like line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-36": (
        "6th by Committee Chairman Patrick Leahy  D Vt   and Ranking Member Arlen Specter  R Pa    The bill re Biden  D Del   and Orrin Hatch  R Utah  earlier this month     S  2168 is based on recommendations made by the Presidents Identity Theft Task Force  The bill has the support of the Department of Jus",
        "meta.py: new meta title (title/subtitle cascade: the rendering promotes the next headline-like line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-42": (
        "A\u201de an\nPress\nL n G\nMay 8 2026\nP\nP .\n",
        "headings.py / paragraphs.py: body heading -> paragraph (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-43": (
        "e\nMEDIA ADVISORY:4 Charged in Drug Overdose Death of Music Festival Visitor\nimmediate release\n4 Charged in Drug Overdose Death of Music Festival Visitor\n",
        "meta.py: body text changes (a page-title label kept whole because of a printed copy the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-47": (
        "S h f\nPress\nN O L\f\u2022 Q",
        "headings.py / paragraphs.py: first block paragraph -> list_item (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-44": (
        "M\nRE:\n6\n###\nF",
        "headings.py / paragraphs.py: doc.text (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-33": (
        "The INTERPOL-led firearms Dr interpol.int/News firearms cooperation interpol.int/News(ELN meeting e.g across U.S meeting firearms arrested officers.   D\n\n    g .\n\nd .\nThe INTERPOL-led firearms Dr interpol.int/News firearms cooperation interpol.int/News(ELN meeting e.g across U.S meeting firearms arrested officers\n1. i",
        "headings.py / paragraphs.py: body paragraph -> list_item (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-46": (
        "By J\n5\n\nf :\nArrested databases trafficking e.g databases U.S network U.S cooperation arrested databases(ELN region Dr.L\n-30-\nS\nArrested databases trafficking e.g databases U.S network U.S cooperation arrested databases(ELN region Dr",
        "headings.py / paragraphs.py: first block heading -> paragraph (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-38": (
        "nals down    The Identity Theft Enforcement and Restitution Act of 2007 would     Give vit and remedying the harms of identity theft    Ensure that identity thieves who impersonate businesses in order to steal sensitive personal data can be prosecuted under federal identity theft laws  Current law o",
        "headings.py / paragraphs.py: doc.text (the kind read from a neighbour, meta or noise, that the rendering drops)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-51": (
        "For further information, please contact Lsees-Valle, Public Information Officer, at\n(305) 547-0535\nor\n[email\xa0proteclease\nMEDIA ADVISORY",
        "meta.py: a short page without stops read as a punctuation-stripped one (its contact line taken for the story)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-52": (
        "ce Director Stephanie Daniel\nThursday August 9 2024at 2:30pm.\nRE:\n8\nOTO/INTERVIEW: Director Stephanie Daniel",
        "meta.py: a joined date line split off its next line, which alone reads as a heading",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-53": (  # found and fixed in session 18
        ":-\xa0N -",
        "paragraphs.py: a one-word item and a dash read as a dash-framed standfirst in the rendering",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-60": (  # session 19, first fuzz run: a rule of this session, fixed at once
        (
            "- The (ELN) firearms police seized No. U.S. across officers firearms agreed interpol.int/News the across-\xa0"
            "The (ELN) firearms police seized No. U.S. across officers firearms agreed interpol.int/News the acrossNo"
        ),
        "noise.py: a list item read as a headline's copy glued to the next word once the rendering sets it alone",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-28": (  # fixed in session 19: a subheading glued at the very top is the page's deck (a subtitle)
        "I T DepartmÉend the U.",
        "meta.py / paragraphs.py: a headline glued to the story reads as a title only once the rendering sets it alone",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-64": (  # session 19, last fuzz run: the same stop again; the stop is gone
        "A k r\nI s E n d e ? I N ad.\nn 9 . n s D ( 9 k !LYON— E.",
        "dateline.py: story paragraphs counted before the dateline, a title among them in one reading only",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-65": (  # session 19, last fuzz run: the same stop, an About section counted; the stop is gone
        "About L\nL n 5 d ) 5 l n l il.Id d ) c a 5 . . ) !\nIAGO–\nShareo.",
        "dateline.py: story paragraphs counted before the dateline, an About section among them in one reading only",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-61": (  # session 19, second fuzz run: this session's "two story paragraphs" stop (since removed)
        "Sk to t , e – he the U d?\n9 m n 9 5 5 n d . .\nLY,C– W f",
        "dateline.py: a headline ending in '?' counted as a story paragraph, which the rendering drops",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-62": (  # session 19, final fuzz run: a rule of this session, fixed at once
        "F Fd 5 The\xa0nk.",
        "paragraphs.py / meta.py: an NBSP read as a space only in the rendering; at the top a subheading is the deck",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-63": (  # session 19, final fuzz run: this session's one-space "D C" rule, fixed at once
        (
            "/0”              Washington  D C —   Thursday  November 1  2007                       The day approved the"
            " Identity Theft Enforcement and Restitution Act  by voice vote  The legislation toughens penalties and"
            " provides new tools for prosecuting cyber crime and online identity theft and fraud  The bill passed."
        ),
        "dateline.py: 'D C' read as the region after one space (the rendering) but not after two (the raw text)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-56": (  # session 18, final fuzz run; fixed in session 19 (captions left out of the closing-date rule)
        "terpol.int/News cooperation. “2019 cooperation officers police,” said the Chief.\n\n    !\n\n/3\n7 December 2018",
        "meta.py: a date line after the story read as the closing date only once the rendering sets it alone",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-40": (  # fixed in session 18 (the About-section and dateline rounds)
        "GTON\u2014\nAbout I\nHE HAGg.",
        "dateline.py: dateline changes (a place line over furniture or a damaged dash the rendering re-reads)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-66": (  # session 19, last fuzz run; fixed in session 20 (meta._mark_top_heading)
        "N/r 8on\nE P rationTnhe road.",
        "meta.py: a subheading under the title opened the rendering, where it read as a paragraph",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-57": (  # session 18, final fuzz run; fixed in session 20 (helper f1)
        "of 5\u2028Image 2of 5  A to chiefs.",
        "noise.py: an image counter line cut in one reading, a CMS 'Image' label in the other",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-58": (  # session 18, final fuzz run; fixed in session 20 (helper f1)
        "2\x0b—       7*[         7*[               (2\x0b—",
        "paragraphs.py: a dash item over star runs read as an item in one reading only",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1123-59": (  # session 18, final fuzz run; fixed in session 20 (helper f1)
        "Stock.Police .“Stock.Police ",
        "paragraphs.py: a dotted name counted twice in the raw text and once in the rendering (Bit.Store rule)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-54": (  # session 18: "Image" alone became boilerplate noise; fixed in session 20 (helper f1)
        "Image 2of5\nELNacrosscrimeELN35regionagreedtraffickingUSINTERPOLledTraffickinginternationalUSfirearmsregiondatabasesacrossoperationseizedegtraffickingNo.\n.\nL\nImage\nELNacrosscrimeELN35regionagreedtraffickingUSINTERPOLledTraffickinginternationalUSfirearmsregiondatabasesacrossoperationseizedegtrafficking No\n\n- N",
        "noise.py: a repeat counted across a line the rendering drops (the kind read from a neighbour)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1123-55": (  # session 18: headline copies compared without their spaces; fixed in session 20 (helper f1)
        "Officers 3.5 seized officers Dr. the cooperationELN) region arrested databases 3.5 Dr. U.S said Secretary General Stock. Firearms (ELNfirearms U.Strafficking databases INTERPOL-led No. e.gINTERPOL-ledAbout N\nB\nOfficers35seizedofficersDrthecooperationELNregionarresteddatabases35DrUSsaidSecretaryGeneralStockFirearmsELNfirearmsUStraffickingdatabasesINTERPOLledNoegINTERPOLled",
        "noise.py: a line that copies another once the spaces are left out, read as a repeat in one reading only",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-0": (  # session 20, helper f1's run; fixed in session 20 (meta._is_name_line)
        "About L\n,",
        "meta.py: a name line ending in a comma (a line broken before it) read as an About heading once joined",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-13": (  # session 20; fixed in session 20 (meta._glued_cut)
        "D n R\nP n rug?Ov v r\nA",
        "meta.py: a short line under the title read as a subtitle once the title is dropped",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-18": (  # session 20, hypothesis (test_properties) in helper n1's run; fixed in session 20 (meta._glued_cut)
        "BOGOTA, Colombia \u2013 (ELN) police police!\nPolice police police police!Police police police.",
        "meta.py: a short exclamation cut off a glued stop under the title read as the title once the title is dropped",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-37": (  # session 20, last fuzz run: found and fixed in session 20 (dateline._title_like)
        "# PORE\u2014S.",
        "dateline.py: a markdown line alone read as no dateline, its rendering (the mark dropped) as one",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-10": (  # session 20; fixed in session 21 (meta._has_copy: only a copy with the note)
        "e f i S\nFOR IMMEDIATE RELEASE:15 Charged with Human Trafficking of Minors During Operation Wrong Turn\nimmediate release\n15 Charged with Human Trafficking of Minors During Operation Wrong Turn",
        "meta.py: a release note glued to the headline split off only when no copy of the headline follows",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-14": (  # session 20; fixed in session 21 (meta._has_copy: only a copy with the note)
        "0\nMEDIA ADVISORY:4 Charged in Drug Overdose Death of Music Festival Visitor\n4 Charged in Drug Overdose Death of Music Festival Visitor\n",
        "meta.py: a release note glued to the headline split off only when no copy of the headline follows",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-24": (  # session 20; fixed in session 21 (meta._has_copy: only a copy with the note)
        "K e R\nMEDIA ADVISORY:13 Charged In Round Up Of Major Catalytic Converter Fencing And Theft Ring\nimmediate release\n13 Charged In Round Up Of Major Catalytic Converter Fencing And Theft Ring",
        "untriaged: clean not idempotent (body text changes)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-6": (  # session 20; fixed in session 21 (meta._mark_title: a dateline glued to the headline ends it)
        "A s rULU(AP)  U",
        "meta.py/dateline.py: the text before a dateline found inside a line becomes a title once set apart",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-2": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "PoliceNoegcrimeDrregiontheUSINTERPOLlednetworkinareasincluding:- D\nPoliceNoegcrimeDrregiontheUSINTERPOLlednetworkinareas including-\u00a0Dr",
        "paragraphs.py: a glued dash bullet after 'including:' read as a list item in one reading only",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-5": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "n  It s  As b   T   R undocumented immigrants charged or convicted of crimes   Title III  Essential Worker Visa Program   Creates a new tempe of  500 in addition to application fees  and clear all security  medical  and other checks   Requires updating of America s Job Bank to make sure job opportu:",
        "paragraphs.py: a stripped page's unmarked list read by its runs, which the rendering makes one space",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-9": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        'n "\t:\n2\nContact:Su O A A R D I A A',
        "paragraphs.py: letters under a contact label read as list items in the rendering only",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-11": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "J h n\u0085?l a es-\u00a0G",
        "paragraphs.py: a hyphen before NBSP read as a bullet in the rendering only",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-17": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "d.  P4. T  I. S",
        "paragraphs.py: a stripped numbered item read as an item in one reading only",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-21": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "Egwellknowninternationaltheinternationalcooperationseizedinareasincluding:-\u00a0s\nEgwellknowninternationaltheinternationalcooperationseizedinareas including-\u00a0D",
        "untriaged: clean not idempotent (body paragraph -> list_item)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-22": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "8W:\nM\nFor further information please contact \nor\n[email\u00a0protected]\nR",
        "untriaged: render",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-25": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "p,6 our borders  As business leaders agree d promote our progress  It 5 12 2005   Title I  Border Security   Requires the development of various plans and f Mexico   Title II  Stce   Reaujustice costs assoed of crimes   Title III  Essential Worker Visa Program   Creates a new temporary visa to that'",
        "untriaged: render",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-26": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "(?\u00c9a.0",
        "untriaged: clean not idempotent (body blocks added)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-27": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "i\u0085A y d r-\u00a0J",
        "untriaged: clean not idempotent (new meta title)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-35": (  # session 20; fixed in session 21 (paragraphs, helper fp)
        "our borders  As bt make us secure and promote our progress  It irez Bill at a Glance 5 12 2005   Title I  Border Security   Requires the development of variouo   Title II  State Criminal Alien Assistance   Reauthorizes the State Criminal Alien Assistanmented aliens convicted of crimes   Allows for f",
        "untriaged: render",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-3": (  # session 20; fixed in session 21 (headings, helper fh)
        "e\nMay 2 2026\nPr\nE .",
        "headings.py: a short line between a date line and a stop read as a heading in one reading only",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-7": (  # session 20; fixed in session 21 (headings, helper fh)
        ".-30-\u2028\u00ddv\nN .",
        "headings.py: a line under a line-separator character read as a heading in one reading only",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-8": (  # session 20; fixed in session 21 (headings, helper fh)
        "S o i\n\u00d9P\u001d\u0083\u00fb@E\n\u2022 t",
        "headings.py: a control-character line over a bullet read as a heading in the rendering only",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-19": (  # session 20; fixed in session 21 (headings, helper fh)
        "S\nAbout T\nH a\u2028\u2022 S",
        "untriaged: render",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-29": (  # session 20; fixed in session 21 (headings, helper fh)
        "Te\nBy J\n\u2022 t",
        "untriaged: render",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-1": (  # session 20; fixed in session 21 (noise.glued_repeat measures a copy as repeated_line does)
        "No. officers police.No. officers police.",
        "noise.py/paragraphs.py: a sentence printed twice read as a repeat in one reading only",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-23": (  # session 20; fixed in session 21 (meta._mark_top_heading reads the block under it past meta)
        "M an L\u000bRs\n--N--\n\n.",
        "untriaged: render",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-4": (  # session 20; fixed in session 21 (noise._glued_stop: the story starts at a glued stop)
        "e\nMay 2 2026\nPr\nE ty.8\nRecent Posts",
        "headings.py: the same, with a CMS 'Recent Posts' line under it",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-20": (  # session 20; fixed in session 21 (noise/headings, helper f2)
        '" o\n/Z\u000bf T',
        "untriaged: clean not idempotent (body blocks lost)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-30": (  # session 20; fixed in session 21 (noise/headings, helper f2)
        "7 December 2018\nTt\nLe \u2013. U.S. No. (ELN) crime agreed cooperation agreed region.THEHAGUE,Colombia --\n5\n3\ne\nTHEHAGUE,Colombia --",
        "untriaged: clean not idempotent (first block heading -> paragraph)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-31": (  # session 20; fixed in session 21 (noise/headings, helper f2)
        "-\n.   Firearms35 region No!   Te\u2028About N\nA\u2013\nShare\nFirearms35 region No!\nd.",
        "untriaged: clean not idempotent (body paragraph -> heading)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-3": (  # session 21; fixed in session 22 (meta._joined: line rules read a hard-wrapped lead-in with its lines joined, as the rendering prints it)
        "Source: A\n]",
        "untriaged: clean not idempotent (new meta release_note)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-14": (  # session 21; fixed in session 22 (meta._joined: line rules read a hard-wrapped lead-in with its lines joined, as the rendering prints it)
        "By J1. F\nP",
        "untriaged: clean not idempotent (new meta byline)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-15": (  # session 21; fixed in session 22 (meta._joined: line rules read a hard-wrapped lead-in with its lines joined, as the rendering prints it)
        "For further information please\ncontact ",
        "untriaged: clean not idempotent (new meta contact)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-20": (  # session 21; fixed in session 22 (paragraphs.split_lines: a glued skip link cut off the line above is not what the next line stands under)
        "SANTIAGO.Skip to main content\nRead moreSANTIAGO\u00a0.",
        "paragraphs.py: the line above ends in a glued navigation phrase the noise stage drops later ('SANTIAGO.Skip to main content'), so split_lines reads it as unfinished and cuts no glued subheading under it; the rendering does (NBSP half fixed in session 21)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-16": (  # session 20; fixed in session 22 (paragraphs._continues: a release-note line joins no line above it)
        "y a z e\nMEDIA ADVISORY:4 Charged in Drug Overdose Death of Music Festival Visitor\nAn\nfor immediate release\n4 Charged in Drug Overdose Death of Music Festival Visitor\ni .",
        "headings.py/meta.py: a release-note line read as a heading in the rendering only",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-34": (  # session 20; fixed in session 22 (paragraphs._continues: a release-note line joins no line above it)
        "e z s R\nMEDIA ADVISORY:13 Charged In Round Up Of Major Catalytic Converter Fencing And Theft Ring\nA\nfor immediate release\n13 Charged In Round Up Of Major Catalytic Converter Fencing And Theft Ring\nami, Flda,\nPoe D8\u00e97irng of catalytic converWHO:\n",
        "untriaged: clean not idempotent (body heading -> paragraph)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-13": (  # session 21; fixed in session 22 (headings._body_neighbour_at: a heading's neighbour is read past a meta label and its value)
        "-\rCHAN\nAuthor\nL F\nD.",
        "untriaged: render: parse(doc.text) differs (body paragraph -> heading)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-19": (  # session 21; fixed in session 22 (paragraphs.is_glued_break: the letter after a glued capital is read through a soft hyphen)
        "\u5364!W\u00ad\u00ea",
        "untriaged: clean not idempotent (body blocks added)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-40": (  # session 22, second 10-minute fuzz run, on the final code; fixed in session 23 (paragraphs._cuts: a bullet glued to a colon over a line framed in dashes is no item, one space or NBSP-padded)
        "g:-\u00a0N n \u00a5 -",
        "untriaged: clean not idempotent (body blocks added)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-19": (  # session 22, final 10-minute fuzz run; fixed in session 23 (paragraphs.FIELD_LINE: a label's value may stand over a line break, as the rendering joins it)
        ".\nWHO:St:\nP\fs C",
        "untriaged: render: parse(doc.text) differs (body list_item -> paragraph)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-5": (  # session 22; fixed in session 23 (headings._meta_line: a date line whose time ends in a.m. is read past despite its stop)
        ") G\nAr\nDec 7 20188:30am.De",
        "untriaged: render: parse(doc.text) differs (body heading -> paragraph)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-3": (  # session 22; fixed in session 23 (headings._meta_line: a contact label alone with its colon is read past, as meta takes it)
        ".\nJ R\nM contact:\ne e .",
        "untriaged: render: parse(doc.text) differs (body paragraph -> heading)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-22": (  # session 22; fixed in session 23 (headings._body_neighbour_at: read up, a label over a date line is read past with it)
        "L F\nPublished\nDecember 6 2018\nHs\nS .\nD",
        "untriaged: render: parse(doc.text) differs (body paragraph -> heading)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-1": (  # session 21; fixed in session 23 (headings._text_under: a place line closed by a comma is read with its story, as the source joins them)
        ".\rAr\nMi,F\n,A.MT",
        "untriaged: render: parse(doc.text) differs (body heading -> paragraph)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-16": (  # session 21; fixed in session 23 (dateline._title_like: a place and its dash alone on a markdown-marked line is the dateline, not a title)
        "# WN,C\u2013\nPOGO-\u201c.",
        "dateline.py: a place line alone under a markdown mark was a title; the rendering, the mark dropped, read a dateline",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-11": (  # session 22; fixed in session 23 (dateline._title_like: a place and its dash alone on a markdown-marked line is the dateline, not a title)
        "# GO,N\u2014\nS w",
        "dateline.py: a place line alone under a markdown mark was a title; the rendering, the mark dropped, read a dateline",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-12": (  # session 20; fixed in session 23 (meta._notes_under_dateline: a note line the dateline read past is the page's under a summary paragraph too)
        "fficers 2019 2) 2019 (ELN) network international,\u201d said Secretary General Stock.LY,F\u2013\n\nFOR IMMEDIATE RELEASE\u2028GO,Fr\u2013 \u201c",
        "meta.py: a release note under a place line was story under a prose paragraph; the rendering joined it to the dateline",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-18": (  # session 22; fixed in session 23 (meta._is_prose: a paragraph's length is the rendering's, a run of spaces counted once)
        "*5                                                                             .\u000b'                             Washing62\u00c9\u000bton  D C    Thursday  November 1  2007                     nline identity theft and fraud  The bipartisan bill was introduced on October 16th by Committee Chairman Patrick Leahy  D Vt   and Ranking Member Arlen Specter  R Pa    The bill reported by the Comm\fi",
        "meta.py: a short line padded by a run of spaces was prose by its raw length, so the date line under it was the story's; the rendering took the date",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-7": (  # session 21, final 10-minute fuzz run; fixed in session 23 (paragraphs._unmarked_lists: a release note meta takes from between items is read past, as noise)
        "n - :\u000b6\nClick Here to Access PDF Version\nimmediate release\n5",
        "untriaged: render: parse(doc.text) differs (body paragraph -> list_item)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-5": (  # session 21, final 10-minute fuzz run; fixed in session 23 (paragraphs._inline_break: a line opening with a closing mark and a space goes on the line above)
        "E r w\f'\u000b\u201d l was u\n2",
        "untriaged: clean not idempotent (body blocks lost): \"'\\n\\n\u201d l was u\\n\\n2\" -> '2'",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-2": (  # session 21, final 10-minute fuzz run (fails at the session start too)
        "USdatabases2019INTERPOLledcooperationsuspectsagreedregionarrestedELNDrinterpolintNewsseizedinternationalsaidSecretaryGeneralStockEgtraffickingegDrinternationalwellknown2019.ON\nB\n3\nUSdatabases2019INTERPOLledcooperationsuspectsagreedregionarrestedELNDrinterpolintNewsseizedinternationalsaidSecretaryGeneralStockEgtraffickingegDrinternationalwellknown2019.\ng:-\u00a08",
        "fixed in session 23 (noise._copy_over_fields: a long block printed again over short field blocks, its first print cut off a glued word, is a repeat)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-28": (  # session 22, second 10-minute fuzz run, on the final code (fails at the session start too)
        "DatabaseswellknownagreedinterpolintNewsfirearmsmeetingregionAcrossofficersDrNoarrestedINTERPOLled.Pi\n\u2013\n/\nDatabaseswellknownagreedinterpolintNewsfirearmsmeetingregionAcrossofficersDrNoarrestedINTERPOLled",
        "fixed in session 23 (noise._copy_over_fields: a long block printed again over short field blocks, its first print cut off a glued word, is a repeat)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-7": (  # session 22, final 10-minute fuzz run (fails at the session start too)
        "Meetingmeeting2019operationegregion2019wellknown35operationCrimeegDragreedarrestedseizedinternationalELNsaidJ\u00fcrgenStock.\n/ \nMeetingmeeting2019operationegregion2019wellknown35operationCrimeegDragreedarrestedseizedinternationalELNsaidJ\u00fcrgenStock\n\u00b0\nS\nMeetingmeeting2019operationegregion2019wellknown35operationCrimeegDragreedarrestedseizedinternationalELNsaidJ\u00fcrgenStock",
        "fixed in session 23 (noise._furniture_between: the copies found already are not read between a line and its copy)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-18": (  # session 21, final 10-minute fuzz run (fails at the session start too)
        "WHO:\nh\nMiamiDadePoliceDirectorStephanieDaniels\nMH:\nMiamiDadePoliceDirectorStephanieDaniels\nFor further information please contact\nNews\nP",
        "fixed in session 23 (noise._context: a label line of its own ends a media advisory's field, as the rendering reads it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-38": (  # session 22, second 10-minute fuzz run, on the final code (fails at the session start too)
        "WHO:MiamiDadePoliceDirectorStephanieDaniels\n/W:\nMiamiDadePoliceDirectorStephanieDaniels\nP\nNewe Attorney Katheriwith Human Trafficking of Minors During Operation Wrong Turn",
        "fixed in session 23 (noise._field_value: a field value glued to its WHO: label is a first print)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-31": (  # session 22, second 10-minute fuzz run, on the final code (fails at the session start too)
        "*\u2022  W",
        "fixed in session 23 (noise.find_block_noise: empty_bullets reads the cut blocks too)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-9": (  # session 21, final 10-minute fuzz run; fixed in session 23 (meta._markdown_title: the first markdown-marked line is the title however short, as the dateline stage leaves it)
        "# NE,N- O ?\nR",
        "untriaged: render: parse(doc.text) differs (dateline appears)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-37": (  # session 22, second 10-minute fuzz run, on the final code; fixed in session 23 (meta._markdown_title: the first markdown-marked line is the title however short, as the dateline stage leaves it)
        "# HING\u2014 3.   RE,C-1 /",
        "untriaged: render: parse(doc.text) differs (dateline changes)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-6": (
        "\u2013\nage 2\nT\u201cs?Pe me.5\u201dFO\nT .",
        "fixed in session 23 (paragraphs._cuts: a glued '?' inside a quotation that closes past the next glued break ends its sentence, as in the rendering's block)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-41": (
        "N\u0080\nN\nLe \u2013 3",
        "fixed in session 23 (paragraphs._value_tables: noise between column names and a one-row table is passed over, as the rendering drops it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-29": (
        "s g :\nCh\nAe\nYs\nC\u000bz\n8d\n8\nC\n1\n1",
        "fixed in session 23 (paragraphs._table_rows: a table read one cell a line needs rows that agree in shape once joined (_rows_agree, lower-case words left out), as _joined_rows reads them in the rendering)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-10": (
        "ers  As ness lemote our progress  It is time to show  south of Mexico   Title II  State Crince   Reauthorizes the State Criminal Alien grants charged or convicted of crimes   Title III  Essential Worker Visa Program   Creates a new temporary visa to alills  the H 5A visa    Applicants must show that",
        "fixed in session 23 (paragraphs._stripped_cuts: a stripped summary reads on past its last line-break run while the blocks read as titles or items, as _stripped_sections reads the rendering)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-26": (
        "d\nNEWS RELEASE  8. f anyl s",
        "fixed in session 23 (meta._split_front: the rest cut off a note or a date is read as alone on its line, paragraphs.read_alone)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-8": (
        "\u00c1:Rm\u20282\u000b\n\n\u00c2\u00e7-  O",
        "fixed in session 23 (paragraphs._is_short_item: blank lines above an unmarked item are not counted, as the rendering has one between every two blocks)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1127-15": (
        "ng t :\nD\n\n\n\u2018d",
        "fixed in session 23 (paragraphs._is_short_item: blank lines above an unmarked item are not counted, as the rendering has one between every two blocks)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-25": (  # session 22, second 10-minute fuzz run; fixed in session 24
        "ews Room \u2019/\u00c9News Releases                               Washington  D C    Thursday  November 1  2007                     #2[*  The Senate Judiciary Committee today approved the Identityartisan bill was introduced on October 16th by Committee Chairman Patrick Leahy  D Vt   and Ranking Member Arlen S",
        "fixed in session 24 (headings._standalone: a line with a date set apart by space runs is read on what follows the date too, as meta cuts it there)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1127-3": (  # session 23, the final 10-minute fuzz run; fixed in session 24
        "k?By J\nS\nI\nT.",
        "fixed in session 24 (headings.header_row: a line meta may take, a byline, is no cell, and the row is read past it as the rendering drops it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-8": (
        "Pl\u2028,\u00c9\u2013 T o",
        "fixed in session 24 (dateline._Parser.parse: a line break inside a block reads as the space the rendering writes for it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-14": (
        "A\nE,F- S.\nBO,C-5 r",
        "fixed in session 24 (dateline._Parser.parse: a line break inside a block reads as the space the rendering writes for it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-33": (
        "A\nSAN-\n1.",
        "fixed in session 24 (dateline._Parser.parse: a line break inside a block reads as the space the rendering writes for it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-35": (
        "WA\u000b,N- T o",
        "fixed in session 24 (dateline._Parser.parse: a line break inside a block reads as the space the rendering writes for it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1127-4": (
        "NG,\u2028E\u2013 E sfue",
        "fixed in session 24 (dateline._Parser.parse: a line break inside a block reads as the space the rendering writes for it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-9": (
        "GTON\u2014\n###\nS\n\u00f5\f\u00ae\nFrce\u2013N.",
        "fixed in session 24 (dateline._run_end: note lines the rendering drops do not count among the run's four pieces)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-17": (
        "c l :\nVi,F\n,S e",
        "fixed in session 24 (dateline._may_open: an unmarked list item opens the story as a paragraph does, the items under it read as the rendering shows them)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-28": (
        "-!LeNTA A,C\u2013A s:\n",
        "fixed in session 24 (dateline._front_kind: the text a dateline cut off its line's start is read as the heading stage reads a line of its own)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-36": (
        "to top\nF o c\nAd\nSA A S D\nS L S\n8",
        "fixed in session 24 (meta._site_name_over_label: a short headline over a section label over the headline is the site’s name, chrome with the label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-11": (
        "T Oy e\fF\nN P V\ne\nC h i\n\u2013",
        "fixed in session 24 (meta._site_name_over_label: a short headline over a section label over the headline is the site’s name, chrome with the label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-12": (
        "H N N\nAr\nL r e l\r-.\nD\nC\nC\nO e",
        "fixed in session 24 (meta._site_name_over_label: a short headline over a section label over the headline is the site’s name, chrome with the label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-15": (
        "C hZ#a\u0085\u0085r\n\u0110 y g t\u0085O c t\u0085\u0085g",
        "fixed in session 24 (meta._site_name_over_label: a short headline over a section label over the headline is the site’s name, chrome with the label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-21": (
        "S F G\rI\n\n714323-4486\n0 TS INV F\rR N K\nA",
        "fixed in session 24 (meta._site_name_over_label: a short headline over a section label over the headline is the site’s name, chrome with the label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-6": (
        "H N N\nAu\nL L\ri r\nP,N U\nF",
        "fixed in session 24 (meta._site_name_over_label: a short headline over a section label over the headline is the site’s name, chrome with the label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-9": (
        "S\u2014s l\nM\n-, FL an re\n\u2022 o",
        "fixed in session 24 (meta._site_name_over_label: a short headline over a section label over the headline is the site’s name, chrome with the label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-13": (
        "619531-4040\nL to A\rS\nL s oo\rk\nA:\r0\nL",
        "fixed in session 24 (meta._site_name_over_label: a short headline over a section label over the headline is the site’s name, chrome with the label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-17": (
        'ere without accomplishing our mis/9sion, Iraq will become a breeding groun\nd for Al-Qaida and other terrorist organizations.We happen."\nContact: 202224-9854 ',
        "fixed in session 24 (meta._GLUED_CONTACT: a contact label after a line break inside the story’s last paragraph is cut off as on one line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-16": (
        "About N\n;K",
        "fixed in session 24 (meta.about_heading: a heading hard-wrapped over two lines the paragraph stage joined is read as the rendering’s one line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-23": (
        "S a contact:\n\u0089AGUE\u2014\n1 /\nN?RK,N-\u201c",
        "fixed in session 24 (meta._extend_contact: a contact block goes on over a control character opening the next line, which the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-10": (
        "LY,F\u2013Media contact\n\u0010=",
        "fixed in session 24 (meta._extend_contact: a contact block goes on over a control character opening the next line, which the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-2": (
        "S o s Tuesday  Jun 0 2008  F",
        "fixed in session 24 (meta._mark_title: a headline ends before a gapped date that opens with its weekday, one space after it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-1": (
        "\u2022\u000b?",
        "fixed in session 24 (noise.empty_bullets: a bullet over a scraper’s stand-in line has no item to join)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-27": (
        "\u00c9 l ic!Zl",
        "fixed in session 24 (meta._mark_title: a headline the paragraph stage cut off the story at its ! or ? ends there, as on its own line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-2": (
        "y  Dec 8 2012  \u2019 d n Cus\u000b\u2019",
        "fixed in session 24 (meta._is_section_label: a two-space column gap ends the label, as where a gapped date was split off after it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-8": (  # session 23, the final 10-minute fuzz run (fails at the session start too)
        "0s n sn\nAnt\nDec 7 20188:30am.De C a A\nC\nO\nT.",
        "fixed by the session 24 meta fixes (found passing in session 25 once they were merged on main; which one fixed it was not isolated)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-24": (  # session 22, second 10-minute fuzz run; fixed in session 24 (paragraphs.split_lines: a lone dash line under a line, the dateline's dash, continues no list for another bullet)
        "CAGO\n\u2014 7.\u2028* a",
        "paragraphs.py: the star line read as continuing the list of the dash line above, whose dash the dateline took",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1124-15": (
        "LY,F\u2013\u2028About P\nGTON\u2014A .",
        "fixed in session 25 (meta.is_note_line: a byline or an About heading is a note line too, which the dateline stage reads past as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-32": (
        "LY,F\u2013\nMarch 4 2025\nMar 4 2025\nAbout P\nGO,C\u2013I of\n\u201c",
        "fixed in session 25 (meta.is_note_line: a byline or an About heading is a note line too, which the dateline stage reads past as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1124-33": (
        "LY,F\u2013\nMar 4 2025\nMar 4 2025\nAbout I\n\u201c",
        "fixed in session 25 (meta.is_note_line: a byline or an About heading is a note line too, which the dateline stage reads past as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-17": (
        "YN,F\u2013\nBy J\nSA,F \u20132 d",
        "fixed in session 25 (meta.is_note_line: a byline or an About heading is a note line too, which the dateline stage reads past as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-18": (
        "fs.###\nFOR IMMEDIATE RELEASE YORK- N.",
        "fixed in session 26 (meta._split_back: an end mark split off a front line moves the story's index on, so the note under it is front matter as in the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-19": (
        ")[](:) Contact :",
        "fixed in session 26 (meta.contact_heading: a line opening with a closing bracket is a cut link's tail, no contact label)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-10": (
        "Mate ?Ar.",
        "fixed in session 26 (dateline.DASH: a '?' closes a dateline only before its story, not glued to a word or over a blank line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-7": (
        "Nwire-\nTm\u20143",
        "fixed in session 26 (dateline._Parser._past_break: a place under a lead's dash that closes its line is read across the break, as the rendering runs it on)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-12": (
        "March 5-\nLY, \u201ck",
        "fixed in session 26 (dateline._Parser._past_break: a place under a date's dash that closes its line is read across the break, as the rendering runs it on)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1128-1": (
        "\U000b14ff\u0083  7 December 2018\n",
        "fixed in session 26 (meta._shed_invisible_end: a line split off a front date line sheds its trailing control characters as noise, as the rendering's line end does)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-9": (
        "\u00c7\u001f\nE HA Ne \u2014\n/",
        "fixed in session 26 (meta._UNSEEN_RUN: the unit separator and the wide spaces end a line as spaces do, so a label over the headline stands alone as in the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-19": (
        "Fnce\u2013\n\ns@T\nP.",
        "fixed in session 26 (meta.is_note_line: a short line with a phone or an e-mail is a note line, which the dateline stage reads past as the rendering drops the contact)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-11": (
        "g region international across international suspects,\u201d said J\u00fcrgen Stock. Dr. suspects 3.5 agreed No. e.g. Dr. 2019 suspects. The firearms officers officers trafficking (ELN) network meetirrested (ELN) police interpol.int/News well-known me7 Dec 2018 THE,Colombia\u2013F s",
        "fixed in session 26 (dateline._prose_before: no inner dateline after two sentences of story in its paragraph, as the rendering's own block reads none)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-30": (
        "#\nF r nf please contact Lissette Vald 1es-Valle, Public Information Officer, at\n(305) 547-0535\nor\n[email\u00a0protected]\nd s\nws\nP R\nMEDIA ADVISORY: S Ay e z Ru a \u2018 a P 5 d h H Tra o",
        "fixed in session 26 (meta._stripped_page: a mark alone, such as a markdown heading's '#', is no word of the page, so the rendering without it is stripped alike)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-12": (
        "s\n#\nr r iion, please contact Lissette Valdes-Valle, Public Information Officer, at\n(305) 547-0535\nor\n[email\u00a0proteced Posts\ns\ns R\nMEDIA ADVISORY: S y e\nA : 6\r/ e R o e s A t e\nR",
        "fixed in session 26 (meta._stripped_page: a mark alone, such as a markdown heading's '#', is no word of the page, so the rendering without it is stripped alike)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-34": (
        "Washington  D C    Thursday  November 1  2007                   (    The Senate J\u2019;udiciary Commit5),2tee today approved the Identity Theft Enforcement and Restitution Act  by voice vote  The legislation toughens penalties and provides new tools for prosecuting cyber crime and onlinz/e identity thef",
        "fixed in session 26 (meta._stripped_page: a mark alone is no word of the page; the shrunk page is under forty words both times, and the date line is front matter in both readings)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-4": (
        "\u2014\u2013\u20186justiceciated with undocumented lo enter and fill available jobs that require few or no skil\u2018\u00c9\u00a0\u00c9\tls  the H 5A visa    Applicants must show that they have a job waiting in the U S   pay a fee of  500 in add or down based on demand in subsequent years   Visa is valid for three years  and can be re",
        "fixed in session 26 (meta._is_headline: a line opening with a dash goes on from a line above, no headline, so the rendering's first block is no title either)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-36": (
        "s\nDyistr-\u2018.\u00e9 ,ict Att-\u2018\u2019orney\u2019s Offi-\u2018\u2019ce-6.\u00e9 ,53-3756 (office)\nKimberlee.leach@DallasCounty.org\nFor Immediat",
        "fixed in session 26 (dateline._Parser._story_ends and meta._opens_story: a bare place's story length leaves out the note lines of its run, a contact's e-mail line the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-2": (
        "* T\u000b8et\nAbout DTelekomDeutsche Telekunch-branded-calling-to-combat-call-fraud-in-germany)\n[",
        "fixed in session 26 (headings._meta_line: an About heading longer than 80 characters that meta takes is read past too)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1128-4": (
        '.  " want to heom City? What can we do better? What improvem for Haltom City.com.  Te\u000b5\u00a0! About H',
        "fixed in session 26 (headings._text_under: the block under a heading ends before an About section glued to it, as meta cuts it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1128-16": (
        ":\narine Toys for zed as America\u2019s flagsh:*\nZ",
        "fixed in session 26 (paragraphs._COLON_BULLET: any whitespace after a bullet glued to its colon, a line break as a space)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-17": (
        "? e :\nH\nSDist\t\u201c[\nrict Attorned today BevMo!, Inc.\u00e9\ud800,?has been ordered to pay costs and pe",
        "fixed in session 26 (paragraphs._clause_item_longest: a clause item hard-wrapped over two lines is as long as one on one line)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-10": (
        "ng.(ELNfirearmsNoseizedpolicetraffickingOperationNo2019networkpoliceseizedpolice\n\u009bWK,N\u2013\n1/\n3\n(ELNfirearmsNoseizedpolicetraffickingOperationNo2019networkpoliceseizedpolice\nA f",
        "fixed in session 26 (noise._context: a slideshow counter's lines are not counted between a line and its copy, as the rendering drops them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-6": (
        ".\nWE:\n6\nFor further information please contact 7-05[email\u00a0protected]\nRelated Posts\n",
        "fixed in session 26 (noise._context: a contact line meta takes does not make a page of short lines one with long lines)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-3": (
        "B R e oe!\rh\r\u00bc\u0080lImage 2 of 5\u2028A",
        "fixed in session 26 (noise.glued_counter: a slideshow counter glued to a line's last word is cut off as slideshow noise)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-21": (
        "BOGOTA, Colombia \u2013 Police police police.\nPolice police police in areas including:-\u00a0 Police police police-\u00a0 Police police policePolice police police.Police police police in areas including:\n- Police police police.\n- Police police officers.",
        "fixed in session 26 (noise._context: a lead-in line ending in a colon is no headline copy above the first long line either; the rendering has no long line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-5": (
        "ArrestedeginterpolintNewsinareasincluding: \u00a0 N\nArrestedeginterpolintNewsinareas including:-\u00a0g",
        "fixed in session 26 (noise._context: a lead-in line ending in a colon is no headline copy above the first long line either; the rendering has no long line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-5": (
        "Suspectsseizedsuspectspoliceinareasincluding:-\u00a0\nSuspectsseizedsuspectspoliceinareas including:-\u00a0e",
        "fixed in session 26 (noise._context: a lead-in line ending in a colon is no headline copy above the first long line either; the rendering has no long line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-18": (  # session 23, the final 10-minute fuzz run
        ".\n\u2013  9\u2014\u0085\u00c9",
        "fixed in session 26 (noise.page_marker: any run of spaces about the page number counts, as the rendering makes it one)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-1": (  # session 22, final 10-minute fuzz run
        ".\nA .\u00ad\u00bb A -\nr r o-\u00a0 O",
        "fixed in session 26 (noise.breadcrumb_chain: a trail with a soft hyphen or over joined lines is read as rendered)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-11": (  # session 23, the final 10-minute fuzz run
        "C W T\nAd\nC with:\nH",
        "fixed in session 26 (headings._front_headline: the line under the headline meta takes reads as the rendering's first line)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1128-8": (  # session 25, the final 10-minute fuzz run
        "Mr C A4\nClick\u2028- H",
        "fixed in session 26 (headings._front_headline: the line under the headline meta takes reads as the rendering's first line)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1128-13": (  # session 25, the final 10-minute fuzz run
        "H N N\nS y s:\n2) e",
        "fixed in session 26 (headings._front_headline: the line under the headline meta takes reads as the rendering's first line)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1127-7": (  # session 23, the final 10-minute fuzz run
        "m\nSUAN\nI C 619 531-3890\nF'.Rl",
        "fixed in session 26 (headings._meta_line: a line of names and a phone, meta's contact wherever it stands, is read past)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-20": (  # session 22, second 10-minute fuzz run, on the final code
        "WASHINGTON \u2014\u2028\u00b2 #\rAS\u001e\u00f91 /\nWASHINGTON \u2014\n1.\n- O",
        "fixed in session 27 (dateline._joined_run: a place line whose story opens the next piece reads its story in the run the rendering joins, one piece longer)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-13": (  # session 26, the final 10-minute fuzz run
        "contact:YN,F\u2013\nRead more\nLYON-\nS?",
        "fixed in session 27 (dateline._kept_apart: a contact's line under its label, meta's, does not stack over the place line under it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-14": (  # session 26, the final 10-minute fuzz run
        "7 December 2018-\n\n         \nCh- S.",
        "fixed in session 27 (dateline._Parser._past_break: a place under a dated line's dash is read past blank lines of any spaces, as the rendering runs it on)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-16": (  # session 26, the final 10-minute fuzz run
        "# Innt\n-8:& Wealtut inInvestment and Wealth Management Industry During its Experience 2024 Annual Conference\n\nNewsDirect- I",
        "fixed in session 27 (dateline._dash_below: a place alone on a markdown heading's line, its dash glued to the next line, is no title)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-15": (  # session 26, the final 10-minute fuzz run
        "OI,E- [Me](/)\u000b:",
        "fixed in session 27 (dateline._Parser._found: a link opens the story after a place a country or a region backs, as its rendered text does)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-16": (  # session 22, final 10-minute fuzz run
        "ef.InternationalNoacrosscooperationmeeting\n-\ne\nWe.\u201cN\nInternationalNoacrosscooperationmeeting.Ti\nW .",
        "fixed in session 27 (noise._block_repeats: a headline printed again however far under a first print a cut made a block is a repeat, as repeated_line reads the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-39": (  # session 22, second 10-minute fuzz run, on the final code (fails at the session start too)
        "e,\nMiamiDadePoliceDirectorStephanieDaniels\nR\nWHAT:\nPP:MiamiDadePoliceDirectorStephanieDaniels\nFor further information contact",
        "fixed in session 27 (noise._block_repeats: a headline printed again however far under a first print a cut made a block is a repeat, as repeated_line reads the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-2": (  # session 26, the final 10-minute fuzz run (fails at the session start too)
        "---\n[\u2028]()",
        "fixed in session 27 (noise.archive_trailer: a link whose label the page wrapped over lines is a link line of the trailer, as the rendering joins it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-3": (  # session 26, the final 10-minute fuzz run (fails at the session start too)
        "O*\n---\n[O\u2028o](4)\n396f7f)",
        "fixed in session 27 (noise.archive_trailer: a link whose label the page wrapped over lines is a link line of the trailer, as the rendering joins it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-30": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        "02228566 TON  DC  U",
        "fixed in session 27 (dateline._title_like: a place cut out of a note line reads the rest of that line as its story or a title)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-19": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        "GTON\u2014\nMarch 4, 2.",
        "fixed in session 27 (dateline._Parser._items_below: the date or wire on the line under a place's closing dash is the dateline's, as the rendering runs it on)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-25": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        "Into\u2028-30-\nIMMEDIATE RELEASE THia\u2013S.",
        "fixed in session 27 (dateline._Parser._note_dash: a dash opening a note line under a place, an end mark's, does not close the place)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-28": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        ")\t(NaW)-November 5 2024- R",
        "fixed in session 27 (dateline._INNER_AGENCY: a wire's parenthesis after a tab or a no-break space opens its dateline, as after a space)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-29": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        "# TiTA, Colombia\u00a0\u2013 Dr. acrspects arrested (ELN) across e.g. Dr. crime trafficking?\n\u64b7",
        "fixed in session 27 (dateline._title_like: a markdown-marked line that meta reads as the story's first paragraph is no title, and holds its dateline)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-12": (  # session 21, final 10-minute fuzz run
        "Tr C s\nPMMEDIAT?Sr r e\n\u00d7\nSe\nE .",
        "fixed in session 27 (meta.find_meta: the headline lines under a subheading the deck became are decks too, as the rendering reads them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-20": (  # session 23, the final 10-minute fuzz run
        "Oe H U\nT with:Jo t s\n\u0110\u1eddng\u1ecdi\u1ea5p th\u00f4ng tin x\u1ea3y ra v\u00e0o ng\u00e0y 21 th\u00e1ng ne, Online Reporting Form Seeks Information Regarding May 21, 2026, Hazardous Materials Incident at GKN Aerospace Transparency Systems, Inc. in Garden Grove\nMl\nP ?",
        "fixed in session 27 (meta.find_meta: the headline lines under a subheading the deck became are decks too, as the rendering reads them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-15": (  # session 25, the final 10-minute fuzz run
        "BrooklynRestaurantOwnerSentencedtoOneYearinJailforFailingtoPay Employees - TE\nP\nORT A 5\u0085)RE\nT R C\nE 9E\nWednesday May 6 2015\nBrooklynRestaurantOwnerSentencedtoOneYearinJailforFailingtoPayEmployees\nF k y\nDiy annsry drivers and an assistant manager more than $17,000 in back z7a\u00a0wages.Di\nT\u000b#]",
        "fixed in session 27 (meta._label_over_deck: a section label under the headline over a deck line is chrome, as the rendering reads it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-6": (  # session 25, the final 10-minute fuzz run
        "S O Y\nGP\nRT A C?ME\nT E\nWe\nB .",
        "fixed in session 27 (meta.find_meta: the headline lines under a subheading the deck became are decks too, as the rendering reads them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-12": (  # session 26, the final 10-minute fuzz run
        "Ie Fd R -\nA N\nH in O R\nF a e g ss.\ni",
        "fixed in session 27 (meta._label_over_deck: a section label under the headline over a deck line is chrome, as the rendering reads it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-18": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        'C A s\nWT:\nP"s C\nWN:\nE:\nS',
        "fixed in session 27 (meta.find_meta: the headline lines under a subheading the deck became are decks too, as the rendering reads them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-20": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        "! s ng se\nR\nT l er C\nS m the\u2026\nM",
        "fixed in session 27 (meta._label_over_deck: a section label under the headline over a deck line is chrome, as the rendering reads it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-24": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        "*t g enyThis c",
        "fixed in session 27 (meta._mark_title: any cut the paragraph stage made at a glued line end ends the headline, as the rendering sets it apart)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-4": (  # session 26, the final 10-minute fuzz run
        "Apr6,00712:44AM ETAP er: ArsBy K eWriterULU(P) _ S.",
        "fixed in session 27 (meta._glued_cut: a line the paragraph stage or the dateline cut its next block off stands alone, as the rendering sets it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1128-14": (  # session 25, the final 10-minute fuzz run
        "7   ement of Senator Barack Ob     Statement of Senator Barack Obama on Senate Bills to Cut Energy Cost\ts Tuesday  June 10  2008  FOR IMME77DIATE RELEASE                 INGTON  D C    U S  Senator Barack Obama today released the following statement following t#0he Senate s votes on the Consumer Fir",
        "fixed in session 27 (meta._meta_cut: a front line that meta split its line's date off stands alone, as the rendering sets it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-7": (  # session 26, the final 10-minute fuzz run
        "LY,F\u2013M contact:END\n\U00089b53",
        "fixed in session 27 (meta._extend_contact: an end mark glued to a bare contact label does not close its block, as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1127-14": (  # session 23, the final 10-minute fuzz run
        "r f information, please contact Lissette Valdes-Valle, Public Information Officer, at\n(305) 547-0535\nor\n[email\u00a0pross R8\u2019\u000be\u000be\nE D l n T s n r 2 A d p\nd e\nMay 3 2026\nNews\ns R\nE",
        "fixed in session 27 (meta._stripped_page: the words the noise stage took do not count toward a stripped page, as the rendering drops them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-8": (  # session 26, the final 10-minute fuzz run
        "s\nF further inf, please contact Lissette Valdes-Valle, Public Information Officer, at\n(305) 547-0535\nor\n[email\u00a0ess Release\nMEDIA ADVISORY: S e R to e ks H T Ce\nad More\nl 0 6\nNews\ns e\nR M H",
        "fixed in session 27 (meta._stripped_page: the words the noise stage took do not count toward a stripped page, as the rendering drops them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-22": (
        'n(".Nz?No\u201d',
        "fixed in session 27 (paragraphs._cuts: a glued break's block counts its quotation marks from the break, as the rendering sets it alone)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-13": (
        "NEW YERPOL-led firearms INTrnational agreed network region trafficking Dr. firearms! Officers region agreed suspects interpol.int/News! \u201cTrafficking suspects crime No,\u201d said J\u00fcrgen Stock.\nCrime INTERPOL-led crime firearms the region Dr. (ELN) INTERPOL-led operation officers seized. Officers trafficking police. No. agreed meeting trafficking the Dr. the officers arrested e.g. well-known No. INTERPOL-led operation.\n\n    \n        \n                    Dr. network meeting U.S. arrested firearms databases No..\n            \n    \n    \nU.S. firearms (ELN). \u201cThe (ELN) INTERPOL-led databases suspects Dr,\u201d said the Chief. Region across INTERPOL-led meeting (ELN) in areas including:\n* Cooperation across well-known police meeting.\n* Agreed cooperation cooperation Dr. 3.5 arrested agreed trafficking (ELN) U.S. cooperation region!\n\n\u201cInterpol.int/News crime interpol.int/News e.g. network meeting meeting crime trafficking network 2019 No. arrested region,\u201d said he.\n\n17 December 2018\r\n\u6ff1\u000b\u0087\u00c1}\n    \n        \nRead moreNEW YNo..",
        "fixed in session 27 (paragraphs._glued_heading: the word a subheading is glued on is capitalised as its others are; a glue inside a lower-case word ends none)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1126-32": (
        ".\n---\n[O\u0085z\u201d4rigiRe](/) .come)",
        "fixed in session 27 (paragraphs._glued_heading: the word a subheading is glued on is capitalised as its others are; a glue inside a lower-case word ends none)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-9": (
        ")a S on\n\nE nThe .",
        "fixed in session 27 (paragraphs._glued_heading: the word a subheading is glued on is capitalised as its others are; a glue inside a lower-case word ends none)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-6": (
        "2\u2013;\u2013007 would     Give victims of identity theft the ability to seek restitution for the loss of time and money spent restoring credit and remedying the harms of identity theft    Ensure that identity thieves who impersonate businesses in order to steal sensitive personal data can be prosecuted unde",
        "fixed in session 27 (paragraphs._lost_colon_items: a stripped list's lead-in that lost its colon is a sentence, as _lost_colon_lists asks of its line in the rendering)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-21": (
        "\u2022 .\n\n    .\n\n-\nt",
        "fixed in session 27 (paragraphs.split_lines: a line under a photo's indented caption slot stands under the block above the slot, as in the rendering (a list goes on past it))",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-26": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        ".\nH rks Many n.",
        "fixed in session 27 (paragraphs._spaced_cut: a phrase not in title case glued by a space is a heading only over a sentence twice its length, as a line alone)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-11": (  # session 26, the final 10-minute fuzz run
        "8#\n7 December 2018 \U000e670bI\u00c9\u0084\u00b5\u00b7r\nI -\nI 2 .",
        "fixed in session 27 (headings._after_gapped_date: a heading line that opens with a date glued to a headline by a space is read on the rest meta cuts off)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-34": (  # session 27, a second 10-minute fuzz run (on 4e85161)
        "L F\nPl\n\n714323-4486\n1 )",
        "fixed in session 27 (headings._meta_text: a phone number alone on its line is a line meta may take, read past as the rendering drops it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-36": (  # session 27, a second 10-minute fuzz run (on 4e85161)
        "Z\ud800s C\nWN:Mar 1 20262:00PM\nRE:\nS",
        "fixed in session 27 (headings._list_label: the block under a label under the headline is read past meta's lines, as the rendering shows it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-17": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4)
        "t Atto!?0\u00a0rney z5[?Br4ian Orue, Ho;micide Unite Anguian[ 66e\nLatest Posts",
        "fixed in session 27 (noise._longest_block: a page whose long line is cut at a glued stop into short blocks is a page of short lines, as the rendering reads it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-37": (  # session 27, a second 10-minute fuzz run (on 4e85161)
        "DegreeMurderChargesFiledinFatalMagMileSmashandGrabBurglary | \nFr\u2014\nDegreeMurderChargesFiledinFatalMagMileSmashandGrabBurglary\nSeptember 5\nCAGO\u2014T.",
        "fixed in session 27 (dateline._Parser._items_below: lead items under a blank line or furniture are not read into the place line over them, which is then no dateline)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-35": (  # session 27, a second 10-minute fuzz run (on 4e85161)
        "\u201c\n(Nwire)January 9 2025- D",
        "fixed in session 27 (dateline._INNER_AGENCY: a wire's parenthesis after a line break the layout joined is read, as after the one space the rendering writes)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-1": (  # session 26, the final 10-minute fuzz run
        ".\nCm\nSource: An\n\ne .",
        "fixed in session 27 (headings._meta_text: a distribution line ('Source: An') is read past as meta takes it, wherever it stands)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-23": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4) (fails at the session start too)
        "InternationalmeetingthearrestedUSINTERPOLledregiontraffickingsuspectspoliceOfficerscrimemeetingseizedmeetingsaidhe.\ncr.\ncontact\r-\nInternationalmeetingthearrestedUSINTERPOLledregiontraffickingsuspectspoliceOfficerscrimemeetingseizedmeetingsaidhe.-\u00a0 T",
        "fixed in session 27 (noise._context and noise._block_repeats: a contact label meta takes is not counted between a line and its copy, as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-5": (  # session 26, the final 10-minute fuzz run (fails at the session start too)
        "2019 cooperation INTERPOL-led 3.5 Dr. U.S. e.g. the meeting?\nMeetinginterpolintNewsmeeting\nN\n\u201cC\nM \nMeetinginterpolintNewsmeeting.\n\u2022 t",
        "fixed in session 27 (noise._page_title: a question headline first on the page, shorter than a story line, is the title, no story line, as in the rendering without it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-32": (  # session 27, a second 10-minute fuzz run (on 4e85161) (fails at the session start too)
        "ts!(ELNegdatabasesseizedsaidheDrregionoperationegsaidJ\u00fcrgenStockWellknowncooperationINTERPOLledfirearmsregioncrimeofficerseginternationalmeetingarrestedoperationwellknownELN.\nELNegdatabasesseizedsaidheDrregionoperationegsaidJ\u00fcrgenStockWellknowncooperationINTERPOLledfirearmsregioncrimeofficerseginternationalmeetingarrestedoperationwellknownELN.Rg",
        "fixed in session 27 (noise._block_repeats: a block cut from a line is compared with the glued sentences of the three blocks above it, as the rendering's lines are)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-33": (  # session 27, a second 10-minute fuzz run (on 4e85161) (fails at the session start too)
        "O:\nAy\nMiamiDadePoliceDirectorStephanieDaniels\nMW:MiamiDadePoliceDir\u201c\u000cectorStephanieDaniels\nFor further information please contact",
        "fixed in session 27 (noise._block_repeats: a list item without a mark is a first print, as the line repeated_line compared a copy with on the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-40": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "en.  A T Ai The .ne",
        "fixed in session 28 (paragraphs._spaced_cut: a title-case phrase glued to a sentence is a heading only over more words than it, as headings.standalone_heading reads it alone)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-42": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "R   Ws DC  The ! to",
        "fixed in session 28 (paragraphs._spaced_cut: a title-case phrase glued to a sentence is a heading only over more words than it, as headings.standalone_heading reads it alone)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-43": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "?!Rr 1 0 The .?!",
        "fixed in session 28 (paragraphs._spaced_cut: a title-case phrase glued to a sentence is a heading only over more words than it, as headings.standalone_heading reads it alone)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-51": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "f 2\u0085:\u0085?a\n,\ng\nO",
        "fixed in session 28 (paragraphs._is_short_item: a short item is read by its length, not by the physical lines the source wrapped it over, as the rendering sets it on one line)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-50": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "'\u2028\u00b9\u00eaU\nAbout I\n\u2022 -\nShare\ne .",
        "fixed in session 28 (headings._body_neighbour_at: read down past an About line, a heading is read past the section's paragraphs and items too, as meta takes them and the rendering leaves them out)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-27": (  # session 27, a 10-minute fuzz run at the session start (on a9985f4) (fails at the session start too)
        "/\nN\U0001e7e2\nAbout P\n\nfs.Ia !",
        "fixed in session 28 (headings._body_neighbour_at: read down past an About line, a heading is read past the section's paragraphs and items too, as meta takes them and the rendering leaves them out)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-44": (  # session 27, the final 10-minute fuzz run (on f36a688)
        "Titl   \n        \n? T.",
        "fixed in session 28 (dateline._CLOSE: a dash under a blank line closes no place over it, however many spaces the blank line holds)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-45": (  # session 27, the final 10-minute fuzz run (on f36a688)
        "Sr  Pennsylvania  N \u00e9",
        "fixed in session 28 (dateline._Parser._place: a title-case run the tables do not know, closed by a known region, is the city and its region, as the stripped header's gap read them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-46": (  # session 27, the final 10-minute fuzz run (on f36a688)
        "e\nNewsDirect-\n\nTe(\r;)\u20145",
        "fixed in session 28 (dateline._Parser.parse: the place under a lead's dash that closes its line is read in the joined lines of its block, as the rendering runs them on)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-47": (  # session 27, the final 10-minute fuzz run (on f36a688)
        ".\n# AGUE- F.\nD",
        "fixed in session 28 (dateline._title_like: a markdown-marked line under a block the rendering keeps is no title, as meta takes none there and the rendering reads its dateline)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-52": (  # session 27, the final 10-minute fuzz run (on f36a688)
        "N E\nMedia interested in,\nONTY\u2013Co (\nZ f o .",
        "fixed in session 28 (headings._meta_text: a note to the media is a meta line a heading is read past, as meta takes it and the rendering drops it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-54": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "S k O\n\u201ca on s\u2022  U",
        "fixed in session 28 (meta._is_subtitle: a headline line the paragraph stage cut a bullet off stands alone, as in the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-55": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "d\nDmber 2 R I\u000cRE\nCase#188\nDec 2 2018\nL H N N\nA.",
        "fixed in session 28 (meta._label_over_deck: the line under a section label is read past the meta the rendering drops)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-48": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "Z f s\nJun 3 2026r nfant\nI ek Pu\nM",
        "fixed in session 28 (meta._is_subtitle: a headline line that goes on past its opening date is a deck, as it is a title opening the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-53": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "e m S M L 3\nFor further information please contact d 6\u000c)\u201c;h, Public Information Officer, at\n(305) 547-0535\nor\n[email\u00a0protected]\nd Po\ns e\nMEDIA ADVISORY: P e R o e s H T e\nd M",
        "fixed in session 28 (meta._story_start: a contact block is no stripped story paragraph, as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-39": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "M\u00a0\ud800ATE RE \u201d   N",
        "fixed in session 28 (meta.is_title_cased: a word opens at its first letter, and a mark standing alone is no word)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-31": (  # session 27, a second 10-minute fuzz run (on 4e85161) (fails at the session start too)
        "n\nJun 1 2026\nSan eg District Attorney Summer Stephan announced today that Dwight Rhone, 74, who is currently charged with one count \u2026E M C h u a m s m e B\ne 3 6\nS D C",
        "fixed in session 28 (meta._stripped_page: a date line or a release note alone is read past, as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-56": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "t\rGTON\u20141 /\nPORE\u2014 T.",
        "fixed in session 28 (dateline._Parser._hyphen: a lone dash glued between a letter and a figure is a code's (MS-13, COVID-19), no dateline's dash)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1126-4": (  # session 22, final 10-minute fuzz run
        "W D C  November 1 2007             - 0",
        "fixed in session 28 (meta._split_front: every part a split made is read again alone, the rest after a gapped date too)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-41": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "y el alguacil asistente del Condado de Orange\nMark Billings.\nLatest Posts\nPlaing Shower with Body of Her Dead Two-Year-old Charged wit",
        "fixed in session 28 (noise.related_links: a 'Latest Posts' box under a page of short lines with no story line is related links, as the rendering joining the wrapped story reads it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-16": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start e2f31c7)
        "\u2014 B  Jun 0 2008  \u2014",
        "fixed in session 28 (by the merged dateline and meta fixes of the session; it failed at e2f31c7)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-10": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "- S 1 5 --\u00a0P",
        "fixed in session 28 (paragraphs.split_lines: a dash item a glued bullet cut short that closes on a spaced dash is framed, as its rendered line reads)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-14": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "/\n-3-\n\u00c8g\nMar 4,\nAS.\nI",
        "fixed in session 28 (headings._text_under: a place line closed by a comma is run on with the next line when the dateline reads on into it over the story line, as the dateline stage reads it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-5": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "g t :\r0     Todayrned a blind eye to the plight of America s working families and our nation s worsening dependence on foreign oil   At a time whewith some much needed relief from record high gas prices   They also would have put America on track to having real alternatives to foreign oil and helped make our eco",
        "fixed in session 28 (paragraphs._is_short_item: a bare item is as long as the rendering shows it, each run of spaces one space)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-11": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "our borders  As business leaders agree  what Alicies that make us secure and promote our progress  It is time to show that America can be both a nation of immigrants and a nation of laws     Attachedce 5 12 2005   Title I  Border Security   Requires ng  and other border security initiatives   Establ",
        "fixed in session 28 (paragraphs._stripped_cuts: a stripped summary holds two sections or more, each a title over an item, as _stripped_sections reads the rendering)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1129-10": (  # session 26, the final 10-minute fuzz run (fails at the session start too)
        "d n D:Ae\nIMMEDIATE RELEASE: M h r",
        "fixed in session 28 (paragraphs._unmarked_lists: a bare list reads past a release note opening a line, the rest an item, as meta cuts the note and the rendering drops it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-6": (  # session 28, a 10-minute fuzz run (on ab42880)
        ")\nP [o](s-\rl)\n-44688)",
        "fixed in session 28 (_render.render_slice: a word hyphenated over a break is joined before a markdown link is read as its text)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-12": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "contact:\n\U00102b45\u0084\nZ\U00024c8a\u001dI .",
        "fixed in session 28 (meta._first_heading: a heading over a paragraph under front matter only opens the rendering, a paragraph)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-13": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "From\nShare\nA I",
        "fixed in session 28 (meta._mark: a label's value is read past the furniture the rendering drops between them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-2": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "U i F\nP\ns\n9 L N TIN\nR",
        "fixed in session 28 (meta._is_section_label: a label is read as the rendering prints it, its wrapped lines joined)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-3": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "3rion y a!)\u00c9n",
        "fixed in session 28 (meta._glued_cut: a bracket or a quote closing the line is read past to its last word or mark)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-9": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "About T,\n:T,",
        "fixed in session 28 (meta._caps_name_glued: a name's repeat is glued to a letter or a figure, no mark)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-38": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "WASHINGTONNetherlands\u00a0\u2013NetworkarrestedarrestedINTERPOLledpolicesaidSecretaryGeneralStockNetworkarrestedarrestedINTERPOLledpolice!\n\n    .\n\n3\nORIM\nWASHINGTONNetherlandsNetworkarrestedarrestedINTERPOLledpolicesaidSecretaryGeneralStockNetworkarrestedarrestedINTERPOLledpolice!",
        "fixed in session 28 (noise.hidden_repeats: a copy under a caption is compared with its spaces left out, as repeated_line compares it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1129-49": (  # session 27, the final 10-minute fuzz run (on f36a688) (fails at the session start too)
        "fficking databases e.g. police trafficking officers meeting!\nArrestedofficersinternational20192019traffickingfirearmscrimepoliceagreedacrossNocooperationacrossinareasincluding-\nArrestedofficersinternational20192019trafficking firearms crime police agreed across No. cooperation across in areas including:-\u00a0on",
        "fixed in session 28 (noise._context: a line that opens a list, ':' last, is never a running page footer's copy)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-8": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "*\u000c\u2013CCSAO Regional Transit Task Force Holds Inaugural Meeting | e\nCCSAO Regional Transit Task Force Holds Inaugural Meeting\nMa\u20285 and transit partners to strengthen the prosecution of transit-related crime.",
        "fixed in session 28 (noise._context: a line of no word, a scraper's lone '*', is never the page title its copies are compared with)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-7": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "9 arrested crime No. officers Dr. seized U.S. crime arrested well-known across e.g. meeting! \u201cInterpol.int/News seized INTERPOL-led suspects officers cooperation e.g. suspects international U.S. across,\u201d said Secretary Genesaid Secretary General Stoc\n7 December 2018 NEWYORK\u2014\u201c. ",
        "fixed in session 28 (dateline._under_date_line: a known place in capitals opening the line under a date line opens the story after prose, as after the date on one line)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-20": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (new this session: reads stably at the session start; a regression of 1a87e43, dateline._under_date_line)
        "(YON, Netherlands \u2014 \u201cU.S. suspects trafficking meeting interpol.int/News No. cooperation seized e.g. Dr. INTERPOL-led meeting,\u201d said J\u00fcrgen Stock. 2019 meeting (ELN) databases INTERPOL-led suspFirearms arrested Dr. network suspects police police Dr..\n7 December 2018\nRE,France\u2014\n1/3\n\u201c",
        "fixed in session 28 (dateline._find: the place line under a date line reads its story past the furniture the rendering drops, as pass 1 does)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-26": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        "[R](/)?Ad",
        "fixed in session 28 (paragraphs._word_before: a markdown link right before a glued stop reads as its text, as the rendering shows it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-27": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        ")\n[N](/)?Ar\n[\u000b)",
        "fixed in session 28 (paragraphs._word_before: a markdown link right before a glued stop reads as its text, as the rendering shows it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-23": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        ".\n- Ee.Rn n N -",
        "fixed in session 28 (paragraphs._cuts: a stop glued inside a line framed in dashes parts nothing: one standfirst)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-19": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        "{\u0085\u00cb\u00c4\nM contact:\n3\n\u2022 d .",
        "fixed in session 28 (headings._body_neighbour_at: a contact's label alone is read past with the line under it, which meta takes with it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-21": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        ".\n\u00dd\u008e\u2028contact:\nT\u008e\u2028\u00dd\n\u00a1",
        "fixed in session 28 (headings._body_neighbour_at: a contact's label alone is read past with the line under it, which meta takes with it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-22": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        "2019interpolintNewsagreedofficersarrestedfirearmspoliceInterpolintNewsDrELNpolicedatabasesINTERPOLledwellknown35NoDrDrwellknownRegioncooperationinterpolintNewsinterpolintNews.\n\n    .\n\n\u00ac\u001c/\n3\n2019interpolintNewsagreedofficersarrestedfirearmspoliceInterpolintNews DrELNpolicedatabasesINTERPOLledwellknown35NoDrDrwellknownRegioncooperationinterpolintNewsinterpolintNews\n\n:-\u00a0s",
        "fixed in session 28 (noise.hidden_repeats: a copy with only short field blocks between, once the captions are left out, is a repeat)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-24": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        "e ttorney undle City of Miami Police Chief Manuel A. Morales\n.!AT:Pr\nRelated Posts",
        "fixed in session 28 (noise._broken_story_above: a sentence closed at a stop glued to the next block is the story's)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-28": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        " over Deutsche Telekom\u2019s n6;\u2018\u0085e\nTo view the full announcement iadable im\nclick here\nK:* F",
        "fixed in session 28 (noise.link_teaser: a teaser wrapped over two or three lines is matched joined, as the rendering shows it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-17": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        "50 000 Iris who would benefit from immigration reform     When asked ahes  Senator Kennedy said  Americans deserve better than the broken immigration system that we have in this country  But so far all we ve heard from President Bush is talk and no action  It s time for a new and comprehensive strat",
        "fixed in session 28 (meta._mark_title: a line the paragraph stage cut at a run of spaces before a paragraph ends the headline whatever its case, as the rendering sets it alone)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-18": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        "r\u00a0714323-4486\n0 VO CA S\n00 estntes recibieron la sorpresa hoy en reuniones del colegio; o\u00e9tros 400 alumnos de 38 colegios fueron elegidos a mano\nC E R n n o e r a s a e p v",
        "fixed in session 28 (meta._stripped_page: the page's words are counted from the story's first long run, the front matter over it left out as the rendering drops it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-29": (  # session 28, a second 10-minute fuzz run (on 0150fc7) (fails at the session start too)
        "About the\u000cP",
        "fixed in session 28 (meta.about_heading: the heading's first words are read with its line breaks as spaces, as the rendering joins them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-1": (
        "s@m\n\ns:Sicas, 5th FloorNew York, New York 10036Office: (646) 893-5835Email: info@skyline",
        "fixed in session 29 (paragraphs._glued_fields: a line right under a label, its colon ending the text above, is that label's value and cuts no loose fields, as a label earlier in the line already read)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-15": (
        "December 6 2018\nH\nCZ:HARGEE\nCase#308\nDecember 6 2018\nRAIGNED FOR VEHICULAR MANSLAUGHTER OF TWO MINORS AFTER FATAL CRASH IN TUSTIN\nSANT",
        "fixed in session 29 (paragraphs._unmarked_lists: a header closed by a date is read on the items alone, the noise between them gone as in the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-25": (
        "o\u000c\u00c9 ice\nr /\nT D\nE PnThe .",
        "fixed in session 29 (paragraphs._glued_heading: the sentence under a glued subheading holds more words than it, as headings.standalone_heading asks of the heading set alone)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-30": (
        "* C\nImage\n-\n\u00e4",
        "fixed in session 29 (paragraphs.split_lines: a dash line continues a list past a line of noise the rendering drops)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-36": (
        '" c\n\r\u000bl b',
        "fixed in session 29 (paragraphs._blank_inside_quote: two blank lines or more inside an open quotation read as one, as the rendering sets them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-37": (
        "[n](\u201c)z?Fx\u201d",
        "fixed in session 29 (paragraphs._cuts: quotation marks in a markdown link's address open no quotation before a glued '?', as the rendering drops the address)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-42": (
        ".\nA\r8yThe .",
        "fixed in session 29 (paragraphs._glued_heading: words parted by a line break are read as the rendering's one space; the sentence under holds more words than the heading)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-40": (  # session 28, the final 10-minute fuzz run (on d1ad548) (new this session: reads stably at the session start; a regression of d6435e2, headings._about_section_end reads past a paragraph meta does not take into the About section)
        ".\n\n[Ce](i)\nAbout A\n\nd automatir system migration. Anchorbase is headquartered in Calgary, Alber(0ta.",
        "fixed in session 29 (meta.closes_section: one reading of where an About section ends, the story's first paragraph included, shared by meta and headings._about_section_end)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-38": (  # session 28, the final 10-minute fuzz run (on d1ad548) (fails at the session start too)
        "y\tg\nF A P s\n(",
        "fixed in session 29 (meta._is_section_label: a label is read as the rendering prints it, a tab or a run of spaces one space)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-41": (  # session 28, the final 10-minute fuzz run (on d1ad548) (fails at the session start too)
        "\u2019e n(on\nF PrThe .",
        "fixed in session 29 (meta._is_headline: a headline's first letter is read past the quotation marks it opens with; a lower-case word after them is a line's tail)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-34": (  # session 28, the final 10-minute fuzz run (on d1ad548) (fails at the session start too)
        "35networkoperation2019officersDrpolicearrestedacrosscrimeAcrossseizedinterpolintNewsnetworkDrnetworkdatabasesacrosscooperation35NoseizedcooperationDr.\na contact:\n5\n\u201cSeized cooperation officers the suspects,\u201d said J\u00fcrgen Sto 5\n35networkoperation2019officersDrpolicearrestedacrosscrimeAcrossseizedinterpolintNewsnetworkDrnetworkdatabasesacrosscooperation35Noseizedcooperation Dr\n\u00c9\u00f2\n\nn .",
        "fixed in session 29 (meta.contact_label: a contact's label alone with its colon (contact_heading read alone) opens a contact block, so the noise stage reads past it as the rendering does)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-4": (  # session 28, a 10-minute fuzz run (on ab42880) (fails at the session start too)
        "AcrossofficersacrossoperationinternationalsuspectsinternationalUSinternationalwellknownDrpolice.1/3\nTHEH\u2014\n1e.\nt\nAcrossofficersacrossoperationinternationalsuspectsinternationalUSinternationalwellknownDrpolice\nD\n\u2022 r",
        "fixed in session 29 (noise._context: a copy's distance is counted as rendered, a bare place line on its story's line and a counter glued after a stop cut off)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-33": (  # session 28, the final 10-minute fuzz run (on d1ad548) (fails at the session start too)
        "\u2022:Pennsylvania  Nws                                                                                                h",
        "fixed in session 29 (dateline._Parser._story_ends: a bare place's story runs long by its rendered length, each whitespace run one character)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-35": (  # session 28, the final 10-minute fuzz run (on d1ad548) (fails at the session start too)
        "\U0004c2d7\nB e Re SINGAPORE\u2013\n1/3\nI.",
        "fixed in session 29 (dateline._headline_place: a headline's place opens the story only when the story runs on after its dash on the same line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-39": (  # session 28, the final 10-minute fuzz run (on d1ad548) (fails at the session start too)
        "GTON\u2014\n1 /\u2028M\nWAON\u2013Image 2of5\n9.",
        "fixed in session 29 (dateline._opened_above: a place line whose run ended at a dateline joined to its story past furniture reads that story's piece too, as the rendering runs it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1130-32": (  # session 28, the final 10-minute fuzz run (on d1ad548) (fails at the session start too)
        ".\nH s Many b. u",
        "fixed in session 29 (paragraphs._spaced_cut: the text under a glued subheading ends on a stop, as headings reads a section's text)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1130-31": (  # session 28, the final 10-minute fuzz run (on d1ad548) (fails at the session start too)
        "USnetworkarrestedacrosscooperationegtraffickingINTERPOLlednetworksaidtheChiefCrimeofficersacrosstraffickinginterpolintNewsnetwork35traffickingpoliceUSUSoperationUS35saidStockOperationcooperationegpolice35saidSecretaryGeneralStock\nShare\nonal 3.5 s well-known officers network network 3.5! \u2028###Share\n-\n# -\nUSnetworkarrestedacrosscooperationegtraffickingINTERPOLlednetworksaidtheChiefCrimeofficersacrosstraffickinginterpolintNewsnetwork35traffickingpoliceUSUSoperationUS35saidStockOperationcooperationegpolice35saidSecretaryGeneralStock\n\u201c?\n\u2022 T",
        "fixed in session 29 (noise._field_line: a short line that ends a sentence inside it is no field line between a sentence and its copy, as the rendering joins a wrapped sentence with the line under it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-31": (  # session 29, a 10-minute fuzz run (on ada19db) (fails at the session start too)
        "LYON,France\u2013Image 2of5\nMeetingsuspectsseizedarrestednetworksaidStock\u201cTraffickingNo.35networkoperationsaidSecretaryGeneralStockMeetinginternationalpolicesaidStock.LYONFranceMeetingsuspectsseizedarrestednetworksaidStockTraffickingNo35networkoperationsaidSecretaryGeneralStockMeetinginternationalpolicesaidStock.-\u00a0 T",
        "fixed in session 29 (noise._bare_place_above: a story's first line under a place line alone, noise between, is compared as printed after the place, in _context and _block_repeats)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-33": (  # session 29, a 10-minute fuzz run (on ada19db) (fails at the session start too)
        "LYON\u2013Image 2of5\nDrUSseizedarrestedagreedwellknownacrossarrestedacrosscrimesaidhe.\nLYONDrUSseizedarrestedagreedwellknownacrossarrestedacrosscrimesaidhe",
        "fixed in session 29 (noise._bare_place_above: a story's first line under a place line alone, noise between, is compared as printed after the place, in _context and _block_repeats)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-34": (  # session 29, a 10-minute fuzz run (on ada19db) (new this session: reads stably at the session start; a regression of 9a54994, noise._context counting a lone place line with its story)
        "GO,C\u2013S \u2014\n1/3\nCooperationthetraffickingdatabasescrimepolicewellknownagreednetworktraffickingINTERPOLledinterpolintNewsinterpolintNewsoperationEg2019officersofficersELNcooperationtraffickingwellknownsuspectsmeetingpoliceacross.Sk.It\nS\u2014\n1/3\nCooperationthetraffickingdatabasescrimepolicewellknownagreednetworktraffickingINTERPOLledinterpolintNewsinterpolintNewsoperationEg2019officersofficersELNcooperationtraffickingwellknownsuspectsmeetingpoliceacross.",
        "fixed in session 29 (noise._bare_place_above: a place line joins its story's line only when the dateline grammar reads the whole line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-39": (  # session 29, a 10-minute fuzz run (on ada19db) (fails at the session start too)
        "SINGAPORE,Netherlands \u20131 /\nDS\r\u2013\nSINGAPORENetherlands\nN)",
        "fixed in session 29 (noise._placed_story: a place before a dateline's dash is no page title's site suffix cut)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-30": (  # session 29, a 10-minute fuzz run (on ada19db)
        ":\nP\nC\nn: l\nP: e",
        "fixed in session 29 (headings._is_field: a field wrapped over two lines is read as the rendering joins it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-32": (
        "Dunt,\u000b\u000ch@g\nF. ",
        "fixed in session 29 (dateline._sentence_in: a stop after a lone letter is an initial's and ends no bare place's story; _LINE_COMMA ends the place's line at any line break)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-36": (
        "8-\ns.Te",
        "fixed in session 29 (paragraphs._word_before: a word hyphenated over a line break reads joined, as rendered)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-37": (
        "t n :\u000c'n\n-r\nAugust 1 2023",
        "fixed in session 29 (paragraphs._unmarked_lists: a date ending the page closes no header; the lines over it are the list)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-38": (  # session 29, a 10-minute fuzz run (on ada19db) (fails at the session start too)
        "F i F\nPublished\nD\nSTIN\nA.",
        "fixed in session 29 (headings._standalone: read up past the lines meta may take, the headline meta takes leaves nothing over a heading, as in the rendering)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-42": (  # session 29, a second 10-minute fuzz run (on 7a7196c)
        "NetworkcooperationDrnetworkINTERPOLledinterpolintNewsoperationarrestedagreedtraffickingacrossoperationarrested35saidJ\u00fcrgenStock.UE,N-\nSh /\nN.\nNetworkcooperationDrnetworkINTERPOLledinterpolintNewsoperationarrestedagreedtraffickingacrossoperationarrested35saidJ\u00fcrgenStock",
        "fixed in session 29 (noise._glued_place_tail: a place glued after a stop is the story's line, no block between a sentence and its copy)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-49": (  # session 29, a second 10-minute fuzz run (on 7a7196c)
        "LYON\nShon firearms agreed operation No. suspects region firearms?\u2028WASHINGTON, Chile --\n/\nC\n/\nWASHINGTON, Chile --\n\n:-\u00a0t",
        "fixed in session 29 (noise._title_under_labels: the page title is the headline under section labels, as meta reads it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-48": (
        "d c ns,\u0085# e l\nK:* F",
        "fixed in session 29 (paragraphs._blank_after_comma: the clause under a comma's blank line opens on a word, not a lone letter)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-46": (  # session 29, a second 10-minute fuzz run (on 7a7196c)
        "international Dr. INTERPOL-led arrested firearms,\u201d said Secretary General Stock.About L\nN.\nD.\n\u201csaid .   F.\nW including:\n- !\n-.\n\n:-\u00a0d-\u00a0s\nS.\n1/3\n:-\u00a0o",
        "fixed in session 29 (meta._unmark_story_abouts: a story's About section goes back whole, past its first dozen pieces)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-41": (  # session 29, a second 10-minute fuzz run (on 7a7196c)
        "H N T\nF O MI?FATA\nS.",
        "fixed in session 29 (meta._glued_cut: a heading the heading stage cut off a question or exclamation ends the headline, as in the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-47": (  # session 29, a second 10-minute fuzz run (on 7a7196c)
        "Su to,A?AP\n- ?An",
        "fixed in session 29 (meta._glued_cut: a heading the heading stage cut off a question or exclamation ends the headline, as in the rendering)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-43": (  # session 29, a second 10-minute fuzz run (on 7a7196c)
        "\u00b0\n\u00c1Z\r\u2013\nUE,C\u2014\n1.",
        "fixed in session 29 (headings._text_under: a lone dash divider is read with the block under it as that block reads, its dateline joined to its story)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-44": (
        "CH,F\u2028,Aug. 3 2025\u2028/ s e a n d t",
        "fixed in session 29 (dateline._Parser._past_note: a note line's rest after the comma opening the place's next line is left out, the story starts under it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-35": (  # session 29, a 10-minute fuzz run (on ada19db) (fails at the session start too)
        "Aern  who recently said Kef the peace process focu[.sed minds like no one else andnd 50 000 Irish in the United States who would benefit from immigration reform     When asked about President  s time for a new and comprehensive strategy  like18\ud800\u2013 the plan that Senator McCain and I propose to secure our borders  strengthen our economy  and respect our history as a nation of immigrants  President Bus",
        "fixed in session 29 (meta._mark_title: a first line of 150 characters or more in sentence case is a story's sentence, no headline)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-50": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "se.1\nn",
        "fixed in session 29 (paragraphs._FOOTNOTE_MARK: a line end after the figure reads as the clean text's space; a lower-case line under it is no footnote)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-51": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "BOGOTAFranceUSinternationalinternationalDracrossdatabasesoperationarrested2019acrossregionregioncooperationNoTraffickingarrestedthe35thesuspectsinterpolintNewsregion35USinternationalTheoperationtraffickingregion\n###\n\u2013\ne\nA.\nBOGOTAFranceUSinternationalinternationalDracrossdatabasesoperationarrested2019acrossregionregioncooperation NoTraffickingarrestedthe35thesuspectsinterpolintNewsregion35 USinternationalTheoperationtraffickingregion",
        "fixed in session 30 (noise._block_repeats: an end mark meta takes is no block between a line and its copy, as _context counts lines)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-53": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        ".\nSuspectsDrwellknownmeetingregiondatabases U.SNoarrested 3.5!LYON\u2013\nShare?\ne\nSuspectsDrwellknownmeetingregiondatabasesUSNoarrested35!\ng\n\u2022 b",
        "fixed in session 30 (noise._block_repeats: a place cut off a sentence is printed on its story's line, one block between a line and its copy)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-55": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        ".\nA l For o. T",
        "fixed in session 30 (paragraphs._spaced_cut: a subheading glued by a space heads only a text that ends a sentence, as headings reads it; a list's pasted first item is cut first)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-45": (  # session 29, a second 10-minute fuzz run (on 7a7196c) (fails at the session start too)
        "]?SM/\nS T\nE P an F repionTg p s n e oad.",
        "fixed in session 30 (paragraphs._heads_alone: a glued subheading is cut as a heading only when the heading rules read it so set alone over its text)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-52": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "d\nE[:AS\nRelease Date:Mar 4 2025\nG",
        "fixed in session 30 (paragraphs._labelled_date_line: a labelled date line meta takes from between two items is read past, as the rendering leaves it out)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-58": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "OR(Wire)\u2028-September 2\n\ud800",
        "fixed in session 30 (dateline._Parser._after_line_dash: a date read after a dash that opens the next line, with no story after it, leaves no dateline, as on the rendering's one line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-59": (  # session 29, the final 10-minute fuzz run (on a80aef0) (new this session: reads stably at the session start; cedbe8a let U+2028 reach dateline._LINE_COMMA, and the same text with "\\n" fails at the session start too: a comma opening the next line, a digit story)
        "OR(N)September 7\u2028,0",
        "fixed in session 30 (model._dateline_gap: a comma that opened the story's line after a date renders as that line break, where the re-read takes it closing its line again)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-61": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "Z\nASHI\u2014\n1 /\rIAGO-\nI!",
        "fixed in session 30 (dateline._heading_once_joined: a place line whose rendering with its story's line reads as a heading is a title, as that heading is)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-57": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "A rRead Mo\nNs fer a:]A t e\nR",
        "fixed in session 30 (meta._is_headline: a line ending in a colon or a comma closed by a bracket is no headline, as _glued_cut reads its end)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-60": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "(erity Industiness Software Association  the Consumers Union  the Consumer Federation of American  and the AARP  The legislation is cosponsored by Senators Joe Biden  Orrin Hatch  Dick Durbin  D Ill    Chuck Grassley  R Iowa   Chuck Schumer  D N Y    and Bill Nelson  D FL       I am grateful that my",
        "fixed in session 30 (meta._is_headline: a headline opens with a capital, a digit or a brand inside an opening bracket too, not a word's lower-case tail)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-54": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "\u00a8\nM contact:\u2028\U000ed9c0\n\U00016f3d\n# Ti\n\u00ade .",
        "fixed in session 30 (headings._body_neighbour_at: a contact's label alone is read past with up to three lines under it, as meta takes them, read up or down)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-71": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "K m ':He\nMEDIA ADVISORY:Ot-of-State Trafficker & Local Resident Ch8\u2022arged in Separate Human Trafficking A",
        "fixed in session 30 (paragraphs._unmarked_lists: an item under a release note meta takes is measured against the item above it, as rendered; _tip_items reads past the note too)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-63": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "Business Software Asmers Union  the Consumer Federation of American  and the AARP  The legislation is cosponsored by Senators Joe Biden  Orrin Hatch  Dick Durbin  D Ill    Chuck Grassley  R Iowa   Chuck Schumer  D N Y    and Bill Nelson  D FL       I am grateful that my colleagues have recognized th",
        "fixed in session 30 (meta._is_headline: a line holding a stripped stop, a sentence opener in capitals then lower case, reads as the story's, with the page's two spaces or the rendering's one)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-69": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "About the Inc I\tnc",
        "fixed in session 30 (meta.about_heading: the heading's line is read as rendered, a tab a space)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-70": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "t Mar 4 2025 HUE,Netherlands\u2013\nShare\nL c",
        "fixed in session 30 (dateline._find: a place after a header's date reads its story past the furniture the rendering drops, as pass 1 does)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-64": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "SORY: 13 Charged In Round1- Up Of aMajor Catalytic Converter Fencing And Theft !DF V\nfor immediate release\n1ng\nM !",
        "fixed in session 30 (headings._reads_as_headline: a front line meta reads as the story's first paragraph (meta._is_prose) is no headline read past)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-65": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        ": e y.orgFor Immediate Release: J S G or\nC F W A T G P O\n( d o 0 s n p f l t d e .",
        "fixed in session 30 (headings._after_note: a line opened by a release note meta cuts off is read on its rest, as the rendering shows it)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-62": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "USnetworktraffickingpoliceNoTraffickingUSdatabasesDroperationarrestedsaidStockELNinternationalUScrimecrimecrimeegnetworkcooperationregion35traffickingmeetingoperationsaidhe.\n\n    .\n\nc\nNTIA-\nS?\nUSnetworktraffickingpoliceNoTraffickingUSdatabasesDroperationarrestedsaidStockELNinternationalUScrimecrimecrimeegnetworkcooperationregion35traffickingmeetingoperationsaidhe",
        "fixed in session 30 (noise.hidden_repeats: a place alone over its story is one block with it where a caption hid a copy, as the rendering prints them)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-72": (  # session 30, built by the paragraphs helper (a tips list under a lead-in, tests/test_real_s30s5)
        "Fraud is rising. Here are some tips to evade scams:\nContact:\nNever wire money to a stranger you have not met.\nAsk for a written lease before you pay.\n",
        "fixed in session 30 (meta._label_over_story: a contact label alone right over a story sentence with no phone or e-mail heads no contact block)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-40": (  # session 29, a 10-minute fuzz run (on ada19db) (fails at the session start too)
        "GTON\u2014M contact:\r?\u2028L?",
        "fixed in session 30 (meta._keep_dateline_story: a contact label in a dateline's story heads no block when the dateline does not read on its line alone)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-66": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "PORE-\nYN, N\u2014\nShare\nArrestedarrestedsuspectstraffickingcrimesaidJ\u00fcrgenStockMeetingcooperationINTERPOLledoperationcooperation DrNoELNmeetingthewellknowninternationalsaidSecretaryGeneralStock.P\n\u2022\n\u2022 .",
        "fixed in session 30 (noise.empty_bullets: a lone bullet over a line with its own bullet has no item to join)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-56": (  # session 29, the final 10-minute fuzz run (on a80aef0) (fails at the session start too)
        "rafficking meeting cooperation No. meeting meeting officers,\u201d said J\u00fcrgen Stock.\nfORIMMEDIATE RELEASE\n\nFOR IMMEDIATE RELEASE NEWYORKChf.",
        "fixed in session 30 (noise._noted_copy: a note that copies the line above, a body line, is a repeated_line)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-67": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "\u2018:ZO 15 Charged with Human Trafficking of Minors During Operation Wrong Turn - O\nP R\nIMMEDIATE RELEASE:15 Charged with Human Trafficking of Minors During Operation Wrong Turn\nWn\ni .\nO",
        "fixed in session 30 (noise._noted_copy: a note-led line's rest that copies the page title is a repeated_line, as the rendering shows it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-68": (  # session 30, a 10-minute fuzz run (on 0a03502) (fails at the session start too)
        "\u2018:ZE15 Charged with Human Trafficking of Minors During Operation Wrong Turn - Office of Miami-Dade State Atto6rney Katherine Fernandez Runlease\nFOR IMMEDIATE RELEASE  Charged with Human Trafficking of Minors During Operation Wrong Turn\nA| es of operations:\u201d.\u2019 periodically, with increased emphasis during major events like Formula One, Super Bowl, Ultra and the upcoming 2026FI",
        "fixed in session 30 (noise._noted_copy: a note-led line's rest that copies the page title is a repeated_line, as the rendering shows it)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
}

# id: (input, module, what goes wrong) -- fail today; each is reported to the lead.
OPEN: dict[str, tuple[str, str, str]] = {
    "F1125-73": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "g?\nSc\n-\nAbout I\n\n)",
        "untriaged: render: parse(doc.text)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-74": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "\U000e4bf5\nWTON\u2014M t:TN,C\u2013\nI. ",
        "untriaged: clean not idempotent (dateline changes)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-75": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "ng.UStraffickinginterpolintNewscrimeoperationnetworkinterpolintNewsmeetingNoSuspectsagreedtheDrELNcrimeofficersacrossNetworkDragreedpolicemeetingoperation.\u201ck.\n\u201c\n\n    !\n\nUStraffickinginterpolintNewscrimeoperationnetworkinterpolintNewsmeetingNoSuspectsagreedthe DrELNcrimeofficersacrossNetworkDragreedpolicemeetingoperation",
        "untriaged: clean not idempotent (body blocks lost)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-76": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "Be a Summer .\nJ or T\u2019 Be a Summer p .",
        "untriaged: render: parse(doc.text)",
        "SPEC 5: parse(doc.text) differs",
    ),
    "F1125-77": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "Media contact: BOGOTA, s\u00a0\u2013 3.5 meeting U.S. suspects network trafficking INTERPOL-led international crime police police 2019 suspects. \u201cCrime (ELN) databases U.S. cooperation seized arrested suspects across e.g. crime network region 3.5,\u201d said Stock.\u201cT ) l n . . t 9 p\nTA,C\u2013\n1 /",
        "untriaged: clean not idempotent (dateline appears)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-78": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "contact:\n\n\nWASHINGTON,Chile- UStheinterpolint/Newsacrosstheinterpolint/NewsELN)meeting2019INTERPOLledCooperationofficersegacrosswellknownELNtraffickingDr?LN\nI.\nLE\nWASHINGTONChileUStheinterpolintNewsacrosstheinterpolintNewsELNmeeting2019INTERPOLledCooperationofficersegacrosswellknownELNtraffickingDr.",
        "untriaged: clean not idempotent (body heading -> paragraph)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-79": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "Nends\u00a0\u2013 \u201cSuspects (Eid\u00a0 \u00a0 Databases the operation-\u00a0 \u00a0 No. e.\nSINGAPORE,Colombia \u2013\nS\nSo.\ne\nSINGAPORE,Colombia \u2013\n1. F",
        "untriaged: clean not idempotent (body paragraph -> list_item)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-80": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "ionThe o a 3\u000c\u2022;",
        "untriaged: clean not idempotent (new meta title)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-81": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "May\u20288 2026",
        "untriaged: clean not idempotent (new meta date)",
        "SPEC 5: clean(clean(t)) != clean(t)",
    ),
    "F1125-82": (  # session 30, the final 10-minute fuzz run (on 11d4715) (fails at the session start too)
        "5\nM contact:Me contact:-  \u00e7",
        "untriaged: render: parse(doc.text)",
        "SPEC 5: parse(doc.text) differs",
    ),
}


def _rows() -> list[object]:
    rows: list[object] = [pytest.param(text, id=key) for key, (text, _, _) in FIXED.items()]
    rows += [
        pytest.param(text, id=key, marks=pytest.mark.xfail(strict=True, reason=f"{module}: {what}"))
        for key, (text, module, what) in OPEN.items()
    ]
    return rows


@pytest.mark.parametrize("text", _rows())
def test_finding(text: str) -> None:
    """A pinned fuzz input parses with every SPEC invariant holding, both halves of SPEC 5 included."""
    assert [] == problems(text, render=True)


def test_harness_sees_a_clean_release() -> None:
    """The harness's checks pass on an ordinary release (so a finding is the input's, not the harness's)."""
    assert [] == problems("LYON, France – Police met today.\n\nThey agreed on a plan.")
