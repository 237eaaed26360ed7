import { describe, expect, it } from 'vitest';
import { orgSchema, personSchema } from './kb-schemas.js';
import { readYamlList, readYamlSections } from './yaml-file.js';
import { countryExtraSchema, ambiguousFormSchema } from './kb-schemas.js';

describe('readYamlList', () => {
  it('validates each entry and reports schema problems on the line of the bad field', () => {
    const text = [
      '# people',
      '- id: good',
      '  name: Good Person',
      '  roles:',
      '    - { country: IRQ, sector: GOV, from: 2020-01-01, to: null }',
      '- id: bad',
      '  name: Bad Person',
      '  roles:',
      '    - country: Iraq',
      '      sector: GOV',
    ].join('\n');
    const r = readYamlList('people.yaml', personSchema, text);
    expect(r.entries.map((e) => [e.value.id, e.line])).toEqual([['good', 2]]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'people.yaml', line: 9 });
    expect(r.problems[0]!.message).toMatch(/roles\.0\.country/);
  });

  it('reports YAML syntax errors with their line', () => {
    const r = readYamlList('x.yaml', orgSchema, '- id: a\n  name: [unclosed\n  kind: igo\n');
    expect(r.entries).toEqual([]);
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses unknown fields (typos) instead of ignoring them', () => {
    const r = readYamlList('x.yaml', orgSchema, '- id: a\n  name: A\n  kind: igo\n  actor: { code: IGOXXX, country: null, sector: IGO }\n  alises: [B]\n');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.line).toBe(1);
    expect(r.problems[0]!.message).toMatch(/alises/);
  });
});

describe('readYamlSections', () => {
  it('reads named lists and reports unknown sections', () => {
    const text = 'countries:\n  - code: IRQ\n    demonyms: [Iraqi]\nambiguous:\n  - { form: Jordan, code: JOR }\nbogus: []\n';
    const r = readYamlSections('extra.yaml', { countries: countryExtraSchema, ambiguous: ambiguousFormSchema }, text);
    expect(r.sections.countries.map((e) => e.value.code)).toEqual(['IRQ']);
    expect(r.sections.ambiguous[0]!.line).toBe(5);
    expect(r.problems).toEqual([expect.objectContaining({ line: 6, message: expect.stringMatching(/unknown section "bogus"/) })]);
  });
});
