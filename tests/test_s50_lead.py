"""Session 50: rules found by running twelve new development articles written blind; each test uses invented names and
has a near miss that the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, named_args, posts, typed

DCT = "2024-05-20"


def test_the_divorce_after_a_separation_is_that_couples() -> None:
    text = ("Tomas Wilk was previously married to the designer Ilse Brandt. They announced their separation in 2018, "
            "and the divorce was finalised the following year.")
    a = run(text, DCT)
    assert [(sorted([p["agent"], p["partner"]]), e.time) for p, e in zip(named_args(a, "life.divorce"), typed(a, "life.divorce"), strict=True)] == [
        (["Ilse Brandt", "Tomas Wilk"], "2019")]


def test_a_split_a_marriage_is_dated_after_is_no_split_of_that_couple() -> None:
    text = ("Ilse Brandt founded the band Harrow Lane with Piet Onk in 1990. Harrow Lane split in 1996. "
            "Brandt married the producer Tomas Wilk in 1998, two years after the split.")
    a = run(text, DCT)
    assert not [e for e in typed(a, "life.separate") if any(g.text == "Tomas Wilk" for g in e.args)]


def test_a_place_before_premiere_is_where_the_work_was_first_shown() -> None:
    text = "On Tuesday Ilse Brandt walked the red carpet at the Cannes premiere of her new film, Der Leuchtturm."
    premieres = named_args(run(text, DCT), "career.premiere")
    assert any(p.get("place") == "Cannes" and p.get("work") == "Der Leuchtturm" for p in premieres), premieres


def test_a_persons_name_before_premiere_is_who_premieres_not_a_place() -> None:
    text = ("The director Ilse Brandt made Der Leuchtturm in 2023. "
            "Critics cheered at the Brandt premiere of Der Leuchtturm in Berlin on Tuesday.")
    premieres = named_args(run(text, DCT), "career.premiere")
    assert [(p.get("agent"), p.get("place")) for p in premieres] == [("Ilse Brandt", "Berlin")], premieres


def test_a_clause_after_before_with_its_subject_set_off_gives_the_post() -> None:
    text = ("Nerea Ibarra was elected mayor of Castrobueno in 2003 and served three terms before the then prime minister, "
            "Alfonso Rubial, appointed her housing minister in 2014.")
    a = run(text, DCT)
    appointments = named_args(a, "career.appoint")
    assert {"agent": "Alfonso Rubial", "patient": "Nerea Ibarra", "role": "housing minister"}.items() <= appointments[0].items()
    assert posts(a, "Nerea Ibarra")["mayor"][1:] == ("2003", "2014")


def test_a_conjunct_with_its_own_and_keeps_the_first_subject() -> None:
    text = "Nerea Ibarra served three terms as mayor before the election, and appointed her deputy as housing adviser in 2014."
    a = run(text, DCT)
    assert not [e for e in typed(a, "career.appoint") if any(g.role == "agent" and g.text == "the election" for g in e.args)]


def test_a_description_set_off_before_a_name_is_no_second_subject() -> None:
    a = run("A lawyer by training, Nerea Ibarra was elected mayor of Castrobueno in 2003.", DCT)
    elections = [[g.text for g in e.args if g.role == "patient"] for e in typed(a, "politics.elect")]
    assert elections == [["Nerea Ibarra"]]
    assert "lawyer" in posts(a, "Nerea Ibarra")


def test_a_time_in_a_before_clause_dates_that_clause_not_the_joining() -> None:
    text = ("Kofi Ansah moved to Nkwantaso in 1956 and joined the Starlight Aces, a dance band led by the trumpeter Ebo Lartey, "
            "before forming his own group, the Golden Palm Band, in 1962.")
    a = run(text, DCT)
    assert {e.time for e in typed(a, "career.hire")} == {"1956"}
    assert {e.time for e in typed(a, "business.found")} == {"1962"}


def test_a_time_after_graduating_still_dates_the_job_taken() -> None:
    a = run("After graduating in 1961 Henny Tolk took a job as a laboratory assistant at the Norland Ocean Institute.", DCT)
    assert {e.time for e in typed(a, "career.hire")} == {"1961"}


def test_a_retirement_from_touring_announced_in_a_year_is_announced_then() -> None:
    a = run("Kofi Ansah is a guitarist. He announced his retirement from touring in 2016, after a fall on stage.", DCT)
    assert [e.time for e in typed(a, "politics.announce")] == ["2016"]


def test_a_time_in_what_is_announced_is_not_the_announcement() -> None:
    a = run("Kofi Ansah is a guitarist. He announced on his website that he would retire from touring in 2026.", DCT)
    assert [e.time for e in typed(a, "politics.announce")] != ["2026"]


def test_its_after_an_aside_naming_a_body_in_a_phrase_is_the_body_before() -> None:
    text = ("Torvane was founded in 2018 by Nadia Khoury and Piotr Ostrow. The two had met as students at the Technical "
            "University of Marrowdale. Its first product, a solar-powered probe called the Rootline, went on sale in 2020.")
    launches = named_args(run(text, DCT), "business.launch")
    assert [p.get("agent") for p in launches] == ["Torvane"], launches


def test_its_after_a_sentence_with_a_body_as_subject_is_that_body() -> None:
    text = ("Torvane was founded in 2018 by Nadia Khoury. The Technical University of Marrowdale licensed the design to the "
            "founders. Its first product, a solar-powered probe called the Rootline, went on sale in 2020.")
    launches = named_args(run(text, DCT), "business.launch")
    assert [p.get("agent") for p in launches] == ["Technical University of Marrowdale"], launches


def test_a_round_led_by_a_backer_is_dated_by_the_raising() -> None:
    text = ("Torvane was founded in 2018 by Nadia Khoury. The company's high point came in March 2022, when it raised €28 million in a "
            "Series B round led by the investor Alpenhorn Ventures.")
    a = run(text, DCT)
    led = [e for e in typed(a, "business.invest") if any(g.text == "Alpenhorn Ventures" for g in e.args)]
    assert [e.time for e in led] == ["2022-03"]


def test_a_backer_dated_apart_in_its_own_clause_keeps_its_time() -> None:
    text = "Torvane raised €28 million in March 2022 in a round led by Alpenhorn Ventures, which first backed it in 2019."
    a = run(text, DCT)
    assert "2019" not in {e.time for e in typed(a, "business.invest") if e.lemma == "lead"}


def test_a_founding_in_a_since_clause_is_not_the_leaving_and_adds_no_founder() -> None:
    text = ("Torvane was founded in 2018 by Nadia Khoury and Piotr Ostrow. Khoury, 41, who had been chief executive since "
            "the company was founded, stepped down in August and was replaced by the finance director, Ade Bello.")
    a = run(text, DCT)
    founds = named_args(a, "business.found")
    assert all(p.get("organization") == "Torvane" for p in founds) and {e.time for e in typed(a, "business.found")} == {"2018"}
    resign = named_args(a, "career.resign")
    assert [(p.get("agent"), p.get("role")) for p in resign] == [("Nadia Khoury", "chief executive")]


def test_a_relative_clause_of_a_calling_gives_the_leaver_no_post() -> None:
    a = run("Nadia Khoury, who was a keen sailor, stepped down as a director of Torvane in August.", DCT)
    assert [p.get("role") for p in named_args(a, "career.resign")] != ["keen sailor"]


def test_a_fronted_participle_still_takes_the_main_subject() -> None:
    a = run("Founded in 2019 by Nadia Khoury, Torvane now sells probes to 1,900 farms.", DCT)
    assert [p.get("organization") for p in named_args(a, "business.found")] == ["Torvane"]


def test_a_bare_surname_shared_by_father_and_daughter_is_the_one_named_first() -> None:
    text = ("Aurelio Varga, who founded the coachbuilder Varga Coachworks in 1983, announced his retirement on Tuesday, "
            "handing control of the firm to his daughter. Petra Varga, 45, was appointed chief executive the same day. "
            "\"People have been asking me for ten years when I was going to sell,\" Varga told the Vale Chronicle on Wednesday.")
    a = run(text, DCT)
    assert [p.get("agent") for p in named_args(a, "report.interview")] == ["Aurelio Varga"]


def test_a_bare_surname_after_the_headline_is_not_the_headlines_misread_name() -> None:
    text = ("Halden Philharmonic names Finn Lehto-Rask as music director\n\n"
            "The Halden Philharmonic Orchestra has appointed the Finnish conductor Saara Lehto-Rask as its next music director. "
            "Lehto-Rask, 38, will take up the post in September.")
    a = run(text, DCT)
    ages = {a.entity(f.subject).name: f.value for f in a.facts if f.relation == "age"}
    assert ages.get("Saara Lehto-Rask") == "38", ages


def test_a_season_naming_goods_launched_is_not_when() -> None:
    text = "Coralie Swim, a swimwear label, launched its summer collection in London last month."
    assert [e.time for e in typed(run(text, "2024-07-11"), "business.launch")] == ["2024-06"]


def test_a_season_on_its_own_still_dates_a_launch() -> None:
    text = "Coralie Swim, a swimwear label, launched its first collection in London in the summer of 2023."
    assert [e.time for e in typed(run(text, "2024-07-11"), "business.launch")] == ["2023-SU"]


def test_a_penalty_joined_to_a_dated_verdict_is_passed_then() -> None:
    a = run("Callum Ferris, 51, was convicted of fraud at Southwark Crown Court last year and jailed for nine years.", "2025-11-21")
    assert [e.time for e in typed(a, "legal.sentence")] == ["2024"]


def test_a_penalty_with_its_own_time_keeps_it() -> None:
    a = run("Callum Ferris was convicted of fraud in March and jailed for nine years in May.", "2025-11-21")
    assert [e.time for e in typed(a, "legal.sentence")] == ["2025-05"]


def test_pronounced_dead_at_the_scene_is_a_death_that_day() -> None:
    text = ("The victim, Padraig Fenwick, 61, had worked as a caretaker for twenty years. He was found with head injuries "
            "by a dog walker shortly after 7am on Sunday and was pronounced dead at the scene.")
    a = run(text, "2021-11-18")
    assert [(p.get("agent"), e.time) for p, e in zip(named_args(a, "life.die"), typed(a, "life.die"), strict=True)] == [
        ("Padraig Fenwick", "2021-11-14")]


def test_a_pronoun_after_a_sentence_introducing_a_person_by_description_is_that_person() -> None:
    text = ("Connor Merritt, of Quarry Lane, was arrested in Bristol on Monday. He will next appear in court on December 3. "
            "The victim, Padraig Fenwick, 61, had worked as a caretaker for twenty years. He was found dead on Sunday.")
    deaths = named_args(run(text, "2021-11-18"), "life.die")
    assert [p.get("agent") for p in deaths] == ["Padraig Fenwick"]


def test_a_pronoun_of_the_other_gender_is_not_the_person_introduced() -> None:
    text = ("Connor Merritt, of Quarry Lane, was arrested in Bristol on Monday. He will next appear in court on December 3. "
            "The victim, Mary Fenwick, 61, had worked as a caretaker for twenty years. He was found dead on Sunday.")
    deaths = named_args(run(text, "2021-11-18"), "life.die")
    assert "Mary Fenwick" not in [p.get("agent") for p in deaths]


def test_a_crash_since_which_a_first_win_came_does_not_date_the_win() -> None:
    text = ("Frida Holm won the Grand Prix de Vaulorme on Sunday. It was her first victory since a crash last spring that "
            "left her with a broken pelvis.")
    assert {e.time for e in typed(run(text, "2025-04-14"), "career.win")} == {"2025-04-13"}


def test_a_successor_is_not_dated_by_a_relative_clause_on_the_predecessor() -> None:
    text = ("Isolde Quarm was chosen on Saturday to lead the Forward Union. Quarm succeeds Auberon Kilgarry, 68, who announced "
            "his resignation on election night in November.")
    successions = [e for e in typed(run(text, "2025-03-10"), "career.appoint") if e.lemma == "succeed"]
    assert all(e.time != "2024-11" for e in successions)


def test_a_firm_named_works_is_a_body_even_after_a_trade_noun() -> None:
    a = run("Aurelio Varga, who founded the bus-body builder Varga Coachworks in 1983, announced his retirement on Tuesday.", DCT)
    assert {e.name: e.type for e in a.entities}.get("Varga Coachworks") == "ORG"


def test_a_body_named_after_two_trades_is_one_name() -> None:
    a = run("Members of the United Shipwrights and Engineers Union walked out on Monday.", DCT)
    assert "United Shipwrights and Engineers Union" in {e.name for e in a.entities}


def test_two_bodies_listed_stay_two() -> None:
    a = run("The United Shipwrights and the Engineers Union walked out on Monday.", DCT)
    assert "United Shipwrights and Engineers Union" not in {e.name for e in a.entities}


def test_took_over_dates_the_new_post_not_the_one_held_before() -> None:
    text = ("Glenmore's chief executive, Geertje Zwaan, who took over in July, said the strike was disappointing. Zwaan, 53, "
            "joined Glenmore from the dredging group Zeehaven Dredging, where she had been chief operating officer.")
    a = run(text, "2022-10-11")
    assert posts(a, "Geertje Zwaan")["chief operating officer"][1:] == (None, "PAST_REF")
    assert posts(a, "Geertje Zwaan")["chief executive"][1] == "2022-07"


def test_a_surname_shared_by_a_firm_and_two_of_the_family_is_a_person() -> None:
    text = ("Varga Coachworks founder to retire\n\n"
            "Aurelio Varga, who founded the coachbuilder Varga Coachworks in 1983, announced his retirement on Tuesday. "
            "Petra Varga, 45, was appointed chief executive. Born in Porto, Varga moved to England in 1976.")
    a = run(text, DCT)
    assert [p.get("patient") for p in named_args(a, "life.born")] == ["Aurelio Varga"]


def test_a_short_form_of_a_firm_named_more_than_its_founder_is_the_firm() -> None:
    text = ("Tharwick Foods cut 220 jobs in March. Tharwick Foods said sales fell. Ana Tharwick founded the firm in 1990. "
            "Tharwick cut 40 more jobs in May.")
    a = run(text, DCT)
    assert any(p.get("agent") == "Tharwick Foods" for p in named_args(a, "business.layoff") if p.get("patient", "").startswith("40"))


def test_earlier_in_a_career_a_post_held_is_over_and_a_research_fellow_is_staff() -> None:
    a = run("Tevita Hale, 52, is a marine scientist. Earlier in his career he was a research fellow at the Halvorsen "
            "Oceanographic Centre in Bergen.", DCT)
    assert posts(a, "Tevita Hale")["research fellow"][2] == "PAST_REF"
    assert "Halvorsen Oceanographic Centre" in jobs(a, "Tevita Hale")
    assert "Halvorsen Oceanographic Centre" not in jobs(a, "Tevita Hale", "member")


def test_a_fellow_of_a_society_is_its_member() -> None:
    a = run("Tevita Hale, 52, is a marine scientist. He is a fellow of the Royal Society of Tonga.", DCT)
    assert "Royal Society of Tonga" in jobs(a, "Tevita Hale", "member")


def test_a_lead_describing_a_post_holder_is_the_person_named_next() -> None:
    text = ("BRACKMOOR — The chief of the Brackmoor Police Department was charged on Wednesday with bribery, a day after "
            "state investigators arrested him at his home. Raymond Obi, 57, is accused of accepting $180,000 in cash.")
    a = run(text, "2022-06-09")
    assert [p.get("patient") for p in named_args(a, "legal.charge")] == ["Raymond Obi"]
    assert [p.get("patient") for p in named_args(a, "legal.arrest")] == ["Raymond Obi"]


def test_a_lead_describing_a_post_holder_is_no_one_when_the_next_subject_is_a_body() -> None:
    text = ("The chief of the Brackmoor Police Department was charged on Wednesday with bribery. "
            "Brackmoor Council said it would appoint an acting chief.")
    a = run(text, "2022-06-09")
    assert [p.get("patient") for p in named_args(a, "legal.charge")] in ([], [None], ["The chief"])


def test_a_death_at_a_hospital_is_placed_there_but_a_career_begun_there_names_the_employer() -> None:
    a = run("Halina Oake, 85, a former MP, died on Sunday at Tollmere General Hospital after a short illness.", "2024-01-16")
    assert [p.get("place") for p in named_args(a, "life.die")] == ["Tollmere General Hospital"]
    b = run("Maeve Dunn is a union leader. Dunn began her career in the laboratories at Ashcombe General Hospital in 1987.",
            "2024-01-16")
    assert "Ashcombe General Hospital" in jobs(b, "Maeve Dunn")


def test_a_name_at_birth_before_a_pronoun_is_the_same_person() -> None:
    text = ("Halina Oakes, the former Labour MP, has died at the age of 85. Born Halina Ruszkowska in Sopot on 12 March 1938, "
            "she came to England with her mother in 1946.")
    a = run(text, "2024-01-16")
    assert [(p.get("patient"), p.get("place")) for p in named_args(a, "life.born")] == [("Halina Oakes", "Sopot")]


def test_the_couple_after_twins_are_named_is_the_married_pair() -> None:
    text = ("Edward and Assunta Thorne were married at St Colm's Church on August 14, 1965. Their son, Delroy, was born the "
            "following year, and twins Marcia and Claudette followed in 1970. The couple now have seven grandchildren. "
            "The couple met at a dance in 1962.")
    meets = named_args(run(text, "2025-08-15"), "life.meet")
    assert [sorted([p.get("agent"), p.get("partner")]) for p in meets] == [["Assunta Thorne", "Edward Thorne"]]


def test_mrs_is_not_the_one_titled_mr_before() -> None:
    text = ("Edward and Assunta Thorne were married in 1965. Mr Thorne worked for the bus company for 41 years before retiring "
            "in 2001. Mrs Thorne retired as a ward sister at the Infirmary in 1999.")
    a = run(text, "2025-08-15")
    retired = {e.time: p.get("agent") for p, e in zip(named_args(a, "career.retire"), typed(a, "career.retire"), strict=True)}
    assert retired == {"2001": "Edward Thorne", "1999": "Assunta Thorne"}


def test_a_first_name_joined_to_a_full_name_shares_its_surname() -> None:
    a = run("Edward and Assunta Thorne were married at St Colm's Church in 1965.", DCT)
    assert {"Edward Thorne", "Assunta Thorne"} <= {e.name for e in a.entities}


def test_a_surname_joined_to_a_full_name_is_left_alone() -> None:
    a = run("John Smith runs the bakery. Smith and Anna Jones founded it in 1990.", DCT)
    assert "Smith Jones" not in {e.name for e in a.entities}


def test_a_career_begun_with_a_club_is_a_hiring_there() -> None:
    a = run("Piero Ferri began his managerial career with Sporting Lisbon in 2008.", DCT)
    assert [(p.get("patient"), p.get("organization")) for p in named_args(a, "career.hire")] == [("Piero Ferri", "Sporting Lisbon")]


def test_joining_the_coaching_staff_is_joining_the_club_the_story_is_about() -> None:
    text = ("Ashvale Wanderers sacked their manager on Monday. Ashvale Wanderers said results fell short. Kwadwo Nyarko, 44, "
            "made more than 200 appearances for Ashvale Wanderers before retiring in 2014 and joined the coaching staff three "
            "years later.")
    hires = named_args(run(text, "2023-02-21"), "career.hire")
    assert [(p.get("patient"), p.get("organization")) for p in hires] == [("Kwadwo Nyarko", "Ashvale Wanderers")]


def test_joining_the_staff_of_another_body_is_not_the_story_body() -> None:
    text = ("Ashvale Wanderers sacked their manager on Monday. Ashvale Wanderers said results fell short. Kwadwo Nyarko "
            "joined the coaching staff of Porthkennack United in 2017.")
    hires = named_args(run(text, "2023-02-21"), "career.hire")
    assert "Ashvale Wanderers" not in [p.get("organization") for p in hires]
