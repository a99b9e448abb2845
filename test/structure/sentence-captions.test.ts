import {describe, expect, it} from 'vitest'
import {
  describesScene,
  hasQuotation,
  isFragment,
  namesIn,
  namesPlace,
  namesWithClause,
  opensAlone,
  reportsOrSpeaks,
  namePart,
  namesYear,
  saysShown,
  speaksNow,
  tellsPresentState,
  tokenize
} from '../../src/structure/caption-cues.js'
import {copiedLine, copiesLongerLine, indexWordRuns} from '../../src/structure/copied-words.js'
import {parseArticle} from '../../src/index.js'
import {showsArchiveScene} from '../../src/structure/shows-archive-scene.js'
import {showsMoment} from '../../src/structure/shows-moment.js'

describe('describesScene', () => {
  it.each([
    ['Mayor Ann Holt waves to residents at the harbour on Monday.', true],
    ['Ann Holt, 52, a ferry captain, steers into port at dawn.', false],
    ['Ann Holt, 52, a ferry captain, waves from the bridge.', true],
    ['Council leader Ann Holt speaking at the harbour meeting.', true],
    ['Ann Holt said the pier would stay shut.', false],
    ['The council checks the accounts every year.', false],
    ['Residents of the town walk along the pier.', false],
    ['Harbour master Ann Holt walks along the pier.', true],
    ['The council of Port Ellen voted to rebuild the pier.', false]
  ])('%j → %j', (text, expected) => {
    expect(describesScene(tokenize(text))).toBe(expected)
  })
})

describe('speaksNow', () => {
  it.each([
    ['Ann Holt says the pier must reopen before the summer.', true],
    ['Harbour master Ann Holt laments the loss of the old pier.', true],
    ['Ann Holt, 52, warns that the pier is unsafe.', true],
    // One capitalised word is no full name: a company or a pronoun-like subject.
    ['Holt says the pier must reopen.', false],
    ['The council says the pier must reopen.', false],
    // Past tense reports; present verbs that are not speech are not enough.
    ['Ann Holt said the pier must reopen.', false],
    ['Ann Holt lives in Port Ellen with her two children.', false]
  ])('%j → %j', (text, expected) => {
    expect(speaksNow(tokenize(text))).toBe(expected)
  })
})

describe('tellsPresentState', () => {
  it.each([
    ['Ann Holt has been named harbour master.', true],
    ['The old pier has closed for good.', true],
    ['Ann Holt is serving a second term.', true],
    ['Ferries are being held in port.', true],
    ['Ann Holt was named harbour master.', false],
    ['Ann Holt has two boats.', false],
    ['The pier is old.', false],
    // The tense of reported words or of a clause is not the line's.
    ['Ann Holt says the fleet has waited long enough.', false],
    ['The council decided that the pier has been unsafe for years.', false]
  ])('%j → %j', (text, expected) => {
    expect(tellsPresentState(tokenize(text))).toBe(expected)
  })
  it.each([
    ['Doe’s', 'Doe'],
    ["Doe's", 'Doe'],
    ['Doe', 'Doe'],
    ['Rivers', 'Rivers']
  ])('namePart %j → %j', (token, expected) => {
    expect(namePart(token)).toBe(expected)
  })
})

describe('namesWithClause', () => {
  it.each([
    ['The islands where the ferry used to call.', true],
    ['The old stone pier that storms wrecked two winters ago.', true],
    ['A harbour master who saved the fleet.', true],
    // A main verb after the clause (an auxiliary): a sentence.
    ['The islands where the ferry called were sold.', false],
    ['The pier that storms wrecked has been rebuilt.', false],
    // No relative clause near the start, or no article.
    ['The council voted to close the pier where boats land.', false],
    ['Islands where the ferry used to call.', false],
    ['The islands, where the ferry used to call.', false]
  ])('%j → %j', (text, expected) => {
    expect(namesWithClause(tokenize(text))).toBe(expected)
  })
})

describe('namesYear', () => {
  it.each([
    ['Ann Holt waves from the pier in April 2019.', true],
    ['Ann Holt waves from the pier on Jan. 27, 2023.', true],
    ['Ann Holt waves from pier 2019B.', false],
    ['Ann Holt waves from the pier on Monday.', false]
  ])('%j → %j', (text, expected) => {
    expect(namesYear(tokenize(text))).toBe(expected)
  })
})

describe('copiesLongerLine', () => {
  const every = () => true
  const lines = [
    'Police arrested two men on Monday for running an unlicensed ferry service from the old pier at night, officers said.',
    'Two men were arrested for running an unlicensed ferry service from the old pier.',
    'The harbour stays shut on Sundays.'
  ]
  it.each([
    // Six words in a row from a longer line: written from it.
    [1, true],
    // The longer line does not copy the shorter ones.
    [0, false],
    // Nothing shared.
    [2, false]
  ])('line %j → %j', (at, expected) => {
    expect(copiesLongerLine(indexWordRuns(lines, every), at)).toBe(expected)
  })
  it('takes words that three lines share for a formula of the story, not a copy', () => {
    const runs = indexWordRuns(
      [
        'Ann Holt won the prize for best ferry captain of the year for her work on the northern route.',
        'Tom Reid won the prize for best ferry captain of the decade for his rescue off the point last winter.',
        'Jo Bell won the prize for best ferry captain in a vote.'
      ],
      every
    )
    expect(copiesLongerLine(runs, 2)).toBe(false)
  })
  it.each([
    // Only line 1 is asked about: it still finds the longer line it copies.
    [1, true],
    // Line 0 was not asked about, so it copies nothing (its runs were not kept).
    [0, false]
  ])('indexing only line 1: line %j → %j', (at, expected) => {
    expect(copiesLongerLine(indexWordRuns(lines, (line) => line === 1), at)).toBe(expected)
  })
  // Which other lines are asked about changes nothing of what a line asked about copies: the rules and the features share one index.
  const story = [
    'The council voted on Monday to close the old pier at the end of the month for repairs.',
    'Divers found cracks in three of the pier’s wooden piles last week.',
    'The council voted to close the old pier at the end of the month.',
    'Divers found cracks in three of the wooden piles.',
    'Repairs will cost the council about 2 million dollars.'
  ]
  it.each([
    [2, [2], 0],
    [2, [0, 1, 2, 3, 4], 0],
    [3, [3], 1],
    [3, [1, 3], 1],
    [4, [4, 0], undefined]
  ])('line %j, asked with lines %j → copies %j', (at, asked, expected) => {
    expect(copiedLine(indexWordRuns(story, (line) => asked.includes(line)), at)).toBe(expected)
  })
  it('keeps the tokens of every line, in order, asked about or not', () => {
    expect(indexWordRuns(['Ferry, late.', 'Pier'], (line) => line === 1).tokens).toEqual([['Ferry', ',', 'late'], ['Pier']])
  })
  it('needs six words in a row, not five', () => {
    const runs = indexWordRuns(['The ferry left the old pier at dawn with nine people on board.', 'Crowds watched the old pier at dusk.'], every)
    expect(copiesLongerLine(runs, 1)).toBe(false)
  })
})

describe('isFragment', () => {
  it.each([
    ['The new ferry timetable.', true],
    ['Harbour master’s “night watch.”', true],
    ['The ferry isn’t running yet.', false],
    ['The ferry was late.', false],
    ['Ferries sailed.', false],
    ['The new ferry timetable', false]
  ])('%j → %j', (text, expected) => {
    expect(isFragment(text, tokenize(text))).toBe(expected)
  })
})

describe('caption gates', () => {
  it.each([
    ['Ann Holt at the harbour.', true],
    ['She waves from the bridge.', false],
    ['But the ferry never came.', false],
    ['harbour views', false]
  ])('opensAlone %j → %j', (text, expected) => {
    expect(opensAlone(tokenize(text))).toBe(expected)
  })
  it.each([
    ['Ann Holt said the pier was unsafe.', true],
    ['We walked along the pier.', true],
    ['According to the council, the pier is unsafe.', true],
    ['Ann Holt walks along the pier.', false]
  ])('reportsOrSpeaks %j → %j', (text, expected) => {
    expect(reportsOrSpeaks(tokenize(text))).toBe(expected)
  })
  it.each([
    ['"It is over," she said.', true],
    ['The ‘night watch’ begins.', true],
    ['The harbour master’s boat.', false]
  ])('hasQuotation %j → %j', (text, expected) => {
    expect(hasQuotation(text)).toBe(expected)
  })
})

describe('place, shown and names', () => {
  it.each([
    ['Fishermen mend nets in Port Ellen, Scotland.', true],
    ['Fishermen mend nets at the harbour.', false]
  ])('namesPlace %j → %j', (text, expected) => {
    expect(namesPlace(tokenize(text))).toBe(expected)
  })
  it.each([
    ['The old pier is seen from the hill.', true],
    ['The mayor, pictured, opened the pier.', true],
    ['The mayor has seen the pier.', false]
  ])('saysShown %j → %j', (text, expected) => {
    expect(saysShown(tokenize(text))).toBe(expected)
  })
  it.each([
    ['Former harbour master Ann Holt waves.', [['Ann Holt', 'Holt']]],
    ['The Harbour Trust met the FBI.', [['Harbour Trust', 'Trust']]],
    ['Nobody came.', []]
  ])('namesIn %j → %j', (text, expected) => {
    expect(namesIn(tokenize(text))).toEqual(expected)
  })
})

const story = (middle: string) =>
  [
    'Harbour town votes to rebuild its old pier',
    'The council of Port Ellen voted on Tuesday night to rebuild the old pier, which storms wrecked two winters ago, after a long and heated meeting.',
    'Harbour master Ann Holt welcomed the vote. For two winters, Holt has watched the fishing fleet land its catch in the next town.',
    middle,
    'Work on the pier is due to begin in the spring, and the council expects it to last about eighteen months, weather permitting, Holt added.',
    'The fleet will keep landing its catch in the next town until then, at a cost the fishermen say they can no longer carry for long.'
  ].join('\n\n')

const captionsOf = (text: string) => parseArticle(text).captions.map((caption) => caption.text)

describe('markSentenceCaptions (whole articles)', () => {
  it.each([
    // A scene in the present, shorter than both neighbours: caption.
    ['Harbour master Ann Holt walks along the broken pier in Port Ellen, Scotland.', true],
    // A fragment with no verb: caption.
    ['The broken pier at low tide.', true],
    // Names someone in full whom the story calls "Holt", restating it, shorter than both: caption.
    ['Harbour master Ann Holt has waited two winters for the fishing fleet to return to the pier.', true],
    // A short paragraph that reports: paragraph.
    ['Holt said the wait was over.', false],
    // A short paragraph leaning on the one before: paragraph.
    ['She welcomed the vote.', false],
    // A past-tense sentence with nothing else of a caption: paragraph.
    ['The vote was close, with seven councillors for and six against.', false],
    // A scene in the present dated in the past (and no shorter than its neighbours): a photo from the archive.
    ['Fisherman Tom Reid greets neighbours and their families during a protest outside the harbour office on the old quay road, in March 2019.', true],
    // The same scene undated: a scene verb alone is not enough.
    ['Fisherman Tom Reid greets neighbours and their families during a protest outside the harbour office on the old quay road, in early March.', false],
    // The same scene in the past tense: the story tells what happened.
    ['Fisherman Tom Reid greeted neighbours and their families during a protest outside the harbour office on the old quay road, in March 2019.', false],
    // A label with no verb may quote a name.
    ['Harbour master’s “night watch.”', true],
    // A quotation standing alone is somebody's words, verb or not.
    ['“A fresh start.”', false],
    // A sentence with a quotation is a paragraph.
    ['Holt called the vote “a fresh start.”', false],
    // Copied word for word from a longer paragraph (six words in a row): caption.
    ['Work on the pier is due to begin in the spring.', true],
    // Shorter than both neighbours but shares only five words in a row: paragraph.
    ['Repairs on the pier begin in the spring.', false],
    // Reports speech, but repeats the paragraph after it word for word: caption.
    ['Harbour master Ann Holt said work on the pier is due to begin in the spring.', true],
    // Reports speech and repeats a paragraph two lines away: paragraph.
    ['Holt said the council of Port Ellen voted on Tuesday night to rebuild the old pier.', false],
    // Names in full (possessive and all) someone the story calls "Holt", says how things stand now, shorter than both: caption.
    ['Fishermen have been waiting for Ann Holt’s decision since the storm.', true],
    // The same in the simple past: what happened, a paragraph.
    ['Fishermen waited for Ann Holt’s decision after the storm.', false]
  ])('%j → caption %j', (middle, expected) => {
    expect(captionsOf(story(middle)).includes(middle)).toBe(expected)
  })
})

describe('captions beside a credit and lines printed twice', () => {
  it.each([
    // The short line above a photo credit is its caption; a number there (a share count) is none.
    ['Boats at the old pier\n\nJane Doe/Getty Images', 'Boats at the old pier', true],
    ['12\n\nJane Doe/Getty Images', '12', false],
    // A line printed twice in a row is a photo's alt text and caption; one word twice is a button.
    ['The old pier at dawn\n\nThe old pier at dawn', 'The old pier at dawn', true],
    ['Gallery\n\nGallery', 'Gallery', false]
  ])('%j: %j is a caption → %j', (middle, line, expected) => {
    expect(captionsOf(story(middle)).includes(line)).toBe(expected)
  })
})

describe('markSentenceCaptions on a whole page', () => {
  // The same story under a site's menu (three lines above the headline make the text a whole page).
  const page = (middle: string) => ['Home', 'News', 'Sport', story(middle)].join('\n')
  it.each([
    ['Harbour master Ann Holt walks along the broken pier in Port Ellen, Scotland.'],
    ['The broken pier at low tide.'],
    ['Work on the pier is due to begin in the spring.']
  ])('%j is a caption in the article\'s own text and a paragraph on the page', (middle) => {
    expect(captionsOf(story(middle))).toContain(middle)
    expect(captionsOf(page(middle))).not.toContain(middle)
    const paragraphs = parseArticle(page(middle)).sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))
    expect(paragraphs).toContain(middle)
  })
})

describe('showsMoment', () => {
  it.each([
    ['Ann Holt waves during the harbour parade', true],
    ['Harbour master Ann Holt speaking during the vote', true],
    ['Ann Holt waves to the crowd', false],
    ['What happened during the storm', false],
    // A scene placed in a town and its region.
    ['Crowds on the quay in Port Ellen, Scotland', true],
    ['Life in Port Ellen after the storm', false],
    ['Rebuilding in Port Ellen, one plank at a time', false],
    ['The harbour parade returns', false],
    // "during" is a preposition, not a verb in -ing after the subject.
    ['Construction during the winter is slow going', false],
    ['Repairs during the storm season', false],
    // Title case, every longer word capitalised: a heading, whatever its commas.
    ['Life in Port Ellen, Then and Now', false],
    ['When in Doubt, Call the Harbour Master', false],
    ['Crowds Wave During the Harbour Parade', false]
  ])('%j → %j', (text, expected) => {
    expect(showsMoment(text)).toBe(expected)
  })
})

describe('present speech in a story that reports in the past', () => {
  const reported = (middle: string) =>
    [
      'Harbour town votes to rebuild its old pier',
      'The council of Port Ellen voted on Tuesday night to rebuild the old pier, which storms wrecked two winters ago, councillors said.',
      'Harbour master Ann Holt said the vote was welcome, and told the meeting that the fleet had waited long enough.',
      middle,
      'Fisherman Tom Reid said the repairs could not come soon enough, and told reporters the fleet was losing money.',
      'The council said work would begin in the spring and told residents to expect noise along the front.'
    ].join('\n\n')
  const inPresent = (middle: string) => reported(middle).replace(/\bsaid\b/g, 'says').replace(/\btold\b/g, 'tells')
  it.each([
    ['Ann Holt says the fleet has waited long enough for the pier to reopen.'],
    // Present speech may quote a phrase.
    ['Ann Holt says the vote is “a fresh start” for the harbour.']
  ])('%j is a caption where the story writes "said", a paragraph where it writes "says"', (middle) => {
    expect(captionsOf(reported(middle))).toContain(middle)
    expect(captionsOf(inPresent(middle))).not.toContain(middle)
  })
})

describe('showsArchiveScene', () => {
  it.each([
    ['Ann Holt speaks at a rally in Port Ellen in May 2019. She now leads the council.', true],
    ['Ann Holt, then a ferry captain, waves from the bridge in 2011.', true],
    // Undated: a feature may open on a scene in the present.
    ['Ann Holt speaks at a rally in Port Ellen on a wet Monday.', false],
    // Past tense: what happened.
    ['Ann Holt spoke at a rally in Port Ellen in May 2019.', false],
    // The year is in a later sentence, not in the scene.
    ['Ann Holt speaks at a rally in Port Ellen. The pier closed in 2019.', false]
  ])('%j → %j', (text, expected) => {
    expect(showsArchiveScene(text)).toBe(expected)
  })
})
