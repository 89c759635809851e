"""Import of the third research harvest (../shared/research/harvest-3) into the shipped data package.

The first import (`import_research.py`) builds a package from scratch and refuses to write over one:
`data/` has been maintained by hand since. This script instead applies the harvest as a change on top
of the package as it is: it appends the new rows and corrects named cells, and leaves every other byte
alone. It is kept, like the first import, so anyone can see how each new row was derived; it never
invents a figure. Translations, ids and editorial notes are written out here, once.

    python scripts/import_harvest3.py HARVEST_DIR DATA_DIR

Refuses to run twice (any new id already present), and refuses to correct a cell that no longer
holds the value the harvest corrects (someone has edited it since), so it cannot overwrite a hand
edit. `leads_secondary.csv` is not read: it holds leads only (data/README.md lists them).
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from import_research import prior_kind, read, slugify, yearly_split  # noqa: E402

from ngo_dashboard.package import TABLES  # noqa: E402

Row = dict[str, str]

# --- sources ---------------------------------------------------------------------------------
# Ids follow the first import's rule (host + the first number, or last word, of the address).

BIP = "BIP Kraków – Urząd Miasta Krakowa"
KRAKOW = "krakow.pl – Urząd Miasta Krakowa"
NGO_PL = "fundusze.ngo.pl – portal ngo.pl (Stowarzyszenie Klon/Jawor)"
DOT_HOST = "The host ends with a dot, as the source gave it; it is a valid address of bip.krakow.pl."
TITLE_FROM_ADDRESS = "Title read from the page address; the stored excerpt shows no title or date."
DOCPLAYER_TITLE_PAGE = (
    "Copy on docplayer.pl; the stored copy shows only the resolution's title, not its subject or text."
)


def source(
    source_id: str,
    title: str,
    publisher: str,
    url: str,
    *,
    kind: str,
    published: str = "",
    note: str = "",
) -> Row:
    return {
        "source_id": source_id,
        "title": title,
        "publisher": publisher,
        "url": url,
        "published": published,
        "accessed": "",
        "kind": kind,
        "language": "pl",
        "note": note,
    }


NEW_SOURCES = [
    # competitions_verified.csv
    source(
        "bip-krakow-pl-190708",
        "Prowadzenie ośrodka realizującego usługi poradnictwa i terapii dla mieszkańców Gminy Miejskiej "
        "Kraków na terenie Dzielnicy XVIII Nowa Huta (1.05.2024–30.06.2027)",
        BIP,
        "https://bip.krakow.pl./?dok_id=190708",
        kind="primary",
        note=DOT_HOST,
    ),
    source(
        "fundusze-ngo-pl-410443",
        "Świadczenie usługi asystenta osobistego osoby niepełnosprawnej (edycja 2023)",
        NGO_PL,
        "https://fundusze.ngo.pl/410443-konkurs-ofert-swiadczenie-uslugi-asystenta-osobistego-osoby-niepelnosprawnej.html",
        kind="secondary",
    ),
    source(
        "bip-krakow-pl-217544",
        "Asystent w rodzinie z dzieckiem z niepełnosprawnością (1.05.2025–30.04.2027)",
        BIP,
        "https://bip.krakow.pl/?bip_id=30&dok_id=217544",
        kind="primary",
    ),
    source(
        "fundusze-ngo-pl-361438",
        "Klub Integracji Społecznej dla niepracujących mieszkańców Krakowa z orzeczoną niepełnosprawnością "
        "(1.11.2021–30.04.2024)",
        NGO_PL,
        "https://fundusze.ngo.pl/361438-klub-integracji-spolecznej-dla-niepracujacych-mieszkancow-krakowa-z-orzeczona-niepelnosprawnoscia-361438.html",
        kind="secondary",
    ),
    source(
        "bip-krakow-pl-224296",
        "Prowadzenie Centrum Integracji Społecznej dla osób bezdomnych lub zagrożonych bezdomnością "
        "(1.07.2025–30.06.2028)",
        BIP,
        "https://bip.krakow.pl/?dok_id=224296",
        kind="primary",
    ),
    source(
        "fundusze-ngo-pl-292114",
        "Fundusz wkładów własnych (2019)",
        NGO_PL,
        "https://fundusze.ngo.pl/292114-fundusz-wkladow-wlasnych-292114.html",
        kind="secondary",
    ),
    source(
        "fundusze-ngo-pl-2084692",
        "Kraków. Konkurs dotacyjny: „Klub Rodziców z dziećmi do lat 3”",
        NGO_PL,
        "http://fundusze.ngo.pl/wiadomosc/2084692.html",
        kind="secondary",
        published="2017-07-14",
    ),
    source(
        "fundusze-ngo-pl-393038",
        "Wspieranie rodziców w sprawowaniu opieki nad dziećmi do lat 3 (1.11.2022–31.08.2024; lokal w "
        "Dzielnicy I)",
        NGO_PL,
        "https://fundusze.ngo.pl/393038-konkurs-ofert-wspieranie-rodzicow-w-sprawowaniu-opieki-nad-dziecmi-do-lat.html",
        kind="secondary",
    ),
    # competitions_requote.csv
    source(
        "infokrakow24-pl-68418",
        "Bezpłatna pomoc prawna dla mieszkańców",
        "infokrakow24.pl",
        "https://infokrakow24.pl/68418/bezplatna-pomoc-prawna-dla-mieszkancow",
        kind="secondary",
        note=TITLE_FROM_ADDRESS,
    ),
    # money_more.csv
    source(
        "serwisy-gazetaprawna-pl-996551",
        "Nagonka na organizacje pozarządowe nie robi wrażenia",
        "serwisy.gazetaprawna.pl – Dziennik Gazeta Prawna (dział Samorząd)",
        "http://serwisy.gazetaprawna.pl/samorzad/artykuly/996551,nagonka-na-organizacje-pozarzadowe-nie-robi-wrazenia.html",
        kind="secondary",
        note="A national daily. No publication date is shown; the content (plans for 2017, a decision "
        "due at the end of November) places it in autumn 2016.",
    ),
    # programme_documents_more.csv
    source(
        "krakow-pl-215883",
        "Stypendia, apteki, konsultacje",
        KRAKOW,
        "http://krakow.pl/aktualnosci/215883,30,komunikat,stypendia__apteki__konsultacje_.html",
        kind="primary",
        note="News item of the City Council Office (Kancelaria Rady Miasta i Dzielnic Krakowa; author: "
        "Magdalena Bartlewicz). No date is shown.",
    ),
    source(
        "docplayer-pl-112330057",
        "UCHWAŁA NR XC/2358/17 RADY MIASTA KRAKOWA z dnia 6 grudnia 2017 r.",
        "docplayer.pl",
        "https://docplayer.pl/amp/112330057-Uchwala-nr-xc-2358-17-rady-miasta-krakowa-z-dnia-6-grudnia-2017-r.html",
        kind="secondary",
        note=DOCPLAYER_TITLE_PAGE,
    ),
    source(
        "docplayer-pl-113249539",
        "UCHWAŁA NR CXV/3053/18 RADY MIASTA KRAKOWA z dnia 7 listopada 2018 r.",
        "docplayer.pl",
        "https://docplayer.pl/amp/113249539-Uchwala-nr-cxv-3053-18-rady-miasta-krakowa-z-dnia-7-listopada-2018-r.html",
        kind="secondary",
        note=DOCPLAYER_TITLE_PAGE,
    ),
    source(
        "kosmider-krakow-pl-2012",
        "Okiem Przewodniczącego. 22 października 2012.",
        "kosmider.krakow.pl – blog Bogusława Kośmidra, Przewodniczącego Rady Miasta Krakowa",
        "https://kosmider.krakow.pl/okiem-przewodniczacego-22-pazdziernika-2012/",
        kind="secondary",
        published="2012-10-22",
        note="The personal blog of the Chairman of the City Council on a krakow.pl subdomain, not an "
        "official publication of the Council, so it is classed as secondary. The published date is the "
        "post title's; the page also says 'Ostatnia aktualizacja: 05.05.2015 r.'.",
    ),
    source(
        "krakow-pl-197708",
        "Krakowska Rada Działalności Pożytku Publicznego podsumowała rok",
        KRAKOW,
        "http://krakow.pl/informacje/197708,48,komunikat,krakowska_rada_dzialalnosci_pozytku_publicznego_podsumowala_rok.html",
        kind="primary",
        note="No date is shown; the item reports on the Council's work in 2015.",
    ),
    # context_more.csv
    source(
        "bip-krakow-pl-12562",
        "Informacja o rozstrzygnięciu otwartego konkursu ofert na realizację w roku 2009 zadań publicznych "
        "w dziedzinie kultury, sztuki, ochrony dóbr kultury i tradycji",
        BIP,
        "https://www.bip.krakow.pl/?sub_dok_id=12562",
        kind="primary",
        note="An archived BIP document (dokument archiwalny).",
    ),
    source(
        "zzm-krakow-pl-684",
        "Zielony Budżet Obywatelski Miasta Krakowa 2019 r. – wyniki",
        "zzm.krakow.pl – Zarząd Zieleni Miejskiej w Krakowie",
        "https://zzm.krakow.pl/aktualnosci/684-zielony-budzet-obywatelski-miasta-krakowa-2019-r-wyniki.html",
        kind="primary",
        note=TITLE_FROM_ADDRESS,
    ),
    source(
        "nck-krakow-pl-2022",
        "Budżet Obywatelski Miasta Krakowa – terminy i kwoty w 2022",
        "nck.krakow.pl – Nowohuckie Centrum Kultury (instytucja kultury miasta)",
        "https://nck.krakow.pl/budzet-obywatelski-miasta-krakowa-terminy-i-kwoty-w-2022/",
        kind="primary",
    ),
    source(
        "dzielnica11-krakow-pl-117",
        "Środki na budżet obywatelski w 2022 roku",
        "dzielnica11.krakow.pl – Rada i Zarząd Dzielnicy XI Podgórze Duchackie",
        "https://www.dzielnica11.krakow.pl/index.php/budzet-obywatelski/117-srodki-na-budzet-obywatelski-w-2022-roku",
        kind="primary",
        note=TITLE_FROM_ADDRESS,
    ),
    source(
        "kurdwanownowy-pl-2023",
        "Jubileuszowa X edycja Budżetu Obywatelskiego Miasta Krakowa – 2023 rok",
        "kurdwanownowy.pl",
        "https://kurdwanownowy.pl/jubileuszowa-x-edycja-budzetu-obywatelskiego-miasta-krakowa-2023-rok/",
        kind="secondary",
    ),
    source(
        "budzet-krakow-pl-267608",
        "Środki na budżet obywatelski 2024",
        "budzet.krakow.pl – Urząd Miasta Krakowa (budżet obywatelski)",
        "https://budzet.krakow.pl/twoje_bo/267608,artykul,srodki_na_budzet_obywatelski.html",
        kind="primary",
    ),
    source(
        "dzielnica11-krakow-pl-467",
        "51 mln zł w Twoich rękach – Budżet Obywatelski Miasta Krakowa",
        "dzielnica11.krakow.pl – Rada i Zarząd Dzielnicy XI Podgórze Duchackie",
        "https://www.dzielnica11.krakow.pl/index.php/budzet-obywatelski/467-51-mln-zl-w-twoich-rekach-budzet-obywatelski-miasta-krakowa",
        kind="primary",
        note=TITLE_FROM_ADDRESS,
    ),
    source(
        "fakt-pl-qnmjx3l",
        "Ruszyła 13. edycja budżetu obywatelskiego. Historia pokazała, że warto walczyć o te…",
        "fakt.pl",
        "https://www.fakt.pl/wydarzenia/polska/krakow/ruszyla-13-edycja-budzetu-obywatelskiego-historia-pokazala-ze-warto-walczyc-o-te/qnmjx3l",
        kind="secondary",
        note="Title read from the page address, which cuts it off; the stored excerpt shows no title or "
        "date.",
    ),
]
SOURCE_BY_URL = {s["url"]: s["source_id"] for s in NEW_SOURCES}
# Rows of the harvest that cite an address already in sources.csv.
KNOWN_URLS = {
    "http://www.fkop.bis-krakow.pl/idea/": "fkop-bis-krakow-pl-idea",
    "https://publicystyka.ngo.pl/jak-krakow-wspolpracuje-z-ngo-sami": (
        "publicystyka-ngo-pl-jak-krakow-wspolpracuje-z-ngo"
    ),
    "https://bip.krakow.pl/?dok_id=26663": "bip-krakow-pl-26663",
    "https://wiadomosci.onet.pl/krakow/blisko-milion-zlotych-na-pomoc-dla-krakowian/r44gbc9": (
        "wiadomosci-onet-pl-r44gbc9"
    ),
}


def source_id(url: str) -> str:
    return SOURCE_BY_URL.get(url) or KNOWN_URLS[url]


# --- competitions ----------------------------------------------------------------------------

NOT_ZERO_PL = "dlatego pola wcześniejszego finansowania są puste (to nie znaczy zero)."
NOT_ZERO_EN = "so the prior-funding fields are empty (which does not mean zero)."
CALL_NOTES: dict[str, tuple[str, str]] = {
    "mops-asystent-osobisty-2023": (
        "Z 2 044 982,36 zł: 1 826 982,36 zł to środki państwowe (Fundusz Solidarnościowy), 218 000 zł – "
        "środki miasta. Zdanie o wcześniejszym finansowaniu („w roku 2022 oraz w roku 2021 przekazała na "
        f"realizację…”) urywa się w zapisanym fragmencie przed kwotą, {NOT_ZERO_PL}",
        "Of the PLN 2,044,982.36, PLN 1,826,982.36 is state money (Fundusz Solidarnościowy) and "
        "PLN 218,000 city money. The sentence on earlier funding ('w roku 2022 oraz w roku 2021 "
        f"przekazała na realizację…') is cut off in the stored excerpt before its amount, {NOT_ZERO_EN}",
    ),
    "mops-kis-niepelnosprawni-2021": (
        "Przy 2023 r. ogłoszenie podaje cyframi „480 0000,00 zł” (literówka), a słownie „czterysta "
        "osiemdziesiąt tysięcy złotych”; kwota to 480 000 zł, jak podaje zapis słowny. Zdania "
        f"o wcześniejszym finansowaniu nie ma w zapisanym fragmencie, {NOT_ZERO_PL}",
        "For 2023 the notice prints '480 0000,00 zł' in figures (a typo) and 'czterysta osiemdziesiąt "
        "tysięcy złotych' (four hundred and eighty thousand zloty) in words; the amount is PLN 480,000, "
        f"as the words give it. The sentence on earlier funding is not in the stored excerpt, {NOT_ZERO_EN}",
    ),
    "mops-cis-bezdomni-2025": (
        "Zdanie o wcześniejszym finansowaniu („w roku bieżącym oraz w roku 2024 przekazała na realizację "
        "tego samego rodz…”) urywa się w zapisanym fragmencie przed kwotą – nie jest to „nie przekazała” "
        f"– {NOT_ZERO_PL}",
        "The sentence on earlier funding ('w roku bieżącym oraz w roku 2024 przekazała na realizację tego "
        "samego rodz…') is cut off in the stored excerpt before its amount – it is not 'nie przekazała' "
        f"(did not transfer) – {NOT_ZERO_EN}",
    ),
    "wpsiz-fundusz-wkladow-wlasnych-2019": (
        "Zdanie o wcześniejszym finansowaniu mówi „przeznaczyła” (a nie „przekazała”): 5 534,19 zł w roku "
        "bieżącym oraz w 2018 r.",
        "The sentence on earlier funding says 'przeznaczyła' (allocated), not 'przekazała' (transferred): "
        "PLN 5,534.19 in the current year and in 2018.",
    ),
    "umk-klub-rodzicow-2017": (
        "Źródłem jest wiadomość ngo.pl z 14 lipca 2017 r. o ogłoszeniu konkursu; zapisany fragment nie "
        "podaje komórki urzędu, która go prowadziła.",
        "The source is an ngo.pl news item of 14 July 2017 about the call; the stored excerpt does not name "
        "the city unit that ran it.",
    ),
    "wpsiz-wspieranie-rodzicow-do-lat-3-2022": (
        "Nagłówek ogłoszenia w serwisie ngo.pl podaje „Łączny budżet 229 tys. PLN”, co nie zgadza się "
        "z kwotami na poszczególne lata (42 000 zł, 252 000 zł i 168 000 zł), dlatego kwota łączna jest "
        f"pusta. Zdanie o wcześniejszym finansowaniu urywa się w zapisanym fragmencie, {NOT_ZERO_PL}",
        "The ngo.pl header of the notice says 'Łączny budżet 229 tys. PLN' (total budget PLN 229 "
        "thousand), which does not match the amounts for the years (PLN 42,000, 252,000 and 168,000), so "
        "the total is left empty. The sentence on earlier funding is cut off in the stored excerpt, "
        f"{NOT_ZERO_EN}",
    ),
}


def build_verified_calls(rows: list[Row]) -> list[Row]:
    """The verified calls in the shipped layout, as the first import built competitions.csv.

    Every row of a multi-year call carries the call's full quote (the first row's), as 48 of the 54
    later rows already shipped do; the harvest's later rows point back ("[see 2024 row] …").
    """
    by_call: dict[str, list[Row]] = {}
    for row in rows:
        by_call.setdefault(row["call_id"], []).append(row)
    out = []
    for call_id, call_rows in by_call.items():
        quote = call_rows[0]["quote"]
        assert not quote.startswith("[see "), call_id
        split = yearly_split(call_rows)
        note = CALL_NOTES.get(call_id, ("", ""))
        for row in call_rows:
            assert row["quote"] == quote or row["quote"].startswith("[see "), (call_id, row["year"])
            out.append(
                {
                    "call_id": call_id,
                    "year": row["year"],
                    "title": row["title"],
                    "department": row["department"],
                    "area": row["area"],
                    "form": row["form"],
                    "basis": "planned",
                    "qualifier": "exact",
                    "amount_pln": row["amount_pln"],
                    "total_pln": row["total_pln"],
                    "total_qualifier": "exact" if row["total_pln"] else "",
                    "yearly_split": split,
                    "period_start": row["period_start"],
                    "period_end": row["period_end"],
                    "announced": row["announced"],
                    "prior_year": row["prior_year"],
                    "prior_amount_pln": row["prior_amount_pln"],
                    "prior_kind": prior_kind(row, quote),
                    "source_id": source_id(row["url"]),
                    "source_id_2": source_id(row["url2"]) if row["url2"] else "",
                    "quote": quote,
                    "note_pl": note[0],
                    "note_en": note[1],
                }
            )
    return out


LEGAL_AID = "umk-pomoc-prawna-15-punktow"
LEGAL_AID_NOTE = (
    "Rok 2016 jest wnioskiem, a nie stwierdzeniem źródła: artykuł onet.pl nie podaje roku. Drugi "
    "artykuł (infokrakow24.pl, o wynikach konkursu) pisze, że „od 2016 r.” mieszkańcy będą mogli "
    "korzystać z bezpłatnych punktów pomocy prawnej, i wymienia te same lokalizacje; oferty przyjmowano "
    "więc zapewne do 27 listopada 2015 r. Potwierdź w BIP. Kwota 889 190 zł dotyczy tylko 15 punktów "
    "prowadzonych przez organizację pozarządową; „blisko milion złotych” z drugiego artykułu dotyczy "
    "wszystkich 30 punktów.",
    "The year 2016 is an inference, not a statement of the source: the onet.pl article gives no year. "
    "A second article (infokrakow24.pl, on the results of the call) says residents can use free "
    "legal-aid points 'od 2016 r.' (from 2016) and lists the same locations, so offers were probably due "
    "by 27 November 2015. Confirm on BIP. The PLN 889,190 covers only the 15 points run by an NGO; the "
    "second article's 'blisko milion złotych' (nearly a million zloty) covers all 30 points.",
)


def requote(row: Row, new: Row) -> Row:
    """A shipped call with the harvest's verbatim quote; legal aid also gets its inferred year."""
    out = dict(row)
    if row["call_id"] == LEGAL_AID:
        # The harvest's editorial tail names its own columns ("url2"); said here in words.
        quote = new["quote"].replace(
            "url2 (results article)", "the second source (an article on the results)"
        )
        quote = quote.replace("in url2", "in the second source")
        out.update(
            year=new["year"],
            title="Organizacja 15 punktów nieodpłatnej pomocy prawnej (rok 2016 wywnioskowany z drugiego "
            "artykułu, zob. uwagi)",
            source_id_2=source_id(new["url2"]),
            quote=quote,
            note_pl=LEGAL_AID_NOTE[0],
            note_en=LEGAL_AID_NOTE[1],
        )
    else:
        source_text, _, _ = new["quote"].rpartition(" [re-quote")
        # The shipped annotation on what the notice does not show still holds for the full text.
        out["quote"] = (
            source_text + " [no 2011 amount and no total visible; the notice lists earlier ŚDS grants per "
            "home, not one prior-year sum]"
        )
    for column in ("amount_pln", "total_pln", "department", "area", "form"):
        assert out[column] == new[column], (row["call_id"], column)  # figures unchanged
    return out


# --- money -----------------------------------------------------------------------------------

COMMISSIONING_NOTES = {
    "2016": (
        "Wydatki Miasta Krakowa na zlecanie organizacjom pozarządowym zadań publicznych w trybie ustawy "
        "o działalności pożytku publicznego („na ten cel” odnosi się do „wydatki związane ze zlecaniem "
        "realizacji zadań publicznych (w trybie ustawy o działalności pożytku publicznego i "
        "wolontariacie)”) na poziomie z 2016 roku („z 81,5”), z którym porównano plan na 2017 rok. "
        "Artykuł nie mówi, czy 81,5 mln zł to plan na 2016 rok, czy dotychczasowe wydatki, dlatego "
        "podstawa jest nieznana. Kwota podana w milionach z jednym miejscem po przecinku. Dziennik "
        "ogólnopolski (Dziennik Gazeta Prawna), a nie sprawozdanie miasta; data publikacji nie jest "
        "podana, a treść wskazuje na jesień 2016 roku. Osobna miara: nie jest to kwota programu "
        "współpracy i nie wolno jej dodawać do żadnego innego wiersza.",
        "Spending of the City of Kraków on commissioning public tasks to NGOs under the Public Benefit "
        "Act ('na ten cel' refers back to 'wydatki związane ze zlecaniem realizacji zadań publicznych (w "
        "trybie ustawy o działalności pożytku publicznego i wolontariacie)'), at its 2016 level ('z "
        "81,5'), which the 2017 plan was compared with. The article does not say whether 81,5 mln zł is "
        "the 2016 plan or the spending so far, so the basis is unknown. Stated in millions with one "
        "decimal. A national daily (Dziennik Gazeta Prawna), not a city report; no publication date is "
        "shown, and the content places it in autumn 2016. A measure of its own: not the programme total, "
        "and never to be added to any other row.",
    ),
    "2017": (
        "Propozycja sprzed uchwalenia budżetu na 2017 rok: Kraków „nie wyklucza”, że zwiększy te wydatki "
        "do „ponad 88 mln zł”, a „decyzja zapadnie pod koniec listopada”. Kwota planowana i dolna granica "
        "(„ponad”), nie wykonanie. Ten sam artykuł i ta sama miara co w wierszu z 2016 roku. To nie jest "
        "ta sama kwota co „przeszło 87 mln zł” przekazane organizacjom w 2017 roku (ngo_transfers_total, "
        "wykonanie, ze strony festiwalu organizacji pozarządowych): inna podstawa, inne źródło i być może "
        "inny zakres. Tych kwot nigdy się nie łączy ani nie dodaje i żadna nie potwierdza drugiej.",
        "A proposal made before the 2017 budget was adopted: Kraków 'nie wyklucza' (does not rule out) "
        "raising this spending to 'ponad 88 mln zł' (more than PLN 88 million), and 'decyzja zapadnie pod "
        "koniec listopada' (the decision is due at the end of November). Planned, and a lower bound "
        "('ponad'); not executed. Same article and measure as the 2016 row. Not the same figure as the "
        "'przeszło 87 mln zł' transferred to NGOs in 2017 (ngo_transfers_total, executed, from an NGO "
        "festival's website): another basis, another source and possibly another scope. The two are "
        "never joined or added, and neither confirms the other.",
    ),
}


def build_money(rows: list[Row]) -> list[Row]:
    out = []
    for row in rows:
        assert row["measure"] == "ngo_commissioning_spending"
        note = COMMISSIONING_NOTES[row["year"]]
        out.append(
            {
                "fact_id": f"{row['year']}-{row['measure'].replace('_', '-')}",
                "year": row["year"],
                "measure": row["measure"],
                "basis": row["basis"],
                "qualifier": row["qualifier"],
                "amount_pln": row["amount_pln"],
                "organisations_count": row["organisations_count"],
                "scope_note_pl": note[0],
                "scope_note_en": note[1],
                "source_id": source_id(row["url"]),
                "quote": row["quote"],
            }
        )
    return out


# --- context ---------------------------------------------------------------------------------

SERIES = {
    "participatory_budget_pool_total": ("participatory_budget", "PLN"),
    "participatory_budget_pool_citywide": ("participatory_budget_citywide", "PLN"),
    "ngos_registered_krakow": ("registered_ngos", "count"),
    "municipal_premises_used_by_ngos": ("municipal_premises_ngos", "count"),
    "open_call_offers_culture": ("culture_call_offers", "count"),
}
EDITION_YEAR_PL = (
    "Rok edycji: mieszkańcy głosują w tym roku, a zwycięskie projekty są realizowane zwykle w następnym. "
    "Pieniądze mieszkańców (budżet obywatelski), a nie dotacje dla organizacji pozarządowych."
)
EDITION_YEAR_EN = (
    "Edition year: residents vote in that year, and the winning projects are usually carried out the "
    "next. Residents' money (participatory budget), not grants to NGOs."
)
# (series, year) -> (basis, note_pl, note_en)
CONTEXT_ROWS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("culture_call_offers", "2009"): (
        "call_result",
        "Liczba ofert złożonych w jednym otwartym konkursie na zadania z 2009 roku w dziedzinie kultury, "
        "sztuki, ochrony dóbr kultury i tradycji (ogłoszonym zarządzeniem nr 2318/2008 z 18 listopada "
        "2008 r., rozstrzygniętym zarządzeniem nr 504/2009 z 13 marca 2009 r.). Jeden konkurs, nie "
        "wszystkie nabory tego roku.",
        "The number of offers received in one open call for 2009 tasks in culture, arts, heritage and "
        "tradition (announced by order 2318/2008 of 18 November 2008, decided by order 504/2009 of 13 "
        "March 2009). One call, not every call of the year.",
    ),
    ("registered_ngos", "2018"): (
        "as_of_date",
        "Stan na 30 czerwca 2018 r.: organizacje pozarządowe zarejestrowane w Krakowie, w tym 2094 "
        "stowarzyszenia, 1468 fundacji, 697 organizacji sportowych i 355 innych organizacji bez "
        "osobowości prawnej. Podane na stronie festiwalu prowadzonego przez organizacje pozarządowe, nie "
        "w rejestrze urzędowym.",
        "As of 30 June 2018: NGOs registered in Kraków, among them 2094 associations, 1468 foundations, "
        "697 sport organisations and 355 other organisations without legal personality. Stated on the "
        "website of an NGO-run festival, not in an official register.",
    ),
    ("municipal_premises_ngos", "2010"): (
        "date_not_stated",
        "Wsparcie rzeczowe, nie pieniądze: gminne lokale użytkowe wynajmowane organizacjom w trybie "
        "bezprzetargowym, „obecnie”, czyli w chwili pisania artykułu (2010). Artykuł publicystyczny.",
        "In-kind support, not money: municipal commercial premises let to NGOs without a tender, "
        "'obecnie' (currently), i.e. when the article was written (2010). A journalistic article.",
    ),
    ("participatory_budget", "2019"): (
        "planned",
        "Pula edycji 2019 (numer edycji nie jest podany) według komunikatu Zarządu Zieleni Miejskiej, "
        "jednostki miasta, która otrzymała z niej 17 089 600 zł. Strona nie podaje daty. " + EDITION_YEAR_PL,
        "The pool of the 2019 edition (its number is not stated), from a news item of the city's Green "
        "Spaces Authority (Zarząd Zieleni Miejskiej), which received PLN 17,089,600 of it. The page shows "
        "no date. " + EDITION_YEAR_EN,
    ),
    ("participatory_budget", "2022"): (
        "planned",
        "Pula IX edycji (2022) w brzmieniu miasta, opublikowana przez Nowohuckie Centrum Kultury (miejską "
        "instytucję kultury). To samo zdanie podaje krakow.naszemiasto.pl (marzec 2022, "
        "https://krakow.naszemiasto.pl/krakow-budzet-obywatelski-2022-niedlugo-ruszy-skladanie/ar/c1-8712541) "
        "z dopiskiem, że zwycięskie projekty zostaną zrealizowane w 2023 r. " + EDITION_YEAR_PL,
        "The pool of the IX edition (2022) in the city's wording, published by Nowohuckie Centrum Kultury "
        "(a city cultural institution). krakow.naszemiasto.pl has the same sentence (March 2022, "
        "https://krakow.naszemiasto.pl/krakow-budzet-obywatelski-2022-niedlugo-ruszy-skladanie/ar/c1-8712541) "
        "and adds that the winning projects are carried out in 2023. " + EDITION_YEAR_EN,
    ),
    ("participatory_budget_citywide", "2022"): (
        "planned",
        "Część puli IX edycji (2022) przeznaczona na projekty ogólnomiejskie, według strony Rady "
        "Dzielnicy XI. Jest zawarta w puli 38 000 000 zł (seria participatory_budget): nigdy jej do niej "
        "nie dodawaj. " + EDITION_YEAR_PL,
        "The part of the IX edition's (2022) pool for city-wide projects, from the District XI council's "
        "website. It is included in the PLN 38,000,000 pool (series participatory_budget): never add the "
        "two. " + EDITION_YEAR_EN,
    ),
    ("participatory_budget", "2023"): (
        "planned",
        "Pula X (jubileuszowej) edycji według lokalnego serwisu, który przytacza list podpisany przez "
        "Andrzeja Kuliga, zastępcę Prezydenta Miasta Krakowa. To samo podaje scenastu.pl („38 milionów "
        "złotych zaplanowano na projekty w ramach jubileuszowej X edycji budżetu obywatelskiego”). Źródła "
        "wtórne; do potwierdzenia na budzet.krakow.pl. " + EDITION_YEAR_PL,
        "The pool of the X (jubilee) edition, from a local website that reproduces a letter signed by "
        "Andrzej Kulig, Deputy Mayor of Kraków. scenastu.pl says the same ('38 milionów złotych "
        "zaplanowano na projekty w ramach jubileuszowej X edycji budżetu obywatelskiego'). Secondary "
        "sources; confirm on budzet.krakow.pl. " + EDITION_YEAR_EN,
    ),
    ("participatory_budget", "2024"): (
        "planned",
        "Pula XI edycji według miejskiego portalu budżetu obywatelskiego (strona „Środki na budżet "
        "obywatelski 2024”), który podaje też 9 200 000 zł na projekty ogólnomiejskie i podział na "
        "dzielnice. " + EDITION_YEAR_PL,
        "The pool of the XI edition, from the city's participatory-budget portal (page 'Środki na budżet "
        "obywatelski 2024'), which also gives PLN 9,200,000 for city-wide projects and the split by "
        "district. " + EDITION_YEAR_EN,
    ),
    ("participatory_budget", "2025"): (
        "planned",
        "Pula 12. edycji (głosowanie od 19 września do 3 października 2025 r.) według strony Rady "
        "Dzielnicy XI. fakt.pl (styczeń 2025, "
        "https://www.fakt.pl/wydarzenia/polska/krakow/harmonogram-budzetu-obywatelskiego/t35qk8s) dzieli ją "
        "na 10,2 mln zł na projekty ogólnomiejskie i 40,8 mln zł na dzielnicowe. " + EDITION_YEAR_PL,
        "The pool of the 12th edition (vote from 19 September to 3 October 2025), from the District XI "
        "council's website. fakt.pl (January 2025, "
        "https://www.fakt.pl/wydarzenia/polska/krakow/harmonogram-budzetu-obywatelskiego/t35qk8s) splits it "
        "into PLN 10.2 million for city-wide and PLN 40.8 million for district projects. " + EDITION_YEAR_EN,
    ),
    ("participatory_budget", "2026"): (
        "planned",
        "Pula 13. edycji według fakt.pl: 10,8 mln zł na projekty ogólnomiejskie i 43,2 mln zł na "
        "dzielnicowe. Te same 54 miliony podaje rmf24.pl (17 lutego 2026 r., zob. oś czasu). "
        + EDITION_YEAR_PL,
        "The pool of the 13th edition, from fakt.pl: PLN 10.8 million for city-wide and PLN 43.2 million "
        "for district projects. rmf24.pl gives the same 54 million (17 February 2026, see the timeline). "
        + EDITION_YEAR_EN,
    ),
}


def build_context(rows: list[Row]) -> list[Row]:
    out = []
    for row in rows:
        series, unit = SERIES[row["series"]]
        basis, note_pl, note_en = CONTEXT_ROWS[(series, row["year"])]
        out.append(
            {
                "series": series,
                "year": row["year"],
                "value": row["value"],
                "unit": unit,
                "basis": basis,
                "qualifier": "exact",
                "use_in_calculations": "false",
                "series_break": "false",
                "note_pl": note_pl,
                "note_en": note_en,
                "source_id": source_id(row["url"]),
                "quote": row["quote"],
            }
        )
    order = list(SERIES.values())
    return sorted(out, key=lambda r: ([s for s, _ in order].index(r["series"]), r["year"]))


# --- programmes and the timeline -------------------------------------------------------------

FIRST_MULTI_YEAR = "2012-2014-multi-year-mention"
NEW_PROGRAMMES: list[tuple[str, Row]] = [
    # (doc_id of the row it follows, the new row)
    (
        "2012-09-multi-year-draft",
        {
            "doc_id": FIRST_MULTI_YEAR,
            "period_start": "2012",
            "period_end": "2014",
            "kind": "multi_year",
            "document_type": "mention",
            "title_pl": "Wieloletni Program Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi "
            "na lata 2012-2014 w porządku sesji Rady Miasta Krakowa 24 października 2012 r. (wpis "
            "przewodniczącego Rady)",
            "title_en": "Wieloletni Program Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi "
            "na lata 2012-2014 on the agenda of the City Council session of 24 October 2012 (a post by the "
            "Council's Chairman)",
            "date": "2012-10-24",
            "status": "confirmed",
            "source_id": "kosmider-krakow-pl-2012",
            "note_pl": "Wpis przewodniczącego Rady Miasta Krakowa z 22 października 2012 r. mówi, że "
            "przyjęcie programu „zaplanowano” na sesję 24 października; czy go wtedy przyjęto, nie "
            "wiadomo. Numeru uchwały ani kwoty nie znaleziono. To pierwszy znany okres programu "
            "wieloletniego; że projekt z września 2012 r. (wiersz 2012-09-multi-year-draft) dotyczył tego "
            "programu, jest wnioskiem.",
            "note_en": "A post of 22 October 2012 by the Chairman of the City Council says the "
            "programme's adoption was 'zaplanowano' (scheduled) for the session of 24 October; whether it "
            "was adopted then is not known. Resolution number and amount not found. The first known period "
            "of a multi-year programme; that the September 2012 draft (row 2012-09-multi-year-draft) is "
            "this programme is an inference.",
        },
    ),
    (
        "2016-consultation",
        {
            "doc_id": "2016-preparatory",
            "period_start": "2016",
            "period_end": "2016",
            "kind": "annual",
            "document_type": "preparatory",
            "title_pl": "Współudział Krakowskiej Rady Działalności Pożytku Publicznego w przygotowaniu "
            "projektu Programu Współpracy Gminy Miejskiej Kraków na rok 2016 (podsumowanie roku pracy Rady)",
            "title_en": "The Kraków Public Benefit Council (KRDPP) took part in drafting the Programme of "
            "Cooperation for 2016 (the Council's summary of its year)",
            "date": "",
            "status": "confirmed",
            "source_id": "krakow-pl-197708",
            "note_pl": "Podsumowanie pracy Rady (II kadencji) w 2015 roku; strona nie podaje daty. Inny "
            "komunikat o tym samym podsumowaniu: "
            "http://ngo.krakow.pl/krdpp/197697,1581,komunikat,praca_krakowskiej_rady_dzialalnosci_pozytku_publicznego_w_roku_2015.html "
            "(treści nie porównano). Kwoty nie podano.",
            "note_en": "The Council's (2nd term) summary of its work in 2015; the page shows no date. Another "
            "item on the same summary: "
            "http://ngo.krakow.pl/krdpp/197697,1581,komunikat,praca_krakowskiej_rady_dzialalnosci_pozytku_publicznego_w_roku_2015.html "
            "(texts not compared). No amount.",
        },
    ),
    (
        "2018-mention",
        {
            "doc_id": "2018-resolution",
            "period_start": "2018",
            "period_end": "2018",
            "kind": "annual",
            "document_type": "resolution",
            "title_pl": "Program Współpracy Gminy Miejskiej Kraków na rok 2018 z organizacjami "
            "pozarządowymi, przyjęty przez Radę Miasta Krakowa na przedostatniej sesji 2017 roku",
            "title_en": "Programme of Cooperation for 2018 (Program Współpracy Gminy Miejskiej Kraków na "
            "rok 2018), adopted by the City Council at its penultimate session of 2017",
            "date": "2017-12-06",
            "status": "confirmed",
            "source_id": "krakow-pl-215883",
            "note_pl": "Komunikat Kancelarii Rady nie podaje daty ani numeru uchwały. Data 6 grudnia 2017 r. "
            "jest wnioskiem z kilku źródeł: na tej samej sesji przyjęto uchwałę o konsultacjach statutów "
            "dzielnic, a jest to uchwała nr XC/2368/17 z 6 grudnia 2017 r. "
            "(https://www.bip.krakow.pl/?news_id=94838); lista aktualności Rady Miasta na krakow.pl 4 grudnia "
            "2017 r. zapowiadała przedostatnią sesję roku, a ostatnia (XCI) odbyła się 20 grudnia. Kwoty "
            "nie podano.",
            "note_en": "The Council Office's news item gives neither the date nor the resolution number. "
            "The date 6 December 2017 is an inference from several sources: the same session adopted the "
            "resolution on consulting the district statutes, which is resolution XC/2368/17 of 6 December "
            "2017 (https://www.bip.krakow.pl/?news_id=94838); the City Council news listing on krakow.pl "
            "announced the penultimate session of the year on 4 December 2017, and the last one (XCI) was "
            "on 20 December. No amount stated.",
        },
    ),
    (
        "2018-resolution",
        {
            "doc_id": "2018-resolution-xc-2358-17",
            "period_start": "2018",
            "period_end": "2018",
            "kind": "annual",
            "document_type": "resolution",
            "title_pl": "Uchwała nr XC/2358/17 Rady Miasta Krakowa z dnia 6 grudnia 2017 r. (prawdopodobnie "
            "w sprawie Programu Współpracy na rok 2018; strona tytułowa w serwisie docplayer.pl)",
            "title_en": "Uchwała nr XC/2358/17 Rady Miasta Krakowa z dnia 6 grudnia 2017 r. (probably on "
            "the Programme of Cooperation for 2018; title page on docplayer.pl)",
            "date": "2017-12-06",
            "status": "probable",
            "source_id": "docplayer-pl-112330057",
            "note_pl": "Zapisana kopia pokazuje tylko tytuł uchwały; jej przedmiotu ani kwoty nie widać. "
            "Numer pochodzi z tej samej sesji XC co uchwała XC/2368/17 z 6 grudnia 2017 r., a na tej sesji "
            "przyjęto program na 2018 rok (wiersz 2018-resolution), ale żadne źródło nie łączy numeru 2358 "
            "z programem. Lista „Podobne dokumenty” serwisu docplayer (programy współpracy innych gmin oraz "
            "LVIII/1244/16 i CXV/3053/18) to ranking podobieństwa, a nie informacja o przedmiocie. Sprawdź "
            "w rejestrze uchwał w BIP.",
            "note_en": "The stored copy shows only the resolution's title; its subject and amount are not "
            "visible. The number is from the same session XC as resolution XC/2368/17 of 6 December 2017, "
            "the session that adopted the 2018 programme (row 2018-resolution), but no source joins the "
            "number 2358 to the programme. docplayer's 'Podobne dokumenty' list (other municipalities' "
            "cooperation programmes, plus LVIII/1244/16 and CXV/3053/18) is a similarity ranking, not a "
            "statement about the subject. Check in the BIP register of resolutions.",
        },
    ),
    (
        "2019-resolution",
        {
            "doc_id": "2019-resolution-cxv-3053-18",
            "period_start": "2019",
            "period_end": "2019",
            "kind": "annual",
            "document_type": "resolution",
            "title_pl": "Uchwała nr CXV/3053/18 Rady Miasta Krakowa z dnia 7 listopada 2018 r. "
            "(prawdopodobnie w sprawie Programu Współpracy na rok 2019; strona tytułowa w serwisie "
            "docplayer.pl)",
            "title_en": "Uchwała nr CXV/3053/18 Rady Miasta Krakowa z dnia 7 listopada 2018 r. (probably on "
            "the Programme of Cooperation for 2019; title page on docplayer.pl)",
            "date": "2018-11-07",
            "status": "probable",
            "source_id": "docplayer-pl-113249539",
            "note_pl": "Zapisana kopia pokazuje tylko tytuł uchwały; jej przedmiotu ani kwoty nie widać. "
            "Data zgadza się z sesją z 7 listopada 2018 r., na której przyjęto program na 2019 rok (wiersz "
            "2019-resolution), ale żadne źródło nie łączy numeru z programem. Sprawdź w rejestrze uchwał "
            "w BIP.",
            "note_en": "The stored copy shows only the resolution's title; its subject and amount are not "
            "visible. The date matches the session of 7 November 2018 that adopted the 2019 programme (row "
            "2019-resolution), but no source joins the number to the programme. Check in the BIP register "
            "of resolutions.",
        },
    ),
]
NEW_EVENT_AFTER = "2012-09-24-inauguracja-krdpp"
NEW_EVENT_TITLE_PL = "Program wieloletni 2012–2014 w porządku sesji"


def new_event(quote: str) -> Row:
    return {
        "event_id": f"2012-10-24-{slugify(NEW_EVENT_TITLE_PL, 50)}",
        "date": "2012-10-24",
        "date_precision": "day",
        "date_inferred": "true",
        "category": "programme",
        "title_pl": NEW_EVENT_TITLE_PL,
        "title_en": "2012–2014 multi-year programme on the Council's agenda",
        "description_pl": "Na sesję Rady Miasta Krakowa 24 października 2012 r. zaplanowano przyjęcie "
        "Wieloletniego Programu Współpracy z organizacjami pozarządowymi na lata 2012–2014.",
        "description_en": "The City Council's session of 24 October 2012 had the adoption of the Multi-year "
        "Programme of Cooperation with NGOs for 2012–2014 on its agenda.",
        "note_pl": "Rok z daty wpisu (22 października 2012 r.); tekst mówi „24 października br.”. Źródło "
        "podaje, że przyjęcie programu „zaplanowano”, a nie że się odbyło; numeru uchwały nie znaleziono.",
        "note_en": "Year from the post's date (22 October 2012); the text says '24 października br.' (24 "
        "October this year). The source says the adoption was 'zaplanowano' (scheduled), not that it took "
        "place; resolution number not found.",
        "source_id": "kosmider-krakow-pl-2012",
        "quote": quote,
    }


# --- corrections of shipped cells ------------------------------------------------------------
# (table, key, column, text to replace, replacement): the text must occur exactly once.

LISTING = "http://krakow.pl/aktualnosci/1584,30,1,kategoria,aktualnosci.html"
DZIELNICA18_URL = (
    "https://dzielnica18.krakow.pl/index.php/spoleczenstwo/konsultacje-spoleczne/2304-informacja-o-"
    "planowanych-konsultacjach-projektu-programu-wspolpracy-gminy-miejskiej-krakow-na-rok-2025-z-"
    "organizacjami-pozarzadowymi"
)
CORRECTIONS: list[tuple[str, str, str, str, str]] = [
    # The 2018 "452 tys. zł" item was published on 2017-12-05.
    ("sources", "krakow-pl-215751", "published", "", "2017-12-05"),
    (
        "sources",
        "krakow-pl-215751",
        "note",
        "",
        f"Publication date from the City Council news listing on krakow.pl ({LISTING}), which shows "
        "'Komunikat archiwalny 2017-12-05' for this item; the listing is a rolling feed and will have "
        "changed since.",
    ),
    (
        "money",
        "2018-programme-new-tasks",
        "scope_note_pl",
        "Daty publikacji nie znaleziono w zebranych źródłach.",
        "Komunikat opublikowano 5 grudnia 2017 r. (data z listy aktualności Rady Miasta na krakow.pl).",
    ),
    (
        "money",
        "2018-programme-new-tasks",
        "scope_note_en",
        "Publication date not found in the sources collected.",
        "Published on 5 December 2017 (date from the City Council news listing on krakow.pl).",
    ),
    ("programmes", "2018-mention", "date", "", "2017-12-05"),
    (
        "programmes",
        "2018-mention",
        "note_pl",
        "Daty publikacji nie znaleziono.",
        "Opublikowano 5 grudnia 2017 r. (data z listy aktualności Rady Miasta na krakow.pl).",
    ),
    (
        "programmes",
        "2018-mention",
        "note_en",
        "Publication date not found.",
        "Published on 5 December 2017 (date from the City Council news listing on krakow.pl).",
    ),
    # The press figure of 2017 is another measure: say so on the executed figure too.
    (
        "money",
        "2017-ngo-transfers-total",
        "scope_note_pl",
        "Data publikacji nie została podana.",
        "Data publikacji nie została podana. Nie łączyć ani nie dodawać do kwoty prasowej „ponad 88 mln "
        "zł” na 2017 rok (ngo_commissioning_spending, planowana), która pochodzi z innego źródła.",
    ),
    (
        "money",
        "2017-ngo-transfers-total",
        "scope_note_en",
        "Publication date not stated.",
        "Publication date not stated. Never to be joined or added to the press figure 'ponad 88 mln zł' "
        "for 2017 (ngo_commissioning_spending, planned), which comes from another source.",
    ),
    # The first multi-year programme's period.
    (
        "programmes",
        "2012-09-multi-year-draft",
        "note_pl",
        "Nie znaleziono w zebranych źródłach informacji, jakie lata miał obejmować,",
        "Źródło nie podaje, jakie lata miał obejmować; wpis przewodniczącego Rady z 22 października "
        "2012 r. podaje dla programu zaplanowanego na sesję 24 października 2012 r. lata 2012-2014 (wiersz "
        f"{FIRST_MULTI_YEAR}), ale że chodzi o ten sam projekt, jest wnioskiem, więc okres tego wiersza "
        "pozostaje pusty. Nie znaleziono też informacji,",
    ),
    (
        "programmes",
        "2012-09-multi-year-draft",
        "note_en",
        "The years it was to cover, whether",
        "The source does not give the years it was to cover; a post of 22 October 2012 by the "
        "Council's Chairman gives 2012-2014 for the programme scheduled for the session of 24 October 2012 "
        f"(row {FIRST_MULTI_YEAR}), but that it is the same draft is an inference, so this row's period "
        "stays empty. Whether",
    ),
    # Probable resolution numbers are rows now.
    (
        "programmes",
        "2019-resolution",
        "note_pl",
        "niepotwierdzony numer uchwały podaje data/README.md",
        "prawdopodobny numer uchwały jest w wierszu 2019-resolution-cxv-3053-18",
    ),
    (
        "programmes",
        "2019-resolution",
        "note_en",
        "an unconfirmed resolution number is listed in data/README.md",
        "a probable resolution number is in row 2019-resolution-cxv-3053-18",
    ),
    # Full addresses of the two partial references.
    (
        "sources",
        "krakow-pl-243002",
        "note",
        "Recorded only as 'krakow.pl dok_id=243002'; address rebuilt with the krakow.pl get_html.php "
        "pattern used by other sources. Verify before quoting.",
        "First recorded only as 'krakow.pl dok_id=243002' and rebuilt with the krakow.pl get_html.php "
        "pattern; a later search found the page at this address ('W piątek, 2 października rozpoczęły się "
        "konsultacje projektu Programu Współpracy Gminy Miejskiej Kraków na rok 2021 z organizacjami "
        "pozarządowymi.').",
    ),
    (
        "programmes",
        "2021-consultation",
        "note_pl",
        "Pełnego adresu nie zapisano (identyfikator strony krakow.pl: 243002).",
        "Pierwotnie zapisano tylko identyfikator strony krakow.pl (243002); pełny adres znaleziono później.",
    ),
    (
        "programmes",
        "2021-consultation",
        "note_en",
        "Full address not recorded (krakow.pl page id 243002).",
        "First recorded only as krakow.pl page id 243002; the full address was found later.",
    ),
    ("sources", "dzielnica18-krakow-pl", "url", "https://dzielnica18.krakow.pl/", DZIELNICA18_URL),
    (
        "sources",
        "dzielnica18-krakow-pl",
        "title",
        "Ogłoszenie o konsultacjach Programu Współpracy „NA ROK 2025”",
        "Informacja o planowanych konsultacjach projektu PROGRAMU WSPÓŁPRACY GMINY MIEJSKIEJ KRAKÓW NA "
        "ROK 2025 Z ORGANIZACJAMI POZARZĄDOWYMI",
    ),
    (
        "sources",
        "dzielnica18-krakow-pl",
        "note",
        "Recorded only as 'dzielnica18.krakow.pl'; the page address was not recorded, this is the site.",
        "First recorded only as 'dzielnica18.krakow.pl'; the page's full address was found later.",
    ),
    (
        "programmes",
        "2025-consultation",
        "note_pl",
        "Dlatego data pozostała pusta. Pełnego adresu nie zapisano.",
        "Sprawdzenie dni tygodnia (redakcyjne, nie ze źródła): w 2024 r. 23-27 września to poniedziałek-"
        "piątek, a 18 października to piątek; w 2025 r. 27 września i 18 października to soboty. Daty "
        "pasują więc do 2024 roku, ale to wniosek, a nie potwierdzenie. Dlatego data pozostała pusta.",
    ),
    (
        "programmes",
        "2025-consultation",
        "note_en",
        "Date left blank for that reason. Full address not recorded.",
        "A weekday check (editorial, not from the source): in 2024, 23-27 September is Monday to Friday "
        "and 18 October a Friday; in 2025, 27 September and 18 October are Saturdays. The dates therefore "
        "fit 2024, but that is an inference, not a confirmation. Date left blank for that reason.",
    ),
]


# --- applying it -----------------------------------------------------------------------------


def read_table(folder: Path, name: str) -> tuple[list[str], list[Row]]:
    text = (folder / f"{name}.csv").read_text(encoding="utf-8")
    columns = next(csv.reader(io.StringIO(text)))
    return columns, list(csv.DictReader(io.StringIO(text, newline="")))


def write_table(folder: Path, name: str, columns: list[str], rows: list[Row]) -> None:
    with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({c: row.get(c, "") for c in columns} for row in rows)


def insert_after(rows: list[Row], key: str, value: str, new: list[Row]) -> list[Row]:
    index = next(i for i, row in enumerate(rows) if row[key] == value)
    return rows[: index + 1] + new + rows[index + 1 :]


def main(harvest: Path, data: Path) -> None:
    tables = {table.name: read_table(data, table.name) for table in TABLES}
    keys = {table.name: table.key[0] for table in TABLES}
    before = {name: len(rows) for name, (_, rows) in tables.items()}
    rows = {name: table_rows for name, (_, table_rows) in tables.items()}

    known_ids = {r["source_id"] for r in rows["sources"]}
    if any(s["source_id"] in known_ids for s in NEW_SOURCES):
        sys.exit(f"{data} already holds sources of the third harvest; nothing was changed.")
    for url, known in KNOWN_URLS.items():
        assert any((r["url"], r["source_id"]) == (url, known) for r in rows["sources"]), url

    for table, key, column, old, new in CORRECTIONS:
        (row,) = [r for r in rows[table] if r[keys[table]] == key]
        if old == "":
            assert row[column] == "", (table, key, column, row[column])
            row[column] = new
        else:
            assert row[column].count(old) == 1, (table, key, column)
            row[column] = row[column].replace(old, new)

    requoted = {r["call_id"]: r for r in read(harvest / "competitions_requote.csv")}
    rows["competitions"] = [
        requote(r, requoted[r["call_id"]]) if r["call_id"] in requoted else r for r in rows["competitions"]
    ]
    rows["sources"] += NEW_SOURCES
    rows["competitions"] += build_verified_calls(read(harvest / "competitions_verified.csv"))
    rows["context"] += build_context(read(harvest / "context_more.csv"))

    money = build_money(read(harvest / "money_more.csv"))
    rows["money"] = insert_after(rows["money"], "fact_id", "2010-mops-grants", money[:1])
    rows["money"] = insert_after(rows["money"], "fact_id", "2017-ngo-transfers-total", money[1:])

    for after, row in NEW_PROGRAMMES:
        rows["programmes"] = insert_after(rows["programmes"], "doc_id", after, [row])
    documents = read(harvest / "programme_documents_more.csv")
    (first_multi_year,) = [d for d in documents if d["year"] == "2012-2014"]
    rows["events"] = insert_after(
        rows["events"], "event_id", NEW_EVENT_AFTER, [new_event(first_multi_year["quote"])]
    )

    for name, (columns, _) in tables.items():
        write_table(data, name, columns, rows[name])
    print("table         before  after")
    for name in tables:
        print(f"{name:<13} {before[name]:>6} {len(rows[name]):>6}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
