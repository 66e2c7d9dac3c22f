import 'server-only';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { createTRPCOptionsProxy, type TRPCQueryOptions } from '@trpc/tanstack-react-query';
import { headers } from 'next/headers';
import { cache, type ReactNode } from 'react';
import { appRouter, createCaller } from '@/server/trpc/root';
import { createContext } from '@/server/trpc/context';
import { makeQueryClient } from './query-client';

const getContext = cache(async () => createContext(await headers()));
export const getQueryClient = cache(makeQueryClient);

/** Query options for server-side prefetching: `prefetch(trpc.members.list.queryOptions({ org }))`. */
export const trpc = createTRPCOptionsProxy({ ctx: getContext, router: appRouter, queryClient: getQueryClient });

/** A direct caller for server components that need the data itself. */
export const getCaller = cache(async () => createCaller(await getContext()));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
