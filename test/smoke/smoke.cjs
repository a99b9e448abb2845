// Requires the *built* package the way a CommonJS user does and parses the fixture.
const assert = require('node:assert/strict')
const {readFileSync} = require('node:fs')
const path = require('node:path')
const {parseArticle} = require('news-anatomy')

const text = readFileSync(path.join(__dirname, '../fixtures/voa-taliban-al-qaida/input.txt'), 'utf8')
const article = parseArticle(text)
assert.equal(article.headline?.text, 'Afghan Government Says Taliban Maintaining Ties With Al-Qaida')
assert.equal(article.sections.length, 3)
console.log('smoke (require): ok')
