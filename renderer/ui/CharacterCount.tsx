import { useEffect, useState } from 'react'
import { characterCount } from './character-count'
import './text.css'

/**
 * The GOV.UK character count under a field with a limit: nothing until the text nears the
 * limit, then "You have N characters remaining" (or "too many", in the error colour). The line
 * on screen follows every key; screen readers hear it once typing pauses, through a polite live
 * region, rather than after every keystroke.
 */
export function CharacterCount({ value, max }: { value: string; max: number }) {
  const count = characterCount(value, max)
  const message = count?.message ?? ''
  const [announced, setAnnounced] = useState('')
  useEffect(() => {
    const pause = setTimeout(() => setAnnounced(message), 1000)
    return () => clearTimeout(pause)
  }, [message])
  return (
    <>
      <div className={['character-count', count?.over ? 'character-count--over' : ''].filter(Boolean).join(' ')} aria-hidden="true">
        {message}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  )
}

/** Read with the field's hint, so a screen reader knows the limit before typing. */
export function characterLimitHint(max: number): string {
  return `You can enter up to ${max} characters.`
}
