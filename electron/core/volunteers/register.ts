import type { OpContext } from '../operations/guard'
import { formatUkDate, isoDate } from '../rules'
import { allVolunteers, currentDbs, fullName, latestTraining, rolesOf, trainingOf } from './rows'
import { readVolunteerSettings } from './settings'
import { dbsStateOn, statusOf, trainingName } from './status'
import type { RegisterPrintView } from './views'

/**
 * The DBS register for an NACCC inspection (#/print/dbs-register): everyone still volunteering,
 * their roles, check dates, vetting decisions, when the next re-check is due and their training.
 * Certificate numbers appear only on the coordinator's copy, a print option the audit row names.
 */
export function registerPrint({ withCertificateNumbers }: { withCertificateNumbers: boolean }, { session, auditRecord }: OpContext): RegisterPrintView {
  const db = session.db
  const today = isoDate(session.now())
  const settings = readVolunteerSettings(db)
  const rows = allVolunteers(db)
    .filter((v) => statusOf(v, today) !== 'left')
    .map((v) => {
      const dbs = currentDbs(db, v.id)
      const state = dbsStateOn(dbs, settings, today)
      const training = latestTraining(trainingOf(db, v.id))
        .map((t) => {
          const name = `${trainingName(t)}${t.level ? ` (${t.level})` : ''}`
          if (!t.expiresOn) return `${name} ${formatUkDate(t.completedOn)}`
          return t.expiresOn < today ? `${name} expired ${formatUkDate(t.expiresOn)}` : `${name} until ${formatUkDate(t.expiresOn)}`
        })
        .join('; ')
      return {
        name: fullName(v),
        roles: rolesOf(db, v.id),
        checkedOn: dbs?.checkedOn ?? null,
        level: dbs?.level ?? null,
        certificateNumber: withCertificateNumbers ? (dbs?.certificateNumber ?? null) : null,
        decision: dbs?.decision ?? null,
        nextDueOn: state.dueOn,
        dbsState: state.state,
        training: training || 'None recorded',
      }
    })
  auditRecord('volunteer_register', 'dbs', { withCertificateNumbers, rows: rows.length })
  return { printedOn: today, withCertificateNumbers, rows }
}
