// Imports the *built* package the way an ESM user does and parses the fixture.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {parseArticle} from 'news-anatomy'

const text = readFileSync(new URL('../fixtures/voa-taliban-al-qaida/input.txt', import.meta.url), 'utf8')
const article = parseArticle(text)
assert.equal(article.headline?.text, 'Afghan Government Says Taliban Maintaining Ties With Al-Qaida')
assert.equal(article.sections.length, 3)
console.log('smoke (import): ok')
