"""Phrasings found in session 19, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from dateline import nlp
from handmade import analyzed as run
from handmade import facts_by_pair as _facts


def _types(a) -> dict[str, str]:
    return {e.name: e.type for e in a.entities}


def _events(a, kind: str) -> list[dict[str, str]]:
    return [{g.role: g.text for g in e.args} for e in a.events if e.type == kind]


def _times(a, kind: str) -> list[str | None]:
    return [e.time for e in a.events if e.type == kind]


def test_lay_off_read_as_a_past_tense_of_lie_is_still_a_layoff() -> None:
    a = run("Corvin Steel will close its mill in Dunmore and lay off 800 workers by the end of next year, the company "
            "said on Monday.", "2024-05-08")
    assert [e["patient"] for e in _events(a, "business.layoff")] == ["800 workers"]
    a = run("The old dog lay on the porch all afternoon, Mara Penn said.", "2024-05-08")
    assert not _events(a, "business.layoff")


def test_a_later_nomination_for_another_award_lends_no_time() -> None:
    a = run("The director Ines Varga has been nominated for the Golden Lion for her new film. Varga won the Silver "
            "Shell in 2015 and was nominated for a Goya two years later.", "2024-05-08")
    assert sorted(_times(a, "career.nominate"), key=str) == ["2017", None]
    a = run("The director Ines Varga has been nominated for an award for her new film. Varga won the Silver Shell in "
            "2015 and was nominated two years later.", "2024-05-08")
    assert _times(a, "career.nominate") == ["2017"]  # nothing tells the two apart: one nomination, dated


def test_a_title_opened_by_another_languages_article_is_no_person() -> None:
    a = run("Ines Varga is a director. She told Le Figaro last week that she had written the script in Lisbon.",
            "2024-05-08")
    assert _types(a)["Le Figaro"] != "PERSON"
    assert [e["outlet"] for e in _events(a, "report.interview")] == ["Le Figaro"]
    a = run("Ines Varga met Marine Le Pen in Paris.", "2024-05-08")
    assert _types(a)["Marine Le Pen"] == "PERSON"


def test_a_time_closing_a_reported_clause_dates_that_clause() -> None:
    a = run("The author Ines Varga published her second novel, Salt Water, in March, her publisher announced on "
            "Wednesday.", "2024-05-08")
    assert _times(a, "report.publish") == ["2024-03"]
    doc = nlp.load()("On Wednesday, her publisher announced the novel. Asked in March, Ines Varga said it was done.")
    assert [t.head.text for t in doc if t.lower_ in ("on", "in")] == ["announced", "Asked"]  # not closing a reported clause


def test_a_surname_before_lives_is_its_subject() -> None:
    a = run("Ines Varga is a director. Varga lives in Porto with her husband.", "2024-05-08")
    assert ("Ines Varga", "Porto") in _facts(a, "located_in")
    a = run("Ines Varga is a director. Their lives in Porto were quiet.", "2024-05-08")
    assert not _facts(a, "located_in")


def test_a_club_named_by_an_organisation_word_is_found() -> None:
    a = run("Real Betis have signed the Ghanaian winger Kofi Mensah on a three-year contract.", "2024-05-08")
    assert _types(a)["Real Betis"] == "ORG"
    assert _facts(a, "member")[("Kofi Mensah", "Real Betis")] == (None, None)  # (when is not said)


def test_the_club_a_player_is_signed_from_is_a_body() -> None:
    a = run("Real Betis have signed Kofi Mensah from Lyon on a three-year contract, the club said on Tuesday.",
            "2024-05-08")
    assert _types(a)["Lyon"] == "ORG"
    assert _facts(a, "member")[("Kofi Mensah", "Lyon")] == (None, "2024-05-07")  # a team's player, not its employee
    a = run("Real Betis have signed the Ghanaian winger Kofi Mensah from Lyon.", "2024-05-08")
    assert _types(a)["Lyon"] == "ORG"
    a = run("Kofi Mensah flew back from Lyon on Tuesday.", "2024-05-08")
    assert _types(a)["Lyon"] == "GPE"


def test_a_party_the_recogniser_took_for_its_voters_is_joined_and_left() -> None:
    a = run("Tomas Berg joined the Social Democrats in 1998 and left the party in 2015.", "2024-05-08")
    assert _types(a)["Social Democrats"] == "ORG"
    assert _facts(a, "member")[("Tomas Berg", "Social Democrats")] == ("1998", "2015")
    a = run("The Social Democrats said the bill would fail.", "2024-05-08")
    assert not _facts(a, "member")


def test_a_party_word_before_a_legislator_is_the_party() -> None:
    a = run("The Labour MP Sarah Kell said the bill would fail.", "2024-05-08")
    assert ("Sarah Kell", "Labour") in _facts(a, "member")
    a = run("A Green councillor, Sarah Kell, said the bill would fail.", "2024-05-08")
    assert ("Sarah Kell", "Green") in _facts(a, "member")
    a = run("The Labour government said the bill would fail.", "2024-05-08")
    assert not _facts(a, "member")


def test_a_body_named_before_a_title_and_a_name() -> None:
    a = run("Halcyon Energy chief executive Sarah Kell resigned.", "2024-05-08")
    assert ("Sarah Kell", "Halcyon Energy") in _facts(a, "employee")
    a = run("The Iron Meadow singer Nils Aho died on Sunday.", "2024-05-08")
    assert _types(a)["Iron Meadow"] == "ORG"
    a = run("Veteran coach Tom Hale retired.", "2024-05-08")
    assert set(_types(a)) == {"Tom Hale"}  # an adjective opening the sentence names nothing


def test_each_team_of_a_list_played_for() -> None:
    a = run("The striker Kwame Boateng played for Asante Kotoko FC, Ashanti Gold FC and Hearts of Oak FC.", "2024-05-08")
    assert {"Asante Kotoko FC", "Ashanti Gold FC"} <= {org for _, org in _facts(a, "member")}


def test_serving_on_a_body_is_membership_and_a_fellowship_is_of_its_body_only() -> None:
    a = run("Ana Ruiz, who has served on the Dunmore city council since 2015, proposed the ban.", "2024-05-08")
    assert _facts(a, "member")[("Ana Ruiz", "dunmore city council")] == ("2015", None)
    a = run("Ana Ruiz served as mayor from 2010 to 2015.", "2024-05-08")
    assert not _facts(a, "member")
    a = run("Ana Ruiz joined Oxford University in 2001. She was elected a fellow of the Royal Society in 2015.", "2024-05-08")
    assert ("Ana Ruiz", "Royal Society") in _facts(a, "member")
    assert _facts(a, "employee")[("Ana Ruiz", "Oxford University")] == ("2001", None)  # still an employee there


def test_where_people_and_bodies_are() -> None:
    a = run("Marta Quill and Tom Hale married in 1995 and live in Porto.", "2024-05-08")
    assert {("Marta Quill", "Porto"), ("Tom Hale", "Porto")} <= set(_facts(a, "located_in"))
    a = run("The 58-year-old farmer from Yorkton, Tom Hale, said he would stand.", "2024-05-08")
    assert ("Tom Hale", "Yorkton") in _facts(a, "located_in")
    a = run("Acme Corp's head office in Porto will close.", "2024-05-08")
    assert ("Acme Corp", "Porto") in _facts(a, "located_in")
    a = run("Acme Corp's office in Porto will close.", "2024-05-08")
    assert not _facts(a, "located_in")  # a branch, not where the company is
    a = run("The drummer, Tom Hale, who left the band in 1983 and is now a GP in Aberdeen, rejoined in March.", "2024-05-08")
    assert ("Tom Hale", "Aberdeen") in _facts(a, "located_in")


def test_a_title_in_apposition_is_a_win_only_when_dated() -> None:
    a = run("Mads Lund, the winner in 2020, did not attack on the last climb on Sunday.", "2024-05-06")
    assert _times(a, "career.win") == ["2020"]
    a = run("Mads Lund, the 2016 Olympic champion, retired.", "2024-05-06")
    assert _times(a, "career.win") == ["2016"]
    a = run("Mads Lund, a four-time winner on the tour, will join Links Television in the autumn.", "2024-05-06")
    assert not _events(a, "career.win")  # the clause's time is not the wins'
    a = run("Esther Rono, the former world champion, announced on Tuesday that she will retire.", "2024-05-06")
    assert not _events(a, "career.win")


def test_a_duet_recorded_is_a_collaboration_of_the_singer() -> None:
    a = run("Ana Ruiz recorded a duet with Tom Hale in Nashville in 2003.", "2024-05-06")
    assert _events(a, "career.collaborate") == [{"partner": "Tom Hale", "place": "Nashville", "agent": "Ana Ruiz"}]
    a = run("Ana Ruiz heard a duet with Tom Hale in Nashville in 2003.", "2024-05-06")
    assert [e.get("agent") for e in _events(a, "career.collaborate")] == ["Tom Hale"]  # a listener sings no duet


def test_a_prize_name_ends_before_for_her() -> None:
    a = run("The astronomer Leila Haddad has been awarded the Crafoord Prize for her work on galaxies.", "2024-05-06")
    assert _events(a, "career.win") == [{"agent": "Leila Haddad", "award": "Crafoord Prize", "work": "her work"}]


def test_a_member_of_an_academy_still_works_for_her_employers() -> None:
    a = run("Leila Haddad worked at the European Southern Observatory for a decade. In 2019 she was elected a foreign "
            "member of the US National Academy of Sciences.", "2024-05-06")
    assert ("Leila Haddad", "European Southern Observatory") in _facts(a, "employee")
    assert ("Leila Haddad", "US National Academy of Sciences") in _facts(a, "member")
    assert ("Leila Haddad", "European Southern Observatory") not in _facts(a, "member")


def test_one_death_told_by_a_report_and_by_its_own_clause() -> None:
    a = run("The actor Ciaran Doyle has died at the age of 78, his family said on Monday. Doyle died at his home in "
            "Galway on Sunday.", "2024-05-08")
    assert _times(a, "life.die") == ["2024-05-05"]
    a = run("The actor Ciaran Doyle married Nuala Byrne in 1972, his family said on Monday. Doyle married Sarah Hale "
            "in 1990.", "2024-05-08")
    assert sorted(_times(a, "life.marry")) == ["1972", "1990"]  # two weddings stay two


def test_staying_for_years_after_joining_ends_the_stint() -> None:
    a = run("Ciaran Doyle joined the Abbey Theatre in 1968 and stayed for 15 years before moving to London.", "2024-05-08")
    assert _facts(a, "employee")[("Ciaran Doyle", "Abbey Theatre")] == ("1968", "1983")
    a = run("Ciaran Doyle joined the Abbey Theatre in 1968 and stayed in Dublin.", "2024-05-08")
    assert _facts(a, "employee")[("Ciaran Doyle", "Abbey Theatre")] == ("1968", None)


def test_a_feature_is_a_film_and_a_studio_a_body() -> None:
    a = run("Ines Varga has been nominated for the Golden Lion for her third feature, The Long Shore. The film was "
            "produced by Studio Brisa and will be released in September.", "2024-05-08")
    assert _types(a)["The Long Shore"] == "WORK"
    assert _types(a)["Studio Brisa"] == "ORG"
    assert [e["work"] for e in _events(a, "career.nominate")] == ["The Long Shore"]
    released = [g for e in a.events if e.type == "career.release" for g in e.args if g.role == "work"]
    assert [a.entity(g.entity).name for g in released] == ["The Long Shore"]  # "the film": the one named


def test_an_ended_engagement_is_a_separation_not_an_engagement() -> None:
    a = run("Mia Torres and Jake Holloway have ended their engagement after two years.", "2024-05-08")
    assert _events(a, "life.separate") == [{"agent": "Mia Torres", "partner": "Jake Holloway"}]
    assert not _events(a, "life.engage")
    a = run("Mia Torres announced her engagement to Jake Holloway in 2019.", "2024-05-08")
    assert _times(a, "life.engage") == ["2019"]


def test_a_team_named_before_team_and_team_names() -> None:
    a = run("Emma Rhodes turned professional in 2010 with the Halcyon team and rode for Team Vesta from 2015 until 2022.",
            "2024-05-08")
    assert _facts(a, "member")[("Emma Rhodes", "Team Vesta")] == ("2015", "2022")
    assert ("Emma Rhodes", "Halcyon") in _facts(a, "member")


def test_an_honour_is_no_appointment() -> None:
    a = run("Emma Rhodes was appointed a CBE in 2017.", "2024-05-08")
    assert not _events(a, "career.appoint")
    a = run("Emma Rhodes was appointed chief executive in 2017.", "2024-05-08")
    assert _times(a, "career.appoint") == ["2017"]


def test_the_post_names_no_post() -> None:
    a = run("Health Secretary Rachel Dunmore resigned on Wednesday. Dunmore, who was appointed to the post in a "
            "reshuffle in January 2023, said she had lost the confidence of colleagues.", "2024-05-08")
    roles = [f for f in a.facts if f.relation == "role"]
    assert [(f.value, f.valid_from, f.valid_to) for f in roles] == [("secretary", "2023-01", "2024-05-08")]  # the post told before
    a = run("Rachel Dunmore was appointed to the post of health secretary in January 2023.", "2024-05-08")
    assert _facts(a, "role")[("Rachel Dunmore", "health secretary")] == ("2023-01", None)


def test_a_time_in_the_subjects_apposition_dates_no_other_post() -> None:
    a = run("Sanjay Mehta, the MP for Bristol North since 2015, previously served as transport minister.", "2024-05-08")
    assert _facts(a, "role")[("Sanjay Mehta", "transport minister")] == (None, "PAST_REF")
    assert _facts(a, "role")[("Sanjay Mehta", "mp")] == ("2015", None)


def test_a_descriptor_opening_a_sentence_is_no_part_of_the_name() -> None:
    a = run("Carmaker Volta Motors has unveiled its first electric pickup truck, the Volta Ridge. Volta said it would "
            "build the truck in Ohio.", "2024-05-08")
    assert _types(a).get("Volta Motors") == "ORG" and "Carmaker Volta Motors" not in _types(a)
    assert _types(a)["Volta Ridge"] == "PRODUCT"  # "truck, the X": what the apposition says it is
    a = run("The club signed him from Union Sportive Garonne in 2022.", "2024-05-08")
    assert "Union Sportive Garonne" in _types(a)  # a capital inside a sentence is the name's own


def test_a_list_one_is_named_to_is_no_post() -> None:
    a = run("Maria Santos was named one of Time magazine's 100 most influential people last year.", "2024-05-08")
    assert not _events(a, "career.appoint")


def test_the_petition_filed_on_a_day_dates_the_divorce() -> None:
    a = run("Actor Rafe Lund has filed for divorce from his wife, Cara Penn. The petition, filed in Los Angeles on "
            "Friday, cites irreconcilable differences.", "2025-03-25")
    assert _times(a, "life.divorce") == ["2025-03-21"]


def test_a_name_after_the_journal_is_a_body() -> None:
    a = run("Margit Aalto retired in 2012. Her last paper appeared in the journal Cryosphere Letters in November 2023.",
            "2024-05-08")
    assert _types(a)["Cryosphere Letters"] == "ORG"
    assert _times(a, "report.publish") == ["2023-11"]


def test_a_body_founded_and_sold_on_to_a_buyer() -> None:
    a = run("Ana Ruiz founded Acme Corp in 2001 and sold it five years later to Globex.", "2024-05-08")
    sold = [e for e in a.events if e.type == "business.acquire"]
    assert [(a.entity(g.entity).name, e.time) for e in sold for g in e.args if g.role == "patient"] == [("Acme Corp", "2006")]
    assert _types(a)["Globex"] == "ORG"  # the buyer is a body
    a = run("Ana Ruiz bought the house in 2001 and sold it to Tom Hale in 2006.", "2024-05-08")
    assert not _events(a, "business.acquire") and _types(a)["Tom Hale"] == "PERSON"


def test_later_and_conditions() -> None:
    a = run("Tom Hale was extradited to the United States in 2018 and later convicted.", "2024-05-08")
    assert _times(a, "legal.convict") == [None]  # after 2018, when not said
    a = run("Tom Hale was convicted in 2018 and released in 2022.", "2024-05-08")
    assert _times(a, "legal.convict") == ["2018"]
    a = run("Tom Hale faces up to ten years in prison if convicted.", "2024-05-08")
    assert [(e.modality, e.certainty) for e in a.events if e.type == "legal.convict"] == [("conditional", "speculative")]


def test_the_seat_an_mp_is_elected_for_is_the_place() -> None:
    a = run("Sarah Kell was elected MP for Bristol North in 2015.", "2024-05-08")
    assert _events(a, "politics.elect") == [{"patient": "Sarah Kell", "role": "MP", "place": "Bristol North"}]
    a = run("Sarah Kell was elected MP in 2015.", "2024-05-08")
    assert "place" not in _events(a, "politics.elect")[0]


def test_a_place_on_which_it_happened() -> None:
    a = run("Ana Ruiz and Tom Hale wed in a private ceremony on the Amalfi Coast last summer.", "2024-05-08")
    assert _events(a, "life.marry")[0].get("place") == "Amalfi Coast"
    a = run("Ana Ruiz and Tom Hale wed on Sunday.", "2024-05-08")
    assert "place" not in _events(a, "life.marry")[0]


def test_the_platform_a_photo_is_posted_on() -> None:
    a = run("Ana Ruiz posted a photo on Instagram on Sunday.", "2024-05-08")
    assert _events(a, "report.publish")[0].get("outlet") == "Instagram"
    a = run("Ana Ruiz posted a photo of the Grand Canyon.", "2024-05-08")
    assert "outlet" not in _events(a, "report.publish")[0]  # a name in the thing posted is no platform
