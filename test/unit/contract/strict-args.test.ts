import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract } from '../../../electron/contract'
import { documentBytesApi } from '../../../electron/core/documents/byte-api'
import type { OperationSpec } from '../../../electron/core/operations/spec'

/*
 * Every operation's arguments are strict objects, at every depth: a key the spec does not name
 * is refused, never silently dropped. Read from the contract itself, so an operation added
 * later is covered without anyone listing it here.
 */

const everySpec: [string, OperationSpec][] = [...Object.entries(contract), ...Object.entries(documentBytesApi)] as [string, OperationSpec][]

/** The dotted paths of every object schema inside `schema` that does not refuse unknown keys. */
function lenientObjects(schema: z.ZodType, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def
  const inner = (s: unknown, p = path) => lenientObjects(s as z.ZodType, p, seen)
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall as { _zod: { def: { type: string } } } | undefined
      const here = catchall?._zod.def.type === 'never' ? [] : [path || '(arguments)']
      const shape = def.shape as Record<string, z.ZodType>
      return [...here, ...Object.entries(shape).flatMap(([k, v]) => inner(v, path ? `${path}.${k}` : k))]
    }
    case 'pipe':
      return [...inner(def.in), ...inner(def.out)]
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return inner(def.innerType)
    case 'array':
      return inner(def.element, `${path}[]`)
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => inner(o))
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)]
    case 'tuple':
      return (def.items as z.ZodType[]).flatMap((o, i) => inner(o, `${path}[${i}]`))
    case 'record':
      return inner(def.valueType, `${path}{}`)
    case 'lazy':
      return inner((def.getter as () => z.ZodType)())
    default:
      return []
  }
}

describe('strict arguments (issue 9)', () => {
  it('covers every operation in the contract', () => {
    expect(everySpec.length).toBeGreaterThan(50)
  })

  it.each(everySpec)('%s: every object in its arguments refuses unknown keys, at every depth', (_name, spec) => {
    expect(lenientObjects(spec.args, '')).toEqual([])
  })

  it.each(everySpec)('%s: an unknown key, __proto__ or constructor is an issue, not dropped', (_name, spec) => {
    for (const raw of ['{"notAField": 1}', '{"__proto__": 1}', '{"constructor": 1}', '{"__proto__": {"polluted": true}}']) {
      const result = spec.args.safeParse(JSON.parse(raw))
      expect(result.success).toBe(false)
      expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true)
    }
  })
})
