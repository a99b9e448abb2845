import {months, weekdays} from '../../lexicon/calendar-words.js'
import {describesScene, namesPlace, namesWithClause, namesYear, opensAlone, reportsOrSpeaks, saysShown, speaksNow, tellsPresentState} from '../caption-cues.js'
import {readByline} from '../find-byline.js'
import {readCredit} from '../find-credit.js'
import {readDateline} from '../find-dateline.js'
import {findTrailingCredit, isCreditLine} from '../find-photo-credit.js'
import {isBoilerplate} from '../is-boilerplate.js'
import {isBylineOrDate} from '../is-byline-or-date.js'
import {isCaption} from '../is-caption.js'
import {isNameLine} from '../is-name-line.js'
import {showsMoment} from '../shows-moment.js'
import {bit} from './feature.js'
import type {Feature} from './feature.js'
import type {UnitFacts} from './read-document.js'

const weekdayNames = new Set(weekdays)
const monthNames = new Set(months)

/**
 * Whether a unit dates its scene to the day with a weekday and a month or a
 * day number ("…, Tuesday, March 4, 2025", "on Tuesday, 4 March"): wire
 * captions do; a story's sentences say "on Tuesday".
 */
export function namesWeekdayDate(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!weekdayNames.has(token)) return false
    const after = tokens.slice(index + 1, index + 4)
    return after.some((word) => monthNames.has(word.replace(/\.$/, ''))) && after.some((word) => /^\d{1,2}$/.test(word))
  })
}

/** How many words a line may have to be asked whether it is a caption by its marks. */
const maxMarkedWords = 120

const cue = (name: string, of: (unit: UnitFacts) => boolean): Feature => ({
  name,
  value: (document, index) => bit(of(document.units[index]!))
})

/** Marks a unit carries by itself, read by the lexicon's rules and the field readers. */
export const lexiconFeatures: readonly Feature[] = [
  cue('caption-marks', (unit) => unit.words <= maxMarkedWords && isCaption(unit.text)),
  cue('furniture-marks', (unit) => isBoilerplate(unit.text)),
  cue('photo-credit-line', (unit) => isCreditLine(unit.text)),
  cue('trailing-photo-credit', (unit) => findTrailingCredit(unit.text) !== undefined),
  cue('byline-reads', (unit) => readByline(unit.text) !== undefined),
  cue('contributor-credit-reads', (unit) => readCredit(unit.text) !== undefined),
  cue('byline-or-date', (unit) => isBylineOrDate(unit.text)),
  cue('opens-with-dateline', (unit) => readDateline(unit.text) !== undefined),
  cue('name-line', (unit) => isNameLine(unit.text)),
  cue('weekday-date', (unit) => namesWeekdayDate(unit.tokens)),
  cue('names-year', (unit) => namesYear(unit.tokens)),
  cue('scene-verb', (unit) => describesScene(unit.tokens)),
  cue('speaks-now', (unit) => speaksNow(unit.tokens)),
  cue('places-scene', (unit) => namesPlace(unit.tokens)),
  cue('says-shown', (unit) => saysShown(unit.tokens)),
  cue('shows-moment', (unit) => unit.words <= 30 && showsMoment(unit.text)),
  cue('present-state', (unit) => tellsPresentState(unit.tokens) || namesWithClause(unit.tokens)),
  cue('reports-or-speaks', (unit) => reportsOrSpeaks(unit.tokens)),
  cue('opens-alone', (unit) => opensAlone(unit.tokens))
]
