// Every file in scenarios/ validates; the generated files match their generators.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, defaultScenario, formatError, parseScenario } from '../../src/scenario/index.ts';
import { renderScenarioDocs } from '../../src/scenario/docs.ts';
import { renderReferenceYaml } from '../../src/scenario/reference.ts';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const files = readdirSync(new URL('scenarios/', root)).filter((f) => f.endsWith('.yaml'));

describe('scenarios/', () => {
  for (const f of files) {
    it(`${f} is valid`, () => {
      const r = parseScenario(read(`scenarios/${f}`), { file: f });
      expect(r.ok ? [] : r.errors.map(formatError)).toEqual([]);
      expect(r.ok && r.warnings).toEqual([]);
    });
  }

  it('has one file per preset, using that preset, with a comment header', () => {
    for (const id of PRESET_IDS) {
      const text = read(`scenarios/${id}.yaml`);
      expect(text.startsWith('#')).toBe(true);
      const r = parseScenario(text);
      expect(r.ok && r.scenario.strategy.preset).toBe(id);
      expect(r.ok && r.scenario.description.length).toBeGreaterThan(40);
    }
  });

  it('has the story scenarios', () => {
    const care = parseScenario(read('scenarios/care-network.yaml'));
    expect(care.ok && care.scenario.population.organisations.map((o) => o.id)).toEqual(['hospital', 'patients', 'students']);
    expect(care.ok && care.scenario.strategy.actions.length).toBeGreaterThan(0);
    const company = parseScenario(read('scenarios/company-departments.yaml'));
    expect(company.ok && company.scenario.population.organisations.length).toBeGreaterThanOrEqual(3);
    const adaptive = parseScenario(read('scenarios/adaptive-facilitation.yaml'));
    expect(adaptive.ok && adaptive.scenario.strategy.actions.some((a) => a.when)).toBe(true);
  });
});

describe('generated files (npm run docs:scenarios)', () => {
  it('scenarios/reference.yaml equals the generator output', () => {
    expect(read('scenarios/reference.yaml')).toBe(renderReferenceYaml());
  });
  it('reference.yaml is the default scenario with a comment on every value', () => {
    const r = parseScenario(renderReferenceYaml());
    expect(r.ok && { ...r.scenario, name: 'x', description: '' }).toEqual({ ...defaultScenario(), name: 'x' });
    const lines = renderReferenceYaml().split('\n');
    lines.forEach((l, i) => {
      if (/^\s*[A-Za-z]+: [-\d.]+$/.test(l) && !l.startsWith('schemaVersion')) expect(lines[i - 1]).toMatch(/^\s*# /);
    });
  });
  it('docs/SCENARIOS.md equals the generator output', () => {
    expect(read('docs/SCENARIOS.md')).toBe(renderScenarioDocs());
  });
});
