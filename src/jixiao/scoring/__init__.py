"""Scoring: the one place where points, totals and grades are computed."""

from jixiao.scoring.card import CategoryScore, ExecutionScore, IndicatorScore, Problem, ScoreCard
from jixiao.scoring.engine import (
    Result,
    far_exceeded,
    score,
    score_execution,
    score_indicator,
    stated_execution_points,
)

__all__ = [
    "CategoryScore",
    "ExecutionScore",
    "IndicatorScore",
    "Problem",
    "Result",
    "ScoreCard",
    "far_exceeded",
    "score",
    "score_execution",
    "score_indicator",
    "stated_execution_points",
]
