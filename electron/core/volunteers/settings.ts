import type { ReadableDB, WritableDB } from '../db/types'
import { CabinetError } from '../errors'
import type { OpContext } from '../operations/guard'
import { readSetting, writeSetting } from '../settings/settings'
import { DEFAULT_VOLUNTEER_SETTINGS, VOLUNTEER_SETTINGS_KEY, volunteerSettingsSchema, type VolunteerSettings } from './presets'

/** The centre's volunteer settings, or the default until the coordinator saves them. */
export function readVolunteerSettings(db: ReadableDB): VolunteerSettings {
  const raw = readSetting<unknown>(db, VOLUNTEER_SETTINGS_KEY)
  if (raw === undefined) return DEFAULT_VOLUNTEER_SETTINGS
  const parsed = volunteerSettingsSchema.safeParse(raw)
  if (!parsed.success) throw new CabinetError('damaged', 'The saved volunteer settings are unreadable; save them again in Settings.')
  return parsed.data
}

export function writeVolunteerSettings(db: WritableDB, settings: VolunteerSettings): void {
  writeSetting(db, VOLUNTEER_SETTINGS_KEY, { ...settings, requiredSteps: [...new Set(settings.requiredSteps)] })
}

export function getVolunteerSettings(_input: Record<string, never>, { session }: OpContext): VolunteerSettings {
  return readVolunteerSettings(session.db)
}

export function saveVolunteerSettings(settings: VolunteerSettings, { session, auditRecord }: OpContext): VolunteerSettings {
  writeVolunteerSettings(session.db, settings)
  auditRecord('settings', VOLUNTEER_SETTINGS_KEY, { preset: settings.preset, requiredSteps: settings.requiredSteps.length })
  return readVolunteerSettings(session.db)
}
