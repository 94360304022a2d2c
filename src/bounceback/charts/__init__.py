"""Pictures and take-away views of the search: charts, exports, weekly review, calendar.

Pure computation on domain records. Plotly is imported only by flow.py and figures.py (and lazily
by export.py), so importing this package, charts.data or charts.catalog stays cheap for the CLI.
"""

CHART_NAMES: tuple[str, ...] = ("sankey", "funnel", "reasons", "mood", "weekly", "outlook")
