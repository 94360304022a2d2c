"""Pictures and take-away views of the search: charts, exports, weekly review, calendar.

Pure computation on domain records. Plotly is imported only by figures.py and export.py, so that
importing this package (or charts.data) stays cheap for the command line.
"""

CHART_NAMES: tuple[str, ...] = ("sankey", "funnel", "reasons", "mood", "weekly", "outlook")
