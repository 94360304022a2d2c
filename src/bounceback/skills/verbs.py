"""The verbs of duties ("Apply fluoride varnish", "Diagnosing faults"), in any form: a phrase that
starts with one names a duty whose object may be a skill."""

from __future__ import annotations

_VERBS = frozenset(
    [
        # duties whose object is the skill ("adjudicate claims", "haul grain"), verbs only
        "adjudicate", "determine", "compute", "haul", "enforce", "disinfect", "polish", "fix",
        "dig", "prune", "irrigate", "fertilise", "fertilize", "sow", "graze", "submit", "detain",
        "evacuate", "de-escalate", "defuse", "push", "pull", "steer", "tow", "strap", "wrap",
        "maintain", "prepare", "file", "reconcile", "calculate", "issue", "handle", "support",
        "track", "plan", "deliver", "observe", "supervise", "communicate", "follow", "administer",
        "keep", "carry", "investigate", "resolve", "manage", "deal", "make", "review", "abstract",
        "query", "apply", "use", "own", "write", "execute", "analyse", "analyze", "perform",
        "take", "interpret", "complete", "educate", "erect", "alter", "dismantle", "build", "read",
        "work", "diagnose", "install", "mentor", "commission", "assist", "ensure", "provide",
        "develop", "lead", "coordinate", "co-ordinate", "liaise", "monitor", "operate", "drive",
        "load", "unload", "pick", "pack", "clean", "serve", "greet", "cook", "answer", "process",
        "respond", "conduct", "assess", "design", "implement", "create", "produce", "train",
        "teach", "set", "organise", "organize", "schedule", "book", "check", "inspect", "test",
        "repair", "replace", "fit", "measure", "cut", "weld", "fabricate", "assemble", "lift",
        "move", "transport", "collect", "sort", "store", "count", "report", "update", "input",
        "enter", "promote", "sell", "advise", "identify", "participate", "attend", "contribute",
        "help", "care", "escort", "accompany", "feed", "dress", "wash", "bathe", "dispense",
        "restock", "replenish", "merchandise", "sanitise", "sanitize", "wipe", "mop", "sweep",
        "vacuum", "patrol", "guard", "protect", "prevent", "oversee", "direct", "instruct",
        "coach", "motivate", "recruit", "hire", "onboard", "interview", "negotiate", "mediate",
        "advocate", "refer", "visit", "sign", "settle", "audit", "evaluate", "validate", "verify",
        "approve", "authorise", "authorize", "forecast", "budget", "invoice", "bill", "code",
        "program", "debug", "deploy", "configure", "troubleshoot", "upgrade", "migrate",
        "integrate", "automate", "optimise", "optimize", "research", "collate", "compile", "draft",
        "edit", "proofread", "translate", "present", "facilitate", "run", "host", "arrange",
        "brief", "represent", "demonstrate", "shadow", "welcome", "escalate", "log", "raise",
        "close", "open", "lock", "secure", "adhere", "comply", "uphold", "champion", "grow",
        "allocate", "delegate", "prioritise", "prioritize", "undertake", "achieve", "exceed",
        "meet", "hit", "generate", "prospect", "upsell", "cross-sell", "explain", "inform",
        "notify", "collaborate", "partner", "engage", "establish", "foster", "nurture",
        "encourage", "enable", "empower", "cater", "bake", "grill", "fry", "plate", "garnish",
        "portion", "receive", "unpack", "rotate", "weigh", "mix", "blend", "pour", "wire",
        "terminate", "connect", "solder", "calibrate", "service", "overhaul", "strip", "rebuild",
        "lubricate", "adjust", "align", "drill", "bend", "act", "join", "hold", "chart",
        "document", "record", "order", "control", "give", "get", "obtain", "gather", "capture",
        "photograph", "scan", "print", "copy", "type", "route", "dispatch", "navigate", "survey",
        "estimate", "quote", "price", "cost", "purchase", "buy", "source", "procure", "showcase",
        "assign", "attach", "pitch", "convert", "retain", "renew", "recover", "chase", "post",
        "journal", "accrue", "depreciate", "consolidate", "model", "visualise", "visualize",
        "extract", "transform", "wrangle", "label", "annotate", "tag", "curate", "archive",
        "retrieve", "distribute", "circulate", "publish", "share", "reply", "triage", "examine",
        "treat", "prescribe", "counsel", "discharge", "admit", "transfer", "position", "turn",
        "reposition", "mobilise", "mobilize", "shave", "groom", "toilet", "entertain",
    ]
)
_IRREGULAR = frozenset(
    [
        "ran", "led", "made", "took", "wrote", "built", "kept", "taught", "sold", "bought",
        "drove", "gave", "held", "met", "set", "read", "brought", "oversaw", "undertook", "won",
        "began", "grew", "spoke", "chose", "dealt", "sent", "spent", "fed", "cut", "put",
    ]
)


def is_verb(word: str) -> bool:
    """Whether a word is a verb of duties, in any form ("Diagnosing", "installed", "carries")."""
    w = word.casefold().strip(".,;:'’")
    if w in _VERBS or w in _IRREGULAR:
        return True
    stems = []
    if w.endswith("ing") and len(w) > 4:
        base = w[:-3]
        stems += [base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else base]
    if w.endswith("ed") and len(w) > 4:
        base = w[:-2]
        stems += [base, w[:-1], base[:-1] if len(base) > 2 and base[-1] == base[-2] else base]
        if w.endswith("ied"):
            stems.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 4:
        stems += [w[:-2], w[:-1]]
        if w.endswith("ies"):
            stems.append(w[:-3] + "y")
    elif w.endswith("s") and len(w) > 3:
        stems.append(w[:-1])
    return any(s in _VERBS for s in stems)
