"""Phrase bank ALT7: an older, formal municipal administration (cases mostly 2012-2016, SEL).

Same keys and structure as phrases_dev.py, independent wordings: "Angående:"/"Ad:" subject lines,
"i medfør af servicelovens § ..." formulas, De/Dem/Deres, p.u.v., upper-case headings, numbered
paragraphs, short dates (12/3-15, 12.03.15) and labels such as "Dateret:", "Modtaget d.:".
"""

NAME = "alt7"
SEED = 77

# ---------------------------------------------------------------------------------------------
# Organisations and people (all invented)
# ---------------------------------------------------------------------------------------------
MUNICIPALITIES = [
    {"name": "Vesterå Kommune", "street": "Rådhustorvet 1", "zip": "9670", "city": "Vesterå",
     "phone": "98 12 34 00", "mail": "socialforvaltningen@vestera.dk", "web": "www.vestera.dk"},
    {"name": "Hedeby Kommune", "street": "Kirkegade 7", "zip": "7480", "city": "Hedeby",
     "phone": "97 14 22 00", "mail": "boern.unge@hedeby.dk", "web": "www.hedeby.dk"},
    {"name": "Aabæk Kommune", "street": "Aabækvej 31", "zip": "6210", "city": "Aabæk",
     "phone": "74 55 60 00", "mail": "familieraadgivningen@aabaek.dk", "web": "www.aabaek.dk"},
    {"name": "Strandløse Kommune", "street": "Strandvejen 102", "zip": "4640", "city": "Strandløse",
     "phone": "56 30 70 00", "mail": "bu@strandlose.dk", "web": "www.strandlose.dk"},
    {"name": "Gudum Kommune", "street": "Byrådssalen, Algade 3", "zip": "8882", "city": "Gudum",
     "phone": "86 44 80 00", "mail": "familie@gudum.dk", "web": "www.gudum.dk"},
]
DEPARTMENTS = ["Socialforvaltningen, Børne- og Familierådgivningen", "Familie- og Ungeafdelingen",
               "Social- og Sundhedsforvaltningen, Familieafsnittet", "Børne- og Ungerådgivningen"]
CASEWORKER_TITLES = {"SEL": ["Socialrådgiver", "Sagsbehandler, Familieafsnittet", "Familierådgiver"],
                     "BL": ["Rådgiver, Børn og Unge", "Socialrådgiver", "Familierådgiver"]}
LEADER_TITLES = ["Faglig leder", "Afdelingschef", "Souschef"]

GIRLS = ["Cecilie", "Amalie", "Sara", "Julie", "Mille", "Signe", "Caroline", "Isabella", "Rebekka",
         "Astrid", "Liva", "Marie", "Nicoline", "Katrine", "Sille", "Ronja", "Asta", "Åse", "Trine"]
BOYS = ["Mads", "Jonas", "Sebastian", "Tobias", "Rasmus", "Mathias", "Kristian", "Nikolaj",
        "Oliver", "Christian", "Andreas", "Jakob", "Laurits", "Gustav", "Villads", "Asger", "Bertram",
        "Thor", "Ørjan"]
ADULT_WOMEN = ["Susanne", "Charlotte", "Heidi", "Annette", "Vibeke", "Malene", "Lisbeth", "Hanne",
               "Karina", "Bettina", "Connie", "Mona", "Birgitte", "Winnie", "Janni", "Ulla", "Kirsten"]
ADULT_MEN = ["Carsten", "Allan", "Bo", "Finn", "Torben", "Claus", "Steen", "Flemming", "Preben",
             "Kenneth", "Jan", "Poul", "Erik", "Niels", "Bjarne", "Johnny", "Ib", "Kurt"]
SURNAMES = ["Mikkelsen", "Frederiksen", "Johansen", "Knudsen", "Petersen", "Vestergaard",
            "Skov", "Iversen", "Kjeldsen", "Bach", "Nørgaard", "Søndergaard", "Mortensen", "Bruun",
            "Lauridsen", "Mathiasen", "Ravn", "Winther", "Juhl", "Brøndum", "Aagaard", "Friis"]

SCHOOLS = ["{city} Centralskole", "{city} Byskole", "Vestre Skole", "Kirkebakkeskolen",
           "Hedegårdsskolen", "Lindeskolen", "{city} Privatskole"]
DAYCARES = ["Børnehaven Regnbuen", "Den integrerede institution Troldehøj",
            "Vuggestuen Spirehuset", "Børnegården Egebo", "Den kommunale dagpleje, distrikt {city}"]
PLACES = ["Opholdsstedet Vibegården", "Plejefamilien i Hjortlund", "Børnehjemmet Solbakken",
          "Opholdsstedet Kildely", "Slægtsplejefamilien (farmor)", "Familieplejen i {city}"]
POLICE = ["Politiet, lokalstationen i {city}", "Politikredsens afdeling for personfarlig kriminalitet"]
HOSPITALS = ["Pædiatrisk afdeling, Centralsygehuset", "Akutmodtagelsen, Centralsygehuset"]
DOCTORS = ["Lægerne i {city}", "Alment praktiserende læge, Lægecentret Østerbro"]
PSYCH = ["Børne- og ungdomspsykiatrisk afdeling"]
DENTISTS = ["Børne- og ungdomstandplejen"]

CONCERNS = [
    "et meget stort skolefravær", "at barnet møder uvasket og i for tynd påklædning",
    "voldsom og grænseoverskridende adfærd over for kammerater", "oplysninger om vold mellem forældrene",
    "faderens alkoholmisbrug", "at barnet gentagne gange har manglet madpakke",
    "højlydte skænderier i hjemmet, som barnet overværer", "at barnet har skåret sig i armene",
    "at barnet fremstår trist og tilbagetrukket", "moderens psykiske lidelse",
    "at barnet flere gange ikke er blevet afhentet", "forsinket sproglig og motorisk udvikling",
]
MEASURES_SEL = [  # (description, citation) -- never placement
    ("praktisk pædagogisk støtte i hjemmet ved familiekonsulent", "servicelovens § 52, stk. 3, nr. 2"),
    ("familieterapi", "servicelovens § 52, stk. 3, nr. 3"),
    ("en kontaktperson for barnet", "servicelovens § 52, stk. 3, nr. 6"),
    ("et dagbehandlingstilbud", "servicelovens § 52, stk. 3, nr. 1"),
    ("familiebehandling i kommunens familiecenter", "servicelovens § 52, stk. 3, nr. 3"),
]
MEASURES_BL = [
    ("praktisk pædagogisk støtte i hjemmet", "barnets lov § 32, stk. 1"),
    ("familiebehandling i familiecentret", "barnets lov § 32, stk. 1"),
    ("en fast kontaktperson", "barnets lov § 32, stk. 1"),
    ("et forløb med en mentor", "barnets lov § 32, stk. 1"),
    ("et forløb med familierådslagning", "barnets lov § 32, stk. 1"),
]
PLACEMENT = {  # (with consent citation, without consent citation)
    "SEL": ("servicelovens § 52, stk. 3, nr. 7", "servicelovens § 58, stk. 1"),
    "BL": ("barnets lov § 46", "barnets lov § 47, stk. 1"),
}

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
HEADER_DATE_FORMS = [("dm_slash_yy", 22), ("dmy_dot_yy", 20), ("long", 22), ("dmy_dot", 14),
                     ("dm_slash_y", 8), ("dm_slash_space_y", 5), ("long_cap", 5), ("long_upper", 4)]
SENTENCE_DATE_FORMS = [("long", 50), ("dm_slash_yy", 20), ("dmy_dot_yy", 15), ("dmy_dot", 15)]
TIME_FORMS = [("kl. {h}.{m}", 80), ("kl. {h}:{m}", 20)]

DATE_BLOCKS = {
    "notification": [("Modtaget d.: {d}{t}", 35), ("Dateret: {letter}\nModtaget d.: {d}{t}", 25),
                     ("Modtaget i forvaltningen den {d}{t}.", 20), ("Indgået: {d}{t}", 20)],
    "notification_assessment": [("Vurderet den {d}{t}", 40), ("Dato for vurderingen: {d}{t}", 35),
                                ("Vurderingen er foretaget den {d}{t}.", 25)],
    "receipt": [("Sendt: {d}", 50), ("Afsendt den {d}", 30), ("Dateret: {d}", 20)],
    "investigation_decision": [("Beslutningen er truffet: {d}", 45), ("Dato for afgørelsen: {d}", 30),
                               ("Dateret: {d}", 25)],
    "investigation": [("Undersøgelsen påbegyndt: {start}\nUndersøgelsen afsluttet: {d}", 40),
                      ("Afsluttet den {d}", 30), ("Dato for afslutning: {d}", 30)],
    "preliminary_assessment": [("Dateret: {d}", 60), ("Den foreløbige vurdering er foretaget den {d}.", 40)],
    "partial_assessment": [("Dateret: {d}", 60), ("Dato: {d}", 40)],
    "child_conversation": [("Dato for samtalen: {d}", 45), ("Dato for mødet: {d}", 35), ("Dato: {d}", 20)],
    "plan": [("Dateret: {d}", 50), ("Planen er udarbejdet den {d}.", 30), ("Dato: {d}", 20)],
    "measure_decision": [("Beslutningen er truffet: {d}", 45), ("Dato for afgørelsen: {d}", 30),
                         ("Dateret: {d}", 25)],
    "termination_decision": [("Beslutningen er truffet: {d}", 45), ("Dato for afgørelsen: {d}", 30),
                             ("Dateret: {d}", 25)],
    "follow_up": [("Dato for mødet: {d}", 55), ("Opfølgningen er foretaget den {d}.", 25), ("Dato: {d}", 20)],
    "supervision_visit": [("Tilsynet er aflagt den {d}.", 50), ("Dato for tilsynet: {d}", 50)],
    "hearing": [("Dateret: {d}", 60), ("Sendt: {d}", 40)],
    "consent": [("Underskrevet den {d}", 50), ("Dato: {d}", 50)],
    "status_statement": [("Dateret: {d}", 60), ("Dato: {d}", 40)],
    "journal_note": [("Dato: {d}", 60), ("Notatdato: {d}", 40)],
    "closure": [("Dato: {d}", 50), ("Sagen er afsluttet den {d}.", 50)],
    "other": [("Dato: {d}", 60), ("Dateret: {d}", 40)],
}
WRITTEN_LINES = ["Referatet er renskrevet d. {written}.", "Notatet er indført i journalen den {written}."]

# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------
TITLES = {
    "notification": [("Angående: Underretning", 35), ("UNDERRETNING", 30), ("Ad: Underretning om et barn", 20),
                     ("Underretning om bekymring for barn", 15)],
    "notification/anonymous": [("ANONYM UNDERRETNING", 55), ("Angående: Anonym underretning", 45)],
    "notification/phone": [("Telefonisk underretning", 60), ("TELEFONISK UNDERRETNING", 40)],
    "notification_assessment": [("Vurdering af underretning inden for 24 timer", 40), ("Ad: Vurdering af underretning", 35),
                                ("24-TIMERS VURDERING", 25)],
    "notification_assessment/urgent": [("Akut vurdering af underretning", 60), ("VURDERING AF UNDERRETNING", 40)],
    "receipt": [("Kvittering for modtagelse af underretning", 40), ("Angående: Kvittering for underretning", 30),
                ("Bekræftelse af modtagelse af Deres underretning", 30)],
    "investigation_decision/SEL": [("Afgørelse om iværksættelse af børnefaglig undersøgelse i medfør af servicelovens § 50", 40),
                                   ("Angående: Afgørelse om børnefaglig undersøgelse", 35),
                                   ("AFGØRELSE OM BØRNEFAGLIG UNDERSØGELSE", 25)],
    "investigation_decision/BL": [("Afgørelse om børnefaglig undersøgelse efter barnets lov § 20", 60),
                                  ("AFGØRELSE OM BØRNEFAGLIG UNDERSØGELSE", 40)],
    "investigation/SEL": [("BØRNEFAGLIG UNDERSØGELSE", 35), ("Paragraf 50-undersøgelse", 20),
                          ("Børnefaglig undersøgelse i medfør af servicelovens § 50", 30), ("§50-undersøgelse", 15)],
    "investigation/BL": [("Undersøgelse efter barnets lov § 20", 40), ("BØRNEFAGLIG UNDERSØGELSE", 35),
                         ("§ 20-undersøgelse", 25)],
    "investigation/updated": [("OPDATERET BØRNEFAGLIG UNDERSØGELSE", 50), ("Opdateret børnefaglig undersøgelse", 50)],
    "preliminary_assessment": [("FORELØBIG VURDERING", 50), ("Ad: Foreløbig vurdering", 50)],
    "partial_assessment/screening": [("Screening efter barnets lov § 18", 50), ("SCREENING", 50)],
    "partial_assessment/afdaekning": [("Afdækning efter barnets lov § 19", 50), ("AFDÆKNING", 50)],
    "child_conversation": [("Referat af børnesamtale", 40), ("BØRNESAMTALE", 30), ("Ad: Samtale med barnet", 30)],
    "child_conversation/youth": [("Samtale med den unge", 55), ("Referat af samtale med den unge", 45)],
    "child_conversation/not_held": [("BØRNESAMTALE", 50), ("Børnesamtale", 50)],
    "plan/SEL": [("HANDLEPLAN", 40), ("Handleplan i medfør af servicelovens § 140", 35), ("§ 140-handleplan", 25)],
    "plan/BL": [("BARNETS PLAN", 50), ("Barnets plan efter barnets lov § 91", 50)],
    "plan/revised/SEL": [("REVIDERET HANDLEPLAN", 55), ("Revideret handleplan", 45)],
    "plan/revised/BL": [("Barnets plan (revideret)", 50), ("REVIDERET BARNETS PLAN", 50)],
    "plan/youth/BL": [("UNGEPLAN", 50), ("Ungeplan efter barnets lov", 50)],
    "plan/youth/SEL": [("HANDLEPLAN", 60), ("Handleplan for den unge", 40)],
    "measure_decision/SEL": [("Afgørelse om foranstaltning i medfør af servicelovens § 52", 40),
                             ("Angående: Afgørelse om foranstaltning", 35), ("AFGØRELSE OM STØTTE", 25)],
    "measure_decision/BL": [("Afgørelse om støttende indsats efter barnets lov § 32", 50),
                            ("AFGØRELSE OM STØTTENDE INDSATS", 50)],
    "measure_decision/placement": [("AFGØRELSE OM ANBRINGELSE UDEN FOR HJEMMET", 40),
                                   ("Angående: Afgørelse om anbringelse", 30),
                                   ("Ad: Afgørelse om anbringelse uden for hjemmet", 30)],
    "termination_decision/SEL": [("AFGØRELSE OM OPHØR AF FORANSTALTNING", 50),
                                 ("Angående: Afgørelse om ophør af foranstaltning", 50)],
    "termination_decision/BL": [("Afgørelse om ophør af støttende indsats", 60), ("AFGØRELSE OM OPHØR AF INDSATS", 40)],
    "termination_decision/homecoming": [("AFGØRELSE OM HJEMGIVELSE", 50), ("Ad: Afgørelse om hjemgivelse", 50)],
    "follow_up/SEL": [("Opfølgning på handleplan, jf. servicelovens § 70", 35), ("OPFØLGNING", 30),
                      ("Statusmøde – opfølgning", 35)],
    "follow_up/BL": [("Opfølgning på barnets plan", 50), ("OPFØLGNINGSMØDE", 50)],
    "supervision_visit": [("Personrettet tilsyn", 50), ("TILSYNSRAPPORT", 50)],
    "hearing": [("PARTSHØRING", 50), ("Angående: Partshøring", 50)],
    "consent": [("SAMTYKKEERKLÆRING", 55), ("Samtykke", 45)],
    "status_statement": [("Udtalelse fra skolen", 50), ("STATUSUDTALELSE", 50)],
    "status_statement/placement": [("Udtalelse fra anbringelsesstedet", 55), ("STATUSUDTALELSE", 45)],
    "journal_note": [("Journalnotat", 35), ("Sagsnotat", 30), ("NOTAT", 20), ("Telefonnotat", 15)],
    "closure": [("AFSLUTNINGSNOTAT", 50), ("Sagen lukkes", 50)],
}
ENTRY_SUBJECTS = {
    "notification": ["Telefonisk underretning fra {notifier}", "Underretning pr. telefon"],
    "notification_assessment": ["Vurdering af underretningen", "Underretningen vurderet inden for 24 timer"],
    "child_conversation": ["Børnesamtale med {child}", "Samtale med barnet"],
    "follow_up": ["Opfølgningsmøde", "Opfølgning på handleplanen"],
    "journal_note": ["Tlf. fra skolen", "Tlf. med mor", "Tlf. med far", "Mail fra skolen", "Notat",
                     "Sagsnotat", "Drøftet på teammøde", "Henvendelse fra mor"],
    "closure": ["Sagen lukkes", "Afslutningsnotat"],
}
ENTRY_LINE = [("{d} {subject}", 55), ("{d} kl. {hm} {subject}", 20), ("{d}, {subject}", 25)]
ENTRY_DATE_FORMS = [("dmy_dot_yy", 50), ("dm_slash_yy", 30), ("dmy_dot", 20)]
JOURNAL_PREAMBLE = ["SAGSJOURNAL\nJ.nr.: {caseno}\nCPR-nr.: {cpr}\n", "Journalark vedr. {child_full}\n", ""]

# ---------------------------------------------------------------------------------------------
# Letterhead and signatures
# ---------------------------------------------------------------------------------------------
HEADER_STYLES = ["classic", "right", "caps"]
META_LABELS = {"caseno": "J.nr.", "cpr": "Cpr.nr.", "cw": "Sagsbehandler", "child": "Vedrørende",
               "birth": "Fødselsdato", "address": "Bopæl"}
CPR_STYLES = [("{ddmmyy}-{xxxx}", 90), ("{ddmmyy}{xxxx}", 10)]
CASENO_STYLES = ["27.24.00-G01-{num}-{yy}", "{yy}/{num:05d}"]
SIGN_OFF = ["Med venlig hilsen", "P.u.v.", "Med venlig hilsen p.u.v."]

# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------
BODY = {
    "notification/letter": [
        "Vedr. {child}, {age} år. Hermed underretter vi kommunen i henhold til vores skærpede underretningspligt om vores bekymring for barnet, som angår {concern}.",
        "Vi har gennem længere tid iagttaget {concern}. Forholdet har været drøftet med {mor}, uden at der er sket nogen bedring.",
        "{child} fremstår ofte uoplagt og har vanskeligt ved at følge med. Bekymringen deles af flere af de voksne omkring barnet.",
        "Det er vores vurdering, at {child} har behov for hjælp, som familien ikke selv kan give.",
        "Forældrene er gjort bekendt med, at denne underretning fremsendes til kommunen.",
    ],
    "notification/phone": [
        "{notifier} henvendte sig telefonisk til forvaltningen og udtrykte bekymring for {child} på grund af {concern}.",
        "Henvenderen oplyste, at forholdene har stået på gennem nogle uger og er blevet forværret.",
        "Henvenderen er opfordret til at kontakte forvaltningen igen, såfremt der sker nyt.",
    ],
    "notification/email": [
        "Til Børne- og Familierådgivningen. Vi fremsender hermed underretning vedr. {child}, som er tilknyttet os. Vi er bekymrede på grund af {concern}.",
        "{child} har i de seneste uger haft betydeligt fravær, og når {han} er til stede, fremstår {han} træt.",
        "Vi har afholdt møde med {mor}, der er indforstået med, at vi retter henvendelse til kommunen.",
    ],
    "notification/anonymous": [
        "Forvaltningen har modtaget en anonym henvendelse vedrørende {child}. Henvenderen har ikke ønsket at oplyse sit navn.",
        "Henvenderen beretter om {concern} og om voldsomme råb fra boligen sent om aftenen.",
        "Henvenderen bor i opgangen og har flere gange set {child} alene udendørs efter mørkets frembrud.",
    ],
    "notification_assessment": [
        "Underretningen af {d_notif} vedrørende {child} er gennemgået af {cw} i samråd med faglig leder.",
        "Det er vurderingen, at der ikke er grundlag for akutte foranstaltninger, men at sagen skal undersøges nærmere.",
        "Intet i underretningen tyder på, at {child} befinder sig i umiddelbar fare.",
        "Familien er tidligere kendt i forvaltningen.",
    ],
    "notification_assessment/none": [
        "Underretningen af {d_notif} er gennemgået. Det vurderes, at der ikke er grundlag for at foretage yderligere.",
        "Forældrene har været kontaktet og har redegjort for forholdene. Der foretages ikke videre.",
        "Der er ikke behov for akutte foranstaltninger.",
    ],
    "notification_assessment/urgent": [
        "Underretningen af {d_notif} er vurderet umiddelbart efter modtagelsen. Oplysningerne giver anledning til alvorlig bekymring for {childs} sikkerhed.",
        "Der iværksættes samme dag akutte foranstaltninger, og forældrene er underrettet herom.",
    ],
    "receipt": [
        "Vedr. Deres henvendelse. Forvaltningen bekræfter hermed modtagelsen af Deres underretning af {d_notif} vedrørende {child}.",
        "Underretningen behandles efter reglerne i lov om social service. De vil ikke nødvendigvis blive orienteret om sagens videre forløb.",
        "Eventuelle spørgsmål bedes rettet til {cw} på telefon {phone}.",
    ],
    "receipt/BL": [
        "Vedr. Deres henvendelse. Forvaltningen bekræfter hermed modtagelsen af Deres underretning af {d_notif} vedrørende {child}.",
        "Underretningen behandles efter reglerne i barnets lov. De vil ikke nødvendigvis blive orienteret om sagens videre forløb.",
        "Eventuelle spørgsmål bedes rettet til {cw} på telefon {phone}.",
    ],
    "investigation_decision": [
        "Kommunen har besluttet at iværksætte en børnefaglig undersøgelse af {childs} forhold.",
        "Beslutningen er truffet på baggrund af underretningen af {d_notif}, hvori der blev givet udtryk for bekymring vedrørende {concern}.",
        "Undersøgelsen skal klarlægge, om {child} har behov for særlig støtte, og skal være afsluttet senest 4 måneder efter, at kommunen er blevet bekendt med behovet.",
        "Som led i undersøgelsen vil der blive afholdt samtale med {child}, og der vil blive indhentet oplysninger fra {school}.",
    ],
    "investigation": [
        "Undersøgelsen er iværksat på baggrund af underretningen af {d_notif} og afgørelsen af {d_invdec}.",
        "Formålet er at belyse {childs} ressourcer og vanskeligheder med henblik på at vurdere, om der er behov for særlig støtte.",
        "Der er under undersøgelsen afholdt samtaler med {mor}, {far} og {child}, og der er indhentet udtalelse fra {school}.",
    ],
    "preliminary_assessment": [
        "Den børnefaglige undersøgelse, som blev iværksat den {d_invdec}, kan ikke afsluttes inden for fristen på 4 måneder.",
        "Årsagen er, at en udtalelse fra børne- og ungdomspsykiatrien endnu ikke foreligger.",
        "Forvaltningens foreløbige vurdering er, at {child} har behov for støtte, og at undersøgelsen vil blive afsluttet hurtigst muligt.",
    ],
    "partial_assessment/screening": [
        "Henvendelsen af {d_notif} er screenet med henblik på at vurdere, hvilken hjælp familien har brug for.",
        "Screeningen viser, at {childs} situation bør afdækkes nærmere.",
    ],
    "partial_assessment/afdaekning": [
        "Afdækningen er foretaget efter barnets lov § 19 og belyser {childs} trivsel i skole og hjem.",
        "Der er afholdt møde med {mor} og {child}. Det vurderes, at en kortvarig støttende indsats vil være tilstrækkelig.",
    ],
    "child_conversation": [
        "Samtalen med {child} blev afholdt på {school} uden forældrenes tilstedeværelse. {child} blev orienteret om baggrunden for samtalen.",
        "{child} fortalte, at {han} har gode kammerater, men at det er svært hjemme, når de voksne skændes.",
        "{child} gav udtryk for at ønske hjælp, men ikke at ville flytte hjemmefra.",
        "{childs} synspunkter indgår i forvaltningens vurdering af, hvilken støtte der skal iværksættes.",
    ],
    "child_conversation/not_held": [
        "Der er ikke afholdt samtale med {child}, idet barnet er {age} år og ikke vurderes at kunne deltage i en egentlig samtale.",
        "{child} er i stedet iagttaget i hjemmet og i {daycare}. Barnets perspektiv er beskrevet på grundlag af disse iagttagelser.",
    ],
    "plan": [
        "Handleplanen er udarbejdet i samarbejde med {mor} og {far} på grundlag af den børnefaglige undersøgelse af {d_inv}.",
        "Formålet med foranstaltningen er at sikre {childs} trivsel i hjemmet og i skolen.",
        "Handleplanen tages op til revision senest tre måneder efter foranstaltningens iværksættelse.",
    ],
    "plan/BL": [
        "Barnets plan er udarbejdet sammen med {child} og forældrene på grundlag af den børnefaglige undersøgelse af {d_inv}.",
        "Formålet med indsatsen er, at {child} får en stabil hverdag med trygge voksne omkring sig.",
        "Planen tages op til revision senest tre måneder efter indsatsens iværksættelse.",
    ],
    "measure_decision": [
        "Kommunen har besluttet at bevilge {measure} til {child} i medfør af {cite}.",
        "Der er lagt vægt på den børnefaglige undersøgelse af {d_inv}, hvoraf det fremgår, at {child} har behov for særlig støtte.",
        "Foranstaltningen iværksættes snarest og bevilges foreløbig for en periode på seks måneder.",
        "Der har været afholdt samtale med {child} om støtten den {d_conv}, og barnets synspunkter indgår i afgørelsen.",
    ],
    "measure_decision/placement": [
        "Der er lagt vægt på den børnefaglige undersøgelse af {d_inv}, hvoraf det fremgår, at {child} ikke får den nødvendige omsorg i hjemmet.",
        "Der har været afholdt samtale med {child} om flytningen den {d_conv}, og {childs} synspunkter indgår i afgørelsen.",
        "{child} skal bo på {place}, hvor der er erfarne voksne, som kan varetage {hans} behov.",
        "Forældrene har ret til samvær med {child}, og der vil blive truffet aftale herom.",
    ],
    "termination_decision": [
        "Kommunen har besluttet, at {measure} til {child} bringes til ophør.",
        "Der er lagt vægt på, at formålet med foranstaltningen er opfyldt, jf. opfølgningen af {d_follow}.",
        "Forældrene er indforstået med, at støtten ophører.",
    ],
    "termination_decision/homecoming": [
        "Kommunen har besluttet, at {child} hjemgives fra {place} til {mor}.",
        "Der er lagt vægt på, at {mor} nu er i stand til at drage omsorg for {child}, jf. opfølgningen af {d_follow}.",
        "Hjemgivelsen sker gradvist over en periode på to måneder.",
    ],
    "follow_up": [
        "Til stede ved mødet var {mor}, {far}, {child} og {cw}.",
        "Foranstaltningen blev iværksat i henhold til afgørelsen af {d_dec}. Det vurderes, at foranstaltningen har haft en positiv virkning.",
        "{child} oplyser, at det går bedre i skolen, og at der er mere ro i hjemmet.",
        "Det blev besluttet, at foranstaltningen fortsætter uændret.",
    ],
    "supervision_visit": [
        "Der er aflagt tilsyn hos {child} på {place}. {child} blev talt med uden andre til stede.",
        "{child} fortæller, at {han} er faldet godt til og har fået nye kammerater.",
        "Der er ikke konstateret forhold, som giver anledning til bekymring.",
    ],
    "hearing": [
        "Inden kommunen træffer afgørelse i sagen vedrørende {child}, gives De hermed lejlighed til at udtale Dem om sagens oplysninger.",
        "Kommunen lægger særlig vægt på oplysningerne i den børnefaglige undersøgelse af {d_inv}.",
        "Deres eventuelle bemærkninger bedes fremsendt senest 14 dage efter modtagelsen af dette brev.",
    ],
    "consent": [
        "Undertegnede indehaver af forældremyndigheden giver hermed samtykke til, at kommunen iværksætter {measure} for {child}.",
        "Jeg er gjort bekendt med, at samtykket til enhver tid kan tilbagekaldes.",
    ],
    "consent/info": [
        "Undertegnede giver samtykke til, at kommunen indhenter oplysninger om {child} fra skole, egen læge og tandpleje.",
        "Samtykket gælder i forbindelse med den børnefaglige undersøgelse.",
    ],
    "status_statement": [
        "{child} går i {klasse}. klasse på {school}. {child} er vellidt blandt kammeraterne, men har et betydeligt fravær.",
        "Fagligt ligger {child} noget under gennemsnittet. {Han} har brug for voksenstøtte for at komme i gang med opgaverne.",
        "Skolens samarbejde med hjemmet fungerer tilfredsstillende.",
    ],
    "status_statement/placement": [
        "{child} har boet på {place} siden flytningen. {child} har tilpasset sig godt og deltager i stedets aktiviteter.",
        "{child} har samvær med {mor} hver anden weekend, og samværet forløber tilfredsstillende.",
    ],
    "journal_note": [
        "{mor} ringede og oplyste, at {child} har haft en god uge. Hun forespurgte om tidspunktet for næste møde.",
        "Modtaget mail fra {school} om, at {child} har været fraværende i to dage.",
        "Telefonsamtale med {far}, som ønsker at blive inddraget mere i sagen.",
        "Sagen drøftet på teammøde. Der er ikke behov for yderligere tiltag p.t.",
    ],
    "closure": [
        "Sagen vedrørende {child} afsluttes, idet der ikke længere er behov for støtte.",
        "Forældrene er orienteret om sagens afslutning og om, at de altid kan rette henvendelse igen.",
    ],
    "closure/no_action": [
        "Underretningen af {d_notif} er vurderet, og der er ikke grundlag for at iværksætte en undersøgelse.",
        "Sagen afsluttes uden videre foranstaltninger. Forældrene er orienteret herom.",
    ],
}
REFS = [
    ("d_notif", "Forvaltningen modtog en underretning vedrørende {child} den {d_notif}."),
    ("d_inv", "Der henvises i øvrigt til den børnefaglige undersøgelse af {d_inv}."),
    ("d_plan", "Foranstaltningen er beskrevet i handleplanen af {d_plan}."),
    ("d_dec", "Der blev truffet afgørelse om støtte den {d_dec}."),
    ("d_conv", "Der blev afholdt børnesamtale med {child} den {d_conv}."),
    ("d_follow", "På opfølgningsmødet den {d_follow} blev det besluttet at fortsætte foranstaltningen."),
    ("next", "Næste møde er fastsat til den {next}."),
]
REFS_BL = [
    ("d_plan", "Indsatsen er beskrevet i barnets plan af {d_plan}."),
    ("d_inv", "Der henvises til undersøgelsen efter barnets lov § 20 af {d_inv}."),
]

GOAL_HEADINGS = ["MÅL", "Målsætning", "Mål for indsatsen"]
GOALS = [
    "{child} skal møde i skole dagligt og højst have to fraværsdage pr. måned.",
    "{child} skal have faste sengetider og en regelmæssig døgnrytme.",
    "Forældrene skal kunne sætte grænser for {child} uden konflikter.",
    "{child} skal deltage i en fritidsaktivitet mindst én gang ugentligt.",
    "{mor} skal påbegynde behandling for sit misbrug inden for tre måneder.",
    "{childs} sproglige udvikling skal følges af en talepædagog.",
    "{child} skal have mindst to faste voksne, {han} kan betro sig til.",
]
SUBGOAL_HEADING = "DELMÅL"
NOGOAL_SECTIONS = [
    ("FORANSTALTNING", ["Der iværksættes {measure}. Opgaven varetages af kommunens familiecenter."]),
    ("FORMÅL", ["Formålet med støtten er at forbedre {childs} trivsel."]),
    ("SAMARBEJDE MED FORÆLDRENE", ["Forældrene deltager i møderne og er positivt indstillet over for støtten."]),
]
DECISION_HEADINGS = {"decision": "1. AFGØRELSE", "reasons": "2. BEGRUNDELSE", "guidance": "3. KLAGEVEJLEDNING"}
GUIDANCE = [
    "De kan klage over afgørelsen til Ankestyrelsen. Klagen skal sendes til kommunen inden 4 uger efter, at De har modtaget afgørelsen. Kommunen genvurderer afgørelsen, og fastholdes den, videresendes klagen til Ankestyrelsen.",
    "Såfremt De ikke er enig i afgørelsen, kan De klage inden 4 uger fra modtagelsen. Klagen rettes til Socialforvaltningen, som genvurderer sagen og, hvis afgørelsen fastholdes, sender klagen til Ankestyrelsen.",
]
URGENT_SENTENCES = [
    "Afgørelsen er truffet som en hastende afgørelse, da {childs} situation ikke kan afvente sagens almindelige behandling.",
    "Kommunen har truffet afgørelsen akut, idet {childs} forhold kræver øjeblikkelig handling.",
]
NO_PLAN_SENTENCES = ["Der udarbejdes ikke en plan for indsatsen, idet den er kortvarig og afgrænset."]
PLACEMENT_SENTENCES = {
    "with": "Kommunen har besluttet, at {child} anbringes uden for hjemmet på {place} med samtykke fra indehaveren af forældremyndigheden, jf. {cite}.",
    "without": "Kommunen har besluttet, at {child} anbringes uden for hjemmet uden samtykke, jf. {cite}, idet der er åbenbar risiko for alvorlig skade på {childs} sundhed eller udvikling.",
}

INVESTIGATION_SECTIONS_SEL = ["1. UDVIKLING OG ADFÆRD", "2. FAMILIEFORHOLD", "3. SKOLEFORHOLD", "4. SUNDHEDSFORHOLD",
                              "5. FRITIDSFORHOLD OG VENSKABER", "6. ANDRE RELEVANTE FORHOLD", "7. SAMMENFATNING OG VURDERING"]
INVESTIGATION_SECTIONS_BL = ["1. Barnets udvikling og trivsel", "2. Familie og netværk", "3. Skole og dagtilbud",
                             "4. Sundhed", "5. Barnets perspektiv", "6. Forældrenes perspektiv", "7. Samlet vurdering"]
POOL = [
    "{child} beskrives af {school} som en hjælpsom og vellidt elev.",
    "Der har været perioder med betydeligt fravær, navnlig om mandagen.",
    "{mor} oplyser, at hun har vanskeligt ved at få hverdagen til at fungere.",
    "{far} bor i en anden landsdel og ser {child} hver anden weekend.",
    "{child} har en nær relation til sin farmor, som bor i nærheden.",
    "Familien har tidligere modtaget hjælp fra sundhedsplejen.",
    "{child} er fysisk rask, men har som mindre haft gentagne ørebetændelser.",
    "Det er oplyst, at {child} kan blive meget vred og har svært ved at falde til ro.",
    "{child} spiller håndbold to gange ugentligt og er glad for det.",
    "Familien bor i en treværelses lejlighed, hvor {child} har eget værelse.",
    "Familien har økonomiske vanskeligheder, og {mor} er uden arbejde.",
    "Forældrenes samarbejde om {child} er præget af konflikter.",
    "{child} har læsevanskeligheder og modtager specialundervisning i dansk.",
    "Det vurderes, at {childs} behov ikke i tilstrækkelig grad dækkes i hjemmet.",
    "Familiens netværk er begrænset.",
    "{child} giver selv udtryk for at være ked af konflikterne i hjemmet.",
    "Der er indhentet oplysninger fra egen læge, som ikke har bemærkninger.",
    "{child} sover uroligt og kommer ofte for sent i skole.",
]
OTHER_DOCS = {
    "invitation": ("Mødeindkaldelse", "De indkaldes hermed til møde i Socialforvaltningen den {next} kl. 9.30 vedrørende {child}. Mødet afholdes på rådhuset."),
    "medical": ("Lægeattest", "Undertegnede læge har undersøgt {child}. Barnet er i alderssvarende trivsel og vægtudvikling. Der er ikke fundet tegn på fysisk overlast."),
    "invoice": ("Regning", "Regning for ydelser leveret i perioden. Beløbet bedes indbetalt inden 30 dage. Regningsnr. {num}."),
    "pamphlet": ("Orientering til forældre", "Her kan De læse om, hvordan kommunen behandler sager om børn og unge, og hvilke rettigheder De har som forælder."),
    "minutes": ("Referat af forældremøde", "Mødet drejede sig om klassens trivsel. Der blev aftalt faste frikvartersregler og et tættere samarbejde med forældrene."),
}

# ---------------------------------------------------------------------------------------------
# Files and folders
# ---------------------------------------------------------------------------------------------
CASE_FOLDER_STYLES = [("J.nr. {caseno}", 35), ("{caseno}", 30), ("{surname} {child} {cpr}", 15), ("{child} {surname} - {caseno}", 20)]
LAYOUTS = [("flat", 30), ("dok_journal", 45), ("years", 25)]
FILE_NAMES = [("dated", 45), ("numbered", 25), ("plain", 20), ("scan", 10)]
FILE_DATE_FORM = "dmy_dash"
NUMBERED_NAME = "Akt {num:06d}"
SCAN_NAME = "SCN_{num:04d}"
JOURNAL_FILE_NAMES = ["Sagsjournal.txt", "Journalark.txt", "journaludskrift_{year}.txt"]
UNSUPPORTED = [("Billede af boligen.jpg", "jpg"), ("Tegning lavet af {child}.jpg", "jpg"), ("Udgiftsoversigt.xlsx", "xlsx")]
LITTER = ["Thumbs.db", "desktop.ini", ".DS_Store"]

# ---------------------------------------------------------------------------------------------
# Mix of producers and encodings
# ---------------------------------------------------------------------------------------------
PRODUCERS = {
    "reportlab": 25, "fpdf": 20, "fitz": 15, "lo_docx": 12, "lo_fodt": 6, "lo_html": 4,
    "scan_ocr": 9, "scan_noocr": 9,
}
NOTE_FORMATS = {"journal": 45, "txt": 25, "pdf": 15, "docx": 8, "rtf": 7}
LETTER_FORMATS = {"pdf": 84, "docx": 7, "html": 3, "rtf": 4, "eml": 2}
TXT_ENCODINGS = {"utf-8": 25, "utf-8-sig": 5, "cp1252": 35, "latin-1": 20, "utf-16": 15}
ENCRYPTED_SHARE = 0.03
UNREADABLE_SHARE = 0.07
UNSUPPORTED_PER_CASE = {"jpg": 0.2, "xlsx": 0.12}
LITTER_PER_CASE = 0.35
CPR_IN_FILE_NAME = 0.02
TITLE_SPLIT_SHARE = 0.04
TITLE_HYPHEN_SHARE = 0.02
OTHER_VOCAB_SHARE = 0.1
BIRTHDATE_SHARE = 0.1
HYPHENATE_SHARE = 0.05
LIGATURE_SHARE = 0.05
NBSP_SHARE = 0.05
SOFT_HYPHEN_SHARE = 0.02
CRLF_SHARE = 0.6
NOTE_WRAP = [(None, 45), (72, 35), (96, 20)]
WRITTEN_SHARE = 0.15
SCAN_DPI = [(150, 35), (200, 50), (300, 15)]
SCAN_MODE = [("bw", 85), ("gray", 15)]
EML = {"charset": [("utf-8", 50), ("iso-8859-1", 50)], "cte": [("quoted-printable", 60), ("base64", 25), ("8bit", 15)],
       "html": 0.3}
HTML_ENCODINGS = [("utf-8", 60), ("cp1252", 30), ("latin-1", 10)]
HTML_EXT = [(".html", 60), (".htm", 40)]
