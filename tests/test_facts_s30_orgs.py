"""Organisation names and their short forms (session 30): firms named for their trade that the tagger reads as
people, a club's name cut before "Town", a town's newspaper that is not the town, "the Accord" of "the People's
Accord" -- each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_args, facts_by_pair


def test_a_firm_named_for_its_trade_is_an_organisation() -> None:
    # "X Artists": a first word no one is given and the plural of a trade, no one's name
    a = run("Mira Tolland left Harrowby Artists for the agency Kell Blum in 2019. Harrowby said it would appeal.",
            "2024-05-08")
    assert entity_types(a).get("Harrowby Artists") == "ORG"
    assert any(args.get("organization") == "Harrowby Artists" for args in event_args(a, "career.resign"))
    b = run("The singer sued Dellow Artists in 2019. Dellow said the claim was false.", "2024-05-08")
    assert entity_types(b).get("Dellow Artists") == "ORG"
    assert any(args.get("target") == "Dellow Artists" for args in event_args(b, "legal.sue"))


def test_a_person_with_a_plural_surname_stays_a_person() -> None:
    # the surname used alone ("Walters said") is a person's, whatever its first name
    a = run("Obafemi Walters joined the bank in 2010. Walters said the move was right.", "2024-05-08")
    assert entity_types(a).get("Obafemi Walters") == "PERSON"


def test_a_transport_operator_and_its_short_form_are_one_organisation() -> None:
    a = run("The claim against Lowbridge Transit was filed in March. Lowbridge said it would fight the case.",
            "2024-05-08")
    assert entity_types(a).get("Lowbridge Transit") == "ORG"
    b = run("Ferris Lind became chairman of Dunmore Coachways in 2021. Dunmore employs 400 drivers.", "2024-05-08")
    assert entity_types(b).get("Dunmore Coachways") == "ORG"
    assert ("Ferris Lind", "Dunmore Coachways") in facts_by_pair(b, "employee")


def test_a_club_named_after_its_town_keeps_its_last_word() -> None:
    # NER takes the town alone for an organisation: "Corbridge" + "Town" is the club, which the headline's
    # "Corbridge" and the later "the club" and "Town" name too
    a = run("Corbridge turn to Lowe after Dobbs sacking\n\nCorbridge Town have appointed Sam Lowe as their new manager, "
            "ending a search that began when the club dismissed Lee Dobbs. Dobbs was sacked on October 7, the morning "
            "after a 3-0 defeat left Town second from bottom.", "2024-11-15")
    assert entity_types(a).get("Corbridge Town") == "ORG"
    club = next(e for e in a.entities if e.name == "Corbridge Town")
    assert {"Corbridge", "the club", "Town"} <= {m.text for m in club.mentions}


def test_a_town_is_not_the_newspaper_named_after_it() -> None:
    # "the Pellmouth fintech" is the town, though the story also quotes the "Pellmouth Ledger"
    a = run("Lendwise, the Pellmouth fintech, will close its office in Dunmere, according to an email seen by the "
            "Pellmouth Ledger. The company employs 90 people in Pellmouth.", "2024-05-08")
    assert entity_types(a).get("Pellmouth") == "GPE"
    assert entity_types(a).get("Pellmouth Ledger") == "ORG"


def test_the_short_form_of_a_party_named_for_its_people() -> None:
    # "the People's Accord", then "the Accord": one party
    a = run("The People's Accord held the seat on Friday. Ana Ruiz, who joined the Accord as a student in 2001, "
            "won by 900 votes.", "2024-05-08")
    assert entity_types(a).get("People's Accord") == "ORG"
    assert ("Ana Ruiz", "People's Accord") in facts_by_pair(a, "member")
    b = run("The Citizens' Compact held the seat. Ana Ruiz joined the Compact as a student in 2001.", "2024-05-08")
    assert ("Ana Ruiz", "Citizens' Compact") in facts_by_pair(b, "member")
