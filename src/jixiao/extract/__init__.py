"""Reading facts off published self-evaluation reports, each tied to its line and span."""

from jixiao.extract.extract import extract_document, extract_file
from jixiao.extract.model import ExtractedReport, Fact

__all__ = ["ExtractedReport", "Fact", "extract_document", "extract_file"]
