import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {echoesHeading} from '../../src/structure/echoes-heading.js'
import {topicWords} from '../../src/structure/topic-words.js'

describe('echoesHeading', () => {
  it.each([
    ['Harbour crowds gather at the vigil for the lost crew', 'Harbour vigil draws crowds for lost crew', true],
    ['Ferry fares rise again', 'Harbour vigil draws crowds for lost crew', false],
    // Parallel headings share a frame, not a subject.
    ['Overstating the number of rinks', 'Overstating the debt', false],
    // Two words in common are not enough, whatever the share.
    ['Harbour vigil', 'Harbour vigil draws crowds', false],
    // Half the words is not two thirds.
    ['Harbour crowds gather for lost fishermen and their boats', 'Harbour crowds mourn lost crew', false]
  ])('%j under %j → %j', (text, heading, expected) => {
    expect(echoesHeading(text, heading)).toBe(expected)
  })
})

describe('topicWords', () => {
  it('keeps words of four letters or more that are not stopwords, in lower case', () => {
    expect([...topicWords(['The', 'harbour', 'council', 'met', 'with', 'Mayor', 'Holt'])]).toEqual(['harbour', 'council', 'mayor', 'holt'])
  })
})

describe('a heading-shaped line that says again what its section heading said', () => {
  const paragraph = (topic: string) =>
    `The ${topic} drew hundreds of people to the seafront on Sunday evening, many of them carrying candles and flowers for the crew.`
  const article = (line: string) =>
    [
      'Seatown remembers its lost trawler crew',
      paragraph('memorial service'),
      'Harbour vigil draws crowds for lost crew',
      paragraph('vigil at the harbour'),
      line,
      paragraph('gathering'),
      'Ferry fares rise again',
      paragraph('announcement about ferry fares')
    ].join('\n\n')
  it.each([
    ['Harbour crowds gather at the vigil for the lost crew', 'caption'],
    ['Fishermen plan a new memorial', 'heading']
  ])('%j is a %s', (line, kind) => {
    const parsed = parseArticle(article(line))
    const headings = parsed.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))
    const captions = parsed.captions.map((caption) => caption.text)
    expect(kind === 'caption' ? captions : headings).toContain(line)
    expect(kind === 'caption' ? headings : captions).not.toContain(line)
  })
})
