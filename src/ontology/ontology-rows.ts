import { z } from 'zod';

/** Row schemas of the ontology tables in data/ontology/ (see the README, "Ontology"). */
const code = z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits');
const ploverType = z.string().regex(/^[A-Z]+$/, 'PLOVER types are upper-case words');

export const cameoRowSchema = z.object({
  code,
  root: z.string().regex(/^(0[1-9]|1\d|20)$/, 'root is 01..20'),
  label: z.string().min(1),
  goldstein: z.coerce.number().min(-10).max(10),
  quad_class: z.coerce.number().int().min(1).max(4),
});

export const ploverTypeRowSchema = z.object({
  event_type: ploverType,
  quad_category: z.enum(['Verbal Cooperation', 'Material Cooperation', 'Verbal Conflict', 'Material Conflict']),
  requires_recipient: z.enum(['Yes', 'No']),
  plover_score: z.coerce.number().min(-10).max(10),
});

export const ploverModeRowSchema = z.object({ event_type: ploverType, mode: z.string().regex(/^[a-z][a-z-]*$/) });

export const cameoPloverRowSchema = z.object({
  cameo: code,
  plover_type: z.union([ploverType, z.literal('')]),
  plover_mode: z.union([z.string().regex(/^[a-z][a-z-]*$/), z.literal('')]),
});
