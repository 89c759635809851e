"""One-off import of the sourced research bundle (../shared/research) into the data package format.

Kept so anyone can see how every shipped row was derived from the research: which rows were
re-shaped, which qualifiers were read off the quotes, which notes were added. It never invents a
figure: it only moves, renames and annotates what the research recorded.

    python scripts/import_research.py RESEARCH_DIR OUT_DIR

Refuses to write into a folder that already holds CSV files (the shipped data/ is maintained by
hand after the import; re-importing would overwrite those edits).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ngo_dashboard.package import TABLES, describe_package  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED_URL = "https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def slugify(text: str, limit: int = 60) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", text)
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    return out


# --- sources ---------------------------------------------------------------------------------

CITY_HOSTS = re.compile(r"(^|\.)krakow\.pl\.?$")
PUBLISHERS = {
    "krakow.pl": "krakow.pl – Urząd Miasta Krakowa",
    "bip.krakow.pl": "BIP Kraków – Urząd Miasta Krakowa",
    "ngo.krakow.pl": "ngo.krakow.pl – Urząd Miasta Krakowa (portal dla organizacji pozarządowych)",
    "obywatelski.krakow.pl": "obywatelski.krakow.pl – Urząd Miasta Krakowa (Kraków Obywatelski)",
    "co.krakow.pl": "co.krakow.pl – Centrum Obywatelskie (serwis Miasta Krakowa)",
    "rewitalizacja.krakow.pl": "rewitalizacja.krakow.pl – Urząd Miasta Krakowa",
    "strategia.krakow.pl": "strategia.krakow.pl – Urząd Miasta Krakowa",
    "mlodziez.krakow.pl": "mlodziez.krakow.pl – Urząd Miasta Krakowa (Młody Kraków)",
    "dzielnica6.krakow.pl": "dzielnica6.krakow.pl – Rada i Zarząd Dzielnicy VI Bronowice",
    "dzielnica10.krakow.pl": "dzielnica10.krakow.pl – Rada i Zarząd Dzielnicy X Swoszowice",
    "dzielnica18.krakow.pl": "dzielnica18.krakow.pl – Rada i Zarząd Dzielnicy XVIII Nowa Huta",
    "fundusze.ngo.pl": "fundusze.ngo.pl – portal ngo.pl (Stowarzyszenie Klon/Jawor)",
    "publicystyka.ngo.pl": "publicystyka.ngo.pl – portal ngo.pl (Stowarzyszenie Klon/Jawor)",
    "fundusze.ngo.witkac.pl": "fundusze.ngo.witkac.pl – kopia ogłoszenia",
    "ssgk.stat.gov.pl": "GUS – Główny Urząd Statystyczny",
    "github.com": "GitHub – kopia pliku GUS w repozytorium LiCHUTKO/projekt-python",
    "fkop.bis-krakow.pl": "fkop.bis-krakow.pl – Fundacja Biuro Inicjatyw Społecznych",
    "bis-krakow.pl": "bis-krakow.pl – Fundacja Biuro Inicjatyw Społecznych",
}
PRIMARY_HOSTS = {"ssgk.stat.gov.pl", "stat.gov.pl"}
LANGUAGE_BY_HOST = {
    "www.askbiography.com": "en",
    "en-academic.com": "en",
    "docplayer.net": "en",
    "poland.gg": "en",
    "independentxpress.de": "pt",
}
URL_NOTES = {
    "bip.krakow.pl.": "The host ends with a dot, as the source gave it; it is a valid address of bip.krakow.pl.",
    "niepelnosprawni.pl.": "The host ends with a dot and the address carries a jsessionid, as the source gave it.",
    "independentxpress.de": "Portuguese machine translation of a fakt.pl article; the original is linked as "
    "the second source of the call.",
}
# Research rows that hold a partial reference instead of an address; the address below is the
# nearest http(s) form and its note says what was recorded.
PARTIAL_URLS = {
    "docplayer.pl/amp/43276045": (
        "https://docplayer.pl/amp/43276045",
        "Projekt Programu współpracy na rok 2012 (załącznik do projektu uchwały), kopia w docplayer.pl",
        "Recorded as 'docplayer.pl/amp/43276045' without scheme or title suffix; https:// added.",
    ),
    "krakow.pl dok_id=243002": (
        "https://www.krakow.pl/get_html.php?dok_id=243002",
        "Konsultacje projektu Programu Współpracy Gminy Miejskiej Kraków na rok 2021",
        "Recorded only as 'krakow.pl dok_id=243002'; address rebuilt with the krakow.pl get_html.php "
        "pattern used by other sources. Verify before quoting.",
    ),
    "dzielnica18.krakow.pl": (
        "https://dzielnica18.krakow.pl/",
        "Ogłoszenie o konsultacjach Programu Współpracy „NA ROK 2025”",
        "Recorded only as 'dzielnica18.krakow.pl'; the page address was not recorded, this is the site.",
    ),
}
GITHUB = re.compile(r"^github:([^/]+)/([^/]+)/(.+)@([0-9a-f]{40})$")


def normalise_url(url: str) -> tuple[str, str | None]:
    """The research's address as an http(s) URL, and a note when it had to be rewritten."""
    if url in PARTIAL_URLS:
        return PARTIAL_URLS[url][0], PARTIAL_URLS[url][2]
    match = GITHUB.match(url)
    if match:
        owner, repo, path, commit = match.groups()
        return (
            f"https://github.com/{owner}/{repo}/blob/{commit}/{path}",
            f"Recorded as '{url}' (a file at one commit of a public GitHub repository). The file is a "
            "copy of the GUS file in cp1250, so its quotes show mojibake; the numbers are not affected.",
        )
    return url, None


def split_document(document: str) -> tuple[str, str | None, str | None]:
    """'Title (site, komunikat, 2021)' -> (title, site, published)."""
    match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", document)
    if not match:
        return document, None, None
    title, inside = match.groups()
    parts = [p.strip() for p in inside.split(",")]
    published = None
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", parts[-1]):
        published = parts[-1]
    site = parts[0] if parts and "." in parts[0] else None
    return title or document, site, published


class Sources:
    def __init__(self) -> None:
        self.rows: dict[str, dict[str, str]] = {}  # by normalised url
        self.ids: set[str] = set()

    def _new_id(self, url: str) -> str:
        parts = urlsplit(url)
        host = (parts.hostname or "source").rstrip(".").removeprefix("www.")
        if host == "github.com":
            self.ids.add("gus-cpi-copy-github")
            return "gus-cpi-copy-github"
        numbers = re.findall(r"\d{3,}", parts.path + "?" + parts.query)
        tail = (
            numbers[0]
            if numbers
            else slugify(parts.path.strip("/").split("/")[-1] if parts.path.strip("/") else "", 30)
        )
        base = slugify(f"{host} {tail}".strip(), 80) or "source"
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    def add(self, raw_url: str, title: str, published: str | None = None, site: str | None = None) -> str:
        url, url_note = normalise_url(raw_url)
        if url in self.rows:
            row = self.rows[url]
            if published and not row["published"]:
                row["published"] = published
            return row["source_id"]
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        bare = host.rstrip(".")
        if raw_url in PARTIAL_URLS:
            title = PARTIAL_URLS[raw_url][1]
        publisher = PUBLISHERS.get(bare) or (f"{site}" if site else bare)
        kind = "primary" if CITY_HOSTS.search(host) or bare in PRIMARY_HOSTS else "secondary"
        if "/english/" in url:
            language = "en"
        else:
            language = LANGUAGE_BY_HOST.get(urlsplit(url).hostname or "", "pl")
        notes = [n for n in (url_note, URL_NOTES.get(host), URL_NOTES.get(urlsplit(url).hostname or "")) if n]
        if "obywatelski.krakow.pl/https:/" in url:
            notes.append(
                "The path repeats the host ('…/https:/obywatelski.krakow.pl/…'), as the source gave it."
            )
        if url == SEED_URL:
            published = "2021-03-01"
        row = {
            "source_id": self._new_id(url),
            "title": title,
            "publisher": publisher,
            "url": url,
            "published": published or "",
            "accessed": "",
            "kind": kind,
            "language": language,
            "note": " ".join(dict.fromkeys(notes)),
        }
        self.rows[url] = row
        return row["source_id"]


# --- events ----------------------------------------------------------------------------------

INFERRED = {
    "2010-08-25",
    "2011-06-11",
    "2012-05-17",
    "2014-03-07",
    "2015-10-16",
    "2017-01",
    "2018",
    "2023",
    "2022-02-25",
}
EVENT_NOTES: dict[tuple[str, str], tuple[str, str]] = {
    ("2000", "'Philanthropist of Kraków' title established"): (
        "Tytuł ustanowiono w 2000 r., ale laureaci są wymienieni „z lat 1999-2021”; pierwsze nagrody "
        "przyznano prawdopodobnie za rok 1999.",
        "The title was established in 2000, but laureates are listed 'z lat 1999-2021'; the first "
        "awards were probably for 1999.",
    ),
    ("2008", "MOWIS support-centre project (Norway Grants)"): (
        "Źródła różnią się co do okresu projektu: ngo.krakow.pl podaje lata 2008–2010, ue.krakow.pl "
        "październik 2008 – lipiec 2009. Data powstania MOWIS jako komórki urzędu nie jest ustalona.",
        "Sources disagree on the project period: ngo.krakow.pl gives 2008–2010, ue.krakow.pl October "
        "2008 – July 2009. When MOWIS was founded as a unit of the City Office is unresolved.",
    ),
    ("2010-03-12", "Amendment to the Public Benefit Act"): (
        "Źródło potwierdza tę datę tylko dla art. 7 ustawy nowelizującej, nie dla całej ustawy.",
        "The source confirms this date only for art. 7 of the amending act, not for the whole act.",
    ),
    ("2010-08-25", "First reading of the 2011 cooperation programme"): (
        "Rok wywnioskowany (projekt dotyczy programu na 2011 r., a 25 sierpnia 2010 r. była środa). "
        "Źródło mówi, że czytanie „zaplanowano”, nie że się odbyło.",
        "Year inferred (the draft is the 2011 programme and 25 August 2010 was a Wednesday). The source "
        "says the reading was scheduled, not that it took place.",
    ),
    ("2011-06-11", "9th NGO Festival in Nowa Huta"): (
        "Rok wywnioskowany ze wzmianki o Europejskim Roku Wolontariatu (2011).",
        "Year inferred from the mention of the European Year of Volunteering (2011).",
    ),
    ("2012-05-17", "General Assembly of NGOs at City Hall"): (
        "Rok wywnioskowany; źródło podaje tylko dzień i miesiąc.",
        "Year inferred; the source gives only the day and month.",
    ),
    ("2012-07-26", "Kraków Public Benefit Council appointed"): (
        "Źródła różnią się co do składu Rady: 2012 – 8 NGO, 4 Rada Miasta, 4 Prezydent; 2019 – 8 NGO, "
        "4 Rada Miasta, 4 urząd i jednostki; inny artykuł – 8 NGO, 4 urząd, 2 radnych.",
        "Sources disagree on the Council's make-up: 2012 – 8 NGO, 4 City Council, 4 Mayor; 2019 – 8 NGO, "
        "4 City Council, 4 City Office and units; another article – 8 NGO, 4 City Office, 2 councillors.",
    ),
    ("2014-03-07", "'Together for Kraków' NGO conference"): (
        "Rok wywnioskowany ze słowa „br.” (bieżącego roku).",
        "Year inferred from 'br.' (this year).",
    ),
    ("2014-09-27", "Voting in the first participatory budget"): (
        "To, że był to „pierwszy” budżet obywatelski, opiera się na innych źródłach, które edycję "
        "z 2017 r. nazywają czwartą.",
        "That this was the 'first' participatory budget rests on other sources, which call the 2017 "
        "edition the fourth.",
    ),
    ("2015", "Multi-year Cooperation Programme 2015–2018"): (
        "Data to pierwszy rok okresu programu, nie data uchwalenia (nieznana).",
        "The date is the first year of the programme period, not the adoption date (not found).",
    ),
    ("2015-10-16", "Consultations on the 2016 cooperation programme"): (
        "Ostatni dzień konsultacji; rok wywnioskowany z roku programu, początek nieznany.",
        "Last day of the consultations; year inferred from the programme year, start not stated.",
    ),
    ("2017", "Over PLN 87 million for NGOs"): (
        "Dolna granica („przeszło”) kwoty wykonanej, podana na stronie festiwalu prowadzonego przez NGO, "
        "nie w sprawozdaniu miasta; nie wiadomo, które jednostki i tryby obejmuje.",
        "A lower bound ('przeszło') of money executed, stated on an NGO-run festival's website, not in "
        "a city report; which units and funding modes it covers is not stated.",
    ),
    ("2017-01", "MOWIS runs the Civic Centre temporarily"): (
        "Rok wywnioskowany („nowego roku”).",
        "Year inferred ('nowego roku', the new year).",
    ),
    ("2017-01-01", "Change in MOWIS's status"): (
        "Zmiana statusu MOWIS jest wnioskiem: cytowane zdanie urywa się.",
        "The change in MOWIS's status is an inference: the quoted sentence breaks off.",
    ),
    ("2018", "Bottom-up drafting of the 2019–2022 multi-year programme"): (
        "Rok wywnioskowany: strona projektu nie podaje roku; powiązany dokument ma datę 22 czerwca 2018 r.",
        "Year inferred: the project page gives no year; a related document is dated 22 June 2018.",
    ),
    ("2019", "Multi-year Cooperation Programme 2019–2022"): (
        "Data to pierwszy rok okresu programu, nie data uchwalenia (nieznana).",
        "The date is the first year of the programme period, not the adoption date (not found).",
    ),
    ("2020-10-13", "Call: Civic Centre at 20 Reymonta St. (2021–2022)"): (
        "Cytowane zdanie podaje okres realizacji zadania, nie datę ogłoszenia; datę sprawdź na stronie źródła.",
        "The quoted sentence gives the task period, not this date; check the date on the linked page.",
    ),
    ("2021", "Over PLN 102 million in the 2021 programme"): (
        "Kwota planowana (102 262 543 zł) według komunikatu miasta, nie według uchwały programu.",
        "A planned amount (PLN 102,262,543) as reported in the city's news item, not in the programme "
        "resolution.",
    ),
    ("2021-03", "Two Civic Centres operating"): (
        "Stan w chwili publikacji artykułu z 1 marca 2021 r.; artykuł nie podaje nazw centrów.",
        "The situation when the article of 1 March 2021 was published; it does not name the centres.",
    ),
    ("2021-09-14", "Call: Civic Centre at Centrum C 10 (2022–2023)"): (
        "Cytowane zdanie podaje okres realizacji zadania, nie datę ogłoszenia; datę sprawdź na stronie źródła.",
        "The quoted sentence gives the task period, not this date; check the date on the linked page.",
    ),
    ("2022-02-25", "War in Ukraine: city collection and NGO help"): (
        "Data wywnioskowana z „w drugim dniu wojny”.",
        "Date inferred from 'w drugim dniu wojny' (on the second day of the war).",
    ),
    ("2022-03-12", "Act on assistance to Ukrainian citizens"): (
        "Ustawa krajowa; cytat pochodzi ze strony z Dolnego Śląska.",
        "A national law; the quote comes from a Lower Silesia page.",
    ),
    ("2022-11-16", "Call: Civic Centre at 20 Reymonta St. (2023–2025)"): (
        "Cytowane zdanie podaje okres realizacji zadania, nie datę ogłoszenia; datę sprawdź na stronie źródła.",
        "The quoted sentence gives the task period, not this date; check the date on the linked page.",
    ),
    ("2023", "Call: Civic Centre at Centrum C 10 (2024–2026)"): (
        "Rok wywnioskowany z „w roku bieżącym oraz w roku 2022”.",
        "Year inferred from 'w roku bieżącym oraz w roku 2022' (this year and 2022).",
    ),
    ("2025", "Multi-year Cooperation Programme 2025–2028"): (
        "Artykuł bez daty; data uchwalenia i numer uchwały nieznane. Konflikt z projektem na lata "
        "2024–2027 konsultowanym wiosną 2024 r.",
        "Undated article; adoption date and resolution number not found. Conflicts with the 2024–2027 "
        "draft consulted in spring 2024.",
    ),
}


def build_events(rows: list[dict[str, str]], sources: Sources) -> list[dict[str, str]]:
    out, ids = [], set()
    for row in rows:
        event_id = f"{row['date']}-{slugify(row['title_pl'], 50)}"
        assert event_id not in ids, event_id
        ids.add(event_id)
        title, site, published = split_document(row["document"])
        note = EVENT_NOTES.get((row["date"], row["title_en"]), ("", ""))
        out.append(
            {
                "event_id": event_id,
                "date": row["date"],
                "date_precision": row["date_precision"],
                "date_inferred": "true" if row["date"] in INFERRED else "false",
                "category": row["category"],
                "title_pl": row["title_pl"],
                "title_en": row["title_en"],
                "description_pl": row["description_pl"],
                "description_en": row["description_en"],
                "note_pl": note[0],
                "note_en": note[1],
                "source_id": sources.add(row["url"], title, published, site),
                "quote": row["quote"],
            }
        )
    used = {k for k in EVENT_NOTES}
    found = {(r["date"], r["title_en"]) for r in rows}
    assert used <= found, used - found
    return out


# --- money -----------------------------------------------------------------------------------


def build_money(rows: list[dict[str, str]], sources: Sources, pl: dict[str, str]) -> list[dict[str, str]]:
    out = []
    for row in rows:
        title, site, _ = split_document(row["document"])
        out.append(
            {
                "fact_id": f"{row['year']}-{row['measure'].replace('_', '-')}",
                "year": row["year"],
                "measure": row["measure"],
                "basis": row["basis"],
                "qualifier": row["qualifier"],
                "amount_pln": row["amount_pln"],
                "organisations_count": row["organisations_count"],
                "scope_note_pl": pl[row["scope_note"]],
                "scope_note_en": row["scope_note"],
                "source_id": sources.add(row["url"], title, row["published"] or None, site),
                "quote": row["quote"],
            }
        )
    return out


# --- competitions ----------------------------------------------------------------------------

# Notices that give only a multi-year total: the research put it in the first year; here the
# yearly amount stays empty and the total keeps the figure, so no chart can place it in one year.
NO_YEARLY_SPLIT = {
    "mops-uslugi-opiekuncze-2023-obszar-i",
    "mops-uslugi-opiekuncze-2023-obszar-ii",
    "mops-uslugi-opiekuncze-2023-obszar-iii",
    "mops-uslugi-opiekuncze-2023-obszar-iv",
    "mops-noclegownia-schronisko-mezczyzni-2025",
    "wpsiz-kluby-rodzicow-2020",
}
# Qualifiers read off the wording of the quote ("około", "prawie", "ponad", "até" = up to).
AMOUNT_QUALIFIERS = {
    "wkidn-festiwale-2018-2019": "about",
    "sport-kluby-projekty-2025": "at_most",
    "wpsiz-zima-dzieci-niepelnosprawne-2025": "about",
    "umk-kultura-konkurs-2011": "about",
}
TOTAL_QUALIFIERS = {"umk-pracownia-mlodych-3-2021": "at_least"}
AWARDED = {"sport-kluby-projekty-2022", "wpsiz-zima-dzieci-niepelnosprawne-2024"}
SPORT_NOTE = (
    "Dotacje dla klubów sportowych na podstawie ustawy o sporcie i uchwały Rady Miasta, nie otwarty "
    "konkurs ofert z art. 13 ustawy o działalności pożytku publicznego.",
    "Grants to sport clubs under the Sport Act and a City Council resolution, not an open call under "
    "art. 13 of the Public Benefit Act.",
)
CALL_NOTES: dict[str, tuple[str, str]] = {
    "sport-kluby-projekty-2021": (
        SPORT_NOTE[0] + " Kwota z artykułu o wynikach („do podziału było”).",
        SPORT_NOTE[1] + " Amount from an article about the results ('do podziału było', the pool).",
    ),
    "sport-kluby-projekty-2022": (
        SPORT_NOTE[0] + " Kwota z artykułu o wynikach.",
        SPORT_NOTE[1] + " Amount from an article about the results.",
    ),
    "sport-kluby-projekty-2025": (
        SPORT_NOTE[0] + " Kwota z portugalskiego tłumaczenia maszynowego artykułu fakt.pl („até” = do); "
        "oryginał jest drugim źródłem. Podane 2,9 mln zł za 2024 r. nie zgadza się z 6 mln zł za 2022 r.",
        SPORT_NOTE[1] + " Amount from a Portuguese machine translation of a fakt.pl article ('até' = up "
        "to); the original is the second source. The PLN 2.9 million given for 2024 conflicts with the "
        "PLN 6 million for 2022.",
    ),
    "sport-kluby-projekty-2026": SPORT_NOTE,
    "il-inicjatywa-lokalna-2022": (
        "Pula na inicjatywy lokalne mieszkańców, nie konkurs dotacyjny.",
        "A pool for residents' local initiatives, not a grant call.",
    ),
    "wpi-male-granty-rewitalizacja-2023-ed2": (
        "Małe granty (art. 19a) przyznawane bez otwartego konkursu ofert.",
        "Small grants (art. 19a) awarded without an open call.",
    ),
    "mops-asystent-osobisty-2026": (
        "Z 3 215 974 zł: 2 915 974 zł to środki państwowe (Fundusz Solidarnościowy), 300 000 zł – środki miasta.",
        "Of the PLN 3,215,974: PLN 2,915,974 is state money (Fundusz Solidarnościowy), PLN 300,000 city money.",
    ),
    "wpsiz-centrum-pierwszej-pomocy-psychologicznej-2024": (
        "Wcześniejsze 600 000 zł (2023) to środki UNICEF przekazane przez miasto, nie środki budżetu miasta.",
        "The prior PLN 600,000 (2023) was UNICEF money passed through the city, not city budget money.",
    ),
    "wpsiz-kluby-rodzicow-2020": (
        "Kwota z pola podsumowania ngo.pl, nie z treści ogłoszenia; to budżet całego okresu "
        "(listopad 2020 – kwiecień 2022) bez podziału na lata.",
        "Amount from the ngo.pl summary field, not from the notice text; it is the budget of the whole "
        "period (November 2020 – April 2022) with no split by year.",
    ),
    "otwarty-krakow-kampania-wielokulturowy": ("Źródło nie podaje roku.", "The source states no year."),
    "umk-pomoc-prawna-15-punktow": ("Źródło nie podaje roku.", "The source states no year."),
    "wpsiz-zima-dzieci-niepelnosprawne-2023": (
        "Ogłoszenie opublikowano pod koniec 2022 r.; wcześniejsze 200 000 zł to w rzeczywistości środki z 2022 r.",
        "The notice was published late in 2022; the prior PLN 200,000 was in fact 2022 money.",
    ),
    "wpsiz-zima-dzieci-niepelnosprawne-2024": (
        "Kwota przyznana (strona z wynikami), nie planowana.",
        "Amount awarded (results page), not planned.",
    ),
    "wkidn-renomowane-wydarzenia-2023-2026": (
        "Źródło podaje łącznie „ponad 6 mln zł”; kwoty roczne są dokładne.",
        "The source gives the total as 'ponad 6 mln zł' (more than PLN 6 million); yearly amounts are exact.",
    ),
    "wkidn-letnie-wydarzenia-2023": (
        "Pula na 2023 r. nie jest podana; wcześniejsza kwota pochodzi z artykułu, nie z formuły ogłoszenia.",
        "The 2023 pool is not stated; the prior figure is the article's, not the notice formula.",
    ),
    "umk-pracownia-mlodych-3-2021": (
        "„Ponad 315 tysięcy złotych” na cały okres, bez podziału na lata (artykuł prasowy).",
        "'Ponad 315 tysięcy złotych' (more than PLN 315,000) for the whole period, no split by year "
        "(press article).",
    ),
}
for _cid in (
    "mops-uslugi-opiekuncze-2023-obszar-i",
    "mops-uslugi-opiekuncze-2023-obszar-ii",
    "mops-uslugi-opiekuncze-2023-obszar-iii",
    "mops-uslugi-opiekuncze-2023-obszar-iv",
    "mops-noclegownia-schronisko-mezczyzni-2025",
):
    CALL_NOTES[_cid] = (
        "Kwota na cały okres realizacji; ogłoszenie nie pokazuje podziału na lata.",
        "Amount for the whole task period; the notice shows no split by year.",
    )
for _cid in ("il-inicjatywa-lokalna-2023", "il-inicjatywa-lokalna-2024"):
    CALL_NOTES[_cid] = CALL_NOTES["il-inicjatywa-lokalna-2022"]


def yearly_split(call_rows: list[dict[str, str]]) -> str:
    first = call_rows[0]
    if first["call_id"] in NO_YEARLY_SPLIT or (not first["amount_pln"] and first["total_pln"]):
        return "none"
    if not any(r["amount_pln"] for r in call_rows):
        return "unknown"
    years = {int(r["year"]) for r in call_rows if r["year"]}
    if first["period_start"] and first["period_end"]:
        span = set(range(int(first["period_start"][:4]), int(first["period_end"][:4]) + 1))
        if len(span) == 1:
            return "single_year"
        return "full" if span <= years else "partial"
    if len(call_rows) == 1:
        amount, total = first["amount_pln"], first["total_pln"]
        # One yearly amount below the notice's total: the other years exist but are not visible.
        return "partial" if amount and total and float(amount) < float(total) else "single_year"
    return "full"


def prior_kind(row: dict[str, str], quote: str) -> str:
    if not row["prior_amount_pln"]:
        return ""
    if "poprzednich konkursach" in quote:
        return "cumulative"
    if "w roku bieżącym oraz w roku" in quote:
        return "combined"
    return "as_stated"


# Trailing notes the research added in round brackets ("(ngo.pl: nabór od …)", "(row = Obszar I; …)")
# are not notice text; square brackets mark them as editorial, as everywhere else in the quotes.
EDITORIAL_TAIL = re.compile(
    r"\((ngo\.pl|row = |news |notice's own|also: |termin składania ofert)([^()]|\[[^\]]*\])*\)\s*$"
)


def mark_editorial(quote: str) -> str:
    match = EDITORIAL_TAIL.search(quote)
    if not match:
        return quote
    return quote[: match.start()] + "[" + match.group(0).strip()[1:-1] + "]"


def build_competitions(rows: list[dict[str, str]], sources: Sources) -> list[dict[str, str]]:
    by_call: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_call.setdefault(row["call_id"], []).append(row)
    out = []
    for call_id, call_rows in by_call.items():
        first_quote = mark_editorial(call_rows[0]["quote"])
        split = yearly_split(call_rows)
        for row in call_rows:
            # Later rows of a multi-year call carry a pointer "(see 2019 row) …" in the research;
            # every row here carries the notice's exact text instead.
            quote = first_quote if row["quote"].startswith("(see ") else mark_editorial(row["quote"])
            qualifier = AMOUNT_QUALIFIERS.get(call_id, "exact")
            amount, total = row["amount_pln"], row["total_pln"]
            if split == "none":
                total = total or amount
                amount = ""
            total_qualifier = ""
            if total:
                total_qualifier = TOTAL_QUALIFIERS.get(call_id, qualifier if len(call_rows) == 1 else "exact")
            title = call_rows[0]["title"]
            note = CALL_NOTES.get(call_id, ("", ""))
            out.append(
                {
                    "call_id": call_id,
                    "year": row["year"],
                    "title": row["title"],
                    "department": row["department"],
                    "area": row["area"],
                    "form": row["form"],
                    "basis": "awarded" if call_id in AWARDED else "planned",
                    "qualifier": qualifier,
                    "amount_pln": amount,
                    "total_pln": total,
                    "total_qualifier": total_qualifier,
                    "yearly_split": split,
                    "period_start": row["period_start"],
                    "period_end": row["period_end"],
                    "announced": row["announced"],
                    "prior_year": row["prior_year"],
                    "prior_amount_pln": row["prior_amount_pln"],
                    "prior_kind": prior_kind(row, first_quote),
                    "source_id": sources.add(row["url"], title, row["announced"] or None),
                    "source_id_2": sources.add(row["url2"], title) if row["url2"] else "",
                    "quote": quote,
                    "note_pl": note[0],
                    "note_en": note[1],
                }
            )
    return out


# --- context ---------------------------------------------------------------------------------

SERIES = {
    "cpi_pl": ("cpi", "index_prev_year_100"),
    "population_krakow": ("population", "persons"),
    "city_expenditure_krakow": ("expenditure", "PLN"),
}
# The one population row per year used for per-resident figures (issue: 31 December where stated).
POPULATION_IN_CALCULATIONS = {("2023", "806200")}
POPULATION_NOT_IN_CALCULATIONS = {
    ("2017", "https://www.bip.krakow.pl/?mmi=97"),
    ("2023", "806201"),
    ("2023", "804237"),
}


def context_basis(series: str, basis: str) -> str:
    if series == "cpi":
        return "annual_average"
    if series == "population":
        return "end_of_year" if basis.startswith("31 Dec") else "date_not_stated"
    if basis.startswith("executed"):
        return "executed"
    if "adopted" in basis:
        return "adopted_plan"
    return "draft" if "draft" in basis else "adopted_plan"


def context_qualifier(basis: str) -> str:
    if "przekroczą" in basis or "lower bound" in basis:
        return "at_least"
    if "około" in basis or "rzędu" in basis or "rounded" in basis:
        return "about"
    return "exact"


def build_context(rows: list[dict[str, str]], sources: Sources, pl: dict[str, str]) -> list[dict[str, str]]:
    out = []
    for row in rows:
        series, unit = SERIES[row["series"]]
        cross_check = "cross-check" in row["basis"]
        if series == "cpi":
            use = not cross_check
            note_en = "Cross-check: the same value in another GUS publication." if cross_check else ""
            note_pl = "Dla kontroli: ta sama wartość w innej publikacji GUS." if cross_check else ""
        else:
            note_en, note_pl = row["basis"], pl[row["basis"]]
            use = (
                series == "population"
                and (row["year"], row["url"]) not in POPULATION_NOT_IN_CALCULATIONS
                and (row["year"], row["value"]) not in POPULATION_NOT_IN_CALCULATIONS
            )
        if series == "population" and row["year"] == "2023":
            use = (row["year"], row["value"]) in POPULATION_IN_CALCULATIONS
        title, site = row["document"], None
        if " - " in title and not title.startswith("GUS"):
            site, title = title.split(" - ", 1)
        value = row["value"]
        out.append(
            {
                "series": series,
                "year": row["year"],
                "value": value,
                "unit": unit,
                "basis": context_basis(series, row["basis"]),
                "qualifier": context_qualifier(row["basis"]),
                "use_in_calculations": "true" if use else "false",
                "series_break": "true" if series == "population" and row["year"] == "2022" else "false",
                "note_pl": note_pl,
                "note_en": note_en,
                "source_id": sources.add(row["url"], title, split_document(row["document"])[2], site),
                "quote": row["quote"],
            }
        )
    return out


# --- programmes ------------------------------------------------------------------------------

# document_type of each research row, in file order (the research has no such column).
DOCUMENT_TYPES = [
    "resolution",
    "resolution",
    "draft",
    "draft",
    "draft",
    "programme_text",
    "consultation",
    "resolution",
    "resolution",
    "mention",
    "resolution",
    "resolution",
    "mention",
    "preparatory",
    "resolution",
    "consultation",
    "mention",
    "consultation",
    "mention",
    "consultation",
    "consultation",
    "consultation",
    "mention",
]


def build_programmes(
    rows: list[dict[str, str]], sources: Sources, pl: dict[str, str], events: list[dict[str, str]]
) -> list[dict[str, str]]:
    assert len(rows) == len(DOCUMENT_TYPES)
    titles_by_url = {}
    for event in events:
        titles_by_url.setdefault(event["source_id"], event["title_pl"])
    out, ids = [], set()
    for row, doc_type in zip(rows, DOCUMENT_TYPES, strict=True):
        if row["status"] == "probable":
            # NOTES: known only from a list of titles whose address was not recorded; "check them
            # in the BIP Kraków register before showing them". Listed as leads in data/README.md.
            continue
        period = row["period"]
        start, end = ("", "") if period == "unknown" else (period[:4], period[-4:])
        kind = "" if row["kind"] == "annual" else row["kind"].replace("_", " ")
        base = slugify(f"{period if period != 'unknown' else row['date']} {kind} {doc_type}", 60)
        doc_id, n = base, 2
        while doc_id in ids:
            doc_id, n = f"{base}-{n}", n + 1
        ids.add(doc_id)
        note_en, note_pl = row["note"], pl.get(row["note"], "")
        if "see the next row" in note_en:
            # The next research row was the unconfirmed resolution, which is not shipped (data/README.md).
            note_en = note_en.replace(
                "see the next row", "an unconfirmed resolution number is listed in data/README.md"
            )
            note_pl = note_pl.replace(
                "zob. następny wiersz", "niepotwierdzony numer uchwały podaje data/README.md"
            )
        out.append(
            {
                "doc_id": doc_id,
                "period_start": start,
                "period_end": end,
                "kind": row["kind"],
                "document_type": doc_type,
                "title_pl": pl[row["document"]],
                "title_en": row["document"],
                "date": row["date"],
                "status": row["status"],
                "source_id": sources.add(row["url"], pl[row["document"]]),
                "note_pl": note_pl,
                "note_en": note_en,
            }
        )
    return out


def write_table(folder: Path, name: str, columns: list[str], rows: list[dict[str, str]]) -> None:
    with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def main(research: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if any(out.glob("*.csv")):
        sys.exit(f"{out} already holds CSV files; refusing to overwrite them.")
    pl = json.loads((HERE / "translations_pl.json").read_text(encoding="utf-8"))
    pl_context = json.loads((HERE / "translations_context_pl.json").read_text(encoding="utf-8"))
    sources = Sources()
    seed_title = "Międzynarodowy Dzień NGO"
    sources.add(SEED_URL, seed_title, "2021-03-01", "krakow.pl")
    events = build_events(read(research / "events.csv"), sources)
    money = build_money(read(research / "money.csv"), sources, pl)
    programmes_raw = read(research / "programme_documents.csv")
    programmes = build_programmes(programmes_raw, sources, pl, events)
    competitions = build_competitions(read(research / "competitions.csv"), sources)
    context = build_context(read(research / "context.csv"), sources, pl_context)
    tables = {
        "sources": list(sources.rows.values()),
        "events": events,
        "money": money,
        "competitions": competitions,
        "context": context,
        "programmes": programmes,
    }
    for table in TABLES:
        write_table(out, table.name, table.columns, tables[table.name])
    descriptor = describe_package(
        name="krakow-ngo-cooperation",
        title="Współpraca Krakowa z organizacjami pozarządowymi – dane źródłowe",
        place_pl="Kraków",
        place_en="Kraków",
        created="2026-11-26T00:00:00Z",
        description="Sourced figures and events of the City of Kraków's cooperation with NGOs since "
        "1995. Every row carries its source and an exact quote. Imported from the research bundle "
        "with scripts/import_research.py, then maintained by hand.",
    )
    (out / "datapackage.json").write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print({name: len(rows) for name, rows in tables.items()})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
