import { z } from 'zod'
import { noArgs } from '../operations/common'
import { defineApi, op } from '../operations/spec'

/*
 * The Reminders page (pure: the renderer reads it too): one list, most urgent first, of what the
 * coordinator should act on, each one click from its record, from every area's ReminderSource,
 * retention's disposals and holds, the privacy-policy review (P31) and the backup's age.
 */

export const reminderView = z.object({
  key: z.string(),
  source: z.string(),
  /** The group heading in words ("DBS re-checks"). */
  sourceLabel: z.string(),
  title: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  href: z.string(),
})
export type ReminderView = z.infer<typeof reminderView>

export const remindersApi = defineApi('reminders', {
  'reminders.list': op({
    args: noArgs,
    result: z.object({ today: z.string(), horizonDays: z.number(), items: z.array(reminderView) }),
    access: 'reminders.view',
    audit: null,
  }),
})
