// The lab's Parameters tab in Dutch: every parameter the panel shows has a
// Dutch label, sentence, unit and help text in the catalogues that are loaded
// before the tab opens, and each reads differently from the English unless it is listed
// below as the same in both languages. Adding a parameter to
// src/scenario/params.ts without its Dutch makes this fail.
import { describe, expect, it } from 'vitest';
import { PARAMS, PARAM_GROUPS } from '../../src/scenario/params.ts';
import { NL } from '../../src/ui/i18n-nl.ts';
import { NL_VIEWS } from '../../src/ui/i18n-nl-views.ts';
import { NL_PARAMS } from '../../src/ui/i18n-nl-params.ts';
import { loadLang, msg, setLangForTest, translate } from '../../src/ui/i18n.ts';
import { PANEL_PARAMS, headingKey } from '../../src/ui/lab/params-panel.ts';
import { isPercent, rangeText, sentenceSlot, unitKey } from '../../src/ui/lab/param-format.ts';
import type { ParamSpec } from '../../src/scenario/params.ts';
import { paramDoc } from '../../src/scenario/param-docs.ts';

/** What the Dutch page has once loadLang('lab') and loadLang('views') ran. */
const CAT: Record<string, string> = { ...NL, ...NL_VIEWS, ...NL_PARAMS };

/** Texts that are the same in Dutch; every other text must differ from its English. */
const SAME_IN_DUTCH = new Set(['Horizon', 'per week', 'week', 'sd', '×', '× S', '× expertise', 'Sponsor (§7.6)']);

/** The unit's catalogue key as the panel shows it; none for a percentage ("30%") or a unitless value. */
function shownUnit(s: ParamSpec): string | null {
  return s.unit && !isPercent(s) ? unitKey(s.unit) : null;
}

/** "{v}", "{n}" or "{v|…}": the kind of value a sentence shows (its words for one/more may differ by language). */
function slotKind(t: string): string | null {
  const slot = sentenceSlot(t);
  return slot === null ? null : slot.includes('|') ? `${slot.slice(0, 2)}|` : slot;
}

function dutchOf(en: string): string | undefined {
  return CAT[en];
}

describe('Parameters tab in Dutch', () => {
  it('shows all parameters but seed and replicates (the check covers what participants see)', () => {
    expect(PANEL_PARAMS.length).toBe(PARAMS.length - 2);
    expect(PANEL_PARAMS.map((s) => s.path)).not.toContain('seed');
    expect(PANEL_PARAMS.map((s) => s.path)).toContain('population.size');
  });

  it('every shown label, sentence, unit, help text and group has Dutch that differs from the English', () => {
    const missing: string[] = [];
    const untranslated: string[] = [];
    const texts = new Set<string>();
    for (const s of PANEL_PARAMS) {
      texts.add(s.label).add(paramDoc(s).help).add(headingKey(PARAM_GROUPS[s.group]));
      if (paramDoc(s).sentence) texts.add(paramDoc(s).sentence);
      const u = shownUnit(s);
      if (u) texts.add(u);
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
    const used = new Set(PANEL_PARAMS.flatMap((s) => [shownUnit(s), paramDoc(s).help, paramDoc(s).sentence, headingKey(PARAM_GROUPS[s.group])]));
    const stale = Object.keys(NL_PARAMS).filter((k) => !used.has(k) && !/\{\d\}/.test(k));
    expect(stale).toEqual([]);
  });

  it('every shown parameter has a sentence with one value slot, and its Dutch shows the same kind of value', () => {
    const wrong: string[] = [];
    for (const s of PANEL_PARAMS) {
      const en = paramDoc(s).sentence;
      const nl = dutchOf(en) ?? '';
      const kind = slotKind(en);
      if (!kind || en.replace(sentenceSlot(en)!, '').includes('{')) wrong.push(`${s.path}: English sentence needs exactly one {v}, {n} or {v|one|more}: "${en}"`);
      else if (slotKind(nl) !== kind || nl.replace(sentenceSlot(nl)!, '').includes('{')) wrong.push(`${s.path}: Dutch sentence shows ${slotKind(nl)}, English ${kind}: "${nl}"`);
      // A percentage has no words for one and more ("1 %|…" would read wrong).
      if (isPercent(s) && kind === '{v|') wrong.push(`${s.path}: a percentage with its own words`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps numbers and symbols of each help text', () => {
    const symbols = (t: string) => (t.match(/[0-9]+(?:\.[0-9]+)?|[πρλσηΣ×≈~=+−·§]|T_\w+|V_S|\b[wTSEV]\b/g) ?? []).sort();
    // The Dutch write a decimal comma: 0,5 is the English 0.5 (and "2,8" in Beta(2,8) reads the same either way).
    const numbers = (t: string) => symbols(t.replace(/(\d),(\d)/g, '$1.$2'));
    for (const s of PANEL_PARAMS) expect(numbers(dutchOf(paramDoc(s).help)!), paramDoc(s).help).toEqual(expect.arrayContaining(numbers(paramDoc(s).help)));
  });

  it('loadLang("views") brings the units and help texts, and the range sentence reads Dutch', async () => {
    setLangForTest('nl');
    try {
      expect(msg('issue|issues')).toBe('issue|issues');
      await loadLang('lab');
      await loadLang('views');
      expect(msg('issue|issues')).toBe('kwestie|kwesties');
      expect(msg('Chance per week that a member gets a new tricky issue.')).toBe('Kans per week dat een lid een nieuwe lastige kwestie krijgt.');
      const spec = (path: string) => PANEL_PARAMS.find((s) => s.path === path)!;
      expect(rangeText(spec('population.size'))).toBe('Van 2 tot 10000 leden; standaard 60 leden.');
      expect(rangeText(spec('parameters.homophily'))).toBe('Van −5 tot 5; standaard 2.');
      expect(rangeText(spec('sponsor.startWeek'))).toBe('Van week 0 tot week 520; standaard week 12.');
      expect(msg('Each week, a member gets a new tricky issue with chance {v}')).toBe('Elke week krijgt een lid met kans {v} een nieuwe lastige kwestie');
      expect(translate('From {0} to {1}; default {2}.', 'en')).toBe('From {0} to {1}; default {2}.');
      // The group heading 'Run' is the noun, not Compare's button 'Berekenen' nor the lesson step 'Bekijken'.
      expect(msg(headingKey('Run'))).toBe('Simulatie');
      expect(msg('Run')).toBe('Bekijken');
      expect(msg('Run', 'button')).toBe('Berekenen');
    } finally {
      setLangForTest('en');
    }
  });
});
