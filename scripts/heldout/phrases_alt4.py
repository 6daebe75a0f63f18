"""Phrase bank ALT4: a large administration that works with forms.

Label/value header blocks (tab-separated or on separate lines), form-like notifications with
numbered sections, titles in capitals or with a form number ("Skema B2 – ..."), ISO dates and
numeric dates with two-digit years, "Dato for ..." labels, nominal administrative Danish
("Iværksættelse af ...", "Tilvejebringelse af ..."), status words and journals exported as
tables. Same keys and placeholders as phrases_dev.py; every wording is legitimate per
shared/spec/domain.md.

Template placeholders are filled by compose.py: {child} {child_full} {age} {han} {hans} {mor} {far}
{school} {daycare} {place} {cw} {kommune} {dept} {measure} {cite} {concern} {source_org}
{notifier}, and reference dates {d_notif} {d_invdec} {d_inv} {d_plan} {d_dec} {d_conv}
{d_follow} {d_prelim} {next} (rendered with SENTENCE_DATE_FORMS). A template whose reference is
missing in the case is skipped.

Rule of thumb for the attribute guards in compose.ATTR_PATTERNS: words for urgency, placement,
consent, complaints, plans not made, goals and anonymity occur only in the sentences reserved for
them (URGENT_SENTENCES, PLACEMENT_SENTENCES, GUIDANCE, NO_PLAN_SENTENCES, GOALS, anonymous
notification texts).
"""

NAME = "alt4"
SEED = 44

# ---------------------------------------------------------------------------------------------
# Organisations and people (all invented)
# ---------------------------------------------------------------------------------------------
MUNICIPALITIES = [
    {"name": "Vesterå Kommune", "street": "Rådhustorvet 1", "zip": "6870", "city": "Vesterå",
     "phone": "76 16 16 16", "mail": "bornogunge@vestera.dk", "web": "www.vestera.dk"},
    {"name": "Kragelund Kommune", "street": "Kommunevej 7", "zip": "8723", "city": "Kragelund",
     "phone": "79 73 40 40", "mail": "myndighed.boern@kragelund.dk", "web": "www.kragelund.dk"},
    {"name": "Højmark Kommune", "street": "Administrationsbygningen, Parkvej 30", "zip": "7490",
     "city": "Højmark", "phone": "97 42 11 22", "mail": "bu-myndighed@hojmark.dk", "web": "www.hojmark.dk"},
    {"name": "Aadal Kommune", "street": "Borgercentret, Aadalsvej 3", "zip": "9541", "city": "Aadal",
     "phone": "98 55 70 70", "mail": "familie.myndighed@aadal.dk", "web": "www.aadal.dk"},
    {"name": "Egebæk Kommune", "street": "Skolegade 15", "zip": "4652", "city": "Egebæk",
     "phone": "56 50 60 00", "mail": "borneraadgivning@egebaek.dk", "web": "www.egebaek.dk"},
    {"name": "Søhøj Kommune", "street": "Centervej 2", "zip": "3670", "city": "Søhøj",
     "phone": "48 10 90 00", "mail": "born.unge@sohoj.dk", "web": "www.sohoj.dk"},
]
DEPARTMENTS = ["Børn og Unge, Myndighed", "Myndighedsafdelingen for Børn og Familier",
               "Center for Familie og Myndighed", "Familierådgivningen, Team Myndighed",
               "Børne- og Ungerådgivningen"]
CASEWORKER_TITLES = {"SEL": ["Myndighedssagsbehandler", "Socialrådgiver, Myndighed", "Sagsbehandler, Børn og Unge"],
                     "BL": ["Børne- og familierådgiver", "Myndighedsrådgiver", "Rådgiver, Børn og Unge"]}
LEADER_TITLES = ["Faglig leder", "Sektionsleder", "Myndighedschef"]

GIRLS = ["Olivia", "Asta", "Liva", "Nora", "Esther", "Vigga", "Ellen", "Marie", "Signe", "Lea",
         "Caroline", "Julie", "Sara", "Naja", "Tilde", "Rosa", "Liv", "Cecilie", "Dagmar", "Ronja"]
BOYS = ["Arthur", "August", "Theo", "Felix", "Villads", "Johan", "Otto", "Viggo", "Hugo", "Sebastian",
        "Christian", "Mads", "Nikolaj", "Tobias", "Lauge", "Ebbe", "Asger", "Kristian", "Ludvig", "Benjamin"]
ADULT_WOMEN = ["Susanne", "Charlotte", "Hanne", "Marianne", "Kirsten", "Janni", "Maiken", "Heidi",
               "Tanja", "Malene", "Birgitte", "Christina", "Mia", "Katrine", "Vibeke", "Ditte", "Ulla", "Zeynep"]
ADULT_MEN = ["Allan", "Bo", "Claus", "Dan", "Erik", "Flemming", "Kenneth", "Torben", "Steffen",
             "Nicolai", "Jacob", "Anders", "Bjarne", "Carsten", "Frank", "Palle", "Ahmad", "Preben"]
SURNAMES = ["Mortensen", "Jakobsen", "Petersen", "Frederiksen", "Henriksen", "Johansen", "Mikkelsen",
            "Knudsen", "Laursen", "Kristiansen", "Vestergaard", "Clausen", "Svendsen", "Søndergaard",
            "Bach", "Kirkegaard", "Nørgaard", "Schmidt", "Winther", "Brandt", "Iversen", "Skov", "Juhl"]

SCHOOLS = ["{city} Centralskole", "Vestervangsskolen", "Kirkebakkeskolen", "Overbygningsskolen {city}",
           "Lindeskolen", "Højvangskolen", "{city} Privatskole"]
DAYCARES = ["Daginstitution Regnbuen", "Børnehuset Troldehøj", "Dagtilbud {city} Nord",
            "Integreret institution Humlebien", "Vuggestuen Spirer"]
PLACES = ["Døgninstitutionen Kildebo", "Opholdsstedet Skovbrynet", "Familieplejen i {city}",
          "Plejefamilien på Kløvervej", "Slægtsplejefamilie (farmor)", "Socialpædagogisk opholdssted Havblik"]
POLICE = ["{city} Politi, Forebyggelse og SSP", "Politikredsen, Børne- og Ungeenheden"]
HOSPITALS = ["Børne- og Ungeafdelingen, Sygehus Vest", "Modtagelsen, Sygehus Vest"]
DOCTORS = ["Lægerne i {city}", "Almen praksis, Lægecenter Nord"]
PSYCH = ["Psykiatrien for Børn og Unge"]
DENTISTS = ["Kommunal Tandpleje, Klinik Syd"]

CONCERNS = [
    "gentagne fraværsperioder og manglende fremmøde i skolen", "utilstrækkelig hygiejne og påklædning efter årstiden",
    "voldsom og grænseoverskridende adfærd over for jævnaldrende", "oplysninger om fysisk afstraffelse i hjemmet",
    "forældrenes overforbrug af alkohol", "at barnet gentagne gange møder i skole uden madpakke og er sultent",
    "højlydte konflikter mellem forældrene, som barnet overværer", "tegn på selvskade (rifter på underarmene)",
    "at barnet fremstår tilbagetrukket, trist og indadvendt", "mors psykiske lidelse og nedsatte forældreevne",
    "at barnet gentagne gange ikke afhentes i institutionen", "forsinket sproglig og motorisk udvikling",
    "barnets bekymrende vægttab over de seneste måneder",
]
MEASURES_SEL = [  # (description, citation) -- never placement
    ("praktisk pædagogisk støtte i hjemmet ved familiekonsulent", "serviceloven § 52, stk. 3, nr. 2"),
    ("et forløb med familiebehandling", "SEL § 52, stk. 3, nr. 3"),
    ("en fast kontaktperson for barnet", "§ 52, stk. 3, nr. 6 i lov om social service"),
    ("en personlig rådgiver for den unge", "SEL § 52, stk. 3, nr. 6"),
    ("et dagbehandlingstilbud", "serviceloven § 52, stk. 3, nr. 1"),
]
MEASURES_BL = [
    ("praktisk pædagogisk støtte i hjemmet ved familiekonsulent", "barnets lov § 32, stk. 1, nr. 2"),
    ("et forløb med familiebehandling", "BL § 32, stk. 1, nr. 3"),
    ("en fast kontaktperson for barnet", "barnets lov § 32, stk. 1, nr. 4"),
    ("et mentorforløb for den unge", "§ 32 i barnets lov"),
    ("et forløb med familierådgivning og netværksmøder", "BL § 32"),
]
PLACEMENT = {  # (with consent citation, without consent citation)
    "SEL": ("SEL § 52, stk. 3, nr. 7", "SEL § 58, stk. 1"),
    "BL": ("BL § 46, stk. 1", "BL § 47, stk. 1"),
}

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
# forms: dmy_dot 12.03.2015 | dmy_dot_short 12.3.2015 | dmy_dash 12-03-2015 | dm_slash_y 12/3-2015
# dm_slash_space_y 12/3 2015 | dm_slash_yy 12/3-15 | dmy_dot_yy 12.03.15 | iso 2015-03-12
# long 12. marts 2015 | abbr 12. mar. 2015 | long_upper 12. MARTS 2015 | long_cap 12. Marts 2015
HEADER_DATE_FORMS = [("iso", 42), ("dmy_dot_yy", 16), ("dmy_dash", 12), ("dm_slash_yy", 8), ("dmy_dot", 8),
                     ("dm_slash_space_y", 5), ("long_upper", 5), ("long_cap", 4)]
SENTENCE_DATE_FORMS = [("iso", 35), ("long", 25), ("dmy_dot_yy", 15), ("dmy_dash", 10), ("long_cap", 5),
                       ("dm_slash_y", 5), ("abbr", 5)]
TIME_FORMS = [("kl. {h}.{m}", 45), ("kl. {h}:{m}", 55)]

# Date blocks per type. {d} is the document's date, {t} an optional " kl. 14.30",
# {start} an earlier start date, {letter} the sender's letter date, {written} a later writing date.
# A label is always followed by a colon before a tab (PDF producers drop tabs), or stands on its
# own line above the value (only in letter types, never in notes that may become .txt/journal).
DATE_BLOCKS = {
    "notification": [("Dato for modtagelse:\t{d}{t}", 30), ("Modtaget:\t{d}{t}", 20),
                     ("Henvendelsen er modtaget i forvaltningen den {d}{t}.", 10),
                     ("Underretters dato:\t{letter}\nModtaget i kommunen:\t{d}{t}", 25),
                     ("Brevets dato\n{letter}\nModtagelsesdato\n{d}{t}", 15)],
    "notification_assessment": [("Dato og tidspunkt for vurdering:\t{d}{t}", 35), ("Vurderet:\t{d}{t}", 25),
                                ("Vurdering foretaget den {d}{t}.", 20),
                                ("Dato for 24-timers vurdering:   {d}{t}", 20)],
    "receipt": [("Afsendt:   {d}", 40), ("Dato for kvittering:\t{d}", 30), ("Dato\n{d}", 30)],
    "investigation_decision": [("Dato for afgørelse:   {d}", 40), ("Afgørelsesdato\n{d}", 25),
                               ("Afgørelse truffet:\t{d}", 20),
                               ("Beslutning om iværksættelse truffet den {d}.", 15)],
    "investigation": [("Undersøgelsen påbegyndt:\t{start}\nUndersøgelsen afsluttet:\t{d}", 30),
                      ("Periode:\t{start} – {d}\nStatus:\tAfsluttet {d}", 15),
                      ("Påbegyndt\n{start}\nAfsluttet\n{d}", 15),
                      ("Dato for afslutning:    {d}", 20),
                      ("Afsluttet:   {d}\nStatus:   Afsluttet", 20)],
    "preliminary_assessment": [("Dato for foreløbig vurdering:\t{d}", 50), ("Dato\n{d}", 25),
                               ("Udarbejdet:  {d}", 25)],
    "partial_assessment": [("Dato:\t{d}", 40), ("Gennemført:   {d}", 30), ("Dato\n{d}", 30)],
    "child_conversation": [("Samtaledato:\t{d}", 35), ("Dato for samtalen:\t{d}", 25), ("Dato:\t{d}", 20),
                           ("Mødedato:   {d}", 20)],
    "plan": [("Planens dato:   {d}", 30), ("Dato for udarbejdelse:\t{d}", 25), ("Udarbejdet\n{d}", 20),
             ("Gældende fra:  {d}", 15), ("Dato:\t{d}", 10)],
    "measure_decision": [("Dato for afgørelse:   {d}", 35), ("Afgørelsesdato\n{d}", 25),
                         ("Afgørelsen er truffet {d}.", 20), ("Bevillingsdato:  {d}", 20)],
    "termination_decision": [("Dato for afgørelse:\t{d}", 40), ("Afgørelsesdato\n{d}", 30),
                             ("Afgørelse om ophør truffet {d}.", 30)],
    "follow_up": [("Dato for opfølgning:\t{d}", 40), ("Mødedato:\t{d}", 30),
                  ("Opfølgningen er gennemført {d}.", 15), ("Afholdt:   {d}\nStatus:   Gennemført", 15)],
    "supervision_visit": [("Dato for tilsyn:   {d}", 45), ("Besøgsdato\n{d}", 30),
                          ("Tilsynet er gennemført {d}.", 25)],
    "hearing": [("Dato:\t{d}", 50), ("Afsendt\n{d}", 25), ("Brevdato:    {d}", 25)],
    "consent": [("Dato for samtykke:\t{d}", 40), ("Underskrevet:   {d}", 30), ("Dato\n{d}", 30)],
    "status_statement": [("Dato for udtalelse:\t{d}", 40), ("Dato\n{d}", 30), ("Udfærdiget:   {d}", 30)],
    "journal_note": [("Notatdato:\t{d}", 35), ("Dato:\t{d}", 35), ("Registreret:   {d}", 30)],
    "closure": [("Afslutningsdato:\t{d}", 40), ("Dato:\t{d}", 30), ("Sagen lukket:\t{d}", 30)],
    "other": [("Dato:  {d}", 60), ("Dato\n{d}", 40)],
}
# Added after the body when the writing date differs from the event date.
WRITTEN_LINES = ["Referatet er udfærdiget {written}.", "Notatet er journaliseret den {written}.",
                 "Referat skrevet: {written}"]

# ---------------------------------------------------------------------------------------------
# Titles. Keys: "type", "type/regime", "type/kind", "type/kind/regime" (most specific wins).
# ---------------------------------------------------------------------------------------------
TITLES = {
    "notification": [("UNDERRETNINGSSKEMA", 25), ("Underretningsskema", 20),
                     ("Skema U1 – Underretning om barn eller ung", 20),
                     ("Underretning om bekymring for barn/ung", 15), ("UNDERRETNING", 10),
                     ("Bekymringshenvendelse – underretning", 10)],
    "notification/anonymous": [("Anonym underretning", 40), ("ANONYM HENVENDELSE – UNDERRETNING", 30),
                               ("Underretningsskema – anonym underretter", 30)],
    "notification/phone": [("Telefonisk underretning", 40), ("Notat om telefonisk underretning", 30),
                           ("TELEFONISK HENVENDELSE – UNDERRETNING", 30)],
    "notification_assessment": [("Vurdering af underretning inden for 24 timer", 30),
                                ("Skema U2 – 24-timers vurdering", 25), ("VURDERING AF UNDERRETNING", 25),
                                ("Vurdering af underretning (24-timersfristen)", 20)],
    "notification_assessment/urgent": [("Akut vurdering af underretning", 60),
                                       ("VURDERING AF UNDERRETNING – AKUT", 40)],
    "receipt": [("Kvittering for modtaget underretning", 35), ("Bekræftelse af modtagelse af underretning", 30),
                ("KVITTERING – UNDERRETNING MODTAGET", 20), ("Skema U3 – Kvittering for underretning", 15)],
    "investigation_decision/SEL": [("Afgørelse om iværksættelse af børnefaglig undersøgelse (SEL § 50)", 35),
                                   ("AFGØRELSE – BØRNEFAGLIG UNDERSØGELSE", 30),
                                   ("Skema B1 – Afgørelse om § 50-undersøgelse", 35)],
    "investigation_decision/BL": [("Afgørelse om iværksættelse af børnefaglig undersøgelse (barnets lov § 20)", 40),
                                  ("AFGØRELSE – BØRNEFAGLIG UNDERSØGELSE", 30),
                                  ("Skema B1 – Afgørelse om § 20-undersøgelse", 30)],
    "investigation/SEL": [("BØRNEFAGLIG UNDERSØGELSE", 30), ("Skema B2 – Børnefaglig undersøgelse (SEL § 50)", 30),
                          ("Børnefaglig undersøgelse jf. serviceloven § 50", 20), ("Paragraf 50-undersøgelse", 20)],
    "investigation/BL": [("BØRNEFAGLIG UNDERSØGELSE", 30), ("Skema B2 – Børnefaglig undersøgelse (BL § 20)", 30),
                         ("Undersøgelse efter barnets lov § 20", 25), ("BFU efter barnets lov", 15)],
    "investigation/updated": [("Opdateret børnefaglig undersøgelse", 50), ("OPDATERET BØRNEFAGLIG UNDERSØGELSE", 30),
                              ("Skema B2a – Opdatering af børnefaglig undersøgelse", 20)],
    "preliminary_assessment": [("FORELØBIG VURDERING", 40), ("Foreløbig vurdering af barnets behov", 35),
                               ("Skema B4 – Foreløbig vurdering", 25)],
    "partial_assessment/screening": [("Screening efter barnets lov § 18", 50), ("SCREENING", 25),
                                     ("Skema S1 – Screening af henvendelse", 25)],
    "partial_assessment/afdaekning": [("Afdækning efter barnets lov § 19", 50), ("AFDÆKNING", 25),
                                      ("Skema S2 – Afdækning af barnets behov", 25)],
    "child_conversation": [("Referat af børnesamtale", 35), ("BØRNESAMTALE", 25),
                           ("Skema B5 – Samtale med barnet", 20), ("Børnesamtale – referat", 20)],
    "child_conversation/youth": [("Samtale med den unge", 50), ("Referat af samtale med den unge", 30),
                                 ("SAMTALE MED DEN UNGE", 20)],
    "child_conversation/not_held": [("Børnesamtale – ikke afholdt", 50), ("Notat om børnesamtale", 50)],
    "plan/SEL": [("HANDLEPLAN", 30), ("Handleplan jf. serviceloven § 140", 30), ("Skema H1 – Handleplan", 25),
                 ("§ 140-handleplan", 15)],
    "plan/BL": [("BARNETS PLAN", 35), ("Barnets plan jf. barnets lov § 91", 35), ("Skema H1 – Barnets plan", 30)],
    "plan/revised/SEL": [("Revideret handleplan", 50), ("HANDLEPLAN – REVIDERET", 25),
                         ("Skema H1 – Handleplan (revideret)", 25)],
    "plan/revised/BL": [("Revideret barnets plan", 40), ("BARNETS PLAN – REVIDERET", 30),
                        ("Skema H1 – Barnets plan (revideret)", 30)],
    "plan/youth/BL": [("Ungeplan", 50), ("UNGEPLAN", 30), ("Skema H2 – Ungeplan", 20)],
    "plan/youth/SEL": [("Handleplan for den unge", 50), ("HANDLEPLAN", 50)],
    "measure_decision/SEL": [("Afgørelse om bevilling af foranstaltning", 30),
                             ("AFGØRELSE OM FORANSTALTNING", 25),
                             ("Skema A1 – Afgørelse om bevilling af foranstaltning", 25),
                             ("Bevilling af foranstaltning – afgørelse", 20)],
    "measure_decision/BL": [("Afgørelse om støttende indsats efter barnets lov § 32", 35),
                            ("AFGØRELSE OM STØTTENDE INDSATS", 25),
                            ("Skema A1 – Afgørelse om bevilling af støttende indsats", 25),
                            ("Bevilling af indsats – afgørelse", 15)],
    "measure_decision/placement": [("Afgørelse om anbringelse uden for hjemmet", 35), ("AFGØRELSE OM ANBRINGELSE", 30),
                                   ("Skema A2 – Afgørelse om anbringelse", 35)],
    "termination_decision/SEL": [("Afgørelse om ophør af foranstaltning", 40), ("AFGØRELSE OM OPHØR AF FORANSTALTNING", 30),
                                 ("Skema A3 – Afgørelse om ophør af foranstaltning", 30)],
    "termination_decision/BL": [("Afgørelse om ophør af støttende indsats", 40), ("AFGØRELSE OM OPHØR AF INDSATS", 30),
                                ("Skema A3 – Afgørelse om ophør af indsats", 30)],
    "termination_decision/homecoming": [("Afgørelse om hjemgivelse", 45), ("AFGØRELSE OM HJEMGIVELSE", 25),
                                        ("Skema A4 – Afgørelse om hjemgivelse", 30)],
    "follow_up/SEL": [("Opfølgning på handleplan og foranstaltning", 30), ("OPFØLGNING", 20),
                      ("Skema O1 – Opfølgning (SEL § 70)", 25), ("Statusmøde – opfølgning", 25)],
    "follow_up/BL": [("Opfølgning på støttende indsats", 30), ("OPFØLGNINGSMØDE", 25),
                     ("Skema O1 – Opfølgning (BL § 95)", 25), ("Statusmøde", 20)],
    "supervision_visit": [("Tilsynsrapport", 35), ("PERSONRETTET TILSYN", 30), ("Skema T1 – Tilsynsbesøg", 35)],
    "hearing": [("Partshøring", 40), ("PARTSHØRING", 30), ("Partshøring forud for afgørelse", 30)],
    "consent": [("Samtykkeerklæring", 45), ("SAMTYKKEERKLÆRING", 25),
                ("Skema C1 – Samtykke fra forældremyndighedens indehaver", 30)],
    "status_statement": [("Statusudtalelse fra skole", 35), ("STATUSUDTALELSE", 30), ("Udtalelse fra skolen", 35)],
    "status_statement/placement": [("Statusudtalelse fra anbringelsesstedet", 50),
                                   ("UDTALELSE FRA ANBRINGELSESSTED", 50)],
    "journal_note": [("Journalnotat", 35), ("Sagsnotat", 25), ("NOTAT", 20), ("Telefonnotat", 20)],
    "closure": [("Afslutningsnotat", 35), ("SAGEN LUKKES", 20), ("Sagsafslutning – notat", 25),
                ("Sagen afsluttes", 20)],
}
# Subject lines for journal entries ("2015-03-12<TAB><subject>") by type.
ENTRY_SUBJECTS = {
    "notification": ["Telefonisk underretning modtaget fra {notifier}", "Underretning (telefonisk) fra {notifier}"],
    "notification_assessment": ["24-timers vurdering af underretning", "Vurdering af underretning inden for 24 timer"],
    "child_conversation": ["Børnesamtale med {child} gennemført", "Samtale med barnet – referat"],
    "follow_up": ["Opfølgningsmøde afholdt", "Opfølgning på indsatsen – statusmøde"],
    "journal_note": ["Telefonopkald fra mor", "Telefonopkald fra far", "Mail modtaget fra skolen",
                     "Sagsnotat", "Drøftelse på teammøde", "Notat – orientering af forældre",
                     "Korrespondance med skolen", "Telefonnotat"],
    "closure": ["Sagsafslutning", "Sagen lukkes"],
}
ENTRY_LINE = [("{d}\t{subject}", 35), ("{d} kl. {hm}\t{subject}", 20), ("{d} | {subject}", 25),
              ("{d} - Emne: {subject}", 20)]
ENTRY_DATE_FORMS = [("iso", 45), ("dmy_dot_yy", 20), ("dmy_dot", 20), ("dmy_dash", 15)]
JOURNAL_PREAMBLE = ["JOURNALOVERSIGT\nSagsnummer:\t{caseno}\nCPR-nummer:\t{cpr}\n\nDato\tEmne\n",
                    "Journaludskrift – {child_full}\nUdskrevet fra fagsystemet (journalposter i datoorden)\n",
                    "Sag:\t{caseno}\nPart:\t{child_full}\n", ""]

# ---------------------------------------------------------------------------------------------
# Letterhead and signatures
# ---------------------------------------------------------------------------------------------
HEADER_STYLES = ["upper", "block", "footer", "right"]
META_LABELS = {"caseno": "Sagsnummer", "cpr": "CPR-nummer", "cw": "Ansvarlig rådgiver", "child": "Barn/ung",
               "birth": "Født", "address": "Bopæl"}
CPR_STYLES = [("{ddmmyy}-{xxxx}", 70), ("{ddmmyy}{xxxx}", 30)]
CASENO_STYLES = ["27.24.00-G01-{num}-{yy:02d}", "BU-{year}-{num:05d}"]
SIGN_OFF = ["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen,"]

# ---------------------------------------------------------------------------------------------
# Bodies. Lists of paragraph templates per type (and kind), references, and section pools.
# ---------------------------------------------------------------------------------------------
BODY = {
    "notification/letter": [
        "1. Oplysninger om barnet: {child_full}, {age} år, tilknyttet {school}.",
        "\n2. Beskrivelse af bekymringen: Der er over en længere periode konstateret {concern}.",
        "\n3. Underretters egne tiltag: Bekymringen er drøftet med {mor} ved to samtaler, uden at forholdene er bedret.",
        "\n4. Forældrenes kendskab til underretningen: Forældremyndighedsindehaveren er orienteret om fremsendelsen.",
        "\n5. Underretters vurdering: Det vurderes, at {child} har behov for særlig støtte, som familien ikke selv kan tilvejebringe.",
    ],
    "notification/phone": [
        "Telefonisk henvendelse fra {notifier} vedrørende {child_full}, {age} år.",
        "Henvendelsen angår {concern}.",
        "Underretter oplyser, at forholdene har stået på i flere uger og er forværret den seneste tid.",
        "Underretter er vejledt om kommunens pligt til at behandle henvendelsen og om muligheden for at henvende sig igen.",
    ],
    "notification/email": [
        "Til Børn og Unge: Hermed fremsendes underretning vedrørende {child_full}, {age} år, fra {source_org}.",
        "Bekymringen angår {concern}.",
        "{child} har haft et stigende antal fraværsdage, og ved fremmøde fremstår {han} uoplagt og uden energi.",
        "Forældrene er informeret om, at institutionen retter henvendelse til kommunen.",
    ],
    "notification/anonymous": [
        "Anonym henvendelse vedrørende {child_full}. Underretter har ønsket at være anonym.",
        "Henvendelsen angår {concern}.",
        "Den anonyme underretter oplyser at bo tæt på familien og flere gange at have hørt voldsomme skænderier fra boligen sent om aftenen.",
        "Underretters identitet er ikke registreret, da henvendelsen er foretaget anonymt.",
    ],
    "notification_assessment": [
        "Underretningen af {d_notif} vedrørende {child} er gennemgået af {cw} og drøftet med faglig leder.",
        "Barnets sikkerhed: Der er ikke oplysninger, der indikerer, at {child} er i umiddelbar fare.",
        "Konklusion: Underretningen giver anledning til nærmere undersøgelse af barnets forhold.",
        "Tidligere kendskab: Familien er kendt i forvaltningen fra en tidligere henvendelse.",
    ],
    "notification_assessment/none": [
        "Underretningen af {d_notif} er gennemgået og vurderet.",
        "Konklusion: Der er ikke grundlag for yderligere tiltag.",
        "Forældrene er kontaktet telefonisk og har redegjort for situationen på tilfredsstillende vis.",
        "Barnets sikkerhed: Der er ingen oplysninger om, at barnet er i fare.",
    ],
    "notification_assessment/urgent": [
        "Underretningen af {d_notif} er vurderet umiddelbart efter modtagelsen.",
        "Barnets sikkerhed: Oplysningerne giver anledning til alvorlig bekymring for {childs} sikkerhed.",
        "Konklusion: Iværksættelse af akut handling samme dag. Forældrene er orienteret.",
    ],
    "receipt": [
        "Forvaltningen bekræfter hermed modtagelsen af underretningen af {d_notif} vedrørende {child}.",
        "Underretningen behandles efter reglerne i lov om social service.",
        "Som underretter har du ikke status af part i sagen og vil som udgangspunkt ikke blive orienteret om sagens videre forløb.",
        "Eventuelle spørgsmål kan rettes til {cw} på tlf. {phone}.",
    ],
    "receipt/BL": [
        "Forvaltningen bekræfter hermed modtagelsen af underretningen af {d_notif} vedrørende {child}.",
        "Underretningen behandles efter reglerne i barnets lov.",
        "Som underretter har du ikke status af part i sagen og vil som udgangspunkt ikke blive orienteret om sagens videre forløb.",
        "Eventuelle spørgsmål kan rettes til {cw} på tlf. {phone}.",
    ],
    "investigation_decision": [
        "Børn og Unge har truffet afgørelse om iværksættelse af en børnefaglig undersøgelse af {childs} forhold.",
        "Baggrund: Underretning af {d_notif} vedrørende {concern}.",
        "Undersøgelsen skal være afsluttet senest 4 måneder efter, at forvaltningen er blevet opmærksom på, at barnet kan have behov for særlig støtte.",
        "Som led i undersøgelsen gennemføres samtale med {child}, og der indhentes oplysninger fra {school}.",
    ],
    "investigation": [
        "Undersøgelsen er iværksat på baggrund af underretning af {d_notif} og afgørelse af {d_invdec}.",
        "Formål: Afdækning af {childs} ressourcer og vanskeligheder med henblik på vurdering af behovet for særlig støtte.",
        "Metode: Samtaler med {mor}, {far} og {child} samt indhentning af udtalelse fra {school}.",
    ],
    "preliminary_assessment": [
        "Den børnefaglige undersøgelse, iværksat {d_invdec}, forventes ikke afsluttet inden for fristen på 4 måneder.",
        "Årsag til forsinkelse: Udtalelse fra Psykiatrien for Børn og Unge afventes fortsat.",
        "Foreløbig vurdering: {child} vurderes at have behov for støtte. Undersøgelsen afsluttes snarest muligt.",
    ],
    "partial_assessment/screening": [
        "Screening af underretningen af {d_notif} med henblik på vurdering af familiens behov for hjælp.",
        "Resultat af screeningen: Der er behov for en nærmere afdækning af {childs} situation.",
    ],
    "partial_assessment/afdaekning": [
        "Afdækningen er gennemført efter barnets lov § 19 og omfatter {childs} trivsel i skole og hjem.",
        "Konklusion: Efter møde med {mor} og {child} vurderes en kortere støttende indsats at være tilstrækkelig.",
    ],
    "child_conversation": [
        "Samtalen blev gennemført på {school} uden forældrenes tilstedeværelse. {child} blev indledningsvis orienteret om baggrunden for samtalen.",
        "{child} fortalte, at {han} har gode venner i klassen, men at det er svært derhjemme, når de voksne skændes.",
        "Barnets perspektiv: {child} ønsker hjælp, men ønsker ikke at flytte hjemmefra.",
        "Barnets synspunkter indgår i forvaltningens vurdering af behovet for støtte.",
    ],
    "child_conversation/not_held": [
        "Samtale med {child} er ikke gennemført, idet {child} er {age} år og ikke vurderes at kunne deltage i en egentlig samtale.",
        "I stedet er der foretaget observation af {child} i hjemmet og i {daycare}. Barnets perspektiv er belyst gennem observationerne.",
    ],
    "plan": [
        "Handleplanen er udarbejdet i samarbejde med {mor} og {far} på baggrund af den børnefaglige undersøgelse af {d_inv}.",
        "Formålet med indsatsen er tilvejebringelse af stabil trivsel for {child} i hjem og skole.",
        "Opfølgning på planen sker senest 3 måneder efter iværksættelse af indsatsen.",
    ],
    "plan/BL": [
        "Barnets plan er udarbejdet sammen med {child} og forældremyndighedsindehaverne med afsæt i den børnefaglige undersøgelse af {d_inv}.",
        "Formålet med indsatsen er, at {child} sikres en forudsigelig hverdag med trygge voksne.",
        "Opfølgning på planen sker senest 3 måneder efter iværksættelse af indsatsen.",
    ],
    "measure_decision": [
        "Børn og Unge har truffet afgørelse om bevilling af {measure} til {child} efter {cite}.",
        "Afgørelsen er truffet på baggrund af den børnefaglige undersøgelse af {d_inv}, hvoraf det fremgår, at {child} har behov for særlig støtte.",
        "Indsatsens varighed: Foreløbig 6 måneder med opfølgning undervejs.",
        "{childs} synspunkter er inddraget, jf. samtalen med {child} den {d_conv}.",
    ],
    "measure_decision/placement": [
        "Afgørelsen er truffet på baggrund af den børnefaglige undersøgelse af {d_inv}, hvoraf det fremgår, at {child} ikke modtager tilstrækkelig omsorg i hjemmet.",
        "{childs} synspunkter om flytningen er inddraget, jf. samtalen den {d_conv}.",
        "Anbringelsessted: {place}, hvor der er voksne med erfaring i at imødekomme {hans} behov.",
        "Forældrene har ret til samvær og kontakt med {child}. Nærmere aftale om samværet følger.",
    ],
    "termination_decision": [
        "Børn og Unge har truffet afgørelse om, at {measure} til {child} ophører.",
        "Formålet med indsatsen er opfyldt, jf. opfølgningen af {d_follow}.",
        "Forældrene har tilkendegivet enighed i, at støtten bringes til ophør.",
    ],
    "termination_decision/homecoming": [
        "Børn og Unge har truffet afgørelse om hjemgivelse af {child} fra {place} til {mor}.",
        "{mor} vurderes i dag at kunne varetage omsorgen for {child}, jf. opfølgningen af {d_follow}.",
        "Hjemgivelsen gennemføres gradvist over en periode på 2 måneder.",
    ],
    "follow_up": [
        "Deltagere: {mor}, {far}, {child} og {cw}.",
        "Indsatsen er iværksat efter afgørelsen af {d_dec}. Indsatsen vurderes at have en positiv effekt.",
        "{child} oplyser, at det går bedre i skolen, og at der er mindre uro i hjemmet.",
        "Konklusion: Indsatsen fortsætter uændret.",
    ],
    "supervision_visit": [
        "Tilsynsbesøg hos {child} på {place}. Samtale med {child} uden deltagelse af personalet.",
        "{child} oplyser at være faldet godt til og at have fået nye venner.",
        "Konklusion: Der er ikke konstateret forhold, der giver anledning til bekymring.",
    ],
    "hearing": [
        "Forud for forvaltningens afgørelse i sagen vedrørende {child} gives du hermed mulighed for at fremkomme med bemærkninger til sagens oplysninger.",
        "Forvaltningen lægger særligt vægt på oplysningerne i den børnefaglige undersøgelse af {d_inv}.",
        "Frist for bemærkninger: 14 dage fra modtagelsen af dette brev.",
    ],
    "consent": [
        "Undertegnede forældremyndighedsindehaver giver hermed samtykke til, at Børn og Unge iværksætter {measure} for {child}.",
        "Jeg er orienteret om, at samtykket til enhver tid kan tilbagekaldes.",
    ],
    "consent/info": [
        "Undertegnede giver samtykke til indhentning af oplysninger om {child} fra skole, egen læge og tandpleje.",
        "Samtykket gælder i forbindelse med den børnefaglige undersøgelse.",
    ],
    "status_statement": [
        "{child} går i {klasse}. klasse på {school} og er en vellidt elev, men har et højt fravær.",
        "Faglig status: {child} ligger lidt under klassens niveau og har brug for voksenstøtte for at komme i gang med opgaverne.",
        "Samarbejdet med forældrene fungerer tilfredsstillende.",
    ],
    "status_statement/placement": [
        "{child} har boet på {place} siden anbringelsen og har tilpasset sig godt og deltager i stedets aktiviteter.",
        "Samvær med {mor} finder sted hver anden weekend og forløber tilfredsstillende.",
    ],
    "journal_note": [
        "{mor} ringede og oplyste, at {child} har haft en god uge. Hun spurgte til tidspunktet for næste møde.",
        "Mail modtaget fra {school}: {child} har været fraværende i to dage.",
        "Telefonsamtale med {far}, som ønsker at blive inddraget mere i sagen.",
        "Sagen er drøftet på teammøde. Der er ikke behov for yderligere tiltag p.t.",
    ],
    "closure": [
        "Sagen vedrørende {child} afsluttes, da der ikke længere er behov for støtte.",
        "Forældrene er orienteret om sagens lukning og om muligheden for at henvende sig igen.",
    ],
    "closure/no_action": [
        "Underretningen af {d_notif} er vurderet, og der er ikke grundlag for iværksættelse af en undersøgelse.",
        "Sagen afsluttes uden yderligere foranstaltninger. Forældrene er orienteret.",
    ],
}
# Sentences that cite other documents (distractors: another type and another date).
REFS = [
    ("d_notif", "Sagen er rejst på baggrund af underretning modtaget {d_notif}."),
    ("d_inv", "Der henvises til den børnefaglige undersøgelse, afsluttet {d_inv}."),
    ("d_plan", "Indsatsen fremgår af handleplanen af {d_plan}."),
    ("d_dec", "Afgørelse om støtte blev truffet {d_dec}."),
    ("d_conv", "Der henvises til børnesamtalen gennemført {d_conv}."),
    ("d_follow", "Ved opfølgningen {d_follow} blev det besluttet at fortsætte indsatsen."),
    ("next", "Næste opfølgning er planlagt til {next}."),
]
REFS_BL = [
    ("d_plan", "Indsatsen fremgår af barnets plan af {d_plan}."),
    ("d_inv", "Jf. undersøgelsen efter barnets lov § 20, afsluttet {d_inv}."),
]

# Goal sections (plans with goals).
GOAL_HEADINGS = ["Målsætning", "Mål for barnet/den unge", "Indsatsens mål"]
GOALS = [
    "Daglig deltagelse i undervisningen for {child} – højst to fraværsdage pr. måned.",
    "Fast døgnrytme for {child} med sengetid senest kl. 21.",
    "Forældrenes tilegnelse af redskaber til at sætte rammer uden konflikter.",
    "{childs} deltagelse i en fritidsaktivitet mindst én gang om ugen.",
    "{mor} påbegynder behandling for sit misbrug inden for 3 måneder.",
    "Opfølgning på {childs} sproglige udvikling ved talepædagog.",
    "Tilknytning af mindst to faste voksne, som {child} kan tale med.",
]
SUBGOAL_HEADING = "Delmål (kortsigtede)"
# Plan sections when the plan states no goals (must not use any goal word).
NOGOAL_SECTIONS = [
    ("Indsatsens indhold", ["Iværksættelse af {measure}. Indsatsen varetages af kommunens familiecenter."]),
    ("Formål", ["Formålet med støtten er en forbedring af {childs} trivsel."]),
    ("Samarbejde med familien", ["Forældrene deltager i møderne og er positive over for støtten."]),
]
# Decision sections
DECISION_HEADINGS = {"decision": "1. Afgørelse", "reasons": "2. Begrundelse", "guidance": "3. Vejledning om klageadgang"}
GUIDANCE = [
    "Afgørelsen kan påklages til Ankestyrelsen. Klagen sendes til Børn og Unge senest 4 uger efter modtagelsen af afgørelsen. Forvaltningen genvurderer afgørelsen, og fastholdes den, videresendes klagen til Ankestyrelsen.",
    "Klagefrist: 4 uger fra modtagelsen af afgørelsen. Klagen indgives til kommunen, som genvurderer sagen inden videresendelse til Ankestyrelsen.",
    "Er du uenig i afgørelsen, kan du klage. Klagen skal være forvaltningen i hænde inden 4 uger. Fastholder forvaltningen afgørelsen, sendes klagen til Ankestyrelsen.",
]
URGENT_SENTENCES = ["Afgørelsen er truffet akut, idet {childs} sikkerhed kræver øjeblikkelig handling.",
                    "Der er tale om en hastende afgørelse. Sagen kan ikke afvente almindelig sagsbehandling.",
                    "Sagen kan ikke afvente den sædvanlige sagsbehandling, og afgørelsen træffes derfor straks.",
                    "Iværksættelse sker med akut virkning fra dags dato."]
NO_PLAN_SENTENCES = ["Der udarbejdes ikke barnets plan, idet indsatsen er af kortere varighed og afgrænset karakter.",
                     "Plan: Der udarbejdes ikke en plan for indsatsen, da den er kortvarig og afgrænset."]
PLACEMENT_SENTENCES = {
    "with": "Der træffes afgørelse om anbringelse af {child} uden for hjemmet på {place} med samtykke fra forældremyndighedsindehaveren, jf. {cite}.",
    "without": "Der træffes afgørelse om anbringelse af {child} uden for hjemmet uden samtykke fra forældremyndighedsindehaveren, jf. {cite}, idet der er åbenbar risiko for alvorlig skade på {childs} sundhed eller udvikling.",
}

# Investigation sections (the six SEL § 50 areas / BL § 22 themes), with sentence pools.
INVESTIGATION_SECTIONS_SEL = ["1. Udvikling og adfærd", "2. Familieforhold", "3. Skoleforhold", "4. Sundhedsforhold",
                              "5. Fritidsforhold og venskaber", "6. Andre relevante forhold",
                              "7. Sammenfatning og vurdering"]
INVESTIGATION_SECTIONS_BL = ["1. Barnets udvikling og trivsel", "2. Familie og netværk", "3. Skole og dagtilbud",
                             "4. Sundhed og helbred", "5. Barnets eget perspektiv", "6. Forældrenes perspektiv",
                             "7. Helhedsvurdering og konklusion"]
POOL = [
    "{child} beskrives af {school} som en hjælpsom og vellidt elev.",
    "Fraværet har periodevis været højt, særligt i forbindelse med weekender.",
    "{mor} oplyser at have vanskeligt ved at få hverdagen til at hænge sammen.",
    "{far} bor i en anden by og har samvær med {child} hver anden weekend.",
    "{child} har en tæt relation til sin morfar, som bor i nærheden.",
    "Familien har tidligere modtaget vejledning fra sundhedsplejen.",
    "{child} er fysisk rask, men har som mindre haft gentagne mellemørebetændelser.",
    "Det er beskrevet, at {child} kan reagere voldsomt og har svært ved at falde til ro igen.",
    "{child} spiller håndbold to gange om ugen og er glad for det.",
    "Familien bor i en lejlighed på tre værelser, hvor {child} har eget værelse.",
    "Der er økonomiske vanskeligheder i familien, og {mor} er sygemeldt.",
    "Forældrenes samarbejde om {child} er præget af konflikter.",
    "{child} har læsevanskeligheder og modtager specialundervisning i dansk.",
    "Det vurderes, at {childs} behov ikke bliver tilstrækkeligt dækket i hjemmet.",
    "Familiens netværk er begrænset.",
    "{child} giver selv udtryk for at være ked af konflikterne i hjemmet.",
    "Der er indhentet oplysninger fra egen læge, som ikke har bemærkninger.",
    "{child} sover uroligt og møder ofte for sent i skole.",
]
# Titles and bodies of "other" documents (letters that are none of the types), by kind.
OTHER_DOCS = {
    "invitation": ("Mødeindkaldelse", "Du indkaldes hermed til møde i Børn og Unge den {next} kl. 10.00 vedrørende {child}. Mødet afholdes i Borgercentret, mødelokale 2."),
    "medical": ("LÆGEERKLÆRING", "Undertegnede læge har undersøgt {child}. Barnet er i alderssvarende trivsel og vægtøgning. Der er ikke fundet tegn på fysisk overlast."),
    "invoice": ("Faktura", "Faktura for ydelser leveret i perioden. Betalingsfrist: 30 dage. Fakturanr. {num}."),
    "pamphlet": ("Information til forældre om sagsbehandlingen", "Her kan du læse om, hvordan kommunen arbejder med sager om børn og unge, og hvilke rettigheder du har som forælder."),
    "minutes": ("Referat af forældremøde i klassen", "Mødet omhandlede klassens trivsel. Der blev aftalt faste pauser og et tættere samarbejde med forældrene."),
}

# ---------------------------------------------------------------------------------------------
# Files and folders
# ---------------------------------------------------------------------------------------------
CASE_FOLDER_STYLES = [("{caseno}", 35), ("BU-sag {caseno}", 25), ("{caseno} - {surname}, {child}", 20),
                      ("{caseno}_{cpr}", 10), ("{cpr} {surname}", 10)]
LAYOUTS = [("flat", 20), ("dok_journal", 30), ("years", 50)]
FILE_NAMES = [("dated", 35), ("numbered", 35), ("plain", 20), ("scan", 10)]
# dated: "12-03-2015 Skema U1 – Underretning om barn eller ung.pdf"; numbered: "DOK0001234.pdf";
# plain: "BØRNEFAGLIG UNDERSØGELSE.pdf"; scan: "Indscannet 0042.pdf"
FILE_DATE_FORM = "dmy_dash"
NUMBERED_NAME = "DOK{num:07d}"
SCAN_NAME = "Indscannet {num:04d}"
JOURNAL_FILE_NAMES = ["Journaludskrift.txt", "journalposter_{year}.txt", "Journal_eksport.txt"]
UNSUPPORTED = [("Foto_bolig.jpg", "jpg"), ("Tegning lavet af {child}.jpg", "jpg"), ("Ydelsesoversigt.xlsx", "xlsx")]
LITTER = ["Thumbs.db", "desktop.ini", ".DS_Store"]

# ---------------------------------------------------------------------------------------------
# Mix of producers and encodings
# ---------------------------------------------------------------------------------------------
PRODUCERS = {  # for PDF documents
    "reportlab": 25, "fpdf": 25, "fitz": 18, "lo_docx": 10, "lo_fodt": 5, "lo_html": 5,
    "scan_ocr": 6, "scan_noocr": 6,
}
NOTE_FORMATS = {"journal": 50, "txt": 20, "pdf": 15, "docx": 10, "rtf": 5}
LETTER_FORMATS = {"pdf": 78, "docx": 10, "html": 5, "rtf": 4, "eml": 3}
TXT_ENCODINGS = {"utf-8": 30, "utf-8-sig": 10, "cp1252": 30, "latin-1": 15, "utf-16": 15}
ENCRYPTED_SHARE = 0.03          # PDFs encrypted with an empty user password (readable)
UNREADABLE_SHARE = 0.07         # of standalone status statements / notes / other letters
UNSUPPORTED_PER_CASE = {"jpg": 0.20, "xlsx": 0.15}
LITTER_PER_CASE = 0.35
CPR_IN_FILE_NAME = 0.02
TITLE_SPLIT_SHARE = 0.04
TITLE_HYPHEN_SHARE = 0.01
OTHER_VOCAB_SHARE = 0.10        # BL-era documents that still use SEL words
BIRTHDATE_SHARE = 0.12          # a "Født" line in the meta block
HYPHENATE_SHARE = 0.04          # PDFs with a word hyphenated at a line end
LIGATURE_SHARE = 0.05
NBSP_SHARE = 0.05
SOFT_HYPHEN_SHARE = 0.02
CRLF_SHARE = 0.6                # text notes with Windows line ends
NOTE_WRAP = [(None, 55), (78, 25), (96, 20)]
WRITTEN_SHARE = 0.15            # conversation/meeting notes written days after the event
SCAN_DPI = [(150, 35), (200, 50), (300, 15)]
SCAN_MODE = [("bw", 75), ("gray", 25)]
EML = {"charset": [("utf-8", 55), ("iso-8859-1", 45)], "cte": [("quoted-printable", 55), ("base64", 30), ("8bit", 15)],
       "html": 0.35}
HTML_ENCODINGS = [("utf-8", 65), ("cp1252", 25), ("latin-1", 10)]
HTML_EXT = [(".html", 60), (".htm", 40)]
