import { implement } from '../operations/guard'
import { holdsApi } from './api'
import { activeHolds, getHold, holdsOn, liftHold, placeHold } from './holds'

/** The holds' functions, each attached once to its spec in api.ts. */
export const holdsOperations = implement(holdsApi, {
  'holds.on': ({ subject }, ctx) => {
    ctx.auditRecord(subject.type, subject.id)
    return holdsOn(ctx.session.db, subject)
  },
  'holds.active': (_input, ctx) => {
    ctx.auditRecord('hold', 'active')
    return activeHolds(ctx.session.db)
  },
  'holds.get': ({ id }, ctx) => {
    ctx.auditRecord('hold', id)
    return getHold(ctx.session.db, id)
  },
  'holds.place': (input, ctx) => {
    const id = placeHold(ctx.session, input)
    ctx.auditRecord('hold', id, { kind: input.kind, subjectType: input.subject.type, subjectId: input.subject.id })
    return getHold(ctx.session.db, id)
  },
  'holds.lift': ({ id, reason }, ctx) => {
    const lifted = liftHold(ctx.session, id, reason)
    ctx.auditRecord('hold', id, { kind: lifted.kind, subjectType: lifted.subject.type, subjectId: lifted.subject.id })
    return lifted
  },
})
