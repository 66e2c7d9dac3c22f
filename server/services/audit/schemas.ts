/**
 * The audit log list: filters by actor, entity, action, entity id and a local-day range, sorted by time
 * (newest first) and paged on the server; the CSV export takes the same filters. Pure zod.
 */
import { z } from 'zod';
import { listInput } from '../listing/input';
import { dateField, idField } from '../master-data/fields';

const word = (label: string) =>
  z.string().trim().min(1, `${label} is required.`).max(60, `${label} must be at most 60 characters.`).regex(/^[a-z0-9_.-]+$/i, `${label} may use letters, digits and . _ - only.`);

/** Equality filters and a local-day range (tenant time zone), all in `filters` like every list. */
const filters = {
  actorId: idField('person'),
  entity: word('Entity'),
  action: word('Action'),
  entityId: idField('record'),
  from: dateField('From'),
  to: dateField('To'),
};

function refineDayRange(value: { filters: { from?: string | undefined; to?: string | undefined } }, ctx: z.RefinementCtx) {
  const { from, to } = value.filters;
  if (from && to && from > to) ctx.addIssue({ code: 'custom', path: ['filters', 'to'], message: 'The end of the period must be on or after its start.' });
}

export const AUDIT_SORT_KEYS = ['at', 'entity', 'action', 'actor'] as const;

export const listAuditInput = listInput({ sort: AUDIT_SORT_KEYS, defaultSort: 'at', defaultDirection: 'desc', filters }).superRefine(refineDayRange);
export type ListAuditInput = z.infer<typeof listAuditInput>;
