import fc from 'fast-check'
import type { z } from 'zod'

/*
 * Malformed payloads for one operation, generated from its own argument schema: hostile values
 * on their own (wrong types, 1 MB strings, deep nesting, NaN, Infinity, invalid dates, control
 * characters, `__proto__` and `constructor` keys, values only structured clone carries), and
 * payloads shaped like the real arguments with fields missing, extra, or replaced by a hostile
 * value at any depth, so the checks deep inside a schema are reached as well as the top.
 * A payload the schema happens to accept is not malformed, and is left out.
 */

const MB = 1024 * 1024
const NESTING = 10_000

type Def = Record<string, unknown> & { type: string }
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

/** An object with `key` as its own property, as JSON.parse and structured clone make it (never a prototype change). */
function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  return target
}

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < depth; i++) v = wrap(v)
  return v
}

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085\u2028\u2029\u202e\u200b\ufeff'

/** Built once: a fresh 1 MB string per sample would only make the suite slower, not stronger. */
const HOSTILE_CONSTANTS: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  1e308,
  2n ** 64n,
  '',
  ' ',
  'a'.repeat(MB),
  'ŵ'.repeat(MB / 2),
  `${CONTROL}Siân${CONTROL}`,
  '\ud800\udc00\ud800',
  "Robert'); DROP TABLE family;--",
  '%s%n%x',
  '../../../etc/passwd',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '31/12/2026',
  '2026-06-30T25:61:00Z',
  'Invalid Date',
  '1e309',
  'NaN',
  new Date(Number.NaN),
  new Date(8.64e15),
  [],
  [null],
  // A sparse array: length without elements.
  new Array(5),
  Array.from({ length: 100_000 }, (_, i) => i),
  {},
  Object.create(null) as object,
  withOwn({}, '__proto__', { polluted: true, role: 'coordinator' }),
  withOwn({}, 'constructor', { prototype: { polluted: true } }),
  withOwn({}, 'prototype', { polluted: true }),
  nested(NESTING, (inner) => [inner]),
  nested(NESTING, (inner) => ({ a: inner })),
  new Map([['a', 1]]),
  new Set([1, 2]),
  new Uint8Array(MB),
  Buffer.from('%PDF-1.7\n'),
]

/** Keys no spec names, and keys that reach for the prototype. */
const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'role', 'isAdmin', 'id', '', '\u0000', 'k'.repeat(10_000)]

export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
  },
)

/** A value of roughly the right type, so a payload can be wrong in one place only. */
function plausible(schema: unknown, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return fc.oneof(fc.constantFrom('Siân', 'O’Neill', 'BA1 1AA', '2026-06-30', '07700 900123', 'coord'), fc.string({ maxLength: 12 }))
    case 'number':
    case 'int':
      return fc.oneof(fc.integer({ min: -2, max: 5 }), fc.integer())
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'null':
      return fc.constant(null)
    case 'optional':
      return fc.oneof(fc.constant(undefined), plausible(def.innerType, depth))
    case 'nullable':
      return fc.oneof(fc.constant(null), plausible(def.innerType, depth))
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return plausible(def.innerType, depth)
    case 'pipe':
      return plausible(def.in, depth)
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => plausible(o, depth)))
    case 'lazy':
      return plausible((def.getter as () => unknown)(), depth)
    case 'object':
    case 'array':
    case 'tuple':
    case 'record':
      return depth > 4 ? hostile : shaped(schema, depth + 1)
    default:
      return hostile
  }
}

/** A field's value: usually plausible, sometimes hostile, sometimes shaped and wrong inside. */
function field(schema: unknown, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: plausible(schema, depth) }, { weight: 1, arbitrary: hostile })
}

/** Shaped like the schema's objects and arrays, with fields missing, extra or wrong. */
function shaped(schema: unknown, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>
      const fields = fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, field(v, depth)])), { requiredKeys: [] })
      const extras = fc.array(fc.tuple(fc.constantFrom(...EXTRA_KEYS), hostile), { maxLength: 2 })
      return fc.tuple(fields, extras).map(([base, more]) => {
        const out: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(base)) withOwn(out, k, v)
        for (const [k, v] of more) withOwn(out, k, v)
        return out
      })
    }
    case 'array':
      return fc.array(field(def.element, depth), { maxLength: 4 })
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((i) => field(i, depth)))
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), field(def.valueType, depth), { maxKeys: 3 })
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return shaped(def.innerType, depth)
    case 'pipe':
      return shaped(def.in, depth)
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => shaped(o, depth)))
    case 'lazy':
      return shaped((def.getter as () => unknown)(), depth)
    default:
      return field(schema, depth)
  }
}

/**
 * Payloads `schema` refuses. Whether the schema accepts one is asked of the schema itself,
 * guarded: a schema that throws on a payload (rather than refusing it) keeps the payload, so the
 * dispatcher meets it too.
 */
export function malformedPayloads(schema: z.ZodType): fc.Arbitrary<unknown> {
  const refuses = (payload: unknown) => {
    try {
      return !schema.safeParse(payload).success
    } catch {
      return true
    }
  }
  return fc.oneof({ weight: 1, arbitrary: hostile }, { weight: 3, arbitrary: shaped(schema, 0) }).filter(refuses)
}

/** A short description of a payload for a failure message (never the whole of a 1 MB string). */
export function describePayload(payload: unknown): string {
  const seen = new WeakSet<object>()
  let depth = 0
  try {
    const text = JSON.stringify(payload, function (this: unknown, _key, value: unknown) {
      if (typeof value === 'bigint') return `${value}n`
      if (typeof value === 'string' && value.length > 40) return `${JSON.stringify(value.slice(0, 20))}… (${value.length} chars)`
      if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
      if (value && typeof value === 'object') {
        if (seen.has(value) || ++depth > 50) return '…'
        seen.add(value)
      }
      return value
    })
    return text === undefined ? String(payload) : text.slice(0, 400)
  } catch {
    return Object.prototype.toString.call(payload)
  }
}
