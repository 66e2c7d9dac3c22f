import { importTemplate } from '../../imports/registry';
import type { TenantServiceContext } from '../context';
import type { ImportTemplateInput } from './schemas';

/** The template of an entity: CSV (header + two example rows), documented columns and rules. */
export function getImportTemplate({ ctx, input }: { ctx: TenantServiceContext; input: ImportTemplateInput }) {
  const template = importTemplate(input.entity);
  const hasTimes = template.columns.some((c) => c.type === 'timestamp');
  const notes = hasTimes ? [...template.notes, `Your organization’s time zone is ${ctx.tenant.timezone}.`] : [...template.notes];
  return { ...template, notes, currency: ctx.tenant.currency };
}
