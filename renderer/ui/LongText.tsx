import type { ReactNode } from 'react'
import './text.css'

/**
 * Text someone wrote in their own words (a note, a reason, a medical detail, a value in the
 * correction history): kept as typed, line breaks and all, wrapped at a readable line length,
 * and broken anywhere rather than overflowing when it has no spaces (a pasted link).
 */
export function LongText({ children, as: Element = 'div' }: { children: ReactNode; as?: 'div' | 'span' }) {
  return <Element className="long-text">{children}</Element>
}

/** A family or referral reference (R-2026-0042): never broken over two lines at its hyphens. */
export function Reference({ children }: { children: ReactNode }) {
  return <span className="reference">{children}</span>
}
