"""A challenge set through the whole pipeline: invented mini-articles, scored like the fixtures.

Each mini-article (a few sentences with a date, written the way news is written: people with
titles and ages, later a surname or a pronoun, organisations with and without suffixes) lists
the typed events and facts a careful reader finds for the weakest types (appointments, hires,
wins, children and parents, interviews, employees, members and roles), and, for the other
senses of risky words, events that must not be found.  Expectations were written before the
pipeline ran on them; they follow tests/fixtures/articles/README.md and are checked with the
benchmark's own matching (benchmarks/_fixtures.py `event_matches` / `fact_matches`).

Every expected item is one test, so the file counts items found.  Known misses are strict
xfails whose reason names the layer that loses them ("entity: ..." when the entity layer does).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pytest

from dateline.model import Analysis
from dateline.pipeline import analyze
from expectations import E, F, bench

B = bench()


@dataclass(slots=True)
class Article:
    key: str
    dct: str
    text: str
    events: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    # (type, args): no predicted event of that type whose arguments name these, in any role
    absent: list[tuple[str, dict[str, str]]] = field(default_factory=list)


D1, D2, D3 = "2024-05-16", "2023-11-03", "2022-09-22"  # a Thursday, a Friday, a Thursday
PAST = "PAST_REF"

ARTICLES: list[Article] = [
    # ------------------------------------------------------------ career.appoint
    Article(
        "appoint-police-chief", D1,
        "Marisol Quispe was named police chief of Fairhaven on Tuesday, the first woman to lead the city's force. "
        "Quispe, 51, has served with the department for 24 years. She replaces Dale Whitford, who retired in March.",
        [E("career.appoint", {"patient": "Marisol Quispe", "role": "police chief"}, "2024-05-14"),
         E("career.retire", {"agent": "Dale Whitford"}, "2024-03")],
        [F("role", "Marisol Quispe", value="police chief", start="2024-05-14")],
    ),
    Article(
        "appoint-sworn-in", D2,
        "Kwame Asante was sworn in as mayor of Port Elridge on Wednesday after winning a special election last month. "
        "Asante, a former teacher, took the oath of office at City Hall in front of about 300 residents.",
        [E("career.appoint", {"patient": "Kwame Asante", "role": "mayor"}, "2023-11-01"),
         E("politics.elect", {"patient": "Kwame Asante"}, "2023-10")],
        [F("role", "Kwame Asante", value="mayor", start="2023-11-01"),
         F("role", "Kwame Asante", value="teacher", end=PAST)],
    ),
    Article(
        "appoint-promoted", D1,
        "Greta Lindholm has been promoted to chief financial officer at Norrvik Shipping, the company said on Monday. "
        "Lindholm, 44, joined the Gothenburg-based firm in 2015 as a financial controller.",
        [E("career.appoint", {"patient": "Greta Lindholm", "organization": "Norrvik Shipping", "role": "chief financial officer"}, [None, "2024-05-13"]),
         E("career.hire", {"patient": "Greta Lindholm", "organization": "Norrvik Shipping"}, "2015")],
        [F("role", "Greta Lindholm", value="chief financial officer", start=[None, "2024-05-13"]),
         F("employee", "Greta Lindholm", "Norrvik Shipping", start="2015")],
    ),
    Article(
        "appoint-takes-over", D3,
        "Tomasz Wrobel takes over as head coach of Kestrel Rovers next month, the club announced. "
        "The 47-year-old Pole signed a three-year contract. He succeeds Ian Maddox, who was sacked in August.",
        [E("career.appoint", {"patient": "Tomasz Wrobel", "role": "head coach"}, "2022-10"),
         E("career.fire", {"patient": "Ian Maddox"}, "2022-08")],
        [F("role", "Tomasz Wrobel", value="head coach", start="2022-10"),
         F("employee", "Tomasz Wrobel", "Kestrel Rovers", start="2022-10")],
    ),
    Article(
        "appoint-council", D1,
        "The city council appointed Farida Haddad as its new planning director on Monday. "
        "Haddad, 39, previously worked for the regional transport authority.",
        [E("career.appoint", {"patient": "Farida Haddad", "role": "planning director"}, "2024-05-13")],
        [F("role", "Farida Haddad", value="planning director", start="2024-05-13")],
    ),
    Article(
        "appoint-relative-clause", D2,
        "Dr. Aiko Matsuda, who was appointed in May, is the hospital's first female chief of surgery. "
        "Matsuda trained in Osaka and moved to St. Brendan's Hospital in 2012.",
        [E("career.appoint", {"patient": "Aiko Matsuda"}, "2023-05")],
        [F("role", "Aiko Matsuda", value="chief of surgery", start=["2023-05", None]),
         F("employee", "Aiko Matsuda", "St. Brendan's Hospital", start="2012")],
    ),
    Article(
        "appoint-names-its", D1,
        "Northgate Bank has named Oluwaseun Adebayo its chief executive, effective June 1. "
        "Adebayo, 55, was previously deputy governor of the central bank.",
        [E("career.appoint", {"agent": "Northgate Bank", "patient": "Oluwaseun Adebayo", "role": "chief executive"}, [None, "2024-06-01"])],
        [F("role", "Oluwaseun Adebayo", value="chief executive", start="2024-06-01"),
         F("employee", "Oluwaseun Adebayo", "Northgate Bank", start="2024-06-01"),
         F("role", "Oluwaseun Adebayo", value="deputy governor", end=PAST)],
    ),
    Article(
        "appoint-elevated", D3,
        "Priya Venkataraman was elevated to partner at the law firm Holloway Grant in January. "
        "Venkataraman, 41, specialises in employment law.",
        [E("career.appoint", {"patient": "Priya Venkataraman", "role": "partner"}, "2022-01")],
        [F("role", "Priya Venkataraman", value="partner", start="2022-01"),
         F("employee", "Priya Venkataraman", "Holloway Grant", start=[None, "2022-01"])],
    ),
    Article(
        "appoint-succeed", D2,
        "The board of Castellan Mining has chosen Rafael Dominguez to succeed the outgoing chairman, Peter Voss. "
        "Dominguez will take up the post on January 1.",
        [E("career.appoint", {"patient": "Rafael Dominguez"}, [None, "2024-01-01"])],
        [F("role", "Peter Voss", value="chairman", end=[None, "2024-01-01"])],
    ),
    Article(
        "appoint-editor", D1,
        "Selin Aydin, 36, has been appointed editor of the Harbour Gazette, the paper's owners said on Tuesday. "
        "She is the youngest editor in the newspaper's 140-year history.",
        [E("career.appoint", {"patient": "Selin Aydin", "role": "editor"}, [None, "2024-05-14"])],
        [F("role", "Selin Aydin", value="editor", start=[None, "2024-05-14"]),
         F("employee", "Selin Aydin", "Harbour Gazette", start=[None, "2024-05-14"])],
    ),
    Article(
        "appoint-governor-names-judge", D3,
        "Governor Helen Marsh on Monday named Ibrahim Sesay to the state Supreme Court. "
        "Sesay, 58, has served on the appeals court since 2011.",
        [E("career.appoint", {"agent": "Helen Marsh", "patient": "Ibrahim Sesay"}, "2022-09-19")],
        [F("role", "Helen Marsh", value="governor")],
    ),
    Article(
        "appoint-made-captain", D2,
        "Lucia Fernandez was made captain of Valdoro in March, two years after joining the club from Ostra. "
        "Fernandez, 27, has scored 14 tries this season.",
        [E("career.appoint", {"patient": "Lucia Fernandez", "role": "captain"}, "2023-03")],
        [F("role", "Lucia Fernandez", value="captain", start="2023-03"),
         F("member", "Lucia Fernandez", "Valdoro", start=[None, "2021", "2021-03"])],
    ),
    Article(
        "appoint-stepped-into-role", D1,
        "Wei Zhang stepped into the role of chief technology officer at Lumora in February. "
        "Zhang, who spent a decade at Brightfield, will oversee a team of 400 engineers.",
        [E("career.appoint", {"patient": "Wei Zhang", "role": "chief technology officer"}, "2024-02")],
        [F("role", "Wei Zhang", value="chief technology officer", start="2024-02"),
         F("employee", "Wei Zhang", "Lumora", start="2024-02"),
         F("employee", "Wei Zhang", "Brightfield", end=PAST)],
    ),
    Article(
        "appoint-installed", D2,
        "Ngozi Eze has been installed as the new principal of Riverside Academy. "
        "The school's governors confirmed the appointment on Thursday.",
        [E("career.appoint", {"patient": "Ngozi Eze", "role": "principal"}, [None, "2023-11-02"])],
        [F("role", "Ngozi Eze", value="principal", start=[None, "2023-11-02"]),
         F("employee", "Ngozi Eze", "Riverside Academy", start=[None, "2023-11-02"])],
    ),
    Article(
        "appoint-new-ceo-nominal", D3,
        "Aldwick Water has appointed Hamza Qureshi as chief executive. "
        "Qureshi, 49, will take up the role in November, the utility said.",
        [E("career.appoint", {"agent": "Aldwick Water", "patient": "Hamza Qureshi", "role": "chief executive"}, [None, "2022-11"])],
        [F("role", "Hamza Qureshi", value="chief executive", start=["2022-11", None]),
         F("employee", "Hamza Qureshi", "Aldwick Water", start=["2022-11", None])],
    ),
    # ------------------------------------------------------------ career.hire
    Article(
        "hire-joined-from", D1,
        "Striker Mateo Silva joined Brampton City from Porto Azul for a club-record fee on Tuesday. "
        "The 24-year-old Brazilian scored 19 goals last season.",
        [E("career.hire", {"patient": "Mateo Silva", "organization": "Brampton City"}, "2024-05-14")],
        [F("member", "Mateo Silva", "Brampton City", start="2024-05-14"),
         F("member", "Mateo Silva", "Porto Azul", end=[PAST, "2024-05-14"])],
    ),
    Article(
        "hire-joined-as", D2,
        "Anneliese Vogt has joined Tessaro Pharmaceuticals as head of research, the company said on Wednesday. "
        "Vogt spent 12 years at the Karlsruhe Institute of Technology.",
        [E("career.hire", {"patient": "Anneliese Vogt", "organization": "Tessaro Pharmaceuticals", "role": "head of research"}, [None, "2023-11-01"])],
        [F("employee", "Anneliese Vogt", "Tessaro Pharmaceuticals", start=[None, "2023-11-01"]),
         F("role", "Anneliese Vogt", value="head of research", start=[None, "2023-11-01"]),
         F("employee", "Anneliese Vogt", "Karlsruhe Institute of Technology", end=PAST)],
    ),
    Article(
        "hire-signed-with", D3,
        "Forward Kenji Watanabe has signed with the Harbor City Mariners, the team announced on Monday. "
        "Watanabe, 29, agreed a two-year deal.",
        [E("career.hire", {"agent": "Harbor City Mariners", "patient": "Kenji Watanabe"}, [None, "2022-09-19"])],
        [F("member", "Kenji Watanabe", "Harbor City Mariners", start=[None, "2022-09-19"])],
    ),
    Article(
        "hire-recruited-by", D1,
        "Dolores Ibarra was recruited by Pinecrest Capital in 2019 to run its Latin American fund. "
        "Ibarra, 46, had previously worked at Andes Partners.",
        [E("career.hire", {"agent": "Pinecrest Capital", "patient": "Dolores Ibarra"}, "2019")],
        [F("employee", "Dolores Ibarra", "Pinecrest Capital", start="2019"),
         F("employee", "Dolores Ibarra", "Andes Partners", end=PAST)],
    ),
    Article(
        "hire-brought-in", D2,
        "Stanmore Rovers have brought in Ahmed Khalil as assistant manager. "
        "Khalil, 52, previously coached the youth team at Eastfield.",
        [E("career.hire", {"agent": "Stanmore Rovers", "patient": "Ahmed Khalil", "role": "assistant manager"})],
        [F("role", "Ahmed Khalil", value="assistant manager"),
         F("employee", "Ahmed Khalil", "Stanmore Rovers")],
    ),
    Article(
        "hire-hired-as", D1,
        "Coastline Airways hired Siobhan Kelly as its chief operating officer in January. "
        "Kelly, 50, was previously at the Irish carrier Aerlink.",
        [E("career.hire", {"agent": "Coastline Airways", "patient": "Siobhan Kelly", "role": "chief operating officer"}, "2024-01")],
        [F("role", "Siobhan Kelly", value="chief operating officer", start="2024-01"),
         F("employee", "Siobhan Kelly", "Coastline Airways", start="2024-01"),
         F("employee", "Siobhan Kelly", "Aerlink", end=PAST)],
    ),
    Article(
        "hire-completed-move", D3,
        "Midfielder Yaw Mensah completed his move to Ravensworth Athletic on Friday, signing a four-year contract. "
        "Mensah, 21, came through the academy at Ellison Park.",
        [E("career.hire", {"agent": "Ravensworth Athletic", "patient": "Yaw Mensah"}, "2022-09-16")],
        [F("member", "Yaw Mensah", "Ravensworth Athletic", start="2022-09-16")],
    ),
    Article(
        "hire-hired-by", D2,
        "Hana Kobayashi, a former engineer at Zentek, was hired by Orbis Robotics last year to lead its design team. "
        "The 33-year-old now manages 40 people.",
        [E("career.hire", {"agent": "Orbis Robotics", "patient": "Hana Kobayashi"}, "2022")],
        [F("employee", "Hana Kobayashi", "Orbis Robotics", start="2022"),
         F("employee", "Hana Kobayashi", "Zentek", end=PAST),
         F("role", "Hana Kobayashi", value="engineer", end=PAST)],
    ),
    Article(
        "hire-orchestra", D1,
        "Ravi Shankar, 38, has joined the Meridian Orchestra as principal cellist. "
        "He previously played with the Lisbon Philharmonic for eight years.",
        [E("career.hire", {"patient": "Ravi Shankar", "organization": "Meridian Orchestra", "role": "principal cellist"})],
        [F("role", "Ravi Shankar", value="principal cellist")],
    ),
    Article(
        "hire-signed-for", D2,
        "Defender Jonas Eriksen signed for Halvard United on a free transfer in July. "
        "Eriksen, 30, left Tromsdal at the end of last season.",
        [E("career.hire", {"agent": "Halvard United", "patient": "Jonas Eriksen"}, "2023-07")],
        [F("member", "Jonas Eriksen", "Halvard United", start="2023-07")],
    ),
    Article(
        "hire-poached", D3,
        "Greystone Media has poached Amara Okafor from rival broadcaster Channel Nine to present its evening news. "
        "Okafor starts in November.",
        [E("career.hire", {"agent": "Greystone Media", "patient": "Amara Okafor"}, [None, "2022-11"])],
        [F("employee", "Amara Okafor", "Greystone Media", start=["2022-11", None]),
         F("employee", "Amara Okafor", "Channel Nine", end=[PAST, None, "2022-11"])],
    ),
    Article(
        "hire-returning", D1,
        "Winger Pablo Moreno has signed a three-year deal with his boyhood club Castel Verde. "
        "Moreno, 26, spent the last two seasons at Lyndale.",
        [E("career.hire", {"agent": "Castel Verde", "patient": "Pablo Moreno"})],
        [F("member", "Pablo Moreno", "Castel Verde")],
    ),
    # ------------------------------------------------------------ career.win
    Article(
        "win-final-score", D1,
        "Ashford Town won the county cup final 3-1 against Mellow Park on Saturday. "
        "Captain Lewis Grant scored twice.",
        [E("career.win", {"agent": "Ashford Town"}, "2024-05-11")],
        [F("role", "Lewis Grant", value="captain")],
    ),
    Article(
        "win-clinched-title", D2,
        "Ines Carvalho clinched the national title on Sunday, beating the defending champion in straight sets. "
        "It was the 23-year-old's first major trophy.",
        [E("career.win", {"agent": "Ines Carvalho"}, "2023-10-29")],
    ),
    Article(
        "win-lifted-trophy", D3,
        "Dmytro Kovalenko lifted the Baltic Open trophy in Riga on Sunday after a final-round 66. "
        "Kovalenko, 31, had never finished higher than fourth on the tour.",
        [E("career.win", {"agent": "Dmytro Kovalenko", "place": "Riga"}, "2022-09-18")],
    ),
    Article(
        "win-prize-book", D1,
        "The novelist Chidinma Okoro has won the Hartley Prize for fiction for her third book, The Salt Road. "
        "Okoro, 44, received the award at a ceremony in Edinburgh on Wednesday.",
        [E("career.win", {"agent": "Chidinma Okoro"}, ["2024-05-15", None])],
    ),
    Article(
        "win-claimed-gold", D2,
        "Sprinter Aisha Bello claimed gold in the 200 metres at the Continental Games in Accra in August. "
        "Bello, 22, also won silver in the relay.",
        [E("career.win", {"agent": "Aisha Bello", "place": "Accra"}, "2023-08")],
    ),
    Article(
        "win-scooped", D3,
        "Architect Lars Henriksen scooped the Meridian Design Award last week for his timber library in Bergen.",
        [E("career.win", {"agent": "Lars Henriksen"}, "2022-W37")],
    ),
    Article(
        "win-third-title", D1,
        "Maya Rosen won her third world title in Tokyo in April, retaining the crown she first took in 2021. "
        "Rosen, 29, is the first skater to win three in a row.",
        [E("career.win", {"agent": "Maya Rosen", "place": "Tokyo"}, "2024-04"),
         E("career.win", {"agent": "Maya Rosen"}, "2021")],
    ),
    Article(
        "win-beat-to-take", D2,
        "Valdez Racing beat Corsa Team to take the constructors' championship on Sunday. "
        "Team principal Elena Ruiz said the victory was the reward for five years of work.",
        [E("career.win", {"agent": "Valdez Racing"}, "2023-10-29")],
        [F("role", "Elena Ruiz", value="team principal")],
    ),
    Article(
        "win-crowned", D3,
        "Juan Pablo Ortiz was crowned world champion in Lisbon on Saturday after a 12-round decision. "
        "The 28-year-old Colombian is unbeaten in 24 fights.",
        [E("career.win", {"agent": "Juan Pablo Ortiz", "place": "Lisbon"}, "2022-09-17")],
    ),
    Article(
        "win-took-home", D1,
        "The documentary Rivers of Ash, directed by Tamsin Achebe, took home the top prize at the Belmont Film Festival on Sunday.",
        [E("career.win", {"work": "Rivers of Ash"}, "2024-05-12")],
    ),
    Article(
        "win-marathon", D2,
        "Siddharth Rao won the Lakeside Marathon for a second time on Sunday, finishing in two hours and nine minutes.",
        [E("career.win", {"agent": "Siddharth Rao"}, "2023-10-29")],
    ),
    Article(
        "win-league-title", D3,
        "Brook Valley took the league title in May with two games to spare. "
        "Manager Kerry Dunne said her players had earned it.",
        [E("career.win", {"agent": "Brook Valley"}, "2022-05")],
        [F("role", "Kerry Dunne", value="manager")],
    ),
    Article(
        "win-awarded-medal", D1,
        "Aurelia Costa has been awarded the Nordmann Medal for her work on coral reefs. "
        "The marine biologist, 61, will receive the medal in Oslo in June.",
        [E("career.win", {"agent": "Aurelia Costa"}, [None, "2024-06"])],
    ),
    Article(
        "win-as-clause", D2,
        "Goalkeeper Emeka Nwosu kept a clean sheet as Dunmore Athletic won the FA Trophy at Wembley on Saturday.",
        [E("career.win", {"agent": "Dunmore Athletic", "place": "Wembley"}, "2023-10-28")],
        [F("member", "Emeka Nwosu", "Dunmore Athletic")],
    ),
    # ------------------------------------------------------------ family.child and parents
    Article(
        "child-welcomed-son", D1,
        "Singer Freya Holm and her husband, the chef Anders Lund, welcomed a son, Leo, in March. "
        "The couple married in Copenhagen in 2020.",
        [E("family.child", {"parent": "Freya Holm", "child": "Leo"}, "2024-03"),
         E("life.marry", {"agent": "Freya Holm", "partner": "Anders Lund", "place": "Copenhagen"}, "2020")],
        [F("parent", "Freya Holm", "Leo", start="2024-03"),
         F("parent", "Anders Lund", "Leo", start="2024-03"),
         F("spouse", "Freya Holm", "Anders Lund", start="2020")],
    ),
    Article(
        "child-survived-by", D2,
        "Rodrigo Alves died on Tuesday at his home in Braga. He was 84. "
        "He is survived by his wife, Teresa, and their three children, Ana, Bruno and Carla.",
        [E("life.die", {"agent": "Rodrigo Alves", "place": "Braga"}, "2023-10-31"),
         E("family.child", {"parent": "Rodrigo Alves", "child": "Ana"}),
         E("family.child", {"parent": "Rodrigo Alves", "child": "Bruno"}),
         E("family.child", {"parent": "Rodrigo Alves", "child": "Carla"})],
        [F("spouse", "Rodrigo Alves", "Teresa", end="2023-10-31"),
         F("parent", "Rodrigo Alves", "Ana"), F("parent", "Rodrigo Alves", "Bruno"), F("parent", "Rodrigo Alves", "Carla"),
         F("parent", "Teresa", "Carla")],
        [("life.marry", {})],
    ),
    Article(
        "child-have-two-daughters", D3,
        "Actors Mira Kapoor and Dev Malhotra have two daughters, Isha and Tara. "
        "Kapoor, 38, said in an interview with Vogue India that motherhood had changed her.",
        [E("report.interview", {"agent": "Mira Kapoor"}),
         E("family.child", {"parent": "Mira Kapoor", "child": "Isha"}),
         E("family.child", {"parent": "Mira Kapoor", "child": "Tara"})],
        [F("parent", "Mira Kapoor", "Isha"), F("parent", "Mira Kapoor", "Tara"), F("parent", "Dev Malhotra", "Tara")],
        [("life.marry", {})],
    ),
    Article(
        "child-couple-have-sons", D1,
        "Footballer Karim Haddad and his wife, Leila, are expecting their third child in the autumn. "
        "The couple have two sons, Omar and Yusuf, and live in Leicester.",
        [E("family.child", {"parent": "Karim Haddad", "child": "Omar"}),
         E("family.child", {"parent": "Karim Haddad", "child": "Yusuf"})],
        [F("parent", "Karim Haddad", "Omar"), F("parent", "Karim Haddad", "Yusuf"), F("parent", "Leila", "Yusuf"),
         F("spouse", "Karim Haddad", "Leila")],
        [("life.marry", {})],
    ),
    Article(
        "child-possessive-son", D2,
        "Nadia Petrova's son, Ilya, is also a professional violinist. "
        "Petrova, 66, taught at the Moscow Conservatory for three decades.",
        [E("family.child", {"parent": "Nadia Petrova", "child": "Ilya"})],
        [F("parent", "Nadia Petrova", "Ilya"),
         F("employee", "Nadia Petrova", "Moscow Conservatory", end=[None, PAST])],
    ),
    Article(
        "child-gave-birth", D3,
        "Tennis player Sofia Reyes gave birth to a daughter, Luna, on June 3, her agent said. "
        "Reyes and her partner, the coach Marco Bianchi, announced the pregnancy in January.",
        [E("family.child", {"parent": "Sofia Reyes", "child": "Luna"}, "2022-06-03")],
        [F("parent", "Sofia Reyes", "Luna", start="2022-06-03"),
         F("role", "Marco Bianchi", value="coach")],
        [("life.marry", {})],
    ),
    Article(
        "child-was-born-in", D1,
        "Comedian Tunde Bakare and his wife, Simi, have become parents for the first time. "
        "Their daughter, Ayo, was born in Lagos on April 2, Bakare wrote on Instagram.",
        [E("family.child", {"parent": "Tunde Bakare", "child": "Ayo"}, "2024-04-02")],
        [F("parent", "Tunde Bakare", "Ayo", start="2024-04-02"), F("spouse", "Tunde Bakare", "Simi")],
        [("life.marry", {})],
    ),
    Article(
        "child-couple-share", D2,
        "Rally driver Elif Demir and her husband, Can Yilmaz, live in Izmir. "
        "The couple share three children, Deniz, Mert and Ela.",
        [E("family.child", {"parent": "Elif Demir", "child": "Deniz"}),
         E("family.child", {"parent": "Elif Demir", "child": "Ela"})],
        [F("spouse", "Elif Demir", "Can Yilmaz"), F("parent", "Elif Demir", "Deniz"), F("parent", "Elif Demir", "Mert"),
         F("parent", "Can Yilmaz", "Ela")],
        [("life.marry", {})],
    ),
    Article(
        "child-whose-daughter", D3,
        "Sebastian Rojas, whose daughter Valentina plays for the national team, coached at Club Atletico Norte for 20 years.",
        [E("family.child", {"parent": "Sebastian Rojas", "child": "Valentina"})],
        [F("parent", "Sebastian Rojas", "Valentina"),
         F("employee", "Sebastian Rojas", "Club Atletico Norte", end=[PAST, None])],
    ),
    Article(
        "child-mother-of-two", D1,
        "Author Hilde Berg, a mother of two, runs the publishing house with her sons, Nils and Erik.",
        [E("family.child", {"parent": "Hilde Berg", "child": "Nils"})],
        [F("parent", "Hilde Berg", "Nils"), F("parent", "Hilde Berg", "Erik")],
    ),
    Article(
        "child-second-child-with", D2,
        "Lily Chen welcomed her second child, a son named Theo, with her husband James Park on October 12. "
        "The pair married in 2019.",
        [E("family.child", {"parent": "Lily Chen", "child": "Theo"}, "2023-10-12"),
         E("life.marry", {"agent": "Lily Chen", "partner": "James Park"}, "2019")],
        [F("parent", "Lily Chen", "Theo", start="2023-10-12"), F("parent", "James Park", "Theo", start="2023-10-12"),
         F("spouse", "Lily Chen", "James Park", start="2019")],
    ),
    Article(
        "child-obituary-sons", D3,
        "Margaret O'Neill, the first woman to chair the Dunmore Harbour Board, has died aged 91. "
        "She is survived by her sons, Patrick and Declan, and six grandchildren. Her husband, Sean, died in 2009.",
        [E("life.die", {"agent": "Margaret O'Neill"}),
         E("life.die", {"agent": "Sean"}, "2009"),
         E("family.child", {"parent": "Margaret O'Neill", "child": "Patrick"})],
        [F("parent", "Margaret O'Neill", "Patrick"), F("parent", "Margaret O'Neill", "Declan"),
         F("spouse", "Margaret O'Neill", "Sean", end="2009")],
        [("life.marry", {})],
    ),
    Article(
        "child-son-with", D1,
        "Boxer Kofi Mensah has retired at 40. "
        "Mensah's son with the singer Ama Owusu, Kwesi, was born in 2015.",
        [E("family.child", {"parent": "Kofi Mensah", "child": "Kwesi"}, "2015")],
        [F("parent", "Kofi Mensah", "Kwesi", start="2015"), F("parent", "Ama Owusu", "Kwesi", start="2015")],
    ),
    Article(
        "child-twins", D2,
        "Hugo Lefevre and Camille Roux became parents to twins, Jules and Lea, in Lyon in September.",
        [E("family.child", {"parent": "Hugo Lefevre", "child": "Jules"}, "2023-09"),
         E("family.child", {"parent": "Camille Roux", "child": "Lea"}, "2023-09")],
        [F("parent", "Hugo Lefevre", "Jules", start="2023-09"), F("parent", "Camille Roux", "Lea", start="2023-09")],
    ),
    # ------------------------------------------------------------ report.interview
    Article(
        "interview-told-outlet", D1,
        "Ayesha Siddiqui told the Evening Courier that she had no plans to leave the club. "
        "Siddiqui, 34, has captained Harrowgate since 2021.",
        [E("report.interview", {"agent": "Ayesha Siddiqui"})],
    ),
    Article(
        "interview-speaking-to", D2,
        "Speaking to the BBC on Wednesday, Health Minister Rangi Parata defended the cuts.",
        [E("report.interview", {"agent": "Rangi Parata"}, "2023-11-01")],
        [F("role", "Rangi Parata", value="health minister")],
    ),
    Article(
        "interview-in-an-interview", D3,
        "In an interview with The Atlantic Review published in August, physicist Ingrid Halvorsen said the experiment had been rushed.",
        [E("report.interview", {"agent": "Ingrid Halvorsen"}, "2022-08")],
        [F("role", "Ingrid Halvorsen", value="physicist")],
    ),
    Article(
        "interview-opened-up", D1,
        "Director Kazuo Tanaka opened up to Screen Weekly about the failure of his last film.",
        [E("report.interview", {"agent": "Kazuo Tanaka"})],
        [F("role", "Kazuo Tanaka", value="director")],
    ),
    Article(
        "interview-quote-told", D2,
        "\"We were never close,\" Bianca Ferraro told Rolling Stone last month. "
        "The singer, 31, has not spoken to her sister since 2019.",
        [E("report.interview", {"agent": "Bianca Ferraro"}, "2023-10")],
    ),
    Article(
        "interview-radio", D3,
        "Mayor Diego Salazar said in an interview with Radio Sur on Tuesday that the stadium would be finished by 2024.",
        [E("report.interview", {"agent": "Diego Salazar"}, "2022-09-20")],
        [F("role", "Diego Salazar", value="mayor")],
    ),
    Article(
        "interview-sat-down", D1,
        "Chief executive Aurora Lindqvist sat down with the Financial Ledger to discuss the merger. "
        "Lindqvist, 52, has run Velora since 2018.",
        [E("report.interview", {"agent": "Aurora Lindqvist"})],
        [F("role", "Aurora Lindqvist", value="chief executive", start="2018")],  # the chief executive who has run it since 2018
    ),
    Article(
        "interview-gave-an-interview", D2,
        "Former finance minister Anand Patel gave an interview to the Morning Herald on Monday in which he apologised.",
        [E("report.interview", {"agent": "Anand Patel"}, "2023-10-30")],
        [F("role", "Anand Patel", value="finance minister", end=PAST)],
    ),
    Article(
        "interview-asked-by", D1,
        "Asked by the Daily Sentinel about the allegations, Senator Ruth Okonjo said she had done nothing wrong.",
        [E("report.interview", {"agent": "Ruth Okonjo"})],
        [F("role", "Ruth Okonjo", value="senator")],
    ),
    Article(
        "interview-podcast", D2,
        "In a podcast interview with Tim Farrow released on Tuesday, the actor Lim Jae-won revealed that he had quietly left the band.",
        [E("report.interview", {"agent": "Lim Jae-won"}, "2023-10-31")],
        [F("role", "Lim Jae-won", value="actor")],
    ),
    Article(
        "interview-told-paper-pronoun", D3,
        "Olga Ivanova has run the shelter for a decade. She told the Northern Echo on Monday that donations had halved.",
        [E("report.interview", {"agent": "Olga Ivanova"}, "2022-09-19")],
    ),
    # ------------------------------------------------------------ employee, member, role
    Article(
        "role-club-players", D1,
        "Halden Rovers midfielder Ciaran Doyle has been ruled out for six weeks with a knee injury. "
        "The club's captain, Sam Okoro, said the squad would miss him.",
        [],
        [F("member", "Ciaran Doyle", "Halden Rovers"), F("member", "Sam Okoro", "Halden Rovers"),
         F("role", "Sam Okoro", value="captain")],
    ),
    Article(
        "role-senior-partner", D2,
        "Beatriz Nunes, a senior partner at the law firm Carvalho Reis, represented the family.",
        [],
        [F("employee", "Beatriz Nunes", "Carvalho Reis"), F("role", "Beatriz Nunes", value="senior partner")],
    ),
    Article(
        "role-nurse-at", D3,
        "Ewa Nowak, 37, a nurse at St Luke's Hospital in Krakow, was among those honoured.",
        [],
        [F("employee", "Ewa Nowak", "St Luke's Hospital"), F("role", "Ewa Nowak", value="nurse"),
         F("age", "Ewa Nowak", value="37")],
    ),
    Article(
        "role-worked-since", D1,
        "Thandiwe Zulu, who has worked at Keller Logistics since 2016, was promoted to regional manager last month.",
        [E("career.appoint", {"patient": "Thandiwe Zulu", "role": "regional manager"}, "2024-04")],
        [F("employee", "Thandiwe Zulu", "Keller Logistics", start="2016"),
         F("role", "Thandiwe Zulu", value="regional manager", start="2024-04")],
    ),
    Article(
        "role-cfo-of", D2,
        "Arjun Mehra, the chief financial officer of Solace Energy, will step down next year, the company said.",
        [E("career.resign", {"agent": "Arjun Mehra"}, "2024")],
        [F("role", "Arjun Mehra", value="chief financial officer", end=[None, "2024"]),
         F("employee", "Arjun Mehra", "Solace Energy", end=[None, "2024"])],
    ),
    Article(
        "role-plays-for", D3,
        "Fullback Jamal Carter, who plays for the Denton Hawks, was named in the national squad on Monday.",
        [],
        [F("member", "Jamal Carter", "Denton Hawks")],
        [("career.appoint", {})],
    ),
    Article(
        "role-possessive-head", D1,
        "Linnea Sjoberg, Brightwater's head of marketing, left the company in March after nine years.",
        [],
        [F("role", "Linnea Sjoberg", value="head of marketing", end="2024-03"),
         F("employee", "Linnea Sjoberg", "Brightwater", start=["2015", None], end="2024-03")],
    ),
    Article(
        "role-spent-years-at", D2,
        "Veteran reporter Abdul Rahman, who spent 30 years at the Gulf Tribune, has retired.",
        [E("career.retire", {"agent": "Abdul Rahman"}, [None, "2023-11-03"])],
        [F("employee", "Abdul Rahman", "Gulf Tribune", end=[PAST, None, "2023-11-03"]),
         F("role", "Abdul Rahman", value="reporter", end=[PAST, None, "2023-11-03"])],
    ),
    Article(
        "role-member-of-party", D3,
        "Camila Torres, a member of the Green Alliance, sits on the city council.",
        [],
        [F("member", "Camila Torres", "Green Alliance")],
    ),
    Article(
        "role-professor-at", D1,
        "Oskar Lind, a professor of economics at Uppsala University, led the study.",
        [],
        [F("employee", "Oskar Lind", "Uppsala University"), F("role", "Oskar Lind", value="professor of economics")],
    ),
    Article(
        "role-staff-of-company", D2,
        "Software engineer Yuki Tanabe, 29, has worked for Nexora since 2020. "
        "Tanabe and two colleagues built the company's payment system.",
        [],
        [F("employee", "Yuki Tanabe", "Nexora", start="2020"), F("role", "Yuki Tanabe", value="software engineer")],
    ),
    # ------------------------------------------------------------ marriages: told, and only mentioned
    Article(
        "marry-told", D1,
        "Ji-woo Han and Daniel Brooks married in a small ceremony in Seoul on Saturday, a year after getting engaged.",
        [E("life.marry", {"agent": "Ji-woo Han", "partner": "Daniel Brooks", "place": "Seoul"}, "2024-05-11")],
        [F("spouse", "Ji-woo Han", "Daniel Brooks", start="2024-05-11")],
    ),
    Article(
        "marry-her-husband", D1,
        "Harriet Cole and her husband, Tom Ashby, attended the gala in Boston on Saturday.",
        [],
        [F("spouse", "Harriet Cole", "Tom Ashby")],
        [("life.marry", {})],
    ),
    Article(
        "marry-possessive-husband", D2,
        "Ines Garnier's husband, the banker Lucas Moreau, declined to comment.",
        [],
        [F("spouse", "Ines Garnier", "Lucas Moreau"), F("role", "Lucas Moreau", value="banker")],
        [("life.marry", {})],
    ),
    Article(
        "marry-is-married-with", D3,
        "Priyanka Das, who is married with three children, runs a bakery in Leeds.",
        [],
        [],
        [("life.marry", {}), ("family.child", {})],
    ),
    Article(
        "marry-daughters-wedding", D1,
        "Nora Lindgren and her husband, Erik, hosted their daughter's wedding in Stockholm on Saturday.",
        [],
        [F("spouse", "Nora Lindgren", "Erik")],
        [("life.marry", {"agent": "Nora Lindgren"}), ("life.marry", {"agent": "Erik"})],
    ),
    Article(
        "marry-wife-of", D2,
        "The prize was presented by Amira Saleh, the wife of the ambassador Karim Saleh.",
        [],
        [F("spouse", "Amira Saleh", "Karim Saleh")],
        [("life.marry", {}), ("career.win", {"agent": "Amira Saleh"})],
    ),
    # ------------------------------------------------------------ other senses
    Article(
        "neg-won-approval", D1,
        "Developer Nikhil Rao won approval from the council on Tuesday to build 40 homes.",
        [], [], [("career.win", {})],
    ),
    Article(
        "neg-named-after", D2,
        "The new airport terminal was named after the aviator Clara Voss.",
        [], [], [("career.appoint", {})],
    ),
    Article(
        "neg-welcomed-decision", D3,
        "Tenant leader Fatima Zahra welcomed the decision, calling it a victory for renters.",
        [], [], [("family.child", {}), ("career.win", {})],
    ),
    Article(
        "neg-signed-lease", D1,
        "Harbour Logistics signed a lease on a warehouse in Rotterdam in January.",
        [], [], [("career.hire", {})],
    ),
    Article(
        "neg-told-reporters", D2,
        "Police chief Owen Price told reporters that a suspect had been arrested.",
        [], [F("role", "Owen Price", value="police chief")], [("report.interview", {})],
    ),
    Article(
        "neg-joined-protest", D3,
        "Julia Santos joined thousands of protesters outside parliament on Saturday.",
        [], [], [("career.hire", {})],
    ),
    Article(
        "neg-brought-in-rules", D1,
        "Mayor Martina Kovac brought in new rules for visitors after the incident.",
        [], [F("role", "Martina Kovac", value="mayor")], [("career.hire", {})],
    ),
    Article(
        "neg-lost-final", D2,
        "Valeria Greco lost the final to the defending champion on Sunday.",
        [], [], [("career.win", {"agent": "Valeria Greco"})],
    ),
    Article(
        "neg-took-over-building", D3,
        "Protesters took over the town hall in Marlow on Monday, the police said.",
        [], [], [("career.appoint", {})],
    ),
    Article(
        "neg-claimed-responsibility", D1,
        "A group calling itself the Red Dawn claimed responsibility for the attack.",
        [], [], [("career.win", {})],
    ),
]


# ---------------------------------------------------------------- running and scoring

KNOWN: dict[str, str] = {
    # appointments
    # hires
    "hire-hired-as:f2": "entity: 'Aerlink' typed PERSON",
    # wins
    "win-third-title:e1": "events: 'the crown she first took in 2021' (a relative clause on the object) is no win",
    "win-as-clause:e0": "entity: 'FA Trophy at Wembley' is one WORK entity, so no place",
    "win-as-clause:f0": "entity: 'Nwosu' typed NORP; no member fact from 'as <team> won'",
    # children and parents
    # interviews
    # employees, members, roles
    # other senses
}


@cache
def analysis_of(key: str) -> Analysis:
    article = BY_KEY[key]
    return analyze(article.text, article.dct)


BY_KEY = {a.key: a for a in ARTICLES}


def _items() -> list[Any]:
    out = []
    for article in ARTICLES:
        for kind, items in (("e", article.events), ("f", article.facts), ("n", article.absent)):
            for i in range(len(items)):
                item_id = f"{article.key}:{kind}{i}"
                marks = [pytest.mark.xfail(strict=True, reason=KNOWN[item_id])] if item_id in KNOWN else []
                out.append(pytest.param(article.key, kind, i, id=item_id, marks=marks))
    return out


def describe(analysis: Analysis) -> str:
    lines = []
    for event in analysis.events:
        if event.type:
            args = ", ".join(f"{a.role}={(analysis.entity(a.entity).name if a.entity else a.text)}" for a in event.args)
            lines.append(f"  event {event.type} {event.time} [{args}] '{event.text}'")
    for fact in analysis.facts:
        subject = analysis.entity(fact.subject)
        obj = analysis.entity(fact.object)
        lines.append(
            f"  fact {fact.relation} {subject.name if subject else '?'} -> {obj.name if obj else ''} {fact.value or ''} "
            f"{fact.valid_from}..{fact.valid_to}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize(("key", "kind", "index"), _items())
def test_article_item(key: str, kind: str, index: int) -> None:
    article = BY_KEY[key]
    analysis = analysis_of(key)
    if kind == "e":
        want = article.events[index]
        found = any(B.event_matches(want, event, analysis) for event in B.typed_events(analysis))
        assert found, f"missing event {want}\n{describe(analysis)}"
    elif kind == "f":
        want = article.facts[index]
        found = any(B.fact_matches(want, fact, analysis) for fact in analysis.facts)
        assert found, f"missing fact {want}\n{describe(analysis)}"
    else:
        kind_name, args = article.absent[index]
        spec = {"type": kind_name, "args": args, "time": None}
        wrong = [e for e in B.typed_events(analysis) if B.event_matches(spec, e, analysis, level="loose")]
        assert not wrong, f"unexpected {kind_name} {args}\n{describe(analysis)}"


def test_expectations_are_well_formed() -> None:
    """Every name an expectation uses is in its article, and every type and relation is known."""
    assert len(ARTICLES) >= 80 and len(BY_KEY) == len(ARTICLES)
    for article in ARTICLES:
        low = article.text.lower()
        for event in article.events:
            assert event["type"] in B.EVENT_TYPES, article.key
            for role, name in event["args"].items():
                assert role in B.ROLES and all(n.lower() in low for n in B.options(name)), (article.key, role, name)
        for fact in article.facts:
            assert fact["relation"] in B.RELATIONS, article.key
            for key in ("subject", "object", "value"):
                if key in fact and not (key == "value" and fact["relation"] in ("age", "birth_year")):
                    assert fact[key].lower() in low, (article.key, key, fact[key])
        for kind_name, _ in article.absent:
            assert kind_name in B.EVENT_TYPES, article.key
