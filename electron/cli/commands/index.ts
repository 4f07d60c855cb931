import type { CliCommand } from '../command'
import { backupCreateCommand, backupRestoreCommand, backupVerifyCommand } from './backup'
import { demoCommand } from './demo'
import { initCommand } from './init'
import { passwdCommand } from './passwd'
import { recoverCommand } from './recover'
import { sessionsDayCommand, sessionsPatternCommand } from './sessions'
import { retentionReportCommand } from './retention'
import { statusCommand } from './status'
import { usersAddCommand, usersDisableCommand, usersListCommand } from './users'
import { verifyCommand } from './verify'
import { volunteersDueCommand } from './volunteers'

/** Every CLI command; areas add theirs here. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  statusCommand,
  verifyCommand,
  usersAddCommand,
  usersListCommand,
  usersDisableCommand,
  passwdCommand,
  recoverCommand,
  backupCreateCommand,
  backupVerifyCommand,
  backupRestoreCommand,
  demoCommand,
  volunteersDueCommand,
  sessionsPatternCommand,
  sessionsDayCommand,
  retentionReportCommand,
]
