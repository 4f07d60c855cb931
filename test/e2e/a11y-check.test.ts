import { describe, expect } from 'vitest'
import { E2E_SUITE, it } from './helpers/fixture'
import { setUpCentre } from './helpers/prepare'

// What the page's own globals look like to the function run inside it (this file is compiled without the DOM's types).
declare const document: {
  createElement(tag: 'img'): { src: string }
  querySelector(selector: string): { append(element: unknown): void } | null
}

/*
 * The check every e2e screen goes through (app.checkA11y: axe-core, serious and critical
 * violations fail) must itself fail when a screen breaks a rule; otherwise every passing axe
 * step in the suite would prove nothing.
 */
describe('the accessibility check', E2E_SUITE, () => {
  it('passes a real screen and fails the same screen once an image without a text alternative is added to it', async ({ openCabinet }) => {
    const app = await openCabinet({ prepare: (bridge) => setUpCentre(bridge) })
    await app.page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
    await app.checkA11y('families, as shipped')
    await app.page.evaluate(() => {
      const img = document.createElement('img')
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='
      document.querySelector('main')?.append(img)
    })
    await expect(app.checkA11y('families, with an unlabelled image')).rejects.toThrow(/image-alt \(critical\)/)
  })
})
