/** The tenant's planning settings, or the defaults when none were saved (or a saved row no longer validates). */
import { eq } from 'drizzle-orm';
import type { Queryable } from '@/db/client';
import { planningSettings } from '@/db/schema';
import { DEFAULT_PLANNING_SETTINGS, planningSettingsSchema, type PlanningSettings } from './schemas';

export async function loadPlanningSettings(db: Queryable, tenantId: string): Promise<{ settings: PlanningSettings; updatedAt: Date | null; updatedBy: string | null }> {
  const [row] = await db.select().from(planningSettings).where(eq(planningSettings.tenantId, tenantId)).limit(1);
  if (!row) return { settings: DEFAULT_PLANNING_SETTINGS, updatedAt: null, updatedBy: null };
  const parsed = planningSettingsSchema.safeParse({ ...DEFAULT_PLANNING_SETTINGS, ...row.settings });
  return { settings: parsed.success ? parsed.data : DEFAULT_PLANNING_SETTINGS, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}
