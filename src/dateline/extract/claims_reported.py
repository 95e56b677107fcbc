"""Reported speech: the complement of a speech verb ("X told Y that …"), the clause an "according
to X" phrase qualifies, and a trailing attribution the parser hung on the clause ("…, a source
told X.").  Quotes inside such a clause belong to it."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children_of, strings
from .claims_context import SUBJECTS, ClaimContext, Draft, is_anonymous, is_negated, subject_of
from .claims_quotes import OPENERS

_FOCUS = {"only", "just", "merely", "simply"}


def _content_span(ctx: ClaimContext, tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of a reported clause: no leading "that", no trailing punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space
                      or (tokens[0].lower_ == "that" and tokens[0].dep_ not in SUBJECTS)):
        if tokens[0].text in OPENERS:
            break  # the clause opens with a quotation: keep its mark
        tokens = tokens[1:]
    while len(tokens) > 2 and tokens[1].text == "," and tokens[0].pos_ == "ADV":
        tokens = tokens[2:]  # "however, the couple listed ..."
    while tokens and tokens[0].pos_ == "ADV" and tokens[0].lower_ in _FOCUS and len(tokens) > 1 and tokens[1].lower_ == "that":
        tokens = tokens[2:]  # "said only that they wanted ..."
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].pos_ == "CCONJ"):
        tokens = tokens[:-1]  # no end punctuation, no dangling "and" / "but"
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    for quote in ctx.quotes:  # a quote opened inside the clause ends with its closing mark
        if start <= quote.open_mark < end < quote.after:
            end = quote.after
    return start, end


def _clause_tokens(ctx: ClaimContext, root: Token, skip: Token | None = None) -> list[Token]:
    """`root`'s subtree minus `skip`'s subtree and minus nested attributions ("…, though she said")."""
    excluded: set[int] = set()
    if skip is not None:
        excluded.update(t.i for t in ctx.subtree(skip))
    for token in ctx.subtree(root):
        if token.i == root.i or token.i in excluded:
            continue
        if ctx.deps[token.i] in {"advcl", "conj", "parataxis"} and ctx.is_cue(token, quote_ok=False) and subject_of(token):
            if any(c.dep_ in SUBJECTS for c in children_of(token)):
                excluded.update(t.i for t in ctx.subtree(token))
    return [t for t in ctx.subtree(root) if t.i not in excluded]


def _is_question(ctx: ClaimContext, clause: Token) -> bool:
    first = next((t for t in ctx.subtree(clause) if not t.is_punct), clause)
    return first.lower_ in ctx.cues.questions


def _no_one(subject: Token) -> bool:
    """ "Not everyone agreed", "no one said", "anyone who says": nobody in particular says the clause."""
    if subject.lower_ in {"who", "that"} and subject.head.dep_ == "relcl":
        subject = subject.head.head  # the antecedent of "who"
    return subject.lower_ in {"nobody", "none", "anyone", "anybody", "whoever"} or any(
        c.dep_ in {"det", "advmod", "neg"} and c.lower_ in {"not", "no"} for c in children_of(subject))


def reported_speech(ctx: ClaimContext) -> list[Draft]:
    drafts: list[Draft] = []
    according, deps, quoted = ctx.cues.according, ctx.deps, ctx.quoted  # (read from the columns: no Token per word)
    for i, lower in enumerate(strings(ctx.doc, "lower")):  # first "according to X": a document's claim may hold another's
        if lower in according and deps[i] == "prep" and not quoted[i]:
            drafts.extend(_according(ctx, ctx.tokens[i]))
    reported = ctx.cues.reported
    for i, lemma in enumerate(ctx.lemmas):
        if lemma not in reported or i in ctx.absorbed:
            continue  # (no speech verb: the test of `is_cue` that rules out most words, first)
        token = ctx.tokens[i]
        if ctx.is_cue(token, quote_ok=False) and not is_negated(token):
            subject = subject_of(token)
            if subject is not None and _no_one(subject):
                continue
            if subject is None:
                if (trailing := _trailing(ctx, token)) is not None:
                    drafts.append(trailing)
                continue  # "Please note that …": no one says it
            if not _complements(ctx, token) and (trailing := _trailing(ctx, token)):
                drafts.append(trailing)
            for clause in _complements(ctx, token):
                if _is_question(ctx, clause) or _attributes_quote(ctx, clause):
                    continue  # a question, or an attribution of its own ("She told X: “…”, she said")
                tokens = _clause_tokens(ctx, clause)
                if token.dep_ == "relcl":  # "a display that the maker says can run …": no relative pronoun
                    tokens = [t for t in tokens if t.i > token.i]
                first = next((t for t in tokens if not t.is_punct and t.dep_ != "mark"), None)
                if first is None or ctx.quoted[first.i]:
                    continue  # the complement is a direct quote: attributed by `_direct`
                span = _content_span(ctx, tokens)
                if span is not None:
                    drafts.append(Draft("reported", *span, cue=token, cue_text=token.lower_,
                                         source=subject_of(token), frames=[token]))
    return drafts


def _complements(ctx: ClaimContext, verb: Token) -> list[Token]:
    """The verb's clausal complements, and a "that" clause the parser hung on a channel noun
    ("said in a statement that the road would close") or on the object of "told"."""
    found = [c for c in children_of(verb) if c.dep_ == "ccomp"]
    if found:
        return found
    nouns = [o for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p)
             if o.dep_ == "pobj" and o.lemma_.lower() in ctx.cues.channels]
    if verb.lemma_.lower() == "tell":  # "told BBC Radio 4's Today programme that …"
        nouns += [o for o in children_of(verb) if o.dep_ in {"dobj", "dative"}]
    for noun in nouns:
        found.extend(c for c in children_of(noun) if c.dep_ in {"acl", "relcl", "ccomp"} and c.i > noun.i
                     and _that_clause(c, noun))
    return found


def _that_clause(clause: Token, noun: Token) -> bool:
    """ "… that the road would close": "that" marks it, or opens it right after the noun while the
    clause has a subject of its own (not "a statement that was released")."""
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(clause)):
        return True
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (after is not None and after.lower_ == "that" and after.head.i == clause.i
            and any(c.dep_ in SUBJECTS and c.i != after.i for c in children_of(clause)))


def _trailing(ctx: ClaimContext, verb: Token) -> Draft | None:
    """ "CLAUSE, a source told X." when the parser hung the attribution on the clause's last noun:
    the clause before the comma that opens the speaker's phrase is the content."""
    sent = verb.sent
    if verb.i <= sent.start:
        return None
    subject = ctx.doc[verb.i - 1]  # the noun phrase right before the verb
    while (subject.head.i != subject.i and subject.head.i < verb.i and subject.head.pos_ not in {"VERB", "AUX"}
           and subject.dep_ not in {"appos", "conj", "nsubj"}):
        subject = subject.head
    if subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    comma = min(t.i for t in ctx.subtree(subject) if t.i < verb.i) - 1
    if comma <= sent.start or ctx.doc[comma].text != ",":
        return None
    inside = {t.i for t in ctx.subtree(verb)}
    rest = ctx.doc[verb.i + 1 : sent.end]
    if len(rest) > 8 or not all(t.is_punct or t.is_space or t.i in inside for t in rest):
        return None
    if verb.lemma_.lower() != "tell" and any(c.dep_ == "dobj" for c in children_of(verb)):
        return None  # "…, the singer shared another photo": an act, not an attribution
    tokens = list(ctx.doc[sent.start : comma])
    first = next((t for t in tokens if not t.is_punct), None)
    if first is None or ctx.quoted[first.i] or not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return None
    span = _content_span(ctx, tokens)
    if span is None:
        return None
    return Draft("reported", *span, cue=verb, cue_text=verb.lower_, source=subject, frames=[verb])


def _attributes_quote(ctx: ClaimContext, clause: Token) -> bool:
    """True for a complement that is itself a speech verb introducing a quote or a clause."""
    if not ctx.is_cue(clause):
        return False
    return any(c.dep_ == "ccomp" or c.text in OPENERS or ctx.quoted[c.i] for c in children_of(clause))


def _according(ctx: ClaimContext, prep: Token) -> list[Draft]:
    """ "according to X, CLAUSE" / "CLAUSE, according to X" / "per X"."""
    second = ctx.cues.according[prep.lower_]
    holder = prep
    if second:
        holder = next((c for c in children_of(prep) if c.lower_ == second), None)
        if holder is None:
            return []
    source = next((c for c in children_of(holder) if c.dep_ == "pobj"), None)
    head = prep.head
    if source is None or head.i == prep.i:
        return []
    if not second and not (is_anonymous(ctx, source) or source.pos_ == "PROPN"):
        return []  # "per share", "per cent"
    if source.tag_ == "NN" and not any(c.dep_ in {"det", "poss", "compound", "amod", "nummod"} for c in children_of(source)):
        return []  # "according to plan", "according to income": a measure, not a source
    if ctx.is_cue(head, quote_ok=False) and any(c.dep_ == "ccomp" for c in children_of(head)):
        if not is_anonymous(ctx, source) or source.lemma_.lower() not in ctx.cues.documents:
            for verb in ctx.subtree(head):  # "According to X, Y told friends that …, though Z denied …"
                if ctx.is_cue(verb, quote_ok=False):
                    ctx.through[verb.i] = source  # X is the outlet of what Y and Z said
            return []
        # "According to the complaint, Y told the board that …": the document's claim holds Y's words
        ctx.absorbed.update(t.i for t in ctx.subtree(head) if ctx.is_cue(t, quote_ok=False))
    span = _content_span(ctx, _around(ctx, prep, head))
    if span is None:
        return []
    cue_text = f"{prep.lower_} {second}".strip()
    return [Draft("reported", *span, cue=prep, cue_text=cue_text, source=source, frames=[prep])]


def _around(ctx: ClaimContext, prep: Token, head: Token) -> list[Token]:
    """The clause an "according to X" phrase qualifies: the rest of the sentence when the phrase
    opens or closes it (robust to misattached subjects), else the head's subtree without it."""
    sent = prep.sent
    comma = next((t for t in sent if t.i > prep.i and t.text in {",", ";", "—"}), None)
    opening = all(t.is_punct or t.pos_ in {"CCONJ", "ADV", "SCONJ"} for t in sent if t.i < prep.i)
    if opening and comma is not None:
        return [t for t in sent if t.i > comma.i]
    if comma is None and prep.i > sent.start:
        return [t for t in sent if t.i < prep.i]
    tokens = _clause_tokens(ctx, head, skip=prep)
    if prep.i > head.i:  # "CLAUSE, according to X, but …": the phrase closes what X says
        tokens = [t for t in tokens if t.i < prep.i]
    return tokens
