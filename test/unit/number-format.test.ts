// Numbers people read are in the language's decimal style: a comma in Dutch,
// a point in English (src/ui/number-format.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { setLangForTest } from '../../src/ui/i18n.ts';
import { axisTicks, fixed, interval } from '../../src/ui/number-format.ts';

afterEach(() => setLangForTest('en'));

describe('fixed', () => {
  it('writes a point in English', () => {
    setLangForTest('en');
    expect(fixed(4.5, 1)).toBe('4.5');
    expect(fixed(6, 1)).toBe('6.0');
    expect(fixed(0.333, 2)).toBe('0.33');
    expect(fixed(-1.25, 1)).toBe('-1.3');
    expect(fixed(12, 0)).toBe('12');
    expect(fixed(0.25)).toBe('0.25');
    expect(axisTicks()).toBeUndefined();
    expect(interval('0.3', '0.5')).toBe('[0.3, 0.5]');
  });

  it('writes a comma in Dutch, rounding as toFixed does', () => {
    setLangForTest('nl');
    expect(fixed(4.5, 1)).toBe('4,5');
    expect(fixed(6, 1)).toBe('6,0');
    expect(fixed(0.333, 2)).toBe('0,33');
    expect(fixed(0.666, 2)).toBe('0,67');
    expect(fixed(2.449, 1)).toBe('2,4');
    expect(fixed(9.96, 1)).toBe('10,0');
    expect(fixed(-1.25, 1)).toBe('-1,3');
    expect(fixed(-0.04, 1)).toBe('-0,0');
    expect(fixed(1234.5, 1)).toBe('1234,5');
    expect(fixed(12, 0)).toBe('12');
    expect(fixed(7)).toBe('7');
    expect(fixed(0.25)).toBe('0,25');
    expect(fixed(-3.5)).toBe('-3,5');
    expect(axisTicks()?.(0.5)).toBe('0,5');
    // The comma is the decimal sign, so an interval's bounds are split by a semicolon.
    expect(interval('0,3', '0,5')).toBe('[0,3; 0,5]');
  });
});
