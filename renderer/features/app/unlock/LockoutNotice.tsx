import { useEffect, useState } from 'react'
import { Banner } from '../../../ui/Banner'

// The browser's own en-GB clock format ("14:05"): the unlock screen need not load date-fns for one time of day.
const TIME_OF_DAY = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/**
 * Too many wrong passwords: say when the next try is possible, counting down, so nobody keeps
 * typing into a form that will refuse them. Calls `onOver` when the time has passed.
 */
export function LockoutNotice({ until, onOver }: { until: string; onOver: () => void }) {
  const end = new Date(until)
  const [now, setNow] = useState(() => new Date())
  // Rounded up, so "0:00" never shows while the account is still locked.
  const left = Math.max(0, Math.ceil((end.getTime() - now.getTime()) / 1000))

  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  useEffect(() => {
    if (left === 0) onOver()
  }, [left, onOver])

  const minutes = Math.floor(left / 60)
  const seconds = left % 60
  // The alert is read once; the ticking countdown sits outside it so it is not re-announced every second.
  return (
    <>
      <Banner tone="error" title="Too many wrong passwords">
        <p>For safety, this account cannot log in until {TIME_OF_DAY.format(end)}.</p>
        <p>If you have forgotten your password, use “Forgot password?” below.</p>
      </Banner>
      <p className="countdown">
        Time left: {minutes}:{String(seconds).padStart(2, '0')} (minutes:seconds)
      </p>
    </>
  )
}
