import { useEffect, useRef, type ReactNode } from 'react'

/**
 * The frame for screens shown before the app itself: setup, unlock, recovery, the
 * confidentiality terms. One centred panel, the product name above it, and the page's h1.
 */
export function Standalone({
  title,
  children,
  focusHeading = false,
}: {
  title: string
  children: ReactNode
  /** Move focus to the h1 when shown (when there is no first field to type in). */
  focusHeading?: boolean
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} — Cabinet`
    if (focusHeading) heading.current?.focus()
  }, [title, focusHeading])
  return (
    <div className="standalone">
      <p className="standalone__brand" aria-hidden="true">
        Cabinet
      </p>
      <main className="standalone__panel">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  )
}
