import { useCallback, useEffect, useState } from 'react'
import type { ArgsOf, CallError, CallResult, ChannelName, ResultOf } from '../../electron/contract'
import { cabinet } from './cabinet'

export interface CallState<T> {
  data: T | undefined
  error: CallError | undefined
  loading: boolean
  /** Fetch again (after a change elsewhere on the page). */
  reload: () => void
}

/**
 * Load one channel's answer when the component mounts and whenever `args` change (compared by
 * their JSON, so callers may pass a fresh object literal each render). `args: null` waits.
 */
export function useCall<C extends ChannelName>(channel: C, args: ArgsOf<C> | null): CallState<ResultOf<C>> {
  const [data, setData] = useState<ResultOf<C> | undefined>(undefined)
  const [error, setError] = useState<CallError | undefined>(undefined)
  const [loading, setLoading] = useState(args !== null)
  const [generation, setGeneration] = useState(0)
  const key = args === null ? null : encodeArgs(args)

  useEffect(() => {
    if (key === null) return
    let live = true
    setLoading(true)
    void cabinet.invoke(channel, decodeArgs(key) as ArgsOf<C>).then((result) => {
      if (!live) return
      if (result.ok) {
        setData(result.value)
        setError(undefined)
      } else {
        setError(result.error)
      }
      setLoading(false)
    })
    // A newer call (or unmount) makes this answer stale: drop it rather than show old data.
    return () => {
      live = false
    }
  }, [channel, key, generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { data, error, loading, reload }
}

// Channels without arguments take `undefined`, which JSON cannot carry: give it its own key.
const UNDEFINED_KEY = '\u0000undefined'
function encodeArgs(args: unknown): string {
  return args === undefined ? UNDEFINED_KEY : JSON.stringify(args)
}
function decodeArgs(key: string): unknown {
  return key === UNDEFINED_KEY ? undefined : JSON.parse(key)
}

export interface MutationState<C extends ChannelName> {
  /** Run the call; resolves to its result so the caller can put field errors next to fields. */
  run: (args: ArgsOf<C>) => Promise<CallResult<ResultOf<C>>>
  loading: boolean
  error: CallError | undefined
  reset: () => void
}

/** A call made on demand (a form submit, a button), with its pending state and last error. */
export function useMutation<C extends ChannelName>(channel: C): MutationState<C> {
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<CallError | undefined>(undefined)
  const run = useCallback(
    async (args: ArgsOf<C>) => {
      setLoading(true)
      setError(undefined)
      try {
        const result = await cabinet.invoke(channel, args)
        if (!result.ok) setError(result.error)
        return result
      } finally {
        setLoading(false)
      }
    },
    [channel],
  )
  const reset = useCallback(() => setError(undefined), [])
  return { run, loading, error, reset }
}
