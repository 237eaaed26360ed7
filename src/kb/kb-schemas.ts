import { z } from 'zod';

/** Zod schemas of every knowledge-base file kind. The README documents them for users. */
const code3 = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter upper-case code such as IRQ');
const sector = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter sector code such as GOV');
/** Dates as YYYY, YYYY-MM or YYYY-MM-DD (YAML may read a bare year as a number). */
const partialDate = z.union([z.string(), z.number()]).transform((v) => String(v)).pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD'));
const id = z.string().regex(/^[a-z0-9{}][a-z0-9{}-]*$/i, 'ids are kebab-case: letters, digits, hyphens');
const names = z.array(z.string().min(1)).default([]);

export const actorSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9]{2,14}$/, 'actor codes are 3-15 upper-case letters or digits, e.g. IRQGOV'),
  country: code3.nullable(),
  sector: sector.nullable(),
});

export const roleSchema = z.object({
  country: code3,
  sector,
  title: z.string().optional(),
  org: z.string().optional(),
  from: partialDate.nullable().default(null),
  to: partialDate.nullable().default(null),
});

export const personSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: names,
  gender: z.enum(['m', 'f', 'x']).optional(),
  roles: z.array(roleSchema).min(1, 'a person needs at least one role'),
  note: z.string().optional(),
}).strict();

/** A code an organisation held over [from, to) (to: null = still). */
export const datedCodeSchema = actorSchema.extend({
  from: partialDate.nullable().default(null),
  to: partialDate.nullable().default(null),
}).strict();

const dayKey = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/** Dated codes in order: each ends before it starts no other, only the first may lack `from`, only the last `to`. */
function checkDatedCodes(codes: readonly DatedCode[], ctx: z.RefinementCtx): void {
  codes.forEach((c, i) => {
    const path = ['codes', i];
    if (c.from && c.to && dayKey(c.to) <= dayKey(c.from)) ctx.addIssue({ code: 'custom', path, message: `code ${c.code} ends (${c.to}) before it starts (${c.from})` });
    if (i > 0 && !c.from) ctx.addIssue({ code: 'custom', path, message: `code ${c.code} needs a 'from' date (only the first code may lack one)` });
    if (i < codes.length - 1 && !c.to) ctx.addIssue({ code: 'custom', path, message: `code ${c.code} needs a 'to' date (only the last code may lack one)` });
    const prev = codes[i - 1];
    if (prev?.to && c.from && dayKey(c.from) < dayKey(prev.to)) ctx.addIssue({ code: 'custom', path, message: `code ${c.code} starts (${c.from}) before the previous one ends (${prev.to}); list codes in order without overlaps` });
  });
}

export const orgSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: names,
  caseSensitiveAliases: names,
  kind: z.string().min(2),
  actor: actorSchema,
  codes: z.array(datedCodeSchema).optional(),
  parent: z.string().optional(),
  note: z.string().optional(),
  mediaType: z.string().optional(),
  stateOwned: z.boolean().optional(),
  ownership: z.string().optional(),
}).strict().superRefine((o, ctx) => checkDatedCodes(o.codes ?? [], ctx));

export const bodyPatternSchema = z.object({
  id: z.string().includes('{code}', { message: 'a pattern id must contain {code}' }),
  pattern: z.array(z.string().min(1)).min(1),
  name: z.string().min(1),
  type: z.enum(['ORG', 'PERSON']).default('ORG'),
  sector,
  agent: z.string().regex(/^[A-Z]{3,12}$/),
  caseSensitive: z.boolean().optional(),
  note: z.string().optional(),
}).strict();

export const countryExtraSchema = z.object({
  code: code3.describe('world-countries cca3; a new code adds a territory the package lacks'),
  name: z.string().optional(),
  names: names.describe('more names and spellings'),
  demonyms: names.describe('adjectives before a noun: Iraqi, U.S.'),
  people: names.describe('nouns for nationals: Iraqis, Britons'),
  capitals: names.describe('the capital and its spellings; metonyms for the government'),
  metonyms: names.describe('other seats of power used for the government: Kremlin, Downing Street'),
  parts: names.describe('constituent parts coded as the country: England, Scotland'),
  caseSensitive: names,
  latlng: z.tuple([z.number(), z.number()]).optional(),
  partOf: z.array(z.object({ country: code3, until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day: YYYY-MM-DD') }).strict()).default([])
    .describe('states it was part of until a day (independence): its places are coded as that state before the day'),
  note: z.string().optional(),
}).strict();

export const ambiguousFormSchema = z.object({ form: z.string().min(1), code: code3.nullable(), note: z.string().optional() }).strict();
export const codeMapSchema = z.object({ code: z.string().regex(/^[A-Z]{2,3}$/), maps: code3, kind: z.string().optional(), note: z.string().optional() }).strict();
export const regionCodeSchema = z.object({ code: z.string().regex(/^[A-Z]{3}$/), name: z.string(), note: z.string().optional() }).strict();
export const nonCountrySchema = z.object({ form: z.string().min(1), variants: names, countries: z.array(code3).default([]), note: z.string().optional() }).strict();

export const regionSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: names,
  caseSensitiveAliases: names,
  country: code3.nullable(),
  feature: z.string().default('region'),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  note: z.string().optional(),
}).strict();

export const cityVariantSchema = z.object({ name: z.string().min(1), country: code3, variants: names, note: z.string().optional() }).strict();

export const roleWordSchema = z.object({
  words: z.array(z.string().min(1)).min(1),
  sector,
  kind: z.enum(['person', 'group', 'body', 'modifier']),
  /** false: no country is assumed for a person with this title and none named (data/kb/roles header). */
  home: z.boolean().optional(),
  note: z.string().optional(),
}).strict();

export type Person = z.infer<typeof personSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Org = z.infer<typeof orgSchema>;
export type BodyPattern = z.infer<typeof bodyPatternSchema>;
export type CountryExtra = z.infer<typeof countryExtraSchema>;
export type Region = z.infer<typeof regionSchema>;
export type AmbiguousForm = z.infer<typeof ambiguousFormSchema>;
export type CityVariant = z.infer<typeof cityVariantSchema>;
export type RoleWord = z.infer<typeof roleWordSchema>;
export type ActorCode = z.infer<typeof actorSchema>;
export type DatedCode = z.infer<typeof datedCodeSchema>;
