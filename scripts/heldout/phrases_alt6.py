"""Phrase bank ALT6: a mid-sized municipality after the 2024 reform (barnets lov), modern
plain-language house style ("Beslutning: ...", "Referat – ...", "Vores vurdering af ...",
"Din/jeres ..."), sentence-case headings, dates mostly "12. marts 2015" and "12/3-2015",
date labels worded as questions or plain phrases, journals with "Dato – Overskrift" headings.

Same keys and placeholders as phrases_dev.py; independent wordings, legitimate per
shared/spec/domain.md.
"""

NAME = "alt6"
SEED = 66

# ---------------------------------------------------------------------------------------------
# Organisations and people (all invented)
# ---------------------------------------------------------------------------------------------
MUNICIPALITIES = [
    {"name": "Vesterå Kommune", "street": "Rådhusvej 7", "zip": "7330", "city": "Vesterå",
     "phone": "97 12 34 00", "mail": "boernogunge@vestera.dk", "web": "www.vestera.dk"},
    {"name": "Kildemark Kommune", "street": "Kirkestræde 3", "zip": "4180", "city": "Kildemark",
     "phone": "58 22 60 00", "mail": "familie@kildemark.dk", "web": "www.kildemark.dk"},
    {"name": "Hedeby Kommune", "street": "Østergade 25", "zip": "8870", "city": "Hedeby",
     "phone": "86 44 70 00", "mail": "raadgivning@hedeby.dk", "web": "www.hedeby.dk"},
    {"name": "Aabølling Kommune", "street": "Markedspladsen 1", "zip": "6880", "city": "Aabølling",
     "phone": "97 35 80 00", "mail": "boern@aabolling.dk", "web": "www.aabolling.dk"},
    {"name": "Strandvig Kommune", "street": "Strandvejen 101", "zip": "3060", "city": "Strandvig",
     "phone": "49 17 90 00", "mail": "familiecenter@strandvig.dk", "web": "www.strandvig.dk"},
    {"name": "Bøgelund Kommune", "street": "Byparken 9", "zip": "5620", "city": "Bøgelund",
     "phone": "63 48 15 00", "mail": "boernogfamilier@bogelund.dk", "web": "www.bogelund.dk"},
]
DEPARTMENTS = ["Børn og Familier", "Familiecentret", "Børne- og Ungerådgivningen",
               "Myndighed – børn og unge"]
CASEWORKER_TITLES = {"SEL": ["Socialrådgiver", "Familierådgiver", "Rådgiver, Børn og Familier"],
                     "BL": ["Børne- og ungerådgiver", "Rådgiver", "Familierådgiver", "Socialrådgiver"]}
LEADER_TITLES = ["Leder af myndighed", "Faglig leder", "Teamleder"]

GIRLS = ["Olivia", "Ellie", "Liva", "Asta", "Esther", "Luna", "Vigga", "Merle", "Silje", "Rosa",
         "Johanne", "Ingrid", "Sigrid", "Bertha", "Molly", "Thea", "Naja", "Dagmar", "Åse"]
BOYS = ["Theo", "August", "Arthur", "Otto", "Vilfred", "Hugo", "Bertram", "Konrad", "Johan", "Felix",
        "Sebastian", "Asger", "Ludvig", "Herman", "Kristian", "Tobias", "Sigurd", "Ørn", "Thor"]
ADULT_WOMEN = ["Charlotte", "Susanne", "Marianne", "Kristina", "Lise", "Heidi", "Karina", "Malene",
               "Signe", "Julie", "Cecilie", "Nina", "Tanja", "Mia", "Sarah", "Birgitte", "Janni"]
ADULT_MEN = ["Anders", "Christian", "Niels", "Allan", "Torben", "Steffen", "Claus", "Mads", "Bo",
             "Jacob", "Daniel", "Simon", "Frank", "Nicolai", "Tommy", "Jan", "Per", "Bent"]
SURNAMES = ["Mikkelsen", "Frederiksen", "Johansen", "Petersen", "Schmidt", "Knudsen", "Vestergaard",
            "Bach", "Winther", "Nørgaard", "Skov", "Lauridsen", "Clausen", "Iversen", "Friis",
            "Jakobsen", "Mortensen", "Brandt", "Bruun", "Søndergaard", "Hald", "Juhl", "Storgaard"]

SCHOOLS = ["{city} Skole", "Østre Skole", "Fjordskolen", "Kirkebakkeskolen", "{city} Privatskole",
           "Lindeskolen", "Skolen ved Åen"]
DAYCARES = ["Børnehuset Regnbuen", "Dagtilbud Humlebien", "Vuggestuen Lillebjørn",
            "Børnehaven Troldehøj", "Dagplejen {city} Øst"]
PLACES = ["Opholdsstedet Solbakken", "Plejefamilien i Skovhuse", "Døgninstitutionen Egehøj",
          "Opholdsstedet Ravnsborg", "Netværksplejefamilie (farmor og farfar)", "Familiepleje i {city}"]
POLICE = ["Politiet i {city}", "Politiet, Forebyggelsesafdelingen"]
HOSPITALS = ["Børne- og Ungeafdelingen, Sygehuset", "Akutmodtagelsen, Sygehuset"]
DOCTORS = ["Lægehuset {city}", "Lægerne i Midtbyen"]
PSYCH = ["Børne- og Ungdomspsykiatrisk Center"]
DENTISTS = ["Børne- og Ungetandplejen"]

CONCERNS = [
    "at barnet mange gange er udeblevet fra skolen", "at barnet ofte har beskidt og for tyndt tøj på",
    "at barnet slår og sparker de andre børn", "at der kan være vold i hjemmet",
    "at forældrene drikker meget", "at barnet ofte ikke har madpakke med",
    "at forældrene skændes højlydt, mens barnet hører på det", "at barnet skader sig selv",
    "at barnet er stille og ked af det", "at mor har det psykisk dårligt og ikke har overskud",
    "at ingen henter barnet, når dagen er slut", "at barnet taler meget lidt for sin alder",
]
MEASURES_SEL = [  # (description, citation) -- never placement
    ("konsulentbistand til familien", "servicelovens § 52, stk. 3, nr. 1"),
    ("praktisk, pædagogisk støtte i hjemmet", "servicelovens § 52, stk. 3, nr. 2"),
    ("familiebehandling i familiehuset", "servicelovens § 52, stk. 3, nr. 3"),
    ("en fast kontaktperson", "servicelovens § 52, stk. 3, nr. 6"),
    ("en personlig rådgiver", "servicelovens § 52, stk. 3, nr. 6"),
]
MEASURES_BL = [
    ("støtte i hjemmet fra en familiekonsulent", "barnets lov § 32, stk. 1"),
    ("familiebehandling", "§ 32, stk. 1, i barnets lov"),
    ("en fast kontaktperson", "barnets lov § 32, stk. 1"),
    ("et forløb med en mentor", "§ 32 i barnets lov"),
    ("familierådgivning og netværksmøder", "barnets lov § 32"),
]
PLACEMENT = {  # (with consent citation, without consent citation)
    "SEL": ("§ 52, stk. 3, nr. 7, i serviceloven", "§ 58 i serviceloven"),
    "BL": ("§ 46 i barnets lov", "§ 47 i barnets lov"),
}

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
HEADER_DATE_FORMS = [("long", 45), ("dm_slash_y", 25), ("dmy_dot", 10), ("long_cap", 5),
                     ("dm_slash_yy", 5), ("dmy_dot_short", 5), ("iso", 5)]
SENTENCE_DATE_FORMS = [("long", 65), ("dm_slash_y", 25), ("dmy_dot", 10)]
TIME_FORMS = [("kl. {h}.{m}", 80), ("kl. {h}:{m}", 20)]

DATE_BLOCKS = {
    "notification": [("Hvornår modtog vi underretningen? {d}{t}", 35), ("Modtaget: {d}{t}", 20),
                     ("Brevets dato: {letter}\nVi modtog den: {d}{t}", 20),
                     ("Vi modtog underretningen den {d}{t}.", 15), ("Dato: {d}{t}", 10)],
    "notification_assessment": [("Hvornår vurderede vi underretningen? {d}{t}", 40),
                                ("Vi vurderede underretningen den {d}{t}.", 35), ("Dato: {d}{t}", 25)],
    "receipt": [("Dato: {d}", 60), ("Sendt den {d}", 40)],
    "investigation_decision": [("Vi traf beslutningen den {d}.", 45), ("Dato: {d}", 30),
                               ("Hvornår blev afgørelsen truffet? {d}", 25)],
    "investigation": [("Undersøgelsen gik i gang: {start}\nUndersøgelsen blev afsluttet: {d}", 40),
                      ("Hvornår blev undersøgelsen afsluttet? {d}", 25), ("Afsluttet den {d}", 20),
                      ("Dato: {d}", 15)],
    "preliminary_assessment": [("Dato: {d}", 60), ("Vurderingen er lavet den {d}.", 40)],
    "partial_assessment": [("Dato: {d}", 70), ("Lavet den {d}", 30)],
    "child_conversation": [("Hvornår talte vi med barnet? {d}", 30), ("Samtalen blev holdt den {d}.", 30),
                           ("Dato: {d}", 40)],
    "plan": [("Dato: {d}", 55), ("Planen er lavet den {d}.", 45)],
    "measure_decision": [("Vi traf beslutningen den {d}.", 45), ("Dato: {d}", 35),
                         ("Hvornår blev afgørelsen truffet? {d}", 20)],
    "termination_decision": [("Vi traf beslutningen den {d}.", 45), ("Dato: {d}", 35),
                             ("Hvornår blev afgørelsen truffet? {d}", 20)],
    "follow_up": [("Mødet blev holdt {d}", 40), ("Hvornår holdt vi mødet? {d}", 25), ("Dato: {d}", 35)],
    "supervision_visit": [("Besøget fandt sted den {d}.", 50), ("Dato: {d}", 50)],
    "hearing": [("Dato: {d}", 100)],
    "consent": [("Dato: {d}", 60), ("Underskrevet den {d}", 40)],
    "status_statement": [("Dato: {d}", 70), ("Skrevet den {d}", 30)],
    "journal_note": [("Dato: {d}", 100)],
    "closure": [("Dato: {d}", 60), ("Sagen er lukket den {d}.", 40)],
    "other": [("Dato: {d}", 100)],
}
WRITTEN_LINES = ["Referatet er skrevet den {written}.", "Skrevet ned den {written}."]

# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------
TITLES = {
    "notification": [("Underretning", 35), ("Underretning om bekymring for et barn", 30),
                     ("Bekymringshenvendelse", 15), ("UNDERRETNING TIL KOMMUNEN", 20)],
    "notification/anonymous": [("Anonym underretning", 70), ("Underretning – anonym henvendelse", 30)],
    "notification/phone": [("Underretning modtaget pr. telefon", 60), ("Telefonisk underretning", 40)],
    "notification_assessment": [("Vores vurdering af underretningen", 45),
                                ("Vurdering af underretning inden for 24 timer", 35),
                                ("24-timers vurdering", 20)],
    "notification_assessment/urgent": [("Akut vurdering af underretning", 60),
                                       ("Vores vurdering af underretningen", 40)],
    "receipt": [("Vi har modtaget din underretning – kvittering", 50),
                ("Kvittering for din underretning", 30), ("Bekræftelse af modtagelse af underretning", 20)],
    "investigation_decision/SEL": [("Afgørelse: Vi laver en børnefaglig undersøgelse", 55),
                                   ("Afgørelse om undersøgelse efter servicelovens § 50", 45)],
    "investigation_decision/BL": [("Afgørelse: Vi laver en børnefaglig undersøgelse", 60),
                                  ("Afgørelse om børnefaglig undersøgelse efter barnets lov § 20", 40)],
    "investigation/SEL": [("Børnefaglig undersøgelse", 50), ("Paragraf 50-undersøgelse", 20),
                          ("Børnefaglig undersøgelse (§ 50)", 30)],
    "investigation/BL": [("Børnefaglig undersøgelse", 45), ("Undersøgelse efter barnets lov § 20", 30),
                         ("Børnefaglig undersøgelse (§ 20)", 25)],
    "investigation/updated": [("Opdateret børnefaglig undersøgelse", 100)],
    "preliminary_assessment": [("Foreløbig vurdering", 55), ("Foreløbig vurdering af barnets behov", 45)],
    "partial_assessment/screening": [("Screening af henvendelsen", 60), ("Screening efter barnets lov § 18", 40)],
    "partial_assessment/afdaekning": [("Afdækning af barnets behov", 60), ("Afdækning efter barnets lov § 19", 40)],
    "child_conversation": [("Referat – samtale med barnet", 45), ("Referat af børnesamtale", 30),
                           ("Børnesamtale", 25)],
    "child_conversation/youth": [("Referat – samtale med den unge", 100)],
    "child_conversation/not_held": [("Børnesamtale – derfor blev samtalen ikke holdt", 100)],
    "plan/SEL": [("Handleplan", 55), ("Jeres handleplan", 25), ("Handleplan (§ 140)", 20)],
    "plan/BL": [("Barnets plan", 75), ("Jeres barns plan – barnets plan", 25)],
    "plan/revised/SEL": [("Revideret handleplan", 100)],
    "plan/revised/BL": [("Barnets plan – revideret", 60), ("Opdateret barnets plan", 40)],
    "plan/youth/BL": [("Din ungeplan", 55), ("Ungeplan", 45)],
    "plan/youth/SEL": [("Handleplan", 100)],
    "measure_decision/SEL": [("Afgørelse om støtte til jeres familie", 55), ("Afgørelse om foranstaltning", 45)],
    "measure_decision/BL": [("Afgørelse: støttende indsats til jeres barn", 50),
                            ("Afgørelse om støttende indsats", 50)],
    "measure_decision/placement": [("Afgørelse: anbringelse uden for hjemmet", 60),
                                   ("Afgørelse om anbringelse", 40)],
    "termination_decision/SEL": [("Afgørelse: foranstaltningen ophører", 50), ("Afgørelse om ophør af støtte", 50)],
    "termination_decision/BL": [("Afgørelse: indsatsen ophører", 55), ("Afgørelse om ophør af støttende indsats", 45)],
    "termination_decision/homecoming": [("Afgørelse om hjemgivelse", 60), ("Afgørelse: hjemgivelse efter anbringelse", 40)],
    "follow_up/SEL": [("Referat – opfølgningsmøde", 40), ("Opfølgning på handleplanen", 35), ("Statusmøde", 25)],
    "follow_up/BL": [("Referat – opfølgningsmøde", 45), ("Opfølgning på indsatsen", 35), ("Statusmøde", 20)],
    "supervision_visit": [("Referat – tilsynsbesøg", 50), ("Tilsynsbesøg", 30), ("Personrettet tilsyn", 20)],
    "hearing": [("Partshøring", 60), ("Partshøring – dine bemærkninger til sagen", 40)],
    "consent": [("Dit samtykke", 35), ("Samtykkeerklæring", 40), ("Samtykke", 25)],
    "status_statement": [("Udtalelse fra skolen", 55), ("Statusudtalelse", 45)],
    "status_statement/placement": [("Udtalelse fra anbringelsesstedet", 55), ("Statusudtalelse", 45)],
    "journal_note": [("Notat", 40), ("Sagsnotat", 25), ("Telefonnotat", 20), ("Journalnotat", 15)],
    "closure": [("Vi lukker sagen – afslutningsnotat", 40), ("Sagen lukkes", 35), ("Afslutningsnotat", 25)],
}
ENTRY_SUBJECTS = {
    "notification": ["Underretning pr. telefon fra {notifier}", "Telefonisk underretning modtaget"],
    "notification_assessment": ["Vurdering af underretningen (24 timer)", "Vores vurdering af underretningen"],
    "child_conversation": ["Samtale med {child}", "Referat af børnesamtale"],
    "follow_up": ["Opfølgningsmøde", "Opfølgning på indsatsen"],
    "journal_note": ["Mor ringede", "Far ringede", "Mail fra skolen", "Notat", "Teammøde",
                     "Snak med skolens trivselsvejleder", "Telefonnotat", "Sms fra mor"],
    "closure": ["Sagen lukkes", "Afslutning af sagen"],
}
ENTRY_LINE = [("{d} – {subject}", 70), ("{d} kl. {hm} – {subject}", 15), ("{d} - {subject}", 15)]
ENTRY_DATE_FORMS = [("dm_slash_y", 40), ("long", 35), ("dmy_dot", 25)]
JOURNAL_PREAMBLE = ["Journal – {child_full}\nSagsnummer: {caseno}\n",
                    "Udskrift af journal\nBarn: {child_full}\nCPR-nummer: {cpr}\n", ""]

# ---------------------------------------------------------------------------------------------
# Letterhead and signatures
# ---------------------------------------------------------------------------------------------
HEADER_STYLES = ["block", "footer", "right"]
META_LABELS = {"caseno": "Sagsnummer", "cpr": "CPR-nummer", "cw": "Din rådgiver", "child": "Barn",
               "birth": "Født", "address": "Adresse"}
CPR_STYLES = [("{ddmmyy}-{xxxx}", 80), ("{ddmmyy}{xxxx}", 20)]
CASENO_STYLES = ["BF-{year}-{num:04d}", "{yy}-{num:05d}"]
SIGN_OFF = ["Venlig hilsen", "Mange hilsner", "Med venlig hilsen"]

# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------
BODY = {
    "notification/letter": [
        "Vi er bekymrede for {child}, som er {age} år. Vi skriver til jer, fordi vi har oplevet {concern}.",
        "Det har stået på i et stykke tid. Vi har talt med {mor} om det, men vi ser ikke nogen bedring.",
        "{child} er ofte træt og har svært ved at følge med. Flere af de voksne her deler vores bekymring.",
        "Vi tror ikke, at familien selv kan løse problemerne, og vi mener, at {child} har brug for hjælp.",
        "Vi har fortalt forældrene, at vi sender denne underretning til kommunen.",
    ],
    "notification/phone": [
        "{notifier} ringede til os, fordi {notifier} er bekymret for {child}. Bekymringen handler om {concern}.",
        "Den, der ringede, fortalte, at det har stået på i flere uger og er blevet værre.",
        "Vi aftalte, at vi bliver kontaktet igen, hvis der sker noget nyt.",
    ],
    "notification/email": [
        "Kære rådgivning. Vi sender en underretning om {child}, der går hos os. Vi er bekymrede, fordi vi har set {concern}.",
        "{child} har haft mange fraværsdage den sidste tid, og når {han} kommer, virker {han} uoplagt.",
        "Vi har holdt et møde med {mor}, som ved, at vi skriver til kommunen.",
    ],
    "notification/anonymous": [
        "Vi har fået en anonym underretning om {child}. Personen vil ikke oplyse sit navn.",
        "Personen fortæller om {concern} og om råb og skrig fra lejligheden om aftenen.",
        "Personen bor i nærheden og har flere gange set {child} alene ude sent om aftenen.",
    ],
    "notification_assessment": [
        "{cw} og teamlederen har læst og vurderet underretningen af {d_notif} om {child}.",
        "Vi vurderer, at {child} ikke er i fare lige nu, men at vi skal undersøge sagen nærmere.",
        "Der står ikke noget i underretningen, som tyder på, at {child} skal beskyttes med det samme.",
        "Vi kender familien fra en tidligere henvendelse.",
    ],
    "notification_assessment/none": [
        "Vi har læst underretningen af {d_notif}. Vi vurderer, at der ikke er grund til at gøre mere.",
        "Vi har talt med forældrene, som har forklaret situationen. Vi gør ikke mere i sagen.",
        "{child} er ikke i fare, og der er ikke brug for at handle med det samme.",
    ],
    "notification_assessment/urgent": [
        "Vi vurderede underretningen af {d_notif} med det samme. Det, vi har fået at vide, gør os meget bekymrede for {child}s sikkerhed.",
        "Vi sætter akutte indsatser i gang i dag, og forældrene er orienteret.",
    ],
    "receipt": [
        "Tak for din underretning af {d_notif} om {child}. Vi bekræfter, at vi har modtaget den.",
        "Vi behandler underretningen efter reglerne i serviceloven. Du får ikke nødvendigvis besked om, hvad der sker i sagen.",
        "Har du spørgsmål, er du velkommen til at ringe til {cw} på {phone}.",
    ],
    "receipt/BL": [
        "Tak for din underretning af {d_notif} om {child}. Vi bekræfter, at vi har modtaget den.",
        "Vi behandler underretningen efter reglerne i barnets lov. Du får ikke nødvendigvis besked om, hvad der sker i sagen.",
        "Har du spørgsmål, er du velkommen til at ringe til {cw} på {phone}.",
    ],
    "investigation_decision": [
        "Vi har besluttet at lave en børnefaglig undersøgelse af {child}s forhold.",
        "Vi gør det, fordi vi den {d_notif} fik en underretning om {concern}.",
        "I undersøgelsen finder vi ud af, om {child} har brug for særlig støtte. Undersøgelsen skal være færdig senest 4 måneder efter, at vi blev opmærksomme på sagen.",
        "Som en del af undersøgelsen taler vi med {child} og beder {school} om oplysninger.",
    ],
    "investigation": [
        "Vi startede undersøgelsen efter underretningen af {d_notif} og afgørelsen af {d_invdec}.",
        "Vi har undersøgt, hvad {child} er god til, hvad der er svært, og om {child} har brug for særlig støtte.",
        "Vi har talt med {mor}, {far} og {child} og fået en udtalelse fra {school}.",
    ],
    "preliminary_assessment": [
        "Vi kan ikke nå at afslutte den børnefaglige undersøgelse, som vi startede den {d_invdec}, inden for de 4 måneder.",
        "Vi venter stadig på en udtalelse fra børne- og ungdomspsykiatrien.",
        "Vores foreløbige vurdering er, at {child} har brug for støtte. Vi afslutter undersøgelsen så hurtigt som muligt.",
    ],
    "partial_assessment/screening": [
        "Vi har screenet underretningen af {d_notif} for at se, hvilken hjælp familien har brug for.",
        "Screeningen viser, at vi skal se nærmere på {child}s situation.",
    ],
    "partial_assessment/afdaekning": [
        "Vi har lavet en afdækning efter barnets lov § 19 af, hvordan {child} har det i skolen og derhjemme.",
        "Vi har holdt møde med {mor} og {child}. Vi vurderer, at en kort støttende indsats kan hjælpe.",
    ],
    "child_conversation": [
        "Vi talte med {child} på {school}. Forældrene var ikke med. {child} fik at vide, hvorfor vi gerne ville tale sammen.",
        "{child} fortalte, at {han} har gode venner, men at det er svært derhjemme, når de voksne skændes.",
        "{child} sagde, at {han} gerne vil have hjælp, men at {han} ikke vil flytte hjemmefra.",
        "Det, {child} har fortalt, bruger vi, når vi vurderer, hvilken støtte der skal til.",
    ],
    "child_conversation/not_held": [
        "Vi har ikke holdt en samtale med {child}. {child} er {age} år og kan ikke deltage i en egentlig samtale.",
        "I stedet har vi observeret {child} derhjemme og i {daycare}. Vi har beskrevet barnets perspektiv ud fra det, vi så.",
    ],
    "plan": [
        "Vi har lavet handleplanen sammen med {mor} og {far}. Den bygger på den børnefaglige undersøgelse af {d_inv}.",
        "Med støtten vil vi sikre, at {child} har det godt derhjemme og i skolen.",
        "Vi følger op på planen senest tre måneder efter, at støtten er gået i gang.",
    ],
    "plan/BL": [
        "Vi har lavet barnets plan sammen med {child} og forældrene. Den bygger på den børnefaglige undersøgelse af {d_inv}.",
        "Med indsatsen vil vi sikre, at {child} får en rolig hverdag med trygge voksne.",
        "Vi følger op på planen senest tre måneder efter, at indsatsen er gået i gang.",
    ],
    "measure_decision": [
        "Vi har besluttet, at {child} skal have {measure}, jf. {cite}.",
        "Vi har lagt vægt på den børnefaglige undersøgelse af {d_inv}. Den viser, at {child} har brug for støtte.",
        "Støtten starter så hurtigt som muligt og varer i første omgang seks måneder. Derefter følger vi op.",
        "Vi talte med {child} om støtten den {d_conv}, og det, {child} sagde, indgår i afgørelsen.",
    ],
    "measure_decision/placement": [
        "Vi har lagt vægt på den børnefaglige undersøgelse af {d_inv}. Den viser, at {child} ikke får den omsorg, {han} har brug for, derhjemme.",
        "Vi talte med {child} om at flytte den {d_conv}, og det, {child} sagde, indgår i afgørelsen.",
        "{child} skal bo på {place}. Der er voksne med erfaring, som kan tage sig af {hans} behov.",
        "Forældrene har ret til samvær med {child}. Vi laver en aftale om samværet med jer.",
    ],
    "termination_decision": [
        "Vi har besluttet, at {measure} til {child} stopper.",
        "Vi har lagt vægt på, at indsatsen har virket, jf. opfølgningen af {d_follow}.",
        "Forældrene er enige i, at støtten kan stoppe nu.",
    ],
    "termination_decision/homecoming": [
        "Vi har besluttet, at {child} skal flytte hjem fra {place} til {mor}.",
        "Vi har lagt vægt på, at {mor} nu kan tage sig af {child}, jf. opfølgningen af {d_follow}.",
        "{child} flytter hjem lidt efter lidt over to måneder.",
    ],
    "follow_up": [
        "Til mødet deltog {mor}, {far}, {child} og {cw}.",
        "Indsatsen startede efter afgørelsen af {d_dec}. Vi vurderer, at den hjælper.",
        "{child} fortæller, at det går bedre i skolen, og at der er mere ro derhjemme.",
        "Vi aftalte, at indsatsen fortsætter som hidtil.",
    ],
    "supervision_visit": [
        "Vi besøgte {child} på {place} og talte med {child} alene.",
        "{child} fortæller, at {han} er faldet godt til og har fået nye venner.",
        "Vi så ikke noget, der gør os bekymrede.",
    ],
    "hearing": [
        "Før vi træffer afgørelse i sagen om {child}, vil vi gerne høre, hvad du mener om oplysningerne i sagen.",
        "Vi lægger især vægt på det, der står i den børnefaglige undersøgelse af {d_inv}.",
        "Vi skal have dine bemærkninger senest 14 dage efter, at du har fået dette brev.",
    ],
    "consent": [
        "Jeg har forældremyndigheden og giver samtykke til, at kommunen sætter {measure} i gang for {child}.",
        "Jeg ved, at jeg altid kan trække mit samtykke tilbage.",
    ],
    "consent/info": [
        "Jeg giver samtykke til, at kommunen må hente oplysninger om {child} hos skole, læge og tandpleje.",
        "Samtykket gælder, mens den børnefaglige undersøgelse står på.",
    ],
    "status_statement": [
        "{child} går i {klasse}. klasse på {school}. {child} er glad for sine klassekammerater, men har mange fraværsdage.",
        "Fagligt er {child} lidt bagud. {Han} har brug for en voksen til at komme i gang med opgaverne.",
        "Vi har et godt samarbejde med forældrene.",
    ],
    "status_statement/placement": [
        "{child} har boet hos os på {place}, siden {han} flyttede hertil. {child} er faldet godt til og er med i hverdagens aktiviteter.",
        "{child} ser {mor} hver anden weekend, og samværet går godt.",
    ],
    "journal_note": [
        "{mor} ringede og fortalte, at {child} har haft en god uge. Hun spurgte, hvornår næste møde er.",
        "Skolen ({school}) skrev, at {child} har været fraværende i to dage.",
        "Vi talte i telefon med {far}. Han vil gerne være mere med i sagen.",
        "Vi har drøftet sagen på teammødet. Der er ikke brug for at gøre mere lige nu.",
    ],
    "closure": [
        "Vi lukker sagen om {child}, fordi der ikke længere er brug for støtte.",
        "Forældrene ved, at vi lukker sagen. De kan altid kontakte os igen.",
    ],
    "closure/no_action": [
        "Vi har vurderet underretningen af {d_notif}. Der er ikke grund til at starte en undersøgelse.",
        "Vi lukker sagen uden at gøre mere. Forældrene har fået besked.",
    ],
}
REFS = [
    ("d_notif", "Vi modtog en underretning om {child} den {d_notif}."),
    ("d_inv", "Se også den børnefaglige undersøgelse af {d_inv}."),
    ("d_plan", "Indsatsen står beskrevet i handleplanen af {d_plan}."),
    ("d_dec", "Vi traf afgørelse om støtte den {d_dec}."),
    ("d_conv", "Vi talte med {child} den {d_conv}."),
    ("d_follow", "På opfølgningsmødet den {d_follow} aftalte vi at fortsætte indsatsen."),
    ("next", "Vi mødes igen den {next}."),
]
REFS_BL = [
    ("d_plan", "Indsatsen står beskrevet i barnets plan af {d_plan}."),
    ("d_inv", "Se også undersøgelsen efter § 20 af {d_inv}."),
]

GOAL_HEADINGS = ["Mål for indsatsen", "Det er målene", "Vores mål"]
GOALS = [
    "{child} skal møde i skole hver dag og højst være væk to dage om måneden.",
    "{child} skal have faste tider og gå i seng senest kl. 21.",
    "Forældrene skal kunne sætte grænser uden at det ender i konflikt.",
    "{child} skal gå til en fritidsaktivitet mindst én gang om ugen.",
    "{mor} skal starte i behandling for sit misbrug inden for tre måneder.",
    "En talepædagog skal følge {child}s sprog.",
    "{child} skal have mindst to faste voksne at tale med.",
]
SUBGOAL_HEADING = "Delmål"
NOGOAL_SECTIONS = [
    ("Hvad skal der ske?", ["Vi sætter {measure} i gang. Familiehuset står for indsatsen."]),
    ("Hvorfor får I støtte?", ["Støtten skal hjælpe {child} til at få det bedre."]),
    ("Sådan samarbejder vi", ["Forældrene deltager i møderne og er positive over for støtten."]),
]
DECISION_HEADINGS = {"decision": "Det har vi besluttet", "reasons": "Derfor har vi besluttet det",
                     "guidance": "Sådan kan du klage"}
GUIDANCE = [
    "Du kan klage over afgørelsen inden 4 uger efter, at du har fået den. Send klagen til os. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen.",
    "Er du uenig i afgørelsen, kan du klage. Klagen skal være modtaget hos os senest 4 uger efter, at du har fået afgørelsen. Holder vi fast i afgørelsen, sender vi klagen til Ankestyrelsen.",
]
URGENT_SENTENCES = [
    "Vi har truffet afgørelsen akut, fordi {child}s situation ikke kan vente på en almindelig sagsbehandling.",
    "Afgørelsen er hastende: {child}s situation kan ikke afvente, at vi behandler sagen på almindelig vis.",
]
NO_PLAN_SENTENCES = [
    "Der udarbejdes ikke barnets plan, fordi indsatsen er kort og afgrænset.",
    "Vi laver ikke en plan for indsatsen: der udarbejdes ikke barnets plan, da støtten kun varer kort tid.",
]
PLACEMENT_SENTENCES = {
    "with": "{child} anbringes uden for hjemmet på {place}. Forældremyndighedsindehaveren har givet samtykke til anbringelsen, jf. {cite}.",
    "without": "{child} anbringes uden for hjemmet uden samtykke fra forældrene, jf. {cite}. Vi vurderer, at der er en åbenbar risiko for, at {child}s sundhed eller udvikling lider alvorlig skade.",
}

INVESTIGATION_SECTIONS_SEL = ["Udvikling og adfærd", "Familien", "Skole og dagtilbud", "Sundhed",
                              "Fritid og venner", "Andet af betydning", "Vores samlede vurdering"]
INVESTIGATION_SECTIONS_BL = ["Sådan har barnet det", "Familie og netværk", "Skole og dagtilbud",
                             "Helbred", "Det siger barnet", "Det siger forældrene", "Vores samlede vurdering"]
POOL = [
    "Skolen ({school}) beskriver {child} som en venlig og hjælpsom elev.",
    "{child} har i perioder haft meget fravær, især om mandagen.",
    "{mor} fortæller, at hun har svært ved at få hverdagen til at fungere.",
    "{far} bor i en anden by og har {child} hver anden weekend.",
    "{child} er tæt knyttet til sin farmor, som bor i nærheden.",
    "Sundhedsplejen har tidligere været i familien.",
    "{child} er rask, men havde mange ørebetændelser som lille.",
    "{child} kan blive meget vred og har svært ved at falde til ro igen.",
    "{child} spiller håndbold to gange om ugen og er glad for det.",
    "Familien bor i et rækkehus, og {child} har sit eget værelse.",
    "Familien har dårlig økonomi, og {mor} er uden arbejde.",
    "Forældrene har svært ved at samarbejde om {child}.",
    "{child} har svært ved at læse og får ekstra hjælp i dansk.",
    "Vi vurderer, at {child}s behov ikke bliver dækket godt nok derhjemme.",
    "Familien har ikke mange at trække på i sit netværk.",
    "{child} siger selv, at {han} er ked af konflikterne derhjemme.",
    "Egen læge har ingen bemærkninger til {child}s helbred.",
    "{child} sover dårligt og kommer tit for sent i skole.",
]
OTHER_DOCS = {
    "invitation": ("Invitation til møde", "Vi inviterer dig til et møde hos Børn og Familier den {next} kl. 10.00 om {child}. Mødet holdes på rådhuset."),
    "medical": ("Lægeerklæring", "Jeg har undersøgt {child}. Barnet vokser og trives normalt. Jeg har ikke fundet tegn på fysisk overlast."),
    "invoice": ("Faktura", "Faktura for ydelser i perioden. Betal venligst beløbet inden 30 dage. Fakturanummer {num}."),
    "pamphlet": ("Sådan arbejder vi med børnesager", "Her kan du læse, hvordan kommunen arbejder med sager om børn og unge, og hvilke rettigheder du har som forælder."),
    "minutes": ("Referat fra forældremøde i klassen", "Vi talte om trivslen i klassen. Vi aftalte faste pauser og et tættere samarbejde med forældrene."),
}

# ---------------------------------------------------------------------------------------------
# Files and folders
# ---------------------------------------------------------------------------------------------
CASE_FOLDER_STYLES = [("{caseno}", 35), ("Børnesag {caseno}", 30), ("{caseno} - {cpr}", 15),
                      ("{child} {surname} - {caseno}", 20)]
LAYOUTS = [("flat", 30), ("dok_journal", 35), ("years", 35)]
FILE_NAMES = [("dated", 45), ("numbered", 25), ("plain", 20), ("scan", 10)]
FILE_DATE_FORM = "dmy_dash"
NUMBERED_NAME = "Bilag {num:05d}"
SCAN_NAME = "Skannet dokument {num:04d}"
JOURNAL_FILE_NAMES = ["journal.txt", "Journaludskrift.txt", "journal-{year}.txt"]
UNSUPPORTED = [("Billede af {child}s tegning.jpg", "jpg"), ("Foto fra hjemmebesøg.jpg", "jpg"),
               ("Oversigt over udgifter.xlsx", "xlsx")]
LITTER = ["Thumbs.db", "desktop.ini", ".DS_Store"]

# ---------------------------------------------------------------------------------------------
# Mix of producers and encodings
# ---------------------------------------------------------------------------------------------
PRODUCERS = {
    "reportlab": 25, "fpdf": 20, "fitz": 20, "lo_docx": 14, "lo_fodt": 4, "lo_html": 5,
    "scan_ocr": 6, "scan_noocr": 6,
}
NOTE_FORMATS = {"journal": 45, "txt": 20, "pdf": 20, "docx": 10, "rtf": 5}
LETTER_FORMATS = {"pdf": 84, "docx": 8, "html": 4, "rtf": 2, "eml": 2}
TXT_ENCODINGS = {"utf-8": 40, "utf-8-sig": 10, "cp1252": 25, "latin-1": 10, "utf-16": 15}
ENCRYPTED_SHARE = 0.03
UNREADABLE_SHARE = 0.07
UNSUPPORTED_PER_CASE = {"jpg": 0.25, "xlsx": 0.08}
LITTER_PER_CASE = 0.3
CPR_IN_FILE_NAME = 0.01
TITLE_SPLIT_SHARE = 0.03
TITLE_HYPHEN_SHARE = 0.01
OTHER_VOCAB_SHARE = 0.06
BIRTHDATE_SHARE = 0.08
HYPHENATE_SHARE = 0.04
LIGATURE_SHARE = 0.05
NBSP_SHARE = 0.05
SOFT_HYPHEN_SHARE = 0.02
CRLF_SHARE = 0.5
NOTE_WRAP = [(None, 50), (80, 30), (100, 20)]
WRITTEN_SHARE = 0.15
SCAN_DPI = [(150, 30), (200, 55), (300, 15)]
SCAN_MODE = [("bw", 75), ("gray", 25)]
EML = {"charset": [("utf-8", 70), ("iso-8859-1", 30)], "cte": [("quoted-printable", 55), ("base64", 30), ("8bit", 15)],
       "html": 0.35}
HTML_ENCODINGS = [("utf-8", 75), ("cp1252", 15), ("latin-1", 10)]
HTML_EXT = [(".html", 65), (".htm", 35)]
