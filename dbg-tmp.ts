import {tokenize} from './src/attribution/tokenize.js'
import {cueAt} from './src/attribution/cue-words.js'
import {speakerBeforeCue} from './src/attribution/read-speaker.js'
import {classifyMention} from './src/attribution/classify-mention.js'
for (const text of process.argv.slice(2)) {
  const tokens = tokenize(text)
  const i = tokens.findIndex((t, k) => cueAt(tokens, k))
  const cue = cueAt(tokens, i)!
  const r = speakerBeforeCue(tokens, cue, 0)
  console.log(tokens.map(t => t.text).join('|'), '→', r && tokens.slice(r.mention.first, r.mention.last).map(t => t.text).join(' '), r && classifyMention(text, tokens, r.mention))
}
