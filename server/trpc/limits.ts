/** The most procedures one HTTP request may batch (the client's httpBatchLink uses the same number). */
export const MAX_BATCH_SIZE = 20;
