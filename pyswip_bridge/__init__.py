"""cassation-kb: Normative Resolution No. 5 (2017) of the Supreme Court of Kazakhstan on
cassation review, as an explainable SWI-Prolog knowledge base, and its Python bridge.

>>> from pyswip_bridge import KnowledgeBase, Case
>>> kb = KnowledgeBase()
>>> result = kb.ask("may_review(v1, P)", Case.from_file("queries/p1_counsel_appeal.yaml"))
"""

from typing import TYPE_CHECKING, Any

from . import render as _render  # noqa: F401  (registers how an answer shows itself: str(), Jupyter)
from .bridge.case import Case, Fact
from .bridge.kb import KnowledgeBase
from .bridge.limits import Limits
from .errors import (
    ArgumentError,
    CaseFileError,
    CassationError,
    ContradictionError,
    EngineError,
    LimitError,
    OutsideValidity,
    QueryError,
    QuerySyntaxError,
    QueryTimeout,
    ReadingError,
    ReplyError,
    ResourceLimit,
    UnknownQuestion,
    UserError,
    VocabularyError,
)
from .results import Answer, AskResult, Assumption, FailedCondition, Failure, ProofNode, Source, Validity

if TYPE_CHECKING:
    from .workbench.interview import Interview, InterviewQuestion

#: Imported when first used, so that ``cassation ask`` does not pay for the workbench.
_LAZY = {"Interview": "workbench.interview", "InterviewQuestion": "workbench.interview"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "Answer",
    "ArgumentError",
    "AskResult",
    "Assumption",
    "Case",
    "CaseFileError",
    "CassationError",
    "ContradictionError",
    "EngineError",
    "Fact",
    "FailedCondition",
    "Failure",
    "Interview",
    "InterviewQuestion",
    "KnowledgeBase",
    "LimitError",
    "Limits",
    "OutsideValidity",
    "ProofNode",
    "QueryError",
    "QuerySyntaxError",
    "QueryTimeout",
    "ReadingError",
    "ReplyError",
    "ResourceLimit",
    "Source",
    "UnknownQuestion",
    "UserError",
    "Validity",
    "VocabularyError",
]
