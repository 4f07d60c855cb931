/**
 * The browser globals that the e2e tests' page.evaluate callbacks touch. Playwright serialises
 * those callbacks and runs them inside Chromium, but the tests themselves are Node code,
 * type-checked without the DOM library (tsconfig.node.json). A file that needs one of these
 * declares it for itself only, e.g. `declare const window: PageWindow`, so no other Node code
 * sees a browser name; at run time the callback finds the page's real global.
 */

export interface PageElement {
  readonly tagName: string
  textContent: string | null
  src: string
  remove(): void
}

export interface PageDocument {
  readonly activeElement: PageElement | null
  readonly body: { append(element: PageElement): void }
  createElement(tag: 'img' | 'script'): PageElement
  addEventListener(type: 'securitypolicyviolation', listener: (event: { readonly effectiveDirective: string }) => void): void
}

export interface PageWindow {
  readonly location: { hash: string }
  open(url: string, target: string): unknown
}
