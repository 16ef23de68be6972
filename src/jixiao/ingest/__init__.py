"""Reading report files into numbered text lines, whatever format the portal published them in."""

from jixiao.ingest.document import Document, Line
from jixiao.ingest.read import read_document

__all__ = ["Document", "Line", "read_document"]
