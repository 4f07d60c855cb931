import type { ReadableDB } from '../db/types'
import type { OpContext } from '../operations/guard'
import { readSetting, writeSetting } from '../settings/settings'
import { DEFAULT_SESSION_SETTINGS, type SessionSettings } from './schemas'

export const SESSION_SETTINGS_KEY = 'sessions'

export function readSessionSettings(db: ReadableDB): SessionSettings {
  return { ...DEFAULT_SESSION_SETTINGS, ...readSetting<Partial<SessionSettings>>(db, SESSION_SETTINGS_KEY) }
}

export function getSessionSettings(_input: unknown, { session }: OpContext): SessionSettings {
  return readSessionSettings(session.db)
}

export function saveSessionSettings(input: SessionSettings, ctx: OpContext): SessionSettings {
  writeSetting(ctx.session.db, SESSION_SETTINGS_KEY, input)
  ctx.auditRecord('settings', SESSION_SETTINGS_KEY, { ...input })
  return input
}
