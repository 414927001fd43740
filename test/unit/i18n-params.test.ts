// The lab's Parameters tab in Dutch: every parameter the panel shows has a
// Dutch label, unit and help text in the catalogues that are loaded before the
// tab opens, and each reads differently from the English unless it is listed
// below as the same in both languages. Adding a parameter to
// src/scenario/params.ts without its Dutch makes this fail.
import { describe, expect, it } from 'vitest';
import { PARAMS, PARAM_GROUPS } from '../../src/scenario/params.ts';
import { NL } from '../../src/ui/i18n-nl.ts';
import { NL_VIEWS } from '../../src/ui/i18n-nl-views.ts';
import { NL_PARAMS } from '../../src/ui/i18n-nl-params.ts';
import { loadLang, msg, setLangForTest, translate } from '../../src/ui/i18n.ts';
import { PANEL_PARAMS, headingKey } from '../../src/ui/lab/params-panel.ts';

/** What the Dutch page has once loadLang('lab') and loadLang('views') ran. */
const CAT: Record<string, string> = { ...NL, ...NL_VIEWS, ...NL_PARAMS };

/** Texts that are the same in Dutch; every other text must differ from its English. */
const SAME_IN_DUTCH = new Set(['Horizon', 'per week', 'week', 'sd', '×', '× S', '× π', '× expertise', 'Sponsor (§7.6)']);

function dutchOf(en: string): string | undefined {
  return CAT[en];
}

describe('Parameters tab in Dutch', () => {
  it('shows all parameters but seed and replicates (the check covers what participants see)', () => {
    expect(PANEL_PARAMS.length).toBe(PARAMS.length - 2);
    expect(PANEL_PARAMS.map((s) => s.path)).not.toContain('seed');
    expect(PANEL_PARAMS.map((s) => s.path)).toContain('population.size');
  });

  it('every shown label, unit, help text and group has Dutch that differs from the English', () => {
    const missing: string[] = [];
    const untranslated: string[] = [];
    const texts = new Set<string>();
    for (const s of PANEL_PARAMS) {
      texts.add(s.label).add(s.help).add(headingKey(PARAM_GROUPS[s.group]));
      if (s.unit) texts.add(s.unit);
    }
    for (const en of texts) {
      const nl = dutchOf(en);
      if (nl === undefined) {
        if (!SAME_IN_DUTCH.has(en)) missing.push(en);
      } else if (nl === en && !SAME_IN_DUTCH.has(en)) untranslated.push(en);
      else if (nl !== en && SAME_IN_DUTCH.has(en)) untranslated.push(`listed as same but translated: ${en}`);
      if (nl !== undefined && !nl.trim()) missing.push(en);
    }
    expect(missing).toEqual([]);
    expect(untranslated).toEqual([]);
    // The exceptions are real: each is a text the panel shows.
    for (const same of SAME_IN_DUTCH) expect(texts.has(same), same).toBe(true);
  });

  it('the new catalogue agrees with the others where keys overlap, and has no stale keys', () => {
    for (const [en, nl] of Object.entries(NL_PARAMS)) {
      for (const other of [NL, NL_VIEWS]) if (en in other) expect(other[en], en).toBe(nl);
    }
    const used = new Set(PANEL_PARAMS.flatMap((s) => [s.unit, s.help, headingKey(PARAM_GROUPS[s.group])]));
    const stale = Object.keys(NL_PARAMS).filter((k) => !used.has(k) && !/\{\d\}/.test(k));
    expect(stale).toEqual([]);
  });

  it('keeps numbers and symbols of each help text', () => {
    const symbols = (t: string) => (t.match(/[0-9]+(?:\.[0-9]+)?|[πρλσηΣ×≈~=+−·§]|T_\w+|V_S|\b[wTSEV]\b/g) ?? []).sort();
    for (const s of PANEL_PARAMS) expect(symbols(dutchOf(s.help)!), s.help).toEqual(expect.arrayContaining(symbols(s.help)));
  });

  it('loadLang("views") brings the units and help texts, and the range sentence reads Dutch', async () => {
    setLangForTest('nl');
    try {
      expect(msg('issues')).toBe('issues');
      await loadLang('lab');
      await loadLang('views');
      expect(msg('issues')).toBe('kwesties');
      expect(msg('Chance per week that a member gets a new tricky issue.')).toBe('Kans per week dat een lid een nieuwe lastige kwestie krijgt.');
      expect(msg(`Range 2–10000 ${msg('members')}; default 60.`)).toBe('Bereik 2–10000 leden; standaard 60.');
      expect(msg('Range -5–5; default 2.')).toBe('Bereik -5–5; standaard 2.');
      expect(translate('Range -5–5; default 2.', 'en')).toBe('Range -5–5; default 2.');
      // The group heading 'Run' is the noun, not the buttons' verb 'Draaien'.
      expect(msg(headingKey('Run'))).toBe('Simulatie');
      expect(msg('Run')).toBe('Draaien');
    } finally {
      setLangForTest('en');
    }
  });
});
