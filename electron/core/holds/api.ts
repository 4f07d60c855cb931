import { z } from 'zod'
import { defineApi, op } from '../operations/spec'
import { holdId, holdSubject, holdView, liftHoldArgs, placeHoldArgs } from './schemas'

/*
 * The holds' operations as data (pure: the renderer reads them too). Coordinator only: a hold's
 * reason is often safeguarding detail. Each read is audited about the subject, each change about
 * the hold.
 */

export { holdSubject, liftHoldArgs, placeHoldArgs, type HoldView } from './schemas'
export { holdKinds, holdSubjects, type HoldKind, type HoldSubject } from './vocab'

export const holdsApi = defineApi('holds', {
  /** The holds on a family (and its people), a person or a volunteer, lifted ones included. */
  'holds.on': op({ args: z.strictObject({ subject: holdSubject }), result: z.array(holdView), access: 'holds.manage', audit: 'hold.view' }),
  /** Every hold not yet lifted (the Reminders page shows those past their review date). */
  'holds.active': op({ args: z.strictObject({}), result: z.array(holdView), access: 'holds.manage', audit: 'hold.view' }),
  'holds.place': op({ args: placeHoldArgs, result: holdView, access: 'holds.manage', audit: 'hold.place' }),
  'holds.lift': op({ args: liftHoldArgs, result: holdView, access: 'holds.manage', audit: 'hold.lift' }),
  'holds.get': op({ args: z.strictObject({ id: holdId }), result: holdView, access: 'holds.manage', audit: 'hold.view' }),
})
