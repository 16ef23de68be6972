"""The evaluation model and scoring schemes: typed data, no I/O beyond ``load_*``."""

from jixiao.model.evaluation import (
    Evaluation,
    FundRow,
    Funds,
    Goal,
    Indicator,
    Kind,
    Operator,
    TeamMember,
    Tier,
)
from jixiao.model.scheme import Category, Grade, Scheme

__all__ = [
    "Category",
    "Evaluation",
    "FundRow",
    "Funds",
    "Goal",
    "Grade",
    "Indicator",
    "Kind",
    "Operator",
    "Scheme",
    "TeamMember",
    "Tier",
]
