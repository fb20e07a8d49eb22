"""Which language a law is written in, from the function words it uses.

Function words (articles, prepositions, conjunctions, auxiliaries) make up a third of any
running text and differ between languages, so counting them is enough for the languages of
the tool and is deterministic and fast. A word shared by several languages ("de", "la",
"que", "a") counts for each of them divided by how many share it, so the decision rests on
the words that discriminate ("le", "des", "est" for French; "el", "los", "del" for Spanish).
"""

from __future__ import annotations

import re
from collections import Counter

_PROFILES: dict[str, str] = {
    "en": "the of and to in a is that for by or be shall any with as on not this which person who are an "
          "such from at it has have been under other than its their may where all into upon persons offence "
          "against",
    "fr": "le la les de des du un une et est sont dans par pour ou qui que aux au sur ce cette ces il elle "
          "ne pas être été son sa ses leur lorsque peut sont l d qu s n toute tout personne présent ainsi avec "
          "en à",
    "es": "el la los las de del y o en que por para con una un es son se su sus al lo será cuando como este "
          "esta estos toda todo persona presente cualquier sin sobre entre ley dicha dicho años a",
    "de": "der die das und ist von zu den mit sich des auf für nicht im dem eine ein einer oder als auch wird "
          "werden bei nach aus wer vom zur zum sind über durch gegen einem dass person",
    "it": "il lo la i gli le di del della dei delle che è e per con non una un sono nel nella alla al da "
          "dal ai degli chi ovvero sia essere qualsiasi presente articolo persona",
    "pt": "o a os as de do da dos das que e é em um uma para com não por ao à na no nas nos se seu sua "
          "pelo pela ou ser será quem qualquer lei pessoa artigo",
    "nl": "de het een en van in is dat die op te voor met zijn niet aan door worden wordt als bij of ook "
          "naar om tot uit dan deze wie persoon artikel",
}
_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _PROFILES.items()}
# How much one occurrence of a word counts for each language that has it: 1/(languages sharing it).
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _words in _WORDS.items():
    for _word in _words:
        _WEIGHTS.setdefault(_word, {})[_lang] = 1.0
for _word, _langs in _WEIGHTS.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_SAMPLE_CHARS = 20_000
_MIN_SCORE = 4.0  # below this much evidence, a text is too short to tell
_MIN_MARGIN = 1.5  # the winner must outscore the runner-up by this factor
_MIN_COVERAGE = 0.12  # share of the tokens that must be the winner's function words (else: not one of ours)


def language_scores(text: str) -> dict[str, float]:
    """Weighted function-word counts per language over the first ~20,000 characters."""
    counts = Counter(_TOKEN.findall(text[:_SAMPLE_CHARS].lower()))
    scores = dict.fromkeys(_WORDS, 0.0)
    for word, count in counts.items():
        for lang, weight in _WEIGHTS.get(word, {}).items():
            scores[lang] += weight * count
    return scores


def detect_language(text: str) -> str:
    """ISO 639-1 code (en, fr, es, de, it, pt, nl) of the text, or "und" when unclear."""
    sample = text[:_SAMPLE_CHARS].lower()
    tokens = _TOKEN.findall(sample)
    if not tokens:
        return "und"
    scores = language_scores(sample)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < _MIN_SCORE or top < _MIN_MARGIN * second:
        return "und"
    hits = sum(1 for token in tokens if best in _WEIGHTS.get(token, {}))
    if hits / len(tokens) < _MIN_COVERAGE:
        return "und"
    return best
