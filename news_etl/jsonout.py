"""JSON output with exact numbers: a Decimal is written as a JSON number with all its digits, never a float."""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from decimal import Decimal
from typing import Any

from transforms.money import decimal_text


def _finite(value: Any) -> Any:
    """NaN and ±Infinity (which JSON cannot write) become null, in nested lists and dicts too."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def dumps(value: Any) -> str:
    """`json.dumps` where Decimal values become exact JSON numbers, dates ISO strings, NaN/Infinity null."""
    token = uuid.uuid4().hex
    numbers: list[str] = []

    def default(obj: Any) -> Any:
        if isinstance(obj, Decimal):
            numbers.append(decimal_text(obj))
            return f"{token}:{len(numbers) - 1}"
        if isinstance(obj, dt.date | dt.datetime):
            return obj.isoformat()
        return str(obj)

    text = json.dumps(_finite(value), default=default, ensure_ascii=False, allow_nan=False)
    for i, number in enumerate(numbers):
        text = text.replace(f'"{token}:{i}"', number, 1)
    return text
