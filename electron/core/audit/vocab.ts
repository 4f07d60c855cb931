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
