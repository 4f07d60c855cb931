import type { ReactNode } from 'react'
import type { CallError } from '../../electron/contract'

export type BannerTone = 'error' | 'success' | 'info'

/**
 * A message across the top of a form or page. Errors use role="alert" so a screen reader reads
 * them as soon as they appear; success and information are polite status messages.
 */
export function Banner({ tone = 'info', title, children }: { tone?: BannerTone; title?: string; children?: ReactNode }) {
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="banner__title">{title}</p>}
      {children && <div className="banner__body">{children}</div>}
    </div>
  )
}

/** Show a failed call's message (for errors that do not belong to one field). */
export function ErrorBanner({ error, title }: { error: CallError | undefined | null; title?: string }) {
  if (!error) return null
  return (
    <Banner tone="error" title={title}>
      <p>{error.message}</p>
    </Banner>
  )
}
