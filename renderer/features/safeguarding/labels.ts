import { concernDecisions, concernStatuses, referralAgencies } from '../../../electron/core/safeguarding/api'

/* The words the safeguarding screens use for codes, from the area's vocabularies. */
export const STATUS_OPTIONS = concernStatuses.options
export const DECISION_OPTIONS = concernDecisions.options
export const AGENCY_OPTIONS = referralAgencies.options
export const statusLabel = (s: string) => concernStatuses.label(s as never)
export const decisionLabel = (d: string | null) => (d ? concernDecisions.label(d as never) : 'Not decided yet')
export const agencyLabel = (a: string) => referralAgencies.label(a as never)
