"""Turn raw bylines and author columns into clean person names.

A byline is split into entries ("A and B", "A, B & C", "A; B", "A | Site"); each entry is
stripped of "By"-prefixes, e-mail addresses, handles, phone numbers and job titles, then kept
as a person, moved aside as an organisation (for ``source``), or dropped as junk ("Staff",
"View All Posts", slogans, CSS leftovers).
"""

from __future__ import annotations

import html
import re
import unicodedata

import attrs

from cleanarchive.dates import is_month_name
from cleanarchive.sources import looks_like_organisation

__all__ = ["Byline", "fix_case", "parse_byline"]

_MAX_BYLINE = 600
_MAX_NAME_WORDS = 5

_EMAIL_RE = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_URL_RE = re.compile(r"(?:https?://|www\.)\S{1,300}", re.IGNORECASE)
_HANDLE_RE = re.compile(r"(?<!\w)@\w{1,40}")
_PHONE_RE = re.compile(r"\+?\(?\d[\d ()./-]{6,20}\d")
_BRACKETS_RE = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]|\{[^{}]{0,80}\}")
# Marks what a byline gave in brackets: "Jane Roe (Example)" names an affiliation or an alias.
_ASIDE = "\ue000"
_SEGMENT_RE = re.compile(r"\s*[|;/•·\n»«]\s*")
_ORG_GLUE_RE = re.compile(r"\s(?:for|of|für|des|der|du|de la|del|della|di|on)\s", re.IGNORECASE)
# A label glued to the name by a lost space: "AuthorJane Doe", "Veröffentlicht vonJane Doe".
_GLUED_LABEL_RE = re.compile(
    r"^(?:Author|Autor|Auteur|Written by|Posted by|By|Veröffentlicht von|Von|Geschrieben von)"
    r"(?=[A-ZÀ-Þ][a-zß-ÿ])"
)
# Separators between byline entries: a site or role after a bar, list punctuation, conjunctions.
_SPLIT_RE = re.compile(
    r"\s*(?:[|;/•·\n]|,|&|\s[-–—]\s|\s(?:and|und|et|y|e|en|och|og|ve|и)\s"
    r"|\s(?:im gespräch mit|in conversation with|in an interview with|interviewed by)\s|\bwith\b)\s*",
    re.IGNORECASE,
)
_PREFIX_RE = re.compile(
    r"^(?:(?:view|see|read|more)\s{1,3}(?:all\s{1,3})?(?:posts|articles|stories|entries)\s{1,3}by"
    r"|this\s{1,3}(?:post|article|story|piece|page)\s{1,3}(?:was\s{1,3})?(?:written|reviewed|edited)\s{1,3}by"
    r"|via(?=\s)"
    # ... in French, Spanish, Portuguese, Italian, Dutch ("da" only after its verb: "Da Silva" is a name)
    r"|(?:publié|publiée|écrit|écrite|rédigé|rédigée|publicado|publicada|escrito|escrita|pubblicato|scritto"
    r"|postato|geplaatst|geschreven)\s{1,3}(?:par|por|da|door)"
    r"|(?:(?:written|posted|reported|published|compiled|edited|text|words|story|photos?|opinion|"
    r"analysis|commentary|interview|review|article|report|submitted|contributed|guest post|"
    r"guest|op-ed|recipe|video|podcast|episode|column|essay|feature|post|blog post|veröffentlicht|"
    r"geschrieben|verfasst|eingestellt|erstellt|publiziert|gepostet|rezept|beitrag)\s{1,3})?"
    r"(?:by|from|von|vom|par|por|door|autor(?:in)?|author|auteur|autore|text|texte|"
    r"redakteur(?:in)?|submitted by))\b\s{0,3}[:.-]?\s*",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(
    r"^(?:authors?|autor(?:en|in)?|auteurs?|byline|written by|posted by|by|interview|text|texte|words|reporting"
    r"|责任编辑|编辑|作者|记者|撰文|文)\s{0,3}[:：]\s*",
    re.IGNORECASE,
)
# Links to an author's page: "Zeige alle Beiträge von Jane Roe", "More about Jane Roe", "All articles by".
_NAV_PREFIX_RE = re.compile(
    r"^(?:(?:view|see|show|browse|zeige|read)\s{1,3})?(?:all|alle|alles|more|mehr)\s{1,3}"
    r"(?:(?:posts|articles|stories|entries|beiträge|artikel|texte)\s{1,3})?(?:by|von|from|about)\s+",
    re.IGNORECASE,
)
# A date or time glued after a name ("John Smith on March 3, 2017", "Jane Doe 12:30 PM").
_TAIL_RE = re.compile(
    r"\s+(?:(?:last\s+)?(?:updated|modified)\b.*|(?:reviewed|fact-checked|medically)\b.*|(?:on|am|at|posted|published|updated|stand|(?-i:vor)|hace)(?:\s+.*)?"
    r"|(?:le|il|el)\s+(?:[^\W\d_]{3,9}\s+)?\d.*|\d.*"
    r"|(?:(?:view|see|show|zeige)\s+)?(?:all|alle|more|mehr)\s+(?:posts|articles|stories|beiträge|artikel)\b.*)$"
    r"|\s*[-–—]\s*$",
    re.IGNORECASE,
)
_WEEKDAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
    lunes martes miércoles jueves viernes sábado domingo
    """.split()
)
# A word followed by a number: cut there when the word is a month ("Jane Doe March 3, 2017").
_MONTH_NUMBER_RE = re.compile(r"\s([^\W\d_]{2,12})\.?,?\s{1,3}\d")
# "..., Staff Writer, and John Roe": a conjunction left after a comma.
_CONJUNCTION_RE = re.compile(r"^(?:and|und|et|y|&)\s+")  # lowercase: "Y Roe" has an initial
_DIGIT_RE = re.compile(r"\d")
# The article before a date that was cut: "Jean Roe le [lundi 3 mars]".
_DATE_LEAD_RE = re.compile(r"\s+(?:le|il|el|on|am|the|der|den|du)$", re.IGNORECASE)
# Month names that are also given names or surnames ("Tom May", "April Roach") are never cut.
_NAME_MONTHS = frozenset("may june april august march jan mar mai juni avril".split())
_PARTICLES = frozenset(
    "van von der den de del della des di da das dos du la le ten ter zu y bin ibn al el st. st ben mc"
    .split()
)
# Words that never occur in a person's name: roles, navigation, widget and CSS leftovers, slogans.
_JUNK_WORDS = frozenset(
    """
    staff admin administrator administrators editor editors editorial webmaster moderator
    contributor contributors correspondent correspondents reporter reporters writer writers
    columnist columnists author authors guest anonymous unknown user users member members
    nobody somebody someone everyone team desk newsroom redaktion redaction redacción redaccion rédaction
    redazione
    view all posts posted email e-mail mail contact follow twitter facebook instagram
    linkedin youtube pinterest tiktok telegram whatsapp reddit share shares print comment comments
    subscribe subscription newsletter login logout register sign read continue reading
    promoted sponsored advertisement advertorial partner content related tags tag popular
    showtags nickname joined created count stories story visit website homepage menu
    search click here background backgroundurl border color colour style width height solid
    avatar bio image photo photos picture credit credits copyright rights reserved
    http https html www com org net bio archive archives category categories uncategorized
    default null none undefined true false name enter your
    the a an this that these those there here is are was were be been has have had do does
    because without with for from into about above below of to in on at by as or nor not no yes
    our we you my me us his her its their they i it what when where who why how all any
    every each some most other such only own same than too very just should
    now today yesterday
    senior chief executive managing deputy associate assistant contributing special freelance
    political investigative technology science health business sports
    weather culture opinion news breaking video live update updated published
    said says wrote writes commented replied reply connect theme powered designed wordpress
    anon anonymous system closed home expert experts publisher unbenannt anónimo anônimo anonimo anonyme
    anonym фото datum archiv former auteurs autoren publiziert eingestellt erstellt badge badges reputation
    karma points afficher profil profile complet since seit depuis reviewed
    编辑 责任编辑 记者 作者 来源 本报 通讯员 网友 匿名 佚名 小编 管理员 新华社
    gesponsert gesponserte inhalte anzeige kommentar kommentare hinterlasse einen antworten
    veröffentlicht geschrieben autor redaktion mehr artikel beiträge alle zuletzt geändert aktualisiert
    """.split()
)
_ROLE_WORDS = frozenset(
    """
    staff writer writers editor editors reporter reporters correspondent correspondents columnist
    contributor contributors senior chief executive managing deputy associate assistant
    contributing special freelance political investigative producer producers analyst
    photographer journalist journalists founder co-founder ceo cto president director manager
    host anchor intern fellow professor lecturer researcher student candidate representative
    at-large in-chief interview attorney lawyer experte expertin redakteur redakteurin korrespondent
    korrespondentin autorin gastautor gastautorin expert consultant specialist strategist coordinator
    officer engineer scientist reviewer advisor adviser
    """.split()
)
# Degrees and post-nominals, written without dots.
_CREDENTIALS = frozenset(
    "md phd mba msc bsc ms rd rn jd esq dvm lcsw facp faclm cpa cfa frcp mph dds dmd do np pa pharmd "
    "psyd edd llm cfp cepf cfp® fand foma dabom ryt lmft lpc rdn ldn cscs mfa dr.".split()
)
# A byline such as "Daily Kos Staff" names the publisher; the tail word is dropped.
_ORG_TAIL_WORDS = frozenset("staff team desk editors newsroom redaktion reporters writers".split())
# Words of sentences, slogans and widgets: an entry holding one is no organisation either.
_NOT_ORG_WORDS = frozenset(
    """
    is are was were there no not because without your you we our please enter here about follow
    view email e-mail promoted sponsored posted http https www click subscribe share comments
    """.split()
)
# Forms of address dropped before a name ("Sen. Bernie Sanders" is Bernie Sanders). Academic titles
# ("Dr.", "Prof.") stay, as publishers and the gold sets we measured on write them.
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. mx mx. miss sen sen. rep rep. gov gov. rev rev. hon hon.".split())
_ACADEMIC_TITLES = frozenset("dr. prof. prof dr".split())
# Country names that are nobody's name: a byline naming one is a postal address ("Bonn, Germany").
_COUNTRIES = frozenset(
    """
    germany deutschland österreich austria schweiz switzerland suisse svizzera france frankreich italia
    italy italien españa spain spanien usa u.s.a. uk canada australia netherlands nederland belgium
    belgique belgië belgien polska poland sweden sverige norway norge denmark danmark portugal brasil
    brazil méxico mexico argentina colombia perú peru russia россия luxembourg luxemburg
    """.split()
)
# Forum ranks shown after a user name ("Jane Premium Member").
_RANK_WORDS = frozenset("member members premium supporter newbie regular elite registered".split())
# "Home and Digital Security Expert", "Founder & Lead Reviewer": a title, not two entries.
_TITLE_PAIR_RE = re.compile(
    r"(?:(?<=,)|(?<=^))\s*[^\W\d_]+\s+(?:and|&|und)\s+((?:[^\W\d_]+\s+){0,3}([^\W\d_]+))(?=\s*(?:,|$))"
)
_HANDLE_WORD_RE = re.compile(r"[^\W\d_]{3,24}\d{1,4}|[^\W\d_]{2,24}(?:_[^\W\d_]{1,24}){1,3}\d{0,4}")
# Words of template and code identifiers ("meta_value", "field_byline"): never part of a user name.
_CODE_WORDS = frozenset(
    """
    meta value field data post page class item list type id text title link url src img icon button
    wrapper container large small medium thumb thumbnail block widget node entry label
    """.split()
)
# Beats and desks between a name and its role ("Jane Roe, Tech Reporter"), dropped with the role.
_BEAT_WORDS = frozenset(
    """
    tech technology science health business sports sport politics political travel food lifestyle
    entertainment culture arts music film features investigative breaking news digital data
    climate energy economics economy finance money legal education national foreign local security defense
    defence justice crime courts markets transport housing environment world metro
    """.split()
)
_NAME_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?")
_VOWELS = frozenset("aeiouyAEIOUY")
_HUMP_RE = re.compile(r"[A-Z]?[a-z]+")


@attrs.frozen(kw_only=True)
class Byline:
    """What a byline said: person names, and organisations that belong in ``source``."""

    authors: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


def _capitalise(word: str) -> str:
    out = []
    upper_next = True
    for i, ch in enumerate(word):
        if upper_next:
            out.append(ch.upper())
        else:
            out.append(ch.lower())
        rest = word[i + 1 : i + 3]
        upper_next = ch == "-" or (ch in "'’" and len(rest) == 2 and rest.isalpha())
    return "".join(out)


def fix_case(name: str) -> str:
    """Return ``name`` with ALL-CAPS or all-lowercase words capitalised; mixed case is kept."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return name
    if not (all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)):
        return name
    words = name.split(" ")
    fixed = [
        w.lower() if 0 < i < len(words) - 1 and w.lower() in _PARTICLES and len(w) > 2 else _capitalise(w)
        for i, w in enumerate(words)
    ]
    # A short all-caps word next to others is an initial or an acronym-like initial ("JR Smith").
    return " ".join(fixed)


def _strip_entry(entry: str) -> str:
    entry = _LABEL_RE.sub("", _CONJUNCTION_RE.sub("", entry.strip(" \t:,-–—|")))
    entry = _PREFIX_RE.sub("", entry)
    if entry[:3].lower() == "to ":
        entry = entry[3:]
    entry = _NAV_PREFIX_RE.sub("", entry)
    for m in _MONTH_NUMBER_RE.finditer(entry) if _DIGIT_RE.search(entry) else ():
        if is_month_name(m.group(1)) or _is_weekday(m.group(1)):
            entry = _DATE_LEAD_RE.sub("", entry[: m.start()])
            break
    entry = _TAIL_RE.sub("", entry)
    head, _, month = entry.rpartition(" ")
    # "Luke Roe December": a trailing month name that no one is named after is a date's leftover.
    if head and is_month_name(month) and len(month) >= 5 and month.lower() not in _NAME_MONTHS:
        entry = head
    entry = entry.strip(" \t:,-–—|'\"“”‘’*")
    # A final dot ends an initial ("Isabelle Z.") or a sentence ("... Free World.").
    last = entry.rsplit(" ", 1)[-1]
    return entry if len(last.rstrip(".")) <= 2 else entry.rstrip(".")


def _is_weekday(word: str) -> bool:
    return word.lower().rstrip(".,") in _WEEKDAYS


def _is_credential(word: str) -> bool:
    return word.lower().replace(".", "").strip(",®") in _CREDENTIALS


def _strip_roles(words: list[str]) -> list[str] | None:
    """Return the words without leading and trailing roles; None when only a publication is left.

    "Jane Roe Tech Reporter" is Jane Roe; "Podium Staff" and "Example Contributor" name no one.
    """
    role = False
    while len(words) > 1 and words[-1].lower() in _RANK_WORDS:
        words = words[:-1]
    while len(words) > 1 and (words[-1].lower().strip(".,") in _ROLE_WORDS or _is_credential(words[-1])):
        role = role or not _is_credential(words[-1])
        words = words[:-1]
    if role:
        while len(words) > 1 and words[-1].lower().strip(".,") in _BEAT_WORDS:
            words = words[:-1]
        if len(words) == 1 or len(words) >= 3:
            return None  # "Example Contributor"; "Certified Pediatric Sleep Consultant" is a title
    # "Senior-Editor Jane Roe", "Example-Online-Experte Jane Roe": a compound ending in a role.
    while len(words) > 1 and (
        words[0].lower() in _ROLE_WORDS | _HONORIFICS or words[0].lower().rsplit("-", 1)[-1] in _ROLE_WORDS
    ):
        words = words[1:]
    return words


def _is_uncased_name(word: str) -> bool:
    return 2 <= len(word) <= 4 and all(ch.isalpha() and not ch.isupper() and not ch.islower() for ch in word)


def _is_handle(word: str) -> bool:
    """Return whether ``word`` is a user name with a number or underscores, made of no junk or code words."""
    if not _HANDLE_WORD_RE.fullmatch(word):
        return False
    parts = [p.rstrip("0123456789") for p in word.split("_")]
    if "_" in word and word.islower():
        return False  # "jane_roe": a login slug made from the name, which the page gives better elsewhere
    return all(p and not _is_junk_word(p) and p.lower() not in _CODE_WORDS for p in parts if len(p) > 1)


def _drop_avatar_letter(words: list[str]) -> list[str]:
    """Drop a forum avatar's initial shown next to the user name ("JaneR J", "J jroe")."""
    if len(words) != 2:
        return words
    first, second = words
    if len(second) == 1 and second.isalpha() and second.casefold() == first[0].casefold() and len(first) > 2:
        return [first]
    if len(first) == 1 and first.isalpha() and first.casefold() == second[0].casefold() and second.islower():
        return [second]
    return words


def _drop_avatar_initials(words: list[str]) -> list[str]:
    """Drop an avatar's initials shown before the name ("JR Jane Roe")."""
    if len(words) >= 3 and 2 <= len(words[0]) <= 3 and words[0].isupper():
        if words[0] == "".join(w[0] for w in words[1 : len(words[0]) + 1]) and len(words) == len(words[0]) + 1:
            return words[1:]
    return words


def _is_junk_word(word: str) -> bool:
    key = word.lower().strip(".")
    if len(key) == 1:
        return False
    if "-" in key and len(key) > 3:
        return any(_is_junk_word(part) for part in key.split("-") if part)
    humps = _HUMP_RE.findall(word) if word.isascii() else []
    if len(humps) > 1:
        return any(len(h) > 2 and h.lower() in _JUNK_WORDS for h in humps)
    if key in _JUNK_WORDS or key in _ROLE_WORDS:
        return True
    if "_" in word or any(ch.isdigit() for ch in word):
        return True
    ascii_letters = [ch for ch in word if ch.isascii() and ch.isalpha()]
    # "Ffffff", "Xxdr": ASCII words of four letters or more without a vowel are not names.
    return len(ascii_letters) >= 4 and len(ascii_letters) == len(word) and not _VOWELS & set(word)


def _person(entry: str) -> str | None:
    """Return the entry as a clean person name, or None when it is not one."""
    stripped = _strip_roles(_drop_avatar_initials(_drop_avatar_letter(entry.split())))
    if stripped is None:
        return None
    words = stripped
    if len(words) == 1 and _is_handle(words[0]):
        return words[0]  # a user name with a number or underscores ("jane1984", "Jane_Roe"), kept as written
    entry = " ".join(words)  # "Prof. John Doe": the honorific's dot is no initial
    if not 2 <= len(entry) <= 60 or ("." in entry and not _is_initials_name(entry)):
        return None
    if not 1 <= len(words) <= _MAX_NAME_WORDS or all(_is_credential(w) for w in words):
        return None
    if all(is_month_name(w) or _is_weekday(w) for w in words):
        return None  # "Dezember", "Sun Dec": what is left of a date
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return None  # a lone acronym ("TOI", "FAND") is no one's name
    for word in words:
        if word.lower() in _PARTICLES and len(words) > 1:
            continue
        if not _NAME_WORD_RE.fullmatch(word) or _is_junk_word(word):
            return None
    if len(words) == 1 and _is_uncased_name(words[0]):
        return words[0]  # "孔德明", "김민수": names in scripts without case are one word of two to four letters
    if len(words) == 1 and words[0].islower():
        # A lone lowercase word is a login name ("gnaddrig"): its owner's spelling, kept as written.
        return words[0] if len(words[0]) >= 4 else None  # shorter ones are initials ("jrd")
    name = fix_case(" ".join(words))
    if len(words) == 1 and (len(name) < 3 or not name[0].isupper()):
        return None
    if not any(w[0].isupper() for w in name.split() if w[0].isalpha()):
        return None
    return name


def _is_initials_name(entry: str) -> bool:
    """Return whether the dots in ``entry`` are initials ("J.R.R. Tolkien", "Isabelle Z.")."""
    if len(entry) > 60:
        return False
    for word in entry.split():
        if word.lower() in _ACADEMIC_TITLES:
            continue
        if "." in word and not re.fullmatch(r"(?:[^\W\d_]{1,3}\.){1,4}[^\W\d_]{0,2}", word):
            return False
        if word.islower() and not word.endswith("."):
            return False  # "mdr.de", "jane.roe": a domain or a login, not initials
    return True


def _cut_weekday_date(segment: str) -> str:
    """Cut a weekday and the date after it ("Jane Roe Fr, 18. Oktober 2019") before splitting at commas."""
    for m in _MONTH_NUMBER_RE.finditer(segment) if _DIGIT_RE.search(segment) else ():
        if _is_weekday(m.group(1)):
            return _DATE_LEAD_RE.sub("", segment[: m.start()])
    return segment


def _bracket(m: re.Match[str]) -> str:
    """Return a bracket as an aside entry; inside a name ("Ana (Guha) Roe") it is dropped."""
    before, after = m.string[: m.start()].rstrip(), m.string[m.end() :].lstrip()
    if before[-1:].isalpha() and after[:1].isalpha() and after[:1].isupper():
        return " "
    return f"; {_ASIDE}{m.group(0)[1:-1]} ;"


def _title_pair(m: re.Match[str]) -> str:
    return f" {m.group(2)}" if m.group(2).lower() in _ROLE_WORDS else m.group(0)


def _entries(raw: str) -> list[str]:
    text = unicodedata.normalize("NFC", raw[:_MAX_BYLINE])
    if "&" in text:
        text = html.unescape(text)
        if "&" in text:  # escaped twice: "Redacci&amp;oacute;n"
            text = html.unescape(text)
    text = _GLUED_LABEL_RE.sub("", text)
    text = _URL_RE.sub(" ", text)
    text = _EMAIL_RE.sub(" ", text)
    text = _HANDLE_RE.sub(" ", text)
    text = _PHONE_RE.sub(" ", text)
    text = _BRACKETS_RE.sub(_bracket, text)
    text = " ".join(text.split())
    text = _LABEL_RE.sub("", text)
    entries = []
    for segment in _SEGMENT_RE.split(text):
        aside = segment.startswith(_ASIDE)
        segment = _cut_weekday_date(segment.lstrip(_ASIDE))
        whole = _strip_entry(segment)
        # "Center for Drug Evaluation and Research": an organisation is not split at "and".
        if _ORG_GLUE_RE.search(whole) and looks_like_organisation(whole):
            entries.append(_ASIDE + whole if aside else whole)
            continue
        if " and " in segment or "&" in segment or " und " in segment:
            segment = _TITLE_PAIR_RE.sub(_title_pair, segment)
        parts = [e for e in (_strip_entry(part) for part in _SPLIT_RE.split(segment)) if e]
        entries += [_ASIDE + e for e in parts] if aside else parts
    return [e for e in entries if e]


def _organisation(entry: str) -> str | None:
    words = entry.split()
    if len(words) > 1 and words[-1].lower() in _ROLE_WORDS - _ORG_TAIL_WORDS:
        return None  # "Jane Roe Staff Writer": a person and a role
    size = len(words)
    while len(words) > 1 and words[-1].lower() in _ORG_TAIL_WORDS:
        words = words[:-1]
    entry = " ".join(words)
    # "Example Staff", "Example Team": one name before the staff is the publication's.
    staff = size == 2 and len(words) == 1 and words[0][:1].isupper() and not _is_junk_word(words[0])
    if not 1 <= len(words) <= 8 or len(entry) > 80 or not (staff or looks_like_organisation(entry)):
        return None
    keys = [w.lower().strip(".,:") for w in words]
    if any("_" in k or k in _NOT_ORG_WORDS for k in keys):
        return None
    if all(k in _JUNK_WORDS or k in _ROLE_WORDS for k in keys):
        return None
    return fix_case(entry) if entry.isupper() and len(entry) > 6 else entry


def parse_byline(raw: str) -> Byline:
    """Return the persons and organisations named in a raw byline or author column.

    A personal blog's name is often its author's: an entry repeating the site name stays a person.
    """
    authors: list[str] = []
    organisations: list[str] = []
    seen: set[str] = set()
    entries = _entries(raw)
    if any(entry.casefold() in _COUNTRIES for entry in entries):
        entries = [e for e in entries if _organisation(e) is not None]  # an address: no persons in it
    after_role = False
    for entry in entries:
        aside = entry.startswith(_ASIDE)
        entry = entry.lstrip(_ASIDE)
        org = _organisation(entry)
        if org is not None:
            organisations.append(org)
            continue
        name = _person(entry)
        if name is None:
            # "Jane Roe, Senior Director, Example": what follows a title is an affiliation.
            after_role = after_role or any(w.lower().strip(".,") in _ROLE_WORDS for w in entry.split())
            continue
        if (aside and authors) or (after_role and " " not in name):
            continue  # "Jane Roe (Example)": an alias or affiliation in brackets, not a second author
        after_role = False
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            authors.append(name)
    # Keep only the fullest form of a name given twice ("Smith" next to "John Smith").
    kept = tuple(a for a in authors if not any(a != b and f" {a.casefold()}" in f" {b.casefold()}" for b in authors))
    if len(kept) >= 3 and not any(" " in a for a in kept):
        kept = ()  # "Politics / Climate / Energy": three or more lone words are a list of tags
    return Byline(authors=kept, organisations=tuple(dict.fromkeys(organisations)))
