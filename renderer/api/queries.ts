import { keepPreviousData, queryOptions, skipToken, useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { ArgsOf, CallResult, ChannelName, ResultOf } from '../../electron/contract'
import { cabinet } from './cabinet'
import { CabinetCallError, callOrThrow, settle } from './call-error'
import { cabinetKey, keyOfTarget, type CacheTarget } from './query-keys'

export { CabinetCallError } from './call-error'
export { cabinetKey, type CacheTarget } from './query-keys'

export interface CabinetQueryOptions {
  /** While new arguments load, keep showing the answer to the last ones (paging, search as you type). */
  keepPrevious?: boolean
  /** A single-use answer (a ticket): never kept, asked for afresh each time a screen shows it. */
  singleUse?: boolean
}

export interface CabinetQueryFnOptions {
  /**
   * Withdraw the call when no screen wants its answer any more (search as you type: the next
   * keypress's search replaces this one). TanStack aborts a fetch whose queryFn used its signal
   * once the query has no observers; the query goes back to what it held before.
   */
  dropWhenUnwanted?: boolean
}

/** The query for one channel's answer, for useQuery and useQueries (`args: null` waits). */
export function cabinetQuery<C extends ChannelName>(channel: C, args: ArgsOf<C> | null, { dropWhenUnwanted = false }: CabinetQueryFnOptions = {}) {
  return queryOptions<ResultOf<C>, CabinetCallError, ResultOf<C>, readonly unknown[]>({
    queryKey: cabinetKey(channel, args),
    queryFn:
      args === null
        ? skipToken
        : dropWhenUnwanted
          ? ({ signal }) => callOrThrow(cabinet.invoke, channel, args, signal)
          : () => callOrThrow(cabinet.invoke, channel, args),
  })
}

/**
 * One channel's answer, cached under ['area', 'channel', args] and fetched again whenever a
 * screen that shows it appears or a change makes it stale. `args: null` waits (nothing to ask
 * yet). `error` is the call's CallError (a CabinetCallError).
 */
export function useCabinetQuery<C extends ChannelName>(
  channel: C,
  args: ArgsOf<C> | null,
  options: CabinetQueryOptions = {},
): UseQueryResult<ResultOf<C>, CabinetCallError> {
  const once = options.singleUse ? { gcTime: 0, staleTime: 0, refetchOnMount: 'always' as const } : {}
  return useQuery({ ...cabinetQuery(channel, args), ...once, placeholderData: options.keepPrevious ? keepPreviousData : undefined })
}

/** What a change makes stale: fixed targets, or worked out from the arguments and the answer. */
export type Invalidates<C extends ChannelName> = readonly CacheTarget[] | ((args: ArgsOf<C>, result: ResultOf<C>) => readonly CacheTarget[])

export interface CabinetMutation<C extends ChannelName> {
  /** Make the call. Never throws a refusal: it answers with a CallResult, so a form can put the error next to its field. */
  run: (args: ArgsOf<C>) => Promise<CallResult<ResultOf<C>>>
  isPending: boolean
  /** The last call's refusal, for a banner. */
  error: CabinetCallError | null
  /** Forget the last call's refusal (when its dialog closes). */
  reset: () => void
}

/**
 * A call made on demand (a form's submit, a button). `invalidates` says what it changes, every
 * time, so every screen showing that data refreshes: `[]` for calls that change nothing cached
 * (a login, an audited reveal). `run` resolves once the stale answers have been fetched again,
 * so a dialog closes onto the updated page.
 */
export function useCabinetMutation<C extends ChannelName>(channel: C, { invalidates }: { invalidates: Invalidates<C> }): CabinetMutation<C> {
  const client = useQueryClient()
  const mutation = useMutation<ResultOf<C>, CabinetCallError, ArgsOf<C>>({
    mutationFn: (args) => callOrThrow(cabinet.invoke, channel, args),
    onSuccess: (result, args) => invalidate(client, typeof invalidates === 'function' ? invalidates(args, result) : invalidates),
  })
  const { mutateAsync, isPending, error, reset } = mutation
  const run = useCallback((args: ArgsOf<C>) => settle(() => mutateAsync(args)), [mutateAsync])
  return { run, isPending, error, reset }
}

/** For changes made outside cabinet.invoke (document bytes go by their own route): mark what they changed as stale. */
export function useInvalidate(): (targets: readonly CacheTarget[]) => Promise<void> {
  const client = useQueryClient()
  return useCallback((targets) => invalidate(client, targets), [client])
}

/** Refetch the targets that are on screen now; the rest are fetched again when next shown. */
async function invalidate(client: QueryClient, targets: readonly CacheTarget[]): Promise<void> {
  await Promise.all(targets.map((t) => client.invalidateQueries({ queryKey: keyOfTarget(t) })))
}
