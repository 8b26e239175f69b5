"""The codebook: CAMEO event codes, Goldstein weights, quad classes, and the PLOVER ontology and crosswalk.

Load once with ``Codebook.load()`` and pass the object to the stages that need it.

Users add or override CAMEO codes with their own files, ``Codebook.load(["my_codes.tsv"])``:

* TSV: '#' comment lines, then the header ``code name quad_class goldstein plover_type plover_mode
  plover_contexts`` (tab-separated), then one row per code, e.g. ``0421<TAB>Make a state visit<TAB>1<TAB>2.5<TAB>
  CONSULT<TAB>visit<TAB>diplomatic``. Codes are 2-4 digits with leading zeros; quad_class must match the root;
  Goldstein weights lie in -10..10; PLOVER type, mode and ``;``-joined contexts must exist in ``plover.yaml``
  (legacy labels such as DEMAND are accepted). A new code's parent (``042`` for ``0421``) must exist.
* YAML: ``codes:`` then a list of mappings with the same keys; for an existing code, keys left out keep their
  current values.
"""

from eventcoder.codebook.loader import (
    CAMEO_COLUMNS,
    CAMEO_ROOTS,
    QUAD_CLASS_NAMES,
    CameoCode,
    Codebook,
    PloverType,
    UnknownCodeError,
    quad_class_of_root,
)

__all__ = [
    "CAMEO_COLUMNS",
    "CAMEO_ROOTS",
    "QUAD_CLASS_NAMES",
    "CameoCode",
    "Codebook",
    "PloverType",
    "UnknownCodeError",
    "quad_class_of_root",
]
