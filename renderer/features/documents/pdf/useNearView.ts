import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether `target` is within about a screenful of being seen in the scrolling `root`, so a
 * 200-page PDF draws only the pages around the one being read, and lets the rest go.
 */
export function useNearView(target: RefObject<Element | null>, root: RefObject<Element | null>, margin = '100% 0px'): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = target.current
    if (!element) return
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { root: root.current, rootMargin: margin })
    observer.observe(element)
    return () => observer.disconnect()
  }, [target, root, margin])
  return near
}
