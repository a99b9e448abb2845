import {parseArticle} from './src/index.js'
const lines = process.argv.slice(2)
for (const line of lines) {
  const a = parseArticle('Headline for the test story\n\n' + line, {format: 'text'})
  console.log('> ' + line)
  for (const q of a.quotes) console.log(`   ${q.kind} [${q.text}] — ${q.attribution?.speaker.mention?.text ?? '∅'} (${q.attribution?.speaker.name}) / ${q.attribution?.cue?.text ?? '∅'}`)
}
