"""Parse the dates that pages and dumps really contain into ISO 8601 with a precision.

Handles ISO 8601 and its database variants (``2018-01-25 16:17:44.789555``), epoch seconds and
milliseconds, numeric day-first/month-first dates (``22.11.2017``, ``11/22/2017``), month names in
English and a dozen other languages (a small table, no dateparser on the hot path), an optional
time of day with am/pm and UTC offset, and relative dates ("3 hours ago") resolved against the
capture time only.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable

import attrs

__all__ = [
    "MONTH_NAMES",
    "TIME_JOINERS",
    "ParsedDate",
    "Precision",
    "is_month_name",
    "is_plausible",
    "parse_date",
]

# A value longer than this is cut before searching: dates sit at the start of what we are given.
_MAX_VALUE = 300
_MIN_YEAR = 1990
_MAX_YEAR = 2100


class Precision(enum.Enum):
    """How much of a date the input stated."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


@attrs.frozen(kw_only=True)
class ParsedDate:
    """A date read from a string: the moment (naive or with offset) and what was stated of it."""

    moment: dt.datetime
    precision: Precision

    def iso(self) -> str:
        """Return the ISO 8601 form, as detailed as the input was."""
        m = self.moment
        if self.precision is Precision.YEAR:
            return f"{m.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{m.year:04d}-{m.month:02d}"
        if self.precision is Precision.DAY:
            return f"{m.year:04d}-{m.month:02d}-{m.day:02d}"
        return m.replace(microsecond=0).isoformat()

    def day(self) -> dt.date:
        """Return the calendar day as stated (local to the stated offset)."""
        return self.moment.date()


def _month_table() -> dict[str, int]:
    names = {
        1: "january jan januar jänner jaenner janvier janv enero ene gennaio gen janeiro januari "
        "ocak января январь stycznia styczeń tammikuuta",
        2: "february feb febr februar février fevrier févr fevr febrero febbraio fevereiro fev "
        "februari şubat subat февраля февраль lutego luty helmikuuta",
        3: "march mar märz maerz mär mars marzo março marco maart mart марта март marca marzec "
        "maaliskuuta",
        4: "april apr avril avr abril aprile aprilie nisan апреля апрель kwietnia kwiecień huhtikuuta",
        5: "may mai mayo maggio maio mei maj mayıs mayis мая май maja toukokuuta",
        6: "june jun juni juin junio giugno junho haziran июня июнь czerwca czerwiec kesäkuuta",
        7: "july jul juli juillet juil julio luglio julho temmuz июля июль lipca lipiec heinäkuuta",
        8: "august aug augusti août aout agosto augustus ağustos agustos августа август sierpnia "
        "sierpień elokuuta",
        9: "september sep sept septembre septiembre setiembre settembre setembro eylül eylul "
        "сентября сентябрь września wrzesień syyskuuta",
        10: "october oct okt oktober octobre octubre ottobre outubro ekim октября октябрь "
        "października październik lokakuuta",
        11: "november nov novembre noviembre novembro kasım kasim ноября ноябрь listopada "
        "listopad marraskuuta",
        12: "december dec dez dezember décembre decembre déc dic diciembre dicembre dezembro "
        "desember aralık aralik декабря декабрь grudnia grudzień joulukuuta",
    }
    return {word: number for number, words in names.items() for word in words.split()}


_MONTHS = _month_table()
# The month names and abbreviations parse_date reads, in its languages (lowercase).
MONTH_NAMES: frozenset[str] = frozenset(_MONTHS)

# Offsets of the zone abbreviations that pages print; ambiguous ones (IST, CST in Asia) stay out.
_ZONES = {
    "z": 0, "utc": 0, "gmt": 0, "ut": 0,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "cet": 60, "cest": 120, "bst": 60, "eet": 120, "eest": 180,
    "msk": 180,
}

_ZONE = (
    r"(?P<zone>[zZ]\b|[+-]\d{2}:?\d{2}\b"
    r"|(?i:utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|cest|bst|eet|eest|msk)\b)"
)
_TIME = (
    r"(?P<hour>\d{1,2})[:h.](?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d{1,9})?)?"
    r"(?:\s?(?P<ampm>[aApP]\.?[mM]\.?))?(?:\s?" + _ZONE + r")?"
)
_TIME_RE = re.compile(r"(?<![\d:])" + _TIME + r"(?![\d:])")
# The words that join a date to its time: "March 5, 2019 at 9:14", "3 juin 2019 à 14h32",
# "3 de junio de 2019 a las 14:32", "3 giugno 2019 alle 14:32", "3. März 2019 um 14:32".
TIME_JOINERS = ("at", "à", "a las", "a la", "alle", "um", "om", "às", "kl.", "kl")
_TIME_JOIN = re.compile(rf"[ \t,|@–-]*(?:(?:{'|'.join(map(re.escape, TIME_JOINERS))})[ \t]{{1,3}})?")

_ISO_RE = re.compile(
    r"(?<![\d.])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?:(?:T|\s{1,3}|\s?[-,|@]\s?)" + _TIME + r")?(?![\d])"
)
_COMPACT_RE = re.compile(r"(?<![\d])(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?![\d])")
_NUMERIC_RE = re.compile(
    r"(?<![\d.:/])(?P<first>\d{1,2})(?P<sep>[./-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d])"
)
_DAY_MONTH_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?[ \t,./-]{0,3}(?:de[ \t]{1,3})?"
    r"(?P<word>[^\W\d_]{3,12})\.?[ \t,./-]{0,3}(?:de[ \t]{1,3})?(?P<year>\d{4})(?!\d)"
)
_MONTH_DAY_RE = re.compile(
    r"(?<![^\W\d_])(?P<word>[^\W\d_]{3,12})\.?[ \t]{0,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:[ \t]{0,3},[ \t]{0,3}|[ \t]{1,3})(?P<year>\d{4})(?!\d)"
)
_MONTH_YEAR_RE = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]{3,12})\.?,?[ \t]{1,3}(?P<year>\d{4})(?!\d)")
_EPOCH_RE = re.compile(r"\s*(?P<secs>\d{10})(?P<millis>\d{3})?(?:\.\d{1,9})?\s*")
_YEAR_RE = re.compile(r"\s*(?P<year>\d{4})\s*")
_RELATIVE_RE = re.compile(
    r"(?i)\b(?P<count>\d{1,3}|an?|one)\s{1,3}(?P<unit>second|sec|minute|min|hour|hr|day|week|month|year)s?"
    r"\s{1,3}ago\b"
    r"|\bvor\s{1,3}(?P<dcount>\d{1,3}|einer?m?)\s{1,3}(?P<dunit>Sekunde|Minute|Stunde|Tag|Woche|Monat|Jahr)\w{0,2}\b"
    r"|(?P<word>\b(?:yesterday|today|just now|gestern|heute|hier|aujourd'hui|ayer|hoy)\b)"
)
_UNIT_SECONDS = {
    "second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400,
    "week": 604800, "sekunde": 1, "stunde": 3600, "tag": 86400, "woche": 604800,
}
_DAY_WORDS = {"yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1}


def _zone_offset(zone: str | None) -> dt.timezone | None:
    if not zone:
        return None
    key = zone.lower()
    if key in _ZONES:
        return dt.timezone(dt.timedelta(minutes=_ZONES[key]))
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:])
    if minutes > 14 * 60:
        return None
    return dt.timezone(sign * dt.timedelta(minutes=minutes))


def _build(
    year: int, month: int, day: int, time: re.Match[str] | None, precision: Precision
) -> ParsedDate | None:
    if not _MIN_YEAR - 100 <= year <= _MAX_YEAR:
        return None
    try:
        moment = dt.datetime(year, month, day)
    except ValueError:
        return None
    if time is None or time.group("hour") is None:
        return ParsedDate(moment=moment, precision=precision)
    hour, minute = int(time.group("hour")), int(time.group("minute"))
    ampm = (time.group("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    second = time.group("second")
    try:
        moment = moment.replace(hour=hour, minute=minute, second=int(second or 0),
                                tzinfo=_zone_offset(time.group("zone")))
    except ValueError:
        return ParsedDate(moment=moment, precision=Precision.DAY)
    return ParsedDate(moment=moment, precision=Precision.SECOND if second else Precision.MINUTE)


def _time_near(value: str, start: int, end: int) -> re.Match[str] | None:
    after = _TIME_RE.match(value, end, min(len(value), end + 24)) if end < len(value) else None
    if after is None:
        after = _TIME_RE.search(value[end : end + 24])
        if after is not None and _TIME_JOIN.fullmatch(value, end, end + after.start()) is None:
            after = None
    if after is not None:
        return after
    before = _TIME_RE.search(value[max(0, start - 32) : start])
    if before is not None:
        gap = value[max(0, start - 32) + before.end() : start].strip(" \t,-|@–on")
        if gap == "" or gap.casefold().rstrip(".") in _WEEKDAYS:  # "9:14 AM EST, Tue March 5, 2019"
            return before
    return None


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
    " montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so"
    " lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim"
    " lunes martes miércoles jueves viernes sábado domingo".split()
)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _from_iso(m: re.Match[str], value: str) -> ParsedDate | None:
    return _build(int(m.group("year")), int(m.group("month")), int(m.group("day")), m, Precision.DAY)


def _from_compact(m: re.Match[str], value: str) -> ParsedDate | None:
    return _build(int(m.group("year")), int(m.group("month")), int(m.group("day")), None, Precision.DAY)


def _from_numeric(m: re.Match[str], value: str) -> ParsedDate | None:
    first, second, sep = int(m.group("first")), int(m.group("second")), m.group("sep")
    if len(m.group("year")) == 2 and sep != ".":
        return None
    if first > 12:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    elif sep == "/":
        day, month = second, first
    else:
        day, month = first, second
    time = _time_near(value, m.start(), m.end())
    return _build(_year(m.group("year")), month, day, time, Precision.DAY)


def _from_words(m: re.Match[str], value: str) -> ParsedDate | None:
    month = _MONTHS.get(m.group("word").lower())
    if month is None:
        return None
    groups = m.groupdict()
    if groups.get("day") is None:
        return _build(int(m.group("year")), month, 1, None, Precision.MONTH)
    time = _time_near(value, m.start(), m.end())
    return _build(int(m.group("year")), month, int(m.group("day")), time, Precision.DAY)


_Finder = tuple[re.Pattern[str], Callable[[re.Match[str], str], ParsedDate | None]]


_FINDERS: tuple[_Finder, ...] = (
    (_ISO_RE, _from_iso),
    (_DAY_MONTH_RE, _from_words),
    (_MONTH_DAY_RE, _from_words),
    (_NUMERIC_RE, _from_numeric),
    (_COMPACT_RE, _from_compact),
    (_MONTH_YEAR_RE, _from_words),
)
_STRICT_FINDERS = tuple(f for f in _FINDERS if f[0] is not _COMPACT_RE)


_DIGIT = re.compile(r"\d")


def _absolute(value: str, finders: tuple[_Finder, ...]) -> ParsedDate | None:
    if _DIGIT.search(value) is None:  # every finder needs digits; most lines asked have none
        return None
    found: list[tuple[int, int, ParsedDate]] = []
    for rank, (pattern, convert) in enumerate(finders):
        for m in pattern.finditer(value):
            parsed = convert(m, value)
            if parsed is not None:
                found.append((m.start(), rank, parsed))
                break
    if not found:
        return None
    return min(found, key=lambda item: (item[0], item[1]))[2]


def _epoch(value: str) -> ParsedDate | None:
    m = _EPOCH_RE.fullmatch(value)
    if m is None:
        return None
    moment = dt.datetime.fromtimestamp(int(m.group("secs")), tz=dt.UTC)
    if not _MIN_YEAR <= moment.year <= _MAX_YEAR:
        return None
    return ParsedDate(moment=moment, precision=Precision.SECOND)


def _relative(value: str, capture: ParsedDate | None) -> ParsedDate | None:
    if capture is None:
        return None
    m = _RELATIVE_RE.search(value)
    if m is None:
        return None
    base = capture.moment
    if m.group("word"):
        back = _DAY_WORDS.get(m.group("word").lower(), 0)
        return ParsedDate(moment=base - dt.timedelta(days=back), precision=Precision.DAY)
    count_text = (m.group("count") or m.group("dcount")).lower()
    count = int(count_text) if count_text.isdigit() else 1
    unit = (m.group("unit") or m.group("dunit")).lower()
    if unit in ("month", "monat"):
        months = base.year * 12 + base.month - 1 - count
        return ParsedDate(moment=dt.datetime(months // 12, months % 12 + 1, 1), precision=Precision.MONTH)
    if unit in ("year", "jahr"):
        return ParsedDate(moment=dt.datetime(base.year - count, 1, 1), precision=Precision.YEAR)
    moment = base - dt.timedelta(seconds=count * _UNIT_SECONDS[unit])
    return ParsedDate(moment=moment, precision=Precision.DAY)


def parse_date(
    value: str, *, capture: ParsedDate | None = None, strict: bool = False
) -> ParsedDate | None:
    """Return the first date stated in ``value``, or None.

    ``capture`` is when the page was fetched; relative dates resolve against it and only it.
    ``strict`` (for free text) refuses bare numbers: a lone year, epoch seconds, ``20170815``.
    """
    value = value[:_MAX_VALUE]
    if not value.strip():
        return None
    if not strict:
        year = _YEAR_RE.fullmatch(value)
        if year is not None:
            return _build(int(year.group("year")), 1, 1, None, Precision.YEAR)
        parsed = _epoch(value) or _absolute(value, _FINDERS)
    else:
        parsed = _absolute(value, _STRICT_FINDERS)
    if parsed is not None:
        return parsed
    return _relative(value, capture)


def is_month_name(word: str) -> bool:
    """Return whether ``word`` is a month name or abbreviation in one of the known languages."""
    return word.lower().rstrip(".,") in _MONTHS


def is_plausible(date: ParsedDate, capture: ParsedDate | None) -> bool:
    """Return whether ``date`` can be a publication date: from 1990 on, not after the capture."""
    if date.moment.year < _MIN_YEAR or date.moment.year > _MAX_YEAR:
        return False
    if capture is None:
        return True
    # One day of slack: the two may be stated in different time zones.
    return date.day() <= capture.day() + dt.timedelta(days=1)
