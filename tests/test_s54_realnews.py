"""Session 54: false events found by reading the pipeline's output on a second quarter of TempEval-3's silver wire news
(AFP, 1997-2006, in ../shared/data), each rewritten here as an invented sentence, with the near miss the rule must leave
alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, named_args, typed


def test_blame_or_leave_is_no_prize() -> None:
    # (a share of the vote stays: "won 91.01 percent of ballots cast" is said of winners as often as of losers)
    a = run("Omar Halid has earned stinging criticism from abroad. Prime Minister Tom Vale spoke after winning a green "
            "light to open talks with Brussels.")
    assert typed(a, "career.win") == []


def test_wickets_claimed_are_no_prize_and_a_title_claimed_is() -> None:
    a = run("Dora Pike then claimed Ian Blackwell and Sam Ruddock off successive deliveries.")
    assert typed(a, "career.win") == []
    b = run("Dora Pike claimed the Kelso Medal in 2019.")
    assert [(row.get("agent"), row.get("award")) for row in named_args(b, "career.win")] == [("Dora Pike", "Kelso Medal")]


def test_a_country_owning_the_election_is_its_place_not_the_one_elected() -> None:
    a = run("In Moldova's elections, the opposition denounced massive fraud. Officials hope the court adjourns in time "
            "for Peru's parliamentary elections on December 15.")
    assert typed(a, "politics.elect") == []


def test_a_person_owning_the_election_is_still_elected() -> None:
    a = run("Benjamin Okoro's election in 1995 was welcomed by the party.")
    assert [(row.get("patient"), e.time) for row, e in zip(named_args(a, "politics.elect"), typed(a, "politics.elect"),
                                                            strict=True)] == [("Benjamin Okoro", "1995")]


def test_married_with_children_names_no_partner() -> None:
    a = run("Married with seven children, Omar Halid was the author of several books on nationalism.")
    assert typed(a, "life.marry") == []
    b = run("Omar Halid married Leyla Sahin in 1990; they have three children.")
    assert [(row.get("agent"), row.get("partner")) for row in named_args(b, "life.marry")] == [("Omar Halid", "Leyla Sahin")]


def test_meeting_a_people_is_no_couple_meeting() -> None:
    a = run("Tom Vale met with Estrelians who cast absentee ballots.")
    assert typed(a, "life.meet") == []


def test_not_found_is_no_founding() -> None:
    a = run("Tom Vale lived in Nice, France with his wife and two children, who also could not be found. The remains have "
            "never been found.")
    assert typed(a, "business.found") == []
    b = run("Mara Quill went on to found Bright Futures, a literacy charity, in 2012.")
    assert [row.get("organization") for row in named_args(b, "business.found")] == ["Bright Futures"]


def test_opening_a_gathering_a_suitcase_or_a_possibility_launches_nothing() -> None:
    a = run("Tenzin Norbu opened an international gathering of legislators here on Wednesday. A customs official opened "
            "Omar Halid's suitcase on December 23. Tom Vale did leave open the possibility that Halid might stay. "
            "Halid had criticised efforts by the ruling party to introduce Islamic practices in social life.")
    assert typed(a, "business.launch") == []
    b = run("Hollis Bakery opened a new shop in Derby in May.")
    assert [row.get("agent") for row in named_args(b, "business.launch")] == ["Hollis Bakery"]


def test_a_poll_released_or_a_prisoner_freed_is_no_work_put_out() -> None:
    a = run("According to a Varosh Herald poll released Wednesday, Tom Vale's approval ratings have improved. A Lisbon "
            "court on Monday released Omar Halid on bail. Mara Quill was released from prison in 2019.")
    assert typed(a, "career.release") == []
    b = run("The band Iron Harbour released their album Salt Lines in March.")
    assert [row.get("work") for row in named_args(b, "career.release")] == ["Salt Lines"]


def test_leaving_a_side_as_winners_is_no_resignation() -> None:
    a = run("Ivo Brand put Kelmont ahead and captain Sam Ruddock converted both spot-kicks to leave the home side as "
            "comfortable winners.")
    assert typed(a, "career.resign") == []
    b = run("Dana Ruiz left Hollins Bank as chief executive in May.")
    assert [(row.get("agent"), row.get("role")) for row in named_args(b, "career.resign")] == [("Dana Ruiz", "chief executive")]


def test_a_people_before_a_noun_is_not_the_one_told_of() -> None:
    a = run("Border guards shot dead four Moslem guerrillas near Srinagar on Monday. The deaths of 33 Nazi soldiers in "
            "an attack prompted reprisals.")
    names = {name for row in named_args(a, "life.die") for name in row.values()}
    assert "Moslem" not in names and "Nazi" not in names


def test_a_paper_named_in_its_own_phrase_is_not_the_paper_told_of_before() -> None:
    a = run("The Varosh Ledger reported in 1995 that Tom Vale had set up fake companies. Vale told the Israeli Haaretz "
            "newspaper in 1995 that he had not sold weapons.")
    assert [row.get("outlet") for row in named_args(a, "report.interview")] == ["the Israeli Haaretz newspaper"]


def test_the_paper_told_of_before_is_still_taken_up() -> None:
    a = run("The Varosh Ledger reported in 1995 that Tom Vale had set up fake companies. Vale told the newspaper in "
            "1995 that he had not sold weapons.")
    assert [row.get("outlet") for row in named_args(a, "report.interview")] == ["Varosh Ledger"]


def test_a_telephone_is_how_it_was_said_not_an_outlet() -> None:
    a = run("Gao Qinrong, 51, told AFP by telephone on Monday how he felt to be free.")
    assert [sorted((g.role, g.text) for g in e.args if g.role in ("outlet", "means")) for e in typed(a, "report.interview")] \
        == [[("means", "telephone"), ("outlet", "AFP")]]


def test_arms_goods_and_territory_are_no_company_acquired() -> None:
    a = run("The talks seek guarantees that Varosh will not acquire atomic weapons. Tom Vale has said he bought the goods "
            "directly in Lisbon. Protesters marked the July 1 takeover of Hong Kong.")
    assert typed(a, "business.acquire") == []
    b = run("Kelmont Foods acquired Hollis Bakery in 2019.")
    assert [(row.get("agent"), row.get("patient")) for row in named_args(b, "business.acquire")] == [("Kelmont Foods", "Hollis Bakery")]


def test_a_batter_out_a_golf_round_and_a_claim_rejected_let_no_one_go() -> None:
    a = run("In his fourth match since surgery, Tom Vale was dismissed for 14 on Tuesday. Ivo Brand had dismissed opener "
            "Sam Ruddock for a duck. Kiyoshi Ando fired a 67 at the par-71 Naha Golf Club on Friday. Asked about the "
            "reports, Omar Halid dismissed them as newspaper speculation.")
    assert typed(a, "career.fire") == []
    b = run("Rovers dismissed manager Tom Vale on Monday.")
    assert [(row.get("agent"), row.get("patient")) for row in named_args(b, "career.fire")] == [("Rovers", "Tom Vale")]


def test_met_with_is_a_meeting_held_not_a_couple_meeting() -> None:
    a = run("Dana Ruiz met with the three members of the opposition coalition, Ivo Brand, Sam Ruddock and Lena Ortiz. "
            "Omar Halid met on Sunday with Tom Vale in Tehran.")
    assert typed(a, "life.meet") == []
    b = run("Mara Quill met Tom Vale at a party in 2010.")
    assert [(row.get("agent"), row.get("partner"), e.time) for row, e in zip(named_args(b, "life.meet"), typed(b, "life.meet"),
                                                                           strict=True)] == [("Mara Quill", "Tom Vale", "2010")]


def test_a_claim_made_a_war_or_a_nickname_won_is_no_prize() -> None:
    a = run("Tom Vale claimed the Conservatives saw inequality as a sign of success. Rebels won a civil war in 1994. "
            "Omar Halid has also won the endorsement of the former leader. Ivo Brand had earned the sobriquet of the "
            "'iron chancellor'. Sam Ruddock scooped past goalkeeper Lena Ortiz in the 31st minute.")
    assert typed(a, "career.win") == []


def test_a_thing_named_for_a_person_is_no_appointment() -> None:
    a = run("Tom Vale will on Saturday accept the Otto Hahn peace medal, named for a German nuclear physicist.")
    assert typed(a, "career.appoint") == []
    b = run("Kelmont Foods named Dana Ruiz chief executive on Monday.")
    assert [(row.get("patient"), row.get("role")) for row in named_args(b, "career.appoint")] == [("Dana Ruiz", "chief executive")]


def test_proposals_of_policy_and_engagement_in_a_cause_are_no_betrothal() -> None:
    a = run("Omar Halid's tax proposals delighted the stock markets. Tom Vale has been honoured for his lifelong engagement "
            "in the civil rights movement.")
    assert typed(a, "life.engage") == []
    b = run("Tom Vale proposed to Mara Quill in Bali in June.")
    assert [(row.get("agent"), row.get("partner")) for row in named_args(b, "life.engage")] == [("Tom Vale", "Mara Quill")]


def test_a_coach_taking_over_a_national_side_is_no_takeover() -> None:
    a = run("Tom Vale took over Japan after the 2002 World Cup.")
    assert typed(a, "business.acquire") == []
    b = run("Kelmont Foods took over Hollis Bakery in 2019.")
    assert [(row.get("agent"), row.get("patient")) for row in named_args(b, "business.acquire")] == [("Kelmont Foods", "Hollis Bakery")]


def test_attacks_markets_and_a_meeting_opening_launch_nothing() -> None:
    a = run("Groups of men then launched a wave of revenge attacks. Now is the time for Estrelia and others to open their "
            "markets to imports. The trade meeting in Hong Kong, which opens later on Tuesday, must keep the round on track.")
    assert typed(a, "business.launch") == []


def test_talks_restarted_and_a_coalition_formed_found_no_body() -> None:
    a = run("Tom Vale said the United States would talk next about re-starting the Mideast peace process. The party "
            "announced it wanted to form its own coalition.")
    assert typed(a, "business.found") == []
    b = run("Mara Quill and Tom Vale formed Bright Futures, a literacy charity, in 2012.")
    assert [row.get("organization") for row in named_args(b, "business.found")] == ["Bright Futures"]


def test_a_people_sued_is_no_party_named() -> None:
    a = run("Members are forbidden from suing other Jews in a state court.")
    assert typed(a, "legal.sue") == []


def test_shots_fired_on_people_let_no_one_go() -> None:
    a = run("The visit is the highest-level one since the PLA stormed Tiananmen Square on June 4, 1989 and fired on unarmed "
            "demonstrators, killing hundreds. An official said Hamas members tried to storm a camp which Hamas has accused "
            "of targeting Tom Vale on Thursday by firing on his convoy.")
    assert typed(a, "career.fire") == []
    b = run("Rovers fired manager Tom Vale on Tuesday. Kelmont Foods said Dana Ruiz was fired on the spot.")
    assert sorted(row.get("patient") for row in named_args(b, "career.fire")) == ["Dana Ruiz", "Tom Vale"]


def test_a_city_left_a_territory_claimed_and_a_name_released_are_no_career_events() -> None:
    a = run("Sources said that Omar Halid would leave Kinshasa on Thursday to head to the talks. Estrelia and Norland "
            "are among six countries which claim the South China Sea. It was not clear whether the man, whose name "
            "was not immediately released, was linked to the blast. Varosh wants to open a new chapter of ties with "
            "Beijing.")
    assert typed(a, "career.resign") == [] and typed(a, "career.win") == []
    assert typed(a, "career.release") == [] and typed(a, "business.launch") == []
    b = run("Dana Ruiz left Leeds United in May.")
    assert [(row.get("agent"), row.get("organization")) for row in named_args(b, "career.resign")] == [("Dana Ruiz", "Leeds United")]


def test_a_match_score_talks_launched_and_a_frame_set_up_are_no_career_or_business_events() -> None:
    a = run("A last-gasp header by defender Du Wei earned Estrelia a 2-1 victory over Norland on Saturday. Sam Ruddock "
            "scored a brace to earn Fulham a 2-1 win over Bolton on Sunday.")
    assert typed(a, "career.win") == []
    c = run("Tom Vale embarked on a tour this week to launch the process of defining the region's status. The bloc "
            "formally launched talks with Varosh last October. Investment has grown since late 1988 when Estrelia opened "
            "to such investment.")
    assert typed(c, "business.launch") == []
    d = run("Police arrested Tom Vale on Monday. \"We think they wanted to set him up, this is too obvious,\" his lawyer "
            "said. Kelmont Foods, which established its name in Africa after winning a contract, is a big firm.")
    assert typed(d, "business.found") == []


def test_a_title_won_a_club_joined_and_a_product_launched_stay() -> None:
    a = run("Dora Pike won the Kelso Cup in 2019. Tom Vale arrived at Rovers from Kelmont Town in 2019. Kelmont Foods "
            "launched a new cereal, Oat Crunch, in May.")
    assert [row.get("award") for row in named_args(a, "career.win")] == ["Kelso Cup"]
    assert [row.get("patient") for row in named_args(a, "career.hire")] == ["Tom Vale"]
    assert [row.get("agent") for row in named_args(a, "business.launch")] == ["Kelmont Foods"]


def test_a_thing_dated_and_a_country_s_affair_are_no_romance() -> None:
    a = run("The team has already finished models for four World Heritage sites, including Kilwa Great Mosque, dated about "
            "1200 AD, and Kilwa Kisiwani Fortress (1503) in Tanzania. How to deal with the war criminals is not only "
            "Japan's internal affair.")
    assert typed(a, "life.date") == [] and typed(a, "life.affair") == []
    b = run("Tom Vale had an affair with Mara Quill in 2020.")
    assert [(row.get("agent"), row.get("partner")) for row in named_args(b, "life.affair")] == [("Tom Vale", "Mara Quill")]


def test_power_bought_and_a_competition_opening_are_no_business_events() -> None:
    a = run("Thaksin said that Thailand would buy electricity from the dam project. Japan won the first gold medal in the "
            "2005 Alpine Ski Competition in China which opened here on Tuesday.")
    assert typed(a, "business.acquire") == [] and typed(a, "business.found") == [] and typed(a, "business.launch") == []
    b = run("Hollis Bakery opened in Derby in 1990.")
    assert [row.get("organization") for row in named_args(b, "business.found")] == ["Hollis Bakery"]


def test_a_goal_fired_home_and_a_player_sent_off_let_no_one_go() -> None:
    a = run("Kelmont equalized and then led 2-1 when Sam Ruddock fired home from Ivo Brand's pass. Tom Vale was dismissed "
            "on 65 minutes following two yellow cards.")
    assert typed(a, "career.fire") == []
    b = run("Its head of marketing, Dana Ruiz, was fired in August after a dispute over the launch date.")
    assert [row.get("patient") for row in named_args(b, "career.fire")] == ["Dana Ruiz"]


def test_a_county_is_no_one_who_died() -> None:
    a = run("The first victim of the province was a 24-year-old woman farmer surnamed Zhou in Zongyang County, who died "
            "on Nov. 10.")
    assert entity_types(a).get("Zongyang County") != "PERSON"
    assert all(row.get("agent") != "Zongyang County" for row in named_args(a, "life.die"))


def test_declared_free_and_a_forum_addressed_are_no_announcement_or_interview() -> None:
    a = run("All the 41 people have been declared symptom free, said Ye Zhonggang. Energy Minister Rumen Ovcharov told "
            "the Southeast Europe Economic Forum that Bulgaria would inform the commissioner.")
    assert typed(a, "politics.announce") == [] and typed(a, "report.interview") == []
    b = run("Energy Minister Rumen Ovcharov told the Sofia Ledger on Monday that Bulgaria would inform the commissioner.")
    assert [row.get("outlet") for row in named_args(b, "report.interview")] == ["Sofia Ledger"]


def test_a_match_won_is_no_prize() -> None:
    a = run("England's surprise 3-2 victory over Argentina in a pre-World Cup friendly roiled the Argentine press on "
            "Sunday. The physical match, which saw Turkey win the game but lose out on away goals, was followed by a "
            "brawl.")
    assert typed(a, "career.win") == []
    b = run("Dora Pike's 2019 victory in the Kelso Cup was her first. Rovers' 2-1 win over Kelmont in the final on Saturday "
            "secured the FA Trophy.")
    assert sorted(e.time or "" for e in typed(b, "career.win")) == ["2019", "2024-05-04"]


def test_someone_urged_to_step_down_has_not_and_someone_forced_to_has() -> None:
    a = run("The French Communist Party on Friday urged Interior Minister Nicolas Sarkozy to step down. Shareholders urged "
            "chief executive Tom Vale to resign on Friday.")
    assert typed(a, "career.resign") == []
    b = run("The board forced Dana Ruiz to resign in May.")
    assert [(row.get("agent"), e.time) for row, e in zip(named_args(b, "career.resign"), typed(b, "career.resign"),
                                                       strict=True)] == [("Dana Ruiz", "2024-05")]
