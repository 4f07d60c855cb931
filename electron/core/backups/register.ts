import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../crypto/atomic-write'
import type { DataPaths } from '../paths'

/*
 * backups.json in the data folder: the backup settings and the register of backups made (where,
 * when, how big, by what). It is plain JSON on purpose: a scheduled backup and the daily backup
 * run while Cabinet is locked, when the database cannot be read. It holds no personal data: file
 * names, folders, sizes and times. A damaged register is started afresh rather than blocking a
 * backup (the backups themselves are not affected).
 */
export const MADE_BY = ['app', 'daily', 'command line'] as const
export type MadeBy = (typeof MADE_BY)[number]
export const DEFAULT_WARN_AFTER_DAYS = 7
const KEEP_RECORDS = 200

const recordSchema = z.object({
  fileName: z.string(),
  folder: z.string(),
  sizeBytes: z.int().min(0),
  createdAt: z.iso.datetime(),
  /** When it was read back and checked (every chunk and hash) after writing. */
  checkedAt: z.iso.datetime(),
  by: z.enum(MADE_BY),
})
export type BackupRecord = z.infer<typeof recordSchema>

const settingsSchema = z.object({
  /** Where the daily backup goes when that drive is plugged in; null for none. */
  dailyFolder: z.string().nullable(),
  /** Say a backup is overdue after this many days. */
  warnAfterDays: z.int().min(1).max(90),
})
export type BackupSettings = z.infer<typeof settingsSchema>

const registerSchema = z.object({
  version: z.literal(1),
  /** The centre's name, for backup file names made while Cabinet is locked (it is not personal data). */
  label: z.string().max(200).optional(),
  settings: settingsSchema,
  backups: z.array(recordSchema),
  /** Why the last daily backup failed, until one succeeds (shown with the reminder). */
  dailyProblem: z.object({ at: z.iso.datetime(), message: z.string() }).nullable().default(null),
})
export type BackupRegister = z.infer<typeof registerSchema>

const EMPTY: BackupRegister = {
  version: 1,
  settings: { dailyFolder: null, warnAfterDays: DEFAULT_WARN_AFTER_DAYS },
  backups: [],
  dailyProblem: null,
}

export function registerPath(paths: DataPaths): string {
  return join(paths.dir, 'backups.json')
}

export function readRegister(paths: DataPaths): BackupRegister {
  const file = registerPath(paths)
  if (!existsSync(file)) return structuredClone(EMPTY)
  try {
    return registerSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return structuredClone(EMPTY)
  }
}

function writeRegister(paths: DataPaths, register: BackupRegister): void {
  writeFileAtomic(registerPath(paths), `${JSON.stringify(register, null, 2)}\n`)
}

export function recordBackup(paths: DataPaths, record: BackupRecord): void {
  const register = readRegister(paths)
  register.backups = [...register.backups, record].slice(-KEEP_RECORDS)
  if (record.by === 'daily') register.dailyProblem = null
  writeRegister(paths, register)
}

export function updateBackupSettings(paths: DataPaths, settings: BackupSettings): BackupSettings {
  const register = readRegister(paths)
  register.settings = settingsSchema.parse(settings)
  writeRegister(paths, register)
  return register.settings
}

export function recordDailyProblem(paths: DataPaths, problem: { at: string; message: string }): void {
  const register = readRegister(paths)
  register.dailyProblem = problem
  writeRegister(paths, register)
}

/** Keep the centre's name for file names; written only when it changed. */
export function rememberCentreLabel(paths: DataPaths, label: string): void {
  const register = readRegister(paths)
  if (register.label === label) return
  register.label = label
  writeRegister(paths, register)
}
