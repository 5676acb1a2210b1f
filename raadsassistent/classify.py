"""Label passages as framework (kaderstellend) or detail (uitvoerend) with the trained model.

The model is plain data: ``card.json`` (settings, versions, metrics), ``lemmas.json`` (the
pruned lemma table) and ``weights.npz`` (idf, coefficients, calibration; loaded with
``allow_pickle=False``). Features are hashed, so no vocabulary needs to be stored.

A model of format 2 has two routes: council documents are scored with ``coef`` and its
calibration, zoning-plan text (``bestemmingsplan``) with the corpus model's own
``zoning_coef`` and ``zoning_calibration``. A format-1 model scores both with one vector.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError
from .types import DETAIL, FRAMEWORK, PageShare, StructuredDocument

MODEL_FORMAT = "raadsassistent-framework/2"
# Format 1 (one vector for every kind of text) is still read.
READABLE_FORMATS = ("raadsassistent-framework/1", MODEL_FORMAT)
DEFAULT_MODEL_NAME = "framework-v4"
ZONING = "bestemmingsplan"  # the doc_type whose text takes the zoning route
MODEL_ENV = "RAADSASSISTENT_MODEL"
# Libraries whose major version must match the one the model was built with.
CHECKED_LIBRARIES = ("numpy", "scikit-learn", "spacy")
# Features whose hashed column is recorded in the card: a changed hash function shows here.
HASH_PROBES = ("gemeenteraad", "bestemmingsplan kader", " raad")

DEFAULT_SETTINGS: dict[str, Any] = {
    "word_features": 2**18,
    "char_features": 2**18,
    "char_ngram": [3, 5],
    "word_ngram": [1, 2],
    "sublinear_tf": True,
}

PREDICT_CHUNK = 512  # passages featurised at once
# A passage holding a decision point is framework whatever its words (issue 13); its
# probability is raised to at least this.
DECISION_POINT_PROBABILITY = 0.9
# Words whose character n-gram columns a Featurizer keeps (about 250 bytes each).
CHAR_CACHE_SIZE = 100_000
MAX_LENGTH_CLASS = 8  # passages of 256 words and more share one length class
MIN_MATCH = 20  # shorter passages ("1.", "Besluit:") match too much to count
MATCH_CHARS = 60  # a decision point and a passage overlap when one holds this start of the other
_DIGIT = re.compile(r"\d")


def _normalise(text: str) -> str:
    """Lower case with every digit as 0: numbers matter by shape, not value."""
    return _DIGIT.sub("0", text.lower())


def library_versions() -> dict[str, str]:
    """Versions of the libraries a model depends on, as recorded in its card (read from the
    installed packages' metadata: importing scikit-learn and spaCy for it would cost seconds)."""
    import platform
    from importlib.metadata import version

    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scikit-learn": version("scikit-learn"),
        "spacy": version("spacy"),
    }


_WHITE_SPACES = re.compile(r"\s\s+")


def feature_column(feature: str, n_features: int) -> int:
    """The column of a hashed feature, as scikit-learn's ``HashingVectorizer`` computes it:
    the signed 32-bit MurmurHash3 of its UTF-8 bytes (seed 0), absolute, modulo the width.

    spaCy's ``murmurhash`` package gives that hash without importing scikit-learn, whose
    import alone took longer than briefing a one-page motion.
    """
    from murmurhash.mrmr import hash as murmur  # type: ignore[import-untyped]

    return abs(murmur(feature)) % n_features


def hashed_counts(documents: Sequence[Sequence[str]], n_features: int) -> Any:
    """Feature counts per document as a CSR matrix, as ``HashingVectorizer(norm=None,
    alternate_sign=False).transform`` gives them: float64, sorted columns, duplicates summed."""
    from murmurhash.mrmr import hash as murmur

    return column_counts(
        [
            np.abs(np.fromiter(map(murmur, features), np.int64, len(features))) % n_features
            for features in documents
        ],
        n_features,
    )


def column_counts(documents: Sequence[np.ndarray], n_features: int) -> Any:
    """The CSR matrix of :func:`hashed_counts` from each document's feature columns (one
    entry per feature occurrence, any order)."""
    import scipy.sparse as sp

    lengths = np.fromiter(map(len, documents), np.int64, len(documents))
    rows = np.repeat(np.arange(len(documents), dtype=np.int64), lengths)
    # one sort for all documents: each (row, column) as one key
    flat = np.concatenate([*documents, np.zeros(0, np.int64)]).astype(np.int64)
    keys, counts = np.unique(rows * n_features + flat, return_counts=True)
    per_row = np.bincount(keys // n_features, minlength=len(documents))
    indptr = np.concatenate([[0], np.cumsum(per_row)]).astype(np.int32)
    return sp.csr_matrix(
        (counts.astype(np.float64), (keys % n_features).astype(np.int32), indptr),
        shape=(len(documents), n_features),
    )


def l2_normalise_rows(matrix: Any) -> Any:
    """A copy of CSR ``matrix`` with each row scaled to unit length, exactly as
    ``sklearn.preprocessing.normalize`` does it: float32 squares summed in order in double
    precision, each value divided in double precision and stored as float32."""
    import math

    matrix = matrix.copy()
    data, indptr = matrix.data, matrix.indptr
    for row in range(matrix.shape[0]):
        start, end = indptr[row], indptr[row + 1]
        if start == end:
            continue
        values = data[start:end]
        total = float(np.cumsum((values * values).astype(np.float64))[-1])
        if total == 0.0:
            continue
        data[start:end] = (values.astype(np.float64) / math.sqrt(total)).astype(data.dtype)
    return matrix


def scale_columns(matrix: Any, factors: np.ndarray) -> Any:
    """``matrix @ scipy.sparse.diags(factors)`` for CSR ``matrix``, without building the
    diagonal matrix: the same values in the same order (scipy's product lists each row's
    entries last column first and drops zeros), so the sums over them round alike."""
    import scipy.sparse as sp

    indptr = matrix.indptr
    lengths = np.diff(indptr)
    rows = np.repeat(np.arange(len(lengths)), lengths)
    order = indptr[rows] + indptr[rows + 1] - 1 - np.arange(len(matrix.indices))
    indices = matrix.indices[order]
    data = (matrix.data * factors[matrix.indices])[order]
    keep = data != 0
    if not keep.all():
        indices, data, rows = indices[keep], data[keep], rows[order][keep]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=len(lengths)))])
    return sp.csr_matrix((data, indices, indptr), shape=matrix.shape)


class Featurizer:
    """Hashed, idf-weighted lemma word n-grams and character n-grams (each block l2-normed).

    The hashing is scikit-learn's ``HashingVectorizer`` (word n-grams of lemmas, and
    ``char_wb`` n-grams of the lower-cased text), computed here so that classifying needs
    neither scikit-learn nor a spaCy pipeline of its own: lemmas come from the tokenizer
    :mod:`raadsassistent.nlp` builds for sentences anyway.
    """

    def __init__(self, settings: dict[str, Any], lemmas: dict[str, str]):
        self.settings = settings
        self.lemma_table = lemmas
        word_lo, word_hi = settings["word_ngram"]
        self.word_ngram = (word_lo, word_hi)
        char_lo, char_hi = settings["char_ngram"]
        self.char_ngram = (char_lo, char_hi)
        self._char_columns: dict[str, bytes] = {}  # normalised word -> its columns (int32)

    @property
    def n_features(self) -> int:
        return self.settings["word_features"] + self.settings["char_features"]

    def word_analyzer(self, lemmas: list[str]) -> list[str]:
        lo, hi = self.word_ngram
        feats: list[str] = []
        for n in range(lo, hi + 1):
            if n == 1:
                feats += lemmas
            else:
                feats += map(" ".join, zip(*(lemmas[i:] for i in range(n)), strict=False))
        return feats

    def char_analyzer(self, text: str) -> list[str]:
        """scikit-learn's ``char_wb`` n-grams of the normalised text: n-grams of each word
        padded with a space, a word shorter than n counted once."""
        text = _WHITE_SPACES.sub(" ", _normalise(text))
        lo, hi = self.char_ngram
        ngrams: list[str] = []
        append = ngrams.append
        for word in text.split():
            word = " " + word + " "
            length = len(word)
            for n in range(lo, hi + 1):
                offset = 0
                append(word[offset : offset + n])
                while offset + n < length:
                    offset += 1
                    append(word[offset : offset + n])
                if offset == 0:
                    break
        return ngrams

    def char_columns(self, text: str) -> np.ndarray:
        """The hashed columns of :meth:`char_analyzer`'s n-grams of ``text`` (int32, word by
        word): the n-grams of a word are those of the word alone, so each distinct word is
        hashed once and its columns kept."""
        words = _normalise(text).split()
        cache = self._char_columns
        parts = [cache.get(word) for word in words]
        if None in parts:
            new = self._hash_words([w for w, part in zip(words, parts, strict=True) if not part])
            parts = [part or new[w] for w, part in zip(words, parts, strict=True)]
        return np.frombuffer(b"".join(parts), np.int32)  # type: ignore[arg-type]

    def _hash_words(self, words: list[str]) -> dict[str, bytes]:
        """The character n-gram columns of each of ``words`` (hashed at once), kept in the
        cache while it has room."""
        from murmurhash.mrmr import hash as murmur

        words = list(dict.fromkeys(words))
        grams = [self.char_analyzer(word) for word in words]
        flat = [gram for word_grams in grams for gram in word_grams]
        hashes = np.fromiter(map(murmur, flat), np.int64, len(flat))
        data = (np.abs(hashes) % self.settings["char_features"]).astype(np.int32).tobytes()
        new, start = {}, 0
        for word, word_grams in zip(words, grams, strict=True):
            end = start + 4 * len(word_grams)
            new[word] = data[start:end]
            start = end
        if len(self._char_columns) < CHAR_CACHE_SIZE:
            self._char_columns.update(new)
        return new

    def lemmas(self, texts: Sequence[str]) -> list[list[str]]:
        from .nlp import lemmatize

        return lemmatize([_DIGIT.sub("0", t) for t in texts], None, self.lemma_table)

    def council_words(self, text: str, lemmas: list[str], kind: str) -> list[str]:
        """Words of a council document's passage beyond its n-grams: with the setting
        ``kind_features`` its document type (``soort=raadsvoorstel``, none for an unknown
        kind "") and each distinct lemma crossed with it; with ``length_features`` its length
        class (``lengte=5``: 32-63 words)."""
        words = []
        if kind and self.settings.get("kind_features"):
            shortest = self.settings.get("kind_min_chars", 0)  # shorter words are not crossed
            crossed = sorted({w for w in lemmas if len(w) >= shortest})
            words += ["soort=" + kind, *(f"{kind}|{w}" for w in crossed)]
        if self.settings.get("cue_features"):
            words += cue_words(text)
        if self.settings.get("length_features"):
            size = max(len(text.split()), 1)
            words.append(f"lengte={min(size.bit_length() - 1, MAX_LENGTH_CLASS)}")
        return words

    def counts(
        self,
        texts: Sequence[str],
        headings: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> Any:
        """Raw (sublinear) term counts, before idf: a CSR matrix.

        With ``headings`` (one per text, "" for none) and the setting ``heading_features``,
        the lemmas of each text's section heading count as words of their own (``kop=...``).
        With ``kinds`` (text of council documents: each text's document type, "" for
        unknown), the words of :meth:`council_words` count too: a word may lean another way in
        minutes than in a proposal.
        """
        import scipy.sparse as sp

        all_lemmas = self.lemmas(texts)
        analysed = [self.word_analyzer(lemmas) for lemmas in all_lemmas]
        if kinds is not None:
            for features, text, lemmas, kind in zip(
                analysed, texts, all_lemmas, kinds, strict=True
            ):
                features += self.council_words(text, lemmas, kind)
        words = hashed_counts(analysed, self.settings["word_features"])
        if headings is not None and self.settings.get("heading_features"):
            distinct = list(dict.fromkeys(headings))  # a section's passages share its heading
            kop = {
                heading: self.word_analyzer(["kop=" + lemma for lemma in lemmas])
                for heading, lemmas in zip(distinct, self.lemmas(distinct), strict=True)
            }
            words = words + hashed_counts(
                [kop[heading] for heading in headings], self.settings["word_features"]
            )
        chars = column_counts(
            [self.char_columns(text) for text in texts], self.settings["char_features"]
        )
        matrix = sp.hstack([words, chars], format="csr", dtype=np.float32)
        if self.settings["sublinear_tf"]:
            np.log1p(matrix.data, out=matrix.data)
        return matrix

    def weigh(self, counts: Any, idf: np.ndarray) -> Any:
        """Apply idf and l2-normalise the word and character blocks separately."""
        import scipy.sparse as sp

        matrix = scale_columns(counts, idf.astype(np.float32))
        split = self.settings["word_features"]
        words = l2_normalise_rows(matrix[:, :split])
        chars = l2_normalise_rows(matrix[:, split:])
        return sp.hstack([words, chars], format="csr")

    def feature_names(self, text: str, kind: str | None = None) -> dict[int, str]:
        """Column -> feature string for the features of one text (for explanations)."""
        names: dict[int, str] = {}
        lemmas = self.lemmas([text])[0]
        extra = self.council_words(text, lemmas, kind) if kind is not None else []
        for feature in self.word_analyzer(lemmas) + extra:
            col = feature_column(feature, self.settings["word_features"])
            names.setdefault(col, "woorden: " + feature)
        offset = self.settings["word_features"]
        for feature in self.char_analyzer(text):
            col = feature_column(feature, self.settings["char_features"])
            names.setdefault(offset + col, f"tekens: '{feature}'")
        return names

    def probe_columns(self) -> dict[str, int]:
        """The word column of each of :data:`HASH_PROBES`."""
        return {p: feature_column(p, self.settings["word_features"]) for p in HASH_PROBES}


@dataclasses.dataclass
class FrameworkModel:
    """A trained linear framework/detail classifier with calibrated probabilities."""

    card: dict[str, Any]
    lemmas: dict[str, str]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    calibration: np.ndarray  # (slope, offset) of the sigmoid over decision scores
    # (passage, section mean, chapter mean, offset) weights of the in-context sigmoid
    context: np.ndarray = dataclasses.field(default_factory=lambda: np.array([1.0, 0, 0, 0]))
    path: str | None = None
    # The zoning route (format 2): the corpus model's coefficients, offset and calibration.
    zoning_coef: np.ndarray | None = None
    zoning_intercept: float = 0.0
    zoning_calibration: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.featurizer = Featurizer(self.card["settings"], self.lemmas)

    def route(self, zoning: bool) -> tuple[np.ndarray, float, np.ndarray]:
        """(coefficients, offset, calibration) for zoning-plan text or council documents."""
        if zoning and self.zoning_coef is not None and self.zoning_calibration is not None:
            return self.zoning_coef, self.zoning_intercept, self.zoning_calibration
        return self.coef, self.intercept, self.calibration

    def decision_function(
        self,
        texts: Sequence[str],
        headings: Sequence[str] | None = None,
        zoning: bool = False,
        kinds: Sequence[str] | None = None,
    ) -> np.ndarray:
        """Raw linear scores; positive leans framework. ``headings``: each text's section
        heading, ``kinds``: each text's document type; features for models trained with
        ``heading_features`` or ``kind_features`` (never on the zoning route)."""
        texts = list(texts)
        if not texts:
            return np.zeros(0)
        coef, intercept, _ = self.route(zoning)
        if zoning:
            headings = kinds = None
        # In chunks: the character n-gram matrix of a 1,000-page document would take
        # hundreds of MB at once.
        scores = []
        for start in range(0, len(texts), PREDICT_CHUNK):
            chunk = texts[start : start + PREDICT_CHUNK]
            end = start + PREDICT_CHUNK
            features = self.featurizer.weigh(
                self.featurizer.counts(
                    chunk,
                    None if headings is None else headings[start:end],
                    None if kinds is None else kinds[start:end],
                ),
                self.idf,
            )
            scores.append(np.asarray(features @ coef, dtype=np.float64))
        return np.concatenate(scores) + intercept

    def predict_proba(
        self,
        texts: Sequence[str],
        zoning: bool = False,
        kind: str = "",
        headings: Sequence[str] | None = None,
    ) -> np.ndarray:
        """Calibrated probability that each text is framework; ``zoning`` for zoning-plan
        text, else council text, of document type ``kind`` when known, under its section
        heading (``headings``, "" for none) when given."""
        kinds = None if zoning else [kind] * len(texts)
        scores = self.decision_function(texts, headings, zoning=zoning, kinds=kinds)
        return calibrated(scores, self.route(zoning)[2])

    def predict_proba_in_context(
        self,
        texts: Sequence[str],
        sections: Sequence[Any],
        chapters: Sequence[Any],
        headings: Sequence[str] | None = None,
        zoning: bool = True,
        kinds: Sequence[str] | None = None,
    ) -> np.ndarray:
        """Framework probability using the mean scores of each text's section and chapter.

        ``sections`` and ``chapters`` give, per text, any hashable key of the section and the
        top-level section it stands in. Weak labels are section-wide, and so, mostly, is the
        character of a real section: its neighbours are evidence about a passage. A model with
        eight context weights learned how far to trust them separately for zoning plans
        (``zoning``) and for council documents, which also get their ``headings`` and
        ``kinds``.
        """
        scores = self.decision_function(texts, headings, zoning=zoning, kinds=kinds)
        return context_probability(scores, sections, chapters, self.context_weights(zoning))

    def context_weights(self, zoning: bool) -> np.ndarray:
        """The four in-context weights for zoning plans or for council documents."""
        if len(self.context) == 8 and not zoning:
            return self.context[4:]
        return self.context[:4]

    def predict(self, texts: Sequence[str], zoning: bool = False) -> list[str]:
        """``"framework"`` or ``"detail"`` per text."""
        return [FRAMEWORK if p >= 0.5 else DETAIL for p in self.predict_proba(texts, zoning)]

    def explain(
        self, text: str, k: int = 5, zoning: bool = False, kind: str = ""
    ) -> list[tuple[str, float]]:
        """The ``k`` features that pushed ``text`` hardest towards its predicted label.

        Weights are contributions to the linear score: positive leans framework.
        """
        coef, intercept, _ = self.route(zoning)
        kinds = None if zoning else [kind]
        features = self.featurizer.weigh(self.featurizer.counts([text], kinds=kinds), self.idf)
        row = features.getrow(0)
        contributions = row.data * coef[row.indices]
        score = contributions.sum() + intercept
        sign = 1.0 if score >= 0 else -1.0
        names = self.featurizer.feature_names(text, None if zoning else kind)
        order = np.argsort(-sign * contributions)
        result = []
        for i in order[:k]:
            if sign * contributions[i] <= 0:
                break
            col = int(row.indices[i])
            result.append((names.get(col, f"#{col}"), float(contributions[i])))
        return result

    def save(self, out_dir: str | Path) -> dict[str, Any]:
        """Write ``weights.npz``, ``lemmas.json`` and ``card.json``; returns the card."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {
            "idf": self.idf.astype(np.float32),
            "coef": self.coef.astype(np.float32),
            "intercept": np.array([self.intercept], dtype=np.float64),
            "calibration": np.asarray(self.calibration, dtype=np.float64),
            "context": np.asarray(self.context, dtype=np.float64),
        }
        if self.zoning_coef is not None and self.zoning_calibration is not None:
            arrays["zoning_coef"] = self.zoning_coef.astype(np.float32)
            arrays["zoning_intercept"] = np.array([self.zoning_intercept], dtype=np.float64)
            arrays["zoning_calibration"] = np.asarray(self.zoning_calibration, dtype=np.float64)
        np.savez_compressed(out / "weights.npz", allow_pickle=False, **arrays)
        (out / "lemmas.json").write_text(
            json.dumps(self.lemmas, ensure_ascii=False, sort_keys=True), encoding="utf-8"
        )
        card = dict(self.card)
        card["format"] = MODEL_FORMAT if "zoning_coef" in arrays else READABLE_FORMATS[0]
        card["weights"] = sorted(arrays)
        card["hash_probes"] = self.featurizer.probe_columns()
        card["files"] = {name: _sha256(out / name) for name in ("weights.npz", "lemmas.json")}
        (out / "card.json").write_text(
            json.dumps(card, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        self.card = card
        return card


def group_means(scores: np.ndarray, keys: Sequence[Any]) -> np.ndarray:
    """For each score, the mean score of all entries with the same key."""
    index: dict[Any, int] = {}
    codes = np.array([index.setdefault(k, len(index)) for k in keys], dtype=np.int64)
    if len(codes) == 0:
        return np.zeros(0)
    sums = np.bincount(codes, weights=scores, minlength=len(index))
    counts = np.bincount(codes, minlength=len(index))
    return (sums / counts)[codes]


def calibrated(scores: np.ndarray, calibration: Any) -> np.ndarray:
    """Platt scaling: the probability of framework for decision scores, with ``calibration``
    (slope, offset), each a number or one per score."""
    slope, offset = calibration
    return 1.0 / (1.0 + np.exp(-(slope * scores + offset)))


def context_probability(
    scores: np.ndarray, sections: Sequence[Any], chapters: Sequence[Any], weights: np.ndarray
) -> np.ndarray:
    """The in-context sigmoid over (score, section mean, chapter mean)."""
    z = (
        weights[0] * scores
        + weights[1] * group_means(scores, sections)
        + weights[2] * group_means(scores, chapters)
        + weights[3]
    )
    return 1.0 / (1.0 + np.exp(-z))


# What a passage does, whatever its subject: one word per cue it shows (issue 13's errors:
# amounts, shares and limits are choices; dates, definitions and lists are execution).
_CUES = {
    "bedrag": re.compile(r"€|\beuro\b|\bmln\b|\bmiljoen|\bmiljard", re.I),
    "aandeel": re.compile(r"%|\bprocent\b", re.I),
    "grens": re.compile(
        r"\b(?:maximaal|maximum|minimaal|minimum|ten hoogste|ten minste|tenminste|plafond)", re.I
    ),
    "datum": re.compile(
        r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
        r"|november|december)\b|\b\d{1,2}-\d{1,2}-\d{4}\b|\bkwartaal\b",
        re.I,
    ),
    "definitie": re.compile(r"wordt verstaan onder|\bbegripsbepaling|\bbegrippen\b", re.I),
    "wettelijk": re.compile(r"\bartikel \d|\bwet\b|\bgelet op\b|\blid \d", re.I),
    "spreker": re.compile(r"^[A-Z][^.()]{2,60} \([^)]{1,40}\)\."),
    "voorzitter": re.compile(r"^(?:De )?voorzitter\b", re.I),
    "ik": re.compile(r"\b(?:ik|mijn|mij)\b", re.I),
    "vraag": re.compile(r"\?"),
    "verzoek": re.compile(r"\b(?:verzoekt|roept|draagt|spreekt uit|besluit|stelt voor)\b", re.I),
    "doel": re.compile(r"\b(?:doel|doelen|ambitie|beoogd|streven|willen)\b", re.I),
    "stap": re.compile(r"\b(?:planning|vervolgens|daarna|fase|start|uitvoering)\b", re.I),
}


def cue_words(text: str) -> list[str]:
    """One word (``doet=bedrag``, ...) per cue of :data:`_CUES` the text shows, and a
    list marker (``doet=opsomming``) for three or more semicolons or list items."""
    words = [f"doet={name}" for name, pattern in _CUES.items() if pattern.search(text)]
    if text.count(";") >= 3 or len(re.findall(r"(?:^|\s)(?:[a-z]|\d{1,2})[.)] ", text)) >= 3:
        words.append("doet=opsomming")
    return words


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def default_model_path() -> Path:
    """``$RAADSASSISTENT_MODEL`` if set, else the model shipped in the package."""
    override = os.environ.get(MODEL_ENV)
    if override:
        return Path(override)
    try:
        from importlib.resources import files

        return Path(str(files("raadsassistent.models") / DEFAULT_MODEL_NAME))
    except ModuleNotFoundError:
        # Running from a source checkout whose package shadows the installed one (pytest
        # puts the repo first on sys.path): the models sit beside the package.
        return Path(__file__).resolve().parent.parent / "models" / DEFAULT_MODEL_NAME


def load_model(path: str | Path | None = None) -> FrameworkModel:
    """The model in folder ``path`` (default: ``default_model_path()``), cached."""
    folder = Path(path) if path is not None else default_model_path()
    return _load_model_cached(str(folder.resolve()))


@functools.lru_cache(maxsize=4)
def _load_model_cached(folder_name: str) -> FrameworkModel:
    folder = Path(folder_name)
    card_path = folder / "card.json"
    retrain = "Train het model opnieuw met 'raadsassistent train --corpus MAP'."
    if not card_path.is_file():
        raise ModelError(
            f"Geen model gevonden in {folder} (card.json ontbreekt). Zet {MODEL_ENV} op een "
            f"modelmap of installeer raadsassistent opnieuw. {retrain}",
            path=str(folder),
        )
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ModelError(
            f"De modelkaart {card_path} is beschadigd ({error}). {retrain}", path=str(card_path)
        ) from error
    check_compatibility(card, folder)
    try:
        with np.load(folder / "weights.npz", allow_pickle=False) as weights:
            names: tuple[str, ...] = ("idf", "coef", "intercept", "calibration", "context")
            if card["format"] == MODEL_FORMAT:
                names += ("zoning_coef", "zoning_intercept", "zoning_calibration")
            arrays = {name: weights[name] for name in names}
        lemmas = json.loads((folder / "lemmas.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError) as error:
        raise ModelError(
            f"Het model in {folder} kan niet worden gelezen ({error}). {retrain}",
            path=str(folder),
        ) from error
    model = FrameworkModel(
        card=card,
        lemmas=lemmas,
        idf=arrays["idf"],
        coef=arrays["coef"],
        intercept=float(arrays["intercept"][0]),
        calibration=arrays["calibration"],
        context=arrays["context"],
        path=str(folder),
    )
    if "zoning_coef" in arrays:
        model.zoning_coef = arrays["zoning_coef"]
        model.zoning_intercept = float(arrays["zoning_intercept"][0])
        model.zoning_calibration = arrays["zoning_calibration"]
    if model.featurizer.probe_columns() != card.get("hash_probes"):
        raise ModelError(
            f"Het model in {folder} gebruikt een andere kenmerk-hashing dan deze installatie "
            f"van scikit-learn. {retrain}",
            path=str(folder),
        )
    shapes = {model.coef.shape, model.idf.shape}
    if model.zoning_coef is not None:
        shapes.add(model.zoning_coef.shape)
    if shapes != {(model.featurizer.n_features,)}:
        raise ModelError(
            f"De gewichten in {folder} passen niet bij de instellingen op de modelkaart. {retrain}",
            path=str(folder),
        )
    return model


def _major(version: str) -> str:
    return str(version).split(".")[0]


def check_compatibility(card: dict[str, Any], folder: Path) -> None:
    """Raise ``ModelError`` when the card's format, library versions or files do not fit."""
    retrain = "Train het model opnieuw met 'raadsassistent train --corpus MAP'."
    if card.get("format") not in READABLE_FORMATS:
        raise ModelError(
            f"Het model in {folder} heeft formaat {card.get('format')!r}; deze versie van "
            f"raadsassistent leest alleen {' en '.join(map(repr, READABLE_FORMATS))}. "
            "Werk raadsassistent bij of "
            f"{retrain[0].lower()}{retrain[1:]}",
            path=str(folder),
        )
    recorded = card.get("libraries") or {}
    current = library_versions()
    for name in CHECKED_LIBRARIES:
        if name not in recorded or _major(recorded[name]) != _major(current[name]):
            raise ModelError(
                f"Het model in {folder} is gemaakt met {name} {recorded.get(name, 'onbekend')}, "
                f"maar geïnstalleerd is {name} {current[name]}. Installeer een {name} "
                f"{_major(recorded.get(name, '?'))}.x of {retrain[0].lower()}{retrain[1:]}",
                path=str(folder),
            )
    for name, digest in (card.get("files") or {}).items():
        file = folder / name
        if not file.is_file() or _sha256(file) != digest:
            raise ModelError(
                f"Het modelbestand {file} ontbreekt of is gewijzigd (controlesom klopt niet). "
                f"Installeer raadsassistent opnieuw of {retrain[0].lower()}{retrain[1:]}",
                path=str(file),
            )


def classify_passages(
    doc: StructuredDocument, model: FrameworkModel | None = None
) -> StructuredDocument:
    """``doc`` with every passage's ``label`` and ``framework_probability`` set.

    Each passage is judged with its section and chapter (top-level section) as context.
    """
    passages = doc.passages
    if not passages:
        return doc
    model = model if model is not None else load_model()
    by_id = {section.id: section for section in doc.sections}

    def chapter_of(section: Any) -> str:
        seen = set()
        while section.parent in by_id and section.parent not in seen and section.level > 1:
            seen.add(section.id)
            section = by_id[section.parent]
        return section.id

    texts, section_keys, chapter_keys = [], [], []
    for section in doc.sections:
        chapter = chapter_of(section)
        for passage in section.passages:
            texts.append(passage.text)
            section_keys.append(section.id)
            chapter_keys.append(chapter)
    headings = [section.heading for section in doc.sections for _ in section.passages]
    probabilities = iter(
        model.predict_proba_in_context(
            texts,
            section_keys,
            chapter_keys,
            headings,
            zoning=doc.doc_type == ZONING,
            kinds=[doc.doc_type] * len(texts),
        )
    )
    # Models trained for issue 13 say so on their card; older ones keep their own labels.
    decided = decision_passages(doc) if model.card.get("decision_points_framework") else set()
    sections = []
    for section in doc.sections:
        labelled = []
        for passage in section.passages:
            probability = float(next(probabilities))
            if passage.id in decided:
                probability = max(probability, DECISION_POINT_PROBABILITY)
            labelled.append(
                dataclasses.replace(
                    passage,
                    label=FRAMEWORK if probability >= 0.5 else DETAIL,
                    framework_probability=round(probability, 4),
                )
            )
        sections.append(dataclasses.replace(section, passages=tuple(labelled)))
    return dataclasses.replace(doc, sections=tuple(sections))


def decision_passages(doc: StructuredDocument) -> set[str]:
    """Ids of the passages that hold (part of) a decision point: framework by construction."""
    from .decisions import find_decision_points
    from .nlp import normalise_ws

    points = [point.text for point in find_decision_points(doc) if point.text]
    if not points:
        return set()
    found = set()
    for passage in doc.passages:
        text = normalise_ws(passage.text)
        if len(text) >= MIN_MATCH and any(
            point in text
            or text in point
            or point[:MATCH_CHARS] in text
            or text[:MATCH_CHARS] in point
            for point in points
        ):
            found.add(passage.id)
    return found


def framework_share(doc: StructuredDocument) -> dict[str, Any]:
    """Share of framework words among labelled passages, per document and per section.

    Sections without labelled passages are left out; a document without any gives 0.0.
    """

    def share(passages: Sequence[Any]) -> float | None:
        total = framework = 0
        for p in passages:
            if p.label is None:
                continue
            words = len(p.text.split())
            total += words
            framework += words if p.label == FRAMEWORK else 0
        return framework / total if total else None

    sections = {}
    for section in doc.sections:
        value = share(section.passages)
        if value is not None:
            sections[section.id] = value
    return {"document": share(doc.passages) or 0.0, "sections": sections}


def page_shares(doc: StructuredDocument) -> tuple[PageShare, ...]:
    """Per page: the share of framework words among its labelled words, and the heading of
    the section that has most words there. A passage running over a page break counts its
    words on the page each part stands on."""
    labelled: dict[int, list[int]] = {}  # page -> [framework words, labelled words]
    by_section: dict[int, Counter[str]] = {}
    for section in doc.sections:
        for passage in section.passages:
            bounds = [0, *(offset for offset, _ in passage.page_breaks), len(passage.text)]
            pages = [passage.page, *(page for _, page in passage.page_breaks)]
            for page, start, end in zip(pages, bounds, bounds[1:], strict=False):
                words = len(passage.text[start:end].split())
                by_section.setdefault(page, Counter())[section.heading] += words
                if passage.label is not None:
                    counts = labelled.setdefault(page, [0, 0])
                    counts[0] += words if passage.label == FRAMEWORK else 0
                    counts[1] += words
    out = []
    for page in range(1, doc.page_count + 1):
        framework, total = labelled.get(page, (0, 0))
        sections = by_section.get(page)
        out.append(
            PageShare(
                page,
                framework / total if total else None,
                sections.most_common(1)[0][0] if sections else "",
            )
        )
    return tuple(out)
