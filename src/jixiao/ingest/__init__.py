"""Reading report files into numbered text lines, whatever format the portal published them in."""

from jixiao.ingest.document import Document, Line
from jixiao.ingest.isolated import read_isolated
from jixiao.ingest.limits import ReadLimits
from jixiao.ingest.read import read_document

__all__ = ["Document", "Line", "ReadLimits", "read_document", "read_isolated"]
