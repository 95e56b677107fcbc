"""Rule-based in-document coreference on spaCy's parse (no coreference model is available).

One left-to-right pass over the tokens keeps a short history of entity mentions (with sentence
and syntactic role) and of person pairs ("X and Y", "X and husband Y").  Each pronoun, group
noun ("the couple"), relation noun ("her husband") and definite description ("the actress",
"the 42-year-old", "the company") is joined to an antecedent chosen by agreement (gender,
number, type), binding (an object pronoun is not its own clause's subject), recency and
syntactic role (subjects are more salient), in the spirit of Lappin & Leass (1994).  When the
evidence does not single out one antecedent, the mention is left alone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..nlp import children_of, sentences, strings, tokens
from .clusters import Cluster, ClusterTable
from .coref_nominals import resolve_nominal
from .coref_pronouns import NEUTER, PRONOUNS, is_person, resolve_neuter, resolve_plural, resolve_singular
from .coref_quotes import resolve_first_person
from .coref_state import LEAD_SENTENCES, SUBJECT_DEPS, CorefState, Pair
from .entity_attrs import FIRST_NAME_VOTE, age_in, set_age
from .entity_lexicon import EntityLexicon, aged_demonym, is_demonym, lexicon
from .name_spans import in_headline, is_dateline, span_of, span_root

PRONOUN_GENDER_VOTE = 1.0
PRONOUNS_OVER_NAME = 2.0  # pronoun votes, all of one gender, that overrule a gender told by a first name alone
MARRY_LEMMAS = frozenset({"marry", "wed"})
PARTED_LEMMAS = frozenset({"divorce"})
# verbs that put two people in view as a pair without making them spouses ("X dated Y for two years; the pair split in
# 2021", "She met Y at Z, and in 2016 the pair quit"): what a later "the pair" or "the couple" stands for
PAIRING_LEMMAS = frozenset({"date", "meet", "engage", "separate", "split"})
SPOUSE_LEMMAS = frozenset({"wife", "husband", "widow", "widower", "partner", "fiancé", "fiancée", "fiance", "fiancee"})


def learn_pronoun_genders(doc: Doc, table: ClusterTable, sent_of: list[int]) -> dict[int, Counter[str]]:
    """A he/she whose window holds one person only is evidence of that person's gender.  Returned
    apart, the firmer part of it: a he/she after the subject of its own sentence, named there with
    no other person before the pronoun ("X, 38, has lived in Dublin since she came ...")."""
    mentions = sorted((m.start, m.end, ci) for ci, c in enumerate(table.clusters) for m in c.mentions if is_person(table, ci))
    anchored: dict[int, Counter[str]] = {}
    lo = 0
    poses = strings(doc, "pos")
    for i, lower in enumerate(strings(doc, "lower")):
        info = PRONOUNS.get(lower)
        if not info or info[0] is None or poses[i] != "PRON":
            continue
        while lo < len(mentions) and sent_of[mentions[lo][0]] < sent_of[i] - 1:
            lo += 1
        people, here, k = set(), [], lo
        while k < len(mentions) and mentions[k][0] < i:  # (sorted by start: the rest come later still)
            people.add(mentions[k][2])
            if sent_of[mentions[k][0]] == sent_of[i]:
                here.append(mentions[k])
            k += 1
        said_of = _relative_teller(doc[i], mentions)
        if said_of is not None:  # "Grynszpan, who said she had been kept in the dark": her own words of herself
            table.clusters[said_of].pronoun_votes[info[0]] += TELLER_GENDER_VOTE
            continue
        if len(people) == 1 and _about_another(doc[i], [m for m in mentions[lo:k] if m[2] in people], doc):
            continue  # "Her long-time coach, X, who has worked with her since ...": the one in view is not "her"
        if len(people) == 1:
            table.clusters[next(iter(people))].pronoun_votes[info[0]] += PRONOUN_GENDER_VOTE
        if len({ci for _, _, ci in here}) == 1 and span_root(doc, here[0][0], here[0][1]).dep_ in SUBJECT_DEPS:
            anchored.setdefault(here[0][2], Counter())[info[0]] += PRONOUN_GENDER_VOTE
    return anchored


TELLER_GENDER_VOTE = 3 * PRONOUN_GENDER_VOTE  # firmer than a pronoun with one person in view


def _relative_teller(pronoun: Token, mentions: list[tuple[int, int, int]]) -> int | None:
    """The person a "who" relative clause of telling is about, when the pronoun is the subject of what is told: "X, who
    said she had been kept in the dark" (X's gender, whoever else is in view)."""
    told = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or told.dep_ != "ccomp":
        return None
    teller = told.head
    if teller.dep_ != "relcl" or teller.lemma_.lower() not in lexicon().speech_verbs \
            or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(teller)):
        return None
    holder = teller.head.i
    return next((ci for start, end, ci in mentions if start <= holder < end), None)


def _about_another(pronoun: Token, seen: list[tuple[int, int, int]], doc: Doc) -> bool:
    """A pronoun that cannot be the one person in view: the possessive of that person's own noun ("Her coach, X,") or
    an object inside the relative clause on that person ("X, who has worked with her,")."""
    roots = {span_root(doc, start, end).i for start, end, _ in seen}
    if pronoun.dep_ == "poss":
        noun = pronoun.head
        return noun.i in roots or any(c.dep_ == "appos" and c.i in roots for c in noun.children)
    verb = pronoun.head.head if pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep" else pronoun.head
    return pronoun.dep_ in ("dobj", "pobj", "dative") and verb.dep_ == "relcl" and verb.head.i in roots


def settle_genders(table: ClusterTable, anchored: dict[int, Counter[str]] | None = None) -> None:
    for ci, cluster in enumerate(table.clusters):
        votes = cluster.gender_votes or cluster.pronoun_votes
        if _pronouns_overrule_name(cluster, (anchored or {}).get(ci, Counter())):
            votes = cluster.pronoun_votes
        if votes and cluster.label == "PERSON" and not cluster.members:
            top = max(votes, key=votes.__getitem__)
            if all(votes[top] > v for g, v in votes.items() if g != top):
                cluster.gender = top


def _pronouns_overrule_name(cluster: Cluster, anchored: Counter[str]) -> bool:
    """"Rosario Vega, 38, has lived in Dublin since she came to study ... She won ...": when a first
    name is all that told a gender (no title, no gendered noun), every he/she seen with the person
    alone in view says the other, at least twice over, and one of them follows the person named as
    its own sentence's subject, the text's own pronouns outweigh a name list's guess (a name male in
    one language is female in another).  Not a pronoun after a mere mention of someone ("the
    saxophonist X, whom she married"), which is as often another person's."""
    name_votes, pronoun_votes = cluster.gender_votes, cluster.pronoun_votes
    if not name_votes or sum(name_votes.values()) > max(FIRST_NAME_VOTE.values()):
        return False
    said = [g for g, v in pronoun_votes.items() if v > 0]
    return (len(said) == 1 and said[0] not in name_votes and pronoun_votes[said[0]] >= PRONOUNS_OVER_NAME
            and anchored[said[0]] > 0)


def _joins(state: CorefState, between: Span) -> str | None:
    """"and" / "," when the words between two names only coordinate them ("X and husband Y",
    "X, 29, and Y"); None otherwise."""
    lex = lexicon()
    if len(between) > 12:
        return None  # more than six words, whatever the possessive marks among them
    words = [t for t in between if t.tag_ != "POS"]
    if not words or len(words) > 6 or words[0].text not in (",", "and"):
        return None
    for t in words:
        if not (t.text in (",", "and") or t.tag_ in ("DT", "PRP$", "CD", "HYPH")
                or (t.pos_ == "NOUN" and lex.is_person_noun(t.lemma_.lower()))):
            return None
    return "and" if any(t.lower_ == "and" for t in words) else ","


def _find_pairs(state: CorefState) -> None:
    """People coordinated in one sentence: "X and Y", "X and husband Y", "X, Y and Z" (found up
    front).  A run of names joined by commas counts only when it ends with "and"."""
    doc, table, lex = state.doc, state.table, lexicon()
    people = sorted((m.start, m.end, ci) for ci, c in enumerate(table.clusters) for m in c.mentions
                    if is_person(table, ci) and m.kind == "name")
    run: list[tuple[int, int, int]] = []
    for mention in people:
        join = _joins(state, span_of(doc, run[-1][1], mention[0])) if run and mention[0] - run[-1][1] <= 12 else None
        # (more than twelve tokens apart, `_joins` says no: no Span made for the words between)
        if join and state.sent_of[run[-1][0]] == state.sent_of[mention[0]] and mention[2] not in {r[2] for r in run}:
            run.append(mention)
            if join == "and":
                _record(state, run, lex)
        else:
            run = [mention]
    state.pairs.sort(key=lambda p: p.token)


def _record(state: CorefState, run: list[tuple[int, int, int]], lex: EntityLexicon) -> None:
    members = tuple(r[2] for r in run)
    state.pairs = [p for p in state.pairs if not (p.token >= run[0][0] and set(p.members) < set(members))]
    state.pairs.append(Pair(run[-1][0], state.sent_of[run[-1][0]], members))
    if len(run) == 2:
        a, b = members
        for t in state.doc[run[0][1] : run[1][0]]:
            relation = lex.relation_of.get(t.lemma_.lower())
            if relation:
                state.relate(a, relation, b)


def resolve(doc: Doc, table: ClusterTable, dct: str = "") -> None:
    sents, sent_of = sentences(doc)
    anchored = learn_pronoun_genders(doc, table, sent_of)
    settle_genders(table, anchored)
    state = CorefState(doc, table, sent_of, dct=dct, sents=sents)
    _find_pairs(state)
    _lead_cataphor(state)
    _birth_name_of_lead(state)
    starts = {m.start: ci for ci, c in enumerate(table.clusters) for m in c.mentions}
    lowers, poses, lemmas = strings(doc, "lower"), strings(doc, "pos"), strings(doc, "lemma")
    deps, tags = strings(doc, "dep"), strings(doc, "tag")
    owner = table.owner  # (changed in place as mentions are added)
    for i, tok in enumerate(tokens(doc)):
        ci = starts.get(i)
        if ci is not None and owner[i] == ci:
            if not is_dateline(doc, i):  # "LONDON — X, who ...": the place the story is filed from is no antecedent
                state.history.append(state.seen(i, ci, _head_of_mention(doc, table, tok)))
            continue
        if owner[i] != -1:
            continue
        lower, pos = lowers[i], poses[i]
        if lower in NEUTER and pos == "PRON":
            target = resolve_neuter(state, tok)
            if target is not None:
                state.add(target, i, i + 1, "pronoun")
            continue
        info = PRONOUNS.get(lower)
        if info and pos == "PRON":
            gender, number = info
            target = resolve_singular(state, tok, gender) if number == "sg" and gender else resolve_plural(state, tok)
            if target is not None:
                state.add(target, i, i + 1, "pronoun")
            continue
        if lower in ORDER_REFERENCES and i > 0 and lowers[i - 1] == "the" and tok.dep_ not in ("amod", "compound"):
            _former_or_latter(state, tok)  # "X and Y founded Z. The former left in 2020"
            continue
        if (pos == "VERB" and lemmas[i] in MARRY_LEMMAS) or (pos == "ADJ" and lower == "married"):
            _married(state, tok)  # "X married Y", "X was (previously) married to Y"
        elif pos == "VERB" and lemmas[i] in PARTED_LEMMAS:
            _married(state, tok, spouses=False)  # "X divorced Y in 2020. They have a daughter": the pair
        elif pos == "VERB" and lemmas[i] == "file" and _files_to_part(tok):
            _filed_to_part(state, tok)  # "X has filed for divorce from Y": the pair
        elif (pos == "VERB" and lemmas[i] in PAIRING_LEMMAS) or (pos == "ADJ" and lower == "engaged"):
            _married(state, tok, spouses=False, partner_preps=("from", "with"))  # "X dated Y ...; the pair split", "X is engaged to Y"
        elif pos in ("NOUN", "ADJ") or (pos == "PROPN" and (is_demonym(tok) or aged_demonym(tok) or (i > 0 and lowers[i - 1] == "old"
                                                                               and lower in lexicon().titles))) \
                or (pos == "PROPN" and lemmas[i] in SPOUSE_LEMMAS and tok.is_lower):
            # "the Spaniard"; "the 44-year-old MP for X", a title the tagger calls a name; "with husband X" tagged a name
            if pos in ("NOUN", "PROPN") and lemmas[i] in SPOUSE_LEMMAS:
                _spouse_named(state, tok)
            if deps[i] != "compound" and tags[i] not in ("NNS", "NNPS") and (pos != "ADJ" or lower == "old"):
                resolve_nominal(state, tok)  # (its own first test, made here from the columns: most nouns fail it)
    _paired_descriptions(state)
    _headline_description(state)
    resolve_first_person(state)


def _headline_description(state: CorefState) -> None:
    """"Chemist behind self-healing plastics wins $1 million X Prize ... Jo Doe, a chemist whose work ...": a headline
    drops its articles, so a bare person noun as its subject is "the chemist", the one person the story describes so."""
    doc, table = state.doc, state.table
    if not state.sents or not in_headline(doc[state.sents[0].start]):
        return
    lex = lexicon()
    body = {ci: min(m.start for m in c.mentions if not in_headline(doc[m.start])) for ci, c in enumerate(table.clusters)
            if is_person(table, ci) and any(not in_headline(doc[m.start]) for m in c.mentions)}
    people = sorted(body, key=body.__getitem__)  # the people in the running text, the first named first
    roles = table.clusters[people[0]].attrs.get("roles", []) if people else []
    for tok in state.sents[0]:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ in ("NNS", "NNPS") or table.owner[tok.i] != -1 \
                or any(c.dep_ in ("det", "poss") for c in children_of(tok)) or not lex.is_person_noun(tok.lower_):
            continue
        before = [c for c in children_of(tok) if c.i < tok.i and c.dep_ in ("amod", "compound")]
        words = {c.lower_ for c in before if c.is_lower or c.i == 0}
        if any(r.split()[-1] == tok.lower_ and words <= set(r.split()) for r in roles):  # only the story's first-named
            # person ("Ostermere mayor resigns" and a deputy mayor named later: no one; "finance minister quits" is not
            # the prime minister)
            start = min([c.i for c in before] + [tok.i])
            if all(table.owner[i] == -1 for i in range(start, tok.i)):
                state.add(people[0], start, tok.i + 1, "title")


def _paired_descriptions(state: CorefState) -> None:
    """"X and Y are engaged. The Irish actress, 31, and the Welsh singer-songwriter, 34, got engaged ...": two people
    described in turn, the first description X's, stand for the two named together before them in that order -- the
    second is Y (two coordinated, in this sentence or the one before, neither a group)."""
    table, doc, owner = state.table, state.doc, state.table.owner
    lex = lexicon()
    listed, deps, poses = tokens(doc), strings(doc, "dep"), strings(doc, "pos")  # (the columns: most words fail at once)
    for i in range(len(doc)):
        if deps[i] != "conj" or poses[i] != "NOUN" or owner[i] >= 0:
            continue
        tok = listed[i]
        first = tok.head
        if first.pos_ != "NOUN" or owner[first.i] < 0 or not lex.is_person_noun(tok.lemma_.lower()) \
                or not any(c.lower_ == "the" for c in children_of(tok)):
            continue
        told = owner[first.i]
        sentence = state.sent_of[i]
        pair = next(((owner[j.head.i], owner[j.i]) for j in listed[: first.i] if deps[j.i] == "conj" and sentence - 1 <= state.sent_of[j.i]
                     and owner[j.i] >= 0 and owner[j.head.i] >= 0 and owner[j.i] != owner[j.head.i]
                     and table.clusters[owner[j.i]].label == table.clusters[owner[j.head.i]].label == "PERSON"), None)
        if pair is not None and pair[0] == told and not table.clusters[pair[1]].members:
            state.add(pair[1], i, i + 1, "nominal")


ORDER_REFERENCES = {"former": 0, "latter": 1}  # "the former" / "the latter": the first / the second of two named together


def _former_or_latter(state: CorefState, tok: Token) -> None:
    """"Wenna X and Jorvan Y founded Z. The former left in 2020": "the former" and "the latter" standing alone (not "the
    former minister") are the first and the second of the last two entities of one type coordinated ("X and Y") in
    this sentence or the one before; not of a list of three or more, where neither word picks one out."""
    owner, table, doc = state.table.owner, state.table, state.doc
    sentence = state.sent_of[tok.i]
    for j in range(tok.i - 2, -1, -1):
        if state.sent_of[j] < sentence - 1:
            return
        second, first = owner[j], owner[doc[j].head.i]
        if doc[j].dep_ != "conj" or second < 0 or first < 0 or first == second:
            continue
        if table.clusters[first].label != table.clusters[second].label or table.clusters[first].members \
                or table.clusters[second].members:
            return
        if sum(c.dep_ == "conj" for c in children_of(doc[j].head)) != 1 or any(c.dep_ == "conj" for c in children_of(doc[j])):
            return  # "X, Y and Z": three
        state.add((first, second)[ORDER_REFERENCES[tok.lower_]], tok.i - 1, tok.i + 1, "nominal")
        return


NOT_THE_SUBJECT = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "witness", "insider", "friend",
                             "neighbour", "neighbor", "relative", "colleague", "lawyer", "prosecutor", "judge", "officer"})


def _lead_cataphor(state: CorefState) -> None:
    """"A Bosnian-born businessman who smuggled cocaine ... was jailed on Wednesday. Viktor H, 52,
    was convicted last month ...": a news lead whose subject is an indefinite person, with no one
    named in it, tells of the person named as the next sentence's subject."""
    table, lex = state.table, lexicon()
    sents = state.sents
    told = 0
    for n in range(len(sents) - 1):
        if not any(t.pos_ in ("VERB", "AUX") for t in sents[n]):
            continue  # (a dateline cut off as sentences of its own, "BRACKENMOOR" and "—", is no sentence of the lead)
        told += 1
        if told > LEAD_SENTENCES:
            break
        root = sents[n].root
        if root.lemma_.lower() in lex.speech_verbs:  # "A 31-year-old man has been charged with ..., police said": the
            root = next((c for c in children_of(root) if c.dep_ == "ccomp"), root)  # clause reported
        subject = next((c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                        and not is_dateline(state.doc, c.i)), None)  # ("BRACKMOOR — The chief of ...": not the dateline)
        if subject is None or subject.pos_ != "NOUN" or table.owner[subject.i] != -1 or root.lemma_.lower() in lex.speech_verbs:
            continue
        det = next((c for c in children_of(subject) if c.dep_ == "det"), None)
        lemma = subject.lemma_.lower()
        headed = det is not None and det.lower_ == "the" and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(subject))
        if det is None or (det.lower_ not in ("a", "an") and not headed) or not lex.is_person_noun(lemma) or lemma in NOT_THE_SUBJECT:
            continue  # (or "The chief of the X Police Department was charged ... . Y, 57, is accused of ...": a post described)
        if any(table.owner[t.i] >= 0 and t.pos_ == "PROPN" and is_person(table, table.owner[t.i]) for t in sents[n]):
            return  # someone is named in the lead itself (not "the woman who resigned", linked to a name later)
        following = sents[n + 1].root
        if following.lemma_.lower() in lex.speech_verbs:  # "X was arrested on Tuesday and charged on Wednesday, police said"
            following = next((c for c in children_of(following) if c.dep_ == "ccomp"), following)
        named = next((c for c in children_of(following) if c.dep_ in ("nsubj", "nsubjpass")), None)
        ci = table.owner[named.i] if named is not None else -1
        if ci >= 0 and is_person(table, ci):
            if state.add(ci, det.i, subject.i + 1, "nominal") and (age := age_in(state.doc[det.i : subject.i + 1])) is not None:
                set_age(table.clusters[ci], age, state.dct)  # "A 31-year-old man has been charged ... . X was arrested"
        return


def _birth_name_of_lead(state: CorefState) -> None:
    """"Edith Carraway, engineer, dies at 91 ... Edith Louise Kilgannon was born on March 2, 1924": a full name
    told as the subject of "was born", with the first name of the person the story leads with and another surname, no
    one else of that first name in the story, is that person's name at birth (a profile's or an obituary's telling)."""
    table, doc = state.table, state.doc
    first = state.lead_end()
    people = [ci for ci in range(len(table.clusters)) if is_person(table, ci) and table.clusters[ci].names]
    lead = min((ci for ci in people if table.clusters[ci].first() < first), key=lambda ci: table.clusters[ci].first(), default=None)
    if lead is None:
        return
    given = {name[0] for name in table.clusters[lead].names if len(name) > 1}
    for ci in people:
        cluster = table.clusters[ci]
        if ci == lead or cluster.first() < first or not cluster.names or any(len(name) < 2 or name[0] not in given for name in cluster.names):
            continue
        if any(other not in (ci, lead) and any(name[0] in given for name in table.clusters[other].names) for other in people):
            continue  # (another of that first name: no telling which)
        head = span_root(doc, cluster.mentions[0].start, cluster.mentions[0].end)
        verb = head.head
        if head.dep_ == "nsubjpass" and verb.lemma_.lower() == "bear" and any(c.dep_ == "auxpass" for c in children_of(verb)) \
                and {name[-1] for name in cluster.names}.isdisjoint(name[-1] for name in table.clusters[lead].names):
            born = list(cluster.names)
            table.merge(lead, ci)
            kept = table.clusters[lead]
            kept.names = [name for name in kept.names if name not in born]  # (the story's own name stays its name)
            kept.attrs.setdefault("birth_name", " ".join(born[0]))


def _couple_told_next(verb: Token) -> bool:
    """"X was previously married to Y. The couple wed in 2014 and divorced five years later": a past marriage the next
    sentence tells of as "the couple" or "they" is the pair in view there."""
    sent = verb.sent
    doc = verb.doc
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    return any(t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ == "they" or t.lemma_.lower() in ("couple", "pair")) for t in following[:4])


PARTING_SUITS = frozenset({"divorce", "separation", "annulment"})


def _files_to_part(verb: Token) -> bool:
    """"filed for divorce (from Y)": the filing verb of a suit to end a marriage."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in PARTING_SUITS for g in children_of(c))
               for c in children_of(verb))


def _put_pair(state: CorefState, last: int, members: tuple[int, int]) -> None:
    """Two people put in view as a pair at token `last` (the pairs kept in text order)."""
    state.pairs.insert(bisect_right([p.token for p in state.pairs], last), Pair(last, state.sent_of[last], members))


def _filed_to_part(state: CorefState, verb: Token) -> None:
    """"X has filed for divorce from Y" ("from Y" on the verb or on the noun): X and Y a pair in view."""
    subjects = [ci for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and (ci := _named(state, c)) >= 0]
    holders = [verb, *(g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for" for g in children_of(c) if g.dep_ == "pobj")]
    partners = [g for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "from" for g in children_of(c)
                if g.dep_ == "pobj"]
    set_off = [c for c in children_of(verb) if c.dep_ == "dobj" and _named(state, c) >= 0 and c.i > 0 and any(
        t.text == "," for t in state.doc[max(0, c.left_edge.i - 1) : c.left_edge.i + 1])]  # (the apposition read as an object)
    partners = [next((a for a in children_of(g) if a.dep_ == "appos" and _named(state, a) >= 0),
                     next((c for c in set_off if c.i > g.i), g)) if _named(state, g) < 0 else g
                for g in partners]  # ("from his wife of a decade, the singer Y": the one in apposition)
    others = [(g, ci) for g in partners if (ci := _named(state, g)) >= 0]
    if len(subjects) != 1 or len(others) != 1 or subjects[0] == others[0][1] \
            or not (is_person(state.table, subjects[0]) and is_person(state.table, others[0][1])):
        return
    _put_pair(state, others[0][0].i, (subjects[0], others[0][1]))


def _married(state: CorefState, verb: Token, spouses: bool = True, partner_preps: tuple[str, ...] = ()) -> None:
    """"X married Y" / "X was married to Y": each is the other's spouse (for "her husband" later);
    with `spouses` false ("X divorced Y"), only a pair in view for a "they" or "the couple" after; `partner_preps`: the
    prepositions besides "to" that name the other one ("split from Y", "met with Y")."""
    subjects = [ci for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and (ci := _named(state, c)) >= 0]
    if not subjects and verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
                                                     for c in children_of(verb)) and (ci := _named(state, verb.head)) >= 0:
        subjects = [ci]  # "Quillenbeck, who wed the singer Y in 2015": the one the relative clause is about
    subject_holder = verb
    if not subjects:  # "X and Y were married": the parser may hang the subject on the auxiliary
        for aux in (c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")):
            found = [ci for c in children_of(aux) if c.dep_ in ("nsubj", "nsubjpass") and (ci := _named(state, c)) >= 0]
            if found:
                subjects, subject_holder = found, aux
                break
    if not subjects and verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        # "X left the army in 1999 to marry Y", "X hoped to marry Y": the one the clause hangs from marries
        subjects = [ci for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass") and (ci := _named(state, c)) >= 0]
    if not subjects and verb.pos_ in ("ADJ", "VERB") and verb.dep_ == "acomp" and (not any(  # ("was married for 58 years to Y":
        # the participle tagged a verb)
            c.dep_ == "advmod" and c.lower_ in ("previously", "formerly", "once") for c in (*children_of(verb), *children_of(verb.head)))
            or _couple_told_next(verb)):
        # "She is married to Y": the subject of "is" (not "was previously married to Y", a marriage the story has left)
        subjects = [ci for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass") and (ci := _named(state, c)) >= 0]
        if not subjects and verb.head.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(verb.head)) \
                and (ci := _named(state, verb.head.head)) >= 0:
            subjects = [ci]  # "the second for Y, who was married to Z from 2012 until their divorce": the one the clause is on
    heads = [c for c in children_of(verb) if c.dep_ == "dobj"]
    heads += [g for c in children_of(verb) if c.dep_ == "prep" and (c.lower_ == "to" or c.lower_ in partner_preps)
              for g in children_of(c) if g.dep_ == "pobj"]
    if not heads:  # "was married for 58 years to Y": the "to" hung on the length
        heads = [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for" for n in children_of(c) if n.dep_ == "pobj"
                 for t in children_of(n) if t.dep_ == "prep" and t.lower_ == "to" for g in children_of(t) if g.dep_ == "pobj"]
    objects = [_named(state, c) for c in heads]
    objects = [ci for ci in objects if ci >= 0]
    if len(subjects) == 1 and not objects and not heads:  # "X and Y were married at St C's in 1965": the pair the subject joins
        subject = next((c for c in children_of(subject_holder) if c.dep_ in ("nsubj", "nsubjpass") and _named(state, c) == subjects[0]), None)
        # ("The actor X and the chef Y have married": the parser hangs "the chef" on the name apposed to "actor")
        holders = [subject, *(c for c in children_of(subject) if c.dep_ == "appos")] if subject is not None else []
        conjuncts = [c for h in holders for c in children_of(h) if c.dep_ == "conj"]
        joined = [ci for c in conjuncts if (ci := _named(state, c)) >= 0]
        if subject is not None and len(joined) == 1 and not any(_named(state, c) != joined[0] for c in conjuncts):
            heads, objects = [conjuncts[0]], joined
    if len(subjects) == 1 and len(objects) == 1 and subjects[0] != objects[0] \
            and is_person(state.table, subjects[0]) and is_person(state.table, objects[0]):
        if spouses:
            state.relate(subjects[0], "spouse", objects[0])
        # "X was previously married to Y. The pair wed in 2016": a married pair is in view as a pair
        _put_pair(state, max(h.i for h in heads), (subjects[0], objects[0]))


def _spouse_named(state: CorefState, noun: Token) -> None:
    """"His second wife, the painter Y, ...": the one whose wife and Y are the pair a later "they" or "the couple"
    stands for (not a pair of the two names told before)."""
    owner = state.table.owner
    possessor = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    apposed = next((c for c in children_of(noun) if c.dep_ == "appos"), None)
    if possessor is None and noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.dep_ == "pobj" \
            and noun.head.head.lower_ == "with" and noun.head.head.head.pos_ == "NOUN":
        # "her second child with husband Y": the husband of the one whose child it is
        possessor = next((c for c in children_of(noun.head.head.head) if c.dep_ == "poss"), None)
        apposed = noun.head
    holder = owner[possessor.i] if possessor is not None else -1
    # "He and his wife, Pilar, who married in 1968, plan to ...": the possessor coordinated with his own wife
    partnered = noun.dep_ == "conj" and holder >= 0 and owner[noun.head.i] == holder and noun.head.dep_ in SUBJECT_DEPS
    if (noun.dep_ == "conj" and not partnered) or any(c.dep_ == "conj" for c in children_of(noun)):
        return  # "survived by his wife, Ruth, and their children": a list of kin, its "their" no pair's
    if apposed is not None and any(c.dep_ == "conj" for c in children_of(apposed)):
        return  # (the parser may hang the rest of the list on the name)
    named = _named(state, apposed) if apposed is not None else -1
    if named < 0 and apposed is not None:  # "the painter Y": the name in apposition to the role noun
        named = next((owner[c.i] for c in children_of(apposed) if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                      and owner[c.i] >= 0), -1)
    if holder < 0 or named < 0 or holder == named or not (is_person(state.table, holder) and is_person(state.table, named)):
        return
    _put_pair(state, min((m.start for m in state.table.clusters[named].mentions if m.start > noun.i), default=noun.i), (holder, named))


def _named(state: CorefState, noun: Token) -> int:
    """The entity a noun phrase names: its own mention, or the name right after a role noun
    ("married the painter Jane Doe")."""
    owner = state.table.owner
    if owner[noun.i] >= 0:
        return owner[noun.i]
    nxt = noun.i + 1
    if nxt < len(state.doc) and state.doc[nxt].pos_ == "PROPN" and owner[nxt] >= 0 and noun.pos_ == "NOUN":
        return owner[nxt]
    return -1


def _head_of_mention(doc: Doc, table: ClusterTable, tok: Token) -> Token:
    owner = table.owner
    ci = owner[tok.i]
    i, last = tok.i, len(owner) - 1
    while i < last and owner[i + 1] == ci:
        i += 1
    return span_root(doc, tok.i, i + 1)
