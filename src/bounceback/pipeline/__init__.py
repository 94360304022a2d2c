"""Keep more than one door open: offer outlook, ghosting, concentration, weekly plan, conversion.

Pure computation on domain records (no storage, no interface framework). numpy is imported
lazily inside the functions that need it, so importing this package stays cheap.
"""
