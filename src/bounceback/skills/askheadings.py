"""Headings over what the reader must bring that the section table of `context` misses or
misreads: "What we need", "You'll need:", "Your profile" (the German style "Ihr Profil" written in
English), "What it takes", "What we expect from you", "The person", "Job specification"; "What
you will need" is no duty (the duties' "you will"), "About the candidate" no employer's pitch
(the "about" of "About us"); a recruiter's "What they're looking for", "What our client is
looking for" (round 34: no requirement and no employer's pitch on main). Read first, before the other kinds; whole headings only."""

ASKING_HEADINGS = (
    r"^(?:(?:what|all)\s+)?(?:we|you)(?:'ll|’ll|\s+will)?\s+need(?:\s+from\s+you)?$|"
    r"^(?:your|candidate|applicant)\s+profile$|^what\s+it\s+takes$|"
    r"^what\s+we\s+(?:expect|require|ask)(?:\s+(?:from|of)\s+you)?$|"
    r"^(?:the\s+)?person(?:\s+spec(?:ification)?)?$|^job\s+specification$|"
    r"^about\s+the\s+(?:candidate|applicant)$|"
    r"^(?:what|who)\s+(?:they|the\s+(?:client|employer|company|business|team|hirer)|"
    r"our\s+client)(?:'re|’re|\s+(?:is|are))\s+(?:looking\s+for|after|seeking)$|"
    r"^what\s+(?:they|the\s+client|our\s+client)\s+(?:need|needs|want|wants|require|requires)"
    r"(?:\s+from\s+you)?$"
)
