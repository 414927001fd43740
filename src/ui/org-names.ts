// What an organisation is called on screen. A scenario names its
// organisations by id; the defaults are org-a … org-e, shown as
// "Organisation A" … (Dutch "Organisatie A"), and the stories' own ids
// (hospital, sales, …) as capitalised words through the catalogue. The file
// keeps its ids, so scenario files and share links are unchanged.
import { msg } from './i18n.ts';

export function orgLabel(id: string): string {
  const m = /^org-([a-z])$/i.exec(id);
  if (m) return msg(`Organisation ${m[1].toUpperCase()}`);
  if (/^[a-z]/.test(id)) return msg(id[0].toUpperCase() + id.slice(1));
  return id;
}
