# ruff: noqa: E501 -- prose and table rows of the sample documents read better unbroken.
"""The bundled sample meeting: gemeenteraad Lindewaarde, 16 april 2026. Invented text, data only.

``generate.py`` renders these blocks and derives ``gold.json`` from them. Amounts and dates in
the text are marked ``[[...]]`` (see ``generate._parse_markup``); the marks are not printed.
"""

MUNICIPALITY = "Lindewaarde"

MEETING = {
    "body": "gemeenteraad",
    "municipality": MUNICIPALITY,
    "date": "2026-04-16",
    "time": "19:30",
    "place": "Raadzaal, stadhuis Lindewaarde, Markt 1",
}

F_AGENDA = "agenda.pdf"
F_BESLUITENLIJST = "Besluitenlijst raadsvergadering 12 maart 2026.pdf"
F_RIB = "2026-047 Raadsinformatiebrief Voortgang aanpak wateroverlast Zuid-Oost.pdf"
F_VR = "2026-044 Raadsvoorstel Zienswijze ontwerpbegroting 2027 Veiligheidsregio.pdf"
F_KC = "2026-039 Raadsvoorstel Krediet nieuwbouw Kindcentrum De Vlonder.pdf"
F_KC_BIJLAGE = "2026-039 Bijlage Investeringsraming Kindcentrum De Vlonder.pdf"
F_SG = "2026-041 Raadsvoorstel Herinrichting Stationsgebied.pdf"
F_SG_BIJLAGE = "2026-041 Bijlage 1 Technische onderbouwing Stationsgebied.pdf"
F_FP = "2026-045 Raadsvoorstel Verordening fietsparkeren Stationsgebied.pdf"
F_FP_VERORDENING = "2026-045 Verordening fietsparkeren Stationsgebied Lindewaarde 2026.pdf"
F_AMENDEMENT = "A9.1 Amendement Meer groen op het Stationsplein.pdf"
F_MOTIE = "M9.2 Motie Veilige fietsroute Spoorlaan.pdf"


def _clean(text: str) -> str:
    return " ".join(text.split())


def H(text: str, level: int = 1) -> tuple:
    return ("heading", text, level)


def P(text: str, **opts) -> tuple:
    return ("paragraph", _clean(text), opts)


def L(items: list, kind: str = "bullet", **opts) -> tuple:
    return (
        "list",
        [_clean(i) if isinstance(i, str) else (i[0], _clean(i[1])) for i in items],
        kind,
        opts,
    )


def T(rows: list, **opts) -> tuple:
    return ("table", rows, opts)


def FIELDS(rows: list, **opts) -> tuple:
    return ("fields", rows, opts)


BREAK = ("pagebreak",)


# --------------------------------------------------------------------------- agenda

AGENDA_ITEMS = [
    {
        "number": "1",
        "title": "Opening en mededelingen",
        "kind": "overig",
        "documents": [],
        "note": """De voorzitter opent de vergadering en doet de mededelingen van het presidium.
            Berichten van verhindering worden voor aanvang gemeld bij de griffie.""",
    },
    {
        "number": "2",
        "title": "Vaststelling van de agenda",
        "kind": "overig",
        "documents": [],
        "note": """De raad stelt de agenda vast. Voorstellen om een hamerstuk alsnog als
            bespreekstuk te behandelen worden uiterlijk om 12.00 uur op de dag van de vergadering
            bij de griffier ingediend.""",
    },
    {
        "number": "3",
        "title": "Spreekrecht burgers",
        "kind": "overig",
        "documents": [],
        "note": """Inwoners kunnen het woord voeren over onderwerpen die op deze agenda staan,
            met uitzondering van benoemingen. Aanmelden kan tot en met de dinsdag voor de
            vergadering via griffie@lindewaarde.nl. Per spreker is vijf minuten beschikbaar.""",
    },
    {
        "number": "4",
        "title": "Vragenhalfuur",
        "kind": "overig",
        "documents": [],
        "note": """Raadsleden kunnen het college mondelinge vragen stellen over actuele
            onderwerpen. Vragen worden uiterlijk om 12.00 uur op de dag van de vergadering
            schriftelijk aangemeld bij de griffie.""",
    },
    {
        "number": "5",
        "title": "Vaststelling besluitenlijst van de raadsvergadering van [[12 maart 2026]]",
        "kind": "overig",
        "documents": [F_BESLUITENLIJST],
        "refs": ["Besluitenlijst raadsvergadering [[12 maart 2026]]"],
        "note": "Voorstel: de besluitenlijst ongewijzigd vaststellen.",
    },
    {
        "number": "6",
        "title": "Lijst van ingekomen stukken",
        "kind": "overig",
        "documents": [F_RIB],
        "refs": [
            "Raadsinformatiebrief 2026-047 Voortgang aanpak wateroverlast Zuid-Oost "
            "(ter kennisname)"
        ],
        "note": """Voorstel: de ingekomen stukken afhandelen zoals op de lijst is aangegeven.
            Een raadsinformatiebrief kan door een fractie worden geagendeerd voor een
            informatieve bijeenkomst.""",
    },
    {
        "number": "7",
        "title": "Zienswijze ontwerpbegroting 2027 Veiligheidsregio Midden-Waardland",
        "kind": "hamerstuk",
        "documents": [F_VR],
        "refs": ["Raadsvoorstel 2026-044 Zienswijze ontwerpbegroting 2027 Veiligheidsregio"],
        "note": """Advies commissie Bestuur en Middelen van [[31 maart 2026]]: hamerstuk.""",
    },
    {
        "number": "8",
        "title": "Verordening fietsparkeren Stationsgebied Lindewaarde 2026",
        "kind": "hamerstuk",
        "documents": [F_FP, F_FP_VERORDENING],
        "refs": [
            "Raadsvoorstel 2026-045 Verordening fietsparkeren Stationsgebied",
            "Ontwerp-verordening fietsparkeren Stationsgebied Lindewaarde 2026",
        ],
        "note": """Advies commissie Ruimte van [[2 april 2026]]: hamerstuk.""",
    },
    {
        "number": "9",
        "title": "Herinrichting Stationsgebied Lindewaarde",
        "kind": "bespreekstuk",
        "documents": [F_SG, F_SG_BIJLAGE, F_AMENDEMENT, F_MOTIE],
        "refs": [
            "Raadsvoorstel 2026-041 Herinrichting Stationsgebied",
            "Bijlage 1: Technische onderbouwing Herinrichting Stationsgebied",
            "Aangekondigd: amendement A9.1 Meer groen op het Stationsplein (D66, GroenLinks-PvdA)",
            "Aangekondigd: motie M9.2 Veilige fietsroute Spoorlaan (CDA, ChristenUnie, VVD)",
        ],
        "note": """Advies commissie Ruimte van [[2 april 2026]]: bespreekstuk. De commissie
            heeft gevraagd de behandeling te beginnen met een korte toelichting van de
            portefeuillehouder op de planning van fase 2. Voorgestelde spreektijd: zes minuten
            per fractie in de eerste termijn.""",
    },
    {
        "number": "10",
        "title": "Krediet nieuwbouw Kindcentrum De Vlonder",
        "kind": "bespreekstuk",
        "documents": [F_KC, F_KC_BIJLAGE],
        "refs": [
            "Raadsvoorstel 2026-039 Krediet nieuwbouw Kindcentrum De Vlonder",
            "Bijlage: Investeringsraming Kindcentrum De Vlonder",
        ],
        "note": """Advies commissie Samenleving van [[1 april 2026]]: bespreekstuk, met een
            spreektijd van maximaal vier minuten per fractie in de eerste termijn.""",
    },
    {
        "number": "11",
        "title": "Sluiting",
        "kind": "overig",
        "documents": [],
        "note": "",
    },
]


def agenda_blocks() -> list:
    blocks = [
        H("Agenda", 0),
        P("Openbare vergadering van de gemeenteraad van Lindewaarde", bold=True, size=12),
        FIELDS(
            [
                ("Datum", "donderdag [[16 april 2026]]"),
                ("Aanvang", "19.30 uur"),
                ("Plaats", "Raadzaal, stadhuis Lindewaarde, Markt 1"),
                ("Voorzitter", "mr. H.J. Verbeek, burgemeester"),
                ("Griffier", "mr. L. de Groot-Hermans"),
            ]
        ),
        P("""De vergadering is openbaar en wordt live uitgezonden via lindewaarde.raadsinformatie.nl.
            De stukken liggen ter inzage bij de griffie en in de publiekshal van het stadhuis.
            Hamerstukken worden zonder beraadslaging afgehandeld; bij een hamerstuk kan een
            fractie wel een stemverklaring afleggen."""),
    ]
    section_titles = {
        "1": "Opening en procedure",
        "7": "Hamerstukken",
        "9": "Bespreekstukken",
        "11": "Afsluiting",
    }
    for item in AGENDA_ITEMS:
        if item["number"] in section_titles:
            blocks.append(H(section_titles[item["number"]], 1))
        label = {"hamerstuk": " (hamerstuk)", "bespreekstuk": " (bespreekstuk)"}.get(
            item["kind"], ""
        )
        blocks.append(H(f"{item['number']}. {item['title']}{label}", 2))
        if item.get("note"):
            blocks.append(P(item["note"]))
        if item.get("refs"):
            blocks.append(P("Stukken:", italic=True))
            blocks.append(L(item["refs"], "dash"))
    blocks += [
        P("""Lindewaarde, [[2 april 2026]]"""),
        P("""De voorzitter van de gemeenteraad, mr. H.J. Verbeek. De griffier,
            mr. L. de Groot-Hermans."""),
    ]
    return blocks


# --------------------------------------------------------------------------- besluitenlijst

BESLUITENLIJST = [
    H("Besluitenlijst", 0),
    P("""Besluitenlijst van de openbare vergadering van de gemeenteraad van Lindewaarde, gehouden
        op donderdag [[12 maart 2026]] in de raadzaal van het stadhuis."""),
    FIELDS(
        [
            ("Voorzitter", "mr. H.J. Verbeek, burgemeester"),
            ("Griffier", "mr. L. de Groot-Hermans"),
            ("Aanwezig", "27 van de 27 raadsleden; de heer Mulder (CDA) vanaf agendapunt 4"),
            (
                "Namens het college",
                "de wethouders Kampman, El Khatib, Van den Broek en Jansen-Oude Wesselink",
            ),
        ]
    ),
    H("1. Opening en mededelingen", 2),
    P("""De voorzitter opent om 19.30 uur de vergadering. Zij deelt mee dat het college op
        [[10 maart 2026]] de jaarstukken van de Omgevingsdienst Zuid-Waardland heeft ontvangen en
        dat deze via de lijst van ingekomen stukken aan de raad worden aangeboden."""),
    H("2. Vaststelling van de agenda", 2),
    P("Besluit:", bold=True),
    P("""De agenda wordt ongewijzigd vastgesteld.""", decision="2"),
    H("3. Vaststelling besluitenlijst van de raadsvergadering van [[12 februari 2026]]", 2),
    P("Besluit:", bold=True),
    P(
        """De besluitenlijst van de vergadering van [[12 februari 2026]] wordt ongewijzigd
        vastgesteld.""",
        decision="3",
    ),
    H("4. Verordening maatschappelijke ondersteuning Lindewaarde 2026 (hamerstuk)", 2),
    P("Besluit:", bold=True),
    P(
        """Conform voorstel vastgesteld. De verordening treedt in werking op
        [[1 mei 2026]].""",
        decision="4",
    ),
    P("""Stemverklaring: de fractie van Lindewaarde Lokaal stemt in, maar vraagt het college de
        eigen bijdrage voor huishoudelijke ondersteuning in de evaluatie mee te nemen."""),
    H("5. Grondexploitatie Bedrijventerrein Hulsdonk-West, actualisatie 2026 (bespreekstuk)", 2),
    P("Besluit:", bold=True),
    P(
        """De geactualiseerde grondexploitatie wordt vastgesteld met een verwacht positief
        resultaat van [[€ 1.320.000]] op eindwaarde. De raad stemt in met het opleggen van
        geheimhouding op bijlage 2 tot de afronding van de grondverkopen.""",
        decision="5",
    ),
    P("""Stemming: aangenomen met 21 stemmen voor en 6 stemmen tegen. Tegen stemden de fracties van
        GroenLinks-PvdA (5) en de Partij voor de Dieren (1)."""),
    P("""Amendement A5.1 (GroenLinks-PvdA) over een groene buffer van 30 meter langs de Hulsdonkse
        Loop wordt verworpen met 8 stemmen voor en 19 stemmen tegen."""),
    H("6. Motie vreemd aan de orde van de dag: Toegankelijke stembureaus", 2),
    P("Besluit:", bold=True),
    P(
        """De motie M6.1 van D66, CDA en Lindewaarde Lokaal wordt unaniem aangenomen. Het
        college wordt verzocht bij de verkiezingen alle stembureaus rolstoeltoegankelijk in te
        richten en de raad hierover [[voor 1 september 2026]] te informeren.""",
        decision="6",
    ),
    H("7. Sluiting", 2),
    P("""De voorzitter sluit de vergadering om 22.47 uur."""),
    P("""Vastgesteld in de openbare vergadering van [[16 april 2026]]."""),
    P("""De griffier, mr. L. de Groot-Hermans. De voorzitter, mr. H.J. Verbeek."""),
]


# --------------------------------------------------------------------------- raadsinformatiebrief

RIB = [
    H("Raadsinformatiebrief", 0),
    FIELDS(
        [
            ("Aan", "de gemeenteraad van Lindewaarde"),
            ("Datum", "[[31 maart 2026]]"),
            ("Nummer", "2026-047"),
            ("Onderwerp", "Voortgang aanpak wateroverlast Zuid-Oost"),
            ("Portefeuillehouder", "wethouder J. Jansen-Oude Wesselink"),
            ("Contactpersoon", "ing. F. Boukhari, beleidsadviseur water en riolering"),
        ]
    ),
    P("""Geachte raadsleden,"""),
    P("""Met deze brief informeren wij u over de voortgang van de aanpak van de wateroverlast in
        de wijk Zuid-Oost. Wij hebben u toegezegd u halfjaarlijks te informeren, voor het laatst
        met de raadsinformatiebrief van [[7 oktober 2025]]. Deze brief is ter informatie; wij
        vragen u op dit moment geen besluit."""),
    H("Aanleiding", 2),
    P("""Bij de hevige regenval van [[18 juni 2025]] viel in Zuid-Oost binnen een uur ruim 70
        millimeter neerslag. Het gemengde rioolstelsel kon dat niet verwerken. In de
        Lijsterbeslaan, de Meidoornstraat en op het Vogelplein liepen 46 kelders en souterrains
        onder water en was de Oude Dijk enkele uren onbegaanbaar. Ook het buurthuis De Kiem en de
        basisschool De Regenboog hadden waterschade. Sindsdien werken wij met het waterschap
        Brabantse Waarden, de provincie Noord-Brabant en de bewoners van Zuid-Oost aan
        maatregelen voor de korte en de lange termijn."""),
    H("Wat is er sinds oktober gebeurd?", 2),
    L(
        [
            """Het ingenieursbureau heeft met een rekenmodel van het rioolstelsel de
            knelpunten in beeld gebracht. Daaruit blijkt dat vooral de overstort bij de
            Meidoornstraat te klein is en dat twee persleidingen bij hevige buien terugstromen.""",
            """De kolken en de hoofdriolering in de Lijsterbeslaan zijn extra gereinigd en
            geïnspecteerd met een camera. Daarbij zijn drie verzakte leidingdelen gevonden, die
            inmiddels zijn hersteld.""",
            """Op [[4 februari 2026]] vond een bewonersbijeenkomst plaats in De Kiem, met 112
            bezoekers. Bewoners hebben op kaarten aangegeven waar het water stond en welke
            oplossingen zij kansrijk vinden.""",
            """Wij zijn gestart met de actie 'Tegel eruit, plant erin'. Inmiddels hebben 68
            huishoudens in Zuid-Oost een regenton of groendak aangevraagd met de gemeentelijke
            subsidie.""",
        ]
    ),
    H("Maatregelen voor de komende periode", 2),
    P("""Op basis van het rekenmodel en de inbreng van bewoners kiezen wij voor een combinatie
        van maatregelen in de openbare ruimte en op particulier terrein. De belangrijkste
        maatregelen zijn:"""),
    L(
        [
            """het afkoppelen van het hemelwater van ongeveer 3,4 hectare verhard oppervlak in de
            Lijsterbeslaan en de Meidoornstraat;""",
            """de aanleg van een wadi en een ondergrondse waterberging van 900 kubieke meter onder
            het Vogelplein;""",
            """het vergroten van de overstort bij de Meidoornstraat en het plaatsen van
            terugslagkleppen in de twee persleidingen;""",
            """het vergroenen van het schoolplein van De Regenboog, samen met de school en de
            leerlingen.""",
        ],
        "numbered",
    ),
    P("""De werkzaamheden in de Lijsterbeslaan combineren wij met de geplande vervanging van de
        riolering en het groot onderhoud van de bestrating. Daardoor hoeft de straat maar één keer
        open. Wij verwachten met de uitvoering te beginnen in het [[najaar van 2026|date=]]. De
        waterberging onder het Vogelplein volgt na het ontwerp en de aanbesteding, met een
        oplevering naar verwachting in [[Q2 2027]]."""),
    H("Maatregelen op particulier terrein", 2),
    P("""Een groot deel van het regenwater in Zuid-Oost valt op daken en tuinen. Maatregelen in de
        openbare ruimte zijn daarom niet genoeg. Wij stimuleren bewoners om hun regenwater zelf
        op te vangen of af te koppelen. Daarvoor zijn de volgende regelingen beschikbaar:"""),
    L(
        [
            """een subsidie van 50 procent van de kosten, tot ten hoogste [[€ 750]], voor het
            afkoppelen van de regenpijp en het aanleggen van een infiltratievoorziening;""",
            """een vergoeding van [[€ 30]] per vierkante meter voor een groendak, tot ten hoogste
            [[€ 1.500]] per woning;""",
            """gratis advies aan huis door een waterambassadeur uit de wijk.""",
        ]
    ),
    P("""Daarnaast onderzoeken wij met de woningcorporatie Waardwonen de mogelijkheid om de
        daken van de 140 huurwoningen aan de Lijsterbeslaan bij de geplande renovatie af te
        koppelen. Een besluit daarover verwachten wij [[voor de zomer|date=]]."""),
    H("Financiën", 2),
    P("""De kosten van de maatregelen in de openbare ruimte zijn geraamd op [[€ 640.000]]. Deze
        kosten passen binnen het budget voor klimaatadaptatie in het Gemeentelijk Rioleringsplan
        2023-2027. Het waterschap Brabantse Waarden draagt [[€ 150.000]] bij aan de
        waterberging, omdat die ook de afvoer naar de Hulsdonkse Loop vermindert. Voor de
        subsidie 'Tegel eruit, plant erin' is in 2026 nog [[€ 42.500]] beschikbaar."""),
    H("Wat horen wij van bewoners?", 2),
    P("""Bewoners waarderen dat de gemeente snel maatregelen heeft genomen, maar maken zich
        zorgen over de periode tot de uitvoering. Een aantal bewoners heeft sinds de [[zomer van
        2025|date=]] opnieuw water in de kelder gehad, ook bij minder hevige buien. Wij hebben deze
        meldingen onderzocht. In de meeste gevallen ging het om grondwater of om een lekkende
        aansluiting op het riool op particulier terrein. Wij hebben de betrokken bewoners
        geadviseerd en waar nodig doorverwezen naar de woningcorporatie."""),
    P("""Ook is gevraagd om de riolering in de Meidoornstraat eerder aan te pakken dan gepland.
        Dat is technisch niet mogelijk, omdat eerst de overstort moet worden vergroot. Wel
        plaatsen wij bij voorspelde zware buien tijdelijke pompen bij het Vogelplein, zoals ook
        in [[september 2025|date=]] is gebeurd. Wij houden de buurt via de wijkapp op de hoogte
        als die pompen worden ingezet."""),
    H("Communicatie en vervolg", 2),
    P("""Bewoners van Zuid-Oost ontvangen in mei een nieuwsbrief met de uitkomsten van de
        bewonersbijeenkomst en de planning. Voor de start van de werkzaamheden organiseren wij een
        inloopavond per straat. Wij informeren u met de volgende voortgangsbrief, uiterlijk in
        [[oktober 2026|date=]], over de aanbesteding en de definitieve planning."""),
    P("""Met vriendelijke groet,"""),
    P("""Burgemeester en wethouders van Lindewaarde, de secretaris, drs. M.A. Dijkhuis, de
        burgemeester, mr. H.J. Verbeek"""),
]


# --------------------------------------------------------------------------- zienswijze VR

VR = [
    H("Raadsvoorstel", 0),
    FIELDS(
        [
            ("Onderwerp", "Zienswijze ontwerpbegroting 2027 Veiligheidsregio Midden-Waardland"),
            ("Voorstelnummer", "2026-044"),
            ("Datum college", "[[24 maart 2026]]"),
            ("Raadsvergadering", "[[16 april 2026]]"),
            ("Portefeuillehouder", "burgemeester mr. H.J. Verbeek"),
            ("Registratie", "Z/26/018342"),
        ]
    ),
    H("Beslispunten", 1),
    P("De raad besluit:"),
    L(
        [
            """kennis te nemen van de ontwerpbegroting 2027 en de meerjarenraming 2028-2030 van
            de Veiligheidsregio Midden-Waardland;""",
            """in te stemmen met de bijgevoegde zienswijze, waarin de raad aandringt op beheersing
            van de kostenstijging en op een actuele risicoparagraaf;""",
            """de verhoging van de gemeentelijke bijdrage met [[€ 97.600]] te verwerken in de
            kadernota 2027.""",
        ],
        "numbered",
        facts="decision",
    ),
    H("Inleiding", 1),
    P("""De Veiligheidsregio Midden-Waardland is een gemeenschappelijke regeling van elf
        gemeenten in Midden-Waardland en het oosten van Noord-Brabant. Zij verzorgt de brandweerzorg, de geneeskundige hulpverlening bij rampen en
        de crisisbeheersing in de regio. Op grond van de Wet gemeenschappelijke regelingen zendt
        het dagelijks bestuur de ontwerpbegroting acht weken voordat het algemeen bestuur
        daarover besluit aan de raden van de deelnemende gemeenten. De raden kunnen daarover hun
        zienswijze naar voren brengen."""),
    P("""Wij ontvingen de ontwerpbegroting 2027 op [[13 februari 2026]]. Uw zienswijze moet
        [[uiterlijk 15 juni 2026]] bij de veiligheidsregio binnen zijn. Het algemeen bestuur stelt
        de begroting vast op [[2 juli 2026]]."""),
    H("Toelichting", 1),
    H("Wat staat er in de ontwerpbegroting?", 2),
    P("""De ontwerpbegroting 2027 sluit met een totaal aan lasten van [[EUR 61,3 miljoen]]. De
        bijdragen van de gemeenten stijgen met gemiddeld 4,7 procent. De stijging komt vooral door
        hogere loonkosten na de nieuwe cao, duurdere brandstof en onderhoud van het materieel, en
        de vervanging van de meldkamerapparatuur. Daarnaast investeert de veiligheidsregio in
        twee nieuwe tankautospuiten voor de kazernes in Oosterveld en Berkhoven."""),
    P("""Voor Lindewaarde stijgt de bijdrage van [[€ 2.086.700]] in 2026 naar [[€ 2.184.300]] in
        2027, een stijging van [[€ 97.600]]. In de meerjarenraming loopt de bijdrage op naar
        ruim [[€ 2,3 miljoen]] in 2030."""),
    T(
        [
            ["Bijdrage Lindewaarde", "2026", "2027", "2028", "2030"],
            [
                "Brandweerzorg",
                "[[€ 1.702.400]]",
                "[[€ 1.781.900]]",
                "[[€ 1.829.000]]",
                "[[€ 1.912.500]]",
            ],
            [
                "GHOR en crisisbeheersing",
                "[[€ 244.100]]",
                "[[€ 255.300]]",
                "[[€ 261.800]]",
                "[[€ 270.200]]",
            ],
            [
                "Meldkamer en overhead",
                "[[€ 140.200]]",
                "[[€ 147.100]]",
                "[[€ 150.400]]",
                "[[€ 156.900]]",
            ],
            ["Totaal", "[[€ 2.086.700]]", "[[€ 2.184.300]]", "[[€ 2.241.200]]", "[[€ 2.339.600]]"],
        ],
        widths=[190, 70, 70, 70, 70],
    ),
    H("Waarom een zienswijze?", 2),
    P("""De stijging van de bijdrage is hoger dan de indexatie die de gemeenten in de
        kaderbrief van de veiligheidsregio hebben afgesproken (3,2 procent). Wij begrijpen dat de
        loonkosten en de prijzen fors zijn gestegen, maar vinden dat het dagelijks bestuur
        eerst moet zoeken naar besparingen binnen de eigen organisatie. Ook ontbreekt in de
        risicoparagraaf een actuele inschatting van de gevolgen van de landelijke
        herziening van de brandweerzorgnormen."""),
    P("""Wij stellen daarom voor in te stemmen met de ontwerpbegroting, met een zienswijze die
        op drie punten aandringt:"""),
    L(
        [
            "houd de stijging van de gemeentelijke bijdragen vanaf 2028 binnen de afgesproken indexatie;",
            "actualiseer de risicoparagraaf en neem daarin de gevolgen van de nieuwe normen op;",
            "informeer de raden tijdig en volledig over de investeringen in de meldkamer.",
        ],
        "dash",
    ),
    H("Financiële gevolgen", 1),
    P("""De hogere bijdrage van [[€ 97.600]] is niet opgenomen in de meerjarenbegroting
        2026-2029. Wij verwerken deze in de kadernota 2027 en dekken de stijging uit de
        algemene middelen. Het weerstandsvermogen van de gemeente blijft daarmee voldoende."""),
    H("Risico's en weerstandsvermogen", 2),
    P("""De veiligheidsregio heeft een algemene reserve van [[€ 1,8 miljoen]], ongeveer 3 procent
        van de begroting. Dat is binnen de bandbreedte die het algemeen bestuur heeft afgesproken.
        In de risicoparagraaf worden de belangrijkste risico's genoemd: hogere loonkosten, de
        vervanging van de meldkamersystemen en de beschikbaarheid van vrijwillige brandweerlieden.
        De gevolgen van de landelijke herziening van de normen voor de brandweerzorg zijn nog
        niet in beeld. Daarom vragen wij in de zienswijze om een actuele risicoparagraaf."""),
    H("Relatie met de kadernota", 2),
    P("""In de kadernota 2027 houden wij rekening met de hogere bijdrage aan de veiligheidsregio.
        De bijdrage aan gemeenschappelijke regelingen neemt in 2027 in totaal toe met
        [[€ 214.000]], waarvan [[€ 97.600]] voor de veiligheidsregio. Wij komen in de kadernota
        met een voorstel om deze stijging op te vangen zonder de lokale lasten te verhogen."""),
    H("Vervolg", 1),
    P("""Na uw besluit sturen wij de zienswijze namens de raad aan het dagelijks bestuur van de
        veiligheidsregio. Het algemeen bestuur reageert bij de vaststelling van de begroting op
        de ingediende zienswijzen. Wij informeren u daarna over de uitkomst."""),
    BREAK,
    H("Bijlage: concept-zienswijze", 1),
    P("""Aan het dagelijks bestuur van de Veiligheidsregio Midden-Waardland"""),
    P("""Onderwerp: zienswijze ontwerpbegroting 2027"""),
    P("""Geacht bestuur,"""),
    P("""Op [[13 februari 2026]] ontvingen wij de ontwerpbegroting 2027 en de meerjarenraming
        2028-2030. De raad van Lindewaarde heeft deze in de vergadering van [[16 april 2026]]
        besproken en brengt daarover de volgende zienswijze naar voren. De raad stemt in met de
        ontwerpbegroting, maar maakt zich zorgen over de stijging van de bijdragen, die boven
        de afgesproken indexatie uitkomt. De raad vraagt u vanaf 2028 binnen de indexatie te
        blijven, de risicoparagraaf te actualiseren en de raden tijdig te informeren over de
        investeringen in de meldkamer."""),
    P("""Hoogachtend, de raad van de gemeente Lindewaarde, de griffier, mr. L. de Groot-Hermans,
        de voorzitter, mr. H.J. Verbeek"""),
]


# --------------------------------------------------------------------------- kindcentrum

KC = [
    H("Raadsvoorstel", 0),
    P("Krediet nieuwbouw Kindcentrum De Vlonder", bold=True, size=14),
    FIELDS(
        [
            ("Voorstelnummer", "2026-039"),
            ("Datum", "[[24 maart 2026]]"),
            ("Raadsvergadering", "[[16 april 2026]]"),
            ("Portefeuillehouder", "wethouder S. El Khatib"),
            ("Programma", "2 Onderwijs, Jeugd en Sport"),
            ("Bijlage", "Investeringsraming Kindcentrum De Vlonder"),
        ],
        bold_labels=False,
    ),
    H("Gevraagd besluit", 1),
    P("Wij stellen u voor te besluiten:"),
    L(
        [
            """een krediet van [[€ 9.715.000]] beschikbaar te stellen voor de nieuwbouw van
            Kindcentrum De Vlonder aan de Vlonderweg in Oosterveld;""",
            """het in het Integraal Huisvestingsplan Onderwijs 2023-2038 gereserveerde bedrag van
            [[€ 7.400.000]] hierin te laten opgaan;""",
            """de jaarlijkse kapitaallasten van [[€ 318.400]] vanaf 2028 te dekken uit de stelpost
            onderwijshuisvesting en de algemene middelen;""",
            """de begrotingswijziging 2026-05 vast te stellen.""",
        ],
        "numbered",
        facts="decision",
    ),
    H("Aanleiding", 1),
    P("""Basisschool De Vlonder en kinderdagverblijf Het Kikkerhuis zitten in Oosterveld in twee
        gebouwen uit 1968 en 1974. Beide gebouwen zijn technisch en functioneel verouderd. Het
        binnenklimaat is slecht: in de zomer loopt de temperatuur in de lokalen op tot boven de
        28 graden en de ventilatie voldoet niet aan de eisen van Frisse Scholen klasse B. In het
        Integraal Huisvestingsplan Onderwijs (IHP) is de nieuwbouw van een integraal kindcentrum
        daarom voor 2026 en 2027 gepland."""),
    P("""Bij de vaststelling van het IHP in 2023 hebben wij een bedrag van [[€ 7.400.000]]
        gereserveerd. Sindsdien zijn de bouwkosten sterk gestegen en zijn de eisen aan duurzaamheid
        en binnenklimaat aangescherpt. Een nieuwe raming laat zien dat voor de nieuwbouw
        [[€ 9.715.000]] nodig is. Wij vragen u daarom het volledige krediet beschikbaar te stellen."""),
    H("Wat willen we bereiken?", 1),
    P("""Wij willen dat kinderen in Oosterveld in een gezond, veilig en duurzaam gebouw kunnen
        leren, spelen en opgroeien. Het kindcentrum biedt onderwijs, kinderopvang en
        peuteropvang onder één dak en is ook 's avonds beschikbaar voor de buurt. Concreet
        betekent dit:"""),
    L(
        [
            "ruimte voor 320 leerlingen en 60 kindplaatsen in de opvang;",
            "een gebouw dat voldoet aan Frisse Scholen klasse B en bijna energieneutraal is;",
            "een groen en uitdagend schoolplein dat ook buiten schooltijd open is;",
            "een veilige schoolroute met een ruime fietsenstalling en een kiss-and-ride-strook.",
        ]
    ),
    H("Wat gaan we daarvoor doen?", 1),
    P("""De huidige gebouwen worden gesloopt. Op dezelfde plek komt een nieuw gebouw van
        ongeveer 2.450 vierkante meter bruto vloeroppervlak in twee bouwlagen. Tijdens de bouw
        krijgen de school en de opvang tijdelijke huisvesting in units op het sportveld aan de
        Vlonderweg. Deze werkwijze is eerder toegepast bij de bouw van Kindcentrum Zuid-Oost en
        is daar goed bevallen. Het schoolbestuur, Stichting Primair Onderwijs Lindewaarde, is bouwheer en
        voert de aanbesteding uit. De gemeente betaalt het krediet uit op basis van
        voortgangsrapportages."""),
    P("""Het ontwerp is gemaakt samen met het team van de school, de ouders, de kinderopvang en
        omwonenden. De leerlingenraad heeft meegedacht over het schoolplein. Het definitief
        ontwerp is gereed. De planning is als volgt:"""),
    L(
        [
            "aanbesteding van de bouw: [[april 2026|date=]] tot en met [[juni 2026|date=]];",
            "plaatsing tijdelijke huisvesting en verhuizing: [[zomervakantie 2026|date=]];",
            "sloop van de oude gebouwen: vanaf [[1 september 2026]];",
            "oplevering van het kindcentrum: [[voor de start van het schooljaar 2027-2028|date=]].",
        ],
        "dash",
    ),
    H("Wat mag het kosten?", 1),
    P("""De totale kosten van de nieuwbouw zijn geraamd op [[€ 9.715.000]], inclusief sloop,
        tijdelijke huisvesting en inrichting van het schoolplein. De investeringsraming is als
        bijlage bij dit voorstel gevoegd. Het schoolbestuur draagt [[€ 350.000]] bij voor extra
        duurzaamheidsmaatregelen, zoals een warmtepomp met bodemopslag. Dat bedrag is in
        mindering gebracht op de investering."""),
    T(
        [
            ["Onderdeel", "Bedrag"],
            ["Nieuwbouw kindcentrum (bouwkosten)", "[[€ 7.865.000]]"],
            ["Sloop en asbestsanering", "[[€ 410.000]]"],
            ["Tijdelijke huisvesting", "[[€ 640.000]]"],
            ["Schoolplein en buitenruimte", "[[€ 380.000]]"],
            ["Advies, leges en onvoorzien", "[[€ 770.000]]"],
            ["Bijdrage schoolbestuur", "[[€ -350.000|eur=-350000]]"],
            ["Totaal krediet", "[[€ 9.715.000]]"],
        ],
        widths=[300, 120],
    ),
    P("""De jaarlijkse kapitaallasten bedragen [[€ 318.400]]. Daarvan is [[€ 241.000]] al
        opgenomen in de stelpost onderwijshuisvesting. Het verschil van [[€ 77.400]] dekken wij
        uit de algemene middelen. Dit is verwerkt in begrotingswijziging 2026-05."""),
    H("Duurzaamheid", 2),
    P("""Het kindcentrum wordt gebouwd volgens de eisen voor bijna energieneutrale gebouwen, met
        een marge van 20 procent. Het gebouw krijgt een warmtepomp met bodemopslag, zonnepanelen
        op het dak en een installatie voor gebalanceerde ventilatie met CO2-sturing per lokaal.
        Het dak wordt deels begroeid en regenwater wordt opgevangen voor de toiletspoeling en
        het schoolplein. Bij de sloop worden de materialen zoveel mogelijk hergebruikt; de
        aannemer moet aantonen dat ten minste 90 procent van het sloopmateriaal een nieuwe
        toepassing krijgt."""),
    H("Aanbesteding", 2),
    P("""Het schoolbestuur besteedt de bouw aan via een meervoudig onderhandse procedure met
        vijf aannemers uit de regio. De gunning gebeurt op basis van de beste prijs-kwaliteit
        verhouding, waarbij de kwaliteit voor 40 procent meeweegt. De kwaliteitscriteria zijn de
        veiligheid rond de school tijdens de bouw, de beperking van overlast voor de buurt en
        de duurzaamheid van het bouwproces. De gemeente neemt deel aan de beoordelingscommissie
        als toehoorder."""),
    H("Wat zijn de risico's?", 1),
    P("""De bouwmarkt is nog altijd onrustig. De raming bevat een post onvoorzien van [[€ 172.000]].
        Valt de aanbesteding hoger uit dan het krediet, dan komen wij met een aanvullend voorstel
        naar uw raad. Bij de sloop kan meer asbest worden aangetroffen dan uit het onderzoek
        blijkt; daarvoor is een stelpost opgenomen van [[€ 60.000]]. Een vertraging van de
        sloop heeft gevolgen voor de tijdelijke huisvesting, die per maand ongeveer
        [[€ 18.500]] kost."""),
    H("Hoe betrekken we inwoners?", 1),
    P("""Omwonenden zijn bij het ontwerp betrokken via twee inloopavonden en een klankbordgroep.
        Zij hebben vooral aandacht gevraagd voor het parkeren en halen en brengen. Daarom komt er
        een kiss-and-ride-strook aan de Vlonderweg en wordt de schoolzone heringericht. Tijdens
        de bouw houdt de aannemer de buurt op de hoogte via een nieuwsbrief en een
        bouwapp."""),
    H("Juridische aspecten", 1),
    P("""De gemeente is op grond van de Wet op het primair onderwijs verantwoordelijk voor de
        huisvesting van het onderwijs. De bekostiging verloopt via de Verordening voorzieningen
        huisvesting onderwijs Lindewaarde. Het schoolbestuur is bouwheer en wordt na oplevering
        juridisch eigenaar van het gebouw. Als het gebouw niet meer voor onderwijs wordt
        gebruikt, valt het terug aan de gemeente. Met de kinderopvangorganisatie sluit de
        gemeente een huurovereenkomst voor het deel van het gebouw dat voor opvang wordt
        gebruikt. Voor de nieuwbouw is een omgevingsvergunning nodig; het bouwplan past binnen
        het omgevingsplan."""),
    H("Hoe verder?", 1),
    P("""Na uw besluit gunt het schoolbestuur de bouwopdracht. Wij informeren u via de
        reguliere planning-en-controlcyclus over de voortgang en de uitputting van het
        krediet."""),
    P("""Burgemeester en wethouders van Lindewaarde, de secretaris, drs. M.A. Dijkhuis, de
        burgemeester, mr. H.J. Verbeek"""),
]

KC_BIJLAGE = [
    H("Investeringsraming Kindcentrum De Vlonder", 0),
    P("""Bijlage bij raadsvoorstel 2026-039. Raming op basis van het definitief ontwerp, prijspeil
        [[1 januari 2026]], bedragen exclusief btw. Opgesteld door Bouwkostenbureau Hendrix in
        opdracht van Stichting Primair Onderwijs Lindewaarde, versie van [[9 maart 2026]]."""),
    H("1 Uitgangspunten", 1),
    L(
        [
            "bruto vloeroppervlak 2.450 m², waarvan 1.980 m² voor onderwijs en 470 m² voor opvang;",
            "normbedrag per m² volgens de Verordening voorzieningen huisvesting onderwijs, verhoogd met de actuele bouwindex;",
            "duurzaamheid: Frisse Scholen klasse B, energieprestatie BENG-eisen met 20 procent marge;",
            "geen kosten voor grondverwerving: de grond is eigendom van de gemeente.",
        ]
    ),
    H("2 Raming bouwkosten", 1),
    T(
        [
            ["Code", "Onderdeel", "Hoeveelheid", "Eenheidsprijs", "Bedrag"],
            ["21", "Buitenwanden en gevels", "1.640 m²", "[[€ 612]]", "[[€ 1.003.700]]"],
            ["22", "Binnenwanden", "2.110 m²", "[[€ 148]]", "[[€ 312.300]]"],
            ["23", "Vloeren en trappen", "2.450 m²", "[[€ 265]]", "[[€ 649.300]]"],
            ["27", "Daken inclusief groendak", "1.310 m²", "[[€ 395]]", "[[€ 517.500]]"],
            ["28", "Hoofddraagconstructie", "2.450 m²", "[[€ 410]]", "[[€ 1.004.500]]"],
            ["31-34", "Werktuigbouwkundige installaties", "1 post", "", "[[€ 1.472.000]]"],
            ["41-44", "Elektrotechnische installaties", "1 post", "", "[[€ 684.000]]"],
            ["51-56", "Vaste voorzieningen en afbouw", "1 post", "", "[[€ 918.200]]"],
            ["61-64", "Losse inventaris", "1 post", "", "[[€ 235.000]]"],
            ["", "Algemene kosten, winst en risico", "15,7%", "", "[[€ 1.068.500]]"],
            ["", "Subtotaal bouwkosten", "", "", "[[€ 7.865.000]]"],
        ],
        widths=[45, 180, 70, 70, 85],
    ),
    H("3 Bijkomende kosten", 1),
    T(
        [
            ["Onderdeel", "Toelichting", "Bedrag"],
            ["Sloop", "Twee gebouwen, inclusief funderingen", "[[€ 285.000]]"],
            ["Asbestsanering", "Volgens inventarisatie type A, met stelpost", "[[€ 125.000]]"],
            [
                "Tijdelijke huisvesting",
                "Huur units 14 maanden, plaatsing en verwijdering",
                "[[€ 640.000]]",
            ],
            ["Schoolplein", "Groen schoolplein met waterspeelplaats", "[[€ 380.000]]"],
            ["Advieskosten", "Architect, constructeur, installatieadviseur", "[[€ 512.000]]"],
            ["Leges en aansluitingen", "Omgevingsvergunning, netaansluiting", "[[€ 86.000]]"],
            ["Onvoorzien", "Aanvullend op de risico-opslag in de bouwkosten", "[[€ 172.000]]"],
        ],
        widths=[120, 230, 90],
    ),
    H("4 Samenvatting investering", 1),
    T(
        [
            ["Post", "Bedrag"],
            ["Bouwkosten", "[[€ 7.865.000]]"],
            ["Sloop en asbestsanering", "[[€ 410.000]]"],
            ["Tijdelijke huisvesting", "[[€ 640.000]]"],
            ["Schoolplein en buitenruimte", "[[€ 380.000]]"],
            ["Advies, leges en onvoorzien", "[[€ 770.000]]"],
            ["Bruto investering", "[[€ 10.065.000]]"],
            ["Bijdrage schoolbestuur duurzaamheid", "[[€ -350.000|eur=-350000]]"],
            ["Netto krediet", "[[€ 9.715.000]]"],
        ],
        widths=[300, 120],
    ),
    H("5 Kapitaallasten", 1),
    P("""De kapitaallasten zijn berekend met een rente van 2,5 procent en lineaire afschrijving.
        Het gebouw wordt in 40 jaar afgeschreven, de installaties in 20 jaar en de inventaris in
        10 jaar. De tijdelijke huisvesting en de sloop worden niet geactiveerd maar komen ten laste
        van de reserve onderwijshuisvesting, zoals de nota activabeleid voorschrijft."""),
    T(
        [
            ["Onderdeel", "Investering", "Termijn", "Kapitaallasten eerste jaar"],
            ["Gebouw", "[[€ 5.894.000]]", "40 jaar", "[[€ 294.700]]"],
            ["Installaties", "[[€ 2.156.000]]", "20 jaar", "[[€ 161.700]]"],
            ["Inventaris en schoolplein", "[[€ 615.000]]", "10 jaar", "[[€ 76.900]]"],
            ["Af: bestaande lasten oude gebouwen", "", "", "[[€ -214.900|eur=-214900]]"],
            ["Totaal", "", "", "[[€ 318.400]]"],
        ],
        widths=[170, 100, 70, 120],
    ),
    P("""Het aandeel van de kinderopvang in de investering wordt via een huurovereenkomst met de
        opvangorganisatie terugverdiend. De huur bedraagt [[€ 41.300]] per jaar, geïndexeerd. Deze
        opbrengst is nog niet in de kapitaallasten verwerkt en wordt meegenomen in de
        begroting 2028."""),
]


# --------------------------------------------------------------------------- verordening fietsparkeren

FP = [
    H("Raadsvoorstel 2026-045", 0),
    FIELDS(
        [
            ("Onderwerp", "Verordening fietsparkeren Stationsgebied Lindewaarde 2026"),
            ("Datum", "[[24 maart 2026]]"),
            ("Raadsvergadering", "[[16 april 2026]]"),
            ("Portefeuillehouder", "wethouder R. Kampman"),
            ("Programma", "3 Ruimte, Wonen en Mobiliteit"),
        ],
        label_width=130,
    ),
    H("Samenvatting", 1),
    P("""Rond het station staan veel fietsen buiten de rekken en lang gestalde fietsen, zogenoemde
        weesfietsen. Dat belemmert de doorgang en maakt het moeilijk een plek te vinden. Met een
        eigen verordening voor het stationsgebied kunnen wij fietsparkeerzones aanwijzen, een
        maximale parkeerduur instellen en foutgeparkeerde en lang gestalde fietsen verwijderen.
        De verordening vervangt voor het stationsgebied de algemene regels in de Algemene
        Plaatselijke Verordening."""),
    H("Voorstel", 1),
    P("De raad besluit:"),
    L(
        [
            """de Verordening fietsparkeren Stationsgebied Lindewaarde 2026 vast te stellen;""",
            """artikel 5:12 van de Algemene Plaatselijke Verordening Lindewaarde 2024 niet langer
            van toepassing te laten zijn op het stationsgebied;""",
            """de verordening in werking te laten treden op [[1 juli 2026]].""",
        ],
        "numbered",
        facts="decision",
    ),
    H("Inleiding", 1),
    P("""In de bestaande stallingen bij het station staan op een gemiddelde werkdag meer dan
        2.300 fietsen, terwijl er 1.650 plekken zijn. Bij tellingen in 2025 stonden er gemiddeld
        410 fietsen buiten de rekken en was ongeveer 12 procent van de gestalde fietsen langer dan
        vier weken niet gebruikt. Handhavers kunnen nu alleen optreden op basis van de algemene
        regels in de APV, die niet zijn toegesneden op de situatie bij het station."""),
    H("Argumenten", 1),
    H("1.1 Een eigen verordening maakt gerichte handhaving mogelijk", 3),
    P("""De verordening maakt het mogelijk om in het stationsgebied zones aan te wijzen waar
        fietsen alleen in de rekken mogen staan, en om een maximale parkeerduur van veertien
        dagen in te stellen. Handhavers kunnen fietsen die daar niet aan voldoen labelen en na
        een waarschuwingstermijn verwijderen."""),
    H("1.2 De verordening sluit aan bij de herinrichting", 3),
    P("""Als de ondergrondse stalling gereed is, zijn er voldoende plekken voor alle fietsers.
        Juist dan is het belangrijk dat de stallingen niet vollopen met weesfietsen. Door de
        regels nu al in te voeren, raken fietsers aan de nieuwe regels gewend en kunnen wij de
        aanpak tijdens de bouw verfijnen."""),
    H("Kanttekeningen", 1),
    P("""Het verwijderen van fietsen roept soms weerstand op. Wij communiceren daarom vooraf
        duidelijk over de regels, met borden bij de stallingen, berichten op de website en
        informatie in de treinen van NS. Een fiets wordt pas verwijderd na een waarschuwing met
        een label, met een termijn van ten minste zeven dagen."""),
    H("Financiën", 1),
    P("""De kosten van de handhaving, het verwijderen en het bewaren van fietsen worden geraamd op
        [[€ 38.000]] per jaar. Daar staan opbrengsten tegenover uit de kosten die eigenaren
        betalen bij het ophalen van hun fiets en uit de verkoop van niet opgehaalde fietsen via
        een kringloopbedrijf, samen naar verwachting [[€ 9.500]] per jaar. Het verschil van
        [[€ 28.500]] past binnen het bestaande budget voor handhaving openbare ruimte."""),
    H("Uitvoering en communicatie", 1),
    P("""Na vaststelling maken wij de verordening bekend in het Gemeenteblad. In [[juni 2026|date=]]
        plaatsen wij borden bij de stallingen en voeren wij een voorlichtingscampagne. Vanaf de
        inwerkingtreding controleren de handhavers twee keer per week. Na een jaar evalueren wij
        de regels en de uitvoering en informeren wij uw raad over de uitkomsten."""),
    P("""Burgemeester en wethouders van Lindewaarde, de secretaris, drs. M.A. Dijkhuis, de
        burgemeester, mr. H.J. Verbeek"""),
]

FP_VERORDENING = [
    H("Verordening fietsparkeren Stationsgebied Lindewaarde 2026", 0),
    P("De raad van de gemeente Lindewaarde;"),
    P("""gelezen het voorstel van burgemeester en wethouders van [[24 maart 2026]], nummer
        2026-045;"""),
    P("""gelet op artikel 149 van de Gemeentewet en artikel 5:21 van de Algemene wet
        bestuursrecht;"""),
    P("besluit:", bold=True),
    P(
        """vast te stellen de Verordening fietsparkeren Stationsgebied Lindewaarde 2026.""",
        decision="1",
    ),
    H("Hoofdstuk 1 Algemene bepalingen", 1),
    H("Artikel 1 Begripsbepalingen", 3),
    P("In deze verordening wordt verstaan onder:"),
    L(
        [
            """fiets: een rijwiel, een elektrische fiets, een bakfiets of een driewieler, met
            uitzondering van een snorfiets en een bromfiets;""",
            """fietsparkeervoorziening: een rek, een nietje, een vak of een ander voorwerp of
            gebied dat door het college is aangewezen om fietsen te plaatsen;""",
            """fietsparkeerzone: een door het college aangewezen gebied binnen het stationsgebied
            waar fietsen alleen in een fietsparkeervoorziening mogen worden geplaatst;""",
            """stationsgebied: het gebied dat is aangegeven op de kaart die als bijlage bij deze
            verordening hoort;""",
            """weesfiets: een fiets die langer dan de maximale parkeerduur op dezelfde plaats staat
            of die kennelijk niet meer wordt gebruikt;""",
            """bewaarplaats: de plaats waar verwijderde fietsen door de gemeente worden
            bewaard.""",
        ],
        "alpha",
    ),
    H("Artikel 2 Aanwijzing fietsparkeerzones", 3),
    L(
        [
            """Het college kan binnen het stationsgebied fietsparkeerzones aanwijzen.""",
            """Het college maakt de aanwijzing bekend in het Gemeenteblad en geeft de grenzen van
            een fietsparkeerzone ter plaatse duidelijk aan.""",
        ],
        "numbered",
    ),
    H("Hoofdstuk 2 Regels voor het parkeren van fietsen", 1),
    H("Artikel 3 Parkeren buiten voorzieningen", 3),
    L(
        [
            """Het is verboden in een fietsparkeerzone een fiets te plaatsen of te laten staan
            buiten een fietsparkeervoorziening.""",
            """Het verbod is niet van toepassing op het kortdurend plaatsen van een fiets door een
            persoon die bij de fiets blijft.""",
        ],
        "numbered",
    ),
    H("Artikel 4 Maximale parkeerduur", 3),
    L(
        [
            """Het is verboden een fiets langer dan veertien achtereenvolgende dagen te plaatsen of
            te laten staan in een fietsparkeervoorziening in het stationsgebied.""",
            """Voor de bewaakte fietsenstalling kan het college een langere termijn vaststellen,
            van ten hoogste 28 dagen.""",
        ],
        "numbered",
    ),
    H("Hoofdstuk 3 Handhaving", 1),
    H("Artikel 5 Verwijderen van fietsen", 3),
    L(
        [
            """Het college is bevoegd een fiets die in strijd met artikel 3 of artikel 4 is
            geplaatst te verwijderen en over te brengen naar de bewaarplaats.""",
            """Een weesfiets wordt niet eerder verwijderd dan zeven dagen nadat aan de fiets een
            waarschuwingslabel is bevestigd.""",
            """Een fiets die een gevaar of ernstige belemmering vormt, kan direct worden
            verwijderd.""",
        ],
        "numbered",
    ),
    H("Artikel 6 Kosten", 3),
    P("""De eigenaar betaalt bij het ophalen van een verwijderde fiets een bedrag van
        [[€ 27,50]] aan kosten voor het verwijderen en bewaren. Voor een bakfiets of driewieler
        bedraagt dit [[€ 45,-]]."""),
    H("Artikel 7 Bewaartermijn", 3),
    P("""Een verwijderde fiets wordt ten minste dertien weken bewaard. Na afloop van die termijn
        kan het college de fiets verkopen, om niet aan een derde in eigendom overdragen of laten
        vernietigen."""),
    H("Artikel 8 Ontheffing", 3),
    P("""Het college kan ontheffing verlenen van de verboden in de artikelen 3 en 4, bijvoorbeeld
        voor evenementen of voor fietsen van deelfietsaanbieders met een vergunning."""),
    H("Hoofdstuk 4 Slotbepalingen", 1),
    H("Artikel 9 Toezicht", 3),
    P("""Met het toezicht op de naleving van deze verordening zijn belast de door het college
        aangewezen toezichthouders."""),
    H("Artikel 10 Inwerkingtreding", 3),
    P("""Deze verordening treedt in werking op [[1 juli 2026]]."""),
    H("Artikel 11 Citeertitel", 3),
    P("""Deze verordening wordt aangehaald als: Verordening fietsparkeren Stationsgebied
        Lindewaarde 2026."""),
    P("""Aldus vastgesteld in de openbare vergadering van [[16 april 2026]]."""),
    P("""De griffier, mr. L. de Groot-Hermans. De voorzitter, mr. H.J. Verbeek."""),
    H("Toelichting", 1),
    H("Algemeen", 2),
    P("""Deze verordening geeft regels voor het parkeren van fietsen in het stationsgebied. Het
        doel is de doorgang voor voetgangers vrij te houden, de beschikbare plekken eerlijk te
        verdelen en weesfietsen tijdig te verwijderen. De verordening is een aanvulling op de
        Algemene Plaatselijke Verordening en gaat daarvoor in het stationsgebied in de
        plaats."""),
    H("Artikelsgewijs", 2),
    P("""Artikel 4. De maximale parkeerduur van veertien dagen is ruim genoeg voor reizigers die
        een week of langer op reis gaan, en kort genoeg om weesfietsen snel op te sporen. Voor de
        bewaakte stalling kan een langere termijn gelden, omdat de beheerder daar zicht heeft op
        de gestalde fietsen."""),
    P("""Artikel 5. Het labelen van een fiets met een waarschuwing geeft de eigenaar de
        gelegenheid de fiets zelf te verplaatsen. Direct verwijderen is alleen toegestaan als
        een fiets de doorgang of de veiligheid ernstig belemmert, bijvoorbeeld bij een
        nooduitgang of een geleidelijn."""),
]


# --------------------------------------------------------------------------- motie en amendement

MOTIE = [
    H("Motie M9.2", 0),
    P("Veilige fietsroute Spoorlaan", bold=True, size=14),
    FIELDS(
        [
            ("Raadsvergadering", "[[16 april 2026]]"),
            ("Agendapunt", "9. Herinrichting Stationsgebied Lindewaarde"),
            ("Indieners", "CDA, ChristenUnie, VVD"),
        ]
    ),
    P("""De raad van de gemeente Lindewaarde, in vergadering bijeen op [[16 april 2026]],
        behandelend het raadsvoorstel Herinrichting Stationsgebied Lindewaarde (2026-041),"""),
    P("constaterende dat:", bold=True),
    L(
        [
            """het busstation in de voorkeursvariant naar de Spoorlaan verhuist en het aantal
            busbewegingen op de Spoorlaan daardoor verdubbelt tot ongeveer 420 per dag;""",
            """de Spoorlaan de belangrijkste fietsroute is voor scholieren van het Waardland
            College en het Oosterveld Lyceum, met in de ochtendspits meer dan 1.100 fietsers;""",
            """in het raadsvoorstel een vrijliggend fietspad op de Spoorlaan pas in fase 2 wordt
            'onderzocht', terwijl de bussen al in fase 1 gaan rijden;""",
        ],
        "dash",
    ),
    P("overwegende dat:", bold=True),
    L(
        [
            """scholieren en bussen elkaar op een smalle weg niet horen te ontmoeten;""",
            """de kosten van een vrijliggend fietspad naar schatting [[€ 480.000]] bedragen en
            deze kosten lager zijn als het fietspad tegelijk met de busbaan wordt aangelegd;""",
            """de fietsersbond afdeling Lindewaarde en de ouderraden van beide scholen hebben
            gevraagd de fietsveiligheid voorop te zetten;""",
        ],
        "dash",
    ),
    P("verzoekt het college:", bold=True),
    L(
        [
            """een vrijliggend, tweerichtingen fietspad op de Spoorlaan op te nemen in het
            ontwerp van fase 1 en dit gelijktijdig met de busbaan aan te leggen;""",
            """de raad [[voor 1 oktober 2026]] te informeren over het ontwerp, de kosten en de
            dekking, waarbij de bijdrage uit het Rijksprogramma Fietsparkeren en de provinciale
            fietssubsidie worden betrokken;""",
            """tot de aanleg van het fietspad tijdelijke maatregelen te nemen, zoals een lagere
            snelheid en verkeersregelaars rond de schooltijden;""",
        ],
        "numbered",
        facts="decision",
    ),
    P("en gaat over tot de orde van de dag."),
    T(
        [
            ["Naam", "Fractie"],
            ["P. Mulder", "CDA"],
            ["E. de Wit", "ChristenUnie"],
            ["K. van Eijk-Schellekens", "VVD"],
        ],
        widths=[200, 200],
    ),
]

AMENDEMENT = [
    H("Amendement A9.1", 0),
    P("Meer groen op het Stationsplein", bold=True, size=14),
    FIELDS(
        [
            ("Raadsvergadering", "[[16 april 2026]]"),
            ("Agendapunt", "9. Herinrichting Stationsgebied Lindewaarde (raadsvoorstel 2026-041)"),
            ("Indieners", "D66, GroenLinks-PvdA"),
        ]
    ),
    P("""De raad van de gemeente Lindewaarde, in vergadering bijeen op [[16 april 2026]],
        gelezen het voorstel van burgemeester en wethouders van [[17 maart 2026]] over de
        herinrichting van het stationsgebied,"""),
    P("""besluit het ontwerpbesluit te wijzigen als volgt:""", bold=True),
    L(
        [
            """Aan beslispunt 1 wordt toegevoegd: ', met dien verstande dat ten minste 40 procent
            van het nieuwe Stationsplein onverhard en groen wordt ingericht, met ruimte voor
            waterberging en schaduwrijke bomen';""",
            """In beslispunt 2 wordt '[[€ 2.450.000]]' vervangen door '[[€ 2.530.000]]', zodat het
            ontwerp van de groene inrichting en een bomeneffectanalyse in de voorbereiding
            worden meegenomen.""",
        ],
        "numbered",
        facts="decision",
    ),
    P("Toelichting", bold=True),
    P("""In de Gebiedsvisie Stationsgebied heeft de raad uitgesproken dat het stationsgebied
        'een groene entree' moet worden. Variant B biedt daarvoor de ruimte, maar het Programma
        van Eisen noemt geen minimum voor het groene deel van het plein. Met dit amendement legt
        de raad een ondergrens vast. De extra voorbereidingskosten van [[€ 80.000]] zijn nodig
        voor het ontwerp van de groene inrichting en voor bodemonderzoek naar de
        groeiplaatsen van nieuwe bomen. Deze kosten kunnen worden gedekt uit de post onvoorzien
        binnen het totale budget van [[€ 14,6 miljoen]]."""),
    T(
        [
            ["Naam", "Fractie"],
            ["A. Bouzid", "D66"],
            ["J. Terpstra", "GroenLinks-PvdA"],
        ],
        widths=[200, 200],
    ),
]


# --------------------------------------------------------------------------- stationsgebied

SG_DECISIONS = [
    """in te stemmen met het Programma van Eisen Herinrichting Stationsgebied en variant B
    'Stationspark' vast te stellen als voorkeursvariant voor de verdere uitwerking;""",
    """een voorbereidingskrediet van [[€ 2.450.000]] beschikbaar te stellen voor de
    planuitwerking, de technische onderzoeken en de aanbesteding van fase 1;""",
    """de jaarlijkse kapitaallasten van [[€ 125.000,-]] vanaf 2028 te dekken uit de reserve
    Stedelijke Ontwikkeling;""",
    """de bij dit voorstel behorende begrotingswijziging 2026-07 vast te stellen;""",
    """het college op te dragen de raad [[uiterlijk 1 juli 2027]] een voorstel voor het
    uitvoeringskrediet van fase 2 voor te leggen.""",
]

SG = [
    H("Raadsvoorstel", 0),
    P("Herinrichting Stationsgebied Lindewaarde", bold=True, size=14),
    FIELDS(
        [
            ("Registratienummer", "2026-041"),
            ("Datum collegebesluit", "[[17 maart 2026]]"),
            ("Raadsvergadering", "[[16 april 2026]]"),
            ("Agendapunt", "9"),
            ("Portefeuillehouder", "wethouder R. Kampman"),
            ("Programma", "3 Ruimte, Wonen en Mobiliteit"),
            ("Behandelend ambtenaar", "ir. T. Sprenkels, projectleider Stationsgebied"),
            (
                "Bijlagen",
                "1. Technische onderbouwing Herinrichting Stationsgebied (versie 1.2); "
                "2. Samenvatting zienswijzen en reactie; 3. Begrotingswijziging 2026-07",
            ),
        ]
    ),
    H("Samenvatting", 1),
    P("""Het stationsgebied is de belangrijkste entree van Lindewaarde. Dagelijks stappen er
        ruim 9.000 reizigers in of uit, en dat aantal groeit naar verwachting tot ongeveer 12.500
        in 2035. De openbare ruimte rond het station is verouderd, onoverzichtelijk en voor
        fietsers en voetgangers op meerdere plekken onveilig. De fietsenstallingen zijn
        structureel overvol en de busperrons voldoen niet aan de eisen voor toegankelijkheid."""),
    P("""In 2025 heeft uw raad de Gebiedsvisie Stationsgebied vastgesteld. Op basis daarvan zijn
        drie varianten voor de herinrichting uitgewerkt en besproken met bewoners, ondernemers,
        ProRail, NS en de provincie Noord-Brabant. Wij stellen voor variant B 'Stationspark' als
        voorkeursvariant te kiezen. Deze variant maakt van het huidige parkeerterrein aan de
        noordzijde een groen stationsplein, verplaatst het busstation naar de Spoorlaan en brengt
        een ondergrondse fietsenstalling voor 2.400 fietsen."""),
    P("""De totale investering wordt geraamd op [[€ 14,6 miljoen]]. Daarvan is [[EUR 1,2 miljoen]]
        subsidie van de provincie toegezegd en draagt ProRail [[2,5 mln]] bij. Met dit voorstel
        vragen wij u een voorbereidingskrediet van [[€ 2.450.000]] beschikbaar te stellen voor de
        planuitwerking, de technische onderzoeken en de aanbesteding van fase 1. Het
        uitvoeringskrediet voor fase 2 leggen wij u [[uiterlijk 1 juli 2027]] voor."""),
    H("Voorgesteld besluit", 1),
    P("De raad wordt voorgesteld te besluiten:"),
    L(SG_DECISIONS, "numbered", facts="decision"),
    H("1. Inleiding", 1),
    H("1.1 Aanleiding", 2),
    P("""Het station van Lindewaarde ligt op de lijn tussen 's-Hertogenbosch en Eindhoven en is
        een belangrijk overstappunt voor de regio. De treinen rijden vier keer per uur in beide
        richtingen. Vanaf het busstation vertrekken zeven streeklijnen naar de kernen Oosterveld,
        Hulsdonk en Berkhoven en naar de omliggende gemeenten. Het gebied rond het station is in
        de jaren zeventig ingericht en sindsdien slechts op onderdelen aangepast. De inrichting
        past niet meer bij het huidige gebruik en zeker niet bij de groei die wordt verwacht."""),
    P("""De knelpunten zijn bekend. Fietsers en bussen delen op de Stationsstraat dezelfde
        rijbaan. Voetgangers die van het centrum naar het station lopen, moeten twee drukke
        kruisingen oversteken. De fietsenstallingen aan beide zijden van het spoor hebben samen
        1.650 plekken, terwijl er op een gemiddelde werkdag ruim 2.100 fietsen staan. Fietsen
        worden daardoor tegen gevels en lantaarnpalen gezet, wat de doorgang voor mensen met
        een rollator of rolstoel belemmert. Het stationsplein zelf is grotendeels parkeerterrein
        en nodigt niet uit tot verblijven. In de zomer wordt het plein heet, omdat er nauwelijks
        schaduw en groen is."""),
    P("""Tegelijk liggen er kansen. De provincie Noord-Brabant en het Rijk investeren in de
        komende jaren in fietsparkeren bij stations en in de toegankelijkheid van het openbaar
        vervoer. ProRail vernieuwt tussen 2027 en 2029 de perrons en de liften. Als de gemeente
        haar eigen werkzaamheden daarop afstemt, kan het hele gebied in één samenhangende
        aanpak worden vernieuwd en blijft de overlast voor reizigers en omwonenden beperkt."""),
    H("1.2 Voorgeschiedenis", 2),
    P("""Uw raad heeft eerder de volgende besluiten genomen over het stationsgebied:"""),
    L(
        [
            """op [[14 december 2023]] heeft de raad de Mobiliteitsvisie Lindewaarde 2040
            vastgesteld, met het stationsgebied als een van de vijf sleutelprojecten;""",
            """op [[7 november 2024]] heeft de raad ingestemd met de startnotitie Stationsgebied en
            een onderzoeksbudget van [[€ 185.000]] beschikbaar gesteld;""",
            """op [[3 juli 2025]] heeft de raad de Gebiedsvisie Stationsgebied vastgesteld, met de
            opdracht drie varianten voor de herinrichting uit te werken;""",
            """op [[18 november 2025]] is de raad tijdens een informatieavond meegenomen in de
            drie varianten en de eerste resultaten van de participatie.""",
        ]
    ),
    H("1.3 Beleidskader", 2),
    P("""De herinrichting van het stationsgebied past binnen het bestaande beleid van Rijk,
        provincie en gemeente. De belangrijkste kaders zijn:"""),
    L(
        [
            """de Omgevingsvisie Lindewaarde 2040, die het stationsgebied aanwijst als
            ontwikkellocatie voor wonen, werken en verblijven met een hoge kwaliteit van de
            openbare ruimte;""",
            """de Mobiliteitsvisie Lindewaarde 2040, met als uitgangspunt dat lopen, fietsen en
            openbaar vervoer voorrang krijgen boven de auto;""",
            """de Omgevingsvisie van de provincie Noord-Brabant, die inzet op sterke
            knooppunten en op het verknopen van trein, bus en fiets;""",
            """het Groenstructuurplan, dat het stationsgebied aanwijst als schakel tussen het
            Wilhelminapark en de groene zone langs de Hulsdonkse Loop;""",
            """het Klimaatadaptatieplan, dat vraagt om meer waterberging en minder verharding in
            de versteende delen van de stad.""",
        ]
    ),
    H("2. Beoogd effect", 1),
    P("""Met de herinrichting willen wij bereiken dat het stationsgebied een veilige, toegankelijke
        en aantrekkelijke entree van Lindewaarde wordt, die klaar is voor de verwachte groei van
        het aantal reizigers. Wij vertalen dat in de volgende doelen:"""),
    L(
        [
            """verkeersveiligheid: fietsers, voetgangers en bussen krijgen elk een eigen ruimte en
            het aantal conflictpunten op de Stationsstraat daalt van negen naar twee;""",
            """fietsparkeren: er komen 2.400 gratis bewaakte plekken in een ondergrondse
            stalling en 450 plekken voor kort parkeren op maaiveld;""",
            """toegankelijkheid: alle busperrons, looproutes en oversteken voldoen aan de landelijke
            richtlijnen, met geleidelijnen en verhoogde perrons;""",
            """verblijfskwaliteit en groen: het aandeel groen in het gebied stijgt van 8 naar
            ten minste 30 procent en er komen ruim zestig nieuwe bomen bij;""",
            """klimaatadaptatie: het gebied kan een bui van 70 millimeter in een uur verwerken,
            onder meer met een waterberging van 450 kubieke meter onder het plein.""",
        ]
    ),
    P("""Deze doelen zijn meetbaar gemaakt in het Programma van Eisen. Na de oplevering van elke
        fase rapporteren wij aan uw raad in hoeverre de doelen zijn gehaald."""),
    H("3. Argumenten", 1),
    H("1.1 Variant B sluit het best aan bij de Gebiedsvisie", 3),
    P("""De drie varianten zijn beoordeeld op de doelen uit de Gebiedsvisie: verkeersveiligheid,
        bereikbaarheid, verblijfskwaliteit, groen, toekomstbestendigheid en kosten. Variant A
        'Compact' laat de hoofdstructuur intact en vernieuwt vooral de bestrating en de
        stallingen. Deze variant is het goedkoopst, maar lost de kruising van fietsers en bussen
        op de Stationsstraat niet op. Variant C 'Spoorzone' verplaatst het busstation naar de
        zuidzijde van het spoor en maakt een autovrij plein aan de noordzijde. Deze variant scoort
        hoog op verblijfskwaliteit, maar vraagt een nieuwe fietstunnel onder het spoor en is
        met een geraamde investering van ruim [[€ 21 miljoen]] onbetaalbaar binnen de huidige
        financiële kaders. Variant B 'Stationspark' scoort op vrijwel alle doelen goed en blijft
        binnen het beschikbare budget. Het volledige afwegingskader staat in hoofdstuk 3 van
        bijlage 1."""),
    H("1.2 Variant B maakt het stationsgebied veiliger voor fietsers en voetgangers", 3),
    P("""In variant B rijden de bussen niet meer over de Stationsstraat, maar via de Spoorlaan
        naar een nieuw busstation met zes haltes langs het spoor. De Stationsstraat wordt een
        fietsstraat waar de auto te gast is. Voetgangers krijgen een brede, doorgaande route van
        het centrum naar de stationsingang, zonder kruising met de busbaan. Uit de
        verkeersveiligheidsanalyse blijkt dat het aantal conflictpunten daardoor sterk afneemt.
        De verkeersmodellen laten ook zien dat de doorstroming op de Emmasingel niet
        verslechtert, omdat de bussen een kortere route rijden."""),
    H("1.3 De voorkeursvariant kan rekenen op breed draagvlak", 3),
    P("""In het participatietraject hebben inwoners, reizigers, ondernemers en belangengroepen
        hun voorkeur kunnen uitspreken. In de enquête koos 58 procent van de 1.136 respondenten
        voor variant B, tegen 17 procent voor variant A en 25 procent voor variant C. Ook de
        klankbordgroep, de fietsersbond, het Platform Toegankelijkheid Lindewaarde en de
        ondernemersvereniging Centrum Lindewaarde steunen variant B, al vragen de ondernemers
        aandacht voor het parkeren voor kort bezoek. Daarover leest u meer onder
        kanttekeningen."""),
    H("1.4 Het Programma van Eisen geeft houvast voor de uitwerking", 3),
    P("""Het Programma van Eisen legt vast waaraan het ontwerp moet voldoen, zoals de
        minimale breedte van fietspaden en looproutes, het aantal stallingsplekken, de
        toegankelijkheidseisen voor de haltes en de eisen aan groen en waterberging. Het vormt
        daarmee het toetsingskader voor het ontwerp en voor de aanbesteding. Wijzigingen van de
        kaders in het Programma van Eisen leggen wij aan uw raad voor."""),
    H("2.1 Een voorbereidingskrediet is nodig om tijdig te kunnen aanbesteden", 3),
    P("""Voor de uitvoering van fase 1 moeten eerst een voorlopig en een definitief ontwerp
        worden gemaakt, technische onderzoeken worden uitgevoerd en een aannemer worden
        geselecteerd. ProRail heeft de treinvrije periodes voor de werkzaamheden bij het spoor al
        gereserveerd. Als wij die periodes missen, schuift de uitvoering minstens twee jaar op.
        Het voorbereidingskrediet maakt het mogelijk de voorbereiding nu te starten."""),
    H("2.2 De raming is opgesteld volgens een vaste systematiek", 3),
    P("""De kostenraming is opgesteld volgens de Standaardsystematiek voor Kostenramingen, op
        prijspeil [[1 januari 2026]]. In de raming is rekening gehouden met de risico's die bij
        deze fase van het ontwerp horen. Een onafhankelijk kostendeskundige heeft de raming
        getoetst en als realistisch beoordeeld."""),
    H("3.1 De kapitaallasten passen binnen de reserve Stedelijke Ontwikkeling", 3),
    P("""De reserve Stedelijke Ontwikkeling is bedoeld voor investeringen in de ruimtelijke
        kwaliteit van de kernen. De stand van de reserve was [[€ 6.840.000]] per
        [[1 januari 2026]]. Na onttrekking van de kapitaallasten voor het stationsgebied blijft
        voldoende ruimte voor de andere projecten die in de reserve zijn voorzien."""),
    H("4.1 De begrotingswijziging verwerkt het krediet in de begroting", 3),
    P("""Met de begrotingswijziging 2026-07 worden het voorbereidingskrediet en de bijbehorende
        onttrekking aan de reserve in de begroting 2026 verwerkt. Zo blijft de begroting in
        overeenstemming met uw besluit en met de Financiële verordening gemeente Lindewaarde
        2024."""),
    H("5.1 Met een tweede besluit houdt uw raad grip op de uitvoering", 3),
    P("""Wij vragen u nu alleen een voorbereidingskrediet. Het uitvoeringskrediet voor fase 1
        vragen wij na de aanbesteding, het uitvoeringskrediet voor fase 2 leggen wij u
        [[uiterlijk 1 juli 2027]] voor. Op die momenten beschikt uw raad over een definitief
        ontwerp en een aanbestede prijs, en kan hij opnieuw afwegen of de kosten in verhouding
        staan tot de doelen."""),
    H("4. Kanttekeningen en risico's", 1),
    H("4.1 Kostenstijgingen in de bouw", 2),
    P("""De prijzen in de infrastructuur en de bouw zijn de afgelopen jaren sterk gestegen. De
        raming gaat uit van een jaarlijkse indexatie van 3,5 procent. Valt de prijsstijging hoger
        uit, dan kan het totale budget ontoereikend zijn. Wij beheersen dit risico door in de
        aanbesteding te werken met een bouwteam, waardoor de aannemer vroeg meedenkt over
        kostenbesparingen, en door het ontwerp modulair op te zetten, zodat onderdelen zo nodig
        later kunnen worden uitgevoerd."""),
    H("4.2 Afhankelijkheid van ProRail en NS", 2),
    P("""Een deel van de werkzaamheden vindt plaats op grond van ProRail of vlak naast het spoor.
        Daarvoor zijn treinvrije periodes nodig, die ProRail ruim van tevoren vastlegt. De
        samenwerking met ProRail en NS is vastgelegd in een bestuursovereenkomst, die wij
        [[voor de zomer van 2026|date=]] willen ondertekenen. Tot die tijd is er een risico dat
        ProRail haar eigen planning wijzigt."""),
    H("4.3 Minder parkeerplaatsen bij het station", 2),
    P("""Op het huidige parkeerterrein aan de noordzijde staan 185 parkeerplaatsen. In variant B
        blijven daarvan 60 plaatsen over, aangevuld met 35 plaatsen in de nieuwe
        parkeervoorziening aan de Emmasingel. De ondernemers aan de Stationsstraat vrezen dat
        klanten daardoor wegblijven. Uit parkeeronderzoek blijkt dat de bezetting van het
        terrein overdag gemiddeld 64 procent is en dat een groot deel van de parkeerders
        treinreizigers zijn die de hele dag blijven staan. Voor hen komt er een
        P+R-voorziening aan de rand van de stad, met een snelle busverbinding. Voor kort
        bezoek aan de winkels blijven er parkeerplaatsen op korte loopafstand."""),
    H("4.4 Onzekerheden in de ondergrond", 2),
    P("""Het stationsgebied is in de Tweede Wereldoorlog gebombardeerd en er ligt mogelijk
        verontreinigde grond van de voormalige gasfabriek. De eerste onderzoeken laten geen
        ernstige verontreiniging zien, maar de risico's zijn nog niet volledig in beeld. In de
        voorbereiding voeren wij daarom nader onderzoek uit. De kosten daarvan zijn in het
        voorbereidingskrediet opgenomen."""),
    H("4.5 Voorwaarden van de provinciale subsidie", 2),
    P("""De subsidie van de provincie van [[EUR 1,2 miljoen]] vervalt als de uitvoering niet
        [[voor 1 januari 2028]] is gestart. Met de voorgestelde planning is daar voldoende marge
        voor, maar bij vertraging in de aanbesteding kan de subsidie in gevaar komen. Wij
        bespreken met de provincie de mogelijkheid van uitstel, mocht dat nodig zijn."""),
    T(
        [
            ["Risico", "Kans", "Gevolg", "Beheersmaatregel"],
            [
                "Hogere aanbestedingsprijs",
                "Middel",
                "Groot",
                "Bouwteam, modulair ontwerp, reservering",
            ],
            [
                "Wijziging planning ProRail",
                "Klein",
                "Groot",
                "Bestuursovereenkomst, vroege afstemming",
            ],
            ["Verontreinigde grond", "Middel", "Middel", "Nader bodemonderzoek in voorbereiding"],
            ["Niet gesprongen explosieven", "Klein", "Groot", "Detectie voorafgaand aan graafwerk"],
            ["Bezwaren van ondernemers", "Middel", "Klein", "Overleg, tijdelijke parkeerregeling"],
        ],
        widths=[140, 50, 50, 200],
    ),
    H("5. Financiën", 1),
    H("5.1 Investering", 2),
    P("""De totale investering voor de herinrichting van het stationsgebied wordt geraamd op
        [[€ 14,6 miljoen]]. Daarvan is [[€ 8,9 miljoen]] bestemd voor fase 1 (stationsplein
        noord, fietsenstalling en Stationsstraat) en [[€ 5,7 miljoen]] voor fase 2 (busstation
        aan de Spoorlaan, de zuidzijde en de P+R-voorziening). Met dit voorstel vraagt het
        college een voorbereidingskrediet van [[€ 2.450.000]]. Dit krediet is als volgt
        opgebouwd:"""),
    T(
        [
            ["Onderdeel voorbereidingskrediet", "Raming"],
            ["Ontwerp en engineering", "[[€ 1.180.000]]"],
            ["Technische onderzoeken (bodem, explosieven, ecologie, archeologie)", "[[€ 310.000]]"],
            ["Aanbesteding en contractvorming", "[[€ 160.000]]"],
            ["Projectorganisatie, omgevingsmanagement en communicatie", "[[€ 420.000]]"],
            ["Onvoorzien en risicoreservering", "[[€ 380.000]]"],
            ["Totaal voorbereidingskrediet", "[[€ 2.450.000]]"],
        ],
        widths=[330, 110],
    ),
    H("5.2 Dekking", 2),
    P("""De totale investering wordt gedekt uit de volgende bronnen. De provincie
        Noord-Brabant heeft in de Uitvoeringsregeling Bereikbaarheid Brabant een subsidie van
        [[EUR 1,2 miljoen]] toegezegd voor de fietsenstalling en de toegankelijkheid van de
        haltes. ProRail draagt [[2,5 mln]] bij voor de aanpassing van de stationsomgeving die
        nodig is voor de vernieuwing van de perrons. Uit het Rijksprogramma Fietsparkeren bij
        stations ontvangen wij naar verwachting [[€ 1.650.000]]. Het gemeentelijk aandeel komt
        daarmee op [[€ 9,25 miljoen]]."""),
    P("""Het voorbereidingskrediet wordt geactiveerd en afgeschreven samen met de
        uitvoeringskredieten, zodra het gebied in gebruik is genomen. De kapitaallasten van het
        gemeentelijk aandeel bedragen vanaf 2028 [[€ 125.000,-]] per jaar en lopen op als de
        uitvoeringskredieten worden verstrekt. Wij dekken deze lasten uit de reserve Stedelijke
        Ontwikkeling."""),
    H("5.3 Beheer en onderhoud", 2),
    P("""Na de oplevering neemt het areaal groen, bomen en bewaakte stalling toe. De extra
        structurele beheerlasten worden geraamd op [[€ 86.500]] per jaar vanaf 2029. Daarvan is
        ruim de helft bestemd voor het beheer van de bewaakte fietsenstalling. Wij nemen deze
        lasten op in de begroting 2029 en onderzoeken of NS en ProRail kunnen bijdragen aan het
        beheer van de stalling."""),
    H("5.4 Risicoreservering", 2),
    P("""Binnen het voorbereidingskrediet is een post onvoorzien opgenomen. Daarnaast houden wij in
        de paragraaf weerstandsvermogen rekening met een risicobedrag van [[k€ 300]] voor de
        onzekerheden in de ondergrond. Dit bedrag is in de risicoparagraaf van de begroting
        opgenomen en heeft geen gevolgen voor de ratio weerstandsvermogen."""),
    H("6. Uitvoering", 1),
    H("6.1 Projectorganisatie", 2),
    P("""Het project wordt aangestuurd door een stuurgroep onder voorzitterschap van de
        portefeuillehouder, met vertegenwoordigers van ProRail, NS, de provincie en de
        vervoerder. De stuurgroep komt elke zes weken bijeen. Een ambtelijk projectteam onder
        leiding van de projectleider bereidt de besluiten voor en bewaakt de samenhang tussen
        ontwerp, techniek, contract en omgeving. De omgevingsmanager is het vaste aanspreekpunt
        voor bewoners en ondernemers. Voor juridische en financiële vragen zijn een
        contractmanager en een projectcontroller aan het team toegevoegd."""),
    P("""Het projectteam werkt volgens de methode van integraal projectmanagement. Elke rol
        heeft een vaste eigenaar en de voortgang wordt per kwartaal gerapporteerd aan de
        stuurgroep en het college. Uw raad ontvangt twee keer per jaar een voortgangsrapportage,
        gelijk met de voorjaarsnota en de begroting."""),
    H("6.2 Contractvorm en aanbesteding", 2),
    P("""Wij kiezen voor een bouwteam in twee fasen. In de eerste fase werkt de geselecteerde
        aannemer samen met de gemeente en het ingenieursbureau het ontwerp uit tot een
        uitvoeringsgereed ontwerp met een vaste prijs. In de tweede fase voert de aannemer het
        werk uit op basis van de UAV 2012. Het voordeel van deze contractvorm is dat de kennis van
        de aannemer over uitvoerbaarheid, fasering en bouwlogistiek vroeg wordt benut. Daar staat
        tegenover dat de gemeente scherp moet toezien op de prijsvorming. Daarom laten wij de
        prijs van de aannemer toetsen door een onafhankelijk kostendeskundige."""),
    P("""De selectie van de bouwteampartner verloopt via een niet-openbare Europese
        aanbesteding. In de selectiefase beoordelen wij de ervaring met vergelijkbare projecten
        rond stations en met werken in een drukke binnenstedelijke omgeving. In de gunningsfase
        wegen wij de prijs voor 40 procent en de kwaliteit voor 60 procent. De kwaliteitscriteria
        zijn het plan van aanpak voor de bereikbaarheid tijdens de werkzaamheden, de omgang met
        de omgeving, de circulariteit van de materialen en de inzet van emissievrij materieel."""),
    H("6.3 Fasering", 2),
    P("""De uitvoering vindt plaats in twee fasen, zodat het station tijdens de werkzaamheden
        bereikbaar blijft. In fase 1 worden de kabels en leidingen aan de noordzijde verlegd,
        wordt de ondergrondse fietsenstalling gebouwd en wordt het stationsplein heringericht.
        Ook de Stationsstraat wordt in deze fase omgebouwd tot fietsstraat. In fase 2 wordt het
        busstation aan de Spoorlaan aangelegd, worden de zuidzijde van het station en de
        Spoorlaan heringericht en komt de P+R-voorziening aan de rand van de stad."""),
    P("""De volgorde van de werkzaamheden binnen fase 1 is bepaald door de treinvrije
        periodes van ProRail en door de noodzaak om steeds voldoende fietsparkeerplekken
        beschikbaar te houden. Daarom wordt eerst een tijdelijke stalling ingericht op het
        terrein aan de Emmasingel, voordat de bestaande stallingen worden gesloopt."""),
    H("6.4 Technische onderzoeken", 2),
    P("""In de voorbereiding worden de volgende onderzoeken uitgevoerd of aangevuld. De
        resultaten van de eerste onderzoeken zijn samengevat in bijlage 1."""),
    L(
        [
            """Bodem: een verkennend en waar nodig nader bodemonderzoek volgens NEN 5740 en NEN
            5707, met bijzondere aandacht voor de puinlaag onder het parkeerterrein, waarin
            plaatselijk asbest is aangetroffen, en voor de voormalige gasfabriek aan de
            Spoorlaan.""",
            """Niet gesprongen explosieven: op basis van het historisch vooronderzoek is het gebied
            rond het spoor aangemerkt als verdacht. Voorafgaand aan het graafwerk wordt het
            gebied met detectieapparatuur onderzocht.""",
            """Ecologie: de quickscan heeft verblijfplaatsen van gierzwaluwen in de gevel van het
            stationsgebouw en foeragerende vleermuizen langs de bomenrij aan de Emmasingel
            vastgesteld. Voor het kappen van bomen en het werken aan de gevel is mogelijk een
            omgevingsvergunning voor het beschermen van flora en fauna nodig.""",
            """Archeologie: het gebied heeft een middelhoge archeologische verwachting. Een
            booronderzoek moet uitwijzen of bij de aanleg van de ondergrondse stalling
            archeologische resten kunnen worden verstoord.""",
            """Kabels en leidingen: na de KLIC-melding wordt met de netbeheerders een
            verleggingsplan opgesteld. In het gebied liggen onder meer een hoofdwaterleiding, een
            middenspanningskabel en de glasvezelverbinding van ProRail.""",
            """Grondwater: voor de bouwput van de stalling is een bemaling nodig. Met een
            geohydrologisch onderzoek worden de gevolgen voor de omliggende panden en bomen
            bepaald.""",
        ]
    ),
    H("6.5 Bereikbaarheid tijdens de werkzaamheden", 2),
    P("""Het station moet tijdens de hele bouwperiode goed bereikbaar blijven voor reizigers,
        bewoners en bezoekers van het centrum. De aannemer stelt daarvoor een
        bereikbaarheidsplan op, dat door de gemeente, de vervoerder en de Veiligheidsregio
        Midden-Waardland wordt getoetst. Daarin worden in ieder geval de volgende maatregelen uitgewerkt:"""),
    L(
        [
            """een tijdelijke fietsenstalling voor 1.200 fietsen aan de Emmasingel, op maximaal
            vier minuten lopen van de stationsingang;""",
            """een omleidingsroute voor de bussen via de Kerkstraat en de Emmasingel, met tijdelijke
            haltes die toegankelijk zijn voor reizigers met een beperking;""",
            """een pendelvoorziening voor reizigers die slecht ter been zijn, in overleg met het
            Platform Toegankelijkheid Lindewaarde;""",
            """venstertijden voor de bevoorrading van de winkels aan de Stationsstraat tussen
            6.00 en 11.00 uur;""",
            """een bouwlogistiek plan waarin de aanvoer en afvoer van materialen buiten de spits en
            buiten de schooltijden plaatsvindt.""",
        ]
    ),
    H("6.6 Duurzaamheid en circulariteit", 2),
    P("""Wij stellen in de aanbesteding eisen aan de duurzaamheid van de materialen en het
        bouwproces. De bestaande gebakken klinkers en de natuurstenen banden worden zoveel mogelijk
        hergebruikt. Voor nieuwe materialen geldt een maximale milieukostenindicator. Het dak van
        de fietsenstalling wordt voorzien van zonnepanelen en wordt deels begroeid. Op het
        bouwterrein wordt zoveel mogelijk met emissievrij materieel gewerkt, zodat de uitstoot
        van stikstof en fijnstof in de binnenstad beperkt blijft."""),
    H("6.7 Beheer na oplevering", 2),
    P("""Het beheer van de openbare ruimte komt na de oplevering bij de gemeente te liggen. Voor
        de bewaakte fietsenstalling onderzoeken wij samen met NS en de andere gemeenten in de
        regio een gezamenlijke beheerorganisatie. De aannemer levert een beheerplan op voor het
        groen en de bomen, met een onderhoudstermijn van drie jaar na aanplant."""),
    H("6.8 Veiligheid tijdens de uitvoering", 2),
    P("""De aannemer stelt voor elke fase een V&G-plan op, een plan voor veiligheid en gezondheid. Daarin staat
        hoe het bouwterrein wordt afgezet, hoe bouwverkeer en reizigers van elkaar worden
        gescheiden en hoe de hulpdiensten het station en de omliggende woningen kunnen blijven
        bereiken. Rond de bouwplaats komen gesloten bouwhekken met verlichting, en bij de
        oversteken op de omleidingsroutes worden in de spits verkeersregelaars ingezet. Bij
        werkzaamheden in de nabijheid van het spoor gelden de veiligheidsvoorschriften van
        ProRail en werkt de aannemer met een gecertificeerde leider werkplekbeveiliging."""),
    P("""Voor de ondergrondse stalling wordt de bouwput met damwanden ontgraven. De damwanden
        worden trillingsarm aangebracht. Voorafgaand aan de werkzaamheden worden de panden in
        een straal van 75 meter vooraf opgenomen, zodat eventuele schade later kan worden
        vastgesteld. Tijdens de bouw worden de trillingen en de grondwaterstand continu
        gemeten. Bij overschrijding van de signaalwaarden wordt het werk stilgelegd totdat de
        oorzaak bekend is."""),
    H("6.9 Toezicht en kwaliteitsborging", 2),
    P("""De gemeente houdt toezicht op de uitvoering met een eigen directievoerder en twee
        toezichthouders. Zij controleren of het werk wordt uitgevoerd volgens het contract, de
        tekeningen en het Handboek Openbare Ruimte. De aannemer levert per onderdeel een
        keuringsplan aan en toont met opleverdossiers aan dat aan de eisen is voldaan. Voor de
        ondergrondse stalling laten wij de constructieve veiligheid, de brandveiligheid en de
        installaties door een onafhankelijke partij toetsen voordat de stalling in gebruik
        wordt genomen."""),
    H("7. Communicatie", 1),
    H("7.1 Doelen van de communicatie", 2),
    P("""Een project van deze omvang raakt veel mensen: reizigers, omwonenden, ondernemers,
        scholieren en forenzen. Met de communicatie willen wij bereiken dat iedereen weet wat er
        gaat gebeuren en wanneer, dat mensen weten waar zij terechtkunnen met vragen en klachten,
        en dat de overlast zo voorspelbaar mogelijk is. Het communicatieplan wordt samen met de
        aannemer verder uitgewerkt zodra de bouwteampartner is geselecteerd."""),
    H("7.2 Middelen", 2),
    P("""Wij zetten de volgende middelen in:"""),
    L(
        [
            """een projectwebsite met actuele informatie over de planning, de omleidingen en de
            tijdelijke stallingen;""",
            """een digitale nieuwsbrief die elke zes weken verschijnt en bij belangrijke
            wijzigingen tussentijds;""",
            """een bouwapp waarin omwonenden en reizigers meldingen ontvangen over werkzaamheden,
            afsluitingen en geluidhinder;""",
            """informatiebijeenkomsten voor omwonenden en ondernemers bij de start van elke fase;""",
            """een bouwkeet op het plein met een wekelijks inloopspreekuur op woensdagmiddag;""",
            """borden en bewegwijzering op de omleidingsroutes en in het station, in samenwerking
            met NS;""",
            """berichten via de sociale media van de gemeente en persberichten bij belangrijke
            mijlpalen.""",
        ]
    ),
    H("7.3 Communicatiekalender", 2),
    T(
        [
            ["Moment", "Doelgroep", "Middel"],
            ["Na het raadsbesluit", "Alle inwoners", "Persbericht, website, nieuwsbrief"],
            ["Start selectie bouwteampartner", "Marktpartijen", "Aankondiging via TenderNed"],
            ["Presentatie voorlopig ontwerp", "Omwonenden, ondernemers", "Inloopavond, bouwapp"],
            ["Vier weken voor start fase 1", "Reizigers, omwonenden", "Borden, brief, bouwapp"],
            ["Tijdens de uitvoering", "Alle doelgroepen", "Nieuwsbrief, spreekuur, website"],
        ],
        widths=[150, 130, 160],
    ),
    H("8. Participatie", 1),
    H("8.1 Het participatieproces", 2),
    P("""Bij de totstandkoming van de varianten en de voorkeursvariant zijn inwoners en
        belanghebbenden in drie stappen betrokken. In de eerste stap hebben wij knelpunten en
        wensen opgehaald via een online enquête, straatgesprekken bij het station en gesprekken
        met scholen. In de tweede stap heeft een klankbordgroep van veertien leden, met
        bewoners, ondernemers, reizigers en vertegenwoordigers van de fietsersbond en het
        Platform Toegankelijkheid, meegedacht over de varianten. In de derde stap hebben
        inwoners via een enquête en drie inloopavonden hun voorkeur kunnen uitspreken. Ook de
        kinderraad van Lindewaarde en de leerlingenraden van twee scholen in Zuid-Oost hebben een
        advies gegeven over het ontwerp van het plein."""),
    H("8.2 Inspraak en zienswijzen", 2),
    P("""Het ontwerp-Programma van Eisen heeft van [[12 januari 2026]] tot en met
        [[23 februari 2026]] ter inzage gelegen. Iedereen kon in die periode een zienswijze
        indienen. Er zijn 27 zienswijzen ontvangen, waarvan 9 van ondernemers, 14 van bewoners en
        4 van organisaties. De zienswijzen gaan vooral over het parkeren, de bereikbaarheid van de
        winkels tijdens de bouw, de veiligheid op de Spoorlaan en het behoud van de bestaande
        bomen. In de Nota van beantwoording, die ter inzage ligt bij de griffie, staat per
        zienswijze hoe wij die hebben beoordeeld."""),
    H("8.3 Wat is er met de inbreng gedaan?", 2),
    P("""De inbreng uit de participatie en de zienswijzen heeft geleid tot de volgende aanpassingen
        van het Programma van Eisen:"""),
    L(
        [
            """het aantal parkeerplaatsen voor kort parkeren bij de winkels is verhoogd van 40
            naar 60;""",
            """de zes monumentale platanen aan de Emmasingel blijven behouden en het ontwerp van
            de busbaan is daarop aangepast;""",
            """er komt een extra oversteek voor voetgangers bij de Kerkstraat, op verzoek van de
            kinderraad;""",
            """de eisen aan de toegankelijkheid van de tijdelijke haltes zijn aangescherpt.""",
        ]
    ),
    P("""Niet alle wensen konden worden gehonoreerd. Een groot deel van de ondernemers wilde het
        parkeerterrein volledig behouden. Dat past niet bij de doelen van de Gebiedsvisie en bij
        het draagvlak voor variant B. Wij blijven met de ondernemers in gesprek over de
        bereikbaarheid tijdens en na de werkzaamheden."""),
    H("9. Planning", 1),
    P("""De planning is gebaseerd op de huidige stand van de voorbereiding en op de treinvrije
        periodes die ProRail heeft gereserveerd. Zodra de bouwteampartner is geselecteerd,
        wordt de planning verder uitgewerkt."""),
    T(
        [
            ["Mijlpaal", "Planning"],
            ["Besluit raad over voorkeursvariant en voorbereidingskrediet", "[[16 april 2026]]"],
            ["Selectie bouwteampartner", "[[Q3 2026]]"],
            ["Gunning bouwteamovereenkomst", "[[15 december 2026]]"],
            ["Start verleggen kabels en leidingen noordzijde", "[[15 maart 2027]]"],
            ["Definitief ontwerp fase 1 en 2 gereed", "[[voor de zomer van 2027|date=]]"],
            ["Raadsvoorstel uitvoeringskrediet fase 2", "[[uiterlijk 1 juli 2027]]"],
            ["Start uitvoering fase 1", "[[Q3 2027]]"],
            ["Treinvrije periode bouw stallingsingang", "[[9 oktober 2027]]"],
            ["Oplevering fietsenstalling en stationsplein", "[[eind 2028|date=]]"],
            ["Start uitvoering fase 2", "[[voorjaar 2029|date=]]"],
            ["Oplevering gehele stationsgebied", "[[medio 2030|date=]]"],
        ],
        widths=[320, 120],
    ),
    P("""De planning kent een aantal afhankelijkheden. De belangrijkste zijn de vergunningen voor
        flora en fauna, de uitkomst van het archeologisch onderzoek en de
        treinvrije periodes van ProRail. Wij informeren uw raad via de voortgangsrapportages over
        wijzigingen in de planning."""),
    H("10. Juridische aspecten", 1),
    H("10.1 Omgevingswet", 2),
    P("""Voor de herinrichting is geen wijziging van het omgevingsplan nodig: de gronden hebben al
        de functie verkeer en groen, en de ondergrondse stalling past binnen de regels voor
        ondergrondse bouwwerken. Voor de stalling is wel een omgevingsvergunning voor de
        bouwactiviteit nodig. Daarnaast zijn vergunningen nodig voor het kappen van bomen, voor de
        bemaling van de bouwput en mogelijk voor het werken aan de gevel van het monumentale
        stationsgebouw. De vergunningaanvragen worden in de voorbereiding opgesteld, zodat zij
        tijdig kunnen worden verleend."""),
    H("10.2 Verkeersbesluiten", 2),
    P("""De inrichting van de Stationsstraat als fietsstraat, de nieuwe busbaan op de Spoorlaan en
        de wijziging van de parkeerregeling vragen om verkeersbesluiten. Deze besluiten worden
        genomen door het college en staan open voor bezwaar en beroep. Wij streven ernaar de
        verkeersbesluiten ruim voor de start van de uitvoering te nemen, zodat eventuele
        procedures de planning niet vertragen."""),
    H("10.3 Grondposities en overeenkomsten", 2),
    P("""Een deel van het plangebied is in eigendom van ProRail en NS. Voor de aanleg van de
        ondergrondse stalling en het busstation zijn drie percelen nodig die nu niet in bezit van
        de gemeente zijn. Met ProRail en NS is afgesproken dat deze percelen in erfpacht of via
        een grondruil beschikbaar komen. De afspraken worden vastgelegd in de
        bestuursovereenkomst en in een realisatieovereenkomst per fase. Voor de bijdrage van
        ProRail geldt dat deze alleen wordt uitbetaald als de werkzaamheden aan de perrons en aan
        de stationsomgeving op elkaar zijn afgestemd."""),
    H("10.4 Aanbesteding en staatssteun", 2),
    P("""De opdracht voor het bouwteam ligt boven de Europese drempelwaarde en wordt daarom
        Europees aanbesteed volgens de Aanbestedingswet 2012 en het gemeentelijk inkoopbeleid.
        De subsidie van de provincie en de bijdrage van het Rijk zijn getoetst aan de regels
        voor staatssteun. Omdat de voorzieningen openbaar en vrij toegankelijk zijn, is er geen
        sprake van staatssteun."""),
    H("11. Monitoring en evaluatie", 1),
    P("""Om te kunnen beoordelen of de herinrichting het beoogde effect heeft, volgen wij een
        aantal indicatoren. De nulmeting is in 2025 uitgevoerd. Twee jaar na de oplevering van
        elke fase voeren wij een nieuwe meting uit en rapporteren wij de uitkomsten aan uw
        raad. De tabel hieronder geeft de indicatoren en de streefwaarden."""),
    T(
        [
            ["Indicator", "Nulmeting 2025", "Streefwaarde na oplevering"],
            ["Conflictpunten fiets en bus op de Stationsstraat", "9", "2"],
            ["Plekken in bewaakte fietsenstallingen", "450", "2.400"],
            ["Fietsen buiten de rekken (werkdaggemiddelde)", "410", "minder dan 50"],
            ["Toegankelijke bushaltes", "0 van 4", "6 van 6"],
            ["Aandeel groen in het plangebied", "8%", "ten minste 30%"],
            ["Waardering reizigers voor het stationsgebied", "5,9", "ten minste 7,5"],
            ["Waterberging in het plangebied", "0 m³", "450 m³"],
        ],
        widths=[250, 90, 110],
    ),
    P("""Naast deze indicatoren vragen wij reizigers, bewoners en ondernemers na elke fase naar
        hun ervaringen. De evaluatie betrekt ook de samenwerking met ProRail, NS en de
        vervoerder en de lessen voor andere grote projecten in de openbare ruimte."""),
    BREAK,
    H("Ontwerpbesluit", 1),
    P("""De raad van de gemeente Lindewaarde;"""),
    P("""gelezen het voorstel van burgemeester en wethouders van [[17 maart 2026]], nummer
        2026-041, over de herinrichting van het stationsgebied;"""),
    P("""gelet op artikel 189 van de Gemeentewet en de Financiële verordening gemeente
        Lindewaarde 2024;"""),
    P("""overwegende dat het stationsgebied een veilige, toegankelijke en aantrekkelijke entree van
        Lindewaarde moet worden, zoals vastgelegd in de Gebiedsvisie Stationsgebied;"""),
    P("besluit:", bold=True),
    L(SG_DECISIONS, "numbered"),
    P("""Aldus besloten in de openbare vergadering van de raad van de gemeente Lindewaarde,
        gehouden op [[16 april 2026]]."""),
    P("""De griffier, mr. L. de Groot-Hermans"""),
    P("""De voorzitter, mr. H.J. Verbeek"""),
    BREAK,
    H("Bijlage 2 Samenvatting zienswijzen en reactie", 1),
    P("""Deze bijlage vat de 27 zienswijzen samen die zijn ingediend op het ontwerp-Programma van
        Eisen. Zienswijzen met dezelfde strekking zijn samengenomen. Namen van particuliere
        indieners zijn weggelaten. De volledige reactie staat in de Nota van beantwoording."""),
    T(
        [
            ["Nr", "Indiener", "Samenvatting zienswijze", "Reactie gemeente", "Aanpassing"],
            [
                "1-6",
                "Ondernemers Stationsstraat",
                "Vrezen omzetverlies door minder parkeerplaatsen.",
                "Parkeren voor kort bezoek blijft op korte loopafstand.",
                "Ja, 60 plaatsen",
            ],
            [
                "7",
                "Ondernemersvereniging",
                "Vraagt om een bereikbaarheidsfonds tijdens de bouw.",
                "Geen fonds; wel venstertijden en bewegwijzering.",
                "Nee",
            ],
            [
                "8-9",
                "Bewoners Emmasingel",
                "Willen behoud van de platanen.",
                "Platanen worden behouden, busbaan aangepast.",
                "Ja",
            ],
            [
                "10",
                "Bewoner Spoorlaan",
                "Vreest geluidhinder van bussen.",
                "Toename blijft onder de standaardwaarde.",
                "Nee",
            ],
            [
                "11-13",
                "Bewoners Spoorlaan",
                "Maken zich zorgen over veiligheid van scholieren.",
                "Fietspad wordt onderzocht in de uitwerking.",
                "Deels",
            ],
            [
                "14",
                "Fietsersbond",
                "Vraagt om meer plekken voor afwijkende fietsen.",
                "Aandeel verhoogd naar 10 procent.",
                "Ja",
            ],
            [
                "15",
                "Platform Toegankelijkheid",
                "Vraagt om toegankelijke tijdelijke haltes.",
                "Eisen zijn aangescherpt.",
                "Ja",
            ],
            [
                "16",
                "Kinderraad",
                "Vraagt om een veilige oversteek bij de Kerkstraat.",
                "Extra oversteek opgenomen.",
                "Ja",
            ],
            [
                "17-19",
                "Bewoners centrum",
                "Willen het parkeerterrein behouden.",
                "Past niet bij de Gebiedsvisie.",
                "Nee",
            ],
            [
                "20",
                "Vervoerder",
                "Vraagt om voldoende opstelruimte voor bussen.",
                "Zes haltes en een bufferplaats opgenomen.",
                "Ja",
            ],
            [
                "21",
                "Bewoner De Weiden",
                "Vraagt om betere verlichting van de tunnel.",
                "Wordt meegenomen in het ontwerp.",
                "Ja",
            ],
            [
                "22-24",
                "Bewoners Zuid-Oost",
                "Vragen aandacht voor de zuidzijde van het station.",
                "Zuidzijde wordt in fase 2 heringericht.",
                "Nee",
            ],
            [
                "25",
                "Historische Kring Lindewaarde",
                "Vraagt om behoud van het zicht op het stationsgebouw.",
                "Zichtlijn is uitgangspunt van het ontwerp.",
                "Ja",
            ],
            [
                "26",
                "Taxibedrijf",
                "Vraagt om een taxistandplaats bij de ingang.",
                "Vier standplaatsen aan de Emmasingel.",
                "Ja",
            ],
            [
                "27",
                "Natuurvereniging",
                "Vraagt om nestkasten voor gierzwaluwen.",
                "Wordt opgenomen in het ecologisch werkprotocol.",
                "Ja",
            ],
        ],
        widths=[35, 95, 130, 130, 60],
        size=7.5,
    ),
    H("Bijlage 3 Begrotingswijziging 2026-07", 1),
    P("""De begrotingswijziging verwerkt het voorbereidingskrediet en de onttrekking aan de reserve
        Stedelijke Ontwikkeling in de begroting 2026. De wijziging heeft geen gevolgen voor het
        saldo van de begroting."""),
    T(
        [
            ["Programma", "Omschrijving", "Lasten", "Baten"],
            [
                "3 Ruimte, Wonen en Mobiliteit",
                "Investering voorbereidingskrediet Stationsgebied",
                "[[€ 2.450.000]]",
                "",
            ],
            [
                "3 Ruimte, Wonen en Mobiliteit",
                "Bijdrage provincie, eerste voorschot",
                "",
                "[[€ 240.000]]",
            ],
            [
                "Algemene dekkingsmiddelen",
                "Onttrekking reserve Stedelijke Ontwikkeling",
                "",
                "[[€ 2.210.000]]",
            ],
            ["Totaal", "", "[[€ 2.450.000]]", "[[€ 2.450.000]]"],
        ],
        widths=[130, 190, 70, 70],
    ),
]


# --------------------------------------------------------------------------- bijlage 1 stationsgebied


def _traffic_rows() -> list:
    """Hourly counts at the Stationsstraat, derived from a fixed daily profile."""
    profile = [
        1,
        1,
        1,
        1,
        2,
        5,
        14,
        38,
        41,
        22,
        17,
        18,
        20,
        19,
        18,
        21,
        33,
        39,
        24,
        15,
        11,
        8,
        5,
        2,
    ]
    rows = [["Uur", "Fietsers", "Voetgangers", "Bussen", "Auto's", "Totaal"]]
    for hour, weight in enumerate(profile):
        bikes, walkers = weight * 31, weight * 17 + 4
        buses = 0 if hour < 6 or hour > 23 else 6 + (4 if weight > 30 else 0)
        cars = weight * 9 + 3
        rows.append(
            [
                f"{hour:02d}.00-{(hour + 1) % 24:02d}.00",
                f"{bikes}",
                f"{walkers}",
                f"{buses}",
                f"{cars}",
                f"{bikes + walkers + buses + cars}",
            ]
        )
    return rows


_SPECIES = [
    ("Platanus x hispanica", "plataan"),
    ("Tilia x europaea", "Hollandse linde"),
    ("Quercus robur", "zomereik"),
    ("Acer campestre", "Spaanse aak"),
    ("Fraxinus excelsior", "es"),
    ("Gleditsia triacanthos", "valse christusdoorn"),
    ("Betula pendula", "ruwe berk"),
    ("Carpinus betulus", "haagbeuk"),
]
_STREETS = ["Emmasingel", "Stationsplein", "Spoorlaan", "Stationsstraat", "Kerkstraat"]


def _tree_rows() -> list:
    """A tree survey: six monumental plane trees, then a fixed pattern (no chance involved)."""
    rows = [["Nr", "Boomsoort", "Locatie", "Stamdiameter", "Conditie", "Advies"]]
    for n in range(1, 7):
        condition = "goed" if n % 3 else "redelijk"
        rows.append(
            [
                f"B{n:03d}",
                "Platanus x hispanica",
                "Emmasingel",
                f"{74 + n * 4} cm",
                condition,
                "behouden (monumentaal)",
            ]
        )
    for n in range(7, 73):
        latin, _ = _SPECIES[1 + (n * 5) % (len(_SPECIES) - 1)]
        street = _STREETS[(n // 9) % len(_STREETS)]
        diameter = 18 + (n * 37) % 53
        condition = ["goed", "redelijk", "matig", "slecht"][(n * 7) % 11 % 4]
        if condition == "slecht":
            advice = "vervangen"
        elif street in ("Stationsplein", "Spoorlaan") and diameter < 40:
            advice = "verplanten"
        elif street in ("Stationsplein", "Spoorlaan"):
            advice = "kappen, herplant"
        else:
            advice = "behouden"
        rows.append([f"B{n:03d}", latin, street, f"{diameter} cm", condition, advice])
    return rows


def _trees_kept() -> int:
    return sum(1 for r in _tree_rows()[1:] if r[5].startswith(("behouden", "verplanten")))


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _traffic_totals() -> list:
    rows = _traffic_rows()[1:]
    return [_thousands(sum(int(r[c]) for r in rows)) for c in (1, 2, 3, 4)]


def _parking_rows() -> list:
    """Hourly occupancy of the three car parks, from fixed daily profiles."""
    capacity = {"Parkeerterrein noord": 185, "Emmasingel": 64, "Spoorlaan": 48}
    profiles = {
        "Parkeerterrein noord": [
            22,
            41,
            63,
            72,
            74,
            73,
            71,
            70,
            72,
            71,
            66,
            58,
            47,
            39,
            31,
            24,
            18,
        ],
        "Emmasingel": [30, 52, 77, 86, 91, 94, 90, 88, 92, 95, 89, 76, 61, 50, 38, 27, 20],
        "Spoorlaan": [18, 35, 54, 61, 60, 58, 57, 55, 54, 57, 52, 44, 31, 22, 17, 12, 9],
    }
    rows = [["Tijdstip", *(f"{name} ({cap})" for name, cap in capacity.items())]]
    for i, hour in enumerate(range(7, 24)):
        cells = []
        for name, cap in capacity.items():
            share = profiles[name][i]
            cells.append(f"{round(cap * share / 100)} ({share}%)")
        rows.append([f"{hour:02d}.00 uur", *cells])
    return rows


SG_BIJLAGE = [
    H("Technische onderbouwing Herinrichting Stationsgebied Lindewaarde", 0),
    P("Bijlage 1 bij raadsvoorstel 2026-041", bold=True, size=12),
    FIELDS(
        [
            ("Opdrachtgever", "Gemeente Lindewaarde, afdeling Ruimte"),
            ("Opdrachtnemer", "Ingenieursbureau Van Dalen & Kroes B.V."),
            ("Projectnummer", "VDK-24.118"),
            ("Versie", "1.2 (definitief)"),
            ("Datum", "[[9 maart 2026]]"),
            ("Auteurs", "ir. M. Kroes, ing. S. Yilmaz, drs. P. van Dalen"),
        ]
    ),
    P("""Dit rapport is opgesteld in opdracht van de gemeente Lindewaarde. Het bevat de
        technische onderbouwing van het Programma van Eisen en de voorkeursvariant voor de
        herinrichting van het stationsgebied. Het rapport is gebaseerd op de gegevens die tot
        [[1 februari 2026]] beschikbaar waren."""),
    H("Inhoud", 1),
    L(
        [
            "Samenvatting",
            "1 Inleiding",
            "2 Huidige situatie",
            "3 Varianten en beoordeling",
            "4 Programma van Eisen",
            "5 Omgevingsaspecten",
            "6 Kostenraming",
            "7 Planning",
            "8 Risicoanalyse",
            "Bijlage A Verkeerstellingen",
            "Bijlage B Bomeninventarisatie",
            "Bijlage C Parkeeronderzoek",
            "Bijlage D Kabels en leidingen",
            "Bijlage E Prognose fietsparkeren",
            "Bijlage F Kruispuntanalyse",
            "Bijlage G Verslag klankbordgroep",
            "Bijlage H Afkortingen en begrippen",
        ],
        "none",
        indent=0,
    ),
    BREAK,
    H("Samenvatting", 1),
    P("""De gemeente Lindewaarde wil het stationsgebied heringrichten. In de Gebiedsvisie
        Stationsgebied zijn daarvoor de ambities vastgelegd: een veilige en toegankelijke
        entree, voldoende ruimte voor fietsparkeren, een goed overstappunt tussen trein en bus
        en een groene, klimaatbestendige openbare ruimte. Dit rapport werkt die ambities uit in
        drie varianten, beoordeelt de varianten en onderbouwt het Programma van Eisen voor de
        voorkeursvariant."""),
    P("""Uit de beoordeling komt variant B 'Stationspark' als beste naar voren. Deze variant
        verplaatst het busstation naar de Spoorlaan, maakt van de Stationsstraat een fietsstraat
        en vervangt het parkeerterrein aan de noordzijde door een groen plein met daaronder een
        fietsenstalling voor 2.400 fietsen. De investering voor variant B is geraamd op
        [[€ 14,6 miljoen]] (prijspeil [[1 januari 2026]], exclusief btw), tegen
        [[€ 9,8 miljoen]] voor variant A en [[€ 21,4 miljoen]] voor variant C."""),
    P("""De onderzoeken naar bodem, geluid, luchtkwaliteit, ecologie, archeologie, water,
        externe veiligheid en kabels en leidingen laten geen belemmeringen zien die de
        uitvoering van variant B in de weg staan. Wel zijn aanvullende onderzoeken nodig naar
        niet gesprongen explosieven, de puinlaag onder het parkeerterrein en de
        verblijfplaatsen van gierzwaluwen. De uitvoering kan in twee fasen plaatsvinden, met een
        oplevering van het gehele gebied in [[medio 2030|date=]]."""),
    H("1 Inleiding", 1),
    H("1.1 Aanleiding en doel", 2),
    P("""Het stationsgebied van Lindewaarde voldoet niet meer aan de eisen die reizigers,
        bewoners en bezoekers eraan stellen. De gemeente heeft Ingenieursbureau Van Dalen &
        Kroes gevraagd de technische haalbaarheid van de herinrichting te onderzoeken, drie
        varianten uit te werken en te beoordelen, en de uitgangspunten voor het ontwerp vast te
        leggen in een Programma van Eisen. Dit rapport is de technische onderbouwing bij het
        raadsvoorstel over de voorkeursvariant."""),
    H("1.2 Plangebied", 2),
    P("""Het plangebied omvat het stationsplein aan de noordzijde, het parkeerterrein, de
        Stationsstraat tot aan de Kerkstraat, de Emmasingel tussen de Kerkstraat en het spoor,
        de Spoorlaan en het voorterrein aan de zuidzijde van het station. De oppervlakte van het
        plangebied is ongeveer 4,8 hectare. Het spoor zelf en de perrons vallen buiten het
        plangebied; de werkzaamheden daaraan worden door ProRail uitgevoerd."""),
    H("1.3 Leeswijzer", 2),
    P("""Hoofdstuk 2 beschrijft de huidige situatie. In hoofdstuk 3 worden de varianten
        beschreven en beoordeeld. Hoofdstuk 4 bevat het Programma van Eisen. Hoofdstuk 5 vat de
        onderzoeken naar de omgevingsaspecten samen. De hoofdstukken 6, 7 en 8 gaan over de
        kostenraming, de planning en de risico's. De bijlagen bevatten de verkeerstellingen en de
        bomeninventarisatie."""),
    H("2 Huidige situatie", 1),
    H("2.1 Ruimtelijke structuur", 2),
    P("""Het station ligt aan de oostrand van het centrum van Lindewaarde. Het stationsgebouw
        dateert uit 1912 en is een gemeentelijk monument. De noordzijde van het station is de
        hoofdentree en sluit via de Stationsstraat aan op het winkelgebied. De zuidzijde heeft
        vooral een functie voor de wijken Zuid-Oost en De Weiden en voor het bedrijventerrein
        Hulsdonk-West. Tussen beide zijden ligt een voetgangerstunnel die in 1994 is vernieuwd en
        sindsdien weinig onderhoud heeft gehad."""),
    H("2.2 Verkeer en vervoer", 2),
    P("""In [[oktober 2025|date=]] zijn op vijf punten in het plangebied verkeerstellingen
        uitgevoerd. Tabel 2.1 geeft de gemiddelde werkdagintensiteiten. De Stationsstraat is de
        drukste fietsroute van Lindewaarde. In de ochtendspits passeren er meer dan 1.200 fietsers
        per uur, terwijl ook de bussen en het bestemmingsverkeer van de winkels van deze straat
        gebruikmaken. De volledige telgegevens per uur staan in bijlage A."""),
    T(
        caption="Tabel 2.1 Gemiddelde werkdagintensiteiten ([[oktober 2025|date=]])",
        rows=[
            ["Telpunt", "Fietsers", "Voetgangers", "Bussen", "Auto's"],
            ["Stationsstraat bij Kerkstraat", *_traffic_totals()],
            ["Emmasingel bij spoor", "4.860", "1.210", "96", "7.940"],
            ["Spoorlaan bij voetgangerstunnel", "3.120", "2.430", "0", "1.860"],
            ["Stationsplein (ingang noord)", "2.050", "8.910", "0", "620"],
            ["Voorterrein zuid", "1.690", "2.140", "0", "410"],
        ],
        widths=[170, 70, 70, 60, 60],
    ),
    H("2.3 Fietsparkeren", 2),
    P("""Het station heeft drie fietsenstallingen: de bewaakte stalling in het stationsgebouw, een
        onbewaakte stalling met rekken aan de noordzijde en een onbewaakte stalling aan de
        zuidzijde. De bezetting is in [[oktober 2025|date=]] op vier werkdagen geteld. Alle
        stallingen zijn overvol. Daarnaast stonden er gemiddeld 410 fietsen buiten de rekken."""),
    T(
        [
            ["Stalling", "Capaciteit", "Bezetting", "Bezettingsgraad"],
            ["Bewaakt, stationsgebouw", "450", "468", "104%"],
            ["Onbewaakt, noordzijde", "850", "1.046", "123%"],
            ["Onbewaakt, zuidzijde", "350", "392", "112%"],
            ["Buiten de rekken", "-", "410", "-"],
            ["Totaal", "1.650", "2.316", "140%"],
        ],
        widths=[170, 80, 80, 90],
    ),
    H("2.4 Openbaar vervoer", 2),
    P("""Het station wordt bediend door een intercity en een sprinter, elk twee keer per uur in
        beide richtingen. Het aantal instappers en uitstappers is in 2025 gemiddeld 9.150 per werkdag.
        De prognose van NS gaat uit van een groei naar 12.500 in 2035. Het busstation aan de
        Stationsstraat heeft vier haltes voor zeven streeklijnen. Geen van de haltes voldoet aan
        de richtlijnen voor toegankelijkheid: de perrons zijn te laag, er ontbreken
        geleidelijnen en de overkappingen zijn te klein."""),
    H("2.5 Openbare ruimte en groen", 2),
    P("""Het plangebied is voor 92 procent verhard. Het groen bestaat uit de bomenrij aan de
        Emmasingel, enkele plantvakken op het stationsplein en een grasstrook langs de Spoorlaan.
        In het gebied staan 72 bomen, waarvan zes monumentale platanen aan de Emmasingel. De
        bomeninventarisatie staat in bijlage B. Het stationsplein warmt in de zomer sterk op; bij
        metingen op een zomerdag was de oppervlaktetemperatuur van het asfalt op het
        parkeerterrein 51 graden Celsius."""),
    H("2.6 Parkeren", 2),
    P("""In het plangebied liggen drie parkeervoorzieningen voor auto's: het parkeerterrein aan
        de noordzijde met 185 plaatsen, de parkeerstrook aan de Emmasingel met 64 plaatsen en het
        parkeerterrein aan de Spoorlaan met 48 plaatsen. Parkeren is betaald van 9.00 tot 18.00
        uur. In [[oktober 2025|date=]] is op twee werkdagen en een zaterdag elk uur de bezetting
        geteld en zijn de kentekens vastgelegd om de parkeerduur te bepalen."""),
    P("""De bezetting van het parkeerterrein noord ligt overdag rond de 70 procent. Ongeveer 60
        procent van de geparkeerde auto's staat er langer dan zes uur; dit zijn vooral
        treinreizigers. Op de Emmasingel is de bezetting hoger en de parkeerduur korter; hier
        parkeren vooral bezoekers van de winkels. De resultaten per uur staan in bijlage C."""),
    H("2.7 Sociale veiligheid", 2),
    P("""Uit een schouw met bewoners, politie en de vervoerder blijkt dat vooral de
        voetgangerstunnel en de achterkant van de fietsenstalling aan de zuidzijde 's avonds als
        onveilig worden ervaren. De verlichting is daar onvoldoende en er is weinig sociale
        controle. Ook de fietsenstalling aan de noordzijde is onoverzichtelijk door de hoge
        bezetting en het grote aantal weesfietsen. In 2025 zijn bij het station 143 fietsdiefstallen
        gemeld, ongeveer een kwart van alle gemelde fietsdiefstallen in Lindewaarde."""),
    H("3 Varianten en beoordeling", 1),
    H("3.1 Variant A 'Compact'", 2),
    P("""Variant A behoudt de huidige hoofdstructuur. Het busstation blijft aan de Stationsstraat,
        de stallingen worden vervangen door een nieuwe stalling met dubbellaagse rekken voor
        2.000 fietsen op maaiveld en de bestrating wordt vernieuwd. Het parkeerterrein blijft
        grotendeels bestaan. Deze variant is relatief goedkoop en snel uitvoerbaar, maar lost de
        menging van fietsers en bussen op de Stationsstraat niet op en levert weinig extra groen
        op."""),
    H("3.2 Variant B 'Stationspark'", 2),
    P("""Variant B verplaatst het busstation naar de Spoorlaan, waar zes toegankelijke haltes
        langs het spoor worden aangelegd. De Stationsstraat wordt een fietsstraat. Het
        parkeerterrein maakt plaats voor een groen stationsplein met bomen, waterberging en
        zitplekken. Onder het plein komt een ondergrondse fietsenstalling voor 2.400 fietsen met
        een directe verbinding naar de voetgangerstunnel. Voor kort parkeren blijven 60 plaatsen
        beschikbaar aan de Emmasingel."""),
    H("3.3 Variant C 'Spoorzone'", 2),
    P("""Variant C verplaatst het busstation naar de zuidzijde van het station en maakt de
        noordzijde volledig autovrij. Er komt een nieuwe fietstunnel onder het spoor, zodat
        fietsers van de zuidzijde direct de stalling kunnen bereiken. Deze variant biedt de meeste
        ruimte voor groen en verblijven, maar vraagt grote ingrepen bij het spoor en is
        aanzienlijk duurder."""),
    H("3.4 Beoordeling", 2),
    P("""De varianten zijn beoordeeld op zes criteria uit de Gebiedsvisie. Tabel 3.1 geeft de
        uitkomst. Daarbij betekent ++ zeer positief, + positief, 0 neutraal en - negatief ten
        opzichte van de huidige situatie."""),
    T(
        caption="Tabel 3.1 Beoordeling van de varianten",
        rows=[
            ["Criterium", "Variant A", "Variant B", "Variant C"],
            ["Verkeersveiligheid", "0", "++", "++"],
            ["Bereikbaarheid en overstap", "+", "+", "0"],
            ["Verblijfskwaliteit", "0", "+", "++"],
            ["Groen en klimaatadaptatie", "0", "+", "++"],
            ["Toekomstbestendigheid", "-", "+", "+"],
            ["Investering", "[[€ 9,8 miljoen]]", "[[€ 14,6 miljoen]]", "[[€ 21,4 miljoen]]"],
        ],
        widths=[170, 90, 90, 90],
    ),
    P("""Tabel 3.2 vat de belangrijkste kenmerken van de varianten samen. De aantallen zijn
        gebaseerd op de schetsontwerpen en kunnen in de uitwerking nog veranderen."""),
    T(
        caption="Tabel 3.2 Kenmerken van de varianten",
        rows=[
            ["Kenmerk", "Variant A", "Variant B", "Variant C"],
            ["Ligging busstation", "Stationsstraat", "Spoorlaan", "Zuidzijde"],
            ["Aantal bushaltes", "4", "6", "6"],
            ["Fietsparkeerplekken", "2.000", "2.850", "3.100"],
            ["Waarvan bewaakt", "450", "2.400", "2.600"],
            ["Parkeerplaatsen auto", "160", "95", "40"],
            ["Aandeel groen", "12%", "31%", "38%"],
            ["Nieuwe bomen", "15", "62", "85"],
            ["Waterberging", "120 m³", "450 m³", "600 m³"],
            ["Nieuwe fietstunnel", "nee", "nee", "ja"],
            ["Bouwtijd", "2 jaar", "3 jaar", "4 jaar"],
        ],
        widths=[150, 95, 95, 95],
    ),
    H("3.5 Conclusie", 2),
    P("""Variant B biedt de beste verhouding tussen de bijdrage aan de doelen en de kosten.
        Variant C scoort op verblijfskwaliteit en groen beter, maar de fietstunnel maakt deze
        variant ruim [[€ 6,8 miljoen]] duurder en vergroot de afhankelijkheid van ProRail. Variant
        A is goedkoper, maar haalt de doelen voor veiligheid en toekomstbestendigheid niet. Wij
        adviseren daarom variant B als voorkeursvariant."""),
    H("4 Programma van Eisen", 1),
    P("""Het Programma van Eisen legt de functionele en technische eisen vast waaraan het ontwerp
        van variant B moet voldoen. Paragraaf 4.1 bevat de functionele eisen, ingedeeld in zes
        thema's. De eisen zijn genummerd, zodat in het ontwerp en in het contract naar de eisen
        kan worden verwezen. De paragrafen 4.2 tot en met 4.6 geven de technische
        uitgangspunten voor de belangrijkste onderdelen."""),
    H("4.1 Functionele eisen", 2),
    T(
        [
            ["Nr", "Thema", "Eis"],
            [
                "PvE-01",
                "Algemeen",
                "Het ontwerp voldoet aan het Handboek Openbare Ruimte Lindewaarde 2024.",
            ],
            [
                "PvE-02",
                "Algemeen",
                "Materialen zijn duurzaam, herbruikbaar en eenvoudig te onderhouden.",
            ],
            [
                "PvE-03",
                "Verkeer",
                "De fietsstraat heeft een rijloper van ten minste 4,0 meter in rood asfalt.",
            ],
            ["PvE-04", "Verkeer", "Fietspaden in twee richtingen zijn ten minste 3,5 meter breed."],
            ["PvE-05", "Verkeer", "De maximumsnelheid in het gehele plangebied is 30 km/uur."],
            [
                "PvE-06",
                "Verkeer",
                "Voetgangersroutes zijn ten minste 2,5 meter vrij van obstakels.",
            ],
            [
                "PvE-07",
                "Fietsparkeren",
                "De ondergrondse stalling biedt 2.400 plekken, waarvan 10 procent voor afwijkende fietsen.",
            ],
            [
                "PvE-08",
                "Fietsparkeren",
                "Op maaiveld zijn 450 plekken voor kort parkeren beschikbaar.",
            ],
            [
                "PvE-09",
                "Fietsparkeren",
                "De looptijd van de stalling naar het perron is ten hoogste drie minuten.",
            ],
            [
                "PvE-10",
                "Openbaar vervoer",
                "Het busstation heeft zes haltes met een perronhoogte van 18 centimeter.",
            ],
            [
                "PvE-11",
                "Openbaar vervoer",
                "Alle haltes hebben geleidelijnen, een overkapping en dynamische reisinformatie.",
            ],
            [
                "PvE-12",
                "Openbaar vervoer",
                "Een kiss-and-ride-strook biedt plaats aan ten minste acht auto's.",
            ],
            [
                "PvE-13",
                "Groen en water",
                "Ten minste 30 procent van het plangebied is onverhard en groen ingericht.",
            ],
            [
                "PvE-14",
                "Groen en water",
                "Er worden ten minste zestig nieuwe bomen geplant met een ondergrondse groeiplaats van 25 m³.",
            ],
            [
                "PvE-15",
                "Groen en water",
                "Het gebied verwerkt een bui van 70 millimeter in een uur zonder wateroverlast.",
            ],
            [
                "PvE-16",
                "Groen en water",
                "De zes monumentale platanen aan de Emmasingel blijven behouden.",
            ],
            [
                "PvE-17",
                "Beheer",
                "Het ontwerp is beheerbaar met de standaardmaterialen en het materieel van de gemeente.",
            ],
            [
                "PvE-18",
                "Beheer",
                "De openbare verlichting is energiezuinig en dimbaar en voldoet aan de richtlijn voor sociale veiligheid.",
            ],
        ],
        widths=[50, 90, 300],
    ),
    H("4.2 Materialen en inrichting", 2),
    P("""De inrichting sluit aan bij het Handboek Openbare Ruimte en bij de uitstraling van het
        historische stationsgebouw. Voetgangersgebieden worden uitgevoerd in gebakken klinkers in
        een roodbruine kleur, gelegd in keperverband. De fietsstraat krijgt een rijloper van
        rood asfalt met aan weerszijden een strook van gebakken klinkers. De busbaan wordt
        uitgevoerd in beton, omdat asfalt bij de haltes door het optrekken en afremmen van de
        bussen snel vervormt. Banden en trappen worden uitgevoerd in natuursteen. Het meubilair,
        zoals banken, afvalbakken en fietsnietjes, komt uit de standaardlijn van de gemeente."""),
    P("""Het stationsplein wordt ingericht als een parkachtige ruimte met grasvelden, vaste
        planten en bomen in verharde en onverharde vakken. Langs de looproutes komen zitranden en
        banken met rugleuning en armleuningen. Een waterelement met fonteinen in de bestrating
        zorgt in de zomer voor verkoeling en kan in de winter worden uitgezet. Alle
        hoogteverschillen worden opgevangen met hellingen van ten hoogste 1 op 20."""),
    H("4.3 Openbare verlichting", 2),
    P("""De openbare verlichting wordt volledig vernieuwd en uitgevoerd met energiezuinige
        ledarmaturen op masten van 6 meter langs de looproutes en 8 meter langs de busbaan. De
        verlichting is dimbaar en wordt na middernacht teruggeschakeld naar 50 procent, behalve
        bij de ingang van de stalling, de bushaltes en de voetgangerstunnel. De lichtkleur is
        warm wit om lichthinder voor vleermuizen langs de Emmasingel te beperken. Aan de
        bomenrij wordt amberkleurig licht toegepast."""),
    H("4.4 Bewegwijzering en reisinformatie", 2),
    P("""De bewegwijzering wordt afgestemd op de huisstijl van NS en de vervoerder, zodat reizigers
        één herkenbaar systeem zien. Bij de ingangen van de stalling komen digitale panelen die
        het aantal vrije plekken per zone tonen. Bij de bushaltes komt dynamische reisinformatie,
        ook in gesproken vorm voor reizigers met een visuele beperking. Vanuit het centrum wordt
        de looproute naar het station aangegeven met bordjes en met een markering in de
        bestrating."""),
    H("4.5 Ondergrondse fietsenstalling", 2),
    P("""De ondergrondse stalling ligt onder de oostelijke helft van het stationsplein en heeft
        een bruto vloeroppervlak van ongeveer 3.200 vierkante meter. De stalling krijgt twee
        ingangen: een hoofdingang aan het plein met een flauwe hellingbaan en roltrappen met een
        fietsgoot, en een tweede ingang die direct aansluit op de voetgangerstunnel naar de
        perrons. De vrije hoogte is ten minste 2,6 meter. De stalling wordt uitgevoerd als een
        betonnen bak in een bouwput met damwanden en een onderwaterbetonvloer."""),
    P("""De stalling is bewaakt en de eerste 24 uur gratis. Zij wordt ingedeeld in zones, zodat
        fietsers snel een vrije plek vinden. Elektrische fietsen kunnen in een aparte zone worden
        opgeladen. Er komt een ruimte voor een fietsenmaker en een uitgiftepunt voor
        deelfietsen. Voor de ventilatie, de rookafvoer en de vluchtwegen gelden de eisen van het
        Besluit bouwwerken leefomgeving en het advies van de veiligheidsregio."""),
    T(
        caption="Tabel 4.1 Indeling van de ondergrondse stalling",
        rows=[
            ["Zone", "Type plek", "Aantal", "Toelichting"],
            ["A", "Etagerek, standaardfiets", "1.380", "Nabij de hoofdingang"],
            ["B", "Etagerek, standaardfiets", "620", "Nabij de ingang naar de tunnel"],
            ["C", "Vloerrek, elektrische fiets met laadpunt", "160", "Laadpunten met eigen meter"],
            [
                "D",
                "Afwijkende fietsen (bakfiets, driewieler)",
                "240",
                "Ruime vakken op vloerniveau",
            ],
            ["Totaal", "", "2.400", ""],
        ],
        widths=[50, 190, 60, 140],
    ),
    H("4.6 Busstation Spoorlaan", 2),
    P("""Het nieuwe busstation aan de Spoorlaan krijgt zes haltes in een rij langs het spoor, met
        een perronhoogte van 18 centimeter en een perronbreedte van ten minste 3,5 meter. De
        haltes worden bereikbaar via een brede voetgangersstrook die aansluit op de hoofdingang
        van het station. Er komt een overkapping over de volle lengte van het perron, met
        zitplekken, verlichting en dynamische reisinformatie. Aan de oostzijde komt een
        bufferplaats voor twee bussen, met een voorziening voor de chauffeurs."""),
    P("""De vervoerder in de concessie Midden-Waardland schakelt vanaf 2028 volledig over op
        elektrische bussen. Op de bufferplaats
        worden daarom twee snellaadpunten met pantografen voorbereid. De netaansluiting wordt in
        overleg met de netbeheerder in de eerste fase aangelegd, zodat de Spoorlaan later niet
        opnieuw open hoeft."""),
    ("columns", 2),
    H("5 Omgevingsaspecten", 1),
    P("""Voor de herinrichting is geen wijziging van het omgevingsplan nodig, omdat de functies
        in het gebied niet veranderen. Wel moet bij de uitvoering worden voldaan aan de regels
        voor bodem, geluid, natuur, archeologie en water. In dit hoofdstuk worden de resultaten
        van de onderzoeken samengevat. De volledige rapporten zijn op te vragen bij de
        gemeente."""),
    H("5.1 Bodem", 2),
    P("""Er is een verkennend bodemonderzoek uitgevoerd volgens NEN 5740, met 38 boringen en
        zes peilbuizen. De bovengrond onder het parkeerterrein bestaat uit een puinhoudende laag
        van 0,3 tot 0,9 meter dik. In vier boringen is in deze laag asbest aangetroffen, in
        concentraties onder de interventiewaarde. In het grondwater bij de Spoorlaan zijn licht
        verhoogde gehalten aan minerale olie en PAK gemeten, die waarschijnlijk afkomstig zijn van
        de voormalige gasfabriek. Een nader onderzoek moet uitwijzen of er sprake is van een geval
        van ernstige verontreiniging. Grond die vrijkomt bij de aanleg van de stalling wordt
        afgevoerd volgens het Besluit bodemkwaliteit."""),
    H("5.2 Niet gesprongen explosieven", 2),
    P("""Het historisch vooronderzoek laat zien dat het spoorwegemplacement in [[september 1944|date=]]
        meerdere keren is gebombardeerd. Er zijn inslagen gedocumenteerd op het huidige
        parkeerterrein en langs de Spoorlaan. Het gebied binnen 150 meter van het spoor is daarom
        als verdacht aangemerkt. Voor het graafwerk wordt een opsporingsonderzoek uitgevoerd,
        waarbij de bodem tot de naoorlogse diepte met detectieapparatuur wordt onderzocht."""),
    H("5.3 Geluid", 2),
    P("""De herinrichting leidt niet tot een toename van het wegverkeerslawaai op de gevels van
        woningen. Door de verplaatsing van het busstation neemt de geluidbelasting aan de
        Stationsstraat met ongeveer 2 dB af. Aan de Spoorlaan, aan de kant van Zuid-Oost, neemt de
        geluidbelasting door de bussen toe met maximaal 1,4 dB, maar blijft onder de standaardwaarde. Tijdens de bouw
        is er geluidhinder door heiwerkzaamheden en het aanbrengen van damwanden. Daarom worden
        trillingsarme methoden voorgeschreven."""),
    T(
        caption="Tabel 5.1 Overzicht van de onderzoeksresultaten",
        rows=[
            ["Aspect", "Onderzoek", "Resultaat", "Vervolg en planning"],
            [
                "Bodem",
                "Verkennend onderzoek NEN 5740",
                "Asbest in puinlaag, olie en PAK in grondwater",
                "Nader onderzoek, gereed [[Q3 2026]]",
            ],
            [
                "Explosieven",
                "Historisch vooronderzoek",
                "Verdacht gebied binnen 150 meter van het spoor",
                "Opsporingsonderzoek voor start graafwerk",
            ],
            [
                "Geluid",
                "Akoestisch onderzoek",
                "Afname Stationsstraat, toename Spoorlaan binnen norm",
                "Trillingsarm bouwen voorschrijven",
            ],
            ["Lucht", "Berekening NSL-rekentool", "Ruim onder de grenswaarden", "Geen"],
            [
                "Ecologie",
                "Quickscan",
                "Gierzwaluw, vleermuizen",
                "Nader onderzoek [[voor 1 juni 2026]]",
            ],
            [
                "Archeologie",
                "Bureauonderzoek",
                "Middelhoge verwachting",
                "Booronderzoek in de voorbereiding",
            ],
            [
                "Water",
                "Waterparagraaf",
                "Compensatie verharding nodig",
                "Waterberging 450 m³ onder plein",
            ],
        ],
        widths=[70, 130, 170, 150],
    ),
    H("5.4 Luchtkwaliteit", 2),
    P("""De concentraties stikstofdioxide en fijnstof in het plangebied liggen ruim onder de
        grenswaarden. De herinrichting leidt niet tot meer autoverkeer, zodat de luchtkwaliteit
        niet verslechtert. Door de verplaatsing van de bussen naar de Spoorlaan verbetert de
        luchtkwaliteit op het stationsplein, waar veel mensen verblijven. Vanaf 2028 rijden alle
        bussen in de concessie Midden-Waardland emissievrij."""),
    H("5.5 Ecologie", 2),
    P("""Uit de quickscan blijkt dat in de gevel van het stationsgebouw verblijfplaatsen van de
        gierzwaluw aanwezig zijn. Langs de bomenrij aan de Emmasingel foerageren gewone
        dwergvleermuizen en laatvliegers; verblijfplaatsen in de bomen zijn niet uitgesloten. In
        het plangebied komen geen beschermde planten voor. Voor het kappen van bomen aan de
        Spoorlaan en voor werkzaamheden aan de gevel is aanvullend onderzoek nodig volgens de
        geldende protocollen. Op basis daarvan wordt zo nodig een omgevingsvergunning voor een
        flora en fauna aangevraagd. De stikstofdepositie tijdens de bouw is berekend
        met AERIUS en leidt niet tot een toename op Natura 2000-gebieden."""),
    H("5.6 Archeologie", 2),
    P("""Volgens de archeologische beleidskaart van de Regionale Archeologische Dienst
        Midden-Waardland heeft het plangebied een middelhoge
        verwachting voor resten uit de late middeleeuwen en de nieuwe tijd. De bodem is in de
        bovenste meter grotendeels verstoord door de aanleg van het spoor en de bebouwing. Voor de
        bouwput van de ondergrondse stalling, die tot ongeveer 4 meter diep reikt, is een
        booronderzoek nodig. Bij positieve resultaten volgt een proefsleuvenonderzoek."""),
    H("5.7 Water en klimaatadaptatie", 2),
    P("""Het plangebied ligt in het beheergebied van het waterschap Brabantse Waarden. Door het
        vervangen van verharding door groen neemt de afvoer van hemelwater af. Het hemelwater
        van het plein en de Stationsstraat wordt afgekoppeld van het gemengde riool en
        vastgehouden in een ondergrondse waterberging van 450 kubieke meter en in de
        groeiplaatsen van de bomen. De stresstest laat zien dat het gebied daarmee een bui van 70
        millimeter in een uur kan verwerken. De waterparagraaf is afgestemd met het waterschap.
        De bemaling voor de bouwput wordt gemeld bij het waterschap; bij een onttrekking van meer
        dan 50.000 kubieke meter per maand is een vergunning nodig."""),
    H("5.8 Externe veiligheid", 2),
    P("""Over het spoor worden gevaarlijke stoffen vervoerd. Het plangebied ligt binnen het
        aandachtsgebied van de spoorlijn. Omdat er geen nieuwe gebouwen met kwetsbare functies
        worden toegevoegd, is een verantwoording van het groepsrisico niet nodig. De ondergrondse
        stalling krijgt twee vluchtroutes en wordt ontworpen volgens de richtlijnen van de
        Veiligheidsregio Midden-Waardland. De veiligheidsregio heeft een positief advies
        gegeven."""),
    H("5.9 Kabels en leidingen", 2),
    P("""Na een KLIC-melding zijn de kabels en leidingen in het plangebied in kaart gebracht. Onder
        het parkeerterrein liggen een hoofdwaterleiding, een middenspanningskabel van de
        netbeheerder, een gasleiding en de glasvezelverbinding van ProRail. Voor de aanleg van de
        stalling moeten de waterleiding en de middenspanningskabel worden verlegd. De
        netbeheerders hebben aangegeven daarvoor een voorbereidingstijd van twaalf maanden
        nodig te hebben. Het verleggen kan daarom op zijn vroegst in het [[voorjaar van 2027|date=]]
        beginnen."""),
    H("5.10 Trillingen", 2),
    P("""Bij het aanbrengen van de damwanden voor de bouwput en bij het verdichten van de
        ondergrond ontstaan trillingen. In de omgeving staan panden met een gevoelige
        fundering, waaronder het monumentale stationsgebouw en enkele woningen uit de jaren
        twintig aan de Emmasingel en in Zuid-Oost, die op houten palen zijn gefundeerd. Met een
        trillingsprognose volgens de SBR-richtlijn is bepaald welke methoden toelaatbaar zijn.
        De damwanden worden gedrukt in plaats van getrild. Binnen 25 meter van het stationsgebouw
        worden trillingsmeters geplaatst, die bij overschrijding van de grenswaarde automatisch
        een melding geven aan de uitvoerder en de toezichthouder."""),
    H("5.11 Gezondheid", 2),
    P("""De herinrichting draagt bij aan een gezondere leefomgeving. Meer ruimte voor lopen en
        fietsen stimuleert beweging, het extra groen vermindert hittestress en de verplaatsing
        van de bussen verbetert de luchtkwaliteit op het plein, waar de meeste mensen verblijven.
        De GGD Midden-Waardland heeft het ontwerp beoordeeld en adviseert om voldoende schaduwrijke zitplekken en
        een gratis watertappunt op te nemen. Beide adviezen zijn in het Programma van Eisen
        verwerkt."""),
    H("5.12 Duurzaamheid en circulariteit", 2),
    P("""Voor de materialen in de openbare ruimte is een milieukostenindicator berekend. Door
        het hergebruik van de bestaande gebakken klinkers en natuursteen, het toepassen van beton
        met gerecycled granulaat en het beperken van grondtransport ligt de milieubelasting van
        variant B ongeveer 22 procent lager dan bij een inrichting met alleen nieuwe materialen.
        Vrijkomende grond wordt zoveel mogelijk binnen het project hergebruikt. Het dak van de
        stallingsingang wordt voorzien van zonnepanelen met een vermogen van ongeveer 60 kilowattpiek,
        genoeg voor de verlichting en de roltrappen van de stalling."""),
    H("5.13 Conclusie omgevingsaspecten", 2),
    P("""De omgevingsaspecten staan de uitvoering van variant B niet in de weg. Voor bodem,
        explosieven, ecologie en archeologie is aanvullend onderzoek nodig, dat in de
        voorbereiding wordt uitgevoerd. De kosten daarvan zijn in het voorbereidingskrediet
        opgenomen. De overige aspecten vragen om maatregelen in het ontwerp en tijdens de
        uitvoering, zoals trillingsarm bouwen, een zorgvuldige bemaling en een ecologisch
        werkprotocol."""),
    ("columns", 1),
    H("6 Kostenraming", 1),
    H("6.1 Uitgangspunten", 2),
    P("""De kostenraming is opgesteld volgens de Standaardsystematiek voor Kostenramingen, op
        prijspeil [[1 januari 2026]] en exclusief btw. De raming is gebaseerd op het schetsontwerp
        van variant B en heeft een nauwkeurigheid van ongeveer 20 procent. De bedragen in tabel
        6.1 zijn afgerond op duizenden euro's."""),
    T(
        caption="Tabel 6.1 Raming variant B per fase",
        rows=[
            [
                "Onderdeel",
                "[[Fase 1 (x € 1.000)|none]]",
                "[[Fase 2 (x € 1.000)|none]]",
                "[[Totaal (x € 1.000)|none]]",
            ],
            [
                "Bouwrijp maken en kabels en leidingen",
                "[[640|eur=640000]]",
                "[[310|eur=310000]]",
                "[[950|eur=950000]]",
            ],
            ["Ondergrondse fietsenstalling", "[[3.980|eur=3980000]]", "-", "[[3.980|eur=3980000]]"],
            ["Stationsplein en groen", "[[1.150|eur=1150000]]", "-", "[[1.150|eur=1150000]]"],
            ["Stationsstraat (fietsstraat)", "[[720|eur=720000]]", "-", "[[720|eur=720000]]"],
            ["Busstation Spoorlaan", "-", "[[2.260|eur=2260000]]", "[[2.260|eur=2260000]]"],
            ["Zuidzijde en P+R-voorziening", "-", "[[1.540|eur=1540000]]", "[[1.540|eur=1540000]]"],
            [
                "Directe kosten",
                "[[6.490|eur=6490000]]",
                "[[4.110|eur=4110000]]",
                "[[10.600|eur=10600000]]",
            ],
            [
                "Indirecte kosten en engineering",
                "[[1.620|eur=1620000]]",
                "[[1.080|eur=1080000]]",
                "[[2.700|eur=2700000]]",
            ],
            [
                "Risicoreservering",
                "[[790|eur=790000]]",
                "[[510|eur=510000]]",
                "[[1.300|eur=1300000]]",
            ],
            ["Totaal", "[[8.900|eur=8900000]]", "[[5.700|eur=5700000]]", "[[14.600|eur=14600000]]"],
        ],
        widths=[200, 80, 80, 80],
    ),
    H("6.2 Toelichting op de raming", 2),
    P("""De kosten van de ondergrondse fietsenstalling zijn het grootste onderdeel van de raming.
        Zij zijn gebaseerd op kengetallen van vergelijkbare stallingen bij middelgrote stations,
        met een gemiddelde van ongeveer [[€ 1.660]] per stallingsplek inclusief de
        installaties. De kosten van het busstation omvatten de haltes, de overkappingen, de
        dynamische reisinformatie en de aanpassing van de Spoorlaan. Onder de indirecte kosten
        vallen de engineering, het toezicht, de vergunningen, de verkeersmaatregelen tijdens de
        bouw en de algemene kosten van de aannemer."""),
    H("6.3 Onzekerheden", 2),
    P("""De belangrijkste onzekerheden in de raming zijn de kosten van het verleggen van kabels en
        leidingen, de omvang van de bodemsanering en de prijsontwikkeling in de bouw. Voor deze
        onzekerheden is een risicoreservering van ongeveer 9 procent opgenomen. Bij een
        ongunstig verloop kunnen de kosten van fase 1 met [[EUR 0,9 miljoen]] stijgen."""),
    H("6.4 Kosten van beheer en exploitatie", 2),
    P("""Na de oplevering nemen de kosten van beheer en onderhoud toe, vooral door de bewaakte
        stalling en het extra groen. Tabel 6.2 geeft een eerste raming van de jaarlijkse kosten
        na volledige oplevering, op prijspeil [[1 januari 2026]]. De kosten van de bewaking van de
        stalling kunnen mogelijk deels worden gedeeld met NS."""),
    T(
        caption="Tabel 6.2 Jaarlijkse beheerkosten na oplevering",
        rows=[
            ["Onderdeel", "Huidig", "Na herinrichting", "Verschil"],
            [
                "Bewaking en beheer fietsenstallingen",
                "[[€ 61.000]]",
                "[[€ 108.000]]",
                "[[€ 47.000]]",
            ],
            ["Groen en bomen", "[[€ 14.500]]", "[[€ 38.000]]", "[[€ 23.500]]"],
            ["Verharding en meubilair", "[[€ 31.000]]", "[[€ 27.000]]", "[[€ -4.000|eur=-4000]]"],
            [
                "Openbare verlichting en energie",
                "[[€ 12.000]]",
                "[[€ 9.500]]",
                "[[€ -2.500|eur=-2500]]",
            ],
            ["Waterberging en riolering", "[[€ 3.000]]", "[[€ 8.500]]", "[[€ 5.500]]"],
            ["Reiniging", "[[€ 22.000]]", "[[€ 39.000]]", "[[€ 17.000]]"],
            ["Totaal", "[[€ 143.500]]", "[[€ 230.000]]", "[[€ 86.500]]"],
        ],
        widths=[190, 80, 90, 80],
    ),
    H("6.5 Vergelijking met referentieprojecten", 2),
    P("""Om de raming te toetsen is deze vergeleken met vier recente herinrichtingen van
        stationsgebieden bij middelgrote stations in Nederland. De kosten per stallingsplek en per
        vierkante meter openbare ruimte liggen voor variant B binnen de bandbreedte van de
        referenties. De kosten van het busstation liggen iets hoger, omdat in de raming al
        rekening is gehouden met de laadinfrastructuur voor elektrische bussen."""),
    T(
        caption="Tabel 6.3 Kengetallen in vergelijking met referenties",
        rows=[
            ["Kengetal", "Variant B", "Laagste referentie", "Hoogste referentie"],
            ["Kosten per stallingsplek", "[[€ 1.660]]", "[[€ 1.380]]", "[[€ 2.150]]"],
            ["Kosten per m² openbare ruimte", "[[€ 235]]", "[[€ 190]]", "[[€ 310]]"],
            ["Kosten per bushalte", "[[€ 376.000]]", "[[€ 240.000]]", "[[€ 355.000]]"],
            ["Aandeel indirecte kosten", "25%", "21%", "29%"],
        ],
        widths=[170, 90, 90, 90],
    ),
    H("7 Planning", 1),
    P("""De planning in tabel 7.1 gaat uit van een raadsbesluit in [[april 2026|date=]] en van de
        treinvrije periodes die ProRail heeft gereserveerd. De doorlooptijden zijn gebaseerd op
        ervaringen bij vergelijkbare projecten."""),
    T(
        caption="Tabel 7.1 Planning hoofdactiviteiten",
        rows=[
            ["Activiteit", "Start", "Gereed"],
            ["Selectie bouwteampartner", "[[mei 2026|date=]]", "[[15 december 2026]]"],
            ["Nader onderzoek bodem en explosieven", "[[juni 2026|date=]]", "[[Q3 2026]]"],
            ["Voorlopig ontwerp", "[[januari 2027|date=]]", "[[april 2027|date=]]"],
            [
                "Verleggen kabels en leidingen noordzijde",
                "[[15 maart 2027]]",
                "[[augustus 2027|date=]]",
            ],
            ["Definitief ontwerp fase 1 en 2", "[[april 2027|date=]]", "[[juni 2027|date=]]"],
            ["Uitvoering fase 1", "[[Q3 2027]]", "[[eind 2028|date=]]"],
            ["Uitvoering fase 2", "[[voorjaar 2029|date=]]", "[[medio 2030|date=]]"],
        ],
        widths=[240, 100, 100],
    ),
    H("7.1 Treinvrije periodes", 2),
    P("""Voor een aantal onderdelen moet het treinverkeer tijdelijk worden stilgelegd. Het gaat om
        de aansluiting van de stalling op de voetgangerstunnel, het verleggen van de
        glasvezelverbinding van ProRail en de bouw van het busperron direct naast het spoor.
        ProRail heeft hiervoor in het landelijke programma drie treinvrije periodes gereserveerd.
        Deze periodes liggen vast; als de werkzaamheden niet gereed zijn, schuiven zij door naar
        de eerstvolgende vrije periode, die meestal pas een jaar later beschikbaar is."""),
    T(
        caption="Tabel 7.2 Gereserveerde treinvrije periodes",
        rows=[
            ["Periode", "Duur", "Werkzaamheden"],
            ["[[9 oktober 2027]]", "52 uur", "Aansluiting stalling op voetgangerstunnel"],
            ["[[5 februari 2028]]", "28 uur", "Verleggen glasvezel ProRail"],
            ["[[13 mei 2029]]", "52 uur", "Bouw busperron naast het spoor (fase 2)"],
        ],
        widths=[110, 70, 260],
    ),
    P("""Tijdens de treinvrije periodes rijden er bussen in plaats van treinen. De vervoerder en NS
        maken daarvoor een vervoersplan. De gemeente zorgt voor voldoende opstelruimte voor de
        vervangende bussen aan de Emmasingel."""),
    H("8 Risicoanalyse", 1),
    P("""Tijdens een risicosessie met de gemeente, ProRail en de vervoerder zijn de belangrijkste
        risico's van het project in beeld gebracht. Per risico is de kans en het financiële
        gevolg ingeschat. Het risicobedrag is de kans maal het gevolg. De som van de
        risicobedragen is gebruikt om de risicoreservering in de raming te onderbouwen."""),
    T(
        [
            ["Nr", "Risico", "Kans", "Gevolg", "Risicobedrag", "Maatregel"],
            [
                "R01",
                "Hogere aanbestedingsprijs door marktomstandigheden",
                "40%",
                "[[€ 1.200.000]]",
                "[[€ 480.000]]",
                "Bouwteam, vroege marktconsultatie",
            ],
            [
                "R02",
                "Vertraging verleggen kabels en leidingen",
                "30%",
                "[[€ 450.000]]",
                "[[€ 135.000]]",
                "Vroege afspraken met netbeheerders",
            ],
            [
                "R03",
                "Ernstige bodemverontreiniging bij voormalige gasfabriek",
                "20%",
                "[[€ 900.000]]",
                "[[€ 180.000]]",
                "Nader bodemonderzoek in 2026",
            ],
            [
                "R04",
                "Vondst van explosieven",
                "10%",
                "[[€ 350.000]]",
                "[[€ 35.000]]",
                "Opsporingsonderzoek voor start",
            ],
            [
                "R05",
                "Archeologische vondsten in bouwput",
                "15%",
                "[[€ 400.000]]",
                "[[€ 60.000]]",
                "Booronderzoek, tijdig proefsleuven",
            ],
            [
                "R06",
                "Wijziging treinvrije periodes ProRail",
                "20%",
                "[[€ 750.000]]",
                "[[€ 150.000]]",
                "Bestuursovereenkomst ProRail",
            ],
            [
                "R07",
                "Bezwaar en beroep tegen vergunningen",
                "25%",
                "[[€ 300.000]]",
                "[[€ 75.000]]",
                "Zorgvuldige participatie",
            ],
            [
                "R08",
                "Vervallen provinciale subsidie",
                "10%",
                "[[€ 1.200.000]]",
                "[[€ 120.000]]",
                "Start uitvoering tijdig borgen",
            ],
        ],
        widths=[30, 150, 40, 70, 70, 120],
        size=7.5,
    ),
    P("""De som van de risicobedragen is [[€ 1.235.000]]. Dit bedrag is afgerond opgenomen als
        risicoreservering van [[€ 1,3 miljoen]] in de raming. Het risico op het vervallen van de
        provinciale subsidie kan met een goede planning grotendeels worden voorkomen."""),
    BREAK,
    H("Bijlage A Verkeerstellingen", 1),
    P("""Tabel A.1 geeft de resultaten van de telling op de Stationsstraat bij de Kerkstraat, per
        uur, gemiddeld over vier werkdagen in [[oktober 2025|date=]]. De tellingen zijn uitgevoerd
        met camera's en automatisch geclassificeerd."""),
    T(
        caption="Tabel A.1 Telling Stationsstraat per uur (gemiddelde werkdag)",
        rows=_traffic_rows(),
        widths=[90, 70, 80, 60, 60, 70],
    ),
    P("""De ochtendspits valt tussen 7.00 en 9.00 uur, met een piek van fietsers tussen 8.00 en
        9.00 uur, wanneer scholieren en forenzen tegelijk op weg zijn. De avondspits is minder
        scherp en loopt van 16.00 tot 18.00 uur. Het aantal bussen is gedurende de dag vrijwel
        constant."""),
    BREAK,
    H("Bijlage B Bomeninventarisatie", 1),
    P("""In [[november 2025|date=]] zijn alle bomen in het plangebied geïnventariseerd. Per boom
        zijn de soort, de locatie, de stamdiameter op 1,3 meter hoogte en de conditie vastgelegd.
        Het advies is gebaseerd op de conditie, de levensverwachting en het ontwerp van variant B.
        Bomen met het advies 'verplanten' zijn jong genoeg om elders in het plangebied een nieuwe
        plek te krijgen."""),
    T(_tree_rows(), widths=[40, 130, 90, 70, 60, 110]),
    P(f"""Van de 72 bomen blijven er naar verwachting {_trees_kept()} behouden of worden
        verplant. Tegenover de bomen die moeten worden gekapt of vervangen, staan ten minste
        zestig nieuwe bomen met een ruime ondergrondse groeiplaats. De herplant wordt vastgelegd in het bomenplan bij het
        definitief ontwerp."""),
    BREAK,
    H("Bijlage C Parkeeronderzoek", 1),
    P("""Tabel C.1 geeft de gemiddelde bezetting van de drie parkeervoorzieningen per uur op een
        werkdag, gemeten in [[oktober 2025|date=]]. Tussen haakjes staat de bezettingsgraad. In
        de kop van de tabel staat de capaciteit van elke voorziening."""),
    T(
        caption="Tabel C.1 Bezetting parkeervoorzieningen per uur (werkdag)",
        rows=_parking_rows(),
        widths=[80, 130, 120, 110],
    ),
    P("""Op zaterdag ligt de bezetting van het parkeerterrein noord lager, met een maximum van 48
        procent rond het middaguur. De Emmasingel is op zaterdag tussen 11.00 en 16.00 uur vrijwel
        volledig bezet. De gemiddelde parkeerduur op de Emmasingel is 1 uur en 40 minuten; op het
        parkeerterrein noord is dat 6 uur en 10 minuten."""),
    BREAK,
    H("Bijlage D Kabels en leidingen", 1),
    P("""Tabel D.1 geeft een overzicht van de kabels en leidingen in het plangebied die bij de
        herinrichting moeten worden verlegd of beschermd. Het overzicht is gebaseerd op de
        KLIC-melding en op proefsleuven die in [[januari 2026|date=]] zijn gegraven."""),
    T(
        caption="Tabel D.1 Kabels en leidingen in het plangebied",
        rows=[
            ["Nr", "Eigenaar", "Type", "Diameter of spanning", "Diepte", "Maatregel"],
            ["K01", "Drinkwaterbedrijf", "Hoofdwaterleiding", "400 mm", "1,4 m", "Verleggen"],
            ["K02", "Drinkwaterbedrijf", "Distributieleiding", "110 mm", "1,0 m", "Verleggen"],
            ["K03", "Netbeheerder", "Middenspanningskabel", "10 kV", "0,9 m", "Verleggen"],
            ["K04", "Netbeheerder", "Laagspanningskabels", "0,4 kV", "0,7 m", "Deels verleggen"],
            ["K05", "Netbeheerder", "Gasleiding", "160 mm", "1,0 m", "Beschermen"],
            ["K06", "ProRail", "Glasvezelverbinding", "-", "0,8 m", "Verleggen (treinvrij)"],
            ["K07", "ProRail", "Seinkabels", "-", "0,6 m", "Beschermen"],
            ["K08", "Telecombedrijf", "Koperkabels", "-", "0,6 m", "Verwijderen (buiten gebruik)"],
            ["K09", "Telecombedrijf", "Glasvezel", "-", "0,7 m", "Verleggen"],
            ["K10", "Gemeente", "Gemengd riool", "600 mm", "2,3 m", "Handhaven"],
            ["K11", "Gemeente", "Hemelwaterafvoer nieuw", "500 mm", "1,6 m", "Aanleggen"],
            ["K12", "Gemeente", "Openbare verlichting", "-", "0,6 m", "Vervangen"],
            ["K13", "Gemeente", "Verkeersregelinstallatie", "-", "0,6 m", "Verwijderen"],
            [
                "K14",
                "Warmtebedrijf",
                "Mantelbuis warmtenet (reservering)",
                "250 mm",
                "1,2 m",
                "Aanleggen",
            ],
        ],
        widths=[35, 95, 120, 70, 45, 105],
        size=7.5,
    ),
    H("Bijlage E Prognose fietsparkeren", 1),
    P("""De behoefte aan fietsparkeerplekken is bepaald met het landelijke rekenmodel voor
        fietsparkeren bij stations, op basis van de groei van het aantal reizigers en het aandeel
        reizigers dat met de fiets naar het station komt. Tabel E.1 geeft de uitkomsten voor drie
        groeiscenario's. Variant B is ontworpen op het middenscenario voor 2035, met ruimte
        voor uitbreiding op maaiveld."""),
    T(
        caption="Tabel E.1 Benodigde fietsparkeerplekken per scenario",
        rows=[
            ["Jaar", "Laag scenario", "Middenscenario", "Hoog scenario"],
            ["2025 (telling)", "2.316", "2.316", "2.316"],
            ["2030", "2.420", "2.610", "2.790"],
            ["2035", "2.530", "2.850", "3.180"],
            ["2040", "2.600", "3.020", "3.460"],
        ],
        widths=[110, 110, 110, 110],
    ),
    P("""In het hoge scenario is in 2040 een uitbreiding van ongeveer 600 plekken nodig. Die kan
        worden gerealiseerd met een tweede laag etagerekken in zone A of met een
        maaiveldstalling aan de zuidzijde. In het ontwerp wordt daarvoor ruimte
        gereserveerd."""),
    BREAK,
    H("Bijlage F Kruispuntanalyse", 1),
    P("""Met een verkeersmodel is onderzocht hoe de belangrijkste kruispunten in en rond het
        plangebied functioneren in de huidige situatie en in 2035 na de herinrichting volgens
        variant B. De afwikkeling is beoordeeld met de verhouding tussen intensiteit en
        capaciteit (I/C-verhouding). Een I/C-verhouding onder 0,8 betekent een goede
        afwikkeling, tussen 0,8 en 0,9 een matige afwikkeling met incidentele wachtrijen en boven
        0,9 een slechte afwikkeling."""),
    T(
        caption="Tabel F.1 I/C-verhouding in de avondspits",
        rows=[
            ["Kruispunt", "Regeling", "Huidig", "2035 autonoom", "2035 variant B"],
            ["Emmasingel - Kerkstraat", "Verkeerslichten", "0,74", "0,83", "0,79"],
            ["Emmasingel - Spoorlaan", "Verkeerslichten", "0,68", "0,77", "0,81"],
            ["Stationsstraat - Kerkstraat", "Voorrangsplein", "0,81", "0,88", "0,62"],
            ["Spoorlaan - Oude Dijk", "Rotonde", "0,55", "0,61", "0,70"],
            ["Emmasingel - Parklaan", "Verkeerslichten", "0,79", "0,86", "0,84"],
        ],
        widths=[150, 95, 60, 70, 70],
    ),
    P("""Na de herinrichting verbetert de afwikkeling op het kruispunt Stationsstraat - Kerkstraat
        sterk, omdat de bussen daar niet meer rijden en de Stationsstraat een fietsstraat wordt.
        Op het kruispunt Emmasingel - Spoorlaan neemt de belasting toe door de bussen die naar
        het nieuwe busstation rijden. De I/C-verhouding blijft daar met 0,81 net boven de grens
        voor een goede afwikkeling. Met een aangepaste regeling van de verkeerslichten, waarbij de
        bussen voorrang krijgen via een aanmeldlus, blijft de wachttijd voor het overige
        verkeer beperkt. Voor het kruispunt Emmasingel - Parklaan wordt aanbevolen de
        verkeerslichten te vervangen door een slimme regeling die reageert op de actuele drukte,
        ook als de herinrichting niet doorgaat."""),
    P("""De gevoeligheidsanalyse laat zien dat de conclusies ook gelden bij een groei van het
        autoverkeer die 10 procent hoger uitvalt dan in het middenscenario. Alleen op het
        kruispunt Emmasingel - Spoorlaan komt de I/C-verhouding dan boven 0,85. In dat geval
        kan de opstelstrook voor linksafslaand verkeer worden verlengd; daarvoor is in het
        ontwerp ruimte gereserveerd."""),
    H("Bijlage G Verslag klankbordgroep", 1),
    P("""De klankbordgroep Stationsgebied is tussen [[september 2025|date=]] en
        [[januari 2026|date=]] vijf keer bijeengekomen. De klankbordgroep bestond uit veertien
        leden: zes bewoners uit de wijken rond het station, drie ondernemers, twee vaste
        reizigers en vertegenwoordigers van de fietsersbond, het Platform Toegankelijkheid en de
        Historische Kring. De bijeenkomsten werden begeleid door een onafhankelijke
        gespreksleider. Hieronder volgt een samenvatting van de belangrijkste punten per
        bijeenkomst."""),
    L(
        [
            """Eerste bijeenkomst: kennismaking, uitleg over de Gebiedsvisie en de opdracht. De
            leden brachten de knelpunten in beeld, waarbij de drukte op de Stationsstraat, de
            overvolle stallingen en de onveilige tunnel het vaakst werden genoemd.""",
            """Tweede bijeenkomst: bespreking van de drie varianten. De klankbordgroep vroeg om
            een betere onderbouwing van de kosten van variant C en om een vergelijking van het
            aantal parkeerplaatsen per variant.""",
            """Derde bijeenkomst: schouw in het plangebied met de verkeerskundige en de
            landschapsarchitect. Tijdens de schouw is gesproken over het behoud van de platanen
            aan de Emmasingel en over de looproute naar de bushaltes.""",
            """Vierde bijeenkomst: reactie op het concept-Programma van Eisen. De klankbordgroep
            adviseerde unaniem om de platanen te behouden, de oversteek bij de Kerkstraat toe te
            voegen en meer plekken voor afwijkende fietsen op te nemen.""",
            """Vijfde bijeenkomst: terugkoppeling over de verwerking van de adviezen en uitleg over
            de verdere procedure. De klankbordgroep blijft in de uitwerkingsfase bestaan en wordt
            betrokken bij het voorlopig ontwerp.""",
        ]
    ),
    P("""De klankbordgroep heeft haar advies op [[22 januari 2026]] schriftelijk aan het college
        uitgebracht. Het college heeft het advies op alle punten overgenomen, met uitzondering
        van het verzoek om een vrijliggend fietspad op de Spoorlaan in de eerste fase. Dat
        verzoek wordt in de uitwerking onderzocht."""),
    BREAK,
    H("Bijlage H Afkortingen en begrippen", 1),
    T(
        rows=[
            ["Afkorting of begrip", "Betekenis"],
            ["AERIUS", "Rekeninstrument voor stikstofdepositie"],
            ["BENG", "Bijna energieneutraal gebouw"],
            [
                "Bouwteam",
                "Samenwerkingsvorm waarin opdrachtgever, ontwerper en aannemer samen het ontwerp uitwerken",
            ],
            ["EMVI", "Economisch meest voordelige inschrijving"],
            ["Etagerek", "Fietsenrek met twee lagen boven elkaar"],
            ["Fietsstraat", "Straat die is ingericht als fietsroute, waar de auto te gast is"],
            ["GHOR", "Geneeskundige hulpverleningsorganisatie in de regio"],
            [
                "I/C-verhouding",
                "Verhouding tussen de intensiteit en de capaciteit van een kruispunt",
            ],
            [
                "KLIC-melding",
                "Melding bij het Kadaster om de ligging van kabels en leidingen op te vragen",
            ],
            ["NGE", "Niet gesprongen explosieven"],
            ["NEN 5740", "Norm voor verkennend bodemonderzoek"],
            ["PAK", "Polycyclische aromatische koolwaterstoffen"],
            ["P+R", "Parkeerterrein waar automobilisten overstappen op het openbaar vervoer"],
            ["PvE", "Programma van Eisen"],
            ["SSK", "Standaardsystematiek voor Kostenramingen"],
            [
                "Treinvrije periode",
                "Periode waarin geen treinen rijden, zodat bij het spoor kan worden gewerkt",
            ],
            ["UAV 2012", "Uniforme administratieve voorwaarden voor de uitvoering van werken"],
            ["Wadi", "Verlaagde groenstrook die regenwater opvangt en in de bodem laat zakken"],
        ],
        widths=[130, 310],
    ),
    H("Bronnen", 2),
    L(
        [
            "Gemeente Lindewaarde, Gebiedsvisie Stationsgebied, vastgesteld door de raad in 2025.",
            "Gemeente Lindewaarde, Mobiliteitsvisie Lindewaarde 2040.",
            "Gemeente Lindewaarde, Handboek Openbare Ruimte 2024.",
            "Van Dalen & Kroes, Verkennend bodemonderzoek Stationsgebied Lindewaarde, rapport VDK-24.118-B.",
            "Van Dalen & Kroes, Quickscan flora en fauna Stationsgebied, rapport VDK-24.118-E.",
            "Van Dalen & Kroes, Akoestisch onderzoek herinrichting Stationsgebied, rapport VDK-24.118-G.",
            "Historisch vooronderzoek niet gesprongen explosieven Stationsgebied, rapport VDK-24.118-N.",
        ]
    ),
]


# --------------------------------------------------------------------------- the package

DOCUMENTS = [
    {
        "file": F_AGENDA,
        "doc_type": "agenda",
        "title": "Openbare vergadering van de gemeenteraad van Lindewaarde",
        "date": "2026-04-16",
        "style": "helvetica",
        "header": ("Gemeente Lindewaarde", "Agenda gemeenteraad 16 april 2026"),
        "footer": ("", "Pagina {page} van {total}", ""),
        "blocks": agenda_blocks(),
        "items": AGENDA_ITEMS,
    },
    {
        "file": F_BESLUITENLIJST,
        "doc_type": "besluitenlijst",
        "title": "Besluitenlijst van de openbare vergadering van de gemeenteraad van Lindewaarde",
        "date": "2026-03-12",
        "style": "helvetica",
        "header": ("Gemeenteraad Lindewaarde", "Besluitenlijst 12 maart 2026"),
        "footer": ("", "", "Pagina {page} van {total}"),
        "blocks": BESLUITENLIJST,
    },
    {
        "file": F_RIB,
        "doc_type": "raadsinformatiebrief",
        "title": "Voortgang aanpak wateroverlast Zuid-Oost",
        "date": "2026-03-31",
        "style": "helvetica",
        "header": ("Raadsinformatiebrief 2026-047", "Gemeente Lindewaarde"),
        "footer": ("", "{page}", ""),
        "blocks": RIB,
    },
    {
        "file": F_VR,
        "doc_type": "raadsvoorstel",
        "title": "Zienswijze ontwerpbegroting 2027 Veiligheidsregio Midden-Waardland",
        "date": "2026-03-24",
        "style": "times",
        "header": ("Gemeente Lindewaarde", "Raadsvoorstel 2026-044"),
        "footer": ("", "Pagina {page} van {total}", ""),
        "blocks": VR,
    },
    {
        "file": F_KC,
        "doc_type": "raadsvoorstel",
        "title": "Krediet nieuwbouw Kindcentrum De Vlonder",
        "date": "2026-03-24",
        "style": "times-plain-headings",
        "header": ("gemeente Lindewaarde", ""),
        "footer": ("", "- {page} -", ""),
        "blocks": KC,
    },
    {
        "file": F_KC_BIJLAGE,
        "doc_type": "bijlage",
        "title": "Investeringsraming Kindcentrum De Vlonder",
        "date": "2026-03-09",
        "style": "helvetica",
        "header": (
            "Bijlage bij raadsvoorstel 2026-039",
            "Investeringsraming Kindcentrum De Vlonder",
        ),
        "footer": ("Gemeente Lindewaarde", "", "Pagina {page} van {total}"),
        "blocks": KC_BIJLAGE,
    },
    {
        "file": F_SG,
        "doc_type": "raadsvoorstel",
        "title": "Herinrichting Stationsgebied Lindewaarde",
        "date": "2026-03-17",
        "style": "helvetica-justified",
        "header": ("Raadsvoorstel 2026-041", "Herinrichting Stationsgebied Lindewaarde"),
        "footer": ("Gemeente Lindewaarde", "", "Pagina {page} van {total}"),
        "blocks": SG,
    },
    {
        "file": F_SG_BIJLAGE,
        "doc_type": "bijlage",
        "title": "Technische onderbouwing Herinrichting Stationsgebied Lindewaarde",
        "date": "2026-03-09",
        "style": "report",
        "header": (
            "Technische onderbouwing Herinrichting Stationsgebied",
            "Bijlage 1 bij raadsvoorstel 2026-041",
        ),
        "footer": ("Van Dalen & Kroes - VDK-24.118 - versie 1.2", "", "{page}"),
        "blocks": SG_BIJLAGE,
    },
    {
        "file": F_FP,
        "doc_type": "raadsvoorstel",
        "title": "Verordening fietsparkeren Stationsgebied Lindewaarde 2026",
        "date": "2026-03-24",
        "style": "helvetica",
        "header": ("Raadsvoorstel", "2026-045"),
        "footer": ("gemeente Lindewaarde", "", "pagina {page} van {total}"),
        "blocks": FP,
    },
    {
        "file": F_FP_VERORDENING,
        "doc_type": "verordening",
        "title": "Verordening fietsparkeren Stationsgebied Lindewaarde 2026",
        "date": "2026-04-16",
        "style": "times",
        "header": ("Gemeenteblad van Lindewaarde", "Ontwerp"),
        "footer": ("", "{page}", ""),
        "blocks": FP_VERORDENING,
    },
    {
        "file": F_AMENDEMENT,
        "doc_type": "amendement",
        "title": "Meer groen op het Stationsplein",
        "date": "2026-04-16",
        "style": "times",
        "header": ("Gemeenteraad Lindewaarde", "Raadsvergadering 16 april 2026"),
        "footer": ("", "- {page} -", ""),
        "blocks": AMENDEMENT,
    },
    {
        "file": F_MOTIE,
        "doc_type": "motie",
        "title": "Veilige fietsroute Spoorlaan",
        "date": "2026-04-16",
        "style": "times",
        "header": ("Gemeenteraad Lindewaarde", "Raadsvergadering 16 april 2026"),
        "footer": ("", "- {page} -", ""),
        "blocks": MOTIE,
    },
]
