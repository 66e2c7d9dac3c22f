/**
 * The input of a procedure that takes only the organization. `planning.start` and `planningSettings.get`
 * declare `z.object({}).default({})`, which zod 4 types as `Record<string, never>`, so `{ org }` does not
 * type-check against the merged input even though the server accepts it (see
 * server/services/planning/REQUESTS.md, item 4). Remove once those procedures drop the empty input.
 */
export function orgOnly(org: string): never {
  return { org } as never;
}
