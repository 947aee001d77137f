import pytest

from statusapp.domain import parse_budget_programmes


@pytest.mark.parametrize(
    ("text", "programmes"),
    [
        ("Vaststellen omgevingsvisie (programma 8)", (8,)),
        ("We werken aan oplossingen (programma 6 en 8).", (6, 8)),
        ("Verbeteren van de governance zorg en veiligheid (programma 1 en 6).", (1, 6)),
        ("Versnelde huisvesting opgave statushouders (zie programma 8).", (8,)),
        ("Jeugdakkoord vastgesteld en ondertekend (programma 0).", (0,)),
        ("Breed onderzoek (programma 2). Aansluiten onderzoek (programma 2).", (2,)),
        ("Inclusieagenda vastgesteld.", ()),
        ("financiële doorrekening programma 4", ()),
        ("(Programma 3, 4 en 5)", (3, 4, 5)),
    ],
)
def test_budget_programmes_are_parsed_from_text(text: str, programmes: tuple[int, ...]) -> None:
    assert parse_budget_programmes(text) == programmes
