import {describe, expect, it} from 'vitest'
import {createLocator} from '../../src/locate.js'

/** The point of every offset, read one character at a time (the model the locator is held to). */
function modelPoints(text: string): Array<{line: number; column: number; offset: number}> {
  const points = []
  let line = 1
  let lineStart = 0
  for (let offset = 0; offset <= text.length; offset++) {
    points.push({line, column: offset - lineStart + 1, offset})
    const code = text.charCodeAt(offset)
    if (code === 10 || (code === 13 && text.charCodeAt(offset + 1) !== 10)) {
      line++
      lineStart = offset + 1
    }
  }
  return points
}

describe('createLocator', () => {
  // [case, text]
  const rows: Array<[string, string]> = [
    ['no line break', 'One line only.'],
    ['line feeds', 'First line.\nSecond line.\n\nFourth.\n'],
    ['carriage return and line feed', 'First line.\r\nSecond line.\r\n\r\nFourth.'],
    ['lone carriage returns', 'First.\rSecond.\r\rFourth.\r'],
    ['all three mixed', 'a\nb\r\nc\rd\n\re\r\n'],
    ['empty', '']
  ]
  it.each(rows)('%s', (_, text) => {
    const locator = createLocator(text)
    expect(Array.from({length: text.length + 1}, (_, offset) => locator.point(offset))).toEqual(modelPoints(text))
  })
})
