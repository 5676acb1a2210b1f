"""Weak labels: framework/detail passages from bestemmingsplan headings, plus team passages.

A passage inherits the label of the section it stands in, decided by ``label_heading_path``
over its headings (outermost first). The rules are data (``RULES``); ``docs/labelling.md``
explains them. Nothing here reads ``../shared`` unless called with its path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .types import DETAIL, FRAMEWORK, LABELS

AMBIGUOUS = None  # a rule that leaves its section unlabelled


@dataclass(frozen=True)
class HeadingRule:
    """``pattern`` (searched in the cleaned, lower-case heading) gives ``label``.

    ``chapter_only`` rules match only top-level headings; a ``dominant`` chapter decides the
    label of everything inside it, whatever its subheadings say.
    """

    name: str
    pattern: str
    label: str | None
    chapter_only: bool = False
    dominant: bool = False


# Order matters: per heading the first matching rule wins.
RULES: tuple[HeadingRule, ...] = (
    # Ambiguous sections: feasibility is boilerplate about costs mixed with budget coverage,
    # consultation mixes procedure with what residents said; location and current situation
    # describe rather than frame or detail.
    HeadingRule("uitvoerbaarheid", r"uitvoerbaarheid|haalbaarheid", AMBIGUOUS, dominant=True),
    HeadingRule("overleg", r"overleg|inspraak|zienswijze|participatie|inloopavond", AMBIGUOUS),
    HeadingRule("leeswijzer", r"leeswijzer|opzet van de toelichting|inhoud|bijlage", AMBIGUOUS),
    HeadingRule("ligging", r"ligging|begrenzing|situering|plangebied$", AMBIGUOUS),
    HeadingRule("huidige situatie", r"huidige|bestaande situatie|historie|geschiedenis", AMBIGUOUS),
    HeadingRule("geldend plan", r"vigerend|geldend|planologische (regeling|situatie)", AMBIGUOUS),
    HeadingRule(
        "beleid (hoofdstuk)", r"beleid|kaders?$", FRAMEWORK, chapter_only=True, dominant=True
    ),
    # Environmental and technical research: detail wherever it appears.
    HeadingRule(
        "omgevingsaspecten (hoofdstuk)",
        r"omgevingsaspect|milieu|sectorale aspecten|uitvoeringsaspecten|onderzoek|"
        r"toets(ing)? aan|randvoorwaarden|verantwoording",
        DETAIL,
        chapter_only=True,
        dominant=True,
    ),
    HeadingRule(
        "milieuaspect",
        r"bodem|geluid|lawaai|lucht|water|riolering|ecolog|flora|fauna|natuur|natura|"
        r"soortenbesch|gebiedsbesch|stikstof|vleermuiz|archeolog|cultuurhist|monument|"
        r"externe veiligheid|risico|kabels|leidingen|buisleiding|nutsvoorz|verkeer|"
        r"parkeer|parkeren|ontsluiting|milieu|m\.?e\.?r\.?[- ]|geur|trilling|"
        r"explosie|straalpad|hinder|gezondheid|bedrijven en|onderzoek",
        DETAIL,
    ),
    # Named policy documents are framework even when their names contain "regels".
    HeadingRule(
        "beleidsdocument",
        r"beleid|structuurvisie|omgevingsvisie|\bvisie|verordening|barro|"
        r"algemene regels ruimtelijke ordening|ladder|\bnovi\b|\bsvir\b|"
        r"omgevingsprogramma|woonvisie|welstand|nota ",
        FRAMEWORK,
    ),
    # Legal and procedural explanation: detail.
    HeadingRule(
        "juridisch (hoofdstuk)",
        r"juridisch|regels|planopzet|plansystematiek|handhaving|procedure|wijze van",
        DETAIL,
        chapter_only=True,
        dominant=True,
    ),
    HeadingRule(
        "juridisch",
        r"juridisch|regels|bestemmingen|bestemmingsomschrijving|verbeelding|begrippen|"
        r"wijze van (meten|bestemmen)|dubbeltel|plansystematiek|planvorm|overgangs|"
        r"slotregel|handhav|procedure|vaststelling|\bberoep|planschade|"
        r"ontwerpbestemmingsplan|afwijk|wijzigingsbevoegd|nadere eisen|aanduiding",
        DETAIL,
    ),
    # Purpose, desired development and principles: framework.
    HeadingRule("inleiding (hoofdstuk)", r"inleiding|algemeen", FRAMEWORK, chapter_only=True),
    HeadingRule(
        "aanleiding en doel",
        r"aanleiding|\bdoel|doelstelling|ambitie|uitgangspunt|gewenste|toekomstige|"
        r"nieuwe situatie|planbeschrijving|beschrijving (van het )?plan|het plan\b|"
        r"initiatief|planvoornemen|voornemen|ontwikkeling|stedenbouwkundig plan|"
        r"ruimtelijke kwaliteit|programma|functionele structuur|ruimtelijke structuur",
        FRAMEWORK,
    ),
)

_COMPILED = [(rule, re.compile(rule.pattern)) for rule in RULES]

_NUMBER = re.compile(
    r"^(?:(?P<chapter_word>hoofdstuk|paragraaf)\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?"
    r"(?=\s|[a-z]|$)\s*",
)
_TRAILING_PAGE = re.compile(r"\s+\d{1,3}$")


def clean_heading(raw: str) -> str:
    """A Markdown heading line as plain lower-case text (number kept)."""
    text = re.sub(r"^#+\s*", "", raw.strip())
    text = re.sub(r"<[^>]+>", "", text)
    text = unescape_markdown(text).replace("*", "").replace("_", " ")
    text = text.replace("Ã«", "ë")
    return re.sub(r"\s+", " ", text).strip().lower()


def split_number(heading: str) -> tuple[tuple[int, ...] | None, bool, str]:
    """``(number parts, says "hoofdstuk", title)`` of a cleaned heading."""
    match = _NUMBER.match(heading)
    if not match:
        return None, False, heading
    parts = tuple(int(p) for p in match.group("number").split("."))
    title = _TRAILING_PAGE.sub("", heading[match.end() :]).strip()
    return parts, match.group("chapter_word") == "hoofdstuk", title


def match_rule(title: str, depth: int) -> HeadingRule | None:
    """The first rule that matches a heading title at ``depth`` (1 = chapter)."""
    for rule, pattern in _COMPILED:
        if rule.chapter_only and depth != 1:
            continue
        if pattern.search(title):
            return rule
    return None


def _chapter_labels(title: str) -> set[str | None]:
    """Labels of every chapter-level rule that matches ``title``."""
    return {rule.label for rule, pattern in _COMPILED if pattern.search(title)}


def label_heading_path(headings: Iterable[str]) -> str | None:
    """The weak label of a passage under ``headings`` (outermost first, cleaned titles).

    A chapter whose title matches both labels ("beleid en onderzoek") decides nothing itself.
    A dominant chapter decides for everything inside it, unless a subheading matches a rule
    with another label (sectoral policy inside a policy chapter, policy inside an
    environmental chapter): such conflicts stay unlabelled. Otherwise the innermost heading
    that matches a rule decides (an ambiguous rule gives ``None``); no match gives ``None``.
    """
    titles = [h for h in headings if h]
    if not titles:
        return None
    chapter_rule = match_rule(titles[0], 1)
    mixed = {FRAMEWORK, DETAIL} <= _chapter_labels(titles[0])
    if chapter_rule is not None and chapter_rule.dominant and not mixed:
        for depth in range(2, len(titles) + 1):
            rule = match_rule(titles[depth - 1], depth)
            if rule is not None and rule.label is not None and rule.label != chapter_rule.label:
                return None
        return chapter_rule.label
    for depth in range(len(titles), 1 if mixed else 0, -1):
        rule = match_rule(titles[depth - 1], depth)
        if rule is not None:
            return rule.label
    return None


def unescape_markdown(text: str) -> str:
    """Undo Markdown backslash escapes: ``1\\.1`` -> ``1.1``."""
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>\"'=~^$&%@:;,?/])", r"\1", text)


@dataclass(frozen=True)
class LabelledPassage:
    """One training passage with its label and the group it must not leak across."""

    text: str
    label: str
    group: str  # IMRO municipality code, or "team:<municipality>"
    source: str  # file name (and line or id for team passages)
    headings: tuple[str, ...] = ()
    doc_type: str = "bestemmingsplan"
    id: str = ""  # a real passage's id in training/denhaag
    # A team passage's document ("file:municipality:title", the municipality as in its group;
    # two councils' kadernota of the same year are two documents): its section and document
    # give it context.
    # Empty for team passages written one by one, which stand alone.
    document: str = ""


MIN_WORDS = 12
_IMRO = re.compile(r"^t_NL\.IMRO\.(?P<code>\d{4})\.")
_BULLET = re.compile(r"^\s*(?:[*+\-•]|\d{1,2}[.)])\s+")
_CAPTION = re.compile(
    r"^(figuur|tabel|afbeelding|bron|foto|kaart|bijlage|zie bijlage)\b", re.IGNORECASE
)


def clean_block(block: str) -> str | None:
    """Plain text of one Markdown paragraph, or ``None`` when it is no usable prose."""
    lines = [line for line in block.splitlines() if line.strip()]
    if not lines:
        return None
    if any(line.lstrip().startswith("|") for line in lines) or block.count("|") >= 2:
        return None
    if any(line.lstrip().startswith(("![", "<img", "<table", "```")) for line in lines):
        return None
    text = " ".join(_BULLET.sub("", line.strip()) for line in lines)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = unescape_markdown(text).replace("**", "").replace("*", "")
    text = text.replace("Ã«", "ë").replace("Ã©", "é")
    text = re.sub(r"\s+", " ", text).strip()
    words = text.split()
    if len(words) < MIN_WORDS or _CAPTION.match(text):
        return None
    letters = sum(ch.isalpha() for ch in text)
    if letters < 0.6 * len(text):  # numbers, codes, reference lists
        return None
    if not re.search(r"[.:;!?]", text):  # a bare list of names or titles
        return None
    if re.search(r"https?://|www\.", text) and len(words) < 40:
        return None
    return text


def parse_markdown(text: str) -> list[tuple[tuple[str, ...], str]]:
    """``(heading path, paragraph text)`` for each usable paragraph of a Markdown document."""
    raw_headings = [line for line in text.splitlines() if line.startswith("#")]
    numbered = sum(1 for h in raw_headings if split_number(clean_heading(h))[0])
    use_numbers = numbered >= 3

    stack: list[tuple[int, str]] = []  # (depth, title)
    chapter_no = 0
    last_depth = 0
    result = []
    for block in re.split(r"\n\s*\n", text):
        stripped = block.strip()
        if stripped.startswith("#") and "\n" not in stripped:
            heading = clean_heading(stripped)
            if use_numbers:
                parts, says_chapter, title = split_number(heading)
                depth = None
                if parts is not None:
                    next_chapter = chapter_no < parts[0] <= chapter_no + 3
                    if len(parts) == 1 and (says_chapter or next_chapter):
                        depth, chapter_no = 1, parts[0]
                    elif len(parts) > 1 and parts[0] == chapter_no:
                        depth = len(parts)
                if depth is None:  # unnumbered, or a quoted number: a child of the last
                    title = heading if parts is None else title
                    depth = last_depth + 1 if chapter_no else 1
                else:
                    last_depth = depth
            else:
                depth = len(stripped) - len(stripped.lstrip("#"))
                title = heading
            while stack and stack[-1][0] >= depth:
                stack.pop()
            stack.append((depth, title))
            continue
        paragraph = clean_block(stripped)
        if paragraph is not None and stack:
            result.append((tuple(t for _, t in stack), paragraph))
    return result


def load_corpus(corpus_dir: str | Path) -> list[LabelledPassage]:
    """Labelled passages from the bestemmingsplan Markdown files in ``corpus_dir``."""
    corpus_dir = Path(corpus_dir)
    files = sorted(corpus_dir.glob("t_NL.IMRO.*.md"))
    if not files:
        raise InputError(
            f"Geen bestemmingsplannen (t_NL.IMRO.*.md) gevonden in {corpus_dir}. "
            "Geef de map corpus/bestemmingsplannen op."
        )
    passages = []
    for path in files:
        match = _IMRO.match(path.name)
        if not match:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for headings, paragraph in parse_markdown(text):
            label = label_heading_path(headings)
            if label is not None:
                passages.append(
                    LabelledPassage(paragraph, label, match.group("code"), path.name, headings)
                )
    return deduplicate(passages)


def load_team_passages(team_dir: str | Path) -> list[LabelledPassage]:
    """The team's hand-labelled raadsstukken passages from ``team_dir/*.jsonl``."""
    passages = []
    for path in sorted(Path(team_dir).glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    text, label = record["text"].strip(), record["label"]
                    municipality = str(record.get("municipality") or "onbekend")
                except (json.JSONDecodeError, KeyError, AttributeError, TypeError) as error:
                    raise InputError(
                        f"{path.name}, regel {number}: geen geldig trainingsvoorbeeld "
                        f"({error}). Verwacht JSON met 'text', 'label' en 'municipality'.",
                        path=str(path),
                    ) from error
                if label not in LABELS:
                    raise InputError(
                        f"{path.name}, regel {number}: onbekend label {label!r}; "
                        f"gebruik 'framework' of 'detail'.",
                        path=str(path),
                    )
                passages.append(
                    LabelledPassage(
                        text,
                        label,
                        "team:" + municipality.strip().lower(),
                        f"{path.name}:{record.get('id', number)}",
                        (str(record.get("section") or ""),),
                        str(record.get("doc_type") or "raadsstuk"),
                        document=f"{path.name}:{municipality.strip().lower()}:{record['document']}"
                        if record.get("document")
                        else "",
                    )
                )
    return passages


def deduplicate(passages: list[LabelledPassage]) -> list[LabelledPassage]:
    """First occurrence of each text; texts seen with both labels are dropped altogether."""
    labels: dict[str, set[str]] = {}
    for p in passages:
        labels.setdefault(p.text, set()).add(p.label)
    seen: set[str] = set()
    result = []
    for p in passages:
        if p.text in seen or len(labels[p.text]) > 1:
            continue
        seen.add(p.text)
        result.append(p)
    return result


def real_label_files(folder: str | Path) -> list[tuple[Path, Path]]:
    """Every ``(passages*.jsonl, labels*.jsonl)`` pair in ``folder`` whose labels exist, in
    name order: ``passages.jsonl`` with ``labels.jsonl``, ``passages-2.jsonl`` with
    ``labels-2.jsonl`` (a later annotation wave), and so on."""
    pairs = []
    waves = sorted(Path(folder).glob("passages*.jsonl"), key=lambda p: (len(p.name), p.name))
    for passages in waves:
        labels = passages.with_name("labels" + passages.name.removeprefix("passages"))
        if labels.is_file():
            pairs.append((passages, labels))
    return pairs


def load_real_passages(folder: str | Path) -> list[LabelledPassage]:
    """Independently labelled passages of real council documents (``training/denhaag``).

    Each ``passages*.jsonl`` holds the text with its meeting, file, kind and section heading;
    its ``labels*.jsonl`` the adjudicated label per id (see :func:`real_label_files`). The
    group is ``"real:<meeting>"``, so a meeting never leaks across a split; the source is the
    file (sections are per file). A passage without a final label yet is left out.
    """
    passages = []
    for passages_path, labels_path in real_label_files(folder):
        labels = {}
        for record in _json_lines(labels_path):
            labels[record["id"]] = record.get("label")
        for record in _json_lines(passages_path):
            label = labels.get(record["id"])
            if label in LABELS:
                passages.append(
                    LabelledPassage(
                        record["text"],
                        label,
                        f"real:{record['meeting']}",
                        record["file"],
                        (record.get("section") or "",),
                        record.get("kind") or "raadsstuk",
                        record["id"],
                    )
                )
    return passages


def _json_lines(path: Path) -> list[dict]:
    """The records of a JSON-lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
