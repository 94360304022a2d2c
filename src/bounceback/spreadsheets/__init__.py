"""Spreadsheets in and out: CSV rows of applications, with headers people actually use."""
