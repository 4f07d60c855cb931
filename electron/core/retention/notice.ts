import type { ReadableDB } from '../db/types'
import { readCentre } from '../settings/settings'
import { latestReview } from './reviews'
import { currentSchedule } from './schedule-store'

/**
 * What the privacy notice says that depends on this Cabinet (P20): the centre's details and the
 * retention table of the schedule in force, each distinct file type once, in the schedule's
 * order, so the notice always says what Cabinet does. The fixed parts (what is collected and from
 * where, the sharing bases, the rights and the ICO route, P26) are the screens' text.
 */
export function privacyNotice(db: ReadableDB) {
  const c = readCentre(db)
  const schedule = currentSchedule(db)
  const seen = new Set<string>()
  const retention = Object.values(schedule?.schedule.rules ?? {})
    .map((r) => ({ fileType: r.fileType, period: r.period }))
    .filter((r) => {
      const key = `${r.fileType}|${r.period}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  return {
    centre: { name: c.name, address: c.address, dataController: c.dataController, contactEmail: c.contactEmail, contactPhone: c.contactPhone },
    scheduleVersion: schedule?.version ?? null,
    retention,
    lastReviewedOn: latestReview(db)?.reviewedOn ?? null,
  }
}
