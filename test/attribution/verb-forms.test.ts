import {describe, expect, it} from 'vitest'
import {cueVerbs} from '../../src/lexicon/cue-verbs.js'
import {verbForms} from '../../src/verb-forms.js'

describe('verbForms: the regular rules', () => {
  it.each<[base: string, forms: [string, string, string, string]]>([
    ['warn', ['warn', 'warns', 'warned', 'warning']],
    ['urge', ['urge', 'urges', 'urged', 'urging']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['tie', ['tie', 'ties', 'tied', 'tying']],
    ['reply', ['reply', 'replies', 'replied', 'replying']],
    ['relay', ['relay', 'relays', 'relayed', 'relaying']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['vouch', ['vouch', 'vouches', 'vouched', 'vouching']],
    ['fix', ['fix', 'fixes', 'fixed', 'fixing']],
    ['chat', ['chat', 'chats', 'chatted', 'chatting']],
    ['plan', ['plan', 'plans', 'planned', 'planning']],
    ['vow', ['vow', 'vows', 'vowed', 'vowing']],
    ['boast', ['boast', 'boasts', 'boasted', 'boasting']],
    ['answer', ['answer', 'answers', 'answered', 'answering']]
  ])('%s', (base, forms) => {
    expect(verbForms(base)).toEqual(forms)
  })

  it('keeps a row that spells its forms out', () => {
    expect(verbForms(['say', 'says', 'said', 'saying'])).toEqual(['say', 'says', 'said', 'saying'])
  })

  it('spells out only the cue verbs the rules would get wrong', () => {
    for (const row of cueVerbs) {
      if (typeof row === 'string') continue
      expect(verbForms(row[0]), row[0]).not.toEqual(row)
    }
  })
})
