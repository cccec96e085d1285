"""The words of printed dates, per language: month and weekday names, fillers, units, "ago" frames.

Data for :mod:`feedmaker.dates`, which matches words as letter runs and looks them up
here, so adding a language adds table rows, not regular-expression alternatives.
Every table is keyed by lower-case words, each also entered without diacritics.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

V = TypeVar("V")


@lru_cache(maxsize=8192)
def plain(word: str) -> str:
    """Return ``word`` without diacritics ("března" -> "brezna", "ΜΑΡΤΊΟΥ" -> "μαρτιου")."""
    if word.isascii():
        return word
    stripped = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return stripped.replace("ı", "i").replace("ł", "l").replace("’", "'").replace("ʼ", "'")


def word_table(rows: Iterable[str], values: tuple[V, ...]) -> dict[str, V]:
    """Return a lookup from rows of '|'-separated groups of words, group i meaning ``values[i]``.

    Each word is also entered without diacritics; "_" stands for a space inside a word.
    """
    table: dict[str, V] = {}
    for row in rows:
        groups = row.split("|")
        assert len(groups) == len(values), row
        for value, group in zip(values, groups, strict=True):
            for word in group.split():
                key = word.replace("_", " ")
                table[key] = value
                table.setdefault(plain(key), value)
    return table


def lookup(words: Mapping[str, V], word: str) -> V | None:
    """Return the value of ``word`` in the table ``words``, in any case, with or without its diacritics."""
    key = word.lower()
    found = words.get(key)
    if found is None and not key.isascii():
        found = words.get(plain(key))
    return found


# One row per language, the twelve months separated by "|" (genitives and abbreviations included).
_VIETNAMESE_MONTHS = ("một giêng", "hai", "ba", "tư bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
MONTHS: dict[str, int] = word_table(
    (
        "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug"
        "|september sep sept|october oct|november nov|december dec",
        "janvier janv|février févr|mars|avril avr|mai|juin|juillet juil|août|septembre sept"
        "|octobre oct|novembre nov|décembre déc",
        "januar jänner jan|februar feb|märz maerz mär|april apr|mai|juni|juli|august aug"
        "|september sep sept|oktober okt|november nov|dezember dez",
        "enero ene|febrero feb|marzo mar|abril abr|mayo|junio jun|julio jul|agosto|septiembre setiembre sep"
        "|octubre oct|noviembre nov|diciembre dic",
        "gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre set"
        "|ottobre ott|novembre|dicembre dic",
        "janeiro|fevereiro fev|março|abril abr|maio|junho|julho|agosto|setembro set|outubro out"
        "|novembro|dezembro dez",
        "januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|december",
        "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
        "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december",
        "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember",
        "styczeń stycznia sty|luty lutego lut|marzec marca|kwiecień kwietnia kwi|maj maja"
        "|czerwiec czerwca cze|lipiec lipca lip|sierpień sierpnia sie|wrzesień września wrz"
        "|październik października paź|listopad listopada lis|grudzień grudnia gru",
        "январь января янв|февраль февраля фев февр|март марта мар|апрель апреля апр|май мая"
        "|июнь июня июн|июль июля июл|август августа авг|сентябрь сентября сен сент"
        "|октябрь октября окт|ноябрь ноября ноя нояб|декабрь декабря дек",
        "січень січня січ|лютий лютого лют|березень березня бер|квітень квітня квіт кві"
        "|травень травня трав тра|червень червня черв чер|липень липня лип|серпень серпня серп сер"
        "|вересень вересня вер|жовтень жовтня жовт жов|листопад листопада лист лис|грудень грудня груд гру",
        "ocak oca|şubat şub|mart|nisan nis|mayıs|haziran haz|temmuz tem|ağustos ağu|eylül eyl|ekim eki"
        "|kasım kas|aralık ara",
        "januari|februari|maret|april|mei|juni|juli|agustus agu agt ags|september|oktober okt"
        "|november|desember des",
        "januari|februari|mac|april|mei|jun|julai|ogos ogo|september|oktober|november|disember dis",
        "leden ledna led|únor února úno|březen března bře|duben dubna dub|květen května kvě"
        "|červen června čvn|červenec července čvc|srpen srpna srp|září zář|říjen října říj"
        "|listopad listopadu lis|prosinec prosince pro",
        "ιανουάριος ιανουαρίου ιαν|φεβρουάριος φεβρουαρίου φεβ|μάρτιος μαρτίου μαρ|απρίλιος απριλίου απρ"
        "|μάιος μαΐου μάη μαΐ|ιούνιος ιουνίου ιουν|ιούλιος ιουλίου ιουλ|αύγουστος αυγούστου αυγ"
        "|σεπτέμβριος σεπτεμβρίου σεπ σεπτ|οκτώβριος οκτωβρίου οκτ|νοέμβριος νοεμβρίου νοε"
        "|δεκέμβριος δεκεμβρίου δεκ",
        "tammikuu tammikuuta tammik tammi|helmikuu helmikuuta helmik helmi"
        "|maaliskuu maaliskuuta maalisk maalis|huhtikuu huhtikuuta huhtik huhti"
        "|toukokuu toukokuuta toukok touko|kesäkuu kesäkuuta kesäk kesä"
        "|heinäkuu heinäkuuta heinäk heinä|elokuu elokuuta elok elo|syyskuu syyskuuta syysk syys"
        "|lokakuu lokakuuta lokak loka|marraskuu marraskuuta marrask marras|joulukuu joulukuuta jouluk joulu",
        "ianuarie ian|februarie feb febr|martie mar|aprilie apr|mai|iunie iun|iulie iul|august aug"
        "|septembrie sep sept|octombrie oct|noiembrie noi nov|decembrie dec",
        "január jan|február febr feb|március márc|április ápr|május máj|június jún|július júl"
        "|augusztus aug|szeptember szept szep|október okt|november nov|december dec",
        # Vietnamese: "tháng 3", "thg 3", "tháng Ba" ("month three"); "tháng Mười Hai" is three words.
        "|".join(
            f"tháng_{n} tháng_{n:02} thg_{n} thg_{n:02}"
            + "".join(f" tháng_{w} thg_{w}" for w in (_VIETNAMESE_MONTHS[n - 1].split() if n <= 10 else ()))
            + {11: " tháng_mười_một", 12: " tháng_mười_hai tháng_chạp"}.get(n, "")
            for n in range(1, 13)
        ),
    ),
    tuple(range(1, 13)),
)

WEEKDAYS: dict[str, bool] = word_table(
    (
        "monday tuesday wednesday thursday friday saturday sunday"
        " mon tue tues wed thu thur thurs fri sat sun",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
        "lunes martes miércoles jueves viernes sábado domingo",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "segunda terça quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira sexta-feira",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "måndag tisdag onsdag torsdag fredag lördag söndag mån tis ons tors fre lör sön",
        "poniedziałek wtorek środa czwartek piątek sobota niedziela pon wt śr czw pt sob niedz",
        "понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс",
        "понеділок вівторок середа четвер п'ятниця п’ятниця пʼятниця субота неділя нд",
        "pazartesi salı çarşamba perşembe cuma cumartesi pazar pzt cmt",
        "senin selasa rabu kamis jumat jum'at sabtu minggu ahad isnin khamis jumaat",
        "pondělí úterý středa čtvrtek pátek sobota neděle",
        "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή δευ τρι τετ πεμ παρ σαβ κυρ",
        "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
        "luni marți miercuri joi vineri sâmbătă duminică",
        "hétfő kedd szerda csütörtök péntek szombat vasárnap",
        "thứ_hai thứ_ba thứ_tư thứ_năm thứ_sáu thứ_bảy chủ_nhật thứ_2 thứ_3 thứ_4 thứ_5 thứ_6 thứ_7 cn",
        "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
    ),
    (True,),
)
# Words before the day that say nothing: Vietnamese "ngày" ("day") in "Thứ năm, ngày 12 tháng 3".
LEADING_WORDS = {**WEEKDAYS, "ngày": True, "ngay": True}

# Zone abbreviations printed by news sites; dateutil would otherwise drop
# them silently (or guess from the machine's own zone).
ZONES: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 3600,
    "IST": 3600,
    "WEST": 3600,
    "CET": 3600,
    "MEZ": 3600,
    "CEST": 7200,
    "MESZ": 7200,
    "EET": 7200,
    "EEST": 10800,
    "MSK": 10800,
    "EST": -18000,
    "EDT": -14400,
    "CST": -21600,
    "CDT": -18000,
    "MST": -25200,
    "MDT": -21600,
    "PST": -28800,
    "PDT": -25200,
    "AKST": -32400,
    "HST": -36000,
    "AEST": 36000,
    "AEDT": 39600,
    "ACST": 34200,
    "AWST": 28800,
    "NZST": 43200,
    "NZDT": 46800,
    "JST": 32400,
    "KST": 32400,
    "SGT": 28800,
    "HKT": 28800,
    "WIB": 25200,  # Indonesia: western, central, eastern
    "WITA": 28800,
    "WIT": 32400,
    "ICT": 25200,  # Indochina
}
# Zones printed by their region rather than their offset: the offset depends on the date (DST).
REGIONAL_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "UK": "Europe/London",
}

# Words between a date and its time ("kl. 14.05", "o 14:05", "saat 14:05"); Korean 오전/오후 say a.m./p.m.
FILLERS: dict[str, str] = {
    **dict.fromkeys(
        # en fr es de nl it pt sv pl, then ru uk fi tr id ro vi cs el
        "at on the of à a las la le el de del um am om alle às klockan kl godz o"
        " в во о об klo kello saat pukul pkl ora lúc vào v ve στις τις".split(),
        "",
    ),
    "오전": "am",
    "오후": "pm",
}
# Words that may close a date: the year's word ("2026 г.", "року", "roku") and a weekday after the date.
YEAR_WORDS = frozenset("года г року р roku r".split())

# One row per language, the units from seconds to years separated by "|".
UNIT_NAMES = ("seconds", "minutes", "hours", "days", "weeks", "months", "years")
UNITS: dict[str, str] = word_table(
    (
        "s sec secs second seconds|m min mins minute minutes|h hr hrs hour hours|d day days"
        "|w wk wks week weeks|mo month months|y yr yrs year years",
        "seconde secondes|minute minutes mn|heure heures|jour jours|semaine semaines|mois|an ans",
        "sekunde sekunden sek|minute minuten min|std stunde stunden|tag tagen tage|woche wochen"
        "|monat monaten monate|jahr jahren jahre",
        "segundo segundos|minuto minutos|hora horas|día días|semana semanas|mes meses|año años",
        "secondo secondi|minuto minuti|ora ore|giorno giorni|settimana settimane|mese mesi|anno anni",
        "segundo segundos|minuto minutos|hora horas|dia dias|semana semanas|mês meses|ano anos",
        "seconde seconden|minuut minuten|uur|dag dagen|week weken|maand maanden|jaar jaren",
        "sekund sekunder|minut minuter|tim timme timmar|dag dagar|vecka veckor|månad månader|år",
        "sekunda sekundy sekund sekundę sek|minuta minuty minut minutę|godzina godziny godzin godzinę godz"
        "|dzień dni|tydzień tygodnie tygodni tyg|miesiąc miesiące miesięcy mies|rok lata lat",
        "секунду секунды секунд сек|минуту минуты минут мин|час часа часов ч|день дня дней дн"
        "|неделю недели недель нед|месяц месяца месяцев мес|год года лет г",
        "секунду секунди секунд|хвилину хвилини хвилин хв|годину години годин|день дні днів"
        "|тиждень тижні тижнів тиж|місяць місяці місяців міс|рік роки років",
        "saniye sn|dakika dk dak|saat sa|gün|hafta|ay|yıl sene",
        "detik dtk sedetik|menit mnt minit semenit|jam sejam|hari sehari|minggu seminggu|bulan sebulan"
        "|tahun thn setahun",
        "sekundou sekundami sekund|minutou minutami minut|hodinou hodinami hodin hod|dnem dny dní dnů"
        "|týdnem týdny týdnů|měsícem měsíci měsíců|rokem roky lety let",
        "δευτερόλεπτο δευτερόλεπτα δευτ|λεπτό λεπτά λεπ|ώρα ώρες|ημέρα ημέρες μέρα μέρες"
        "|εβδομάδα εβδομάδες|μήνα μήνας μήνες|χρόνο χρόνος χρόνια έτος έτη",
        "sekunti sekuntia|minuutti minuuttia|tunti tuntia|päivä päivää pv|viikko viikkoa vk"
        "|kuukausi kuukautta kk|vuosi vuotta",
        "secundă secunde|minut minute|oră ore|zi zile|săptămână săptămâni|lună luni|an ani",
        "másodperccel|perccel|órával|nappal|héttel|hónappal|évvel",  # hu, with "ezelőtt"
        "giây|phút|giờ tiếng|ngày|tuần|tháng|năm",
        "초|분|시간|일|주|개월 달|년",
    ),
    UNIT_NAMES,
)
# Units that say "ago" themselves: Hungarian "2 órája", Korean written without a space "2시간전".
AGO_UNITS: dict[str, str] = word_table(
    (
        "másodperce|perce|órája|napja|hete|hónapja|éve",
        "초전|분전|시간전|일전|주전|개월전 달전|년전",
    ),
    UNIT_NAMES,
)
# Units meaning "one unit" on their own ("godzinę temu", "час назад", "před hodinou", "sejam yang lalu").
ONE_UNITS: dict[str, bool] = word_table(
    (
        "sekundę minutę godzinę dzień tydzień miesiąc rok"
        " секунду минуту час день неделю месяц год хвилину годину тиждень місяць рік"
        " sekundou minutou hodinou dnem týdnem měsícem rokem"
        " sekunti minuutti tunti päivä viikko kuukausi vuosi"
        " sedetik semenit sejam sehari seminggu sebulan setahun",
    ),
    (True,),
)
# The words around "N units", before|after: "vor|" is "vor 5 Stunden", "|ago" is "3 hours ago".
# Any unit goes with any frame.
AGO_FRAMES = frozenset(
    tuple(frame.replace("_", " ").split("|"))
    for frame in (
        "|ago |back vor| il_y_a| hace| há| fa| |fa |geleden |sedan för|sedan |temu"  # en…pl
        " |назад |тому_назад |тому |önce |yang_lalu |lalu před| πριν_από| πριν| |πριν"  # ru uk tr id cs el
        " |sitten acum| |în_urmă |ezelőtt |trước cách_đây| |전"  # fi ro hu vi ko
    ).split()
)
AGO_FRAMES_PLAIN = frozenset((plain(a), plain(b)) for a, b in AGO_FRAMES)
# A word whose unit depends on the language the frame shows: Ukrainian "2 год тому" is hours
# (Russian "год" is a year); Malay "30 saat yang lalu" is seconds (Turkish "saat" is an hour).
FRAMED_UNITS = {
    ("год", "тому"): "hours",
    ("saat", "yang lalu"): "seconds",
    ("saat", "lalu"): "seconds",
}
NUMBER_WORDS = {
    **dict.fromkeys(
        "a an one un une ein einem einer uno una en ett bir satu jeden jedna jednou jedním"
        " μία μια ένα ένας έναν o egy một 한 один одну одна".split(),
        1,
    ),
    "two": 2,
    "three": 3,
    "few": 3,
}
# One row per language: today|yesterday|the day before ("_" stands for a space).
DAY_WORDS: dict[str, int] = word_table(
    (
        "today|yesterday|",
        "heute|gestern|",
        "aujourd'hui aujourd’hui|hier|",
        "hoy|ayer|",
        "oggi|ieri|",
        "hoje|ontem|",
        "vandaag|gisteren|",
        "idag i_dag|igår i_går|förrgår i_förrgår",
        "dzisiaj dziś|wczoraj|przedwczoraj",
        "сегодня|вчера|позавчера",
        "сьогодні|вчора учора|позавчора",
        "bugün|dün|",
        "hari_ini|kemarin semalam|",
        "dnes|včera|předevčírem",
        "σήμερα|χθες χτες|προχθές",
        "tänään|eilen|toissapäivänä",
        "azi astăzi|ieri|alaltăieri",
        "ma|tegnap|tegnapelőtt",
        "hôm_nay|hôm_qua|hôm_kia",
        "오늘|어제|그제 그저께",
    ),
    (0, 1, 2),
)
DAY_FIRST_WORDS = {w.split()[0]: True for w in DAY_WORDS}  # a cheap test before the day-word reader
# Phrases that are a date without any digit.
JUST_NOW = frozenset(
    "just now,now,à l'instant,à l’instant,gerade eben,ahora mismo,ahora,alldeles nyss,nyss,przed chwilą"
    ",только что,щойно,az önce,baru saja,právě teď,před chvílí,μόλις τώρα,juuri nyt,chiar acum,az imént"
    ",vừa xong,방금,방금 전".split(",")
)
