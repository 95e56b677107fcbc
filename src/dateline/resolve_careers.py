"""Jobs told as a stretch of a life rather than as an event (used by `resolve`):

- "X spent eight years at Y", "X, who spent a decade with Y": X worked at Y; told in the simple
  past, the stretch is over (`PAST_REF` unless the clause dates its end);
- "X began / started her career at Y (in 1998)": X worked at Y from then;
- "X captained South Korea", "X has played for Croatia's Fed Cup team since 1995": X is a member
  of the country's national team (the country stands for it);
- "X of Y" with Y an organisation ("Anna Kowalewski of Siemens", "the Eritrean X of Team Y"): X works
  at Y (a member when Y is a team or party);
- and the titles written before a name ("former Acme engineer X": `resolve_titles.prenominal_posts`).
Players end up members of their team through `resolve_teams`, as every employment at a team does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .extract.gazetteer import place_label
from .model import Analysis
from .nlp import char_span, children_of, conjuncts_of, strings, tokens, with_lemmas
from .resolve_base import PAST, _Builder, _entity, _evidence, _kind, config
from .resolve_clauses import interval, named_body, objects_of, subject_of
from .resolve_titles import prenominal_posts, title_value
from .timex.lexicon import table

POST_PREPS = frozenset({"at", "with", "of", "for"})
STAY_VERBS = frozenset({"stay", "remain"})  # "joined X in 1968 and stayed for 15 years"
STINT_VERBS = STAY_VERBS | {"spend"}  # "spent ten years there"
START_VERBS = frozenset({"begin", "start", "launch"})
CAREER_NOUNS = frozenset({"career"})
EMPLOYERS = ("ORG", "FAC")
UNREAL = frozenset({"will", "would", "could", "might", "may", "should", "to"})
TEAM_OBJECT_VERBS = frozenset({"captain"})  # not "represent": an MP represents a town
TEAM_VERBS = TEAM_OBJECT_VERBS | {"play", "represent"}
SPORT_OCCASIONS = frozenset({"olympics", "paralympics", "games", "championship", "championships", "cup", "tournament", "series",
                             "test", "tests", "match", "matches", "final", "finals", "qualifier", "qualifiers"})
TEAM_NOUNS = frozenset({"team", "squad", "side", "eleven"})
LEMMAS = STINT_VERBS | START_VERBS | TEAM_VERBS


def _a_post(noun: Token) -> bool:
    """"as chief executive", "as a buyer": a noun naming a post or a job (not "as a student", "as a guest")."""
    cfg = config()["statements"]
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma not in cfg["not_roles"] and lemma not in cfg["not_occupations"] \
        and lemma not in cfg["not_post_words"] and (title_value(noun) is not None or lemma.endswith(("er", "or", "ist", "ian", "ant", "ent")))


def _stranded(post: Token, verb: Token) -> bool:
    """"hired X, who spent a decade at Y, as finance chief": an "as" after the comma closing a relative
    clause is the main verb's, whatever the parser hung it on."""
    prep = post.head
    return verb.dep_ == "relcl" and prep.head.i == verb.i and prep.i > 0 and prep.doc[prep.i - 1].text == ","


def _unstated(verb: Token) -> bool:
    """Denied or not real: "did not spend", "will spend", "could be part of"."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in UNREAL) for c in children_of(verb))


def _employers(b: _Builder, tok: Token, preps: frozenset[str] = frozenset({"at", "with"})) -> list[str]:
    a = b.analysis
    found = [named_body(t, lambda x: _entity(a, x)) for t in objects_of(tok, preps)]  # ("at the chipmaker X")
    return [e for e in dict.fromkeys(found) if e is not None and _kind(a, e) in EMPLOYERS]


def _there(b: _Builder, verb: Token) -> list[str]:
    """"signed for X in 1993 and spent ten seasons there": the organisation of the verb it is
    coordinated with."""
    there = any(c.dep_ == "advmod" and c.lower_ == "there" for c in children_of(verb)) or verb.lemma_.lower() in STAY_VERBS
    if not there or verb.dep_ != "conj":
        return []
    first = verb.head
    return _employers(b, first) or [e for t in objects_of(first, {"for", "to", "with", "at"}) if (e := _entity(b.analysis, t))
                                    and _kind(b.analysis, e) in EMPLOYERS] + \
        [e for c in children_of(first) if c.dep_ == "dobj" and (e := _entity(b.analysis, c)) and _kind(b.analysis, e) in EMPLOYERS]


YEAR_NOUNS = frozenset({"year", "season"})
STRETCH_DEPS = ("dobj", "npadvmod")  # "spent eleven years at X" (the stretch parsed as an object or as an adverbial noun)


def _stretch_of(verb: Token, nouns: frozenset[str] | None = None) -> Token | None:
    """The stretch of time a verb spends (of `nouns`, when given): its object ("spent eight years"), or after
    "for" ("stayed for 15 years")."""
    candidates = [c for c in children_of(verb) if c.dep_ in STRETCH_DEPS]
    if not candidates and verb.lemma_.lower() in STAY_VERBS:
        candidates = [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for" for p in children_of(c) if p.dep_ == "pobj"]
    return next((c for c in candidates if nouns is None or c.lemma_.lower() in nouns), None)


def _years(verb: Token) -> int | None:
    """"spent ten seasons / eight years": how many years."""
    obj = _stretch_of(verb, YEAR_NOUNS)
    count = next((c for c in children_of(obj) if c.dep_ == "nummod"), None) if obj is not None else None
    if count is None:
        return None
    if count.text.isdigit():
        return int(count.text)
    row = table("numbers").get(count.lower_)
    return int(row[0]) if row and row[1] == "cardinal" and row[0].isdigit() else None


def _after(start: str | None, years: int | None) -> str | None:
    """A stretch of `years` from a start given as a year: its end year."""
    if not start or years is None or len(start) < 4 or not start[:4].isdigit():
        return None
    return f"{int(start[:4]) + years:04d}"


def _stint(verb: Token) -> bool:
    """"spent eight years / a decade / most of his career": a stretch of time as the object."""
    obj = _stretch_of(verb)
    if obj is None:
        return False
    words = {t.lemma_.lower() for t in obj.subtree}
    return bool(words & {"year", "decade", "season", "month", "career", "life", "week", "time"})


def _career_start(verb: Token) -> bool:
    """"began her career", "started his working life"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CAREER_NOUNS for c in children_of(verb))


def _national_team(b: _Builder, verb: Token) -> str | None:
    """"captained South Korea", "has played for Croatia's Fed Cup team": the
    country whose team it is (a country played for is its national team)."""
    a = b.analysis
    lemma = verb.lemma_.lower()
    if lemma == "represent" and not _at_sport(b, verb):
        return None  # an MP represents a town; an athlete represents a country at the Olympics
    objs = [c for c in children_of(verb) if c.dep_ == "dobj"] if lemma in TEAM_OBJECT_VERBS | {"represent"} else objects_of(verb, {"for"})
    for obj in objs:
        if (team := _named_team(a, obj)) is not None:
            return team  # "captained the Wales under-21 team"
        if obj.lemma_.lower() in TEAM_NOUNS:  # "Croatia's Fed Cup team", "the Wales team"
            obj = next((c for c in children_of(obj) if c.dep_ == "poss"), None) or \
                next((c for c in children_of(obj) if c.dep_ == "compound" and c.pos_ == "PROPN"), obj)
        country = _entity(a, obj)
        if country is not None and (_kind(a, country) == "GPE" or (_kind(a, country) == "ORG" and place_label(obj.text) == "GPE")):
            return country
    return None


def _at_sport(b: _Builder, verb: Token) -> bool:
    """"represented Kenya at the 2012 Olympics / in two World Cups": a sporting occasion told with the verb."""
    for occasion in objects_of(verb, {"at", "in"}):
        entity = b.analysis.entity(_entity(b.analysis, occasion))
        if occasion.lemma_.lower() in SPORT_OCCASIONS or (entity is not None and entity.type == "EVENT"):
            return True
    return False


SQUAD_HOLDERS = frozenset({"part", "member", "be", "name", "call", "select", "pick", "include", "recall", "choose"})
SQUAD_NOUNS = TEAM_NOUNS | {"line-up", "lineup", "roster"}


def national_squads(b: _Builder, doc: Doc) -> None:
    """"was part of the Ireland team", "was named in the Wales squad", "was called up to the
    Scotland squad", "who was in the England side": a member of the country's national team."""
    a = b.analysis
    listed = tokens(doc)
    for team in (listed[i] for i, lemma in enumerate(strings(doc, "lemma_lower")) if lemma in SQUAD_NOUNS and listed[i].dep_ == "pobj"):
        country = next((e for c in children_of(team) if c.dep_ in ("compound", "poss") and (e := _entity(a, c)) and _kind(a, e) == "GPE"),
                       None) or _named_team(a, team)
        prep = team.head
        holder = prep.head
        if country is None or prep.lower_ not in ("of", "in", "to", "for", "into") or holder.lemma_.lower() not in SQUAD_HOLDERS:
            continue
        if holder.dep_ == "attr":  # "was part / a member of the X team"
            holder = holder.head
        if _unstated(holder):
            continue
        subject = subject_of(holder)
        person = _entity(a, subject) if subject is not None else None
        if person is None and holder.dep_ == "relcl":  # "X, who was in the England side"
            person = _entity(a, holder.head)
        if person is not None and _kind(a, person) == "PERSON":
            b.add("member", person, country, valid_from=interval(a, doc, holder).start, evidence=_evidence(a, doc, holder, team))


CALLUP_VERBS = frozenset({"recall"})  # besides "call up"
CALLUP_LEMMAS = CALLUP_VERBS | {"call"}
TEAM_HEAD_DEPS = ("compound", "poss", "nmod")


def _country_named(a: Analysis, tok: Token, depth: int = 3) -> str | None:
    """The country a noun phrase names or is said of: "Scotland", "the Wales head coach", "Wales manager
    Rob Page" (a country, or a name the recognizer made an organisation that is a country's)."""
    entity = _entity(a, tok)
    if entity is not None and (_kind(a, entity) == "GPE" or (_kind(a, entity) == "ORG" and place_label(tok.text) == "GPE")):
        return entity
    if depth == 0 or (entity is not None and _kind(a, entity) != "PERSON" and tok.pos_ == "PROPN"):
        return None
    return next((c for c in (_country_named(a, c, depth - 1) for c in children_of(tok) if c.dep_ in TEAM_HEAD_DEPS) if c), None)


def national_callups(b: _Builder, doc: Doc) -> None:
    """"Scotland have called up the uncapped defender X", "the Wales head coach has recalled X and Y", "X, who
    was called up by Ireland in March": X is a member of the country's national team, from the call-up on."""
    a = b.analysis
    for verb in with_lemmas(doc, CALLUP_LEMMAS):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (lemma in CALLUP_VERBS or (lemma == "call" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)))) or _unstated(verb):
            continue
        kids = children_of(verb)
        country, called = None, []
        for c in kids:
            if c.dep_ == "nsubj":
                country = _country_named(a, c)
            elif c.dep_ == "agent":
                country = next((_country_named(a, p) for p in children_of(c) if p.dep_ == "pobj"), None)
        for c in kids:
            if c.dep_ == "dobj":
                called += [c, *(x for x in conjuncts_of(c))]
            elif c.dep_ == "nsubjpass":
                called.append(verb.head if c.lower_ in ("who", "whom") and verb.dep_ == "relcl" else c)
        if country is None:
            continue
        told = interval(a, doc, verb)
        for obj in called:
            person = _entity(a, obj) or next((_entity(a, c) for c in children_of(obj) if c.dep_ == "appos"), None)
            if person is not None and _kind(a, person) == "PERSON":
                b.add("member", person, country, valid_from=told.point or told.start, evidence=_evidence(a, doc, verb, obj))


def _named_team(a: Analysis, team: Token) -> str | None:
    """The organisation a team noun ends the name of ("the Ireland under-21 team")."""
    entity = _entity(a, team)
    found = a.entity(entity) if entity else None
    return entity if found is not None and found.type == "ORG" and found.name.lower().endswith(team.lower_) else None


FORMERLY = frozenset({"formerly", "previously", "latterly", "late"})
AFFILIATION_PREPS = frozenset({"of", "at", "with"})


def named_affiliations(b: _Builder, doc: Doc) -> None:
    """"Anna Kowalewski of Siemens", "Dr Eva Roth, of Stanmore University,": a person's name followed by "of" and an
    organisation's name -- news style for where one works or plays (not "X of Leeds", a place, nor "the head of Y", a post
    read by `resolve_titles`); "X, formerly of the snack maker Y,": where X worked before."""
    a = b.analysis
    for person in (e for e in a.entities if e.type == "PERSON"):
        for mention in person.mentions:
            span = char_span(doc, mention.start, mention.end) if mention.kind == "name" else None
            if span is None or span.end + 1 >= len(doc):
                continue
            of, former = doc[span.end], False
            if of.text == "," and span.end + 2 < len(doc) and doc[span.end + 1].lower_ in FORMERLY | {"now"} \
                    and doc[span.end + 2].lower_ in AFFILIATION_PREPS:
                of, former = doc[span.end + 2], doc[span.end + 1].lower_ != "now"  # "X, formerly of Y,", "X, previously at
                # Y,", "X, now with Y,": where X worked before (or works now; an "at" or "with" told with such a word only)
            elif of.text == "," and doc[span.end + 1].lower_ == "of":
                of = doc[span.end + 1]  # "Dr Eva Roth, of Stanmore University, said": set off by commas, the same
            if (of.lower_ != "of" and not (of.i == span.end + 2 and of.lower_ in AFFILIATION_PREPS)) \
                    or of.head.i not in range(span.start, span.end):
                continue
            obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None)
            org = _entity(a, obj) or next((_entity(a, c) for c in children_of(obj) if c.dep_ == "appos"), None) if obj is not None else None
            if org is not None and org != person.id and _kind(a, org) == "ORG":
                fact = b.add("employee", person.id, org, evidence=_evidence(a, doc, of, span.root))
                if former and fact.valid_to is None:
                    fact.valid_to = PAST


BODY_NOUNS = frozenset({"party", "bloc", "faction"})  # besides the team nouns of data/facts_relations.toml
BODY_ENDED = frozenset({"former", "old", "ex", "previous", "erstwhile"})


def possessed_bodies(b: _Builder, doc: Doc, team_nouns: frozenset[str]) -> None:
    """"her Labour Party", "his team, Vindhaven Cycling", "his former club, X": the person the possessive
    stands for works or plays there -- an employment that `resolve_teams` makes a membership of a team or
    party, or keeps for staff ("the coach said his side, X, ...")."""
    a = b.analysis
    nouns = team_nouns | BODY_NOUNS
    deps = strings(doc, "dep")
    for i in (i for i, dep in enumerate(deps) if dep == "poss"):
        tok = tokens(doc)[i]
        person = _entity(a, _whose(tok) if tok.lower_ == "whose" else tok)
        if person is None or _kind(a, person) != "PERSON":
            continue
        head = tok.head
        if head.pos_ == "PROPN":  # "her Labour Party": the name is the body's
            org = _entity(a, head)
        elif head.lemma_.lower() in nouns:  # "his team, X", "his X team"
            org = next((e for c in children_of(head) if c.dep_ in ("appos", "compound", "npadvmod") and c.pos_ == "PROPN"
                        and (e := _entity(a, c)) is not None), None)  # "whose club, FC X, ..." (read as npadvmod)
        else:
            continue
        if org is None or org == person or _kind(a, org) != "ORG":
            continue
        fact = b.add("employee", person, org, evidence=_evidence(a, doc, tok, head))
        if any(c.lower_ in BODY_ENDED for c in children_of(head) if c.dep_ == "amod") and fact.valid_to is None:
            fact.valid_to = PAST


def _whose(tok: Token) -> Token:
    """"X, whose club, Y, has turned down two offers": the name the clause or apposition describes."""
    noun = tok.head
    if noun.dep_ == "appos":
        return noun.head
    verb = noun.head
    return verb.head if verb.dep_ == "relcl" else tok


# what a player makes, wins or scores for a team: "made 120 appearances for X", "won 40 caps for Wales",
# "made his debut for X in 1995", "scored 40 goals in 120 appearances for X"
PLAYED_NOUNS = frozenset({"appearance", "cap", "debut", "goal", "try", "start", "outing", "wicket", "touchdown"})
COUNTED_PLAYED_NOUNS = frozenset({"game", "match"})  # "played 212 games / over 300 matches for X": counted, a tally too
CAPPED_VERBS = frozenset({"cap"})  # "capped 40 times by Wales"


def played_for(b: _Builder, doc: Doc) -> None:
    """A player's tally or debut for a team, or a cap from a country: the player is a member of the team
    (a country standing for its national team); a debut dates the membership's start."""
    a = b.analysis
    lemmas = strings(doc, "lemma_lower")
    for i, lemma in enumerate(lemmas):
        if lemma not in PLAYED_NOUNS and lemma not in CAPPED_VERBS and lemma not in COUNTED_PLAYED_NOUNS:
            continue
        tok = tokens(doc)[i]
        if lemma in COUNTED_PLAYED_NOUNS and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "play"
                                                  and any(c.dep_ == "nummod" for c in children_of(tok))):
            continue  # ("played 212 games for X"; not "a match for X", "the game for X")
        owner = next((c for c in children_of(tok) if c.dep_ == "poss"), None)  # "made his debut", "scored X's first goal"
        capped = lemma in CAPPED_VERBS and tok.pos_ == "VERB"
        if capped:  # "by" parsed as the passive's agent
            verb = tok
            teams = [p for c in children_of(tok) if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in children_of(c) if p.dep_ == "pobj"]
        elif (lemma in PLAYED_NOUNS or lemma in COUNTED_PLAYED_NOUNS) and tok.pos_ == "NOUN":
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # "in 120 appearances for X": the verb over "in"
            teams = objects_of(tok, {"for"}) or (objects_of(verb, {"for"}) if verb.pos_ == "VERB" else [])
            if not teams and owner is not None and verb.lemma_.lower() == "score":  # "scored X's first goal"
                teams = [owner]
            if not teams and lemma == "debut":  # "made his Wales debut in 2009"
                teams = [c for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "PROPN"]
        else:
            continue
        if verb.pos_ != "VERB" or _unstated(verb):
            continue
        person = _entity(a, verb.head if capped and verb.dep_ in ("acl", "advcl") else subject_of(verb))
        if person is None and owner is not None:
            person = _entity(a, owner)
        if person is None or _kind(a, person) != "PERSON":
            continue
        for team in teams:
            org = _entity(a, team)
            if org is None or org == person or _kind(a, org) not in ("ORG", "GPE"):
                continue
            when = interval(a, doc, verb)  # "between 2001 and 2006"; "in 1995" dates a debut only, not a tally
            start = when.start or (when.point if lemma == "debut" else None)
            fact = b.add("member", person, org, valid_from=start, evidence=_evidence(a, doc, tok, team))
            fact.valid_to = fact.valid_to or when.end


def career_statements(b: _Builder, doc: Doc, team_nouns: frozenset[str] = frozenset()) -> None:
    a = b.analysis
    prenominal_posts(b, doc)
    named_affiliations(b, doc)
    possessed_bodies(b, doc, team_nouns)
    played_for(b, doc)
    national_squads(b, doc)
    national_callups(b, doc)
    hits = [i for i, lemma in enumerate(strings(doc, "lemma")) if lemma in LEMMAS]  # the lemma column: no Token per word
    listed = tokens(doc)
    for i in hits:
        verb = listed[i]
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        if _unstated(verb):
            continue  # "did not spend", "will spend two years at Y"
        if lemma in TEAM_VERBS:
            country = _national_team(b, verb)
            person = _entity(a, subject_of(verb)) or (_entity(a, verb.head) if verb.dep_ == "relcl" else None)  # "X, who captained Y"
            if country is not None and person is not None and _kind(a, person) == "PERSON":
                when = interval(a, doc, verb)
                fact = b.add("member", person, country, valid_from=when.start, evidence=_evidence(a, doc, verb, verb))
                if fact.valid_to is None and when.start is not None and when.end is not None:
                    fact.valid_to = when.end  # "played 31 Tests for Tonga between 1997 and 2005": until then
            continue
        stint = lemma in STINT_VERBS and _stint(verb)
        if not stint and not (lemma in START_VERBS and _career_start(verb)):
            continue
        person = _entity(a, subject_of(verb))
        posts = [(t, v) for t in objects_of(verb, {"as"}) if (v := title_value(t)) and not _stranded(t, verb)] if stint else []
        # ("spent a decade as an assistant director at Y"; not the post "hired X, who spent a decade at Y, as Z" gives)
        orgs = _employers(b, verb) or [e for obj in children_of(verb) if obj.dep_ == "dobj" for e in _employers(b, obj)] \
            or (_there(b, verb) if stint else []) or [e for t in objects_of(verb, {"as"}) if stint and not _stranded(t, verb)
                                                      and _a_post(t) for e in _employers(b, t, POST_PREPS)]
        # ("spent eight years as a buyer at Y", "a decade as chief executive of the Y Trust": the body the post is at)
        first_post = not stint and not orgs and verb.tag_ == "VBD"
        if first_post:  # "began her career as a lecturer at Y": the career's first post, at the body the post is at, over
            # by the time the career is told (its later posts the story's)
            posts = [(t, v) for t in objects_of(verb, {"as"}) if (v := title_value(t)) and _a_post(t)]
            orgs = [e for t, _ in posts for e in _employers(b, t, frozenset({"at", "with"}))]
        if person is None or _kind(a, person) != "PERSON" or not orgs:
            continue
        when = interval(a, doc, verb)
        start = when.start or (when.point if not stint else None)
        ev = _evidence(a, doc, verb, verb)
        facts = [b.add("employee", person, org, valid_from=start, evidence=ev) for org in orgs]
        facts += [b.add("role", person, orgs[0], value, valid_from=start, evidence=ev) for _, value in posts]
        for fact in facts:
            if first_post and fact.valid_to is None:
                fact.valid_to = when.end or PAST
            if stint and fact.valid_to is None:
                done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.lower_ == "had" for c in children_of(verb)))
                fact.valid_to = when.end or _after(fact.valid_from, _years(verb)) or (PAST if done else None)
