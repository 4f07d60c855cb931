import { notifyManager, QueryClient } from '@tanstack/react-query'

/*
 * TanStack tells React of a new answer in a batch it runs with setTimeout(0): one more task,
 * queued behind whatever else the page has to do (a frame, the next keypress), between an answer
 * arriving and its screen rendering. A microtask runs the batch at the end of the task that
 * brought the answer, still after every update that task made (so they still render once).
 */
notifyManager.setScheduler(queueMicrotask)

/**
 * The renderer's one cache of call answers. Calls go to main on this computer, never to a
 * network, so the defaults for web apps do not fit:
 * - networkMode 'always': Cabinet works offline; TanStack's default would pause every call while
 *   the computer has no internet connection.
 * - no retries: a refusal (forbidden, not found, locked) means what it says, and a second try of
 *   a write could do it twice.
 * - no refetch on window focus or reconnect: many reads are audited views (P28), so they happen
 *   when a person opens a screen or a change makes an answer stale, not whenever a window is
 *   focused.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { networkMode: 'always', retry: false },
    },
  })
}

/**
 * Cabinet has locked (or is not yet unlocked): drop every cached answer and every mutation's
 * result, so nothing one user saw can appear for whoever logs in next (P27).
 */
export function forgetCachedData(client: QueryClient): void {
  client.cancelQueries().catch(() => undefined)
  client.clear()
}
