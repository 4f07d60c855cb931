import { vocab, type VocabValue } from '../vocab'

/*
 * The complaints register's and the feedback questionnaire's vocabularies (issue 13): pure,
 * shared by the core, the contract and the renderer; migration 0006 lists the same codes in its
 * CHECKs and the data map pairs them.
 */

/** A complaint, or an intent to complain (kept the same way, P10). */
export const complaintKinds = vocab({
  complaint: 'Complaint',
  intent: 'Intent to complain',
})
export type ComplaintKind = VocabValue<typeof complaintKinds>

export const complaintChannels = vocab({
  letter: 'Letter',
  email: 'Email',
  phone: 'Phone',
  in_person: 'In person',
  naccc: 'Via NACCC',
})
export type ComplaintChannel = VocabValue<typeof complaintChannels>

export const complaintSubjects = vocab({
  service: 'The service',
  volunteer: 'A volunteer',
  decision: 'A decision',
  data_protection: 'Data protection',
  other: 'Something else',
})
export type ComplaintSubject = VocabValue<typeof complaintSubjects>

export const complaintOutcomes = vocab({
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  withdrawn: 'Withdrawn',
})
export type ComplaintOutcome = VocabValue<typeof complaintOutcomes>

/** How the centre followed a complaint up with the complainant (P32). */
export const followUpMethods = vocab({
  letter: 'Letter',
  email: 'Email',
  phone: 'Phone',
  in_person: 'In person',
})
export type FollowUpMethod = VocabValue<typeof followUpMethods>

/** Where a complaint went when the centre could not resolve it. */
export const escalationBodies = vocab({
  naccc: 'NACCC',
  ico: 'Information Commissioner’s Office (ICO)',
})
export type EscalationBody = VocabValue<typeof escalationBodies>

/** When a feedback questionnaire was filled in. */
export const feedbackContexts = vocab({
  session: 'After a session',
  end_of_service: 'At the end of the family’s time with the centre',
})
export type FeedbackContext = VocabValue<typeof feedbackContexts>

/** How a questionnaire came back. */
export const feedbackVia = vocab({
  paper: 'Paper form',
  screen: 'Filled in on Cabinet',
})
export type FeedbackVia = VocabValue<typeof feedbackVia>

/**
 * P26: how to complain to the Information Commissioner's Office, as every seed privacy notice
 * says a person may. Shown to the coordinator on every data-protection complaint, to pass on.
 */
export const ICO_ROUTE =
  'The complainant may also complain to the Information Commissioner’s Office (ICO): online at ico.org.uk/make-a-complaint, by phone on 0303 123 1113, or by post to Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Tell them so in your acknowledgement.'
