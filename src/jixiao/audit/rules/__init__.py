"""Importing this package registers every rule: arithmetic and the re-scored form (JX1xx), consistency
(JX2xx), completeness (JX3xx) and quality (JX4xx)."""

from jixiao.audit.rules import arithmetic, completeness, consistency, form, quality

__all__ = ["arithmetic", "completeness", "consistency", "form", "quality"]
