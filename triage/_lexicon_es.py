"""Spanish red-flag lexicon: the data ``triage.redflags.scan_es`` compiles once, at import.

Patterns are regex source over Spanish call text as ``triage.language.fold`` leaves it:
lower case, without accents ("corazón" is "corazon", "niño" is "nino"), as speech
recognition often writes it anyway. They are written in the words US Spanish speakers use,
Mexican, Caribbean, Central and South American ("calentura", "le dio un derrame", "se
privó", "se puso morado"), with the English words a Spanglish call mixes in. A pattern may
start with a negator ("no puede respirar"): the negator is the sign, never its negation.

The family ids and names are those of ``triage._lexicon`` (WRITING_GUIDE.md): a Spanish
flag reads exactly as an English one downstream.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from triage._lexicon import FAMILIES as _ENGLISH

_LE = r"(?:le|me|te|nos|les)"
_CANT = (
    r"(?:no (?:puede|puedo|podia|pude|pudo|puedes|pueden|podemos)|ya no puede|no logra|"
    r"casi no puede|casi no puedo)"
)
_STRONG = r"(?:muy|bien|bastante|demasiado|super|horrible|terrible|insoportable|fuerte)"
#: The chest as speech recognition and hurried typing also write it ("pexo", "pecjo",
#: "peho"; the last sounds "peo").
_PECHO = r"(?:pecho|pexo|pecjo|peho)"
_CHEST = r"(?:pecho|corazon|torax|pexo|pecjo|peho)"
#: A chest sore from a cough or a cold, said after it: "de tanto toser", "cuando tose", "por
#: la gripa". A cold's sore chest is no heart's.
_NOT_COUGH = (
    r"(?!\w*(?: \w+){0,3} (?:de tanto|de tanta|cuando|al|por|con|de) (?:la |el |mucho |tanto "
    r"|tanta )?(?:tos\b|toser|tose\b|toso\b|tosiendo|tosa\b|tosido|gripa|gripe|catarro"
    r"|resfriado|flemas?\b|bronquitis))"
)
_FEVER = r"(?:fiebre|calentura|temperatura|calientit[oa]|hirviendo|escalofrios|38|39|40|10[0-5])"
#: Up to a dozen words (with their commas) between two cues of one sign, spaces included.
_SOME = r"[\s,.;:]*(?:[^\s]+[\s,.;:]+){0,12}"
_TOOK = r"(?:se tomo|me tome|se trago|me trague|se comio|se bebio|tomo|trago|se tomaron|se metio)"
_PILLS = r"(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas|jarabe)"
#: After "ataque": an attack of asthma, panic or the heart is no seizure.
_NOT_A_FIT = (
    r"(?! (?:de (?:asma|panico|ansiedad|nervios|tos|risa|celos|colera|hipo)|al corazon|cardiaco"
    r"|de corazon|cerebral))"
)

#: Drool, the saliva that will not go down: "babeando", "se le cae la baba", "sialorrea".
_DROOL = (
    r"(?:babea\w*|babeo|drooling|sialorrea|(?:cae|sale|escurre|chorrea|salen) (?:la |las )?babas?)"
)
#: What makes drool an airway sign rather than teeth: it will not swallow, a muffled voice, it
#: will not lie down, it sits leaning forward ("sentado inclinado adelante").
_THROAT_WAY = (
    r"(?:no (?:\w+ ){0,3}(?:traga|trago|tragar)\b|ni tragar|disfagia|no (?:se )?(?:quiere|deja"
    r"|puede) acostar|no tolera (?:el )?decubito|(?:voz|habla\w*) (?:\w+ ){0,2}(?:apagad|gangos"
    r"|muffled)|habla\w* como si (?:tuviera|trajera) (?:algo|una \w+) en la boca|(?:sentad|inclinad"
    r"|echad)\w* (?:\w+ )?(?:(?:para|pa|hacia) )?(?:adelante|delante|lante))"
)
#: Teething: a baby's drool with its teeth named later in the sentence is no airway sign.
_NOT_TEETH = r"(?![^.?!]*(?:dient|denticion|muela))"
#: Sleepiness a medicine is known for, named after it: "somnoliento por la pastilla".
_NOT_FROM_A_PILL = (
    r"(?! (?:\w+ ){0,3}(?:por|con|de|desde) (?:la|el|las|los|su|sus|mi|mis|esa|esta|este) "
    r"(?:pastillas?|medicinas?|medicamentos?|jarabe|antihistaminico|loratadina|benadryl"
    r"|difenhidramina|gabapentina|clonazepam|tramadol))"
)

#: Sleepiness that is the caller's usual, named after it: "desde hace semanas", "todo el día",
#: "por el trabajo". Only a sleepiness that came on is a consciousness going.
_NOT_USUAL = (
    r"(?! (?:\w+ ){0,4}(?:desde hace (?:\w+ )?(?:semanas|meses|anos)|hace (?:\w+ )?(?:semanas"
    r"|meses|anos)|todo el dia|todos los dias|todas las tardes|ultimamente|por el trabajo"
    r"|del trabajo|despues de comer|en las tardes|cuando como))"
)


def _not_after(words: str, verbs: str) -> str:
    """Any of ``words`` (word starts) unless one of ``verbs`` (comma-separated) is just before
    it, as a medicine's sleepiness is said ("la loratadina da somnolencia", "lo deja muy
    somnoliento")."""
    options = (
        word + "".join(f"(?<! {verb.strip()} {word})" for verb in verbs.split(","))
        for word in words.split()
    )
    return f"(?:{'|'.join(options)})"


#: Sleepy words, not after what a medicine does: "da somnolencia", "la deja aletargada".
_SLEEPY = (
    _not_after(
        "somnolencia letargo",
        "da, dan, dar, da mucha, causa, causan, cause, provoca, provocan, produce, producen",
    )
    + "|"
    + _not_after(
        "somnolient sonolient somnolent aletargad aletarjad letargic",
        "deja, dejan, dejo, pone, ponen, deja muy, deja bien, pone muy, pone bien, dejo muy",
    )
)

PATTERNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "chest_pain": (
            rf"(?:raro|rara|feo|fea|mal|extrano|extrana) en (?:el|mi|su) pecho{_NOT_COUGH}",
            r"dolor (?:precordial|retroesternal)|retroesternal|precordial",
            r"(?:opresion|presion|dolor|pesadez|molestia) toracic[oa]",
            r"(?:pesadez|quemazon|apreton|peso) (?:[\w,]+ ){0,3}(?:en|del|de) (?:el |mi "
            r"|su )?(?:pecho|esternon|pexo)",
            r"(?:elefante|piedra|ladrillo|yunque)(?: \S+){0,6} (?:pecho|corazon|esternon)",
            r"(?:duele|aprieta|oprime|arde|pesa) (?:mucho |muchisimo |bien feo |bien fuerte "
            rf"|fuerte |horrible |bastante )?el (?:{_CHEST}|esternon){_NOT_COUGH}",
            r"(?:dolor|ardor|presion) (?:[\w,]+ ){0,3}(?:en|del|de) (?:el |mi )?(?:pexo|esternon)",
            # "molestia", "malestar": the chest discomfort of a heart, in a nurse's words too
            r"(?:dolor|presion|opresion|peso|ardor|punzada|molestia|malestar) (?:[\w,]+ ){0,4}(?:en"
            rf"|del|de) (?:el )?(?:medio del |centro del )?{_PECHO}{_NOT_COUGH}",
            rf"dolor (?:muy |bien |bastante )?(?:fuerte |intenso |horrible |opresivo )?(?:en|del"
            rf"|de) "
            rf"(?:el )?(?:lado izquierdo del )?{_CHEST}{_NOT_COUGH}",
            rf"(?:presion|opresion|apreton|peso|ardor|punzadas?|pressure|pain) (?:fuerte )?(?:en"
            rf"|del) (?:el )?{_CHEST}",
            rf"{_LE} (?:duele|aprieta|oprime|arde|pesa) (?:mucho |bien feo |fuerte )?el {_CHEST}"
            rf"{_NOT_COUGH}",
            rf"(?:duele|aprieta|oprime) el {_CHEST}{_NOT_COUGH}",
            r"dolor toracico",
            # an infarct of a person now, not a product's ("detectan los infartos silenciosos")
            r"(?:(?:le|me|te|nos) (?:dio|esta dando|va a dar|pego|dieron) un|(?:tiene|tengo|tuvo|"
            r"tuve|es|esta teniendo|sufrio|sufre) un) (?:infarto|ataque al corazon|ataque cardiaco|"
            r"ataque de corazon)|(?:esta |se esta )?infartando|heart attack|chest pain",
            # something wrong in the chest, with or without "en": "siente raro el pecho"
            r"(?:siente|siento|sentia|senti|tiene|tengo|trae|traigo) (?:algo |una cosa |como )?"
            rf"(?:raro|rara|feo|fea|mal|extrano|extrana) (?:en )?(?:el |mi |su )?{_PECHO}"
            rf"{_NOT_COUGH}",
            r"dolor (?:que )?(?:se )?(?:le |me )?(?:corre|baja|va|pasa) (?:al|hacia el"
            r"|por el) brazo",
            r"(?:se agarr(?:a|o|aba)|agarrandose|se sobaba|se soba) el pecho",
            # a hand on the chest with its pain said next, as a bystander sees it ("se toca el
            # pecho y dice que le duele"), not a breast's lump ("le duele la bolita")
            r"(?:se toca|se tocaba|tocandose|se sujeta|sujetandose|se presiona) el (?:pecho|torax)"
            r",?(?: \w+){0,4} (?:duele|dolia|dolor|aprieta|arde|quema)(?! (?:\w+ )?(?:la |una |el "
            r"|un )?(?:bolit|bulto|pezon|seno))",
            # "el pecho pesado", "el pecho lo tengo apretado", "el corazon bien apretadisimo": a
            # chest that weighs or squeezes, a few small words between (not a cold's phlegm)
            rf"(?:{_PECHO}|corazon)(?: (?:lo|la|me|le|se|te|tengo|tiene|traigo|trae|siento|siente"
            r"|sentia|senti|esta|estaba|sigue|bien|muy|todo|como|medio|super|tan)){0,4} (?:apretad"
            r"|oprimid|pesad|apachurrad)\w*+(?! (?:\w+ ){0,2}(?:de|por|con) (?:la |las |los |tanta "
            r")?(?:flemas?|tos|toser|gripa|gripe|mocos|catarro))",
            # a chest being squashed or wrung ("me estan apachurrando el pecho", "el pecho,
            # como que me lo estrujan"), in Mexican and Caribbean words
            r"(?:apachurr|estruj|exprim|aplast)\w* (?:\w+ ){0,2}(?:el |mi |su )?(?:pecho|corazon)",
            r"(?:pecho|corazon),?(?: \S+){0,5} (?:apachurr|estruj|exprim)",
            # the chest as the subject: "el pexo me aprieta", "el corazon le duele", "un nudo en
            # el pecho que me aprieta", "el pecho se me cierra"
            rf"(?:{_PECHO}|corazon) (?:que )?(?:se )?(?:me|le|nos|te) (?:aprieta|duele|arde|pesa"
            rf"|oprime|quema){_NOT_COUGH}",
            rf"{_PECHO} (?:que )?se (?:me|le|nos|te) (?:cierra|esta cerrando|apachurra|encoge)",
            rf"se (?:me|le|nos|te) (?:cierra|esta cerrando|encoge) el {_PECHO}",
            # squeezing pointed at, "aqui en medio", "aqui adelante": the middle of the chest
            # (not a belly's middle, a back's, nor a shoe)
            r"(?:aprieta|oprime|opresion|presion|apreton|pesa|peso)(?: (?:mucho|muy|bien|fuerte"
            r"|fuertisim[oa]|horrible|feo|tanto|demasiado|bastante)){0,2} (?:aqui|aca) "
            r"(?:en (?:el )?medio|en el centro|adelante)(?! de (?:la|las|los|el) )"
            r"(?![^.?!]*(?:zapat|bota|tenis|ropa|brasier|faja|pantalon|cinturon|panza|estomago"
            r"|barriga|espalda))",
            # something sitting or standing on the chest: "como si alguien se me sentara en el
            # pecho"
            r"como si (?:\w+ ){0,3}(?:sentara|sentaran|parara|pararan|pisara|pisaran|aplastara"
            r"|aplastaran|apretara|apretaran|exprimiera|estrujara|apachurrara)(?: \w+){0,3} "
            rf"(?:(?:en|sobre|encima de) )?(?:el |mi |su )?{_PECHO}",
            # a pressure going to the jaw, neck, arm or back ("una presion que me sube a la
            # quijada"), not the blood pressure that rises ("la presion se me sube")
            r"(?:opresion|presion(?<!la presion)(?<!mi presion)(?<!su presion)(?! (?:alta|baja"
            r"|arterial))|apreton|peso)(?: (?:muy|bien|fuerte|fuertisim[oa]|horrible|rara|feo))?"
            r" (?:que )?(?:se )?(?:me |le |te )?(?:sube|subia|corre|corria|baja"
            r"|bajaba|va|iba|pasa|pasaba|irradia|extiende)\w* (?:a|al|hacia|hasta|por) (?:la |el "
            r"|los |las |mi |su )?(?:quijada|mandibula|brazo|brazos|hombro|espalda|cuello)",
        ),
        "breathing": (
            r"jadeando|jadea mucho",
            r"(?:no (?:puede|puedo|pudo|podia)|casi no puede) (?:terminar|completar|acabar"
            r"|decir) (?:una |las |la |unas )?(?:frase|frases|oracion|oraciones|palabras seguidas)",
            r"sin (?:pararme|pararse|parar) a respirar",
            r"aleteo nasal|tiraje|retracciones",
            r"(?:saturacion|saturando|sat ?o2|oxigeno|oximetro)(?: [a-z]+){0,3} (?:de |en |al "
            r"|a )?(?:[1-8]\d)(?: ?%| por ciento)?(?![\d.])",
            r"(?:se esta|me estoy|se estaba) (?:\w+ ){0,2}ahogando",
            r"(?:me|se|le) (?:ahogo|ahoga)\b",
            r"no (?:le|me|les) entra (?:el )?aire",
            r"(?:agarrar|jalar|tomar|coger) (?:el )?aire",
            r"(?:asfixi|ahogandome|ahogandose)",
            r"no (?:puedo|pueo|puede|pue) respirar",
            r"se (?:le|me) cierra el pecho|costillitas",
            rf"{_CANT} respirar",
            r"no (?:esta|estaba) respirando",
            rf"{_LE} (?:falta|cuesta) (?:mucho )?(?:el )?(?:aire|la respiracion|respirar)",
            r"(?:falta|faltandole|faltandome) (?:de )?(?:aire|respiracion)",
            r"no le entra (?:el )?aire",
            r"(?:se esta|se estaba|me estoy|se) ahoga(?:ndo)?",
            r"respir(?:a|ando) (?:muy |bien )?(?:mal|raro|rapido|despacito|con (?:mucho |mucha )?"
            r"(?:dificultad|trabajo|esfuerzo))",
            r"dificultad (?:para|al) respirar",
            r"(?:se puso|se esta poniendo|se pone|esta|se le ve|tiene) (?:los labios |la boca |la "
            r"boquita )?(?:morad|azul|gris)",
            r"(?:labios|boca|boquita) (?:morad|azul|gris)",
            r"(?:se le |le )?hunden las costillas|hundiendo (?:las costillas|el pecho)",
            # Not "silba" alone: as it sounds it is also the surname Silva ("Dr. Silva").
            r"(?:silbando|(?:le|me|les) silba|silba (?:el pecho|al respirar|cuando respira)"
            r"|chillido al respirar|estridor)",
            r"(?:can'?t|cannot) breathe",
            # air that will not come in, said with the negator first: "no agarra aire", "no
            # puedo coger aire" (a plain "coger aire" after "no" would read as denied)
            r"no (?:agarra|jala|coge|toma|agarro|jalo|(?:puede|puedo|podia|pudo) (?:agarrar|jalar"
            r"|coger|tomar|sacar)) (?:el |nada de )?aire",
            r"boqueando|boquea como",
            r"respir(?:a|ando) (?:muy |bien )?(?:feo|horrible|rarito|quejandose)",
            r"se (?:le|me) (?:marcan|hunden|notan) (?:las costillas|entre las costillas)",
            r"se (?:le|me) hunde el pecho",
            r"(?:quedando|quede|quedo|queda) sin aire(?! acond)",
            # one attack now, not the attacks an inhaler is for ("para las crisis de asma")
            r"(?:un|una|el|la|otro|otra) (?:ataque|ataquito|crisis) (?:de asma|asmatic[oa])",
            # stopped breathing, or long pauses without breath
            r"(?:dejo|paro) de respirar|(?:pausas|ratos|segundos) (?:\w+ ){0,2}sin respirar"
            r"(?!(?: \w+){0,4} (?:duerme|dormid|durmiendo|ronca|roncando|noche))",
            r"no (?:respira|respiraba)(?! (?:bien )?(?:por|de) la nariz)",
            r"disnea (?:severa|intensa|subita|grave|importante|en reposo|de reposo|de inicio)",
            # "sat 84" in a note; 50 to 89, never a Saturday's date ("el sat 15")
            r"sat (?:de |en |al )?[5-8]\d(?![\d.:])(?! ?(?:am|pm|hrs|horas)\b)",
            # The airway closing from inside (epiglottitis, an abscess of the throat or neck):
            # saliva that will not go down, a voice through a "hot potato", a high noise at each
            # breath in, sitting up or forward to breathe. A sore throat that swallows is not.
            r"no (?:(?:puede|puedo|pudo|podia|logra) )?(?:tragar|traga|trago|(?:me |le |te )?pasa)"
            r" (?:ni )?(?:(?:mi|su|tu|la|sus) )?(?:propia )?saliva",
            r"no (?:(?:puede|puedo|pudo|podia|logra) )?(?:tragar|traga|trago) (?:nada|ni (?:el )?"
            r"agua|ni (?:los )?liquidos)(?! (?:solido|duro|grande|de comida|sin que))",
            r"no (?:maneja|controla|(?:puede|puedo) (?:manejar|con)) (?:la |su |sus |las |mi "
            r"|mis )?(?:saliva|secreciones)|dificultad (?:para|al) (?:manejar|tragar) (?:la |las "
            r"|sus |su )?(?:saliva|secreciones)|escup\w* (?:la |su |mi |toda la )?saliva",
            r"disfagia (?:total|completa|(?:incluso |hasta |aun )?(?:a|para) (?:los )?liquidos|(?:a"
            r"|para) (?:la )?saliva)",
            rf"{_DROOL}{_NOT_TEETH}{_SOME}{_THROAT_WAY}",
            rf"{_THROAT_WAY}{_NOT_TEETH}{_SOME}{_DROOL}",
            r"(?:voz|habla\w*|hablo|hablar) (?:\w+ ){0,4}papa (?:caliente|en la boca)"
            r"|papa caliente en la boca",
            # the throat shutting (also an allergy's sign, there too) and air that will not pass
            r"se (?:le |me |te |nos )?(?:esta |estan )?(?:cerrando|cierra|cerro) (?:toda )?la "
            r"garganta|cierre de (?:la )?garganta|throat (?:is )?closing",
            r"no (?:me |le |les |te )?pasa (?:el |nada de |ni el )?aire",
            # stridor in words: a shriek or a high noise at each breath in, noisy breathing (not
            # a stuffy nose's, nor a snore)
            r"ruido inspiratorio|(?:chillido|ruido|ruidito|sonido|silbido|pitido) (?:\w+ ){0,2}"
            r"agudo (?:\w+ ){0,2}(?:al|cuando|para) (?:respirar|respira|jalar|agarrar|tomar)",
            r"respir\w* con (?:un |una )?(?:chillido|ruido|ruidito|silbido|sonido|pitido)(?! "
            r"(?:\w+ ){0,3}(?:(?:de|por|en) (?:los |la |el )?(?:mocos?|nariz|naricita|flemas?"
            r"|congestion)|cuando duerme|al dormir|ronca))",
            r"(?:jal|agarr|tom|cog|met)\w* (?:el )?aire (?:\w+ ){0,4}(?:chillido|silbido|ruido"
            r"|ruidito|pitido)",
            r"(?:batalla|batallando|lucha|luchando|peleando|sufre|sufriendo|esforzandose"
            r"|se esfuerza) (?:mucho |bastante )?(?:para|por|al) respirar(?! (?:por|de) la nari)",
            # orthopnea and the tripod: must sit up or lean to breathe, cannot lie flat
            r"(?:sentad\w*|se sienta|sentarse|sentarme|se tiene que sentar|inclinad\w*|se inclina"
            r"|echad\w*)(?: \w+){0,3} para (?:poder )?respirar",
            r"no tolera (?:el )?decubito|(?:posicion (?:en |de )?|en )tripode",
            r"dificultad respiratoria(?! leve)|dif\.? resp\b",
            # a neck swelling fast, with breathing that is short or noisy
            r"(?:hinch\w*|inflam\w*|edema|aumento de volumen|tumefaccion) (?:\w+ ){0,3}(?:cuello"
            rf"|pescuezo|cervical){_SOME}(?:disnea|ruido|respir\w* (?:con|rar|feo|mal))",
            r"(?:cuello|pescuezo) (?:\w+ ){0,2}(?:hinchad|inflamad|crecid)\w*"
            rf"{_SOME}(?:disnea|ruido|respir\w* (?:con|rar|feo|mal))",
        ),
        "choking": (
            r"atragantamiento",
            r"ahogando con (?:la |el |un |una )?(?:comida|carne|pan|bocado|pedazo|dulce|uva|hueso)",
            r"(?:se agarra|agarrandose) (?:el cuello|la garganta)",
            r"no (?:le|me) sale (?:la )?voz",
            r"atragant(?:o|ando|ada|ado)",
            rf"(?:espina|hueso|moneda|uva|pastilla|dulce|canica|pedazo){_SOME}(?:ahog|atora|no"
            rf" (?:le )?"
            r"(?:entra|pasa) (?:el |ni el )?aire|no puede (?:jalar|respirar))",
            r"(?:se esta|se estaba|se) atragant(?:o|ando|ada|ado)",
            r"(?:esta |se esta )?(?:asfixiando|ahogandose con)",
            rf"{_TOOK} (?:una|un) (?:moneda|pieza|juguete|hueso|espina|pila|canica|uva|dulce|"
            r"boton\w*|tapit\w*|arete|clavo|tornillo|bolit\w*|globo)",
            r"(?:atorad[oa]|atoro|atasco|atoraron) (?:\w+ ){0,3}(?:en )?la garganta",
            r"(?:se le|se me) (?:atoro|atasco|atoraron|quedo atorad[oa])",
            r"choking",
            # the signs of a blocked airway: no cough and no voice; the piece will not come out
            r"no (?:puede|puedo|podia) (?:ni )?(?:toser|hablar|llorar) ni (?:hablar|respirar|toser"
            r"|llorar)",
            r"no (?:le )?sale (?:el|la) (?:pedazo|bocado|dulce|hueso|espina|uva|moneda|comida|carne"
            r"|pan)\b",
            r"atorad[oa] con (?:un|una|el|la) (?:paleta|dulce|hueso|pedazo|bocado|comida|carne|pan"
            r"|uva|moneda|pastilla|juguete|espina|chicle|caramelo)",
            r"cuerpo extrano (?:en )?(?:(?:la )?via aerea|(?:la )?garganta|(?:la )?traquea)",
            r"(?:maniobra de )?heimlich|jaimlich",
        ),
        "stroke": (
            r"afasia|paresia|disartria",
            r"(?:se (?:le|me) fue|perdio|perdi) la fuerza (?:del|de la|en el|en la|de su"
            r"|de mi) (?:brazo|pierna|mano|lado)",
            r"no (?:encuentra|encuentro|le salen|me salen) (?:las )?palabras",
            r"(?:brazo|pierna|mano) (?:flojo|floja|caido|caida|sin fuerza)",
            r"arrastra(?:ndo)? (?:la|una|su) pierna",
            r"(?:se (?:le|me) traba|trabandosele|trabada) la lengua",
            r"lengua (?:\w+ )?(?:trabad[oa]|enredad[oa]|trabandose(?:le)?)",
            r"(?:cara|boca) (?:\w+ ){0,2}dormid[oa]",
            r"(?:ultima vez|la ultima vez) (?:que (?:lo|la) )?(?:vist[oa]|vimos) (?:normal|bien)",
            r"desviacion de (?:la )?comisura|hemiparesia|hemiplejia",
            r"se (?:le|me) durmio (?:\w+ ){0,3}(?:brazo|pierna|lado|mitad|cara|cuerpo)",
            r"se (?:le|me) cae (?:la comida|la baba|el agua|la saliva) (?:\w+ ){0,6}boca",
            r"(?:derrame|embolia|ictus|derrame cerebral|accidente cerebrovascular|stroke)",
            r"(?:se le|se me) (?:cayo|esta cayendo|cae|ve caida|torcio|chueco|jalo|fue|tuerce"
            r"|esta torciendo|ladeo|ladea|jala|esta jalando) "
            r"(?:la cara|la boca|un lado|el lado|media cara|la mitad)",
            # the face or mouth gone to one side, said face first: "la boca se le fue pa un lao"
            r"(?:la cara|la boca|la sonrisa|media cara) (?:se (?:le|me|te) )?(?:fue|va|cayo|cae"
            r"|torcio|tuerce|jalo|jala|ladeo|ladea|esta yendo|esta cayendo|esta torciendo)"
            r"(?: (?:para|hacia|a|de))? (?:un|el|su|otro) lado",
            r"(?:la cara|la boca|un lado de la cara|media cara) (?:caida|chueca|torcida|ladeada|"
            r"dormida|de lado|jalada|colgada)",
            r"(?:habla|hablando|esta hablando) (?:todo |como |bien |muy |medio )?(?:raro"
            r"|arrastrad[oa]|arrastrando|enredad[oa]|trabad[oa]|mocho|como borracho|sin sentido)",
            r"(?:arrastra|arrastrando) (?:las palabras|la lengua)|habla arrastrada",
            rf"{_CANT} (?:hablar|mover (?:el|la|un|una) (?:brazo|pierna|lado|mano))",
            r"(?:no siente|no siento|perdio la fuerza en|se (?:le|me) durmio(?: todo)?) (?:el|la"
            r"|un|"
            r"una|de) (?:brazo|pierna|lado|mitad)",
            r"debilidad (?:subita|repentina|de repente)",
            # weakness of one side: "debilidad del lado derecho"
            r"debilidad (?:\w+ ){0,2}(?:del|de un|en el|de su|en un|en su) (?:lado|hemicuerpo)",
            r"no (?:me|le) salen las palabras",
            r"se (?:me|le) cae (?:el|la) \w+ de la mano",
            r"le dio (?:una )?(?:embolia|un derrame|un ataque cerebral|paralisis)",
            # sudden loss of one limb: "de repente no puede levantar el brazo derecho" (without
            # "de repente" a sore shoulder says the same)
            r"de (?:repente|pronto) (?:\w+ ){0,3}no (?:puede|puedo|pudo) (?:levantar|alzar|mover"
            r"|sentir) (?:el|la|un|una|su) (?:brazo|pierna|mano|lado)",
            # numbness of the face or of one half, not of a hand slept on
            r"se (?:le|me) (?:entumio|entumecio|entume|adormecio|adormece) (?:\w+ ){0,4}(?:cara"
            r"|cachete|boca|lado|mitad)",
            r"sonrisa (?:chueca|torcida|de lado|caida)|(?:brazo|mano) (?:le |se le )?cuelga",
            r"(?:estroc|estrok|estroque|estrouk)",
        ),
        "unresponsive": (
            rf"no (?:me )?contesta{_SOME}(?:piso|suelo|moviendo|muevo|nada)",
            rf"(?:piso|suelo){_SOME}no (?:me )?contesta",
            # "lo ojo": Caribbean speech drops the final "s"
            r"no (?:llora ni )?abre (?:los? )?oj(?:it)?os?",
            # "se quedo como muerta", not "muerta de cansancio"
            r"(?:se quedo|quedo|esta|sigue|se ve|parece|lo encontre|la encontre|lo encontramos"
            r"|la encontramos) (?:\w+ )?como muert[oa]\b(?! de)",
            r"no se mueve,? (?:y|ni) no (?:me |nos |le |te )?(?:contesta|responde|reacciona"
            r"|despierta)(?! (?:el|la) (?:doctor|doctora|enfermera|oficina|clinica|telefono))",
            # not an office that does not answer ("el laboratorio no contesta el telefono"), nor
            # messages, letters or a treatment that get no answer
            r"no(?<!laboratorio no)(?<!oficina no)(?<!farmacia no)(?<!clinica no)(?<!seguro no)"
            r"(?<!consultorio no)(?<!hospital no)(?<!aseguranza no)(?<!doctor no)(?<!doctora no) "
            r"(?:(?:me |nos |le )?(?:responde|reacciona|reaciona|contesta)n?(?![sr])(?! (?:el|la"
            r"|los|las|mis|sus|mi|su|a|al|a la|a los) (?:mensajes?|correos?|textos?|whatsapp"
            r"|cartas?|preguntas?"
            r"|tratamiento|antibioticos?|medicinas?|medicamentos?)\b)|despierta|se despierta"
            r"|abre los ojos|esta respondiendo|esta reaccionando|me reconoce ni me contesta)",
            r"(?:esta|quedo|se quedo) (?:inconsciente|desmayad[oa] y no|sin sentido|tieso|tiesa|"
            r"como ida|como ido)",
            r"(?:perdio|perdiendo) el conocimiento",
            r"no (?:lo|la) (?:puedo|podemos) despertar",
            r"(?:unresponsive|won'?t wake up)",
            r"no (?:vuelve|volvia|ha vuelto|regresa|reacciona) en si",
            r"(?:estado de )?(?:inconsciencia|inconciencia)",
            r"(?:encontramos|encontre|encontraron|esta|sigue|tirad[oa]) (?:\w+ ){0,2}inconciente",
            # no answer to a shout or a shake: "le grito y nada", "tirado y no se mueve"
            r"(?:le|lo|la) (?:grito|hablo|llamo|muevo|sacudo|movemos|sacudimos|gritamos|hablamos)"
            r" y (?:nada|no (?:reacciona|responde|contesta|se mueve|despierta))",
            rf"tirad[oa]{_SOME}no (?:se mueve|contesta|responde|reacciona)",
            # Consciousness going: somnolent or lethargic now (not the sleep a pill is known
            # for), hard to wake (not a teenager's school mornings), asleep mid-sentence.
            rf"(?:{_SLEEPY})(?:[oa]s?)?+{_NOT_FROM_A_PILL}{_NOT_USUAL}|letargia{_NOT_USUAL}",
            r"(?:esta|estas|estoy|sigue|se puso|se ha puesto|se esta poniendo|se ve|lo veo|la veo"
            r"|ahora|anda) (?:muy |bien |tan |super |como |todo |toda |medio )?(?:adormilad"
            r"|amodorrad)[oa]",
            r"(?:dificil (?:de )?|cuesta (?:mucho |muchisimo |bastante |harto |un monton "
            r"|trabajo )?(?:trabajo )?)despertar(?:lo|la|le|los)?\b(?! (?:\w+ ){0,3}(?:(?:en|por"
            r"|todas) las "
            r"mananas|cada manana|temprano|para (?:ir a )?(?:la escuela|el trabajo|el colegio)))",
            r"se (?:me |le |nos )?(?:queda|quedo|esta quedando|va quedando|duerme|durmio)(?: "
            r"dormid[oa])? (?:\w+ ){0,2}(?:(?:a|en) (?:media|plena) (?:frase|oracion|platica"
            r"|conversacion|palabra|llamada)|mientras (?:le |lo |la |me |nos |te )?(?:habl|platic"
            r"|contest|pregunt)\w*|(?:durante|en) (?:la|esta) (?:llamada|platica|conversacion)"
            r"|hablando|platicando)",
            r"no (?:lo |la |le )?(?:puedo|podemos|pueden|puede) (?:mantener|tener)(?:lo|la|le)? "
            r"despiert[oa]",
            # the eyes that will not stay open, not after a double shift ("tan cansada que")
            r"no(?<!cansad[oa] que no)(?<!sueno que no) (?:(?:puedo|puede|pudo|podia|logra) )?"
            r"mantener (?:los )?ojos abiertos(?! (?:\w+ ){0,4}(?:cansancio|sueno|desvel|turno"
            r"|trabaj|manej|estudi))",
            # clinical words for it: obtunded, stuporous, a falling level of alertness, a low
            # Glasgow, answering only a painful stimulus, a limp infant that will not suck
            r"obnubilad[oa]|estuporos[oa]|estupor\b|no obedece (?:ordenes|indicaciones)",
            r"(?:deterioro|alteracion|disminucion|deprimid[oa]|alterad[oa]|disminuid[oa]) (?:\w+ )"
            r"{0,2}(?:del |el |de la )?(?:estado de )?(?:alerta|conciencia|consciencia)",
            r"(?:responde|reacciona|abre los ojos|localiza)(?: \w+){0,4} (?:al |a )?(?:estimulo )?"
            r"(?:doloroso|intenso)|estimulo doloroso",
            r"glasgow (?:de |en |:)?(?:[3-9]|1[0-4])\b",
            r"hiporreactiv[oa]|arreactiv[oa]",
            rf"(?<!tiroides )(?:hipoactiv|hipotonic|flacid)[oa]{_SOME}(?:no succiona|succion debil"
            r"|no (?:quiere )?(?:mama|come|comer|toma|tomar|succionar)|duerme todo|no (?:se )?"
            r"despierta|no llora)",
            # limp: "se me desguanzo en los brazos", "los bracitos le cuelgan", a rag doll
            r"se (?:me |le |nos )?(?:desguanzo|desguanza|esta desguanzando|puso (?:todo |toda "
            r"|bien )?desguanzad[oa])|(?:bracitos|piernitas) (?:\w+ )?(?:le |se le )?cuelgan"
            r"|como (?:un |una )?(?:muneco|muneca|munequito|munequita) de trapo",
        ),
        "fainting": (
            r"\bdesmay(?:ar|arse|e|o|os|ado|ada|aba|ados|adas)\b",
            r"(?:le dio|me dio) un (?:yeyo|patatus|soponcio|vahido|desvanecimiento)",
            # Caribbean "le dio una palida"; "se cayo redondo": fell down in a faint
            r"(?:le|me) dio una palida|(?:me cai|se cayo|cayo) redond[oa]",
            # "el sentido", not "el sentido del olfato"
            r"(?:perdio|perdi|pierde|perdia) (?:el sentido(?! de)|el conocimiento|la conciencia)",
            r"(?:se quedo|quedo|estuvo|quede|me quede) sin conocimiento|(?:episodio )?sincopal",
            r"(?:se desmayo|se desmaya|se desmayaba|me desmaye|se privo|me prive|se priva|"
            r"le dio un desmayo|tuvo un desmayo|se desvanecio|me desvaneci|sincope)",
            r"(?:se cayo|cayo|me cai) desmayad[oa]",
            r"(?:se me fue el mundo|perdi el conocimiento|perdida de conciencia)",
            r"(?:passed out|fainted)",
        ),
        "seizure": (
            r"sesure|seisure|sisure",
            r"(?:sacud|convuls|temblan)\w*,?(?: \S+){0,8} se mordio la lengua",
            r"crisis (?:convulsiva|epileptica|tonico)",
            rf"mirada perdida{_SOME}(?:mover la boca|chupando|movimientos raros|a temblar)",
            r"(?:le esta dando|le dio|tiene|le vino) (?:otra |una )?crisis",
            r"se puso (?:tieso|tiesa|rigido|rigida) y (?:\w+ )?tembl",
            r"ojos (?:se le )?(?:iban|van|fueron|voltearon) (?:para|pa) (?:un lado|arriba|atras)",
            # any form of the word ("convulsando"), but not a drug for it ("anticonvulsivo") or
            # a refill of one ("la medicina para las convulsiones")
            r"(?:convuls|combuls)(?<!anticonvuls)(?<!anticombuls)(?<!para las convuls)"
            r"(?<!para la convuls)(?<!de las convuls)(?<!contra las convuls)",
            r"(?:ataque epileptico|ataque de epilepsia|seizure|seizing)",
            rf"(?:le dio un|esta teniendo un|le esta dando un) ataque{_NOT_A_FIT}",
            r"(?:temblando|se sacude|sacudiendo(?:se)?) (?:todo|toda|todito|todita)? ?(?:y no "
            r"responde|sin parar|los ojos volteados)",
            r"no para de sacudirse|brincando como con ataques",
            rf"(?:me|le) (?:va a dar|esta dando|empezo a dar) (?:otro |un )?ataque{_NOT_A_FIT}",
            r"se puso (?:rigido|rigida|tieso|tiesa) y (?:empezo a )?(?:temblar|sacudirse|brincar|"
            r"patalear|zarandearse)",
            r"(?:echando|echa|sale|saca|sacando|con) espuma (?:por|de) la boca",
            r"(?:status|estatus|estado) epileptico",
            r"se (?:le|me) (?:voltearon|pusieron en blanco|fueron (?:para|pa) (?:atras|arriba)) "
            r"los ojos",
            r"(?:los ojos|ojos) (?:volteados|en blanco)",
        ),
        "severe_bleeding": (
            r"empap\w* (?:\w+ ){0,3}(?:toallas?|gasas|trapos|panales|sabanas)",
            r"(?:brota|sale|salia) (?:la )?sangre (?:a chorros?|a borbotones)|sangre a chorros?",
            r"(?:lleno|llena|llenando|llenandose) de sangre",
            r"sangrado (?:\w+ )?(?:abundante|profuso|activo|masivo|importante|muy fuerte|pulsatil)",
            r"(?:popo|heces|evacuaciones|excremento|hago del bano|caca|deposiciones"
            r"|obrando) (?:\w+ ){0,2}negr[oa]s?",
            r"no para de (?:salir|salirle|salirme) (?:la )?sangre",
            r"sale mucha sangre|sigue saliendo (?:y saliendo|sangre)",
            r"(?:empap|llenando|llene|lleno) (?:\w+ ){0,3}(?:toalla|toallas|gasas|trapos|toallas"
            r" femeninas)",
            r"(?:sangra|sangrando|sangre|sale mucha sangre) (?:mucho|muchisimo|bastante|a chorros|"
            r"un chorro|como (?:llave|grifo|manguera)|"
            r"sin parar|y no para|que no para|que no se detiene|un monton)",
            r"(?:sale|salia|sale la) (?:mucha )?sangre (?:a chorros|sin parar)",
            r"sangre (?:le |me )?(?:sale|salia|brota) (?:a chorros|sin parar)",
            r"(?:le|me) sale mucha sangre",
            r"no (?:para|deja|se detiene|se le quita|se le para|le para) de sangrar",
            r"(?:la sangre|sangre) no (?:para|se detiene|se (?:le |me )?para)",
            r"no se (?:le|me) para",
            r"(?:hemorragia|desangrando|desangrandose|bleeding a lot|won'?t stop bleeding)",
            r"(?:vomita|vomitando|tose|tosiendo|escupe|escupiendo|obra|popo) (?:con )?sangre",
            r"(?:un )?charco de sangre",
            r"no (?:se )?(?:le |me )?(?:para|detiene|quita|corta) la sangre",
            r"sangre por (?:todos? (?:los )?lados?|todas (?:partes|lados)|todo el (?:piso|suelo"
            r"|cuerpo|carro|bano|cuarto))",
            # a cut or a wound with much blood, however said: "se corto la mano ... es mucha
            # sangre" (a heavy period's "mucha sangre" is no wound's)
            rf"(?:se corto|me corte|se cortaron|cortada|cortadura|herida|machetaz|navajaz"
            rf"|cuchillaz){_SOME}(?:muchisima|mucha|demasiada|un monton de) sangre",
            # the amount said after: "botando sangre por abajo, bastante"
            r"(?:botando|echando|perdiendo|brotando|chorreando|tirando) sangre(?: \w+){0,3},? "
            r"(?:mucha|muchisima|bastante|demasiada|un monton)\b",
            # much blood lost, in the words of every region: "botando", "echando", "le baja"
            # ("me baja mucha sangre" each month is a heavy period, not a bleed now)
            r"(?:botando|bota|echando|tirando|perdiendo|bajando|saliendo|brotando) (?:mucha"
            r"|muchisima|bastante|demasiada|un monton de) sangre",
            rf"(?:coagulos|cuajos|cuajarones){_SOME}como (?:un |una )?(?:limon|huevo|puno|pelota"
            r"|naranja)",
            r"bleeding (?:mucho|muchisimo|bastante|un monton|sin parar|bien feo)",
        ),
        "anaphylaxis": (
            r"edema (?:lingual|de (?:la )?lengua|de glotis|laringeo|de labios)",
            r"(?:picadura|pico) (?:de )?(?:una )?(?:abeja|avispa)(?: \S+){0,8} (?:edema|estridor"
            r"|hipotension|ronchas)",
            r"(?:ronchas|urticaria)(?: \S+){0,12} (?:(?:le|me) cuesta respirar|no (?:puede"
            r"|puedo) (?:respirar|tragar))",
            r"(?:labios|boca|lengua|parpados|cara|ojos) (?:\w+ ){0,3}(?:bien |muy )?(?:hinchad"
            r"|inchad)",
            rf"(?:cacahuate|mani|nuez|nueces|mariscos|camaron|abeja|avispa|penicilina)"
            rf"{_SOME}(?:hinch|ronchas|cierra la garganta|garganta (?:cerrad|apretad|hinchad"
            rf"|se (?:le |me )?cierra)|respir(?!atori)|silb)",
            # After a shot, a red and swollen arm or thigh is the shot's; the throat, the
            # breath or hives are a reaction ("la vacuna contra el virus respiratorio" is not).
            rf"(?:vacuna|inyeccion){_SOME}(?:ronchas|cierra la garganta|garganta (?:cerrad"
            rf"|apretad|hinchad|se (?:le |me )?cierra)|(?:no puede|no puedo|le cuesta|me cuesta)"
            rf" respirar|silba el pecho|(?:labios|lengua|cara|ojos) (?:\w+ )?(?:hinchad|inchad)"
            rf"|(?:hinch|inch)\w* (?:\w+ )?(?:los labios|la lengua|la cara|los ojos|la garganta)"
            rf"|pica la garganta)",
            r"garganta (?:apretada|cerrada|cerrandose|chiquita|chiquitita|como (?:cerrada"
            r"|apretada))",
            # a tongue or lips grown big: "la lengua gorda", "la lengua como un globo"
            r"lengua (?:\w+ ){0,2}(?:gorda|grandota|inflada|como (?:un |una )?(?:globo|pelota))",
            r"(?:labios|boca) (?:\w+ ){0,2}(?:inflados|inflada|como (?:un |una )?(?:globo|pelota))",
            # lips or a mouth grown fat, not from a blow ("la boca gorda por el golpe")
            r"(?:labios|boca) (?:\w+ ){0,2}(?:gord|grandot)[oae]s?+(?! (?:\w+ ){0,2}(?:por|del|de"
            r"|con) (?:el |un |la |una )?(?:golpe|caida|muela|diente|trancazo|pelotazo|cirugia))",
            # a swelling that reaches the tongue, the lips or the uvula ("el galillo"): "esta
            # hinchada toda la cara y la lengua" (not tonsils and a sore throat)
            r"(?:hinch|inch)\w* (?:\w+ ){0,4}(?:la lengua|los labios|la campanilla|el galillo)",
            r"(?:se le|se me|se nos|le|me) (?:\w+ )?(?:cierra|cerro|esta cerrando|cerrando|hincho|"
            r"hincharon|inflamaron|"
            r"esta hinchando|estan hinchando|inflamo|esta inflamando"
            r"|estan inflamando) (?:la garganta"
            r"|la lengua|los labios|la boca|la campanilla|el galillo)",
            r"(?:garganta|lengua|labios|galillo|campanilla) (?:se le |se me )?(?:hinchad[oa]s?"
            r"|cerrad[oa]|cerrandose)",
            r"(?:reaccion alergica (?:severa|fuerte|grave)|anafilaxia|anafilaxis"
            r"|choque anafilactico|"
            r"shock anafilactico|edema de (?:lengua|glotis|labios))",
            rf"(?:ronchas|urticaria){_SOME}(?:no puede respirar|le cuesta respirar|la garganta|"
            r"la lengua|los labios|no (?:le |me |les )?(?:pasa|entra) (?:el |nada de )?aire|(?:le"
            r"|me) falta (?:el )?aire|se (?:le|me) cierra|ahog|silb)",
            r"(?:pico una (?:abeja|avispa)|picadura de (?:abeja|avispa)) (?:\w+ ){0,6}(?:hinch"
            r"|inflam"
            r"|respir|silb)",
            r"(?:le|me) (?:puse|pusieron|inyecte) (?:el|la) (?:epipen|epi pen|epinefrina)",
            r"(?:allergic reaction|throat (?:is )?closing)",
        ),
        "overdose_poisoning": (
            r"ingesta (?:intencional|accidental|voluntaria)",
            r"(?:ingesta de|ingirio|ingerio) (?:\W*\w+ ){0,3}(?:tab|tabs|tabletas|pastillas"
            r"|pildoras)\b",
            r"(?:se tomo|tomo|se trago|trago|se comio|comio|mordio|se bebio|bebio|ingesta de"
            r"|ingirio|ingerio|chupo|se metio a la boca|se echo a la boca) (?:\w+ ){0,4}(?:cloro"
            r"|lejia|blanqueador|clorox|detergente|suavizante|limpiador|destapacanos|destapador"
            r"|lavaplatos|lavavajillas|aceite de lampara|queroseno|kerosen|gasolina|thinner"
            r"|anticongelante|raticida|veneno|insecticida|pilas?|bateria|baterias|iman|imanes"
            r"|vape|nicotina|matarratas?|mata ratas|veneno para (?:ratas|ratones|cucarachas))",
            r"(?:todo el frasco|el frasco entero|toda la botella|el bote entero|todo el bote|"
            r"todo el pomo)",
            rf"{_TOOK}{_SOME}(?:la botella|el frasco|el bote|el pomo) (?:complet[oa]|enter[oa])"
            r"(?! de agua)",
            r"(?:con|junto a|al lado de) (?:el|un|los|unos) frascos? (?:de \w+ )?vacios?",
            rf"(?:se tomo|me tome|tomo|le di|le dimos|se puso|se inyecto) (?:sus|las|su|la|mis|mi) "
            rf"(?:{_PILLS}|pastilla|insulina|dosis|medicina) dos veces",
            r"se (?:paso|pasaron|me paso) de (?:pastillas|droga|drogas|pildoras|medicina|perico"
            r"|coca)",
            r"se (?:inyecto|fumo|inhalo|esnifo) (?:algo|droga|drogas|heroina|fentanilo|cristal"
            r"|perico|coca)",
            r"(?:se intoxico|se intoxicaron|lo envenenaron|la envenenaron)",
            r"(?:ingirio|ingesta de|ingerio) (?:\W*\w+ ){0,3}(?:tabs|tabletas|pastillas|pildoras)",
            r"(?:doble|double|dos veces) (?:la |su )?(?:dosis|insulina)|se (?:puso|inyecto)"
            r" (?:doble|double)",
            r"(?:no sabemos cuantas|no se cuantas|que encontro en)",
            r"(?:monoxido|olor a gas|sera el gas|es el gas)",
            rf"{_TOOK} (?:todas las |todo el frasco de |un frasco de |un bote de |muchas |"
            rf"demasiadas |un monton de |como (?:\w+ )?|\d+ |las \w+ (?:de|del) )(?:{_PILLS})?",
            rf"{_TOOK} (?:\w+ ){{0,2}}(?:cloro|blanqueador|veneno|lejia|detergente|limpiador|"
            r"pintura|gasolina|raticida|insecticida|pila|pilas|capsula de detergente|fentanilo|"
            r"heroina|algo)",
            # a poisoning, not a remedy sold for one ("naloxona para sobredosis")
            r"(?<!para )(?<!contra )(?<!de )(?<!las )(?:sobredosis|envenenad[oa]|envenenamiento|"
            r"intoxicad[oa]|intoxicacion|overdose)",
            r"(?:demasiadas|muchas) pastillas",
            rf"{_TOOK} (?:unas |las |sus )?{_PILLS} de (?:la|el|mi|su|sus) (?:abuela|abuelo|mama|"
            r"papa|esposo|esposa|hermano|hermana|tia|tio|otra persona)",
            r"(?:doble|triple) (?:la )?dosis",
            rf"{_PILLS} de (?:mi|su) (?:esposo|esposa|mama|papa|abuela|abuelo) (?:ademas|tambien)",
        ),
        "suicidal_homicidal": (
            r"cartas? de despedida|ya me despedi|se (?:esta )?despid(?:io|iendo) de (?:todos|sus"
            r"|mis)",
            r"(?:se va|me voy) a (?:tirar|aventar|lanzar)\b",
            r"regal(?:o|ando|ado) (?:todas )?(?:sus|mis) cosas",
            r"voces que (?:le|me) (?:dicen|ordenan|piden|mandan)",
            r"(?:hacerse|hacerme) dano|hacer(?:le)? dano a (?:su|mi|sus|la|el|los|alguien)\b",
            r"(?:quiero|quiere) desaparecer|no despertar (?:nunca )?mas",
            r"cuando (?:yo )?(?:ya )?no (?:este|estare)\b",
            r"no voy a estar (?:mucho tiempo mas|por mucho tiempo|mucho mas)",
            r"esta noche es la noche",
            r"(?:quiero|quiere) (?:morir|murir|morirme|morirse)",
            r"(?:colgarme|colgarse|ahorcarme|ahorcarse)\b",
            r"(?:aventar|tirar)(?:se|me)? (?:del|de un|de una|al|bajo) (?:puente|edificio|techo"
            r"|balcon|"
            r"carro|tren|piso)",
            r"(?:va|voy|vamos) a matar (?:a |al )",
            r"(?:se quiere|me quiero|quiere|quiero|se va a|me voy a) (?:matar|morir|suicidar|"
            r"quitar la vida)",
            r"(?:quitarse|quitarme) la vida",
            r"(?:suicidarse|suicidarme|suicidio|suicida)",
            r"(?:no quiere|no quiero) (?:vivir|seguir viviendo|estar aqui)",
            r"(?:matar|lastimar|hacerle dano) a (?:alguien|mi|su|sus|la|el|los)",
            r"(?:se corto|se esta cortando|me corte) (?:las venas|las munecas)",
            r"(?:kill (?:myself|himself|herself)|suicidal)",
            r"(?:acabar|terminar) con (?:todo|mi vida|su vida)(?!\w| (?:el|la|los|las|lo)\b)",
            r"(?:pegarse|pegarme|darse|darme|pegar) un (?:tiro|balazo|plomazo)|volarse los sesos",
            r"amenaz\w* con (?:matar|suicidarse|quitarse la vida|hacer(?:le|me|nos|se)? dano"
            r"|lastimar)",
            r"(?:estarian|estaran) mejor sin (?:mi|el|ella)\b",
            r"(?:pensando|pienso|piensa|penso|pensado) en (?:matarme|matarse|suicid|quitarme la "
            r"vida|quitarse la vida|morirme|morirse|hacerme dano|hacerse dano|tirarme|tirarse"
            r"|colgarme|colgarse)",
            r"(?:se va|me voy) a cortar(?=\s*(?:[,.;!?]|$| las venas| las munecas| los brazos"
            r"| otra vez| de nuevo))",
            r"no despertar(?:me|se)? (?:nunca|jamas)|dormir(?:me|se)? y no despertar",
            # a threat to kill, reported: "dice que si lo dejo me mata"
            r"(?:dice|dijo|amenaza|amenazo|grita|grito) que (?:si \w+ (?:\w+ )?)?(?:me|nos|la|lo"
            r"|los|te) (?:mata|matara|va a matar)\b(?! (?:el|la|los|las) (?:dolor|comezon|calor"
            r"|cansancio|espalda|cabeza|panza|muela|estres|trabajo|tos))",
            r"deseos? de (?:muerte|morir)|ideas? de muerte|ahorcamiento",
        ),
        "major_trauma_burns": (
            r"(?:le|me) cayo (?:una|un) (?:viga|pared|mueble|carro|arbol|piedra|roca) (?:en"
            r"|encima)",
            r"se (?:corto|cortaron|corte) (?:\w+ )?dedos?\b|amputad|amputo",
            r"accidente (?:en|de) (?:la |el )?(?:moto|carro|coche|auto)",
            r"(?:quemad[oa]s|ampollas|ampoyas) (?:\w+ ){0,4}(?:cara|brazos|pecho|espalda)|se le"
            r" prendio la ropa",
            r"(?:accidente de (?:carro|coche|auto|moto|transito)|lo atropell|la atropell|"
            r"atropellad[oa]|choque de carro|chocaron)",
            r"(?:se cayo|cayo|me cai) (?:de|del) (?:un |una |el |la )?(?:techo|escalera"
            r"|segundo piso|tercer piso|azotea|tejado|ventana|puente|caballo|barranco|"
            r"balcon|andamio|arbol)",
            r"(?:balazo|le dispararon|herida de bala|apunal|acuchill|le dieron una punalada)",
            r"(?:quemadura|quemaduras|se quemo|se quemaron) (?:grande|grave|graves|fuerte"
            r"|muy feas?|"
            r"de (?:2|3|segundo|tercer)|\d|en (?:toda|todo|la cara|el pecho|la espalda|los brazos"
            r"|las piernas|el cuerpo|el cuello|la cabeza))",
            r"(?:aceite|agua|olla de agua|cafe) hirviendo",
            r"(?:todo|toda) (?:el|la) (?:\w+ ){0,4}quemad[oa]s?",
            r"no siento las piernas",
            r"(?:hueso|huesos) (?:salido|saliendo|de fuera|expuesto)",
            r"(?:se volco|volcadura|se volteo el carro|se volteo la (?:troca|camioneta))",
            r"atrapad[oa] (?:en|dentro de|entre|bajo) (?:el|la|los|las) (?:carro|camioneta|troca"
            r"|fierros|escombros|auto|coche)",
            # blows of a blade: "navajazo", "machetazo" ("machetaso" sounds the same)
            r"(?:navajaz|machetaz|cuchillaz|filerazo|plomazo)",
            r"(?:se quemo|se quemaron|me queme|se prendio|se incendio) (?:\w+ ){0,3}con (?:gasolina"
            r"|fuego|thinner|alcohol|cohetes|polvora|acido|lumbre)",
            r"choque (?:en|de) (?:la |el |su |mi )?(?:moto|carro|troca|camioneta|coche|auto|bici)",
            r"se (?:le|me) (?:ve|ven|sale|salio) el hueso",
            r"exploto (?:el |la |un |una )?(?:tanque|cilindro|estufa|boiler|calentador|cohete|pipa)"
            r"|explosion (?:de|del) (?:gas|tanque|cilindro|estufa)",
            r"electrocut|descarga electrica|(?:le|me) (?:dio|pego) (?:la )?corriente",
            r"politraumatizad[oa]|politrauma",
        ),
        "caller_alarm": (
            r"apur[ae]n[sc]e\b",
            r"(?:le|me) (?:esta pasando|pasa) algo (?:malo|grave|muy raro)",
            r"(?:lo|la) veo (?:terrible|fatal|malisim[oa])",
            r"se (?:me|nos) muere",
            r"(?:creo que |siento que )?se (?:esta|nos esta|me esta) muriendo",
            r"(?:se va a morir|se nos (?:va|ba|esta yendo)|se me va|me voy a morir)",
            r"(?:por favor|porfa) (?:apurense|rapido|ayudenme|ayuda|manden a alguien|vengan)",
            # a cry for help, not help asked for ("necesito ayuda, por favor, con el portal")
            r"ayuda(?<!necesito ayuda)(?<!necesitamos ayuda)(?<!pedir ayuda)(?<!una ayuda)"
            r"(?<!la ayuda)(?<!su ayuda)(?:,| por favor|!)",
            r"(?:ayudenme|auxilio)(?:,| por favor|!)",
            r"(?:algo (?:esta|anda) (?:muy )?mal|no esta bien) (?:con|en) (?:mi|el|la|su)",
            r"(?:algo esta muy mal conmigo)",
            r"(?:es una|esto es una) emergencia",
            r"(?:esta|se ve|lo veo|la veo) muy mal",
            r"nunca (?:lo|la) habia visto asi",
            r"(?:estoy|estamos) (?:muy )?(?:asustad[oa]s?|desesperad[oa]s?|aterrad[oa]s?)",
            r"tengo mucho miedo(?! (?:a|al)\b| de (?!que))",
            r"(?:llamen|llamar) (?:al|a la) (?:911|ambulancia)",
            r"(?:esta|se ve|lo veo|la veo|se puso) (?:muy |bien |super )?grave",
            # a life going, not a voice or a signal ("se me esta yendo la voz")
            r"se (?:me|nos|le) (?:esta|estan) (?:yendo|llendo|iendo)(?! (?:la|el|los|las) )",
            r"(?:necesito|necesitamos|ocupo|ocupamos|manden|mande|mandeme|mandenme|llamen|envien"
            r"|pidan) (?:una |la )?ambulancia",
            r"agonizando|agonizante",
            r"(?:no (?:lo|la|le) veo|no se ve) nada bien",
        ),
        "infant_fever": (
            rf"baby de (?:\w+ )?(?:semanas|dias|un mes|1 mes|dos meses|2 meses){_SOME}{_FEVER}",
            r"(?:bebe|bebito|bebita|recien nacid[oa]|nino|nina|guagua|lactante) (?:de |tiene "
            r"|tiene "
            r"apenas |apenas )?(?:\w+ )?(?:sem|semanas|dias|un mes|1 mes|dos meses|2 meses)\b"
            rf"(?: de nacid[oa])?{_SOME}{_FEVER}",
            rf"{_FEVER}{_SOME}(?:bebe|bebito|bebita|recien nacid[oa]|nino|nina) de (?:\w+ )?"
            r"(?:semanas|dias|un mes|1 mes|dos meses|2 meses)",
            rf"nacio hace (?:un mes|\w+ semanas|\w+ dias){_SOME}{_FEVER}",
            # No child named: "tiene once semanas y tiene calentura" is an age, under three
            # months; "tiene tres semanas con fiebre" is how long, and weeks of a pregnancy
            # ("mi esposa tiene ocho semanas") are no infant.
            r"(?<!esposa )(?<!mujer )(?<!novia )(?<!mama )(?<!hermana )(?<!nuera )(?<!ella )"
            r"tiene (?:apenas )?(?:[1-9]|1[0-2]|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
            r"|diez|once|doce) semanas(?: de nacid[oa])?(?! (?:de embarazo|embarazada|con|que))"
            rf"{_SOME}{_FEVER}",
        ),
        "fever_stiff_neck_confusion": (
            r"(?:fiebre|calentura|fever)(?: \S+){0,8} (?:no (?:puede|puedo) (?:mover|doblar"
            r"|bajar) el cuello|rigidez de nuca|cuello (?:tieso|rigido|duro)|confusion|delirando)",
            rf"(?:fiebre|calentura|fever){_SOME}(?:como perdid[oa]|que dia es|no tienen sentido|"
            r"delirando|desvariando|no sabe donde esta)",
            r"(?:fiebre|calentura|fever) (?:\w+ ){0,6}(?:cuello (?:tieso|rigido|duro)"
            r"|rigidez de nuca"
            r"|no puede (?:mover|doblar|bajar) (?:el cuello|la barbilla)|confundid[oa]|"
            r"desorientad[oa]|no (?:me |la |lo )?reconoce|cosas sin sentido)",
            r"(?:cuello (?:tieso|rigido|duro)|rigidez de nuca|confundid[oa]|desorientad[oa]) "
            r"(?:\w+ ){0,6}(?:fiebre|calentura)",
            r"(?:manchas|puntitos) (?:moradas?|morados|rojos?) que no (?:se quitan|desaparecen)",
            r"petequias",
        ),
        "severe_pain": (
            r"duele (?:\w+ ){0,5}(?:horrible|insoportable|espantoso|como nunca)",
            r"dolor (?:[\w,]+ ){0,8}(?:no aguanto|no aguanta|no soporto|no soporta)",
            r"como nunca en (?:mi|su) vida|el peor de (?:mi|su) vida",
            r"duele (?:\w+ ){0,3}(?:horrible|insoportable|espantoso|como nunca)",
            rf"dolor (?:de \w+ |en el \w+ )?(?:{_STRONG}|insoportable|horrible|terrible|espantoso|"
            r"del diez|de diez|diez de diez|10 de 10|10/10)",
            r"(?:el peor dolor|el peor de mi vida|nunca habia tenido un dolor)",
            r"(?:no aguanta|no aguanto|no soporta|no soporto) (?:el|este|ese|del) dolor",
            r"(?:me esta|le esta) matando (?:el|la) (?:dolor|muela|cabeza|panza|espalda|estomago)",
            r"(?:llorando|grita|gritando) (?:de|del) dolor",
            r"\b10/10\b",
            r"dolor (?:[\w,]+ ){0,5}(?:insoportable|horrible|terrible|espantoso)",
            r"(?:le|me) duele (?:\w+ ){0,3}de repente",
        ),
        "dental_trauma": (
            r"(?:me|se|le) (?:quebre|quebro|rompi|rompio|parti|partio|tumbe|tumbo) (?:el|un|la"
            r"|los|una) (?:diente|dientes|muela|muelas)(?! de leche)",
            r"(?:se le|se me) (?:cayo|salio|tumbo|quebro|rompio|partio) (?:un|una|el|la|los|las) "
            r"(?:diente|dientes|muela|muelas)(?! de leche)",
            r"(?:diente|dientes|muela) (?:tumbad[oa]|arrancad[oa]|quebrad[oa]|partid[oa]|flojo por "
            r"un golpe|salido)",
            r"(?:le|me) (?:tumbaron|arrancaron|quebraron) (?:un|el|los) dientes?",
        ),
        "facial_swelling": (
            r"(?:cara|cachete|mejilla|quijada|mandibula|ojo) (?:\w+ ){0,3}se (?:le "
            r"|me )?esta (?:hinchando|inflamando)",
            r"(?:se le|se me) (?:\w+ )?(?:hincho|hinchando|inflamo|inflamando) (?:la|toda la|media"
            r"|el)"
            r" (?:cara|quijada|mandibula|mejilla|cachete|ojo)",
            r"(?:cara|quijada|mandibula|mejilla|cachete) (?:muy |bien |toda )?(?:hinchad[oa]|"
            r"inflamad[oa])",
            r"(?:hinchazon|inflamacion) (?:en|de) (?:la )?(?:cara|quijada|mandibula|mejilla)",
            r"(?:cachete|cara) como una pelota",
        ),
        "postop_bleeding": (
            r"post[- ]?(?:qx|\w+ectomia|\w+tomia)(?: \S+){0,8} sangr",
            r"(?:operaron|intervinieron) a (?:mi|su) \w+(?: \S+){0,12} (?:sangr|sangre)",
            # Not blood drawn for a test: "me sacaron sangre el martes para el colesterol".
            rf"(?:me|le|la|lo) (?:sacaron(?! (?:\w+ ){{0,2}}(?:sangre|analisis|examen|laboratorio))"
            rf"|operaron|quitaron|hicieron){_SOME}(?:sangr|sangre)",
            rf"(?:despues de|desde) (?:la|su|mi) (?:cirugia|operacion|extraccion|biopsia|sacada de "
            rf"muela){_SOME}(?:sangr|sangre)",
            rf"(?:sangra|sangrando|sangre){_SOME}(?:despues de|desde) (?:la|su|mi) (?:cirugia|"
            r"operacion|extraccion|biopsia)",
            rf"post[- ]?(?:extraccion|operatorio|cirugia){_SOME}sangr",
            rf"(?:surgery|operacion|cirugia){_SOME}(?:sangrando|sangra)",
        ),
        "wound_infection_fever": (
            rf"(?:puntos|herida|cortada){_SOME}(?:roja|caliente|pus|infect){_SOME}(?:{_FEVER}"
            rf"|fever)",
            rf"(?:herida|cortada|incision|llaga|quemadita|operacion){_SOME}(?:pus|roja|caliente|"
            rf"infect|supura|huele feo|morada|purulenta|eritematosa){_SOME}(?:{_FEVER}|fever)",
            rf"(?:{_FEVER}){_SOME}(?:herida|incision|cortada|llaga) (?:\w+ ){{0,4}}(?:pus|infect|"
            r"roja|supura)",
        ),
        "pregnancy_bleeding_movement": (
            r"no siento (?:al|a mi|el|a el|a la) (?:bebe|nino|nina) (?:moverse|mover|patear)",
            rf"(?:embarazada|embarazo|en cinta|pregnant|\d+ semanas|\w+ meses){_SOME}(?:sangr|"
            r"sangre|manchando|coagulos|no se mueve|no lo siento|no la siento|dejo de moverse|no "
            r"siento que (?:el bebe|se)|casi no se mueve|se le rompio la fuente|rompio fuente)",
            r"(?:el bebe|mi bebe) (?:casi )?(?:no se mueve|no se ha movido|dejo de moverse"
            r"|no patea)"
            r"(?! (?:el brazo|la pierna))",
            r"movimientos fetales",
            r"(?:se me rompio|se le rompio) la fuente",
        ),
        "head_injury": (
            rf"(?:se pego|me pegue|se golpeo|se dio|me di|golpe|golpe fuerte|se cayo|tce){_SOME}"
            rf"(?:cabeza|cabesa){_SOME}(?:vomit|mare|confundid|dormid|adormilad|somnolient|sangr"
            rf"|desmay|no recuerda|doble|"
            r"sueno|chichon|eliquis|coumadin|warfarina|anticoagul|noquead|no quiere hablar"
            r"|le duele "
            r"fuerte)",
            r"(?:golpe|golpazo|trancazo|chingadazo) (?:fuerte )?en la cabeza",
            r"\btce\b",
        ),
        "sudden_vision_loss": (
            r"(?:deje|dejo) de ver",
            r"(?:se puso|se (?:me|le) puso) (?:todo )?negro",
            r"bajado una cortina",
            r"(?:de repente|de pronto|derrepente|repentinamente) (?:\w+ ){0,4}(?:no (?:ve|veo"
            r"|puede "
            r"ver)|perdio la vista|se quedo ciego|vista (?:borrosa|negra)|se (?:le"
            r"|me) fue la vista)",
            r"(?:perdio|perdi|perdiendo) la vista|perdida (?:subita|repentina) de (?:la )?vision",
            r"(?:no (?:ve|veo) (?:nada|de un ojo))",
            r"(?:una cortina|una sombra) (?:negra )?(?:en|sobre|que (?:me|le) tapa)",
            r"se (?:le|me) fue la vista",
        ),
        "child_dehydration": (
            r"sin diuresis|anuria|mucosas secas",
            r"(?:nino|nina|bebe|hijo|hija|bebito|bebita|nene|nena"
            r"|chamo) (?:\w+ ){0,8}(?:no ha hecho "
            r"pipi|no ha orinado|no moja (?:el|los) panal|casi no moja|panal seco"
            r"|no quiere tomar nada"
            r"|no retiene (?:nada|liquidos)|ojos hundidos|mollera hundida|mollerita hundida)",
            r"(?:no ha hecho pipi|no ha orinado|panales secos|sin panal mojado|mollera hundida|"
            r"mollerita hundida|ojos hundidos|no retiene nada|labios resecos|llora sin lagrimas|"
            r"boca seca)",
            r"vomita(?:ndo)? todo lo que (?:toma|come|le doy)",
        ),
        "medication_reaction": (
            r"(?:inicio|empezo|empece|comenzo)(?: \S+){0,8} (?:exantema"
            r"|lesiones en (?:las )?mucosas|stevens)",
            rf"(?:cambiaron|empezo) (?:la |el )?(?:medicina|medicamento|pastilla){_SOME}(?:mare|se"
            rf" cae|"
            r"presion baj|desmay)",
            rf"(?:medicina|medicamento|pastilla|antibiotico|inyeccion|vacuna|jarabe) nuev[oa] "
            rf"{_SOME}(?:ronchas|hinch|reaccion|no puede respirar|sarpullido|ampollas|rash"
            rf"|temblando|"
            r"acelerado|cuello torcido|lengua de fuera|vomita)",
            rf"(?:cambiaron|empezo|inicio|empece) (?:la |el )?(?:medicina|medicamento|pastilla|"
            rf"antibiotico|jarabe)(?: nuev[oa])?{_SOME}(?:ronchas|hinch|sarpullido|ampollas|rash"
            rf"|temblando|"
            r"acelerad|agitad|vomita|cuello torcido)",
            rf"desde que (?:me|le|se) (?:tome|tomo|dieron|puse|empezo){_SOME}(?:ronchas|hinch|"
            r"sarpullido|ampollas|rash)",
            rf"(?:inicio|empezo|empece) \w+ hace \w+ dias{_SOME}(?:rash|ronchas|sarpullido"
            rf"|ampollas)",
            r"(?:reaccion|ronchas|sarpullido|hinchazon) (?:\w+ ){0,6}(?:a la|al|por la|por el) "
            r"(?:medicina|medicamento|pastilla|antibiotico|penicilina|amoxicilina)",
        ),
        "suspected_fracture": (
            r"(?:brazo|pierna|tobillo|muneca|dedo|hueso) (?:se (?:le|me) )?(?:ve|quedo"
            r"|esta) (?:chuec|torcid|doblad)",
            r"no se (?:puede|pudo) (?:parar|levantar)",
            r"(?:mas corta|acortada|volteada) (?:\w+ ){0,3}(?:pierna|pie)|(?:pierna|pie) (?:\w+"
            r" ){0,5}(?:mas corta|volteada)",
            r"(?:se quebro|se fracturo|se rompio|quebrado|quebrada|fracturad[oa]|roto|rota) "
            r"(?:el |la )?(?:brazo|pierna|tobillo|muneca|hueso|cadera|mano|pie|dedo|clavicula)",
            r"(?:hueso|brazo|pierna|tobillo|muneca|dedo) (?:quebrad[oa]|fracturad[oa]|chueco|"
            r"chueca|doblad[oa] raro|(?:le |se le |me )?quedo chuec[oa]|se (?:me "
            r"|le )?ve torcid[oa])",
            r"(?:se (?:le|me) doblo|esta chueco)",
            r"(?:pierna|cadera) (?:\w+ ){0,4}(?:acortada|volteada|rotacion externa)",
            rf"{_CANT} (?:apoyar|pisar|mover|caminar con|pararse|levantarse)",
            r"no (?:la|lo) (?:puede|puedo) mover",
        ),
        "animal_bite": (
            r"(?:perro|gato|mapache|murcielago|animal|vibora|serpiente|zorro|chucho"
            r"|perrito)\w* (?:\w+ ){0,2}(?:mordio|mordieron|ataco)",
            r"(?:lo|la|le|me|nos) (?:mordio|mordieron|pico una vibora|pico una culebra)",
            r"(?:mordida|mordedura) de (?:perro|gato|mapache|murcielago|animal|vibora|serpiente)",
            r"murcielago (?:\w+ ){0,10}(?:mordio|mordida)",
        ),
        "cannot_urinate": (
            rf"{_CANT} (?:hacer|aser) (?:del bano|de la pipi|del uno)",
            rf"(?:pipi|orina){_SOME}(?:nada sale|no sale nada|no me sale)",
            rf"{_CANT} (?:orinar|hacer pipi|mear|miar|hacer del uno)",
            r"no (?:ha|he) (?:podido )?(?:orinar|hacer pipi|miar) (?:en todo|desde|nada)",
            r"retencion (?:urinaria|de orina)",
            r"no (?:le|me) sale (?:nada|la orina|nomas gotitas)",
        ),
        "critical_result": (
            r"(?:receta|dosis|prescripcion)(?: \S+){0,14} (?:peligros[oa]|un error|equivocad[oa]"
            r"|demasiado alta)",
            r"(?:troponina|potasio|glucosa|hemoglobina|sodio|inr|plaquetas|calcio|creatinina"
            r"|lactato)(?: [\w.]+){0,3} critic[oa]",
            rf"(?:diario|diaria){_SOME}semanal",
            r"(?:resultado|valor|valores) (?:critico|criticos|de panico|muy alto|muy bajo)",
            r"(?:potasio|hemoglobina|sodio|inr)\b (?:[\w.]+ ){0,4}(?:critico|critica|de|en"
            r"|salio en|salio de|:) ?\d",
            # A sugar is critical by its value, under 70 or from 400: "me salio en 142" is not.
            r"(?:glucosa|azucar)\b (?:[\w.]+ ){0,4}(?:critico|critica|(?:de|en|salio en|salio de"
            r"|:) ?(?:[1-6]\d|[2-9]|[4-9]\d\d|[1-9]\d\d\d)\b)",
            r"(?:receta|prescripcion|dosis) (?:peligrosa|equivocada|muy alta|mal escrita)",
            r"(?:diario|diaria) en (?:vez|lugar) de semanal",
            r"dosis (?:\w+ ){0,3}(?:diez|dies|10) veces|mas alta de lo normal",
        ),
    }
)

#: Words (or their starts) without which a family's patterns cannot match: a call is only
#: searched for the families whose words it has. Three letters or fewer: the whole word.
STEMS: Mapping[str, str] = MappingProxyType(
    {
        "chest_pain": "raro feo mal extrano precord retroest toracic pesadez quemazon apreton peso "
        "elefante piedra ladrillo yunque esternon pexo molestia arde pesa pecho corazon torax "
        "infart ataque chest heart dolor duele aprieta oprime apachurr estruj exprim aplast "
        "pressure pain agarr soba sobaba presion opresion malestar pecjo peho toca tocaba "
        "tocandose sujeta sujetandose presiona",
        "breathing": "jadea frase frases oracion palabras pararme pararse parar aleteo tiraje "
        "retracc satur sat oxigeno oximetro o2 ahog entra respir aire asfixi morad azul gris "
        "costill silb estrid breath breathe labios boca boquita pecho ataque ataquito asma crisis "
        "boque quedando quede quedo queda dejo paro pausas ratos segundos disnea marcan hunden "
        "notan hunde agarra jala coge toma traga trago saliva secreciones disfagia baba babe "
        "sialorrea drooling acostar decubito tripode sentado sentada sienta sentarse sentarme "
        "inclinado inclinada caliente garganta throat pasa ruido ruidito inspiratorio chillido "
        "batalla batallando lucha luchando peleando sufre sufriendo esforzandose esfuerza "
        "dificultad resp cuello pescuezo cervical",
        "choking": "atragant ahogando agarra agarrand voz asfixi ahog atora atasc garganta choking "
        "moneda espina hueso uva pieza juguete pila canica dulce pedazo pastilla boton tapit arete "
        "clavo tornillo bolit globo toser llorar hablar sale atorad cuerpo heimlich jaimlich "
        "maniobra",
        "stroke": "afasia paresia disartria fuerza palabras brazo pierna mano arrastr traba "
        "traband trabada cara boca ultima vista visto vimos derrame embolia ictus stroke habla "
        "hablando hablar lado mitad debilid palabra paralisis comisura hemipar hemiple durmio "
        "repente pronto entum adormec sonrisa cuelga estroc estrok estroq lengua",
        "unresponsive": "respond reacciona contest despiert desper inconsc desmay conocim tieso "
        "tiesa ida ido ojit ojos unresponsive wake vuelve volvia regresa grito hablo llamo muevo "
        "sacudo movemos sacudimos gritamos hablamos inconci glasgow tirad encontr reaciona "
        "somnoliento somnolencia sonoliento aletargado letargico letargo letargia adormilado "
        "amodorrado dificil cuesta despertar queda quedo quedando duerme durmio mantener "
        "obnubilado estuporoso estupor obedece deterioro alteracion disminucion deprimido "
        "alterado disminuido alerta conciencia consciencia estimulo hiporreactivo arreactivo "
        "hipoactivo hipotonico flacido desguanzo desguanza desguanzado desguanzando bracitos "
        "piernitas muneco muneca munequito munequita ojo muert mueve",
        "fainting": "desmay priv desvan sincope mundo conocim concien yeyo patatus soponcio passed "
        "fainted redond palida sentido vahido",
        "seizure": "sesure seisure sisure sacud convuls temblan combuls ataque ataquito seizure "
        "seizing tembl rigid tieso tiesa ojos crisis mirada status estatus estado epilep espuma "
        "voltea",
        "severe_bleeding": "empap brota sale salia chorro chorros lleno llena llenando sangrado "
        "popo heces evacuac excremento bano caca deposic obrando sangr sangre hemorr bleeding "
        "toalla toallas gasas trapos charco cuajo cuajar coagul bota botando echando tirando "
        "perdiendo bajando",
        "anaphylaxis": "edema picadura pico ronchas urticaria garganta lengua labios boca "
        "campanilla alergic anafil abeja avispa epipen epi epinefr parpados cacahuate mani nuez "
        "nueces marisco camaron vacuna inyec penicil throat allergic gorda inflad globo hincharon "
        "inflamaron galillo",
        "overdose_poisoning": "ingesta ingiri ingeri tomo trago comio mordio bebio chupo metio "
        "echo tome trague sobredo envenen intoxic overdose pastill dosis frasco botella bote "
        "ingest monoxido gas sabemos encontro doble double triple demasiad muchas inyecto fumo "
        "inhalo esnifo pomo paso pasaron matarrat mata",
        "suicidal_homicidal": "carta cartas despedi despid despidiendo tirar aventar lanzar regal "
        "voces hacerse hacerme hacer hacerle desaparecer despertar cuando estare voy noche matar "
        "morir murir suicid vida vivir dano venas munecas kill suicidal colgar ahorcar quiere "
        "quiero aqui lastim acabar terminar pegar pegarse pegarme darse darme tiro volarse amenaz "
        "estarian estaran pensando pienso piensa penso pensado cortar dormir dormirme dice dijo "
        "grita deseo deseos muerte ahorca",
        "major_trauma_burns": "accidente atropel choque chocaron cayo cai balazo dispar bala "
        "apunal acuchil punal quem hirviendo hueso huesos piernas viga corto corte cortaron amput "
        "ampollas ampoyas prendio todo toda volco volcad volteo atrapad navaja machet cuchill "
        "filera ploma electr descarga corriente exploto explosion politra",
        "caller_alarm": "apuren apurense apurence apurate pasa pasando veo murien muere morir va "
        "ba yendo ayud auxilio apur rapido emergencia mal miedo asustad desesper aterrad 911 "
        "ambulanc vengan llamen grave llendo iendo agoniz nada",
        "infant_fever": "bebe bebito bebita nacid nino nina guagua lactante baby nacio semanas",
        "fever_stiff_neck_confusion": "fiebre calentura fever cuello nuca confund desorient "
        "manchas puntitos petequias",
        "severe_pain": "duele dolor aguant soport matando llorando grita gritando 10/10 vida",
        "dental_trauma": "quebre quebro rompi rompio parti partio tumbe tumbo diente dientes muela "
        "muelas",
        "facial_swelling": "cara cachete mejilla quijada mandibula ojo",
        "postop_bleeding": "post operaron intervin sacaron quitaron hicieron cirugia opera extrac "
        "biopsia post-extraccion surgery",
        "wound_infection_fever": "herida cortada incision llaga quemadita opera puntos",
        "pregnancy_bleeding_movement": "embaraz cinta pregnant semanas meses bebe fetal fuente "
        "siento",
        "head_injury": "cabeza tce",
        "sudden_vision_loss": "vista vision ve veo ver cortina sombra negro deje dejo",
        "child_dehydration": "diuresis anuria mucosas pipi orinado panal panales retiene hundid "
        "resecos lagrimas boca vomita vomitando",
        "medication_reaction": "inicio empezo empece comenzo medicina medicam pastilla antibio "
        "inyec vacuna jarabe reaccion ronchas sarpull inchason hinchaz empez inici cambiaron desde",
        "suspected_fracture": "brazo pierna tobillo muneca dedo hueso quebr fractur rompio roto "
        "rota chuec torcid doblo acortada volteada rotacion apoyar pisar mover caminar pararse "
        "levantar parar puede",
        "animal_bite": "perro gato mapache murciel animal vibora serpiente zorro chucho perrito "
        "mordio mordieron mordida mordedura pico murcielago",
        "cannot_urinate": "orinar pipi mear miar orina reten bano uno sale",
        "critical_result": "receta dosis prescrip troponina potasio glucosa hemoglob sodio inr "
        "plaquetas calcio creatin lactato resultado valor valores azucar diario diaria",
    }
)
#: Families in the English lexicon's order, with Spanish patterns.
FAMILIES = tuple(
    (family.id, family.name, family.emergency, PATTERNS[family.id]) for family in _ENGLISH
)
#: Words that deny a sign before it, in the same clause: "no tiene", "sin", "niega". Also
#: a sign only asked about or warded off: "la ansiedad puede dar dolor de pecho?", "la
#: pastilla para prevenir otro derrame". "Sin" that names a sign is none: "sin sentido",
#: "sin parar", "sin fuerza". A denial ends at "pero": "no es nada pero me duele el pecho".
NEGATORS = (
    r"(?:(?:no|sin(?! (?:sentido|parar|fuerza|fuerzas|poder|control|aire)\b)|niega|nego|negando"
    r"|nunca|ni|tampoco|descarta|ningun|ninguna|no hay|no tiene|nada de|nada sobre|"
    r"no tengo|no ha tenido|no presenta|denies|no es|no habia|si (?:le|me|te|les) "
    r"(?:da|vuelve|diera|llega|pasa)|por si (?:le|me) (?:da|vuelve)|senales de|sintomas de"
    r"|(?:puede|pueden|podria|podrian) (?:dar|causar|provocar|producir)|prevenir|previene"
    r"|prevencion|para evitar"
    # a cause or a product, not a sign: "la caminata contra los infartos", "un producto
    # para hemorragia posparto"; and another's hypothetical one: "avisa si el paciente tiene"
    r"|contra (?:el|la|los|las)|(?:productos?|medicamentos?|tratamientos?|dispositivos?|monitor"
    r"|monitores|equipos?) (?:nuevos? )?(?:para|contra)|si (?:alguno|alguien|algun paciente"
    r"|un paciente|sus pacientes)|(?:avisa|alerta|detecta) si (?:el|la|su|un) paciente)"
    r"(?!.*\bpero\b))"
)
#: A sign of a two-part family denied between its parts: "el bebe de dos meses no tiene
#: fiebre", "la herida ... sin pus", "embarazada ... no he sangrado".
DENIED_INSIDE = (
    r"\b(?:(?:no tiene|no tenia|no hay|sin|niega|no ha tenido|no he tenido|no presenta|no le "
    r"ha dado)\b(?:\s+\S+)?\s+(?:fiebre|calentura|temperatura|pus|sangrado|sangre)|no (?:ha|he) "
    r"sangr|no (?:ha |he )?vomit)"
)
#: When the caller was young ("de nino"), and what happened to them then.
_YOUNG = r"de (?:chiquit[oa]|nin[oa]|joven|bebe)"
_HAD = r"(?:tuvo|tuve|le dio|me dio|le daban|me daban)"
#: A sign that was, not is: "tuvo un derrame hace tres anos", "en 2019", "antecedentes de".
HISTORY = (
    r"(?:(?:el|la) (?:mes|semana) pasad[oa]|"
    r"(?<!nacio )(?<!nacida )(?<!nacido )hace (?:\w+ ){0,2}(?:anos|ano|meses|mes)|en (?:19"
    r"|20)\d\d|el ano pasado|"
    r"(?<!sin )(?<!niega )antecedentes? de|historia de|historial de|hx de|"
    r"(?<!desde )(?<!nacio )(?<!nacida )(?<!nacido )hace (?:\w+ ){0,2}semanas(?! (?:con|y ahora"
    r"|y hoy))|ya se (?:le|me) (?:paso|quito|bajo)|ya se (?:le |me )?(?:curo|sano)|"
    r"ya paso|ya esta bien(?=\s*(?:[,.;]|$))|ya se siente bien|ya quedo resuelt|ya se resolvio|ya"
    r" se arreglo|"
    r"cuando (?:tenia|era)|en el (?:primer|otro|ultimo) embarazo|le quitaron el yeso|no tenia "
    r"nada|salio bien|salieron bien|ya camina|en (?:enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre)|ya paro|ya se paro|ya se detuvo|ya no "
    r"(?:sangra|tiene|me sangra|le sangra)|"
    # childhood ("de nino tuvo asma", "tuvo convulsiones de bebe", "y de chiquito se le cayo"),
    # not the kind of a thing ("usa el inhalador de bebe", "la formula de bebe")
    rf"(?:(?:^|(?<=[,.;:] )|(?<=\by )){_YOUNG}\b|{_HAD} (?:\w+ ){{0,3}}{_YOUNG}\b|"
    rf"{_YOUNG},? (?:\w+ ){{0,2}}(?:{_HAD}|le daba|me daba|era|fue|estuvo|estuve|lo operaron"
    r"|la operaron|me operaron)\b)|ya (?:lo|la) "
    r"checaron|le dieron de alta|no pasa nada|nada grave|por si acaso|para saber|"
    r"ya desperto,? (?:y )?esta bien|ya (?:lo|la) escupio|"
    r"ahorita (?:\w+ )?esta bien(?=\s*(?:[,.;]|$)))"
)
#: The end of a list of denied signs: "niega palpitaciones, mareo o " before "dolor de pecho".
#: Its items are names of signs, a few words each: a verb ("no tiene fiebre, tiene dolor de
#: pecho y ...") starts a clause of its own, out of the denial's reach.
_NOT_A_VERB = (
    r"(?!(?:pero|ahora|tiene|tengo|esta|estoy|hay|puede|puedo|siente|siento|duele|le|me|se"
    r"|con|ya|hoy)\b)\w+"
)
_LISTED = rf"{_NOT_A_VERB}(?: {_NOT_A_VERB}){{0,2}}"
DENIED_LIST = (
    rf"\b(?:niega|sin|no tiene|no tengo|no hay|no presenta|no refiere)(?: {_LISTED},)+"
    rf" (?:{_LISTED} )?(?:o|y|ni|u) $"
)
#: A new clause about another event in the past: its "hace tres anos" is that event's.
OTHER_PAST = (
    r"(?:,|\by|\bpero) (?:y )?(?:ademas |tambien )?(?:tuve|tuvo|me dio|le dio|me operaron"
    r"|lo operaron|la operaron|me hicieron|le hicieron|estuve|estuvo)\b"
)
#: What brings a sentence back to now: "ahora", "hoy", or a new clause in the present
#: ("tuve a mi bebe hace un mes y tengo pensamientos de hacerle dano").
NOW = (
    r"\b(?:ahora|ahorita|hoy|now|today|right now|en este momento|"
    r"y (?:ya )?(?:tengo|tiene|estoy|esta|siento|siente|me duele|le duele|no puedo|no puede))\b"
)
