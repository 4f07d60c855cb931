import { implement } from '../operations/guard'
import { isoDate } from '../rules'
import { readCentre } from '../settings/settings'
import { accidentsApi } from './api'
import { getAccident, listAccidents, recordAccident, updateAccident } from './accidents'

/** The accident book's functions, each attached once to its spec in api.ts. */
export const accidentsOperations = implement(accidentsApi, {
  'accidents.list': (_input, ctx) => {
    ctx.auditRecord('accident', 'list')
    return listAccidents(ctx.session.db)
  },
  'accidents.get': ({ id }, ctx) => {
    ctx.auditRecord('accident', id)
    return getAccident(ctx.session.db, id)
  },
  'accidents.record': (input, ctx) => {
    const id = recordAccident(ctx.session, input)
    ctx.auditRecord('accident', id, { injuredKind: input.injuredKind })
    return getAccident(ctx.session.db, id)
  },
  'accidents.update': (input, ctx) => {
    updateAccident(ctx.session, input)
    ctx.auditRecord('accident', input.id)
    return getAccident(ctx.session.db, input.id)
  },
  'accidents.print': ({ id }, ctx) => {
    const { name, address, contactPhone, contactEmail } = readCentre(ctx.session.db)
    const entry = getAccident(ctx.session.db, id)
    ctx.auditRecord('accident', id)
    return { printedOn: isoDate(ctx.session.now()), centre: { name, address, contactPhone, contactEmail }, entry }
  },
})
