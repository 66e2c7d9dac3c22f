import 'server-only';
import { notFound } from 'next/navigation';
import { errorCode } from './trpc-error';

/** Runs a `get` through the server caller; a wrong, foreign or malformed id is the 404 page. */
export async function recordOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = errorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') notFound();
    throw error;
  }
}
