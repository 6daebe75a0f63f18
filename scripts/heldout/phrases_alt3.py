"""Phrase bank ALT3: a small rural municipality with a KMD/Nexus-style case system.

Independent wordings with the same keys and structure as phrases_dev.py: plain, warm letters to
parents ("Kære ..."), long descriptive titles ("<Emne> – <dokumenttype>", "Vedr.: <emne>"),
Danish written in full words, BL (barnets lov) as well as SEL references, journal exports with
their own heading conventions. All wordings are meant to be legitimate per shared/spec/domain.md.

Placeholders are the ones compose.py fills in (see phrases_dev.py).
"""

NAME = "alt3"
SEED = 33

# ---------------------------------------------------------------------------------------------
# Organisations and people (all invented)
# ---------------------------------------------------------------------------------------------
MUNICIPALITIES = [
    {"name": "Hedeå Kommune", "street": "Kirkevej 3", "zip": "6971", "city": "Hedeå",
     "phone": "97 38 12 00", "mail": "boernogfamilie@hedeaa.dk", "web": "www.hedeaa.dk"},
    {"name": "Mosbjerg Kommune", "street": "Rådhusvej 18", "zip": "9881", "city": "Mosbjerg",
     "phone": "98 94 61 00", "mail": "familieraadgivningen@mosbjerg.dk", "web": "www.mosbjerg.dk"},
    {"name": "Kærbølling Kommune", "street": "Skolegade 9", "zip": "7183", "city": "Kærbølling",
     "phone": "75 86 33 00", "mail": "myndighed.boern@kaerboelling.dk", "web": "www.kaerboelling.dk"},
    {"name": "Aasted Kommune", "street": "Aasted Hovedgade 41", "zip": "5893", "city": "Aasted",
     "phone": "62 27 70 00", "mail": "boern.unge@aasted.dk", "web": "www.aasted.dk"},
    {"name": "Vesterlyng Kommune", "street": "Borgergade 2", "zip": "6683", "city": "Vesterlyng",
     "phone": "76 94 25 00", "mail": "familie@vesterlyng.dk", "web": "www.vesterlyng.dk"},
    {"name": "Stenhøj Kommune", "street": "Søndergade 27", "zip": "4573", "city": "Stenhøj",
     "phone": "59 43 80 00", "mail": "boernograadgivning@stenhoj.dk", "web": "www.stenhoj.dk"},
]
DEPARTMENTS = ["Myndighedsafdelingen for Børn og Familie", "Familierådgivningen", "Børne- og Ungerådgivningen",
               "Team Børn og Unge"]
CASEWORKER_TITLES = {"SEL": ["Socialrådgiver", "Familierådgiver", "Sagsbehandler"],
                     "BL": ["Børnerådgiver", "Socialrådgiver", "Myndighedsrådgiver"]}
LEADER_TITLES = ["Leder af Familierådgivningen", "Faglig koordinator", "Afdelingschef, Børn og Familie"]

GIRLS = ["Liva", "Asta", "Ellen", "Olivia", "Nora", "Isabella", "Vigga", "Mille", "Sigrid", "Esther",
         "Tilde", "Molly", "Rosa", "Silje", "Ronja", "Marie", "Signe", "Cecilie", "Åse"]
BOYS = ["Theo", "Villads", "Konrad", "August", "Holger", "Johan", "Sebastian", "Lauge", "Otto",
        "Bertram", "Tobias", "Asger", "Gustav", "Marius", "Ebbe", "Kasper", "Sylvester", "Jakob", "Aage"]
ADULT_WOMEN = ["Susanne", "Charlotte", "Malene", "Heidi", "Janni", "Katrine", "Birgitte", "Vibeke",
               "Marianne", "Lone", "Hanne", "Anette", "Karina", "Mona", "Ditte", "Signe", "Tanja", "Ulla"]
ADULT_MEN = ["Claus", "Bo", "Kenneth", "Allan", "Steffen", "Torben", "Niels", "Carsten", "Flemming",
             "Johnny", "Per", "Tommy", "Anders", "Bjarne", "Finn", "Jan", "Kristian", "Palle"]
SURNAMES = ["Mikkelsen", "Frederiksen", "Knudsen", "Iversen", "Vestergaard", "Mortensen", "Skov",
            "Bak", "Kragh", "Lauridsen", "Jakobsen", "Villadsen", "Overgaard", "Brandt", "Nørgaard",
            "Dalgaard", "Søndergaard", "Lindholm", "Hedegaard", "Mølgaard", "Ahmed", "Yilmaz", "Kowalski"]

SCHOOLS = ["{city} Centralskole", "Hedegårdsskolen", "Vestervang Skole", "{city} Landsbyskole",
           "Kirkebakkeskolen", "Østerlund Efterskole", "Lyngvejens Skole"]
DAYCARES = ["Børnehaven Troldehøj", "Naturbørnehaven Skovtrolden", "Dagplejen i {city}",
            "Vuggestuen Humlebien", "Landsbyordningen {city} Børnehus"]
PLACES = ["Opholdsstedet Solbakken", "Plejefamilien i Hvidbjerg", "Døgninstitutionen Egely",
          "Netværksplejefamilie hos farmoren", "Opholdsstedet Kildegården", "Plejefamilie i {city}"]
POLICE = ["Nærpolitiet i {city}", "Politiets Forebyggelsesafdeling"]
HOSPITALS = ["Børne- og Ungeafdelingen, Sygehus Vest", "Fælles Akutmodtagelse, Sygehus Vest"]
DOCTORS = ["Lægerne i {city}", "Egen læge, Lægeklinikken ved Kirken"]
PSYCH = ["Børne- og Ungdomspsykiatrisk Center"]
DENTISTS = ["Børne- og Ungetandplejen"]

CONCERNS = [
    "mange fraværsdage og at barnet ofte kommer for sent",
    "at barnet ikke er vasket og har for tynde klæder på",
    "voldsom og slående adfærd over for kammerater",
    "at barnet har fortalt om slag fra en voksen i hjemmet",
    "at en forælder har været påvirket af alkohol ved aflevering",
    "at barnet ikke har madpakke med og ofte er sultent",
    "højlydte skænderier mellem de voksne, som barnet overhører",
    "at barnet har skåret sig selv i armene",
    "at barnet er stille, trist og trækker sig fra de andre",
    "en forælders psykiske lidelse og manglende overskud til barnet",
    "at barnet flere gange ikke er blevet hentet",
    "forsinket sprog og motorik uden at familien søger hjælp",
]
MEASURES_SEL = [  # (description, citation) -- never placement
    ("praktisk, pædagogisk støtte i familiens hjem", "§ 52, stk. 3, nr. 2, i lov om social service"),
    ("familiebehandling hos kommunens familiebehandlere", "servicelovens § 52, stk. 3, nr. 3"),
    ("en fast kontaktperson til barnet", "§ 52, stk. 3, nr. 6, i lov om social service"),
    ("konsulentbistand til familien", "servicelovens § 52, stk. 3, nr. 1"),
    ("et mentorforløb", "servicelovens § 52, stk. 3, nr. 9"),
]
MEASURES_BL = [
    ("familiebehandling i familiens eget hjem", "barnets lov § 32, stk. 1"),
    ("en fast kontaktperson", "§ 32 i barnets lov"),
    ("praktisk og pædagogisk støtte i hjemmet", "barnets lov § 32, stk. 1"),
    ("et forløb med en familiekonsulent", "§ 32 i barnets lov"),
    ("en støtteperson i fritiden", "barnets lov § 32"),
]
PLACEMENT = {  # (with consent citation, without consent citation)
    "SEL": ("§ 52, stk. 3, nr. 7, i lov om social service", "§ 58 i lov om social service"),
    "BL": ("§ 46 i barnets lov", "§ 47 i barnets lov"),
}

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
HEADER_DATE_FORMS = [("long", 30), ("dmy_dot", 22), ("dmy_dot_short", 14), ("dm_slash_y", 8), ("dmy_dash", 8),
                     ("long_cap", 5), ("dm_slash_space_y", 4), ("dmy_dot_yy", 4), ("long_upper", 3), ("iso", 2)]
SENTENCE_DATE_FORMS = [("long", 55), ("dmy_dot_short", 15), ("dmy_dot", 12), ("long_cap", 6), ("dm_slash_y", 6),
                       ("abbr", 6)]
TIME_FORMS = [("kl. {h}.{m}", 50), ("klokken {h}.{m}", 30), ("kl. {h}:{m}", 20)]

DATE_BLOCKS = {
    "notification": [("Modtaget i kommunen: {d}{t}", 35), ("Underretningen er modtaget d. {d}{t}.", 20),
                     ("Brevets dato: {letter}\nModtaget i Børn og Familie: {d}{t}", 20),
                     ("Modtagelsesdato: {d}{t}", 15), ("Kommunen modtog underretningen den {d}{t}.", 10)],
    "notification_assessment": [("Vurderet den {d}{t}", 40), ("Tidspunkt for vurderingen: {d}{t}", 30),
                                ("Underretningen er vurderet den {d}{t}.", 30)],
    "receipt": [("Afsendt den {d}", 45), ("Dato for kvittering: {d}", 30), ("Den {d}", 25)],
    "investigation_decision": [("Afgørelsesdato: {d}", 40), ("Afgørelsen er truffet den {d}.", 35),
                               ("Dato for afgørelsen: {d}", 25)],
    "investigation": [("Undersøgelsen er påbegyndt: {start}\nUndersøgelsen er afsluttet: {d}", 35),
                      ("Afsluttet den {d}", 25), ("Dato for afslutning af undersøgelsen: {d}", 25),
                      ("Rapportens dato: {d}", 15)],
    "preliminary_assessment": [("Dato for den foreløbige vurdering: {d}", 50), ("Den {d}", 50)],
    "partial_assessment": [("Dato: {d}", 50), ("Udarbejdet den {d}", 50)],
    "child_conversation": [("Samtaledato: {d}", 35), ("Samtalen fandt sted den {d}.", 35), ("Dato: {d}", 30)],
    "plan": [("Planens dato: {d}", 40), ("Planen er udarbejdet den {d}.", 35), ("Dato: {d}", 25)],
    "measure_decision": [("Afgørelsesdato: {d}", 35), ("Afgørelsen er truffet den {d}.", 40),
                         ("Dato for afgørelsen: {d}", 25)],
    "termination_decision": [("Afgørelsesdato: {d}", 35), ("Afgørelsen er truffet den {d}.", 40),
                             ("Dato for afgørelsen: {d}", 25)],
    "follow_up": [("Mødet blev holdt den {d}.", 35), ("Dato for opfølgningen: {d}", 35), ("Mødedato: {d}", 30)],
    "supervision_visit": [("Besøget fandt sted den {d}.", 50), ("Dato for tilsynsbesøget: {d}", 50)],
    "hearing": [("Den {d}", 50), ("Brevets dato: {d}", 50)],
    "consent": [("Underskrevet den {d}", 60), ("Dato for underskrift: {d}", 40)],
    "status_statement": [("Udtalelsen er skrevet den {d}.", 50), ("Dato: {d}", 50)],
    "journal_note": [("Notatdato: {d}", 50), ("Notatet vedrører den {d}.", 25), ("Dato: {d}", 25)],
    "closure": [("Sagen er afsluttet den {d}.", 50), ("Dato for afslutning af sagen: {d}", 50)],
    "other": [("Den {d}", 50), ("Dato: {d}", 50)],
}
WRITTEN_LINES = ["Referatet er skrevet og journaliseret den {written}.",
                 "Notatet er ført ind i journalen den {written}."]

# ---------------------------------------------------------------------------------------------
# Titles. Keys: "type", "type/regime", "type/kind", "type/kind/regime" (most specific wins).
# ---------------------------------------------------------------------------------------------
TITLES = {
    "notification": [("Underretning om bekymring for et barn", 35),
                     ("Vedr.: Underretning til kommunen om et barn", 20),
                     ("Bekymringshenvendelse vedrørende et barn", 15),
                     ("Underretning til Børn og Familie – bekymring for barnets trivsel", 15),
                     ("UNDERRETNING OM ET BARN", 15)],
    "notification/anonymous": [("Anonym henvendelse om bekymring for et barn", 50),
                               ("Anonym underretning – bekymring for et barn", 50)],
    "notification/phone": [("Underretning modtaget over telefonen", 50), ("Telefonisk underretning om et barn", 50)],
    "notification_assessment": [("Vurdering af underretningen inden for 24 timer", 45),
                                ("Underretning – vurdering inden for 24 timer", 30),
                                ("24-timers vurdering af modtaget underretning", 25)],
    "notification_assessment/urgent": [("Akut vurdering af underretning", 60),
                                       ("Underretning – akut vurdering samme dag", 40)],
    "receipt": [("Kvittering – vi har modtaget din underretning", 40),
                ("Bekræftelse af modtagelse af underretning", 35),
                ("Vedr.: Din underretning – kvittering for modtagelse", 25)],
    "investigation_decision/SEL": [("Afgørelse om at iværksætte en børnefaglig undersøgelse", 45),
                                   ("Vedr.: Afgørelse om børnefaglig undersøgelse efter servicelovens § 50", 30),
                                   ("Børnefaglig undersøgelse – afgørelse om iværksættelse", 25)],
    "investigation_decision/BL": [("Afgørelse om at iværksætte en børnefaglig undersøgelse efter barnets lov § 20", 45),
                                  ("Vedr.: Afgørelse om børnefaglig undersøgelse af jeres barn", 30),
                                  ("Børnefaglig undersøgelse – afgørelse om iværksættelse", 25)],
    "investigation/SEL": [("Børnefaglig undersøgelse efter § 50 i lov om social service", 40),
                          ("Paragraf 50-undersøgelse – samlet rapport", 30),
                          ("Den børnefaglige undersøgelse – afsluttende rapport", 30)],
    "investigation/BL": [("Børnefaglig undersøgelse efter barnets lov § 20", 40),
                         ("Undersøgelse efter barnets lov § 20 – samlet rapport", 30),
                         ("Den børnefaglige undersøgelse – afsluttende rapport", 30)],
    "investigation/updated": [("Opdateret børnefaglig undersøgelse", 55),
                              ("Opdatering af den børnefaglige undersøgelse – rapport", 45)],
    "preliminary_assessment": [("Foreløbig vurdering i den børnefaglige undersøgelse", 55),
                               ("Børnefaglig undersøgelse – foreløbig vurdering ved fristen", 45)],
    "partial_assessment/screening": [("Screening efter barnets lov § 18", 55), ("Screening af barnets situation", 45)],
    "partial_assessment/afdaekning": [("Afdækning efter barnets lov § 19", 55), ("Afdækning af barnets behov for støtte", 45)],
    "child_conversation": [("Referat af samtale med barnet", 40), ("Børnesamtale – referat", 35),
                           ("Samtale med barnet – referat", 25)],
    "child_conversation/youth": [("Referat af samtale med den unge", 55), ("Samtale med den unge – referat", 45)],
    "child_conversation/not_held": [("Børnesamtale – begrundelse for, at samtalen ikke er afholdt", 55),
                                    ("Samtale med barnet ikke afholdt – begrundelse", 45)],
    "plan/SEL": [("Handleplan efter § 140 i lov om social service", 40), ("Handleplan for barnet", 35),
                 ("Handleplan – støtte til barnet og familien", 25)],
    "plan/BL": [("Barnets plan efter barnets lov § 91", 40), ("Barnets plan – plan for støtten", 35),
                ("Barnets plan", 25)],
    "plan/revised/SEL": [("Revideret handleplan", 50), ("Handleplan – revideret udgave", 50)],
    "plan/revised/BL": [("Revideret barnets plan", 50), ("Barnets plan – opdateret udgave", 50)],
    "plan/youth/BL": [("Ungeplan", 50), ("Ungeplan – plan for den unges støtte", 50)],
    "plan/youth/SEL": [("Handleplan for den unge", 100)],
    "measure_decision/SEL": [("Afgørelse om foranstaltning efter servicelovens § 52", 35),
                             ("Bevilling af støtte til barnet og familien", 30),
                             ("Vedr.: Afgørelse om støtte til jeres barn", 35)],
    "measure_decision/BL": [("Afgørelse om støttende indsats efter barnets lov § 32", 40),
                            ("Bevilling af støttende indsats", 25),
                            ("Vedr.: Afgørelse om støtte til jeres barn", 35)],
    "measure_decision/placement": [("Afgørelse om anbringelse af barnet uden for hjemmet", 55),
                                   ("Anbringelse uden for hjemmet – afgørelse", 45)],
    "termination_decision/SEL": [("Afgørelse om ophør af foranstaltning", 50),
                                 ("Støtten stopper – afgørelse om ophør", 50)],
    "termination_decision/BL": [("Afgørelse om ophør af støttende indsats", 50),
                                ("Indsatsen stopper – afgørelse om ophør af indsats", 50)],
    "termination_decision/homecoming": [("Afgørelse om hjemgivelse af barnet", 55), ("Hjemgivelse – afgørelse", 45)],
    "follow_up/SEL": [("Opfølgning på handleplanen – referat", 35), ("Referat af opfølgningsmøde", 35),
                      ("Opfølgning efter servicelovens § 70", 30)],
    "follow_up/BL": [("Opfølgning på barnets plan – referat", 40), ("Referat af opfølgningsmøde", 30),
                     ("Statusmøde – opfølgning på indsatsen", 30)],
    "supervision_visit": [("Personrettet tilsyn – referat af besøg", 40), ("Tilsynsbesøg på anbringelsesstedet", 35),
                          ("Tilsynsrapport", 25)],
    "hearing": [("Partshøring før afgørelse", 50), ("Vedr.: Partshøring – mulighed for at komme med bemærkninger", 50)],
    "consent": [("Samtykkeerklæring fra forældremyndighedsindehaver", 55), ("Samtykke – underskrift fra forælder", 45)],
    "status_statement": [("Udtalelse fra skolen om barnets trivsel", 45), ("Statusudtalelse fra skole", 30),
                         ("Skoleudtalelse til kommunen", 25)],
    "status_statement/placement": [("Statusudtalelse fra anbringelsesstedet", 55),
                                   ("Udtalelse fra anbringelsesstedet om barnets trivsel", 45)],
    "journal_note": [("Journalnotat", 35), ("Sagsnotat", 25), ("Notat til sagen", 20), ("Telefonnotat", 20)],
    "closure": [("Afslutning af sagen – notat", 35), ("Sagen afsluttes", 25), ("Afslutningsnotat", 25),
                ("Sagen lukkes", 15)],
}
ENTRY_SUBJECTS = {
    "notification": ["Underretning modtaget telefonisk fra {notifier}", "Telefonisk underretning – bekymring for barnet"],
    "notification_assessment": ["Vurdering af underretningen inden for 24 timer", "24-timers vurdering"],
    "child_conversation": ["Samtale med {child} (børnesamtale)", "Børnesamtale holdt med {child}"],
    "follow_up": ["Opfølgning – møde med familien", "Opfølgningsmøde på indsatsen", "Statusmøde – opfølgning"],
    "journal_note": ["Henvendelse fra forælder", "Orientering til sagen", "Korrespondance med skolen", "Sagsnotat",
                     "Journalnotat", "Notat", "Telefonnotat", "Løbende notat"],
    "closure": ["Sagen afsluttes", "Afslutning af sagen"],
}
ENTRY_LINE = [("{d} – {subject}", 30), ("{d}, {hm}: {subject}", 20), ("{d} · {subject}", 20),
              ("{d} / {subject}", 15), ("{d}  Emne: {subject}", 15)]
ENTRY_DATE_FORMS = [("dmy_dot", 35), ("dmy_dash", 20), ("long", 25), ("dmy_dot_short", 20)]
JOURNAL_PREAMBLE = ["Udskrift af journal fra fagsystemet\nSagsnummer: {caseno}\nBarnets navn: {child_full}\nCPR-nummer: {cpr}\n",
                    "JOURNALNOTATER – {child_full}\nSagsnummer: {caseno}\n",
                    "Journaludskrift for {child_full}, CPR-nummer {cpr}\n",
                    ""]

# ---------------------------------------------------------------------------------------------
# Letterhead and signatures
# ---------------------------------------------------------------------------------------------
HEADER_STYLES = ["right", "footer", "upper", "classic"]
META_LABELS = {"caseno": "Sagsnummer", "cpr": "CPR-nummer", "cw": "Rådgiver", "child": "Barn",
               "birth": "Født", "address": "Bopæl"}
CPR_STYLES = [("{ddmmyy}-{xxxx}", 90), ("{ddmmyy}{xxxx}", 10)]
CASENO_STYLES = ["27.24.00-G01-{num}-{yy}", "BU-{year}-{num:05d}", "{year}/{num:05d}"]
SIGN_OFF = ["Med venlig hilsen", "Mange venlige hilsner", "De bedste hilsner"]

# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------
BODY = {
    "notification/letter": [
        "Hermed underretter {source_org} kommunen om bekymring for {child}, som er {age} år gammel. Vores bekymring handler især om {concern}.",
        "Vi har gennem længere tid lagt mærke til {concern}, og vi har forsøgt at tale med familien om det, uden at det har hjulpet.",
        "{child} virker ofte uoplagt og har svært ved at holde koncentrationen. Flere af de voksne omkring {child} har samme oplevelse.",
        "Det er vores vurdering, at {child} har brug for hjælp udefra, og at familien ikke selv kan ændre situationen.",
        "Familien er orienteret om, at vi sender denne underretning til kommunen, og om hvorfor vi gør det.",
    ],
    "notification/phone": [
        "Børn og Familie fik et opkald fra {notifier}, som er bekymret for {child} på grund af {concern}.",
        "Den, der ringede, fortalte, at det har stået på i et stykke tid, og at det er blevet værre de sidste uger.",
        "Vi aftalte, at vedkommende kontakter os igen, hvis der sker noget nyt.",
    ],
    "notification/email": [
        "Kære Børn og Familie\nVi skriver til jer, fordi vi er bekymrede for {child}, der går hos os. Bekymringen handler om {concern}.",
        "{child} har haft mange fraværsdage den seneste måned, og når {han} er her, er {han} træt og ked af det.",
        "Vi har holdt et møde med {mor}, og hun ved, at vi skriver til kommunen.",
    ],
    "notification/anonymous": [
        "Kommunen har modtaget en anonym henvendelse om {child}. Den, der henvender sig, vil ikke oplyse sit navn og ønsker at være anonym.",
        "Personen fortæller om {concern} og om, at der ofte er larm og råb fra boligen sent om aftenen.",
        "Den anonyme underretter bor i nærheden og har flere gange set {child} alene udenfor om aftenen.",
    ],
    "notification_assessment": [
        "{cw} har sammen med teamlederen gennemgået og vurderet underretningen af {d_notif} om {child}.",
        "Vi vurderer, at {child} ikke er i umiddelbar fare, og at der derfor ikke er behov for at handle straks. Sagen skal dog undersøges nærmere.",
        "Der er intet i underretningen, som tyder på, at {child}s sikkerhed er truet lige nu.",
        "Familien har tidligere haft kontakt med Børn og Familie.",
    ],
    "notification_assessment/none": [
        "Underretningen af {d_notif} er gennemgået og vurderet. Der er ikke grundlag for, at kommunen gør mere i sagen.",
        "Vi har talt med forældrene, som har forklaret situationen på en måde, der ikke giver anledning til bekymring.",
        "{child} vurderes ikke at være i fare.",
    ],
    "notification_assessment/urgent": [
        "Underretningen af {d_notif} er vurderet med det samme. Oplysningerne giver anledning til alvorlig bekymring for {child}s sikkerhed.",
        "Der sættes akutte indsatser i gang i dag, og forældrene er orienteret om det.",
    ],
    "receipt": [
        "Tak for din underretning af {d_notif} om {child}, og tak fordi du henvendte dig til os.",
        "Med dette brev bekræfter vi, at kommunen har modtaget din underretning om {child}.",
        "Vi behandler underretningen efter reglerne i lov om social service. Du får ikke nødvendigvis besked om, hvad der sker videre i sagen, fordi oplysningerne er fortrolige.",
        "Du er velkommen til at ringe til {cw} på telefon {phone}, hvis du har spørgsmål.",
    ],
    "receipt/BL": [
        "Tak for din underretning af {d_notif} om {child}, og tak fordi du henvendte dig til os.",
        "Med dette brev bekræfter vi, at kommunen har modtaget din underretning om {child}.",
        "Vi behandler underretningen efter reglerne i barnets lov. Du får ikke nødvendigvis besked om, hvad der sker videre i sagen, fordi oplysningerne er fortrolige.",
        "Du er velkommen til at ringe til {cw} på telefon {phone}, hvis du har spørgsmål.",
    ],
    "investigation_decision": [
        "Kære {mor}\nVi skriver til dig, fordi {dept} har besluttet at lave en børnefaglig undersøgelse af {child}s forhold.",
        "Vi gør det på baggrund af den underretning, vi modtog den {d_notif}, hvor der blev givet udtryk for bekymring for {concern}.",
        "Undersøgelsen skal give os et godt billede af, hvordan {child} har det, og om {child} har brug for særlig støtte. Den skal være færdig senest fire måneder efter, at vi blev opmærksomme på bekymringen.",
        "Som en del af undersøgelsen vil vi gerne tale med {child} og hente oplysninger fra {school}. Vi inddrager jer hele vejen.",
    ],
    "investigation": [
        "Denne undersøgelse er sat i gang på baggrund af underretningen af {d_notif} og afgørelsen af {d_invdec}.",
        "Undersøgelsen beskriver {child}s ressourcer og vanskeligheder og vurderer, om {child} har behov for særlig støtte.",
        "Undervejs har vi talt med {mor}, {far} og {child}, og vi har fået en udtalelse fra {school}.",
    ],
    "preliminary_assessment": [
        "Den børnefaglige undersøgelse, som blev sat i gang den {d_invdec}, kan ikke gøres færdig inden for fristen på fire måneder.",
        "Forsinkelsen skyldes, at vi stadig venter på en udtalelse fra børne- og ungdomspsykiatrien.",
        "Vores foreløbige vurdering er, at {child} har brug for støtte, og at undersøgelsen gøres færdig så hurtigt som muligt.",
    ],
    "partial_assessment/screening": [
        "Vi har screenet underretningen af {d_notif} for at finde ud af, hvilken hjælp familien har brug for.",
        "Screeningen viser, at {child}s situation skal afdækkes nærmere.",
    ],
    "partial_assessment/afdaekning": [
        "Afdækningen er lavet efter barnets lov § 19 og handler om, hvordan {child} trives i skolen og derhjemme.",
        "Vi har holdt et møde med {mor} og {child}. Vi vurderer, at en kortere støttende indsats kan hjælpe familien.",
    ],
    "child_conversation": [
        "Vi talte med {child} på {school}, uden at forældrene var med. Vi fortalte først {child}, hvorfor vi gerne ville tale sammen.",
        "{child} fortalte, at {han} har gode venner i klassen, men at det er svært at være hjemme, når de voksne råber.",
        "{child} sagde, at {han} gerne vil have hjælp, men at {han} helst vil blive boende hjemme.",
        "Det, {child} har fortalt, indgår i vores vurdering af, hvilken støtte der skal til.",
    ],
    "child_conversation/not_held": [
        "Vi har ikke holdt en samtale med {child}, fordi {child} er {age} år og endnu ikke kan deltage i en egentlig samtale.",
        "I stedet har vi observeret {child} derhjemme og i {daycare}. Barnets perspektiv er beskrevet ud fra det, vi så.",
    ],
    "plan": [
        "Handleplanen er lavet sammen med {mor} og {far} og bygger på den børnefaglige undersøgelse af {d_inv}.",
        "Planen beskriver, hvordan vi sammen skal hjælpe {child} til at trives bedre derhjemme og i skolen.",
        "Vi følger op på planen senest tre måneder efter, at støtten er sat i gang.",
    ],
    "plan/BL": [
        "Barnets plan er lavet sammen med {child} og forældrene og bygger på den børnefaglige undersøgelse af {d_inv}.",
        "Planen skal sikre, at {child} får en rolig og forudsigelig hverdag med trygge voksne omkring sig.",
        "Vi følger op på planen senest tre måneder efter, at indsatsen er sat i gang.",
    ],
    "measure_decision": [
        "Kære {mor}\n{dept} har besluttet, at I og {child} skal have hjælp i form af {measure}. Afgørelsen er truffet efter {cite}.",
        "Vi har lagt vægt på den børnefaglige undersøgelse af {d_inv}, som viser, at {child} har brug for støtte.",
        "Hjælpen – {measure} – begynder så hurtigt som muligt og varer foreløbig seks måneder. Derefter følger vi op på, hvordan det går.",
        "Vi havde en samtale med {child} om støtten den {d_conv}, og det, {child} fortalte, indgår i afgørelsen.",
    ],
    "measure_decision/placement": [
        "Vi har lagt vægt på den børnefaglige undersøgelse af {d_inv}, som viser, at {child} ikke får den omsorg, {han} har brug for, derhjemme.",
        "Vi havde en samtale med {child} om flytningen den {d_conv}, og {childs} ønsker og synspunkter indgår i afgørelsen.",
        "{child} skal bo på {place}, hvor der er erfarne voksne, som kan tage sig af {hans} behov.",
        "I har ret til samvær med {child}, og vi laver en aftale med jer om, hvordan samværet skal foregå.",
    ],
    "termination_decision": [
        "Kære {mor}\n{dept} har besluttet, at hjælpen til {child} i form af {measure} stopper.",
        "Vi har lagt vægt på, at støtten har virket efter hensigten, sådan som det blev beskrevet ved opfølgningen den {d_follow}.",
        "I er enige med os i, at {measure} kan stoppe nu.",
    ],
    "termination_decision/homecoming": [
        "Kære {mor}\n{dept} har besluttet, at {child} skal flytte hjem fra {place} til dig.",
        "Vi har lagt vægt på, at du i dag kan tage dig af {child}, sådan som det blev beskrevet ved opfølgningen den {d_follow}.",
        "Hjemflytningen sker gradvist over cirka to måneder, så {child} får god tid til at vænne sig til det.",
    ],
    "follow_up": [
        "Følgende deltog i opfølgningsmødet: {mor}, {far}, {child} og rådgiver {cw}.",
        "Støtten blev sat i gang efter afgørelsen af {d_dec}. Vi vurderer, at den hjælper familien.",
        "{child} fortæller, at skolen går bedre, og at der er mere ro derhjemme.",
        "Vi aftalte, at støtten fortsætter som hidtil.",
    ],
    "supervision_visit": [
        "Vi har været på tilsynsbesøg hos {child} på {place} og talte med {child} alene.",
        "{child} fortæller, at {han} er faldet godt til og har fået nye kammerater.",
        "Vi så ikke noget under besøget, der giver grund til bekymring.",
    ],
    "hearing": [
        "Kære {mor}\nInden vi træffer afgørelse i sagen om {child}, vil vi gerne give dig mulighed for at sige din mening om oplysningerne i sagen.",
        "Vi lægger især vægt på det, der står i den børnefaglige undersøgelse af {d_inv}.",
        "Vi vil gerne have dine bemærkninger senest 14 dage efter, at du har fået dette brev. Du er velkommen til at ringe til {cw}, hvis du hellere vil fortælle det mundtligt.",
    ],
    "consent": [
        "Jeg giver som forældremyndighedsindehaver samtykke til, at {dept} sætter {measure} i gang for {child}.",
        "Jeg er blevet fortalt, at jeg når som helst kan trække mit samtykke tilbage.",
    ],
    "consent/info": [
        "Jeg giver samtykke til, at {dept} må hente oplysninger om {child} fra skole, læge og tandpleje.",
        "Samtykket gælder, så længe den børnefaglige undersøgelse står på.",
    ],
    "status_statement": [
        "{child} går i {klasse}. klasse på {school}. {child} er vellidt blandt kammeraterne, men har mange fraværsdage.",
        "Fagligt ligger {child} lidt under gennemsnittet, og {han} har brug for en voksen ved siden af sig for at komme i gang med opgaverne.",
        "Vi har et godt samarbejde med forældrene.",
    ],
    "status_statement/placement": [
        "{child} har boet på {place}, siden {han} flyttede hertil. {child} har vænnet sig godt til stedet og deltager i fællesskabet.",
        "{child} er sammen med {mor} hver anden weekend, og samværet går godt.",
    ],
    "journal_note": [
        "{mor} ringede og fortalte, at {child} har haft en god uge. Hun spurgte, hvornår vi ses næste gang.",
        "Vi har fået en mail fra {school} om, at {child} har været væk fra skolen i to dage.",
        "{far} ringede. Han vil gerne inddrages mere i sagen og have kopi af breve.",
        "Sagen er drøftet på teammødet. Der er ikke brug for at gøre mere lige nu.",
        "Vi har sendt et brev til forældrene med information om sagens videre forløb.",
    ],
    "closure": [
        "Sagen om {child} afsluttes, fordi der ikke længere er brug for støtte fra kommunen.",
        "Forældrene har fået besked om, at sagen lukkes. De er altid velkomne til at kontakte os igen.",
    ],
    "closure/no_action": [
        "Underretningen af {d_notif} er vurderet, og der er ikke grundlag for at lave en undersøgelse.",
        "Sagen afsluttes uden yderligere støtte. Forældrene har fået besked.",
    ],
}
REFS = [
    ("d_notif", "Kommunen fik underretningen om {child} den {d_notif}."),
    ("d_inv", "Vi henviser til den børnefaglige undersøgelse, som blev afsluttet den {d_inv}."),
    ("d_plan", "Støtten er beskrevet i handleplanen fra den {d_plan}."),
    ("d_dec", "Afgørelsen om støtte blev truffet den {d_dec}."),
    ("d_conv", "Vi talte med {child} ved en børnesamtale den {d_conv}."),
    ("d_follow", "Ved opfølgningen den {d_follow} blev det aftalt, at støtten skulle fortsætte."),
    ("next", "Vi ses igen til næste opfølgningsmøde, som er aftalt til den {next}."),
]
REFS_BL = [
    ("d_plan", "Indsatsen står beskrevet i barnets plan fra den {d_plan}."),
    ("d_inv", "Vi henviser til undersøgelsen efter barnets lov § 20, som blev afsluttet den {d_inv}."),
]

GOAL_HEADINGS = ["Mål med støtten", "Målsætninger for barnet", "Hvad er målene?"]
GOALS = [
    "{child} skal møde i skole alle dage og højst have to fraværsdage om måneden.",
    "{child} skal have faste tider at stå op og gå i seng, så {han} er udhvilet om morgenen.",
    "Forældrene skal blive bedre til at sætte rammer for {child} uden at skændes.",
    "{child} skal gå til en fritidsaktivitet mindst en gang om ugen.",
    "{mor} skal begynde i behandling for sit alkoholforbrug inden for tre måneder.",
    "{child}s sprog skal følges af en talepædagog hver måned.",
    "{child} skal have mindst to faste voksne, som {han} kan gå til.",
]
SUBGOAL_HEADING = "Delmål for de næste tre måneder"
NOGOAL_SECTIONS = [
    ("Hvilken støtte sættes i gang", ["Familien får {measure}. Støtten gives af kommunens familiehus."]),
    ("Hvorfor støtten gives", ["Støtten skal hjælpe {child} til at trives bedre i hverdagen."]),
    ("Hvem gør hvad", ["Forældrene deltager i møderne og bakker op om støtten. Rådgiveren koordinerer."]),
]
DECISION_HEADINGS = {"decision": "Det har vi besluttet", "reasons": "Sådan er vi kommet frem til afgørelsen",
                     "guidance": "Hvis du vil klage"}
GUIDANCE = [
    "Du kan klage over afgørelsen, hvis du er uenig. Klagen skal være kommet frem til {dept} senest fire uger efter, at du har fået dette brev. Vi ser så på sagen igen, og hvis vi ikke giver dig medhold, sender vi klagen videre til Ankestyrelsen.",
    "Er du uenig i afgørelsen, har du ret til at klage. Du kan klage skriftligt eller mundtligt til {dept} inden fire uger. Vi genvurderer afgørelsen, og fastholder vi den, sendes din klage til Ankestyrelsen, som behandler den.",
    "Klagevejledning: Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes først til kommunen inden fire uger fra modtagelsen af afgørelsen. Ring til {cw} på telefon {phone}, hvis du vil have hjælp til at klage.",
]
URGENT_SENTENCES = [
    "Afgørelsen er truffet akut, fordi {child} har brug for hjælp med det samme.",
    "Der er tale om en hastende afgørelse, da {childs} situation ikke kan vente på en almindelig sagsbehandling.",
]
NO_PLAN_SENTENCES = [
    "Der udarbejdes ikke barnets plan i forbindelse med denne afgørelse, fordi støtten er kortvarig og enkel.",
    "I jeres sag udarbejdes ikke en plan, da indsatsen er afgrænset og kun varer kort tid.",
]
PLACEMENT_SENTENCES = {
    "with": "Vi har besluttet, at {child} skal anbringes uden for hjemmet på {place}. I har givet samtykke til anbringelsen, og afgørelsen er truffet efter {cite}.",
    "without": "Børne- og ungeudvalget har besluttet, at {child} skal anbringes uden for hjemmet uden samtykke fra forældremyndighedsindehaveren, efter {cite}, fordi der er en åbenbar risiko for, at {child}s sundhed eller udvikling lider alvorlig skade.",
}

INVESTIGATION_SECTIONS_SEL = ["Barnets udvikling og adfærd", "Familien og forholdene i hjemmet",
                              "Skolegang og læring", "Helbred og sundhed", "Venner og fritid",
                              "Øvrige forhold af betydning", "Den samlede vurdering"]
INVESTIGATION_SECTIONS_BL = ["Sådan har barnet det", "Familien og netværket", "Skolen og dagtilbuddet",
                             "Helbred", "Barnets egne ord", "Forældrenes syn på sagen", "Vores samlede vurdering"]
POOL = [
    "{school} beskriver {child} som en venlig og hjælpsom elev.",
    "Der har været perioder med meget fravær, oftest om mandagen.",
    "{mor} fortæller, at hun har svært ved at få hverdagen til at hænge sammen.",
    "{far} bor i en anden by og har {child} hver anden weekend.",
    "{child} har en tæt kontakt til sin mormor, som bor i nærheden.",
    "Familien har tidligere fået hjælp fra sundhedsplejersken.",
    "{child} er fysisk rask, men havde mange ørebetændelser som lille.",
    "{child} kan blive meget vred og har svært ved at falde til ro igen bagefter.",
    "{child} spiller håndbold to gange om ugen og er glad for det.",
    "Familien bor i et hus på landet, og {child} har sit eget værelse.",
    "Familien har økonomiske problemer, og {mor} er uden arbejde.",
    "Forældrene har svært ved at samarbejde om {child}.",
    "{child} har svært ved at læse og får ekstra hjælp i dansk.",
    "Vi vurderer, at {child}s behov ikke bliver dækket godt nok derhjemme.",
    "Familien har et lille netværk omkring sig.",
    "{child} siger selv, at {han} er ked af skænderierne derhjemme.",
    "Egen læge har ingen bemærkninger til {child}s helbred.",
    "{child} sover dårligt og kommer tit for sent i skole.",
    "Der er langt til skolen, og {child} tager bussen hver morgen.",
]
OTHER_DOCS = {
    "invitation": ("Invitation til møde i Børn og Familie", "Kære forælder\nDu inviteres hermed til et møde om {child} den {next} klokken 10.00. Mødet holdes på rådhuset i {city}."),
    "medical": ("Attest fra egen læge", "Jeg har som praktiserende læge undersøgt {child}. Barnet vokser og trives normalt, og der er ikke fundet tegn på fysisk overlast."),
    "invoice": ("Faktura for leverede ydelser", "Faktura for ydelser i perioden. Beløbet skal betales senest 30 dage efter fakturadatoen. Fakturanummer {num}."),
    "pamphlet": ("Information til forældre om sagsbehandlingen", "Her kan du læse, hvordan kommunen arbejder med sager om børn og unge, og hvilke rettigheder du har som forælder."),
    "minutes": ("Referat fra forældremøde i klassen", "På mødet talte vi om trivslen i klassen. Vi aftalte faste frikvartersregler og et tættere samarbejde med forældrene."),
}

# ---------------------------------------------------------------------------------------------
# Files and folders
# ---------------------------------------------------------------------------------------------
CASE_FOLDER_STYLES = [("Børnesag {caseno}", 30), ("{caseno}_{surname}", 25), ("{child} {surname} - {caseno}", 25),
                      ("{cpr} {child} {surname}", 20)]
LAYOUTS = [("flat", 25), ("dok_journal", 45), ("years", 30)]
FILE_NAMES = [("dated", 45), ("numbered", 25), ("plain", 20), ("scan", 10)]
FILE_DATE_FORM = "dmy_dash"
NUMBERED_NAME = "Bilag_{num:07d}"
SCAN_NAME = "Scannet dokument {num:04d}"
JOURNAL_FILE_NAMES = ["Journaludskrift.txt", "Sagsjournal {year}.txt", "journaludtræk.txt"]
UNSUPPORTED = [("Fotografi fra hjemmebesøg.jpg", "jpg"), ("{child}s tegning.jpg", "jpg"),
               ("Oversigt over bevillinger.xlsx", "xlsx")]
LITTER = ["Thumbs.db", "desktop.ini", ".DS_Store"]

# ---------------------------------------------------------------------------------------------
# Mix of producers and encodings
# ---------------------------------------------------------------------------------------------
PRODUCERS = {
    "reportlab": 25, "fpdf": 22, "fitz": 15, "lo_docx": 15, "lo_fodt": 4, "lo_html": 5,
    "scan_ocr": 7, "scan_noocr": 5,
}
NOTE_FORMATS = {"journal": 45, "txt": 20, "pdf": 15, "docx": 15, "rtf": 5}
LETTER_FORMATS = {"pdf": 80, "docx": 9, "html": 5, "rtf": 3, "eml": 3}
TXT_ENCODINGS = {"utf-8": 30, "utf-8-sig": 15, "cp1252": 30, "latin-1": 10, "utf-16": 15}
ENCRYPTED_SHARE = 0.03
UNREADABLE_SHARE = 0.07
UNSUPPORTED_PER_CASE = {"jpg": 0.25, "xlsx": 0.12}
LITTER_PER_CASE = 0.35
CPR_IN_FILE_NAME = 0.02
TITLE_SPLIT_SHARE = 0.05
TITLE_HYPHEN_SHARE = 0.02
OTHER_VOCAB_SHARE = 0.10
BIRTHDATE_SHARE = 0.10
HYPHENATE_SHARE = 0.05
LIGATURE_SHARE = 0.05
NBSP_SHARE = 0.06
SOFT_HYPHEN_SHARE = 0.02
CRLF_SHARE = 0.6
NOTE_WRAP = [(None, 45), (72, 30), (100, 25)]
WRITTEN_SHARE = 0.18
SCAN_DPI = [(150, 30), (200, 50), (300, 20)]
SCAN_MODE = [("bw", 75), ("gray", 25)]
EML = {"charset": [("utf-8", 55), ("iso-8859-1", 45)], "cte": [("quoted-printable", 55), ("base64", 30), ("8bit", 15)],
       "html": 0.35}
HTML_ENCODINGS = [("utf-8", 65), ("cp1252", 25), ("latin-1", 10)]
HTML_EXT = [(".html", 60), (".htm", 40)]
