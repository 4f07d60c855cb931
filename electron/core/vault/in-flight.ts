/**
 * Vault files this process is writing right now (temp files, and blobs renamed but whose row is
 * not yet inserted). The orphan sweep leaves them alone, so a sweep at a second login can never
 * pull a file out from under an import still running in the same process.
 */
const inFlight = new Set<string>()

export function markInFlight(path: string): void {
  inFlight.add(path)
}

export function clearInFlight(path: string): void {
  inFlight.delete(path)
}

export function isInFlight(path: string): boolean {
  return inFlight.has(path)
}
