"""Load and validate the CAMEO codebook and the PLOVER ontology.

Data lives beside this module: ``cameo.tsv`` (every CAMEO event code with its Goldstein weight and
PLOVER crosswalk) and ``plover.yaml`` (PLOVER types, modes, scores, contexts, legacy labels).
Users may add or override CAMEO codes with their own TSV or YAML files (``Codebook.load(extra_paths)``).
Every problem in a data file raises ``DataFileError`` naming the file and line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

import yaml

from eventcoder.errors import DataFileError
from eventcoder.records import Plover

DATA_DIR = Path(__file__).resolve().parent
CAMEO_FILE = DATA_DIR / "cameo.tsv"
PLOVER_FILE = DATA_DIR / "plover.yaml"

CAMEO_COLUMNS = ("code", "name", "quad_class", "goldstein", "plover_type", "plover_mode", "plover_contexts")
CAMEO_ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
QUAD_CLASS_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

_CODE_PATTERN = re.compile(r"\d{2,4}")
_CONTEXT_SEPARATOR = ";"

PathLike = Union[str, Path]


class UnknownCodeError(KeyError):
    """A CAMEO code or PLOVER label that the codebook does not define."""

    def __str__(self) -> str:  # KeyError would show the message with quotes around it
        return str(self.args[0]) if self.args else ""


def quad_class_of_root(root: str) -> int:
    """The CAMEO quad class of a root code: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"{root!r} is not a CAMEO root (01-20)")
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    if number <= 14:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code (root, base or leaf) with its Goldstein weight and PLOVER crosswalk."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: Optional[str]
    plover_mode: Optional[str]
    plover_contexts: tuple[str, ...]

    @property
    def level(self) -> int:
        """1 for a root (2 digits), 2 for a base code (3 digits), 3 for a leaf (4 digits)."""
        return len(self.code) - 1


@dataclass(frozen=True)
class PloverType:
    """A PLOVER event type: its quad class, modes, default score and the modes with their own score."""

    name: str
    quad_class: int
    modes: tuple[str, ...]
    score: float
    mode_scores: dict[str, float] = field(default_factory=dict, hash=False)
    recipient_required: bool = False

    def score_for(self, mode: Optional[str]) -> float:
        """The score of an event of this type in ``mode`` (the type's score if the mode has none of its own)."""
        if mode is None:
            return self.score
        return self.mode_scores.get(mode, self.score)


class Codebook:
    """CAMEO codes, Goldstein weights, quad classes and the PLOVER ontology, loaded once and passed in."""

    def __init__(
        self,
        codes: Mapping[str, CameoCode],
        plover_types: Mapping[str, PloverType],
        contexts: Iterable[str],
        legacy_labels: Mapping[str, str],
        record_types: Optional[Mapping[str, tuple[str, Optional[str]]]] = None,
    ):
        self._codes = dict(sorted(codes.items()))  # lexical order of CAMEO codes is their tree order
        # CAMEO code -> (PLOVER type, mode) where PLOVER's own definitions, as its event records use them, differ
        # from the published crosswalk (plover.yaml: record_types)
        self._record_types = dict(record_types or {})
        self._plover_types = dict(plover_types)
        self._contexts = tuple(contexts)
        self._context_set = frozenset(self._contexts)
        self._legacy_labels = dict(legacy_labels)

    @classmethod
    def load(cls, extra_paths: Sequence[PathLike] = (), *, plover_path: Optional[PathLike] = None) -> "Codebook":
        """Load the built-in codebook, then apply user files (``.tsv``, ``.yaml`` or ``.yml``) in order.

        A user file adds CAMEO codes or replaces existing ones by code; later files win. User TSV files use
        the same columns as the built-in ``cameo.tsv``. User YAML files hold ``codes:``, a list of mappings
        with the same keys; when a code already exists, keys left out keep their current values.
        ``plover_path`` replaces the built-in PLOVER ontology (same format as ``plover.yaml``).
        Raises ``DataFileError`` (file and line) for any invalid row.
        """
        ontology_path = Path(plover_path) if plover_path is not None else PLOVER_FILE
        ontology = _read_plover_yaml(ontology_path)
        codes = _read_cameo_tsv(CAMEO_FILE, ontology, existing={})
        for extra in extra_paths:
            path = Path(extra)
            suffix = path.suffix.lower()
            if suffix == ".tsv":
                codes.update(_read_cameo_tsv(path, ontology, existing=codes))
            elif suffix in (".yaml", ".yml"):
                codes.update(_read_cameo_yaml(path, ontology, existing=codes))
            else:
                raise DataFileError(path, None, "unsupported codebook file type; use .tsv, .yaml or .yml")
        for code in ontology.record_types:
            # (checked here, once the CAMEO codes are known: "0899" is no code, "010" has no PLOVER event to retype)
            if code not in codes or codes[code].plover_type is None:
                raise DataFileError(ontology_path, ontology.record_type_lines.get(code),
                                    f"record_types: {code} is not a CAMEO code with a PLOVER event")
        return cls(codes, ontology.types, ontology.contexts, ontology.legacy_labels, ontology.record_types)

    # CAMEO

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code ``code`` (a string with leading zeros, e.g. "042"); UnknownCodeError if undefined."""
        try:
            return self._codes[code]
        except (KeyError, TypeError):
            hint = ""
            if not isinstance(code, str) or (code.isdigit() and code[:2] not in CAMEO_ROOTS):
                hint = " (CAMEO codes are strings with leading zeros, e.g. '042')"
            raise UnknownCodeError(
                f"unknown CAMEO code {code!r}{hint}; add it in a user codebook file "
                f"passed to Codebook.load(extra_paths) if it is yours"
            ) from None

    def has(self, code: str) -> bool:
        """True if ``code`` is a defined CAMEO code."""
        return isinstance(code, str) and code in self._codes

    def codes(self) -> list[CameoCode]:
        """Every CAMEO code, in tree order (01, 010, 011, ..., 02, 020, 021, 0211, ...)."""
        return list(self._codes.values())

    def roots(self) -> list[CameoCode]:
        """The 20 CAMEO root codes."""
        return [c for c in self._codes.values() if len(c.code) == 2]

    # PLOVER

    @property
    def contexts(self) -> tuple[str, ...]:
        """The valid PLOVER contexts, in the ontology's order."""
        return self._contexts

    def plover_types(self) -> list[PloverType]:
        """The 16 PLOVER event types."""
        return list(self._plover_types.values())

    def normalise_plover_label(self, label: str) -> str:
        """The current PLOVER type name for ``label`` (any case; legacy names such as DEMAND or FIGHT accepted)."""
        name = str(label).strip().upper()
        name = self._legacy_labels.get(name, name)
        if name not in self._plover_types:
            raise UnknownCodeError(
                f"unknown PLOVER event type {label!r}; expected one of {', '.join(self._plover_types)} "
                f"or a legacy label ({', '.join(self._legacy_labels)})"
            )
        return name

    def plover_type(self, name: str) -> PloverType:
        """The PLOVER type called ``name`` (legacy names accepted); UnknownCodeError if undefined."""
        return self._plover_types[self.normalise_plover_label(name)]

    def plover_for(self, code: str, contexts: Iterable[str] = (), record_convention: bool = False) -> Plover:
        """The PLOVER coding of CAMEO ``code``: type, mode, contexts (the code's own, then ``contexts``), score.

        The score is the mode's own score when it has one, else the type's. Codes with no PLOVER event
        (roots 01 and 02) give ``Plover(type=None)``. Unknown contexts raise ValueError. With
        ``record_convention``, the type and mode follow PLOVER's own definitions where ``plover.yaml:
        record_types`` says they differ from the crosswalk (a resignation is RETREAT, mode resign).
        """
        cameo = self.cameo(code)
        if cameo.plover_type is None:
            return Plover(type=None)
        plover_type_name, plover_mode = cameo.plover_type, cameo.plover_mode
        if record_convention and code in self._record_types:
            plover_type_name, plover_mode = self._record_types[code]
        merged = list(cameo.plover_contexts)
        for context in contexts:
            if context not in self._context_set:
                raise ValueError(f"unknown PLOVER context {context!r}; valid contexts: {', '.join(self._contexts)}")
            if context not in merged:
                merged.append(context)
        plover_type = self._plover_types[plover_type_name]
        return Plover(
            type=plover_type_name,
            mode=plover_mode,
            contexts=tuple(merged),
            score=plover_type.score_for(plover_mode),
        )

    def __repr__(self) -> str:
        return f"Codebook({len(self._codes)} CAMEO codes, {len(self._plover_types)} PLOVER types)"


# Reading the PLOVER ontology


@dataclass(frozen=True)
class _Ontology:
    types: dict[str, PloverType]
    contexts: tuple[str, ...]
    legacy_labels: dict[str, str]
    record_types: dict[str, tuple[str, Optional[str]]] = field(default_factory=dict)
    record_type_lines: dict[str, Optional[int]] = field(default_factory=dict)  # code -> its line in plover.yaml

    def normalise(self, label: str) -> Optional[str]:
        name = label.strip().upper()
        name = self.legacy_labels.get(name, name)
        return name if name in self.types else None


class _LineDict(dict):
    """A YAML mapping that remembers the line of each key, so errors can name it."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML loader whose mappings are _LineDicts (and that refuses duplicate keys)."""


def _construct_line_mapping(loader: Any, node: yaml.MappingNode) -> _LineDict:
    loader.flatten_mapping(node)
    mapping = _LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in mapping.key_lines:
            raise _YamlDuplicateKey(line, f"duplicate key {key!r} (first at line {mapping.key_lines[key]})")
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = line
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_line_mapping)


class _YamlDuplicateKey(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def _load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, None, f"cannot read file: {error}") from None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except _YamlDuplicateKey as error:
        raise DataFileError(path, error.line, error.message) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DataFileError(path, line, f"invalid YAML: {getattr(error, 'problem', None) or error}") from None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _read_plover_yaml(path: Path) -> _Ontology:
    data = _load_yaml(path)
    if not isinstance(data, _LineDict):
        raise DataFileError(path, 1, "expected a mapping with keys 'types', 'contexts' and 'legacy_labels'")
    for key in ("types", "contexts", "legacy_labels"):
        if key not in data:
            raise DataFileError(path, 1, f"missing top-level key {key!r}")
    unknown_keys = set(data) - {"types", "contexts", "legacy_labels", "record_types"}
    if unknown_keys:
        key = sorted(unknown_keys, key=str)[0]
        raise DataFileError(path, data.line_of(key), f"unknown top-level key {key!r}")

    contexts = data["contexts"]
    if not isinstance(contexts, list) or not all(isinstance(c, str) and c for c in contexts):
        raise DataFileError(path, data.line_of("contexts"), "'contexts' must be a list of names")
    if len(set(contexts)) != len(contexts):
        twice = next(c for c in contexts if contexts.count(c) > 1)
        raise DataFileError(path, data.line_of("contexts"), f"context {twice!r} listed twice")

    raw_types = data["types"]
    if not isinstance(raw_types, _LineDict) or not raw_types:
        raise DataFileError(path, data.line_of("types"), "'types' must be a mapping of type name -> definition")
    types: dict[str, PloverType] = {}
    for name, spec in raw_types.items():
        line = raw_types.line_of(name)
        types[name] = _plover_type_from_yaml(path, line, name, spec)

    legacy = data["legacy_labels"]
    if not isinstance(legacy, _LineDict):
        raise DataFileError(path, data.line_of("legacy_labels"), "'legacy_labels' must be a mapping old -> new")
    for old, new in legacy.items():
        if new not in types:
            raise DataFileError(path, legacy.line_of(old), f"legacy label {old!r} maps to unknown type {new!r}")
        if old in types:
            raise DataFileError(path, legacy.line_of(old), f"legacy label {old!r} is also a current type")
    record_types, record_type_lines = _record_types_from_yaml(path, data, types)
    return _Ontology(types=types, contexts=tuple(contexts), legacy_labels=dict(legacy), record_types=record_types,
                     record_type_lines=record_type_lines)


def _record_types_from_yaml(path: Path, data: Any, types: Mapping[str, PloverType]) -> tuple[dict, dict]:
    """``record_types``: CAMEO code -> {type, mode}, the PLOVER type its event records give that code; with each
    code's line (checked against the CAMEO codes by ``Codebook.load``)."""
    raw = data.get("record_types", {})
    if not isinstance(raw, dict):
        raise DataFileError(path, data.line_of("record_types"), "'record_types' must be a mapping code -> {type, mode}")
    record_types, lines = {}, {}
    for code, spec in raw.items():
        line = raw.line_of(code) if isinstance(raw, _LineDict) else None
        lines[code] = line
        if not isinstance(code, str) or not _CODE_PATTERN.fullmatch(code):
            raise DataFileError(path, line, f"record_types: {code!r} is not a quoted CAMEO code")
        if not isinstance(spec, dict) or spec.get("type") not in types or set(spec) - {"type", "mode"}:
            raise DataFileError(path, line, f"record_types: code {code} needs a known PLOVER 'type' (and an optional 'mode')")
        mode = spec.get("mode")
        if mode is not None and mode not in types[spec["type"]].modes:
            raise DataFileError(path, line, f"record_types: code {code}: {mode!r} is not a mode of {spec['type']}")
        record_types[code] = (spec["type"], mode)
    return record_types, lines


def _plover_type_from_yaml(path: Path, line: int, name: Any, spec: Any) -> PloverType:
    if not isinstance(name, str) or not name.isupper():
        raise DataFileError(path, line, f"PLOVER type name {name!r} must be an upper-case word")
    if not isinstance(spec, _LineDict):
        raise DataFileError(path, line, f"type {name}: expected a mapping")
    allowed = {"quad_class", "score", "modes", "mode_scores", "recipient_required"}
    for key in spec:
        if key not in allowed:
            raise DataFileError(path, spec.line_of(key), f"type {name}: unknown key {key!r}")
    for key in ("quad_class", "score", "modes"):
        if key not in spec:
            raise DataFileError(path, line, f"type {name}: missing {key!r}")
    quad_class = spec["quad_class"]
    if quad_class not in (1, 2, 3, 4) or isinstance(quad_class, bool):
        raise DataFileError(path, spec.line_of("quad_class"), f"type {name}: quad_class must be 1, 2, 3 or 4")
    score = spec["score"]
    if not _is_number(score) or not -10 <= score <= 10:
        raise DataFileError(path, spec.line_of("score"), f"type {name}: score must be a number from -10 to 10")
    modes = spec["modes"]
    if not isinstance(modes, list) or not all(isinstance(m, str) and m for m in modes):
        raise DataFileError(path, spec.line_of("modes"), f"type {name}: modes must be a list of names")
    if len(set(modes)) != len(modes):
        raise DataFileError(path, spec.line_of("modes"), f"type {name}: a mode is listed twice")
    mode_scores = spec.get("mode_scores", {})
    if not isinstance(mode_scores, dict):
        raise DataFileError(path, spec.line_of("mode_scores"), f"type {name}: mode_scores must be a mapping")
    for mode, mode_score in mode_scores.items():
        if mode not in modes:
            message = f"type {name}: mode_scores names unknown mode {mode!r}"
            raise DataFileError(path, spec.line_of("mode_scores"), message)
        if not _is_number(mode_score) or not -10 <= mode_score <= 10:
            message = f"type {name}: score of mode {mode!r} must be -10..10"
            raise DataFileError(path, spec.line_of("mode_scores"), message)
    recipient_required = spec.get("recipient_required", False)
    if not isinstance(recipient_required, bool):
        message = f"type {name}: recipient_required must be true or false"
        raise DataFileError(path, spec.line_of("recipient_required"), message)
    return PloverType(
        name=name,
        quad_class=quad_class,
        modes=tuple(modes),
        score=float(score),
        mode_scores={m: float(s) for m, s in mode_scores.items()},
        recipient_required=recipient_required,
    )


# Reading CAMEO codes


def _read_cameo_tsv(path: Path, ontology: _Ontology, existing: Mapping[str, CameoCode]) -> dict[str, CameoCode]:
    """Read a CAMEO TSV file: '#' comment lines and blank lines are skipped; the first other line is the header."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, None, f"cannot read file: {error}") from None
    rows: dict[str, tuple[int, CameoCode]] = {}
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if not header_seen:
            if tuple(fields) != CAMEO_COLUMNS:
                raise DataFileError(
                    path, number, f"expected the header line {' '.join(CAMEO_COLUMNS)} (tab-separated), got {line!r}"
                )
            header_seen = True
            continue
        if len(fields) != len(CAMEO_COLUMNS):
            raise DataFileError(
                path, number, f"expected {len(CAMEO_COLUMNS)} tab-separated columns, found {len(fields)}"
            )
        entry = _cameo_from_fields(path, number, dict(zip(CAMEO_COLUMNS, fields)), ontology)
        if entry.code in rows:
            raise DataFileError(path, number, f"duplicate code {entry.code} (first at line {rows[entry.code][0]})")
        rows[entry.code] = (number, entry)
    if not header_seen:
        raise DataFileError(path, None, "empty codebook file: no header line")
    _check_parents(path, rows, existing)
    return {code: entry for code, (_, entry) in rows.items()}


def _read_cameo_yaml(path: Path, ontology: _Ontology, existing: Mapping[str, CameoCode]) -> dict[str, CameoCode]:
    data = _load_yaml(path)
    if not isinstance(data, _LineDict) or not isinstance(data.get("codes"), list):
        raise DataFileError(path, getattr(data, "line", 1), "expected a mapping with a 'codes:' list")
    rows: dict[str, tuple[int, CameoCode]] = {}
    for item in data["codes"]:
        if not isinstance(item, _LineDict):
            raise DataFileError(path, data.line_of("codes"), "each entry of 'codes' must be a mapping")
        line = item.line
        for key in item:
            if key not in CAMEO_COLUMNS:
                message = f"unknown key {key!r}; expected {', '.join(CAMEO_COLUMNS)}"
                raise DataFileError(path, item.line_of(key), message)
        code = _yaml_text(item.get("code"))
        if not code:
            raise DataFileError(path, line, "entry without a 'code'")
        fields = _fields_of(existing[code]) if code in existing else {}
        for key in CAMEO_COLUMNS:
            if key in item:
                value = item[key]
                if key == "plover_contexts" and isinstance(value, list):
                    value = _CONTEXT_SEPARATOR.join(str(v) for v in value)
                fields[key] = _yaml_text(value)
        for key in ("name", "goldstein"):
            if not fields.get(key):
                raise DataFileError(path, line, f"new code {code!r} needs {key!r}")
        if not fields.get("quad_class") and _CODE_PATTERN.fullmatch(code) and code[:2] in CAMEO_ROOTS:
            fields["quad_class"] = str(quad_class_of_root(code[:2]))
        entry = _cameo_from_fields(path, line, fields, ontology)
        if entry.code in rows:
            raise DataFileError(path, line, f"duplicate code {entry.code} (first at line {rows[entry.code][0]})")
        rows[entry.code] = (line, entry)
    _check_parents(path, rows, existing)
    return {code: entry for code, (_, entry) in rows.items()}


def _yaml_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value).strip()


def _fields_of(entry: CameoCode) -> dict[str, str]:
    return {
        "code": entry.code,
        "name": entry.name,
        "quad_class": str(entry.quad_class),
        "goldstein": repr(entry.goldstein),
        "plover_type": entry.plover_type or "",
        "plover_mode": entry.plover_mode or "",
        "plover_contexts": _CONTEXT_SEPARATOR.join(entry.plover_contexts),
    }


def _cameo_from_fields(path: Path, line: int, fields: Mapping[str, str], ontology: _Ontology) -> CameoCode:
    """Validate one row (all values as text) and build its CameoCode."""
    code = fields.get("code", "")
    if not _CODE_PATTERN.fullmatch(code):
        raise DataFileError(path, line, f"bad CAMEO code {code!r}: expected 2 to 4 digits with leading zeros, e.g. 042")
    root = code[:2]
    if root not in CAMEO_ROOTS:
        raise DataFileError(path, line, f"code {code}: unknown CAMEO root {root!r} (roots are 01 to 20)")
    name = fields.get("name", "")
    if not name:
        raise DataFileError(path, line, f"code {code}: empty name")

    expected_quad = quad_class_of_root(root)
    quad_text = fields.get("quad_class", "")
    if quad_text:
        if quad_text not in ("1", "2", "3", "4"):
            raise DataFileError(path, line, f"code {code}: quad_class {quad_text!r} must be 1, 2, 3 or 4")
        if int(quad_text) != expected_quad:
            raise DataFileError(
                path,
                line,
                f"code {code}: quad_class {quad_text} contradicts root {root}, which is quad class {expected_quad}",
            )

    goldstein_text = fields.get("goldstein", "")
    try:
        goldstein = float(goldstein_text)
    except ValueError:
        raise DataFileError(path, line, f"code {code}: Goldstein weight {goldstein_text!r} is not a number") from None
    if not math.isfinite(goldstein) or not -10.0 <= goldstein <= 10.0:
        raise DataFileError(path, line, f"code {code}: Goldstein weight {goldstein_text} is outside -10..10")

    type_text = fields.get("plover_type", "")
    mode_text = fields.get("plover_mode", "")
    contexts_text = fields.get("plover_contexts", "")
    plover_type: Optional[str] = None
    if type_text:
        plover_type = ontology.normalise(type_text)
        if plover_type is None:
            raise DataFileError(
                path,
                line,
                f"code {code}: unknown PLOVER type {type_text!r}; expected one of {', '.join(ontology.types)}",
            )
    elif mode_text or contexts_text:
        raise DataFileError(path, line, f"code {code}: PLOVER mode or contexts given without a PLOVER type")
    plover_mode: Optional[str] = None
    if mode_text:
        modes = ontology.types[plover_type].modes  # type: ignore[index]
        if mode_text not in modes:
            allowed = ", ".join(modes) if modes else "none"
            raise DataFileError(
                path, line, f"code {code}: {mode_text!r} is not a mode of PLOVER {plover_type} (modes: {allowed})"
            )
        plover_mode = mode_text
    contexts: list[str] = []
    for context in (c.strip() for c in contexts_text.split(_CONTEXT_SEPARATOR) if c.strip()):
        if context not in ontology.contexts:
            raise DataFileError(path, line, f"code {code}: unknown PLOVER context {context!r}")
        if context in contexts:
            raise DataFileError(path, line, f"code {code}: context {context!r} listed twice")
        contexts.append(context)

    return CameoCode(
        code=code,
        name=name,
        root=root,
        quad_class=expected_quad,
        goldstein=goldstein,
        plover_type=plover_type,
        plover_mode=plover_mode,
        plover_contexts=tuple(contexts),
    )


def _check_parents(path: Path, rows: Mapping[str, tuple[int, CameoCode]], existing: Mapping[str, CameoCode]) -> None:
    """Every base code needs its root and every leaf its base, in this file or the codebook loaded so far."""
    for code, (line, _) in rows.items():
        parent = code[:-1]
        if len(code) > 2 and parent not in rows and parent not in existing:
            raise DataFileError(path, line, f"code {code}: its parent code {parent} is not defined")
