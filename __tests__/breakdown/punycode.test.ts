// Punycode against RFC 3492's own samples and against Node's implementation of it.
import punycode from 'node:punycode'
import { decodePunycode } from '../../src/breakdown/punycode.js'
import { prng } from '../../src/tune/order.js'

test.each([
  ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
  ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
  ['3B_ww4c5e180e575a65lsy2b', '3年B組金八先生'],
  ['Hello_Another_Way__fc4qua05auwb3674vfr0b', 'Hello_Another_Way_それぞれの場所'], // RFC's - as _
  ['mdulo_0ta', 'módulo'],
  ['ida', 'ñ']
])('RFC 3492 sample %#', (encoded, text) => {
  expect([encoded, decodePunycode(encoded)]).toEqual([encoded, text])
})

test('reads what Node writes, for a thousand seeded strings', () => {
  const random = prng(7)
  const pick = (chars: number[]): number => chars[Math.floor(random() * chars.length)]
  const ascii = [...'abcxyz019_'].map((c) => c.charCodeAt(0))
  const wide = [0xe9, 0xf1, 0x3b1, 0x416, 0x5d0, 0x4e2d, 0x6587, 0xac00, 0x1f600, 0x10fffd]
  for (let run = 0; run < 1000; run++) {
    const length = 1 + Math.floor(random() * 12)
    const points = Array.from({ length }, () => pick(random() < 0.5 ? ascii : wide))
    if (!points.some((p) => p > 127)) points.push(pick(wide))
    const text = String.fromCodePoint(...points)
    const encoded = punycode.encode(text)
    const delimiter = encoded.lastIndexOf('-')
    const v0 =
      delimiter < 0 ? encoded : `${encoded.slice(0, delimiter)}_${encoded.slice(delimiter + 1)}`
    expect([v0, decodePunycode(v0)]).toEqual([v0, text])
  }
})

test('rejects what is not Punycode', () => {
  for (const s of ['ab_', 'A', 'ab_c-d', '99999999999', 'zzzzzzzzz', ''])
    expect([s, decodePunycode(s)]).toEqual([s, null])
})
