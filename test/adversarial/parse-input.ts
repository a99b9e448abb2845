// Child process for adversarial.test.ts: parses one generated input and checks
// the output's invariants. Run as its own process so a hang (a super-linear
// regex, say) can be killed instead of blocking the test runner.
import {parseArticle} from '../../src/index.js'
import {checkPositions, checkSerialisable} from '../property/check-article.js'
import {adversarialInputs, regexAttackInputs} from './inputs.js'

const name = process.argv[2] ?? ''
const make = adversarialInputs[name] ?? regexAttackInputs[name]
if (!make) throw new Error(`no input named ${JSON.stringify(name)}`)
const text = make()
const article = parseArticle(text)
const positions = checkPositions(text, article)
checkSerialisable(article)
process.stdout.write(JSON.stringify({length: text.length, positions}))
