import { z } from 'zod'
import { defineApi, op } from '../operations/spec'
import { recordId } from '../safeguarding/schemas'
import { accidentPrintView, accidentRow, accidentView, recordAccidentArgs, updateAccidentArgs } from './schemas'

/* The accident book as data (pure: the renderer reads it too). Coordinator only. */

export * from './schemas'
export { injuredKinds, type InjuredKind } from './vocab'

export const accidentsApi = defineApi('accidents', {
  'accidents.list': op({ args: z.strictObject({}), result: z.array(accidentRow), access: 'accidents.manage', audit: 'accident.list' }),
  'accidents.get': op({ args: z.strictObject({ id: recordId }), result: accidentView, access: 'accidents.manage', audit: 'accident.view' }),
  'accidents.record': op({ args: recordAccidentArgs, result: accidentView, access: 'accidents.manage', audit: 'accident.record' }),
  'accidents.update': op({ args: updateAccidentArgs, result: accidentView, access: 'accidents.manage', audit: 'accident.update' }),
  /** The accident-book page (#/print/accident/<id>), built and audited in the core. */
  'accidents.print': op({ args: z.strictObject({ id: recordId }), result: accidentPrintView, access: 'accidents.manage', audit: 'accident.print' }),
})
