import { describe, expect, it } from 'vitest'
import { PERMISSIONS, can, requirePermission, type Permission } from '../../../../electron/core/auth/permissions'
import { ROLES } from '../../../../electron/core/auth/roles'
import { CabinetError } from '../../../../electron/core/errors'

const ALL = Object.keys(PERMISSIONS) as Permission[]

/**
 * P27: what a volunteer may do, written out by hand. Volunteers do session-day work only; adding a
 * permission to their role is a decision that must show up here, in review, not slip in.
 */
const VOLUNTEER_MAY: Permission[] = [
  'account.self',
  'account.acknowledge',
  'print',
  'families.view',
  'sessions.day',
  'attendance.record',
  'register.print',
  'safeguarding.raise',
]

/** P19: what a NACCC inspector may do, by hand for the same reason: read family and HR files, agree to the terms. */
const INSPECTOR_MAY: Permission[] = [
  'account.acknowledge',
  'families.view',
  'families.history',
  'families.medical.view',
  'families.sessions',
  'referrals.view',
  'volunteers.view',
]

describe('P27: the permission table', () => {
  it.each(ALL)('P27: %s is granted to at least one known role', (permission) => {
    const roles = PERMISSIONS[permission] as readonly string[]
    expect(roles.length).toBeGreaterThan(0)
    for (const r of roles) expect(ROLES).toContain(r)
  })

  it('P27: a coordinator has every permission', () => {
    expect(ALL.filter((p) => !can('coordinator', p))).toEqual([])
  })

  it('P27: a volunteer has exactly the session-day permissions', () => {
    expect(ALL.filter((p) => can('volunteer', p)).sort()).toEqual([...VOLUNTEER_MAY].sort())
  })

  it('P19: an inspector has exactly the reading permissions a family or HR file needs', () => {
    expect(ALL.filter((p) => can('inspector', p)).sort()).toEqual([...INSPECTOR_MAY].sort())
  })

  it.each(ALL.filter((p) => !VOLUNTEER_MAY.includes(p)))('P27: requirePermission refuses a volunteer %s with forbidden', (permission) => {
    let error: unknown
    try {
      requirePermission('volunteer', permission)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CabinetError)
    expect((error as CabinetError).code).toBe('forbidden')
    expect((error as CabinetError).message).toBe(`Your role (volunteer) may not do this (${permission}).`)
  })

  it('P27: requirePermission lets an allowed role through', () => {
    for (const p of ALL) expect(() => requirePermission('coordinator', p)).not.toThrow()
    for (const p of VOLUNTEER_MAY) expect(() => requirePermission('volunteer', p)).not.toThrow()
  })
})
