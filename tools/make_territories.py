"""Write cleanarchive/rules/territories.txt: names of countries and regions, as country pickers list them.

    pip install babel && python tools/make_territories.py

The names are the Unicode CLDR's, as Babel ships them: every territory in the languages that
scraped pages are mostly in, plus each territory's name in its own official languages
("Deutschland", "Polska", "日本"), plus the short forms sites write ("USA", "UK", "Hong Kong").
The package reads the file only; Babel is needed to regenerate it, not to run.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale, UnknownLocaleError, __version__, languages

OUT = Path(__file__).resolve().parent.parent / "cleanarchive" / "rules" / "territories.txt"
LANGUAGES = "en de fr es it pt nl pl ru tr sv ja zh ko".split()
# CLDR codes that name no place a picker lists: unknown, pseudo-locales, the UN, the euro area.
SKIP = {"ZZ", "XA", "XB", "UN", "EZ", "QO"}
# Names sites use beside CLDR's ("Hong Kong SAR China", "Czechia", "Myanmar (Burma)").
ALIASES = (
    "USA", "U.S.", "US", "United States of America", "UK", "U.K.", "Great Britain", "England", "Scotland",
    "Wales", "Northern Ireland", "Hong Kong", "Macau", "Macao", "South Korea", "Korea", "Republic of Korea",
    "North Korea", "Czech Republic", "Russian Federation", "Burma", "Ivory Coast", "Congo", "Vatican City",
    "The Netherlands", "Holland", "Taiwan", "UAE", "Türkiye", "Viet Nam", "Swaziland", "Cape Verde",
    "East Timor", "Palestine", "Macedonia", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Trinidad and Tobago", "Antigua and Barbuda", "Bosnia and Herzegovina",
    "Sao Tome and Principe", "Turks and Caicos Islands", "Heard and McDonald Islands", "Wallis and Futuna",
    "Saint Pierre and Miquelon", "Latin America", "LATAM", "EMEA", "APAC", "Asia Pacific", "Middle East",
    "North America", "South America", "Central America", "Europe", "Asia", "Africa", "Oceania",
    "Global", "International", "Worldwide",
)


def names() -> list[str]:
    """Return the sorted, distinct names."""
    found: set[str] = set(ALIASES)
    for language in LANGUAGES:
        found.update(name for code, name in Locale.parse(language).territories.items() if code not in SKIP)
    for code in Locale.parse("en").territories:
        if code in SKIP or not (code.isalpha() and len(code) == 2):
            continue
        for language in languages.get_official_languages(code, de_facto=True):
            try:
                name = Locale.parse(language).territories.get(code)
            except UnknownLocaleError:  # a language CLDR has no locale for
                continue
            if name:
                found.add(name)
    return sorted(found)


def main() -> None:
    """Write the file."""
    header = [
        "# Names of countries and regions, one a line, for the country-menu rule.",
        f"# From the Unicode CLDR as Babel {__version__} ships it (Unicode License v3); made by",
        "# tools/make_territories.py: edit that script, not this file.",
    ]
    OUT.write_text("\n".join([*header, *names()]) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
