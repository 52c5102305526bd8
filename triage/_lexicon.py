"""Red-flag lexicon: the data that ``triage.redflags`` compiles once, at import.

Every pattern is regex source over the output of ``triage.text.normalise``: lower case, with
operator shorthand already expanded ("cp" is "chest pain", "sob" is "shortness of breath", "MI"
is "heart attack", "loc" is "loss of consciousness"). Patterns are written in lay words,
clinical words, those expansions, and the speech-recognition errors seen in transcripts
("chess pain", "can't breath", "sees her", "anafalactic"). A pattern may start with a negator
("not breathing", "won't stop bleeding"): the negator is never itself negated, so it counts.
Every pattern must start with literal text: the locator dispatches on its first characters.

A family fires on any of its patterns, or when every cue of one of its combos is present and
counts (an infant under three months plus a fever; a potassium that passes its threshold).
Cues carry numbers in named groups (``fever_n``...) that ``triage.redflags`` checks.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Family(NamedTuple):
    """One red-flag family: id (WRITING_GUIDE.md), display name, life threat, patterns."""

    id: str
    name: str
    emergency: bool
    patterns: tuple[str, ...]
    combos: tuple[tuple[str, ...], ...] = ()


class Cue(NamedTuple):
    """Part of a combined sign (an infant, a fever) or a number to check (a potassium)."""

    name: str
    patterns: tuple[str, ...]


# --- shared fragments ---------------------------------------------------------------------------
_WHOSE = r"(?:my|his|her|their|the|your|our|a|an|this|that)"
_CANT = (
    r"(?:can't|cant|cannot|can not|couldn't|couldnt|could not|unable to|not able to"
    r"|hasn't been able to|haven't been able to|isn't able to)"
)
_BE = r"(?:is|was|are|were|'s|has|have|been|seems|seem|looks|look|feels|feel|getting|got|keeps)"
_WONT = r"(?:won't|wont|will not)"
#: The people a caller fears for: "my dad", "her husband", "our nan".
_KIN_WORDS = (
    "husband", "wife", "dad", "daddy", "father", "mom", "mommy", "mother", "mum", "mummy", "mama",
    "papa", "pops", "son", "daughter", "baby", "kid", "child", "brother", "sister", "grandma",
    "grandpa", "grandmother", "grandfather", "nan", "nana", "gran", "granny", "grandson",
    "granddaughter", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "roommate",
    "flatmate", "friend", "neighbor", "neighbour", "uncle", "aunt", "auntie", "stepdad", "stepmom",
    "stepmum", "coworker", "co-worker", "colleague", "toddler",
    *(
        f"{who}{sep}in{sep}law"
        for who in ("sister", "brother", "mother", "father", "son", "daughter")
        for sep in (" ", "-")
    ),
)  # fmt: skip
_KIN = "(?:" + "|".join(sorted(_KIN_WORDS, key=len, reverse=True)) + ")"
#: A person now, as a subject: "he's", "she", "they're".
_SHE_WORDS = ("he", "she", "he's", "she's", "hes", "shes")


def _preceded(words: tuple[str, ...], before: tuple[str, ...], after: str = "") -> str:
    """Regex for any of ``words`` right after one of ``before`` (all literal text): it starts
    with the word, and reads what comes before it by fixed-width look-behinds, so that the
    locator stops only at the word ("dying"), not at every "he's" or "my son". ``after``, a
    regex, is tried first, right after the word: it turns most words away before the
    look-behinds are read."""
    if not all(re.fullmatch(r"[a-z' ,-]+", t) for t in (*words, *before)):
        raise ValueError(f"not plain words: {words} {before}")  # they are not escaped
    return (
        "(?:"
        + "|".join(
            w + after + "(?:" + "|".join(f"(?<={b} {w})" for b in before) + ")" for w in words
        )
        + ")"
    )


_SHE = "(?:" + "|".join(_SHE_WORDS) + ")"
#: Spoken numbers, in order: ``triage.redflags`` reads them back into values.
UNITS = r"one|two|three|four|five|six|seven|eight|nine"
TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL = rf"(?:(?:{TENS})(?:[ -](?:{UNITS}))?|{TEENS}|{UNITS}|zero)"
_DECIMAL = rf"(?: point(?: (?:{UNITS}|zero|oh))+)?"
#: A number in digits or words: "104", "38.5", "a hundred and four", "one oh four point two".
NUM = (
    rf"(?:\d+(?:\.\d+)?|one oh (?:{UNITS}|zero|oh){_DECIMAL}"
    rf"|(?:(?:a|one) )?hundred(?: and)?(?: {_SMALL})?{_DECIMAL}|{_SMALL}{_DECIMAL})"
)
#: Words between a lab name and its value: "potassium level came back at 6.8".
_IS = (
    r"[:=]? (?:(?:level|levels|value|result|reading|was|is|of|at|says|reads|came back|came back at"
    r"|came in at|returned|dropped to|down to|up to|in the|only|just) )*"
)
#: A few words, none saying the sign stopped or denying it ("surgery ... no bleeding").
_GAP = (
    r"(?: (?!(?:stopped|went|is gone|resolved|gums?|nose|no|not|without|denies|never"
    r"|\w+n't)\b)\S+)"
)
#: As ``_GAP``, within a sentence.
_GAP_IN = _GAP.replace(r"\S+", r"[^\s.;!?]+")

# --- life threats -------------------------------------------------------------------------------
_CHEST = rf"(?:{_WHOSE} )?chest"
_CHEST_PAIN = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:isn't|isnt|is not|not|doesn't feel like|don't think (?:it's|its)"
    r"|dont think its) (?:just |my |your )?(?:usual |normal |regular |typical )?(?:heartburn"
    r"|indigestion|reflux)",
    r"pressure (?:going|spreading|radiating|moving|shooting) (?:up |down )?(?:into|to) (?:my|his"
    r"|her|the) (?:neck|jaw|left arm|arm|back)",
    r"chest (?:(?:is|was|has|been|feels|felt|keeps|just|really|realy|kind of|kinda|sort of|a bit"
    r"|now) )*(?:squeezing|squeezed|crushing)",
    r"chest (?:is |was |feels |felt )?(?:realy|rly|super) (?:tight|heavy)",
    r"(?:chest|heartburn|indigestion|tums|antacids?|breastbone|sternum)(?: [^.!?\s]+){0,15}? (?:bo"
    r"ring|shooting|spreading|radiating|going) (?:into|through|to) (?:my|his|her) (?:back|jaw"
    r"|left arm|neck)",
    r"(?:sternum|breastbone|breast bone)(?: \S+){0,6}? (?:vise|vice|squeez\w*|pressure|crush\w*"
    r"|heavy|tight|hurts?|aching|burning)",
    r"(?:pressure|squeezing|tightness|heaviness|crushing) (?:behind|under|on|in) (?:my|his|her"
    r"|the) (?:breastbone|sternum|breast bone)",
    r"(?:radiating|radiates|spreading|shooting) (?:up )?(?:to|into|down) (?:the |his |her "
    r"|my )?(?:jaw|left arm)",
    r"heart(?: \S+){0,8}? squeez\w*",
    r"(?:heavyness|hevyness|heavines|presure|pressur|tightnes) (?:on|in|across) (?:my|his|her"
    r"|the) chest",
    r"(?:chest|chess|chestt|cheast|chets) (?:pains?|pane|pressure|tightness|heaviness|discomfort"
    r"|ache)",
    rf"(?:pain|pressure|tightness|heaviness|discomfort|squeezing) (?:in|on|across) {_CHEST}",
    rf"chest (?:{_BE} )*(?:felt |been |feeling )?(?:really |so |kind of |kinda |very )?"
    r"(?:tight|heavy|hurts?|hurting|squeezed)",
    r"(?:tight|heavy|crushing|squeezing) (?:chest|feeling in (?:my|his|her|the) chest)",
    r"crushing (?:pain|pressure)",
    r"heart attack",
    r"(?:angina|stemi|nstemi|acute coronary syndrome)",
    r"(?:substernal|retrosternal) (?:pain|pressure|discomfort|tightness|heaviness|burning)",
    rf"elephant (?:is )?(?:sitting |standing )?on {_CHEST}",
    r"pain (?:radiating|spreading|going|shooting) (?:down|into|to) (?:\w+ ){0,2}(?:arm|jaw)",
    r"(?:pains?|pane|pressure|tightness|heaviness|discomfort|squeezing|ache|burning|vice|vise"
    r"|band|weight) (?:right )?(?:on|in|across|around) (?:the (?:middle|center|centre) of )?(?:my"
    r"|his|her|the|their) chest",
    r"(?:grabbing|clutching|holding|rubbing|gripping) (?:at )?(?:his|her|my|their) chest",
    r"chest (?:is |was |feels |felt |keeps )?(?:just |really |kind of |kinda )?(?:burning|squeezing"
    r"|crushing|aching|pounding and (?:squeezing|hurting|tight))",
    r"(?:goes|spreading|spreads|radiating|radiates|shooting) (?:up |down )?(?:into"
    r"|to|down) (?:his |her |my |the )?(?:left (?:arm|shoulder)|jaw and (?:arm|left arm))",
    # Vague words for a chest that is not right: "something feels off in my chest", "a weird
    # feeling in my chess", "a heavy thing going on in my chest", "my chest feels funny".
    r"(?:feeling|feelings|sensation|squeeze|heaviness|weight|pressure|tightness|discomfort)"
    r"(?<!tickly feeling)(?<!tickle feeling)(?<!itchy feeling)(?<!rattly feeling)"
    r" (?:going on |happening |right |like )?(?:in|on|inside|across|around) (?:the (?:middle"
    r"|center|centre) of )?(?:my|his|her|the|your|their) (?:chest|chess)(?! (?:x-?rays?|scans?|ct"
    r"|wall|hair|tattoo|rash|acne|spots?|freckles?|cold|congestion|infection|cough))",
    r"(?:going on|happening) (?:right )?(?:in|inside) (?:my|his|her|the|your|their) (?:chest"
    r"|chess)",
    r"(?:off|wrong|weird|funny|strange|odd|not right|bad) (?:in|inside|with) (?:my|his|her|the"
    r"|your|their) (?:chest|chess)(?! (?:cold|congestion|infection|cough|x-?rays?|scans?|hair"
    r"|tattoo|rash|acne|wall))",
    r"(?:chest|chess)(?:'s)? (?:(?:is|was|feels|feel|felt|feeling|been|has been|keeps|just"
    r"|really|so|kind of|kinda|very|all|a bit|a little|is doing|doing|now|suddenly) )*"
    r"(?:weird|funny|wrong|strange|odd|off|not right|killing (?:me|him|her)|(?:something"
    r"|sumthin) (?:weird|funny|strange|wrong|scary|bad))",
    r"(?:heart|hearts|heart's) (?:is )?doing (?:something|sumthin|things?)"
    r" (?:weird|funny|strange|scary|wrong|crazy|bad)",
    _preceded(
        ("wrong with my heart", "wrong with his heart", "wrong with her heart"),
        tuple(
            f"{what}{verb}{very}"
            for what in ("something", "somethings", "something's")
            for verb in ("", " is")
            for very in ("", " really", " seriously")
        ),
    )
    + r"(?! (?:rate|monitor|valve|doctor|meds|medications?|pills|appointment|tests?|results"
    r"|surgery))",
    r"(?:sitting|standing|pressing|pushing|stepping|kneeling|squeezing|parked) (?:down )?on (?:my"
    r"|his|her|the|their) chest",
    _preceded(
        ("sitting on me", "standing on me", "pressing on me", "pushing on me", "stepping on me"),
        tuple(
            f"{who}{verb}"
            for who in ("someone", "somebody", "something", "a truck", "an elephant")
            for verb in (" is", "'s", " was", "")
        ),
    ),
    r"(?:grabbed|clutched|gripped|clutches|grabs|grips|held) (?:at )?(?:his|her|my|their) chest",
    r"(?:heartburn|indigestion|burning|pressure|tightness|heaviness|squeezing) (?:that |which "
    r"|and it |it )?(?:goes|going|went|spreads|spreading|spread|radiates|radiating|shoots"
    r"|shooting|moves|moving|moved|travels|traveling|travelling) (?:up |down |right )?(?:into"
    r"|to|in|down) (?:my|his|her|the) (?:jaw|neck and jaw|left arm|left shoulder|arms?)",
    r"heavy pressure(?= ?[,.!?]|$| (?:and|in (?:my|his|her|the) chest|on (?:my|his|her|the) chest"
    r"|like|that|it's|its|right|going))",
    r"(?:it's|its|it is|and|now) crushing(?= ?[,.!?]|$| and| like| me| him| her)",
    # The chest as a thing in trouble: "my chest feels like it's in a vise", "chest is on fire".
    r"chest(?:'s)? (?:(?:is|was|feels|felt|feel|like|it's|its|it is|all|just|kind of|kinda) )*"
    r"(?:on fire|in a (?:vise|vice)|being (?:squeezed|crushed)|caving in|(?:gonna|going to"
    r"|about to) (?:explode|burst))(?![^.;!?]{0,40}\b(?:heartburn|reflux|acid|indigestion|gerd"
    r"|spicy)\b)",
    # The pain before the chest ("hurts in my chest"), the heart as the place that hurts.
    r"(?:hurts|hurting|aches|aching|stabbing) (?:right |real bad |so bad |bad )?(?:in|across|on)"
    r" (?:the (?:middle|center|centre) of )?(?:my|his|her|the|their) chest",
    r"(?:squeez|crush)\w* (?:my|his|her|the) heart(?! (?:rate|monitor))",
    r"(?:heart|hearts|heart's) (?:(?:is|really|just|so|kinda|kind of) )*(?:hurts|hurting|aches"
    r"|aching|killing me)(?! (?:for|to see|when i (?:think|see|hear)|so much for)\b)",
)
_BREATHING = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:feel|feels|feeling|felt) like (?:i'm|im|i am|he's|hes|she's|shes|he is|she is) drowning",
    r"(?:can't|cant|cannot|can not) lie (?:down )?flat",
    r"(?:inhaler|nebulizer|neb|puffer)(?:'s|s| is)? (?:(?:not|isn't|isnt|doesn't|doesnt|didn't"
    r"|didnt|not really|\.+) ?)+(?:doing anything|working|helping|doing a thing)",
    r"(?:get out|say|speak|talk in) (?:a word or two|one word at a time|a word at a time"
    r"|one or two words)",
    r"wheez\w* (?:real |really |so |very )?bad",
    r"(?:can|could) (?:barely|barly|hardly) (?:talk|speak|breathe?|breath"
    r"|get (?:a )?breath)(?! (?:through|thru|out of) (?:my|his|her|the) nose)",
    r"(?:pulse ox|sats|oxygen|o2|spo2)(?: (?:reads|says|shows|showed|read|reading|is"
    r"|at))+ (?:[5-8]\d|eighties|seventies)(?: ?%| percent)?",
    r"(?:trouble|difficulty|difficult|problems?|struggling|labou?red|hard time|working hard)"
    r" (?:breathing|to breathe?|breathe?|breething|brething|with (?:his |her |my )?"
    r"breathing)",
    r"(?:hard|harder|difficult|struggling|struggles|fighting|tough|hardly able|barely able)"
    r" to (?:breathe?|breathing|get air|breed)",
    rf"{_CANT} (?:breathe?|breathing|breed|brethe|breth|breeth|breethe|get (?:any |enough )?(?:air"
    r"|oxygen|o2|a breath"
    rf"|his breath"
    r"|her breath|my breath)|catch (?:his|her|my|their) breath)",
    r"(?:not|isn't|is not|stopped|no longer|wasn't|quit) breathing",
    r"(?:don't|do not|dont) think (?:he's|she's|he is|she is|they're|it's) breathing",
    r"(?:shortness|short|shorta|shortnes) (?:of|a) (?:breath|breathe|breathing|breth)",
    r"gasping(?: for (?:air|breath))?",
    r"(?:turning|turned|going|gone|went|lips|lips are|lips look|face is|looks) blue",
    r"blue (?:lips|around the (?:lips|mouth))",
    r"(?:cyanotic|cyanosis|respiratory distress|dyspnea|dyspnoea|stridor|air hunger"
    r"|resp distress|respiratory failure|increased work of breathing|tripoding|tripod position"
    r"|accessory muscle use|using accessory muscles)",
    # A pulse oximeter's reading as nurses say it: "satting 84 on room air".
    r"satt?ing (?:at |in the )?(?:(?:low|mid|high) )?(?:[5-8]\d|eighties|seventies|sixties)",
    # "I feel like I'm suffocating", said of a person (not "it's suffocating in here").
    _preceded(
        ("suffocating", "suffocate"),
        (
            "i'm",
            "im",
            "i am",
            "he's",
            "she's",
            "hes",
            "shes",
            "he is",
            "she is",
            "like i",
            "going to",
            "gonna",
            "about to",
            "baby is",
            "baby's",
            "i'm going to",
            "i feel like",
        ),
    ),
    # Noisy breathing at every breath: "a whistling sound with every breath".
    r"(?:whistl\w*|wheez\w*|squeak\w*|rattl\w*|gurgl\w*|crackl\w*) (?:sound |noise )?(?:with"
    r"|on|at) (?:every|each) breath",
    r"(?:noise|sound|noises|sounds) (?:with|on|at) (?:every|each) breath",
    # Pauses while awake, not a sleeper's snoring ("stops breathing when he snores").
    r"breathing (?:keeps |is |'s )?(?:stopping and starting|stops and starts|pausing)"
    r"(?![^.;!?]{0,40}\b(?:sleep\w*|snor\w*|night|asleep)\b)",
    r"wheezing (?:badly|really bad|and can't|so bad)",
    r"breathing (?:is |was )?(?:really )?(?:fast|rapid|shallow|labou?red|noisy|funny)",
    # Not when mild: "a little winded when I jog".
    r"(?:breathless|out of breath|winded|puffed out)"
    + "".join(
        f"(?<!{mild} {word})"
        for mild in ("little", "bit", "slightly", "mildly", "lil")
        for word in ("breathless", "out of breath", "winded", "puffed out")
    ),
    r"(?:asthma|asthmatic) (?:attack|flare|exacerbation)",
    rf"{_CANT} (?:talk|speak|say|finish|complete) (?:in )?(?:full|whole|more than|a (?:full|whole"
    rf"|couple"
    rf"|few)"
    r"|sentences|a sentence)",
    r"(?:can only|could only|only able to) (?:say|speak|talk|get out) (?:a (?:couple|few) "
    r"|one or two |two )?words",
    r"(?:too breathless|too short of breath|stop between) (?:to (?:speak|talk)|sentences|words)",
    r"(?:lips|face|skin|fingers|fingernails|nails|mouth) (?:(?:are|is|look|looks|looking|have|has"
    r"|gone|went"
    r"|turning|turned|getting|going|a bit|a little|kind of|kinda|really|all|pale and) )*(?:blue"
    r"|bluish"
    r"|blueish|purple|purplish|purple-ish|dusky|grey|gray)",
    r"(?:retracting|retractions|intercostal recession|subcostal recession|nasal flaring"
    r"|tracheal tug"
    r"|grunting with (?:every|each) breath|head bobbing)",
    r"(?:ribs|skin|chest|belly|neck) (?:(?:is|are|keep|keeps|under (?:his|her) ribs|at (?:his|her)"
    r" neck) )*(?:sucking|pulling|caving|sinking) in",
    r"(?:dip|sucking in) (?:at|in|under) (?:his|her|the) (?:neck|throat|ribs)",
    r"(?:noise|sound|noises|sounds) (?:when|every time|each time|as) (?:he|she|i|they"
    r"|you) breathes?",
    r"(?:gurgly|gurgling|rattly|rattling|squeaky|grunting|wheezy) (?:breathing|breaths?)",
    r"breathing (?:is |was |has been |'s )?(?:super |really |very |so |like really )?(?:fast|rapid"
    r"|shallow|weird|strange|heavy|hard|funny|labou?red)",
    r"(?:breathing|breathe|breath) (?:in )?(?:through|thru) a straw",
    r"(?:sats|spo2|o2 sats?|oxygen (?:level|saturation|sats?)|pulse ox|saturation)(?: (?:is|are|was"
    r"|were|at|of|in the|down to|dropping to|dropped to|only|reading|showing))* (?:(?:low|mid) )?"
    r"(?:[5-8]\d|90|eighties|seventies|sixties)%?",
    r"(?:panting|tachypnea|tachypnoea|hypoxic|hypoxia|wheezing and|severe wheeze)",
    rf"{_CANT} (?:get|take) a (?:full|deep|proper) breath",
    rf"{_CANT} catch (?:his|her|my|their) breathe",
    r"s o b\b",
    # "barely breathing", "breathing slow", "her breathing sounds noisy"
    r"(?:barely|hardly|not really|only just) (?:breathing|breathe|breath)(?! (?:through|thru"
    r"|out of)"
    r" (?:my|his|her|the) nose)",
    r"breathing (?:(?:is|was|has|been|'s|sounds|seems|looks|got|getting|gone|went|really|very|so"
    r"|super|all) )*(?:slow|slowed down|slowing|noisy|rattly|rattling|gurgly|gurgling|raspy"
    r"|irregular|weird|strange|funny|wrong|off)(?! and (?:steady|deep|regular|even|normal"
    r"|relaxed))",
    # The airway (tests/data/redflag_suite_signs.jsonl): stridor as callers spell it, a noise
    # at every breath or while at rest, leaning on something to breathe, fighting for air.
    r"strid(?:der|dor|er)\b",
    r"(?:whistl\w*|wheez\w*|squeak\w*|rattl\w*|gurgl\w*|crow\w*) (?:sound |noise )?(?:every"
    r"|each) (?:single )?breath",
    r"(?:every|each) breath (?:in |out )?(?:squeaks|whistles|wheezes|rattles|gurgles|is a fight"
    r"|is a struggle)",
    r"(?:squeak\w*|whistl\w*|high[- ]pitched|crowing|honking|noisy breathing|breathing noise)"
    r"(?: \S+){0,8}? (?:at rest|while resting|even (?:when |while )?(?:sitting|resting|still"
    r"|calm|quiet|lying)|sitting still)",
    r"(?:fighting|struggling|straining|clawing) (?:for|to get) (?:air|breath|breaths|oxygen)",
    r"(?:trubble|truble|struggeling|strugling) (?:to )?(?:breathe?|breth|breathing|breatheing)",
    r"respiratory (?:difficulty|compromise|difficulties)",
    r"(?:trouble|difficulty|hard time|struggling) (?:to )?(?:breatheing|breth|brething)\b",
    r"(?:leaning|leans|leant|hunched|propped|bracing|braced)(?: \S+){0,8}? (?:to|so (?:he|she|i"
    r"|they) can) (?:breathe?|breth|get (?:air|a breath))",
    r"(?:throat|airway|windpipe) (?:is |feels |has |'s )?(?:\w+ )?(?:swol+en|sweling"
    r"|swelling) (?:shut|closed)",
)
_CHOKING = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:grape|hot ?dog|candy|coin|toy|marble|lego|bead|button)(?: \S+){0,2}? (?:stuck|lodged"
    r"|caught)(?! (?:in|up"
    r"|between) (?:his|her|my|the) (?:nose|ear|teeth|back teeth|gums?|tooth))",
    r"(?:chok(?:ing|ed|es)|chocking|choaking|chokeing|choakin|chocked|choke on|heimlich)"
    r"(?<!about choking)(?<!of choking)"
    # Not a sip gone the wrong way: "choked on his water a sec but coughed it up".
    r"(?! on (?:\S+ ){1,5}?(?:but|and) (?:\S+ )?(?:coughed|spit|spat) (?:it|them) (?:up|out))",
    # A swallowed thing and a child who gags, wheezes or cannot get air.
    r"(?:swallowed|swallow|inhaled|breathed in) (?:a |an |the |some |part of a )?(?:\w+ )?"
    r"(?:piece|coin|battery|magnet|toy|lego|marble|bead|button|bottle cap|cap|pen cap|grape"
    r"|nut|peanut|popcorn|candy)(?: \S+){0,5}? (?:gagging|choking|wheezing|turning|can't"
    r" (?:breathe|talk|get air|cough)|cannot (?:breathe|talk)|coughing and)",
    r"gagging(?:,| and| n)? (?:\S+ ){0,2}?(?:can't|cant|cannot) (?:get air|breathe|talk"
    r"|cough)",
    # Not a lump that has felt stuck for weeks ("caught in my throat all the time").
    r"(?:stuck|lodged|caught) in (?:his|her|my|the) (?:throat|windpipe|airway)(?![^.;!?]{0,50}"
    r"\b(?:for (?:a few |several |two |three )?(?:days|weeks|months)|all the time|on and off"
    r"|comes and goes)\b)",
    _preceded(
        (
            "blocking his airway",
            "blocking her airway",
            "blocking my airway",
            "blocking the airway",
            "blocking his windpipe",
            "blocking her windpipe",
            "blocking the windpipe",
        ),
        ("it's", "its", "it is", "that's", "something's", "something is", "something"),
    ),
    # Hands at the throat, the universal sign: "clutching his throat", "grabbing at her throat".
    r"(?:clutch\w*|grabb\w*|grab|grabs|gripp\w*|pointing) (?:at |to )?(?:his|her|my|their)"
    r" (?:own )?throat",
    # Gagging and drooling together: something stuck below the mouth.
    r"(?:gagging|drooling) (?:and|&) (?:gagging|drooling)",
    # "went down the wrong way and she can't get a breath", "went down wrong, turning purple".
    _preceded(("wrong",), ("down the", "down"))
    + r"(?: [^\s.;!?]+){0,6}? (?:can't|cant|cannot|unable to|isn't|not|won't|wont|turning|going"
    r"|gone|went|now) (?:get (?:a |any )?|really |all )?(?:breath\w*|air|talk\w*|speak\w*|cough\w*"
    r"|cry\w*|make a (?:sound|noise)|blue|purple|gr[ae]y)",
    r"foreign body (?:in|obstructing|blocking|lodged in) (?:the|his|her|my)"
    r" (?:airway|throat|windpipe)",
    r"airway (?:is |was )?(?:blocked|obstructed)",
    r"(?:aspirat(?:ed|ion|ing)|inhaled (?:a|the|it|something|his|her|my)|fb aspiration"
    r"|foreign body)",
    r"(?:food|meat|bone|piece of (?:\w+ ){1,3}?) ?(?:is |got |was |seems |still )?stuck(?! (?:in"
    r"|between"
    r"|under|on|behind|around) (?:my |his |her |the |a |one of )?(?:teeth|tooth|gums?|filling|crown"
    r"|braces|socket|hole|implant|bridge|wisdom|molar|back teeth|back tooth|cavity|denture))",
    r"(?:gagging|drooling|choking)(?:,| and)? (?:\S+ ){0,3}?(?:can't|cant|cannot|unable to"
    r"|not able to"
    r"|won't|wont) (?:swallow|breathe|cough|stop drooling|stop gagging)",
    r"(?:gagging|drooling) and (?:\w+ ){0,2}(?:can't|cannot|unable to|not able to) (?:swallow"
    r"|breathe|cough)",
    rf"{_CANT} (?:cough it out|swallow (?:his|her|my) (?:own )?(?:spit|saliva))",
)
#: After numbness: the dentist's numbing, not a stroke ("numb on one side since my filling").
_NOT_DENTAL = (
    r"(?![^.;!?]{0,50}\b(?:dentist|dental|numbing|numbed|novocaine|novocain|lidocaine|filling"
    r"|root canal|anesthetic|anaesthetic|nerve block|extraction)\b)"
)
_STROKE = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:sudden|worst|thunderclap) headache (?:of|in) (?:my|his|her|their) (?:entire )?life"
    r"|thunderclap headache",
    r"slur\w* (?:speech|speach|speeh|words)",
    r"one side of (?:his|her|my|the) face (?:\w+ )?(?:dropped|drooped|droop\w*|sagg\w*|fell"
    r"|went numb)",
    r"(?:mini )?(?:strokes?|stoke|stroke's|strok(?:ing|ed|in) out)",
    r"(?:face|facial|mouth|smile|lip) (?:is |was |started |looks |has been )?"
    r"(?:droop(?:ing|y|s|ed|in)?|crooked|lopsided|uneven|sagging|asymmetry|asymmetric)",
    # One side pulled down: "her mouth is pulling to one side", "eye and mouth are sagging on
    # the right side", "drooling out of one side of his mouth".
    r"(?:face|mouth|smile|lip|lips|eye|eyelid)(?:'s)? (?:(?:is|are|was|keeps|kind of|kinda|all) )*"
    r"(?:pulling|pulled|sagging|drooping|hanging|droopy|slanting|slanted) (?:down )?"
    r"(?:to|on) (?:one|the (?:left|right)|his (?:left|right)|her (?:left|right)) side",
    r"drool\w* (?:out of |from |on |down )?(?:one|the (?:left|right)) side(?![^.;!?]{0,40}"
    r"\b(?:teeth\w*|teething|dentist|numb\w*|asleep|sleep\w*|pillow)\b)",
    r"droop(?:ing|y)? (?:on one side of )?(?:his |her |my |the )?(?:face|mouth|smile)",
    r"(?:slurr(?:ed|ing)|slured|slurry|garbled) (?:speech|speak|his words|her words|words)",
    r"(?:speech|words|talking) (?:is |are |was |sounds |became |got )?"
    r"(?:slurred|slurring|garbled|jumbled|funny)",
    r"(?:speech|words|talking) (?:is|are) (?:all )?(?:mixed up|scrambled|jumbled)",
    rf"{_CANT} (?:talk|speak) (?:properly|clearly|normally|straight|at all)",
    rf"{_CANT} (?:get (?:his|her|my) words out|find (?:his|her|my) words"
    r"|(?:lift|move|feel) (?:his|her|my) (?:left|right) (?:arm|leg|side|hand))",
    r"(?:weakness|numbness|numb|weak|paralysis|tingling) (?:on|in|down)"
    r" (?:one|(?:the|his|her|my) (?:left|right)) side(?! of (?:my|his|her|the) (?:lower |upper )?"
    r"(?:back|chest|belly|stomach|abdomen|ribs|waist|torso|buttocks?|bum|hip|flank|mouth|lip|gums?"
    r"|tongue|jaw))" + _NOT_DENTAL,
    r"(?:one|left|right|l|r)[ -]sided (?:weakness|numbness|paralysis|facial droop)",
    r"(?:hemiparesis|hemiplegia|aphasia|dysarthria|aphasic|dysarthric|hemiparetic)",
    # An arm that will not stay up: "arm drift", "one of her arms keeps drifting down".
    r"(?:arm|pronator) drift",
    r"(?:arm|arms|hand|hands) (?:keeps |keep |is |are |kept |just )?(?:drifting|sinking|falling)"
    r" down",
    r"(?:keeps|kept|keep) (?:slipping|falling|dropping) (?:out of|from) (?:his|her|my) (?:left"
    r"|right) hand",
    r"(?:unilateral|unilat) (?:numbness|weakness|facial droop|paralysis|tingling)",
    r"(?:left|right|one|whole left|whole right) side (?:of (?:his|her|my|the|their) (?:face|body"
    r"|mouth) )?(?:(?:feels|is|went|has gone|gone|looks|seems|kinda|kind of|a bit|all|really|so"
    r"|just) )*(?:numb|dead|weak|heavy|droopy|paralyzed|paralysed|floppy|isn't moving|not moving)",
    r"half (?:of )?(?:his|her|my|the) (?:face|body) (?:(?:feels|is|went|has gone|gone|looks|kinda"
    r"|kind of|a bit|all) )*(?:numb|dead|weak|droopy|paralyzed|paralysed|frozen)",
    r"(?:left|right|l|r) (?:arm|leg|hand|side|face)(?:'s)?(?: and (?:arm|leg|hand"
    r"|face))? (?:(?:went"
    r"|has gone|have gone|gone|is|are|feels|feel|got|just|suddenly|all|kind of|kinda|a bit|really"
    r"|so) )*(?:numb|weak|dead|limp|heavy|clumsy|floppy|paralyzed|useless|isn't working"
    r"|not working|hanging)",
    r"(?:arm|hand|leg)(?:'s| is| has)? (?:(?:gone|went|just|all|like|it's) )*(?:dead|limp|hanging)"
    r"(?! (?:asleep|tired|sore|achy|painful|heavy|stiff|itchy|from|after|since (?:the|my|his"
    r"|her) (?:shot"
    r"|vaccine|jab)|where))",
    r"(?:slurr(?:ing|ed|y)|slured|sluring|slurin)",
    r"(?:words|speech) (?:are |is |were |was |keep |keeps )?(?:coming|come|came) out (?:wrong"
    r"|jumbled"
    r"|garbled|funny|weird)",
    r"(?:struggling|trouble|difficulty|can't|cannot|unable) (?:to )?(?:get|getting|find|finding)"
    r" (?:the |his |her |my )?words(?: out)?",
    r"(?:dysphasia|expressive aphasia|facial weakness|facial numbness|hemianopia|homonymous"
    r"|facial palsy)",
    r"(?:face|facial|mouth|smile|lip) (?:(?:is|was|started|looks|has been|kinda|kind of|a bit"
    r"|all|really) )*(?:wonky|hanging down|hanging|slanted|twisted|drooping|droopy)",
    r"(?:leg|foot) (?:is |keeps |was )?dragging|dragging (?:his|her|my) (?:left |right )?(?:leg"
    r"|foot)",
    r"(?:dropping|dropped) (?:things|stuff|\w+) (?:with|from|out of) (?:his|her|my) (?:left"
    r"|right) hand",
    r"(?:weakness|numbness|numb|weak|paralysis|tingling|drooping) (?:on |in |of |down )?(?:the )?"
    r"(?:r|l) side",
    r"(?:speech|talking) (?:(?:is|are|was|sounds|sound|became|got|went|just|suddenly"
    r"|all|really|so|kind of|kinda|a bit) )*(?:weird|strange|odd|off|wrong|drunk|slurry|thick|funny"
    r"|all wrong)(?! (?:from|after|since) (?:the )?(?:numbing|dentist|dental|cold|flu|filling))",
    r"(?:talking|talks|speaking|speaks) (?:really |all |so |kinda |kind of |suddenly )?(?:weird"
    r"|funny|strange|odd|drunk|gibberish|jumbled|garbled|like (?:he's|she's|hes|shes) drunk)",
)
_UNRESPONSIVE = (
    r"out of it,? (?:and )?mumbling",
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:can't|cant|cannot|can not|couldn't) (?:wake|rouse) (?:\S+ ){0,3}?up",
    r"limp like a rag ?doll|floppy like a rag ?doll",
    r"(?:unresponsive|unresponse of|unresponse|un responsive|unresponsible|non ?responsive"
    r"|unresposive|unresponive|unresponcive|unrepsonsive|unresponsve"
    r"|non-responsive|unarousable|unconscious|comatose|obtunded|altered mental status"
    r"|cardiac arrest|no pulse)",
    # "not responding to me", not "not responding to the antibiotics".
    r"(?:not|isn't|isnt|is not|won't|wont|doesn't|doesnt|does not|stopped) (?:respond|responding)"
    r"(?! to (?!(?:me|us|him|her|anything|anyone|anybody|his name|her name|name|voice|voices"
    r"|touch|pain|sound|commands?|stimul\w*|nothing|nobody|no one|noone)\b))",
    # The same with "react": "just staring and not reacting to anything".
    r"(?:not|isn't|isnt|is not|won't|wont|doesn't|doesnt|does not|stopped) (?:react|reacting)"
    r"(?! (?:well|badly|good)\b)(?! to (?!(?:me|us|him|her|anything|anyone|anybody|his name"
    r"|her name|name|voice|touch|pain|sound|nothing|nobody|no one)\b))",
    # Not coming round: "he won't come to", "I can't bring him around", "she's out cold".
    r"(?:won't|wont|will not|not|isn't|isnt|hasn't|hasnt) (?:come to|coming to|come around"
    r"|coming around|come round|coming round)(?= ?[,.!?]|$| (?:and|or|at all|please|help|now"
    r"|i|we|yet)\b)",
    rf"{_CANT} (?:bring|get) (?:him|her|them) (?:a)?round",
    r"out cold(?<!slept out cold)(?! (?:for (?:\w+ )?(?:hours|hrs|the night)|all night|last night"
    r"|asleep)\b)",
    r"(?:won't|wont|will not|not|isn't) (?:wake up|waking up|waking|wake)",
    rf"{_CANT} (?:wake|rouse|arouse) (?:him|her|them|my \w+|his \w+|her \w+)"
    r"(?! (?:\w+ ){0,2}(?:for|in time for) (?:school|work|class|the bus|church))",
    rf"{_CANT} get (?:him|her|them) (?:to wake|up|to respond)",
    # Not a heavy sleeper's school mornings ("hard to wake up for school").
    r"(?:hard|difficult|impossible) to (?:wake|rouse|arouse)(?!(?: up)? (?:for school|for work"
    r"|in the mornings?|every morning|on school days|most mornings)\b)",
    r"(?:limp|floppy) and (?:not|won't|unresponsive|pale|grey|gray)",
    r"(?:not|isn't|won't|wont|doesn't|is not|will not|stopped) (?:really )?(?:answering|answer)"
    r" (?:me|us|at all|questions|when)",
    r"(?:won't|not|isn't|doesn't|can't get (?:him|her|them) to) (?:open|opening) (?:his|her|their)"
    r" eyes",
    r"(?:responding|responds|responsive|response) only to (?:pain|painful|sternal)",
    r"(?:only|just) (?:responds|responding|moans|moaning|groans|mumbles|mumbling) (?:to (?:pain"
    r"|painful"
    r"|sternal rub)|when)",
    r"(?:moans|groans) only",
    r"(?:no|minimal) response to (?:voice|pain|painful)",
    r"(?:minimally|barely|poorly|hardly|not) responsive",
    r"(?:unrousable|unrouseable|not rousable|not arousable|difficulty rousing|difficult to rouse"
    r"|unresponsiveness|decreased (?:level of )?consciousness|reduced (?:level of )?consciousness"
    r"|decreased loc|gcs (?:is |of |about |low|\d+))",
    rf"{_CANT} (?:really |properly )?(?:wake|rouse|arouse|keep) (?:him|her|them)(?: (?:up|awake"
    r"|properly))?",
    r"(?:not|isn't) (?:really )?waking(?: up)?",
    r"(?:went|gone|going|is|was) (?:all |completely |totally )?(?:limp|floppy)(?! (?:wrist|ear))",
    # "she's not moving", "on the floor and not answering", "barely answering me".
    rf"(?:{_SHE}|(?:floor|ground|pale|grey|gray|cold|limp|blue|couch|bed|bathroom) and|lying there"
    r"|laying there"
    r"|she is|he is) (?:still |just |really )?(?:not|isn't|isnt|stopped|won't|wont) (?:moving"
    r"|answering|responding|waking up)(?= ?[,.!?]|$| (?:at all|and|or|he|she|i|please|now|help"
    r"|anymore|what|on the|we|when i|to (?:me|us|his name|her name|name|voice|touch|pain))\b)",
    r"(?:barely|hardly|not really|only just) (?:answering|responding|responsive|conscious"
    r"|rousable|breathing and)(?! (?:emails?|texts?|calls?|the phone|(?:his|her|my) phone))",
    # Consciousness going (tests/data/redflag_suite_signs.jsonl): "irresponsive" as non-native
    # speakers say it, barely woken, drifting off mid-sentence, kept awake only by shaking.
    r"(?:irresponsive|irresponsiv|unresponsiv|unresponsibe)",
    r"(?:barely|hardly|bearly|only just|can barely|can hardly) (?:wake|rouse|arouse|reacts?"
    r"|reacting|responsive|responding|responds)",
    r"(?:drift\w*|nodding|nods|nodded|dozing|dozes|dozed|falls?|falling|fell|passing) (?:off"
    r"|of|asleep|out)(?: \S+){0,3}? (?:in the middle of|mid[- ]sentence|mid[- ]conversation"
    r"|while (?:talking|eating|i'm talking|we're talking|i talk|on the phone)|during (?:the|this"
    r"|our) (?:call|conversation)|when (?:i|we) (?:talk|am talking|are talking))",
    rf"(?:won't|wont|will not|{_CANT}) (?:keep (?:\w+ )?awake?|stay awake?)(?! (?:at|during|in"
    r"|for) (?:work|class|school|meetings?|the movies|church|lectures?|the day|the afternoon)"
    r"|lately)",
    r"(?:shake|shaking|yell|yelling|shout|shouting) (?:\S+ ){0,3}?(?:to (?:keep|get) (?:him|her"
    r"|them) (?:awake|back|up)|to wake (?:him|her|them))",
    r"too (?:weak|sleepy|tired) to (?:feed|nurse|suck|latch|cry)",
    r"(?:open\w*|opens) (?:(?:his|her|their) )?eyes (?:only )?to (?:pain|painful|sternal)",
    r"eyes open\w* (?:only )?to (?:pain|painful|sternal)",
    r"only (?:opens|open) (?:his|her|their) eyes (?:for a (?:second|sec|moment) )?(?:when|if)"
    r" (?:we|i|you) (?:yell|shout|shake|pinch)",
    r"(?:decline|drop|deterioration|decrease|reduction) in (?:\w+ )?(?:level of )?(?:consciousness"
    r"|responsiveness|alertness)",
    r"(?:decreased|decreasing|reduced|diminished|poor) (?:responsiveness|alertness)",
    r"(?:less|much less|far less|increasingly less) (?:responsive|alert)(?! (?:to (?:the )?"
    r"(?:treatment|medication|meds|antibiotics|therapy|drugs?|insulin)|than (?:usual|normal)"
    r" (?:in|at) the mornings?))",
    r"(?:minimal|no|poor|little) response to (?:stimul\w*|touch|voice|being (?:touched|moved))",
    r"(?:somnolent|somnolence|stuporous|stupor)(?! (?:from|after|with|on) (?:the |his |her |my )?"
    r"(?:medication|meds|pills?|benadryl|sedation|anesthesia))",
    # Two words for it together, or lethargy that came on ("now lethargic", "became listless").
    r"(?:drowsy|sleepy|lethargic|listless) and (?:lethargic|listless|drowsy|floppy|limp"
    r"|unresponsive|hard to wake|not responding|hypotonic)",
    r"(?:now|became|become|becoming|developed|develops|increasingly|acutely|suddenly) (?:\w+ )?"
    r"(?:lethargic|listless|obtunded)(?! (?:lately|for (?:\w+ )?(?:weeks|months|years)))",
)
_FAINTING = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:woke|came to|come to|came round|came around) (?:up )?on the (?:\w+ )?(?:floor|ground)",
    # (not one eye's sight: "everything went dark in my left eye" is vision loss)
    r"everything went (?:black|dark|white|gr[ae]y)(?! in (?:my|his|her|one|the) (?:\w+ )?eye)"
    r"|blacked out",
    r"(?:faint(?:ed|ing|s)|fainting spells?|faint spells?|fanted|feinted|fainteded)",
    r"(?:going to|gonna|about to|almost|nearly|feels?|feeling|felt) (?:\w+ )?faint",
    # Not handing things out: "I'll pass out the flyers".
    r"(?:pass(?:ed|es|ing|t)?|past|pased) out(?! (?:the |some |these |those |a few |all the "
    r"|our |your )?(?:flyers?|fliers?|forms?|info|information|candy|samples|papers|handouts|cards"
    r"|pamphlets|brochures|invitations|tickets|masks|snacks|goodie bags|programs|menus)\b)",
    # Slumped, went down hard, dropped like a rock, fell out (Southern US for fainted).
    r"slump(?:ed|ing|s)? (?:over|down)(?!(?: \S+){0,4}? (?:desk|computer|laptop|phone|posture"
    r"|keyboard)\b)",
    r"(?:went|goes|going|gone) down hard(?! (?:on|at) (?:the|his|her|my) (?:knee|wrist|ankle"
    r"|elbow|hip|shoulder|arm|hand|butt|back|ice|court|field|pitch|ramp|trail|tailbone|bike"
    r"|skateboard)\b)(?! (?:playing|skiing|skating|sledding|snowboarding)\b)",
    _preceded(
        ("dropped like a rock", "dropped like a stone", "dropped like a sack", "fell out"),
        (*_SHE_WORDS, "just", "then", "and", "suddenly", *_KIN_WORDS),
        after=r"(?= ?[,.!?]|$| (?:at|in|on|while|during|and|cold|again|twice|earlier|of (?:potatoes"
        r"|bricks))\b)",
    ),
    # A person down who does not get up: "just fell over and isn't getting up".
    r"(?:fell|fallen|falls|collapsed|went down) (?:down |over )?and (?:\S+ )?(?:can't|cant|cannot"
    r"|couldn't|isn't|is not|won't|wont|not|hasn't|hasnt) (?:get|getting|gotten|got) (?:back )?up",
    r"black(?:ed|ing|s)? out",
    r"(?:collaps(?:ed|ing|es)|keeled over|syncope|syncopal|near syncope)",
    r"(?:lost|loss of|losing) consciousness",
    r"(?:went|goes|going) (?:down|out) like a light",
    # A person down: "just dropped", "found her on the bathroom floor", a bystander's "a lady
    # on the ground in your parking lot", "fell and can't get up".
    _preceded(
        ("dropped", "went down", "fell down", "hit the floor"),
        (*_SHE_WORDS, "just", "suddenly"),
        after=r"(?= ?[,.!?]|$| (?:and|to the (?:floor|ground)|on the|in the|like|at|while|outside"
        r"|in front))",
    )
    + "".join(
        f"(?<!{what} just {verb})"
        for what in (
            "call",
            "the line",
            "phone",
            "signal",
            "connection",
            "it",
            "price",
            "fever",
            "temp",
            "sugar",
            "pressure",
            "number",
        )
        for verb in ("dropped", "went down")
    ),
    rf"found (?:him|her|them|(?:(?:my|our|his|her) )?(?:\w+ )?{_KIN}|the baby|the patient|a man"
    r"|a woman|a lady|mr \w+|mrs \w+|ms \w+) (?:\S+ ){0,3}?[\"']?(?:on|lying on|laying on"
    r"|collapsed on|down on|passed out on|unconscious on) the (?:\w+ )?(?:floor|ground)",
    r"found (?:on|down on|lying on|collapsed on) the (?:\w+ )?(?:floor|ground)",
    r"(?:man |woman |lady |guy |person |someone |somebody |gentleman |customer |old man "
    r"|old lady |elderly (?:man|woman|lady|gentleman) )(?:[^\s.;!?]+ ){0,5}?(?:on|collapsed on"
    r"|lying on|laying on|down on) the (?:ground|floor|pavement|sidewalk)(?! (?:above|below"
    r"|upstairs|downstairs|of (?:the|your) (?:clinic|building|office)|could|might|may|would|will"
    r"|is (?:wet|slippery|dirty)))",
)
_SEIZURE = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:seezure|seisure|seesure|seasure|sezier|seizier)s?",
    r"(?:won't|wont|will not) stop (?:jerking|shaking|twitching)",
    r"(?:seizures?|seizing|seizer|sieze?ures?|seazures?|seisures?|ceasures?)",
    r"(?:a|another|having|having a) (?:sees her|seize her|see sure|seize your|sees your)",
    r"convul(?:s|t|sh)(?:ing|ions?|ed|ive)",
    r"(?:having|had|has had|another) (?:a )?fits?",
    r"(?:is|he's|she's|started|keeps|been|baby's) fitting",
    r"(?:tonic[- ]clonic|grand mal|status epilepticus|postictal|post ictal)",
    r"eyes (?:are )?(?:roll(?:ed|ing)|rolled) back",
    r"(?:jerking|twitching) (?:uncontrollably|all over|and (?:won't|not|unresponsive))",
    r"(?:seezures?|seizers?|sz's|s z's|seasures?)",
    r"(?:jerking|shaking|twitching|convulsing) (?:all over|his whole body|her whole body"
    r"|their whole"
    r" body|and (?:won't|wont|not|can't|cant) stop\w*|and not stopping|uncontrollably)",
    r"(?:shaking|jerking) all (?:i mean )?over",
    r"(?:whole body|body) (?:is |was |went |started |keeps )?(?:shaking|jerking|twitching"
    r"|stiff and)",
    r"(?:went|gone|going|goes) (?:all )?stiff,? (?:and|then|and then) (?:\w+ ){0,3}(?:jerk|shak"
    r"|shook|twitch"
    r"|convuls)\w*",
    r"(?:arms?|legs?|hands?|face) (?:(?:were|was|is|are|started|start|keep|keeps|kept|and face) )*"
    r"(?:jerking|twitching)",
    r"(?:jerking|twitching) (?:episodes|movements|spells)",
    r"(?:had|having|has|another|two|three) (?:like )?(?:a )?fits?(?! (?:to|for|about|note"
    r"|certificate|test|over))",
    r"eyes (?:go|going|went|deviat\w+) (?:to the side|up|back)",
    r"(?:shaking|jerking|seizing|convulsing|twitching|fitting) (?:\S+ )?on the (?:\w+ )?(?:ground"
    r"|floor|bed|couch|sidewalk|pavement)",
    r"(?:floor|ground) (?:and )?(?:shaking|jerking|seizing|convulsing|fitting)",
    # Shaking that goes on: "doing that shaking thing again and it's not stopping".
    r"(?:shaking|jerking|twitching|convulsing|seizing|fitting)(?: (?!(?:from|since|after|because"
    r"|when|with|hands?|fingers?|voice|inside|cold|chills?)\b)[^\s.;!?]+){0,5}? (?:not"
    r" stopping|isn't stopping|won't stop|wont stop|hasn't stopped|hasnt stopped|still going)",
    _preceded(
        ("foaming at the mouth", "foam at the mouth"),
        (
            *(
                f"{who}{how}"
                for who in (
                    *_SHE_WORDS,
                    "he was",
                    "she was",
                    "he is",
                    "she is",
                    "person",
                    "man",
                    "woman",
                    "guy",
                    "lady",
                )
                for how in ("", " was", " is", " started", " just")
            ),
            # "started shaking and foaming at the mouth"
            *("shaking and", "jerking and", "seizing and", "twitching and", "convulsing and"),
        ),
    ),
)
#: What else pours out of a child's mouth: "drool is just pouring out".
_NOT_BLOOD = ("drool", "drool is", "drool is just", "saliva", "saliva is", "spit is", "spit")
_SEVERE_BLEEDING = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:stools?|poop|poo|bowel movements?)(?: (?:are|is|look|looks|been|have been|turned"
    r"|came out))* (?:black|tarry|like tar)",
    r"bleed\w*(?: \S+){0,8}? (?:won't|wont|will not) (?:quit|stop)",
    r"(?:towel|towels|shirt|gauze|bandage)(?:'s|s| is| are| was)? (?:soaked|soaking) (?:through"
    r"|thru)",
    r"still (?:pouring|gushing|spurting)",
    r"blood (?:filling|filled|fills) (?:up )?(?:the|a) (?:toilet|bowl|sink)"
    r"|toilet (?:bowl )?(?:is |was )?(?:full of|filled with) blood",
    r"(?:soak\w*|saturat\w*) (?:through )?(?:a |one )?(?:super )?(?:tampons?|pads?) (?:every hour"
    r"|hourly|an hour|every \d+ min\w*)",
    r"(?:vomit\w*|throwing up|threw up) (?:up )?blood|coffee? grounds?",
    r"(?:won't|wont|will not|doesn't|doesnt|does not|can't get it to|cannot get it to"
    r"|can't make it|isn't going to|not) (?:stop(?:ping)?|quit(?:ting)?) (?:bleeding"
    r"|bleed in|the bleeding|the blood)",
    r"(?:bleeding|bleed|blood) (?:just )?(?:won't|wont|will not|doesn't|isn't|is not|not)"
    r" (?:stop|stopping|slowing)",
    r"(?:nosebleed|nose bleed|bleed|cut|wound|gash) (?:that |which |and it |it )?"
    r"(?:won't|wont|will not|doesn't|isn't|hasn't|can't) (?:stop|stopped|be stopped)",
    r"(?:bleeding|bleeds|bled|bleed) (?:really |real |so |very )?(?:heavily|heavy|badly"
    r"|bad|a lot|a ton|tons|buckets|like a faucet|like a stuck pig|profusely"
    r"|everywhere|like crazy|nonstop|non stop|non-stop|through|out|so much|real bad)",
    r"(?:heavy|severe|massive|profuse|uncontrolled|uncontrollable|lots of|a lot of|tons of"
    r"|so much|pool of|pools of) (?:bleeding|blood)",
    r"(?:gushing|pouring|spurting|squirting|pumping) (?:out )?(?:blood|out)"
    + "".join(f"(?<!{w} {v} out)" for w in _NOT_BLOOD for v in ("pouring", "gushing")),
    r"blood (?:is |was |keeps )?(?:gushing|pouring|spurting|squirting|everywhere|all over)",
    r"(?:soaked|soaking|bled) through (?:\w+ ){0,2}(?:towels?|pads?|bandages?|gauze|shirt)",
    r"(?:ha?em+or+h?ag|hemer+h?ag)\w*",
    # Clots the size of a fist or a golf ball (after a birth, a miscarriage, a heavy period).
    r"clots? (?:the size of|as big as|bigger than|size of) (?:a |an |my |his |her )?(?:fist|golf"
    r" ?balls?|lemons?|oranges?|plums?|eggs?|baseballs?|tennis balls?|hand|palm)(?![^.;!?]{0,40}"
    r"\b(?:every (?:month|period|cycle)|each (?:month|period)|for months|usually|always)\b)",
    r"(?:pooping|pooped|poop|poo|passing|crapping|stools?|bowel movements?) (?:out )?(?:straight"
    r"|pure|solid|nothing but|just|all) blood",
    r"(?:vomiting|throwing up|coughing up|spitting up|spitting|puking) (?:up )?"
    r"(?:blood|bright red blood)",
    r"(?:lost|losing) (?:a lot of|lots of|so much) blood",
    r"hematemesis",
    r"(?:bleeding|bleed in|bleeding's|blood's) (?:and bleeding|(?:still )?(?:won't|wont) quit)",
    r"(?:bleeding|blood)'s (?:not|still not) (?:stopping|slowing)",
    r"(?:spurting|squirting|pulsatile|pulsing blood|pumping blood)",
    r"(?:nosebleed|nose bleed|bleed|cut|wound|gash|nose|mouth) (?:has been |is |keeps |just keeps "
    r"|'s |been )?(?:pouring|gushing|spurting|going)(?: for| since| down| out| blood)",
    r"blood everywhere",
    r"(?:soaking|soaked|bled|bleeding) (?:through|thru) (?:\w+ ){0,3}(?:towels?|pads?|bandages?"
    r"|gauze"
    r"|shirt|dressings?|clothes|pants|sheets)",
    r"(?:a pad|pads?) (?:every|an|each|per) (?:hour|15|fifteen|half hour|\d+ min)",
    r"(?:black|tarry) (?:tarry )?(?:stools?|poop|poo)|(?:melena|melaena|hematochezia|haematochezia"
    r"|haematemesis|pph)",
    r"(?:threw up|vomited|coughed up|puked|throwing up|vomiting) (?:up )?(?:some |a lot of "
    r"|lots of "
    r"|fresh |bright red )?blood",
    r"(?:not|poorly|un) ?controlled (?:with|by) (?:pressure|compression)",
    r"despite (?:firm |direct )?(?:pressure|compression|pinching)",
    r"(?:heavy|severe|massive|profuse|brisk|uncontrolled) (?:pv|vaginal|rectal|nose) (?:bleeding"
    r"|bleed)",
    r"(?:large|huge|big) (?:amounts?|amt|volume) (?:of )?(?:bright red |fresh )?blood",
    r"(?:large[- ]volume)",
    r"(?:really |very |pretty |so )?deep (?:cut|gash|laceration|lac)",
    r"(?:cut|sliced|slashed) (?:\S+ ){0,4}?(?:really |pretty |very |so )?deep",
    # "bleeding for like an hour and it won't stop", "bleeding x6h not stopping with gauze"
    r"(?:bleeding|bleed|blood|epistaxis|nosebleed|nose bleed)(?: (?!(?:stopped|went|gone|resolved"
    r"|gums?|no|not|never|without"
    r"|pain|ache|cough\w*|crying|vomiting|itch\w*|diarrh\w*|swelling|headache|extraction|socket"
    r"|site|surgery|tooth|teeth|stitches|implant|sutures|incision|tonsils?|procedure|biopsy)\b)"
    r"[^\s.;!?]+){0,7}? (?:and )?(?:it |it's |its |it just |just |still |it still )*(?:won't|wont"
    r"|will not|doesn't|doesnt|isn't|isnt|is not|not|can't|cant) (?:stop|stopping|slow|slowing)"
    r"(?! (?:by|on|at|to|for|in) (?:the|a|my|your))",
    r"(?:threw up|vomited|coughed up|puked|throwing up|vomiting|coughing up) (?:up )?(?:(?:some|a"
    r"|bunch|of|lot|lots|cup|cups|mouthful|mouthfuls"
    r"|handful|so|much|fresh|bright|red|dark|like|what|looks|looked) )+(?:blood|clots)(?! (?:tests?"
    r"|work|pressure|sugar|draws?|results?|thinners?))",
    r"(?:gone|went|going|soaked|soaking|bled) (?:through |thru )?(?:\w+ )?(?:bath |beach |hand )?"
    r"towels",
    r"(?:soaked|soaking|gone through|went through|going through|filled|filling|bled through)"
    r" (?:two|three|four|five|six|several|multiple|\d+|so many|a bunch of)"
    r" (?:\w+ )?(?:pads|tampons|dressings|maxi pads)",
    r"bleeding (?:\S+ )?(?:from|out of) (?:the|his|her|my|their) (?:head|scalp|neck|chest)",
)
#: A few words in a sentence, none denying or turning to a test, a form or the glands.
_GAP_AIRWAY = (
    r"(?: (?!(?:no|not|never|without|denies|allerg\w+|test\w*|ago|history|glands?|tonsils?|nodes?"
    r"|chest|neck|chapped|dry|\w+n't)\b)[^\s.;!?]+)"
)
#: As ``_GAP_AIRWAY``, and no sore throat ("my throat is sore and swollen" is tonsillitis).
_GAP_SWOLLEN = _GAP_AIRWAY.replace("(?:no|", "(?:sore|strep|infected|raw|red|scratchy|no|", 1)
#: What sets off a severe allergic reaction: a food, a sting.
_ALLERGEN = (
    r"(?:peanuts?|peanut butter|nuts|tree nuts?|cashews?|almonds?|walnuts?|pecans?|pistachios?"
    r"|hazelnuts?|nut|shellfish|shrimps?|prawns?|lobster|crab|clams?|mussels?|sesame|satay"
    r"|egg(?<!goose egg)|eggs"
    r"|kiwi|bee|bees|wasps?|hornets?|yellow ?jackets?|stung|stinger)"
)
#: The airway, face or skin after a trigger.
_ALLERGY_SIGN = (
    r"(?:(?:face|lips?|tongue|throat|eyes|eyelids?|mouth)(?:'s|s)? (?:(?:is|are|was|were|got"
    r"|getting|gone|went|started|starting|keeps?|all|really|so|kind of|kinda|a bit|now|like|it's"
    r"|its|feels?|felt|feeling|has|have|been) )*(?:swell\w*|swollen|swole|puff\w*|closing|closin"
    r"|tight\w*|itch\w*|scratchy|tingl\w*|big|fat|huge|weird|funny|thick|heavy)|wheez\w*"
    r"|(?:can't|cant|cannot|trouble|hard to|difficulty|unable to) (?:swallow\w*|breath\w*))"
)
#: As ``_GAP_AIRWAY``, and not days later, nor a shot for the wheeze ("shot for my asthma").
_GAP_SHOT = _GAP_AIRWAY.replace(
    "(?:no|", "(?:last|week|weeks|day|days|yesterday|month|months|for|help\\w*|treat\\w*|no|", 1
)
_ANAPHYLAXIS = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:eyes?|eyelids?) (?:are |is |were |keep )?(?:swelling|swollen|puffing|puffed|swelled"
    r"|puffing up|swelling up|swollen up|swelled up|puffed up) (?:shut|closed)",
    rf"(?:hives|welts){_GAP_AIRWAY}{{0,10}}? (?:can't|cant|cannot|can not|couldn't) (?:swallow"
    rf"|breathe?)",
    r"allerg\w* (?:\S+ ){0,4}?(?:ate|had|eaten|got into|tried)(?: [^\s.;!?]+){1,8}? (?:face|lips?"
    r"|tongue|throat|eyes)(?:'s|s)? (?:(?:is|are|all|really|so|getting|now|got) )*(?:swell\w*"
    r"|swollen|puff\w*|closing|tight\w*)",
    r"(?:tongue|lips?|face|throat)(?: and (?:my |his |her )?(?:tongue|lips?|face"
    r"|throat))? (?:(?:are|is|r|all|kind of|like) )*(?:ballooning|blowing up|blown up"
    r"|swollin|sweling)",
    r"(?:anaphyla(?:xis|ctic|xes)|anafalactic|anaphalactic|anafilactic|anaphalaxis|anafylactic"
    r"|anafylaxis|anaphylatic|anaphylactoid"
    r"|anafalaxis|anna phylactic|an a phylactic|angioedema)",
    r"(?:throat|tongue|airway)(?: (?:is|are|feels|feel|started|keeps|getting|got|like|it's"
    r"|it is|is getting))* (?:really |so )?(?:swelling|swollen|swelled|closing|tight"
    r"|puffing up|thick)",
    r"swelling (?:of|in) (?:the|his|her|my) (?:throat|tongue)",
    r"(?:throat|tongue) (?:tightness|swelling)",
    r"swollen (?:tongue|throat)",
    r"(?:severe|serious|major|bad|massive|big) allergic reaction",
    r"(?:used|gave|give|giving|given|needed|need to use|injected|jabbed|had to use|had to give)"
    r" (?:him |her |them |me )?(?:the |an |his |her |my |their )?epi ?-?pens?",
    r"hives (?:all over|everywhere) and (?:\w+ ){0,3}(?:swell|breath|throat|tongue|dizzy)",
    r"(?:throat|tongue)(?:'s)? (?:(?:is|are|feels|feel|felt|started|keeps|getting|got|like|it's"
    r"|really"
    r"|so|very|a bit|a little|kind of|kinda|all|itchy and|scratchy and|swelling and) )*(?:closing"
    r"|swelling|swollen|tight|thick|huge)",
    r"(?:lips?|mouth) (?:(?:are|is|was|were|got|getting|started|like|super|really|so|all|a bit"
    r"|a little) )*(?:swelling|swollen|swelled|swole|puffing)(?: up)?+(?! (?:from|after) (?:the )?"
    r"(?:numbing|filler|injection|dentist|dental))",
    r"(?:lip|tongue|mouth|throat) (?:swelling|tightness)",
    r"epi(?:nephrine| ?pen)? (?:was |has been )?(?:given|administered|used)",
    # Throat or tongue, a few words on: "my throat's been swelling up", "throats getting
    # tight", "tongue went tingly and now it's swelling", "throat feels small".
    rf"(?:throat|tongue)(?:'s|s)?{_GAP_AIRWAY}{{0,8}}? (?:closing|closin|tight|tighter|tightening"
    r"|thick|small|smaller|narrow|narrower|shrinking|shrunk)(?! (?:\S+ )?(?:glands?|tonsils?|lymph"
    r"|nodes?|sores?"
    r"|cuts?|bumps?|spots?|ulcers?|blisters?|chest"
    r"|muscles?|jaw|shoulders?|neck))(?!(?: \S+){0,3}? (?:anxious|anxiety|stressed|nervous"
    r"|panicky|panic))",
    rf"(?:throat|tongue)(?:'s|s)?{_GAP_SWOLLEN}{{0,8}}? (?:swelling|swollen|swelled|swell|swells"
    rf"|fat|huge|big)(?! (?:\S+ )?"
    r"(?:glands?|tonsils?|lymph|nodes?|chest|muscles?|jaw|shoulders?|neck))",
    rf"(?:lips?|mouth)(?:'s|s)?(?: and (?:my |his |her |the )?(?:eyes|face|tongue|throat"
    rf"|eyelids|cheeks))?{_GAP_AIRWAY}{{0,4}}? (?:swelling|swollen|swelled|swole|swell|puffing"
    r"|puffy|puffed|blown up|blew up|ballooned|ballooning)(?: up)?+(?!(?: a (?:little|bit|tiny bit)"
    r"| slightly)? (?:from|after|since)"
    r" (?:the |my |his |her )?"
    r"(?:numbing|filler|fillers|injection|anesthetic|anaesthetic|novocaine|botox|dentist|dental"
    r"|procedure|cold sore|fever blister|biting|bit|cold|wind|sun|sunburn))",
    r"lips(?: are| look| got| getting| is)?(?: (?:getting|really|so|all|like))* (?:big|fat|huge)",
    # A food, sting or shot, then the airway, face or skin: "stung by a bee and now I'm all
    # hives", "had a cashew and now his face is swelling up", "satay and his throat is scratchy".
    rf"{_ALLERGEN},?{_GAP_AIRWAY}{{0,8}}? {_ALLERGY_SIGN}",
    # The sign first, the trigger after: "face is puffing up ... she just had a peanut butter
    # cracker", "facial swelling, difficulty swallowing and hypotension after shellfish".
    rf"(?:puff\w*|wheez\w*|swallowing|hypotension)"
    rf"{_GAP_AIRWAY}{{0,10}}? (?:after|since|from|had|ate|eating|eaten|having|tried) (?:\S+ )"
    rf"{{0,3}}?{_ALLERGEN}",
    # Hives with a second system: "hives and wheezing", "welts ... coughing", "wheezy and hives".
    rf"(?:hives|welts){_GAP_AIRWAY}{{0,10}}? (?:wheez\w*|coughing|cough|voice|throat|tongue|lips?"
    r"|swallow\w*|breath\w*|dizzy|faint\w*|vomit\w*|throwing up)",
    rf"wheez\w*{_GAP_AIRWAY}{{0,6}}? (?:hives|welts)",
    # A shot, then the airway: "ten minutes after his shot ... now he's wheezing".
    rf"(?:shot|shots|injection|vaccine|vaccines|vaccination|jab|infusion)(?<!got shot)"
    r"(?<!been shot)(?<!was shot)(?<!get shot)(?<! is shot)(?<!gun shot)"
    rf"(?:{_GAP_SHOT}){{0,10}}?"
    r" (?:wheez\w*|(?:throat|tongue)(?:'s|s)? (?:\S+ )?(?:closing|swelling|swollen|tight)"
    r"|(?:can't|cant|cannot) (?:breathe?|swallow))",
)
_PILLS = (
    r"(?:pills|tablets|capsules|meds|medications?|medicine|gummies|vitamins|oxy\w*|percocets?"
    r"|vicodin|xanax|fentanyl|heroin|benzos|opioids|painkillers|tylenol|melatonin|edibles"
    r"|quetiapine|seroquel|sertraline|zoloft|trazodone|ambien|zolpidem|lorazepam|ativan|klonopin"
    r"|clonazepam|alprazolam|diazepam|valium|amitriptyline|lithium|oxycodone|hydrocodone|tramadol"
    r"|morphine|methadone|gabapentin|benadryl|diphenhydramine|acetaminophen|prozac|fluoxetine"
    r"|lexapro|escitalopram|citalopram|wellbutrin|bupropion|adderall|clonidine|propranolol"
    r"|antidepressants|sleeping pills)"
)
#: What a child swallows: household products, batteries, magnets, nicotine, lamp oil.
_POISON = (
    r"(?:bleach|drain cleaner|oven cleaner|toilet cleaner|\w+ cleaner|antifreeze|anti-freeze"
    r"|detergent|(?:laundry|tide|dishwasher|dish soap|dish|soap|detergent|washing|washer|cleaning)"
    r" (?:pods?|tablets?|liquid|detergent|soap|capsules?)|dishwasher|lamp oil|tiki torch"
    r"|torch fluid|lighter fluid|windshield washer|washer fluid|wiper fluid|hand sanitizer"
    r"|hand sanitiser|sanitizer|rubbing alcohol|nicotine (?:pouch\w*|liquid|juice|e-?liquid|vape)"
    r"|vape (?:juice|liquid)|e-?liquid|(?:button|coin|lithium|watch|tiny|round|little|small)"
    r" batter(?:y|ies)|batter(?:y|ies)|magnets?|magnet balls|mouthwash|mouth ?rinse"
    r"|pool chemicals?|chlorine|glow ?sticks?|nail polish remover|acetone|paint thinner|gasoline"
    r"|kerosene|turpentine|rat poison|weed killer|roundup|pesticide|insecticide|bug spray"
    r"|essential oils?|eucalyptus oil|iron pills|fentanyl|ammonia|lye)"
)
_OVERDOSE_POISONING = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:mixed|took|combined) (?:his |her |my |their )?(?:\w+ )?(?:pills|meds|xanax|oxy\w*"
    r"|painkillers|medication)(?: \S+){0,4}? (?:with|and) (?:\S+ ){0,3}?(?:alcohol|whiskey|vodka"
    r"|beer|wine|liquor|drinks|booze)",
    r"(?:gave|took|injected|given) (?:her|him|my|them|your)(?:self|selves)? (?:a )?(?:double"
    r"|triple|extra|wrong) (?:\w+ )?dose",
    r"ingesting",
    r"(?:overdos(?:e|ed|es|ing)|over dos(?:e|ed|ing)|ingestion|ingested|toxic dose"
    r"|carbon monoxide)",
    # "od" is also the right eye: only as a verb or after a word that makes it an overdose.
    r"(?:an|possible|poss|suspected|intentional|accidental|patient|he|she|i|they) od(?:'d|d|ed)?",
    r"od(?:'d|d|ed) on",
    # "OD'd" or "OD'ed" alone is always the verb: "I think my roommate OD'd".
    r"od'(?:d|ed)",
    # Inhalants: "huffing spray paint", "huffing computer duster".
    r"huff(?:ing|ed|s)? (?:\S+ ){0,2}?(?:spray paint|paint|gas|gasoline|glue|computer duster"
    r"|air duster|duster|canned air|keyboard cleaner|whippets|nitrous|aerosols?|freon|butane"
    r"|markers|paint thinner|propane)",
    r"(?:needle|syringe)(?<!iv needle)(?<!butterfly needle) (?:still )?(?:in|sticking out of"
    r"|hanging out of|stuck in) (?:his|her|their) (?:arm|leg|hand|neck|foot|vein)(?![^.;!?]{0,40}"
    r"\b(?:iv|picc|hospital|infusion|nurse|clinic|vaccine|shot|blood draw)\b)",
    # A double dose by mistake: "doubled her insulin by mistake", not a prescriber's change.
    r"doubled (?:up )?(?:on )?(?:his|her|my|their) (?:\w+ )?(?:dose|doses|insulin|meds"
    r"|medications?|pills|medicine|tablets)(?: \S+){0,3}? (?:by (?:mistake|accident)|on accident"
    r"|accidentally)",
    r"accidentally doubled",
    r"od on (?:\w+ )?(?:pills|drugs|heroin|fentanyl|opioids|oxy\w*|tylenol|meds|medications?"
    r"|something|xanax|benzos|alcohol|his|her|my|their)",
    r"poison(?:ed|ing|ous)?(?! control (?:\S+ ){0,2}?(?:said|says|told|say)\b)",
    r"(?:swallowed|drank|ate|ingested|got into|chugged) (?:some |a bunch of |the |a |an |his "
    r"|her |my |grandma's |grandpa's |\w+'s )?(?:bleach|drain cleaner|antifreeze|detergent"
    r"|laundry pods?|tide pods?|dishwasher pods?|rat poison|weed killer|cleaning \w+"
    r"|lighter fluid|batter(?:y|ies)|button batter(?:y|ies)|magnets|bottle of)",
    r"(?:took|swallowed|ate|got into|downed) (?:a |the |his |her |my |\w+'s )?(?:whole|entire)"
    r" (?:bottle|pack|box|strip|blister pack)",
    r"(?:took|swallowed|ate|got into|downed) (?:way |like |about |maybe |around |over |almost "
    r"|at least |probably )?(?:too many|a bunch of|a handful of"
    r"|handfuls of|all (?:of )?(?:his|her|my|the)|\d\d+|a lot of"
    rf"|some of (?:his|her|my|the|\w+'s)|\w+'s)(?: of)?(?: \S+){{0,3}}? {_PILLS}",
    r"took (?:way )?too much (?:of )?(?:\S+ ){0,3}?(?:insulin|tylenol|acetaminophen|medication"
    r"|medicine|meds|pills|methadone|oxy\w*|xanax|fentanyl|heroin)",
    r"(?:gave|used|needed|administered|had to give|give) (?:him |her |them )?narcan",
    # Alcohol with a sedative or an opioid: "drank her dad's vodka and took some xanax".
    r"(?:vodka|alcohol|liquor|booze|beer|whiskey|tequila|wine|drinking|drunk)(?: \S+){0,4}?"
    r" (?:and|with|plus|then) (?:\S+ ){0,3}?(?:xanax|oxy\w*|percocets?|valium|klonopin|ativan"
    r"|ambien|benzos?|opioids|painkillers|sleeping pills|fentanyl|heroin|pills)",
    r"(?:took|taken|had|swallowed) (?:way |a lot |much |far |a bunch |a ton )?more (?:of )?"
    r"(?:my |his |her |the )?(?:\w+ )?(?:than|then) (?:i|he|she|they) (?:should|shoulda"
    r"|should have|was supposed to|were supposed to|meant to|was prescribed|is prescribed)",
    r"(?:took|swallowed|ate|downed|taken) (?:a whole bunch|a whole lot|way too many"
    r"|too many|to many|extra|a lot|all)(?: of)? (?:\S+ ){0,3}?(?:pills?|peels|tablets"
    r"|capsules"
    r"|meds|medications?|medicine|tylenol|acetaminophen|paracetamol|insulin|doses?|oxy\w*"
    r"|antidepressants|sleeping pills)",
    # The same said of now, but not a question about how to take them ("can I take all my
    # meds with food", "take extra insulin when my sugar is high").
    r"(?:taking|take) (?:a whole bunch|a whole lot|way too many|too many|to many|extra|a lot"
    r"|all)(?: of)? (?:\S+ ){0,3}?(?:pills?|peels|tablets|capsules|meds|medications?"
    r"|medicine|tylenol|acetaminophen|paracetamol|insulin|doses?|oxy\w*|antidepressants"
    r"|sleeping pills)(?! (?:with|at|in|together|before|after|on|every|daily|each|as|when|if"
    r"|or)\b)",
    rf"took (?:about |like |maybe |around |over )?(?:\d\d+|{TENS}|{TEENS}|a bunch|a handful)"
    r"(?: \w+)? of (?:my|his|her|their|the)",
    r"took (?:\S+ ){1,5}?on purpose",
    r"found (?:an |the |a )?empty (?:\w+ )?(?:bottle|box|packet|blister pack)",
    r"took them all",
    r"(?:got into|got hold of|gotten into|getting into|into)"
    r" (?:\S+ ){0,3}?(?:medicine cabinet|medicine|medicines|pill (?:box|organizer|organiser"
    r"|bottle|case)|pills|meds|tablets|medications?|patch(?:es)?)",
    r"(?:ate|swallowed|chewed(?: on)?|licked|bit into|drank|eaten)(?: (?!(?:after|before|with"
    r"|without|then|while|during|and|but|instead|take|taking|took)\b)\S+){0,5}? (?:pills?|peels"
    r"|tablets?|pods?|patch(?:es)?|iron pills|toothpaste(?<!a little toothpaste)"
    r"(?<!a lil toothpaste)(?<!bit of toothpaste)|mouthwash|mouthrinse|cleaner|bleach"
    r"|detergent|batter(?:y|ies)|magnets?)",
    r"(?:mixed|breathed in|inhaled) (?:\S+ ){0,3}?(?:bleach|ammonia|chlorine|fumes|cleaners?"
    r"|chemicals)",
    r"(?:carbon mono\w*|co alarm|co detector|generator (?:\w+ ){0,4}(?:garage|indoors|inside)"
    r"|gas heater)",
    r"(?:lithium|digoxin|dig|tylenol|acetaminophen|paracetamol|aspirin|salicylate|iron|opioid"
    r"|methotrexate) (?:toxicity|poisoning|overdose|od)",
    r"(?:organophosphate|pesticide|insecticide|chemical) (?:exposure|poisoning|ingestion)",
    r"(?:doubled up|double dosed|double-dosed|took a double dose|took (?!(?:\w+ ){0,3}?(?:vitamins"
    r"?|multivitamins?|probiotics?|supplements?|fish oil)\b)(?:\w+ ){1,4}?twice"
    r"(?! (?:a|per|daily|each)\b)|took (?:\w+ ){1,4}?(?:three|four) times)",
    r"(?:excess|extra|additional) (?:dose|doses) of",
    # A child and a household product: "drank some of the drain cleaner", "bit into one of
    # those dishwasher pods", "drinking lamp oil", "put a laundry pod in his mouth".
    rf"(?:drinking|drink|eating|swallow) (?:(?:some|the|a|an|his|her|my|of|from|\w+'s) ){{0,2}}"
    rf"{_POISON}",
    r"(?:swallowed|swallowing|drank|ate|eaten|bit into|bitten into|biting into|chewed|chewing"
    r"|licked|licking|sucked on|sucking on|got into|gotten into|got hold of|ingested"
    r"|sipped|sipping|gulped|chugged)"
    r"(?: (?!(?:no|not|never|didn't|did not|after|before|with|without|then|while|during|or|and"
    rf"|but|instead|use|using|brush\w*|rinse|rinsing)\b)[^\s.;!?]+){{0,6}}? {_POISON}",
    r"(?:pods?|batter(?:y|ies)|magnets?|pouch(?:es)?|patch(?:es)?|cigarettes?|cigarette butts?"
    r"|vape|nicotine \w+|button|coin|bleach|detergent) (?:\S+ ){0,2}?in (?:his|her|their"
    r"|the baby's|the|my \w+'s) ?mouth(?!(?: \S+){0,3}? (?:spat|spit) (?:it|them) out)",
    r"(?:ate|drank|swallowed|took|downed|chugged|eaten|drunk|taken|emptied) (?:like |about |maybe "
    r"|almost |nearly |around |~ )?(?:half|most|all|the rest|a whole|the whole|an entire|the entire"
    r"|a full) (?:of )?(?:a |an |the |his |her |my |their )?(?:\w+ )?(?:bottle|tube|pack|box|jar"
    r"|container|packet|sleeve|tub|blister pack|strip|package)(?:(?= ?[,.!?]|$| (?:and|of (?:it"
    rf"|them|those|these|the stuff)\b))| of (?:the |his |her |my "
    rf"|\w+'s )?(?:\S+ ){{0,2}}?(?:{_PILLS}"
    rf"|{_POISON}|toothpaste|syrup|pills?|tablets?|gummy \w+))",
    r"(?:took|swallowed|taken|ate) (?:a |the |her |his |my )?(?:whole|entire|full) (?:week's|weeks"
    r"|weeks'|day's|days|days'|month's|months) worth",
    r"(?:don't|dont|do not|not|no|can't|cant|unsure|never) (?:know|sure|idea|tell|say)(?: of"
    r"| exactly)? how (?:many|much) (?:\S+ ){0,3}?(?:took|swallowed|taken)",
    r"found (?:\S+ ){0,4}?(?:with|w|holding|next to|beside|near) (?:an |a |the |his |her |their )?"
    r"(?:open|opened|empty) (?:\S+ ){0,3}?(?:bottles?|box|packet|pack|container|pill ?box)",
    rf"found (?:him|her|them|(?:(?:my|our|his|her) )?(?:\w+ )?{_KIN}|the baby) (?:\S+ ){{0,8}}?"
    r"(?:bottles?|box|packet|pack|container)"
    r"(?:'s| is| was| were| are)? (?:wide )?(?:open|opened|empty)",
    r"found (?:\S+ ){0,4}?(?:chewing|eating|swallowing|licking|sucking on|with) (?:\S+ ){0,4}?"
    r"(?:pills?|tablets?|capsules|patch(?:es)?|pods?|batter(?:y|ies)|magnets?|meds|medicine"
    r"|nicotine)",
    r"empty (?:\w+ )?(?:pill |medicine |medication )?bottles? (?:nearby|next to|beside|around"
    r"|by|on the floor|everywhere)",
    r"(?:pills|tablets|capsules|meds) (?:all )?(?:everywhere|all over the (?:floor|place|room"
    r"|bed)|scattered)",
    r"(?:an?|possible|suspected|intentional|accidental) o ?d(?: of| on)",
    r"(?:digoxin|lithium)\W? (?:\S+ ){0,14}?(?:coarse tremor|ataxia|halos|yellow (?:vision"
    r"|halos|tint)|slow,? (?:and )?irregular pulse|irregular,? (?:and )?slow pulse|pulse is"
    r" (?:slow|very slow|irregular|weird))",
    r"(?:seeing|sees|see) (?:yellow|green) (?:halos|rings|tint|vision)",
    r"(?:pupils|eyes)(?: are| look| went| is)? (?:really |so |very )?(?:tiny|pinpoint|pinned)",
    r"pinpoint pupils",
    r"(?:taking|took|taken|been taking|given|giving|gave) (?:it |them |\w+ )?daily instead of"
    r" weekly",
    r"x ?\d+ doses by (?:error|mistake|accident)",
    rf"(?:turned out to be|turns out it was|turns out it's|was actually|it was really) (?:some "
    rf"|the )?"
    rf"{_POISON}",
)
_PERSON = (
    r"(?:neighbou?r|boss|wife|husband|brother|sister|mother|father|mom|dad|kids|baby|teacher"
    r"|co-?worker|family|son|daughter|girlfriend|boyfriend|roommate|stepdad|stepmom|stepmum"
    r"|stepfather|stepmother|uncle|aunt|ex|ex-wife|ex-husband|landlord|manager)"
)
_SUICIDAL_HOMICIDAL = (
    r"thanks for (?:trying|everything),? (?:i|he|she) (?:won't|wont|will not) (?:be needing|need)",
    r"(?:i've|i have|ive) made up my mind,? (?:and )?(?:i )?(?:just )?(?:wanted|want) (?:somebody"
    r"|someone|you) to know",
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:saying|said|says|texted|text\w*) goodbye to (?:everyone|everybody|all of us|us all"
    r"|the family|his family|her family)",
    r"(?:wrote|written|left) (?:\S+ ){0,2}?letters (?:to|for) (?:everybody|everyone|all of us"
    r"|each of us)",
    r"(?:has|with|holding|waving|grabbed|got) (?:a|the) (?:knife|gun|machete|bat"
    r"|weapon)(?: \S+){0,6}? (?:threaten\w*|going after|attack\w*|coming at)",
    r"threatening (?:to )?(?:kill|hurt|stab|shoot)",
    r"(?:gave|giving|given) away (?:all )?(?:of )?(?:his|her|my|their) (?:\w+ )?(?:things|stuff"
    r"|belongings|possessions)",
    r"see you on the other side",
    r"(?:about to|going to|gonna|threatening to|wants to) jump(?! (?:on|in|into|up|over|rope"
    r"|start)\b)(?: \S+){0,4}? (?:off|from|in front of)|(?:standing|sitting) on the edge of (?:the"
    r" |a )?(?:\w+ )?(?:garage|roof|bridge|building|overpass|cliff)",
    r"(?:don't|dont|do not) (?:want|wanna) (?:to )?be here (?:no more|any ?more|much longer)",
    r"(?:hasn't|haven't|has not|hasnt|not|hadn't) slept (?:in|for) (?:\w+ )?days,?(?: \S+){0,6}? ("
    r"?:seeing things|hearing (?:things|voices)|paranoid|hallucinat\w*)",
    r"(?:hearing|hears|hear) voices (?:telling|that tell|that say|saying) (?:him|her|me"
    r"|them) to (?:hurt|kill|cut|harm)",
    r"(?:suicid\w*|suicidle|suicidel|sucid\w*|suiside\w*|suiced\w*|homicid(?:al|e)"
    r"|self[ -]?harm\w*)",
    # A plan in place: "made a noose", "sitting in my garage with the car running", "going to
    # take them all tonight", "thinking about driving into a tree".
    r"noose",
    r"garage with the (?:car|engine|truck|motor) (?:running|on)(?! (?:and|with) (?:the )?(?:garage"
    r" )?door (?:open|up)\b)",
    _preceded(
        (
            "take them all",
            "swallow them all",
            "take all of them",
            "take all my pills",
            "take all these pills",
            "take all my meds",
            "take the whole bottle",
            "swallow the whole bottle",
        ),
        (
            "going to",
            "gonna",
            "about to",
            "i'll",
            "i will",
            "want to",
            "wanna",
            "planning to",
            "plan to",
            "just going to",
            "just gonna",
        ),
        after=r"(?! (?:in the morning|at night|with|instead|together|each|every|daily|before"
        r"|after|is that|at once\?)\b)",
    ),
    r"(?:thinking|thought|thoughts|urge|urges|want|wanted|wanna|going|gonna|tempted|planning)"
    r" (?:about |of |to )?(?:just )?(?:driving|drive|crashing|crash|swerving|swerve|steering"
    r"|steer) (?:my |the |his |her )?(?:car |truck )?(?:into|off) (?:a |the |an )?(?:tree|wall"
    r"|bridge|pole|cliff|oncoming traffic|traffic|semi|river|lake|overpass|embankment)",
    # Nobody would care; sleep and never wake; "this is goodbye".
    r"(?:no one|nobody|noone) (?:would|will|is going to|gonna|'d|'ll) (?:even )?(?:miss|notice"
    r"|care) (?:me|him|her|if (?:i|he|she)(?:'m| am| was| were)? (?:gone|dead|died))(?= ?[,.!?]|$"
    r"| (?:if|and|when|anyway|at all)\b)",
    _preceded(
        (
            "go to sleep and never wake up",
            "sleep and never wake up",
            "fall asleep and never wake up",
            "go to sleep and not wake up",
            "fall asleep and not wake up",
        ),
        (
            "want to",
            "wanna",
            "wish i could",
            "wish i would",
            "just want to",
            "i'd like to",
            "hope i",
            "hoping i",
            "hope to",
            "wish to",
            "wants to",
            "like to",
        ),
        after=r"(?! (?:early|before|at|till|until)\b)",
    ),
    r"this is (?:goodbye|good bye|my goodbye)(?! (?:from|to)\b)(?![^.;!?]{0,60}\b(?:retir\w*"
    r"|moving|leaving|last day|new job|new practice)\b)",
    r"(?:kill|killing|end|ending|take|taking|hurt|hurting|harm|harming|cut|cutting|hang|hanging"
    r"|shoot|shooting|stab|stabbing|drown|drowning|poison|poisoning|overdose)"
    r" (?:my|him|her|them|your|our)(?:self|selves| own life| life)",
    r"(?:end|ending) (?:it all|my life|his life|her life|their life|things)",
    r"(?:want|wants|wanted|wanting|wanna) to (?:die|be dead|not be here|disappear forever)",
    r"(?:don't|doesn't|do not|does not|didn't|dont|doesnt|didnt) (?:really )?(?:want"
    r"|wanna) (?:to )?"
    r"(?:live|be alive|wake up|be here anymore|be around anymore|exist|go on)",
    r"better off (?:(?:if (?:i|he|she|they) (?:was|were) )?dead|without (?:me|him|her|them))",
    r"no reason to (?:live|go on)",
    r"(?:kill|shoot|stab|murder) (?:someone|somebody|everyone|people|them all|him|her|them"
    r"|(?:my|his|her) \w+)",
    r"(?:hurt|harm) (?:someone|somebody|everyone|people|them all|other people|others)",
    rf"(?:kill|hurt|harm|shoot|stab) (?:the|my|his|her|that|our) (?:\w+ )?{_PERSON}",
    r"thoughts (?:of|about) (?:hurting|killing|harming|dying|ending)",
    r"jump (?:off|from) (?:a|the) (?:bridge|building|roof|balcony)",
    r"(?:to|gonna|going to|will|i'll|he'll|she'll) end it(?! (?:with|early|there|here|for)\b)",
    r"(?:don't|doesn't|can't) see (?:the|any) point (?:anymore|in living|of living|in going on"
    r"|in anything)",
    r"(?:feel|feels|felt|feeling) like this is (?:the end|it)",
    r"(?:can't|cannot) (?:do|go on with) (?:this|this life|life) anymore",
    r"(?:wrote|written|writing|left) (?:\S+ ){0,2}?(?:goodbye letters|letters to (?:my|his|her)"
    r" (?:kids|family|children|wife|husband)|a goodbye note|a note saying goodbye|suicide note)",
    r"(?:note|letter) (?:\S+ ){0,4}?(?:saying|that says|that said|said) (?:goodbye"
    r"|good bye|bye forever)",
    r"(?:ideation|thoughts|s i|si|hi) with (?:a )?plan",
    r"(?:hi|s i) (?:toward|towards|against)",
    r"(?:pills|meds) (?:are )?lined up",
    r"(?:saving|saved|stockpil\w+|hoarding) (?:up )?(?:my |his |her |the )?(?:pills|meds"
    r"|medications"
    r"|them)",
    r"(?:sorted|sorting|put|putting) (?:out )?(?:my|his|her) affairs",
    r"(?:gave|giving|given) away (?:his|her|my) (?:\w+ )?(?:things|stuff|belongings|possessions"
    r"|watch)",
    r"won't be around (?:for|much|anymore|by)",
    r"(?:ways|how) to (?:end it|end my life|kill myself|die)",
    r"how (?:i'd|i would|he'd|she'd) do it",
    r"(?:scared|afraid) (?:of )?what (?:i'm|i might|i'll|he might|she might|he's|she's)"
    r" (?:going to |gonna )?do",
    r"(?:gun|rifle|pistol|shotgun|knife) (?:out|to (?:his|her|my) head)",
    # "keep thinking about hurting my stepdad", "thinking about taking them all tonight",
    # "bought a rope ... thinking about using it", "on the bridge".
    r"(?:thinking|thought|thoughts) (?:about|of) (?:hurting|killing|harming|shooting"
    r"|stabbing|ending)(?! (?:my|his|her|their|the|our) (?:\w+ )?(?:back|knee|tooth|foot|leg|arm"
    r"|ankle|wrist|neck"
    r"|shoulder|hand|business|career|contract|relationship|membership|subscription|plan|lease))",
    r"(?:thinking|thought|thoughts|planning|tempted) (?:about |of |on |to )?(?:taking|take"
    r"|swallowing|swallow) (?:them all|all (?:of )?(?:them|my|the|his|her|those)(?! (?:vitamins"
    r"|supplements|antibiotics|doses?|morning|evening|night)\b)(?: \w+)?(?: at once)?)(?! (?:in the"
    r" morning|at night|with|instead|together|each|every|daily|is that|before|after)\b)",
    r"(?:thinking|thought|thoughts|planning) (?:about |of |on |to )?using (?:it|them|the (?:rope"
    r"|gun|pills|razor|knife|blade))",
    r"(?:rope|noose|razor|razor blade|blade|gun|pills) (?:\S+ ){0,4}?(?:and )?(?:said|saying"
    r"|texted|wrote) (?:sorry|goodbye|good bye|bye)",
    r"(?:i'm|im|i am|he's|hes|she's|shes|he is|she is|they're) (?:standing |sitting )?(?:on|at)"
    r" the (?:edge of the )?(?:bridge|roof|ledge|edge|tracks|train tracks|cliff)(?!(?: \S+){0,6}?"
    r" (?:late|traffic|stuck|minutes|on my way|be there|running behind|eta))",
    r"(?:said|says|saying|told me|texted) (?:he's|she's|hes|shes|he is|she is|he was|she was"
    r"|i'm|im) (?:going to|gonna|about to) (?:kill|shoot|hang|end|hurt)",
)
_MAJOR_TRAUMA_BURNS = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:face|hands|chest|arms|legs|back)(?: and (?:his |her |my )?(?:face|hands|chest|arms"
    r"|legs))? (?:r |are |is |all |got )?blister(?:ed|ing)",
    r"(?:gunshot(?: wounds?)?|gun shot wound|stab wounds?|knife wound|impaled|amputat\w+"
    r"|degloving|polytrauma|major trauma|multiple trauma|crush injury|electrocuted|explosion"
    r"|scalded|scalding|scald|boiling (?:water|oil|pot|pan|kettle)|rollover|head[ -]on collision"
    r"|hit and run)",
    # Hot fat over a body part: "hot grease splashed all over her arms and chest".
    r"(?:hot|boiling) (?:grease|oil|cooking oil|frying oil) (?:\S+ ){0,2}?(?:splashed|spilled"
    r"|poured|went) (?:all )?(?:over|on|down) (?:\S+ ){0,2}?(?:face|chest|arms|legs|back|belly"
    r"|stomach|body|neck)",
    r"(?:got|been|was|were|he's|she's) (?:shot|stabbed|stabed)",
    r"(?:motor vehicle crash|car (?:crash|wreck|accident)|motorcycle (?:crash|accident|wreck))",
    r"(?:hit|struck|run over|ran over|knocked down) by (?:a |the )?"
    r"(?:car|truck|bus|van|vehicle|train|motorcycle)",
    r"fell (?:off|from|out of) (?:(?:a|the|his|her|my) )?(?:(?:second|third|2nd|3rd|upstairs"
    r"|top)[- ](?:story|storey|floor) )?(?:roof|ladder|balcony|scaffold\w*|building|horse|tree"
    r"|second floor|third floor|window)",
    rf"fell (?:about |like |over |almost )?(?:\d+|{_SMALL}|a few|several|two or three)"
    r" (?:feet|foot|stories|storeys|floors|flights)",
    rf"(?:fell|fall|fallen|falling) (?:from |of )?(?:about |approximately |approx |around |over "
    rf"|nearly |almost |like |~ )?(?:\d+|{_SMALL}|a few|several) ?(?:feet|foot|ft|meters|metres|m"
    r"|stories|storeys|floors)",
    r"(?:severe|bad|major|big|large|deep|third degree|3rd degree|second degree|2nd degree|chem"
    r"|alkali|lye"
    r"|chemical|electrical|partial thickness|full thickness) burns?",
    r"burn(?:ed|t|s)? (?:over|all over|covering|down) (?:his|her|my|their|the) (?:\w+ )?"
    r"(?:body|chest|back|arms?|legs?|face|stomach)",
    r"burn(?:ed|t) (?:really |real |pretty |so |very )?(?:bad|badly)",
    # A vehicle over, a person under or caught: "car flipped over, he's pinned inside",
    # "crushed under the car he was working on", "hand caught in the wood chipper".
    r"(?:car|truck|suv|van|vehicle|jeep|tractor|atv|four wheeler) (?:flipped|rolled)(?: over)?"
    r"(?! (?:over|the|a|an|my|his|her|down|back|forward|onto|up)\b)",
    r"(?:pinned|trapped) (?:inside|in|under|beneath) (?:the |a |his |her )?(?:car|truck|vehicle"
    r"|wreck|wreckage|rubble|tractor|machine|atv|debris)(?![^.;!?]{0,30}\b(?:traffic|snow|rain"
    r"|parking|drive-?thru|line|late)\b)",
    r"pinned inside",
    r"(?:crushed|pinned|trapped) (?:under|beneath|between|by) (?:a |the |his |her )?(?:\w+ ){0,2}?"
    r"(?:car|truck|tractor|vehicle|tree|forklift|machine|wall|pallet|load|beam|shelf|shelving|atv"
    r"|trailer|equipment)",
    r"(?:caught|stuck|pulled|sucked|mangled) in(?:to)? (?:the |a )?(?:wood ?chipper|chipper"
    r"|machine|machinery|auger|press|conveyor|meat grinder|grinder|snow ?blower|lawn ?mower"
    r"|table saw|saw blade|roller)",
    # Fireworks in a hand or a face.
    r"(?:firework|fireworks|firecracker|m-?80|cherry bomb) (?:\S+ ){0,3}?(?:went off|exploded"
    r"|blew up|blew off) (?:in|near|on|at) (?:his|her|my|their) (?:hand|face|eyes?|fingers?)",
    r"(?:caught (?:on )?fire|set (?:himself|herself) on fire)",
    # A crushed finger hurts and is seen today; a severed one, or a crushed limb, is major.
    r"(?:hand|arm|leg|foot|chest|pelvis) (?:got |was |were |is )?"
    r"(?:crushed|mangled|severed|amputated|cut off)",
    r"fingers? (?:got |was |were |is )?(?:severed|amputated|cut off)",
    r"(?:cut|sliced|chopped|sawed) off (?:his|her|my|a|the) (?:\w+ )?(?:finger|toe|hand|thumb)",
    r"(?:thrown|ejected) from (?:a|the) (?:car|vehicle|motorcycle|bike)",
    r"(?:burns|burned|burnt) (?:to|across|over|all over|covering|down) (?:his|her|my|their|the"
    r"|both)"
    r" (?:\w+ )?(?:body|chest|back|arms?|legs?|face|neck|hands?|eyes|forearms?)",
    r"(?:face|chest|arms?|hands?|forearms?|neck|legs?|eyes) (?:is |are |got |were |was )?(?:all )?"
    r"(?:burned|burnt|blistering|blistered|charred)",
    r"(?:grease fire|house fire|kitchen fire|chemical splash|oven cleaner|singed|white and leathery"
    r"|soot)",
    r"(?:acid|alkali|lye|bleach|cement|lime|chemicals?) (?:\S+ ){0,3}?(?:in|into) (?:his|her|my"
    r"|both|the) eyes?",
    r"(?:motor vehicle|vehicle|high[- ]speed|head[- ]on) (?:collision|crash|accident|wreck)",
    r"(?:electrical (?:injury|contact|shock|burn)|high[- ]voltage)",
    r"(?:fell|fallen|falling|tumbled) down (?:a |the )?(?:whole )?flight of stairs",
    r"(?:open|compound) fracture|pelvic (?:injury|fracture|instability)",
    r"(?:big|large|huge) blisters",
    # Burns over more than one part ("burned by steam, arms and chest"), blistering badly.
    r"(?:burn(?:ed|t)|scald(?:ed|ing)?) (?:\S+ ){0,4}?(?:face and (?:chest|neck|arms?|hands?)"
    r"|(?:arms?|hands?|legs?|back|neck) and (?:chest|face|back|neck)|(?:arms?|hands?) and legs?"
    r"|legs? and arms?|chest and (?:arms?|face|neck|stomach|belly|back))(?! (?:a (?:little|bit)"
    r"|slightly|mildly)\b)(?!(?: \S+){0,4}? (?:in the sun|at the beach|tanning|sunburn|from the"
    r" sun|sunbed))",
    # A long lie, a fall into ice water, a fall onto a pregnant belly, bone through the skin.
    r"(?:floor|ground) (?:\S+ ){0,2}?(?:for (?:hours|\w+ hours|\d+ hours"
    r"|a long time|the night|all night|ages|over an hour|most of the night)|since (?:last night"
    r"|yesterday|this morning|the night|early this morning))",
    r"(?:fall|fell|down|been down|floor) (?:of |for )?(?:an )?unknown (?:duration|time|length of"
    r" time)|long lie|unknown how long (?:\w+ )?(?:down|on the floor|there)",
    r"(?:fell|fallen|went|gone|falling|broke) (?:through|thru) (?:the )?ice",
    r"(?:drowning(?! in)|drowned|near drowning|near-drowning|pulled (?:him|her"
    r"|them) out of the (?:water"
    r"|pool|lake|river|bath))",
    r"(?:fell|fall|fallen|landed|tripped|slipped) (?:\S+ ){0,6}?(?:on|onto) (?:her|my|the) (?:belly"
    r"|bump|pregnant belly)(?![^.;!?]{0,40}\bnot pregnant)",
    r"bone (?:\S+ ){0,2}?(?:sticking|poking|coming) (?:out )?(?:through|thru) (?:the |his |her "
    r"|my )?"
    r"skin",
    r"(?:fell|fall|fallen|landed) (?:\S+ ){0,10}?(?:numb\w*|can't feel|cant feel|can't move"
    r"|cant move|paralyz\w*|paralys\w*) (?:in )?(?:both )?(?:legs|arms|feet)",
    r"(?:fell|tumbled|fallen|falling) all the way down",
)

# The caller fears for a life and names no sign: "I think he's dying", "something is really
# wrong with my dad", "she's not right, please send someone". A person must be the subject or
# object ("something's wrong with my bill", "I'm dying to know", "dying my hair" are not).
# Most start at the rarer word and check the common ones before it by look-behind
# (``_preceded``), so that the locator does not stop at every "he's", "my son" or "please".
_FOR_A_LIFE = rf"(?:him|her|them|(?:(?:my|his|her|our|the) )?(?:\w+ )?{_KIN}(?![\w']))"
_SOMETHING = ("something", "sumthin", "somethings", "something's")
_WRONG = tuple(
    f"{thing}{verb}{very}"
    for thing in _SOMETHING
    for verb in ("", " is")
    for very in ("", " really", " very", " so", " seriously", " badly")
)
#: Who is dying: "he's", "i'm really", "my husband is" (any "is" but a thing's: not "my phone
#: is dying", "the battery's dying", "i think my tooth is dying").
_DYING_WHO = (
    *(
        f"{who}{how}"
        for who in (*_SHE_WORDS, "i'm", "im", "i am", "we're")
        for how in ("", " really", " just")
    ),
    "is", "is really",
)  # fmt: skip
_NOT_A_THING = "".join(
    f"(?<!{thing}{verb} {form})"
    for thing in ("it", "that", "anyone", "anybody", "nobody", "no one", "someone", "everyone",
                  "phone", "battery", "tooth", "nerve", "plant", "tree", "car",
                  "laptop", "computer", "business", "garden", "lawn", "grass", "flowers", "fish")
    for verb in (" is", "'s")
    for form in ("dying", "going to die")
)  # fmt: skip
_NOT_FIGURATIVE = (
    r"(?! (?:to|for|of|from|my|his|her|their|the|it|your|laughing|here|inside|if|when|waiting"
    r"|hair|on hospice|in hospice|and on hospice)\b)"
    r"(?![^.;!?]{0,50}\b(?:hospice|palliative|terminal|end of life|end-of-life)\b)"
)
#: After "not right", "not okay": it is about something else ("not okay with the time").
_NOT_ABOUT_THAT = (
    r"(?!-)(?! (?:with|for|to|about|that|sure|enough|yet|happy|here|in|now\?|if|as|without"
    r"|at (?!all))\b)"
)
#: Not a call about a login, a bill or a form ("I need help now, I can't log in").
_NOT_ADMIN = (
    r"(?![^.;!?]{0,60}\b(?:log ?in|login|portal|password|bill|billing|account|app|website"
    r"|payment|insurance|refill|appointment|form|forms|records)\b)"
)
_CALLER_ALARM = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:something(?:'s| is)?|somethings) (?:terribly|really|realy|very|seriously|badly"
    r"|horribly) wrong(?= ?[,.!?]|$| with (?:him|her|them|my (?:\w+ )?(?:husband|wife|dad|father"
    r"|mom|mother|son|daughter|brother|sister|baby|kid|child|partner|boyfriend|girlfriend|grandma"
    r"|grandpa|friend|neighbou?r|roommate|toddler)|the baby))",
    r"(?:he|she|they) (?:looks?|looking) (?:really,? |so |very )+(?:bad|awful|terrible|horrible"
    r"|gr[ae]y)",
    r"you (?:have to|gotta|got to|need to) help(?= ?[,.!?]|$| (?:me|us|him|her) ?[,.!?])",
    r"please hurry|hurry,? please",
    _preceded(("wrong with",), _WRONG) + f" {_FOR_A_LIFE}",
    _preceded(("wrong with",), _WRONG)
    + r" (?!(?:it|this|that|the|my|your|our|his|her|their|me|us|everything|something|billing"
    r"|insurance|portal|website|app|system|account|payment|invoice|bill|order|phone|printer|claim"
    r"|statement|email)\b)[a-z]+(?=[,.!]| please)",
    _preceded(("badly wrong",), tuple(f"{t}{v}" for t in _SOMETHING for v in ("", " is"))),
    # One subject, then what the caller says of them: "she's not right", "he's really not
    # okay", "she isn't right at all", "he's in trouble", "she's really bad", "he looks terrible".
    r"(?:he's|she's|hes|shes) (?:"
    r"(?:(?:is|just|really|seriously|definitely|so|still|honestly|totally|completely"
    r"|absolutely),? )*(?:not|isn't|isnt) (?:(?:really|at all|quite|acting"
    r"|looking|doing|feeling|like),? )*(?:right|okay|ok|herself|himself|themselves|themself"
    r"|responding right|with it|rite)" + _NOT_ABOUT_THAT + "|"
    r"(?:is |really )?(?:not|isn't|isnt) (?:doing )?(?:well|good) at all|"
    r"(?:is )?in (?:real |serious |big |bad )?trouble(?= ?[,.!?]|$| (?:please|help|now|i|we"
    r"|and (?:i|we)))|"
    r"(?:(?:is|just|looks?|looking|seems?|so|really|very|real|seriously|honestly),? )*"
    r"(?:really|so|very|real|seriously|terribly)(?: really)? (?:bad|terrible|awful|horrible|wrong"
    r"|grey|gray)(?! (?:at|with|about|mood|cold|flu|cough|back|headache|rash|allergies|case|day"
    r"|temper|tempered|toothache|sunburn|acne|diarrh\w*|stomach|tummy|ear|knee|hip|shoulder|since"
    r"|for)\b)|"
    r"(?:just |really )?(?:looks|look|is looking|seems) (?:(?:really|so|very|just|absolutely),? )*"
    r"(?:terrible|awful|horrible|wrong|grey|gray|like death|like (?:he's|she's|hes|shes|he is"
    r"|she is) dying)(?! (?:at|with|about|from|since|for|in)\b)"
    r")",
    # The same after a bare "he" or "she", with fewer words between (the locator would stop at
    # every "she said").
    r"(?:he|she) (?:is |just |really )*(?:not|isn't|isnt) (?:(?:really|at all|quite|acting|looking"
    r"|doing|feeling|like),? )*(?:right|okay|ok|herself|himself|responding right|with it|rite)"
    + _NOT_ABOUT_THAT,
    r"(?:he|she) (?:is |just )*(?:really|so) (?:bad|terrible|awful|horrible|wrong|grey"
    r"|gray)(?! (?:at"
    r"|with|about|mood|cold|flu|cough|back|headache|rash|since|for)\b)",
    r"(?:he|she) (?:just |really )?looks (?:(?:really|so|very|just|absolutely),? )*(?:terrible"
    r"|awful"
    r"|horrible|wrong|grey|gray|like death)(?! (?:at|with|about|from|since|for|in)\b)",
    r"(?:he|she) is in (?:real |serious |big |bad )?trouble(?= ?[,.!?]|$| (?:please|help|now|i|we"
    r"|and (?:i|we)))",
    # "my mom is not herself", "my son is not acting right"
    rf"{_KIN}(?: just| really)?(?:(?:'s| is)(?: just| really| so| seriously)? (?:not|isn't|isnt)"
    r"| isn't| isnt) (?:really |quite |acting |acting like |like |at all )?(?:right|okay|ok"
    r"|herself|himself|normal|with it|well at all)" + _NOT_ABOUT_THAT,
    # "my son is real bad, he's gray", "my grandpa looks like death".
    rf"{_KIN}(?:'s| is) (?:(?:just|really|real|very|seriously) )*(?:really|real|very|seriously)"
    r" (?:bad|awful|terrible)(?= ?!|$|,? (?:please|right now|now|help|and (?:getting|not|won't"
    r"|can't))\b|,? (?:he's|she's|hes|shes|he is|she is) (?:gr[ae]y|pale|blue|cold|clammy|barely"
    r"|not|limp|floppy|gasping|moaning|really|so)\b)",
    rf"{_KIN}(?:'s| is)? (?:just |really )?(?:looks|looking|look) (?:(?:really|so|very|just"
    r"|absolutely),? )*(?:terrible|awful|horrible|gr[ae]y|like death|like (?:he's|she's|hes|shes"
    r"|he is|she is) dying)(?! (?:at|with|about|from|since|for|in|warmed)\b)",
    # "I think he's dying", "my husband is dying", "I'm going to die", "he might die"
    _preceded(("dying", "dieing", "going to die", "gonna die", "about to die"), _DYING_WHO)
    + _NOT_A_THING
    + _NOT_FIGURATIVE,
    _preceded(("slipping away", "fading away", "fading fast"), _DYING_WHO) + _NOT_A_THING,
    _preceded(
        ("die",),
        (
            *(
                f"{who} {may}"
                for who in ("he", "she", "they", "i")
                for may in ("might", "could", "may", "will", "is going to", "is gonna")
            ),
            *(f"{who}'s going to" for who in ("he", "she")),
            *(f"{who}'ll" for who in ("he", "she", "i", "they")),
        ),
    )
    + _NOT_FIGURATIVE,
    # "I think we're losing her"
    _preceded(
        ("losing him", "losing her", "losing them"),
        ("we're", "we are", "were", "i'm", "im", "i am", "we", "we're slowly", "i think we"),
    )
    + r"(?! (?:to|patience|hope|weight|hair|sleep|as)\b)",
    _preceded(("going",), ("think he's", "think she's", "think hes", "think shes", "think he is"))
    + r"(?= ?[,.!]|$| (?:please|now|fast|quick))",
    # The caller's own word: "this is an emergency", not a greeting's "if this is an emergency"
    # nor "I don't think it's an emergency".
    r"(?:this|it)(?:'s| is|s) (?:an? )?(?:real |medical |true )?emergency(?! (?:room|department"
    r"|dept|contact|number|line|visit|appointment|appt|fund|kit|plan|form|card|bill|services?"
    r"|clinic|dental|vet|care|alert|pendant|button|system|response|generator|lighting|notice"
    r"|preparedness|supply|supplies|loan|funding)\b)"
    + "".join(
        f"(?<!{pre} {subject} {kind}emergency)"
        for pre in (
            "if",
            "unless",
            "whether",
            "or not",
            "in case",
            "don't think",
            "dont think",
            "do not think",
            "not saying",
            "not sure",
            "but",
        )
        for subject in ("this is", "it's", "its", "it is", "this's")
        for kind in ("an ", "a real ", "a medical ", "a true ", "an actual ", "")
    ),
    # "I'm scared he's not gonna make it", "hes not gonna make it if y'all don't hurry" (not
    # "to the appointment").
    _preceded(
        ("not gonna make it", "not going to make it", "won't make it", "not gonna survive"),
        tuple(
            f"{fear}{who}"
            for fear in ("scared ", "afraid ", "worried ", "terrified ", "")
            for who in ("he's", "she's", "hes", "shes", "he", "she")
            if fear or who not in ("he", "she")
        ),
        after=r"(?! (?:to|in|on|by|for|today|tomorrow|tonight|there|back|home|until|till|into"
        r"|out)\b)",
    ),
    # "somebody please help", "we need help right now", "she's going downhill fast".
    # Not a request ("can someone please help me with my bill").
    _preceded(
        ("please help",),
        ("somebody", "someone", "anybody", "anyone", "somebody,", "someone,"),
        after=r"(?!(?: me| us)? (?:with|to|figure|find|understand|get|log|sign|access|out with)\b)"
        + _NOT_ADMIN,
    )
    + "".join(
        f"(?<!{can} {who} please help)"
        for can in ("can", "could", "would", "will")
        for who in ("somebody", "someone", "anybody", "anyone")
    ),
    _preceded(
        ("help right now", "help now", "help immediately", "help asap", "help fast", "help quick"),
        ("need", "needs"),
        after=r"(?! (?:with|to|for|figuring|getting|logging|finding|understanding|paying)\b)"
        + _NOT_ADMIN,
    ),
    _preceded(
        (
            "going downhill fast",
            "going downhill quick",
            "going downhill quickly",
            "going downhill so fast",
            "going downhill really fast",
        ),
        (
            *_SHE_WORDS,
            "he is",
            "she is",
            *(f"{k}'s" for k in _KIN_WORDS),
            *(f"{k} is" for k in _KIN_WORDS),
        ),
        after=r"(?! (?:with|since|over|these|this|the last|lately|mentally|memory)\b)",
    ),
    # Asking for help now: "send someone now", "I need an ambulance", "please, somebody".
    r"send (?:someone|somebody|an ambulance|help|a doctor|paramedics|the paramedics|an ems|911)"
    r"(?: (?:over|out|here|now))?(?= ?[,.!?]|$| (?:now|quick|quickly|fast|right away|immediately"
    r"|please|asap|to help|here))",
    _preceded(
        ("ambulance",),
        ("need an", "needs an", "need the", "need", "send an", "send the", "sending an"),
    )
    + r"(?! (?:bill|company|claim|charge|invoice|ride last|last)\b)",
    r"(?:phone|line) (?:right )?now"
    + "(?:"
    + "|".join(
        f"(?<={get}{who} on the {line} now)|(?<={get}{who} on the {line} right now)"
        for get in ("get ", "get a ", "get the ", "get any ")
        for who in ("doctor", "nurse", "someone", "somebody", "anyone", "anybody")
        for line in ("phone", "line")
    )
    + ")"
    + r"(?! (?:about|regarding|re|for|to (?:discuss|talk about|go over))\b)",
    rf"(?:help|hurry),? (?:me |us )?(?:please,? )?(?:it's|its|it is) my {_KIN}",
    _preceded(("somebody", "someone", "anybody", "anyone"), ("please", "please,"))
    + r"(?= ?[,.!?]|$| (?:help(?! (?:me |us )?(?:with|to|figure|find|understand|get|log|sign"
    r"|access))|please|come|do something))",
    _preceded(("somebody", "someone", "anybody", "anyone"), ("can", "could"))
    + r" (?:please )?(?:come|send someone)(?= ?[,.!?]|$| (?:now|please|quick|here|over|right"
    r" away))",
    # "he's in a bad way", "she's really bad", "he looks terrible", "worse than I've ever seen"
    r"worse than (?:i've|ive|i have|we've|weve|i|(?:she|he|they) (?:has|have)|she's|he's)"
    r" (?:ever )?seen (?:him|her|them)",
    _preceded(
        ("bad way", "terrible way", "awful way", "serious way"),
        ("in a", "in a really", "in a very", "in a real", "in such a", "in"),
    )
    + r"(?! (?:financially|with (?:money|the bills?|bills|debt)|money)\b)",
)

# --- urgent, not immediately life-threatening --------------------------------------------------
_INFANT_FEVER = (r"(?:febrile|feverish) (?:newborn|neonate|infant)", r"neonatal fever")
_SEVERE = (
    r"(?:severe|severely|excruciating|excrutiating|excruciting|unbearable|intense|extreme"
    r"|terrible|horrible|horrific|worst|agonizing|agonising|debilitating|crippling|awful"
    r"|really really bad|10 out of 10|ten out of ten|screaming|blinding|rapidly worsening"
    r"|sudden severe)"
)
_PAIN = (
    r"(?:pain|pains|pane|headache|head ache|migraines?|stomach ache|stomachache|belly ache"
    r"|toothache|tooth ache|cramps|cramping)"
)
_SEVERE_PAIN = (
    rf"{_SEVERE} (?:\w+ ){{0,3}}{_PAIN}",
    rf"{_PAIN}(?: \S+){{0,5}}? (?:so |really )?(?:unbearable|excruciating|agonizing|severe"
    r"|getting worse (?:fast|quickly|by the hour)|worse by the (?:hour|minute)|a (?:10|ten)"
    r"|(?:9|10|nine|ten) out of (?:10|ten)|(?:9|10)/10|through the roof|off the charts)",
    r"worst (?:headache|pain) of (?:my|his|her|their) life",
    r"thunderclap headache",
    rf"{_CANT} (?:stand|bear|take|handle) (?:the|this|that) pain",
    r"(?:screaming|crying|writhing|doubled over|rolling around) (?:in|with|from) (?:the )?pain",
    r"(?:in|such) (?:agony|so much pain|unbearable pain)",
    r"(?:like|it's) a (?:10|ten|nine|9)(?: out of (?:10|ten))?(?! (?:minute|day|hour|year|week))",
    r"(?:killing me|nothing (?:is )?(?:touch(?:ed|es|ing)|help(?:s|ed|ing))|like nothing (?:i've|i"
    r"|he's"
    r"|she's) ever (?:had|felt))",
    r"(?:can't|cannot|unable to) (?:sit still|stand up straight|stand straight|get comfortable)",
    r"(?:rigid|hard like a board|board[- ]like) (?:belly|abdomen|stomach)|(?:belly|abdomen|stomach)"
    r" (?:is |feels )?(?:rigid|hard like a board|hard as a board)",
    r"(?:curled up|pacing|writhing|doubled over) (?:\w+ ){0,3}(?:in pain|on the|around|with)",
    r"(?:pain|ache|hurting|headache)(?:'s| is| has)? (?:got(?:ten)? |been )?(?:(?:a lot|much"
    r"|quite a lot"
    r"|way|steadily|even) )?(?:worse (?:and worse|every hour|by the hour|fast|quickly)"
    r"|worse even with)",
    r"(?:sudden|suddenly) (?:\w+ ){0,2}(?:pain|ache) in (?:his|her|my|the) (?:testicle|testicles"
    r"|groin|scrotum|eye)",
    r"(?:testicle|testicular|scrotal) (?:pain|torsion|swelling)",
    r"(?:eye|eyes) (?:is |are |has become |became )?(?:(?:very|really|so|unbelievably|extremely) )"
    r"(?:painful|sore)",
    r"(?:metal|chemical|glass|grit) (?:\S+ ){0,2}(?:flew|went|got|splashed) (?:in|into) (?:my|his"
    r"|her)"
    r" eye",
)
_TOOTH = r"(?:front |back |top |bottom |adult |permanent |two |both |baby |\w+ )?(?:tooth|teeth)"
_BROKEN = r"(?:broken|cracked|snapped|shattered|fractured|broke|split)"
#: Right after a broken tooth: it does not hurt ("piece of my tooth broke off no pain").
_PAINLESS = (
    r"(?!(?: off| in half)?,? (?:but )?(?:no pain|doesn't hurt|does not hurt|not painful|painless"
    r"|without (?:any )?pain|no discomfort|it doesn't hurt|and it doesn't hurt))"
)
#: After a chipped tooth, within the sentence: what makes a chip urgent.
_CHIP_URGENT = (
    r"(?:really bad|badly|bad|in half|fell|falling|fall|hit|playing|game|practice|accident|crash"
    r"|punch\w*|bleeding|(?<!no )(?<!any )pain|(?<!doesn't )(?<!not )hurts|nerve|pulp|pink)"
)
_DENTAL_TRAUMA = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:tooth|teeth) (?:\S+ ){0,2}?knocked (?:clean |right |completely |all the way )?out",
    rf"(?:knocked|knock|knocks|nocked|knocking) (?:out )?(?:{_WHOSE} |two |both )?{_TOOTH}",
    r"(?:tooth|teeth) (?:got |was |were |has been |have been |just |is |are )?"
    r"(?:knocked|nocked) (?:out|loose|back|in)",
    rf"{_BROKEN} (?:off )?(?:{_WHOSE} |two |both |part of (?:a |his |her |my )?)?{_TOOTH}"
    rf"{_PAINLESS}",
    rf"(?:tooth|teeth) (?:got |was |were |is |are |just )?(?:{_BROKEN}|pushed (?:up|in|back)"
    rf"|avulsed){_PAINLESS}",
    rf"(?:chipped|chiped|chip) (?:\S+ ){{0,4}}?(?:tooth"
    rf"|teeth)(?: [^\s.;!?]+){{0,5}}? {_CHIP_URGENT}",
    rf"(?:tooth|teeth) (?:\S+ ){{0,2}}?(?:chipped|chiped)(?: [^\s.;!?]+){{0,3}}? {_CHIP_URGENT}",
    r"(?:avulsed|avulsion|dental trauma|tooth fracture|dental injury)",
    r"(?:fractured|broken|cracked|avulsed) (?:upper |lower |front |permanent |central )*"
    r"(?:incisors?|molars?|canines?|premolars?)",
    r"(?:tooth|teeth) (?:came|fell|popped) out (?:when|after|in) (?:\w+ ){0,3}"
    r"(?:fell|fall|hit|accident|game|crash|punch\w*|fight)",
    r"(?:tooth|teeth) (?:is |are |was |came |got |has been )?(?:completely|totally|all the way"
    r"|clean"
    r"|knocked) (?:out|gone)",
    r"(?:tooth|teeth) (?:is |are |was |got |has been )?(?:pushed (?:up|in|back|way back)|intruded"
    r"|displaced)",
    r"(?:tooth|teeth) (?:are |is |were |was )?(?:loose|wobbly|mobile) (?:and|after) (?:\w+ )?"
    r"(?:bleeding|shifted|displaced|the|a|he|she|i)",
    r"(?:hit|punched|elbowed|struck|kicked|smacked|whacked) (?:\S+ ){0,3}?(?:in|to) the (?:mouth"
    r"|teeth)",
    r"(?:elbow|ball|puck|stick|fist|punch|knee|head) (?:to|in) the (?:mouth|teeth)",
    r"(?:tooth|teeth) (?:\S+ ){0,3}?in (?:\S+ ){0,3}?(?:milk|saline)",
    r"(?:tooth|teeth|molar|incisor|half (?:of )?(?:my|the|his|her) (?:tooth|molar)) (?:\S+ ){0,3}?"
    rf"(?:cracked|broke|snapped|split|sheared) (?:right |clean |straight )?off{_PAINLESS}",
    r"(?:fractured|chipped|broken|knocked out|avulsed|mobile|displaced|loose)(?<!crown loose)"
    r"(?<!filling loose)(?<!bridge loose)(?<!cap loose)(?<!veneer loose)(?<!temp loose) #\d+",
    r"(?:intruded|intrusion|luxat\w+|avulsing|pulp exposure|exposed pulp|pink (?:dot|showing))",
)
_FACIAL_SWELLING = (
    r"(?:face|cheek|cheeks|jaw|jawline|side of (?:my|his|her|the) face) (?:\w+ )?"
    r"(?:is |are |has |have |got |getting |started |keeps |been |gone |all )*"
    r"(?:really |so |very )?(?:swollen|swelling|swelled|puffed up|blown up|ballooned|swole)",
    r"swollen (?:\w+ )?(?:face|cheek|cheeks|jaw)",
    r"swelling (?:in|of|on|under|around) (?:my|his|her|the|their) (?:\w+ )?"
    r"(?:face|cheek|cheeks|jaw|chin|eye)",
    r"(?:facial swelling|facial cellulitis|ludwig's angina|submandibular swelling)",
    r"swelling under (?:the|his|her|my) (?:jaw|chin|tongue)",
    r"eye (?:is )?swollen shut",
    r"swelling (?:is )?(?:spreading|moving|going) (?:to|into|up|down) (?:his |her |my |the )?"
    r"(?:face|cheek|eye|neck|jaw)",
    r"(?:swell\w*|swollen|puffy|blew up|blown up) (?:\S+ ){0,5}?(?:spreading|going|moving|creeping)"
    r" (?:down|up|to|into|toward|towards) (?:\S+ ){0,2}?(?:neck|eye|ear|face|jaw|cheek)",
    r"(?:face|cheek|jaw|eye)(?:'s)? (?:(?!(?:little|bit|slightly|mildly|somewhat"
    r"|tiny)\b)\S+ ){0,3}?"
    r"(?:blew up|swelling shut|swollen shut|puffy"
    r"|swell in"
    r"|swallow in|more swollen|swollen up)",
    r"(?:trismus|submandibular swelling|(?:can|could)(?:n't| barely| not) open (?:my|his"
    r"|her) mouth)",
    r"swelling (?:\S+ ){0,3}?(?:below|under|in front of|along) (?:the |his |her |my )?(?:jaw|ear"
    r"|chin)",
)
_OPERATION = (
    r"(?:surgery|operation|procedure|extractions?|biopsy|implant|c section|tonsillectomy"
    r"|circumcision|vasectomy|root canal|oral surgery|tonsils (?:out|removed)|ext|polypectomy"
    r"|tonsillectomy|septoplasty|sinus surgery|knee surgery|hip replacement|knee replacement"
    r"|arthroplasty|excision|polyp (?:removed|taken out)|tooth out|teeth out"
    r"|tooth (?:was )?(?:pulled|puled|removed|taken out|extraction|ext)"
    r"|teeth (?:were )?(?:pulled|removed|taken out)"
    r"|wisdom (?:tooth|teeth)(?: removal| (?:pulled|removed|out))?)"
)
#: Right after bleeding or oozing: a little, as expected after a procedure.
_MILD = (
    r"(?! (?:a (?:little|bit|tiny bit|touch|small amount)|slightly|just a (?:little|bit|touch)"
    r"|lightly|a tiny bit|very little|minimally|a smidge)\b)"
)
_POSTOP_BLEEDING = (
    r"(?:gauze|gauzes)(?: (?:is|are|keeps|keep|getting))? (?:full|soaked"
    r"|soaking)(?: of blood)?(?: \S+){0,3}? every",
    rf"(?:bleeding|bleed|oozing blood){_GAP}{{0,5}}? (?:after|since|from) (?:\S+ ){{0,3}}?"
    rf"{_OPERATION}",
    rf"(?:(?:status )?post |after (?:a |an |the |my |his |her )?)?{_OPERATION}{_GAP}{{0,8}}?"
    rf" (?:bleeding|oozing|spitting (?:up )?blood|pouring blood|gushing blood){_MILD}",
    r"(?:extraction|surgical|incision|operation) site (?:is |keeps |still |started )*"
    r"(?:bleeding|oozing)",
    rf"(?:socket|incision|stitches|sutures|drain){_GAP}{{0,5}}? (?:is |are |keeps |keep "
    r"|still |started |won't stop )*(?:bleeding|oozing blood|pouring|gushing"
    r"|filling (?:up )?with blood)",
    r"(?:post ?op(?:erative)?|post[- ](?:extraction|tonsillectomy|surgical))"
    r" (?:bleeding|bleed|hemorrhage|haemorrhage)",
    r"gauze (?:is |keeps |keep |still )*(?:soaked|soaking|filling (?:up )?with blood"
    r"|full of blood|bright red)",
    rf"{_OPERATION}{_GAP_IN}{{0,14}}? (?:still bleeding"
    r"|bleeding (?:steadily|a lot|all day|again|heavily)|spit(?:ting)? (?:out "
    r"|up )?(?:some )?(?:fresh |bright red )?"
    r"blood|passing blood|(?:soaked|saturated) (?:\w+ )?(?:with )?blood|filling (?:my|his"
    r"|her) mouth"
    r" with blood|covered in blood|leaking blood|blood and clots)",
    r"(?:excision|biopsy|ext|implant|surgical|wound|incision) site (?:\S+ ){0,3}?(?:bleeding"
    rf"|oozing){_MILD}",
    r"(?:dressing|bandage|gauze|pillow)s? (?:is |was |are |got |has |have )?(?:been )?(?:soaked"
    r"|saturated|soaking|covered)(?: through)? (?:with |in )?(?:blood|through)",
    r"(?:post[- ]?(?:op|operative|ext|extraction)|pod ?\d|post-operative day) (?:\S+ ){0,4}?"
    r"(?:bleeding|blood|haemorrhage|hemorrhage)",
    r"(?:still|keeps|won't stop|hasn't stopped) (?:bleeding|oozing) (?:\S+ ){0,6}?(?:from|where"
    r"|since)"
    r" (?:\S+ ){0,4}?(?:tooth|surgery|extraction|socket|procedure|operation|tonsils)",
    r"(?:polyp|polyps|mole|tooth|teeth|tonsils|wisdom teeth) (?:\S+ )?(?:removed|taken out|out"
    r"|pulled)"
    rf"{_GAP_IN}{{0,10}}? (?:bleeding|blood)(?<!bit of blood)(?<!little blood)(?<!spot of blood)"
    r"(?<!trace of blood)(?<!tinge of blood)(?<!touch of blood)(?<!streak of blood)"
    r"(?<!streaks of blood)(?<!little bleeding)(?<!bit of bleeding)"
    rf"(?! (?:test|tests|work|pressure|sugar|thinner|thinners"
    rf"|draw"
    r"|count|results?))",
)
_WOUND_INFECTION_FEVER = (
    r"red streaks? (?:\w+ ){0,2}(?:up|from|on|along) (?:his|her|my|the) (?:\w+ )?"
    r"(?:arm|leg|hand|foot|wound|incision)",
    r"(?:sepsis|septic)",
    r"red (?:line|lines|streak|streaks) (?:\w+ ){0,2}(?:going|spreading|running|moving|up)",
    r"(?:red|redness) (?:is |was )?(?:spreading|getting bigger|moving) (?:\w+ ){0,3}(?:out|up"
    r"|around"
    r"|from)",
)
_PREGNANT = (
    r"(?:pregnant|pregnancy|pregnet|pregant|weeks along|weeks gestation|gestational"
    r"|(?:first|second|third) trimester|expecting a baby)"
)
_NOT_FELT = (
    r"(?:don't|do not|can't|cannot|haven't|have not|didn't|not|hasn't|has not) (?:really |even )?"
)
_PREGNANCY = (
    r"(?:baby|babies|fetus) (?:is |has )?(?:hasn't|has not|isn't|is not|not|stopped"
    r"|has stopped|hasnt|isnt|hardly|barely|not really|hasn't really)(?: been)?"
    r" (?:moving|kicking|moved|kicked)",
    r"(?:baby|babies|fetus) (?:is |has been |'s )?(?:moving|kicking) (?:a lot |much )?less",
    r"(?:haven't|have not|havent|didn't|did not|can't|cannot|not) (?:felt|feel|feeling)"
    r" (?:the |my )?(?:baby|babies|fetus|any) (?:move|moving|kick|kicking|movement)",
    r"(?:decreased|reduced|less|fewer|decrease in|no|not much|barely any|hardly any|slowed)"
    r" (?:fetal|foetal|baby|the baby's|baby's) (?:movement|movements|kicks|kicking)",
    r"(?:fewer|less|no|not many|hardly any|barely any) kicks",
    r"(?:decreased|reduced|less|no) (?:f ?m|fetal movements?)",
    r"(?:fetal|foetal) movements? (?:is |are |have |has )*"
    r"(?:decreased|reduced|down|less|stopped)",
    r"(?:dfm|rfm|miscar\w*|placental abruption|abruption|previa bleed\w*)",
    r"(?:water|waters) (?:just |has |have )?(?:broke|broken)",
    rf"{_PREGNANT}{_GAP}{{0,6}}? (?:bleeding|spotting|passing clots|clots|gush of blood)",
    rf"(?:bleeding|spotting|passing clots){_GAP}{{0,6}}? {_PREGNANT}",
    r"(?:ectopic|ruptured ectopic|miscarrying|threatened abortion|placenta previa)",
    r"(?:moving|kicking|movements?|kicks) (?:(?:a lot|way|much|really|so|have been|has been|are|is"
    r"|been) )*(?:less|weaker|weak|fewer|reduced|quieter|decreased|down)(?! (?:pain|often now))",
    _NOT_FELT + r"(?:feel|felt|noticed|notice|kicked|moved) (?:the baby|baby|one of them|one twin"
    r"|any|much|since|today|at all)(?: \w+)?(?: (?:move|moving|kick|kicking|movement|anymore|much"
    r"|since|today|at all))?",
    # A bare "him", "her" or "them" may be toes or fingers ("my toes are purple and i can't
    # feel them"): the baby is meant when the words go on to moving, kicking or a time.
    _NOT_FELT + r"(?:feel|felt|noticed|notice) (?:him|her|them)(?: \w+)? (?:move|moving|kick"
    r"|kicking|movement|anymore|much|since|today|at all|all day|this morning|last night)",
    r"(?:baby|babies|bub)(?:'s| has| is)? (?:been )?(?:really |very |so |unusually |much )?(?:quiet"
    r"|still|not as active|less active|quieter)",
    r"(?:only|can only|could only) (?:felt|feel|counted) (?:maybe )?(?:one|two|three|a few|\d)"
    r" (?:kicks|movements|twin)",
    rf"(?:\d\d?|{TEENS}|(?:twenty|thirty|forty)(?:[ -](?:{UNITS}))?|four|five|six|seven|eight|nine"
    r"|ate) (?:weeks?|wks?|wk)(?: pregnant| along"
    rf"| gestation)?{_GAP}{{0,12}}? (?:bleeding|spotting|blood|clots|vb)(?! (?:test|tests|work"
    r"|pressure|sugar|draw))",
    rf"(?:bleeding|spotting|clots){_GAP}{{0,10}}? (?:i'm|i am|she's|she is|at|@|about)"
    r" (?:about |like |only )?(?:\d+|twenty|thirty|forty|\w+teen|(?:twenty|thirty)[ -]\w+)"
    r" (?:weeks?|wks?|wk)(?! ago)",
    rf"(?:\d+ ?(?:weeks?|wks?|wk)|g\dp\d){_GAP}{{0,6}}? (?:with |w )?(?:vb|vaginal bleeding"
    r"|pv bleeding|bright red|bleeding|spotting|reduced fm|decreased fm)",
)
_HEAD_INJURY = (
    r"(?:hit|hits|hitting|bumped|bumping|banged|banging|smacked|whacked|struck|cracked|knocked"
    r"|slammed) (?:his|her|my|their|the (?:back|side) of (?:his|her|my))"
    r" (?:head|forehead|skull)",
    r"head (?:injury|injuries|trauma|wound|laceration|bleed|bleeding|strike|hit|struck"
    r"|bounced off|smashed|on the (?:floor|ground|concrete|pavement|table|counter))",
    r"(?:concussion|concusion|concussed|skull fracture|fractured skull|goose egg)",
    r"(?:kicked|hit|struck|punched|smacked|whacked) (?:him |her |me |them )?(?:in|on) the head",
    r"(?:blow|injury|trauma|hit|bump|knock|kick) (?:to|on) (?:the|his|her|my) head",
    r"(?:landed|fell|fall|falling) (?:\w+ ){0,3}(?:on|onto) (?:his|her|my|their) head",
    r"(?:knocked|bonked|clocked|hit|elbowed|kicked) (?:\S+ )?(?:in|on|to) the head",
    r"(?:fell|rolled|tumbled|fallen|came) off (?:the |a |his |her |my )?(?:changing table|bed"
    r"|bunk bed|high ?chair|couch|sofa|counter|table|stroller|crib|monkey bars|swing)"
    r"(?: \S+){0,6}? (?:head|bump|sleepy|threw up|vomit\w*)",
    r"(?:head[- ]to[- ]head|helmet to (?:the )?head|collided heads|struck (?:\w+ )?(?:head|occiput)"
    r"|scalp (?:hematoma|haematoma|laceration|wound)|unwitnessed fall|headfirst|head first)",
    r"(?:swelling|bump|lump|goose egg) (?:on|at) (?:the )?(?:back|side|top|front) of (?:his|her|my"
    r"|the)"
    r" head",
    r"(?:ball|puck|bat|stick) to the head",
)
_EYE = r"(?:one|his|her|my|the|their|left|right)(?: (?:left|right))? eye"
_VISION_LOSS = (
    r"(?:vision loss|loss of vision|detached retina|retinal detachment"
    r"|lost (?:his |her |my |the )?(?:vision|vison|sight|eyesight)"
    r"|losing (?:his |her |my |the )?(?:vision|sight|eyesight))",
    rf"{_CANT} see (?:anything |nothing )?(?:out of|from|with|in) {_EYE}",
    r"(?:everything|it) went (?:black|dark|grey|gray) in (?:my|his|her) (?:left |right )?eye",
    r"(?:went|gone|going|suddenly) blind",
    r"blind in (?:one|his|her|my|the|left|right)",
    r"vision (?:suddenly )?(?:went|is going|has gone|turned|went all|just went)"
    r" (?:black|dark|out|grey|gray|white)",
    r"(?:curtain|shadow|veil|black curtain) (?:over|across|(?:came|coming) (?:down )?"
    r"(?:over|across|in)) (?:his |her |my |the |part of )?(?:vision|eye|sight)",
    r"(?:sudden|suddenly) (?:\w+ )?(?:double vision|blurry vision|blindness|vision changes)",
    r"(?:sudden|lots of|a ton of|tons of|shower of|bunch of|swarm of|hundreds of|so many)"
    r" (?:new )?(?:\w+ )?(?:floaters|flashes)",
    r"new (?:\w+ )?flashes",
    r"(?:flashes|flashing lights?)(?: of light)? (?:(?!(?:no|not|without|never"
    r"|denies)\b)\S+ ){0,4}?"
    r"(?:floaters|curtain|shadow|veil"
    r"|shade"
    r"|cobweb)",
    r"(?:floaters) (?:(?!(?:no|not|without|never|denies)\b)\S+ ){0,4}?(?:flashes|curtain|shadow"
    r"|veil)",
    r"(?:curtain|shadow|veil|shade|blind)(?:-like)? (?:\S+ ){0,3}?(?:coming|came|creeping|covering"
    r"|descending|over|across|pulled|on the side|field defect)",
    r"(?:vision|sight|eye|half (?:of )?(?:\S+ ){0,3}?)(?: \S+){0,4}? (?:just |suddenly )?(?:went"
    r"|gone|turned|got) (?:all )?(?:dark|black|grey|gray|blurry and dark|red|white|out)",
    r"(?:sudden|suddenly) (?:\S+ ){0,3}?(?:loss of|lost|blurred|blurry|dark|cloudy|dimmed)"
    r" (?:\S+ ){0,2}?(?:vision|sight)",
    r"(?:can't|cannot|unable to) see (?:properly |anything |clearly )?(?:out of|in|with) (?:the"
    r"|one|his"
    r"|her|my) (?:left |right |top |bottom |lower )?(?:side|half|eye|part)",
    r"(?:lines look (?:\w+ )?(?:bent|wavy)|wavy (?:wall|lines)|distortion of straight lines"
    r"|field defect)",
)
_CHILD_DEHYDRATION = (
    r"(?:no|hasn't had a|hasn't had any|not a single|only one|zero) wet"
    r" (?:diapers?|nappies|nappy)",
    r"sunken (?:eyes|soft spot|fontanel\w*)",
    r"(?:dehydrated|dehydration) (?:baby|toddler|infant|child|kid)",
)
_MED = (
    r"(?:medications?|medicines?|medicin|meds|antibiotics?|prescription|pills?|drug|dose|drops"
    r"|infusion|biologic|antidepressant|blood thinner|mood stabilizer|allopurinol|lamotrigine"
    r"|lamo \w+|clindamycin|trimethoprim\S*|sulfa pill|ssri|ace-?i|\w+(?:cillin|mycin|floxacin"
    r"|cycline"
    r"|sartan|pril|olol|statin|zepam|triptan|oxacin)"
    r"|tablets?|amoxicillin|amoxicilin|augmentin|penicillin|cephalexin|keflex|bactrim|sulfa"
    r"|ibuprofen|naproxen|lamotrigine|lamictal|metformin|lisinopril|statin)"
)


_REACTION = (
    r"(?:reaction|reacting|hives|welts|broke out|breaking out|swelling|swollen|blisters|peeling"
    r"|confused|vomiting|throwing up|urticaria|blotch\w*|blister\w*|sores|swelled|maculopapular"
    r"|rash|itching|itchy|puffy|tingling|dizzy|dizziness)"
    # Read once the word is found: not when "a bit", "a little", "a few" or "mild" says it is
    # mild ("a bit dizzy since they changed my dose", "a few itchy spots").
    + "".join(
        f"(?<!{mild} {word})"
        for mild in ("bit", "little", "few", "mild", "mildly", "slightly", "bit of", "touch of")
        for word in ("rash", "itching", "itchy", "puffy", "tingling", "dizzy", "dizziness")
    )
)
_MEDICATION_REACTION = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"(?:agitated|agitation),? (?:tremor|shaking|twitching|jerking)",
    r"skin (?:is |was )?(?:blistering|peeling off|sloughing)|(?:blistering"
    r"|peeling)(?: \S+){0,6}? (?:inside|in) (?:his|her|my|the) mouth",
    rf"{_REACTION}(?: [^\s,.;!?]+){{0,4}}? (?:to|from|after|since) (?:\S+ ){{0,4}}?{_MED}",
    r"(?:started|starting|began|new|just started|day \w+ of|on day \w+ of"
    rf"|dose of) (?:\S+ ){{0,3}}?"
    rf"{_MED}(?: \S+){{0,12}}?"
    rf" {_REACTION}",
    r"(?:drug|medication|medicine|antibiotic) (?:reaction|allergy|rash|eruption)",
    r"(?:adverse (?:drug )?reaction|stevens[ -]johnson)",
)
_BONE = (
    r"(?:arms?|legs?|wrist|ankle|hip|collarbone|collar bone|colar bone|clavicle|finger|toe"
    r"|foot|hand|elbow|shoulder|ribs?|nose|jaw|femur|kneecap|knee|bones?|pelvis|tibia|fibula"
    r"|humerus|radius|shin|thumb|forearm)"
)
_SUSPECTED_FRACTURE = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"obvious deformity|deformity (?:of |to |in )?(?:the |his |her |left |right |l "
    r"|r )?(?:forearm|arm|wrist|leg|ankle|shin|finger|thigh)",
    rf"(?:broke|broken|broked|fractured|fractures?|snapped|cracked|busted) (?:{_WHOSE} )?"
    rf"(?:left |right )?{_BONE}",
    rf"{_BONE} (?:is |looks |might be |may be |could be |seems |must be |is probably |was )*"
    r"(?:broken|fractured|deformed|bent the wrong way|at a weird angle|crooked|out of place"
    r"|dislocated|snapped)",
    r"bone (?:is |was )?(?:sticking|poking) (?:out|through)",
    rf"deformity (?:of|in|to) (?:the|his|her|my) (?:left |right )?{_BONE}",
    r"(?:heard|felt) (?:a |it )?(?:crack|snap|pop)",
    rf"{_CANT} (?:put|bear) (?:any )?weight on",
    r"(?:fractures?|dislocat\w+)",
    rf"{_BONE}(?:'s| is| looks| looked| was)? (?:(?:a little|a bit|kind of|kinda|really|visibly|all"
    r"|is|looks|now|so) )*(?:crooked|bent|deformed|angulated|out of place|shorter|squared off"
    r"|pointing sideways|like a banana|twisted|turned out|pushed to one side|deviated|displaced)",
    r"(?:leg|foot) (?:is |looks )?(?:shorter|shortened|turned out|rotated|externally rotated)",
    r"(?:shortened|externally rotated)(?: and (?:externally )?rotated)? (?:\w+ )?leg",
    r"(?:unable|inability|can't|cannot|couldn't) (?:to )?(?:bear|put|wb|weight bear|stand on"
    r"|walk on)"
    r" (?:any )?(?:weight|wt|it|her|his|my)?",
    r"(?:audible|loud) (?:crack|snap|pop)",
    r"(?:shoulder|kneecap|knee cap|elbow|finger|hip|jaw)(?:'s| is| has| got| just)* (?:popped|came)"
    r" out",
    r"(?:bump|bone|lump) (?:\w+ )?(?:sticking|poking) (?:up|out)",
    r"(?:bend|kink) in it",
)
_ANIMAL = (
    r"(?:dogs?|cats?|animal|bat|raccoon|fox|squirrel|monkey|rat|snake|horse|ferret|coyote|skunk"
    r"|hamster|pit ?bull|puppy|kitten|stray|rottweiler|german shepherd|wolf)"
)
_ANIMAL_BITE = (
    rf"{_ANIMAL} (?:bite|bit|bitt|bites|bitten|attack|attacked|mauled|scratched|scratch"
    r"|chomped)",
    rf"(?:bitten|bit|attacked|mauled|scratched) by (?:\S+ ){{0,2}}?{_ANIMAL}",
    r"(?:rabies exposure|exposed to rabies|snakebite)",
    r"bat (?:was )?(?:in|flying around|flew into|got into|flying in) (?:\S+ ){0,2}?"
    r"(?:bedroom|room|house|crib|tent)",
    rf"{_ANIMAL}(?: \S+){{0,4}}? (?:bit|nipped|bites|chomped) (?:him|her|me|my|them|his|us)",
    rf"(?:bitten|bit|bite|nipped|attacked|scratched) (?:\S+ ){{0,5}}?by (?:\S+ ){{0,3}}?{_ANIMAL}",
    rf"{_ANIMAL}(?:'s)? (?:nip|bite|scratch)",
    r"(?:macaque|guinea pig|monkey|bat) (?:\S+ ){0,3}?(?:bite|bit|scratch)",
)
_CANNOT_URINATE = (
    rf"{_CANT} (?:pee|urinate|void|pass urine|go pee|empty (?:my|his|her) bladder"
    r"|make water|pee at all)",
    r"(?:hasn't|haven't|has not|have not|hasnt|havent|didn't|did not) (?:peed|urinated|voided"
    r"|passed urine|been able to pee)(?: \S+){0,3}? (?:since|in|all|for)",
    r"(?:urinary retention|retaining urine|no urine (?:output|since|at all))",
    r"nothing (?:comes|is coming|will come) out when (?:i|he|she|they) (?:try|tries) to"
    r" (?:pee|urinate|go)",
    r"catheter (?:is |has |got )?(?:blocked|not draining|clogged|isn't draining"
    r"|stopped draining)",
    r"bladder (?:is |feels )?(?:so |really )?(?:full|distended) and (?:\w+ )?(?:can't|cannot)",
    r"(?:inability|unable) to (?:void|urinate|pee|empty (?:the|his|her|my) bladder)",
    r"(?:foley|catheter|catheter bag|idc)(?:'s)? (?:\S+ ){0,3}?(?:not draining|drained nothing"
    r"|hasn't drained|has not drained|empty"
    r" since|blocked|no output|isn't draining)",
    r"(?:no|not) (?:void|voided|urine|uop|urination|output) (?:x|for|since|in)",
    r"(?:hasn't|has not|haven't|have not|not) (?:voided|passed any urine|urinated|peed)",
    r"nothing (?:comes|is coming|came|will come) out",
    r"(?:can barely|can't|cannot|could not) (?:pee|go|pass water)(?! (?:in|to (?:the|work|school)"
    r"|out"
    r"|back|home))",
    r"(?:only )?(?:dribbling|a dribble|dribble of) (?:urine|pee)?",
)
_CRITICAL_RESULT = (
    # Frightened callers' words (tests/data/redflag_suite_more.jsonl).
    r"crit(?:ical)? (?:value|lab|result)s?",
    r"troponin(?: \S+){0,4}? (?:positive|elevated|high|rising|[1-9]\d*(?:\.\d+)?|0\.[1-9]\d*)",
    r"(?:daily|every day|each day) instead of (?:once )?(?:a |per )?week(?:ly)?",
    r"critical (?:lab )?(?:values?|results?|labs?|levels?|potassium|sodium|glucose|hemoglobin"
    r"|haemoglobin|inr|troponin|calcium|call|findings?|report|platelets?|lactate)",
    r"critically (?:high|low|elevated|abnormal)",
    r"panic (?:values?|level|result|lab)",
    r"(?:positive|elevated|high|raised|abnormal|rising) troponins?",
    r"troponins? (?:is |was |level |came back |are |were )*"
    r"(?:positive|elevated|high|raised|up|abnormal|rising)",
    r"(?:ten|10) ?(?:times|x) (?:the |his |her |their )?(?:\w+ )?(?:dose|dosage|amount)",
    r"(?:tenfold|ten fold|decimal (?:point )?error)",
    r"(?:dangerous|potentially fatal|fatal|lethal|life threatening) (?:\w+ )?"
    r"(?:prescription|dose|dosage|interaction|combination)",
    r"(?:positive blood cultures?|blood cultures? (?:came back |are |is )?positive)",
    r"critical (?:\w+ ){0,2}?(?:magnesium|bilirubin|tsh|t4|ekg|ecg|white count|wbc|culture"
    r"|sodium|potassium|glucose|hemoglobin|lithium|platelet\w*|result|value|lab|from the lab)",
    r"critical(?=[:;,.]|$| (?:from|for|on|to report|to give|call|result|value|lab|finding))",
    r"(?:lithium|digoxin|phenytoin|theophylline) (?:level|levels) (?:of |is |at |came back )?(?:\d"
    r"|two|three|four)",
    r"(?:absolute neutrophil count|anc|neutrophils?) (?:of |is |at )?(?:under|below|less than) "
    r"(?:\d+|two hundred|five hundred)",
    r"(?:positive (?:blood )?culture|blood cultures? (?:\w+ )?(?:grew|has grown|growing|now grown)"
    r"|grown bacteria|gram[- ](?:positive|negative) (?:rods|cocci))",
    r"(?:pulmonary embolism|subdural (?:bleed|hematoma|haematoma)|pericardial effusion|pneumothorax"
    r"|ectopic pregnancy|v[- ]?tach|ventricular tachycardia|pauses (?:over|of|longer than) "
    r"(?:\d|two|three|four|five|six))",
    r"(?:off by a factor of|times (?:what it|the) (?:should|safe|weight-based|usual|normal)"
    r"|ten times|10 times|10x|far above the safe|above the (?:safe|max\w*) dose)",
    r"(?:written|prescribed|dosed|taking it|taken) (?:as )?daily instead of weekly",
    r"(?:dose doubled|double the dose|doubled from the last)",
    r"(?:holding (?:the )?fill|not filling (?:it|this)|haven't filled it|on hold pending"
    r"|holding it until)",
    r"(?:dangerous|bad|serious|major) (?:drug )?interaction",
)

#: The families, life threats (``emergency``) first: at one word, an earlier family is tried
#: first. Ids are WRITING_GUIDE.md's; names are what a result shows.
FAMILIES: tuple[Family, ...] = (
    Family("chest_pain", "chest pain", True, _CHEST_PAIN),
    # The airway closing, from signs that are mild alone (tests/data/redflag_suite_signs.jsonl):
    # drooling, not swallowing, a muffled voice, sitting forward to breathe.
    Family(
        "breathing",
        "trouble breathing",
        True,
        _BREATHING,
        (("drool", "swallow"), ("drool", "voice"), ("swallow", "voice"), ("drool", "upright")),
    ),
    Family("choking", "choking", True, _CHOKING),
    Family("stroke", "stroke signs", True, _STROKE),
    # A child gone lethargic, or a person newly confused and drowsy, is losing consciousness.
    Family(
        "unresponsive",
        "unresponsive",
        True,
        _UNRESPONSIVE,
        (("child", "lethargic"), ("infant", "lethargic"), ("confusion", "drowsy")),
    ),
    Family("fainting", "fainting", True, _FAINTING),
    Family("seizure", "seizure", True, _SEIZURE),
    Family("severe_bleeding", "severe bleeding", True, _SEVERE_BLEEDING),
    Family("anaphylaxis", "severe allergic reaction", True, _ANAPHYLAXIS),
    Family("overdose_poisoning", "overdose or poisoning", True, _OVERDOSE_POISONING),
    Family("suicidal_homicidal", "suicidal or homicidal thoughts", True, _SUICIDAL_HOMICIDAL),
    Family("major_trauma_burns", "major trauma or burns", True, _MAJOR_TRAUMA_BURNS),
    Family("caller_alarm", "caller fears for a life", True, _CALLER_ALARM),
    Family("infant_fever", "infant fever", False, _INFANT_FEVER, (("infant", "fever"),)),
    Family(
        "fever_stiff_neck_confusion",
        "fever with stiff neck or confusion",
        False,
        # Not the vaccine ("meningitis shot", "vacuna de meningitis").
        (
            r"meningitis(?! (?:vaccine|shot|vaccination|booster|vax))(?<!vacuna meningitis)"
            r"(?<!vacuna de meningitis)(?<!vacuna contra meningitis)(?<!vaccine for meningitis)",
        ),
        (("fever", "neck"), ("fever", "confusion")),
    ),
    Family("severe_pain", "severe pain", False, _SEVERE_PAIN),
    Family("dental_trauma", "dental trauma", False, _DENTAL_TRAUMA),
    Family("facial_swelling", "facial swelling", False, _FACIAL_SWELLING),
    Family("postop_bleeding", "bleeding after surgery", False, _POSTOP_BLEEDING),
    Family(
        "wound_infection_fever",
        "wound infection with fever",
        False,
        _WOUND_INFECTION_FEVER,
        (("wound_infection", "fever"),),
    ),
    Family(
        "pregnancy_bleeding_movement", "pregnancy bleeding or reduced movement", False, _PREGNANCY
    ),
    Family("head_injury", "head injury", False, _HEAD_INJURY),
    Family("sudden_vision_loss", "sudden vision loss", False, _VISION_LOSS),
    Family(
        "child_dehydration",
        "dehydration in a child",
        False,
        _CHILD_DEHYDRATION,
        (("child", "dehydration"), ("infant", "dehydration")),
    ),
    Family("medication_reaction", "reaction to a new medication", False, _MEDICATION_REACTION),
    Family("suspected_fracture", "suspected fracture", False, _SUSPECTED_FRACTURE),
    Family("animal_bite", "animal bite", False, _ANIMAL_BITE),
    Family("cannot_urinate", "cannot urinate", False, _CANNOT_URINATE),
    Family(
        "critical_result",
        "critical result or dangerous prescription",
        False,
        _CRITICAL_RESULT,
        (("potassium",), ("inr",), ("glucose",)),
    ),
)

# --- cues: parts of combined and numeric signs ------------------------------------------------
_AGE = r"(?P<infant_n>\d+|" + _SMALL + r"|a|an|few|a few|couple|a couple|couple of|a couple of)"
_AGE_UNIT = r"(?P<infant_u>days?|weeks?|weaks?|months?|mos?|wks?|wk)"
CUES: tuple[Cue, ...] = (
    # Any age in days, weeks or months: ``triage.redflags`` keeps those under three months.
    Cue(
        "infant",
        (
            # Without "old" (``infant_b``), ``triage.redflags`` rejects "for two weeks", "six
            # weeks ago", "six weeks pregnant".
            rf"{_AGE}(?: and a half)?[ -]?{_AGE_UNIT}[ -](?:old|infant|baby)",
            rf"(?P<infant_b>\d\d?|{_SMALL}) (?P<infant_bu>weeks?|weaks?|wks?|wk|days?|months?)",
            r"(?:newborn|new born|new-born|newborne|neonate|neonatal)",
        ),
    ),
    # A fever word, or a temperature that ``triage.redflags`` checks (100.4 F, 38 C).
    Cue(
        "fever",
        (
            r"(?:fever|fevers|febrile|feverish|burning up|spiking|running a (?:temp\w*"
            r"|temperature)"
            r"|chills|rigors|shakes and|fee ver|favor"
            r"|high (?:temp|temperature)|hot to the touch)(?<!hay fever)(?<!hay fevers)",
            r"(?:(?:temperature|temp|temperture|tempature|fever|febrile|thermometer|reading|temper"
            r"|warm|hot|running)"
            rf"(?: \S+){{0,3}}?|t|tmax) (?P<fever_n>{NUM})(?: degrees?)?"
            r"(?: (?P<fever_u>f|c|fahrenheit|celsius|centigrade))?",
            r"(?P<fever_d>\d+(?:\.\d+)?)(?: degrees?(?: (?P<fever_du>f|c|fahrenheit|celsius))?"
            r"| on the thermometer)",
            r"(?P<fever_s>(?:a |one )?hundred(?: and)?(?: (?:one|two|three|four|five))?(?: point"
            r" (?:one|two|three|four|five|six|seven|eight|nine|zero|oh))+|10\d\.\d|10\d even"
            r"|(?:thirty[- ](?:eight|nine)|forty) point (?:one|two|three|four|five|six|seven|eight"
            r"|nine|zero|oh))",
        ),
    ),
    Cue(
        "neck",
        (
            r"(?:stiff neck|neck stiffness|neck (?:is |feels )?(?:so |really |very )?stiff"
            r"|can't (?:bend|move|touch) (?:his |her |my )?(?:neck|chin)|neck hurts to bend"
            r"|neck (?:\w+ )?(?:rigid|rigidity|hurts when|hurts to)|neck rigidity|photophobia"
            r"|(?:holding it|rubbing his neck|rubbing her neck) (?:really )?(?:stiff)?"
            r"|(?:won't|doesn't want to|does not want to) move (?:his|her) head)",
        ),
    ),
    Cue(
        "confusion",
        (
            # Not puzzled ("confused about my bill"), unless about the day, the place, a face.
            r"(?:confused(?! (?:about|by|with|on|as to|regarding)(?! (?:what|where|who|which"
            r"|the (?:day|date|time|year)|time|day)\b)\b)(?! (?:why|how|if|whether)\b)"
            r"|confusion|disoriented|disorientated|delirious|delirium|not making sense"
            r"|talking nonsense|talking gibberish|hallucinating|out of it"
            r"|didn't recognize|altered mental status"
            r"|doesn't know where (?:he|she|they) (?:is|are)|acting strange\w*|mixed up|mixing up"
            r"|seeing things|newly confused|agitated|trouble thinking|not answering questions"
            r"|a bit off|talking nonsense"
            r"|not acting (?:like )?(?:himself|herself))",
            r"(?:doesn't|does not|dosent|don't|didn't|did not|no longer|not) (?:know|recogni[sz]e"
            r"|recogni[sz]ing|reconize|reconise) (?:who|me|us|anyone|anybody|family|her|his|our"
            r"|where)",
            r"(?:not|isn't|is not|wasn't) acting right",
            rf"{_CANT} think (?:straight|clearly)",
        ),
    ),
    Cue(
        "wound_infection",
        (
            r"(?:wound|incision|cut|bite|stitches|stiches|stitch|sutures|surgical site|scrape|scar"
            r"|incision site|laceration|burn|site|spot|graft|sore|in vision"
            r"|skin around)(?: \S+){0,5}?"
            r" (?:really |very |more |full of |all |now )?"
            r"(?:infected|red and hot|red and swollen|red and oozing|oozing pus|draining pus"
            r"|leaking pus|pus|leaking puss|puss|oozing|red hot|hot|green|smelly|erythema"
            r"|erythematous|purulent|pussy|leaking|draining|drainage|discharge|red and puffy|angry"
            r"|smells|opening up"
            r"|swollen and (?:hot|warm|red)|red and swollen)",
            r"infected (?:\w+ )?(?:wound|incision|cut|stitches|sutures|site|scrape|bite"
            r"|laceration)",
            r"pus (?:coming out of|from|draining from|in|oozing from) (?:the|his|her|my) (?:\w+ )?"
            r"(?:wound|incision|cut|stitches|bite)",
            r"(?:cellulitis|wound infection|infection (?:at|in|of) (?:the |his |her |my )?"
            r"(?:wound|incision|surgical site|cut|stitches))",
        ),
    ),
    Cue(
        "child",
        (
            r"(?:baby|babies|infant|toddler|son|daughter|kid|kids|child|children|boy|girl"
            r"|little one|grandson|granddaughter|stepson|stepdaughter|diapers?|nappies|preemie)"
            # "my daughter's been": the 's is hers, not a word after her that reads as history
            r"(?:'s)?",
            rf"(?P<child_n>\d+|{_SMALL})[ -](?P<child_u>year|month|week|day)s?[ -]old",
        ),
    ),
    Cue(
        "dehydration",
        (
            r"(?:dehydrat\w+|dehidrat\w+|no tears|sunken|lethargic and (?:dry|not drinking)"
            r"|dry (?:lips|mouth)|mouth (?:is )?(?:dry|parched)|barely peeing|peed once|dark urine"
            r"|(?:one|1) (?:small )?(?:wet diaper|void)|not had a wet|fewer than two wet"
            r"|refusing (?:all |po )?fluids|(?:not|isn't) keeping (?:water|anything|fluids) down"
            r"|dry diapers?|no pee|not peeing|hasn't peed|hasn't wet|not wetting|no uop"
            r"|no urine output|decreased oral intake)",
            r"(?:can't|cant|cannot|can not|won't|isn't|not|couldn't|inability to|unable to) (?:keep"
            r"|keeping"
            r"|holding|hold|tolerate)"
            r" (?:anything|nothing|fluids|liquids|water|milk|formula|even water|down"
            r"|even spoons|sips)",
            r"(?:won't|wont|will not|refusing to|refuses to|not|isn't) (?:even )?(?:drink"
            r"|drinking|nurse|nursing|feed|feeding|take (?:a |her |his |the )?bottle)",
            r"(?:vomiting|throwing up|puking) (?:everything|all day|all night"
            r"|non ?stop|every time)",
        ),
    ),
    # The airway: each alone is mild, two together are an airway closing (``breathing``).
    Cue(
        "drool",
        (
            r"(?:drool\w*|drolling|pooling (?:of )?saliva|sialorrh\w*)(?<!teething drool)"
            r"(?! (?:from|with|because of|since) (?:the )?(?:teeth|teething|new tooth))",
            rf"{_CANT} (?:even )?(?:swallow|handle|manage|get down|swallo|swollow)"
            r" (?:\w+ ){0,2}?(?:saliva|spit|secretions)",
            r"(?:inability|unable) to (?:swallow|handle|manage) (?:\w+ ){0,2}?"
            r"(?:saliva|secretions)",
            r"(?:spitting|spits|spit) (?:\w+ )?(?:into|in|out into) (?:a |the |his |her |my )?"
            r"(?:cup|towel|tissues?|bowl|sink|bucket|rag)",
            r"(?:spitting|spits) (?:everywhere|constantly|all (?:day|night|over))",
            rf"{_CANT} get (?:\w+ )?(?:any |even )?(?:saliva|spit) down",
        ),
    ),
    Cue(
        "swallow",
        (
            r"(?:dysphagia|odynophagia)",
            rf"{_CANT} (?:even |really |literally )?(?:swallow\w*|swallo|swollow\w*)"
            r"(?! (?:pills?|tablets?|capsules?|vitamins?|big|large))",
            # Refusing to swallow is a sign, refusing a meal is not ("won't swallow his food").
            r"(?:won't|wont|refus\w* to) (?:even )?(?:swallow\w*|swallo)(?! (?:\w+ )?(?:pills?"
            r"|tablets?|food|dinner|lunch|breakfast|meals?|veggies|vegetables|medicine|meds))",
            rf"{_CANT} get (?:\w+ )?(?:any |even )?(?:water|food|anything|liquids|fluids|drinks?)"
            r"(?: \w+){0,3}? down",
        ),
    ),
    Cue(
        "voice",
        (
            r"(?:muffled|mufled|hot[- ]potato\w*|mouth full of marbles|marbles in (?:his|her|my)"
            r" mouth)",
            r"voice (?:\S+ ){0,3}?(?:thick|thicker|muffled|mufled|changed|different|strange"
            r"|weird|all wrong)",
            r"(?:thick|changed|muffled) voice|change in (?:\w+ )?voice",
        ),
    ),
    Cue(
        "upright",
        (
            r"(?:leaning|leans|leant) (?:\S+ ){0,3}?(?:forward|over)"
            r"(?! (?:to (?:pick|tie|get|grab)|the (?:sink|toilet)))",
            r"(?:sitting|sits|sat) (?:\S+ ){0,3}?forward (?:to|so (?:he|she|i) can)"
            r" (?:breathe?|breth|get air)",
            r"(?:tripod\w*|bolt upright|refus\w* to lie (?:supine|flat|down|back))",
        ),
    ),
    # Drowsiness: said of a child, the strong words (``lethargic``) are a child losing
    # consciousness; any of them with new confusion (``drowsy``) is an adult doing so.
    Cue(
        "lethargic",
        (
            r"(?:lethargic|lethargy|listless|floppy|flopy|hypoton\w*|obtunded|somnolen\w*)"
            r"(?<!bit lethargic)(?<!little lethargic)(?<!slightly lethargic)(?<!kinda lethargic)"
            r"(?<!bit listless)(?<!little listless)(?<!floppy airway)"
            r"(?! (?:lately|recently|for (?:\w+ )?(?:weeks|months|years)|all (?:week|month)"
            r"|since (?:last|starting|the (?:new|vaccine|shot))|from (?:the|his|her|my) (?:med\w*"
            r"|pills?|cold|flu)|after (?:lunch|meals|eating|(?:the|his|her) (?:shots?|vaccines?))"
            r"|airway|ear|ears|eyelid|hat))",
            r"(?:very|really|so|extremely|super|too) (?:drowsy|sleepy) (?:to|and (?:won't|wont"
            r"|can't|not|hard|isn't|doesn't))",
        ),
    ),
    Cue(
        "drowsy",
        (
            r"(?:drowsy|drowzy|drowsey|sleepy|lethargic|listless|somnolen\w*)(?<!bit drowsy)"
            r"(?<!little drowsy)(?<!bit sleepy)(?<!little sleepy)"
            r"(?! (?:from|after|with|on|since) (?:the |his |her |my |that )?(?:med\w*|pills?"
            r"|benadryl|allergy|antihistamine|cold medicine|sleep\w*|shots?|vaccines?|lunch"
            r"|meals?|eating|work|school|a long day))(?! (?:lately|all day|in the afternoons?))",
            r"keeps? (?:falling|drifting|dozing|nodding) (?:back )?(?:asleep|off)",
            r"(?:won't|wont|can't|cant|cannot) (?:stay|keep (?:\w+ )?)awake",
        ),
    ),
    Cue("potassium", (rf"(?:potassium|k\+?){_IS}(?P<potassium_n>{NUM})",)),
    Cue("inr", (rf"(?:inr|pt/inr){_IS}(?P<inr_n>{NUM})",)),
    Cue(
        "glucose",
        (
            rf"(?:glucose|blood sugar|sugars?|bg|bs|fingerstick"
            rf"|cbg){_IS}(?P<glucose_n>{NUM})(?! (?:{TENS}|{TEENS})\b)s?",
        ),
    ),
)

# --- context ------------------------------------------------------------------------------------
#: Before a match, in its clause: the sign is in the past ("history of", "status post").
HISTORY_BEFORE = (
    r"(?:history of|history|hx of|past medical history(?: of)?|previous|previously|prior"
    r"|used to(?: have| get)?|in the past|years ago|last year|recovered from"
    r"|status post(?: an?| the)?(?= ?$)|seen here for|brought in after|visit (?:\S+ )?for"
    r"|(?:er|e r|ed|emergency room|hospital|clinic|urgent care) (?:last \w+|in \w+|on \w+"
    r"|back in \w+|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun))(?: \w+)? (?:with|for|after"
    r"|cause|because)"
    r"|in the hospital (?:for|after|cause|because)"
    r"|when (?:i|he|she|they) (?:was|were) (?:little|young|a kid|a child|a baby|a toddler"
    r"|an infant|a newborn)"
    # A year ("in 2019", "in twenty twenty two", which ``normalise`` makes "in twenty two").
    rf"|in (?:19|20)\d\d|in (?:nineteen|twenty) (?:{TEENS}|{TENS}|{UNITS})(?! (?:minutes|mins"
    r"|hours|hrs|days|weeks|wks|months|years|seconds))"
    # An injury already treated: "in a boot for my ankle fracture".
    r"|(?:in a|wearing a|in his|in her|in my|out of (?:a|the|my|his|her)) (?:walking |air "
    r"|[a-z]+-[a-z]+ )?"
    r"(?:boot|cast|splint|sling|brace) (?:for|from|because of|after))"
)
#: A few words after a match, in its clause: the sign is in the past ("in 2019").
HISTORY_AFTER = (
    r"(?:(?:years|year|months|decades) ago|last year|in (?:19|20)\d\d|years back|in the past"
    r"|back in (?!the (?:last|past|next)\b)\w+|in (?:january|february|march|april|may|june"
    r"|july|august|september|october"
    r"|november|december)|in the (?:spring|summer|fall|autumn|winter)"
    r"|last (?:spring|summer|fall|autumn|winter|season)|\(?(?:19|20)\d\d\)?"
    rf"|in (?:nineteen|twenty) (?:{TEENS}|{TENS})|(?:a )?long time ago|long ago|ages ago"
    # Spoken years lose a repeated word in ``normalise``: "twenty twenty one" is "twenty one".
    rf"|in (?:nineteen|twenty) (?:{UNITS})(?! (?:minutes|hours|days|weeks|months|years|mins))"
    r"|a while (?:ago|back)|turned out to be|in (?:college|high school|grad school|my (?:teens"
    r"|twenties))"
    r"|sober (?:for )?(?:\w+ )?(?:years|months)"
    r"|(?:well|fully) controlled|under control|seizure[- ]free"
    r"|as an? (?:kid|child|baby|toddler|infant|teen\w*)"
    r"|when (?:i|he|she|they) (?:was|were) (?:little|young|a kid|a child|a baby|a teen\w*|\d+)"
    # Caused by something long past: "lost vision from a stroke in the eye five years ago".
    r"|from (?:a|an|the|my|his|her|their) (?:\S+ ){0,6}?(?:years|months|decades) ago"
    # Last week or month, not "for the last week" or "since last month".
    r"|last (?:week|month)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several"
    r"|a few|a couple of|a couple) (?:weeks?|wks) ago"
    # An age: "father had MI at 70", "at age 52"; not a time, a dose or a temperature.
    rf"|at (?:age |the age of )(?:\d\d|(?:{TENS})(?:[ -](?:{UNITS}))?)"
    r"|at (?:4[5-9]|[5-9]\d|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five"
    r"|six|seven|eight|nine))?(?! ?(?:\d|:|am\b|pm\b|a m\b|p m\b|o'clock|percent|%|mg|degrees"
    r"|bpm|beats|minutes|mins|hours|hrs|days|weeks|wks|over|/|point|milli|mm)))"
)
#: Right after a match (maybe after "is", "has been"): the sign is now, whatever came before.
CURRENT_AFTER = (
    r"(?:again|now|right now|today|tonight|this morning|this afternoon|this evening|currently"
    r"|is back|came back|just now|at the moment|worse|keeps? (?:coming|happening)"
    r"|since (?:this|last|yesterday|about|around|an hour|\d+|\w+ (?:hours|minutes|days)"
    r"|midnight|lunch|breakfast|dinner|noon|early|late))"
)
#: After a match, in its sentence: the sign has stopped ("the bleeding stopped yesterday").
RESOLVED_AFTER = (
    r"(?:stopped|went away|has gone away|went down|has gone down|has gone|have gone|resolved"
    r"|has resolved|cleared up|subsided|settled down|is over|all better|back to normal"
    r"|is fine now|healed|all healed|healed up|is healed|it's healed|turned out to be|cleared"
    r"|since discharged|discharged|quit|never came back|outgrew|outgrown|grew out of"
    r"|poison control (?:said|says|told (?:us|me)) (?:\S+ )?(?:fine|ok|okay|nothing|not to worry)"
    r"|fixed (?:it|him|her)|breathing fine"
    r"|coughed (?:it|them) (?:right |back )?(?:up|out)|(?:totally|completely|perfectly) fine"
    r"|been (?:fine|okay|ok|good|great|well) since|fine since then"
    r"|back to (?:his|her|their|my|your) (?:normal|usual|old|regular) self"
    r"|(?:been|back to being) (?:himself|herself|themselves) (?:again|since)"
    r"|(?:surgery|procedure|repair|operation) (?:went (?:well|fine|great|okay|ok)|was (?:successful"
    r"|a success))|was repaired|got repaired)"
)
#: Near a life threat that is over, a day in the past: only then is it over for triage ("the
#: bleeding stopped yesterday"); "the seizure stopped after two minutes" is still urgent.
PAST_DAY = (
    r"(?:yesterday|days ago|weeks? ago|last (?:week|weekend|month)|over the weekend|the other day"
    r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:months|years) ago"
    r"|last (?:month|year|spring|summer|fall|autumn|winter|season)|in (?:19|20)\d\d"
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)|(?:a )?long time ago)"
)
#: After a match: it has *not* stopped (read first, so its "stopped" is no resolution).
NOT_RESOLVED = (
    r"(?:not|never|hasn't|haven't|didn't|won't|isn't|hasnt|havent|didnt|wont|isnt)"
    r" (?:\w+ )?(?:stopped|gone away|gone down|resolved|better)"
    # Read before a history cue inside it: "started two weeks ago" is still going on.
    r"|(?:started|began|begun|start|starting|since) (?:about |around |like |maybe )?(?:\d+|a|one"
    r"|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|a couple)"
    r" (?:weeks?|wks) ago|(?:since|the|past|this) last (?:week|month)|back to back"
)
#: Before a match: it has stopped ("no longer").
RESOLVED_BEFORE = r"(?:no longer|not anymore|no more)"
#: A few words after a match, for families that are not life threats: long-standing.
STABLE_AFTER = (
    r"(?:for (?:the (?:past|last) )?(?:\w+ )?(?:months|years)|for (?:a|one|over a) (?:month|year)"
    r"|on and off for|comes and goes|for ages)"
)
#: Words that end a clause (so do . , ; ! ?).
CLAUSE_BREAK = (
    r"(?:but|now|however|though|although|today|tonight|currently|this morning|suddenly|again)"
)
#: After a match, a new subject starts a new clause ("short of breath he had a stroke in 2019").
SUBJECT = r"(?:i|i'm|he|he's|she|she's|they|they're|we|you|it's)"
#: Right after a match: it is about something else ("seizure medication refill").
LOOKALIKE_AFTER = (
    r"(?:prevention|awareness|webinar|seminar|class|classes|screening|risks?|clinics?|specialist"
    r"|support group|rehab|medications?|medicines?|meds|pills|prescriptions?|refills?|hazards?"
    r"|free|disorder|action plan|plan|kit|training|forms?|paperwork|protocol|clearance|letter"
    r"|claim|vaccines?|shots?|booster|ivy|oak|sumac|insurance|records|hotline|study|education"
    r"|survey|gums|lawyer|attorney|policy|precautions|report|follow up|appointment"
    r"|in (?:the|a) cup|on command|in front of|related|fixation|repair|plates?|orif|rescue|kits"
    r"|technique|monitoring|management|and first aid|first aid|surgery)"
)
#: Right before a match: it is about something else ("anti seizure", "if he has a seizure").
LOOKALIKE_BEFORE = (
    r"(?:risk of|risk for|prevent|preventing|prevention of|screening for|education on|info on"
    r"|information on|information about|webinar on|class on|in case of|what to do for|food|anti"
    r"|subconjunctival|first aid for|training for|vaccine for|shot for|follow up (?:on|for|of)"
    r"|if (?:he|she|i|they|you|we) (?:has|have|gets?|ever has)"
    r"|(?:x ray|xray|x-ray|results|cast|paperwork|forms?|records|bill|claim|report|copy|copies)"
    r" (?:for|of|on|from)|(?:portal|website|web site|app|page|system|computer|screen|link)"
    r"(?:'s)?(?: \w+){0,3}|stable|known stable|chronic stable|flags|detects|catches|tracks"
    r"|(?:patients|people|someone|anyone) (?:with|after|who have|suffering from)(?: (?:chronic"
    r"|acute))?"
    r"|(?:drugs?|medications?|treatments?|therapy|therapies|options?|drops?|devices?|products?"
    r"|software|monitors?|kits?|vests?|plates?|systems?|solutions?) (?:for|that treats|to treat)"
    r"(?: (?:chronic|stable|acute|sudden|new|severe|the|a))*"
    r"|(?:searches|searching for|search for|looking up)(?: \w+){0,3}? or"
    r"|nothing|none|nothing else|no other)"
)
#: Before a match: a clinical list of denials that reaches it ("denies cp, sob, loc"). The
#: tokeniser ends a negation at a comma ("no fever, rash on arm"); after "denies" the list
#: goes on, item by item: up to four words each, none a clause break or a new verb.
_ITEM = (
    rf"(?: (?!(?:{CLAUSE_BREAK}|wants?|needs?|requests?|requesting|asking|calling|complains"
    r"|reports|states|has|have|is|was)\b)[a-z0-9'/-]+){1,4}"
)
DENIED_LIST = rf"(?:denies|denied|denying|negative for){_ITEM}(?:(?:,| or| and){_ITEM})*,?$"
#: Words after a negator that make it no denial: "don't know if it's a stroke".
PSEUDO_NEGATION = frozenset(
    {
        "know",
        "sure",
        "certain",
        "think",
        "idea",
        "only",
        "just",
        "to",
        "felt",
        "right",
        "okay",
        "ok",
    }
)  # "not to worry anyone", "never felt this before", "she's not right, he's not breathing"
#: After a bare "no", a subject means an interjection ("no he's not breathing"), not a denial.
INTERJECTION_SUBJECTS = frozenset(
    {"i", "i'm", "he", "he's", "she", "she's", "they", "they're", "we", "it", "it's", "my"}
)
