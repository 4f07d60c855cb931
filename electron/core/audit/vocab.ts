/*
 * The audit log in words (P28): what each action code means, as the audit log page shows it
 * ("Siân O’Neill viewed the family R-2026-0042"). The log itself stores the codes; the words are
 * looked up when it is shown, so a wording can improve without touching a single audit row.
 * Pure (no Node imports): the core lists the words in the filter's choices and the renderer shows
 * them. test/unit/core/audit/action-words.test.ts fails if any action an operation's spec names,
 * or the host writes itself, has no words here.
 */

/**
 * Every audit action, grouped by area in the order the filter offers them, each a verb phrase
 * that reads after the person's name. Codes are as stored: never rename one (old rows keep it).
 */
export const AUDIT_ACTION_WORDS = {
  // Opening, locking and setting up Cabinet
  'app.setup': 'set up Cabinet',
  'auth.login': 'logged in',
  'auth.login_failed': 'failed to log in (wrong password)',
  'auth.recovery_unlock': 'opened Cabinet with the recovery key',
  'auth.lock': 'locked Cabinet',
  // Users and their own accounts
  'user.create': 'added the user',
  'user.disable': 'disabled the user',
  'user.password_reset': 'reset the user’s password',
  'user.password_change': 'changed their own password',
  'user.confidentiality_ack': 'agreed to the confidentiality terms',
  // Settings
  'settings.centre_update': 'changed the centre details',
  'settings.preferences_update': 'changed the automatic lock',
  'settings.documents_limit_update': 'changed the largest document allowed',
  'checklist.template.update': 'changed the pre-visit checklist',
  // Families, people and referrals
  'family.create': 'added the family',
  'family.view': 'viewed the family',
  'family.history.view': 'viewed the family’s change history',
  'person.create': 'added a person',
  'person.update': 'corrected a person’s details',
  'person.address.reveal': 'revealed a confidential address',
  'person.duplicates.shown': 'was shown possible duplicate records',
  'referral.create': 'added a referral',
  'referral.update': 'corrected a referral',
  'referral.status': 'changed a referral’s status',
  'referral.closure.correct': 'corrected when or why a referral closed',
  'referral.retention-flags': 'changed what decides how long a referral is kept',
  'consent.record': 'recorded consent to keep medical information',
  'consent.withdraw': 'recorded that consent was withdrawn',
  'medical.create': 'added medical information',
  'medical.update': 'corrected medical information',
  'medical.delete': 'removed medical information',
  'previsit.book': 'booked a pre-visit',
  'previsit.complete': 'recorded a pre-visit',
  'checklist.print': 'printed a pre-visit checklist',
  'referral.intake.view': 'viewed a referral’s intake details',
  'referral.intake.update': 'changed a referral’s intake details (parental responsibility, who may attend, consent)',
  'previsit.check': 'recorded what was seen at a pre-visit',
  // Sessions, offers, bookings and attendance
  'session.create': 'added a session',
  'session.create_series': 'added a recurring pattern of sessions',
  'session.cancel': 'cancelled a session',
  'session.duty': 'changed who is on duty for a session',
  'booking.create': 'booked a family into a session',
  'booking.update': 'changed the times of a booking',
  'booking.cancel': 'cancelled a booking in advance (everyone booked recorded absent)',
  'booking.remove': 'removed a booking made in error',
  'offer.create': 'offered a family a block of sessions',
  'offer.print': 'printed an offer letter',
  'review.record': 'recorded a progress review',
  'attendance.record': 'recorded attendance',
  'register.print': 'printed the day register',
  'family.sessions.view': 'viewed the family’s sessions and attendance',
  'supervised_note.view': 'viewed a supervised contact note',
  'supervised_note.save': 'wrote a supervised contact note',
  'supervised_note.sign': 'signed off a supervised contact note',
  'supervised_note.addendum': 'added an addendum to a supervised contact note',
  'supervised_note.print': 'printed a supervised contact note',
  'settings.sessions_update': 'changed the session settings',
  // Documents
  'document.add': 'added a document',
  'document.view': 'viewed a document',
  'document.print': 'printed a document',
  'document.export': 'exported a document',
  'document.link': 'attached a document to a record',
  'document.unlink': 'took a document off a record',
  'document.destroy': 'destroyed a document',
  'document.integrity_failure': 'opened a document that failed its integrity check',
  'document.sweep': 'tidied the document store',
  // Backups
  'backup.create': 'made a backup',
  'backup.verify': 'checked a backup',
  'backup.restore': 'restored a backup',
  'backup.settings_update': 'changed the backup settings',
  'backup.passphrase_set': 'set or removed the backup passphrase',
  // Holds on disposal
  'hold.view': 'looked at the holds on a record',
  'hold.place': 'put a hold on records',
  'hold.lift': 'lifted a hold',
  // Volunteers and staff
  'volunteer.create': 'added a volunteer',
  'volunteer.view': 'viewed a volunteer’s record',
  'volunteer.view_own': 'viewed their own volunteer record',
  'volunteer.update': 'corrected a volunteer’s details',
  'volunteer.end': 'recorded that a volunteer stopped',
  'volunteer.step': 'recorded a recruitment step',
  'volunteer.reference.request': 'recorded a reference request',
  'volunteer.reference.receive': 'recorded a reference received',
  'volunteer.dbs.record': 'recorded a DBS check',
  'volunteer.dbs.status_check': 'recorded a DBS update-service status check',
  'volunteer.dbs.assess': 'recorded the assessment of a DBS disclosure',
  'volunteer.training.add': 'recorded training',
  'volunteer.finance.add': 'added a finance record',
  'volunteer.parental_leave.add': 'added a parental-leave record',
  'volunteer.register.print': 'printed the DBS register',
  'volunteer.confidentiality_sign': 'signed the confidentiality agreement on their volunteer record',
  'settings.volunteers_update': 'changed the volunteer settings',
  // Safeguarding concerns
  'concern.raise': 'raised a safeguarding concern',
  'concern.list': 'looked at the list of safeguarding concerns',
  'concern.view': 'read a safeguarding concern',
  'concern.addendum': 'added to a safeguarding concern',
  'concern.decision': 'recorded a decision on a safeguarding concern',
  'concern.referral': 'recorded a safeguarding referral (a disclosure to keep someone safe)',
  'concern.status': 'changed a safeguarding concern’s status',
  // The accident book
  'accident.record': 'wrote in the accident book',
  'accident.list': 'looked at the accident book',
  'accident.view': 'read an accident-book entry',
  'accident.update': 'added to an accident-book entry',
  'accident.print': 'printed an accident-book page',
  // Complaints and feedback
  'complaint.record': 'recorded a complaint',
  'complaint.list': 'looked at the complaints register',
  'complaint.view': 'read a complaint',
  'complaint.update': 'updated a complaint',
  'complaint.print': 'printed a complaint record',
  'settings.complaints_update': 'changed the complaint targets',
  'feedback.record': 'entered a feedback questionnaire',
  'report.view': 'looked at the reports',
  'report.export': 'downloaded the reports as a CSV file',
  // Retention and disposal
  'retention.report': 'looked at what is due for disposal (report)',
  'retention.review': 'reviewed the records due for disposal',
  'retention.defer': 'put off a disposal to a later date',
  'retention.dispose': 'disposed of records (confirmed with their password)',
  'retention.certificate.print': 'printed a disposal certificate',
  'retention.schedule.change': 'changed the retention schedule',
  'retention.policy_review': 'recorded a review of the privacy policy',
  // Demonstrations
  'demo.generate': 'made up demonstration records',
} as const satisfies Readonly<Record<string, string>>

export type AuditAction = keyof typeof AUDIT_ACTION_WORDS

/** Whether a stored code has words (a code from a later version, or a test's made-up one, may not). */
export function isKnownAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_WORDS, action)
}

/** What an action code means, in words; a code without words is quoted, so it is never mistaken for them. */
export function auditActionInWords(action: string): string {
  return isKnownAuditAction(action) ? AUDIT_ACTION_WORDS[action] : `did something recorded as “${action}”`
}

/** The filter's choices: every action in words, in the order above. */
export const AUDIT_ACTION_OPTIONS: readonly { value: AuditAction; label: string }[] = Object.entries(AUDIT_ACTION_WORDS).map(([value, label]) => ({
  value: value as AuditAction,
  label: label.charAt(0).toUpperCase() + label.slice(1),
}))
