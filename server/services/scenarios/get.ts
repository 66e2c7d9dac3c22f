import type { TenantServiceContext } from '../context';
import { loadScenario, type Scenario } from './load';
import { locationCodes } from './list';

export interface ScenarioDetail extends Scenario {
  /** Open locations by code (archived ones included, marked by the results' inactiveLocationIds). */
  openLocations: { id: string; code: string }[];
}

export async function getScenario({ ctx, input }: { ctx: TenantServiceContext; input: { id: string } }): Promise<ScenarioDetail> {
  const scenario = await loadScenario(ctx, input.id);
  const codes = await locationCodes(ctx, [scenario]);
  return { ...scenario, openLocations: scenario.openLocationIds.map((id) => ({ id, code: codes.get(id) ?? 'removed location' })) };
}
