"""Arts and culture phrasings found in session 26 (helper B), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair, typed


def test_a_hyphenated_birthplace_is_a_birth_there() -> None:
    # "the Leeds-born composer X", "X, the Oslo-born painter,", "the Saxony-born X", "X is a Lagos-born singer"
    for text, person, town in [
        ("The Kelby-born composer Mara Quist wrote the piece.", "Mara Quist", "Kelby"),
        ("Tarrow Quell, the Ostvik-born painter, died on Monday.", "Tarrow Quell", "Ostvik"),
        ("The Saxony-born Jurgen Aalt joined the club in March.", "Jurgen Aalt", "Saxony"),
        ("Bredna Foss is a Lagos-born singer.", "Bredna Foss", "Lagos"),
    ]:
        a = run(text, "2024-05-08")
        (born,) = typed(a, "life.born")
        assert event_names(a, "life.born", "patient") == [person], text
        assert [town in g.text for g in born.args if g.role == "place"] == [True], text
        assert born.time is None, text  # the clause's time is not the birth's
    # a nationality tells no place; a town joined to another participle tells no birth
    assert not typed(run("The Ghanaian-born singer Efa Dako sang on Friday.", "2024-05-08"), "life.born")
    assert not typed(run("The Kelby-based composer Mara Quist wrote the piece.", "2024-05-08"), "life.born")


def test_an_orchestras_players_and_singers_are_titled() -> None:
    a = run("The principal oboist, Hanne Sollit, will retire in June.", "2024-05-08")
    assert ("Hanne Sollit", "principal oboist") in facts_by_pair(a, "role")
    a = run("Ro Amsel, the Brenmoor Philharmonic's principal bassoonist, will retire in June.", "2024-05-08")
    assert ("Ro Amsel", "Brenmoor Philharmonic") in facts_by_pair(a, "member")
    a = run("The soprano Inga Vell and the baritone Paolo Rensi sang the leading parts.", "2024-05-08")
    assert {("Inga Vell", "soprano"), ("Paolo Rensi", "baritone")} <= set(facts_by_pair(a, "role"))


def test_a_title_with_small_words_inside_is_one_work() -> None:
    # "in the", "at the": two small words inside an apposed title keep it whole
    for text, title in [
        ("A second album, Iron in the Rain, came out on Perrow Records two years later.", "Iron in the Rain"),
        ("Her third novel, A Lamp at the Ferry, was published in 2011.", "A Lamp at the Ferry"),
    ]:
        a = run(text, "2024-05-08")
        assert title in {e.name for e in a.entities if e.type == "WORK"}, text


def test_a_book_apposed_to_its_title_coming_out_or_appearing_is_published() -> None:
    for text, title, when in [
        ("The shortlisted book, Small Hours at the Mill, came out in March.", "Small Hours at the Mill", "2024-03"),
        ("Glass Lamps, her second novel, came out last year.", "Glass Lamps", "2023"),
        ("The first novel under the new contract, The Weir Almanac, appeared in the spring of 2009.", "The Weir Almanac", "2009-SP"),
    ]:
        a = run(text, "2024-05-08")
        (published,) = typed(a, "report.publish")
        assert [g.text for g in published.args if g.role == "work"] == [title], text
        assert published.time == when, text
    # a person appearing, or arriving, puts nothing out
    a = run("Tom Vell appeared in court on Monday. Police arrived at the scene an hour later.", "2024-05-08")
    assert not typed(a, "career.release") and not typed(a, "report.publish")


def test_the_work_a_part_was_played_in_is_the_work_won_or_nominated_for() -> None:
    # "for her role in X", "for his performance as a miner in X", "for her portrayal of a nurse in X": X is a work, not a place
    for text, kind in [
        ("The actress Ria Moll, 41, won best actress for her performance in Salt Houses.", "career.win"),
        ("The best actress award went to Ria Moll for her role as a nurse in Cold Ward.", "career.win"),
        ("The actor Tom Eads won the award for his portrayal of a miner in Deep Seam.", "career.win"),
        ("The actress Ria Moll, 41, was nominated for her turn as a grieving widow in Salt Houses in 2019.", "career.nominate"),
    ]:
        a = run(text, "2024-05-08")
        title = text.rsplit(" in ", 2)[1].split(" in 2019")[0].rstrip(".") if "2019" in text else text.rsplit(" in ", 1)[1].rstrip(".")
        assert [g.text for e in typed(a, kind) for g in e.args if g.role == "work"] == [title], text
        assert not [g for e in typed(a, kind) for g in e.args if g.role == "place"], text
    # a part in a place stays a place ("played a key role in Kelby")
    assert "Kelby" not in {e.name for e in run("Ria Moll played a key role in Kelby for years.", "2024-05-08").entities if e.type == "WORK"}


def test_reaching_or_being_on_a_shortlist_is_a_nomination() -> None:
    a = run("Her second novel, Harrow Field, reached the shortlist of the Bellmore Prize in 2004.", "2024-05-08")
    (nominated,) = typed(a, "career.nominate")
    assert [g.text for g in nominated.args if g.role == "work"] == ["Harrow Field"] and nominated.time == "2004"
    a = run("The writer Tova Ness is on the shortlist for the Bellmore Prize for the second time.", "2024-05-08")
    assert event_names(a, "career.nominate", "patient") == ["Tova Ness"]
    a = run("Her novel Harrow Field is on this year's longlist for the Bellmore Prize.", "2024-05-08")
    assert [g.text for e in typed(a, "career.nominate") for g in e.args if g.role == "work"] == ["Harrow Field"]
    assert not typed(run("The shortlist was announced on Monday.", "2024-05-08"), "career.nominate")


def test_a_work_that_followed_is_put_out_and_the_label_it_came_out_on_puts_it_out() -> None:
    a = run("Their debut album, Paper Lamps, followed in March 2014.", "2024-05-08")
    (released,) = typed(a, "career.release")
    assert [g.text for g in released.args if g.role == "work"] == ["Paper Lamps"] and released.time == "2014-03"
    a = run("Ruth Obi's first book came out in 2009. A second novel, The Tin Orchard, followed in 2012.", "2024-05-08")
    assert "The Tin Orchard" in [g.text for e in typed(a, "report.publish") for g in e.args if g.role == "work"]
    # what follows something, or someone following, is no release
    assert not typed(run("The album Wire Gardens followed the band's split in 2016.", "2024-05-08"), "career.release")
    assert not typed(run("Ria Moll followed in 2016.", "2024-05-08"), "career.release")
    for text, label in [
        ("The band's third album, Wire Gardens, came out on Elmstone Records in 2016.", "Elmstone Records"),
        ("The band's third album, Wire Gardens, was released on the Kelby label in 2016.", "Kelby"),
    ]:
        a = run(text, "2024-05-08")
        (released,) = typed(a, "career.release")
        assert any(g.role == "agent" and label in g.text for g in released.args), text


def test_a_band_called_a_four_piece_has_members() -> None:
    for text in ["The Tin Larks, the Kelby four-piece, are back. The singer Ria Moll joined the Tin Larks in 2012.",
                 "The Tin Larks, the Kelby five-piece whose debut sold well, are back. The singer Ria Moll joined the Tin Larks in 2012."]:
        a = run(text, "2024-05-08")
        assert facts_by_pair(a, "member").get(("Ria Moll", "Tin Larks")) == ("2012", None), text
        assert ("Ria Moll", "Tin Larks") not in facts_by_pair(a, "employee"), text


def test_a_prize_given_to_someone_or_carried_off_is_won() -> None:
    for text in ["The novelist Tova Ness, who was given the Bellmore Prize in 2019, spoke on Monday.",
                 "The Bellmore Prize was given to the novelist Tova Ness in 2019.",
                 "The novelist Tova Ness carried off the Bellmore Prize in 2019."]:
        a = run(text, "2024-05-08")
        (won,) = typed(a, "career.win")
        assert event_names(a, "career.win", "agent") == ["Tova Ness"] and won.time == "2019", text
    # given something that is no prize, or carrying someone off, wins nothing
    for text in ["The novelist Tova Ness was given a ten-year sentence in 2019.", "Tova Ness carried off the wounded soldier."]:
        assert not typed(run(text, "2024-05-08"), "career.win"), text


def test_a_pronoun_reported_by_a_relative_clause_is_the_one_it_is_about() -> None:
    # "X, who announced that he would ...": he is X, not the main clause's subject
    a = run("Tom Reyes succeeds Anton Falk, who said last year that he would retire in June.", "2024-05-08")
    assert event_names(a, "career.retire", "agent") == ["Anton Falk"]
    a = run("The new coach, Tom Reyes, met Wim Sarto, who told reporters that he had been sacked by Kelby Rovers in 2019.", "2024-05-08")
    assert event_names(a, "career.fire", "patient") == ["Wim Sarto"]
    # a reporter of unknown gender is the default one reported on ("X told reporters that he ...")
    a = run("Anton Falk told reporters that he had been fired in 2019.", "2024-05-08")
    assert event_names(a, "career.fire", "patient") == ["Anton Falk"]


def test_a_voice_is_no_post_a_retirement_or_leaving_a_band_ends() -> None:
    # the job ends with the retirement, whatever voice the singer has
    a = run("Lena Korr is a mezzo-soprano. She joined the Kelby State Opera in 1980 and sang there until her retirement in 2010.",
            "2024-05-08")
    assert facts_by_pair(a, "employee").get(("Lena Korr", "Kelby State Opera")) == ("1980", "2010")
    # "left the band": still an actor
    a = run("In a radio interview on Monday, the actor Tomas Berg said that he had left the band.", "2024-05-08")
    assert facts_by_pair(a, "role").get(("Tomas Berg", "actor")) == (None, None)


def test_a_film_opening_a_festival_launches_nothing() -> None:
    for text in ["Next week a film of her novel opens the Kelby Film Festival, said Tova Ness.",
                 "The documentary about the strike opened the Harwick Festival on Friday, its director Ana Ruiz said."]:
        assert not typed(run(text, "2024-05-08"), "business.launch"), text
    # a business opened is still launched
    assert typed(run("Ardel Foods opened its first shop in Kelby in 2019.", "2024-05-08"), "business.launch")
