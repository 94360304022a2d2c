"""The words phrases.py reads a requirement with: the cues whose object is a skill
("experience with X"), the qualifiers dropped before and after a phrase, the prepositions a
phrase is cut at, and the labels of lines that hold job facts, not skills."""

from __future__ import annotations

import re

_QUALIFIER = (
    r"hands-on|proven|working|practical|good|strong|sound|solid|demonstrable|demonstrated|"
    r"thorough|excellent|previous|prior|some|relevant|extensive|basic|clear|detailed|in-depth|"
    r"comprehensive|up-to-date|current|recent|significant|considerable|broad|deep|expert|"
    r"professional|technical|general|good working|sound working|full|excellent working"
)
# The object of these is a skill: "experience with X", "knowledge of X", "proficient in X".
CUE = re.compile(
    rf"\b(?:(?:{_QUALIFIER})\s+)*(?:experience|experienced|knowledge|knowledgeable|"
    r"understanding|familiarity|familiar|proficiency|proficient|skilled|skills?|expertise|"
    r"competence|competency|competent|grounding|trained|qualified|certified|confident|fluent|"
    r"fluency|exposure|versed|adept|awareness|aware|capable|accomplished|specialising|"
    r"specializing|specialist|background)\s+(?:in|with|of|on|at|using|around|across)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:use|usage|application|operation)\s+of\s+(?:the\s+|a\s+)?|"
    r"(?:using|operating|working\s+(?:with|on|in)|handling)\s+(?:the\s+|a\s+)?)?"
    r"|\bexperience\s+(?=\w+ing\b)"
    r"|\b(?:ability|able)\s+to\s+(?:use|operate|read|speak|interpret|work\s+with|drive)\s+"
    r"(?:(?:the|a|an)\s+)?"
    r"|\b(?:hold|holds|holding|possess|possesses|possession\s+of|must\s+hold)\s+"
    r"(?:(?:a|an|the)\s+)?",
    re.IGNORECASE,
)
_LEADS = (
    r"a|an|the|any|all|some|our|your|their|its|this|these|those|other|various|relevant|"
    r"appropriate|strong|excellent|good|great|proven|solid|sound|demonstrable|demonstrated|"
    r"extensive|thorough|practical|hands-on|previous|prior|valid|full|clean|effective|"
    r"exceptional|outstanding|superb|comprehensive|in-depth|detailed|very|well|clear|firm|"
    r"deep|recent|significant|considerable|substantial|minimum|daily|day-to-day|regular|"
    r"routine|accurate|safe|safely|effectively|efficiently|up-to-date|both|either|must|should|"
    r"fluent|native|conversational|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"multiple|many|numerous|every|each|"
    r"will|be|is|are|can|may|own|to|and|or|of|with|for|ensure|ensuring|including|plus|also|"
    r"e\.g\.|eg|ie|i\.e\.|etc|at least|a minimum of|must have|you have|you will have|you'll have|"
    r"have|has|having|possess|hold|holds|holding|an understanding of|understanding of|"
    r"knowledge of|experience of|experience in|experience with|proficiency in|proficient in|"
    r"ability to use|demonstrable|current|active|"
    r"\d+\s*\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs?)['’]?\s*(?:of\s+)?(?:experience\s+)?"
    r"(?:in|with|of|as|using)?"
)
# Leading qualifiers are dropped ("Strong hydraulic fault finding"), unless the whole phrase is a
# name the vocabulary knows ("Active Directory", "Basic Life Support"): phrases.py looks first.
LEAD_WORDS = re.compile(rf"(?:(?i:{_LEADS}))\s+(?=\S)")
# The qualifier after an item ("is desirable", "(preferred)", "a plus"). Its words start a word
# ("LabWare preferred" is LabWare, not "LabW" + "are preferred"; "Java needed" is Java), and
# "plus" or "advantage" with no article, copula, comma or bracket before it is part of a name
# ("Shopify Plus", "GBA Plus", "Medicare Advantage"), not a qualifier (round 16).
_COPULA = r"(?:is|are|would be|will be|being)"
_DEGREE = r"(?:an?|highly|very|also)"
TRAIL = re.compile(
    rf"(?:\s*[(,]?\s*(?:\b{_COPULA}\s+)?(?:\b{_DEGREE}\s+)?"
    r"\b(?:essential|desirable|preferred|preferable|required|a must|mandatory|"
    r"advantageous|asset|bonus|beneficial|regarded|desired|needed|necessary|helpful|useful|"
    r"ideal|welcome|valued|favourable|favorable|considered|accepted|appreciated)\b\)?"
    rf"|(?:\s*[(,]\s*(?:\b{_COPULA}\s+)?(?:\b{_DEGREE}\s+)?|\s+{_COPULA}\s+(?:{_DEGREE}\s+)?"
    rf"|\s+{_DEGREE}\s+)(?:advantage|plus)\b\)?"
    r"|\s+(?:experience|knowledge|exposure|background|proficiency|a must)"
    r"|\s+(?:etc\.?|and so on|or equivalent|or similar|or higher|or above|and above|guidance|"
    r"credential|credentials|will be an added|an added|once trained|when trained|"
    r"will be trained|training provided|is not|are not|provided|\w+ly))\s*$",
    re.IGNORECASE,
)
SPLIT_PREPOSITIONS = re.compile(
    r"\s(with|using|to|against|on|following|in|via|under|within|into|for|from|at|across|by|as|"
    r"when|where|while|that|which|who|whilst|through|per|without|during|after|before|"
    r"alongside|aligned|according|so|if|because|ensuring|including|who|whose|above|below|"
    r"over|towards|toward)\s",
    re.IGNORECASE,
)
NOT_SKILL_LABEL = re.compile(
    r"^(?:salary|pay|pay rate|rate|location|work location|job location|schedule|shift|hours|"
    r"working hours|job type|employment type|contract|contract type|type|industry(?: type)?|"
    r"department|role category|role|education|ug|pg|closing date|posted|date posted|"
    r"start date|reference|ref|job ref|openings|applicants|benefits|perks|company|employer|"
    r"hiring organi[sz]ation|website|email|phone|tel|contact|apply|how to apply|interview|"
    r"grade|band|pay scale(?: & grade)?|appointment type|open & closing dates|work schedule|"
    r"travel required|relocation|duration|start|vacancies|number of posts|job id|"
    r"requisition|job title|title|position|vacancy|job|post|division|team|reports to|"
    r"reporting to|shift pattern|working pattern|salary range|compensation)$",
    re.IGNORECASE,
)
