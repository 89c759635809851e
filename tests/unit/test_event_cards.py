"""An event's card (plain text fields, drawn as text by the list) and its opened card (escaped Markdown)."""

from __future__ import annotations

from ngo_dashboard.event_cards import event_card, event_markdown

PILOT = "1997-09-pilotazowy-program-wspolpracy"
FILANTROP = "2000-ustanowienie-tytulu-filantrop-krakowa"


def row(dataset, event_id):
    events = dataset.frame("events")
    return events[events["event_id"] == event_id].iloc[0]


def test_a_card_is_plain_text_with_the_quote_and_source_from_the_data(shipped_dataset):
    assert event_card(row(shipped_dataset, PILOT), "pl", shipped_dataset) == {
        "id": PILOT,
        "title": "Pilotażowy program współpracy",
        "meta": "Programy współpracy · wrzesień 1997",
        "description": "Zarząd Miasta Krakowa przyjął uchwałą pilotażowy program współpracy z organizacjami "
        "pozarządowymi, opracowany wspólnie z przedstawicielami NGO.",
        "note": None,
        "quote": "Cytat: „pilotażowego programu współpracy z organizacjami pozarządowymi, który Zarząd "
        "Miasta Krakowa przyjął swoją uchwałą we wrześniu 1997 roku”",
        "source": "krakow.pl – Urząd Miasta Krakowa, „Międzynarodowy Dzień NGO”, 1 marca 2021",
        "source_url": "https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html",
    }


def test_a_card_keeps_the_events_caveat_in_the_readers_language(shipped_dataset):
    card = event_card(row(shipped_dataset, FILANTROP), "en", shipped_dataset)

    assert card["meta"] == "Other · 2000"
    assert card["note"] == (
        "Note: The title was established in 2000, but laureates are listed 'z lat 1999-2021'; "
        "the first awards were probably for 1999."
    )


def test_the_opened_card_holds_the_same_text_escaped_as_markdown(shipped_dataset):
    card = event_card(row(shipped_dataset, PILOT), "pl", shipped_dataset)
    text = event_markdown(card, "pl", heading="##")

    assert text.startswith("## Pilotażowy program współpracy\n\n:small[Programy współpracy · wrzesień 1997]")
    assert "Cytat\\: „pilotażowego programu" in text
    assert text.endswith(
        "Źródło: [krakow\\.pl – Urząd Miasta Krakowa, „Międzynarodowy Dzień NGO”, 1 marca 2021]"
        "(https://krakow.pl/aktualnosci/247251,29,komunikat,miedzynarodowy_dzien_ngo.html)"
    )
