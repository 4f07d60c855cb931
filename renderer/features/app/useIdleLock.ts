import { useEffect, useRef } from 'react'

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'focusin'] as const

/**
 * Lock after `minutes` without a key press or mouse movement, so a screen left open in the
 * office does not stay open. Any activity restarts the count. The timer compares wall-clock
 * time, so a computer that slept past the limit locks as soon as it wakes.
 */
export function useIdleLock(minutes: number | undefined, lock: () => void): void {
  const lockRef = useRef(lock)
  useEffect(() => {
    lockRef.current = lock
  }, [lock])

  useEffect(() => {
    if (!minutes || minutes <= 0) return
    const limitMs = minutes * 60_000
    let lastActivity = Date.now()
    let locked = false
    const onActivity = () => {
      lastActivity = Date.now()
    }
    const check = () => {
      if (!locked && Date.now() - lastActivity >= limitMs) {
        locked = true
        lockRef.current()
      }
    }
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true, capture: true })
    const timer = window.setInterval(check, Math.min(15_000, limitMs / 4))
    document.addEventListener('visibilitychange', check)
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true })
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', check)
    }
  }, [minutes])
}

/** Ctrl+L (Cmd+L on a Mac) locks at once, from anywhere in the app. */
export function useLockShortcut(lock: () => void): void {
  const lockRef = useRef(lock)
  useEffect(() => {
    lockRef.current = lock
  }, [lock])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault()
        lockRef.current()
      }
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [])
}
