"""Skills: postings, resumes, a vocabulary, matching, gaps and tailoring hints."""
