"""Processing the pain of a rejection, then moving on: pure computation on domain records."""
