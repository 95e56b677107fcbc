"""Challenge set: entities on invented names, through the whole pipeline.

Short invented news snippets (names from many languages; organisations with and without
suffixes; invented and real towns; works in quotes and without; titles, roles and ages; surnames
reused; first names alone in quotes; role nouns after several candidates).  The expectations were
written before the system was run on them.  Each check is one test:

- ("type", MENTION, TYPES): the entity holding MENTION has one of TYPES, and its name or one of its
  mentions contains MENTION's whole text (the benchmark matches arguments that way);
- ("same", M1, M2, ...): every mention belongs to one and the same entity;
- ("apart", M1, M2): both are entities, and not the same one;
- ("alone", M): M is joined to no named entity (conservative: no antecedent can be singled out);
- ("group", M, [N1, N2]): M is a group whose members are the entities of N1 and N2.

A MENTION is a string found in the text (case-sensitive, whole words); "Text#2" is its third
occurrence.  Known failures are strict xfails (see KNOWN), so the file is green and a fix shows.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest

from dateline import pipeline
from dateline.extract.entities import entity_for_span
from dateline.model import Analysis, Entity

DCT = "2024-03-12"
PERSON, ORG, GPE, WORK = {"PERSON"}, {"ORG"}, {"GPE"}, {"WORK"}
ORG_OR_FAC = {"ORG", "FAC"}
PLACE = {"GPE", "LOC"}

CASES: dict[str, tuple[str, list[tuple[Any, ...]]]] = {
    "harrow_mills": (
        "Harrow Mills will close its plant in Oskarvik next spring, cutting 340 jobs. "
        "The company said demand for its yarn had collapsed.",
        [("type", "Harrow Mills", ORG), ("type", "Oskarvik", PLACE), ("same", "Harrow Mills", "The company")]),
    "banco": (
        "Banco Ferreira reported a 12 percent rise in profit on Thursday. "
        "The bank's chief executive, Marta Quintela, said lending to small firms had doubled.",
        [("type", "Banco Ferreira", ORG), ("type", "Marta Quintela", PERSON), ("same", "Banco Ferreira", "The bank")]),
    "ministry": (
        "The Ministry of Ports announced on Monday that dredging at Port Halden would resume in May. "
        "A spokesman for the ministry said the work would cost 40 million euros.",
        [("type", "Ministry of Ports", ORG), ("type", "Port Halden", PLACE),
         ("same", "Ministry of Ports", "the ministry")]),
    "kestrel_fc": (
        "Kestrel FC have appointed Tomasz Wierzbicki as head coach. "
        "The club, who finished 14th last season, said Wierzbicki would take charge on July 1.",
        [("type", "Kestrel FC", ORG), ("type", "Tomasz Wierzbicki", PERSON),
         ("same", "Tomasz Wierzbicki", "Wierzbicki#1"), ("same", "Kestrel FC", "The club")]),
    "st_brigid": (
        "Dr. Nkechi Eze, a cardiologist at Saint Brigid's Hospital in Marrowfield, has been named its medical "
        "director. Eze joined the hospital in 2009.",
        [("type", "Nkechi Eze", PERSON), ("type", "Saint Brigid's Hospital", ORG_OR_FAC), ("type", "Marrowfield", PLACE),
         ("same", "Nkechi Eze", "Eze#1"), ("same", "Saint Brigid's Hospital", "the hospital")]),
    "judge": (
        "Judge Aurelio Bastida sentenced the former mayor of Castelmoro to six years in prison on Friday. "
        "Bastida said the defendant had shown no remorse.",
        [("type", "Aurelio Bastida", PERSON), ("type", "Castelmoro", PLACE), ("same", "Aurelio Bastida", "Bastida#1")]),
    "coach": (
        "Coach Kwame Asante said his players were exhausted after the 3-2 defeat to Northgate Rovers. "
        "Asante, 47, has been in charge since 2021.",
        [("type", "Kwame Asante", PERSON), ("type", "Northgate Rovers", ORG), ("same", "Kwame Asante", "Asante#1", "his")]),
    "keogh_age": (
        "Siobhan Keogh, 54, a nurse from Ballyrone, was elected to the county council on Saturday. "
        "The 54-year-old said she would fight to keep the local clinic open.",
        [("type", "Siobhan Keogh", PERSON), ("type", "Ballyrone", PLACE),
         ("same", "Siobhan Keogh", "The 54-year-old", "she")]),
    "carrasco_long_pp": (
        "After a decade of running the family vineyard on the slopes above Santa Ileana, Lucia Carrasco sold the "
        "estate to a French group last month. Carrasco said she would now focus on painting.",
        [("type", "Lucia Carrasco", PERSON), ("type", "Santa Ileana", PLACE),
         ("same", "Lucia Carrasco", "Carrasco#1", "she")]),
    "sokolov_long_pp": (
        "In a statement released by his lawyers late on Tuesday evening, Dmitri Sokolov denied all the charges. "
        "Sokolov is due to appear in court next month.",
        [("type", "Dmitri Sokolov", PERSON), ("same", "Dmitri Sokolov", "Sokolov#1")]),
    "veltrix_based": (
        "Tampere-based Veltrix Labs has raised $40 million from investors. "
        "Veltrix, founded in 2017 by Aino Virtanen, makes sensors for wind turbines.",
        [("type", "Tampere", PLACE), ("type", "Veltrix Labs", ORG), ("same", "Veltrix Labs", "Veltrix#1"),
         ("type", "Aino Virtanen", PERSON)]),
    "open_harbour": (
        "The Brennach-based charity Open Harbour has opened a second shelter for homeless teenagers. "
        "Open Harbour was founded in 2012 by Callum Fraser, a former social worker.",
        [("type", "Brennach", PLACE), ("type", "Open Harbour", ORG), ("same", "Open Harbour", "Open Harbour#1"),
         ("type", "Callum Fraser", PERSON)]),
    "zephyra_verbs": (
        "Zephyra cut 200 jobs on Wednesday and said it would close its warehouse in Leeds. "
        "Shares in Zephyra fell 8 percent.",
        [("type", "Zephyra", ORG), ("type", "Leeds", PLACE), ("same", "Zephyra", "Zephyra#1", "its")]),
    "quillon_possessive": (
        "Quillon's board approved the sale of its consumer division to Marrow Street Capital for $1.2 billion. "
        "Quillon's shares rose 5 percent in early trading.",
        [("type", "Quillon", ORG), ("type", "Marrow Street Capital", ORG), ("same", "Quillon", "Quillon#1")]),
    "ferreira_namesake": (
        "Banco Ferreira has hired Joao Ferreira, no relation to the bank's founders, as its chief economist. "
        "Ferreira previously worked at the central bank.",
        [("type", "Banco Ferreira", ORG), ("type", "Joao Ferreira", PERSON), ("apart", "Banco Ferreira", "Joao Ferreira"),
         ("same", "Joao Ferreira", "Ferreira#2")]),
    "salt_orchard": (
        'The novelist Eleni Papadakis will publish "The Salt Orchard" in September. '
        "The novel follows three sisters on a Greek island.",
        [("type", "Eleni Papadakis", PERSON), ("type", "The Salt Orchard", WORK),
         ("same", "The Salt Orchard", "The novel")]),
    "northern_lanterns": (
        "Haruki Tanabe's new film Northern Lanterns premiered at the festival in Busan on Sunday. "
        "The film stars Mariel Dizon as a lighthouse keeper.",
        [("type", "Haruki Tanabe", PERSON), ("type", "Northern Lanterns", WORK), ("type", "Busan", PLACE),
         ("type", "Mariel Dizon", PERSON), ("same", "Northern Lanterns", "The film")]),
    "quiet_engines": (
        "Singer Amani Mwangi released her third album, Quiet Engines, on Friday. "
        "Mwangi recorded the album in Nairobi over two years.",
        [("type", "Amani Mwangi", PERSON), ("type", "Quiet Engines", WORK), ("type", "Nairobi", PLACE),
         ("same", "Amani Mwangi", "Mwangi#1", "her"), ("same", "Quiet Engines", "the album")]),
    "priya_quote": (
        "Priya Raghunathan and her brother Arjun run the bakery their parents opened in 1988. "
        '"Priya does the books and I do the bread," Arjun said.',
        [("type", "Priya Raghunathan", PERSON), ("same", "Priya Raghunathan", "Priya#1"), ("type", "Arjun", PERSON),
         ("same", "Arjun", "Arjun#1"), ("apart", "Priya Raghunathan", "Arjun#1")]),
    "haddad_quote": (
        "Yusuf Haddad, who founded the Haddad Foundation with his wife Leila, died on Monday. "
        '"Yusuf was a generous man," Leila said in a statement.',
        [("type", "Yusuf Haddad", PERSON), ("type", "Haddad Foundation", ORG), ("same", "Yusuf Haddad", "Yusuf#1"),
         ("apart", "Haddad Foundation", "Yusuf Haddad"), ("same", "Leila", "Leila#1")]),
    "dunmore_acquirer": (
        "Dunmore Freight said on Monday it had agreed to buy Kessling Logistics, a smaller rival, for $300 million. "
        "The company expects the deal to close by June.",
        [("type", "Dunmore Freight", ORG), ("type", "Kessling Logistics", ORG),
         ("same", "Dunmore Freight", "The company")]),
    "firm_restrictive": (
        "Orrin & Castell and Bexley Hart are both bidding for the contract. "
        "The firm that wins will build a new bridge over the river.",
        [("type", "Orrin & Castell", ORG), ("type", "Bexley Hart", ORG), ("alone", "The firm")]),
    "calder_club": (
        "Calder Athletic signed the midfielder Emre Yildiz from a Turkish side on Tuesday. "
        "His agent, Tarik Oz, said the shirt sponsor Pallas Biotech had helped fund the deal. "
        "The club paid a reported 4 million euros.",
        [("type", "Calder Athletic", ORG), ("type", "Emre Yildiz", PERSON), ("type", "Tarik Oz", PERSON),
         ("type", "Pallas Biotech", ORG), ("same", "Calder Athletic", "The club")]),
    "st_ursula": (
        "Galen Pharma will supply the new cancer drug to Saint Ursula's Hospital in Winnipeg under a deal signed "
        "on Friday. The hospital said the first patients would be treated in April.",
        [("type", "Galen Pharma", ORG), ("type", "Saint Ursula's Hospital", ORG_OR_FAC), ("type", "Winnipeg", PLACE),
         ("same", "Saint Ursula's Hospital", "The hospital")]),
    "couple_porto": (
        "Actors Sanne de Vries and Callum Reid married in a small ceremony in Porto on Saturday. "
        "The couple met on the set of a television drama in 2019.",
        [("type", "Sanne de Vries", PERSON), ("type", "Callum Reid", PERSON), ("type", "Porto", PLACE),
         ("group", "The couple", ["Sanne de Vries", "Callum Reid"])]),
    "bekele_husband": (
        "Tsion Bekele, who runs a coffee export business in Addis Ababa, hired the lawyer Hanna Girma last year. "
        "Her husband, Dawit Bekele, is a partner in the firm.",
        [("type", "Tsion Bekele", PERSON), ("type", "Hanna Girma", PERSON), ("type", "Addis Ababa", PLACE),
         ("same", "Dawit Bekele", "husband"), ("apart", "Tsion Bekele", "Dawit Bekele"), ("alone", "the firm")]),
    "balogh_husband": (
        "Zsofia Balogh, the Hungarian swimmer, married Gergely Nagy in Budapest in 2019. "
        "Her husband now coaches the national team.",
        [("type", "Zsofia Balogh", PERSON), ("type", "Gergely Nagy", PERSON), ("type", "Budapest", PLACE),
         ("same", "Gergely Nagy", "husband"), ("same", "Zsofia Balogh", "Her")]),
    "brightwater_sues": (
        "Brightwater Insurance sued Korvan Energy on Monday over a pipeline leak near Lindqvale. "
        "The firm says Korvan ignored repeated safety warnings.",
        [("type", "Brightwater Insurance", ORG), ("type", "Korvan Energy", ORG), ("type", "Lindqvale", PLACE),
         ("same", "Brightwater Insurance", "The firm"), ("same", "Korvan Energy", "Korvan#1")]),
    "robles_mayor": (
        "Mayor Ximena Robles of Valdoria said the city would build 2,000 homes by 2027. "
        "Robles was re-elected in November.",
        [("type", "Ximena Robles", PERSON), ("type", "Valdoria", PLACE), ("same", "Valdoria", "the city"),
         ("same", "Ximena Robles", "Robles#1")]),
    "ravensholt_town": (
        "Flooding cut off the town of Ravensholt for three days last week. "
        "Residents of Ravensholt said the river rose faster than in 1998.",
        [("type", "Ravensholt", PLACE), ("same", "Ravensholt", "Ravensholt#1")]),
    "kellbridge_police": (
        "Police in Kellbridge arrested a 19-year-old man on Sunday after a fire at a warehouse in Pinecrest Falls.",
        [("type", "Kellbridge", PLACE), ("type", "Pinecrest Falls", PLACE)]),
    "gdansk_city": (
        "Gdansk will host the European rowing championships in 2026, officials said. "
        "The city last hosted the event in 1997.",
        [("type", "Gdansk", PLACE), ("same", "Gdansk", "The city")]),
    "dizon_teacher": (
        "Mariel Dizon, a 31-year-old teacher from Cebu, won the national spelling bee for adults on Saturday. "
        "Dizon said she had practised every night for a year.",
        [("type", "Mariel Dizon", PERSON), ("type", "Cebu", PLACE), ("same", "Mariel Dizon", "Dizon#1", "she")]),
    "park_korean": (
        "Park Ji-won, the chief executive of Hanseong Motors, resigned on Friday. "
        "Park said he took responsibility for the recall.",
        [("type", "Park Ji-won", PERSON), ("type", "Hanseong Motors", ORG), ("same", "Park Ji-won", "Park#1", "he")]),
    "nguyen_vietnamese": (
        "Nguyen Thi Lan opened her first restaurant in Hanoi in 2015. "
        "Lan, who trained in Paris, now runs six restaurants across Vietnam.",
        [("type", "Nguyen Thi Lan", PERSON), ("same", "Nguyen Thi Lan", "Lan#1"), ("type", "Hanoi", PLACE),
         ("type", "Paris", PLACE)]),
    "de_vries_particle": (
        "Sanne de Vries was appointed chair of the Dutch Rowing Federation on Monday. "
        "De Vries, 44, won Olympic silver in 2004.",
        [("type", "Sanne de Vries", PERSON), ("type", "Dutch Rowing Federation", ORG),
         ("same", "Sanne de Vries", "De Vries")]),
    "osullivan_kilmore": (
        "Padraig O'Sullivan, the chief executive of Kilmore Dairies, said the cooperative would pay farmers more "
        "for milk. O'Sullivan has led Kilmore since 2018.",
        [("type", "Padraig O'Sullivan", PERSON), ("type", "Kilmore Dairies", ORG),
         ("same", "Kilmore Dairies", "Kilmore#1"), ("same", "Padraig O'Sullivan", "O'Sullivan#1")]),
    "nfa_acronym": (
        "The National Fisheries Authority (NFA) fined three trawler owners on Thursday. "
        "The NFA said the boats had fished inside a protected zone.",
        [("type", "National Fisheries Authority", ORG), ("same", "National Fisheries Authority", "NFA", "NFA#1")]),
    "castelmoro_university": (
        "Researchers at the University of Castelmoro have found a new species of frog. "
        "The university said the frog was discovered by a student, Bruno Ferri.",
        [("type", "University of Castelmoro", ORG), ("same", "University of Castelmoro", "The university"),
         ("type", "Bruno Ferri", PERSON)]),
    "zielinski_mayor": (
        "Wojciech Zielinski, a former miner, has been elected mayor of Rybnik. "
        "Zielinski, 61, promised to reopen the town's swimming pool.",
        [("type", "Wojciech Zielinski", PERSON), ("type", "Rybnik", PLACE),
         ("same", "Wojciech Zielinski", "Zielinski#1")]),
    "tessaly_airline": (
        "A spokeswoman for Tessaly Airways said the airline would cancel 40 flights on Friday because of a strike "
        "by pilots.",
        [("type", "Tessaly Airways", ORG), ("same", "Tessaly Airways", "the airline")]),
    "farahani_cfo": (
        "Korvan Energy announced on Tuesday that Shirin Farahani would become its chief financial officer in April. "
        "Farahani joins from Galen Pharma.",
        [("type", "Korvan Energy", ORG), ("type", "Shirin Farahani", PERSON), ("type", "Galen Pharma", ORG),
         ("same", "Shirin Farahani", "Farahani#1"), ("same", "Korvan Energy", "its")]),
    "mensah_family": (
        "Kofi Mensah and his daughter Abena Mensah both ran in the Accra marathon on Sunday. "
        "Abena finished fourth; her father finished 212th.",
        [("type", "Kofi Mensah", PERSON), ("type", "Abena Mensah", PERSON), ("apart", "Kofi Mensah", "Abena Mensah"),
         ("same", "Abena Mensah", "Abena#1"), ("same", "Kofi Mensah", "her father")]),
    "mori_textiles": (
        "Mr. Takeshi Mori, 72, the founder of Mori Textiles, died on Saturday in Osaka. "
        "Mr. Mori had led the company for four decades.",
        [("type", "Takeshi Mori", PERSON), ("type", "Mori Textiles", ORG), ("apart", "Takeshi Mori", "Mori Textiles"),
         ("same", "Takeshi Mori", "Mori#2"), ("same", "Mori Textiles", "the company"), ("type", "Osaka", PLACE)]),
    "novotny_possessive": (
        "Radek Novotny's lawyers said on Monday that he would appeal the verdict. "
        "Novotny, a former Prague city councillor, was convicted of bribery in March.",
        [("type", "Radek Novotny", PERSON), ("same", "Radek Novotny", "Novotny#1", "he")]),
    "pereira_minister": (
        "Speaking at a press conference in the northern port city of Halvik on Thursday, Interior Minister "
        "Gustavo Pereira said the border would reopen.",
        [("type", "Gustavo Pereira", PERSON), ("type", "Halvik", PLACE)]),
    "okoye_bright": (
        "Speaking to reporters outside the court, Tamsin Okoye-Bright said she felt vindicated.",
        [("type", "Tamsin Okoye-Bright", PERSON), ("same", "Tamsin Okoye-Bright", "she")]),
    "paper_moons": (
        'The song "Paper Moons" by the band Lantern Crows topped the charts in Ireland for six weeks.',
        [("type", "Paper Moons", WORK), ("type", "Lantern Crows", ORG), ("type", "Ireland", PLACE)]),
    "ferri_play": (
        "Gianluca Ferri's play A Winter in Corvo opens at the National Theatre in London in May. "
        "Ferri wrote the play after his father's death.",
        [("type", "Gianluca Ferri", PERSON), ("type", "A Winter in Corvo", WORK), ("same", "Gianluca Ferri", "Ferri#1"),
         ("same", "A Winter in Corvo", "the play")]),
    "borrowed_rooms": (
        "In her memoir, Borrowed Rooms, the actress Sigrun Hallsdottir describes growing up in Reykjavik. "
        "Hallsdottir, 58, wrote the book over five years.",
        [("type", "Borrowed Rooms", WORK), ("type", "Sigrun Hallsdottir", PERSON), ("type", "Reykjavik", PLACE),
         ("same", "Sigrun Hallsdottir", "Hallsdottir#1"), ("same", "Borrowed Rooms", "the book")]),
    "horak_police": (
        "Officers from the Ostrov Police Department arrested Milan Horak, 33, on Friday. "
        "Horak is accused of stealing medicines from the Linden Clinic where he worked.",
        [("type", "Ostrov Police Department", ORG), ("type", "Milan Horak", PERSON), ("type", "Linden Clinic", ORG_OR_FAC),
         ("same", "Milan Horak", "Horak#1", "he")]),
    "camilleri_court": (
        "The High Court in Valletta ruled on Wednesday that Joseph Camilleri must repay the money. "
        "Camilleri said he would appeal.",
        [("type", "Joseph Camilleri", PERSON), ("type", "Valletta", PLACE),
         ("same", "Joseph Camilleri", "Camilleri#1", "he")]),
    "okafor_age_two": (
        "Amara Okafor, 54, will replace Felix Brandt as chair of Northwind Bank. "
        "Brandt, 67, is retiring. The 54-year-old joined the bank in 1995.",
        [("type", "Amara Okafor", PERSON), ("type", "Felix Brandt", PERSON), ("type", "Northwind Bank", ORG),
         ("same", "Amara Okafor", "The 54-year-old"), ("same", "Felix Brandt", "Brandt#1"),
         ("same", "Northwind Bank", "the bank")]),
    "singer_ambiguous": (
        "Lucia Moreno and Ana Belen Ruiz both performed at the festival in Seville. "
        "The singer said she was exhausted.",
        [("type", "Lucia Moreno", PERSON), ("type", "Ana Belen Ruiz", PERSON), ("alone", "The singer")]),
    "vasile_firm": (
        "The lawyer Ioana Marin, a partner at the firm Vasile & Dumitru, said the contract was void. "
        "The firm represents the city of Brasov.",
        [("type", "Ioana Marin", PERSON), ("type", "Vasile & Dumitru", ORG), ("type", "Brasov", PLACE),
         ("same", "Vasile & Dumitru", "The firm")]),
    "adeyemi_florence": (
        "Florence Adeyemi, a chemist at Lagos University Teaching Hospital, won a national science prize on Tuesday. "
        "Adeyemi said the prize money would fund a new laboratory.",
        [("type", "Florence Adeyemi", PERSON), ("type", "Lagos University Teaching Hospital", ORG_OR_FAC),
         ("same", "Florence Adeyemi", "Adeyemi#1")]),
    "whitaker_jordan": (
        "Jordan Whitaker scored twice as Calder Athletic beat Kestrel FC 3-1 on Saturday. "
        "Whitaker has now scored 14 goals this season.",
        [("type", "Jordan Whitaker", PERSON), ("type", "Calder Athletic", ORG), ("type", "Kestrel FC", ORG),
         ("same", "Jordan Whitaker", "Whitaker#1")]),
    "port_halden_united": (
        "Port Halden United sacked their manager, Emeka Nwosu, after a 5-0 defeat. "
        "The club are bottom of the league.",
        [("type", "Port Halden United", ORG), ("type", "Emeka Nwosu", PERSON), ("same", "Port Halden United", "The club")]),
    "marrowfield_group": (
        "Marrowfield Group, the conglomerate controlled by the Achterberg family, has agreed to sell its hotels. "
        "The group said the sale would raise 900 million euros.",
        [("type", "Marrowfield Group", ORG), ("same", "Marrowfield Group", "The group")]),
    "khalid_qaswa": (
        "Khalid bin Rashid, the chairman of Qaswa Holdings, said the company would list its shares in Dubai next "
        "year. Khalid said the listing would value Qaswa at $8 billion.",
        [("type", "Khalid bin Rashid", PERSON), ("type", "Qaswa Holdings", ORG), ("same", "Khalid bin Rashid", "Khalid#1"),
         ("same", "Qaswa Holdings", "the company"), ("same", "Qaswa Holdings", "Qaswa#1"), ("type", "Dubai", PLACE)]),
    "marguerite_quotes": (
        '"Marguerite", the debut film of the director Anouk Lefevre, won the top prize at the festival in Venice. '
        "The film tells the story of a widow in Brittany.",
        [("type", "Marguerite", WORK), ("type", "Anouk Lefevre", PERSON), ("same", "Marguerite", "The film")]),
    "brennan_nurse": (
        "Staff at St. Columba's Hospital in Kellbridge held a vigil for the nurse Aoife Brennan, who died in a crash "
        "on Sunday. Brennan, 29, had worked at the hospital for six years.",
        [("type", "St. Columba's Hospital", ORG_OR_FAC), ("type", "Aoife Brennan", PERSON), ("type", "Kellbridge", PLACE),
         ("same", "Aoife Brennan", "Brennan#1"), ("same", "St. Columba's Hospital", "the hospital")]),
    "moss_title": (
        "Geraldine Moss and her son, Patrick Moss, were both charged with fraud. "
        "Mrs. Moss, 63, denied the charges.",
        [("type", "Geraldine Moss", PERSON), ("type", "Patrick Moss", PERSON), ("apart", "Geraldine Moss", "Patrick Moss"),
         ("same", "Geraldine Moss", "Moss#2"), ("same", "Patrick Moss", "son")]),
    "siam_lotus": (
        "Thai retailer Siam Lotus Mart said Somchai Wongsakul would step down as chairman. "
        "Wongsakul founded the chain in 1994.",
        [("type", "Siam Lotus Mart", ORG), ("type", "Somchai Wongsakul", PERSON),
         ("same", "Somchai Wongsakul", "Wongsakul#1"), ("same", "Siam Lotus Mart", "the chain")]),
    "faleolo_minister": (
        "Agriculture Minister Leota Faleolo visited farms hit by the cyclone on Monday. "
        "The minister promised compensation within a month.",
        [("type", "Leota Faleolo", PERSON), ("same", "Leota Faleolo", "The minister")]),
    "aldermoor_maker": (
        "Aldermoor, the Swedish furniture maker, said on Friday it would open 12 stores in India.",
        [("type", "Aldermoor", ORG), ("type", "India", PLACE), ("same", "Aldermoor", "it")]),
    "jadeport_founder": (
        "Liang Wei, the founder of Jadeport, said on Monday that the company would hire 500 engineers in Shenzhen.",
        [("type", "Liang Wei", PERSON), ("type", "Jadeport", ORG), ("type", "Shenzhen", PLACE),
         ("same", "Jadeport", "the company")]),
    "ngata_rotorua": (
        "Aroha Ngata, a kapa haka teacher from Rotorua, received a national honour on Monday. "
        "Ngata said the award belonged to her students.",
        [("type", "Aroha Ngata", PERSON), ("type", "Rotorua", PLACE), ("same", "Aroha Ngata", "Ngata#1", "her")]),
    "baptista_sued": (
        "The footballer Joao Baptista is suing his former club, Vila Serrana, for unpaid wages. "
        "Baptista left the club in January after a dispute with its owner.",
        [("type", "Joao Baptista", PERSON), ("type", "Vila Serrana", ORG), ("same", "Joao Baptista", "Baptista#1"),
         ("same", "Vila Serrana", "the club")]),
    "greywater_invented_city": (
        "The mayor of Greywater, Hollis Brandvold, resigned on Friday after a corruption inquiry. "
        "Brandvold had governed Greywater since 2016.",
        [("type", "Greywater", PLACE), ("type", "Hollis Brandvold", PERSON), ("same", "Greywater", "Greywater#1"),
         ("same", "Hollis Brandvold", "Brandvold#1")]),
    "ansel_two_companies_subject": (
        "Ansel Robotics has bought a minority stake in Corvi Dynamics, a drone maker based in Turin. "
        "The company plans to use Corvi's cameras in its warehouse robots.",
        [("type", "Ansel Robotics", ORG), ("type", "Corvi Dynamics", ORG), ("type", "Turin", PLACE),
         ("same", "Ansel Robotics", "The company"), ("same", "Corvi Dynamics", "Corvi#1")]),
}

# Written after the baseline run, for the classes fixed since (each a general shape of news prose).
CASES.update({
    "middle_surname": (
        "The finance minister, Rodrigo Almagro Ruiz, resigned on Tuesday. "
        "Almagro said he had lost the confidence of the cabinet.",
        [("type", "Rodrigo Almagro Ruiz", PERSON), ("same", "Rodrigo Almagro Ruiz", "Almagro#1", "he")]),
    "title_person_missed": (
        "The clinic is run by Dr Ifeoma Chukwu, who trained in Enugu. Chukwu said the clinic would stay open.",
        [("type", "Ifeoma Chukwu", PERSON), ("same", "Ifeoma Chukwu", "Chukwu#1")]),
    "suffix_org_missed": (
        "Brovik IF beat Tarsund FK 3-0 on Sunday to win the cup. The club last won it in 1998.",
        [("type", "Brovik IF", ORG), ("type", "Tarsund FK", ORG), ("same", "Brovik IF", "The club")]),
    "possessive_person": (
        "Irina Kovalenko's lawyers said she would appeal. Kovalenko was fined $2 million in May.",
        [("type", "Irina Kovalenko", PERSON), ("same", "Irina Kovalenko", "Kovalenko#1", "she")]),
})

# Set B: written after the fixes, before running them, to see whether the fixed classes carry over
# to snippets the rules were not tuned on.  Its known misses are marked "(set B)" in KNOWN.
CASES.update({
    "b_ostrava_metals": (
        "Ostrava Metals said on Thursday it would shed 600 jobs at its smelter in Karvinec. "
        "The company blamed high energy prices.",
        [("type", "Ostrava Metals", ORG), ("type", "Karvinec", PLACE), ("same", "Ostrava Metals", "The company", "its")]),
    "b_nakamura_judge": (
        "Judge Hiroshi Nakamura dismissed the lawsuit against Tenbury Media on Monday. "
        "Nakamura said the claims were filed too late.",
        [("type", "Hiroshi Nakamura", PERSON), ("type", "Tenbury Media", ORG), ("same", "Hiroshi Nakamura", "Nakamura#1")]),
    "b_lindqvist_based": (
        "The Uppsala-based start-up Norrsken Labs has hired Elin Lindqvist as its chief technology officer. "
        "Lindqvist, 39, previously worked at a bank in Oslo.",
        [("type", "Uppsala", PLACE), ("type", "Norrsken Labs", ORG), ("type", "Elin Lindqvist", PERSON),
         ("same", "Elin Lindqvist", "Lindqvist#1"), ("type", "Oslo", PLACE)]),
    "b_quoted_single": (
        'The band Copper Hollow released its new single, "Lantern Road," on Friday. '
        "The song was written by the guitarist Mateus Oliveira.",
        [("type", "Copper Hollow", ORG), ("type", "Lantern Road", WORK), ("same", "Lantern Road", "The song"),
         ("type", "Mateus Oliveira", PERSON)]),
    "b_town_of": (
        "Heavy rain flooded the village of Dunmarra on Tuesday, and residents of nearby Keelby were evacuated.",
        [("type", "Dunmarra", PLACE), ("type", "Keelby", PLACE)]),
    "b_double_surname": (
        "The chief prosecutor, Valentina Ortiz Belmonte, opened an inquiry into the contract on Monday. "
        "Ortiz said the inquiry would take six months.",
        [("type", "Valentina Ortiz Belmonte", PERSON), ("same", "Valentina Ortiz Belmonte", "Ortiz#1")]),
    "b_club_vs_sponsor": (
        "Brennock Rovers have signed the defender Kwabena Mensah from Dalmore Town. "
        "The shirt sponsor Halvard Energy will pay part of his wages. The club confirmed the deal on Sunday.",
        [("type", "Brennock Rovers", ORG), ("type", "Kwabena Mensah", PERSON), ("type", "Halvard Energy", ORG),
         ("same", "Brennock Rovers", "The club")]),
    "b_firm_subject": (
        "Castellan Foods sued its former supplier Grenmoor Farms in March. "
        "The company says Grenmoor delivered spoiled produce for two years.",
        [("type", "Castellan Foods", ORG), ("type", "Grenmoor Farms", ORG), ("same", "Castellan Foods", "The company"),
         ("same", "Grenmoor Farms", "Grenmoor#1")]),
    "b_wife_named": (
        "The architect Tomasz Zielony married the painter Agnieszka Wrona in Krakow in 2004. "
        "His wife later designed the interiors of his best-known building.",
        [("type", "Tomasz Zielony", PERSON), ("type", "Agnieszka Wrona", PERSON), ("same", "Agnieszka Wrona", "wife"),
         ("type", "Krakow", PLACE)]),
    "b_dr_missed": (
        "The study was led by Dr Oluwaseun Adebayo of the University of Ibadan. Adebayo said more work was needed.",
        [("type", "Oluwaseun Adebayo", PERSON), ("type", "University of Ibadan", ORG),
         ("same", "Oluwaseun Adebayo", "Adebayo#1")]),
    "b_apposition_org": (
        "Veskor, a Finnish maker of forestry machines, said on Tuesday that it had agreed to buy a rival.",
        [("type", "Veskor", ORG), ("same", "Veskor", "it")]),
    "b_possessive_lawyers": (
        "Marisol Quintana's lawyers said on Friday that she would appeal the ruling. "
        "Quintana was ordered to pay $3 million.",
        [("type", "Marisol Quintana", PERSON), ("same", "Marisol Quintana", "she", "Quintana#1")]),
    "b_two_people_alone": (
        "Laila Rahimi and Sofia Brandt argued over the budget on Monday. The minister later left the meeting.",
        [("type", "Laila Rahimi", PERSON), ("type", "Sofia Brandt", PERSON), ("alone", "The minister")]),
    "b_mayor_of": (
        "The mayor of Tollbrook, Agnes Whitlow, said the city would cut bus fares in June. Whitlow was elected in 2021.",
        [("type", "Tollbrook", PLACE), ("type", "Agnes Whitlow", PERSON), ("same", "Tollbrook", "the city"),
         ("same", "Agnes Whitlow", "Whitlow#1")]),
    "b_shares_in": (
        "Shares in Pellucid fell 12 percent after the company warned that sales would drop.",
        [("type", "Pellucid", ORG), ("same", "Pellucid", "the company")]),
})

# Set C (entity repairs for unseen text): written before running, one case per general class --
# hyphenated and surname-first names, unquoted works after a work noun or an award category,
# awards as no person, a descriptor noun before a name, club prefixes, "University of X".
AWARD = {"EVENT", "WORK"}
PLACE_OR_FAC = {"GPE", "LOC", "FAC"}
CASES.update({
    "c_hyphen_surname": (
        "Tamsin Achebe-Lowry won the Carver Prize for Poetry on Saturday. "
        "Achebe-Lowry, 41, said the prize would let her write full time.",
        [("type", "Tamsin Achebe-Lowry", PERSON), ("same", "Tamsin Achebe-Lowry", "Achebe-Lowry#1"),
         ("type", "Carver Prize for Poetry", AWARD)]),
    "c_hyphen_surname_headline_first": (
        "Dalgarno-Reyes named chief executive of Pelham Freight. "
        "Ingrid Dalgarno-Reyes, 52, will take over in June, the company said.",
        [("type", "Ingrid Dalgarno-Reyes", PERSON), ("same", "Ingrid Dalgarno-Reyes", "Dalgarno-Reyes#0"),
         ("type", "Pelham Freight", ORG)]),
    "c_surname_first": (
        "The violinist Kang Seo-yeon won the Brussels competition on Sunday. "
        "Kang, 19, began playing at the age of four.",
        [("type", "Kang Seo-yeon", PERSON), ("same", "Kang Seo-yeon", "Kang#1")]),
    "c_hyphen_given_first": (
        "Orvane Bank has hired Hui-Min Goh from a rival lender to run its Asian business. Goh starts in May.",
        [("type", "Hui-Min Goh", PERSON), ("same", "Hui-Min Goh", "Goh#1"), ("type", "Orvane Bank", ORG)]),
    "c_unquoted_novel": (
        "Her third novel, The Salt Orchard, was published in March. "
        "The Salt Orchard has sold 80,000 copies in Poland alone.",
        [("type", "The Salt Orchard", WORK), ("same", "The Salt Orchard", "The Salt Orchard#1")]),
    "c_album_of_the_year_for": (
        "Dario Vell took album of the year for Northern Glass on Sunday. "
        "Northern Glass has sold 200,000 copies since its release.",
        [("type", "Dario Vell", PERSON), ("type", "Northern Glass", WORK), ("same", "Northern Glass", "Northern Glass#1")]),
    "c_awards_plural": (
        "The singer Ilse Varga won two Harbour Light Awards in Oslo on Friday.",
        [("type", "Ilse Varga", PERSON), ("type", "Harbour Light Awards", AWARD), ("type", "Oslo", PLACE)]),
    "c_descriptor_before_name": (
        "The prize went to the Glasgow quartet Redmire, who beat the Dublin duo Hollow Pines.",
        [("type", "Glasgow", PLACE), ("type", "Redmire", ORG), ("type", "Dublin", PLACE), ("type", "Hollow Pines", ORG)]),
    "c_club_prefix": (
        "The striker Goran Ilic signed for FK Novi Brod on Monday. "
        "Ilic scored 12 goals for his former club, SK Drava, last season.",
        [("type", "Goran Ilic", PERSON), ("type", "FK Novi Brod", ORG), ("type", "SK Drava", ORG)]),
    "c_club_side": (
        "The defender Luuk Verhagen left for the Austrian side Wacker Lindenau on Thursday.",
        [("type", "Luuk Verhagen", PERSON), ("type", "Wacker Lindenau", ORG)]),
    "c_university_of": (
        "The University of Carrowmore has appointed Ruth Abend as its vice-chancellor.",
        [("type", "University of Carrowmore", ORG), ("type", "Ruth Abend", PERSON)]),
    "c_saint_school": (
        "Mrs Ellery taught at St Brendan's Primary School for twenty years.",
        [("type", "St Brendan's Primary School", ORG_OR_FAC)]),
    "c_first_and_surname_missed": (
        "Leyla Tursunova has written four novels. Tursunova was born in Bukhara.",
        [("type", "Leyla Tursunova", PERSON), ("same", "Leyla Tursunova", "Tursunova#1"), ("type", "Bukhara", PLACE)]),
    "c_place_in_place": (
        "Chidi Okoro, who trained in Kaduna, Nigeria, now runs a clinic in Leeds.",
        [("type", "Chidi Okoro", PERSON), ("type", "Kaduna", PLACE), ("type", "Nigeria", PLACE)]),
    "c_title_then_as": (
        "The trust has appointed Dr Adaeze Nwankwo as its medical director. Nwankwo starts in April.",
        [("type", "Adaeze Nwankwo", PERSON), ("same", "Adaeze Nwankwo", "Nwankwo#1")]),
    "c_town_named_orgs_apart": (
        "Officials at Holmbury Town Council praised the Holmbury Pantry, a food charity, on Monday. "
        "The council said Holmbury needed more volunteers.",
        [("type", "Holmbury Town Council", ORG), ("type", "Holmbury Pantry", ORG_OR_FAC),
         ("apart", "Holmbury Town Council", "Holmbury Pantry")]),
    "c_club_short_form": (
        "The midfielder Sami Haddad joined AS Montclar in 2019. Montclar finished third last season.",
        [("type", "AS Montclar", ORG), ("same", "AS Montclar", "Montclar#1")]),
    "c_double_given_name": (
        "The lender hired Ji-Yeon Park from a rival bank last month.",
        [("type", "Ji-Yeon Park", PERSON)]),
    "c_club_named_after_town": (
        "Ruud Kessel won the Dutch title with Vitesse Dordrecht in 2013 before moving abroad.",
        [("type", "Ruud Kessel", PERSON), ("type", "Vitesse Dordrecht", ORG)]),
    "c_cookbook_apposition": (
        "Her fourth cookbook, Winter Kitchens, will be published in May by Tallow Press.",
        [("type", "Winter Kitchens", WORK), ("type", "Tallow Press", ORG)]),
    "c_single_quoted_after_comma": (
        'The single, "Paper Moons," came out in March and was written by Oona Reyes.',
        [("type", "Paper Moons", WORK), ("type", "Oona Reyes", PERSON)]),
    "c_known_place_missed": (
        "Police said a second man, aged 34, had been arrested in Cardiff on Sunday and released on bail.",
        [("type", "Cardiff", PLACE)]),
    "c_place_before_descriptor": (
        "The start-up raised $12 million from the Oslo fund Brattvik Capital last spring.",
        [("type", "Oslo", PLACE), ("type", "Brattvik Capital", ORG)]),
    "c_two_word_place": (
        "The rocket was launched from French Guiana in December, the agency said.",
        [("type", "French Guiana", PLACE)]),
    "c_first_name_before_double_surname": (
        "He is survived by a daughter from his first marriage, Carmen Olmedo Fuenzalida, and by a son.",
        [("type", "Carmen Olmedo Fuenzalida", PERSON)]),
    "c_compound_descriptor": (
        "An attempt to buy Lindqvist GmbH, a small Bremen film maker, collapsed in 2018.",
        [("type", "Lindqvist GmbH", ORG), ("type", "Bremen", PLACE)]),
    "c_org_role_of": (
        "Marit Solberg, the founder of Tarnvik Ebbesen, said on Monday that sales had doubled.",
        [("type", "Marit Solberg", PERSON), ("type", "Tarnvik Ebbesen", ORG)]),
    "c_partner_at": (
        "Joel Amankwah, a partner at Rasmussen Okoye, advised the buyer.",
        [("type", "Joel Amankwah", PERSON), ("type", "Rasmussen Okoye", ORG)]),
    "c_club_town": (
        "The striker Owen Pryce scored twice as Brackley Town beat Harwood Athletic on Saturday.",
        [("type", "Owen Pryce", PERSON), ("type", "Brackley Town", ORG), ("type", "Harwood Athletic", ORG)]),
    "c_club_prefix_word": (
        "Born in Bilbao, Unai Zubiri signed for Sporting Arnedo in 1993 and stayed ten seasons.",
        [("type", "Unai Zubiri", PERSON), ("type", "Sporting Arnedo", ORG), ("type", "Bilbao", PLACE)]),
    "c_score_for": (
        "He later turned to film, writing the score for The Long Ferry, which earned him a nomination.",
        [("type", "The Long Ferry", WORK)]),
    "c_under_the_title": (
        "His family plans to release the recordings under the title Night Harbour later this year.",
        [("type", "Night Harbour", WORK)]),
    "c_newspaper_word": (
        "The owner told the Carrowby Echo that the shop would close in June.",
        [("type", "Carrowby Echo", ORG)]),
    "c_research_centre": (
        "Samples were sent to the Dunholm Centre for analysis, the researchers said.",
        [("type", "Dunholm Centre", ORG_OR_FAC)]),
    "c_place_inside_club_missed": (
        "Ndlovu played for eight years in Manchester Wanderers before he retired.",
        [("type", "Manchester Wanderers", ORG)]),
    "c_journal": (
        "The results, published on Wednesday in the journal Marine Genomics, surprised the team.",
        [("type", "Marine Genomics", ORG)]),
    "c_street": (
        "The shop on Cobbler Row will close, said Ada Venn, who lives nearby.",
        [("type", "Cobbler Row", PLACE_OR_FAC), ("type", "Ada Venn", PERSON)]),
})

# Known failures at the baseline (strict: a fix makes them pass and must be recorded here).
# Session 5: a title before a name NER missed, a building word against a role noun, buildings NER
# calls organisations, an age title opening a paragraph after the speaker's quote.
CASES.update({
    "title_beats_quote_label": (
        "The Lagos hospital board has named Dr Chidinma Obi as its medical director. Obi, 52, starts in May. "
        '"Chidinma knows every ward," the chairman said.',
        [("type", "Chidinma Obi", PERSON), ("same", "Chidinma Obi", "Obi#1", "Chidinma#1")]),
    "rival_building": (
        "The lab hired the physicist Anton Greer, who spent six years at the rival Marlow Centre in Leeds.",
        [("type", "Marlow Centre", ORG_OR_FAC), ("type", "Anton Greer", PERSON)]),
    "church_and_palace": (
        "The pair married at St Brigid's Church in 1971 and were received at the Presidential Palace in 1990.",
        [("type", "St Brigid's Church", {"FAC"}), ("type", "Presidential Palace", {"FAC"})]),
    "age_after_quote": (
        "Halima Osei won the vote in Tarbury on Sunday. "
        '"This is a town that wants to be heard," Osei told supporters. "We will listen."\n\n'
        "The 51-year-old, a former teacher, joined the council in 2009.",
        [("same", "Halima Osei", "The 51-year-old")]),
    "nationality_before_name": (
        "Her new coach, the Australian Liam Corrigan, once trained the American Dana Whitlow. "
        "Briton Tessa Marlowe was also there.",
        [("type", "Liam Corrigan", PERSON), ("type", "Dana Whitlow", PERSON), ("type", "Tessa Marlowe", PERSON),
         ("apart", "Liam Corrigan", "Dana Whitlow")]),
    "nationality_title": (
        "Ostrava Athletic said on Friday that Jordi Vallverdú would leave in June. "
        "The 58-year-old Spaniard joined the club in 2011.",
        [("same", "Jordi Vallverdú", "The 58-year-old Spaniard")]),
    "appositive_subject": (
        "President Mart Kiisler sacked his health minister on Tuesday. "
        "The new minister, Rein Vooglaid, spent six years at Tartu Hospital before he joined the ministry in 2001. "
        "He replaces Ilmar Koppel.",
        [("same", "Rein Vooglaid", "he", "He"), ("apart", "Mart Kiisler", "Rein Vooglaid")]),
    "founded_passive": (
        "Ondrava was founded in 2020 by Lucia Ferraz, a physicist. Ondrava makes sodium batteries.",
        [("type", "Ondrava", ORG), ("type", "Lucia Ferraz", PERSON)]),
    "merged_names": (
        "Sigurd Shipping ASA and Brannock Freight Group plc agreed to merge on Monday. The combined company, "
        "to be called Sigurd Brannock, will be based in Oslo. Brannock's chief executive, Agnes Pike, will step down, "
        "and Sigurd will close two depots.",
        [("same", "Brannock Freight Group plc", "Brannock#2"), ("same", "Sigurd Shipping ASA", "Sigurd#2"),
         ("type", "Brannock#2", ORG), ("type", "Sigurd Brannock", ORG)]),
    "previous_marriage_pair": (
        "Kofi Mensah and Ilse Brandt are engaged. Brandt was previously married to the Danish chef Anders Vinge. "
        "The pair wed in Aarhus in 2011.",
        [("group", "The pair", ["Ilse Brandt", "Anders Vinge"])]),
    "renamed_company": (
        "The merged group was renamed Tova Lind in March. Her son, Tom Lind, was named chairman.",
        [("type", "Tova Lind", ORG), ("type", "Tom Lind", PERSON)]),
    "business_noun_firm": (
        "Castellan Financial Corp was sued on Monday. Rosa Imbert, who founded the Denver-based lender in 1991, "
        "resigned last year.",
        [("same", "Castellan Financial Corp", "lender")]),
    "quoted_title_for_honour": (
        "Lina Varga was nominated for the Silver Reel in 2006 for \"Paper Boats\" and again in 2010 for \"Low Tide\". "
        "Her third film was shortlisted for the Lumen Prize for \"Quiet Yards\". She thanked \"Nana\" for everything.",
        [("type", "Paper Boats", WORK), ("type", "Low Tide", WORK), ("type", "Quiet Yards", WORK),
         ("type", "Lumen Prize", {"EVENT", "WORK", "ORG"}), ("apart", "Lumen Prize", "Quiet Yards")]),
    "possessive_before_role": (
        "Tomas Ruiz, the company's founder, said the plant would close. Vardex Parts, the Lyon car-parts maker, agreed.",
        [("type", "Tomas Ruiz", PERSON), ("type", "Vardex Parts", ORG)]),
    # session 6: an apposition that says what a name is outweighs the NER's label repeated on every mention
    "s6_band_apposition": (
        "Ellis Harper, the Glasgow band whose first album sold half a million copies, will tour again. "
        "Ellis Harper split in 2009. The drummer Ewan Baird joined Ellis Harper in 2001. Ellis Harper played Tokyo in May.",
        [("type", "Ellis Harper", ORG), ("type", "Ewan Baird", PERSON), ("type", "Glasgow", PLACE)]),
    # session 6: a club called by its distinctive word alone; a common noun after a name is no part of it
    "s6_club_short_form": (
        "Harlow Town FC sacked their manager on Sunday. By Tuesday afternoon Town had signed the striker Kofi Boateng from Venlo. "
        "The 22-year-old came through the Town academy. Keane later joined Northwick Albion, and Albion paid £2 million.",
        [("same", "Harlow Town FC", "Town#1", "Town#2"), ("same", "Northwick Albion", "Albion#1"), ("type", "Albion#1", ORG),
         ("apart", "Harlow Town FC", "Northwick Albion")]),
    # session 6: a description named by the head of one name only, far back; an apposition with a relative clause
    "s6_council_far_back": (
        "A former planner at Dunmore District Council was jailed on Friday. The judge, Mary Colfer, said the case was grave. "
        "Police in Kent arrested two men in 2019. The jury heard evidence for six weeks. Kent Police said it was pleased. "
        "The court heard that Tom Haskell joined the council in 1987.",
        [("same", "Dunmore District Council", "the council"), ("apart", "the council", "Kent Police")]),
    "s6_band_relative": (
        "Ellis Harper, the Glasgow band whose first album sold a million copies, will tour again. "
        "The singer Ada Quill said the band had missed playing live.",
        [("same", "Ellis Harper", "the band")]),
    # session 6: a seat held "for" a place names a constituency, whatever shape the name has
    "s6_mp_for": (
        "The result makes the 44-year-old MP for Bradford Moorside the first woman to lead the party.",
        [("type", "Bradford Moorside", PLACE)]),
    # session 6: an age title after a speaker's quote, two people in view, "She" opening the next sentence
    "s6_age_title_she": (
        '"We waited until the phone was ready," said Lin Mei-hua, the chief executive, who founded the company '
        'with her brother, Lin Chih-wei, in 2008. "Customers forgive a late phone. They never forgive a bad one."\n\n'
        "The 46-year-old, a former engineer, told the Pacific Tech Review that the cuts were planned. She did not say more.",
        [("same", "Lin Mei-hua", "The 46-year-old", "She"), ("apart", "The 46-year-old", "Lin Chih-wei")]),
    # session 6: "the prize" is the prize named before
    "s6_the_prize": (
        "Ada Quill won the Halden Prize for Fiction on Tuesday. The prize was founded in 1971 by the shipping magnate Tom Reed.",
        [("same", "Halden Prize for Fiction", "The prize")]),
    # session 6: an ampersand joins two names into a firm; a title after a role noun still names who holds it
    "s6_ampersand_firm": (
        "The bank hired a new finance chief from its rival Aldgate & Wren. She spent eleven years at Aldgate & Wren.",
        [("type", "Aldgate & Wren", ORG)]),
    "s6_role_comma_sir": (
        "Hugh Tennant stepped down in December. The chairman, Sir Geoffrey Whitfield, 71, will retire in April.",
        [("alone", "The chairman")]),  # (not the earlier Hugh Tennant; the apposed name is left to the names layer)
    # session 6: rugby, cricket and hockey clubs' suffixes; the town-named club keeps its full name
    "s6_rugby_club": (
        "Tregaron RFC won the league on Saturday. The scrum-half Rhys Pugh joined Tregaron from Newport in 2019. "
        "Pontardawe RFC beat Cardiff RFC in the final.",
        [("type", "Tregaron RFC", ORG), ("same", "Tregaron RFC", "Tregaron#1"), ("type", "Pontardawe RFC", ORG),
         ("type", "Rhys Pugh", PERSON)]),
    # session 6: a name continued by "She" opening the next sentence is a person's (the NER said organisation)
    "s6_she_continues": (
        "Bola Adeyemi was first elected to the city council in 1994. She won the mayoralty in 1998. "
        "Adeyemi resigned as mayor in March 2001.",
        [("type", "Bola Adeyemi", PERSON), ("same", "Bola Adeyemi", "She", "Adeyemi#1")]),
    # session 6: the distinctive first word of a firm's name, where the NER missed it alone
    "s6_firm_first_word": (
        "Gresholm Insurance agreed to buy the Dutch insurer Veldhuis Verzekeringen on Tuesday. "
        "Veldhuis was founded in Utrecht in 1887.",
        [("same", "Veldhuis Verzekeringen", "Veldhuis#1")]),
    # session 6: a description that points away from the one in view ("the central bank", "the rival club")
    "s6_other_one": (
        "Calloway Bank named a new chief executive on Monday. "
        "Its chairman, Geoffrey Whitfield, a former deputy governor of the central bank, lives in Winchester.",
        [("alone", "the central bank")]),
    # session 6: a person noun the tokenizer splits at its hyphen ("centre-back") heads a description
    "s6_hyphen_noun": (
        "Harlow Town FC sacked their manager on Sunday. The captain, Aidan McCafferty, stays. "
        "The 30-year-old centre-back joined from Dundalk Athletic in 1999.",
        [("same", "Aidan McCafferty", "The 30-year-old centre-back")]),
})

KNOWN: dict[str, str] = {
    "suffix_org_missed-2-same": "(added after the baseline) the parser reads 'IF' as a conjunction: no subject to continue",
    "ferri_play-3-same": "'the play' not joined to the work",
}


def _checks() -> list[Any]:
    out = []
    for name, (_text, checks) in CASES.items():
        for n, check in enumerate(checks):
            test_id = f"{name}-{n}-{check[0]}"
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[test_id])] if test_id in KNOWN else []
            out.append(pytest.param(name, check, id=test_id, marks=marks))
    return out


@cache
def _analysis(name: str) -> Analysis:
    return pipeline.analyze(CASES[name][0], DCT)


def _span(text: str, ref: str) -> tuple[int, int]:
    words, _, occurrence = ref.partition("#")
    found = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)]
    assert len(found) > int(occurrence or 0), f"{ref!r} is not in the text"
    return found[int(occurrence or 0)]


def _entity(a: Analysis, ref: str) -> Entity | None:
    return a.entity(entity_for_span(a, *_span(a.document.text, ref)))


def _norm(text: str) -> str:
    return " " + " ".join(text.replace("’", "'").replace('"', " ").lower().split()) + " "


def _describe(a: Analysis) -> str:
    return "; ".join(f"{e.id} {e.type} {e.name!r}: " + ", ".join(m.text for m in e.mentions) for e in a.entities)


@pytest.mark.parametrize(("name", "check"), _checks())
def test_invented(name: str, check: tuple[Any, ...]) -> None:
    a = _analysis(name)
    kind, refs = check[0], check[1:]
    context = _describe(a)
    if kind == "type":
        ref, types = refs
        entity = _entity(a, ref)
        assert entity is not None, context
        assert entity.type in types, context
        words = ref.partition("#")[0]
        assert any(_norm(words) in _norm(t) for t in [entity.name, *(m.text for m in entity.mentions)]), context
    elif kind == "same":
        found = [_entity(a, ref) for ref in refs]
        assert all(e is not None for e in found), context
        assert len({e.id for e in found if e is not None}) == 1, context
    elif kind == "apart":
        first, second = (_entity(a, ref) for ref in refs)
        assert first is not None and second is not None, context
        assert first.id != second.id, context
    elif kind == "alone":
        entity = _entity(a, refs[0])
        assert entity is None or not any(m.kind == "name" for m in entity.mentions), context
    elif kind == "group":
        ref, member_refs = refs
        group = _entity(a, ref)
        members = [_entity(a, m) for m in member_refs]
        assert group is not None and all(m is not None for m in members), context
        assert sorted(group.attrs.get("members", [])) == sorted(m.id for m in members if m is not None), context
    else:
        raise AssertionError(f"unknown check {kind}")
