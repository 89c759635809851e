"""The catalogue of user-facing text: every key in Polish and English (Polish first).

Pure data. Placeholders use str.format names. Vocabulary labels are keyed `<vocab>.<value>`.
"""

from __future__ import annotations


def _(pl: str, en: str) -> dict[str, str]:
    return {"pl": pl, "en": en}


PROBLEMS = {
    "problem.folder_missing": _("folder danych nie istnieje", "the data folder does not exist"),
    "problem.file_missing": _(
        "brak pliku (każda tabela jest wymagana, może mieć tylko nagłówek)",
        "file is missing (every table is required; it may hold only its header)",
    ),
    "problem.file_unreadable": _("nie można odczytać pliku: {error}", "cannot read the file: {error}"),
    "problem.json": _("to nie jest poprawny JSON: {error}", "this is not valid JSON: {error}"),
    "problem.descriptor": _(
        "opis pakietu jest niekompletny: {detail}", "the package descriptor is incomplete: {detail}"
    ),
    "problem.descriptor_standard": _(
        "opis pakietu nie deklaruje standardu Data Package v2: „$schema” musi mieć wartość {expected}, "
        "bez „profile” z wersji 1",
        "the descriptor does not declare Data Package v2: '$schema' must be {expected}, with no v1 'profile'",
    ),
    "problem.created": _(
        "„{value}” nie jest datą z godziną i strefą czasową (RRRR-MM-DDTgg:mm:ssZ)",
        "'{value}' is not a date and time with its time zone (YYYY-MM-DDThh:mm:ssZ)",
    ),
    "problem.descriptor_fields": _(
        "kolumny w datapackage.json różnią się od modelu danych: brakuje [{missing}], nadmiarowe [{extra}]",
        "the columns in datapackage.json differ from the data model: missing [{missing}], unexpected [{extra}]",
    ),
    "problem.descriptor_outdated": _(
        "opis tej tabeli w datapackage.json (typy, ograniczenia, dozwolone wartości) różni się od tego, który "
        "zapisuje ta wersja programu",
        "the description of this table in datapackage.json (types, constraints, allowed values) differs from "
        "the one this version of the program writes",
    ),
    "problem.encoding_cp1250": _(
        "plik nie jest w UTF-8; wygląda na zapisany w Windows-1250 (eksport z arkusza). Zapisz go jako "
        "„CSV UTF-8 (rozdzielany przecinkami)” w Excelu lub wybierz kodowanie „Unicode (UTF-8)” w LibreOffice",
        "the file is not UTF-8; it looks like Windows-1250 (a spreadsheet export). Save it as "
        "'CSV UTF-8 (Comma delimited)' in Excel, or choose the 'Unicode (UTF-8)' character set in LibreOffice",
    ),
    "problem.encoding": _(
        "plik nie jest w UTF-8 ani Windows-1250; zapisz go jako CSV UTF-8",
        "the file is neither UTF-8 nor Windows-1250; save it as CSV UTF-8",
    ),
    "problem.semicolon": _(
        "kolumny są rozdzielone średnikiem („;”), a muszą przecinkiem. Zapisz plik jako „CSV UTF-8 "
        "(rozdzielany przecinkami)” w Excelu lub wybierz separator pól „,” w LibreOffice",
        "columns are separated by semicolons (';') but must be separated by commas. Save the file as "
        "'CSV UTF-8 (Comma delimited)' in Excel, or choose ',' as the field delimiter in LibreOffice",
    ),
    "problem.tab": _(
        "kolumny są rozdzielone tabulatorem, a muszą przecinkiem; zapisz plik jako CSV UTF-8",
        "columns are separated by tabs but must be separated by commas; save the file as CSV UTF-8",
    ),
    "problem.empty_file": _(
        "plik jest pusty; potrzebny jest co najmniej wiersz nagłówka",
        "the file is empty; it needs at least the header row",
    ),
    "problem.column_missing": _("brak kolumny", "column is missing"),
    "problem.column_unexpected": _(
        "nieznana kolumna (nie ma jej w datapackage.json)", "unknown column (not in datapackage.json)"
    ),
    "problem.column_duplicate": _("kolumna występuje więcej niż raz", "column appears more than once"),
    "problem.cell_count": _(
        "wiersz ma {found} komórek, a nagłówek {expected}",
        "the row has {found} cells but the header has {expected}",
    ),
    "problem.required": _("wartość jest wymagana", "a value is required"),
    "problem.enum": _(
        "„{value}” nie jest dozwoloną wartością; dozwolone: {allowed}",
        "'{value}' is not an allowed value; allowed: {allowed}",
    ),
    "problem.integer": _("„{value}” nie jest liczbą całkowitą", "'{value}' is not a whole number"),
    "problem.number": _(
        "„{value}” nie jest liczbą (użyj kropki jako separatora dziesiętnego, bez spacji)",
        "'{value}' is not a number (use a dot as the decimal separator, no spaces)",
    ),
    "problem.boolean": _("„{value}” nie jest wartością true/false", "'{value}' is not true/false"),
    "problem.date": _(
        "„{value}” nie jest istniejącą datą RRRR-MM-DD", "'{value}' is not a real date YYYY-MM-DD"
    ),
    "problem.partial_date": _(
        "„{value}” nie jest datą RRRR, RRRR-MM ani RRRR-MM-DD",
        "'{value}' is not a date YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    "problem.slug": _(
        "„{value}” nie jest identyfikatorem (małe litery, cyfry i myślniki, np. 2021-program)",
        "'{value}' is not an id (lower-case letters, digits and hyphens, e.g. 2021-programme)",
    ),
    "problem.pattern": _("„{value}” ma niewłaściwy format", "'{value}' has the wrong format"),
    "problem.padded": _(
        "„{value}” ma spacje na początku lub na końcu; usuń je (inne narzędzia, np. frictionless, "
        "czytają to jako inną wartość)",
        "'{value}' has spaces at its start or end; remove them (other tools, such as frictionless, "
        "read it as a different value)",
    ),
    "problem.minimum": _(
        "„{value}” jest za małe (minimum {limit})", "'{value}' is too small (minimum {limit})"
    ),
    "problem.above": _("„{value}” musi być większe niż {limit}", "'{value}' must be greater than {limit}"),
    "problem.maximum": _(
        "„{value}” jest za duże (maksimum {limit})", "'{value}' is too large (maximum {limit})"
    ),
    "problem.too_long": _("tekst jest za długi", "the text is too long"),
    "problem.markup": _(
        "tekst zawiera znaczniki HTML; dozwolony jest tylko zwykły tekst",
        "the text contains HTML markup; only plain text is allowed",
    ),
    "problem.formula": _(
        "tekst zaczyna się od „=”, „+” lub „@” i arkusz wykonałby go jak formułę",
        "the text starts with '=', '+' or '@' and a spreadsheet would run it as a formula",
    ),
    "problem.url": _(
        "„{value}” nie jest adresem http:// ani https://", "'{value}' is not an http:// or https:// address"
    ),
    "problem.precision": _(
        "precyzja nie pasuje do daty: RRRR = year, RRRR-MM = month, RRRR-MM-DD = day",
        "the precision does not match the date: YYYY = year, YYYY-MM = month, YYYY-MM-DD = day",
    ),
    "problem.translation": _(
        "brak tłumaczenia: wypełnij obie wersje językowe albo żadną",
        "translation missing: fill in both languages or neither",
    ),
    "problem.total_qualifier": _(
        "total_qualifier musi być wypełniony wtedy i tylko wtedy, gdy total_pln",
        "total_qualifier must be filled exactly when total_pln is",
    ),
    "problem.split_none": _(
        "yearly_split = none: amount_pln musi być pusty, a total_pln wypełniony",
        "yearly_split = none: amount_pln must be empty and total_pln filled",
    ),
    "problem.period": _(
        "początek okresu jest późniejszy niż koniec albo podano tylko jeden z nich",
        "the period starts after it ends, or only one end is given",
    ),
    "problem.prior_kind": _(
        "prior_kind musi być wypełniony wtedy i tylko wtedy, gdy prior_amount_pln",
        "prior_kind must be filled exactly when prior_amount_pln is",
    ),
    "problem.unit": _("jednostka nie pasuje do serii", "the unit does not match the series"),
    "problem.duplicate": _(
        "„{value}” powtarza się (pierwszy raz w wierszu {first_line})",
        "'{value}' is repeated (first in line {first_line})",
    ),
    "problem.unknown_source": _(
        "nie ma źródła „{value}” w sources.csv", "there is no source '{value}' in sources.csv"
    ),
    "problem.calculation_twice": _(
        "więcej niż jeden wiersz {series}/{year} ma use_in_calculations = true",
        "more than one {series}/{year} row has use_in_calculations = true",
    ),
    "problem.invalid": _("niepoprawna wartość: {detail}", "invalid value: {detail}"),
}

VOCABULARY = {
    "category.milestone": _("Kamienie milowe", "Milestones"),
    "category.programme": _("Programy współpracy", "Cooperation programmes"),
    "category.law": _("Prawo", "Law"),
    "category.institution": _("Instytucje", "Institutions"),
    "category.participation": _("Partycypacja", "Participation"),
    "category.civic_centre": _("Centra Obywatelskie", "Civic centres"),
    "category.funding": _("Finansowanie", "Funding"),
    "category.other": _("Inne", "Other"),
    "measure.programme_total": _("Program współpracy – kwota łączna", "Cooperation programme – total"),
    "measure.programme_new_tasks": _(
        "Program współpracy – tylko nowe zadania", "Cooperation programme – new tasks only"
    ),
    "measure.ngo_transfers_total": _("Środki przekazane NGO w roku", "Money transferred to NGOs in the year"),
    "measure.city_office_contracted_tasks": _(
        "Urząd Miasta – zadania zlecane NGO", "City Office – tasks contracted to NGOs"
    ),
    "measure.mops_grants": _("MOPS – dotacje dla NGO", "MOPS (social welfare centre) – grants to NGOs"),
    "measure.ngo_commissioning_spending": _(
        "Wydatki na zlecanie NGO zadań publicznych", "Spending on commissioning public tasks to NGOs"
    ),
    "basis.planned": _("planowane", "planned"),
    "basis.executed": _("wykonane", "executed"),
    "basis.unknown": _("podstawa nieznana", "basis unknown"),
    "basis.awarded": _("przyznane", "awarded"),
    # A no-break space keeps the sign with its amount when a line wraps.
    "qualifier.about": _("≈\u00a0{amount}", "≈\u00a0{amount}"),
    "qualifier.at_least": _(">\u00a0{amount}", ">\u00a0{amount}"),
    "qualifier.at_most": _("≤\u00a0{amount}", "≤\u00a0{amount}"),
    "area.social_welfare": _("Pomoc społeczna", "Social welfare"),
    "area.civic_society": _("Społeczeństwo obywatelskie", "Civil society"),
    "area.disability": _("Osoby z niepełnosprawnościami", "Disability"),
    "area.seniors": _("Seniorzy", "Seniors"),
    "area.foreigners_integration": _("Integracja cudzoziemców", "Integration of foreigners"),
    "area.culture": _("Kultura", "Culture"),
    "area.sport": _("Sport", "Sport"),
    "area.tourism": _("Turystyka", "Tourism"),
    "area.health": _("Zdrowie", "Health"),
    "area.education": _("Edukacja", "Education"),
    "area.addiction_prevention": _("Przeciwdziałanie uzależnieniom", "Addiction prevention"),
    "area.other": _("Inne", "Other"),
    "form.powierzenie": _("powierzenie", "delegated (powierzenie)"),
    "form.wsparcie": _("wsparcie", "supported (wsparcie)"),
    "form.unknown": _("nie podano", "not stated"),
    "yearly_split.single_year": _("jeden rok", "single year"),
    "yearly_split.full": _("podział na lata", "split by year"),
    "yearly_split.partial": _(
        "podział częściowy (nie wszystkie lata widoczne)", "partial split (not every year visible)"
    ),
    "yearly_split.none": _(
        "tylko kwota wieloletnia, bez podziału na lata", "multi-year total only, no split by year"
    ),
    "yearly_split.unknown": _("kwota nieznana", "amount not stated"),
    "prior_kind.combined": _(
        "łącznie rok bieżący i wskazany rok", "current year and the named year combined"
    ),
    "prior_kind.cumulative": _("suma wszystkich wcześniejszych edycji", "sum of all earlier editions"),
    "prior_kind.as_stated": _("jak podano w źródle", "as stated in the source"),
    "source_kind.primary": _("pierwotne (urząd, GUS)", "primary (city, GUS)"),
    "source_kind.secondary": _("wtórne (media, NGO, portale)", "secondary (press, NGOs, portals)"),
    "status.confirmed": _("potwierdzony", "confirmed"),
    "status.probable": _("prawdopodobny (niepotwierdzony)", "probable (unconfirmed)"),
    "status.conflict": _("źródła się różnią", "sources disagree"),
    "unit.pln_compact": _("{amount}\u00a0zł", "PLN\u00a0{amount}"),
}

STRINGS: dict[str, dict[str, str]] = {**PROBLEMS, **VOCABULARY}

CLI = {
    "cli.valid": _("{folder}: dane poprawne ({counts})", "{folder}: data valid ({counts})"),
    "cli.invalid": _("{folder}: znaleziono problemy: {count}", "{folder}: {count} problem(s) found"),
    "cli.init_not_empty": _(
        "{folder} nie jest pustym folderem; nic nie zapisano",
        "{folder} is not an empty folder; nothing was written",
    ),
    "cli.init_done": _(
        "Utworzono pusty pakiet danych w {folder}. Otwórz pliki CSV w arkuszu, a potem uruchom: "
        "python -m ngo_dashboard validate {folder}",
        "Created an empty data package in {folder}. Open the CSV files in a spreadsheet, then run: "
        "python -m ngo_dashboard validate {folder}",
    ),
}

STRINGS.update(CLI)

NOUNS = {
    # Plural forms: Polish one|few|many|other, English one|other (see i18n.plural).
    "noun.figure": _("kwota|kwoty|kwot|kwoty", "figure|figures"),
    "noun.source": _("źródło|źródła|źródeł|źródła", "source|sources"),
    "noun.year": _("rok|lata|lat|roku", "year|years"),
    "noun.event": _("wydarzenie|wydarzenia|wydarzeń|wydarzenia", "event|events"),
    "noun.competition": _("nabór|nabory|naborów|naboru", "call|calls"),
    "noun.document": _("dokument|dokumenty|dokumentów|dokumentu", "document|documents"),
    "noun.row": _("wiersz|wiersze|wierszy|wiersza", "row|rows"),
    # Genitive forms, for counts after "z" ('from'): "z 1 źródła", "z 4 źródeł", "Z 3 lat".
    "noun.source_gen": _("źródła|źródeł|źródeł|źródła", "source|sources"),
    "noun.year_gen": _("roku|lat|lat|roku", "year|years"),
    # The verb agreeing with a count: "jest 1 kwota", "są 2 kwoty", "jest 5 kwot".
    "verb.is": _("jest|są|jest|jest", "holds|holds"),
}

UI = {
    "app.title": _("Współpraca z NGO · {place}", "Cooperation with NGOs · {place}"),
    "page.overview": _("Przegląd", "Overview"),
    "page.money": _("Pieniądze", "Money"),
    "page.timeline": _("Oś czasu", "Timeline"),
    "page.competitions": _("Konkursy", "Competitions"),
    "page.data": _("Dane i źródła", "Data & sources"),
    "page.about": _("O projekcie", "About"),
    "filter.years": _("Lata", "Years"),
    "filter.button": _("Filtry", "Filters"),
    "filter.all": _("wszystkie ({count})", "all ({count})"),
    "filter.none": _("żadne", "none"),
    "filter.some": _("{count} z {total}", "{count} of {total}"),
    "filter.prices_real": _("stałe, rok bazowy {base}", "constant, base year {base}"),
    "filter.search_help": _(
        "Wielkość liter, polskie znaki i końcówki słów nie mają znaczenia: „osc” znajdzie „Oś”,"
        " „centra” znajdzie „Centrum”. Wynik zawiera wszystkie wpisane słowa.",
        "Case, Polish letters and word endings do not matter: “osc” finds “Oś”, “centra” finds"
        " “Centrum”. Results contain every word typed.",
    ),
    "view.label": _("Widok", "View"),
    "view.chart": _("Wykres", "Chart"),
    "view.table": _("Tabela", "Table"),
    "download.view": _("Pobierz CSV tego widoku ({rows} wierszy)", "Download this view as CSV ({rows} rows)"),
    "download.package": _("Pobierz cały pakiet danych (ZIP)", "Download the whole data package (ZIP)"),
    "sources.expander": _("Źródła tego widoku ({count})", "Sources of this view ({count})"),
    "sources.more": _(
        "…i jeszcze {count} – pełna lista na stronie Dane i źródła.",
        "…and {count} more – the full list is on the Data & sources page.",
    ),
    "cite.none": _("Źródło: brak danych w tym widoku.", "Source: no data in this view."),
    "cite.one": _("Źródło: {source}.", "Source: {source}."),
    "cite.many": _("Źródła: {documents} – {publishers}.", "Sources: {documents} – {publishers}."),
    "cite.more_publishers": _(" i jeszcze {count}", " and {count} more"),
    "cite.title": _("„{title}”", "'{title}'"),
    "cite.figure": _(
        "{amount} – „{quote}” Źródło: {source}, {url}", "{amount} – '{quote}' Source: {source}, {url}"
    ),
    "error.title": _("Dane wymagają poprawek", "The data needs fixing"),
    "error.intro": _(
        "Pulpit nie może pokazać danych z folderu {folder}, bo znaleziono w nich problemy ({count}). Żaden plik "
        "nie został zmieniony. Każdy problem poniżej wskazuje plik, wiersz i kolumnę.",
        "The dashboard cannot show the data in {folder} because problems were found ({count}). No file was "
        "changed. Each problem below names the file, the line and the column.",
    ),
    "error.fix": _(
        "Popraw wskazane komórki w arkuszu, zapisz jako CSV UTF-8 (rozdzielany przecinkami) i odśwież stronę. "
        "Ten sam raport pokazuje polecenie:",
        "Fix the cells named above in a spreadsheet, save as CSV UTF-8 (comma-delimited) and reload the page. "
        "The same report is printed by:",
    ),
    "col.file": _("Plik", "File"),
    "col.line": _("Wiersz", "Line"),
    "col.field": _("Kolumna", "Column"),
    "col.message": _("Problem", "Problem"),
    "col.year": _("Rok", "Year"),
    "col.measure": _("Miara", "Measure"),
    "col.basis": _("Podstawa", "Basis"),
    "col.amount": _("Kwota", "Amount"),
    "col.scope": _("Zakres", "Scope"),
    "col.source": _("Źródło", "Source"),
    "col.quote": _("Cytat ze źródła", "Quote from the source"),
    "col.title": _("Tytuł", "Title"),
    "col.area": _("Obszar", "Area"),
    "col.form": _("Forma", "Form"),
    "col.total": _("Kwota łączna naboru", "Call total"),
    "col.split": _("Podział na lata", "Split by year"),
    "col.department": _("Jednostka", "Department"),
    "col.prior_year": _("Rok wcześniejszy", "Earlier year"),
    "col.prior_amount": _("Kwota wcześniejsza", "Earlier amount"),
    "col.prior_kind": _("Czego dotyczy kwota wcześniejsza", "What the earlier amount covers"),
    "col.date": _("Data", "Date"),
    "col.category": _("Kategoria", "Category"),
    "col.description": _("Opis", "Description"),
    "col.publisher": _("Wydawca", "Publisher"),
    "col.published": _("Data publikacji", "Published"),
    "col.kind": _("Rodzaj źródła", "Kind of source"),
    "col.url": _("Adres", "Address"),
    "table.truncated": _(
        "Pokazano pierwsze {shown} z {total} wierszy; wszystkie są w pliku CSV.",
        "Showing the first {shown} of {total} rows; the CSV holds them all.",
    ),
    "table.sources": _("Źródła", "Sources"),
    "table.events": _("Wydarzenia", "Events"),
    "table.money": _("Kwoty", "Money"),
    "table.competitions": _("Konkursy", "Competitions"),
    "table.context": _("Kontekst (CPI, ludność, wydatki)", "Context (CPI, population, spending)"),
    "table.programmes": _("Dokumenty programów", "Programme documents"),
    "coverage.cell_known": _("✔ kwota", "✔ figure"),
    "coverage.cell_document": _("▢ dokument", "▢ document"),
    "coverage.cell_none": _("–", "–"),
    "chart.year": _("Rok", "Year"),
    "chart.y_nominal": _("zł, ceny bieżące", "PLN, current prices"),
    "chart.y_nominal_per_resident": _("zł na mieszkańca, ceny bieżące", "PLN per resident, current prices"),
    "chart.y_real": _("zł w cenach z {base} r. (CPI GUS)", "PLN at {base} prices (GUS CPI)"),
    "chart.y_real_per_resident": _(
        "zł na mieszkańca w cenach z {base} r.", "PLN per resident at {base} prices"
    ),
    "chart.era": _("{start}–{end}", "{start}–{end}"),
    "chart.era_disputed": _("{label} (?)", "{label} (?)"),
    "chart.era_legend": _("Programy wieloletnie", "Multi-year programmes"),
    # Short: a legend entry does not wrap, and this one must fit a 375 px phone.
    "chart.era_legend_disputed": _(
        "Programy wieloletnie; (?) źródła się różnią", "Multi-year programmes; (?) sources differ"
    ),
    "chart.era_hover": _(
        "Program wieloletni {start}–{end} ({status})", "Multi-year programme {start}–{end} ({status})"
    ),
    "chart.milestones": _("Wydarzenia", "Events"),
    "chart.no_figure": _("Brak łącznej kwoty programu", "No programme total"),
    "chart.cannot_convert": _("Nie da się przeliczyć", "Cannot be converted"),
    "chart.missing_document": _(
        "{year}: kwoty nie przepisano; powinna być w: {document}",
        "{year}: total not transcribed; it should be in: {document}",
    ),
    "chart.missing_none": _(
        "{year}: nie znaleziono kwoty ani dokumentu", "{year}: neither a total nor a document found"
    ),
    "chart.missing_no_cpi": _(
        "{year}: brak wskaźnika CPI, nie da się przeliczyć", "{year}: no CPI value, cannot convert"
    ),
    "chart.missing_no_population": _(
        "{year}: brak liczby mieszkańców, nie da się podzielić", "{year}: no population figure, cannot divide"
    ),
    "chart.competitions_count": _("n = {count}", "n = {count}"),
    "chart.competitions_count_legend": _(
        "liczba nad słupkiem = liczba naborów", "number above a bar = calls"
    ),
    "chart.participatory_budget": _(
        "Budżet obywatelski – pula edycji (pieniądze mieszkańców, nie dla NGO; nie sumować)",
        "Participatory budget – pool per edition (residents' money, not for NGOs; never added)",
    ),
    "chart.residents_money_hover": _(
        "Pieniądze mieszkańców, nie dotacje dla NGO: pokazane obok, niewliczane do żadnej kwoty. Rok edycji "
        "(głosowania); projekty realizuje się zwykle w następnym roku.",
        "Residents' money, not grants to NGOs: shown beside, counted in no figure. The edition year (of the "
        "vote); the projects are usually carried out the next year.",
    ),
    # Short: on a phone the calls chart's plot is about 250 px high, and a longer title runs into the source line.
    "chart.planned_pln": _("zł, plan z ogłoszeń", "PLN planned in notices"),
    "chart.unavailable": _(
        "Nie udało się wczytać wykresu. Te same dane są w tabeli na tej stronie.",
        "The chart could not be loaded. The same data is in a table on this page.",
    ),
    # plotly.js's own labels (modebar buttons and their notices), keyed by its English text; the
    # English side is plotly.js's text unchanged (ngo_dashboard/ui/chart.py passes them as its locale).
    "plotly.Download plot as a PNG": _("Pobierz wykres jako PNG", "Download plot as a PNG"),
    "plotly.Download plot": _("Pobierz wykres", "Download plot"),
    "plotly.Zoom": _("Powiększ zaznaczony obszar", "Zoom"),
    "plotly.Pan": _("Przesuwaj", "Pan"),
    "plotly.Zoom in": _("Przybliż", "Zoom in"),
    "plotly.Zoom out": _("Oddal", "Zoom out"),
    "plotly.Reset axes": _("Przywróć pierwotny widok", "Reset axes"),
    "plotly.Autoscale": _("Dopasuj skalę", "Autoscale"),
    "plotly.Double-click to zoom back out": _(
        "Kliknij dwukrotnie, aby wrócić do pełnego widoku", "Double-click to zoom back out"
    ),
    "plotly.Double-click on legend to isolate one trace": _(
        "Kliknij dwukrotnie pozycję legendy, aby zostawić tylko ją",
        "Double-click on legend to isolate one trace",
    ),
    "plotly.Preparing image - this may take a few seconds": _(
        "Przygotowuję obraz – to może potrwać kilka sekund", "Preparing image - this may take a few seconds"
    ),
    "plotly.Image download succeeded": _("Pobrano obraz", "Image download succeeded"),
    "plotly.Sorry, there was a problem downloading your image!": _(
        "Nie udało się pobrać obrazu.", "Sorry, there was a problem downloading your image!"
    ),
    "overview.title": _(
        "Współpraca z organizacjami pozarządowymi · {place}", "Cooperation with NGOs · {place}"
    ),
    "overview.lead": _(
        "Ile miasto {place} planowało i wydawało na współpracę z organizacjami pozarządowymi, jakimi drogami "
        "i co działo się od {first_year} roku. Każda liczba i każde wydarzenie ma źródło i dokładny cytat.",
        "How much the city of {place} planned and spent on cooperation with NGOs, through which instruments, "
        "and what happened since {first_year}. Every figure and every event has a source and an exact quote.",
    ),
    "overview.metric_money": _("{measure}, {year} ({basis})", "{measure}, {year} ({basis})"),
    "overview.metric_money_none": _("Brak kwot w danych", "No figures in the data"),
    "overview.cite": _("Cytuj tę kwotę", "Cite this figure"),
    "overview.metric_years": _("Lata współpracy od {year} r.", "Years of cooperation since {year}"),
    "overview.metric_years_none": _("Brak wydarzeń w danych", "No events in the data"),
    "overview.metric_years_from": _("Licząc od: {title}", "Counted from: {title}"),
    "overview.metric_records": _("Oś czasu", "Timeline"),
    "overview.metric_records_competitions": _(
        "Oraz {competitions} i {sources} w danych.", "Plus {competitions} and {sources} in the data."
    ),
    "overview.what_data_shows": _("Co pokazują dane", "What the data shows"),
    "overview.to_money": _(
        "Wszystkie kwoty, ceny stałe, na mieszkańca", "All figures, constant prices, per resident"
    ),
    "overview.to_timeline": _("Oś czasu: wszystkie wydarzenia", "The timeline: every event"),
    "overview.empty": _("W danych nie ma jeszcze żadnej kwoty.", "The data holds no figures yet."),
    "money.title": _("Pieniądze", "Money"),
    "money.lead": _(
        "Kwoty według miary i roku. Plan i wykonanie mają różne oznaczenia i nigdy nie są łączone jedną linią; "
        "lata bez kwoty są pokazane jako braki.",
        "Figures by measure and year. Planned and executed amounts are drawn differently and never joined by "
        "one line; years without a figure are shown as missing.",
    ),
    "money.measures": _("Miary", "Measures"),
    "money.prices": _("Ceny", "Prices"),
    "money.bases": _("Podstawa kwoty", "Basis of the amount"),
    "money.prices_nominal": _("bieżące", "nominal"),
    "money.prices_real": _("stałe", "constant"),
    "money.base_year": _("Rok bazowy cen stałych", "Base year of constant prices"),
    "money.per_resident": _("Na mieszkańca", "Per resident"),
    "money.per_resident_help": _(
        "Tylko dla lat z liczbą mieszkańców w danych; brakujących lat nie uzupełniamy.",
        "Only for years with a population figure in the data; missing years are never filled in.",
    ),
    "money.milestones": _("Wydarzenia na osi czasu wykresu", "Events on the chart's time axis"),
    "money.participatory_budget": _(
        "Budżet obywatelski: pieniądze mieszkańców",
        "Participatory budget: residents' money",
    ),
    "money.participatory_budget_help": _(
        "Pula każdej edycji budżetu obywatelskiego jako szare słupki obok kwot. To pieniądze, o których "
        "decydują mieszkańcy, a nie dotacje dla organizacji: nigdy nie są dodawane do kwot ani liczone do "
        "pokrycia programu. Tylko w złotych bieżących.",
        "The pool of each edition of the participatory budget, as grey bars beside the figures. It is money "
        "residents decide on, not grants to organisations: never added to the figures or counted as coverage "
        "of the programme. Nominal złoty only.",
    ),
    "money.none_chosen": _(
        "Wybierz co najmniej jedną miarę i jedną podstawę.", "Choose at least one measure and one basis."
    ),
    "money.empty": _("W danych nie ma jeszcze żadnej kwoty.", "The data holds no figures yet."),
    "money.chart_title": _("Kwoty na współpracę z NGO, {place}", "Money for cooperation with NGOs, {place}"),
    "money.alt": _(
        "Wykres kwot według roku i miary; pełny opis w tekście nad wykresem i w widoku tabeli.",
        "Chart of figures by year and measure; the full description is in the text above and in the table view.",
    ),
    "money.legend_title": _("Jak czytać wykres", "How to read the chart"),
    "money.legend": _(
        "- **Kształt znacznika** – słowo źródła: ● dokładnie, ◆ około („blisko”, „około”), ▲ ponad "
        "(„przeszło”, „ponad”), ▼ do.\n- **Pusty znacznik i linia przerywana** – kwota planowana; **pełny "
        "znacznik i linia ciągła** – kwota wykonana; **pusty znacznik z kropką i linia kropkowana** – źródło nie "
        "mówi, czy to plan, czy wykonanie.\n- **Szare kreskowane słupki** (tylko po włączeniu) – budżet "
        "obywatelski: pieniądze mieszkańców, nie dotacje dla NGO, nigdy niedodawane do kwot.\n- **Kreska "
        "przy osi** – rok bez łącznej kwoty programu; najedź, aby zobaczyć dokument, w którym powinna być.\n- **Linia** łączy tylko kolejne lata tej samej "
        "miary i podstawy.\n- **Ceny stałe**: kwota × iloczyn rocznych wskaźników CPI GUS (rok poprzedni = 100) "
        "od roku kwoty do roku bazowego.",
        "- **Marker shape** – the source's wording: ● exact, ◆ about ('blisko', 'około'), ▲ more than "
        "('przeszło', 'ponad'), ▼ up to.\n- **Open marker and dashed line** – planned; **filled marker and solid "
        "line** – executed; **open marker with a dot and dotted line** – the source does not say whether it is "
        "planned or executed.\n- **Grey hatched bars** (only when switched on) – the participatory budget: "
        "residents' money, not grants to NGOs, never added to the figures.\n- **Tick on the axis** – a year "
        "without a programme total; hover to see the document that should hold it.\n- **A line** joins only consecutive years of the same measure and basis."
        "\n- **Constant prices**: amount × the product of GUS yearly CPI (previous year = 100) from the amount's "
        "year to the base year.",
    ),
    "timeline.title": _("Oś czasu", "Timeline"),
    "timeline.lead": _(
        "Wydarzenia współpracy miasta {place} z organizacjami pozarządowymi, rok po roku. Każde ma opis, "
        "cytat i źródło oraz własny link, który można udostępnić.",
        "Events of {place}'s cooperation with NGOs, year by year. Each has a description, a quote and a "
        "source, and a link of its own that can be shared.",
    ),
    "timeline.search": _("Szukaj w wydarzeniach", "Search the events"),
    "timeline.search_placeholder": _("np. centrum obywatelskie", "e.g. civic centre"),
    "timeline.categories": _("Kategorie", "Categories"),
    "timeline.order": _("Kolejność", "Order"),
    "timeline.order_oldest": _("Od najstarszych", "Oldest first"),
    "timeline.order_newest": _("Od najnowszych", "Newest first"),
    "timeline.share": _(
        "Link do tego wydarzenia (skopiuj):",
        "Link to this event (copy it):",
    ),
    "timeline.opened": _("Wydarzenie z linku", "Event from the link"),
    "timeline.close": _("Zamknij", "Close"),
    "timeline.in_list": _("Zobacz je na liście, w roku {year}", "See it in the list, in {year}"),
    "timeline.marked": _("otwarte z linku", "opened from the link"),
    "timeline.link": _("Link do wydarzenia", "Link to this event"),
    "timeline.details": _("Cytat i źródło", "Quote and source"),
    "timeline.years_nav": _("Skocz do roku", "Jump to a year"),
    "timeline.period_programme": _("Program wieloletni {years}", "Multi-year programme {years}"),
    "timeline.period_before": _(
        "Przed programami wieloletnimi: {years}", "Before the multi-year programmes: {years}"
    ),
    "timeline.period_between": _(
        "Poza programami wieloletnimi: {years}", "Outside the multi-year programmes: {years}"
    ),
    "timeline.period_after": _(
        "Po ostatnim znanym programie wieloletnim: {years}",
        "After the last known multi-year programme: {years}",
    ),
    "timeline.period_years": _("Lata {years}", "Years {years}"),
    "timeline.more_below": _(
        "Lista pokazuje {shown} z {total} wydarzeń; kolejne lata dodaje przycisk „Pokaż kolejne” pod listą.",
        "The list shows {shown} of {total} events; the button 'Show more' under the list adds the next years.",
    ),
    "timeline.show_more": _("Pokaż kolejne ({count})", "Show more ({count})"),
    "timeline.inferred": _("data wywnioskowana", "date inferred"),
    "timeline.note": _("Uwaga: {note}", "Note: {note}"),
    "timeline.quote": _("Cytat: „{quote}”", "Quote: '{quote}'"),
    "timeline.source": _("Źródło:", "Source:"),
    "timeline.list": _("Wydarzenia rok po roku", "Events year by year"),
    "timeline.table": _("Tabela wydarzeń", "Table of events"),
    "timeline.empty": _("W danych nie ma jeszcze żadnych wydarzeń.", "The data holds no events yet."),
    "timeline.chart_title": _(
        "Oś czasu współpracy z NGO, {place}", "Timeline of cooperation with NGOs, {place}"
    ),
    "timeline.alt": _(
        "Oś czasu wydarzeń w pasach według kategorii; ta sama treść jest w liście poniżej.",
        "Timeline of events in lanes by category; the same content is in the list below.",
    ),
    "timeline.chart_narrow": _(
        "Na wąskim ekranie lata i okresy są w liście poniżej („Skocz do roku”). Wykres osi czasu pojawia "
        "się na szerszym ekranie, np. po obróceniu telefonu.",
        "On a narrow screen the years and periods are in the list below ('Jump to a year'). The timeline "
        "chart appears on a wider screen, for example with the phone turned sideways.",
    ),
    "timeline.span_legend": _("Okres, którego dotyczy data", "Period the date may mean"),
    "timeline.selected": _("Wybrane wydarzenie", "Selected event"),
    "timeline.count_hover": _("{year}: wydarzeń – {count}", "{year}: {count} events"),
    "timeline.count_axis": _(
        "Rok (liczba wydarzeń w roku; zawęź filtry, aby zobaczyć każde)",
        "Year (events per year; narrow the filters to see each one)",
    ),
    "competitions.title": _("Konkursy", "Competitions"),
    "competitions.lead": _(
        "Otwarte konkursy ofert i podobne nabory miasta: kwoty zapowiedziane w ogłoszeniach, według roku "
        "i obszaru.",
        "The city's open calls for proposals and similar rounds: amounts announced in the notices, by year "
        "and area.",
    ),
    "competitions.search": _("Szukaj w naborach", "Search the calls"),
    "competitions.search_placeholder": _("np. seniorzy, MOPS", "e.g. seniorzy, MOPS"),
    "competitions.areas": _("Obszary", "Areas"),
    "competitions.caveat": _(
        "Suma kwot z ogłoszeń nie jest budżetem miasta: zebrano tylko część ogłoszeń, a kwota planowana to nie "
        "kwota wypłacona. Nabory wieloletnie bez podziału na lata nie są przypisywane do żadnego roku.",
        "A sum of amounts from notices is not a city budget: only some notices were collected, and a planned "
        "amount is not money paid. Multi-year calls without a yearly split are not assigned to any year.",
    ),
    "competitions.by_year": _("Według roku i obszaru", "By year and area"),
    "competitions.by_year_title": _(
        "Kwoty z ogłoszeń naborów według roku i obszaru, {place}",
        "Amounts in call notices by year and area, {place}",
    ),
    "competitions.by_year_alt": _(
        "Słupki skumulowane: kwoty z ogłoszeń według roku i obszaru; liczba naborów nad słupkiem.",
        "Stacked bars: amounts in notices by year and area; number of calls above each bar.",
    ),
    "competitions.largest": _("Największe nabory", "Largest calls"),
    "competitions.largest_help": _(
        "Według kwoty łącznej podanej w ogłoszeniu (dla naborów wieloletnich – za cały okres).",
        "By the total the notice states (for multi-year calls, for the whole period).",
    ),
    "competitions.no_split": _(
        "Nabory wieloletnie bez podziału na lata", "Multi-year calls without a yearly split"
    ),
    "competitions.no_split_help": _(
        "Ogłoszenie podaje tylko kwotę na cały okres. Nie dzielimy jej na lata.",
        "The notice gives only a total for the whole period. We never split it over years.",
    ),
    "competitions.prior": _("Porównanie z wcześniejszym finansowaniem", "Compared with earlier funding"),
    "competitions.prior_help": _(
        "Kwota wcześniejsza jest taka, jak podaje ogłoszenie: zwykle łącznie rok bieżący i wskazany rok, "
        "a czasem suma wszystkich wcześniejszych edycji. Nie sumuj jej między wierszami.",
        "The earlier amount is as the notice states it: usually the current year and the named year combined, "
        "sometimes all earlier editions together. Never add it up across rows.",
    ),
    "competitions.prior_item": _(
        "w {year} r. {amount}; wcześniej według ogłoszenia {prior} (rok {prior_year}; {kind})",
        "{amount} in {year}; earlier, as the notice states, {prior} (year {prior_year}; {kind})",
    ),
    "competitions.list_more": _(
        "…i {count} więcej: w tabeli wszystkich naborów poniżej i w jej pliku CSV.",
        "…and {count} more: in the table of all calls below and its CSV.",
    ),
    "competitions.all": _("Wszystkie nabory", "All calls"),
    "competitions.all_show": _("Tabela wszystkich naborów ({count})", "Table of all calls ({count})"),
    "competitions.sort": _("Kolejność", "Order"),
    "competitions.sort_amount": _("od największej kwoty", "largest amount first"),
    "competitions.sort_year": _("według roku", "by year"),
    "competitions.sort_title": _("alfabetycznie", "alphabetically"),
    "competitions.empty": _("W danych nie ma jeszcze żadnych naborów.", "The data holds no calls yet."),
    "data.title": _("Dane i źródła", "Data & sources"),
    "data.lead": _(
        "Wszystkie tabele pakietu danych ({place}), rejestr źródeł, pokrycie lat i sposób liczenia. Dane można "
        "pobrać i otworzyć w arkuszu.",
        "Every table of the data package ({place}), the source registry, the coverage of years and how derived "
        "figures are computed. The data can be downloaded and opened in a spreadsheet.",
    ),
    "data.downloads": _("Pobieranie", "Downloads"),
    "data.package_help": _(
        "Pakiet Frictionless: {tables} tabel CSV (UTF-8) i datapackage.json z opisem kolumn. Licencja: {licence}.",
        "A Frictionless package: {tables} CSV tables (UTF-8) and datapackage.json describing every column. "
        "Licence: {licence}.",
    ),
    "data.coverage": _("Pokrycie: miara × rok", "Coverage: measure × year"),
    "data.coverage_help": _(
        "**✔ kwota** – kwota jest w danych; **▢ dokument** – znany jest dokument programu na ten rok, ale kwoty "
        "jeszcze nie przepisano; **–** – nic nie znaleziono. Pusty rok nigdy nie znaczy „zero”.",
        "**✔ figure** – the figure is in the data; **▢ document** – a programme document for that year is known "
        "but its total is not transcribed yet; **–** – nothing found. An empty year never means zero.",
    ),
    "data.coverage_documents": _(
        "Dokumenty, w których są brakujące kwoty ({count})",
        "Documents that hold the missing totals ({count})",
    ),
    "data.coverage_empty": _("Brak danych do oceny pokrycia.", "No data to assess coverage."),
    "data.method": _("Jak liczymy", "How derived figures are computed"),
    # NOTE: no *italics* here or anywhere in the catalogue: one italic word costs every reader of the
    # page the italic font (136 KiB, measured), so formula variables are capitals instead.
    "data.method_text": _(
        "- **Ceny stałe**: kwota z roku R × iloczyn wskaźników CPI GUS (rok poprzedni = 100) / 100 za lata "
        "R+1 … B, gdzie B to wybrany rok bazowy (domyślnie {base}). Gdy brakuje wskaźnika w łańcuchu, "
        "wartości nie ma.\n- **Na mieszkańca**: kwota / liczba mieszkańców z tego samego roku (wiersz "
        "oznaczony use_in_calculations; stan na 31 grudnia, gdzie podano). Lat bez liczby mieszkańców nie "
        "uzupełniamy.\n- **Pokrycie**: dla każdego roku programu sprawdzamy, czy kwota jest w tabeli kwot, a jeśli "
        "nie – czy znany jest dokument programu rocznego (uchwała, projekt, konsultacje).\n- **Budżet "
        "obywatelski** to pieniądze mieszkańców: nie liczymy go do pokrycia ani do żadnej kwoty i nie "
        "przeliczamy go na ceny stałe ani na mieszkańca.\n- Niczego nie "
        "szacujemy, nie interpolujemy i nie sumujemy między różnymi podstawami.",
        "- **Constant prices**: an amount of year Y × the product of GUS CPI values (previous year = 100) / 100 "
        "for years Y+1 … B, where B is the chosen base year (default {base}). If a value of the chain is "
        "missing, so is the result.\n- **Per resident**: amount / population of the same year (the row marked "
        "use_in_calculations; 31 December where stated). Years without a population figure are never filled "
        "in.\n- **Coverage**: for every programme year we check whether its total is in the money table and, if "
        "not, whether an annual programme document (resolution, draft, consultation) is known.\n- **The "
        "participatory budget** is residents' money: it counts in no coverage and no figure, and it is not "
        "converted to constant prices or per resident.\n- Nothing is "
        "estimated, interpolated or summed across different bases.",
    ),
    "data.glossary": _("Słowniczek", "Glossary"),
    "data.glossary_text": _(
        "- **Program współpracy** – uchwała rady gminy o współpracy z organizacjami pozarządowymi, roczna "
        "lub wieloletnia, przyjmowana po konsultacjach z organizacjami; podaje cele, priorytety i planowaną "
        "kwotę. Obowiązek jej przyjęcia wprowadziła ustawa o działalności pożytku publicznego i o "
        "wolontariacie z 2003 r.\n"
        "- **Otwarty konkurs ofert** – nabór, w którym organizacje składają oferty wykonania zadania "
        "publicznego, a miasto wybiera oferty i przyznaje na nie dotacje.\n"
        "- **Powierzenie** – miasto zleca zadanie i finansuje je w całości.\n"
        "- **Wsparcie** – miasto dofinansowuje zadanie; część kosztów organizacja pokrywa z innych środków "
        "(wkład własny).\n"
        "- **Tryb art. 19a („małe granty”)** – dotacja na niewielkie, krótkie zadanie, przyznawana na wniosek "
        "organizacji bez konkursu.\n"
        "- **Inicjatywa lokalna** – mieszkańcy, sami lub przez organizację, proponują zadanie publiczne i "
        "wykonują je razem z miastem, wnosząc pracę, rzeczy lub pieniądze.\n"
        "- **Centrum Obywatelskie** – miejskie miejsce dla organizacji i grup mieszkańców (sale, doradztwo), "
        "prowadzone przez miasto albo przez organizację wybraną w konkursie.\n"
        "- **Rada Pożytku** – gminna rada działalności pożytku publicznego: ciało doradcze złożone z "
        "przedstawicieli organizacji i władz gminy.\n"
        "- **Planowane / przyznane / wykonane / podstawa nieznana** – planowane: kwota zapisana w programie "
        "lub ogłoszeniu, zanim pieniądze wydano; przyznane: dotacje przyznane w rozstrzygnięciu naboru; "
        "wykonane: kwota wydana według sprawozdania; podstawa nieznana: źródło nie mówi, o którą chodzi. "
        "Kwot o różnych podstawach nie łączymy linią ani nie dodajemy.\n"
        "- **≈, >, ≤ przed kwotą** – słowa źródła: „około”, „blisko”, „prawie” (≈); „przeszło”, „ponad” (>); "
        "górna granica (≤). Bez znaku – kwota dokładna.\n"
        "- **Kwota wieloletnia bez podziału na lata** – ogłoszenie podaje tylko sumę za cały okres; nie "
        "dzielimy jej sami na lata, więc nie liczymy jej do żadnego roku.\n"
        "- **Wydatki na zlecanie NGO zadań publicznych** – kwota, jaką miasto przeznacza na zlecanie "
        "organizacjom zadań publicznych w trybie ustawy o działalności pożytku publicznego, tak jak podała ją "
        "prasa. To osobna miara: nie jest to kwota programu współpracy ani „środki przekazane NGO” z innego "
        "źródła, i nigdy się ich nie łączy ani nie dodaje.\n"
        "- **Budżet obywatelski** – część budżetu miasta, o której przeznaczeniu decydują mieszkańcy: "
        "zgłaszają projekty i głosują nad nimi. To pieniądze mieszkańców, a nie dotacje dla organizacji "
        "pozarządowych. Na stronie Pieniądze można go włączyć dla porównania (szare słupki, tylko w złotych "
        "bieżących), ale nigdy nie jest dodawany do kwot ani liczony do pokrycia programu. Rok to rok edycji, "
        "w którym się głosuje; projekty realizuje się zwykle w następnym roku.",
        "- **Cooperation programme (program współpracy)** – the municipal council's resolution on cooperation "
        "with non-governmental organisations, annual or multi-year, adopted after consulting the "
        "organisations; it states goals, priorities and the planned amount. The 2003 Act on Public Benefit "
        "Activity and Volunteering made it compulsory.\n"
        "- **Open competition (otwarty konkurs ofert)** – a call in which organisations submit offers to carry "
        "out a public task and the city chooses offers and awards grants to them.\n"
        "- **Delegated (powierzenie)** – the city commissions the task and pays for all of it.\n"
        "- **Supported (wsparcie)** – the city co-finances the task; the organisation covers part of the cost "
        "from other funds (own contribution).\n"
        "- **Art. 19a procedure ('small grants')** – a grant for a small, short task, awarded on an "
        "organisation's application without a competition.\n"
        "- **Local initiative (inicjatywa lokalna)** – residents, on their own or through an organisation, "
        "propose a public task and carry it out together with the city, contributing work, goods or money.\n"
        "- **Civic Centre (Centrum Obywatelskie)** – a city-owned place for organisations and residents' groups "
        "(rooms, advice), run by the city or by an organisation chosen in a competition.\n"
        "- **Public Benefit Council (Rada Pożytku)** – the municipal council for public benefit activity: an "
        "advisory body of representatives of organisations and of the gmina's authorities.\n"
        "- **Planned / awarded / executed / basis unknown** – planned: the amount written in a programme or a "
        "notice before the money was spent; awarded: grants given when a call was decided; executed: the "
        "amount spent according to a report; basis unknown: the source does not say which. Amounts of "
        "different bases are never joined by a line or added up.\n"
        "- **≈, >, ≤ before an amount** – the source's words: 'około', 'blisko', 'prawie' (about, ≈); "
        "'przeszło', 'ponad' (more than, >); an upper bound (≤). No sign: an exact amount.\n"
        "- **Multi-year total without a yearly split** – the notice gives only the sum for the whole period; "
        "we do not divide it into years ourselves, so it counts in no year.\n"
        "- **Spending on commissioning public tasks to NGOs** – what the city spends on commissioning public "
        "tasks to organisations under the Public Benefit Act, as the press reported it. A measure of its "
        "own: not the cooperation programme's total, nor the 'money transferred to NGOs' from another source, "
        "and never joined or added to them.\n"
        "- **Participatory budget (budżet obywatelski)** – a part of the city budget whose use residents "
        "decide: they propose projects and vote on them. It is residents' money, not grants to NGOs. The Money "
        "page can show it for comparison (grey bars, nominal złoty only), but it is never added to the figures "
        "or counted as coverage of the programme. Its year is the edition year, when the vote takes place; "
        "the projects are usually carried out the next year.",
    ),
    "data.tables": _("Tabele", "Tables"),
    "data.table_choice": _("Tabela", "Table"),
    "about.title": _("O projekcie", "About"),
    "about.what": _(
        "Ten pulpit pokazuje historię współpracy miasta {place} z organizacjami pozarządowymi: ile pieniędzy "
        "planowano i wydawano, jakimi drogami, i najważniejsze wydarzenia.",
        "This dashboard shows the history of {place}'s cooperation with non-governmental organisations: how much "
        "money was planned and spent, through which instruments, and the milestones.",
    ),
    "about.audience_title": _("Dla kogo", "Who it is for"),
    "about.audience": _(
        "Dla radnych i urzędników przed sesją (kwoty z dokumentem do zacytowania), dla mieszkańców (oś czasu, "
        "także na telefonie) i dla osób, które prowadzą dane w urzędzie dowolnej gminy.",
        "For council members and city staff before a session (figures with a document to quote), for residents "
        "(the timeline, on a phone too) and for whoever maintains the data in any gmina's office.",
    ),
    "about.rules_title": _("Zasady danych", "Data rules"),
    "about.rules": _(
        "Każda liczba i każde wydarzenie pochodzi z publicznego dokumentu, z adresem, datą i dokładnym cytatem. "
        "Niczego nie szacujemy ani nie uzupełniamy. Zachowujemy słowa źródeł („około”, „ponad”), rozdzielamy plan "
        "i wykonanie, a brakujący rok pokazujemy jako brak.",
        "Every figure and every event comes from a public document, with its address, date and an exact quote. "
        "Nothing is estimated or filled in. The sources' wording ('około', 'ponad') is kept, planned and executed "
        "amounts stay apart, and a missing year is shown as missing.",
    ),
    "about.errors_title": _("Jak zgłosić błąd", "How to report an error"),
    "about.errors": _(
        "Na stronie **Dane i źródła** znajdź wiersz (każdy ma identyfikator) i dokument źródłowy, a następnie "
        "napisz do zespołu prowadzącego dane w urzędzie lub zgłoś zmianę w repozytorium projektu: podaj "
        "identyfikator wiersza, poprawną wartość i adres dokumentu, który ją potwierdza.",
        "On the **Data & sources** page find the row (each has an id) and its source document, then write to "
        "the team that maintains the data in the city office or propose a change in the project's repository: "
        "give the row id, the correct value and the address of the document that supports it.",
    ),
    "about.add_year_title": _("Jak dodać kolejny rok", "How to add the next year"),
    "about.add_year": _(
        "1. Dodaj dokument do **sources.csv** (adres, tytuł, data publikacji).\n2. Dodaj kwotę do **money.csv** "
        "(rok, measure = programme_total, basis, qualifier, kwota, cytat, source_id).\n3. Dodaj uchwałę do "
        "**programmes.csv**.\n4. Uruchom `python -m ngo_dashboard validate` – polecenie wskaże każdy błąd "
        "z plikiem i wierszem.\nSzczegóły: docs/maintaining-data.md.",
        "1. Add the document to **sources.csv** (address, title, publication date).\n2. Add the figure to "
        "**money.csv** (year, measure = programme_total, basis, qualifier, amount, quote, source_id).\n3. Add the "
        "resolution to **programmes.csv**.\n4. Run `python -m ngo_dashboard validate` – it names every problem "
        "with its file and line.\nDetails: docs/maintaining-data.md.",
    ),
    "about.licence_title": _("Licencja", "Licence"),
    "about.licence": _(
        "Kod: licencja MIT. Dane: CC BY 4.0 (podaj źródło: ten pulpit i dokumenty źródłowe). Cytaty pozostają "
        "własnością ich wydawców. Aplikacja nie wysyła żadnych danych o użytkownikach.",
        "Code: MIT licence. Data: CC BY 4.0 (credit this dashboard and the source documents). Quotes remain their "
        "publishers'. The app sends out no data about its users.",
    ),
    "about.version": _(
        "Pakiet danych {name}, utworzony {created}.", "Data package {name}, created {created}."
    ),
    "summary.money_empty": _(
        "W wybranym zakresie nie ma żadnej kwoty.", "There are no figures in the chosen range."
    ),
    "summary.money_count": _(
        "W danych {is_} {facts} z lat {first}–{last}, z {sources}.",
        "The data {is_} {facts} from {first}–{last}, from {sources}.",
    ),
    "summary.money_real": _(
        "Kwoty w cenach z {base} r. (łańcuch CPI GUS).", "Amounts at {base} prices (GUS CPI chain)."
    ),
    "summary.money_per_resident": _(
        "Na mieszkańca – tylko dla lat z liczbą mieszkańców.",
        "Per resident – only for years with a population figure.",
    ),
    "summary.money_change": _(
        "{measure} ({basis}): {first} w {first_year} r. i {last} w {last_year} r.",
        "{measure} ({basis}): {first} in {first_year} and {last} in {last_year}.",
    ),
    "summary.money_no_trend": _(
        "Żadna miara nie ma kwot z dwóch lat przy tej samej podstawie, więc dane nie pokazują trendu; kwot różnego "
        "rodzaju nie łączymy ani nie sumujemy.",
        "No measure has figures for two years on the same basis, so the data shows no trend; figures of "
        "different kinds are neither joined nor added up.",
    ),
    "summary.money_one_year": _(
        "{measure}: kwota tylko z {year} r., {amount} ({basis}).",
        "{measure}: a figure for {year} only, {amount} ({basis}).",
    ),
    "summary.money_years": _(
        "{measure}: kwoty z {years} ({listed}), ostatnia {amount} ({basis}, {year} r.).",
        "{measure}: figures for {years} ({listed}), the latest {amount} ({basis}, {year}).",
    ),
    "summary.not_convertible": _("nie da się przeliczyć", "cannot be converted"),
    "summary.coverage": _(
        "Z {years} programu ({first}–{last}) łączna kwota jest znana dla {known}; dla {documents} znany jest "
        "dokument, w którym powinna być; dla {none} nie znaleziono niczego.",
        "Of {years} of the programme ({first}–{last}), the total is known for {known}; for {documents} a "
        "document that should hold it is known; for {none} nothing was found.",
    ),
    "summary.residents_money": _(
        "Dla porównania, bez sumowania: pule budżetu obywatelskiego według roku edycji – {pools}. To "
        "pieniądze mieszkańców, a nie dotacje dla organizacji; nie są wliczane do żadnej kwoty ani do "
        "pokrycia programu.",
        "For comparison, never added: the participatory budget's pools by edition year – {pools}. This is "
        "residents' money, not grants to organisations; it counts in no figure and in no coverage of the "
        "programme.",
    ),
    "summary.residents_money_none": _(
        "W wybranych latach nie ma puli budżetu obywatelskiego.",
        "No participatory-budget pool falls in the chosen years.",
    ),
    "summary.residents_money_nominal_only": _(
        "Budżet obywatelski jest pokazywany tylko w złotych bieżących: pulę edycji wydaje się zwykle "
        "w następnym roku, więc przeliczenie na ceny stałe albo na mieszkańca wymagałoby założenia, którego "
        "źródła nie podają. Wybierz ceny bieżące bez przeliczenia na mieszkańca, aby go zobaczyć.",
        "The participatory budget is shown in nominal złoty only: an edition's pool is usually spent the "
        "following year, so converting it to constant prices or per resident would need an assumption the "
        "sources do not make. Choose nominal prices, not per resident, to see it.",
    ),
    "summary.events": _(
        "Pokazano {shown} z {total}, z lat {first_year}–{last_year}. Najwięcej w kategorii „{category}” "
        "({category_count}). Pierwsze: {first}. Ostatnie: {last}.",
        "Showing {shown} of {total}, from {first_year}–{last_year}. Most are in '{category}' ({category_count}). "
        "First: {first}. Last: {last}.",
    ),
    "summary.events_empty": _(
        "Żadne z {total} wydarzeń nie pasuje do filtrów.", "None of the {total} events matches the filters."
    ),
    "summary.competitions_empty": _("Żaden nabór nie pasuje do filtrów.", "No call matches the filters."),
    "summary.competitions_count": _(
        "Pokazano {competitions} ({rows}: rok × nabór) z lat {first}–{last}.",
        "Showing {competitions} ({rows}: call × year) from {first}–{last}.",
    ),
    "summary.competitions_count_undated": _(
        "Pokazano {competitions} ({rows}: rok × nabór); źródła nie podają ich roku.",
        "Showing {competitions} ({rows}: call × year); the sources give no year for them.",
    ),
    "summary.competitions_peak": _(
        "Najwięcej zapowiedziano w {year} r.: {amount} ({count}).",
        "The most was announced in {year}: {amount} ({count}).",
    ),
    "summary.competitions_largest": _(
        "Największy nabór: „{title}” – {amount}.", "Largest call: '{title}' – {amount}."
    ),
    "summary.competitions_no_split": _(
        "Nabory tylko z kwotą wieloletnią, niewliczane do żadnego roku: {count}.",
        "Calls with only a multi-year total, counted in no year: {count}.",
    ),
    "summary.competitions_caveat": _(
        "To suma zebranych ogłoszeń, nie budżet miasta.",
        "This is a sum of collected notices, not a city budget.",
    ),
}

STRINGS.update(NOUNS)
STRINGS.update(UI)
