import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'wouter'

/** Sent on window when the shortcut is pressed: a family list already on screen focuses its search box. */
const FIND_FAMILY = 'cabinet:find-family'

/** Where the shortcut goes: the family list, whose search box takes focus as it opens. */
export const FAMILY_LIST_PATH = '/families'

/** The shortcut's keys, as aria-keyshortcuts spells them. */
export const SEARCH_SHORTCUT_KEYS = 'Control+K /'

/** Places where "/" is typed as text, so it must not jump to the search. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return target.closest('input, textarea, select, [role="textbox"], [role="searchbox"], [role="combobox"], [role="spinbutton"]') !== null
}

/**
 * Ctrl+K (Cmd+K on a Mac) from anywhere, or "/" when not typing in a field. Not while a dialog
 * is open: leaving the page under it would lose what was being entered in it.
 */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  if (e.altKey || e.shiftKey || e.isComposing) return false
  const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k'
  const slash = !e.ctrlKey && !e.metaKey && e.key === '/' && !isTextEntry(e.target)
  if (!ctrlK && !slash) return false
  return document.querySelector('[role="dialog"], [role="alertdialog"]') === null
}

/**
 * The family search is one key press away from anywhere in the app: the shortcut goes to the
 * family list and puts the cursor in its search box (the list's box takes focus as it opens,
 * or, if the list is already on screen, on the FIND_FAMILY event).
 */
export function useSearchShortcut(enabled: boolean): void {
  const [, navigate] = useLocation()
  const navigateRef = useRef(navigate)
  useEffect(() => {
    navigateRef.current = navigate
  }, [navigate])
  useEffect(() => {
    if (!enabled) return
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return
      e.preventDefault()
      navigateRef.current(FAMILY_LIST_PATH)
      window.dispatchEvent(new Event(FIND_FAMILY))
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [enabled])
}

/** For the family list: focus (and select the text in) its search box when the shortcut is pressed. */
export function useFocusOnSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const focus = () => {
      input.current?.focus()
      input.current?.select()
    }
    window.addEventListener(FIND_FAMILY, focus)
    return () => window.removeEventListener(FIND_FAMILY, focus)
  }, [input])
}
