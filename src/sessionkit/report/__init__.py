"""The post-session report: a plain model (``model``) and its renderers.

``model`` is plain Python; ``pdf`` imports ReportLab and ``docx`` python-docx, so
import those two only when an export runs (``services.reports`` does).
"""
