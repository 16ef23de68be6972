"""jixiao (绩效): budget performance self-evaluation, composed and reviewed."""

__version__ = "0.1.0"
