import { z } from 'zod'

/*
 * The recovery key as the coordinator sees it: nine groups of four characters, `7K3M-Q9XT-…`.
 * Pure, so the type-back check at the end of setup can be tested without a screen.
 */

/** The key's groups of four, in order. */
export function recoveryKeyGroups(recoveryKey: string): string[] {
  return recoveryKey.split('-').filter(Boolean)
}

/**
 * A group as it would be read back off paper, in the same forgiving way as the recovery screen
 * reads the whole key (core/crypto/recovery-key.ts parseRecoveryKey): any case, spaces and
 * dashes ignored, and the look-alikes I and L read as 1, O as 0 (the key never uses them).
 */
export function normaliseRecoveryGroup(typed: string): string {
  return typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐-―_.]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
}

/** True when `typed` is the group `expected`, as the recovery screen would read it. */
export function sameRecoveryGroup(typed: string, expected: string): boolean {
  return normaliseRecoveryGroup(typed) === normaliseRecoveryGroup(expected)
}

/** Which group to ask for: 1 to `count`, at random, so it is not always the first one that is checked. */
export function pickGroupToCheck(count: number, random: () => number = Math.random): number {
  return 1 + Math.min(count - 1, Math.floor(random() * count))
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']

/** "third" for 3, as the hint says it. */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`
}

export const STORED_MESSAGE = 'Tick the box once you have stored the recovery key safely.'

/** The step's two answers: the box is ticked, and group `asked` (1-based) of the key is typed back as `expected`. */
export function keyStoredSchema(asked: number, expected: string) {
  return z.object({
    stored: z.boolean().refine((ticked) => ticked, STORED_MESSAGE),
    group: z.string().superRefine((typed, ctx) => {
      if (!typed.trim()) ctx.addIssue({ code: 'custom', message: `Type group ${asked} of your recovery key.` })
      else if (!sameRecoveryGroup(typed, expected)) {
        ctx.addIssue({
          code: 'custom',
          message: `Group ${asked} of your recovery key is different: check the ${ordinal(asked)} group of four characters and type it again.`,
        })
      }
    }),
  })
}

export type KeyStored = z.infer<ReturnType<typeof keyStoredSchema>>
