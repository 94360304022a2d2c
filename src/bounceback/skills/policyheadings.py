"""Headings over the statutory paragraphs of a long formal posting (round 33): "Health and
Safety", "Confidentiality and Information Governance", "Safeguarding", "Infection Prevention and
Control", "No Smoking Policy", "Trust Values", "General Responsibilities". Under them a public
body, a health service, a university or a charity states what every employee must observe ("All
employees have a duty to comply with the Council's health and safety policies, including manual
handling"); they ask nothing of the candidate, so the section is silent (`context.POLICIES`),
and the heading line itself names no skill. Whole headings only, one or more of them joined by
"and", "&" or a comma: a line "Health and safety awareness" or a bullet is read as before."""

_ONE = (
    r"health,? (?:and|&) safety(?: at work)?|health,? safety,? (?:and|&) (?:wellbeing|welfare)|"
    r"confidentiality|information governance|infection (?:prevention )?(?:and |& )?control|"
    r"safeguarding(?: children| adults| (?:of )?children(?:,)? (?:and|&) (?:vulnerable |young )?"
    r"(?:adults|people))?|(?:child|adult) protection|no smoking(?: policy)?|"
    r"smoke[- ]free(?: policy)?|records management|freedom of information|code of conduct|"
    r"(?:trust|council|organisational|organizational|university) (?:values|policies)|"
    r"policies(?: and procedures)?|general (?:responsibilities|conditions)|"
    r"(?:statutory (?:and|&) )?mandatory training|professional standards|"
    r"(?:corporate|statutory|general|employee) (?:responsibilities|obligations)"
)
POLICY_HEADINGS = rf"^(?:{_ONE})(?:\s*(?:,|and|&)\s*(?:{_ONE}))*$"
