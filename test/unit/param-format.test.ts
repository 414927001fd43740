// How parameter values read in the Parameters tab (src/ui/lab/param-format.ts):
// the sentence with the live value in it, singular and plural units in English
// and Dutch, percentages for chances and shares, week numbers unit first, and
// the range line of the (i) help.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAMS, type ParamSpec } from '../../src/scenario/params.ts';
import { loadLang, setLangForTest } from '../../src/ui/i18n.ts';
import { isPercent, rangeText, sentenceParts, sentenceText, showNumber, valueText } from '../../src/ui/lab/param-format.ts';
import { PANEL_PARAMS } from '../../src/ui/lab/params-panel.ts';

const spec = (path: string): ParamSpec => PARAMS.find((s) => s.path === path)!;

describe('param-format in English', () => {
  it('fills the sentence with the value and its unit, and cuts it around the value for the bold', () => {
    expect(sentenceText(spec('population.size'), 80)).toBe('The community starts with 80 members');
    expect(sentenceParts(spec('population.size'), 80)).toEqual({ before: 'The community starts with ', value: '80 members', after: '' });
    expect(sentenceParts(spec('parameters.tieDecay'), 0.1)).toEqual({ before: 'Unused ties lose ', value: '10%', after: ' of their strength each week' });
    // {n}: the number alone.
    expect(sentenceText(spec('parameters.homophily'), -1.5)).toBe('Members lean towards partners from their own organisation with weight −1.5 (0: no lean; below 0: towards other organisations)');
    // {v|one|more}: the sentence's own words.
    expect(sentenceText(spec('initialNetwork.colleagueTies'), 1)).toBe('At the start, each member already knows 1 colleague in their own organisation, on average');
    expect(sentenceText(spec('initialNetwork.colleagueTies'), 1.1)).toBe('At the start, each member already knows 1.1 colleagues in their own organisation, on average');
    expect(sentenceText(spec('facilitator.oneOnOnes'), 0)).toBe('The facilitator holds 0 check-ins a week with the least energetic members (none in big-launch)');
  });

  it('says one and more: 1 week, 2 weeks, 1 unit, 3 units, 1 member', () => {
    expect(valueText(1, spec('parameters.dropoutWeeks'))).toBe('1 week');
    expect(valueText(2, spec('parameters.dropoutWeeks'))).toBe('2 weeks');
    expect(valueText(1, spec('facilitator.eventCost'))).toBe('1 unit');
    expect(valueText(3, spec('facilitator.eventCost'))).toBe('3 units');
    expect(valueText(0.5, spec('facilitator.smallActionCost'))).toBe('0.5 units');
    expect(valueText(1, spec('population.size'))).toBe('1 member');
    expect(valueText(1, spec('facilitator.weaveCost'))).toBe('1 unit/item');
    // A value shown as 1 after rounding is one.
    expect(valueText(1.0004, spec('parameters.valueHalfLife'))).toBe('1 week');
    expect(sentenceText(spec('parameters.dropoutWeeks'), 1)).toBe('After 1 week of low energy in a row, a member may leave');
  });

  it('shows chances and shares as percentages, other fractions as numbers', () => {
    expect(valueText(0.8, spec('parameters.firstReplyChance'))).toBe('80%');
    expect(valueText(1 / 3, spec('parameters.capacityProb'))).toBe('33.3%');
    expect(valueText(0.075, spec('parameters.reciprocityTrustGain'))).toBe('7.5%');
    expect(valueText(0.5, spec('parameters.strangerTrust'))).toBe('50%');
    expect(valueText(0.3, spec('parameters.dropoutChance'))).toBe('30%');
    // "per week" above 1 is a rate, not a share: 0.5 newcomers a week.
    expect(isPercent(spec('parameters.newcomerRate'))).toBe(false);
    expect(valueText(0.5, spec('parameters.newcomerRate'))).toBe('0.5 per week');
    expect(valueText(0.5, spec('parameters.launchBoost'))).toBe('0.5 energy');
    expect(valueText(0.2, spec('parameters.initialSafety'))).toBe('0.2');
    expect(valueText(1, spec('parameters.crossOrgDecayExtra'))).toBe('1×');
    expect(showNumber(0.005, spec('parameters.audiencePremiumPerAttendee'))).toBe('0.005');
    expect(showNumber(12.34, spec('parameters.belongingSaturation'))).toBe('12.3');
    expect(showNumber(50, spec('parameters.belongingSaturation'))).toBe('50');
  });

  it('puts the unit of a week number first, in the value and in the range', () => {
    expect(valueText(12, spec('sponsor.startWeek'))).toBe('week 12');
    expect(sentenceText(spec('sponsor.startWeek'), 12)).toBe('The sponsor starts its review in week 12');
    expect(rangeText(spec('sponsor.startWeek'))).toBe('From week 0 to week 520; default week 12.');
    expect(rangeText(spec('sponsor.startWeek'))).not.toMatch(/\d week\b/);
  });

  it('writes the range with the unit once and the default with its own', () => {
    expect(rangeText(spec('population.size'))).toBe('From 2 to 10000 members; default 60 members.');
    expect(rangeText(spec('population.size'), 2000)).toBe('From 2 to 2000 members; default 60 members.');
    expect(rangeText(spec('parameters.dropoutWeeks'))).toBe('From 1 to 52 weeks; default 6 weeks.');
    expect(rangeText(spec('parameters.issueTouchChance'))).toBe('From 0% to 100%; default 30%.');
    expect(rangeText(spec('parameters.homophily'))).toBe('From −5 to 5; default 2.');
  });

  it('every shown sentence fills in at the ends and the default of its range, with no placeholder left', () => {
    for (const s of PANEL_PARAMS) {
      for (const v of [s.min, s.default, s.max]) {
        const t = sentenceText(s, v);
        expect(t, s.path).not.toMatch(/[{}|]/);
        expect(t, s.path).toContain(showNumber(v, s));
      }
    }
  });

  it('falls back to "Label: value" for a parameter without a sentence', () => {
    expect(sentenceParts(spec('population.size'), 60, '')).toEqual({ before: 'Members: ', value: '60 members', after: '' });
  });
});

describe('param-format in Dutch', () => {
  beforeAll(async () => {
    setLangForTest('nl');
    await loadLang('lab');
    await loadLang('views');
  });
  afterAll(() => setLangForTest('en'));

  it('says één and meer: 1 week, 2 weken, 1 eenheid, 3 eenheden, 1 lid', () => {
    expect(valueText(1, spec('parameters.dropoutWeeks'))).toBe('1 week');
    expect(valueText(2, spec('parameters.dropoutWeeks'))).toBe('2 weken');
    expect(valueText(1, spec('facilitator.eventCost'))).toBe('1 eenheid');
    expect(valueText(3, spec('facilitator.eventCost'))).toBe('3 eenheden');
    expect(valueText(1, spec('population.size'))).toBe('1 lid');
    expect(valueText(60, spec('population.size'))).toBe('60 leden');
  });

  it('fills the Dutch sentence, with its own words for one and more', () => {
    expect(sentenceText(spec('population.size'), 80)).toBe('De gemeenschap begint met 80 leden');
    expect(sentenceText(spec('parameters.firstReplyChance'), 0.8)).toBe('Het eerste bericht van een nieuwkomer krijgt met kans 80% een antwoord');
    expect(sentenceText(spec('initialNetwork.colleagueTies'), 1)).toBe('Bij de start kent elk lid gemiddeld al 1 collega in de eigen organisatie');
    expect(sentenceText(spec('initialNetwork.colleagueTies'), 2)).toBe("Bij de start kent elk lid gemiddeld al 2 collega's in de eigen organisatie");
    expect(sentenceText(spec('sponsor.startWeek'), 12)).toBe('De sponsor begint de beoordeling in week 12');
    expect(rangeText(spec('parameters.dropoutWeeks'))).toBe('Van 1 tot 52 weken; standaard 6 weken.');
  });
});
