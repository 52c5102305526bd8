"""Spanish acuity cues: the data ``triage.acuity.scan_acuity`` reads in a call spoken in
Spanish, by the families of ``triage.acuity`` (LABELS.md, "Acuity, not topic").

Patterns are regex source over Spanish call text as ``triage.language.fold`` leaves it (lower
case, no accents), read as it sounds (``triage.language.sound``: "z" is "s", "ll" is "y",
"v" is "b", a silent "h" goes), so that "hinchado" and "inchado", "grave" and "grabe" read
alike. A cue denied in its clause
("no ha empeorado", "no es muy fuerte") or placed in the past ("el ano pasado tuvo un dolor
horrible") does not count, as for the Spanish red flags.

Numbers are judged by their value (``NUMBER_CHECKS``): a temperature of 38 is no cue, of
39.5 (or 103 F) is.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_STRONG = r"(?:muy|bien|bastante|demasiado|super|rete|re)"
_PAIN = r"(?:dolor|dolores|duele|dolia|ardor|colico|colicos|punzada|punzadas|retorcijones)"
_CANT = (
    r"(?:no (?:puede|puedo|podia|pudo|pueden|podemos|logra|aguanta)|ya no puede|casi no puede"
    r"|casi no puedo)"
)
_WHO = r"(?:se|me|le|nos|les)"
_TEMP = r"(?:fiebre|calentura|temperatura|termometro|temp)"

#: Family id -> regex sources over folded Spanish text.
PATTERNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "severity": (
            r"(?:el|la|lo) peor (?:\w+ ){0,3}(?:de (?:mi|su|toda (?:mi|su)) vida|que (?:he|ha)"
            r" (?:sentido|tenido))",
            r"peor dolor",
            rf"{_PAIN} (?:{_STRONG} )?(?:insoportable|horrible|terrible|intenso|intensisimo"
            r"|fuertisimo|severo|espantoso|atroz|tremendo)",
            rf"{_PAIN} (?:{_STRONG}) fuerte",
            r"(?:insoportable|no (?:lo|la|me lo|se lo) (?:aguanto|aguanta|soporto|soporta)|no"
            r" aguanta(?:mos)? (?:el|este|ese) dolor|ya no aguanto)",
            r"(?:gritando|grita|llorando|llora|retorciendose|se retuerce|doblado|doblada)"
            r" (?:\w+ )?(?:de|del|por el) dolor",
            r"(?:10|diez) de (?:10|diez)",
            r"(?:muchisimo|demasiado) dolor",
            rf"{_PAIN} (?:muchisimo|horrores|a morir)",
        ),
        "onset": (
            r"(?:de repente|derrepente|de pronto|de golpe|repentinamente|subitamente"
            r"|de la nada|sin aviso)",
            r"(?:repentin[oa]|subit[oa])",
            r"(?:hace|desde hace) (?:unos |como |apenas |solo )?(?:minutos|\d+ minutos|cinco"
            r" minutos|diez minutos|quince minutos|veinte minutos|media hora|una hora)",
            r"(?:acaba|acabo|acabe|acaban) de (?:empezar|comenzar|pasar|darle|darme|caer"
            r"|desmayar|empezarle|empezarme)",
            r"(?:en|durante) (?:la|esta) ultima hora",
        ),
        "worsening": (
            r"(?:cada vez|esta|se esta|se ha|se puso|va|vamos) (?:mas )?(?:peor|empeorando)",
            r"(?:empeorando|empeora|empeoro|se agravo|se agrava|agravandose)",
            r"(?:poniendo|sintiendo|pone|siente) (?:cada vez |mucho |mas )?peor",
            r"(?:cada|por) (?:hora|minuto|rato) (?:esta |se pone |va )?(?:peor|mas)",
            r"(?:crece|creciendo|se extiende|extendiendo|se esta extendiendo|se riega|sube"
            r"|subiendo|se hincha|hinchandose) (?:muy |bien )?(?:rapido|rapidisimo|de prisa"
            r"|cada hora|mas y mas)",
            r"mas y mas (?:hinchad[oa]|roj[oa]|dormid[oa]|confundid[oa]|fuerte)",
            r"(?:no se le quita|no se me quita|no se quita) y (?:va|esta) (?:peor|empeorando)",
        ),
        "function": (
            rf"{_CANT} (?:caminar|andar|pararse|pararme|levantarse|levantarme|ponerse de pie"
            r"|apoyar el pie|apoyar la pierna|mover (?:el|la|los|las|su|mi)|tragar|pasar"
            r" (?:saliva|agua|la comida)|hablar(?! (?:ahora|ahorita|en este|con|por|mas|de|al))"
            r"|ver (?:nada|bien|de (?:un|este|ese|el) ojo|por (?:un|el) ojo)|oir (?:nada|bien)"
            r"|orinar|hacer pipi|hacer del bano"
            r"|despertar|despertarlo|despertarla|abrir (?:la boca|los ojos|el ojo)|sostener"
            r"|agarrar|comer ni beber|retener (?:nada|la comida|liquidos))",
            r"(?:no (?:se )?despierta|no deja de (?:vomitar|sangrar|llorar|temblar))",
            r"(?:vomitando|vomita|devuelve|devolviendo) (?:todo|todo lo que|toda la noche|todo el"
            r" dia|sin parar)",
            r"(?:no ha mojado|no moja|sin mojar) (?:el |los |ningun |ni un )?panal",
            r"no (?:ha|he) (?:orinado|hecho pipi) (?:en|desde|todo)",
            r"(?:no siente|no siento) (?:las|los|la|el|su|mis|sus) (?:piernas|brazos|pierna|brazo"
            r"|cara|pies|manos|mano)",
        ),
        "vulnerable": (
            r"(?:embarazada|embarazo|encinta|(?:semanas|meses) de embarazo)",
            r"(?:quimio|quimioterapia|trasplante|transplante|defensas (?:bajas|muy bajas)"
            r"|inmunosuprimid[oa]|prednisona|esteroides)",
            r"(?:recien nacid[oa]|neonato)",
            r"(?:bebe|nino|nina|nene|nena|hij[oa]|niet[oa]) de (?:\d+|un|una|dos|tres|cuatro"
            r"|cinco|seis) (?:dias|dia|semanas|semana)",
            r"(?:bebe|nino|nina|nene|nena|hij[oa]|niet[oa]) de (?:\d|un|dos) (?:mes|meses)",
            r"(?:esta|se ve|anda|se puso) (?:muy |bien |toda |todo )?(?:confundid[oa]|desorientad"
            r"[oa]|perdid[oa])",
            r"no (?:sabe|reconoce) (?:donde esta|quien soy|a nadie)|dice cosas sin sentido",
        ),
        "numbers": (
            rf"{_TEMP}(?: \w+){{0,3}}? (?:de |en |a |como |hasta |llego a |marca |marco )?"
            r"(?P<n>\d{2,3}(?:[.,]\d)?)",
            r"(?:azucar|glucosa)(?: \w+){0,3}? (?:de |en |a |como |hasta )?(?P<n>\d{2,3})",
            r"(?:oxigeno|saturacion|oximetro|o2)(?: \w+){0,3}? (?:de |en |a |como )?"
            r"(?P<n>\d{2,3})",
            rf"(?P<n>\d{{2,3}}(?:[.,]\d)?) (?:grados )?de {_TEMP}",
        ),
        "alarm": (
            r"(?:emergencia|es urgente|urgentemente)",
            r"(?:apurense|rapido por favor|por favor rapido|ayudenme|ayudeme|ayuda por favor"
            r"|auxilio)",
            r"(?:se (?:me|nos) (?:muere|esta muriendo)|se esta muriendo|creo que se muere)",
            r"(?:algo (?:anda |esta )?(?:muy|bien) mal|no (?:se ve|lo veo|la veo) bien"
            r"|se ve (?:muy|bien) mal)",
            r"(?:estoy|estamos) (?:muy |bien )?(?:asustad[oa]s?|desesperad[oa]s?|espantad[oa]s?)"
            r"|tengo mucho miedo",
            r"(?:necesito|mande|manden|llamen|llame) (?:una )?ambulancia",
        ),
    }
)


def _temperature(value: float) -> bool:
    """A fever that is a cue: 39.5 C or more, or 103 F or more (below 45: Celsius)."""
    return value >= 39.5 if value < 45 else 103 <= value <= 110


def _glucose(value: float) -> bool:
    return value >= 400 or value <= 50


def _oxygen(value: float) -> bool:
    return 50 <= value < 92


#: The value check of each "numbers" pattern, by position.
NUMBER_CHECKS = (_temperature, _glucose, _oxygen, _temperature)
