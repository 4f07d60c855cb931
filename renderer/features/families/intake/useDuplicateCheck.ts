import { useState } from 'react'
import type { DuplicateMatch } from '../../../../electron/core/families/views'
import { useCabinetMutation } from '../../../api/queries'
import { duplicateQuery } from '../DuplicateWarning'

type Person = Parameters<typeof duplicateQuery>[0]

/**
 * People already on file who may be the ones a form is entering, looked up once for what is on
 * the form: `found` answers true (and the warning shows) the first time matches turn up for
 * these people; asked again for the same people, it answers false, so "Save anyway" saves.
 */
export function useDuplicateCheck() {
  // An audited read on demand, which changes nothing cached.
  const check = useCabinetMutation('families.checkDuplicates', { invalidates: [] })
  const [checked, setChecked] = useState<{ key: string; matches: DuplicateMatch[] } | null>(null)
  const found = async (people: readonly Person[]): Promise<boolean> => {
    const key = JSON.stringify(people)
    if (checked?.key === key) return false
    const matches: DuplicateMatch[] = []
    for (const p of people) {
      const r = await check.run(duplicateQuery(p))
      if (r.ok) matches.push(...r.value.filter((m) => !matches.some((f) => f.personId === m.personId)))
    }
    setChecked({ key, matches })
    return matches.length > 0
  }
  return { found, matches: checked?.matches ?? [], warned: (checked?.matches.length ?? 0) > 0 }
}
