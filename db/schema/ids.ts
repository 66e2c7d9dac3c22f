import { v7 as uuidv7 } from 'uuid';

/** A new UUIDv7: time-ordered, so primary keys stay index-friendly and sortable by creation. */
export function newId(): string {
  return uuidv7();
}
