"""Growing from rejections: feedback, reasons, interviews, practice, lessons, patterns, briefs."""
