import { useSyncExternalStore } from 'react'

/**
 * The recovery key from first-run setup, kept only in this window's memory (never in storage or
 * the URL) from the moment setup returns it until the coordinator says it is stored. The
 * setup step and the print page both read it, so it survives the switch between them.
 */
let recoveryKey: string | null = null
const listeners = new Set<() => void>()

export function holdRecoveryKey(key: string | null): void {
  recoveryKey = key
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useRecoveryKey(): string | null {
  return useSyncExternalStore(subscribe, () => recoveryKey)
}
