"""Mail: read mailboxes, classify job-search email, link it to applications."""
