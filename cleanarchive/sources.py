"""Publisher names: news-agency codes, organisation words, readable forms of domains.

The agency table is data: extend it with ``extra`` arguments, never by editing the functions.
"""

from __future__ import annotations

import re

__all__ = [
    "AGENCIES",
    "agency_name",
    "clean_source",
    "looks_like_organisation",
    "readable_domain",
]

# (code as written in datelines and credits, publisher name as people write it).
AGENCIES: tuple[tuple[str, str], ...] = (
    ("AA", "Anadolu Agency"),
    ("AAP", "Australian Associated Press"),
    ("AFP", "Agence France-Presse"),
    ("ANA", "Athens News Agency"),
    ("ANI", "Asian News International"),
    ("ANP", "Algemeen Nederlands Persbureau"),
    ("ANSA", "ANSA"),
    ("AP", "Associated Press"),
    ("APA", "Austria Presse Agentur"),
    ("Antara", "Antara"),
    ("Bernama", "Bernama"),
    ("Bloomberg", "Bloomberg"),
    ("CNN", "CNN"),
    ("CNA", "Central News Agency"),
    ("dpa", "Deutsche Presse-Agentur"),
    ("DPA", "Deutsche Presse-Agentur"),
    ("EFE", "EFE"),
    ("EPA", "European Pressphoto Agency"),
    ("FNA", "Fars News Agency"),
    ("IANS", "Indo-Asian News Service"),
    ("Interfax", "Interfax"),
    ("ITAR-TASS", "TASS"),
    ("IRNA", "Islamic Republic News Agency"),
    ("ISNA", "Iranian Students' News Agency"),
    ("KCNA", "Korean Central News Agency"),
    ("Kyodo", "Kyodo News"),
    ("KUNA", "Kuwait News Agency"),
    ("MENA", "Middle East News Agency"),
    ("MNA", "Mehr News Agency"),
    ("PAP", "Polish Press Agency"),
    ("PTI", "Press Trust of India"),
    ("Reuters", "Reuters"),
    ("RIA Novosti", "RIA Novosti"),
    ("SANA", "Syrian Arab News Agency"),
    ("SPA", "Saudi Press Agency"),
    ("Sputnik", "Sputnik"),
    ("Tasnim", "Tasnim News Agency"),
    ("TASS", "TASS"),
    ("UNB", "United News of Bangladesh"),
    ("UPI", "United Press International"),
    ("WAM", "Emirates News Agency"),
    ("Xinhua", "Xinhua"),
    ("Yonhap", "Yonhap"),
)

# Words that make a byline entry an organisation rather than a person.
_ORG_WORDS = frozenset(
    """
    agency agencies news newsroom media press presse times post daily weekly journal tribune
    herald gazette chronicle magazine review report reports network networks channel radio tv
    television broadcasting inc ltd llc gmbh corp corporation company group team staff desk
    institute foundation society association union center centre council committee university
    college school department ministry office bureau service services online blog blogs world
    today insider wire wires editorial editors publishing publications studios studio project
    organization organisation campaign coalition alliance party church federation club academy
    zeitung nachrichten redaktion verlag agentur departement ministerium bundesamt
    redacción redaccion rédaction redazione collectif collective kollektiv agenturen
    ag kg gbr e.v plc magazin noticias partei verein verband stiftung institut fraktion gesellschaft akademie
    """.split()
)
# German compounds end in what they are: "Bundesministerium", "Landesverband", "Umweltbundesamt".
_ORG_SUFFIXES = tuple(
    "ministerium verband bundesamt landesamt institut stiftung gesellschaft verein partei fraktion zentrum "
    "behörde agentur akademie genossenschaft anstalt amt kammer hochschule universität klinikum bank".split()
)
_REGISTERED_RE = re.compile(r"\be\.\s?V\b\.?")
_COMPANY_RE = re.compile(r"&\s?Co\b|\bCo\.", re.IGNORECASE)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic"})
_SPACE_RE = re.compile(r"\s+")
_SITE_TAIL_RE = re.compile(
    r"\s*[-|–—:]\s*(?:home(?:page)?|startseite|accueil|inicio|official site)\s*$", re.IGNORECASE
)
_WORD_RE = re.compile(r"[^\W\d_][^\W_]*(?:['’.-][^\W_]+)*")


def _agency_index(extra: tuple[tuple[str, str], ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for code, name in AGENCIES + extra:
        index[code] = name
        index.setdefault(name.lower(), name)
        if len(code) > 4 or not code.isupper():
            index.setdefault(code.lower(), name)
    return index


_INDEX = _agency_index(())


def agency_name(code: str, *, extra: tuple[tuple[str, str], ...] = ()) -> str | None:
    """Return the publisher name for an agency code or name ("FNA", "Reuters"), or None.

    Short upper-case codes match exactly; longer codes and full names match in any case.
    """
    index = _INDEX if not extra else _agency_index(extra)
    code = code.strip()
    return index.get(code) or index.get(code.lower())


def _org_compound(word: str) -> bool:
    """Return whether ``word`` is a compound ending in an organisation word ("Landesverband")."""
    if len(word) < 7 or not word.endswith(_ORG_SUFFIXES):  # one C-level test for most words
        return False
    return any(word.endswith(s) and len(word) >= len(s) + 4 for s in _ORG_SUFFIXES)


def looks_like_organisation(name: str) -> bool:
    """Return whether ``name`` reads as an organisation (a news agency, "Daily Kos Staff", ...)."""
    if agency_name(name) is not None:
        return True
    words = [w.lower().strip(".") for w in _WORD_RE.findall(name)]
    if any(w in _ORG_WORDS or _org_compound(w) for w in words):
        return True
    # "Example e. V." is a registered association; "Roe & Co" and "Example Co." are companies, while
    # a bare "Co" is also a surname ("Emily Co").
    return _REGISTERED_RE.search(name) is not None or _COMPANY_RE.search(name) is not None


def readable_domain(domain: str) -> str | None:
    """Return a publisher name derived from a domain: "daily-harbour.com" -> "Daily Harbour"."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    if labels and labels[0].startswith("www"):
        labels = labels[1:]
    if len(labels) < 2:
        return None
    labels = labels[:-1]
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    label = labels[-1]
    if label.startswith("xn--") or not any(ch.isalpha() for ch in label):
        return None
    words = [w for w in re.split(r"[-_]+", label) if w]
    if len(words) == 1 and len(label) <= 3:
        return label.upper()
    return " ".join(w[:1].upper() + w[1:] for w in words)


def clean_source(value: str) -> str | None:
    """Return a publisher name cleaned of whitespace and "- Home" tails, or None when it is not one."""
    text = _SPACE_RE.sub(" ", value[:200]).strip(" \t|-–—:·•,;")
    text = _SITE_TAIL_RE.sub("", text)
    if not text or len(text) > 80 or not any(ch.isalpha() for ch in text):
        return None
    if text.lower().startswith(("http://", "https://", "www.")):
        return None
    return text
