"""The codebook: CAMEO event codes, Goldstein weights, quad classes, and the PLOVER ontology and crosswalk.

Load once with ``Codebook.load()`` and pass the object to the stages that need it.
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
