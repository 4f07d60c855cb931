import { describe, expect, it } from 'vitest'
import { CabinetError } from '../../../electron/core/errors'
import { startupErrorDialog } from '../../../electron/main/startup-error'

describe('startupErrorDialog', () => {
  it('explains a folder already open elsewhere', () => {
    const d = startupErrorDialog(new CabinetError('in_use', 'Cabinet is already open on OFFICE-PC (process 42).'), 'D:\\Cabinet')
    expect(d.title).toBe('Cabinet is already open')
    expect(d.message).toContain('Cabinet is already open on OFFICE-PC')
    expect(d.message).toContain('Close the other Cabinet')
  })

  it('explains data written by a newer Cabinet', () => {
    const d = startupErrorDialog(new CabinetError('newer_version', 'The database is version 9; this Cabinet knows up to 3.'), 'D:\\Cabinet')
    expect(d.title).toBe('Cabinet needs updating')
    expect(d.message).toContain('version 9')
  })

  it('points a damaged folder at the backup', () => {
    const d = startupErrorDialog(new CabinetError('damaged', 'keyring.json is damaged.'), 'D:\\Cabinet')
    expect(d.title).toBe("Cabinet's data is damaged")
    expect(d.message).toContain('Restore the most recent backup')
  })

  it('never shows the text of an unexpected error, only that one happened and where the data is', () => {
    const d = startupErrorDialog(new Error('SQLITE_CORRUPT near "Siân"'), 'D:\\Cabinet')
    expect(d.title).toBe('Cabinet could not start')
    expect(d.message).not.toContain('Siân')
    expect(d.message).toContain('D:\\Cabinet')
  })

  it('passes on the message of other Cabinet errors with the folder', () => {
    const d = startupErrorDialog(new CabinetError('not_cabinet', 'D:\\Photos is not a Cabinet data folder.'), 'D:\\Photos')
    expect(d.message).toContain('is not a Cabinet data folder')
  })
})
