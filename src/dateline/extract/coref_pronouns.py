"""Pronoun resolution: he/she/they/it to the entity the text supports, or to nothing.

Preferences, in order: a quoted speaker continuing ('"...," he said'), the reporter of a
reported clause ("Doe said she ..."), the subject named after a fronted phrase ("On his website,
Doe ..."), then Lappin & Leass salience among gender- and number-agreeing candidates, with
binding (an object pronoun is not its own verb's subject) and quotation constraints (a speaker
is not "she" in her own words).  A close runner-up leaves the pronoun alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..nlp import KIN_NOUNS, UNION_NOUNS, children_of
from .clusters import ClusterTable
from .coref_nominals import kin_named, only_told, org_kind, the_partners, the_spouses
from .coref_state import OBJECT_DEPS, SUBJECT_DEPS, CorefState, Pair, recent_group, verb_subjects
from .entity_lexicon import lexicon
from .events_couples import couple_doing

# pronoun -> (gender or None, number)
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("male", "sg"), "him": ("male", "sg"), "his": ("male", "sg"), "himself": ("male", "sg"),
    "she": ("female", "sg"), "her": ("female", "sg"), "hers": ("female", "sg"), "herself": ("female", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "their": (None, "pl"), "theirs": (None, "pl"),
    "themselves": (None, "pl"),
}
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
LEFT_BODY_VERBS = frozenset({"leave", "quit", "rejoin", "sell"})  # a person "left it", "founded X and sold it": a body
# verbs whose subject "it" is, in news, the company in view ("it launched", "it raised $5 million")
ORG_VERBS = frozenset({"launch", "unveil", "raise", "acquire", "buy", "sell", "hire", "appoint", "open", "close", "cut", "shed",
                       "employ", "merge", "invest", "expand", "lay", "post", "report", "announce", "sign", "recruit", "float", "list",
                       "plan", "intend", "aim", "name", "promote", "sue", "countersue"})  # "It plans to ...": what a company means to do;
# "On Tuesday it named X as interim chief executive": a body names and promotes its officers; "It sued X in 2019"
# ... and whose passive subject "it" is ("it was merged with X", "it was founded in 1962", "it was acquired by Y")
ORG_PASSIVE_VERBS = frozenset({"merge", "acquire", "buy", "found", "establish", "list", "float", "incorporate", "nationalise",
                               "nationalize", "privatise", "privatize", "rename", "restructure", "fine"})
# verbs whose object "it" is the company in view ("after X sued it for unfair dismissal"): one sues a body, not a thing;
# one founds a body ("His father had founded it in 1979").  (Not "bought it" or "sold it": a vineyard or a painting,
# named by no name, is bought and sold as often as a company, and the nearest body named would be taken for it.)
ORG_OBJECT_VERBS = frozenset({"sue", "countersue", "found", "cofound", "co-found", "establish"})
# ... and, in a clause a body reports of another ("Selby Foods said Frunmore Group would buy it", "Trestrel said X had sued
# it"), verbs whose object "it" is the body reporting: one buys, sues, fines or courts a company
REPORTED_OBJECT_VERBS = frozenset({"sue", "countersue", "buy", "acquire", "purchase", "fine", "approach", "sanction", "investigate"})
WORK_VERBS = frozenset({"release", "publish", "premiere", "screen", "distribute", "reissue", "translate", "adapt"})
# verbs whose subject "it" is, after a work is named, that work ("It won the X Prize in 2004", "It came out on Y
# Records", "it was shortlisted for the Z Prize", "It opened in cinemas in November", "it was greeted with a standing
# ovation and picked up the jury prize"): the nearest thing named must be a work
WORK_SUBJECT_VERBS = frozenset({"win", "earn", "scoop", "collect", "come", "arrive", "sell", "top", "chart", "premiere", "premier", "debut",
                                "open", "pick", "take", "bag", "claim", "sweep"})
WORK_PASSIVE_VERBS = frozenset({"nominate", "shortlist", "longlist", "award", "adapt", "reissue", "rate", "praise", "review",
                                "greet", "hail", "acclaim"})
# where "it" goes or lands when a product is put on the market ("It will go on sale in May", "it hit the shelves last
# week", "it lands in stores on Friday"): the thing sold is the product or the work in view
SALE_PLACES = frozenset({"shelf", "store", "shop", "market"})
WINDOW = 3  # sentences back for pronouns
TEAM_WINDOW = 1  # sentences back for a club as "they"
WIDE_WINDOW = 5  # sentences back when only one compatible person is that far
AMBIGUITY_RATIO = 0.8  # a runner-up this close to the best leaves the mention alone


def is_person(table: ClusterTable, ci: int) -> bool:
    c = table.clusters[ci]
    return c.label == "PERSON" and not c.members


def _bound_subjects(state: CorefState, tok: Token) -> set[int]:
    """Clusters an object pronoun may not refer to: the subject of its own verb."""
    if tok.lower_ in REFLEXIVES or tok.tag_ == "PRP$":
        return set()
    return verb_subjects(state.table.owner, tok, OBJECT_DEPS) | _participle_subjects(state, tok)


def _participle_subjects(state: CorefState, tok: Token) -> set[int]:
    """"Sentencing her, Judge X said ...", "Jailing him, the judge ...": the object of a participle with no subject
    of its own, hung on a clause, is not that clause's subject (who does the participle's act)."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i > verb.head.i:
        return set()
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in children_of(verb)):
        return set()
    return {state.table.owner[c.i] for c in children_of(verb.head) if c.dep_ in SUBJECT_DEPS and state.table.owner[c.i] >= 0}


def _own_objects(state: CorefState, tok: Token) -> set[int]:
    """"He fired Corley", "She was replaced by Y": a subject pronoun is not its own verb's object, nor the agent of its
    own passive (the converse of binding an object pronoun); the one named there is someone else."""
    if tok.dep_ not in SUBJECT_DEPS or tok.lower_ in REFLEXIVES:
        return set()
    owner, verb = state.table.owner, tok.head
    found = {owner[c.i] for c in children_of(verb) if c.dep_ in ("dobj", "dative", "iobj")}
    found |= {owner[g.i] for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"}
    return {ci for ci in found if ci >= 0}


KIN_OF_NOUNS = KIN_NOUNS | {"niece", "nephew", "heir"}  # "the only child / the niece of A": whose kin
PARENT_NOUNS = frozenset({"wife", "husband", "mother", "father", "partner"})


def _own_parents(state: CorefState, tok: Token) -> set[int]:
    """"Born in Sheffield in 1936, the only child of A, a steelworker, and his wife B, she learned ...": a subject
    pronoun is not one of those its own clause, fronted before it, names as whose child it is."""
    if tok.dep_ not in SUBJECT_DEPS:
        return set()
    owner, verb = state.table.owner, tok.head
    found: set[int] = set()
    for noun in children_of(verb):
        if noun.i >= tok.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in KIN_OF_NOUNS:
            continue
        for prep in children_of(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found |= {owner[t.i] for t in prep.subtree if owner[t.i] >= 0}
            elif prep.dep_ == "conj" and prep.lemma_.lower() in PARENT_NOUNS:  # ("... of A and his wife B": the parser
                found |= {owner[t.i] for t in prep.subtree if owner[t.i] >= 0}  # makes the wife a second "child")
    return found


def _partner_of_named_parent(state: CorefState, tok: Token, agrees: Callable[[int], bool]) -> int | None:
    """"the only child of A, a docker, and his wife, B": the possessive on a spouse noun coordinated with a kin noun is
    the parent that noun's "of" names (not whoever was last said to speak)."""
    noun = tok.head
    if tok.tag_ != "PRP$" or tok.dep_ != "poss" or noun.lemma_.lower() not in PARENT_NOUNS or noun.dep_ != "conj" \
            or noun.head.lemma_.lower() not in KIN_OF_NOUNS:
        return None
    owner = state.table.owner
    found = [owner[p.i] for c in children_of(noun.head) if c.dep_ == "prep" and c.lower_ == "of" and c.i < noun.i
             for p in children_of(c) if p.dep_ == "pobj" and owner[p.i] >= 0]
    return found[0] if len(found) == 1 and agrees(found[0]) else None


def _person_told_last(state: CorefState, tok: Token) -> bool:
    """The sentence before `tok`'s has a person named as its main clause's subject."""
    sentence = state.sent_of[tok.i]
    if sentence == 0:
        return False
    root = state.sents[sentence - 1].root
    return any(c.dep_ in SUBJECT_DEPS and state.table.owner[c.i] >= 0 and is_person(state.table, state.table.owner[c.i])
               for c in children_of(root))


def _equated_subject(state: CorefState, tok: Token) -> set[int]:
    """"X is her successor", "X became his deputy": a possessive in what the subject is said to be
    is someone else than that subject (not "her own")."""
    noun = tok.head
    if tok.tag_ != "PRP$" or noun.dep_ not in ("attr", "oprd") or noun.head.lemma_ not in ("be", "become"):
        return set()
    if any(c.lower_ == "own" for c in children_of(noun)):
        return set()
    return {state.table.owner[c.i] for c in children_of(noun.head) if c.dep_ in SUBJECT_DEPS and state.table.owner[c.i] >= 0}


def _possessed(state: CorefState, tok: Token) -> set[int]:
    """"Her long-time coach, Dusan Petrak, said ...": a possessive is not the one it possesses, nor the name set beside
    that noun (whoever "her" is, the coach is someone else)."""
    noun = tok.head
    if tok.tag_ != "PRP$" or tok.dep_ != "poss" or noun.i == tok.i:
        return set()
    owner = state.table.owner
    found = {owner[noun.i], *(owner[c.i] for c in children_of(noun) if c.dep_ == "appos")}
    return {ci for ci in found if ci >= 0}


def _relativized(state: CorefState, tok: Token) -> set[int]:
    """ "Y, whom she married": a pronoun that is an argument of a relative clause's own verb is not
    the noun the clause is about (the relative pronoun already stands for it); so is the object of
    one of its prepositions ("X, who has worked with her since 2009")."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.dep_ == "relcl":
        verb = verb.head
    if verb.dep_ != "relcl" or tok.tag_ == "PRP$" or tok.lower_ in REFLEXIVES:
        return set()
    if not any(c.i != tok.i and c.tag_ in ("WP", "WDT") for c in children_of(verb)):
        return set()
    owner = state.table.owner[verb.head.i]
    return {owner} if owner >= 0 else set()


def _reflexive_binder(state: CorefState, tok: Token) -> int | None:
    """A reflexive is its own clause's subject: "X, who himself arrived in March" (the relative
    pronoun's noun), "X blamed himself"."""
    if tok.lower_ not in REFLEXIVES:
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.i != tok.i), None)
    if subject is None:
        return None
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head
    owner = state.table.owner[subject.i]
    return owner if owner >= 0 else None


def _member_of_subject_group(state: CorefState, tok: Token, agrees: Callable[[int], bool]) -> int | None:
    """"The couple had two children and were married for 49 years, until his death in 2009": a possessive in a clause
    whose subject is a pair (or a group) of people is the one member of the pronoun's gender -- not someone the clause
    names in passing."""
    if tok.dep_ != "poss" or state.in_quote[tok.i]:
        return None
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = None
    while verb is not None and subject is None:
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
        verb = verb.head if subject is None and verb.dep_ == "conj" and verb.head.i != verb.i else None
    group = state.table.owner[subject.i] if subject is not None else -1
    if group < 0 or not state.table.clusters[group].members:
        return None
    members = [ci for ci in state.table.clusters[group].members if agrees(ci)]
    return members[0] if len(members) == 1 else None


def _relative_possessor(state: CorefState, tok: Token, relatives: tuple[str, ...] = ("who", "that")) -> int | None:
    """"X, 68, who announced his resignation in November", "Y, who has held her seat since 2015": a possessive
    in what a relative clause's verb does (its object, or a noun under one of its prepositions), the clause's
    subject the relative pronoun, is the noun the clause is about."""
    if tok.tag_ != "PRP$":
        return None
    noun = tok.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if noun.dep_ not in ("dobj", "pobj", "attr") or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in relatives for c in children_of(verb)):
        return None
    head = verb.head
    owner = state.table.owner[head.i]
    if owner < 0 and head.dep_ == "appos":
        owner = state.table.owner[head.head.i]  # "X, the former minister who ..."
    return owner if owner >= 0 else None


RELATIVE_SPEECH = frozenset({"say", "announce", "confirm", "reveal", "admit", "insist", "declare", "explain", "write", "add"})


def _relative_clause_subject(state: CorefState, tok: Token) -> int | None:
    """"left by X, who resigned last month after he was charged with drunken driving": the subject of a clause hung on a
    relative clause whose subject is "who" is the one the relative clause is about."""
    verb = tok.head
    if tok.tag_ != "PRP" or tok.dep_ not in ("nsubj", "nsubjpass") or verb.head.dep_ != "relcl":
        return None
    said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in RELATIVE_SPEECH  # ("X, 34, who announced on Friday that she
    # would retire": what X said of herself)
    if not said and (verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in children_of(verb))):
        return None
    clause = verb.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in children_of(clause)):
        return None
    if any(t.tag_ in ("PRP", "PRP$") for t in tok.doc[clause.left_edge.i : tok.i]):
        return None  # "X, who has worked with her since she was 15": another the clause speaks of
    owner = state.table.owner[clause.head.i]
    return owner if owner >= 0 else None


TAKING_BODY_VERBS = frozenset({"found", "cofound", "co-found", "establish", "start", "buy", "acquire", "join"})


def _named_object(table: ClusterTable, obj: Token) -> int:
    """The cluster an object is, or the name set after it ("the shipping firm Brix Lines"); -1 for none."""
    if table.owner[obj.i] >= 0:
        return int(table.owner[obj.i])
    return next((int(table.owner[c.i]) for c in children_of(obj) if c.dep_ == "appos" and table.owner[c.i] >= 0), -1)


def _clause_subject_holder(verb: Token) -> Token:
    """The verb whose subject a conjoined verb shares: "joined X and left it": "joined"."""
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        verb = verb.head
    return verb


JOINING_VERBS = frozenset({"join", "rejoin", "recruit", "hire", "sign", "poach", "headhunt"})


def _body_joined(state: CorefState, tok: Token, is_org: Callable[[int], bool]) -> int | None:
    """"After a spell at X, she was recruited in 1968 by Y. She was made its chief scientist": "its" before a post held
    by the person the clause is about is the one body that person joined, in this sentence or the one before, when
    the salience of the bodies named there ties."""
    noun = tok.head
    verb = noun.head
    if tok.dep_ != "poss" or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "attr", "oprd", "pobj"):
        return None
    if noun.dep_ == "pobj":
        verb = verb.head
    subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
    holder = state.table.owner[subject.i] if subject is not None else -1
    if holder < 0 or is_org(holder):
        return None
    sentence = state.sent_of[tok.i]
    bodies = set()
    for sent in (state.sents[sentence - 1], state.sentence(tok)) if sentence > 0 else (state.sentence(tok),):
        for join in (t for t in sent if t.i < tok.i and t.lemma_.lower() in JOINING_VERBS and t.pos_ == "VERB"):
            kids = children_of(join)
            if join.lemma_.lower() in ("join", "rejoin"):
                people = [c for c in kids if c.dep_ == "nsubj"]
                orgs = [c for c in kids if c.dep_ == "dobj"]
            else:
                people = [c for c in kids if c.dep_ == "nsubjpass"]
                orgs = [g for c in kids if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
            if any(state.table.owner[p.i] == holder for p in people):
                bodies |= {ci for ci in (_named_object(state.table, o) for o in orgs) if ci >= 0 and is_org(ci)}
    return bodies.pop() if len(bodies) == 1 else None


def _choose(ranked: list[tuple[float, int]]) -> int | None:
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1][0] >= AMBIGUITY_RATIO * ranked[0][0]:
        return None
    return ranked[0][1]


def _story_subject(state: CorefState, tok: Token, ranked: list[tuple[float, int]]) -> int | None:
    """"X, the botanist who ..., died on Saturday. ... The couple had two children, Helena and Tomasz. In 1961 she was
    appointed ...": of two people of the pronoun's gender about as salient, the one the story leads with (the first
    person its lead sentences name) when the story has told of them at least twice as often as of the other so far --
    the subject of a profile or an obituary, not someone its last sentence brought in."""
    sentence = state.sent_of[tok.i]
    if tok.dep_ not in SUBJECT_DEPS or any(seen.sentence == sentence and seen.token < tok.i and ci == seen.cluster
                                           for seen in state.history for _, ci in ranked):
        return None  # (a subject, with no one it could be named before it in its sentence: "X, 38, was chasing his ...")
    lead = state.lead_person(tok.i)
    if lead is None or lead not in (ci for _, ci in ranked[:2]):
        return None
    others = [ci for score, ci in ranked if ci != lead and score >= AMBIGUITY_RATIO * ranked[0][0]] or \
        [ci for _, ci in ranked[:2] if ci != lead]  # (all in play: "had two daughters, A and B. In 1962 she founded ...")

    before = [seen for seen in state.history if seen.token < tok.i]
    last_lead = max(seen.token for seen in before if seen.cluster == lead)
    if any(max((seen.token for seen in before if seen.cluster == other and seen.role == "subj"), default=-1) > last_lead
           for other in others):
        return None  # (another told as a subject since: "Y was arrested at his home. He was released on bail")

    def told(ci: int) -> int:
        return sum(m.start < tok.i for m in state.table.clusters[ci].mentions)

    return lead if all(told(lead) >= 2 * told(other) for other in others) else None


def _cataphor(state: CorefState, tok: Token, accept: Callable[[int], bool]) -> int | None:
    """"after news of his affair, John Doe ...": the one compatible person later in the sentence."""
    found = {state.table.owner[t.i] for t in state.sentence(tok) if t.i > tok.i and state.table.owner[t.i] >= 0}
    found = {ci for ci in found if accept(ci)}
    return found.pop() if len(found) == 1 else None


def _previous_speaker(state: CorefState, tok: Token, accept: Callable[[int], bool]) -> int | None:
    """'"...," he said' after a sentence whose words a person spoke: the same speaker goes on."""
    sentence = state.sent_of[tok.i]
    if tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_.lower() not in lexicon().speech_verbs or sentence == 0:
        return None
    sent = state.sentence(tok)
    if not any(state.in_quote[sent.start : sent.end]):
        return None
    before = sentence - 1
    while before > 0 and sentence - before < 3 and all(state.in_quote[t.i] or t.is_punct or t.is_space for t in state.sents[before]):
        before -= 1  # '"Family comes first. We will manage," he told X': the sentence before the quotation opened
    previous = state.sents[before]
    speakers = {ci for ci in state.speakers(previous[0]) if accept(ci)}
    if not speakers and before < sentence - 1:  # 'X was gracious in defeat. "She ran well. I'll remember that," she told Y':
        root = previous.root  # the one the sentence before the quotation is about, when it quotes no one
        speakers = {state.table.owner[c.i] for c in children_of(root) if c.dep_ in SUBJECT_DEPS and state.table.owner[c.i] >= 0
                    and accept(state.table.owner[c.i]) and not any(g.dep_ == "conj" for g in children_of(c))
                    and not any(state.in_quote[t.i] for t in previous)}  # (one of two subjects is no one the sentence is about)
    return speakers.pop() if len(speakers) == 1 else None


def _reporting_subject(state: CorefState, tok: Token, accept: Callable[[int], bool]) -> int | None:
    """"Jane Doe told reporters that she would run": the subject of a reported clause is, by
    default, the person reporting it; so is the possessor of that subject ("X said that his father
    died": X's father)."""
    clause = tok.head
    if tok.tag_ == "PRP$" and clause.dep_ in SUBJECT_DEPS:
        clause = clause.head  # "his father" as the subject: the clause of the father
    elif tok.dep_ not in SUBJECT_DEPS:
        return None
    while clause.dep_ in ("aux", "auxpass") and clause.head.i != clause.i:
        clause = clause.head  # the parser sometimes hangs the subject on the auxiliary
    if clause.dep_ == "acl" and any(c.lower_ == "that" and c.dep_ == "mark" for c in children_of(clause)) \
            and clause.head.dep_ == "pobj" and clause.head.head.dep_ == "prep":
        clause = clause.head.head  # "said in a statement that his father died": the statement's content is said
    elif clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in lexicon().speech_verbs:
        return None
    for child in children_of(verb):
        if child.dep_ not in SUBJECT_DEPS:
            continue
        if child.tag_ == "WP" and verb.dep_ == "relcl":
            child = verb.head  # "X, who announced that he would step down": the one the relative clause is about
        if state.table.owner[child.i] < 0:  # "That employee, Jane Doe, told the jury she ...": the name set beside it
            child = next((c for c in children_of(child) if c.dep_ == "appos" and state.table.owner[c.i] >= 0), child)
        if state.table.owner[child.i] >= 0 and accept(state.table.owner[child.i]):
            return state.table.owner[child.i]
    return None


DEATH_LEMMAS = frozenset({"die", "pass"})  # "died", "passed away"


def _dead_reporter(state: CorefState, tok: Token) -> set[int]:
    """"His son, X, said he died peacefully on Monday": the one who reports a death is not the one who died (but "X said
    his father died": the possessor stays the reporter's)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in DEATH_LEMMAS or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in lexicon().speech_verbs:
        return set()
    owner = state.table.owner
    reporters = [c for c in children_of(verb.head) if c.dep_ in SUBJECT_DEPS]
    reporters += [a for c in reporters for a in children_of(c) if a.dep_ == "appos"]  # ("His son, X, said": X too)
    return {owner[c.i] for c in reporters if owner[c.i] >= 0}


def _fronted_cataphor(state: CorefState, tok: Token, accept: Callable[[int], bool]) -> int | None:
    """"On his own website, John Doe wrote ...": a pronoun in a phrase fronted before the main
    clause refers to that clause's subject when the subject is a compatible person named after it."""
    root = state.sentence(tok).root
    if tok.i >= root.i or tok.dep_ in SUBJECT_DEPS or tok.head.i == root.i:
        return None
    for child in children_of(root):
        if child.dep_ in SUBJECT_DEPS and tok.i < child.i < root.i:
            ci = state.table.owner[child.i]
            if ci >= 0 and accept(ci) and not any(tok.i in range(c.left_edge.i, c.right_edge.i + 1) for c in [child]):
                return ci
    return None


def resolve_singular(state: CorefState, tok: Token, gender: str, passed_over: frozenset[int] = frozenset()) -> int | None:
    """The person a singular pronoun of `gender` stands for, if the text tells (none of `passed_over`)."""
    table = state.table
    sentence = state.sent_of[tok.i]
    banned = _bound_subjects(state, tok) | _relativized(state, tok) | _equated_subject(state, tok) | _own_objects(state, tok)
    banned |= _possessed(state, tok)
    banned |= passed_over | _dead_reporter(state, tok) | _own_parents(state, tok)
    if state.in_quote[tok.i]:
        banned |= state.speakers(tok)  # "'She played well,' Doe said": she is not Doe
    birth = _birth_name(state, tok)
    if birth is not None and birth not in banned:  # "Born Halina Ruszkowska in Sopot in 1938, she came to England": her
        target = resolve_singular(state, tok, gender, frozenset({birth}))  # name at birth, no one else (or, no one else in
        # view, that one)
        if target is None or target == birth or table.clusters[target].label != "PERSON":
            return birth
        table.merge(target, birth)
        return target

    def agrees(ci: int) -> bool:
        return is_person(table, ci) and table.clusters[ci].gender == gender and ci not in banned

    def unknown(ci: int) -> bool:
        return is_person(table, ci) and table.clusters[ci].gender is None and ci not in banned

    binder = _reflexive_binder(state, tok)
    if binder is not None and (agrees(binder) or unknown(binder)):
        return binder
    member = _member_of_subject_group(state, tok, agrees)
    if member is not None:
        return member
    parent = _partner_of_named_parent(state, tok, agrees)
    if parent is not None:
        return parent
    for relative in (_relative_possessor(state, tok), _relative_clause_subject(state, tok)):
        if relative is not None and (agrees(relative) or unknown(relative)):
            if unknown(relative):
                table.clusters[relative].gender = gender
            return relative
    speaker = _previous_speaker(state, tok, agrees) if not state.in_quote[tok.i] else None
    if speaker is None and not state.in_quote[tok.i] and (speaker := _previous_speaker(state, tok, unknown)) is not None:
        table.clusters[speaker].gender = gender  # 'X said the squad was delighted. "...," he told Y': X, a man
    if speaker is None and not state.in_quote[tok.i]:
        speaker = _reporting_subject(state, tok, agrees)
        if speaker is None and (speaker := _reporting_subject(state, tok, unknown)) is not None:
            table.clusters[speaker].gender = gender  # "X, 71, announced that he would step down": X, a man
    if speaker is not None:
        return speaker
    fronted = _fronted_cataphor(state, tok, agrees)
    if fronted is not None:
        return fronted
    coordinate = _coordinate_subject(state, tok, agrees)
    if coordinate is not None:
        return coordinate
    continued = _continued_subject(state, tok, agrees)
    if continued is not None:
        return continued
    own = _own_sentence_subject(state, tok, agrees)
    if own is not None:
        return own
    for rule in (_adverbial_antecedent, _unknown_subject, _acted_on_last, _introduced_last):  # rules that may name someone
        found = rule(state, tok, agrees, unknown)  # of no gender known yet: the pronoun tells it
        if found is not None:
            table.clusters[found].gender = gender
            return found
    ranked = state.salience(tok.i, sentence, WINDOW, agrees)
    if ranked:
        chosen = _choose(ranked)
        return chosen if chosen is not None else _story_subject(state, tok, ranked)
    unknowns = state.salience(tok.i, sentence, WINDOW, unknown)
    wide = state.salience(tok.i, sentence, WIDE_WINDOW, agrees)
    if unknowns:  # someone of unknown gender is nearer: only they, when no one of the pronoun's gender is in view
        if len(unknowns) == 1 and not wide:
            table.clusters[unknowns[0][1]].gender = gender  # "Adaobi Nnaji-Rowntree ... She spent fourteen years"
            return unknowns[0][1]
        return None
    if len(wide) == 1:
        return wide[0][1]
    return _cataphor(state, tok, agrees) if not wide else None


def _birth_name(state: CorefState, tok: Token) -> int | None:
    """The person named as the object of a fronted "Born" before the pronoun, its clause's subject ("Born X in Y in 1938,
    she ...")."""
    if tok.dep_ not in SUBJECT_DEPS:
        return None
    for clause in children_of(tok.head):
        if clause.dep_ == "advcl" and clause.lemma_.lower() in ("bear", "born") and clause.i < tok.i and clause.tag_ == "VBN":
            named = next((c for c in children_of(clause) if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
            ci = state.table.owner[named.i] if named is not None else -1
            if ci >= 0 and is_person(state.table, ci):
                return ci
    return None


SUBORDINATORS = frozenset({"since", "when", "after", "before", "because", "although", "though", "while", "until", "as", "once"})


def _adverbial_antecedent(state: CorefState, tok: Token, agrees: Callable[[int], bool],
                          unknown: Callable[[int], bool]) -> int | None:
    """"... the first decision by the owner, X, since he took control": the subject of an adverbial
    clause ("since / when / after he ...") is the one person of its gender (or of no known gender)
    named earlier in the same sentence, however salient someone named in earlier sentences is."""
    clause = tok.head
    if state.in_quote[tok.i] or tok.dep_ not in SUBJECT_DEPS or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in children_of(clause)):
        return None
    sentence = state.sent_of[tok.i]
    here = {seen.cluster for seen in state.history if seen.sentence == sentence and seen.token < tok.i}
    found = {ci for ci in here if agrees(ci) or unknown(ci)}
    return found.pop() if len(found) == 1 else None


ADDITIVE_ADVERBS = frozenset({"also"})  # "He also promoted Z": one more act of the one who acted last
COORDINATE_CLAUSE_DEPS = frozenset({"conj", "parataxis"})


def _coordinate_subject(state: CorefState, tok: Token, agrees: Callable[[int], bool]) -> int | None:
    """"His replacement, X, will not take part: he has joined Y", "X left the club in May, and he now coaches
    in Spain": the subject of a clause joined to the sentence's first clause (by "and", a colon or a
    semicolon) goes on from that clause's subject, a person of its gender named before it, however salient
    someone named in an earlier sentence is."""
    clause = tok.head
    if state.in_quote[tok.i] or tok.dep_ not in SUBJECT_DEPS:
        return None
    first = clause.head if clause.dep_ in COORDINATE_CLAUSE_DEPS else _clause_before_colon(clause, tok)
    if first is None:
        return None
    if first.pos_ not in ("VERB", "AUX") or first.i >= tok.i:
        return None
    subjects = [c for c in children_of(first) if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in children_of(subjects[0])):
        return None  # "X and Y met in 2001, and he ...": no one subject goes on
    subject = subjects[0]
    ci = state.table.owner[subject.i]
    if ci < 0:  # "His replacement, X, ...": the name set beside the subject
        ci = next((state.table.owner[c.i] for c in children_of(subject) if c.dep_ == "appos" and state.table.owner[c.i] >= 0), -1)
    return ci if ci >= 0 and agrees(ci) else None


def _sentence_before_opening_subject(state: CorefState, tok: Token) -> Span | None:
    """The sentence before, when the pronoun opens its own (outside quotes) as the subject of its main verb and that
    sentence quotes no one: where the centre of attention it continues was set."""
    sentence = state.sent_of[tok.i]
    if state.in_quote[tok.i] or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT" or sentence == 0:
        return None
    if any(t.pos_ not in ("ADV", "PUNCT", "SPACE", "CCONJ") for t in state.doc[state.sents[sentence].start : tok.i]):
        return None
    previous = state.sents[sentence - 1]
    return None if any(state.in_quote[previous.start : previous.end]) else previous


def _continued_subject(state: CorefState, tok: Token, agrees: Callable[[int], bool]) -> int | None:
    """"Prime Minister X named Y to the post on Tuesday. He also promoted Z ...": a pronoun opening a sentence as the
    subject of a main verb that tells one more act ("also") goes on from the last sentence's main subject, a person
    named there, when no one else of the pronoun's gender is in that sentence (the centre of attention carries over:
    Grosz, Joshi & Weinstein 1995).  Without the additive word the rule reached too far (on held-out text)."""
    previous = _sentence_before_opening_subject(state, tok)
    if previous is None or not any(c.dep_ == "advmod" and c.lower_ in ADDITIVE_ADVERBS for c in children_of(tok.head)):
        return None
    sentence = state.sent_of[tok.i]
    root = previous.root
    if root.lemma_.lower() in lexicon().speech_verbs:
        return None  # "X's lawyer, Y, said the charge was false. He will appear ...": the reported clause's people are in play
    subjects = [c for c in children_of(root) if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or any(c.dep_ == "conj" for c in children_of(subjects[0])):
        return None  # (named there, not a pronoun or a description already resolved)
    ci = state.table.owner[subjects[0].i]
    if ci < 0 or not agrees(ci):
        return None
    others = {seen.cluster for seen in state.history if seen.sentence == sentence - 1 and agrees(seen.cluster)}
    return ci if others == {ci} else None


def _own_sentence_subject(state: CorefState, tok: Token, agrees: Callable[[int], bool]) -> int | None:
    """"X, who won 62 caps, played for Y and was head coach of Z, where he won the cup in 2017": the pronoun subject of a
    relative or adverbial clause is its sentence's main subject when that is the one person of the pronoun's gender the
    sentence has named before it -- however salient someone told in the sentences before (outside quotes)."""
    if state.in_quote[tok.i] or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ not in ("relcl", "advcl"):
        return None  # (the subject of a relative or adverbial clause: not "named X to replace her", who is someone else)
    sentence = state.sent_of[tok.i]
    here = [seen for seen in state.history if seen.sentence == sentence and seen.token < tok.i]
    people = {seen.cluster for seen in here if agrees(seen.cluster)}
    if len(people) != 1:
        return None
    ci = people.pop()
    root = state.sents[sentence].root
    subjects = [c for c in children_of(root) if c.dep_ in SUBJECT_DEPS]
    return ci if any(state.table.owner[c.i] == ci for c in subjects) or any(  # (or the main subject's possessor: "X's rise has
        g.dep_ == "poss" and state.table.owner[g.i] == ci for c in subjects for g in children_of(c)) else None  # coincided with
    # the arrival of Y, the coach she hired in April")


def _acted_on_last(state: CorefState, tok: Token, agrees: Callable[[int], bool], unknown: Callable[[int], bool]) -> int | None:
    """"Sotomaior also dismissed the interior minister, X. He was replaced by Y": a pronoun opening a sentence as its
    subject, after a sentence whose subject is someone the pronoun cannot be and whose object is the one person there it
    can (of its gender, or of none known yet), is that object (the next centre of attention; someone of the pronoun's
    gender told earlier is further back)."""
    previous = _sentence_before_opening_subject(state, tok)
    if previous is None:
        return None
    sentence = state.sent_of[tok.i]
    root = previous.root
    subjects = [c for c in children_of(root) if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or (doer := state.table.owner[subjects[0].i]) < 0 or not is_person(state.table, doer) \
            or agrees(doer) or unknown(doer):
        return None
    objects = [c for c in children_of(root) if c.dep_ == "dobj"]
    named = [t for o in objects for t in (o, *(c for c in children_of(o) if c.dep_ == "appos"))]
    told = {ci for t in named if (ci := state.table.owner[t.i]) >= 0 and (agrees(ci) or unknown(ci))}
    others = {seen.cluster for seen in state.history if seen.sentence == sentence - 1 and (agrees(seen.cluster) or unknown(seen.cluster))}
    return next(iter(told)) if len(told) == 1 and others == told else None


def _introduced_last(state: CorefState, tok: Token, agrees: Callable[[int], bool], unknown: Callable[[int], bool]) -> int | None:
    """"The victim, Padraig Fennelly, 61, had worked as caretaker ... He was found ...": a pronoun opening a sentence as its
    subject continues the last sentence's subject when that sentence introduced a person by a description with the name
    in apposition ("The victim, X,", "The new chief executive, X,") and names no one else: the new centre of attention
    (someone of the pronoun's gender further back is not any more)."""
    previous = _sentence_before_opening_subject(state, tok)
    if previous is None:
        return None
    subjects = [c for c in children_of(previous.root) if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(subjects[0])):
        return None
    named = [c for c in children_of(subjects[0]) if c.dep_ == "appos" and c.pos_ == "PROPN"]
    told = {ci for t in named if (ci := state.table.owner[t.i]) >= 0 and (agrees(ci) or unknown(ci))}
    people = {seen.cluster for seen in state.history if seen.sentence == state.sent_of[tok.i] - 1 and is_person(state.table, seen.cluster)}
    return next(iter(told)) if len(told) == 1 and people == told else None


def _clause_before_colon(clause: Token, tok: Token) -> Token | None:
    """"X will not take part: he has joined Y", parsed with the first clause as the second's complement:
    a clause that ends before a colon or semicolon preceding the pronoun is no complement of the verb after."""
    stops = [c.i for c in children_of(clause) if c.dep_ == "punct" and c.text in (":", ";") and c.i < tok.i]
    return next((c for c in children_of(clause) if c.dep_ == "ccomp" and stops and c.right_edge.i < stops[-1]), None)


def _unknown_subject(state: CorefState, tok: Token, agrees: Callable[[int], bool], unknown: Callable[[int], bool]) -> int | None:
    """"The new minister, Aleksander Parn, spent eight years at a bank before he joined the
    ministry": a person whose name tells no gender, the subject earlier in the pronoun's own
    sentence, outranks anyone farther back, when nobody of the pronoun's gender is in the sentence."""
    if state.in_quote[tok.i]:
        return None
    sentence = state.sent_of[tok.i]
    here = [seen for seen in state.history if seen.sentence == sentence and seen.token < tok.i]
    if any(agrees(seen.cluster) for seen in here):
        return None
    subjects = {seen.cluster for seen in here if seen.role == "subj" and unknown(seen.cluster)}
    return subjects.pop() if len(subjects) == 1 else None


COUPLING = frozenset({"marry", "married", "wed", "engage", "engaged", "date"})


def _couple_of_clause(state: CorefState, tok: Token) -> int | None:
    """"X, who was married to the actress Y for four years before they split in 2010": "they" in a clause hung on a
    verb of a couple is the two people that verb joins (not the couple the article is about)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "advcl":
        return None
    above = verb.head
    word = next((t for t in (above, *children_of(above)) if t.lemma_.lower() in COUPLING or t.lower_ in COUPLING), None)
    if word is None:
        return None
    subject = next((c for c in children_of(above) if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and above.dep_ == "relcl":
        subject = above.head  # ("X, who was married to Y")
    partners = [g for c in children_of(word) if c.dep_ == "prep" and c.lower_ in ("to", "with")
                for g in children_of(c) if g.dep_ == "pobj"] + [c for c in children_of(word) if c.dep_ == "dobj"]
    partners += [a for p in partners for a in children_of(p) if a.dep_ == "appos"]  # ("the actress Y")
    owners = {state.table.owner[t.i] for t in (subject, *partners) if t is not None} - {-1}
    people = [ci for ci in owners if is_person(state.table, ci)]
    return state.group_for(tuple(people)) if len(people) == 2 and subject is not None and state.table.owner[subject.i] in people else None


UNION_WORDS = UNION_NOUNS | {"anniversary"}  # what a couple shares ("their date of separation", "their anniversary")


def _of_a_union(tok: Token) -> bool:
    """"their marriage", "their date of separation": a possessive of what a couple shares."""
    if tok.dep_ != "poss":
        return False
    noun = tok.head
    return noun.lemma_.lower() in UNION_WORDS or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in UNION_WORDS for g in c.children)
        for c in noun.children)


def _own_child_in(state: CorefState, tok: Token, group: int) -> bool:
    """"Milo and Poppy will always come first. Their son Milo is nine": the group is not the parents of a child noun whose
    name is one of them."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.lemma_.lower() not in KIN_NOUNS:
        return False
    members = set(state.table.clusters[group].members)
    named = [*children_of(noun), *([noun.head] if noun.dep_ == "compound" else [])]  # "son Milo" hung either way
    return any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and state.table.owner[c.i] in members for c in named)


def resolve_plural(state: CorefState, tok: Token) -> int | None:
    couple = _couple_of_clause(state, tok)
    if couple is not None:
        return couple
    group = recent_group(state, tok.i, WINDOW, blockable=True)
    if group is not None and (((_of_a_union(tok) or couple_doing(tok)) and kin_named(state, group)) or _own_child_in(state, tok, group)):
        spouses = the_spouses(state, tok) or the_partners(state, tok, group)
        return state.group_for(spouses) if spouses is not None else None  # "custody of the couple's two children, A and B.
        # The filing lists their date of separation as Sept. 2", "... a year after they were introduced": the couple's, not
        # the children's (whoever the couple is, or no one)
    if group is not None:
        return group
    if state.sent_of[tok.i] == state.sent_of[0] or not state.history:
        sent = state.sentence(tok)
        # not a coordination the pronoun stands inside ("survived by his wife, Ruth, and their children, Anna and
        # Paul": "their" is not Ruth's and her children's)
        later = [p for p in _pairs_in(state, sent) if p.token > tok.i and all(
            state.table.clusters[m].first_in(sent.start, sent.end) > tok.i for m in p.members)]
        if later:
            return state.group_for(later[0].members)
    return _team(state, tok)


def _team(state: CorefState, tok: Token) -> int | None:
    """"they" for a sports club, as British news writes ("Skunmere ... They won the cup in 1998"):
    the one salient club of the last two sentences, when no people spoken of in the plural are nearer."""
    if state.in_quote[tok.i]:
        return None
    sentence = state.sent_of[tok.i]
    first = state.sents[max(sentence - 1, 0)].start
    lex = lexicon()
    if any(t.tag_ in ("NNS", "NNPS") and lex.is_person_noun(t.lemma_.lower()) for t in state.doc[first : tok.i]):
        return None  # "the players ... they": people

    def is_team(ci: int) -> bool:
        cluster = state.table.clusters[ci]
        return cluster.label == "ORG" and org_kind(cluster) == "sport"

    subjects = {seen.cluster for seen in state.history if seen.sentence == sentence and seen.role == "subj"
                and state.table.clusters[seen.cluster].label == "ORG"}
    if len(subjects) == 1:  # "Orneby had equalised through a penalty by their captain": the sentence's own club
        return subjects.pop()
    return _choose(state.salience(tok.i, sentence, TEAM_WINDOW, is_team))


def _pairs_in(state: CorefState, sent: Span) -> list[Pair]:
    return [p for p in state.pairs if sent.start <= p.token < sent.end]


def _zero_relative_holder(state: CorefState, tok: Token) -> int | None:
    """"Acme agreed to sell Beta, a small label it bought in 2019": "it", the subject of a relative clause with no
    relative word, is not the noun the clause describes but the body the sentence is about -- the named subject of
    the nearest verb above that noun that has a subject, when that subject is an organisation.  So too with a relative
    word that is the clause's object ("Frunmore now owns Plessey Foods, which it bought from Halvex": not Plessey)."""
    verb = tok.head
    if verb.dep_ != "relcl" or any((c.tag_ in ("WP", "WDT", "WP$") and c.dep_ not in ("dobj", "pobj")) or c.dep_ == "mark"
                                   for c in children_of(verb)):
        return None
    owner = state.table.owner
    described = {owner[verb.head.i]}
    node = verb.head
    for _ in range(6):
        if node.dep_ in ("appos", "conj"):
            described.add(owner[node.head.i])
        if node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in children_of(node) if c.dep_ in SUBJECT_DEPS), None) if node.pos_ in ("VERB", "AUX") else None
        if subject is not None:
            ci = owner[subject.i]
            if ci >= 0 and ci not in described and state.table.clusters[ci].label == "ORG":
                return ci
            return None
    return None


# verbs that, besides the speech verbs, report what a body says of itself ("Acme disclosed that it had built a stake")
DISCLOSING_VERBS = frozenset({"disclose", "announce", "admit", "acknowledge", "report", "warn", "state", "indicate", "signal"})


def _put_on_sale(verb: Token) -> bool:
    """"went on sale", "hit the shelves", "landed in stores": the verb tells a thing put on the market."""
    lemma = verb.lemma_.lower()
    if lemma == "go":
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ == "sale" for g in children_of(c))
                   for c in children_of(verb))
    if lemma in ("hit", "land"):
        return any((c.dep_ == "dobj" and c.lemma_.lower() in SALE_PLACES) or (c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in SALE_PLACES for g in children_of(c))) for c in children_of(verb))
    return False


def _work_told_of(state: CorefState, tok: Token) -> bool:
    """"The Salt Road, a drama about a ferry crew, won the Golden Heron, handing its director, X, ...", "The festival's
    closing film, "North Cape", premiered on Friday. Its star, X, ...": the subject of the clause "its" is in (or, for a
    sentence it opens, of the sentence before) is a work -- a film, a book, an album -- named by title, so "its" is the
    work's, not the organisation nearest it."""
    table = state.table
    sentence = state.sent_of[tok.i]
    opens = tok.i == 0 or state.sent_of[tok.i - 1] != sentence
    told = sentence - 1 if opens else sentence
    subjects = {seen.cluster for seen in state.history if seen.sentence == told and seen.role == "subj"
                and (opens or seen.token < tok.i)}
    return bool(subjects) and all(table.clusters[ci].label == "WORK" for ci in subjects)


def _subject_past_an_aside(state: CorefState, sentence: int, is_org: Callable[[int], bool]) -> int | None:
    """"X was founded in 2018 by A and B. The two had met as students at the University of Y. Its first product ...": after
    a sentence that names bodies only in its phrases (its subject no body), a sentence-opening "Its" is the body the sentence
    before that was about, its subject (a body the aside also names as a subject or object is not passed over)."""
    before = [seen for seen in state.history if seen.sentence == sentence - 1]
    if any(seen.role in ("subj", "obj") and is_org(seen.cluster) for seen in before) or not any(is_org(s.cluster) for s in before) \
            or sentence < 2 or not _people_as_subject(state, state.sents[sentence - 1]):
        return None  # (not "The deal ends a bad year at Y. Its head of design ...": Y's, the aside about no one)
    subjects = {seen.cluster for seen in state.history if seen.sentence == sentence - 2 and seen.role == "subj" and is_org(seen.cluster)}
    return subjects.pop() if len(subjects) == 1 else None


PEOPLE_SUBJECTS = frozenset({"two", "pair", "couple", "founder", "cofounder", "co-founder", "partner", "friend", "brother", "sister"})


def _people_as_subject(state: CorefState, sent: Span) -> bool:
    """The sentence's main verb has people for its subject: a person named, a personal pronoun, "the two", "the founders"."""
    root = sent.root
    for subject in (c for c in children_of(root) if c.dep_ in SUBJECT_DEPS):
        owner = state.table.owner[subject.i]
        if (owner >= 0 and is_person(state.table, owner)) or subject.lower_ in ("he", "she", "they", "we") \
                or subject.lemma_.lower() in PEOPLE_SUBJECTS:
            return True
    return False


def resolve_neuter(state: CorefState, tok: Token) -> int | None:
    """"its" -> the salient organisation nearby; "it" only as the subject of a clause reported
    by an organisation ("Acme said it would ...") -- elsewhere "it" is too often not an entity."""
    table = state.table

    def is_org(ci: int) -> bool:
        return table.clusters[ci].label == "ORG"

    if tok.lower_ == "its" and not state.in_quote[tok.i]:
        # "X, which raised its stake to 14 per cent": the body the relative clause is about, not a possessor near it
        relative = _relative_possessor(state, tok, ("which", "that"))
        if relative is not None and is_org(relative):
            return relative
    if tok.lower_ in ("its", "itself"):
        sentence = state.sent_of[tok.i]
        if _work_told_of(state, tok):
            return None  # "The Salt Road won the prize, handing its director, X, ...": the work's, no organisation's
        if tok.i == 0 or state.sent_of[tok.i - 1] != sentence:  # "The union said ... "from the company." Its
            subjects = {seen.cluster for seen in state.history  # general secretary said": the last sentence's subject
                        if seen.sentence == sentence - 1 and seen.role == "subj" and is_org(seen.cluster)}
            if len(subjects) == 1:
                return subjects.pop()
            earlier = _subject_past_an_aside(state, sentence, is_org)
            if earlier is not None:
                return earlier
        chosen = _choose(state.salience(tok.i, state.sent_of[tok.i], 1, is_org))
        return chosen if chosen is not None else _body_joined(state, tok, is_org)
    verb = tok.head
    if tok.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp" and (verb.head.lemma_.lower() in lexicon().speech_verbs
                                                              or verb.head.lemma_.lower() in DISCLOSING_VERBS):
        for child in children_of(verb.head):
            if child.dep_ in SUBJECT_DEPS and table.owner[child.i] >= 0 and is_org(table.owner[child.i]):
                return table.owner[child.i]
    clause = verb.head if verb.dep_ == "xcomp" else verb  # ("... that Y had agreed to acquire it")
    if tok.dep_ == "dobj" and tok.lower_ == "it" and clause.dep_ == "ccomp" and verb.lemma_.lower() in REPORTED_OBJECT_VERBS \
            and (clause.head.lemma_.lower() in lexicon().speech_verbs or clause.head.lemma_.lower() in DISCLOSING_VERBS) \
            and not state.in_quote[tok.i]:
        reporter = next((table.owner[c.i] for c in children_of(clause.head) if c.dep_ in SUBJECT_DEPS), -1)
        own = {table.owner[c.i] for c in children_of(clause) if c.dep_ in SUBJECT_DEPS}
        if reporter >= 0 and is_org(reporter) and own and reporter not in own:
            return reporter
    if tok.dep_ == "nsubj" and tok.lower_ == "it" and not state.in_quote[tok.i]:
        holder = _zero_relative_holder(state, tok)
        if holder is not None:
            return holder
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in WORK_VERBS and not state.in_quote[tok.i]:
        # "Skamarisk Films will release it in Britain": the one work in view
        return _choose(state.salience(tok.i, state.sent_of[tok.i], 2, lambda ci: table.clusters[ci].label == "WORK"))
    if tok.dep_ == "nsubj" and tok.lower_ == "it" and _put_on_sale(verb) and not state.in_quote[tok.i]:
        return _choose(state.salience(tok.i, state.sent_of[tok.i], 2, lambda ci: table.clusters[ci].label in ("PRODUCT", "WORK")))
    if ((tok.dep_ == "nsubj" and verb.lemma_.lower() in WORK_SUBJECT_VERBS) or (
            tok.dep_ == "nsubjpass" and verb.lemma_.lower() in WORK_PASSIVE_VERBS)) and tok.lower_ == "it" and not state.in_quote[tok.i]:
        ranked = state.salience(tok.i, state.sent_of[tok.i], 1, lambda ci: table.clusters[ci].label != "PERSON")
        best = _choose(ranked)
        if best is not None and table.clusters[best].label == "WORK":
            return best
    if tok.dep_ == "dobj" and verb.lemma_.lower() in LEFT_BODY_VERBS and verb.dep_ == "conj" and not state.in_quote[tok.i]:
        # "X joined the Public Ministry in 1996 and left it last year": the body the first verb took ("founded the shipping
        # firm Brix Lines in 1994 and sold it": the name set after the noun)
        first = [_named_object(table, c) for c in children_of(_clause_subject_holder(verb)) if c.dep_ == "dobj"]
        return first[0] if len(first) == 1 and first[0] >= 0 and is_org(first[0]) else None
    if tok.dep_ == "dobj" and verb.lemma_.lower() in LEFT_BODY_VERBS and not state.in_quote[tok.i]:
        # "X and Y founded Fernhill Labs in 2017. The pair sold it to Z in 2023": the one body the sentence before
        # founded, bought or joined
        taken = {_named_object(table, c) for t in state.sents[state.sent_of[tok.i] - 1] if t.lemma_.lower() in TAKING_BODY_VERBS
                 for c in children_of(t) if c.dep_ == "dobj"} - {-1} if state.sent_of[tok.i] > 0 else set()
        return taken.pop() if len(taken) == 1 and is_org(next(iter(taken))) else None
    if ((tok.dep_ == "nsubj" and verb.lemma_.lower() in ORG_VERBS) or (tok.dep_ == "dobj" and verb.lemma_.lower() in ORG_OBJECT_VERBS) or (
            tok.dep_ == "nsubjpass" and verb.lemma_.lower() in ORG_PASSIVE_VERBS)) and not state.in_quote[tok.i]:
        # "Last October it launched its first unit": what a company does; the nearest thing named
        # must be that company (a product or a work named since may be "it" as well)
        ranked = state.salience(tok.i, state.sent_of[tok.i], 1, lambda ci: table.clusters[ci].label not in ("PERSON",)
                                and not only_told(state, table.clusters[ci], tok.i))
        if not ranked and _person_told_last(state, tok):  # "X was founded by Y in 1987. Y sold his stake in 2005. It was
            # acquired by Z": after a sentence about a person naming nothing else, the one thing named in the sentences
            # before, when it is a body (not after "The Skylark 3 was a hit", a thing unrecognised the subject)
            ranked = state.salience(tok.i, state.sent_of[tok.i], WINDOW, lambda ci: table.clusters[ci].label != "PERSON")
            return ranked[0][1] if len(ranked) == 1 and is_org(ranked[0][1]) else None
        best = _choose(ranked)
        return best if best is not None and is_org(best) else None
    return None
