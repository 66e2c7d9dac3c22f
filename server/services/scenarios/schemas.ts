/**
 * Scenarios: a named set of open locations with the comparison's parameters, and the figures computed for it.
 * Pure zod, shared by the router and the page's form.
 */
import { z } from 'zod';
import { idField } from '../master-data/fields';
import { listInput } from '../listing/input';
import { networkParameters } from '../network-compare/schemas';

export const scenarioName = z
  .string({ error: 'Give the scenario a name.' })
  .trim()
  .min(1, 'Give the scenario a name.')
  .max(120, 'A scenario name is at most 120 characters.');

export const scenarioFields = z.object({
  name: scenarioName,
  notes: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(2000, 'Notes are at most 2,000 characters.').nullable().optional()),
  openLocationIds: z
    .array(idField('location'), { error: 'Choose the locations that are open.' })
    .min(1, 'Open at least one location.')
    .max(200, 'A scenario opens at most 200 locations.')
    .refine((ids) => new Set(ids).size === ids.length, 'Each location is listed once.'),
  parameters: networkParameters.default(networkParameters.parse({})),
});

export const createScenarioInput = scenarioFields;
// Every field optional, and no defaults: what is left out keeps its saved value.
export const updateScenarioInput = scenarioFields.omit({ parameters: true }).partial().extend({ id: idField('scenario'), parameters: networkParameters.optional() });
export const scenarioIdInput = z.object({ id: idField('scenario') });
export const compareScenariosInput = z
  .object({ a: idField('first scenario'), b: idField('second scenario') })
  .refine((v) => v.a !== v.b, { message: 'Choose two different scenarios.', path: ['b'] });

export const SCENARIO_SORT_KEYS = ['name', 'updatedAt', 'createdAt'] as const;
export const listScenariosInput = listInput({ sort: SCENARIO_SORT_KEYS, defaultSort: 'updatedAt', defaultDirection: 'desc', filters: {} });

export type CreateScenarioInput = z.infer<typeof createScenarioInput>;
export type UpdateScenarioInput = z.infer<typeof updateScenarioInput>;
export type ListScenariosInput = z.infer<typeof listScenariosInput>;
export type CompareScenariosInput = z.infer<typeof compareScenariosInput>;
