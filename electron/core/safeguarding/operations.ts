import { implement } from '../operations/guard'
import { safeguardingApi } from './api'
import {
  addAddendum,
  changeStatus,
  concernsOfFamily,
  getConcern,
  listConcerns,
  markSeen,
  raiseConcern,
  recordDecision,
  recordReferral,
  unseenCount,
} from './concerns'

/** The safeguarding functions, each attached once to its spec in api.ts. */
export const safeguardingOperations = implement(safeguardingApi, {
  'safeguarding.raise': (input, ctx) => {
    const id = raiseConcern(ctx.session, input)
    ctx.auditRecord('concern', id, { people: input.personIds.length })
    return { submitted: true as const }
  },
  'safeguarding.list': (input, ctx) => {
    ctx.auditRecord('concern', 'list', input.status ? { status: input.status } : undefined)
    return listConcerns(ctx.session.db, input)
  },
  'safeguarding.unseen': (_input, ctx) => ({ count: unseenCount(ctx.session.db) }),
  'safeguarding.forFamily': ({ familyId }, ctx) => {
    ctx.auditRecord('family', familyId)
    return concernsOfFamily(ctx.session.db, familyId)
  },
  'safeguarding.get': ({ id }, ctx) => {
    const view = getConcern(ctx.session.db, id)
    markSeen(ctx.session, id)
    ctx.auditRecord('concern', id)
    return view
  },
  'safeguarding.addendum': (input, ctx) => {
    addAddendum(ctx.session, input)
    ctx.auditRecord('concern', input.concernId)
    return getConcern(ctx.session.db, input.concernId)
  },
  'safeguarding.decide': (input, ctx) => {
    recordDecision(ctx.session, input)
    ctx.auditRecord('concern', input.concernId, { decision: input.decision })
    return getConcern(ctx.session.db, input.concernId)
  },
  'safeguarding.refer': (input, ctx) => {
    const referralId = recordReferral(ctx.session, input)
    // P18: every disclosure is logged with its basis.
    ctx.auditRecord('concern', input.concernId, { referralId, agency: input.agency, basis: 'safeguarding' })
    return getConcern(ctx.session.db, input.concernId)
  },
  'safeguarding.status': (input, ctx) => {
    changeStatus(ctx.session, input)
    ctx.auditRecord('concern', input.concernId, { status: input.status })
    return getConcern(ctx.session.db, input.concernId)
  },
})
