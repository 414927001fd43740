// How a played member looks on a phone and in the Room panel: a short name
// and its organisation's colour (the lab's Okabe–Ito palette, UX.md §2; the
// model has no names or colours, so they are given here, by member id).
const NAMES = ['Ana', 'Bram', 'Chen', 'Dewi', 'Emre', 'Fleur', 'Gijs', 'Hana', 'Ivo', 'Jade', 'Koen', 'Lina', 'Milan', 'Noor', 'Omar', 'Pia',
  'Quinn', 'Rosa', 'Sem', 'Tess', 'Umut', 'Vera', 'Wout', 'Xena', 'Yara', 'Zeno', 'Amir', 'Britt', 'Cas', 'Daan', 'Eva', 'Finn',
  'Gwen', 'Hugo', 'Iris', 'Jens', 'Kim', 'Lars', 'Mila', 'Nina'];
const ORG_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F5C710'];

export function memberName(id: number): string {
  const n = NAMES[id % NAMES.length];
  return id < NAMES.length ? n : `${n} ${Math.floor(id / NAMES.length) + 1}`;
}

export function orgColour(orgIndex: number): string {
  return ORG_COLOURS[orgIndex] ?? '#A3ACB9';
}
