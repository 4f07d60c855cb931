import type { ReadableDB } from '../db/types'
import { formatUkDate } from '../rules'
import type { VolunteerSettings } from './presets'
import { currentDbs, fullName, latestTraining, referencesOf, stepsOf, trainingOf, type DbsRow, type TrainingRow, type VolunteerRow } from './rows'
import { DBS_REMINDER_DAYS, TRAINING_REMINDER_DAYS, dbsNextDue, plusDays, referenceChaseOn } from './schedule'
import { requirableSteps, trainingKinds, type RecruitmentStep } from './vocab'
import type { DbsState, DueItem, VolunteerStatus } from './views'

/*
 * Where a volunteer stands on a given day, worked out from their rows: the DBS chip, what is
 * due, and which required steps are missing. dutyReadiness, the list, the volunteer's page and
 * the reminders all read these, so a date shown on one is the date on the others.
 */

export function statusOf(v: Pick<VolunteerRow, 'startedOn' | 'endedOn'>, today: string): VolunteerStatus {
  if (v.endedOn && v.endedOn <= today) return 'left'
  return v.startedOn && v.startedOn <= today ? 'active' : 'applicant'
}

/** The current DBS record's state on `today`, and the date its next re-check or status check falls due. */
export function dbsStateOn(dbs: DbsRow | undefined, settings: VolunteerSettings, today: string): { state: DbsState; dueOn: string | null } {
  if (!dbs) return { state: 'none', dueOn: null }
  if (dbs.decision === 'pending') return { state: 'pending', dueOn: null }
  if (dbs.decision === 'not_cleared') return { state: 'not_cleared', dueOn: null }
  // New information from the update service: the check no longer vouches for them.
  if (dbs.statusResult === 'new_information') return { state: 'lapsed', dueOn: dbs.statusCheckedOn }
  const { dueOn } = dbsNextDue(dbs, settings)
  if (dueOn < today) return { state: 'lapsed', dueOn }
  if (plusDays(dueOn, -DBS_REMINDER_DAYS) <= today) return { state: 'due', dueOn }
  return { state: 'current', dueOn }
}

export function trainingName(t: Pick<TrainingRow, 'kind' | 'title'>): string {
  return t.kind === 'other' && t.title ? t.title : trainingKinds.label(t.kind)
}

/** The latest training records that expire within 30 days of `today`, or have expired. */
export function expiringTraining(rows: readonly TrainingRow[], today: string): TrainingRow[] {
  return latestTraining(rows).filter((t) => t.expiresOn !== null && plusDays(t.expiresOn, -TRAINING_REMINDER_DAYS) <= today)
}

const STEP_NAMES: Readonly<Record<RecruitmentStep, string>> = {
  application: 'an application with consent to a DBS check',
  interview: 'a satisfactory interview',
  induction: 'an induction',
  trial_mid_review: 'a mid-trial review',
  trial_end_review: 'an end-of-trial review',
}

/**
 * The required steps (Settings) a volunteer has not done by `onDate`, each as a sentence naming
 * the person and what is missing. Empty when they may be put on duty.
 */
export function missingSteps(db: ReadableDB, v: VolunteerRow, settings: VolunteerSettings, onDate: string): string[] {
  const name = fullName(v)
  const missing: string[] = []
  if (v.endedOn && v.endedOn <= onDate) missing.push(`${name} stopped volunteering on ${formatUkDate(v.endedOn)}.`)
  const steps = stepsOf(db, v.id).filter((s) => s.doneOn <= onDate && s.outcome === 'satisfactory')
  const done = (step: RecruitmentStep) => steps.some((s) => s.step === step && (step !== 'application' || s.dbsConsentSignedOn !== null))
  for (const required of requirableSteps.values) {
    if (!settings.requiredSteps.includes(required)) continue
    switch (required) {
      case 'application':
      case 'interview':
      case 'induction':
        if (!done(required)) missing.push(`${name} has no record of ${STEP_NAMES[required]}.`)
        break
      case 'references': {
        const good = referencesOf(db, v.id).filter((r) => r.satisfactory === 1 && r.receivedOn !== null && r.receivedOn <= onDate).length
        if (good < 2) missing.push(`${name} has ${good === 0 ? 'no' : 'only one'} satisfactory character reference${good === 0 ? 's' : ''} (two are needed).`)
        break
      }
      case 'dbs': {
        const dbs = currentDbs(db, v.id)
        const cleared = dbs && dbs.checkedOn <= onDate && (dbs.decision === 'cleared' || dbs.decision === 'cleared_after_assessment')
        if (!cleared) missing.push(`${name} has no DBS check recorded as cleared.`)
        break
      }
      case 'confidentiality':
        if (!v.confidentialitySignedOn || v.confidentialitySignedOn > onDate) missing.push(`${name} has not signed the confidentiality agreement.`)
        break
    }
  }
  return missing
}

/** Warnings for duty lists on `onDate`: a lapsed DBS check, training that has expired. */
export function dutyFlags(db: ReadableDB, v: VolunteerRow, settings: VolunteerSettings, onDate: string): string[] {
  const name = fullName(v)
  const flags: string[] = []
  const dbs = dbsStateOn(currentDbs(db, v.id), settings, onDate)
  if (dbs.state === 'lapsed') flags.push(`${name}’s DBS check lapsed${dbs.dueOn ? ` on ${formatUkDate(dbs.dueOn)}` : ''}: renew it.`)
  for (const t of latestTraining(trainingOf(db, v.id))) {
    if (t.expiresOn !== null && t.expiresOn < onDate) flags.push(`${name}’s ${trainingName(t).toLowerCase()} training expired on ${formatUkDate(t.expiresOn)}.`)
  }
  return flags
}

/** What is due for one volunteer, on or before `today` + `horizonDays` counting each reminder's lead time. */
export function dueFor(db: ReadableDB, v: VolunteerRow, settings: VolunteerSettings, today: string, horizonDays = 0): DueItem[] {
  if (v.endedOn && v.endedOn <= today) return []
  const until = plusDays(today, horizonDays)
  const name = fullName(v)
  const items: DueItem[] = []
  const dbs = currentDbs(db, v.id)
  if (dbs && (dbs.decision === 'cleared' || dbs.decision === 'cleared_after_assessment')) {
    if (dbs.statusResult === 'new_information') {
      items.push({
        key: `volunteers.dbs:${dbs.id}`,
        title: `Apply for a new DBS check for ${name}: the update service has new information`,
        dueOn: dbs.statusCheckedOn!,
      })
    } else {
      const next = dbsNextDue(dbs, settings)
      if (plusDays(next.dueOn, -DBS_REMINDER_DAYS) <= until) {
        const title = next.kind === 'recheck' ? `Renew ${name}’s DBS check` : `Check ${name}’s DBS status on the update service`
        items.push({ key: `volunteers.dbs:${dbs.id}`, title, dueOn: next.dueOn })
      }
    }
  }
  for (const r of referencesOf(db, v.id)) {
    const chaseOn = referenceChaseOn(r.requestedOn)
    if (r.receivedOn === null && chaseOn <= until)
      items.push({ key: `volunteers.references:${r.id}`, title: `Chase ${name}’s reference from ${r.referee}`, dueOn: chaseOn })
  }
  for (const t of expiringTraining(trainingOf(db, v.id), until)) {
    items.push({ key: `volunteers.training:${t.id}`, title: `Renew ${name}’s ${trainingName(t).toLowerCase()} training`, dueOn: t.expiresOn! })
  }
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn))
}
