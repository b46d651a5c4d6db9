"""JSON output with exact numbers: a Decimal is written as a JSON number with all its digits, never a float."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

from transforms.money import decimal_text


def dumps(value: Any) -> str:
    """`json.dumps` where Decimal values become exact JSON numbers and dates ISO strings."""
    token = uuid.uuid4().hex
    numbers: list[str] = []

    def default(obj: Any) -> Any:
        if isinstance(obj, Decimal):
            numbers.append(decimal_text(obj))
            return f"{token}:{len(numbers) - 1}"
        if isinstance(obj, dt.date | dt.datetime):
            return obj.isoformat()
        return str(obj)

    text = json.dumps(value, default=default, ensure_ascii=False)
    for i, number in enumerate(numbers):
        text = text.replace(f'"{token}:{i}"', number, 1)
    return text
