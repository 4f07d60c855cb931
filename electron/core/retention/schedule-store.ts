import type { ReadableDB } from '../db/types'
import { CabinetError } from '../errors'
import type { Session } from '../session'
import { presetSchedule, type PresetKey } from './presets'
import { scheduleSchema, type Schedule, type ScheduleVersion } from './schemas'

/*
 * The schedule's versions (migration 0006): a change is a new numbered version, never an edit,
 * so each disposal can name the version it followed and the history shows who changed what.
 */

interface Row {
  version: number
  schedule: string
  note: string
  createdAt: string
  createdBy: string
}

const SELECT = `SELECT s.version, s.schedule, s.note, s.created_at AS createdAt, u.display_name AS createdBy
  FROM retention_schedule s JOIN users u ON u.id = s.created_by`

const toVersion = (r: Row): ScheduleVersion => ({
  version: r.version,
  schedule: JSON.parse(r.schedule) as Schedule,
  note: r.note,
  createdAt: r.createdAt,
  createdBy: r.createdBy,
})

/** The schedule in force, or null before the centre has chosen one. */
export function currentSchedule(db: ReadableDB): ScheduleVersion | null {
  const row = db.prepare(`${SELECT} ORDER BY s.version DESC LIMIT 1`).get() as Row | undefined
  return row ? toVersion(row) : null
}

export function scheduleVersions(db: ReadableDB): ScheduleVersion[] {
  return (db.prepare(`${SELECT} ORDER BY s.version DESC`).all() as Row[]).map(toVersion)
}

/** Check a schedule the way the settings form does; the error names the field at fault. */
export function checkSchedule(schedule: unknown): Schedule {
  const parsed = scheduleSchema.safeParse(schedule)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new CabinetError('validation', issue.message, { field: ['schedule', ...issue.path.map(String)].join('.') })
}

/** Store a new version (inside the caller's transaction); returns its number. */
export function saveSchedule(session: Session, schedule: Schedule, note: string): number {
  const clean = checkSchedule(schedule)
  const current = currentSchedule(session.db)
  if (current && JSON.stringify(current.schedule) === JSON.stringify(clean)) {
    throw new CabinetError('conflict', 'Nothing in the schedule has changed, so no new version was made.')
  }
  const row = session.db
    .prepare('INSERT INTO retention_schedule (preset, schedule, note, created_at, created_by) VALUES (?, ?, ?, ?, ?) RETURNING version')
    .get(clean.preset, JSON.stringify(clean), note, session.now().toISOString(), session.user.id) as { version: number }
  return row.version
}

export function adoptPreset(session: Session, preset: PresetKey): number {
  return saveSchedule(session, presetSchedule(preset), `Started from the ${preset.toUpperCase()} preset`)
}

/** The schedule in force, or a clear refusal naming where to choose one. */
export function requireSchedule(db: ReadableDB): ScheduleVersion {
  const s = currentSchedule(db)
  if (!s) throw new CabinetError('conflict', 'No retention schedule has been chosen yet. Choose one in Retention › Schedule.')
  return s
}
