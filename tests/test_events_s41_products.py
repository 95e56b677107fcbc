"""Products as entities (session 41): a thing a firm launches is a product, whatever NER made of its name; a model
goes by its own name without its maker's; a launch "from X in Y" was at X. Invented texts through the real pipeline,
each rule with a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, entity_types


def test_a_name_a_firm_unveils_or_launches_is_a_product() -> None:
    # "unveiled X, a contract-review assistant": the apposition's "assistant" names no person here
    a = run("On Tuesday Marrowfen Labs unveiled Ledgerby, a tax-filing assistant that reads receipts. "
            "Marrowfen Labs said Ledgerby would cost $20 a month.")
    assert entity_types(a).get("Ledgerby") == "PRODUCT"
    assert_event(a, "business.launch", {"agent": "Marrowfen Labs", "work": "Ledgerby"})
    # ... a person a club unveils "as" its signing stays a person
    b = run("Harlow Vale unveiled Tomasz Brenk as their new striker on Friday.")
    assert entity_types(b).get("Tomasz Brenk") == "PERSON"


def test_a_name_opening_a_sentence_as_a_bare_subject_is_the_name_told_before() -> None:
    # "X was launched from Kourou in French Guiana": the name known from earlier, tagged a common noun there; the launch
    # site is the town, the region holds it
    a = run("The engineers behind the Pharos space probe have won a medal. "
            "Pharos was launched from Kourou in French Guiana in October 2012.")
    assert_event(a, "business.launch", {"work": "Pharos", "place": "Kourou"})
    # ... a common noun opening a sentence with its own modifiers is no name
    b = run("The firm sells Heralds in Leeds. Sales of the phone rose in March.")
    assert "Sales" not in entity_types(b)


def test_a_name_launched_is_no_person() -> None:
    # "X was launched": people are not launched (NER read this one as a person)
    a = run("The engineers behind the Velkaris space probe have won a medal. "
            "Velkaris was launched from Kourou in French Guiana in October 2012.")
    assert entity_types(a).get("Velkaris") == "PRODUCT"
    assert_event(a, "business.launch", {"work": "Velkaris", "place": "Kourou"})
    # ... a person launched "into" something stays a person
    b = run("The film launched Dana Orlikova into stardom in 2019.")
    assert entity_types(b).get("Dana Orlikova") == "PERSON"


def test_a_model_named_without_its_maker_is_the_same_product() -> None:
    # "the Brenna Sprite" then "the Sprite": one product, the maker "Brenna Motors" named as a firm
    a = run("Brenna Motors on Monday unveiled the Brenna Sprite, a small electric hatchback. "
            "The Sprite goes on sale in June, Brenna Motors said.")
    assert entity_types(a).get("Brenna Sprite") == "PRODUCT"
    assert "Sprite" not in entity_types(a)
    # ... two words with no firm of the first word's name are no maker's model
    b = run("Grace Sprite, a nurse, met the Sprite family in June.")
    assert entity_types(b).get("Brenna Sprite") is None
