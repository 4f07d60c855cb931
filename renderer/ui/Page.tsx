import { useEffect, useRef, type ReactNode } from 'react'

export interface PageProps {
  title: string
  /** A line under the heading saying what the page is for. */
  intro?: ReactNode
  /** Buttons shown beside the heading (e.g. "Add family"). */
  actions?: ReactNode
  children?: ReactNode
  /** Move focus to the heading when the page appears (route change); off for screens with a first field to type in. */
  focusHeading?: boolean
}

/**
 * Every screen's frame. On a route change focus goes to the new page's h1, so keyboard and
 * screen-reader users start at the top of the new content instead of on a stale nav link.
 */
export function Page({ title, intro, actions, children, focusHeading = true }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusHeading) heading.current?.focus()
    document.title = `${title} — Cabinet`
  }, [focusHeading, title])
  return (
    <div className="page">
      <div className="page__header">
        <h1 ref={heading} tabIndex={-1} className="page__title">
          {title}
        </h1>
        {actions && <div className="page__actions">{actions}</div>}
      </div>
      {intro && <div className="page__intro">{intro}</div>}
      {children}
    </div>
  )
}
