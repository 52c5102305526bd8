"""Language: which language a caller speaks, told cheaply and the same way every time.

A call is read as English, Spanish, both (Spanglish: "my dad tiene chest pain") or another
language. The test counts common words of English and of Spanish that the other language
does not share ("the", "my" against "que", "tiene"), and for other languages their script
(Chinese, Arabic, Cyrillic, ...) or a few of their most common words. It never guesses from
one word: a call with neither counts is English, as most calls are.

>>> detect("mi esposo tiene dolor de pecho").code
'es'
>>> detect("my dad tiene chest pain y no puede respirar").spanish
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, NamedTuple

Code = Literal["en", "es", "other"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common words of each language that the other does not use. Words both share ("no",
# "me", "a", "he", "son", "mi", "se") tell nothing and are left out. The Spanish ones
# include the words of signs, so that a call of a word or two ("no respira",
# "convulsionando") is read as Spanish, by the Spanish red flags, and the clipped words of
# Caribbean speech that no English word spells ("ta", "pué", "toa"; not "toy", "pa", "lao").
_ENGLISH = _words("""
the and is to of my i it you that have has with for this was can be an at please call back
hi hello what his her she they we our your are been about just from would could like
calling need want would get got him them their there here when if not but or do does did
don't can't i'm it's he's she's doctor appointment office thanks thank yes yeah
""")
_SPANISH = _words("""
el la los las que de en un una del necesita tenemos queria quería puedo podemos somos
estamos hablo habla bien mire oiga señorita senorita ahorita pues entonces
por con para es esta está estoy tiene tengo tienen
su sus mi mis le les lo pero como cuando muy mas más hay donde quien desde porque ya
usted ustedes favor gracias hola buenos buenas dias días tardes noches señora senora
señor senor hijo hija esposo esposa mamá mama papá papa niño nino niña nina bebé bebe
dolor duele pecho cabeza fiebre calentura cita llamo llamar quiero necesito puede pueden
hace hoy ayer mañana manana ahora también tambien nada algo mucho poco todo todos
él ella ellos nosotros qué que cómo dónde sí estaba estaban fue era son soy somos
respirar sangre sangrando desmayo se está poniendo cuello garganta medicina pastillas
receta doctora doctor médico medico oficina llamada número numero teléfono telefono
pte paciente lactante madre padre semanas meses años anos vomito vómito diarrea caida caída
perdida pérdida subita súbita conciencia embarazo embarazada cefalea sincope síncope
llamando valor critico crítico reaccion reacción recupero palida pálida desde con sin
respira respiraba convulsiona convulsionando convulsiones convulsión convulsion morado morada
vomitando desmayó desmayado desmayada ahogando ahoga infarto derrame privó privo inconsciente
reacciona despierta sangra brazo pierna
ta tamos taba toa toas pué pue pueo ná ahogo ayúdenme ayudenme hinchando hinchado hinchada
""") - {"doctor", "mama", "papa", "no", "me", "a", "son", "se", "mi"}
#: Other languages by a few common words (Latin script).
_OTHER_WORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "Portuguese": _words(
            "não você voce obrigado obrigada estou meu minha filho está dor "
            "muito também preciso consulta"
        ),
        "French": _words(
            "je vous est très tres bonjour merci mon ma suis avec pour mal j'ai c'est une docteur"
        ),
        "Haitian Creole": _words("mwen pitit li gen yon doktè doktè pa ki nan malad"),
        "Vietnamese": _words("tôi toi của bác bác sĩ không khong con đau dau xin cảm ơn"),
        "Tagalog": _words("ako po ang ng mga sa siya hindi salamat anak masakit"),
    }
)
#: Other languages by script: (first, last) code points.
_SCRIPTS = (
    ("Chinese", 0x4E00, 0x9FFF),
    ("Japanese", 0x3040, 0x30FF),
    ("Korean", 0xAC00, 0xD7AF),
    ("Arabic", 0x0600, 0x06FF),
    ("Russian", 0x0400, 0x04FF),
    ("Hebrew", 0x0590, 0x05FF),
    ("Hindi", 0x0900, 0x097F),
    ("Thai", 0x0E00, 0x0E7F),
    ("Greek", 0x0370, 0x03FF),
)
#: A letter outside the Latin scripts (and the punctuation and symbols shared by all).
_NON_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\ufb00-\ufb4f]")
#: Punctuation read as a space, so that words are what ``str.split`` leaves (apostrophes
#: stay: "don't" is a word); a C-speed tokeniser, run on every call.
_PUNCTUATION = '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~¿¡«»“”'
_SPACES: Mapping[int, str] = MappingProxyType(str.maketrans(dict.fromkeys(_PUNCTUATION, " ")))


class Language(NamedTuple):
    """What a call is in: ``code`` "en", "es" or "other"; ``name`` of another language when
    known ("Vietnamese"), else None; ``spanish`` when Spanish is spoken at all (alone or
    mixed with English), so that Spanish red flags are read."""

    code: Code
    name: str | None
    spanish: bool


ENGLISH = Language("en", None, spanish=False)


def detect(text: str) -> Language:
    """The language of a call's text (any case, with or without accents).

    >>> detect("hi I need to move my cleaning").code
    'en'
    >>> detect("Bonjour, je suis malade, merci").name
    'French'
    >>> detect("我的父亲胸口疼")
    Language(code='other', name='Chinese', spanish=False)
    """
    if not text.isascii() and _NON_LATIN.search(text):
        script = _script(text)
        if script is not None:
            return Language("other", script, spanish=False)
    words = set(text.lower().translate(_SPACES).split())
    if _SPANISH.isdisjoint(words) and not _ENGLISH.isdisjoint(words):
        return ENGLISH  # most calls: English words and no Spanish one
    english, spanish = len(words & _ENGLISH), len(words & _SPANISH)
    if not english:  # Portuguese shares "está" with Spanish: it must outnumber it
        other = max(((len(words & known), name) for name, known in _OTHER_WORDS.items()))
        if other[0] >= 2 and other[0] > spanish:
            return Language("other", other[1], spanish=False)
    if spanish >= 2 or (spanish == 1 and english == 0):
        code: Code = "es" if spanish >= english else "en"
        return Language(code, None, spanish=True)
    return ENGLISH


def _script(text: str) -> str | None:
    """The non-Latin script most of the letters are in, if any."""
    counts: dict[str, int] = {}
    letters = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        point = ord(char)
        for name, first, last in _SCRIPTS:
            if first <= point <= last:
                counts[name] = counts.get(name, 0) + 1
                break
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda item: item[1])
    return name if count * 2 >= letters else None


def sound(folded: str) -> str:
    """Folded Spanish as it sounds, so that spellings that sound alike read alike: "z" and a
    soft "c" are "s", "ll" is "y", "v" is "b", a silent "h" goes ("cabesa", "desmallo",
    "fabor", "ase" are "cabeza", "desmayo", "favor", "hace"). Regex source may pass through:
    escapes ("\\s", "\\w") are kept as they are.

    >>> sound("se desmallo, le duele la cabesa, hace rato, por fabor")
    'se desmayo, le duele la cabesa, ase rato, por fabor'
    """
    return _SOUNDS.sub(_sound, folded)


def _sound(match: re.Match[str]) -> str:
    said = match.group()
    return said if said.startswith("\\") else _SOUND_OF[said if len(said) == 2 else said[0]]


_SOUNDS = re.compile(r"\\.|ll|sh|z|c(?=[ei])|v|(?<![cs])h")
_SOUND_OF: Mapping[str, str] = MappingProxyType(
    {"ll": "y", "sh": "ch", "z": "s", "c": "s", "v": "b", "h": ""}
)


def unclipped(folded: str) -> str:
    """Folded Spanish with the letters Caribbean and rural speech drops put back, where only
    one word can be meant: "ta", "toy", "pa", "toa", "na" are "esta", "estoy", "para",
    "toda", "nada"; a "d" between vowels comes back ("lao", "morao", "tirao" are "lado",
    "morado", "tirado"); "no pue" is "no puede"; "to" before an article is "todo"; and a
    verb after "puede", "deja de" or "para de" is the infinitive it must be, its final "r"
    dropped ("no pue respira", "no para de sali" are "no puede respirar", "no para de
    salir"). The accent that marked a dropped letter ("respirá", "hinchá") is gone by now,
    so a word that may also be said in full ("hincha", "priva") stays as it is.

    >>> unclipped("no pue respira, ta morao y tiene sangre por to lao")
    'no puede respirar, esta morado y tiene sangre por todo lado'
    """
    if not _MAY_BE_CLIPPED.search(folded):
        return folded  # most calls
    said = _CLIPPED_WORD.sub(_in_full, folded)
    return _CLIPPED_INFINITIVE.sub(_infinitive, said)


def _in_full(match: re.Match[str]) -> str:
    word = match.group()
    if word in _CLIPPED:
        return _CLIPPED[word]
    if word in _NOT_CLIPPED:
        return word
    return f"{word[:-2]}ado" if word.endswith("ao") else f"{word[:-3]}ados"


def _infinitive(match: re.Match[str]) -> str:
    verb = match.group(2)
    if verb in _NOT_VERBS or _WITH_PRONOUN.search(verb):
        return match.group()
    return f"{match.group(1)}{verb}r"


#: Whole words that can only be these ones, clipped.
_CLIPPED: Mapping[str, str] = MappingProxyType(
    {
        "ta": "esta", "tas": "estas", "toy": "estoy", "tamos": "estamos", "taba": "estaba",
        "taban": "estaban", "toa": "toda", "toas": "todas", "pa": "para", "na": "nada",
        "pueo": "puedo", "lao": "lado", "laos": "lados", "to": "todo", "pue": "puede",
    }
)  # fmt: skip
#: Words that end in "ao" said in full.
_NOT_CLIPPED = _words("cacao cacaos caos bacalao callao sarao saraos ciao macao")
#: Words after "puede" that end in a vowel and are no verb: "no puede nada", "puede manana".
_NOT_VERBS = _words("""
nada nadie casi aqui asi alla aca ahi siempre toda todas esta este ese esa otra mucha poca
cada tanta hasta mientras bastante sola solita ella nunca siquiera manana tarde noche alguna
ninguna usted mismo misma tampoco
""")
#: An infinitive with its pronoun after it is whole: "moverse", "tragarla", "decirle".
_WITH_PRONOUN = re.compile(r"r(?:se|le|la|lo|me|te|nos|les|las|los)$")
_MAY_BE_CLIPPED = re.compile(r"\b(?:ta|tas|toy|tamos|taba|taban|toa|toas|pa|na|pue|pueo|to)\b|ao")
_CLIPPED_WORD = re.compile(
    r"(?<![\w'])(?:(?:ta|tas|toy|tamos|taba|taban|toa|toas|pa|na|pueo|lao|laos)(?![\w'])"
    r"|(?<=\bno )pue(?![\w'])|(?<=\bse )pue(?![\w'])|to(?= (?:el|la|lo|los|las|lado|lao|mundo)\b)"
    r"|[a-z]{2,}aos?(?![\w']))"
)
_CLIPPED_INFINITIVE = re.compile(
    r"\b((?:puede|puedo|pueden|puedes|podemos|podia|pudo|pude|logra|deja de|dejo de|para de"
    r"|paro de) (?:ni )?)([a-z]{3,}[aei])\b"
)


def without_accents(text: str) -> str:
    """``text`` without the accents on its letters ("corazón" is "corazon", "niño" is "nino");
    other scripts as they are.

    >>> without_accents("Está convulsionando, NIÑO")
    'Esta convulsionando, NINO'
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def fold(text: str) -> str:
    """Lower case without accents, character for character where it can be ("corazón" is
    "corazon", "niño" is "nino"): how speech recognition often writes Spanish anyway.

    >>> fold("Le dio un DERRAME, está convulsionando")
    'le dio un derrame, esta convulsionando'
    """
    return without_accents(text.lower())
