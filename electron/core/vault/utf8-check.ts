/**
 * A streaming check that bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing
 * above U+10FFFF) and hold no control characters other than tab, line feed, form feed and
 * carriage return. Byte-level, so it allocates nothing however large the file: control bytes
 * never occur inside a multi-byte sequence, so they can be checked byte by byte.
 */
export class PlainTextCheck {
  private needed = 0 // continuation bytes still expected
  private lower = 0x80 // allowed range of the next continuation byte
  private upper = 0xbf
  private problem: 'encoding' | 'control' | null = null

  update(bytes: Uint8Array): void {
    if (this.problem) return
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]
      if (this.needed > 0) {
        if (b < this.lower || b > this.upper) return this.fail('encoding')
        this.lower = 0x80
        this.upper = 0xbf
        this.needed--
        continue
      }
      if (b < 0x80) {
        if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) return this.fail('control')
      } else if (b >= 0xc2 && b <= 0xdf) {
        this.needed = 1
      } else if (b >= 0xe0 && b <= 0xef) {
        this.needed = 2
        if (b === 0xe0) this.lower = 0xa0 // no overlong 3-byte forms
        if (b === 0xed) this.upper = 0x9f // no UTF-16 surrogates
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.needed = 3
        if (b === 0xf0) this.lower = 0x90 // no overlong 4-byte forms
        if (b === 0xf4) this.upper = 0x8f // nothing above U+10FFFF
      } else {
        return this.fail('encoding')
      }
    }
  }

  /** 'ok', or what is wrong; a sequence cut off at the very end counts as bad encoding. */
  result(): 'ok' | 'encoding' | 'control' {
    if (this.problem) return this.problem
    return this.needed > 0 ? 'encoding' : 'ok'
  }

  /** True while the bytes so far could still be the start of valid text. */
  get plausible(): boolean {
    return this.problem === null
  }

  /** What has been found wrong so far (a sequence cut off at the end is not yet a problem). */
  get problemSoFar(): 'encoding' | 'control' | null {
    return this.problem
  }

  private fail(problem: 'encoding' | 'control'): void {
    this.problem = problem
  }
}
