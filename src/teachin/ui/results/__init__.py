"""The results window (window.py), its charts (charts.py) and the workshop report (report.py)."""
