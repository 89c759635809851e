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
    "problem.descriptor_fields": _(
        "kolumny w datapackage.json różnią się od modelu danych: brakuje [{missing}], nadmiarowe [{extra}]",
        "the columns in datapackage.json differ from the data model: missing [{missing}], unexpected [{extra}]",
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
    "problem.minimum": _(
        "„{value}” jest za małe (minimum {limit})", "'{value}' is too small (minimum {limit})"
    ),
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
    "basis.planned": _("planowane", "planned"),
    "basis.executed": _("wykonane", "executed"),
    "basis.unknown": _("podstawa nieznana", "basis unknown"),
    "basis.awarded": _("przyznane", "awarded"),
    "qualifier.exact": _("dokładnie", "exact"),
    "qualifier.about": _("≈ {amount}", "≈ {amount}"),
    "qualifier.at_least": _("> {amount}", "> {amount}"),
    "qualifier.at_most": _("≤ {amount}", "≤ {amount}"),
    "qualifier_word.exact": _("kwota dokładna", "exact amount"),
    "qualifier_word.about": _(
        "około (źródło: „blisko”, „około”, „prawie”)", "about (source: 'blisko', 'około', 'prawie')"
    ),
    "qualifier_word.at_least": _(
        "ponad (źródło: „przeszło”, „ponad”, „przekroczą”)",
        "more than (source: 'przeszło', 'ponad', 'przekroczą')",
    ),
    "qualifier_word.at_most": _("do (górna granica)", "up to (upper bound)"),
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
    "programme_kind.pilot": _("program pilotażowy", "pilot programme"),
    "programme_kind.first_programme": _("pierwszy program", "first programme"),
    "programme_kind.annual": _("program roczny", "annual programme"),
    "programme_kind.multi_year": _("program wieloletni", "multi-year programme"),
    "document_type.resolution": _("uchwała", "resolution"),
    "document_type.draft": _("projekt", "draft"),
    "document_type.consultation": _("konsultacje", "consultation"),
    "document_type.programme_text": _("tekst programu", "programme text"),
    "document_type.mention": _("wzmianka", "mention"),
    "document_type.preparatory": _("prace przygotowawcze", "preparatory work"),
    "series.cpi": _("Inflacja CPI (GUS, rok poprzedni = 100)", "CPI (GUS, previous year = 100)"),
    "series.population": _("Liczba mieszkańców", "Population"),
    "series.expenditure": _("Wydatki budżetu miasta", "City budget expenditure"),
    "context_basis.annual_average": _("średnioroczny", "annual average"),
    "context_basis.end_of_year": _("stan na 31 grudnia", "as of 31 December"),
    "context_basis.date_not_stated": _("data odniesienia nieznana", "reference date not stated"),
    "context_basis.executed": _("wykonanie", "executed"),
    "context_basis.adopted_plan": _("plan (uchwała budżetowa)", "plan (adopted budget)"),
    "context_basis.draft": _("projekt budżetu", "draft budget"),
    "precision.day": _("dzień", "day"),
    "precision.month": _("miesiąc", "month"),
    "precision.year": _("rok", "year"),
    "coverage.known": _("kwota znana", "total known"),
    "coverage.document_known": _(
        "dokument znany, kwota nieprzepisana", "document known, total not transcribed"
    ),
    "coverage.none": _("nic nie znaleziono", "nothing found"),
    "unit.pln_compact": _("{amount} zł", "PLN {amount}"),
}

STRINGS: dict[str, dict[str, str]] = {**PROBLEMS, **VOCABULARY}

CLI = {
    "cli.valid": _("{folder}: dane poprawne ({counts})", "{folder}: data valid ({counts})"),
    "cli.invalid": _("{folder}: znaleziono problemy: {count}", "{folder}: {count} problem(s) found"),
    "cli.init_not_empty": _(
        "{folder} nie jest pusty; nic nie zapisano", "{folder} is not empty; nothing was written"
    ),
    "cli.init_done": _(
        "Utworzono pusty pakiet danych w {folder}. Otwórz pliki CSV w arkuszu, a potem uruchom: "
        "python -m ngo_dashboard validate {folder}",
        "Created an empty data package in {folder}. Open the CSV files in a spreadsheet, then run: "
        "python -m ngo_dashboard validate {folder}",
    ),
}

STRINGS.update(CLI)
