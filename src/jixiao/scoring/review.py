"""财政复核: the composite of a unit's own score and the finance bureau's review score, where the scheme
defines one (``review`` in the scheme YAML, e.g. provincial-80: 0.4 × 自评 + 0.6 × 复核)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.decimals import quantize
from jixiao.model.scheme import Scheme


def composite(scheme: Scheme, self_score: Decimal, review_score: Decimal) -> Decimal | None:
    """The weighted score rounded as the scheme rounds; None when the scheme sets no review weights."""
    if scheme.review is None:
        return None
    value = scheme.review.self_weight * self_score + scheme.review.review_weight * review_score
    return quantize(value, scheme.rounding.places, scheme.rounding_mode)
