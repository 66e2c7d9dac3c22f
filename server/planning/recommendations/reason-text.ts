/** Number formatting for the human sentences in recommendation reasons. */

/** Integers as they are; other numbers with `decimals` places (default 1). */
export function formatQuantity(value: number, decimals = 1): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(decimals);
}
