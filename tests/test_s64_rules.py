"""Session 64: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair, named_args


def _times(a: object, kind: str) -> list[str | None]:
    return [e.time for e in a.events if e.type == kind]  # type: ignore[attr-defined]


def test_a_marriage_so_many_years_long_that_ended_in_a_year_began_that_many_years_before() -> None:
    a = run("Daniel Ashby is a stage actor. His seven-year marriage to Ilse Varga ended in divorce in 2020.", "2024-03-02")
    assert _times(a, "life.marry") == ["2013"]
    assert facts_by_pair(a, "spouse") == {("Daniel Ashby", "Ilse Varga"): ("2013", "2020")}
    # ... a marriage of no length told is not dated by the year it ended
    b = run("Daniel Ashby is a stage actor. His marriage to Ilse Varga ended in divorce in 2020.", "2024-03-02")
    assert "2020" not in _times(b, "life.marry")
    assert facts_by_pair(b, "spouse") == {("Daniel Ashby", "Ilse Varga"): (None, "2020")}


def test_a_marriage_told_and_ended_in_one_phrase_ends_then() -> None:
    a = run("Perpetua Lisle's 12-year marriage to the banker Odo Farrant ended in 2011.", "2024-03-02")
    assert facts_by_pair(a, "spouse") == {("Perpetua Lisle", "Odo Farrant"): ("1999", "2011")}


def test_whose_marriage_to_a_titled_name_that_ended_is_the_marriage_of_the_one_before_whose() -> None:
    a = run("Wenna Trescothick, 36, is a singer. It is the first child for Trescothick, whose three-year marriage to the "
            "film director Lorcan Hebditch ended in divorce in 2019.", "2024-03-02")
    assert [(r.get("agent"), r.get("partner")) for r in named_args(a, "life.divorce")] == [("Wenna Trescothick", "Lorcan Hebditch")]
    assert facts_by_pair(a, "spouse") == {("Wenna Trescothick", "Lorcan Hebditch"): ("2016", "2019")}


def _timex_values(a: object) -> dict[str, str]:
    return {t.text: t.value for t in a.timexes}  # type: ignore[attr-defined]


def test_a_holiday_the_following_year_is_that_day_of_the_year_after_the_one_told() -> None:
    a = run("Ola Berg and Tom Lund met at a dinner in Leeds in 2016 and got engaged on Christmas Eve the following year.", "2024-03-02")
    assert _timex_values(a)["Christmas Eve the following year"] == "2017-12-24"
    assert _times(a, "life.engage") == ["2017-12-24"]
    # ... a holiday alone is still the one nearest the article's date
    b = run("The two met at a dinner in Leeds in 2016. They got engaged on Christmas Eve.", "2024-03-02")
    assert _timex_values(b)["Christmas Eve"] == "2023-12-24"


def test_he_told_after_a_quotation_of_sentences_is_the_one_who_spoke_before_it_whatever_his_gender_was_known() -> None:
    text = ("Joachim Albers, 29, joined the Harwick Kestrels in 2022.\n\nKestrels head coach Tobiah Wendling said the squad was "
            "\"absolutely delighted\" for the couple. \"Family comes first here. The lads will manage without him,\" he told "
            "Radio Harwick.")
    a = run(text, "2025-05-16")
    assert [r.get("agent") for r in named_args(a, "report.interview")] == ["Tobiah Wendling"]
    # ... not when someone else speaks in between
    b = run(text.replace("\"Family comes first here.", "Albers said he was thrilled. \"Family comes first here."), "2025-05-16")
    assert "Tobiah Wendling" not in [r.get("agent") for r in named_args(b, "report.interview")]


def test_a_place_closing_a_two_word_name_is_no_team_nickname() -> None:
    a = run("Ffion Rees presents the BBC Wales programme Valleys Tonight. Her husband has won 18 caps for Wales.", "2025-05-16")
    names = {e.name: [m.text for m in e.mentions] for e in a.entities}
    assert "Wales" not in names.get("BBC Wales", [])
    # ... a plural nickname is one ("the Harborview Comets", then "the Comets")
    b = run("Ffion Rees joined the Harborview Comets in 2022. The Comets won the league on Saturday.", "2025-05-16")
    assert [m.text for e in b.entities if e.name == "Harborview Comets" for m in e.mentions].count("Comets") == 1


def test_a_described_name_after_and_is_the_subject_of_the_verb_after_it_not_a_second_object() -> None:
    a = run("This season his side have won just two of 13 matches, and the £4m club-record signing Tobias Wenger, bought from "
            "Falkirk Thistle in January, has scored once since August.", "2025-10-21")
    assert named_args(a, "career.win") == []
    assert named_args(a, "business.acquire") == []
    # ... a plain list of objects stays one
    b = run("This season Hale has signed Tobias Wenger, and Ian Moss, a striker from Falkirk Thistle.", "2025-10-21")
    assert {r.get("patient") for r in named_args(b, "career.hire")} >= {"Tobias Wenger"}


def test_a_word_that_only_reports_news_is_an_outlet_not_the_short_form_of_a_club_so_called() -> None:
    a = run("Ned Varley was sacked by Wolvercote Athletic in April. The Athletic reported on Monday that he was keen on the job.",
            "2025-10-21")
    clubs = {e.name: [m.text for m in e.mentions] for e in a.entities}
    assert "Athletic" not in clubs.get("Wolvercote Athletic", [])
    # ... a club's word that plays is the club
    b = run("Ned Varley was sacked by Wolvercote Athletic in April. Athletic won on Saturday, and Athletic fans cheered.", "2025-10-21")
    assert "Athletic" in [m.text for e in b.entities if e.name == "Wolvercote Athletic" for m in e.mentions]


def _patient_times(a: object, kind: str) -> list[tuple[str | None, str | None]]:
    return [(row.get("patient"), e.time) for row, e in zip(named_args(a, kind), [e for e in a.events if e.type == kind], strict=True)]  # type: ignore[attr-defined,arg-type]


def test_one_charging_told_by_its_crime_and_by_its_counts_is_one_event() -> None:
    a = run("A former mayor of Holloway has been charged with fraud.\n\nPiers Ambler, 58, was charged on Tuesday with three "
            "counts of false accounting.", "2025-06-12")
    assert _patient_times(a, "legal.charge") == [("Piers Ambler", "2025-06-10")]
    # ... two people charged stay two
    b = run("Piers Ambler, 58, was charged on Tuesday with fraud. Ruth Ambler was charged on Friday with theft.", "2025-06-12")
    assert len(named_args(b, "legal.charge")) == 2


def test_the_same_thing_done_to_another_the_same_day_is_dated_by_the_first_not_by_the_last_date_told() -> None:
    a = run("Piers Ambler, 58, was charged on Tuesday with fraud. He had been arrested at his home on 14 March.\n\n"
            "His business partner, Ruth Coyle, was charged the same day with theft.", "2025-06-12")
    assert dict(_patient_times(a, "legal.charge")) == {"Piers Ambler": "2025-06-10", "Ruth Coyle": "2025-06-10"}
    # ... another thing done the same day is that of the last date told
    b = run("Piers Ambler, 58, was charged on Tuesday with fraud. He had been arrested at his home on 14 March.\n\n"
            "His business partner, Ruth Coyle, was arrested the same day.", "2025-06-12")
    assert {e.time for e in b.events if e.type == "legal.arrest"} == {"2025-03-14"}


def test_a_headline_name_x_for_y_whose_parts_the_story_names_alone_is_two_bodies() -> None:
    text = ("Tansley MP quits National Party for Green Reform\n\nThe National Party MP for Tansley, Orrin Padley, has defected "
            "to Green Reform. The National Party said nothing. Green Reform now has nine MPs.")
    a = run(text, "2025-02-19")
    names = {e.name for e in a.entities if e.type == "ORG"}
    assert {"National Party", "Green Reform"} <= names and "National Party for Green Reform" not in names
    # ... a body's own "for", its first part never named alone, is one
    b = run("Orrin Padley joins Institute for Fiscal Studies\n\nOrrin Padley has joined the Institute for Fiscal Studies. "
            "The Fiscal Studies team is small.", "2025-02-19")
    assert "Institute for Fiscal Studies" in {e.name for e in b.entities}


def test_a_capital_dateline_with_its_agency_in_brackets_is_not_the_subject_of_the_first_verb() -> None:
    a = run("Hedge fund boss jailed\n\nNEW YORK (Reuters) — Orlando Pettigrew, the Connecticut money manager who prosecutors said "
            "ran a $340 million Ponzi scheme for the best part of a decade, was sentenced Tuesday to 14 years in federal prison.",
            "2024-12-18")
    assert _patient_times(a, "legal.sentence") == [("Orlando Pettigrew", "2024-12-17")]
    # ... nor is one opening a sentence of its own
    b = run("Hedge fund boss jailed\n\nNEW YORK (Reuters) — The judge spoke. Ambrose Tellwright was sentenced Tuesday to 9 years.",
            "2024-12-18")
    assert _patient_times(b, "legal.sentence") == [("Ambrose Tellwright", "2024-12-17")]


def _posts_named(a: object, kind: str) -> list[list[str]]:
    return [[g.text for g in e.args if g.role == "role"] for e in a.events if e.type == kind]  # type: ignore[attr-defined]


def test_effective_after_a_post_named_is_when_it_is_taken_not_a_second_post() -> None:
    a = run("Marta Quist, the firm's finance chief, was named CEO effective immediately.", "2025-08-14")
    assert _posts_named(a, "career.appoint") == [["CEO"]]
    # ... a post that is a word of its own stays one
    b = run("Marta Quist, the firm's finance chief, was named CEO and chairwoman.", "2025-08-14")
    assert "chairwoman" in [p for posts in _posts_named(b, "career.appoint") for p in posts]


def test_a_body_telling_on_a_news_day_that_its_own_officer_had_left_dates_the_leaving_that_day() -> None:
    a = run("Corvane Robotics said Tuesday that its co-founder Emil Haverford had stepped down as chief executive.", "2025-08-14")
    assert [e.time for e in a.events if e.type == "career.resign"] == ["2025-08-12"]
    # ... not someone else's, told in the past perfect: before the telling, when not said
    b = run("Corvane Robotics said Tuesday that Emil Haverford had stepped down as chief executive.", "2025-08-14")
    assert [e.time for e in b.events if e.type == "career.resign"] == [None]


def test_a_race_time_is_no_time_of_day() -> None:
    a = run("In the men's race, Ruben Okoth won in 2:05:11. He finished the 10km in 28:40 last year.", "2025-04-28")
    assert [t.type for t in a.timexes if ":" in t.text] == []
    # ... a clock with its hour of the day is one
    b = run("The polls closed at 10:30 pm on Friday.", "2025-04-28")
    assert [t.value for t in b.timexes] == ["2025-04-25T22:30"]


def test_a_second_medal_told_without_its_verb_is_a_second_win_at_its_own_place_and_time() -> None:
    a = run("Ffion Tudor won silver in Sydney in 2018 and bronze in Birmingham four years later.", "2025-04-28")
    wins = sorted((e.time, [g.text for g in e.args if g.role == "place"]) for e in a.events if e.type == "career.win")
    assert wins == [("2018", ["Sydney"]), ("2022", ["Birmingham"])]
    # ... a medal won with another, at one time, is one win
    b = run("Ffion Tudor won silver in Sydney in 2018.", "2025-04-28")
    assert len([e for e in b.events if e.type == "career.win"]) == 1


def test_a_retirement_announced_with_immediate_effect_is_of_the_day_it_was_announced() -> None:
    a = run("Ffion Tudor won the Leeds Marathon on Sunday. Less than an hour later she announced her retirement, with "
            "immediate effect, in a post on Instagram.", "2025-04-29")
    assert [e.time for e in a.events if e.type == "career.retire"] == ["2025-04-27"]
    # ... not one announced for later
    b = run("Ffion Tudor won the Leeds Marathon on Sunday. Less than an hour later she announced her retirement, to take "
            "effect next year, in a post on Instagram.", "2025-04-29")
    assert [e.time for e in b.events if e.type == "career.retire"] != ["2025-04-27"]


def test_she_told_after_a_quotation_is_the_one_the_sentence_before_it_was_about_when_that_one_quoted_no_one() -> None:
    opening = ("Ffion Tudor won the Leeds Marathon on Sunday and then confirmed that it was the last race of her career.\n\n"
               "\"I wanted to finish on a day I'd remember,\" Tudor said at the finish.\n\n"
               "A person close to the athlete told the Daily Post that she had been considering retirement since the autumn.\n\n")
    quote = " \"She ran like someone with nothing to lose. I'll remember that,\" she told Radio Cymru."
    a = run(opening + "Megan Lloyd, the 27-year-old who was running only her second marathon, was gracious in defeat." + quote,
            "2025-04-28")
    assert [r.get("agent") for r in named_args(a, "report.interview")] == ["Megan Lloyd"]
    # ... not when the sentence before has two subjects of her gender
    b = run(opening + "Megan Lloyd and Ffion Tudor were gracious afterwards." + quote, "2025-04-28")
    assert "Megan Lloyd" not in [r.get("agent") for r in named_args(b, "report.interview")]


def test_a_party_member_first_elected_in_a_year_was_elected_then() -> None:
    a = run("Cordelia Penhaligon unseated Ambrose Castlethorpe on Tuesday. Castlethorpe, a Republican first elected in 2016, had "
            "been dogged for months by questions over a contract.", "2024-11-07")
    assert ("Ambrose Castlethorpe", "2016") in _patient_times(a, "politics.elect")
    # ... "first" as a word of its own stays one
    b = run("Cordelia Penhaligon unseated Ambrose Tolliver on Tuesday. Tolliver, a Republican, was first in line.", "2024-11-07")
    assert ("Ambrose Tolliver", "2016") not in _patient_times(b, "politics.elect")


def test_ousting_someone_the_article_has_the_ouster_beat_at_an_election_is_no_sacking() -> None:
    a = run("Penhaligon ousts two-term mayor Tolliver in Port Isaac upset\n\nPORT ISAAC, Maine — Cordelia Penhaligon, a former "
            "schoolteacher, was elected mayor of Port Isaac on Tuesday, unseating two-term incumbent Ambrose Tolliver by fewer "
            "than 600 votes.", "2024-11-07")
    assert named_args(a, "career.fire") == []
    # ... a board's ousting is one
    b = run("Board ousts chief Tolliver\n\nThe board of Acme Corp ousted Ambrose Tolliver as chief executive on Tuesday.",
            "2024-11-07")
    assert [r.get("patient") for r in named_args(b, "career.fire")] == ["Ambrose Tolliver"]


def test_a_count_of_terms_before_a_post_is_no_part_of_it() -> None:
    a = run("Penhaligon ousts two-term mayor Tolliver in Port Isaac upset", "2024-11-07")
    assert "term mayor" not in {f.value for f in a.facts if f.relation == "role"}
    # ... a post of hyphened words is whole
    b = run("Aubrey Castleton, the editor-in-chief of the Port Isaac Herald, said on Tuesday that he would retire.", "2024-11-07")
    assert "editor-in-chief" in {f.value for f in b.facts if f.relation == "role"}


def test_a_marriage_separated_then_divorced_ends_at_the_divorce_and_one_only_filed_for_at_the_separation() -> None:
    a = run("Oonagh Devlin was previously married to the director Lorcan Ashby. The pair wed in 2018 in Kinsale and separated "
            "three years later; their divorce was finalised in 2022.", "2025-07-08")
    assert facts_by_pair(a, "spouse") == {("Oonagh Devlin", "Lorcan Ashby"): ("2018", "2022")}
    # ... a divorce only filed for leaves the separation as the end
    b = run("Oonagh Devlin married the director Lorcan Ashby in 2018. The pair separated in 2021, and Devlin filed for divorce "
            "from Ashby in 2022.", "2025-07-08")
    assert facts_by_pair(b, "spouse") == {("Oonagh Devlin", "Lorcan Ashby"): ("2018", "2021")}


def test_two_people_described_in_turn_after_two_named_are_those_two_in_that_order() -> None:
    a = run("Saoirse Brennagh and Tomos Llewellyn are reportedly engaged. The Irish actress, 31, and the Welsh "
            "singer-songwriter, 34, got engaged over the weekend.", "2025-07-08")
    ages = {(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "age"}
    assert ages == {("Saoirse Brennagh", "31"), ("Tomos Llewellyn", "34")}
    # ... not two described after someone named alone
    b = run("Saoirse Brennagh is reportedly engaged. The Irish actress, 31, and the Welsh singer-songwriter, 34, got "
            "engaged over the weekend.", "2025-07-08")
    assert {(b.entity(f.subject).name, f.value) for f in b.facts if f.relation == "age"} <= {("Saoirse Brennagh", "31")}


def test_two_capitalised_words_the_recognizer_missed_that_won_her_own_title_are_a_person() -> None:
    a = run("Quennell wins Harbourside Open\n\nHARBOURSIDE, Conn. — Yolanthe Quennell won her first tour title in three years "
            "on Sunday. Quennell turned professional in 2009.", "2025-08-26")
    assert {e.name: e.type for e in a.entities}.get("Yolanthe Quennell") == "PERSON"
    # ... not a body that "won its" title
    b = run("Quennell wins Harbourside Open\n\nHARBOURSIDE, Conn. — Harbourside Rovers won its first title in three years "
            "on Sunday.", "2025-08-26")
    assert {e.name: e.type for e in b.entities}.get("Harbourside Rovers") != "PERSON"


def test_a_move_announced_effective_at_a_later_time_is_ahead_not_of_the_announcement() -> None:
    a = run("Mirela Ostrova won the final on Sunday and then announced her retirement, effective at the end of the year.",
            "2025-08-26")
    assert [(e.time, e.certainty) for e in a.events if e.type == "career.retire"] == [("2025", "speculative")]
    # ... one effective at once is of the announcement's day
    b = run("Mirela Ostrova won the final on Sunday and then announced her retirement, effective immediately.", "2025-08-26")
    assert [(e.time, e.certainty) for e in b.events if e.type == "career.retire"] == [("2025-08-24", "asserted")]


def test_a_name_begun_at_a_possessive_s_begins_at_the_word_it_belongs_to() -> None:
    a = run("Osric Fairweather, 58, a former teacher from King's Lynn, published his debut in 2004.", "2024-10-03")
    assert "'s Lynn" not in {e.name for e in a.entities}
    assert [a.entity(f.object).name for f in a.facts if f.relation == "located_in"] in ([], ["King's Lynn"])
    # ... a person's possessive is the person's
    b = run("Osric Fairweather's debut came out in 2004.", "2024-10-03")
    assert "Osric Fairweather" in {e.name for e in b.entities}


def test_a_full_name_missed_is_found_beside_the_surname_whoever_else_of_that_surname_is_named_in_full() -> None:
    a = run("Fairbairn's flood novel tops bestseller list as Brancaster Prize shortlist is named\n\nWulfric Fairbairn's seventh "
            "novel, The Drowned Parish, has gone straight to the top of the Sunday Times bestseller list, a week after it was "
            "published by Quaymark Press.\n\nFairbairn, 58, a former teacher, published his debut in 2004. He lives with his "
            "wife, Lucasta Fairbairn, in Hunstanton.", "2024-10-03")
    ages = {(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "age"}
    assert ages == {("Wulfric Fairbairn", "58")}
    # ... the surname alone stays the one named in full when no other full form is written
    b = run("Fairbairn's flood novel tops bestseller list\n\nFairbairn, 58, a former teacher, published his debut in 2004. "
            "He lives with his wife, Lucasta Fairbairn, in Hunstanton.", "2024-10-03")
    assert "Wulfric Fairbairn" not in {e.name for e in b.entities}


def test_she_in_what_a_person_who_spoke_said_of_herself_tells_her_gender_whoever_else_is_in_view() -> None:
    text = ("Corrado Bellweather, 57, was sentenced at Leeds Crown Court on Wednesday. He had been convicted in February of "
            "fraud.\n\nThe court heard that Bellweather set up the fund in 2013 with his then business partner, Ilsabet "
            "Quarmby. Quarmby, who said {} had been kept in the dark about the firm's finances, was cleared of all charges.\n\n"
            "Instead of investing the money, prosecutors said, he spent it on a villa in Menorca. He was arrested at "
            "Manchester Airport in October 2020.")
    a = run(text.format("she"), "2023-03-30")
    assert _patient_times(a, "legal.arrest") == [("Corrado Bellweather", "2020-10")]
    # ... "he" there tells his
    b = run(text.format("he"), "2023-03-30")
    assert {e.name: e.attrs.get("gender") for e in b.entities if e.type == "PERSON"}.get("Ilsabet Quarmby") != "female"


def test_a_coined_body_word_before_a_party_family_word_is_one_party() -> None:
    a = run("Fenella Yardley quit the governing Coastal Democrats on Monday and joined the opposition Green Alliance.", "2025-07-02")
    assert "Coastal Democrats" in {e.name for e in a.entities if e.type == "ORG"}
    # ... a known place before it stays a place
    b = run("Fenella Yardley quit the Texas Democrats on Monday.", "2025-07-02")
    assert {e.name: e.type for e in b.entities}.get("Texas") == "GPE"


def test_what_one_left_to_do_is_dated_by_the_leaving() -> None:
    a = run("Evadne Holroyd joined Rennison & Partners in 1959 and, nine years later, left to found her own practice, "
            "Holroyd Ebbsworth.", "2024-12-10")
    assert [e.time for e in a.events if e.type == "business.found"] == ["1968"]
    # ... not what one left after doing
    b = run("Evadne Holroyd joined Rennison & Partners in 1959 and, nine years later, left after founding a choir.",
            "2024-12-10")
    assert "1968" not in [e.time for e in b.events if e.type == "business.found"]


def test_tellers_after_what_they_told_are_the_subject_of_the_telling_not_an_apposition() -> None:
    a = run("Harnley Foods has agreed to buy Osgood Mills for £310 million, the two companies announced on Tuesday.", "2025-02-13")
    assert [r.get("topic") for r in named_args(a, "politics.announce")] != ["Harnley Foods"]
    assert _patient_times(a, "business.acquire") == [("Osgood Mills", "2025-02-11")]
    # ... an apposition that tells nothing stays one
    b = run("Harnley Foods has agreed to buy Osgood Mills, the flour miller founded in 1885.", "2025-02-13")
    assert [r.get("patient") for r in named_args(b, "business.acquire")] == ["Osgood Mills"]


def test_killing_a_person_the_text_names_is_that_persons_death() -> None:
    a = run("Dorian Pask, 27, was jailed in March 2024 after a jury found him guilty of killing Dr Imogen Caird, a 44-year-old "
            "GP, near Ripon in August 2023.", "2026-01-29")
    assert [(r.get("agent"), e.time) for r, e in zip(named_args(a, "life.die"), [e for e in a.events if e.type == "life.die"],
                                                     strict=True)] == [("Imogen Caird", "2023-08")]
    # ... not a thing killed
    b = run("Dorian Pask killed the merger in March 2024.", "2026-01-29")
    assert named_args(b, "life.die") == []


def test_the_couple_after_a_widower_named_beside_his_late_wife_are_the_two() -> None:
    a = run("Dr Imogen Caird died in August 2023.\n\nDr Caird's widower, Tobias Caird, said outside court that the family were "
            "disappointed. The couple had married in 2009.", "2026-01-29")
    assert facts_by_pair(a, "spouse") == {("Imogen Caird", "Tobias Caird"): ("2009", "2023-08")}
    # ... a colleague beside her is no partner
    b = run("Dr Imogen Caird died in August 2023.\n\nDr Caird's colleague, Tobias Marsh, said outside court that the family "
            "were disappointed. The couple had married in 2009.", "2026-01-29")
    assert ("Imogen Caird", "Tobias Marsh") not in facts_by_pair(b, "spouse")


def test_a_title_cut_at_its_of_the_is_one_work_and_a_stretch_of_years_one_time() -> None:
    a = run("Winifred Ashcombe-Lyle, who has died aged 91, was a botanist. Her three-volume Lichen Atlas of the Western Fells, "
            "published between 1978 and 1991, took her to every hill in the region.", "2024-01-10")
    assert [(r.get("work"), e.time) for r, e in zip(named_args(a, "report.publish"), [e for e in a.events if e.type == "report.publish"],
                                                    strict=True)] == [("Lichen Atlas of the Western Fells", "1978")]
    # ... two years told with "in" are two times
    b = run("Winifred Ashcombe-Lyle, who has died aged 91, was a botanist. She published Lichen Atlas in 1978 and in 1991.",
            "2024-01-10")
    assert sorted(e.time for e in b.events if e.type == "report.publish") == ["1978", "1991"]


def test_an_attempt_or_a_plot_to_kill_someone_is_no_death() -> None:
    a = run("Forty years of sabotage and attempts to kill President Anselmo Ruiz shaped the island. Jon Hale tried to kill "
            "Tomas Leary in 2001.", "2000-01-07")
    assert named_args(a, "life.die") == []
    # ... a killing done is one
    b = run("Jon Hale killed Tomas Leary in 2001.", "2000-01-07")
    assert [r.get("agent") for r in named_args(b, "life.die")] == ["Tomas Leary"]
