// Draws Cabinet's icon (a filing cabinet: three drawers with handles on a rounded blue tile)
// without any image library, and writes resources/icon.png (256×256) and resources/icon.ico
// (PNG-compressed entries, which Windows Vista and later read). Run: node resources/make-icon.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}

/** RGBA pixels of the icon at `size`, drawn in a 256-unit coordinate space with 4×4 supersampling. */
function draw(size) {
  const px = Buffer.alloc(size * size * 4)
  const BLUE = [29, 78, 137]
  const PAPER = [245, 241, 232]
  const LINE = [29, 78, 137]
  const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false
    const cx = Math.min(Math.max(x, x0 + r), x1 - r)
    const cy = Math.min(Math.max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
  }
  const colourAt = (x, y) => {
    if (!inRoundRect(x, y, 8, 8, 248, 248, 44)) return null
    if (inRoundRect(x, y, 64, 36, 192, 220, 10)) {
      for (const top of [48, 106, 164]) {
        if (inRoundRect(x, y, 98, top + 20, 158, top + 32, 6)) return LINE // handle
        if (y >= top && y <= top + 50 && x >= 76 && x <= 180) {
          const edge = y < top + 4 || y > top + 46 || x < 80 || x > 176
          return edge ? LINE : PAPER
        }
      }
      return PAPER
    }
    return BLUE
  }
  const S = 4
  for (let py = 0; py < size; py++) {
    for (let pxx = 0; pxx < size; pxx++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = colourAt(((pxx + (sx + 0.5) / S) * 256) / size, ((py + (sy + 0.5) / S) * 256) / size)
          if (c) {
            r += c[0]
            g += c[1]
            b += c[2]
            a++
          }
        }
      }
      const i = (py * size + pxx) * 4
      if (a > 0) {
        px[i] = Math.round(r / a)
        px[i + 1] = Math.round(g / a)
        px[i + 2] = Math.round(b / a)
        px[i + 3] = Math.round((a * 255) / (S * S))
      }
    }
  }
  return px
}

function png(size) {
  const rgba = draw(size)
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function ico(sizes) {
  const images = sizes.map((s) => ({ s, data: png(s) }))
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ s, data }) => {
    const e = Buffer.alloc(16)
    e[0] = s >= 256 ? 0 : s // 0 means 256
    e[1] = s >= 256 ? 0 : s
    e.writeUInt16LE(1, 4) // colour planes
    e.writeUInt16LE(32, 6) // bits per pixel
    e.writeUInt32LE(data.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += data.length
    return e
  })
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)])
}

const here = new URL('.', import.meta.url)
writeFileSync(new URL('icon.png', here), png(256))
writeFileSync(new URL('icon.ico', here), ico([16, 24, 32, 48, 64, 128, 256]))
