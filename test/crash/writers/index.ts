import { documentsWriter } from './documents'
import { familiesWriter } from './families'
import type { CrashWriter } from './types'

/**
 * Every kind of write the crash suite kills the child in the middle of, in the order the child
 * takes turns (families first: documents link to one). An area adds its writer here
 * (attendance, volunteers, sessions…) and it is crash-tested from then on.
 */
export const CRASH_WRITERS: readonly CrashWriter[] = [familiesWriter, documentsWriter] as readonly CrashWriter[]
