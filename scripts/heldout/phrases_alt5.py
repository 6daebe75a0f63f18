"""Phrase bank ALT5: a municipality where much is exchanged by e-mail and with external partners.

Same keys and structure as phrases_dev.py, independent wordings. Notifications come from schools,
daycares, police, hospitals, dentists and relatives (their letterheads and sign-offs carry the
source; titles are picked by kind only), caseworkers write in a plain-language letter style, date
labels are "Indgået:", "Registreret modtaget:", "Afholdt:", "Beslutningsdato:", "Mødet fandt
sted:" and sentence forms, and every date form of domain.md occurs.

Template placeholders are filled by compose.py: {child} {childs} {child_full} {age} {han} {Han}
{hans} {mor} {far} {school} {daycare} {place} {cw} {kommune} {dept} {measure} {cite} {concern}
{source_org} {notifier} {phone} {num} {klasse} {caseno} {city}, and reference dates {d_notif}
{d_invdec} {d_inv} {d_plan} {d_dec} {d_conv} {d_follow} {d_prelim} {next}.

Guards (compose.check_attributes): the attribute words of domain.md ("anonym", "anbring",
"uden samtykke"/§ 58/§ 47, "akut"/"hastende"/"kan ikke afvente", "udarbejdes ikke", "klage",
"mål") occur only in the documents that carry the attribute; the shared pools avoid them.
"""

NAME = "alt5"
SEED = 55

# ---------------------------------------------------------------------------------------------
# Organisations and people (all invented)
# ---------------------------------------------------------------------------------------------
MUNICIPALITIES = [
    {"name": "Vestermølle Kommune", "street": "Kirkepladsen 2", "zip": "6832", "city": "Vestermølle",
     "phone": "72 33 60 00", "mail": "boernogunge@vestermoelle.dk", "web": "www.vestermoelle.dk"},
    {"name": "Hjortsø Kommune", "street": "Rådhusvej 7", "zip": "4573", "city": "Hjortsø",
     "phone": "59 44 12 00", "mail": "myndighed.born@hjortso.dk", "web": "www.hjortso.dk"},
    {"name": "Aabækken Kommune", "street": "Aaboulevarden 31", "zip": "8663", "city": "Aabækken",
     "phone": "86 12 70 00", "mail": "familiecentret@aabaekken.dk", "web": "www.aabaekken.dk"},
    {"name": "Stormose Kommune", "street": "Mosevej 1", "zip": "7261", "city": "Stormose",
     "phone": "76 58 90 00", "mail": "borneradgivningen@stormose.dk", "web": "www.stormose.dk"},
    {"name": "Sønderlund Kommune", "street": "Søndergade 44", "zip": "5982", "city": "Sønderlund",
     "phone": "63 71 25 00", "mail": "sikkerpost.familie@sonderlund.dk", "web": "www.sonderlund.dk"},
    {"name": "Bjergsted Kommune", "street": "Bytorvet 3", "zip": "3492", "city": "Bjergsted",
     "phone": "48 26 80 00", "mail": "boern-familie@bjergsted.dk", "web": "www.bjergsted.dk"},
]
DEPARTMENTS = ["Børn og Familie, Myndighed", "Børne- og Ungerådgivningen", "Familiecentret – Myndighedsafsnittet",
               "Center for Familie og Forebyggelse", "Socialforvaltningen, Børn og Unge"]
CASEWORKER_TITLES = {"SEL": ["Socialrådgiver", "Familierådgiver", "Sagsbehandler, Myndighed Børn"],
                     "BL": ["Børne- og ungerådgiver", "Familierådgiver", "Socialrådgiver, Børn og Unge"]}
LEADER_TITLES = ["Faglig leder", "Sektionsleder", "Myndighedsleder"]

GIRLS = ["Olivia", "Ella", "Liva", "Esther", "Asta", "Saga", "Nora", "Vigga", "Luna", "Silje",
         "Rosa", "Ellen", "Marie", "Sille", "Cecilie", "Thea", "Ronja", "Bodil", "Åse", "Gry"]
BOYS = ["Arthur", "August", "Villads", "Theo", "Felix", "Johan", "Otto", "Hugo", "Liam", "Sebastian",
        "Konrad", "Asger", "Ludvig", "Tobias", "Jakob", "Nikolaj", "Ebbe", "Jørgen", "Øjvind", "Bertram"]
ADULT_WOMEN = ["Charlotte", "Susanne", "Malene", "Marianne", "Tanja", "Katrine", "Vibeke", "Birgitte",
               "Heidi", "Janni", "Signe", "Ditte", "Kirsten", "Hanne", "Lotte", "Rikke", "Mai", "Bettina"]
ADULT_MEN = ["Claus", "Allan", "Kenneth", "Torben", "Bo", "Niels", "Jacob", "Simon", "Mads",
             "Steffen", "Carsten", "Jan", "Poul", "Finn", "Per", "Ulrik", "Bjarne", "Kristian"]
SURNAMES = ["Frandsen", "Mikkelsen", "Vestergaard", "Johansen", "Svendsen", "Iversen", "Bach",
            "Brandt", "Lauridsen", "Knudsen", "Mortensen", "Nørgaard", "Schmidt", "Winther",
            "Søndergaard", "Damgaard", "Clausen", "Kjeldsen", "Bruun", "Ravn", "Aagaard", "Højgaard"]

SCHOOLS = ["{city} Skole", "Rosenvængets Skole", "Hedeskolen", "Søndervangskolen", "{city} Privatskole",
           "Kildeskolen, afdeling Nord", "Fjordvejens Skole"]
DAYCARES = ["Børnehuset Regnbuen", "Daginstitutionen Troldehøj", "Integreret institution Spiren",
            "Vuggestuen Bikuben", "Dagplejen, distrikt {city}"]
PLACES = ["Opholdsstedet Skovbrynet", "Døgninstitutionen Havgården", "Plejefamilie i {city}",
          "Slægtsplejefamilien (farmor og farfar)", "Socialpædagogisk opholdssted Fyrtårnet",
          "Børne- og ungehjemmet Ravnsborg"]
POLICE = ["Politiet, Lokalpolitiet {city}", "Politiet, Forebyggelsesafdelingen", "Politiet, SSP-konsulent for {city}"]
HOSPITALS = ["Børne- og Ungeafdelingen, Sygehus Nord", "Fælles Akutmodtagelse, Sygehus Nord",
             "Sundhedsplejen, Sygehus Syd"]
DOCTORS = ["Lægerne i {city}", "Lægehuset ved Kilden", "Lægeklinikken {city} Centrum"]
PSYCH = ["Børne- og Ungdomspsykiatrisk Ambulatorium", "Psykiatrien, Team for børn og unge"]
DENTISTS = ["Tandplejen – Den kommunale børne- og ungetandpleje", "Kommunal Tandpleje, Klinik Øst"]

CONCERNS = [
    "mange ugyldige fraværsdage og sene mødetider", "manglende tandpleje og udeblivelser fra tandplejen",
    "blå mærker, som barnet ikke vil forklare", "voldsomme skænderier i hjemmet, som barnet fortæller om",
    "at barnet ofte har for lidt tøj på i koldt vejr", "at en forælder har virket påvirket af alkohol, mens barnet var til stede",
    "at barnet er meget stille og trækker sig fra de andre børn", "bekymrende vægttab",
    "at barnet fortæller, at det er alene hjemme om natten", "udadreagerende adfærd og slåskampe med andre børn",
    "at barnet har været involveret i butikstyveri og færdes sent ude", "at barnet ikke er blevet vaccineret og ikke går til lægekontrol",
]
MEASURES_SEL = [  # (description, citation) -- never placement
    ("familiebehandling i kommunens familiehus", "servicelovens § 52, stk. 3, nr. 3"),
    ("praktisk pædagogisk støtte i hjemmet", "§ 52, stk. 3, nr. 2, i lov om social service"),
    ("en kontaktperson for barnet", "servicelovens § 52, stk. 3, nr. 6"),
    ("et dagbehandlingstilbud", "servicelovens § 52, stk. 3, nr. 1"),
    ("et forløb hos en psykolog", "servicelovens § 52, stk. 3, nr. 9"),
]
MEASURES_BL = [
    ("familiebehandling i familiehuset", "barnets lov § 32, stk. 1"),
    ("en fast kontaktperson", "§ 32, stk. 1, i barnets lov"),
    ("et forløb med en familiekonsulent", "barnets lov § 32"),
    ("praktisk pædagogisk støtte i hjemmet", "barnets lov § 32, stk. 1"),
    ("et mentorforløb på skolen", "barnets lov § 32"),
    ("psykologsamtaler for barnet", "barnets lov § 32, stk. 1"),
]
PLACEMENT = {  # (with consent citation, without consent citation)
    "SEL": ("§ 52, stk. 3, nr. 7, i lov om social service", "§ 58 i lov om social service"),
    "BL": ("§ 46 i barnets lov", "§ 47 i barnets lov"),
}

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
# every form of domain.md: dmy_dot 12.03.2015 | dmy_dot_short 12.3.2015 | dmy_dash 12-03-2015 |
# dm_slash_y 12/3-2015 | dm_slash_space_y 12/3 2015 | dm_slash_yy 12/3-15 | dmy_dot_yy 12.03.15 |
# iso 2015-03-12 | long 12. marts 2015 | abbr 12. mar. 2015 | long_upper 12. MARTS 2015 |
# long_cap 12. Marts 2015; "d. ..." and "den ..." come from the templates.
HEADER_DATE_FORMS = [("dmy_dot", 20), ("long", 14), ("dm_slash_y", 9), ("dmy_dash", 8), ("dmy_dot_short", 8),
                     ("iso", 6), ("long_cap", 6), ("long_upper", 4), ("abbr", 6), ("dm_slash_space_y", 5),
                     ("dm_slash_yy", 6), ("dmy_dot_yy", 8)]
SENTENCE_DATE_FORMS = [("long", 40), ("dmy_dot", 18), ("dm_slash_y", 10), ("abbr", 10), ("dmy_dot_short", 10),
                       ("long_cap", 5), ("dmy_dot_yy", 7)]
TIME_FORMS = [("kl. {h}.{m}", 55), ("kl. {h}:{m}", 45)]

# Date blocks per type. {d} is the document's date, {t} an optional " kl. 14.30",
# {start} an earlier start date, {letter} the sender's letter date.
DATE_BLOCKS = {
    "notification": [("Indgået: {d}{t}", 22), ("Registreret modtaget: {d}{t}", 18),
                     ("Brevdato: {letter}\nIndgået i kommunen: {d}{t}", 14), ("Modtagelsesdato: {d}{t}", 12),
                     ("Henvendelsen er modtaget i kommunen den {d}{t}.", 12), ("Modtaget d. {d}{t}", 11),
                     ("Afsendt af underretter: {letter}\nRegistreret modtaget: {d}{t}", 11)],
    "notification_assessment": [("Vurderet: {d}{t}", 30), ("Vurderingsdato: {d}{t}", 25),
                                ("Underretningen er vurderet den {d}{t}.", 25), ("Vurdering foretaget d. {d}{t}", 20)],
    "receipt": [("Afsendt: {d}", 35), ("Sendt den {d}", 25), ("Brevdato: {d}", 25), ("Kvitteringen er sendt d. {d}.", 15)],
    "investigation_decision": [("Beslutningsdato: {d}", 30), ("Afgørelsesdato: {d}", 30),
                               ("Afgørelsen blev truffet d. {d}.", 20), ("Truffet den {d}", 20)],
    "investigation": [("Undersøgelsen påbegyndt: {start}\nUndersøgelsen afsluttet: {d}", 25),
                      ("Startdato: {start}\nSlutdato: {d}", 15), ("Færdiggjort: {d}", 20),
                      ("Undersøgelsen blev afsluttet den {d}.", 20), ("Afsluttet d. {d}", 20)],
    "preliminary_assessment": [("Udarbejdet: {d}", 50), ("Vurderingen er udarbejdet den {d}.", 50)],
    "partial_assessment": [("Udarbejdet: {d}", 40), ("Gennemført den {d}", 30), ("Dokumentdato: {d}", 30)],
    "child_conversation": [("Samtaledato: {d}", 35), ("Dato for samtale: {d}", 20),
                           ("Rådgiver mødte barnet den {d}.", 25), ("Tidspunkt: {d}", 20)],
    "plan": [("Udarbejdet: {d}", 30), ("Plandato: {d}", 25), ("Planen er udarbejdet den {d}.", 25),
             ("Dato for planen: {d}", 20)],
    "measure_decision": [("Beslutningsdato: {d}", 25), ("Afgørelsesdato: {d}", 25),
                         ("Afgørelsen er truffet d. {d}.", 25), ("Dato for afgørelsen: {d}", 25)],
    "termination_decision": [("Beslutningsdato: {d}", 30), ("Afgørelsesdato: {d}", 30),
                             ("Afgørelsen er truffet d. {d}.", 20), ("Truffet den {d}", 20)],
    "follow_up": [("Afholdt: {d}", 30), ("Mødet fandt sted: {d}", 25), ("Opfølgningen er foretaget den {d}.", 20),
                  ("Mødet blev holdt d. {d}.", 15), ("Mødedag: {d}", 10)],
    "supervision_visit": [("Besøgsdato: {d}", 35), ("Tilsynet fandt sted den {d}.", 35), ("Afholdt: {d}", 30)],
    "hearing": [("Brevdato: {d}", 50), ("Afsendt: {d}", 50)],
    "consent": [("Underskrevet den {d}", 50), ("Dato for underskrift: {d}", 50)],
    "status_statement": [("Udfærdiget: {d}", 35), ("Skrevet den {d}", 30), ("Dato for udtalelsen: {d}", 35)],
    "journal_note": [("Notatdato: {d}", 40), ("Registreret: {d}", 30), ("Oprettet den {d}", 30)],
    "closure": [("Lukkedato: {d}", 35), ("Sagen er afsluttet den {d}.", 35), ("Afsluttet: {d}", 30)],
    "other": [("Brevdato: {d}", 50), ("Dato: {d}", 50)],
}
# Added after the body when the writing date differs from the event date.
WRITTEN_LINES = ["Referatet er skrevet {written}.", "Renskrevet den {written}.", "Journaliseret d. {written}."]

# ---------------------------------------------------------------------------------------------
# Titles. Keys: "type", "type/regime", "type/kind", "type/kind/regime" (most specific wins).
# ---------------------------------------------------------------------------------------------
TITLES = {
    "notification": [("Underretning", 18), ("Indberetning om bekymring", 10), ("Bekymringshenvendelse", 10),
                     ("Underretning om bekymring for barn", 10), ("Bekymringsskrivelse", 8),
                     ("VS: Underretning", 8), ("Emne: Underretning vedr. bekymring for et barn", 6),
                     ("UNDERRETNING TIL KOMMUNEN", 8), ("Skriftlig underretning", 10),
                     ("Underretning jf. underretningspligten", 12)],
    "notification/anonymous": [("Anonym henvendelse", 35), ("Anonym underretning", 30),
                               ("Underretning (anonym)", 20), ("Anonym bekymringshenvendelse", 15)],
    "notification/phone": [("Telefonisk underretning", 40), ("Underretning modtaget pr. telefon", 30),
                           ("Notat om telefonisk underretning", 30)],
    "notification_assessment": [("Vurdering af underretning", 30), ("Vurdering inden for 24 timer", 25),
                                ("Underretningsvurdering", 20), ("24-timersvurdering af underretning", 25)],
    "notification_assessment/urgent": [("Akut vurdering af underretning", 60), ("Akut vurdering", 40)],
    "receipt": [("Bekræftelse af modtagelse", 30), ("Kvittering for underretning", 25),
                ("SV: Underretning – kvittering for modtagelse", 25), ("Kvittering: Vi har modtaget din underretning", 20)],
    "investigation_decision/SEL": [("Afgørelse om iværksættelse af børnefaglig undersøgelse", 40),
                                   ("Afgørelse om børnefaglig undersøgelse efter servicelovens § 50", 35),
                                   ("Afgørelse om at iværksætte en § 50-undersøgelse", 25)],
    "investigation_decision/BL": [("Afgørelse om børnefaglig undersøgelse efter barnets lov § 20", 45),
                                  ("Afgørelse om iværksættelse af børnefaglig undersøgelse", 35),
                                  ("Afgørelse om § 20-undersøgelse", 20)],
    "investigation/SEL": [("Børnefaglig undersøgelse jf. servicelovens § 50", 35), ("Paragraf 50-undersøgelse", 20),
                          ("Børnefaglig undersøgelse (§ 50)", 25), ("§ 50-undersøgelse", 20)],
    "investigation/BL": [("Undersøgelse efter barnets lov § 20", 30), ("Børnefaglig undersøgelse (BFU)", 30),
                         ("§ 20-undersøgelse", 20), ("Børnefaglig undersøgelse efter barnets lov", 20)],
    "investigation/updated": [("Opdatering af børnefaglig undersøgelse", 55),
                              ("Børnefaglig undersøgelse – opdateret", 45)],
    "preliminary_assessment": [("Foreløbig vurdering", 45), ("Foreløbig børnefaglig vurdering", 35),
                               ("Notat: foreløbig vurdering", 20)],
    "partial_assessment/screening": [("Screening af underretning", 55), ("Screeningsnotat (barnets lov § 18)", 45)],
    "partial_assessment/afdaekning": [("Afdækning efter barnets lov § 19", 55), ("Afdækning af barnets situation", 45)],
    "child_conversation": [("Referat af børnesamtale", 40), ("Samtale med barnet", 30), ("Børnesamtale – referat", 30)],
    "child_conversation/youth": [("Samtale med den unge", 60), ("Referat af samtale med den unge", 40)],
    "child_conversation/not_held": [("Notat vedr. børnesamtale", 60), ("Børnesamtale – ikke gennemført", 40)],
    "plan/SEL": [("Handleplan jf. servicelovens § 140", 40), ("§ 140-handleplan", 30), ("Handleplan", 30)],
    "plan/BL": [("Barnets plan", 55), ("Barnets plan efter barnets lov § 91", 35), ("Helhedsorienteret plan", 10)],
    "plan/revised/SEL": [("Handleplan (revideret)", 55), ("Revideret handleplan", 45)],
    "plan/revised/BL": [("Barnets plan – revideret", 55), ("Revideret barnets plan", 45)],
    "plan/youth/BL": [("Ungeplan", 60), ("Ungeplan efter barnets lov", 40)],
    "plan/youth/SEL": [("Handleplan for den unge", 100)],
    "measure_decision/SEL": [("Afgørelse om foranstaltning efter servicelovens § 52", 35),
                             ("Bevilling af foranstaltning", 30), ("Afgørelse om støtte", 35)],
    "measure_decision/BL": [("Afgørelse om støttende indsats efter barnets lov § 32", 35),
                            ("Bevilling af støttende indsats", 30), ("Afgørelse om indsats", 35)],
    "measure_decision/placement": [("Afgørelse om anbringelse", 45), ("Afgørelse – anbringelse uden for hjemmet", 55)],
    "termination_decision/SEL": [("Afgørelse om ophør af støtte", 50), ("Afgørelse om ophør af foranstaltningen", 50)],
    "termination_decision/BL": [("Afgørelse om ophør af støttende indsats", 55), ("Afgørelse om ophør af indsatsen", 45)],
    "termination_decision/homecoming": [("Afgørelse om hjemgivelse", 55), ("Afgørelse om ophør af anbringelse og hjemgivelse", 45)],
    "follow_up/SEL": [("Referat af opfølgningsmøde", 35), ("Opfølgning på handleplanen", 30), ("Statusmøde – opfølgning", 35)],
    "follow_up/BL": [("Opfølgning på barnets plan", 40), ("Referat af opfølgningsmøde", 30), ("Statusmøde", 30)],
    "supervision_visit": [("Referat af tilsynsbesøg", 40), ("Personrettet tilsyn", 35), ("Tilsynsrapport", 25)],
    "hearing": [("Partshøring før afgørelse", 45), ("Partshøring efter forvaltningslovens § 19", 35), ("Partshøringsbrev", 20)],
    "consent": [("Samtykkeerklæring", 40), ("Erklæring om samtykke", 30), ("Forældresamtykke", 30)],
    "status_statement": [("Udtalelse fra skolen", 40), ("Skoleudtalelse", 35), ("Statusudtalelse fra skole", 25)],
    "status_statement/placement": [("Udtalelse fra anbringelsesstedet", 55), ("Statusudtalelse fra opholdssted/plejefamilie", 45)],
    "journal_note": [("Sagsnotat", 35), ("Notat", 20), ("Notat om telefonsamtale", 25), ("Journalnotat", 20)],
    "closure": [("Notat om sagens afslutning", 35), ("Sagen lukkes", 35), ("Afslutningsnotat", 30)],
}
# Subject lines for journal entries ("12.03.2015 – <subject>") by type.
ENTRY_SUBJECTS = {
    "notification": ["Underretning modtaget pr. telefon fra {notifier}", "Telefonisk underretning fra {notifier}"],
    "notification_assessment": ["Vurdering af underretningen inden for 24 timer", "Underretningen vurderet"],
    "child_conversation": ["Børnesamtale – {child}", "Samtale med barnet ({child})"],
    "follow_up": ["Statusmøde", "Opfølgning på indsatsen (møde)", "Opfølgningsmøde afholdt"],
    "journal_note": ["Tlf. med mor", "Tlf. med far", "Mail fra skolen om fravær", "Sagsnotat",
                     "Drøftelse på teammøde", "SMS-korrespondance med mor", "Notat"],
    "closure": ["Sagen lukkes", "Afslutning af sagen"],
}
ENTRY_LINE = [("{d} - {subject}", 40), ("{d}, kl. {hm}: {subject}", 20), ("{d}, {subject}", 25), ("{d} | {subject}", 15)]
ENTRY_DATE_FORMS = [("dmy_dot", 35), ("dmy_dot_short", 20), ("dm_slash_y", 15), ("dmy_dash", 15), ("long", 15)]
JOURNAL_PREAMBLE = ["UDSKRIFT AF SAGSJOURNAL\nSags-id: {caseno}\nPersonnr.: {cpr}\n",
                    "Journal – {child_full} ({cpr})\n", "Journaludskrift, sag {caseno}\n", ""]

# ---------------------------------------------------------------------------------------------
# Letterhead and signatures
# ---------------------------------------------------------------------------------------------
HEADER_STYLES = ["right", "footer", "caps"]
META_LABELS = {"caseno": "Sags-id", "cpr": "Personnr.", "cw": "Rådgiver", "child": "Vedrørende",
               "birth": "Født", "address": "Bopæl"}
CPR_STYLES = [("{ddmmyy}-{xxxx}", 80), ("{ddmmyy}{xxxx}", 20)]
CASENO_STYLES = ["{year}-{num:05d}", "27.24.00-G01-{num}-{yy:02d}", "BFS-{num:06d}"]
SIGN_OFF = ["Med venlig hilsen", "Venlig hilsen", "Mvh.", "De bedste hilsner", "Med venlig hilsen og god dag"]

# ---------------------------------------------------------------------------------------------
# Bodies. Lists of paragraph templates per type (and kind), references, and section pools.
# ---------------------------------------------------------------------------------------------
BODY = {
    "notification/letter": [
        "Hermed underretter {source_org} kommunen om vores bekymring for {child_full}, {age} år. Bekymringen handler især om {concern}.",
        "Vi har over de seneste måneder bemærket {concern}, og vi vurderer, at {child} har behov for særlig støtte.",
        "Vi har drøftet bekymringen med {mor}, men vi oplever ikke, at forholdene er blevet bedre.",
        "Vi retter henvendelse i henhold til vores skærpede underretningspligt og står gerne til rådighed for et møde.",
        "Forældrene er orienteret om, at vi sender denne underretning til kommunen.",
        "Kontakt os gerne, hvis I har brug for flere oplysninger om {child}.",
    ],
    "notification/phone": [
        "Rådgivningen blev i dag kontaktet telefonisk af {notifier}, som er bekymret for {child} på grund af {concern}.",
        "Underretter fortalte, at forholdene har stået på længe, og at det er blevet værre den seneste tid.",
        "Underretter er oplyst om, at kommunen af hensyn til tavshedspligten ikke kan fortælle om sagens videre forløb.",
        "Der er aftalt, at underretter ringer igen, hvis der opstår nye bekymringer.",
    ],
    "notification/email": [
        "Hej. Vi skriver til jer, fordi vi er bekymrede for {child}, som går hos os. Det drejer sig om {concern}.",
        "{child} har de sidste uger været meget fraværende, og når {han} er her, virker {han} træt og uoplagt.",
        "Vi har holdt et møde med {mor}, som ved, at vi skriver til kommunen.",
        "Mailen er sendt via sikker post. Ring endelig, hvis I har spørgsmål.",
    ],
    "notification/anonymous": [
        "Kommunen har modtaget en anonym henvendelse om {child}. Underretter ønsker at være anonym og har ikke oplyst navn eller telefonnummer.",
        "Den anonyme underretter beskriver {concern} og fortæller om råb og uro fra familiens bolig sent om aftenen.",
        "Underretter, som ønsker at forblive anonym, har flere gange set {child} alene udendørs sent på aftenen.",
    ],
    "notification_assessment": [
        "Underretningen af {d_notif} om {child} er læst og drøftet af {cw} og teamleder.",
        "Det vurderes, at {child} ikke er i umiddelbar fare, men at der er grundlag for at se nærmere på {childs} forhold.",
        "Oplysningerne giver ikke anledning til at handle samme dag.",
        "Familien har tidligere haft kontakt med rådgivningen.",
    ],
    "notification_assessment/none": [
        "Underretningen af {d_notif} er gennemgået, og det vurderes, at der ikke er behov for at foretage sig mere.",
        "Rådgiver har talt med forældrene, som har forklaret situationen på en måde, der ikke giver anledning til bekymring.",
        "Der er ikke behov for at handle straks.",
    ],
    "notification_assessment/urgent": [
        "Underretningen af {d_notif} er vurderet med det samme, fordi oplysningerne tyder på, at {child} kan være i fare.",
        "Det er besluttet at handle straks for at beskytte {child}. Forældrene er kontaktet.",
    ],
    "receipt": [
        "Kommunen bekræfter hermed at have modtaget din underretning af {d_notif} om {child}.",
        "Underretningen behandles efter reglerne i lov om social service. Af hensyn til tavshedspligten kan vi som udgangspunkt ikke oplyse, hvad der videre sker i sagen.",
        "Har du spørgsmål, kan du kontakte {cw} på telefon {phone}.",
    ],
    "receipt/BL": [
        "Kommunen bekræfter hermed at have modtaget din underretning af {d_notif} om {child}.",
        "Underretningen behandles efter reglerne i barnets lov. Af hensyn til tavshedspligten kan vi som udgangspunkt ikke oplyse, hvad der videre sker i sagen.",
        "Har du spørgsmål, kan du kontakte {cw} på telefon {phone}.",
    ],
    "investigation_decision": [
        "{dept} har besluttet at undersøge {childs} forhold nærmere ved en børnefaglig undersøgelse.",
        "Beslutningen bygger på underretningen af {d_notif}, som beskriver {concern}.",
        "Undersøgelsen skal være færdig senest fire måneder efter, at kommunen blev bekendt med bekymringen.",
        "Som en del af undersøgelsen taler vi med {child} og indhenter oplysninger fra {school} og egen læge.",
    ],
    "investigation": [
        "Undersøgelsen er gennemført på baggrund af underretningen af {d_notif} og beslutningen af {d_invdec}.",
        "Undersøgelsen belyser {childs} udvikling, trivsel og familiens ressourcer og vanskeligheder.",
        "Der er holdt samtaler med {mor}, {far} og {child}, og der er indhentet oplysninger fra {school}.",
    ],
    "preliminary_assessment": [
        "Undersøgelsen af {childs} forhold, som blev sat i gang den {d_invdec}, kan ikke gøres færdig inden for fire måneder.",
        "Forsinkelsen skyldes, at vi stadig venter på en udtalelse fra børne- og ungdomspsykiatrien.",
        "Foreløbig vurderes det, at {child} har brug for støtte, og undersøgelsen færdiggøres hurtigst muligt.",
    ],
    "partial_assessment/screening": [
        "Henvendelsen af {d_notif} er screenet for at vurdere, hvilken hjælp familien har brug for.",
        "Screeningen viser, at {childs} situation skal afdækkes nærmere.",
    ],
    "partial_assessment/afdaekning": [
        "Afdækningen belyser {childs} trivsel i hjemmet og i skolen, jf. barnets lov § 19.",
        "Rådgiver har holdt møde med {mor} og {child}. En kortere støttende indsats vurderes at kunne hjælpe familien.",
    ],
    "child_conversation": [
        "Rådgiver talte med {child} alene i et mødelokale på {school}. {child} fik forklaret, hvad samtalen skulle handle om.",
        "{child} fortalte, at {han} har gode venner i klassen, men at det er svært at være hjemme, når de voksne råber.",
        "{child} sagde, at {han} gerne vil have hjælp, men at {han} helst vil blive boende hjemme.",
        "{childs} synspunkter er noteret og indgår i sagens vurdering.",
    ],
    "child_conversation/not_held": [
        "Det har ikke været muligt at gennemføre en egentlig samtale med {child}, som er {age} år.",
        "Ud fra {childs} alder og modenhed er det vurderet, at en samtale ikke kan gennemføres på en god måde.",
        "{childs} perspektiv er i stedet belyst ved observation og ved oplysninger fra de voksne omkring {child}.",
    ],
    "plan": [
        "Handleplanen er lavet sammen med {mor} og {far} og bygger på den børnefaglige undersøgelse af {d_inv}.",
        "Planen beskriver den støtte, {child} og familien får, og hvem der gør hvad.",
        "Planen gennemgås senest tre måneder efter, at støtten er sat i gang.",
    ],
    "plan/BL": [
        "Barnets plan er lavet sammen med {child} og forældrene og bygger på undersøgelsen af {d_inv}.",
        "Planen beskriver, hvordan {child} kan få en tryg og stabil hverdag, og hvem der hjælper med hvad.",
        "Planen gennemgås senest tre måneder efter, at indsatsen er sat i gang.",
    ],
    "measure_decision": [
        "{dept} har besluttet at bevilge {measure} til {child} efter {cite}.",
        "Vi har lagt vægt på den børnefaglige undersøgelse af {d_inv}, som viser, at {child} har brug for støtte.",
        "Støtten begynder hurtigst muligt og gives i første omgang i et halvt år, hvorefter vi følger op.",
        "Rådgiver har talt med {child} om støtten den {d_conv}, og {childs} ønsker er indgået i beslutningen.",
    ],
    "measure_decision/placement": [
        "Vi har lagt vægt på den børnefaglige undersøgelse af {d_inv}, som viser, at {child} ikke får den omsorg, {han} har brug for, i hjemmet.",
        "Rådgiver har talt med {child} om flytningen den {d_conv}, og {childs} ønsker er indgået i beslutningen.",
        "{child} skal bo på {place}, hvor der er voksne, som kan tage sig af {hans} behov.",
        "Forældrene har ret til samvær med {child}, og der laves en aftale om samværet.",
    ],
    "termination_decision": [
        "{dept} har besluttet, at {measure} til {child} stopper.",
        "Vi har lagt vægt på, at støtten har virket efter hensigten, jf. opfølgningsmødet den {d_follow}.",
        "Forældrene er enige i, at støtten kan ophøre.",
    ],
    "termination_decision/homecoming": [
        "{dept} har besluttet, at {child} skal flytte hjem fra {place} til {mor}.",
        "Vi har lagt vægt på, at {mor} i dag kan tage sig af {child}, jf. opfølgningsmødet den {d_follow}.",
        "Hjemflytningen sker gradvist over to måneder med støtte fra familiehuset.",
    ],
    "follow_up": [
        "Til mødet deltog {mor}, {far}, {child} og {cw}.",
        "Indsatsen blev bevilget ved afgørelsen af {d_dec}. Alle oplever, at støtten har gjort en positiv forskel.",
        "{child} fortæller, at skolen går bedre, og at der er mere ro derhjemme.",
        "Det er aftalt, at støtten fortsætter som hidtil.",
    ],
    "supervision_visit": [
        "Rådgiver besøgte {child} på {place} og talte med {hans} alene.",
        "{child} fortæller, at {han} er faldet godt til og har fået nye venner.",
        "Der er ikke set forhold, der giver grund til bekymring.",
    ],
    "hearing": [
        "Før kommunen træffer afgørelse i sagen om {child}, får du mulighed for at komme med dine bemærkninger til sagens oplysninger.",
        "Vi lægger især vægt på oplysningerne i den børnefaglige undersøgelse af {d_inv}.",
        "Dine bemærkninger skal være os i hænde senest 14 dage efter, at du har modtaget dette brev.",
    ],
    "consent": [
        "Jeg giver som forældremyndighedsindehaver samtykke til, at kommunen sætter {measure} i gang for {child}.",
        "Jeg ved, at jeg til enhver tid kan trække mit samtykke tilbage.",
    ],
    "consent/info": [
        "Jeg giver samtykke til, at kommunen må indhente oplysninger om {child} hos skole, læge og tandpleje.",
        "Samtykket gælder, så længe den børnefaglige undersøgelse står på.",
    ],
    "status_statement": [
        "{child} går i {klasse}. klasse hos os på {school}. {child} er glad for sine kammerater, men har meget fravær.",
        "Fagligt ligger {child} lidt under gennemsnittet. {Han} har brug for en voksen ved siden af sig for at komme i gang.",
        "Vi har et godt samarbejde med forældrene.",
    ],
    "status_statement/placement": [
        "{child} har boet hos os på {place} siden flytningen og deltager aktivt i hverdagen.",
        "{child} har samvær med {mor} hver anden weekend, og samværet går godt.",
    ],
    "journal_note": [
        "{mor} ringede og fortalte, at {child} har haft en god uge. Hun spurgte, hvornår næste møde er.",
        "Mail fra {school}: {child} har været fraværende i to dage uden besked.",
        "Telefonsamtale med {far}, som gerne vil inddrages mere i sagen.",
        "Sagen er drøftet på teammøde. Der er ikke behov for at gøre mere lige nu.",
    ],
    "closure": [
        "Sagen om {child} lukkes, da der ikke længere er behov for støtte fra kommunen.",
        "Forældrene er orienteret om, at sagen lukkes, og at de altid kan kontakte os igen.",
    ],
    "closure/no_action": [
        "Underretningen af {d_notif} er vurderet, og der er ikke grundlag for at undersøge sagen nærmere.",
        "Sagen lukkes uden yderligere tiltag. Forældrene har fået besked.",
    ],
}
# Sentences that cite other documents (distractors: another type and another date).
REFS = [
    ("d_notif", "Kommunen fik en underretning vedrørende {child} den {d_notif}."),
    ("d_inv", "Vi henviser til den børnefaglige undersøgelse fra {d_inv}."),
    ("d_plan", "Indsatsen er beskrevet i handleplanen dateret {d_plan}."),
    ("d_dec", "Der blev truffet afgørelse om indsatsen den {d_dec}."),
    ("d_conv", "{child} blev hørt ved en børnesamtale den {d_conv}."),
    ("d_follow", "Indsatsen blev senest gennemgået på opfølgningsmødet den {d_follow}."),
    ("next", "Der er aftalt nyt møde den {next}."),
]
REFS_BL = [
    ("d_plan", "Indsatsen fremgår af barnets plan fra {d_plan}."),
    ("d_inv", "Der henvises til undersøgelsen efter barnets lov § 20 fra {d_inv}."),
]

# Goal sections (plans with goals).
GOAL_HEADINGS = ["Målsætninger for indsatsen", "Mål for støtten", "Barnets mål"]
GOALS = [
    "{child} møder i skole alle dage og har højst ét ugyldigt fravær om måneden.",
    "{child} går i seng senest kl. 20.30 på hverdage.",
    "Forældrene bruger faste rutiner ved morgenmad og aftensmad.",
    "{child} deltager i en fritidsaktivitet hver uge.",
    "{mor} tager imod behandling for sine vanskeligheder inden for tre måneder.",
    "{child} kommer til tandplejen og til lægen til de aftalte tider.",
    "{child} har mindst to trygge voksne, {han} kan gå til.",
    "Konflikterne i hjemmet bliver færre og løses uden råb.",
]
SUBGOAL_HEADING = "Delmål for de næste tre måneder"
# Plan sections when the plan states no goals (must not use any goal word).
NOGOAL_SECTIONS = [
    ("Indsatsens indhold", ["Der sættes {measure} i gang. Støtten varetages af kommunens familiehus."]),
    ("Inddragelse af familien", ["Forældrene deltager i møderne og bakker op om støtten."]),
    ("Praktiske aftaler", ["Rådgiver holder kontakt med {school} og familien undervejs."]),
]
# Decision sections
DECISION_HEADINGS = {"decision": "Hvad har vi besluttet?", "reasons": "Hvorfor har vi truffet denne afgørelse?",
                     "guidance": "Sådan klager du"}
GUIDANCE = [
    "Er du uenig i afgørelsen, kan du klage over den. Send klagen til {dept} senest 4 uger efter, at du har fået afgørelsen. Vi ser på sagen igen, og giver vi dig ikke ret, sender vi klagen videre til Ankestyrelsen.",
    "Afgørelsen kan påklages til Ankestyrelsen. Klagen sendes til kommunen inden 4 uger fra modtagelsen af dette brev, mundtligt eller skriftligt. Kommunen genvurderer sagen, før klagen sendes videre.",
    "Klagefrist: 4 uger fra du har modtaget afgørelsen. Du kan klage skriftligt eller mundtligt til kommunen. Fastholder vi afgørelsen, bliver din klage sendt til Ankestyrelsen. Er barnet fyldt 12 år, kan barnet selv klage.",
]
URGENT_SENTENCES = [
    "Der er tale om en akut situation, hvor {child} har brug for beskyttelse med det samme.",
    "Sagen kan ikke afvente en almindelig sagsbehandling, og afgørelsen er derfor truffet straks.",
    "Afgørelsen er en hastende afgørelse, fordi {childs} sikkerhed ikke kan sikres i hjemmet.",
]
NO_PLAN_SENTENCES = [
    "Barnets plan udarbejdes ikke, fordi støtten er kortvarig og afgrænset.",
    "Der udarbejdes ikke en plan for {child}, da indsatsen alene består af {measure}.",
    "Det er vurderet, at en plan ikke er nødvendig, og barnets plan udarbejdes ikke i denne sag.",
]
PLACEMENT_SENTENCES = {
    "with": "{child} anbringes uden for hjemmet på {place} efter {cite}. Forældremyndighedsindehaveren har givet samtykke til anbringelsen.",
    "without": "{child} anbringes på {place} uden forældremyndighedsindehaverens samtykke, jf. {cite}, fordi der er en åbenbar risiko for, at {childs} sundhed eller udvikling lider alvorlig skade.",
}

# Investigation sections (the six SEL § 50 areas / BL § 22 themes), with sentence pools.
INVESTIGATION_SECTIONS_SEL = ["Barnets udvikling og adfærd", "Familieforhold og netværk", "Skole og dagtilbud",
                              "Helbredsforhold", "Venskaber og fritid", "Øvrige forhold", "Sammenfatning og konklusion"]
INVESTIGATION_SECTIONS_BL = ["Barnets trivsel og udvikling", "Forældrenes ressourcer", "Skole, dagtilbud og læring",
                             "Helbred", "Barnets egne ønsker", "Forældrenes syn på sagen", "Samlet børnefaglig vurdering"]
POOL = [
    "{school} beskriver {child} som en hjælpsom og omsorgsfuld kammerat.",
    "Fraværet har i perioder været højt, især efter weekender.",
    "{mor} fortæller, at hun har svært ved at få hverdagen til at hænge sammen.",
    "{far} bor i en anden by og ser {child} hver anden weekend.",
    "{child} har en tæt relation til sin farmor, som bor i nærheden.",
    "Sundhedsplejen har tidligere været tilknyttet familien.",
    "{child} er fysisk rask, men har tidligere haft mange ørebetændelser.",
    "{child} kan blive meget vred og har svært ved at falde til ro igen.",
    "{child} går til svømning en gang om ugen og er glad for det.",
    "Familien bor i et rækkehus, hvor {child} deler værelse med en søskende.",
    "Familien har økonomiske problemer, og {mor} er sygemeldt.",
    "Forældrene har svært ved at samarbejde om {child}.",
    "{child} har læsevanskeligheder og får ekstra støtte i dansk.",
    "Det vurderes, at {childs} behov ikke bliver tilstrækkeligt dækket i hjemmet.",
    "Familiens netværk er lille.",
    "{child} giver selv udtryk for at være ked af uroen derhjemme.",
    "Egen læge har ingen bemærkninger til {childs} helbred.",
    "{child} sover dårligt og kommer tit for sent i skole.",
    "Tandplejen oplyser, at {child} er udeblevet fra flere aftaler.",
    "{child} bruger meget tid på computerspil om aftenen.",
]
# Titles and bodies of "other" documents (letters that are none of the types), by kind.
OTHER_DOCS = {
    "invitation": ("Mødeindkaldelse", "Hermed inviteres du til et møde hos {dept} den {next} kl. 13.00 vedrørende {child}. Mødet foregår på rådhuset."),
    "medical": ("Lægeattest", "Attesten er skrevet efter anmodning fra kommunen. {child} er set i konsultationen og fremstår alderssvarende. Der er ikke fundet tegn på fysisk overlast."),
    "invoice": ("Regning", "Regning nr. {num} for ydelser i perioden. Betalingsfrist 30 dage fra regningens dato."),
    "pamphlet": ("Information om sagsbehandlingen", "Her kan du læse, hvordan kommunen arbejder, når vi er i kontakt med familier med børn, og hvilke rettigheder du har."),
    "minutes": ("Referat af forældremøde", "Forældremødet handlede om trivslen i klassen. Der blev aftalt faste legeaftaler og bedre kontakt mellem hjem og skole."),
}

# ---------------------------------------------------------------------------------------------
# Files and folders
# ---------------------------------------------------------------------------------------------
CASE_FOLDER_STYLES = [("{caseno}", 30), ("Børnesag {caseno}", 25), ("{cpr} {child} {surname}", 15),
                      ("{surname} {child} - {caseno}", 15), ("Sagsnr {caseno}", 15)]
LAYOUTS = [("flat", 30), ("dok_journal", 35), ("years", 35)]
FILE_NAMES = [("dated", 40), ("numbered", 30), ("plain", 20), ("scan", 10)]
FILE_DATE_FORM = "dmy_dash"
NUMBERED_NAME = "DokID_{num:07d}"
SCAN_NAME = "Scannet_dokument_{num:04d}"
JOURNAL_FILE_NAMES = ["Sagsjournal.txt", "journaludskrift_{year}.txt", "Notater.txt"]
UNSUPPORTED = [("Billede fra hjemmebesøg.jpg", "jpg"), ("{child} tegning.jpg", "jpg"), ("Udgiftsoversigt.xlsx", "xlsx")]
LITTER = ["Thumbs.db", "desktop.ini", ".DS_Store"]

# ---------------------------------------------------------------------------------------------
# Mix of producers and encodings (much mail and web exchange with partners)
# ---------------------------------------------------------------------------------------------
PRODUCERS = {
    "reportlab": 26, "fpdf": 22, "fitz": 18, "lo_docx": 10, "lo_fodt": 4, "lo_html": 6,
    "scan_ocr": 6, "scan_noocr": 5,
}
NOTE_FORMATS = {"journal": 35, "txt": 25, "pdf": 20, "docx": 15, "rtf": 5}
LETTER_FORMATS = {"pdf": 72, "eml": 10, "html": 8, "docx": 7, "rtf": 3}
TXT_ENCODINGS = {"utf-8": 30, "utf-8-sig": 10, "cp1252": 30, "latin-1": 15, "utf-16": 15}
ENCRYPTED_SHARE = 0.03
UNREADABLE_SHARE = 0.07
UNSUPPORTED_PER_CASE = {"jpg": 0.25, "xlsx": 0.10}
LITTER_PER_CASE = 0.3
CPR_IN_FILE_NAME = 0.02
TITLE_SPLIT_SHARE = 0.05
TITLE_HYPHEN_SHARE = 0.02
OTHER_VOCAB_SHARE = 0.10
BIRTHDATE_SHARE = 0.10
HYPHENATE_SHARE = 0.05
LIGATURE_SHARE = 0.05
NBSP_SHARE = 0.06
SOFT_HYPHEN_SHARE = 0.03
CRLF_SHARE = 0.6
NOTE_WRAP = [(None, 45), (72, 30), (100, 25)]
WRITTEN_SHARE = 0.2
SCAN_DPI = [(150, 30), (200, 50), (300, 20)]
SCAN_MODE = [("bw", 70), ("gray", 30)]
EML = {"charset": [("utf-8", 55), ("iso-8859-1", 45)], "cte": [("quoted-printable", 55), ("base64", 30), ("8bit", 15)],
       "html": 0.45}
HTML_ENCODINGS = [("utf-8", 60), ("cp1252", 25), ("latin-1", 15)]
HTML_EXT = [(".html", 55), (".htm", 45)]
