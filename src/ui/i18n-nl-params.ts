// Dutch units, help texts and sentence labels of the lab's Parameters tab, keyed by the English
// in src/scenario/params.ts (which stays English: the CLI and docs/SCENARIOS.md
// use it). Loaded with i18n-nl-views.ts (i18n.ts loadLang('views')), so the
// Dutch first screen does not download it; the labels are in i18n-nl-views.ts.
// Formulas keep their symbols; "gain" and "loss" in them read "winst" and
// "verlies", "this" reads "deze waarde" (the parameter itself).
export const NL_PARAMS: Record<string, string> = {
  // Units (one entry per unit, shared by many parameters). Units that read the
  // same in Dutch ("per week", "sd", "×", "× S", …) need no entry; shares and
  // chances show as percentages. Countable units have a "one|more" key
  // (src/ui/lab/param-format.ts picks by the number: "1 lid", "60 leden").
  'week|weeks': 'week|weken',
  'member|members': 'lid|leden',
  'tie/member|ties/member': 'band/lid|banden/lid',
  'conversation|conversations': 'gesprek|gesprekken',
  'issue|issues': 'kwestie|kwesties',
  'contact|contacts': 'contact|contacten',
  'unit|units': 'eenheid|eenheden',
  'unit/week|units/week': 'eenheid/week|eenheden/week',
  'unit/item|units/item': 'eenheid/item|eenheden/item',
  value: 'waarde',
  'trust·strength': 'vertrouwen·sterkte',
  energy: 'energie',
  strength: 'sterkte',
  'per attendee^x': 'per deelnemer^x',
  trust: 'vertrouwen',
  'value/week': 'waarde/week',
  support: 'steun',

  // The help's closing sentence (param-format rangeText): the unit comes with the numbers.
  'From {0} to {1}; default {2}.': 'Van {0} tot {1}; standaard {2}.',
  'The slider goes to {0}; more in the Scenario tab.': 'De schuif gaat tot {0}; meer kan op het tabblad Scenario.',

  // The Parameters tab's heading of the group 'Run' (params-panel headingKey):
  // the noun, where 'Run' on buttons is the verb 'Berekenen' (Compare) or the step 'Bekijken' (lessons).
  'Run (parameter group)': 'Simulatie',

  // Help texts, in the order of params.ts
  // Run
  'Number of weeks simulated after initialisation (week 0).': 'Aantal weken dat na de start (week 0) gesimuleerd wordt.',
  // Population
  'Members at the start (20–300 for teaching).': 'Aantal leden bij de start (20–300 voor lesgebruik).',
  "Mean number of pre-existing ties to colleagues in one's own organisation (§5; 1.1 ≈ density 0.1 in organisations of 12; off by default).":
    "Gemiddeld aantal banden die een lid vooraf al heeft met collega's in de eigen organisatie (§5; 1,1 ≈ dichtheid 0,1 in organisaties van 12; standaard uit).",
  "Standard deviation of a member's expertise around its organisation's centre (§2).":
    'Standaardafwijking van de expertise van een lid rond het midden van de eigen organisatie (§2).',
  'Relevance of the domain to daily work r ~ Beta(a, b).': 'Relevantie van het domein voor het dagelijks werk r ~ Beta(a, b).',
  'Propensity to trust π ~ Beta(a, b) (Mayer et al. 1995).': 'Neiging tot vertrouwen π ~ Beta(a, b) (Mayer e.a. 1995).',
  'Propensity to trust π ~ Beta(a, b); Beta(2,8) is a low-trust population.':
    'Neiging tot vertrouwen π ~ Beta(a, b); Beta(2,8) geeft een populatie met weinig vertrouwen.',
  'Benevolence b ~ Beta(a, b): the chance a member responds well.': 'Welwillendheid b ~ Beta(a, b): de kans dat een lid goed reageert.',
  'Benevolence b ~ Beta(a, b).': 'Welwillendheid b ~ Beta(a, b).',
  'Risk aversion ρ ~ U(min, max) scales how safe a member must feel to disclose.':
    'Risicomijding ρ ~ U(min, max) bepaalt hoe veilig een lid zich moet voelen om iets te delen.',
  'Risk aversion ρ ~ U(min, max).': 'Risicomijding ρ ~ U(min, max).',
  '1:1 conversations a member can start per week: Binomial(n, p).': '1:1-gesprekken die een lid per week kan beginnen: Binomiaal(n, p).',
  'Binomial p of the weekly 1:1 capacity.': 'De p van de binomiale verdeling van de wekelijkse ruimte voor 1:1-gesprekken.',
  'Mean of the Poisson number of tricky issues a member brings.': 'Gemiddeld aantal lastige kwesties dat een lid meebrengt (Poisson-verdeeld).',
  'Chance per week that a member gets a new tricky issue.': 'Kans per week dat een lid een nieuwe lastige kwestie krijgt.',
  "Beta a of each member's propensity to post and answer, relative to the mean (participation inequality; Wenger et al. 2002, Nielsen 2006).":
    'Beta a van de neiging van een lid om iets te posten en te beantwoorden, ten opzichte van het gemiddelde (ongelijke deelname; Wenger e.a. 2002, Nielsen 2006).',
  'Beta b of the propensity to contribute; a = b = 50 makes everyone contribute alike.':
    'Beta b van de neiging om bij te dragen; a = b = 50 laat iedereen evenveel bijdragen.',
  'Attention a falls by this share a week and is back at 1 after a touch point; the interest part of the energy baseline is 0.2·r·a (out of sight, out of mind; Hulsebosch 2010).':
    'Aandacht a daalt elke week met dit deel en is na een contactmoment weer 1; het interessedeel van het basisniveau van de energie is 0,2·r·a (uit het oog, uit het hart; Hulsebosch 2010).',
  "δ: an insight's chance grows with the pair's expertise distance, (1−δ)·0.3 + δ·distance, and an insight between colleagues is adopted with (1 − δ·(1 − novelty))·S, across organisations S (de Jong 2010; Burt 2004). 0 switches the diversity effect off.":
    'δ: de kans op een inzicht groeit met de afstand in expertise van het paar, (1−δ)·0,3 + δ·afstand, en een inzicht tussen collega\'s wordt overgenomen met (1 − δ·(1 − nieuwheid))·S, tussen organisaties met S (de Jong 2010; Burt 2004). 0 zet het effect van diversiteit uit.',
  'Relative adoption chance of an insight within one organisation when δ = 1: colleagues share what they know, so their ideas are less often new to the group (Burt 2004).':
    'Relatieve kans dat een inzicht binnen één organisatie wordt overgenomen als δ = 1: collega\'s weten hetzelfde, dus hun ideeën zijn minder vaak nieuw voor de groep (Burt 2004).',
  // Energy §7.1
  'Relaxation rate λ ~ U(min, max) of energy towards its baseline.': 'Snelheid λ ~ U(min, max) waarmee de energie naar haar basisniveau terugkeert.',
  'Relaxation rate λ ~ U(min, max).': 'Terugkeersnelheid λ ~ U(min, max).',
  'Perceived value V at which value adds its full share to baseline energy.':
    'Ervaren waarde V waarbij waarde haar volle aandeel aan het basisniveau van de energie bijdraagt.',
  "Σ w·T over a member's ties at which belonging adds its full share.": 'Σ w·T over de banden van een lid waarbij verbondenheid haar volle aandeel bijdraagt.',
  'Energy added to those who attend the launch.': 'Extra energie voor wie bij de lancering is.',
  'Energy added to those who attend a meetup.': 'Extra energie voor wie bij een bijeenkomst is.',
  'Energy added to those who attend a webinar.': 'Extra energie voor wie een webinar volgt.',
  'Energy a member loses when a 1:1 disclosure is received badly.': 'Energie die een lid verliest als een kwestie die het in een 1:1-gesprek deelt slecht ontvangen wordt.',
  'Energy a member loses when a group disclosure is received badly.': 'Energie die een lid verliest als een kwestie die het in de groep deelt slecht ontvangen wordt.',
  // Partner choice §7.2
  'Preference for partners of the same organisation (McPherson et al. 2001).': 'Voorkeur voor gesprekspartners uit de eigen organisatie (McPherson e.a. 2001).',
  'Preference for partners one already talks to.': 'Voorkeur voor partners met wie je al praat.',
  'Preference per mutual contact (up to 3): triadic closure (Jin et al. 2001).': 'Voorkeur per gedeeld contact (tot 3): triadische sluiting (Jin e.a. 2001).',
  'Preference for a partner the facilitator matched.': 'Voorkeur voor een partner aan wie de begeleider je gekoppeld heeft.',
  'Candidates found by two-step random walks.': 'Kandidaten gevonden via willekeurige wandelingen van twee stappen door het netwerk.',
  'Random members considered as partners each turn.': 'Willekeurige leden die elke beurt als partner overwogen worden.',
  // Conversations and trust §7.3–7.4
  'Strength w of a tie after a first conversation.': 'Sterkte w van een band na een eerste gesprek.',
  'w += gain·(1−w) per conversation.': 'w += winst·(1−w) per gesprek.',
  "A new tie starts at this share of the member's propensity to trust.": 'Een nieuwe band begint op dit deel van de neiging tot vertrouwen van het lid.',
  'T += gain·(1−T) when the partner responds well.': 'T += winst·(1−T) als de partner goed reageert.',
  'T −= loss·T when the partner does not respond well.': 'T −= verlies·T als de partner niet goed reageert.',
  "Time cost subtracted from a member's weekly net benefit per conversation.": 'Tijdskosten per gesprek, afgetrokken van de wekelijkse netto opbrengst van een lid.',
  "Chance that a 1:1 touches one of the initiator's tricky issues.": 'Kans dat een 1:1-gesprek een lastige kwestie raakt van wie het gesprek begint.',
  'Slope of the logistic disclosure decision.': 'Helling van de logistische beslissing om iets te delen.',
  'How much the sharing norm η lowers the disclosure threshold.': 'Hoeveel de deelnorm η de drempel om iets te delen verlaagt.',
  'T_ij += gain·(1−T_ij).': 'Vertrouwen van wie deelt: T_ij += winst·(1−T_ij).',
  'T_ji += gain·(1−T_ji) after a well received disclosure (Altman & Taylor 1973).':
    'T_ji += winst·(1−T_ji) nadat een gedeelde kwestie goed ontvangen is (Altman & Taylor 1973).',
  'T_ij −= loss·T_ij; 3× the gain (Slovic 1993).': 'Vertrouwen van wie deelt: T_ij −= verlies·T_ij; 3× de winst (Slovic 1993).',
  // Group sessions and forum §7.5
  'Attendance = pull·(0.5+0.5E).': 'Kans dat een lid komt = deze waarde·(0,5+0,5E), met E de energie van het lid.',
  'Conversations each attendee has at a session.': 'Gesprekken die elke deelnemer in een sessie voert.',
  'Chance an attendee gets the floor to raise an issue (0 at the launch).': 'Kans dat een deelnemer het woord krijgt om een kwestie in te brengen (0 bij de lancering).',
  'Extra safety needed to disclose in a group.': 'Extra veiligheid die nodig is om in een groep iets te delen.',
  'Extra safety needed for an audience: this × (attendees)^x, with x the exponent below.':
    'Extra veiligheid die een publiek vraagt: deze waarde × (deelnemers)^x, met x de exponent hieronder.',
  'Exponent x of the audience premium: 1 in proportion to the room (the draft), 0.5 as in social impact theory (Latané 1981), so a room of 100 asks twice what a room of 25 does.':
    'Exponent x van de publiekspremie: 1 evenredig met de zaal (het ontwerp), 0,5 zoals in de sociale-impacttheorie (Latané 1981), zodat een zaal van 100 twee keer zoveel vraagt als een zaal van 25.',
  'An issue already shared 1:1 is easier to raise in the group.': 'Een kwestie die je al 1:1 gedeeld hebt, breng je makkelijker in de groep in.',
  'S += gain·(1−S) (Edmondson 1999).': 'Groepsveiligheid: S += winst·(1−S) (Edmondson 1999).',
  'η += gain·(1−η).': 'Deelnorm: η += winst·(1−η).',
  'S −= loss·S.': 'Groepsveiligheid: S −= verlies·S.',
  'η −= loss·η.': 'Deelnorm: η −= verlies·η.',
  'S += drift·(mean trust among attendees − S) per session.': 'S += drift·(gemiddeld vertrouwen tussen de deelnemers − S) per sessie.',
  'Group safety S at the start.': 'Groepsveiligheid S bij de start.',
  'Chance an active member posts on the forum in a week.': 'Kans dat een actief lid in een week iets op het forum zet.',
  'Each active member answers with 0.3·expertise on the topic.': 'Elk actief lid antwoordt met kans 0,3·expertise op het onderwerp.',
  "Benefit a poster gets from an answer: this × the answerer's expertise on the topic.":
    'Opbrengst van een antwoord voor wie de vraag stelde: deze waarde × de expertise van wie antwoordt.',
  // Value and innovation §7.6–7.7
  'Perceived value V is an EWMA of weekly net benefit.': 'Ervaren waarde V is een exponentieel gewogen voortschrijdend gemiddelde (EWMA) van de wekelijkse netto opbrengst.',
  'Chance of a private insight = rate·distance·min(T_ij,T_ji) (Levin & Cross 2004).': 'Kans op een privé-inzicht = tempo·afstand·min(T_ij,T_ji) (Levin & Cross 2004).',
  'An attendee posts a private insight at a session with chance this·S.': 'Een deelnemer brengt een privé-inzicht in een sessie in met kans deze waarde·S.',
  'The group adopts a posted insight with chance min(1, this·S).': 'De groep neemt een ingebracht inzicht over met kans min(1, deze waarde·S).',
  'Perceived value each active member gains from a quick win.': 'Ervaren waarde die elk actief lid krijgt door een snel succes.',
  // Decay §7.8
  'Unused ties lose this share of strength per week.': 'Ongebruikte banden verliezen per week dit deel van hun sterkte.',
  'Cross-organisation ties decay (1+this) times as fast (McPherson et al. 2001).': 'Banden tussen organisaties vervallen (1+deze waarde) keer zo snel (McPherson e.a. 2001).',
  'A tie weaker than this is dropped; its trust is remembered.': 'Een band die zwakker is dan dit verdwijnt; het vertrouwen blijft onthouden.',
  "Trust drifts toward the member's propensity π.": 'Vertrouwen schuift langzaam naar de neiging tot vertrouwen π van het lid.',
  // Membership §7.9
  'Energy under which a week counts as a low week.': 'Energie waaronder een week telt als een week met lage energie.',
  'Consecutive low weeks before a member may leave.': 'Aantal weken achter elkaar met lage energie voordat een lid kan vertrekken.',
  'Weekly chance of leaving after enough low weeks.': 'Kans per week op vertrek na genoeg weken met lage energie.',
  'Newcomers arrive Poisson(rate·active fraction·size/60) per week.': 'Per week komen er Poisson(tempo·actief aandeel·grootte/60) nieuwkomers bij.',
  "Chance a newcomer's first post gets a reply.": 'Kans dat het eerste bericht van een nieuwkomer een antwoord krijgt.',
  'The same, when the facilitator runs welcome.': 'Hetzelfde, als de begeleider nieuwkomers verwelkomt.',
  'Newcomers return with this chance if answered (Joyce & Kraut 2006).': 'Kans dat een nieuwkomer terugkomt als die antwoord kreeg (Joyce & Kraut 2006).',
  'Newcomers return with this chance if not answered (Joyce & Kraut 2006).': 'Kans dat een nieuwkomer terugkomt zonder antwoord (Joyce & Kraut 2006).',
  'Weeks over which participation levels are counted.': 'Aantal weken waarover het deelnameniveau geteld wordt.',
  // Facilitator §7.11
  'Action units per week, scaled by sponsor support σ.': 'Actie-eenheden per week, geschaald met de steun van de sponsor σ.',
  'Chance the facilitator responds well.': 'Kans dat de begeleider goed reageert.',
  "Members' trust T_if at the start.": 'Vertrouwen T_if van de leden bij de start.',
  'Check-ins per week with low-energy members (not in big-launch).': 'Contactmomenten per week met leden met weinig energie (niet in big-launch).',
  'Budget units a launch, meetup or webinar takes.': 'Budgeteenheden die een lancering, bijeenkomst of webinar kost.',
  'Budget units a quick win takes.': 'Budgeteenheden die een snel succes kost.',
  'Budget units per woven item.': 'Budgeteenheden per ingeweven item.',
  'matchmake, followUp, modelVulnerability, trustFormat, guest.':
    'Budgeteenheden voor koppelen, opvolging, kwetsbaarheid voordoen, een vertrouwensvorm of een gastspreker (in scenariobestanden: matchmake, followUp, modelVulnerability, trustFormat, guest).',
  'Budget units for welcoming newcomers.': 'Budgeteenheden voor het verwelkomen van nieuwkomers.',
  // Sponsor §7.6
  'Public value the sponsor expects per week from the start week.': 'Publieke waarde die de sponsor vanaf de startweek per week verwacht.',
  'From this week the sponsor compares V_S with its expectation.': 'Vanaf deze week vergelijkt de sponsor V_S met zijn verwachting.',
  'Weeks below expectation before support is cut.': 'Weken onder de verwachting voordat de steun verlaagd wordt.',
  'How much support σ drops per lost patience.': 'Hoeveel de steun σ daalt telkens als het geduld op is.',

  // Sentence labels with the live value, in the order of params.ts: {v} is the
  // value with its unit, {n} the number alone, {v|een|meer} the number with the
  // sentence's own words for one and for more (see ParamSpec.sentence).
  'The simulation runs for {v}':
    'De simulatie duurt {v}',
  'The community starts with {v}':
    'De gemeenschap begint met {v}',
  'At the start, each member already knows {v|colleague|colleagues} in their own organisation, on average':
    "Bij de start kent elk lid gemiddeld al {v|collega|collega's} in de eigen organisatie",
  "Members' expertise differs from their organisation's typical level by about {n} (a standard deviation, on a 0–1 scale)":
    "De expertise van leden wijkt zo'n {n} af van het typische niveau van hun organisatie (een standaardafwijking, op een schaal van 0–1)",
  'Relevance to daily work varies by member: Beta a\u00a0=\u00a0{n} (higher a: more relevant)':
    'Relevantie voor het dagelijks werk verschilt per lid: Beta a\u00a0=\u00a0{n} (hogere a: relevanter)',
  'Relevance to daily work varies by member: Beta b\u00a0=\u00a0{n} (higher b: less relevant)':
    'Relevantie voor het dagelijks werk verschilt per lid: Beta b\u00a0=\u00a0{n} (hogere b: minder relevant)',
  'Readiness to trust varies by member: Beta a\u00a0=\u00a0{n} (higher a: more trusting)':
    'De neiging tot vertrouwen verschilt per lid: Beta a\u00a0=\u00a0{n} (hogere a: meer vertrouwen)',
  'Readiness to trust varies by member: Beta b\u00a0=\u00a0{n} (higher b: less trusting)':
    'De neiging tot vertrouwen verschilt per lid: Beta b\u00a0=\u00a0{n} (hogere b: minder vertrouwen)',
  'How often members respond well varies: Beta a\u00a0=\u00a0{n} (higher a: more often)':
    'Hoe vaak leden goed reageren, verschilt per lid: Beta a\u00a0=\u00a0{n} (hogere a: vaker)',
  'How often members respond well varies: Beta b\u00a0=\u00a0{n} (higher b: less often)':
    'Hoe vaak leden goed reageren, verschilt per lid: Beta b\u00a0=\u00a0{n} (hogere b: minder vaak)',
  'Members are at least {n} risk-averse: the higher, the safer they must feel before sharing a tricky issue':
    'Leden zijn minstens {n} risicomijdend: hoe hoger, hoe veiliger ze zich moeten voelen voordat ze een lastige kwestie delen',
  'Members are at most {n} risk-averse (each gets a value between the minimum and this)':
    'Leden zijn hoogstens {n} risicomijdend (elk lid krijgt een waarde tussen het minimum en deze)',
  'A member has room for at most {v|one-to-one conversation|one-to-one conversations} a week (1:1s, started or accepted)':
    'Een lid heeft per week ruimte voor hoogstens {v|gesprek|gesprekken} onder vier ogen (1:1, zelf begonnen of aangenomen)',
  "Each of those possible 1:1s fits in a member's week with chance {v}":
    'Elk van die mogelijke 1:1-gesprekken past met kans {v} in de week van een lid',
  'A member brings {v|tricky issue|tricky issues} along, on average':
    'Een lid brengt gemiddeld {v|lastige kwestie|lastige kwesties} mee',
  'Each week, a member gets a new tricky issue with chance {v}':
    'Elke week krijgt een lid met kans {v} een nieuwe lastige kwestie',
  'Each week, daily life pulls energy at least {v} of the way back to its usual level':
    'Het dagelijks leven trekt de energie elke week minstens {v} van de afstand terug naar haar gewone niveau',
  'Each week, daily life pulls energy at most {v} of the way back to its usual level':
    'Het dagelijks leven trekt de energie elke week hoogstens {v} van de afstand terug naar haar gewone niveau',
  'Perceived value gives energy its full lift from {n} upwards':
    'Ervaren waarde geeft de energie haar volle zet vanaf {n}',
  "Belonging gives energy its full lift from {n} upwards (each tie's strength × trust, added up)":
    'Verbondenheid geeft de energie haar volle zet vanaf {n} (sterkte × vertrouwen van elke band, opgeteld)',
  'Members at the launch gain {n} energy (energy runs from 0 to 1)':
    'Wie bij de lancering is, krijgt {n} energie erbij (energie loopt van 0 tot 1)',
  'Members at a meetup gain {n} energy':
    'Wie bij een bijeenkomst is, krijgt {n} energie erbij',
  'Members at a webinar gain {n} energy':
    'Wie een webinar volgt, krijgt {n} energie erbij',
  'Sharing a tricky issue that is received badly in a 1:1 costs {n} energy':
    'Een lastige kwestie delen die in een 1:1-gesprek slecht ontvangen wordt, kost {n} energie',
  'Sharing a tricky issue that is received badly in the group costs {n} energy':
    'Een lastige kwestie delen die in de groep slecht ontvangen wordt, kost {n} energie',
  'Members lean towards partners from their own organisation with weight {n} (0: no lean; below 0: towards other organisations)':
    'Leden kiezen liever een partner uit de eigen organisatie, met gewicht {n} (0: geen voorkeur; onder 0: juist uit andere organisaties)',
  'Members lean towards partners they already talk to with weight {n}':
    'Leden kiezen liever een partner met wie ze al praten, met gewicht {n}',
  'Each shared contact (up to 3) makes a partner more likely, with weight {n}':
    'Elk gedeeld contact (tot 3) maakt een partner waarschijnlijker, met gewicht {n}',
  'A partner the facilitator matched a member with gets weight {n}':
    'Een partner aan wie de begeleider een lid koppelde, krijgt gewicht {n}',
  'Looking for a partner, a member also considers up to {v|friend of a friend|friends of friends}':
    'Bij het zoeken naar een partner overweegt een lid ook tot {v|vriend van een vriend|vrienden van vrienden}',
  'Looking for a partner, a member also considers {v|random member|random members}':
    'Bij het zoeken naar een partner overweegt een lid ook {v|willekeurig lid|willekeurige leden}',
  'A first conversation starts a tie at strength {n} (full strength is 1)':
    'Een eerste gesprek begint een band met sterkte {n} (volle sterkte is 1)',
  'Each further conversation closes {v} of the gap to full tie strength':
    'Elk volgend gesprek dicht {v} van het gat naar een band op volle sterkte',
  "A new tie starts with trust at {v} of a member's readiness to trust":
    'Een nieuwe band begint met vertrouwen op {v} van de neiging tot vertrouwen van een lid',
  'When the partner responds well, a conversation closes {v} of the gap to full trust':
    'Als de partner goed reageert, dicht een gesprek {v} van het gat naar volledig vertrouwen',
  'When the partner does not respond well, a conversation loses {v} of the trust':
    'Als de partner niet goed reageert, kost een gesprek {v} van het vertrouwen',
  "Each conversation costs {n} in time, taken off a member's weekly benefit":
    'Elk gesprek kost {n} aan tijd, afgetrokken van de wekelijkse opbrengst van een lid',
  'A 1:1 turns to a tricky issue of the member who started it with chance {v}':
    'Een 1:1-gesprek komt met kans {v} op een lastige kwestie van wie het begon',
  'The decision to share has steepness {n}: the higher, the more members share only when they feel safe enough':
    'De beslissing om te delen heeft steilheid {n}: hoe hoger, hoe meer leden alleen delen als ze zich veilig genoeg voelen',
  'A full sharing norm lowers the bar to share by {n}':
    'Een volle deelnorm verlaagt de drempel om te delen met {n}',
  'Sharing an issue that is received well closes {v} of the gap to full trust in the listener':
    'Een kwestie delen die goed ontvangen wordt, dicht {v} van het gat naar volledig vertrouwen in wie luisterde',
  "When an issue shared is received well, the listener's trust in the member who shared closes {v} of its gap to full trust":
    'Als een gedeelde kwestie goed ontvangen wordt, dicht het vertrouwen van wie luisterde in wie deelde {v} van het gat naar volledig vertrouwen',
  'Sharing an issue that is received badly loses {v} of the trust in the listener':
    'Een kwestie delen die slecht ontvangen wordt, kost {v} van het vertrouwen in wie luisterde',
  'Members come to the launch with chance {v} at full energy, half that with none':
    'Leden komen naar de lancering met kans {v} bij volle energie, de helft daarvan zonder energie',
  'Members come to a meetup with chance {v} at full energy, half that with none':
    'Leden komen naar een bijeenkomst met kans {v} bij volle energie, de helft daarvan zonder energie',
  'Members join a webinar with chance {v} at full energy, half that with none':
    'Leden volgen een webinar met kans {v} bij volle energie, de helft daarvan zonder energie',
  'Each attendee has {v|conversation|conversations} at a session':
    'Elke deelnemer voert in een sessie {v|gesprek|gesprekken}',
  'At a session, each attendee gets the floor for a tricky issue with chance {v} (not at the launch)':
    'In een sessie krijgt elke deelnemer met kans {v} het woord voor een lastige kwestie (niet bij de lancering)',
  'Sharing in a group needs {n} more safety than in a 1:1':
    'Delen in een groep vraagt {n} meer veiligheid dan in een 1:1-gesprek',
  'A room of n people adds {n} × n^x to the safety needed':
    'Een zaal van n mensen voegt {n} × n^x toe aan de veiligheid die nodig is',
  'The audience premium grows with the room as n^{n}':
    'De publiekspremie groeit met de zaal als n^{n}',
  'An issue already shared in a 1:1 needs {n} less safety in the group':
    'Een kwestie die al in een 1:1-gesprek gedeeld is, vraagt in de groep {n} minder veiligheid',
  'A good group response closes {v} of the gap to full group safety':
    'Een goede reactie in de groep dicht {v} van het gat naar volledige groepsveiligheid',
  'A good group response closes {v} of the gap to a full sharing norm':
    'Een goede reactie in de groep dicht {v} van het gat naar een volle deelnorm',
  'A bad group response loses {v} of the group safety':
    'Een slechte reactie in de groep kost {v} van de groepsveiligheid',
  'A bad group response loses {v} of the sharing norm':
    'Een slechte reactie in de groep kost {v} van de deelnorm',
  'Each session moves group safety {v} of the way towards the trust among attendees':
    'Elke sessie overbrugt {v} van de afstand tussen de groepsveiligheid en het vertrouwen tussen de deelnemers',
  'Group safety starts at {n} (on a 0–1 scale)':
    'De groepsveiligheid begint op {n} (op een schaal van 0–1)',
  'Each week, an active member posts on the forum with chance {v}':
    'Elke week zet een actief lid met kans {v} iets op het forum',
  'Each active member answers a forum post with chance {n} × their expertise on its topic':
    'Elk actief lid beantwoordt een forumbericht met kans {n} × de eigen expertise op het onderwerp',
  "An answer is worth {n} × the answerer's expertise to the member who asked":
    'Een antwoord is voor wie vroeg {n} × de expertise van wie antwoordt waard',
  "Perceived value follows weekly benefit; a week's benefit counts half as much after {v}":
    'Ervaren waarde volgt de wekelijkse opbrengst; de opbrengst van een week telt na {v} nog half zo zwaar',
  'A conversation sparks a private insight with chance up to {v}: more when the two differ in expertise and trust each other':
    'Een gesprek levert met kans tot {v} een privé-inzicht op: meer naarmate de twee in expertise verschillen en elkaar vertrouwen',
  'At a session, an attendee brings up a private insight with chance {n} × group safety':
    'In een sessie brengt een deelnemer een privé-inzicht in met kans {n} × de groepsveiligheid',
  "Members' propensity to contribute is skewed: Beta({n}, b), so most rarely post and a few post a lot":
    'De neiging van leden om bij te dragen is scheef verdeeld: Beta({n}, b), zodat de meesten zelden iets posten en enkelen heel veel',
  "Members' propensity to contribute is Beta(a, {n}): the larger b is against a, the more a few members do most of the posting":
    'De neiging van leden om bij te dragen is Beta(a, {n}): hoe groter b is tegenover a, hoe meer een paar leden het meeste posten',
  "Without a touch point (a session, a 1:1, a nudge, an answer), the community fades from a member's mind by {v} a week":
    'Zonder contactmoment (een bijeenkomst, een 1:1, een herinnering, een antwoord) raakt de community elke week {v} meer uit beeld bij een lid',
  'Diversity drives innovation at {v} strength: insights come from differences in expertise, and new practice from crossing organisations':
    'Diversiteit drijft innovatie met {v} kracht: inzichten komen uit verschillen in expertise, en nieuwe praktijk uit het oversteken van organisatiegrenzen',
  'An insight between colleagues of one organisation is {v} as likely to become an innovation as one across organisations':
    'Een inzicht tussen collega\'s van één organisatie wordt met {v} van de kans een innovatie van een inzicht tussen organisaties',
  'The group adopts an insight brought up with chance {n} × group safety (at most 1)':
    'De groep neemt een ingebracht inzicht over met kans {n} × de groepsveiligheid (hoogstens 1)',
  "A quick win adds {n} to the perceived value of that week's active members":
    'Een snel succes voegt {n} toe aan de ervaren waarde van de actieve leden van die week',
  'Unused ties lose {v} of their strength each week':
    'Ongebruikte banden verliezen elke week {v} van hun sterkte',
  'Unused ties across organisations fade (1 + {n}) times as fast':
    'Ongebruikte banden tussen organisaties vervallen (1 + {n}) keer zo snel',
  'A tie weaker than {n} goes dormant; its trust is remembered':
    'Een band zwakker dan {n} valt stil; het vertrouwen blijft onthouden',
  "Each week, trust moves {v} of the way back to a member's readiness to trust":
    'Elke week schuift vertrouwen {v} van de afstand terug naar de neiging tot vertrouwen van een lid',
  'A week with energy under {n} counts as a low week':
    'Een week met energie onder {n} telt als een week met lage energie',
  'After {v} of low energy in a row, a member may leave':
    'Na {v} achter elkaar met lage energie kan een lid vertrekken',
  'After enough low weeks, a member leaves with chance {v} each week':
    'Na genoeg weken met lage energie vertrekt een lid met kans {v} per week',
  'A fully active community of 60 members gets {v|newcomer|newcomers} a week on average (fewer when fewer are active)':
    'Een volledig actieve gemeenschap van 60 leden krijgt gemiddeld {v|nieuwkomer|nieuwkomers} per week (minder als minder leden actief zijn)',
  "A newcomer's first post gets a reply with chance {v}":
    'Het eerste bericht van een nieuwkomer krijgt met kans {v} een antwoord',
  'When the facilitator welcomes newcomers, a first post gets a reply with chance {v}':
    'Als de begeleider nieuwkomers verwelkomt, krijgt een eerste bericht met kans {v} een antwoord',
  'A newcomer whose first post got a reply comes back with chance {v}':
    'Een nieuwkomer die antwoord kreeg, komt met kans {v} terug',
  'A newcomer whose first post got no reply comes back with chance {v}':
    'Een nieuwkomer die geen antwoord kreeg, komt met kans {v} terug',
  'Participation levels are counted over the last {v}':
    'Deelnameniveaus worden geteld over de laatste {v}',
  "The facilitator can spend {v|unit|units} a week, times the sponsor's support":
    'De begeleider kan {v|eenheid|eenheden} per week besteden, maal de steun van de sponsor',
  'The facilitator responds well with chance {v}':
    'De begeleider reageert met kans {v} goed',
  "Members' trust in the facilitator starts at {n} (on a 0–1 scale)":
    'Het vertrouwen van leden in de begeleider begint op {n} (op een schaal van 0–1)',
  'The facilitator holds {v|check-in|check-ins} a week with the least energetic members (none in big-launch)':
    'De begeleider houdt per week {v|contactmoment|contactmomenten} met de leden met de minste energie (geen in big-launch)',
  'A launch, meetup or webinar costs {v}':
    'Een lancering, bijeenkomst of webinar kost {v}',
  'A quick win costs {v}':
    'Een snel succes kost {v}',
  'Weaving costs {v|unit|units} per item':
    'Inweven kost {v|eenheid|eenheden} per item',
  'Matchmaking, a follow-up, modelling vulnerability, a trust format and a guest each cost {v}':
    'Koppelen, een opvolging, kwetsbaarheid voordoen, een vertrouwensvorm en een gastspreker kosten elk {v}',
  "Welcoming a week's newcomers costs {v}":
    'De nieuwkomers van een week verwelkomen kost {v}',
  'From the start of its review, the sponsor expects {n} public value a week':
    'Vanaf het begin van de beoordeling verwacht de sponsor {n} publieke waarde per week',
  'The sponsor starts its review in {v}':
    'De sponsor begint de beoordeling in {v}',
  'After {v} below its expectation in a row, the sponsor cuts its support':
    'Na {v} achter elkaar onder de verwachting verlaagt de sponsor de steun',
  'Each time its patience runs out, support drops by {n} (full support is 1)':
    'Telkens als het geduld op is, daalt de steun met {n} (volle steun is 1)',
};
