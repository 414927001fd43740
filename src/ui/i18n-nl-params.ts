// Dutch units and help texts of the lab's Parameters tab, keyed by the English
// in src/scenario/params.ts (which stays English: the CLI and docs/SCENARIOS.md
// use it). Loaded with i18n-nl-views.ts (i18n.ts loadLang('views')), so the
// Dutch first screen does not download it; the labels are in i18n-nl-views.ts.
// Formulas keep their symbols; "gain" and "loss" in them read "winst" and
// "verlies", "this" reads "deze waarde" (the parameter itself).
export const NL_PARAMS: Record<string, string> = {
  // Units (one entry per unit, shared by many parameters). Units that read the
  // same in Dutch ("per week", "sd", "×", "× S", …) need no entry.
  weeks: 'weken',
  members: 'leden',
  'ties/member': 'banden/lid',
  conversations: 'gesprekken',
  probability: 'kans',
  issues: 'kwesties',
  value: 'waarde',
  'trust·strength': 'vertrouwen·sterkte',
  energy: 'energie',
  strength: 'sterkte',
  share: 'aandeel',
  contacts: 'contacten',
  'per attendee': 'per deelnemer',
  'units/week': 'eenheden/week',
  trust: 'vertrouwen',
  units: 'eenheden',
  'units/item': 'eenheden/item',
  'value/week': 'waarde/week',
  support: 'steun',

  // The help's closing sentence for a value without a unit (with a unit it is
  // 'Range {0}–{1} {2}; default {3}.' in i18n-nl.ts).
  'Range {0}–{1}; default {2}.': 'Bereik {0}–{1}; standaard {2}.',
  'The slider goes to {0}; more in the Scenario tab.': 'De schuif gaat tot {0}; meer kan op het tabblad Scenario.',

  // The Parameters tab's heading of the group 'Run' (params-panel headingKey):
  // the noun, where 'Run' on buttons is the verb 'Draaien'.
  'Run (parameter group)': 'Simulatie',

  // Help texts, in the order of params.ts
  // Run
  'Number of weeks simulated after initialisation (week 0).': 'Aantal weken dat na de start (week 0) gesimuleerd wordt.',
  // Population
  'Members at the start (20–300 for teaching).': 'Aantal leden bij de start (20–300 voor lesgebruik).',
  "Mean number of pre-existing ties to colleagues in one's own organisation (§5; 1.1 ≈ density 0.1 in organisations of 12; off by default).":
    "Gemiddeld aantal banden die een lid vooraf al heeft met collega's in de eigen organisatie (§5; 1.1 ≈ dichtheid 0.1 in organisaties van 12; standaard uit).",
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
  // Energy §7.1
  'Relaxation rate λ ~ U(min, max) of energy towards its baseline.': 'Snelheid λ ~ U(min, max) waarmee de energie naar haar basisniveau terugkeert.',
  'Relaxation rate λ ~ U(min, max).': 'Terugkeersnelheid λ ~ U(min, max).',
  'Perceived value V at which value adds its full share to baseline energy.':
    'Ervaren waarde V waarbij waarde haar volle aandeel aan het basisniveau van de energie bijdraagt.',
  "Σ w·T over a member's ties at which belonging adds its full share.": 'Σ w·T over de banden van een lid waarbij verbondenheid haar volle aandeel bijdraagt.',
  'Energy added to those who attend the launch.': 'Extra energie voor wie bij de lancering is.',
  'Energy added to those who attend a meetup.': 'Extra energie voor wie bij een bijeenkomst is.',
  'Energy added to those who attend a webinar.': 'Extra energie voor wie een webinar volgt.',
  'Energy a member loses when a 1:1 disclosure is received badly.': 'Energie die een lid verliest als een onthulling in een 1:1-gesprek slecht ontvangen wordt.',
  'Energy a member loses when a group disclosure is received badly.': 'Energie die een lid verliest als een onthulling in de groep slecht ontvangen wordt.',
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
    'T_ji += winst·(1−T_ji) na een goed ontvangen onthulling (Altman & Taylor 1973).',
  'T_ij −= loss·T_ij; 3× the gain (Slovic 1993).': 'Vertrouwen van wie deelt: T_ij −= verlies·T_ij; 3× de winst (Slovic 1993).',
  // Group sessions and forum §7.5
  'Attendance = pull·(0.5+0.5E).': 'Kans dat een lid komt = deze waarde·(0.5+0.5E), met E de energie van het lid.',
  'Conversations each attendee has at a session.': 'Gesprekken die elke deelnemer in een sessie voert.',
  'Chance an attendee gets the floor to raise an issue (0 at the launch).': 'Kans dat een deelnemer het woord krijgt om een kwestie in te brengen (0 bij de lancering).',
  'Extra safety needed to disclose in a group.': 'Extra veiligheid die nodig is om in een groep iets te delen.',
  'Extra safety needed per person in the room.': 'Extra veiligheid die nodig is per persoon in de zaal.',
  'An issue already shared 1:1 is easier to raise in the group.': 'Een kwestie die je al 1:1 gedeeld hebt, breng je makkelijker in de groep in.',
  'S += gain·(1−S) (Edmondson 1999).': 'Groepsveiligheid: S += winst·(1−S) (Edmondson 1999).',
  'η += gain·(1−η).': 'Deelnorm: η += winst·(1−η).',
  'S −= loss·S.': 'Groepsveiligheid: S −= verlies·S.',
  'η −= loss·η.': 'Deelnorm: η −= verlies·η.',
  'S += drift·(mean trust among attendees − S) per session.': 'S += drift·(gemiddeld vertrouwen tussen de deelnemers − S) per sessie.',
  'Group safety S at the start.': 'Groepsveiligheid S bij de start.',
  'Chance an active member posts on the forum in a week.': 'Kans dat een actief lid in een week iets op het forum zet.',
  'Each active member answers with 0.3·expertise on the topic.': 'Elk actief lid antwoordt met kans 0.3·expertise op het onderwerp.',
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
};
