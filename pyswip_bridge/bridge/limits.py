"""Bounds of one evaluation (:class:`Limits`): wall-clock seconds and logical inferences, their
defaults (from ``CASSATION_TIME_LIMIT`` and ``CASSATION_INFERENCE_LIMIT``) and their largest values."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import cast

from ..errors import LimitError, shorten

#: Problems with the limit environment variables, reported by the first ask (not at import, where
#: a traceback would be all a user saw).
CONFIGURATION_PROBLEMS: list[str] = []


#: The largest time limit, in seconds (one day), and inference limit (SWI-Prolog counts inferences in
#: 64 bits and refuses a limit of 2**63 or more; at 10**8 inferences a second this one is four months).
MAX_SECONDS = 86_400.0
MAX_INFERENCES = 10**15


def _env_limit(name: str, default: float, kind: type, maximum: float) -> float:
    text = os.environ.get(name)
    if text is None:
        return default
    shown = f"{name}={shorten(text, 80)!r}"
    try:
        value = kind(text)
    except ValueError:
        value = None
    if value is None or not value > 0:  # not a number, NaN, zero or less
        CONFIGURATION_PROBLEMS.append(f"{shown} is not a positive {kind.__name__}")
        return default
    if not value <= maximum:  # infinity, or more than SWI-Prolog can represent or anyone needs
        CONFIGURATION_PROBLEMS.append(f"{shown} is more than the largest limit accepted, {maximum:,g}")
        return default
    return cast(float, value)  # an int for an int limit, as given


DEFAULT_SECONDS = float(_env_limit("CASSATION_TIME_LIMIT", 10.0, float, MAX_SECONDS))
DEFAULT_INFERENCES = int(_env_limit("CASSATION_INFERENCE_LIMIT", 20_000_000, int, MAX_INFERENCES))


@dataclass(frozen=True)
class Limits:
    """Bounds of one evaluation: wall-clock seconds and logical inferences."""

    seconds: float = DEFAULT_SECONDS
    inferences: int = DEFAULT_INFERENCES


def check_limits(limits: Limits) -> None:
    """Raise :class:`LimitError` unless the time limit is a finite positive number of seconds up to
    :data:`MAX_SECONDS` and the inference limit a positive whole number up to :data:`MAX_INFERENCES`
    (NaN and infinity cannot even be written as JSON; SWI-Prolog cannot represent 2**63 inferences).
    :class:`TypeError` if ``limits`` is not a :class:`Limits`."""
    if not isinstance(limits, Limits):
        raise TypeError(f"limits must be a Limits(seconds, inferences), not {type(limits).__name__}")
    seconds, inferences = limits.seconds, limits.inferences
    if (
        isinstance(seconds, bool)
        or not isinstance(seconds, (int, float))
        or not math.isfinite(seconds)
        or not 0 < seconds <= MAX_SECONDS
    ):
        raise LimitError(
            f"the time limit must be a positive number of seconds of at most {MAX_SECONDS:,g}, "
            f"not {shorten(repr(seconds), 80)}"
        )
    if isinstance(inferences, bool) or not isinstance(inferences, int) or not 0 < inferences <= MAX_INFERENCES:
        raise LimitError(
            f"the inference limit must be a positive whole number of at most {MAX_INFERENCES:,}, "
            f"not {shorten(repr(inferences), 80)}"
        )
