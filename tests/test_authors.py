"""Tests for cleanarchive.authors: bylines and noisy author columns to person names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarchive.authors import Byline, fix_case, parse_byline

CASES = [
    ("By JOHN SMITH and Jane Doe | Staff", ("John Smith", "Jane Doe"), ()),
    ("By: Anna Jaunger, Inside Syria Media Center |", ("Anna Jaunger",), ("Inside Syria Media Center",)),
    (
        "Written by Émile Zola & Jean-Paul Sartre; marie curie",
        ("Émile Zola", "Jean-Paul Sartre", "Marie Curie"),
        (),
    ),
    ("A. Smith, B. Jones & C. Brown", ("A. Smith", "B. Jones", "C. Brown"), ()),
    ("Posted by Larry Page on March 3, 2017", ("Larry Page",), ()),
    ("John Smith, Staff Writer", ("John Smith",), ()),
    ("Jane Doe @janedoe jane@example.com +1 (555) 123-4567", ("Jane Doe",), ()),
    ("john.doe@example.com (John Doe)", ("John Doe",), ()),
    ("John Smith (Reuters)", ("John Smith",), ("Reuters",)),
    ("By Reuters", (), ("Reuters",)),
    ("Daily Example Staff", (), ("Daily Example",)),
    ("Von Max Mustermann und Erika Musterfrau", ("Max Mustermann", "Erika Musterfrau"), ()),
    ("Michael Greger, M.D. FACLM", ("Michael Greger",), ()),
    ("By Dr. Jane Roe and Prof. John Doe", ("Dr. Jane Roe", "Prof. John Doe"), ()),
    ("Sen. Bernie Sanders", ("Bernie Sanders",), ()),
    ("Isabelle Z., Frances Bloomfield", ("Isabelle Z.", "Frances Bloomfield"), ()),
    ("Александр Артамонов, Любовь Степушова", ("Александр Артамонов", "Любовь Степушова"), ()),
    ("Will Smith and Jack Ma", ("Will Smith", "Jack Ma"), ()),
    ("Jane Doe, Jane Doe, JANE DOE", ("Jane Doe",), ()),
    ("Smith, John Smith", ("John Smith",), ()),
    ("View all posts by Jane Roe", ("Jane Roe",), ()),
    ("AuthorJane Roe", ("Jane Roe",), ()),
    ("Maria &amp; Katerina", ("Maria", "Katerina"), ()),
    ("Josef Průša, Kamil Chodoła", ("Josef Průša", "Kamil Chodoła"), ()),
    ("Tom May and Thuy Le", ("Tom May", "Thuy Le"), ()),
    ("Jane Doe March 3, 2017", ("Jane Doe",), ()),
    ("Dylan Roe, MS, RD, FAND", ("Dylan Roe",), ()),
    ("Center for Drug Evaluation and Research", (), ("Center for Drug Evaluation and Research",)),
    # A lone lowercase word is a login name: kept as its owner writes it; full names are capitalised.
    ("by quillmaker", ("quillmaker",), ()),
    ("ada lovelace", ("Ada Lovelace",), ()),
    # User names with a number, and a forum avatar's initial shown next to them.
    ("RiverOtter42", ("RiverOtter42",), ()),
    ("RiverOtter R", ("RiverOtter",), ()),
    ("Q quillmaker", ("quillmaker",), ()),
    ("J Jones", ("J Jones",), ()),
    # Dates, weekdays and "last updated" after a name.
    ("Von Hanna Berger Fr, 18. Oktober 2019", ("Hanna Berger",), ()),
    ("Pia Lund Last Updated July 2", ("Pia Lund",), ()),
    ("Pia Lund Last updated", ("Pia Lund",), ()),
    ("Otto Brandt November", ("Otto Brandt",), ()),
    ("Lena Vogt Stand", ("Lena Vogt",), ()),
    ("Lena Vogt vor", ("Lena Vogt",), ()),
    ("Tom May and April Roe", ("Tom May", "April Roe"), ()),
    # Labels and links to author pages around the name.
    ("Interview: Mara Holm", ("Mara Holm",), ()),
    ("Interview Mara Holm", ("Mara Holm",), ()),
    ("Zeige alle Beiträge von Mara Holm", ("Mara Holm",), ()),
    ("More articles by Mara Holm", ("Mara Holm",), ()),
    ("Mara Holm Alle Artikel", ("Mara Holm",), ()),
    ("Mara Holm View all posts", ("Mara Holm",), ()),
    ("Ines Roth im Gespräch mit Karl Moos", ("Ines Roth", "Karl Moos"), ()),
    ("Ines Roth in conversation with Karl Moos", ("Ines Roth", "Karl Moos"), ()),
    # A beat before the role goes with the role.
    ("Nora Quint Tech Reporter", ("Nora Quint",), ()),
    ("Nora Quint, Trial Attorney", ("Nora Quint",), ()),
    # Entities escaped twice.
    ("Jos&amp;eacute; Quint", ("José Quint",), ()),
    # Editorial desks and collectives are organisations.
    ("Redacción Eco Sur", (), ("Redacción Eco Sur",)),
    ("Collectif", (), ("Collectif",)),
    # German compounds, registered associations and companies are organisations.
    ("Landesministerium für Küsten und Häfen", (), ("Landesministerium für Küsten und Häfen",)),
    ("Hafenfreunde Nord e. V.", (), ("Hafenfreunde Nord e. V.",)),
    ("Leuchtturm Werke AG", (), ("Leuchtturm Werke AG",)),
    # A byline naming a country is an address: organisations stay, no one is a person.
    ("Leuchtturm Verlag GmbH, Bonn, Germany", (), ("Leuchtturm Verlag GmbH",)),
    ("Landesanstalt für Küsten und Häfen - LKH", (), ("Landesanstalt für Küsten und Häfen - LKH",)),
    ("Das Magazin für Häfen", (), ("Das Magazin für Häfen",)),
    # French and Italian particles are part of names; "le" before a date is not.
    ("Anne Le Goff", ("Anne Le Goff",), ()),
    ("Anne Roux le 12 mars 2021", ("Anne Roux",), ()),
    ("Anne Roux le lundi 3 mai", ("Anne Roux",), ()),
    # A role glued to its site by hyphens, before the name.
    ("Von Harbour-Online-Experte Kai Roe", ("Kai Roe",), ()),
    ("vom Hafenblogger", ("Hafenblogger",), ()),
    # Forum names with underscores, unless made of code words or a lowercase slug of a name.
    ("Sea_Otter", ("Sea_Otter",), ()),
    # What follows a title is an affiliation; a title joined by "and" is one title.
    ("Kai Moos, Senior Director, Harbourside, Tidewater Institute", ("Kai Moos",), ("Tidewater Institute",)),
    ("Kai Moos, Home and Garden Expert", ("Kai Moos",), ()),
    ("Kai Moos Founder & Lead Reviewer", ("Kai Moos",), ()),
    ("Mara Holm, Staff Writer, and Kai Moos, Editor", ("Mara Holm", "Kai Moos"), ()),
    ("Certified Harbour Safety Consultant", (), ()),
    # A name in brackets after a name is an alias; before, the bracket is the name.
    ("Kai Moos (TideFan)", ("Kai Moos",), ()),
    ("kai@example.com (Kai Moos)", ("Kai Moos",), ()),
    # Avatars' initials, forum ranks, "»" before the date, "This post was written by", "via".
    ("KM Kai Moos", ("Kai Moos",), ()),
    ("TideFan Premium Member", ("TideFan",), ()),
    ("by Kai Moos » Tue Aug 27, 2019 1:47 am", ("Kai Moos",), ()),
    ("This post was written by Kai Moos", ("Kai Moos",), ()),
    ("via Kai Moos", ("Kai Moos",), ()),
    ("Y Moos", ("Y Moos",), ()),
    # A bracket inside a name is dropped; "Reviewed by" and "Recipe by" are no part of one.
    ("Ana (Guha) Roe", ("Ana Roe",), ()),
    ("Kai Moos Reviewed by Dr. Ines Roth", ("Kai Moos",), ()),
    ("Recipe by Kai Moos", ("Kai Moos",), ()),
    ("Kai Moos 4,701 18 gold badges 53 silver badges", ("Kai Moos",), ()),
    # A role after a name is no organisation; one name before "Staff" is the publication's.
    ("Ines Roth Staff Writer", ("Ines Roth",), ()),
    ("Harbourtown Staff", (), ("Harbourtown",)),
    ("Crashing Vor", ("Crashing Vor",), ()),
    ("Kai Moos Veteran", ("Kai Moos Veteran",), ()),
    # Names in scripts without case, with their labels.
    ("责任编辑：王小明", ("王小明",), ()),
    ("김민수", ("김민수",), ()),
    # "Co" is a surname unless written as a company's ("Example Co.", "& Co").
    ("Mei Co", ("Mei Co",), ()),
    ("Harbour Trading Co.", (), ("Harbour Trading Co.",)),
    # Two lone words can be first names; more are a list of tags.
    ("Mara, Kai", ("Mara", "Kai"), ()),
]

JUNK = [
    "Staff",
    "Admin",
    "Editor",
    "View All Posts",
    "Email the author",
    "Promoted by Example Corp",
    "Posted On",
    "Associate Editor",
    "Please Enter Your Name Here",
    "Because Without America, There Is No Free World.",
    "Follow On Twitter, View All Posts, Visit Website",
    "Backgroundurl Avatar_Large, Nickname, Joined, Created_At, Story Count, N_Stories",
    "Sexy-Author-Bio, Background, Ffffff, Border-Style, Solid",
    "https://example.com/author/jane",
    "Read more",
    "Share this: Facebook, Twitter",
    "Hinterlasse einen Kommentar",
    "Someone said",
    "Dezember",
    # A publication's name with the role that followed it is not a person.
    "Harbourtown Staff",
    "Lakeview Contributor",
    "National Security Politics Reporter",
    "Tuesday, February",
    # Dates and domains.
    "Sat, 20 Dec, 2025 - 06:36",
    "Sun Dec",
    "Fri",
    "harbour-news.de",
    # A junk word with a number is no user name.
    "admin2",
    "Comments12",
    # Categories listed where the byline goes, a "last modified" line, initials in lowercase.
    "12.01.2022 / News / Energie / Klima / Wirtschaft",
    "Zuletzt geändert am: 15.10.2021",
    "jrd",
    "publisher",
    "Unbenannt",
    "anónimo",
    "Frankfurt a. M., Germany",
    "meta_value",
    "field_byline",
    "kai_roe",
    "Datum",
    "Hafenblog-Archiv",
    "Former Member",
    "Afficher mon profil complet",
    "Member since",
    "责任编辑",
    "新华社",
]


@pytest.mark.parametrize(("raw", "authors", "organisations"), CASES)
def test_bylines(raw: str, authors: tuple[str, ...], organisations: tuple[str, ...]) -> None:
    """Each byline gives its persons and organisations."""
    assert Byline(authors=authors, organisations=organisations) == parse_byline(raw)


@pytest.mark.parametrize("raw", JUNK)
def test_junk_gives_no_person(raw: str) -> None:
    """Roles, navigation, widgets and slogans are never persons."""
    assert () == parse_byline(raw).authors


@pytest.mark.parametrize(
    ("name", "fixed"),
    [
        ("JOHN O'BRIEN", "John O'Brien"),
        ("jean-paul sartre", "Jean-Paul Sartre"),
        ("John SMITH", "John SMITH"),
        ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"),
        ("ÉMILE ZOLA", "Émile Zola"),
    ],
)
def test_fix_case(name: str, fixed: str) -> None:
    """ALL-CAPS and all-lowercase names are capitalised; mixed case is kept."""
    assert fixed == fix_case(name)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes(raw: str) -> None:
    """Any string gives a Byline whose names are non-empty and unique."""
    byline = parse_byline(raw)
    assert len(set(byline.authors)) == len(byline.authors)
    assert all(byline.authors)


def test_long_input_is_bounded() -> None:
    """A megabyte byline is cut and parsed quickly."""
    assert () == parse_byline("{" * 1_000_000).authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Publié par Jeanne Roux", ("Jeanne Roux",)),
        ("Publicado por Juana Ruiz", ("Juana Ruiz",)),
        ("Pubblicato da Mario Rossi", ("Mario Rossi",)),
        ("Geplaatst door Anna de Vries", ("Anna de Vries",)),
        ("Da Silva", ("Da Silva",)),  # "da" is a by-word only after its verb
    ],
)
def test_posted_by_labels_in_other_languages_are_cut(byline: str, authors: tuple[str, ...]) -> None:
    assert authors == parse_byline(byline).authors
