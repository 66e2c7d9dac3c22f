/** Roles, strongest first. A provider's account managers act in client tenants with their grant's role. */
export const TENANT_ROLES = ['owner', 'admin', 'planner', 'viewer'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];
export const PROVIDER_ROLES = ['owner', 'account_manager'] as const;
export type ProviderRole = (typeof PROVIDER_ROLES)[number];
export type MemberRole = TenantRole | ProviderRole;
export const GRANT_ROLES = ['planner', 'viewer'] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

const RANK: Record<MemberRole, number> = { owner: 4, admin: 3, planner: 2, account_manager: 2, viewer: 1 };

/** True when `role` is at least as strong as `min`. */
export function hasRole(role: MemberRole, min: MemberRole): boolean {
  return RANK[role] >= RANK[min];
}

export const ROLE_LABELS: Record<MemberRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  planner: 'Planner',
  viewer: 'Viewer',
  account_manager: 'Account manager',
};
