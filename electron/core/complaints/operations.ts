import { implement } from '../operations/guard'
import { readCentre } from '../settings/settings'
import { complaintsApi } from './api'
import { acknowledge, addNote, escalate, followUp, getComplaint, listComplaints, readTargets, recordComplaint, resolve, saveTargets, today } from './complaints'
import { questionnaire, recordFeedback } from './feedback'

/** The complaints register's and feedback's functions, each attached once to its spec in api.ts. */
export const complaintsOperations = implement(complaintsApi, {
  'complaints.list': (_input, ctx) => {
    ctx.auditRecord('complaint', 'list')
    return listComplaints(ctx.session.db, today(ctx.session))
  },
  'complaints.get': ({ id }, ctx) => {
    ctx.auditRecord('complaint', id)
    return getComplaint(ctx.session.db, id, today(ctx.session))
  },
  'complaints.record': (input, ctx) => {
    const id = recordComplaint(ctx.session, input)
    ctx.auditRecord('complaint', id, { kind: input.kind, about: input.about })
    return getComplaint(ctx.session.db, id, today(ctx.session))
  },
  'complaints.acknowledge': (input, ctx) => {
    acknowledge(ctx.session, input)
    ctx.auditRecord('complaint', input.id, { step: 'acknowledged' })
    return getComplaint(ctx.session.db, input.id, today(ctx.session))
  },
  'complaints.note': (input, ctx) => {
    addNote(ctx.session, input.id, input.text)
    ctx.auditRecord('complaint', input.id, { step: 'note' })
    return getComplaint(ctx.session.db, input.id, today(ctx.session))
  },
  'complaints.resolve': (input, ctx) => {
    resolve(ctx.session, input)
    ctx.auditRecord('complaint', input.id, { step: 'resolved', outcome: input.outcome })
    return getComplaint(ctx.session.db, input.id, today(ctx.session))
  },
  'complaints.followUp': (input, ctx) => {
    followUp(ctx.session, input)
    ctx.auditRecord('complaint', input.id, { step: 'followed_up' })
    return getComplaint(ctx.session.db, input.id, today(ctx.session))
  },
  'complaints.escalate': (input, ctx) => {
    escalate(ctx.session, input)
    ctx.auditRecord('complaint', input.id, { step: 'escalated', to: input.to })
    return getComplaint(ctx.session.db, input.id, today(ctx.session))
  },
  'complaints.print': ({ id }, ctx) => {
    const { name, address, contactPhone, contactEmail } = readCentre(ctx.session.db)
    const complaint = getComplaint(ctx.session.db, id, today(ctx.session))
    ctx.auditRecord('complaint', id)
    return { printedOn: today(ctx.session), centre: { name, address, contactPhone, contactEmail }, complaint }
  },
  'complaints.targets': (_input, ctx) => readTargets(ctx.session.db),
  'complaints.saveTargets': (input, ctx) => {
    ctx.auditRecord('settings', 'complaints.targets', { ...input })
    return saveTargets(ctx.session.db, input)
  },
  'complaints.feedback.questionnaire': () => questionnaire(),
  'complaints.feedback.record': (input, ctx) => {
    const id = recordFeedback(ctx.session, input)
    ctx.auditRecord('feedback', id, { context: input.context, via: input.via })
    return { id }
  },
  'complaints.feedback.print': (_input, ctx) => {
    const { name, address, contactPhone, contactEmail } = readCentre(ctx.session.db)
    return { ...questionnaire(), centre: { name, address, contactPhone, contactEmail } }
  },
})
