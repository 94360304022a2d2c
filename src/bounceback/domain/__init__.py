"""The job seeker's vocabulary and records, free of any framework or database."""
