"""Session 43 (ROLEFACT): role and employee facts that were never produced, found by paraphrase probes -- a post apposed
to "the 46-year-old" (whom coreference names), "longtime" before a known post, a calling the tagger took for an
adjective before a name, a post's field set straight before its holder's name -- and a successor who is no longer
handed a post the predecessor left years before; as small invented articles through the real pipeline, each with a
near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_a_post_apposed_to_an_age_is_the_person_the_age_stands_for() -> None:
    a = run("Launch\n\nMira Santos unveiled the scooter on Monday. The 46-year-old, a former designer at Kelvane Motors, "
            "said it would sell in June.")
    assert posts(a, "Mira Santos")["designer"] == ("Kelvane Motors", None, "PAST_REF")
    assert jobs(a, "Mira Santos") == {"Kelvane Motors": (None, "PAST_REF")}
    b = run("Race\n\nOlli Varis won the race on Sunday. The 27-year-old, an engineer at Kemper Motors, trains at night.")
    assert posts(b, "Olli Varis")["engineer"] == ("Kemper Motors", None, None)
    assert jobs(b, "Olli Varis") == {"Kemper Motors": (None, None)}
    # ... a relation apposed to the age is no post
    c = run("Crash\n\nPiet Aalders was hurt on Sunday. The 27-year-old, a friend of the Kemper Motors founder, was driving.")
    assert posts(c, "Piet Aalders") == {}
    assert jobs(c, "Piet Aalders") == {}


def test_a_relative_clause_on_a_post_apposed_to_an_age_tells_of_the_person() -> None:
    a = run("Election\n\nDoreen Pyle won the seat on Sunday. The 58-year-old, a former nurse who worked at Ashby General "
            "Hospital for twenty years, thanked voters.")
    assert jobs(a, "Doreen Pyle") == {"Ashby General Hospital": (None, "PAST_REF")}
    # ... a clause on someone else described beside the age tells nothing of the person
    b = run("Election\n\nDoreen Pyle won the seat on Sunday. The 58-year-old, a friend of a nurse who worked at Ashby "
            "General Hospital, thanked voters.")
    assert jobs(b, "Doreen Pyle") == {}


def test_longtime_before_a_known_post_tells_how_long_it_is_held() -> None:
    a = run("Sales\n\nRosa Keppel, Brackley Tools' longtime head of sales, spoke on Friday.")
    assert posts(a, "Rosa Keppel") == {"head of sales": ("Brackley Tools", None, None)}
    assert jobs(a, "Rosa Keppel") == {"Brackley Tools": (None, None)}
    b = run("Paper\n\nRosa Keppel, the longtime editor of the Brackley Gazette, spoke on Friday.")
    assert posts(b, "Rosa Keppel") == {"editor": ("Brackley Gazette", None, None)}
    # ... but a longtime critic of a company is no one on its staff
    c = run("Critic\n\nRosa Keppel, a longtime critic of Brackley Tools, spoke on Friday.")
    assert posts(c, "Rosa Keppel") == {}
    assert jobs(c, "Rosa Keppel") == {}


def test_a_calling_tagged_an_adjective_before_a_name_is_a_post() -> None:
    a = run("Recruits\n\nThe lab has recruited the biostatistician Dr Noor Halabi.")
    assert "biostatistician" in posts(a, "Noor Halabi")
    # ... a nationality before a name is none
    b = run("Final\n\nThe Canadian Ruth Ambler won the final on Sunday.")
    assert posts(b, "Ruth Ambler") == {}


def test_a_field_set_before_the_holders_name_names_the_holder() -> None:
    a = run("Arrest\n\nThe former head of sales Aurelio Manzi was arrested in Madrid on Thursday.")
    assert posts(a, "Aurelio Manzi") == {"head of sales": (None, None, "PAST_REF")}
    # ... a body after "of" is the employer, not a field of the post
    b = run("Merger\n\nThe head of Torbay Textiles, Yusuf Demir, announced the merger on Wednesday.")
    assert posts(b, "Yusuf Demir") == {"head": ("Torbay Textiles", None, None)}
    assert jobs(b, "Yusuf Demir") == {"Torbay Textiles": (None, None)}


def test_a_successor_takes_the_post_left_not_one_left_years_before() -> None:
    a = run("Reshuffle\n\nAna Roth, the chief executive of Kelvane Motors, stepped down on Monday. She was finance "
            "director from 2015 until 2018. She is replaced by Piet Lund.")
    assert posts(a, "Piet Lund") == {"chief executive": ("Kelvane Motors", "2024-05-06", None)}
    assert posts(a, "Ana Roth")["finance director"] == (None, "2015", "2018")


def test_a_former_calling_is_not_handed_on_while_a_post_is_held() -> None:
    a = run("Reshuffle\n\nAna Roth, the interior minister, was moved to defence on Monday. The 51-year-old, a former "
            "army doctor, was health minister from 2019 until 2021. On Monday she was replaced at the interior ministry "
            "by Piet Lund.")
    assert posts(a, "Ana Roth")["army doctor"] == (None, None, "PAST_REF")
    assert "army doctor" not in posts(a, "Piet Lund")
    assert "health minister" not in posts(a, "Piet Lund")


PROBED_POSTS = [  # (text, person, post, body): paraphrases of a post the probes of this session found read right
    ("Job cuts\n\nArdwell Motors boss Fenella Quist warned of job cuts on Thursday.", "Fenella Quist", "boss", "Ardwell Motors"),
    ("Ward\n\nAmara Whitcombe works as a nurse at St Aldric's Hospital in Fenby.", "Amara Whitcombe", "nurse",
     "St Aldric's Hospital"),
    ("Deal\n\n\"This is a fair deal,\" said Albert Quaye, president of the Harrowgate Chamber of Commerce.", "Albert Quaye",
     "president", "Harrowgate Chamber of Commerce"),
    ("Rates\n\nNoor Haddad, 52, chief economist at Beltane Securities, expects rates to fall.", "Noor Haddad",
     "chief economist", "Beltane Securities"),
    ("Staff told\n\nLouisa Tern told staff at Marlin Dairies, where she is chief operating officer, that the plant would "
     "close.", "Louisa Tern", "chief operating officer", "Marlin Dairies"),
    ("Strike\n\nTerry Noakes, a spokesman for Brimley Buses, said services would resume.", "Terry Noakes", "spokesman",
     "Brimley Buses"),
]


def test_probed_paraphrases_of_a_post_at_a_body() -> None:
    for text, person, post, body in PROBED_POSTS:
        a = run(text)
        assert post in posts(a, person), (text, posts(a, person))
        assert body in jobs(a, person), (text, jobs(a, person))


def test_probed_near_misses_hold_no_post() -> None:
    for text, person in [("Fees\n\nMarek Dolan, a customer of Fennick Bank, complained about the fees on Monday.", "Marek Dolan"),
                         ("Meeting\n\nLisa Brandt met the president of Tarvos Mining on Monday.", "Lisa Brandt"),
                         ("Vote\n\nOlaf Nyberg, a shareholder in Dresden Motors, voted against the plan.", "Olaf Nyberg")]:
        a = run(text)
        assert posts(a, person) == {} and jobs(a, person) == {}, text
