import { useEffect, useState } from 'react'
import { Banner } from '../../../ui/Banner'

// The browser's own en-GB clock format ("14:05"): the unlock screen need not load date-fns for one time of day.
const TIME_OF_DAY = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** Whole seconds from `now` to `end`, rounded up so "0:00" never shows while the account is still locked. */
export function secondsLeft(end: Date, now: Date): number {
  return Math.max(0, Math.ceil((end.getTime() - now.getTime()) / 1000))
}

/** "4:32" for 272 seconds. */
export function minutesAndSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/**
 * Too many wrong passwords: say when the next try is possible, counting down, so nobody keeps
 * typing into a form that will refuse them (the form disables its password field meanwhile).
 * Calls `onOver` when the time has passed.
 */
export function LockoutNotice({ until, onOver }: { until: string; onOver: () => void }) {
  const end = new Date(until)
  const [now, setNow] = useState(() => new Date())
  const left = secondsLeft(end, now)

  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  useEffect(() => {
    if (left === 0) onOver()
  }, [left, onOver])

  // The alert is read once; the ticking countdown sits outside it so it is not re-announced every second.
  return (
    <>
      <Banner tone="error" title="Too many wrong passwords">
        <p>For safety, this account cannot log in until {TIME_OF_DAY.format(end)}. What you typed in the password box stays there.</p>
        <p>If you have forgotten your password, use “Forgot password?” below.</p>
      </Banner>
      <p className="countdown">
        Try again in {minutesAndSeconds(left)}
        <span className="visually-hidden"> (minutes and seconds)</span>
      </p>
    </>
  )
}
