// The participant page's own catalogue: small enough to ship with the page
// (the lab's catalogues are far larger than this page's budget allows).
// Keyed by the English text, like src/ui/i18n.ts; {0}, {1} are filled in order.
import type { RoomLang } from '../room/protocol.ts';

const NL: Record<string, string> = {
  'Workshop room': 'Workshopruimte',
  'Join the workshop room': 'Doe mee in de workshopruimte',
  'Room code': 'Ruimtecode',
  'The code your trainer shows, like KQ7M-X2PA-9T.': 'De code die je trainer laat zien, zoals KQ7M-X2PA-9T.',
  'Nickname (optional)': 'Bijnaam (niet verplicht)',
  'Leave it empty to stay anonymous. Only the trainer sees it.': 'Laat leeg om anoniem te blijven. Alleen de trainer ziet hem.',
  Join: 'Meedoen',
  'Joining…': 'Bezig met meedoen…',
  'That is not a room code: it has 10 letters and digits.': 'Dat is geen ruimtecode: die heeft 10 letters en cijfers.',
  'No room with that code. Check it with your trainer.': 'Geen ruimte met die code. Vraag je trainer de code na.',
  'This room is full.': 'Deze ruimte is vol.',
  'The room could not be joined ({0}). Try again.': 'Meedoen lukte niet ({0}). Probeer het opnieuw.',
  "You're in.": 'Je doet mee.',
  'Wait for the trainer\'s question. Keep this page open; if your phone locks, it comes back here.': 'Wacht op de vraag van de trainer. Laat deze pagina open; als je telefoon vergrendelt, kom je hier terug.',
  'Connection lost. Reconnecting…': 'Verbinding weg. Opnieuw verbinden…',
  'Connected.': 'Verbonden.',
  'The trainer closed the room. Thank you for taking part!': 'De trainer heeft de ruimte gesloten. Bedankt voor het meedoen!',
  Language: 'Taal',
  'Send my answer': 'Verstuur mijn antwoord',
  'Pick an answer first.': 'Kies eerst een antwoord.',
  'Your answer is in': 'Je antwoord is binnen',
  'Wait for the reveal on the big screen.': 'Wacht op de onthulling op het grote scherm.',
  'The room answered': 'De ruimte antwoordde',
  'your answer': 'jouw antwoord',
  '{0} of {1}': '{0} van {1}',
  'Question': 'Vraag',
  'Quick vote': 'Snelle stemming',
  'You': 'Jij',
  // The participatory run (part B).
  'You play {0}': 'Jij speelt {0}',
  'Week {0} of {1}': 'Week {0} van {1}',
  Energy: 'Energie',
  'Trust': 'Vertrouwen',
  'Last week': 'Vorige week',
  'Nothing happened to you last week.': 'Vorige week gebeurde er niets met jou.',
  'People you know': 'Mensen die je kent',
  'You know nobody yet.': 'Je kent nog niemand.',
  'matched by the facilitator': 'gekoppeld door de facilitator',
  'Decide for week {0}': 'Beslis voor week {0}',
  "Come to this week's meetup?": 'Kom je deze week naar de bijeenkomst?',
  "Yes, I'll come": 'Ja, ik kom',
  'Not this week': 'Deze week niet',
  'If the facilitator holds one this week.': 'Als de facilitator er deze week een houdt.',
  'Talk one-on-one with…': 'Een-op-een praten met…',
  'Nobody this week': 'Deze week met niemand',
  'Talk with {0}': 'Praten met {0}',
  'Share a tricky issue?': 'Een lastige kwestie delen?',
  'Keep it to myself': 'Ik houd het voor mezelf',
  'With {0}, one-on-one': 'Met {0}, een-op-een',
  'In the group': 'In de groep',
  '(only if you talk to someone)': '(alleen als je met iemand praat)',
  '(only if you come to the meetup)': '(alleen als je naar de bijeenkomst komt)',
  'Send my decision': 'Verstuur mijn beslissing',
  Back: 'Terug',
  Next: 'Verder',
  'Your decision for week {0} is in.': 'Je beslissing voor week {0} is binnen.',
  'Wait for the trainer to run the week.': 'Wacht tot de trainer de week laat lopen.',
  '{0} s left to decide': 'Nog {0} s om te beslissen',
  'No decision came in time for week {0}: the model played your member.': 'Voor week {0} kwam er geen beslissing op tijd: het model speelde je lid.',
  'The run is over. Look at the big screen for the debrief.': 'De simulatie is voorbij. Kijk op het grote scherm voor de nabespreking.',
  'You are watching this run: every member is taken.': 'Je kijkt mee met deze simulatie: alle leden zijn al bezet.',
  'You talked with {0}': 'Je praatte met {0}',
  '{0} received your tricky issue well': '{0} ontving je lastige kwestie goed',
  '{0} received your tricky issue badly': '{0} ontving je lastige kwestie slecht',
  '{0} shared a tricky issue with you': '{0} deelde een lastige kwestie met jou',
  'You shared a tricky issue in the group; it went well': 'Je deelde een lastige kwestie in de groep; dat ging goed',
  'You shared a tricky issue in the group; it went badly': 'Je deelde een lastige kwestie in de groep; dat ging slecht',
  'You came to the meetup': 'Je kwam naar de bijeenkomst',
  'The facilitator matched you with {0}': 'De facilitator koppelde je aan {0}',
  'You and {0} came up with an idea': 'Jij en {0} bedachten een idee',
  'A new tie with {0}': 'Een nieuwe band met {0}',
  'Your tie with {0} faded': 'Je band met {0} is verwaterd',
  'Your idea became an innovation the community uses': 'Je idee werd een vernieuwing die de gemeenschap gebruikt',
  'The facilitator talked with you': 'De facilitator sprak met je',
  'The facilitator brought your topic into the group': 'De facilitator bracht je onderwerp in de groep',
  'Your member left the community': 'Je lid heeft de gemeenschap verlaten',
};

let lang: RoomLang = 'en';

export function setLang(l: RoomLang): void {
  lang = l;
  document.documentElement.lang = l;
}

export function currentLang(): RoomLang {
  return lang;
}

/** The text in the page's language, with {0}, {1}… replaced by `args`. */
export function t(text: string, ...args: (string | number)[]): string {
  const s = lang === 'nl' ? NL[text] ?? text : text;
  return s.replace(/\{(\d)\}/g, (_, i: string) => String(args[+i] ?? ''));
}

/** For the catalogue test: every key and its Dutch. */
export const PARTICIPANT_NL: Readonly<Record<string, string>> = NL;
