import { z } from 'zod'

/*
 * Schema pieces every area's channels use, defined once so "no arguments" and "nothing to
 * return" mean the same on every channel.
 */

/** The arguments of a channel that takes none: an empty object (the client always sends one). */
export const noArgs = z.strictObject({})

/** The result of a channel that only reports that it worked. */
export const done = z.null()
