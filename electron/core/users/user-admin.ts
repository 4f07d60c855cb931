import { installPasswordEstimator } from '../auth/password-estimator'
import { passwordProblems, type PasswordAbout } from '../auth/password-policy'
import { ROLES, type Role } from '../auth/roles'
import { CabinetError } from '../errors'
import { disableSlot, setPasswordSlot, unlockWithPassword } from '../keyring/keyring'
import type { OpContext } from '../operations/guard'
import { applyRule, displayName, formatUkDate, newUsername, type RuleAnswer } from '../rules'
import { centreDate } from '../sessions/clock'
import type { Session, SessionUser } from '../session'
import { activeCoordinators, allUsers, findUserById, findUserByName, type UserSummary } from './user-queries'

export type { KeyAccess } from '../operations/host-port'

// Built once: the same rules, word for word, as the contract's addUserArgs and setupArgs.
const NEW_USERNAME = newUsername()
// The password rule judges with zxcvbn's dictionaries; every Node path that sets a password (and
// the contract's schemas, parsed by the guard before it) comes through this module, so load them here.
installPasswordEstimator()
const DISPLAY_NAME = displayName()

/** The rule's cleaned value, or a validation error on `field` with the rule's own message. */
function checked<T>(answer: RuleAnswer<T>, field: string): T {
  if (!answer.ok) throw new CabinetError('validation', answer.message, { field })
  return answer.value
}

export function checkUsername(username: string): string {
  return checked(applyRule(NEW_USERNAME, username), 'username')
}

export function checkDisplayName(name: string): string {
  return checked(applyRule(DISPLAY_NAME, name), 'displayName')
}

/** `about`: whose password it is; their username and name count against it. */
export function checkPassword(password: string, about: PasswordAbout, field = 'password'): void {
  const problems = passwordProblems(password, about)
  if (problems.length) throw new CabinetError('validation', problems.join(' '), { field })
}

export function listUsers(_input: unknown, { session }: OpContext): UserSummary[] {
  return allUsers(session.db)
}

export function addUser(
  input: { username: string; displayName: string; role: Role; password: string; expiresOn?: string | undefined },
  ctx: OpContext,
): UserSummary {
  const { session } = ctx
  const keys = ctx.host.keyAccess()
  const username = checkUsername(input.username)
  const displayName = checkDisplayName(input.displayName)
  if (!ROLES.includes(input.role)) throw new CabinetError('validation', 'Choose a role: coordinator, volunteer or NACCC inspector.', { field: 'role' })
  // An inspection ends, and so does the inspector's login (the schema's CHECK insists too).
  const expiresOn = input.expiresOn ?? null
  if (input.role === 'inspector' && expiresOn === null) {
    throw new CabinetError('validation', 'Enter the last day of the inspection: the inspector cannot log in after it.', { field: 'expiresOn' })
  }
  checkPassword(input.password, { username, displayName })
  if (findUserByName(session.db, username)) {
    throw new CabinetError('conflict', `The username ${username} is already taken.`, { field: 'username' })
  }
  const row = session.db
    .prepare('INSERT INTO users (username, display_name, role, created_at, created_by, expires_on) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
    .get(username, displayName, input.role, session.now().toISOString(), session.user.id, expiresOn) as { id: number }
  ctx.auditRecord('user', row.id, expiresOn === null ? { role: input.role } : { role: input.role, expiresOn })
  // The keyring slot is written inside the guard's transaction: if writing it fails, the user row rolls back.
  setPasswordSlot(keys.keyringFile, keys.masterKey, { userId: row.id, username, password: input.password }, keys.kdf)
  return findUserById(session.db, row.id)!
}

/**
 * Refuse a login the account may no longer make: disabled, or past its last day (an inspector's
 * account ends with the inspection, P19). `now` is the host's clock; the day is the centre's.
 */
export function refuseEndedAccount(user: UserSummary | undefined, typed: string, now: Date): asserts user is UserSummary {
  if (!user || user.disabled) throw new CabinetError('disabled', `The account ${typed} is disabled. Ask the coordinator.`)
  if (user.expiresOn !== null && centreDate(now) > user.expiresOn) {
    throw new CabinetError(
      'disabled',
      `The account ${typed} ended on ${formatUkDate(user.expiresOn)}: it was for a visit that is over. Ask the coordinator for a new account if you need one.`,
    )
  }
}

function requireUser(session: Session, userId: number): UserSummary {
  const user = findUserById(session.db, userId)
  if (!user) throw new CabinetError('not_found', `There is no user with id ${userId}.`)
  return user
}

export function disableUser({ userId }: { userId: number }, ctx: OpContext): null {
  const { session } = ctx
  const user = requireUser(session, userId)
  if (user.disabled) throw new CabinetError('conflict', `${user.username} is already disabled.`)
  if (user.id === session.user.id) throw new CabinetError('conflict', 'You cannot disable your own account.')
  if (user.role === 'coordinator' && activeCoordinators(session.db).length <= 1) {
    throw new CabinetError('conflict', 'This is the only active coordinator; add another coordinator first.')
  }
  session.db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(session.now().toISOString(), userId)
  ctx.auditRecord('user', userId)
  disableSlot(ctx.host.keyAccess().keyringFile, userId)
  return null
}

export function resetPassword({ userId, newPassword }: { userId: number; newPassword: string }, ctx: OpContext): null {
  const { session } = ctx
  const keys = ctx.host.keyAccess()
  const user = requireUser(session, userId)
  if (user.disabled) throw new CabinetError('conflict', `${user.username} is disabled; a disabled account keeps no password.`)
  checkPassword(newPassword, user, 'newPassword')
  ctx.auditRecord('user', userId, { by: 'coordinator' })
  setPasswordSlot(keys.keyringFile, keys.masterKey, { userId, username: user.username, password: newPassword }, keys.kdf)
  return null
}

export function changeOwnPassword({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }, ctx: OpContext): null {
  const { session } = ctx
  const keys = ctx.host.keyAccess()
  const { username, id } = session.user
  try {
    const check = unlockWithPassword(keys.keyringFile, username, currentPassword, session.now())
    check.masterKey.fill(0)
    // A successful check clears the slot's failure list; keep those failures in the audit log.
    for (const at of check.failedAttempts) session.audit({ action: 'auth.login_failed', recordType: 'user', recordId: id, detail: { at } })
  } catch (e) {
    if (e instanceof CabinetError && e.code === 'auth') {
      throw new CabinetError('auth', 'Your current password is not right.', { field: 'currentPassword' })
    }
    throw e
  }
  checkPassword(newPassword, session.user, 'newPassword')
  if (newPassword === currentPassword) {
    throw new CabinetError('validation', 'Choose a password different from the current one.', { field: 'newPassword' })
  }
  ctx.auditRecord('user', id)
  setPasswordSlot(keys.keyringFile, keys.masterKey, { userId: id, username, password: newPassword }, keys.kdf)
  return null
}

export function acknowledgeConfidentiality(_input: unknown, ctx: OpContext): { user: SessionUser } {
  const { session } = ctx
  const at = session.now().toISOString()
  session.db.prepare('UPDATE users SET confidentiality_ack_at = ? WHERE id = ?').run(at, session.user.id)
  ctx.auditRecord('user', session.user.id)
  session.user.confidentialityAckAt = at
  return { user: { ...session.user } }
}
