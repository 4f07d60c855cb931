import { implement } from '../operations/guard'
import { remindersApi } from './api'
import { listReminders } from './reminders'

/** The Reminders page's one operation (reads only). */
export const remindersOperations = implement(remindersApi, {
  'reminders.list': (_input, ctx) => listReminders(ctx.session),
})
